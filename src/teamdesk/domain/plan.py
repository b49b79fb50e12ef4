"""The individual plan (individuell plan): its parts, as the regulation lists them in a) to i).

A resident has at most one living plan. The plan row and its goals, participants and measures are
the working copy; an approved version is a frozen :class:`PlanContent` stored as JSON, so it reads
the same years later whatever happens to the staff list or the working copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from teamdesk.domain.collation import house_order
from teamdesk.domain.text import N_

SNAPSHOT_FORMAT = 1
_T = TypeVar("_T", "Plan", "Goal", "Participant", "Measure")


class PlanStatus(StrEnum):
    """Where a plan is in its life."""

    DRAFT = "draft"
    ACTIVE = "active"
    UNDER_REVISION = "under_revision"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    PlanStatus.DRAFT: N_("Draft"),
    PlanStatus.ACTIVE: N_("Active"),
    PlanStatus.UNDER_REVISION: N_("Under revision"),
    PlanStatus.ENDED: N_("Ended"),
}


class ParticipantKind(StrEnum):
    """Who a participant in the planning work is."""

    RESIDENT = "resident"
    RELATIVE = "relative"
    STAFF = "staff"
    SERVICE = "service"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ParticipantKind.RESIDENT: N_("The resident"),
    ParticipantKind.RELATIVE: N_("Relative"),
    ParticipantKind.STAFF: N_("Staff"),
    ParticipantKind.SERVICE: N_("Other service"),
}


class CaseRoleKind(StrEnum):
    """A role on a resident's case that conflicts with coordinating their plan."""

    SUPERVISORY = "supervisory"
    ALLOCATES_SERVICES = "allocates_services"
    ALLOCATES_BUDGET = "allocates_budget"

    @property
    def label(self) -> str:
        return _CASE_ROLE_LABELS[self]

    @property
    def description(self) -> str:
        """The role as part of a sentence: "{staff} {description} for {resident}"."""
        return _CASE_ROLE_DESCRIPTIONS[self]


_CASE_ROLE_LABELS = {
    CaseRoleKind.SUPERVISORY: N_("Supervisory or inspection role"),
    CaseRoleKind.ALLOCATES_SERVICES: N_("Decides or allocates services"),
    CaseRoleKind.ALLOCATES_BUDGET: N_("Decides or allocates the budget"),
}
_CASE_ROLE_DESCRIPTIONS = {
    CaseRoleKind.SUPERVISORY: N_("has a supervisory or inspection role"),
    CaseRoleKind.ALLOCATES_SERVICES: N_("decides or allocates services"),
    CaseRoleKind.ALLOCATES_BUDGET: N_("decides or allocates the budget"),
}

# The course whose completion counts as coordinator training. Issue 5 (mentoring) may add
# courses; only this one is looked at by the coordinator check.
COORDINATOR_COURSE = "coordinator"


@dataclass(frozen=True)
class CaseRole:
    """A staff member's role on a resident's case outside the team (e.g. decides services)."""

    id: str
    staff_id: str
    resident_id: str
    kind: CaseRoleKind
    note: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    def current_on(self, day: date) -> bool:
        """Whether the role holds on ``day``; open ends hold."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Training:
    """A course a staff member has completed (and, since issue 5, who gave it)."""

    id: str
    staff_id: str
    course: str
    completed_on: date
    provider: str = ""


@dataclass(frozen=True)
class Plan:
    """The plan's own fields: everything of a) to i) that is not a list."""

    id: str
    resident_id: str
    status: PlanStatus = PlanStatus.DRAFT
    # a) resources and needs (the goals are rows of their own)
    resources: str = ""
    needs: str = ""
    # c) the coordinator, and the reason a leader gave for overriding a role conflict
    coordinator_id: str | None = None
    coordinator_override_reason: str = ""
    # d) what the resident contributes (services and relatives: on each participant)
    resident_contribution: str = ""
    # g) period and evaluation
    period_from: date | None = None
    period_to: date | None = None
    evaluation_date: date | None = None
    evaluation_method: str = ""
    next_meeting: date | None = None
    # h) consent to the plan
    consent_date: date | None = None
    consent_how: str = ""
    consent_recorded_by: str = ""
    # i) cooperation with other services and agencies
    cooperation: str = ""
    # background and taking part
    language_culture: str = ""
    participation: str = ""
    # The Danish profile's joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7): one
    # plan replacing the citizen's other plans, which needs the citizen's consent to share
    # information across areas (when it was given and who recorded it).
    joined_plan: bool = False
    replaces_plans: str = ""
    joined_consent_date: date | None = None
    joined_consent_recorded_by: str = ""

    @property
    def has_consent(self) -> bool:
        return self.consent_date is not None and bool(self.consent_how.strip())

    @property
    def has_joined_consent(self) -> bool:
        """The citizen's consent to share information across areas, which a joined plan needs."""
        return self.joined_consent_date is not None


