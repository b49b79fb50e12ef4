"""Individual plan use cases: build the plan, choose the coordinator, approve versions, export.

Each writing call checks permission first, then the input, then writes through the store's one
write path in one transaction, and returns an :class:`Outcome` whose row changes the GUI puts on
its undo stack. Exports return an :class:`ExportResult` and leave an audit event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.ordering import key_after, keys_for_move
from teamdesk.domain.plan import (
    COORDINATOR_COURSE,
    PLAN_DATE_FIELDS,
    PLAN_FIELD_LABELS,
    PLAN_TEXT_FIELDS,
    CaseRole,
    CaseRoleKind,
    ParticipantKind,
    Plan,
    PlanContent,
    PlanStatus,
)
from teamdesk.domain.plan_profile import (
    DEFAULT_PLAN_PROFILE,
    MAX_FIRST_REVIEW_MONTHS,
    MAX_REVIEW_INTERVAL_MONTHS,
    PlanProfile,
    ReviewCadence,
)
from teamdesk.domain.plan_rules import (
    DEFAULT_MAX_PLANS_PER_COORDINATOR,
    EVALUATION_HORIZON_DAYS,
    Completeness,
    CoordinatorCheck,
    CoordinatorFacts,
    DueEvaluation,
    PlanSection,
    coordinator_findings,
    due_for_evaluation,
    plan_changes,
    plan_completeness,
    plan_sections,
)
from teamdesk.domain.team import Resident, Staff
from teamdesk.domain.text import N_, Day, Message, Term, Translate
from teamdesk.services.context import (
    InvalidInput,
    NotFound,
    Permission,
    PermissionDenied,
    ServiceContext,
    ServiceError,
)
from teamdesk.services.exports import write_atomically
from teamdesk.services.inputs import (
    free_text,
    name_text,
    optional_date,
    required_text,
    short_text,
)
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome
from teamdesk.store import plan_repo, team_repo
from teamdesk.store.plan_repo import PlanVersionInfo


class PlanEnded(ServiceError):
    """The plan has ended and is kept as it was."""


class CoordinatorRefused(ServiceError):
    """The chosen coordinator is blocked; ``findings`` say why, ``can_override`` whether a
    leader may go ahead with a written reason."""

    def __init__(self, message: Message, findings: list[Finding], can_override: bool) -> None:
        super().__init__(message)
        self.findings = findings
        self.can_override = can_override


class ApprovalRefused(ServiceError):
    """The plan is not ready to approve; ``missing`` lists what must be in place first."""

    def __init__(self, message: Message, missing: list[Finding]) -> None:
        super().__init__(message)
        self.missing = missing


class AmbiguousResident(ServiceError):
    """A name matches more than one resident; ``candidates`` are the matches."""

    def __init__(self, message: Message, candidates: list[Resident]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class PlanPage:
    """Everything the plan page shows for one plan."""

    content: PlanContent
    completeness: Completeness
    versions: list[PlanVersionInfo]
    unapproved_changes: list[Message]
    coordinator_findings: list[Finding]
    case_roles: list[tuple[CaseRole, str]]
    today: date
    sections: list[PlanSection] = field(default_factory=list)
    """The editor's sections a) to i) with their checklist marks."""
    why_not_edit: Message | None = None
    """Why the acting person may not change this plan; None when they may."""
    why_not_approve: Message | None = None
    why_not_prepare_meeting: Message | None = None
    profile: PlanProfile = DEFAULT_PLAN_PROFILE
    """The house's plan profile: which sections, in which order, with which headings."""
    professionals: tuple[str, ...] = ()
    """The professionals around the resident (shown, with the principle, in the Danish plan)."""

    @property
    def editable(self) -> bool:
        return self.why_not_edit is None

    def goal_moves(self, goal_id: str | None) -> tuple[bool, bool]:
        """Whether the goal can move (up, down) among its siblings, for this person."""
        if goal_id is None:
            return (False, False)
        return self._moves([g.id for g in self.content.sibling_goals(goal_id)], goal_id)

    def measure_moves(self, measure_id: str | None) -> tuple[bool, bool]:
        """Whether the measure can move (up, down) among those serving the same goal."""
        if measure_id is None:
            return (False, False)
        return self._moves([m.id for m in self.content.sibling_measures(measure_id)], measure_id)

    def _moves(self, ids: list[str], row_id: str) -> tuple[bool, bool]:
        if not self.editable or row_id not in ids:
            return (False, False)
        index = ids.index(row_id)
        return (index > 0, index < len(ids) - 1)

    def section(self, key: str) -> PlanSection:
        return next(s for s in self.sections if s.key == key)

    @property
    def plan(self) -> Plan:
        return self.content.plan

    @property
    def latest_version(self) -> PlanVersionInfo | None:
        return self.versions[-1] if self.versions else None

    @property
    def is_approved_as_is(self) -> bool:
        """Whether the working copy is exactly the latest approved version."""
        return self.latest_version is not None and not self.unapproved_changes


@dataclass(frozen=True)
class ExportResult:
    """A written PDF: where, how many pages, and which version (None: the working draft)."""

    path: Path
    pages: int
    version: int | None
    summary: bool = False


@dataclass(frozen=True)
class CoordinatorCandidate:
    """A staff member who could coordinate, with what the check says about them."""

    staff: Staff
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(f.severity is Severity.ALERT for f in self.findings)


def _changes_between(old: PlanContent, new: PlanContent) -> list[Message]:
    """What changed from ``old`` to ``new`` (:func:`plan_changes`), with each moved date a
    :class:`Day`, so the change list in the editor and the printout writes it as the reader's
    language writes dates (30.06.2028), not as stored (2028-06-30)."""
    return [_dated(change) for change in plan_changes(old, new)]


def _dated(change: Message) -> Message:
    """``change`` with its "from" and "to" values that are ISO dates as :class:`Day` values."""
    params = dict(change.params)
    for key in ("old", "new"):
        value = params.get(key)
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            try:
                params[key] = Day(date.fromisoformat(value))
            except ValueError:
                continue
    return Message(change.template, params, change.count)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(value: object) -> date | None:
    """A date from a service argument or a stored ISO text."""
    if isinstance(value, str):
        return date.fromisoformat(value) if value else None
    return value if isinstance(value, date) else None


