"""Plan meetings (the list and the editor) and the evaluations that fall due."""
