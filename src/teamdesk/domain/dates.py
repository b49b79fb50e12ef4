"""Reading a date as a Norwegian or Danish health worker types it.

The rules, in order:

* ISO 8601: ``2027-06-15``.
* Day first, separated by dots or slashes: ``15.6.2027``, ``15.06.27``, ``15/6/2027``. A
  two-digit year is in this century (``27`` is 2027).
* Day and month only: ``15.6.``, ``15.6`` and ``1/6`` are that day in the current year.
* Where the person's language writes the month first (American English), slashes read month
  first: ``6/15/2027`` and ``6/15``. Dots always read day first.

Anything else, or a day that does not exist (``31.6.``), is refused with ``ValueError``; the
caller says so beside the field. Empty text is "no date" (None).
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PARTS = re.compile(r"(\d{1,2})([./])(\d{1,2})(?:\2(\d{2}|\d{4})?)?")


def parse_day(text: str, today: date, *, month_first: bool = False) -> date | None:
    """The date ``text`` means, typed on ``today``; None for empty text; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return date(year, month, day)  # ValueError for a day that does not exist
    parts = _PARTS.fullmatch(text)
    if parts is None:
        raise ValueError(text)
    first, separator, second, year_text = parts.groups()
    day, month = int(first), int(second)
    if month_first and separator == "/":
        day, month = month, day
    year = today.year
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    return date(year, month, day)
