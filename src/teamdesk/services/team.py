"""Team structure use cases: residents, staff, teams, contact roles, absences, coverage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Finding
from teamdesk.domain.rota import Roster, Shift, ShiftKind
from teamdesk.domain.rules import (
    Coverage,
    TeamRuleSettings,
    TeamSnapshot,
    coverage_at,
    coverage_for_shift,
    coverage_on,
    team_findings,
)
from teamdesk.domain.team import (
    Absence,
    Assignment,
    Education,
    Resident,
    Role,
    Staff,
    Team,
    TeamMembership,
    Unit,
)
from teamdesk.domain.text import N_, Day, Message
from teamdesk.services.context import InvalidInput, NotFound, Permission, ServiceContext
from teamdesk.services.inputs import free_text, name_text, short_text
from teamdesk.services.record_access import note_record_opened
from teamdesk.services.settings import write_setting
from teamdesk.store import rota_repo, team_repo
from teamdesk.store.store import RowChange


@dataclass(frozen=True)
class Outcome:
    """What a write did: the rows it changed (for undo), the new row's id, and the rule
    findings about the record afterwards (so the person sees a warning at once)."""

    changes: list[RowChange]
    row_id: str | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class TeamCard:
    """A resident's team as shown on their page."""

    resident: Resident
    unit: Unit | None
    team: Team | None
    primary: list[tuple[Assignment, Staff]]
    secondary: list[tuple[Assignment, Staff]]
    members: list[tuple[Assignment, Staff]]
    coverage: Coverage | None
    history: list[tuple[Assignment, Staff]]
    findings: list[Finding]
    role_labels: TeamRuleSettings


RESIDENT_FIELDS = frozenset(
    {
        "name",
        "preferred_name",
        "unit_id",
        "team_id",
        "room",
        "moved_in",
        "moved_out",
        "what_matters",
    }
)
STAFF_FIELDS = frozenset(
    {
        "name",
        "initials",
        "education",
        "peer_worker",
        "fte_percent",
        "unit_id",
        "active",
        "employee_number",
    }
)


