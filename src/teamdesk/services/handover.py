"""The hand-over sheet for the shift leader (issue 13): at the start of a shift, which residents
have none of their people on it, grouped by unit, with who is theirs and who is away, so the
leader can choose someone who covers. Printable as a one-page PDF for the shift's start.

"This shift" is the house's shift at the moment (of the shifts running, the one begun last);
"the next shift" is the next one to begin: the sheet for whoever the leader hands over to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from teamdesk.domain.collation import house_order
from teamdesk.domain.rota import Shift
from teamdesk.domain.team import Role
from teamdesk.reports.document import Translate
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.exports import DocumentExport, export_with_audit
from teamdesk.services.team import TeamService
from teamdesk.store import rota_repo, team_repo

THIS_SHIFT = "now"
NEXT_SHIFT = "next"


@dataclass(frozen=True)
class HandoverLine:
    """A resident with none of their people on the shift."""

    resident_id: str
    resident_name: str
    room: str
    primary: str
    away: tuple[str, ...]


@dataclass(frozen=True)
class Handover:
    """The sheet: the shift, and the residents nobody of theirs is on it for, by unit."""

    shift: Shift
    groups: list[tuple[str, list[HandoverLine]]]
    residents: int

    @property
    def uncovered(self) -> int:
        return sum(len(lines) for _, lines in self.groups)


class HandoverService:
    """The shift leader's hand-over sheet: on screen and as a PDF."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.team = TeamService(ctx)

    def shifts(self, moment: datetime | None = None) -> tuple[Shift | None, Shift | None]:
        """The house's shift at ``moment`` (default now) and the next to begin, with the date
        each starts on (a night shift at 03:00 began yesterday); None where there are no
        shifts."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = moment or self.ctx.moment()
        day = moment.date()
        roster = rota_repo.roster(self.store, day - timedelta(days=1), day + timedelta(days=1))
        if roster is None:
            return None, None
        return roster.house_shift_at(moment), roster.next_house_shift(moment)

    def handover(self, which: str = THIS_SHIFT, moment: datetime | None = None) -> Handover | None:
        """The sheet for this shift or the next; None where the house has no rota."""
        now, upcoming = self.shifts(moment)
        shift = now if which == THIS_SHIFT else upcoming
        if shift is None:
            return None
        coverage = self.team.coverage_for_shift(shift.day, shift.kind)
        residents = {r.id: r for r in self.team.residents()}
        units = {u.id: u.name for u in team_repo.units(self.store)}
        primaries = self._primaries(shift.day, [c.resident_id for c in coverage if c.is_alert])
        grouped: dict[str, list[HandoverLine]] = defaultdict(list)
        for cover in coverage:
            if not cover.is_alert:
                continue
            resident = residents.get(cover.resident_id)
            unit = units.get(resident.unit_id or "", "") if resident else ""
            grouped[unit].append(
                HandoverLine(
                    cover.resident_id,
                    cover.resident_name,
                    resident.room if resident else "",
                    primaries.get(cover.resident_id, ""),
                    cover.away,
                )
            )
        groups = [
            (unit, sorted(lines, key=lambda line: (line.room, house_order(line.resident_name))))
            for unit, lines in sorted(grouped.items(), key=lambda g: house_order(g[0]))
        ]
        return Handover(shift, groups, len(coverage))

    def _primaries(self, day: date, resident_ids: list[str]) -> dict[str, str]:
        staff = {s.id: s.name for s in self.team.staff()}
        found: dict[str, str] = {}
        for resident_id in resident_ids:
            for a in team_repo.assignments(self.store, resident_id=resident_id):
                if a.role is Role.PRIMARY and a.current_on(day) and a.staff_id in staff:
                    found[resident_id] = staff[a.staff_id]
        return found

    def export(
        self,
        out: Path,
        which: str = THIS_SHIFT,
        *,
        moment: datetime | None = None,
        translate: Translate | None = None,
        printed_at: datetime | None = None,
    ) -> DocumentExport:
        """Write the sheet for this shift or the next as a PDF/A file (one page for a house's
        usual number of residents); the export is an audit event, the file whole or not at
        all. Refuses, with a sentence, a house without a rota."""
        from teamdesk.domain.text import N_, Message
        from teamdesk.reports.handover_pdf import HandoverPrint, render_handover
        from teamdesk.services.context import InvalidInput

        self.ctx.require(Permission.EXPORT)
        sheet = self.handover(which, moment)
        if sheet is None:
            raise InvalidInput(
                Message(N_("The house has no rota yet, so there is no shift to hand over."))
            )
        doc = HandoverPrint(sheet, printed_at or self.store.now(), self.ctx.who)
        data, pages = render_handover(doc, translate)
        export_with_audit(
            self.store,
            Path(out),
            data,
            actor=self.ctx.who,
            table=None,
            row_id=None,
            summary=f"exported the hand-over sheet ({sheet.uncovered} residents) to {out.name}",
        )
        return DocumentExport(Path(out), pages)
