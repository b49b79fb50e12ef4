"""Three-way merge of a free text edited on two PCs (issue 11: nothing typed is lost).

A text is cut into sentences and lines, and ``merge3`` (the kept library Bazaar and Breezy
merge with) compares both edits with the version they were made on. Edits of different
sentences merge; edits that touch the same sentence, or insert at the same place, are an
overlap: the merge stops and says so (None), so a person chooses or combines the two texts.
Nothing is patched best-effort, so words are never interleaved or duplicated.

Pure: no I/O, nothing of ours but this layer.
"""

from __future__ import annotations

import re

from merge3 import Merge3

# One unit: a line break alone, or a run of text up to and including its sentence's end
# (".", "!", "?", possibly repeated) with the spaces before it. Units joined give the text back.
_UNIT = re.compile(r"\n|[^\S\n]*[^.!?\n]*[.!?]*")


def split_text(text: str) -> list[str]:
    """The text's sentences and line breaks, in order; ``"".join`` gives the text back."""
    return [m.group(0) for m in _UNIT.finditer(text) if m.group(0)]


def merge_texts(base: str, ours: str, theirs: str) -> str | None:
    """The two edits of ``base`` merged, or None when they overlap.

    The result does not depend on which side is ``ours``: a clean merge takes each side's
    changes in their own places, and only identical changes to one place count as the same.
    """
    if ours == theirs:
        return ours
    if base == ours:
        return theirs
    if base == theirs:
        return ours
    merger = Merge3(split_text(base), split_text(ours), split_text(theirs))
    out: list[str] = []
    for region in merger.merge_regions():
        kind = region[0]
        if kind == "conflict":
            return None
        if kind == "unchanged":
            out.extend(merger.base[region[1] : region[2]])
        elif kind in ("a", "same"):
            out.extend(merger.a[region[1] : region[2]])
        elif kind == "b":
            out.extend(merger.b[region[1] : region[2]])
        else:  # pragma: no cover - merge3 names no other kind
            raise ValueError(f"unknown merge region {kind!r}")
    return "".join(out)