GOAL_FIELDS = frozenset({"text", "evaluation_date", "position"})
PARTICIPANT_FIELDS = frozenset(
    {
        "kind",
        "name",
        "organisation",
        "role",
        "contact",
        "staff_id",
        "contribution",
        "share_scope",
        "share_consent_date",
        "share_consent_expires",
        "position",
    }
)
# One-line fields of a participant, with the word a refusal names them by; the others
# (contribution, what may be shared) are free text.
_PARTICIPANT_SHORT_FIELDS = {
    "organisation": N_("organisation"),
    "role": N_("role"),
    "contact": N_("contact details"),
}
_PARTICIPANT_FREE_FIELDS = {
    "contribution": N_("contribution"),
    "share_scope": N_("what may be shared"),
}
MEASURE_FIELDS = frozenset(
    {
        "what",
        "extent",
        "how",
        "goal_id",
        "responsible_staff_id",
        "responsible_participant_id",
        "position",
    }
)


def may_edit_plan(ctx: ServiceContext, plan: Plan) -> bool:
    """Whether the acting person may change ``plan``: a leader (or administrator) every plan
    they see, a coordinator only the plans they coordinate (the unit's others they only read).
    The unit is checked apart, by whoever fetched the plan."""
    if ctx.can(Permission.EDIT_ALL_PLANS):
        return True
    staff_id = ctx.actor.staff_id
    mine = staff_id is not None and plan.coordinator_id == staff_id
    return mine and ctx.can(Permission.EDIT_PLANS)


def require_plan_edit(ctx: ServiceContext, plan: Plan) -> None:
    """Refuse a change to ``plan`` by anyone but its coordinator or a leader."""
    ctx.require(Permission.EDIT_PLANS)
    if not may_edit_plan(ctx, plan):
        coordinator = team_repo.staff_member(ctx.store, plan.coordinator_id or "")
        raise PermissionDenied(
            Message(
                N_(
                    "Only the plan's coordinator ({coordinator}) or a leader may change this "
                    "plan; you can read it."
                ),
                {"coordinator": coordinator.name if coordinator else "—"},
            )
        )


def require_plan_open(plan: Plan) -> None:
    """Refuse a change to an ended plan, which is kept as it was."""
    if plan.status is PlanStatus.ENDED:
        raise PlanEnded(
            Message(
                N_(
                    "This plan has ended and is kept as it was. To change it, set its "
                    "status back to «under revision»."
                )
            )
        )


