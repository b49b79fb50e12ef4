"""Dates as a Norwegian or Danish health worker types and reads them: ``15.6.2027``,
``15.06.27``, ``15.6.`` and ``1/6`` are read, and dates are written in the language's order."""

from __future__ import annotations

from datetime import date, time

import pytest

from teamdesk.domain.dates import parse_day
from teamdesk.domain.text import (
    DATE_PATTERN,
    N_,
    TIME_PATTERN,
    Clock,
    Day,
    Message,
    format_clock,
    format_day,
)

TODAY = date(2026, 11, 30)
NORWEGIAN = {DATE_PATTERN: "{day}.{month}.{year}", "Evaluate by {date}": "Evalueres innen {date}"}


def norwegian(text: str) -> str:
    return NORWEGIAN.get(text, text)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.6.2027", date(2027, 6, 15)),
        ("15.06.27", date(2027, 6, 15)),
        ("15.6.", date(2026, 6, 15)),
        ("15.6", date(2026, 6, 15)),
        ("1/6", date(2026, 6, 1)),
        ("1/6/2027", date(2027, 6, 1)),
        ("2027-06-15", date(2027, 6, 15)),
        ("  3.1.2028 ", date(2028, 1, 3)),
    ],
)
def test_the_ways_a_date_is_typed_here_are_read_day_first(typed: str, meant: date) -> None:
    assert parse_day(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed", ["tomorrow", "31.6.", "15.13.2027", "15.6.202", "1.2.3.4", "6-15"]
)
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)


def test_empty_text_is_no_date() -> None:
    assert parse_day("  ", TODAY) is None


def test_slashes_read_month_first_only_where_the_language_writes_so() -> None:
    assert parse_day("6/15/2027", TODAY, month_first=True) == date(2027, 6, 15)
    assert parse_day("15.6.2027", TODAY, month_first=True) == date(2027, 6, 15)


def test_a_date_is_written_in_the_language_s_order() -> None:
    assert format_day(date(2027, 6, 5), norwegian) == "05.06.2027"
    assert format_day(date(2027, 6, 5)) == "2027-06-05"
    assert format_day(None, norwegian) == ""


def test_a_date_inside_a_sentence_follows_the_sentence_s_language() -> None:
    message = Message(N_("Evaluate by {date}"), {"date": Day(date(2027, 6, 15))})
    assert message.in_language(norwegian) == "Evalueres innen 15.06.2027"
    assert str(message) == "Evaluate by 2027-06-15"


def test_a_broken_date_translation_still_shows_the_date() -> None:
    assert format_day(date(2027, 6, 15), lambda text: "{dag}.{month}") == "2027-06-15"


DANISH = {
    TIME_PATTERN: "{hour}.{minute}",
    "Next meeting: {kind}, {date} at {time}.": "Næste møde: {kind}, {date} kl. {time}.",
    DATE_PATTERN: "{day}.{month}.{year}",
}


def danish(text: str) -> str:
    return DANISH.get(text, text)


def test_a_time_is_written_as_the_language_writes_it() -> None:
    assert format_clock(time(9, 5), danish) == "09.05"
    assert format_clock(time(14, 30)) == "14:30"
    assert format_clock(None, danish) == ""
    assert format_clock(time(14, 30), lambda text: "{time}") == "14:30"  # broken: still shown


def test_a_time_inside_a_sentence_follows_the_sentence_s_language() -> None:
    message = Message(
        N_("Next meeting: {kind}, {date} at {time}."),
        {"kind": "REHAB", "date": Day(date(2027, 6, 15)), "time": Clock(time(14, 30))},
    )
    assert message.in_language(danish) == "Næste møde: REHAB, 15.06.2027 kl. 14.30."
    assert str(message) == "Next meeting: REHAB, 2027-06-15 at 14:30."
