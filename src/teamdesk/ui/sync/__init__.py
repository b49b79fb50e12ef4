"""Sync between the PCs of a house: its status in the window and the conflicts view."""
