"""Small helpers every repository shares for turning rows into domain objects."""

from __future__ import annotations

from datetime import date

# Rows are never hard-deleted: a tombstone sets deleted_at, and reads skip it.
LIVE = "deleted_at IS NULL"


def optional_date(text: str | None) -> date | None:
    """An ISO date column that may be empty."""
    return date.fromisoformat(text) if text else None
