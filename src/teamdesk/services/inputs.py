"""Checking what a person typed before it is saved: one sentence per refusal, shared by all
services so the same mistake reads the same everywhere.

Text has one rule, in two strengths. Every text is normalised to NFC (so "å" typed on a Mac
and "å" typed on Windows are the same name) and refused, with a sentence, when it holds a
control character (an ANSI escape that recolours a terminal, a NUL), a bidi override or isolate
that shows text in another order than it is stored ("Trojan Source"), or a lone surrogate
(broken UTF-16 from a bad copy and paste, which SQLite and every file format refuse):

- names and short fields (:func:`name_text`, :func:`short_text`) are one line, and also refuse
  invisible format characters (zero-width space, soft hyphen, direction marks): two names that
  look the same must be the same. The joiners Persian, Indic scripts and emoji need
  (U+200C, U+200D) stay allowed between two characters. At most :data:`NAME_MAX_LENGTH` or
  :data:`SHORT_TEXT_MAX_LENGTH` characters;
- free text (:func:`free_text`: the resident's words, goals, notes, minutes) keeps its line
  breaks (any of CR LF, CR, U+2028, U+2029 becomes LF) and tabs, and may hold direction marks
  and joiners, which mixed Arabic and Norwegian text needs; at most
  :data:`FREE_TEXT_MAX_LENGTH` characters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from teamdesk.domain.text import N_, Message, Term
from teamdesk.services.context import InvalidInput

NAME_MAX_LENGTH = 200
SHORT_TEXT_MAX_LENGTH = 500
FREE_TEXT_MAX_LENGTH = 100_000

# Control characters (C0 and C1 but tab and line feed), bidi embeddings, overrides and
# isolates, and lone surrogates: refused in every text.
_REFUSED_IN_FREE_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029]")
_ONE_LINE_BREAKERS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_JOINERS = frozenset("\u200c\u200d")


def _term(what: str | Term) -> Term:
    return what if isinstance(what, Term) else Term(what)


def text_of(value: object) -> str:
    """A text field's value, with None as empty."""
    return "" if value is None else str(value)


def _refuse_character(what: str | Term, text: str, position: int) -> InvalidInput:
    char = text[position]
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return InvalidInput(
        Message(
            N_(
                "The {what} contains a character that cannot be shown or printed ({character}, "
                "character {position}). Remove it and try again."
            ),
            {
                "what": _term(what),
                "character": f"{code} {name}" if name else code,
                "position": position + 1,
            },
        )
    )


def _refuse_length(what: str | Term, length: int, limit: int) -> InvalidInput:
    return InvalidInput(
        Message(
            N_("The {what} is {length} characters long; it can be at most {limit}. Shorten it."),
            {"what": _term(what), "length": length, "limit": limit},
        )
    )


def _refuse_empty(what: str | Term) -> InvalidInput:
    return InvalidInput(Message(N_("The {what} cannot be empty."), {"what": _term(what)}))


def _normalised(value: object) -> str:
    return unicodedata.normalize("NFC", text_of(value))


def _one_line(value: object, what: str | Term, limit: int, required: bool) -> str:
    text = _normalised(value).strip()
    for position, char in enumerate(text):
        if char in _ONE_LINE_BREAKERS:
            raise InvalidInput(
                Message(N_("The {what} must fit on one line."), {"what": _term(what)})
            )
        category = unicodedata.category(char)
        if category[0] == "C" and category not in ("Cn", "Co"):
            joining = (
                char in _JOINERS
                and 0 < position < len(text) - 1
                and not text[position - 1].isspace()
                and not text[position + 1].isspace()
            )
            if not joining:
                raise _refuse_character(what, text, position)
    if required and not text:
        raise _refuse_empty(what)
    if len(text) > limit:
        raise _refuse_length(what, len(text), limit)
    return text


def name_text(value: object, what: str | Term, *, required: bool = True) -> str:
    """A name (of a person, a unit, a team, a network), trimmed and in NFC.

    Refuses an empty one (unless not ``required``), more than one line, control, format and
    bidi characters, and more than :data:`NAME_MAX_LENGTH` characters, naming ``what``
    ("resident's name") in the sentence."""
    return _one_line(value, what, NAME_MAX_LENGTH, required)


def short_text(value: object, what: str | Term, *, required: bool = False) -> str:
    """A short field (a place, a role, contact details, a room), trimmed and in NFC.

    Refuses what :func:`name_text` refuses, with room for :data:`SHORT_TEXT_MAX_LENGTH`
    characters; empty is allowed unless ``required``."""
    return _one_line(value, what, SHORT_TEXT_MAX_LENGTH, required)


def free_text(
    value: object, what: str | Term, *, required: bool = False, strip: bool = False
) -> str:
    """Free text in NFC with its line breaks as LF; trimmed when ``strip``.

    Refuses control characters other than line feed and tab, bidi overrides and isolates,
    lone surrogates, more than :data:`FREE_TEXT_MAX_LENGTH` characters, and (when ``required``)
    text that is only white space."""
    text = _LINE_BREAK.sub("\n", _normalised(value))
    bad = _REFUSED_IN_FREE_TEXT.search(text)
    if bad is not None:
        raise _refuse_character(what, text, bad.start())
    if strip:
        text = text.strip()
    if required and not text.strip():
        raise _refuse_empty(what)
    if len(text) > FREE_TEXT_MAX_LENGTH:
        raise _refuse_length(what, len(text), FREE_TEXT_MAX_LENGTH)
    return text


def required_text(value: object, what: str | Term) -> str:
    """The trimmed text; refuses an empty one, naming ``what`` ("goal", "resident's name"),
    and anything :func:`free_text` refuses. Prefer :func:`name_text` for names and
    :func:`short_text` for one-line fields."""
    return free_text(value, what, required=True, strip=True)


def a_date(value: object, what: str | Term) -> date:
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
    raise InvalidInput(Message(N_("The {what} is not a date."), {"what": _term(what)}))


def optional_date(value: object, what: str | Term) -> date | None:
    """Like :func:`a_date`, but None or empty text means "no date"."""
    return None if value is None or value == "" else a_date(value, what)