class TeamService:
    """Residents, staff, teams and who holds which role for whom."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # -- reading -------------------------------------------------------------------------

    def units(self) -> list[Unit]:
        """All units (housing communities), by name."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return team_repo.units(self.store)

    def teams(self) -> list[Team]:
        """The teams the acting person may see (their unit's and shared ones), by name."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return [t for t in team_repo.teams(self.store) if self.ctx.sees_unit(t.unit_id)]

    def team_members(self, team_id: str) -> list[tuple[TeamMembership, Staff]]:
        """The staff on a team, by name; refuses a team of another unit."""
        self.ctx.require(Permission.READ_RESIDENTS)
        team = team_repo.team(self.store, team_id)
        if team is not None:
            self.ctx.require_unit(team.unit_id)
        memberships = team_repo.team_memberships(self.store, team_id)
        staff = team_repo.staff_by_ids(self.store, (m.staff_id for m in memberships))
        rows = [(m, staff[m.staff_id]) for m in memberships if m.staff_id in staff]
        return sorted(rows, key=lambda r: house_order(r[1].name))

    def residents(self) -> list[Resident]:
        """All residents the acting person may see (their unit's), by name, moved-out ones
        included."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return [r for r in team_repo.residents(self.store) if self.ctx.sees_unit(r.unit_id)]

    def residents_today(self, day: date | None = None) -> list[tuple[str, str]]:
        """(id, name as shown) of the residents the acting person may see who live here on
        ``day`` (default today), in the order Today lists them: what the Today page shows
        first, before who covers them is worked out."""
        self.ctx.require(Permission.READ_RESIDENTS)
        day = day or self.ctx.today()
        living = [r for r in self.residents() if r.lives_here_on(day)]
        return [
            (r.id, r.display_name)
            for r in sorted(living, key=lambda r: house_order(r.display_name))
        ]

    def resident(self, resident_id: str) -> Resident:
        """One resident; refuses an unknown or deleted id."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = team_repo.resident(self.store, resident_id)
        if found is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(found.unit_id)
        return found

    def staff(self, include_inactive: bool = True, unit_id: str | None = None) -> list[Staff]:
        """Staff by name: with ``unit_id``, only that unit's (what a picker offers); without,
        everyone the acting person may see (an account tied to a unit sees that unit's staff
        and staff who belong to no unit)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = team_repo.staff(self.store, include_inactive, unit_id)
        if unit_id is None and self.ctx.only_unit is not None:
            found = [s for s in found if self.ctx.sees_unit(s.unit_id)]
        return found

    def staff_member(self, staff_id: str) -> Staff:
        """One staff member; refuses an unknown or deleted id, and a staff member of another
        unit than the acting person's own."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = team_repo.staff_member(self.store, staff_id)
        if found is None:
            raise NotFound(Message(N_("This staff member no longer exists.")))
        self.ctx.require_unit(found.unit_id)
        return found

    def absences(self, staff_id: str | None = None) -> list[Absence]:
        """Absences, of one staff member or of everyone the acting person may see (an account
        tied to a unit sees the absences of that unit's staff and of staff of no unit)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        if staff_id:
            self.staff_member(staff_id)
            return team_repo.absences(self.store, staff_ids=[staff_id])
        found = team_repo.absences(self.store)
        if self.ctx.only_unit is None:
            return found
        staff = team_repo.staff_by_ids(self.store, {a.staff_id for a in found})
        seen = {sid for sid, s in staff.items() if self.ctx.sees_unit(s.unit_id)}
        return [a for a in found if a.staff_id in seen]

    def rule_settings(self) -> TeamRuleSettings:
        """The house's rule settings (role names, workload limit)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return team_repo.rule_settings(self.store)

    def _visible_snapshot(self, day: date) -> TeamSnapshot:
        """The house on ``day`` as the acting person may see it: an account tied to a unit
        reads that unit's residents only (filtered in SQL), so its coverage and findings name
        nobody from another unit (a workload warning counts the residents of that unit)."""
        return team_repo.snapshot(self.store, day, only_unit=self.ctx.only_unit)

    def findings(self, day: date | None = None) -> list[Finding]:
        """Every team rule finding on ``day`` (default today) about the residents the acting
        person may see, most serious first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        day = day or self.ctx.today()
        found = team_findings(self._visible_snapshot(day), day, self.rule_settings())
        if self.ctx.can(Permission.READ_AUDIT):
            # Leaders and administrators also see signs of tampering (issue 9).
            from teamdesk.services.trust import trust_findings

            found = trust_findings(self.store) + found
        return found

    def resident_findings(self, resident_id: str, day: date | None = None) -> list[Finding]:
        """Findings about one resident's team, and about the workload of the staff on it
        (counting only residents of units the acting person may see, since it names them)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        day = day or self.ctx.today()
        snap = team_repo.snapshot_for_resident(self.store, resident_id, day)
        if self.ctx.only_unit is not None:
            visible = {k: r for k, r in snap.residents.items() if self.ctx.sees_unit(r.unit_id)}
            snap = replace(snap, residents=visible)
        staff_ids = {a.staff_id for a in snap.assignments if a.resident_id == resident_id}
        return [
            f
            for f in team_findings(snap, day, self.rule_settings())
            if (f.subject_kind == "resident" and f.subject_id == resident_id)
            or (f.subject_kind == "staff" and f.subject_id in staff_ids)
        ]

    def _moment(self, moment: datetime | date | None) -> datetime:
        if isinstance(moment, datetime):
            return moment
        now = self.ctx.moment()
        return now if moment is None else datetime.combine(moment, now.time())

    def _with_roster(
        self, snap: TeamSnapshot, first: date, last: date, *, team_only: bool = False
    ) -> TeamSnapshot:
        """``snap`` with the shifts starting from ``first`` to ``last`` (issue 13); with
        ``team_only``, only those of the staff in ``snap`` (one resident's team)."""
        staff_ids = {a.staff_id for a in snap.assignments} if team_only else None
        roster = rota_repo.roster(
            self.store, first, last, only_unit=self.ctx.only_unit, staff_ids=staff_ids
        )
        return replace(snap, roster=roster)

    def _house(self, day: date, first: date, last: date) -> TeamSnapshot:
        """The house on ``day`` as the acting person may see it, with the shifts starting from
        ``first`` to ``last``: read once and kept while nothing in the database changes
        (``Store.remembered``), so asking again (Today, the next shift, the hand-over, the
        command line in a loop) builds no new objects; a write here, a change set applied by
        sync or a commit by another connection reads it afresh."""
        return self.store.remembered(
            ("team.house", day, first, last, self.ctx.only_unit),
            lambda: self._with_roster(self._visible_snapshot(day), first, last),
        )

    def _snapshot_at(self, moment: datetime) -> TeamSnapshot:
        """The house at ``moment``, with the shifts begun the day before (a night shift), today
        and tomorrow (when the primary contact is next on)."""
        day = moment.date()
        return self._house(day, day - timedelta(days=1), day + timedelta(days=1))

    def today_overview(
        self, moment: datetime | date | None = None
    ) -> tuple[list[Coverage], list[Finding]]:
        """Coverage now (at ``moment``; a date alone means this time of day on that date) and
        every team finding that day, from one read of the house (kept while nothing changes,
        see ``_house``); only the residents the acting person may see."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = self._moment(moment)
        return self.coverage_at(moment), self.findings_at(moment)

    def findings_at(self, moment: datetime | date | None = None) -> list[Finding]:
        """Every team finding on the day of ``moment`` (default now), from the same read of
        the house as coverage at that moment: the Today page shows its list first and the
        warnings come from this after it, without reading the house again."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = self._moment(moment)
        snap = self._snapshot_at(moment)
        day = moment.date()
        return team_findings(snap, day, self.rule_settings())

    def coverage(self, day: date | None = None) -> list[Coverage]:
        """Who to turn to for each resident the acting person may see on ``day`` (default
        today): someone who is not away and, where a rota says when they work, has a shift
        that day; alerts first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        day = day or self.ctx.today()
        return coverage_on(self._house(day, day, day), day)

    def coverage_at(self, moment: datetime | date | None = None) -> list[Coverage]:
        """Who of each resident's people is here at ``moment`` (default now; a date alone means
        this time of day on that date), and if nobody, an alert naming the shift; alerts
        first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = self._moment(moment)
        return coverage_at(self._snapshot_at(moment), moment)

    def coverage_for_shift(self, day: date, kind: ShiftKind) -> list[Coverage]:
        """Who of each resident's people is on the ``kind`` shift of ``day`` (here at its
        middle); alerts first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        snap = self._house(day, day - timedelta(days=1), day + timedelta(days=2))
        return coverage_for_shift(snap, day, kind)

    def coverage_next_shift(
        self, moment: datetime | None = None
    ) -> tuple[Shift | None, list[Coverage]]:
        """The house's next shift to begin after ``moment`` (default now) and who of each
        resident's people is on it ("who should I hand over to?"): counted as the hand-over
        sheet counts, at the shift's middle, so the people leaving when it starts are not
        named; alerts first. (None, []) where the house has no rota."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = moment or self.ctx.moment()
        if not rota_repo.rotas(self.store, only_unit=self.ctx.only_unit):
            return None, []
        # Which shift is next depends on the house's shift kinds alone, not on who works.
        upcoming = Roster(rota_repo.shift_kinds(self.store), {}, (), ()).next_house_shift(moment)
        if upcoming is None:
            return None, []
        return upcoming, self.coverage_for_shift(upcoming.day, upcoming.kind)

    def current_shift(
        self, moment: datetime | None = None
    ) -> tuple[ShiftKind | None, ShiftKind | None]:
        """The house's shift at ``moment`` (default now) and the next one to begin; None where
        the house has no shift kinds."""
        self.ctx.require(Permission.READ_RESIDENTS)
        moment = moment or self.ctx.moment()
        roster = rota_repo.roster(self.store, moment.date(), moment.date())
        if roster is None:
            return None, None
        now, upcoming = roster.house_shift_at(moment), roster.next_house_shift(moment)
        return (now.kind if now else None), (upcoming.kind if upcoming else None)

    def team_card(self, resident_id: str, day: date | None = None) -> TeamCard:
        """A resident's team, who covers now (at this time of day on ``day``) and assignment
        history, for the resident page. Opening it is written to the access log (once per
        person and resident per quarter of an hour)."""
        resident = self.resident(resident_id)
        note_record_opened(self.ctx, resident_id)
        moment = self.ctx.moment()
        if day is not None:
            moment = datetime.combine(day, moment.time())
        day = moment.date()
        snap = team_repo.snapshot_for_resident(self.store, resident_id, day)
        snap = self._with_roster(
            snap, day - timedelta(days=1), day + timedelta(days=1), team_only=True
        )
        own = [a for a in snap.assignments if a.resident_id == resident_id]
        current = [a for a in own if a.current_on(day)]

        def with_staff(items: list[Assignment]) -> list[tuple[Assignment, Staff]]:
            return [(a, snap.staff[a.staff_id]) for a in items if a.staff_id in snap.staff]

        covers = [c for c in coverage_at(snap, moment) if c.resident_id == resident_id]
        settings = self.rule_settings()
        return TeamCard(
            resident=resident,
            unit=team_repo.unit(self.store, resident.unit_id),
            team=team_repo.team(self.store, resident.team_id),
            primary=with_staff([a for a in current if a.role is Role.PRIMARY]),
            secondary=with_staff([a for a in current if a.role is Role.SECONDARY]),
            members=with_staff([a for a in current if a.role is Role.MEMBER]),
            coverage=covers[0] if covers else None,
            history=with_staff(
                sorted(own, key=lambda a: (a.valid_from, a.role.value), reverse=True)
            ),
            findings=self.resident_findings(resident_id, day),
            role_labels=settings,
        )

    # -- writing -------------------------------------------------------------------------

    def create_unit(self, name: str) -> Outcome:
        """Create a unit (housing community); refuses an empty name."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "unit", {"name": name_text(name, N_("unit name"))}, actor=self.ctx.who
            )
        return Outcome(changes, row_id)

    def create_team(self, name: str, unit_id: str | None = None) -> Outcome:
        """Create a team; refuses an empty name."""
        self.ctx.require(Permission.EDIT_TEAMS)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "team",
                {"name": name_text(name, N_("team name")), "unit_id": unit_id},
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def add_to_team(self, team_id: str, staff_id: str) -> Outcome:
        """Put a staff member on a team; a second call for the same person changes nothing."""
        self.ctx.require(Permission.EDIT_TEAMS)
        self.staff_member(staff_id)
        self._team_in_scope(team_id)
        existing = [
            m for m in team_repo.team_memberships(self.store, team_id) if m.staff_id == staff_id
        ]
        if existing:
            return Outcome([], existing[0].id)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "team_membership", {"team_id": team_id, "staff_id": staff_id}, actor=self.ctx.who
            )
        return Outcome(changes, row_id)

    def remove_from_team(self, membership_id: str) -> Outcome:
        """Take a staff member off a team; refuses a team or staff member of another unit."""
        self.ctx.require(Permission.EDIT_TEAMS)
        row = self.store.get("team_membership", membership_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This team membership no longer exists.")))
        self._team_in_scope(str(row["team_id"]))
        self.staff_member(str(row["staff_id"]))
        with self.store.recording() as changes:
            self.store.tombstone("team_membership", membership_id, actor=self.ctx.who)
        return Outcome(changes)

    def _team_in_scope(self, team_id: str) -> None:
        """Refuse a team of another unit than the acting person's own."""
        team = team_repo.team(self.store, team_id)
        if team is not None:
            self.ctx.require_unit(team.unit_id)

    def create_resident(self, name: str, **fields: object) -> Outcome:
        """Register a resident; refuses an empty name and a move-out before the move-in."""
        self.ctx.require(Permission.EDIT_RESIDENTS)
        values = self._resident_values({"name": name, **fields}, None)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "resident", values, actor=self.ctx.who, summary="registered resident"
            )
        return Outcome(changes, row_id)

    def update_resident(self, resident_id: str, **fields: object) -> Outcome:
        """Change a resident's details; refuses an empty name and impossible dates."""
        self.ctx.require(Permission.EDIT_RESIDENTS)
        current = self.resident(resident_id)
        values = self._resident_values(fields, current)
        with self.store.recording() as changes:
            self.store.update("resident", resident_id, values, actor=self.ctx.who)
        return Outcome(changes, resident_id)

    def _resident_values(
        self, fields: Mapping[str, object], current: Resident | None
    ) -> dict[str, object]:
        unknown = set(fields) - RESIDENT_FIELDS
        if unknown:
            raise ValueError(f"unknown resident fields {sorted(unknown)}")
        values = dict(fields)
        if "name" in values:
            values["name"] = name_text(values["name"], N_("resident's name"))
        if "preferred_name" in values:
            values["preferred_name"] = name_text(
                values["preferred_name"], N_("preferred name"), required=False
            )
        if "room" in values:
            values["room"] = short_text(values["room"], N_("room"))
        if "what_matters" in values:
            values["what_matters"] = free_text(values["what_matters"], N_("what matters"))
        moved_in = values.get("moved_in", current.moved_in if current else None)
        moved_out = values.get("moved_out", current.moved_out if current else None)
        if isinstance(moved_in, date) and isinstance(moved_out, date) and moved_out < moved_in:
            raise InvalidInput(
                Message(
                    N_("The move-out date {out} is before the move-in date {into}."),
                    {"out": Day(moved_out), "into": Day(moved_in)},
                )
            )
        return values

    def create_staff(self, name: str, **fields: object) -> Outcome:
        """Register a staff member; refuses an empty name and a position outside 0-100 %."""
        self.ctx.require(Permission.EDIT_STAFF)
        values = self._staff_values({"name": name, **fields})
        if "initials" not in values:
            values["initials"] = "".join(p[0] for p in str(values["name"]).split()[:3]).upper()
        with self.store.recording() as changes:
            row_id = self.store.insert("staff", values, actor=self.ctx.who)
        return Outcome(changes, row_id)

    def update_staff(self, staff_id: str, **fields: object) -> Outcome:
        """Change a staff member's details (education, position, active...)."""
        self.ctx.require(Permission.EDIT_STAFF)
        self.staff_member(staff_id)
        values = self._staff_values(fields)
        with self.store.recording() as changes:
            self.store.update("staff", staff_id, values, actor=self.ctx.who)
        return Outcome(changes, staff_id)

    def _staff_values(self, fields: Mapping[str, object]) -> dict[str, object]:
        unknown = set(fields) - STAFF_FIELDS
        if unknown:
            raise ValueError(f"unknown staff fields {sorted(unknown)}")
        values = dict(fields)
        if "name" in values:
            values["name"] = name_text(values["name"], N_("staff member's name"))
        if "initials" in values:
            values["initials"] = name_text(values["initials"], N_("initials"), required=False)
        if "employee_number" in values:
            values["employee_number"] = short_text(values["employee_number"], N_("employee number"))
        if "education" in values:
            values["education"] = Education(str(values["education"]))
        if "fte_percent" in values:
            fte = values["fte_percent"]
            if not isinstance(fte, int) or not 0 <= fte <= 100:
                raise InvalidInput(
                    Message(N_("A position is between 0 and 100 percent, not {fte}."), {"fte": fte})
                )
        return values

    def assign(
        self, resident_id: str, staff_id: str, role: Role, from_date: date | None = None
    ) -> Outcome:
        """Give a staff member a role for a resident from ``from_date`` (default today).

        A new primary or secondary contact ends the one before (history is kept: the old
        assignment gets an end date). Giving the same person the same role again changes
        nothing. Refuses inactive staff; the composition rules are returned as findings
        (warnings, not blocks).
        """
        self.ctx.require(Permission.EDIT_TEAMS)
        resident = self.resident(resident_id)
        staff = self.staff_member(staff_id)
        if not staff.active:
            raise InvalidInput(
                Message(
                    N_(
                        "{staff} is no longer active and cannot be given a role. Choose someone "
                        "else, or mark {staff} as active on the Staff page."
                    ),
                    {"staff": staff.name},
                )
            )
        day = from_date or self.ctx.today()
        current = [
            a
            for a in team_repo.assignments(self.store, resident_id=resident_id)
            if a.current_on(day)
        ]
        if any(a.staff_id == staff_id and a.role is role for a in current):
            return Outcome([], None, self.resident_findings(resident.id, day))
        with self.store.recording() as changes, self.store.transaction():
            for a in current:
                replaced = role is not Role.MEMBER and a.role is role
                # One person holds one role per resident: moving them ends the old role.
                moved = a.staff_id == staff_id
                if replaced or moved:
                    self._end(a, day)
            row_id = self.store.insert(
                "assignment",
                {"resident_id": resident_id, "staff_id": staff_id, "role": role, "valid_from": day},
                actor=self.ctx.who,
                summary=f"assigned {role.value}",
            )
        return Outcome(changes, row_id, self.resident_findings(resident_id, day))

    def _end(self, assignment: Assignment, day: date) -> None:
        if assignment.valid_from >= day:
            # Began today or later: it never really held, so it is withdrawn, not ended.
            self.store.tombstone(
                "assignment", assignment.id, actor=self.ctx.who, summary="withdrew assignment"
            )
        else:
            self.store.update(
                "assignment",
                assignment.id,
                {"valid_to": day - timedelta(days=1)},
                actor=self.ctx.who,
                summary="ended assignment",
            )

    def end_assignment(self, assignment_id: str, last_day: date | None = None) -> Outcome:
        """End an assignment after ``last_day`` (default: it ends today, held until yesterday).

        An assignment that began on or after that day is withdrawn instead.
        """
        self.ctx.require(Permission.EDIT_TEAMS)
        row = self.store.get("assignment", assignment_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This assignment no longer exists.")))
        assignment = team_repo.assignment_from_row(row)
        self.resident(assignment.resident_id)  # refuses a resident of another unit
        day = (last_day + timedelta(days=1)) if last_day else self.ctx.today()
        with self.store.recording() as changes, self.store.transaction():
            self._end(assignment, day)
        return Outcome(
            changes, assignment_id, self.resident_findings(assignment.resident_id, self.ctx.today())
        )

    def record_absence(
        self, staff_id: str, from_date: date, to_date: date, reason: str = ""
    ) -> Outcome:
        """Record that a staff member is away; refuses an end before the start."""
        self.ctx.require(Permission.EDIT_TEAMS)
        self.staff_member(staff_id)
        if to_date < from_date:
            raise InvalidInput(
                Message(
                    N_("The absence ends ({to}) before it begins ({start})."),
                    {"to": Day(to_date), "start": Day(from_date)},
                )
            )
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "absence",
                {
                    "staff_id": staff_id,
                    "from_date": from_date,
                    "to_date": to_date,
                    "reason": short_text(reason, N_("reason for the absence")),
                },
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def cancel_absence(self, absence_id: str) -> Outcome:
        """Withdraw a recorded absence; refuses one of a staff member of another unit."""
        self.ctx.require(Permission.EDIT_TEAMS)
        row = self.store.get("absence", absence_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This absence no longer exists.")))
        self.staff_member(str(row["staff_id"]))
        with self.store.recording() as changes:
            self.store.tombstone("absence", absence_id, actor=self.ctx.who)
        return Outcome(changes)

    def set_max_primary_per_staff(self, limit: int) -> Outcome:
        """Set how many residents one person may be primary contact for before a warning."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        if limit < 1:
            raise InvalidInput(Message(N_("The limit must be at least 1.")))
        return self._set_setting("max_primary_per_staff", str(limit))

    def set_role_label(self, role: Role, label: str) -> Outcome:
        """Set the house's own name for a role ("the boss"); empty restores the default."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        return self._set_setting(
            f"role_label.{role.value}", name_text(label, N_("role name"), required=False)
        )

    def _set_setting(self, key: str, value: str) -> Outcome:
        with self.store.recording() as changes:
            write_setting(self.ctx, key, value)
        return Outcome(changes, key)
