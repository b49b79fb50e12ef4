"""The rota in the program (issue 13): the grid editor and the imports with their preview."""
