"""Marking of translatable text in Qt-free code.

The domain cannot call Qt's ``tr``. It marks its English sentences with :func:`N_`, which returns
the text unchanged; the UI passes the same text through ``QCoreApplication.translate`` with the
context given here, then fills in the parameters. ``lupdate`` finds the marked strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "teamdesk"


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it here."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for a person: an English template and the values to put into it."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translated_template: str | None = None) -> str:
        """The sentence with its values filled in, optionally from a translated template."""
        return (translated_template or self.template).format(**self.params)

    def __str__(self) -> str:
        return self.render()
