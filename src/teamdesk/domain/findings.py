"""Rule results: what a rule found, how serious it is, and which record it is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from teamdesk.domain.text import Message


class Severity(StrEnum):
    """How a finding is shown: an alert needs action today, a warning needs a look."""

    ALERT = "alert"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {Severity.ALERT: 0, Severity.WARNING: 1, Severity.INFO: 2}[self]


@dataclass(frozen=True)
class Choice:
    """A way to settle a finding a person may take from the warnings panel: ``label`` says what
    it does ("Keep Mari as primary contact"), ``action`` names what settles it (see
    ``services.merge_choices``) and ``target`` the record kept."""

    label: Message
    action: str
    target: str


@dataclass(frozen=True)
class Finding:
    """One rule result, with a sentence a person can read and the record to jump to, and the
    choices that settle it when there are some (rules a merge of two PCs broke)."""

    code: str
    severity: Severity
    message: Message
    subject_kind: str
    subject_id: str
    choices: tuple[Choice, ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        return self.message.render()


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Most serious first, then by code and sentence, so lists read the same every time."""
    return sorted(findings, key=lambda f: (f.severity.rank, f.code, f.text))