# Fields a person edits directly on the plan (the coordinator and consent have their own calls).
PLAN_TEXT_FIELDS = (
    "resources",
    "needs",
    "resident_contribution",
    "evaluation_method",
    "cooperation",
    "language_culture",
    "participation",
    "replaces_plans",
)
PLAN_DATE_FIELDS = ("period_from", "period_to", "evaluation_date", "next_meeting")

PLAN_FIELD_LABELS = {
    "status": N_("Status"),
    "resources": N_("Resources"),
    "needs": N_("Needs for services"),
    "coordinator_id": N_("Coordinator"),
    "coordinator_override_reason": N_("Reason for overriding a role conflict"),
    "resident_contribution": N_("What the resident contributes"),
    "period_from": N_("Plan period from"),
    "period_to": N_("Plan period to"),
    "evaluation_date": N_("Evaluation of the plan"),
    "evaluation_method": N_("How the plan is evaluated"),
    "next_meeting": N_("Next meeting"),
    "consent_date": N_("Consent given on"),
    "consent_how": N_("How consent was given"),
    "consent_recorded_by": N_("Consent recorded by"),
    "cooperation": N_("Cooperation with other services"),
    "language_culture": N_("Language and cultural background"),
    "participation": N_("How the resident and relatives take part"),
    "joined_plan": N_("Joined plan (§ 141 stk. 7)"),
    "replaces_plans": N_("Plans the joined plan replaces"),
    "joined_consent_date": N_("Consent to share information across areas given on"),
    "joined_consent_recorded_by": N_("Consent to share information across areas recorded by"),
}


@dataclass(frozen=True)
class Goal:
    """A goal in the resident's own words; a sub-goal has the main goal as ``parent_id``."""

    id: str
    text: str
    parent_id: str | None = None
    evaluation_date: date | None = None
    position: str = ""
    """Its place among its siblings: a fractional key (see :mod:`teamdesk.domain.ordering`)."""


@dataclass(frozen=True)
class Participant:
    """Someone who takes part in the planning work, and what they contribute (b, d, h)."""

    id: str
    kind: ParticipantKind
    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""
    staff_id: str | None = None
    contribution: str = ""
    share_scope: str = ""
    share_consent_date: date | None = None
    share_consent_expires: date | None = None
    position: str = ""

    @property
    def display_name(self) -> str:
        """Name, with the organisation where there is one: "Nora Lie (NAV Sentrum)"."""
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def short_name(self) -> str:
        """The organisation for a service ("NAV"), else the person's name."""
        if self.kind is ParticipantKind.SERVICE and self.organisation:
            return self.organisation
        return self.name

    @property
    def is_external(self) -> bool:
        """Relatives and other services: the people confidential information is shared with."""
        return self.kind in (ParticipantKind.RELATIVE, ParticipantKind.SERVICE)

    def share_consent_valid_on(self, day: date) -> bool:
        return (
            self.share_consent_date is not None
            and self.share_consent_date <= day
            and (self.share_consent_expires is None or day <= self.share_consent_expires)
        )