class PlanService:
    """Individual plans, their coordinator, versions, evaluations and PDF export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # -- reading ---------------------------------------------------------------------------

    def plan_of_resident(self, resident_id: str) -> Plan | None:
        """The resident's living plan, else their latest ended plan, else None."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self._require_unit_of(resident_id)
        plans = plan_repo.plans_of_resident(self.store, resident_id)
        living = [p for p in plans if p.status is not PlanStatus.ENDED]
        return (living or plans)[0] if (living or plans) else None

    def plan(self, plan_id: str) -> Plan:
        """One plan; refuses an unknown or deleted id."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = plan_repo.plan(self.store, plan_id)
        if found is None:
            raise NotFound(Message(N_("This plan no longer exists.")))
        self._require_unit_of(found.resident_id)
        return found

    def _require_unit_of(self, resident_id: str) -> None:
        """Refuse a resident of another unit than the acting person's own."""
        resident = team_repo.resident(self.store, resident_id)
        self.ctx.require_unit(resident.unit_id if resident else None)

    def content(self, plan_id: str) -> PlanContent:
        """The working copy of a plan."""
        return plan_repo.content(self.store, self.plan(plan_id))

    def completeness(self, plan_id: str) -> Completeness:
        """What the plan lacks against the house's plan profile, in plain words."""
        return self._completeness(self.content(plan_id), self.ctx.today())

    def _completeness(self, content: PlanContent, today: date) -> Completeness:
        """The completeness check of the house's profile, with its review cadence and the
        resident's moving-in date."""
        resident = team_repo.resident(self.store, content.plan.resident_id)
        return plan_completeness(
            content,
            today,
            self._profile(),
            self._cadence(),
            resident.moved_in if resident else None,
        )

    # -- the plan profile (a house setting) ---------------------------------------------------

    def _profile(self) -> PlanProfile:
        return plan_repo.plan_profile(self.store)

    def _cadence(self) -> ReviewCadence:
        def months(key: str, default: int) -> int:
            value = team_repo.setting(self.store, key) or ""
            return int(value) if value.isdigit() and int(value) > 0 else default

        default = ReviewCadence()
        return ReviewCadence(
            months("plan_review_first_months", default.first_months),
            months("plan_review_interval_months", default.interval_months),
        )

    def plan_profile(self) -> PlanProfile:
        """The plan the house writes: the Norwegian individual plan or the Danish shared
        development plan."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return self._profile()

    def review_cadence(self) -> ReviewCadence:
        """How soon after moving in, and how often after that, the house follows plans up."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return self._cadence()

    def set_plan_profile(self, profile: PlanProfile) -> Outcome:
        """Choose the house's plan profile (leaders and administrators). The plans keep their
        data; only sections, requirements and headings follow the profile."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        try:
            chosen = PlanProfile(profile)
        except ValueError:
            raise InvalidInput(
                Message(N_("{profile} is not a plan profile TeamDesk knows."), {"profile": profile})
            ) from None
        return self._set_setting("plan_profile", chosen.value)

    def set_review_cadence(self, first_months: int, interval_months: int) -> Outcome:
        """Set the house's review cadence: the first follow-up within ``first_months`` of moving
        in, then at least every ``interval_months``."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        cadence = ReviewCadence(first_months, interval_months)
        problem = cadence.problem()
        if problem is not None:
            raise InvalidInput(
                Message(
                    problem,
                    {"first": MAX_FIRST_REVIEW_MONTHS, "interval": MAX_REVIEW_INTERVAL_MONTHS},
                )
            )
        with self.store.recording() as changes:
            for key, value in (
                ("plan_review_first_months", first_months),
                ("plan_review_interval_months", interval_months),
            ):
                self._write_setting(key, str(value))
        return Outcome(changes, "plan_review_first_months")

    def _set_setting(self, key: str, value: str) -> Outcome:
        with self.store.recording() as changes:
            self._write_setting(key, value)
        return Outcome(changes, key)

    def _write_setting(self, key: str, value: str) -> None:
        write_setting(self.ctx, key, value)

    def page(self, plan_id: str) -> PlanPage:
        """The plan with its checks, versions and unapproved changes, for the plan page."""
        content = self.content(plan_id)
        today = self.ctx.today()
        versions = plan_repo.versions(self.store, plan_id)
        changes: list[Message] = []
        if versions:
            approved = plan_repo.version_content(self.store, plan_id, versions[-1].number)
            if approved is not None:
                changes = _changes_between(approved, content)
        coordinator: list[Finding] = []
        if content.plan.coordinator_id:
            coordinator = self._coordinator_findings(content, content.plan.coordinator_id)
        current = [
            r
            for r in plan_repo.case_roles(self.store, resident_id=content.plan.resident_id)
            if r.current_on(today)
        ]
        staff = team_repo.staff_by_ids(self.store, (r.staff_id for r in current))
        roles = [(r, staff[r.staff_id].name if r.staff_id in staff else "") for r in current]
        completeness = self._completeness(content, today)
        profile = self._profile()
        return PlanPage(
            content,
            completeness,
            versions,
            changes,
            coordinator,
            roles,
            today,
            sections=plan_sections(completeness, profile),
            why_not_edit=self.why_not_edit(plan_id),
            why_not_approve=self.why_not_approve(plan_id),
            why_not_prepare_meeting=self.ctx.why_not(Permission.PREPARE_MEETINGS),
            profile=profile,
            professionals=tuple(content.professionals()),
        )

    def versions(self, plan_id: str) -> list[PlanVersionInfo]:
        """The approved versions, the oldest first."""
        self.plan(plan_id)
        return plan_repo.versions(self.store, plan_id)

    def version_content(self, plan_id: str, number: int) -> PlanContent:
        """An approved version exactly as it was approved; refuses a number that was never
        approved."""
        self.plan(plan_id)
        found = plan_repo.version_content(self.store, plan_id, number)
        if found is None:
            raise NotFound(
                Message(N_("This plan has no approved version {number}."), {"number": number})
            )
        return found

    def changes(self, plan_id: str, number: int | None = None) -> list[Message]:
        """What version ``number`` changed since the approved version before it; without a
        number, what the working copy changed since the latest approved version."""
        versions = self.versions(plan_id)
        if number is None:
            if not versions:
                return []
            old = self.version_content(plan_id, versions[-1].number)
            return _changes_between(old, self.content(plan_id))
        new = self.version_content(plan_id, number)
        earlier = [v for v in versions if v.number < number]
        if not earlier:
            return []
        return _changes_between(self.version_content(plan_id, earlier[-1].number), new)

    def max_plans_per_coordinator(self) -> int:
        """How many plans one coordinator may hold before a warning."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return plan_repo.max_plans_per_coordinator(self.store, DEFAULT_MAX_PLANS_PER_COORDINATOR)

    def check_coordinator(self, plan_id: str, staff_id: str) -> list[Finding]:
        """What assigning ``staff_id`` as coordinator would raise: blocks first, warnings."""
        return self._coordinator_findings(self.content(plan_id), staff_id)

    def _coordinator_findings(self, content: PlanContent, staff_id: str) -> list[Finding]:
        staff = team_repo.staff_member(self.store, staff_id)
        if staff is None:
            raise NotFound(Message(N_("This staff member no longer exists.")))
        facts = CoordinatorFacts(
            staff=staff,
            resident_name=content.resident_name,
            case_roles=plan_repo.case_roles(
                self.store, resident_id=content.plan.resident_id, staff_id=staff_id
            ),
            trained=plan_repo.has_completed(self.store, staff_id, COORDINATOR_COURSE),
            other_plans=plan_repo.plans_coordinated(self.store, staff_id, content.plan.id),
            max_plans=self.max_plans_per_coordinator(),
        )
        return coordinator_findings(facts, self.ctx.today())

    def coordinator_candidates(self, plan_id: str) -> list[CoordinatorCandidate]:
        """Active staff who could coordinate, those without a block first, by name; the
        resident's own unit's staff when the resident belongs to a unit."""
        content = self.content(plan_id)
        resident = team_repo.resident(self.store, content.plan.resident_id)
        unit_id = resident.unit_id if resident is not None else None
        staff = team_repo.staff(self.store, include_inactive=False, unit_id=unit_id)
        found = [CoordinatorCandidate(s, self._coordinator_findings(content, s.id)) for s in staff]
        return sorted(found, key=lambda c: (c.blocked, house_order(c.staff.name)))

    def case_roles(self, resident_id: str) -> list[tuple[CaseRole, str]]:
        """Current and past case roles on a resident, with the staff member's name; refuses a
        resident of another unit."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self._require_unit_of(resident_id)
        names = {s.id: s.name for s in team_repo.staff(self.store)}
        return [
            (r, names.get(r.staff_id, ""))
            for r in plan_repo.case_roles(self.store, resident_id=resident_id)
        ]

    def has_coordinator_training(self, staff_id: str) -> bool:
        self.ctx.require(Permission.READ_RESIDENTS)
        return plan_repo.has_completed(self.store, staff_id, COORDINATOR_COURSE)

    def due_for_evaluation(self, within_days: int = EVALUATION_HORIZON_DAYS) -> list[DueEvaluation]:
        """Plans and goals of every resident whose evaluation date has passed or falls within
        ``within_days``: the most overdue first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        today = self.ctx.today()
        items = plan_repo.evaluation_dates(self.store, today + timedelta(days=within_days))
        units = {r.id: r.unit_id for r in team_repo.residents(self.store)}
        items = [i for i in items if self.ctx.sees_unit(units.get(i.resident_id))]
        return due_for_evaluation(items, today, within_days)

    def find_resident(self, text: str) -> Resident:
        """The one resident ``text`` names: an id, a full name, or a unique part of a name.

        Refuses an unknown name, and a name more than one resident matches (the message lists
        them with their ids).
        """
        self.ctx.require(Permission.READ_RESIDENTS)
        query = short_text(text, N_("resident's name"))
        if not query:
            raise InvalidInput(Message(N_("Give a resident's name or id.")))
        by_id = team_repo.resident(self.store, query)
        if by_id is not None and self.ctx.sees_unit(by_id.unit_id):
            return by_id
        folded = query.casefold()
        everyone = [r for r in team_repo.residents(self.store) if self.ctx.sees_unit(r.unit_id)]
        exact = [
            r
            for r in everyone
            if folded in (r.name.casefold(), r.preferred_name.casefold(), r.display_name.casefold())
        ]
        matches = exact or [
            r
            for r in everyone
            if folded in r.name.casefold()
            or (r.preferred_name and folded in r.preferred_name.casefold())
        ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFound(
                Message(
                    N_("No resident is called «{name}». Check the spelling, or use the id."),
                    {"name": query},
                )
            )
        listed = "; ".join(
            f"{r.display_name} (room {r.room or '-'}, id {r.id})" for r in matches[:10]
        )
        raise AmbiguousResident(
            Message(
                N_("{count} residents match «{name}»: {listed}. Use the full name or the id."),
                {"count": len(matches), "name": query, "listed": listed},
            ),
            matches,
        )

    # -- writing: the plan ------------------------------------------------------------------

    def create_plan(self, resident_id: str, period_from: date | None = None) -> Outcome:
        """Start a draft plan for a resident, with the resident as its first participant.

        Refuses a resident who already has a living (not ended) plan: there is one plan per
        resident, and it is revised rather than replaced.
        """
        # Starting a plan is the coordinating unit's: the leader starts it and appoints its
        # coordinator, who then edits it.
        self.ctx.require(Permission.EDIT_ALL_PLANS)
        resident = team_repo.resident(self.store, resident_id)
        if resident is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(resident.unit_id)
        living = [
            p
            for p in plan_repo.plans_of_resident(self.store, resident_id)
            if p.status is not PlanStatus.ENDED
        ]
        if living:
            raise InvalidInput(
                Message(
                    N_(
                        "{resident} already has an individual plan. Revise that plan instead of "
                        "starting a new one."
                    ),
                    {"resident": resident.display_name},
                )
            )
        with self.store.recording() as changes, self.store.transaction():
            plan_id = self.store.insert(
                "plan",
                {
                    "resident_id": resident_id,
                    "status": PlanStatus.DRAFT,
                    "period_from": period_from or self.ctx.today(),
                },
                actor=self.ctx.who,
                summary="started individual plan",
            )
            self.store.insert(
                "plan_participant",
                {
                    "plan_id": plan_id,
                    "kind": ParticipantKind.RESIDENT,
                    "name": resident.name,
                    "role": N_("The plan's owner"),
                },
                actor=self.ctx.who,
            )
        return Outcome(changes, plan_id)

    def _editable(self, plan_id: str) -> Plan:
        self.ctx.require(Permission.EDIT_PLANS)
        plan = self.plan(plan_id)
        require_plan_edit(self.ctx, plan)
        require_plan_open(plan)
        return plan

    def why_not_approve(self, plan_id: str) -> Message | None:
        """Why the acting person may not approve this plan (their role, or another person's
        plan), for the reason on a disabled button; None when they may try. Whether the plan
        is complete is said when they try."""
        self.ctx.require(Permission.READ_RESIDENTS)
        reason = self.ctx.why_not(Permission.APPROVE_PLANS)
        if reason is not None:
            return reason
        try:
            self._editable(plan_id)
        except ServiceError as refused:
            return refused.message
        return None

    def why_not_edit(self, plan_id: str) -> Message | None:
        """Why the acting person may not change this plan (their role, another coordinator's
        plan, an ended plan), for the reason on disabled buttons; None when they may."""
        self.ctx.require(Permission.READ_RESIDENTS)
        reason = self.ctx.why_not(Permission.EDIT_PLANS)
        if reason is not None:
            return reason
        try:
            self._editable(plan_id)
        except ServiceError as refused:
            return refused.message
        return None

    def why_not_start(self) -> Message | None:
        """Why the acting person may not start an individual plan; None when they may."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return self.ctx.why_not(Permission.EDIT_ALL_PLANS)

    def update_plan(self, plan_id: str, **fields: object) -> Outcome:
        """Change the plan's own texts and dates (resources, needs, period, evaluation...).

        Refuses unknown fields, a plan period that ends before it starts, and an ended plan.
        """
        plan = self._editable(plan_id)
        allowed = set(PLAN_TEXT_FIELDS) | set(PLAN_DATE_FIELDS)
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown plan fields {sorted(unknown)}")
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key in PLAN_DATE_FIELDS:
                values[key] = optional_date(value, key.replace("_", " "))
            else:
                values[key] = free_text(value, Term(PLAN_FIELD_LABELS[key], lower=True))
        start = values.get("period_from", plan.period_from)
        end = values.get("period_to", plan.period_to)
        if isinstance(start, date) and isinstance(end, date) and end < start:
            raise InvalidInput(
                Message(
                    N_("The plan period cannot end ({end}) before it starts ({start})."),
                    {"end": Day(end), "start": Day(start)},
                )
            )
        with self.store.recording() as changes:
            self.store.update("plan", plan_id, values, actor=self.ctx.who)
        return Outcome(changes, plan_id)

    def set_status(self, plan_id: str, status: PlanStatus) -> Outcome:
        """Set the plan's status. Refuses «active» (approving a version makes a plan active)
        and reopening an ended plan while the resident has another living plan."""
        self.ctx.require(Permission.EDIT_PLANS)
        plan = self.plan(plan_id)
        require_plan_edit(self.ctx, plan)
        status = PlanStatus(status)
        if status is PlanStatus.ACTIVE and plan.status is not PlanStatus.ACTIVE:
            raise InvalidInput(
                Message(N_("A plan becomes active when a version is approved. Approve it instead."))
            )
        if plan.status is PlanStatus.ENDED and status is not PlanStatus.ENDED:
            others = [
                p
                for p in plan_repo.plans_of_resident(self.store, plan.resident_id)
                if p.id != plan_id and p.status is not PlanStatus.ENDED
            ]
            if others:
                raise InvalidInput(
                    Message(N_("The resident has another living plan; this one stays ended."))
                )
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"status": status},
                actor=self.ctx.who,
                summary=f"plan status {status.value}",
            )
        return Outcome(changes, plan_id)

    def assign_coordinator(
        self, plan_id: str, staff_id: str, override_reason: str | None = None
    ) -> Outcome:
        """Make ``staff_id`` the plan's coordinator; returns the warnings (training, workload).

        Refuses inactive staff. Refuses a staff member with a conflicting case role on the
        resident, unless a leader (override permission) gives a written reason, which is kept
        on the plan and in the audit log.
        """
        plan = self._editable(plan_id)
        content = plan_repo.content(self.store, plan)
        findings = self._coordinator_findings(content, staff_id)
        staff = team_repo.staff_member(self.store, staff_id)
        assert staff is not None
        if any(f.code == CoordinatorCheck.INACTIVE for f in findings):
            raise CoordinatorRefused(
                next(f.message for f in findings if f.code == CoordinatorCheck.INACTIVE),
                findings,
                can_override=False,
            )
        conflicts = [f for f in findings if f.code == CoordinatorCheck.ROLE_CONFLICT]
        reason = free_text(
            override_reason,
            Term(PLAN_FIELD_LABELS["coordinator_override_reason"], lower=True),
            strip=True,
        )
        if conflicts and not reason:
            raise CoordinatorRefused(
                conflicts[0].message, findings, can_override=self.ctx.can(Permission.OVERRIDE_RULES)
            )
        if conflicts:
            self.ctx.require(Permission.OVERRIDE_RULES)
        values: dict[str, object] = {
            "coordinator_id": staff_id,
            "coordinator_override_reason": reason if conflicts else "",
        }
        with self.store.recording() as changes, self.store.transaction():
            self.store.update(
                "plan",
                plan_id,
                values,
                actor=self.ctx.who,
                summary=f"coordinator {staff.name}",
            )
            if conflicts:
                self.store.audit(
                    "override",
                    actor=self.ctx.who,
                    table="plan",
                    row_id=plan_id,
                    summary=f"role conflict overridden: {staff.name} coordinates the plan of "
                    f"{content.resident_name}. Reason: {reason}",
                )
        return Outcome(changes, plan_id, [f for f in findings if f.severity is not Severity.ALERT])

    def clear_coordinator(self, plan_id: str) -> Outcome:
        """Leave the plan without a coordinator (until another is chosen)."""
        self._editable(plan_id)
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"coordinator_id": None, "coordinator_override_reason": ""},
                actor=self.ctx.who,
                summary="coordinator removed",
            )
        return Outcome(changes, plan_id)

    def record_consent(self, plan_id: str, given_on: date, how: str) -> Outcome:
        """Record the resident's consent to the plan: when, how, and by whom (the acting
        person). Refuses a consent dated in the future or without saying how it was given."""
        self._editable(plan_id)
        day = optional_date(given_on, N_("consent date"))
        if day is None:
            raise InvalidInput(Message(N_("Give the date the consent was given.")))
        if day > self.ctx.today():
            raise InvalidInput(Message(N_("A consent cannot be dated in the future.")))
        values = {
            "consent_date": day,
            "consent_how": required_text(how, N_("description of how consent was given")),
            "consent_recorded_by": self.ctx.who,
        }
        with self.store.recording() as changes:
            self.store.update(
                "plan", plan_id, values, actor=self.ctx.who, summary="consent to the plan recorded"
            )
        return Outcome(changes, plan_id)

    def withdraw_consent(self, plan_id: str) -> Outcome:
        """Record that the resident withdrew consent to the plan."""
        self._editable(plan_id)
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"consent_date": None, "consent_how": "", "consent_recorded_by": ""},
                actor=self.ctx.who,
                summary="consent to the plan withdrawn",
            )
        return Outcome(changes, plan_id)

    # -- the Danish profile's joined plan (§ 141 stk. 7) --------------------------------------

    def set_joined_plan(self, plan_id: str, joined: bool) -> Outcome:
        """Mark the plan as a joined plan (helhedsorienteret plan) that replaces the citizen's
        other plans, or as an ordinary plan again (what was written about it is kept).

        Refuses to make a joined plan when the house writes the Norwegian individual plan: the
        joined plan is the Danish Serviceloven's."""
        plan = self._editable(plan_id)
        if joined and self._profile() is not PlanProfile.SHARED_DEVELOPMENT_PLAN:
            raise InvalidInput(
                Message(
                    N_(
                        "A joined plan (Serviceloven § 141 stk. 7) belongs to the Danish shared "
                        "development plan; this house writes another plan."
                    )
                )
            )
        if plan.joined_plan == bool(joined):
            return Outcome([], plan_id)
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"joined_plan": bool(joined)},
                actor=self.ctx.who,
                summary="joined plan" if joined else "ordinary plan, not joined",
            )
        return Outcome(changes, plan_id)

    def record_joined_consent(self, plan_id: str, given_on: date) -> Outcome:
        """Record the citizen's consent to share information across areas, which a joined plan
        needs: the day, and the acting person as who recorded it. Refuses a plan that is not a
        joined plan and a consent dated in the future."""
        plan = self._editable(plan_id)
        if not plan.joined_plan:
            raise InvalidInput(
                Message(N_("Only a joined plan needs this consent. Mark the plan as one first."))
            )
        day = optional_date(given_on, N_("consent date"))
        if day is None:
            raise InvalidInput(Message(N_("Give the date the consent was given.")))
        if day > self.ctx.today():
            raise InvalidInput(Message(N_("A consent cannot be dated in the future.")))
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"joined_consent_date": day, "joined_consent_recorded_by": self.ctx.who},
                actor=self.ctx.who,
                summary="consent to share information across areas recorded",
            )
        return Outcome(changes, plan_id)

    def withdraw_joined_consent(self, plan_id: str) -> Outcome:
        """Record that the citizen withdrew consent to share information across areas."""
        self._editable(plan_id)
        with self.store.recording() as changes:
            self.store.update(
                "plan",
                plan_id,
                {"joined_consent_date": None, "joined_consent_recorded_by": ""},
                actor=self.ctx.who,
                summary="consent to share information across areas withdrawn",
            )
        return Outcome(changes, plan_id)

    # -- writing: goals ---------------------------------------------------------------------

    def _next_position(self, table: str, plan_id: str) -> str:
        """A key after every row of the plan in ``table``: a new row comes last."""
        row = self.store.query_one(
            f"SELECT MAX(position) AS last FROM {table} WHERE plan_id = ?", (plan_id,)
        )
        return key_after(str(row["last"]) if row and row["last"] else None)

    def _move(
        self,
        table: str,
        row_id: str,
        ordered: list[tuple[str, str]],
        step: int,
        refusals: tuple[str, str],
        summary: str,
    ) -> Outcome:
        """Move ``row_id`` by ``step`` places among ``ordered`` ((id, key) in order), writing
        the moved row's new key only (see :mod:`teamdesk.domain.ordering`)."""
        ids = [row[0] for row in ordered]
        index = ids.index(row_id)
        to = index + step
        if to < 0:
            raise InvalidInput(Message(refusals[0]))
        if to >= len(ids):
            raise InvalidInput(Message(refusals[1]))
        keys = keys_for_move(ordered, index, to)
        with self.store.recording() as changes, self.store.transaction():
            for moved, key in keys.items():
                self.store.update(
                    table, moved, {"position": key}, actor=self.ctx.who, summary=summary
                )
        return Outcome(changes, row_id)

    def _child(self, table: str, row_id: str, what: str) -> tuple[dict[str, object], Plan]:
        # Refuse before looking, so a person without the right learns nothing of the row.
        self.ctx.require(Permission.EDIT_PLANS)
        row = self.store.get(table, row_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This {what} no longer exists."), {"what": Term(what)}))
        return dict(row), self._editable(row["plan_id"])

    def add_goal(
        self,
        plan_id: str,
        text: str,
        parent_id: str | None = None,
        evaluation_date: date | None = None,
    ) -> Outcome:
        """Add a goal in the resident's own words; with ``parent_id``, a sub-goal of that
        main goal. Refuses empty text and a parent that is not a main goal of this plan."""
        self._editable(plan_id)
        if parent_id is not None:
            parent = self.store.get("plan_goal", parent_id)
            if (
                parent is None
                or parent["deleted_at"]
                or parent["plan_id"] != plan_id
                or parent["parent_id"] is not None
            ):
                raise InvalidInput(
                    Message(N_("A sub-goal belongs under a main goal of this plan."))
                )
        values = {
            "plan_id": plan_id,
            "parent_id": parent_id,
            "text": required_text(text, N_("goal")),
            "evaluation_date": optional_date(evaluation_date, N_("evaluation date")),
            "position": self._next_position("plan_goal", plan_id),
        }
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "plan_goal", values, actor=self.ctx.who, summary="goal added"
            )
        return Outcome(changes, row_id)

    def update_goal(self, goal_id: str, **fields: object) -> Outcome:
        """Reword a goal or change its evaluation date; refuses empty text."""
        self._child("plan_goal", goal_id, N_("goal"))
        unknown = set(fields) - GOAL_FIELDS
        if unknown:
            raise ValueError(f"unknown goal fields {sorted(unknown)}")
        values: dict[str, object] = dict(fields)
        if "text" in values:
            values["text"] = required_text(values["text"], N_("goal"))
        if "evaluation_date" in values:
            values["evaluation_date"] = optional_date(
                values["evaluation_date"], N_("evaluation date")
            )
        with self.store.recording() as changes:
            self.store.update("plan_goal", goal_id, values, actor=self.ctx.who)
        return Outcome(changes, goal_id)

    def move_goal(self, goal_id: str, step: int) -> Outcome:
        """Move a goal ``step`` places (-1 up, 1 down) among its siblings: the main goals, or
        the sub-goals of its main goal. Refuses a move past the first or the last."""
        _row, plan = self._child("plan_goal", goal_id, N_("goal"))
        # Read and write in one transaction: the neighbours are the ones the key goes between.
        with self.store.transaction():
            content = plan_repo.content(self.store, plan)
            ordered = [(g.id, g.position) for g in content.sibling_goals(goal_id)]
            return self._move(
                "plan_goal",
                goal_id,
                ordered,
                step,
                (N_("This goal is already at the top."), N_("This goal is already at the bottom.")),
                "goal moved",
            )

    def remove_goal(self, goal_id: str) -> Outcome:
        """Remove a goal and its sub-goals; measures that served it stay, unlinked."""
        _row, _ = self._child("plan_goal", goal_id, N_("goal"))
        subs = self.store.query(
            "SELECT id FROM plan_goal WHERE parent_id = ? AND deleted_at IS NULL", (goal_id,)
        )
        with self.store.recording() as changes, self.store.transaction():
            for sub in subs:
                self.store.tombstone(
                    "plan_goal", sub["id"], actor=self.ctx.who, summary="sub-goal removed"
                )
            self.store.tombstone("plan_goal", goal_id, actor=self.ctx.who, summary="goal removed")
        return Outcome(changes, goal_id)

    # -- writing: participants --------------------------------------------------------------

    def _participant_values(
        self, fields: Mapping[str, object], current: Mapping[str, object] | None
    ) -> dict[str, object]:
        unknown = set(fields) - PARTICIPANT_FIELDS
        if unknown:
            raise ValueError(f"unknown participant fields {sorted(unknown)}")
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key == "kind":
                values[key] = ParticipantKind(str(value))
            elif key == "name":
                values[key] = name_text(value, N_("participant's name"))
            elif key in ("share_consent_date", "share_consent_expires"):
                values[key] = optional_date(value, key.replace("_", " "))
            elif key in ("staff_id", "position"):
                values[key] = value
            elif key in _PARTICIPANT_SHORT_FIELDS:
                values[key] = short_text(value, _PARTICIPANT_SHORT_FIELDS[key])
            else:
                values[key] = free_text(value, _PARTICIPANT_FREE_FIELDS[key])
        given_d = _as_date(
            values.get("share_consent_date", (current or {}).get("share_consent_date"))
        )
        expires_d = _as_date(
            values.get("share_consent_expires", (current or {}).get("share_consent_expires"))
        )
        if given_d and expires_d and expires_d < given_d:
            raise InvalidInput(
                Message(
                    N_(
                        "The consent to share information cannot expire ({expires}) before it "
                        "was given ({given})."
                    ),
                    {"expires": Day(expires_d), "given": Day(given_d)},
                )
            )
        if given_d and given_d > self.ctx.today():
            raise InvalidInput(Message(N_("A consent cannot be dated in the future.")))
        return values

    def add_participant(
        self, plan_id: str, kind: ParticipantKind, name: str = "", **fields: object
    ) -> Outcome:
        """Add someone who takes part: a relative, another service, a staff member (``staff_id``
        fills in the name), or the resident. Refuses an empty name."""
        self._editable(plan_id)
        staff_id = fields.get("staff_id")
        if not str(name or "").strip() and isinstance(staff_id, str):
            member = team_repo.staff_member(self.store, staff_id)
            if member is not None:
                name = member.name
        values = self._participant_values({"kind": kind, "name": name, **fields}, None)
        values["plan_id"] = plan_id
        values.setdefault("position", self._next_position("plan_participant", plan_id))
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "plan_participant", values, actor=self.ctx.who, summary="participant added"
            )
        return Outcome(changes, row_id)

    def update_participant(self, participant_id: str, **fields: object) -> Outcome:
        """Change a participant's details, contribution or consent to share information.

        Refuses an empty name, a consent dated in the future, and an expiry before the consent.
        """
        row, _ = self._child("plan_participant", participant_id, N_("participant"))
        values = self._participant_values(fields, row)
        with self.store.recording() as changes:
            self.store.update("plan_participant", participant_id, values, actor=self.ctx.who)
        return Outcome(changes, participant_id)

    def remove_participant(self, participant_id: str) -> Outcome:
        """Take a participant off the plan; measures they were responsible for lose their
        responsible person (the completeness check then says so)."""
        self._child("plan_participant", participant_id, N_("participant"))
        with self.store.recording() as changes:
            self.store.tombstone(
                "plan_participant",
                participant_id,
                actor=self.ctx.who,
                summary="participant removed",
            )
        return Outcome(changes, participant_id)

    # -- writing: measures ------------------------------------------------------------------

    def _measure_values(self, plan_id: str, fields: Mapping[str, object]) -> dict[str, object]:
        unknown = set(fields) - MEASURE_FIELDS
        if unknown:
            raise ValueError(f"unknown measure fields {sorted(unknown)}")
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key == "what":
                values[key] = required_text(value, N_("measure"))
            elif key in ("extent", "how"):
                values[key] = free_text(value, N_("measure"))
            else:
                values[key] = value or None if key != "position" else value
        goal_id = values.get("goal_id")
        if goal_id:
            goal = self.store.get("plan_goal", str(goal_id))
            if goal is None or goal["deleted_at"] or goal["plan_id"] != plan_id:
                raise InvalidInput(Message(N_("A measure can only serve a goal of the same plan.")))
        participant_id = values.get("responsible_participant_id")
        if participant_id:
            row = self.store.get("plan_participant", str(participant_id))
            if row is None or row["deleted_at"] or row["plan_id"] != plan_id:
                raise InvalidInput(
                    Message(N_("The responsible person must take part in the same plan."))
                )
            values["responsible_staff_id"] = None
        staff_id = values.get("responsible_staff_id")
        if staff_id:
            if team_repo.staff_member(self.store, str(staff_id)) is None:
                raise NotFound(Message(N_("This staff member no longer exists.")))
            values["responsible_participant_id"] = None
        return values

    def add_measure(self, plan_id: str, what: str, **fields: object) -> Outcome:
        """Add a measure: what, and optionally extent, how, the goal it serves and who is
        responsible (a staff member or a participant, not both). Refuses empty text."""
        self._editable(plan_id)
        values = self._measure_values(plan_id, {"what": what, **fields})
        values["plan_id"] = plan_id
        values.setdefault("position", self._next_position("plan_measure", plan_id))
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "plan_measure", values, actor=self.ctx.who, summary="measure added"
            )
        return Outcome(changes, row_id)

    def update_measure(self, measure_id: str, **fields: object) -> Outcome:
        """Change a measure; choosing a responsible staff member clears a responsible
        participant and the other way round."""
        _row, plan = self._child("plan_measure", measure_id, N_("measure"))
        values = self._measure_values(plan.id, fields)
        with self.store.recording() as changes:
            self.store.update("plan_measure", measure_id, values, actor=self.ctx.who)
        return Outcome(changes, measure_id)

    def move_measure(self, measure_id: str, step: int) -> Outcome:
        """Move a measure ``step`` places (-1 up, 1 down) among the measures serving the same
        goal (the plan lists measures goal by goal). Refuses a move past the first or last."""
        _row, plan = self._child("plan_measure", measure_id, N_("measure"))
        with self.store.transaction():
            content = plan_repo.content(self.store, plan)
            ordered = [(m.id, m.position) for m in content.sibling_measures(measure_id)]
            return self._move(
                "plan_measure",
                measure_id,
                ordered,
                step,
                (
                    N_("This measure is already at the top."),
                    N_("This measure is already at the bottom."),
                ),
                "measure moved",
            )

    def remove_measure(self, measure_id: str) -> Outcome:
        """Remove a measure from the plan."""
        self._child("plan_measure", measure_id, N_("measure"))
        with self.store.recording() as changes:
            self.store.tombstone(
                "plan_measure", measure_id, actor=self.ctx.who, summary="measure removed"
            )
        return Outcome(changes, measure_id)

    # -- writing: versions ------------------------------------------------------------------

    def approve_version(self, plan_id: str) -> Outcome:
        """Freeze the plan as the next approved version (number, approved by, date) and make
        the plan active.

        Refuses when the completeness check finds something missing (consent included): the
        refusal lists what. Refuses when nothing changed since the last approved version.
        """
        self.ctx.require(Permission.APPROVE_PLANS)
        plan = self._editable(plan_id)
        content = plan_repo.content(self.store, plan)
        today = self.ctx.today()
        check = self._completeness(content, today)
        if not check.complete:
            missing = check.missing
            raise ApprovalRefused(
                Message(
                    N_("The plan cannot be approved yet. Missing: {missing}"),
                    {"missing": tuple(f.message for f in missing)},
                ),
                missing,
            )
        versions = plan_repo.versions(self.store, plan_id)
        if versions:
            last = plan_repo.version_content(self.store, plan_id, versions[-1].number)
            if last is not None and not plan_changes(last, _with_status(content, last.plan.status)):
                raise InvalidInput(
                    Message(
                        N_("Nothing has changed since version {number} was approved."),
                        {"number": versions[-1].number},
                    )
                )
        number = plan_repo.highest_version_number(self.store, plan_id) + 1
        frozen = _with_status(content, PlanStatus.ACTIVE)
        with self.store.recording() as changes, self.store.transaction():
            if plan.status is not PlanStatus.ACTIVE:
                self.store.update(
                    "plan",
                    plan_id,
                    {"status": PlanStatus.ACTIVE},
                    actor=self.ctx.who,
                    summary="plan active",
                )
            row_id = self.store.insert(
                "plan_version",
                {
                    "plan_id": plan_id,
                    "number": number,
                    "approved_by": self.ctx.who,
                    "approved_on": today,
                    "snapshot": json.dumps(frozen.to_json(), ensure_ascii=False, sort_keys=True),
                },
                actor=self.ctx.who,
                summary=f"approved version {number} of the plan of {content.resident_name}",
            )
        return Outcome(changes, row_id)

    # -- writing: case roles, training, settings --------------------------------------------

    def add_case_role(
        self,
        staff_id: str,
        resident_id: str,
        kind: CaseRoleKind,
        note: str = "",
        valid_from: date | None = None,
    ) -> Outcome:
        """Record that a staff member holds a role on a resident's case that conflicts with
        coordinating (supervises, decides services or budget)."""
        self.ctx.require(Permission.EDIT_STAFF)
        staff = team_repo.staff_member(self.store, staff_id)
        if staff is None:
            raise NotFound(Message(N_("This staff member no longer exists.")))
        if team_repo.resident(self.store, resident_id) is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(staff.unit_id)
        self._require_unit_of(resident_id)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "case_role",
                {
                    "staff_id": staff_id,
                    "resident_id": resident_id,
                    "kind": CaseRoleKind(kind),
                    "note": free_text(note, N_("note"), strip=True),
                    "valid_from": valid_from,
                },
                actor=self.ctx.who,
                summary=f"case role {CaseRoleKind(kind).value}",
            )
        return Outcome(changes, row_id)

    def end_case_role(self, case_role_id: str, last_day: date | None = None) -> Outcome:
        """End a case role on ``last_day`` (default today); the history stays."""
        self.ctx.require(Permission.EDIT_STAFF)
        row = self.store.get("case_role", case_role_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This case role no longer exists.")))
        self._require_unit_of(str(row["resident_id"]))
        with self.store.recording() as changes:
            self.store.update(
                "case_role",
                case_role_id,
                {"valid_to": last_day or self.ctx.today()},
                actor=self.ctx.who,
                summary="case role ended",
            )
        return Outcome(changes, case_role_id)

    def record_training(
        self, staff_id: str, completed_on: date, course: str = COORDINATOR_COURSE
    ) -> Outcome:
        """Record a completed course (by default the coordinator course). Refuses a date in
        the future. Training is kept by the mentoring service (issue 5); this stays for the
        plan's callers."""
        from teamdesk.services.mentoring import MentoringService

        return MentoringService(self.ctx).record_training(staff_id, completed_on, course)

    def set_max_plans_per_coordinator(self, limit: int) -> Outcome:
        """Set how many plans one coordinator may hold before a workload warning."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        if limit < 1:
            raise InvalidInput(Message(N_("The limit must be at least 1.")))
        key = "max_plans_per_coordinator"
        with self.store.recording() as changes:
            write_setting(self.ctx, key, str(limit))
        return Outcome(changes, key)

    # -- export -----------------------------------------------------------------------------

    def export_pdf(
        self,
        plan_id: str,
        out: Path,
        *,
        version: int | None = None,
        summary: bool = False,
        printed_at: datetime | None = None,
        translate: Translate | None = None,
    ) -> ExportResult:
        """Write the plan (or the resident's one-page "My plan") as a PDF/A file.

        Without ``version`` it is the working copy: marked DRAFT unless it is exactly the latest
        approved version. ``translate`` prints it in the person's language. The export is an
        audit event; the file is written whole or not at all.
        """
        from teamdesk.reports.plan_pdf import PlanPrint, render_plan, render_summary

        self.ctx.require(Permission.EXPORT)
        plan = self.plan(plan_id)
        versions = plan_repo.versions(self.store, plan_id)
        info: PlanVersionInfo | None = None
        if version is not None:
            content = self.version_content(plan_id, version)
            info = next(v for v in versions if v.number == version)
        else:
            content = plan_repo.content(self.store, plan)
            if versions:
                latest = plan_repo.version_content(self.store, plan_id, versions[-1].number)
                if latest is not None and not plan_changes(latest, content):
                    info, content = versions[-1], latest
        today = self.ctx.today()
        doc = PlanPrint(
            content=content,
            version=info.number if info else None,
            approved_by=info.approved_by if info else "",
            approved_on=info.approved_on if info else None,
            based_on=versions[-1].number if versions and info is None else None,
            printed_at=printed_at or self.store.now(),
            printed_by=self.ctx.who,
            today=today,
            completeness=self._completeness(content, today) if info is None else None,
            profile=self._profile(),
        )
        render = render_summary if summary else render_plan
        data, pages = render(doc, translate)
        kind = "summary" if summary else "plan"
        label = f"version {info.number}" if info else "draft"
        out = Path(out)
        with self.store.transaction():
            self.store.audit(
                "export",
                actor=self.ctx.who,
                table="plan",
                row_id=plan_id,
                summary=f"exported {kind} ({label}) of {content.resident_name} to {out.name}",
            )
            write_atomically(out, data)
        return ExportResult(out, pages, info.number if info else None, summary)


def _with_status(content: PlanContent, status: PlanStatus) -> PlanContent:
    return replace(content, plan=replace(content.plan, status=status))
