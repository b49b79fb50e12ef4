"""Rota use cases (issue 13): the house's shift kinds, a rota per unit, one-off changes.

Who may do what: the rota and its shift kinds need EDIT_ROTA (leaders and administrators: the
rota is the work-time plan the leader answers for); a one-off change for a date needs
EDIT_TEAMS, as recording an absence does (coordinators and leaders), since both only say who is
here that day. Everyone who reads residents reads the rota: staff need to see who is on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta

from teamdesk.domain.findings import Finding, sorted_findings
from teamdesk.domain.rota import (
    DEFAULT_CYCLE_WEEKS,
    DEFAULT_SHIFT_KINDS,
    MAX_CYCLE_WEEKS,
    ChangeKind,
    Rota,
    RotaShift,
    Shift,
    ShiftChange,
    ShiftKind,
    parse_clock,
)
from teamdesk.domain.rota_rules import RotaRuleSettings, rota_findings
from teamdesk.domain.team import Assignment, Resident, Staff
from teamdesk.domain.text import N_, Day, Message, Nn_
from teamdesk.services.context import InvalidInput, NotFound, Permission, ServiceContext
from teamdesk.services.inputs import name_text, short_text
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome, TeamService
from teamdesk.store import rota_repo, team_repo

CODE_MAX_LENGTH = 6

# A cell of the rota grid: (staff id, cycle day) -> shift kind id, or None for a day off.
Cells = Mapping[tuple[str, int], str | None]


@dataclass(frozen=True)
class RotaView:
    """A unit's rota as the grid and ``teamdesk rota show`` show it."""

    rota: Rota
    staff: list[Staff]
    shifts: dict[tuple[str, int], RotaShift]
    kinds: dict[str, ShiftKind]


