"""Shared test constants and helpers (imported as ``tests.support``)."""

from __future__ import annotations

from datetime import date

# A fixed "today" so tests about dates read the same every day.
TODAY = date(2026, 11, 25)
