"""Showing the core's sentences in the person's language, and dates in their locale."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from teamdesk.domain.collation import sort_key
from teamdesk.domain.dates import parse_day
from teamdesk.domain.text import CONTEXT, Message, english_plural, format_clock, language_of
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.locations import log_dir


def translate(text: str, n: int = -1, /) -> str:
    """A string the core marked with ``N_`` (or, with its count ``n``, ``Nn_``), translated in
    the shared ``teamdesk`` context."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def tr_message(message: Message) -> str:
    """A core ``Message`` as a translated sentence with its values filled in."""
    return message.in_language(translate)


def refusal_text(error: ServiceError | StoreError) -> str:
    """The sentence for a refusal from the services or the store."""
    return tr_message(error.message)


def something_went_wrong() -> str:
    """The sentence for a bug: what happened to the person's work, and where the details are."""
    return QCoreApplication.translate(
        "TeamDesk",
        "Something went wrong, and the last step was not done. Nothing that was saved before "
        "was lost. The details are in the log in {folder}.",
    ).format(folder=str(log_dir()))


def date_format() -> str:
    """The locale's short date format, with a four-digit year so dates are never ambiguous."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(day: date | None) -> str:
    """A date as the person's locale writes it; empty for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def format_time(moment: time | None) -> str:
    """A time of day as the person's language writes it (14:30; Danish 14.30); "" for none."""
    return format_clock(moment, translate)


def name_order(text: str) -> tuple[str, str, str]:
    """A key that sorts ``text`` in the alphabetical order of the person's language (Danish
    and Norwegian: æ, ø, å after z, Aa as Å)."""
    return sort_key(text, language_of(translate))


def format_moment(moment: datetime) -> str:
    """A moment in local time as the person's language writes a date and a time
    (30.11.2026 14:30; Danish 30.11.2026 14.30)."""
    local = moment.astimezone()
    return f"{format_date(local.date())} {format_time(local.time())}"


def parse_date(text: str, today: date | None = None) -> date | None:
    """A date as a person types it (``15.6.2027``, ``15.06.27``, ``15.6.``, ``1/6``, ISO; the
    rules are in :mod:`teamdesk.domain.dates`); None for empty text; raises ValueError.

    Slashes read month first only where the person's language writes dates that way.
    """
    month_first = date_format().lstrip().upper().startswith("M")
    return parse_day(text, today or date.today(), month_first=month_first)


def date_problem(text: str, today: date | None = None) -> str:
    """The sentence shown beside a date field whose text is not a date."""
    example = format_date(today or date.today())
    return QCoreApplication.translate(
        "TeamDesk",
        "“{text}” is not a date. Write it like {example}; the year may be left out.",
    ).format(text=text.strip(), example=example)


def counted(text: str, n: int) -> str:
    """A count's sentence from ``tr(..., n)`` read right in English too.

    Translations carry their own singular and plural forms (Qt's numerus forms); where none
    applies (English, or a language not translated yet) the English source's "(s)" is resolved:
    "1 meeting(s)" reads "1 meeting", "3 meeting(s)" reads "3 meetings".
    """
    return english_plural(text, n) if "(s)" in text else text