@dataclass(frozen=True)
class Measure:
    """A measure (tiltak): what, how much, who is responsible, how, and the goal it serves."""

    id: str
    what: str
    extent: str = ""
    how: str = ""
    goal_id: str | None = None
    responsible_staff_id: str | None = None
    responsible_participant_id: str | None = None
    position: str = ""

    @property
    def has_responsible(self) -> bool:
        return self.responsible_staff_id is not None or self.responsible_participant_id is not None


@dataclass(frozen=True)
class PlanContent:
    """A whole plan as one value: the working copy now, or an approved version as it was.

    ``staff_names`` names every staff member the plan refers to (coordinator, responsible
    persons), so a frozen version does not depend on the staff list later.
    """

    plan: Plan
    resident_name: str
    goals: tuple[Goal, ...] = ()
    participants: tuple[Participant, ...] = ()
    measures: tuple[Measure, ...] = ()
    staff_names: Mapping[str, str] = field(default_factory=dict)
    coordinator_active: bool = True

    @property
    def coordinator_name(self) -> str:
        cid = self.plan.coordinator_id
        return self.staff_names.get(cid, "") if cid else ""

    def main_goals(self) -> list[Goal]:
        return sorted(
            (g for g in self.goals if g.parent_id is None), key=lambda g: (g.position, g.id)
        )

    def sub_goals(self, goal_id: str) -> list[Goal]:
        return sorted(
            (g for g in self.goals if g.parent_id == goal_id), key=lambda g: (g.position, g.id)
        )

    def goal(self, goal_id: str | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None) if goal_id else None

    def participant(self, participant_id: str | None) -> Participant | None:
        if not participant_id:
            return None
        return next((p for p in self.participants if p.id == participant_id), None)

    def ordered_participants(self) -> list[Participant]:
        return sorted(self.participants, key=lambda p: (p.position, p.id))

    def ordered_measures(self) -> list[Measure]:
        """Measures in the order of the goals they serve, unlinked ones last."""
        goal_order: dict[str, tuple[int, int]] = {}
        for i, main in enumerate(self.main_goals()):
            goal_order[main.id] = (i, -1)
            for j, sub in enumerate(self.sub_goals(main.id)):
                goal_order[sub.id] = (i, j)
        unlinked = (len(goal_order) + 1, 0)
        return sorted(
            self.measures,
            key=lambda m: (goal_order.get(m.goal_id or "", unlinked), m.position, m.id),
        )

    def sibling_goals(self, goal_id: str) -> list[Goal]:
        """The goals ``goal_id`` moves among, in order: the main goals, or the sub-goals of
        its main goal."""
        goal = self.goal(goal_id)
        if goal is None:
            return []
        return self.main_goals() if goal.parent_id is None else self.sub_goals(goal.parent_id)

    def sibling_measures(self, measure_id: str) -> list[Measure]:
        """The measures ``measure_id`` moves among, in order: those serving the same goal (the
        ones serving no goal of this plan together), as the plan lists them."""
        known = {g.id for g in self.goals}

        def serves(m: Measure) -> str | None:
            return m.goal_id if m.goal_id in known else None

        measure = next((m for m in self.measures if m.id == measure_id), None)
        if measure is None:
            return []
        return [m for m in self.ordered_measures() if serves(m) == serves(measure)]

    def goal_number(self, goal_id: str | None) -> str:
        """The goal's number as the plan shows it: "2" for a main goal, "2.1" for a sub-goal."""
        for i, main in enumerate(self.main_goals(), start=1):
            if main.id == goal_id:
                return str(i)
            for j, sub in enumerate(self.sub_goals(main.id), start=1):
                if sub.id == goal_id:
                    return f"{i}.{j}"
        return ""

    def professionals(self) -> list[str]:
        """The professionals around the resident, each once, by name: the coordinator, staff
        and other services taking part, and whoever is responsible for a measure (relatives and
        the resident are the resident's network, not professionals)."""
        found: dict[str, str] = {}
        if self.plan.coordinator_id:
            found[f"staff:{self.plan.coordinator_id}"] = self.coordinator_name
        for p in self.participants:
            if p.kind is ParticipantKind.STAFF and p.staff_id:
                found.setdefault(f"staff:{p.staff_id}", self.staff_names.get(p.staff_id, p.name))
            elif p.kind is ParticipantKind.STAFF:
                found[f"person:{p.id}"] = p.name
            elif p.kind is ParticipantKind.SERVICE:
                found[f"person:{p.id}"] = p.display_name
        for m in self.measures:
            if m.responsible_staff_id:
                name = self.staff_names.get(m.responsible_staff_id, "")
                found.setdefault(f"staff:{m.responsible_staff_id}", name)
            else:
                who = self.participant(m.responsible_participant_id)
                if who is not None and who.kind in (ParticipantKind.STAFF, ParticipantKind.SERVICE):
                    key = f"staff:{who.staff_id}" if who.staff_id else f"person:{who.id}"
                    found.setdefault(key, who.display_name)
        return sorted(found.values(), key=house_order)

    def responsible_name(self, measure: Measure) -> str:
        """Who is responsible for ``measure``, as a name; empty when nobody is."""
        if measure.responsible_staff_id:
            return self.staff_names.get(measure.responsible_staff_id, "")
        participant = self.participant(measure.responsible_participant_id)
        return participant.display_name if participant else ""

    # -- the frozen form ---------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """This content as JSON-ready data (dates as ISO text, enums by value)."""
        return {
            "format": SNAPSHOT_FORMAT,
            "plan": _encode(self.plan),
            "resident_name": self.resident_name,
            "goals": [_encode(g) for g in self.goals],
            "participants": [_encode(p) for p in self.participants],
            "measures": [_encode(m) for m in self.measures],
            "staff_names": dict(sorted(self.staff_names.items())),
            "coordinator_active": self.coordinator_active,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlanContent:
        """Read back what :meth:`to_json` wrote; refuses a snapshot from a newer format."""
        if int(data.get("format", 0)) > SNAPSHOT_FORMAT:
            raise ValueError(f"plan snapshot format {data.get('format')} is newer than this")
        return cls(
            plan=_decode(Plan, data["plan"]),
            resident_name=str(data["resident_name"]),
            goals=tuple(_decode(Goal, g) for g in data.get("goals", [])),
            participants=tuple(_decode(Participant, p) for p in data.get("participants", [])),
            measures=tuple(_decode(Measure, m) for m in data.get("measures", [])),
            staff_names={str(k): str(v) for k, v in data.get("staff_names", {}).items()},
            coordinator_active=bool(data.get("coordinator_active", True)),
        )


def _encode(obj: Plan | Goal | Participant | Measure) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        out[f.name] = value
    return out


_ENUM_FIELDS: dict[str, type[StrEnum]] = {"status": PlanStatus, "kind": ParticipantKind}
_DATE_FIELDS = frozenset(
    {
        "period_from",
        "period_to",
        "evaluation_date",
        "next_meeting",
        "consent_date",
        "joined_consent_date",
        "share_consent_date",
        "share_consent_expires",
    }
)


def _decode(cls: type[_T], data: Mapping[str, Any]) -> _T:
    known = {f.name for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue  # a field a later TeamDesk dropped; the rest still reads
        if key in _ENUM_FIELDS and value is not None:
            value = _ENUM_FIELDS[key](value)
        elif key in _DATE_FIELDS and value:
            value = date.fromisoformat(value)
        elif key == "position" and isinstance(value, int):
            # Versions approved before positions became keys: the numbers, as texts that
            # still sort in their order.
            value = f"{value:012d}"
        values[key] = value
    return cls(**values)
