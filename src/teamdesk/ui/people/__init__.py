"""Residents, staff and teams: the lists and a resident's page."""
