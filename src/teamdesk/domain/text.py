"""Marking of translatable text in Qt-free code.

The domain cannot call Qt's ``tr``. It marks its English sentences with :func:`N_`, which returns
the text unchanged; the UI passes the same text through ``QCoreApplication.translate`` with the
context given here, then fills in the parameters. ``lupdate`` finds the marked strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Protocol

CONTEXT = "teamdesk"


class Translate(Protocol):
    """Gives a marked text in the person's language; with ``n`` (a count's sentence, marked
    with :func:`Nn_`), in the language's form for that number with ``%n`` filled in."""

    def __call__(self, text: str, n: int = -1, /) -> str: ...


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it here."""
    return text


def Nn_(text: str) -> str:
    """Mark a sentence with a count for translation in the language's plural forms (Qt's
    numerus forms): the number stands as ``%n`` and is the :class:`Message`'s ``count``. The
    English source writes "plan(s)", as Qt's sources do; it is never shown like that (see
    :func:`english_plural`)."""
    return text


def english_plural(text: str, n: int) -> str:
    """A count's English sentence read right: "%n plan(s)" is "1 plan" and "3 plans".

    Translations carry their own forms; this is for the English source, shown where no
    translation applies (English, the command line, the log).
    """
    text = text.replace("%n", str(n))
    text = text.replace("person(s)", "person" if n == 1 else "people")
    return text.replace("(s)", "" if n == 1 else "s")


def as_written(text: str, n: int = -1, /) -> str:
    """The translation into English, the language the sources are written in."""
    return english_plural(text, n) if n >= 0 else text


@dataclass(frozen=True)
class Term:
    """A marked word or phrase that goes into a sentence (a role, a status, a field's name).

    It is translated together with the sentence around it; ``lower`` puts it in lower case,
    for a label that is written capitalised on its own ("Primary contact") but stands in the
    middle of a sentence ("has no primary contact").
    """

    text: str
    lower: bool = False

    def in_language(self, translate: Translate) -> str:
        """The term as ``translate`` gives it."""
        text = translate(self.text)
        return text.lower() if self.lower else text

    def __str__(self) -> str:
        return self.in_language(as_written)


# The language a translation is in, as its ISO 639-1 code: translators give their code ("nb",
# "da"), not a translation. Documents say it (a PDF's /Lang), and it picks what a language writes
# differently without a sentence to translate (the list separator of CSV for spreadsheets).
LANGUAGE_CODE = N_("en")


def language_of(translate: Translate | None) -> str:
    """The ISO 639-1 code of ``translate``'s language ("en" without one)."""
    code = (translate or as_written)(LANGUAGE_CODE).strip().lower()
    return code if len(code) == 2 and code.isalpha() else "en"


# How a language quotes a person's own words: «Norwegian», »Danish«.
QUOTE_PATTERN = N_("«{text}»")


def quoted(text: str, translate: Translate | None = None) -> str:
    """``text`` in the quotation marks of ``translate``'s language."""
    pattern = (translate or as_written)(QUOTE_PATTERN)
    if "{text}" not in pattern:  # a broken translation must not hide the words
        pattern = QUOTE_PATTERN
    return pattern.replace("{text}", text)


# How a date is written in a language. The English (and the untranslated) form is ISO 8601, which
# no reader misreads; a translation puts the same three parts in its own order and separators
# ("{day}.{month}.{year}" in Norwegian and Danish). Screens and PDFs use the same pattern.
DATE_PATTERN = N_("{year}-{month}-{day}")


def format_day(day: date | None, translate: Translate | None = None) -> str:
    """``day`` written as ``translate``'s language writes dates (ISO without one); "" for None."""
    if day is None:
        return ""
    pattern = (translate or as_written)(DATE_PATTERN)
    parts = {"year": f"{day.year:04d}", "month": f"{day.month:02d}", "day": f"{day.day:02d}"}
    try:
        return pattern.format(**parts)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the date
        return day.isoformat()


# How a time of day is written: 14:30 in English and Norwegian, 14.30 in Danish ("kl. 14.30").
TIME_PATTERN = N_("{hour}:{minute}")


def format_clock(moment: time | None, translate: Translate | None = None) -> str:
    """``moment`` (hours and minutes) as ``translate``'s language writes it; "" for None."""
    if moment is None:
        return ""
    pattern = (translate or as_written)(TIME_PATTERN)
    parts = {"hour": f"{moment.hour:02d}", "minute": f"{moment.minute:02d}"}
    try:
        return pattern.format(**parts)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the time
        return moment.strftime("%H:%M")


@dataclass(frozen=True)
class Clock:
    """A time of day that goes into a sentence, like :class:`Day` for dates."""

    value: time

    def in_language(self, translate: Translate) -> str:
        return format_clock(self.value, translate)

    def __str__(self) -> str:
        return self.value.strftime("%H:%M")


@dataclass(frozen=True)
class Moment:
    """A date and a time of day (as given, no time zone moved) that go into a sentence:
    30.11.2026 14:30, Danish 30.11.2026 14.30; ISO in the log."""

    value: datetime

    def in_language(self, translate: Translate) -> str:
        day, clock = self.value.date(), self.value.time()
        return f"{format_day(day, translate)} {format_clock(clock, translate)}"

    def __str__(self) -> str:
        return self.value.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Hours:
    """A shift's hours (07:30–15:30) that go into a sentence: each end as the sentence's
    language writes a time (Danish 07.30–15.30)."""

    start: time
    end: time

    def in_language(self, translate: Translate) -> str:
        return f"{format_clock(self.start, translate)}–{format_clock(self.end, translate)}"

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class Day:
    """A date that goes into a sentence: written in the sentence's language when it is shown
    or printed, in ISO when the sentence is logged or compared."""

    value: date

    def in_language(self, translate: Translate) -> str:
        return format_day(self.value, translate)

    def __str__(self) -> str:
        return self.value.isoformat()


@dataclass(frozen=True)
class Message:
    """A sentence for a person: an English template and the values to put into it.

    A value may itself be a :class:`Term` or a ``Message``, or a tuple of them (sentences read
    one after the other); those are translated with the template.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    count: int | None = None
    """The number of a count's sentence (``%n`` in a template marked with :func:`Nn_`)."""

    def render(self, translated_template: str | None = None) -> str:
        """The sentence with its values filled in, optionally from a translated template."""
        template = translated_template or self.template
        if self.count is not None:
            template = english_plural(template, self.count)
        return template.format(**self._values(as_written))

    def in_language(self, translate: Translate) -> str:
        """The sentence as ``translate`` gives it: the template (in the form for its count)
        and every term and sentence among the values translated, then the values filled in."""
        if self.count is None:
            template = translate(self.template)
        else:
            # A translation has its own forms with %n filled in; English still has "(s)".
            template = english_plural(translate(self.template, self.count), self.count)
        return template.format(**self._values(translate))

    def _values(self, translate: Translate) -> dict[str, Any]:
        return {key: _in_language(value, translate) for key, value in self.params.items()}

    def __str__(self) -> str:
        return self.render()


def _in_language(value: Any, translate: Translate) -> Any:
    if isinstance(value, Term | Message | Day | Clock | Hours | Moment):
        return value.in_language(translate)
    if isinstance(value, tuple) and value and all(isinstance(v, Term | Message) for v in value):
        return " ".join(v.in_language(translate) for v in value)
    return value
