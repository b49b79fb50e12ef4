"""Showing the core's sentences in the person's language, and dates in their locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from teamdesk.domain.text import CONTEXT, Message
from teamdesk.services.context import ServiceError
from teamdesk.store.errors import StoreError
from teamdesk.store.paths import log_dir


def translate(text: str) -> str:
    """A string the core marked with ``N_``, translated in the shared ``teamdesk`` context."""
    return QCoreApplication.translate(CONTEXT, text)


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


def parse_date(text: str) -> date | None:
    """A date typed as ISO (2026-03-01) or in the locale's short format; raises ValueError.

    Empty text means "no date" and gives None.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in (date_format(), QLocale().dateFormat(QLocale.FormatType.ShortFormat)):
        parsed = QLocale().toDate(text, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    raise ValueError(text)
