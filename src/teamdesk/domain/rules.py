"""Team composition rules and the daily coverage: who to turn to for each resident today."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from teamdesk.domain.findings import Finding, Severity, sorted_findings
from teamdesk.domain.team import (
    DEFAULT_ROLE_LABELS,
    Absence,
    Assignment,
    Education,
    Resident,
    Role,
    Staff,
)
from teamdesk.domain.text import N_, Message, Term

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
                            "residents": ", ".join(sorted(names)),
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
    """Why this person covers the resident today."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    MEMBER = "member"
    NONE = "none"


@dataclass(frozen=True)
class Coverage:
    """Who to turn to for one resident on one day, and who of the team is away."""

    resident_id: str
    resident_name: str
    day: date
    kind: CoverageKind
    staff_id: str | None
    staff_name: str | None
    away: tuple[str, ...] = ()

    @property
    def is_alert(self) -> bool:
        return self.kind is CoverageKind.NONE

    @property
    def explanation(self) -> Message:
        """Why this person, in a sentence."""
        if self.kind is CoverageKind.PRIMARY:
            return Message(
                N_("{staff} is the primary contact and is at work."), {"staff": self.staff_name}
            )
        if self.kind is CoverageKind.SECONDARY:
            return Message(
                N_("{staff} covers: the primary contact is away."), {"staff": self.staff_name}
            )
        if self.kind is CoverageKind.MEMBER:
            return Message(
                N_("{staff} covers: the primary and secondary contacts are away."),
                {"staff": self.staff_name},
            )
        return Message(
            N_(
                "No known contact on duty for {resident}. Ask the leader on shift to choose "
                "someone who covers today."
            ),
            {"resident": self.resident_name},
        )


def coverage_on(snapshot: TeamSnapshot, day: date) -> list[Coverage]:
    """For each resident living in the house on ``day``, who to turn to; alerts first.

    The primary contact if at work, else the secondary, else a team member at work (the one
    assigned longest), else an alert that nobody known is on duty. Inactive staff never cover.
    """
    away_ids = {a.staff_id for a in snapshot.absences if a.covers(day)}
    order = {Role.PRIMARY: 0, Role.SECONDARY: 1, Role.MEMBER: 2}
    # One sort of the whole house, then grouping keeps each resident's list in that order.
    by_resident: dict[str, list[Assignment]] = defaultdict(list)
    for a in sorted(
        snapshot.current_assignments(day),
        key=lambda a: (order[a.role], a.valid_from, a.staff_id),
    ):
        by_resident[a.resident_id].append(a)
    result: list[Coverage] = []
    no_one: list[Assignment] = []
    kinds = {role: CoverageKind(role.value) for role in Role}
    for resident in snapshot.residents.values():
        if not resident.lives_here_on(day):
            continue
        assignments = by_resident.get(resident.id, no_one)
        chosen: Assignment | None = None
        away: list[str] = []
        for a in assignments:
            staff = snapshot.staff.get(a.staff_id)
            if staff is None or not staff.active:
                continue
            if a.staff_id in away_ids:
                away.append(staff.name)
                continue
            if chosen is None:
                chosen = a
        if chosen is None:
            result.append(
                Coverage(
                    resident.id,
                    resident.display_name,
                    day,
                    CoverageKind.NONE,
                    None,
                    None,
                    tuple(away),
                )
            )
        else:
            result.append(
                Coverage(
                    resident.id,
                    resident.display_name,
                    day,
                    kinds[chosen.role],
                    chosen.staff_id,
                    snapshot.staff[chosen.staff_id].name,
                    tuple(away),
                )
            )
    result.sort(key=lambda c: (not c.is_alert, c.resident_name.casefold()))
    return result
