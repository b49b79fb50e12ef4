"""Checking what a person typed before it is saved: one sentence per refusal, shared by all
services so the same mistake reads the same everywhere."""

from __future__ import annotations

from datetime import date, datetime

from teamdesk.domain.text import N_, Message, Term
from teamdesk.services.context import InvalidInput


def text_of(value: object) -> str:
    """A text field's value, with None as empty."""
    return "" if value is None else str(value)


def required_text(value: object, what: str) -> str:
    """The trimmed text; refuses an empty one, naming ``what`` ("goal", "resident's name")."""
    text = text_of(value).strip()
    if not text:
        raise InvalidInput(Message(N_("The {what} cannot be empty."), {"what": Term(what)}))
    return text


def a_date(value: object, what: str) -> date:
    """A date given as a date, a datetime or ISO text; refuses anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInput(Message(N_("The {what} is not a date."), {"what": Term(what)}))


def optional_date(value: object, what: str) -> date | None:
    """Like :func:`a_date`, but None or empty text means "no date"."""
    return None if value is None or value == "" else a_date(value, what)
