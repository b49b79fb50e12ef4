"""Documents built from service results (PDF/A through fpdf2). No Qt, no database."""
