"""Team composition rules and the daily coverage: who to turn to for each resident today."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Choice, Finding, Severity, sorted_findings
from teamdesk.domain.rota import Roster, Shift, ShiftKind, middle_of
from teamdesk.domain.team import (
    DEFAULT_ROLE_LABELS,
    Absence,
    Assignment,
    Education,
    Resident,
    Role,
    Staff,
)
from teamdesk.domain.text import N_, Clock, Day, Message, Term

DEFAULT_MAX_PRIMARY_PER_STAFF = 3


@dataclass(frozen=True)
class TeamRuleSettings:
    """The house's choices the team rules depend on."""

    max_primary_per_staff: int = DEFAULT_MAX_PRIMARY_PER_STAFF
    role_labels: Mapping[Role, str] = field(default_factory=lambda: dict(DEFAULT_ROLE_LABELS))

    def label(self, role: Role) -> str:
        """The house's display name for ``role``."""
        return self.role_labels.get(role) or DEFAULT_ROLE_LABELS[role]


@dataclass(frozen=True)
class TeamSnapshot:
    """Everything the team rules look at, as of one day."""

    residents: Mapping[str, Resident]
    staff: Mapping[str, Staff]
    assignments: Iterable[Assignment]
    absences: Iterable[Absence] = ()
    # Who works when (issue 13); None where no rota was read, so nobody's shifts are known.
    roster: Roster | None = None
    # Each day's assignments by resident in the order coverage asks them (see _by_resident),
    # worked out once per snapshot: a snapshot is kept between readings while nothing changes.
    # Not a field of the record: ``replace`` starts a new one empty.
    _by_day: dict[date, dict[str, list[Assignment]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _by_name: list[Resident] | None = field(default=None, init=False, repr=False, compare=False)

    def current_assignments(self, day: date) -> list[Assignment]:
        """Assignments that hold on ``day`` for residents living in the house that day."""
        return [
            a
            for a in self.assignments
            if a.current_on(day)
            and a.resident_id in self.residents
            and self.residents[a.resident_id].lives_here_on(day)
        ]


def team_findings(
    snapshot: TeamSnapshot, day: date, settings: TeamRuleSettings | None = None
) -> list[Finding]:
    """Every team composition problem on ``day``, most serious first.

    Missing contacts and inactive staff are warnings; a primary contact without a bachelor-level
    education or a secondary contact without health-worker education are warnings, not blocks,
    since a house may have good reasons.
    """
    settings = settings or TeamRuleSettings()
    findings: list[Finding] = []
    current = snapshot.current_assignments(day)
    by_resident: dict[str, dict[Role, list[Assignment]]] = defaultdict(lambda: defaultdict(list))
    for a in current:
        by_resident[a.resident_id][a.role].append(a)

    primary_count: dict[str, list[str]] = defaultdict(list)
    for resident in snapshot.residents.values():
        if not resident.lives_here_on(day):
            continue
        roles = by_resident.get(resident.id, {})
        name = resident.display_name
        primaries = roles.get(Role.PRIMARY, [])
        secondaries = roles.get(Role.SECONDARY, [])
        for role, held in ((Role.PRIMARY, primaries), (Role.SECONDARY, secondaries)):
            if not held:
                findings.append(
                    Finding(
                        f"missing_{role.value}",
                        Severity.WARNING,
                        Message(
                            N_("{resident} has no {role}. Choose one on the resident's team card."),
                            {"resident": name, "role": Term(settings.label(role), lower=True)},
                        ),
                        "resident",
                        resident.id,
                    )
                )
            elif len(held) > 1:
                findings.append(
                    Finding(
                        f"several_{role.value}",
                        Severity.WARNING,
                        Message(
                            N_(
                                "{resident} has {count} people as {role} at once. "
                                "End all but one of these assignments."
                            ),
                            {
                                "resident": name,
                                "count": len(held),
                                "role": Term(settings.label(role)),
                            },
                        ),
                        "resident",
                        resident.id,
                        # Often two PCs each set one (issue 11): keeping one ends the others.
                        tuple(
                            Choice(
                                Message(
                                    N_("Keep {staff} as {role}"),
                                    {
                                        "staff": _staff_name(snapshot, a.staff_id),
                                        "role": Term(settings.label(role), lower=True),
                                    },
                                ),
                                "keep_assignment",
                                a.id,
                            )
                            for a in sorted(
                                held, key=lambda a: (_staff_name(snapshot, a.staff_id), a.id)
                            )
                        ),
                    )
                )
        primary_ids = {a.staff_id for a in primaries}
        secondary_ids = {a.staff_id for a in secondaries}
        for staff_id in sorted(primary_ids & secondary_ids):
            findings.append(
                Finding(
                    "primary_is_secondary",
                    Severity.WARNING,
                    Message(
                        N_(
                            "{staff} is both {primary} and {secondary} for {resident}. "
                            "The two roles need two people, so someone can take over when "
                            "one is away."
                        ),
                        {
                            "staff": _staff_name(snapshot, staff_id),
                            "resident": name,
                            "primary": Term(settings.label(Role.PRIMARY), lower=True),
                            "secondary": Term(settings.label(Role.SECONDARY), lower=True),
                        },
                    ),
                    "resident",
                    resident.id,
                )
            )
        for a in primaries:
            primary_count[a.staff_id].append(name)
            staff = snapshot.staff.get(a.staff_id)
            if staff is not None and staff.education is not Education.BACHELOR:
                findings.append(
                    Finding(
                        "primary_without_bachelor",
                        Severity.WARNING,
                        Message(
                            N_(
                                "{staff} is {role} for {resident} but has no bachelor-level "
                                "education. This is allowed, but the {role} is normally a "
                                "nurse, social educator or welfare worker."
                            ),
                            {
                                "staff": staff.name,
                                "resident": name,
                                "role": Term(settings.label(Role.PRIMARY), lower=True),
                            },
                        ),
                        "resident",
                        resident.id,
                    )
                )
        for a in secondaries:
            staff = snapshot.staff.get(a.staff_id)
            if staff is not None and staff.education is Education.OTHER:
                findings.append(
                    Finding(
                        "secondary_without_health_education",
                        Severity.WARNING,
                        Message(
                            N_(
                                "{staff} is {role} for {resident} but is neither a certified "
                                "health worker nor bachelor-level. This is allowed, but the "
                                "{role} is normally a certified health worker."
                            ),
                            {
                                "staff": staff.name,
                                "resident": name,
                                "role": Term(settings.label(Role.SECONDARY), lower=True),
                            },
                        ),
                        "resident",
                        resident.id,
                    )
                )

    for staff_id, names in primary_count.items():
        if len(names) > settings.max_primary_per_staff:
            findings.append(
                Finding(
                    "too_many_primary",
                    Severity.WARNING,
                    Message(
                        N_(
                            "{staff} is {role} for {count} residents ({residents}); the house "
                            "has set at most {limit}. Consider giving one of them another {role}."
                        ),
                        {
                            "staff": _staff_name(snapshot, staff_id),
                            "count": len(names),
                            "residents": ", ".join(sorted(names, key=house_order)),
                            "limit": settings.max_primary_per_staff,
                            "role": Term(settings.label(Role.PRIMARY), lower=True),
                        },
                    ),
                    "staff",
                    staff_id,
                )
            )

    for a in current:
        staff = snapshot.staff.get(a.staff_id)
        if staff is not None and not staff.active:
            findings.append(
                Finding(
                    "inactive_staff_assigned",
                    Severity.WARNING,
                    Message(
                        N_(
                            "{staff} is no longer active but is still {role} for {resident}. "
                            "End the assignment and choose someone else."
                        ),
                        {
                            "staff": staff.name,
                            "role": Term(settings.label(a.role), lower=True),
                            "resident": snapshot.residents[a.resident_id].display_name,
                        },
                    ),
                    "resident",
                    a.resident_id,
                )
            )
    return sorted_findings(findings)


def _staff_name(snapshot: TeamSnapshot, staff_id: str) -> str:
    staff = snapshot.staff.get(staff_id)
    return staff.name if staff is not None else staff_id


class CoverageKind(StrEnum):
    """Why this person covers the resident."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    MEMBER = "member"
    NONE = "none"


@dataclass(frozen=True)
class Coverage:
    """Who to turn to for one resident on one day (or at one moment), and who of the team is
    away.

    ``moment`` is set when coverage was asked for a moment (issue 13): ``shift`` is then the
    shift the chosen person is on, ``house_shift`` the house's shift at that moment,
    ``primary_next`` when the primary contact is next on shift and ``known`` False when the
    chosen person is on no rota (the program only knows they are not away).
    """

    resident_id: str
    resident_name: str
    day: date
    kind: CoverageKind
    staff_id: str | None
    staff_name: str | None
    away: tuple[str, ...] = ()
    moment: datetime | None = None
    shift: Shift | None = None
    house_shift: ShiftKind | None = None
    primary_next: Shift | None = None
    primary_away: bool = False
    known: bool = True
    # The chosen person's position (issue 13: a part-time position is shown beside the name).
    staff_fte: int = 100

    @property
    def is_alert(self) -> bool:
        return self.kind is CoverageKind.NONE

    @property
    def explanation(self) -> Message:
        """Why this person, in a sentence."""
        staff = self.staff_name
        if self.kind is CoverageKind.PRIMARY:
            if self.shift is not None:
                return Message(
                    N_("{staff} is the primary contact, on the {shift} shift until {end}."),
                    {"staff": staff, "shift": _shift_name(self.shift.kind), "end": _end(self)},
                )
            return Message(
                N_("{staff} is the primary contact and is not away (no rota)."),
                {"staff": staff},
            )
        if self.kind is CoverageKind.SECONDARY:
            if self.primary_away or (self.moment is None and self.away):
                return Message(N_("{staff} covers: the primary contact is away."), {"staff": staff})
            upcoming = self.primary_next
            if upcoming is not None and self.moment is not None:
                if upcoming.day == self.moment.date() or upcoming.begins.date() == self.day:
                    return Message(
                        N_("{staff} covers: the primary contact is off until the {shift} shift."),
                        {"staff": staff, "shift": _shift_name(upcoming.kind)},
                    )
                return Message(
                    N_(
                        "{staff} covers: the primary contact is off until the {shift} shift on "
                        "{day}."
                    ),
                    {"staff": staff, "shift": _shift_name(upcoming.kind), "day": Day(upcoming.day)},
                )
            if self.moment is None:
                return Message(
                    N_("{staff} covers: no primary contact works this day."), {"staff": staff}
                )
            return Message(
                N_("{staff} covers: no primary contact is on this shift."), {"staff": staff}
            )
        if self.kind is CoverageKind.MEMBER:
            if self.moment is None:
                return Message(
                    N_("{staff} covers: the primary and secondary contacts are away."),
                    {"staff": staff},
                )
            return Message(
                N_(
                    "{staff} covers: neither the primary nor the secondary contact is on this "
                    "shift."
                ),
                {"staff": staff},
            )
        if self.house_shift is not None:
            return Message(
                N_(
                    "Nobody of {resident}'s people is on the {shift} shift ({hours}). Ask the "
                    "leader on shift to choose someone who covers."
                ),
                {
                    "resident": self.resident_name,
                    "shift": _shift_name(self.house_shift),
                    "hours": self.house_shift.span,
                },
            )
        return Message(
            N_(
                "No known contact on duty for {resident}. Ask the leader on shift to choose "
                "someone who covers today."
            ),
            {"resident": self.resident_name},
        )


def _shift_name(kind: ShiftKind) -> Term:
    """A shift's name in a sentence: the default names are translated, a house's own name is
    shown as typed (a translation catalogue does not know it)."""
    return Term(kind.name, lower=True)


def _end(cover: Coverage) -> Clock:
    assert cover.shift is not None
    return Clock(cover.shift.kind.end)


_ROLE_ORDER = {Role.PRIMARY: 0, Role.SECONDARY: 1, Role.MEMBER: 2}


def _by_resident(snapshot: TeamSnapshot, day: date) -> dict[str, list[Assignment]]:
    """Each resident's current assignments, primary first, then secondary, then members (the
    one assigned longest first). Worked out once per snapshot and day: read, never change."""
    known = snapshot._by_day.get(day)
    if known is not None:
        return known
    # One sort of the whole house, then grouping keeps each resident's list in that order.
    by_resident: dict[str, list[Assignment]] = defaultdict(list)
    for a in sorted(
        snapshot.current_assignments(day),
        key=lambda a: (_ROLE_ORDER[a.role], a.valid_from, a.staff_id),
    ):
        by_resident[a.resident_id].append(a)
    snapshot._by_day[day] = by_resident
    return by_resident


def _residents_by_name(snapshot: TeamSnapshot) -> list[Resident]:
    """The snapshot's residents in the order coverage lists them (the house's alphabetical
    order of their names); worked out once per snapshot."""
    if snapshot._by_name is None:
        ordered = sorted(snapshot.residents.values(), key=lambda r: house_order(r.display_name))
        object.__setattr__(snapshot, "_by_name", ordered)
    assert snapshot._by_name is not None
    return snapshot._by_name


def coverage_on(snapshot: TeamSnapshot, day: date) -> list[Coverage]:
    """For each resident living in the house on ``day``, who to turn to that day; alerts first.

    The primary contact if they work that day, else the secondary, else a team member who
    does (the one assigned longest), else an alert that nobody known is on duty. "Works that
    day" is: not away, and with a shift starting that day where a rota says when they work.
    Inactive staff never cover.
    """
    away_ids = {a.staff_id for a in snapshot.absences if a.covers(day)}
    roster = snapshot.roster
    by_resident = _by_resident(snapshot, day)
    result: list[Coverage] = []
    no_one: list[Assignment] = []
    kinds = {role: CoverageKind(role.value) for role in Role}
    for resident in snapshot.residents.values():
        if not resident.lives_here_on(day):
            continue
        chosen: Assignment | None = None
        shift: Shift | None = None
        away: list[str] = []
        for a in by_resident.get(resident.id, no_one):
            staff = snapshot.staff.get(a.staff_id)
            if staff is None or not staff.active:
                continue
            if a.staff_id in away_ids:
                away.append(staff.name)
                continue
            if chosen is not None:
                continue
            if roster is not None and roster.knows(a.staff_id):
                shifts = roster.shifts_on(a.staff_id, day)
                if shifts:
                    chosen, shift = a, shifts[0]
            else:
                chosen = a
        result.append(
            Coverage(
                resident.id,
                resident.display_name,
                day,
                kinds[chosen.role] if chosen else CoverageKind.NONE,
                chosen.staff_id if chosen else None,
                snapshot.staff[chosen.staff_id].name if chosen else None,
                tuple(away),
                shift=shift,
                known=shift is not None,
                staff_fte=snapshot.staff[chosen.staff_id].fte_percent if chosen else 100,
            )
        )
    result.sort(key=lambda c: (not c.is_alert, house_order(c.resident_name)))
    return result


def coverage_at(
    snapshot: TeamSnapshot, moment: datetime, house_shift: ShiftKind | None = None
) -> list[Coverage]:
    """For each resident living in the house at ``moment``, who of their people is here now,
    and if nobody, an alert naming the shift; alerts first.

    The first of primary, secondary and team members (the one assigned longest first) who is
    on shift at ``moment``: a night shift begun the evening before counts, and an absence on
    the date a shift starts cancels it. Only when none of them is known to be here is someone
    on no rota (so not known to be off) named, said as such. Inactive staff never cover.
    ``house_shift`` names the shift asked about (default: the house's shift at ``moment``).
    """
    day = moment.date()
    roster = snapshot.roster
    away_ids = {a.staff_id for a in snapshot.absences if a.covers(day)}
    if house_shift is None and roster is not None:
        current = roster.house_shift_at(moment)
        house_shift = current.kind if current else None
    by_resident = _by_resident(snapshot, day)
    staff_of = snapshot.staff
    # Who of the staff is on shift now, for the whole house at once.
    here_now = roster.on_shift_at(moment) if roster is not None else {}
    knows = roster.knows if roster is not None else None
    primary = Role.PRIMARY
    alerts: list[Coverage] = []
    covered: list[Coverage] = []
    no_one: list[Assignment] = []
    kinds = {role: CoverageKind(role.value) for role in Role}
    for resident in _residents_by_name(snapshot):
        if not resident.lives_here_on(day):
            continue
        chosen: Assignment | None = None
        shift: Shift | None = None
        unknown: Assignment | None = None
        away: list[str] = []
        primary_away = False
        primary_next: Shift | None = None
        for a in by_resident.get(resident.id, no_one):
            staff_id = a.staff_id
            staff = staff_of.get(staff_id)
            if staff is None or not staff.active:
                continue
            absent = staff_id in away_ids
            if absent:
                away.append(staff.name)
            here = here_now.get(staff_id)
            if here is None:
                if a.role is primary:
                    primary_away = primary_away or absent
                    if roster is not None and primary_next is None and not absent:
                        primary_next = roster.next_shift(staff_id, moment)
                if unknown is None and not absent and (knows is None or not knows(staff_id)):
                    unknown = a
            elif chosen is None:
                chosen, shift = a, here
        known = chosen is not None
        if chosen is None:
            chosen = unknown
        if chosen is None:
            alerts.append(
                Coverage(
                    resident.id,
                    resident.display_name,
                    day,
                    CoverageKind.NONE,
                    None,
                    None,
                    tuple(away),
                    moment=moment,
                    house_shift=house_shift,
                    primary_next=primary_next,
                    primary_away=primary_away,
                    known=False,
                )
            )
            continue
        person = staff_of[chosen.staff_id]
        covered.append(
            Coverage(
                resident.id,
                resident.display_name,
                day,
                kinds[chosen.role],
                chosen.staff_id,
                person.name,
                tuple(away),
                moment=moment,
                shift=shift,
                house_shift=house_shift,
                primary_next=primary_next,
                primary_away=primary_away,
                known=known,
                staff_fte=person.fte_percent,
            )
        )
    # Residents were taken in the house's order, so alerts first keeps each group in it.
    return alerts + covered


def coverage_for_shift(snapshot: TeamSnapshot, day: date, kind: ShiftKind) -> list[Coverage]:
    """Coverage for one shift on one date: who is here at its middle (so someone on a long day
    counts for both the day and the evening shift it spans)."""
    return coverage_at(snapshot, middle_of(kind, day), kind)
