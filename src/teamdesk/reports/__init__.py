"""Documents built from service results (tagged PDF/A through Typst, CSV, .ics). No Qt, no
database."""
