"""Today's coverage and the house's rule findings, read in the background.

The Today page and the warnings panel both need a read of the whole house. Coverage is read
first, so Today's list shows as soon as it can; the findings come after it from the same read
(the reader's store keeps it while nothing changes, see ``Store.remembered``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from teamdesk.domain.findings import Finding, sorted_findings
from teamdesk.domain.rota import Shift
from teamdesk.domain.rules import Coverage
from teamdesk.services.conflicts import conflict_findings, merge_rule_findings
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.recovery import backup_findings
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.session import Session

OVERVIEW_TABLES = frozenset(
    {
        "resident",
        "assignment",
        "staff",
        "absence",
        "setting",
        "plan",
        "plan_version",
        "training",
        "mentorship",
        "case_role",
        "shift_kind",
        "rota",
        "rota_line",
        "rota_shift",
        "shift_change",
    }
)

# What the rota rules look at: a change elsewhere (a plan, a training) leaves them as they are.
ROTA_RULE_TABLES = frozenset(
    {"resident", "assignment", "staff", "setting", "shift_kind", "rota", "rota_line", "rota_shift"}
)


def _residents_today(ctx: ServiceContext) -> list[tuple[str, str]]:
    return TeamService(ctx).residents_today()


def _coverage(ctx: ServiceContext) -> list[Coverage]:
    return TeamService(ctx).coverage_at()


def _findings(ctx: ServiceContext) -> list[Finding]:
    findings = TeamService(ctx).findings_at()
    if ctx.can(Permission.MANAGE_MENTORING):
        # A leader also sees the coordinators' gaps (untrained without a mentor, ...).
        findings = sorted_findings(findings + MentoringService(ctx).findings())
    # Those who look after backups see when they have stopped (a full disk, a read-only folder).
    findings = sorted_findings(findings + backup_findings(ctx))
    # What PCs changed at once and waits for a person (issue 11).
    return sorted_findings(findings + conflict_findings(ctx) + merge_rule_findings(ctx))


def _rota_findings(ctx: ServiceContext) -> list[Finding]:
    return RotaService(ctx).house_findings()


def _next_shift(ctx: ServiceContext) -> tuple[Shift | None, list[Coverage]]:
    return TeamService(ctx).coverage_next_shift()


class HouseOverview(QObject):
    """Reads coverage and findings again whenever something they depend on changed."""

    listed = Signal(object)
    """The residents living here today, (id, name) by name: read before their coverage on the
    first reading, so Today's list shows while coverage is worked out (issue 13)."""
    coverage_loaded = Signal(object)
    """Today's coverage (who covers each resident now): read first."""
    findings_loaded = Signal(object)
    """Today's findings about the house, after its coverage."""
    failed = Signal(str)
    rota_loaded = Signal(object)
    """The rota rules' findings, for a leader who plans the rota (issue 13): read on their own,
    after today's coverage, since they look at every day of every unit's cycle."""
    next_loaded = Signal(object, object)
    """(the next shift, its coverage): who to hand over to (issue 13), while someone asks."""

    def __init__(
        self, session: Session, reader: BackgroundReader, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._loaded_once = False
        self._listed_once = False
        self._next_wanted = False
        self._plans_rota = session.ctx.can(Permission.EDIT_ROTA)
        session.changed.connect(self._on_changed)

    def is_loaded(self) -> bool:
        return self._loaded_once

    def reload(self) -> None:
        if not self._listed_once:
            self._listed_once = True
            self._reader.request("residents", _residents_today, self.listed.emit, self.failed.emit)
        self._request_today()
        if self._plans_rota:
            self._reader.request(
                "rota-findings", _rota_findings, self.rota_loaded.emit, self.failed.emit
            )

    def want_next_shift(self, wanted: bool) -> None:
        """Read the next shift's coverage now and after every change while ``wanted``."""
        self._next_wanted = wanted
        if wanted:
            self.reload_next()

    def reload_next(self) -> None:
        self._reader.request("next-shift", _next_shift, self._next_arrived, self.failed.emit)

    def _next_arrived(self, result: tuple[Shift | None, list[Coverage]]) -> None:
        self.next_loaded.emit(*result)

    def _request_today(self) -> None:
        # One worker runs jobs in turn: coverage is asked first, so Today's list comes first.
        self._reader.request("coverage", _coverage, self.coverage_loaded.emit, self.failed.emit)
        self._reader.request("findings", _findings, self._arrived, self.failed.emit)

    def _arrived(self, findings: list[Finding]) -> None:
        self._loaded_once = True
        self.findings_loaded.emit(findings)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & OVERVIEW_TABLES:
            self._request_today()
            if self._plans_rota and tables & ROTA_RULE_TABLES:
                self._reader.request(
                    "rota-findings", _rota_findings, self.rota_loaded.emit, self.failed.emit
                )
            if self._next_wanted:
                self.reload_next()
