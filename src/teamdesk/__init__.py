"""TeamDesk: teams, individual plans, mentoring and meetings for housing communities."""

__version__ = "0.1.0"
