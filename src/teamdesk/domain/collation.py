"""Putting names in alphabetical order the way the reader's language does.

Danish and Norwegian have 29 letters: after Z come Æ, Ø and Å, in that order, and the old
spelling "Aa" (Aage, Aase, Aalborg) is the letter Å. A computer's order of code points puts
Å before Æ before Ø and Aage first, and case-insensitive SQLite (``NOCASE``) folds only
A-Z, so neither will do. English reads Å as A and Ø as O.

The rules are the Unicode CLDR collation tailorings for Danish and Norwegian, kept to what
names and short titles need: letters compared without case and accents first (é is e, ü is
y, ä is æ, ö is ø, as in the CLDR tailoring), then, between names equal so far, the accents
and the case, so the order is total and the same on every PC. A collation library (ICU) would
do the same at the cost of a native dependency in the bundle; this is the part TeamDesk needs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

NORDIC = frozenset({"da", "nb", "nn", "no"})

# After z, in this order (CLDR da/nb: &[before 1]ǀ < æ << ä < ø << ö << ő < å << aa); ü is y.
_NORDIC = str.maketrans(
    {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "ő": "|", "å": "}", "ü": "y", "ű": "y"}
    | {"đ": "d", "ð": "d", "þ": "th", "ß": "ss"}
)
_OTHER = str.maketrans({"æ": "ae", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "œ": "oe"})


def _primary(text: str, nordic: bool) -> str:
    """``text`` as the alphabet compares it: no case, Nordic letters after z, other accents
    dropped (é is e)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if nordic:
        folded = folded.replace("aa", "å")
    folded = folded.translate(_NORDIC if nordic else _OTHER)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def sort_key(text: str, language: str = "en") -> tuple[str, str, str]:
    """A key that puts ``text`` in ``language``'s alphabetical order (ISO 639-1 code): in
    Danish and Norwegian Zakarias, Ærø, Øystein, Åse, Aage; in English Aage, Åse, Ærø, Øystein,
    Zakarias. Equal letters are told apart by accents, then case, then the text itself."""
    nordic = language in NORDIC
    return (_primary(text, nordic), unicodedata.normalize("NFD", text).casefold(), text)


@lru_cache(maxsize=1 << 16)
def house_order(text: str) -> tuple[str, str, str]:
    """The key of the order the house's lists come in, whatever the reader's language: the
    Danish and Norwegian alphabet, as the database sorts names (``COLLATE NAME``), so a list
    put together in Python lines up with one read in SQL."""
    return sort_key(text, "da")


def nordic_compare(left: str, right: str) -> int:
    """A SQLite collation (``COLLATE NAME``): the Danish and Norwegian order of two texts.
    SQLite compares each pair as it sorts, so the keys of a list's names are kept."""
    a, b = house_order(left), house_order(right)
    return (a > b) - (a < b)