class RotaService:
    """Shift kinds, rotas and one-off changes."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.team = TeamService(ctx)

    # -- reading -------------------------------------------------------------------------

    def shift_kinds(self) -> list[ShiftKind]:
        """The house's shift kinds, by start time."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return list(rota_repo.shift_kinds(self.store).values())

    def shift_kind_by_code(self, code: str) -> ShiftKind:
        """The shift kind with ``code`` (case does not matter); refuses an unknown code."""
        wanted = code.strip().casefold()
        for kind in self.shift_kinds():
            if kind.code.casefold() == wanted:
                return kind
        raise InvalidInput(
            Message(
                N_("There is no shift with the code {code}. The house's shifts are: {codes}."),
                {"code": code, "codes": ", ".join(k.code for k in self.shift_kinds()) or "-"},
            )
        )

    def rotas(self) -> list[Rota]:
        """The rotas of the units the acting person may see."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return rota_repo.rotas(self.store, only_unit=self.ctx.only_unit)

    def rota_of_unit(self, unit_id: str | None) -> Rota | None:
        """The unit's rota, or None; refuses a unit of another than the acting person's."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self.ctx.require_unit(unit_id)
        return rota_repo.rota_of_unit(self.store, unit_id)

    def view(self, rota_id: str) -> RotaView:
        """A rota with its staff (by name) and every shift of its cycle."""
        rota = self._rota(rota_id)
        lines = rota_repo.rota_lines(self.store, rota_id)
        staff = sorted(
            team_repo.staff_by_ids(self.store, lines).values(), key=lambda s: s.name.casefold()
        )
        shifts = {(s.staff_id, s.cycle_day): s for s in rota_repo.rota_shifts(self.store, rota_id)}
        return RotaView(rota, staff, shifts, rota_repo.shift_kinds(self.store))

    def rule_settings(self) -> RotaRuleSettings:
        """The house's limits for the rota rules (defaults where none is set)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        values = {}
        for key, name in (
            ("rota.max_uncovered_shifts", "max_uncovered"),
            ("rota.min_primary_percent", "min_primary_percent"),
        ):
            text = team_repo.setting(self.store, key)
            if text and text.isdigit():
                values[name] = int(text)
        return RotaRuleSettings(**values)

    def set_rule_limits(
        self, *, max_uncovered: int | None = None, min_primary_percent: int | None = None
    ) -> Outcome:
        """Set when the rota rules warn: more than ``max_uncovered`` of the cycle's shifts
        with nobody of a resident's people on them, or a primary contact on shift on fewer
        than ``min_primary_percent`` of the cycle's days. Refuses a negative limit and a share
        over 100."""
        self.ctx.require(Permission.EDIT_ROTA)
        wanted: dict[str, int] = {}
        if max_uncovered is not None:
            if max_uncovered < 0:
                raise InvalidInput(
                    Message(N_("The limit is 0 or more, not {value}."), {"value": max_uncovered})
                )
            wanted["rota.max_uncovered_shifts"] = max_uncovered
        if min_primary_percent is not None:
            if not 0 <= min_primary_percent <= 100:
                raise InvalidInput(
                    Message(
                        N_("A share is between 0 and 100 percent, not {value}."),
                        {"value": min_primary_percent},
                    )
                )
            wanted["rota.min_primary_percent"] = min_primary_percent
        with self.store.recording() as changes, self.store.transaction():
            for key, value in wanted.items():
                write_setting(self.ctx, key, str(value))
        return Outcome(changes)

    def findings(self, rota_id: str) -> list[Finding]:
        """The rota rules for the residents of the rota's unit: residents with nobody of their
        people on too many of the cycle's shifts, and primary contacts with too few shifts to
        follow their resident up; most serious first."""
        rota = self._rota(rota_id)
        today = self.ctx.today()
        residents = [
            r
            for r in team_repo.residents(self.store)
            if r.unit_id == rota.unit_id and r.lives_here_on(today)
        ]
        assignments = [
            a
            for r in residents
            for a in team_repo.assignments(self.store, resident_id=r.id)
            if a.current_on(today)
        ]
        staff = team_repo.staff_by_ids(self.store, {a.staff_id for a in assignments})
        active = {k: v for k, v in staff.items() if v.active}
        return rota_findings(
            rota,
            rota_repo.shift_kinds(self.store),
            rota_repo.rota_shifts(self.store, rota_id),
            residents,
            assignments,
            active,
            self.rule_settings(),
            on_rota=rota_repo.rota_lines(self.store, rota_id),
        )

    def house_findings(self) -> list[Finding]:
        """The rota rules for every rota the acting person plans, for the warnings panel: a
        leader's (or administrator's) alone, since they plan the rota; nothing for others. The
        house is read once for all the units (not once per resident)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        if not self.ctx.can(Permission.EDIT_ROTA):
            return []
        found_rotas = rota_repo.rotas(self.store, only_unit=self.ctx.only_unit)
        if not found_rotas:
            return []
        today = self.ctx.today()
        snap = team_repo.snapshot(self.store, today, only_unit=self.ctx.only_unit)
        current = snap.current_assignments(today)
        active = {k: v for k, v in snap.staff.items() if v.active}
        kinds = rota_repo.shift_kinds(self.store)
        settings = self.rule_settings()
        residents: dict[str | None, list[Resident]] = defaultdict(list)
        for resident in snap.residents.values():
            residents[resident.unit_id].append(resident)
        held: dict[str, list[Assignment]] = defaultdict(list)
        for a in current:
            held[a.resident_id].append(a)
        ids = [r.id for r in found_rotas]
        shifts = rota_repo.shifts_of_rotas(self.store, ids)
        lines = rota_repo.lines_of_rotas(self.store, ids)
        found: list[Finding] = []
        for rota in found_rotas:
            theirs = residents.get(rota.unit_id, [])
            found += rota_findings(
                rota,
                kinds,
                shifts.get(rota.id, []),
                theirs,
                [a for r in theirs for a in held.get(r.id, ())],
                active,
                settings,
                on_rota=lines.get(rota.id, set()),
            )
        return sorted_findings(found)

    def changes(self, from_day: date, to_day: date) -> list[ShiftChange]:
        """One-off changes between two dates, for staff the acting person may see."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = rota_repo.shift_changes(self.store, from_day, to_day)
        staff = team_repo.staff_by_ids(self.store, {c.staff_id for c in found})
        return [
            c
            for c in found
            if c.staff_id in staff and self.ctx.sees_unit(staff[c.staff_id].unit_id)
        ]

    def shifts_of(self, staff_id: str, from_day: date, to_day: date) -> list[Shift]:
        """What a staff member works from one date to another: the rota, the changes, and
        nothing on days they are away."""
        self.team.staff_member(staff_id)
        roster = rota_repo.roster(self.store, from_day, to_day)
        if roster is None:
            return []
        found: list[Shift] = []
        day = from_day
        while day <= to_day:
            found += roster.shifts_on(staff_id, day)
            day += timedelta(days=1)
        return found

    # -- shift kinds ---------------------------------------------------------------------

    def create_shift_kind(
        self, code: str, name: str, starts: str | time, ends: str | time
    ) -> Outcome:
        """Add one of the house's shifts; refuses a code in use, an empty name, a time that is
        not a time, and a shift that starts when it ends."""
        self.ctx.require(Permission.EDIT_ROTA)
        values = self._kind_values({"code": code, "name": name, "starts": starts, "ends": ends})
        with self.store.recording() as changes:
            row_id = self.store.insert("shift_kind", values, actor=self.ctx.who)
        return Outcome(changes, row_id)

    def update_shift_kind(self, kind_id: str, **fields: object) -> Outcome:
        """Change a shift's code, name or times; refuses what creating one refuses."""
        self.ctx.require(Permission.EDIT_ROTA)
        current = rota_repo.shift_kinds(self.store).get(kind_id)
        if current is None:
            raise NotFound(Message(N_("This shift no longer exists.")))
        unknown = set(fields) - {"code", "name", "starts", "ends"}
        if unknown:
            raise ValueError(f"unknown shift fields {sorted(unknown)}")
        merged: dict[str, object] = {
            "code": current.code,
            "name": current.name,
            "starts": current.start,
            "ends": current.end,
            **fields,
        }
        values = self._kind_values(merged, kind_id)
        with self.store.recording() as changes:
            self.store.update("shift_kind", kind_id, values, actor=self.ctx.who)
        return Outcome(changes, kind_id)

    def remove_shift_kind(self, kind_id: str) -> Outcome:
        """Remove a shift the house no longer uses; refuses one a rota still uses."""
        self.ctx.require(Permission.EDIT_ROTA)
        kind = rota_repo.shift_kinds(self.store).get(kind_id)
        if kind is None:
            raise NotFound(Message(N_("This shift no longer exists.")))
        used = self.store.query_one(
            "SELECT COUNT(*) FROM rota_shift WHERE shift_kind_id = ? AND deleted_at IS NULL",
            (kind_id,),
        )
        if used is not None and used[0]:
            raise InvalidInput(
                Message(
                    Nn_(
                        "The shift {code} is used on %n day(s) in the rotas. Give those days "
                        "another shift first."
                    ),
                    {"code": kind.code},
                    count=int(used[0]),
                )
            )
        with self.store.recording() as changes:
            self.store.tombstone("shift_kind", kind_id, actor=self.ctx.who)
        return Outcome(changes)

    def _kind_values(
        self, fields: Mapping[str, object], kind_id: str | None = None
    ) -> dict[str, object]:
        code = name_text(fields["code"], N_("shift code"))
        if len(code) > CODE_MAX_LENGTH or any(c.isspace() for c in code):
            raise InvalidInput(
                Message(
                    N_("A shift code is one word of at most {max} characters, not {code}."),
                    {"max": CODE_MAX_LENGTH, "code": code},
                )
            )
        for other in rota_repo.shift_kinds(self.store).values():
            if other.id != kind_id and other.code.casefold() == code.casefold():
                raise InvalidInput(
                    Message(
                        N_("The code {code} is already the {name} shift's. Choose another code."),
                        {"code": code, "name": other.name},
                    )
                )
        name = name_text(fields["name"], N_("shift name"))
        starts = self._clock(fields["starts"])
        ends = self._clock(fields["ends"])
        if starts == ends:
            raise InvalidInput(
                Message(
                    N_("The shift {code} starts and ends at {time}. Give it an end time."),
                    {"code": code, "time": f"{starts:%H:%M}"},
                )
            )
        return {"code": code, "name": name, "starts": f"{starts:%H:%M}", "ends": f"{ends:%H:%M}"}

    @staticmethod
    def _clock(value: object) -> time:
        if isinstance(value, time):
            return value.replace(second=0, microsecond=0)
        try:
            return parse_clock(str(value))
        except ValueError:
            raise InvalidInput(
                Message(
                    N_("{text} is not a time of day. Write it as 07:30 or 22.15."),
                    {"text": str(value)},
                )
            ) from None

    def _ensure_default_kinds(self) -> None:
        """A house without shifts of its own gets the usual four (in the caller's write)."""
        if rota_repo.shift_kinds(self.store):
            return
        for code, name, starts, ends in DEFAULT_SHIFT_KINDS:
            self.store.insert(
                "shift_kind",
                {"code": code, "name": name, "starts": f"{starts:%H:%M}", "ends": f"{ends:%H:%M}"},
                actor=self.ctx.who,
            )

    # -- the rota ------------------------------------------------------------------------

    def create_rota(
        self,
        unit_id: str | None,
        starts_on: date,
        cycle_weeks: int = DEFAULT_CYCLE_WEEKS,
        name: str = "",
    ) -> Outcome:
        """Give a unit its rota, repeating every ``cycle_weeks`` weeks from ``starts_on``.

        Refuses a second rota for the same unit, a unit of another than the acting person's,
        and a cycle outside 1 to 52 weeks. A house with no shift kinds yet gets the defaults.
        """
        self.ctx.require(Permission.EDIT_ROTA)
        self.ctx.require_unit(unit_id)
        if unit_id is not None and team_repo.unit(self.store, unit_id) is None:
            raise NotFound(Message(N_("This unit no longer exists.")))
        self._check_weeks(cycle_weeks)
        if rota_repo.rota_of_unit(self.store, unit_id) is not None:
            raise InvalidInput(
                Message(N_("This unit already has a rota. Change that one instead."))
            )
        with self.store.recording() as changes, self.store.transaction():
            self._ensure_default_kinds()
            row_id = self.store.insert(
                "rota",
                {
                    "unit_id": unit_id,
                    "name": short_text(name, N_("rota name")),
                    "cycle_weeks": cycle_weeks,
                    "starts_on": starts_on,
                },
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def update_rota(
        self, rota_id: str, *, starts_on: date | None = None, cycle_weeks: int | None = None
    ) -> Outcome:
        """Move a rota's start or change its length; refuses a shorter cycle that would drop
        shifts already planned beyond its end."""
        self.ctx.require(Permission.EDIT_ROTA)
        rota = self._rota(rota_id)
        values: dict[str, object] = {}
        if starts_on is not None:
            values["starts_on"] = starts_on
        if cycle_weeks is not None:
            self._check_weeks(cycle_weeks)
            beyond = self.store.query_one(
                "SELECT COUNT(*) FROM rota_shift WHERE rota_id = ? AND cycle_day >= ? "
                "AND deleted_at IS NULL",
                (rota.id, cycle_weeks * 7),
            )
            if beyond is not None and beyond[0]:
                raise InvalidInput(
                    Message(
                        N_(
                            "{count} shifts are planned after week {weeks} of the cycle. Clear "
                            "those weeks before making the cycle shorter."
                        ),
                        {"count": int(beyond[0]), "weeks": cycle_weeks},
                    )
                )
            values["cycle_weeks"] = cycle_weeks
        with self.store.recording() as changes:
            self.store.update("rota", rota_id, values, actor=self.ctx.who)
        return Outcome(changes, rota_id)

    @staticmethod
    def _check_weeks(weeks: int) -> None:
        if not isinstance(weeks, int) or not 1 <= weeks <= MAX_CYCLE_WEEKS:
            raise InvalidInput(
                Message(
                    N_("A rota's cycle is 1 to {max} weeks long, not {weeks}."),
                    {"max": MAX_CYCLE_WEEKS, "weeks": weeks},
                )
            )

    def add_to_rota(self, rota_id: str, staff_id: str) -> Outcome:
        """Give a staff member a line in the rota (all days off until shifts are set); a
        second call changes nothing."""
        self.ctx.require(Permission.EDIT_ROTA)
        self._rota(rota_id)
        self.team.staff_member(staff_id)
        with self.store.recording() as changes:
            self._line(rota_id, staff_id)
        return Outcome(changes)

    def remove_from_rota(self, rota_id: str, staff_id: str) -> Outcome:
        """Take a staff member off the rota, with all their shifts in it."""
        self.ctx.require(Permission.EDIT_ROTA)
        self._rota(rota_id)
        self.team.staff_member(staff_id)
        line = rota_repo.rota_lines(self.store, rota_id).get(staff_id)
        with self.store.recording() as changes, self.store.transaction():
            for shift in rota_repo.rota_shifts(self.store, rota_id):
                if shift.staff_id == staff_id:
                    self.store.tombstone("rota_shift", shift.id, actor=self.ctx.who)
            if line is not None:
                self.store.tombstone("rota_line", line, actor=self.ctx.who)
        return Outcome(changes)

    def set_shifts(self, rota_id: str, cells: Cells) -> Outcome:
        """Set many days of the rota at once (a grid edit, a copied week, an import), in one
        transaction and one undoable step: a shift kind id gives the day that shift, None makes
        it a day off. Staff not yet on the rota get a line. Refuses, changing nothing, a day
        outside the cycle, an unknown shift or staff member, and staff of another unit."""
        self.ctx.require(Permission.EDIT_ROTA)
        rota = self._rota(rota_id)
        kinds = rota_repo.shift_kinds(self.store)
        staff_ids = {staff_id for staff_id, _ in cells}
        staff = team_repo.staff_by_ids(self.store, staff_ids)
        for staff_id in staff_ids:
            if staff_id not in staff:
                raise NotFound(Message(N_("This staff member no longer exists.")))
            self.ctx.require_unit(staff[staff_id].unit_id)
        for (_, cycle_day), kind_id in cells.items():
            if not 0 <= cycle_day < rota.cycle_days:
                raise InvalidInput(
                    Message(
                        N_("Day {day} is outside the rota's cycle of {weeks} weeks."),
                        {"day": cycle_day + 1, "weeks": rota.cycle_weeks},
                    )
                )
            if kind_id is not None and kind_id not in kinds:
                raise NotFound(Message(N_("This shift no longer exists.")))
        existing = {
            (s.staff_id, s.cycle_day): s for s in rota_repo.rota_shifts(self.store, rota_id)
        }
        lines = rota_repo.rota_lines(self.store, rota_id)
        with self.store.recording() as changes, self.store.transaction():
            # New lines and new days of a rota are many at once (an import of 400 staff): one
            # bulk write through the store's write path; changed and cleared days go one by one.
            self.store.insert_many(
                "rota_line",
                [{"rota_id": rota_id, "staff_id": s} for s in sorted(staff_ids - set(lines))],
                actor=self.ctx.who,
                summary="added staff to a rota",
            )
            ordered = sorted(cells.items(), key=lambda c: (c[0][0], c[0][1]))
            self.store.insert_many(
                "rota_shift",
                [
                    {
                        "rota_id": rota_id,
                        "staff_id": staff_id,
                        "cycle_day": cycle_day,
                        "shift_kind_id": kind_id,
                    }
                    for (staff_id, cycle_day), kind_id in ordered
                    if kind_id is not None and (staff_id, cycle_day) not in existing
                ],
                actor=self.ctx.who,
                summary="set days of a rota",
            )
            for (staff_id, cycle_day), kind_id in ordered:
                current = existing.get((staff_id, cycle_day))
                if current is None:
                    continue
                if kind_id is None:
                    self.store.tombstone("rota_shift", current.id, actor=self.ctx.who)
                elif kind_id != current.shift_kind_id:
                    self.store.update(
                        "rota_shift", current.id, {"shift_kind_id": kind_id}, actor=self.ctx.who
                    )
        return Outcome(changes, rota_id)

    def set_codes(self, rota_id: str, codes: Mapping[tuple[str, int], str]) -> Outcome:
        """Set days of the rota by the codes a person typed into the grid, in one undoable
        step: a shift's code (any case) gives that shift, "" or "-" a day off. Refuses,
        changing nothing, a code the house has no shift for, and what :meth:`set_shifts`
        refuses."""
        self.ctx.require(Permission.EDIT_ROTA)
        cells: dict[tuple[str, int], str | None] = {}
        found: dict[str, str | None] = {}
        for key, code in codes.items():
            text = code.strip()
            if text not in found:
                found[text] = None if text in ("", "-") else self.shift_kind_by_code(text).id
            cells[key] = found[text]
        return self.set_shifts(rota_id, cells)

    def copy_week(self, rota_id: str, from_week: int, to_week: int) -> Outcome:
        """Make week ``to_week`` of the cycle (1 is the first) the same as ``from_week``, for
        everyone on the rota."""
        view = self.view(rota_id)
        weeks = view.rota.cycle_weeks
        for week in (from_week, to_week):
            if not 1 <= week <= weeks:
                raise InvalidInput(
                    Message(
                        N_("The rota has weeks 1 to {weeks}; there is no week {week}."),
                        {"weeks": weeks, "week": week},
                    )
                )
        cells: dict[tuple[str, int], str | None] = {}
        for person in view.staff:
            for weekday in range(7):
                source = view.shifts.get((person.id, (from_week - 1) * 7 + weekday))
                cells[(person.id, (to_week - 1) * 7 + weekday)] = (
                    source.shift_kind_id if source else None
                )
        return self.set_shifts(rota_id, cells)

    def _line(self, rota_id: str, staff_id: str) -> None:
        if staff_id not in rota_repo.rota_lines(self.store, rota_id):
            self.store.insert(
                "rota_line", {"rota_id": rota_id, "staff_id": staff_id}, actor=self.ctx.who
            )

    def _rota(self, rota_id: str) -> Rota:
        self.ctx.require(Permission.READ_RESIDENTS)
        rota = rota_repo.rota(self.store, rota_id)
        if rota is None:
            raise NotFound(Message(N_("This rota no longer exists.")))
        self.ctx.require_unit(rota.unit_id)
        return rota

    # -- one-off changes -----------------------------------------------------------------

    def record_change(
        self,
        staff_id: str,
        day: date,
        kind: ChangeKind,
        shift_kind_id: str | None = None,
        *,
        covers_staff_id: str | None = None,
        note: str = "",
    ) -> Outcome:
        """Change one staff member's shift on one date without touching the rota: a swap, an
        extra shift or a cover names the shift worked; a day off names none. Refuses a swap,
        extra shift or cover without a shift, a day off with one, and a cover for oneself."""
        self.ctx.require(Permission.EDIT_TEAMS)
        self.team.staff_member(staff_id)
        if covers_staff_id is not None:
            self.team.staff_member(covers_staff_id)
            if covers_staff_id == staff_id:
                raise InvalidInput(Message(N_("A person cannot cover their own sick leave.")))
        if kind is ChangeKind.OFF and shift_kind_id is not None:
            raise InvalidInput(Message(N_("A day off has no shift. Leave the shift empty.")))
        if kind is not ChangeKind.OFF:
            if shift_kind_id is None:
                raise InvalidInput(
                    Message(N_("Choose the shift worked on {day}."), {"day": Day(day)})
                )
            if shift_kind_id not in rota_repo.shift_kinds(self.store):
                raise NotFound(Message(N_("This shift no longer exists.")))
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "shift_change",
                {
                    "staff_id": staff_id,
                    "day": day,
                    "kind": kind,
                    "shift_kind_id": shift_kind_id,
                    "covers_staff_id": covers_staff_id,
                    "note": short_text(note, N_("note")),
                },
                actor=self.ctx.who,
                summary=f"shift change ({kind.value})",
            )
        return Outcome(changes, row_id)

    def swap(self, day: date, first_id: str, second_id: str) -> Outcome:
        """Two staff members swap what they work on ``day`` (either may be off): two changes in
        one step."""
        self.ctx.require(Permission.EDIT_TEAMS)
        first_shifts = self.shifts_of(first_id, day, day)
        second_shifts = self.shifts_of(second_id, day, day)
        with self.store.recording() as changes, self.store.transaction():
            for person, gets in ((first_id, second_shifts), (second_id, first_shifts)):
                if gets:
                    for shift in gets:
                        self.record_change(person, day, ChangeKind.SWAP, shift.kind.id)
                else:
                    self.record_change(person, day, ChangeKind.OFF)
        return Outcome(changes)

    def cancel_change(self, change_id: str) -> Outcome:
        """Withdraw a one-off change: the rota holds again for that date."""
        self.ctx.require(Permission.EDIT_TEAMS)
        row = self.store.get("shift_change", change_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This change no longer exists.")))
        self.team.staff_member(str(row["staff_id"]))
        with self.store.recording() as changes:
            self.store.tombstone("shift_change", change_id, actor=self.ctx.who)
        return Outcome(changes)
