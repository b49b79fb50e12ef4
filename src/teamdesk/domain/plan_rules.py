"""Rules about individual plans: completeness against the regulation, who may coordinate,
what changed between versions, and which evaluations are due."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from teamdesk.domain.findings import Finding, Severity, sorted_findings
from teamdesk.domain.plan import (
    PLAN_FIELD_LABELS,
    CaseRole,
    Goal,
    Measure,
    Participant,
    ParticipantKind,
    PlanContent,
    PlanStatus,
)
from teamdesk.domain.plan_profile import DEFAULT_PLAN_PROFILE, PlanProfile, ReviewCadence
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Day, Message, Term

DEFAULT_MAX_PLANS_PER_COORDINATOR = 5
EVALUATION_HORIZON_DAYS = 30
CONSENT_EXPIRY_WARNING_DAYS = 30

_Item = TypeVar("_Item", Goal, Participant, Measure)


class PlanItem(StrEnum):
    """The regulation's list of what a plan shall contain, plus the background notes."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"
    H = "h"
    I = "i"  # noqa: E741 - the regulation's own letter
    NOTES = "notes"

    @property
    def heading(self) -> str:
        """The section heading of the Norwegian individual plan (see :func:`item_heading`)."""
        return PLAN_ITEM_HEADINGS[self]


def item_heading(item: PlanItem, profile: PlanProfile = DEFAULT_PLAN_PROFILE) -> str:
    """The heading of a part of the plan in ``profile``, as the plan page and the PDF show it."""
    if profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
        return SHARED_PLAN_HEADINGS[item]
    return PLAN_ITEM_HEADINGS[item]


def print_order(profile: PlanProfile = DEFAULT_PLAN_PROFILE) -> tuple[PlanItem, ...]:
    """The parts of the plan in the order ``profile`` writes and prints them."""
    if profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
        return SHARED_PLAN_ORDER
    return tuple(PlanItem)


PLAN_ITEM_HEADINGS = {
    PlanItem.A: N_("a) Goals, resources and needs"),
    PlanItem.B: N_("b) Who takes part"),
    PlanItem.C: N_("c) Coordinator"),
    PlanItem.D: N_("d) What each contributes"),
    PlanItem.E: N_("e) Measures, extent and who is responsible"),
    PlanItem.F: N_("f) How the measures are carried out"),
    PlanItem.G: N_("g) Plan period and evaluation"),
    PlanItem.H: N_("h) Consent"),
    PlanItem.I: N_("i) Cooperation with other services"),
    PlanItem.NOTES: N_("Background and taking part"),
}


# The Danish shared development plan: the citizen's own perspective first, then the network and
# the professionals around the citizen, the one coordinator, what is done (Serviceloven § 141
# stk. 3: purpose, the effort needed, its expected duration, other circumstances), and the
# citizen's answer to the offer last. No letters: they are the Norwegian regulation's.
SHARED_PLAN_HEADINGS = {
    PlanItem.A: N_("The citizen's own perspective: goals, resources and needs"),
    PlanItem.B: N_("Network and professionals around the citizen"),
    PlanItem.C: N_("One coordinator for the whole effort"),
    PlanItem.D: N_("What the citizen and the network contribute"),
    PlanItem.E: N_("Measures needed to reach the goals: extent and who is responsible"),
    PlanItem.F: N_("How the measures are carried out"),
    PlanItem.G: N_("Expected duration and follow-up"),
    PlanItem.H: N_("Consent: the plan is an offer the citizen may decline"),
    PlanItem.I: N_("Housing, work, personal help, treatment and aids"),
    PlanItem.NOTES: N_("Language, culture and how the citizen takes part"),
}
SHARED_PLAN_ORDER = (
    PlanItem.A,
    PlanItem.B,
    PlanItem.C,
    PlanItem.E,
    PlanItem.F,
    PlanItem.D,
    PlanItem.G,
    PlanItem.I,
    PlanItem.NOTES,
    PlanItem.H,
)


@dataclass(frozen=True)
class Completeness:
    """What the completeness check found: alerts are missing parts that block approval,
    warnings are thin parts worth a look."""

    findings: tuple[Finding, ...]

    def for_item(self, item: PlanItem) -> list[Finding]:
        return [f for f in self.findings if item_of(f) is item]

    @property
    def missing(self) -> list[Finding]:
        """What must be in place before the plan can be approved."""
        return [f for f in self.findings if f.severity is Severity.ALERT]

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class PlanSection:
    """One part of the plan as the editor shows it, one at a time: the regulation's letters it
    covers and what the completeness check found there. ``complete`` is the checklist mark."""

    key: str
    heading: str
    items: tuple[PlanItem, ...]
    findings: tuple[Finding, ...]

    @property
    def complete(self) -> bool:
        """Nothing the regulation asks for is missing here (warnings may remain)."""
        return not any(f.severity is Severity.ALERT for f in self.findings)

    @property
    def warns(self) -> bool:
        return any(f.severity is not Severity.ALERT for f in self.findings)


# The editor's sections in the regulation's order. e) and f) share one: a measure's extent,
# responsible person and how it is carried out are typed on the same measure.
PLAN_SECTION_PARTS: tuple[tuple[str, str, tuple[PlanItem, ...]], ...] = (
    ("a", PLAN_ITEM_HEADINGS[PlanItem.A], (PlanItem.A,)),
    ("b", PLAN_ITEM_HEADINGS[PlanItem.B], (PlanItem.B,)),
    ("c", PLAN_ITEM_HEADINGS[PlanItem.C], (PlanItem.C,)),
    ("d", PLAN_ITEM_HEADINGS[PlanItem.D], (PlanItem.D,)),
    ("ef", N_("e) and f) Measures: extent, who is responsible, how"), (PlanItem.E, PlanItem.F)),
    ("g", PLAN_ITEM_HEADINGS[PlanItem.G], (PlanItem.G,)),
    ("h", PLAN_ITEM_HEADINGS[PlanItem.H], (PlanItem.H,)),
    ("i", N_("i) Cooperation, background and taking part"), (PlanItem.I, PlanItem.NOTES)),
)


SHARED_PLAN_SECTION_PARTS: tuple[tuple[str, str, tuple[PlanItem, ...]], ...] = (
    ("a", SHARED_PLAN_HEADINGS[PlanItem.A], (PlanItem.A,)),
    ("b", SHARED_PLAN_HEADINGS[PlanItem.B], (PlanItem.B,)),
    ("c", SHARED_PLAN_HEADINGS[PlanItem.C], (PlanItem.C,)),
    ("ef", N_("Measures: extent, who is responsible, how"), (PlanItem.E, PlanItem.F)),
    ("d", SHARED_PLAN_HEADINGS[PlanItem.D], (PlanItem.D,)),
    ("g", SHARED_PLAN_HEADINGS[PlanItem.G], (PlanItem.G,)),
    (
        "i",
        N_("Housing, work, help and treatment; how the citizen takes part"),
        (PlanItem.I, PlanItem.NOTES),
    ),
    ("h", SHARED_PLAN_HEADINGS[PlanItem.H], (PlanItem.H,)),
)


def section_parts(
    profile: PlanProfile = DEFAULT_PLAN_PROFILE,
) -> tuple[tuple[str, str, tuple[PlanItem, ...]], ...]:
    """The editor's sections of ``profile`` in its order: key, heading, the parts it covers."""
    if profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
        return SHARED_PLAN_SECTION_PARTS
    return PLAN_SECTION_PARTS


def plan_sections(
    completeness: Completeness, profile: PlanProfile = DEFAULT_PLAN_PROFILE
) -> list[PlanSection]:
    """The editor's sections with each one's findings, in the profile's order."""
    return [
        PlanSection(
            key,
            heading,
            items,
            tuple(f for item in items for f in completeness.for_item(item)),
        )
        for key, heading, items in section_parts(profile)
    ]


def item_of(finding: Finding) -> PlanItem:
    """The regulation item a completeness finding is about (its code starts with the letter)."""
    return PlanItem(finding.code.split(".", 1)[0])


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plan_completeness(
    content: PlanContent,
    today: date,
    profile: PlanProfile = DEFAULT_PLAN_PROFILE,
    cadence: ReviewCadence | None = None,
    moved_in: date | None = None,
) -> Completeness:
    """Check a plan against what ``profile`` asks of it, in plain words.

    The Norwegian individual plan (the default) is checked against the regulation's items a)
    to i), as below. The Danish shared development plan asks for the same goals, resources,
    needs, measures and consent, and differs where § 141 and its practice do: the expected
    duration (an end date) is required; the other circumstances (housing, work, help,
    treatment, aids) are required in the cooperation text; the resident's own contribution and
    the evaluation method are worth a look, not required; a plan without anyone from the
    resident's own network is worth a look; and the follow-up date is held against the house's
    :class:`ReviewCadence` (first within its months of ``moved_in``, then at least every
    interval). Its sentences speak of intervention goals and sub-goals (indsatsmål, delmål), and
    an intervention goal not split into sub-goals is worth a look. A joined plan (§ 141 stk. 7)
    without the citizen's consent to share information across areas cannot be approved; one
    that does not say which plans it replaces is worth a look. The Norwegian profile ignores
    the joined plan.

    Missing parts (alerts) block approval: no goal, resources or needs; nobody taking part; no
    active coordinator; the resident's contribution unwritten; no measure, or a measure without
    extent, responsible person or how it is carried out; no plan period, evaluation date or
    method; no consent to the plan, or an expired consent to share information; cooperation
    not described. Thin parts (warnings) do not block.
    """
    plan = content.plan
    name = content.resident_name
    found: list[Finding] = []

    def add(
        code: str,
        severity: Severity,
        text: str,
        params: Mapping[str, object] | None = None,
        kind: str = "plan",
        subject: str | None = None,
    ) -> None:
        found.append(
            Finding(code, severity, Message(text, dict(params or {})), kind, subject or plan.id)
        )

    alert, warn = Severity.ALERT, Severity.WARNING
    shared = profile is PlanProfile.SHARED_DEVELOPMENT_PLAN
    main_goals = content.main_goals()
    # a) goals, resources and needs (the Danish profile's goal words: indsatsmål and delmål)
    if not main_goals:
        add(
            "a.no_goal",
            alert,
            N_(
                "No intervention goal is written yet. Ask {resident} what matters most, write "
                "it in {resident}'s own words and split it into sub-goals."
            )
            if shared
            else N_(
                "No goal is written yet. Ask {resident} what matters most and write it in "
                "{resident}'s own words."
            ),
            {"resident": name},
        )
    for g in main_goals if shared else []:
        if not content.sub_goals(g.id):
            add(
                "a.no_sub_goal",
                warn,
                N_(
                    "The intervention goal «{goal}» is not split into sub-goals: steps that "
                    "can be evaluated along the way."
                ),
                {"goal": _quote(g.text)},
                "goal",
                g.id,
            )
    if not plan.resources.strip():
        add(
            "a.no_resources",
            alert,
            N_("{resident}'s resources (strengths, what works well) are not written."),
            {"resident": name},
        )
    if not plan.needs.strip():
        add(
            "a.no_needs",
            alert,
            N_("{resident}'s needs for services are not written."),
            {"resident": name},
        )
    # b) who takes part
    if not content.participants:
        add("b.no_participants", alert, N_("Nobody is listed as taking part in the planning work."))
    elif not any(p.kind is ParticipantKind.RESIDENT for p in content.participants):
        add(
            "b.resident_not_listed",
            warn,
            N_(
                "{resident} is not listed as taking part. The plan is {resident}'s own; "
                "add {resident} as a participant."
            ),
            {"resident": name},
        )
    if (
        shared
        and content.participants
        and not any(p.kind is ParticipantKind.RELATIVE for p in content.participants)
    ):
        add(
            "b.no_network",
            warn,
            N_(
                "Nobody from {resident}'s own network (relatives, friends, others who matter) "
                "is listed. Ask {resident} who should take part."
            ),
            {"resident": name},
        )
    for p in content.ordered_participants():
        if p.is_external and not p.contact.strip():
            add(
                "b.no_contact",
                warn,
                N_("No contact details for {participant}."),
                {"participant": p.display_name},
                "participant",
                p.id,
            )
    # c) coordinator
    if plan.coordinator_id is None:
        add("c.no_coordinator", alert, N_("No coordinator is chosen."))
    elif not content.coordinator_active:
        add(
            "c.coordinator_inactive",
            alert,
            N_("The coordinator {staff} is no longer active. Choose another coordinator."),
            {"staff": content.coordinator_name},
        )
    # d) contributions
    if not plan.resident_contribution.strip():
        add(
            "d.no_resident_contribution",
            warn if shared else alert,
            N_("What {resident} contributes is not written."),
            {"resident": name},
        )
    for p in content.ordered_participants():
        if p.is_external and not p.contribution.strip():
            add(
                "d.no_contribution",
                warn,
                N_("What {participant} contributes is not written."),
                {"participant": p.display_name},
                "participant",
                p.id,
            )
    # e) and f) measures
    measures = content.ordered_measures()
    if not measures:
        add("e.no_measure", alert, N_("No measure is written yet."))
    elif not any(m.has_responsible for m in measures):
        add(
            "e.no_responsible",
            alert,
            N_("No measure has a responsible person. Choose who is responsible for each."),
        )
    for m in measures:
        what = {"measure": _quote(m.what)}
        if measures and any(x.has_responsible for x in measures) and not m.has_responsible:
            add(
                "e.measure_without_responsible",
                alert,
                N_("The measure «{measure}» has no responsible person."),
                what,
                "measure",
                m.id,
            )
        if not m.extent.strip():
            add(
                "e.no_extent",
                alert,
                N_("The measure «{measure}» does not say how much or how often."),
                what,
                "measure",
                m.id,
            )
        if content.goal(m.goal_id) is None:
            add(
                "e.no_goal",
                warn,
                N_("The measure «{measure}» is not linked to an intervention goal or sub-goal.")
                if shared
                else N_("The measure «{measure}» is not linked to a goal."),
                what,
                "measure",
                m.id,
            )
        if not m.how.strip():
            add(
                "f.no_how",
                alert,
                N_("The measure «{measure}» does not say how it is carried out."),
                what,
                "measure",
                m.id,
            )
    served = {m.goal_id for m in measures}
    for g in main_goals:
        family = {g.id} | {s.id for s in content.sub_goals(g.id)}
        if not family & served:
            add(
                "e.goal_without_measure",
                warn,
                N_("No measure serves the intervention goal «{goal}» or its sub-goals.")
                if shared
                else N_("No measure serves the goal «{goal}»."),
                {"goal": _quote(g.text)},
                "goal",
                g.id,
            )
    # g) period and evaluation
    if plan.period_from is None:
        add("g.no_period", alert, N_("The plan period has no start date."))
    if plan.period_from and plan.period_to and plan.period_to < plan.period_from:
        add(
            "g.period_backwards",
            alert,
            N_("The plan period ends ({end}) before it starts ({start})."),
            {"end": Day(plan.period_to), "start": Day(plan.period_from)},
        )
    elif (
        plan.period_to is not None
        and plan.period_to < today
        and (plan.status is not PlanStatus.ENDED)
    ):
        add(
            "g.period_over",
            warn,
            N_(
                "The plan period ended {end}. Evaluate the plan and set a new period, or end "
                "the plan."
            ),
            {"end": Day(plan.period_to)},
        )
    if shared and plan.period_to is None:
        add(
            "g.no_duration",
            alert,
            N_(
                "It is not written how long the measures are expected to last: set an end "
                "date for the plan period."
            ),
        )
    if shared:
        _follow_up_findings(add, plan.evaluation_date, today, cadence or ReviewCadence(), moved_in)
    if plan.evaluation_date is None:
        add("g.no_evaluation_date", alert, N_("No date is set for evaluating the plan."))
    elif plan.evaluation_date < today and plan.status is not PlanStatus.ENDED:
        add(
            "g.evaluation_overdue",
            warn,
            N_("The evaluation of the plan was due {date}."),
            {"date": Day(plan.evaluation_date)},
        )
    if not plan.evaluation_method.strip():
        add(
            "g.no_evaluation_method",
            warn if shared else alert,
            N_("It is not written how the plan will be evaluated."),
        )
    for g in main_goals:
        if g.evaluation_date is None:
            add(
                "g.goal_without_evaluation",
                warn,
                N_("The intervention goal «{goal}» has no evaluation date.")
                if shared
                else N_("The goal «{goal}» has no evaluation date."),
                {"goal": _quote(g.text)},
                "goal",
                g.id,
            )
        elif g.evaluation_date < today and plan.status is not PlanStatus.ENDED:
            add(
                "g.goal_evaluation_overdue",
                warn,
                N_("The evaluation of the intervention goal «{goal}» was due {date}.")
                if shared
                else N_("The evaluation of the goal «{goal}» was due {date}."),
                {"goal": _quote(g.text), "date": Day(g.evaluation_date)},
                "goal",
                g.id,
            )
    # h) consent
    if not plan.has_consent and shared:
        add(
            "h.no_consent",
            alert,
            N_(
                "{resident}'s answer to the offer of the plan is not recorded (date and how). "
                "The plan is an offer: if {resident} declines it, write that."
            ),
            {"resident": name},
        )
    elif not plan.has_consent:
        add(
            "h.no_consent",
            alert,
            N_("{resident}'s consent to the plan is not recorded (date and how it was given)."),
            {"resident": name},
        )
    if shared and plan.joined_plan:
        _joined_plan_findings(add, content)
    for p in content.ordered_participants():
        if not p.is_external:
            continue
        who = {"participant": p.short_name}
        if p.share_consent_date is None:
            add(
                "h.no_share_consent",
                warn,
                N_(
                    "No consent to share information with {participant} is recorded. Record it, "
                    "or note that nothing confidential is shared."
                ),
                who,
                "participant",
                p.id,
            )
        elif p.share_consent_expires is not None and p.share_consent_expires < today:
            add(
                "h.share_consent_expired",
                alert,
                N_(
                    "Consent to share information with {participant} expired {date}. Ask "
                    "{resident} to renew it, or stop sharing."
                ),
                {**who, "date": Day(p.share_consent_expires), "resident": name},
                "participant",
                p.id,
            )
        elif p.share_consent_expires is not None and p.share_consent_expires <= today + timedelta(
            days=CONSENT_EXPIRY_WARNING_DAYS
        ):
            add(
                "h.share_consent_expiring",
                warn,
                N_("Consent to share information with {participant} expires {date}."),
                {**who, "date": Day(p.share_consent_expires)},
                "participant",
                p.id,
            )
        if p.share_consent_date is not None and not p.share_scope.strip():
            add(
                "h.no_share_scope",
                warn,
                N_(
                    "The consent to share information with {participant} does not say what "
                    "may be shared."
                ),
                who,
                "participant",
                p.id,
            )
    # i) cooperation
    if not plan.cooperation.strip() and shared:
        add(
            "i.no_circumstances",
            alert,
            N_(
                "Housing, work, personal help, treatment and aids are not described. If none "
                "of them matter now, write that."
            ),
        )
    elif not plan.cooperation.strip():
        add(
            "i.no_cooperation",
            alert,
            N_(
                "Needed cooperation with other services is not described. If none is needed, "
                "write that."
            ),
        )
    # background and taking part
    if not plan.language_culture.strip():
        add(
            "notes.no_language_culture",
            warn,
            N_("Nothing is written about {resident}'s language and cultural background."),
            {"resident": name},
        )
    if not plan.participation.strip():
        add(
            "notes.no_participation",
            warn,
            N_("It is not written how {resident} and relatives take part in the planning."),
            {"resident": name},
        )
    order = {item: i for i, item in enumerate(print_order(profile))}
    ranked = sorted_findings(found)
    return Completeness(tuple(sorted(ranked, key=lambda f: order[item_of(f)])))


def _joined_plan_findings(add: Callable[..., None], content: PlanContent) -> None:
    """A joined plan (helhedsorienteret plan, § 141 stk. 7) replaces the citizen's other plans
    and shares information across areas: without the citizen's consent to that it cannot be
    approved; not saying which plans it replaces is worth a look."""
    plan = content.plan
    if not plan.has_joined_consent:
        add(
            "h.joined_no_consent",
            Severity.ALERT,
            N_(
                "The plan is a joined plan, but {resident}'s consent to sharing information "
                "across areas is not recorded. Record the date {resident} consented, or make "
                "it an ordinary plan."
            ),
            {"resident": content.resident_name},
        )
    if not plan.replaces_plans.strip():
        add(
            "h.joined_no_replaces",
            Severity.WARNING,
            N_(
                "It is not written which plans the joined plan replaces (for example the "
                "jobcentre's plan or a treatment plan)."
            ),
        )


def _follow_up_findings(
    add: Callable[..., None],
    evaluation_date: date | None,
    today: date,
    cadence: ReviewCadence,
    moved_in: date | None,
) -> None:
    """The house's review cadence: the first follow-up within its months of moving in, then at
    least once every interval (warnings: the law sets no interval for adults)."""
    from teamdesk.domain.meetings import add_months

    first_due = add_months(moved_in, cadence.first_months) if moved_in else None
    if first_due is not None and today <= first_due:
        if evaluation_date is None or evaluation_date > first_due:
            add(
                "g.first_follow_up_late",
                Severity.WARNING,
                N_(
                    "The first follow-up should come within {months} months of moving in, "
                    "by {date}."
                ),
                {"months": cadence.first_months, "date": Day(first_due)},
            )
        return
    latest = add_months(today, cadence.interval_months)
    if evaluation_date is not None and evaluation_date > latest:
        add(
            "g.follow_up_too_far",
            Severity.WARNING,
            N_(
                "The plan is to be followed up at least every {months} months; the follow-up "
                "date {date} is later than that."
            ),
            {"months": cadence.interval_months, "date": Day(evaluation_date)},
        )


# -- coordinator -----------------------------------------------------------------------------


class CoordinatorCheck(StrEnum):
    """The codes of the coordinator findings."""

    INACTIVE = "coordinator_inactive"
    ROLE_CONFLICT = "coordinator_role_conflict"
    UNTRAINED = "coordinator_untrained"
    WORKLOAD = "coordinator_workload"


@dataclass(frozen=True)
class CoordinatorFacts:
    """What the coordinator check looks at for one candidate."""

    staff: Staff
    resident_name: str
    case_roles: Sequence[CaseRole] = ()
    trained: bool = False
    other_plans: int = 0
    max_plans: int = DEFAULT_MAX_PLANS_PER_COORDINATOR


def coordinator_findings(facts: CoordinatorFacts, day: date) -> list[Finding]:
    """Whether ``facts.staff`` may coordinate the resident's plan, with why and what instead.

    Inactive staff and a current conflicting case role are alerts (the service refuses them; a
    role conflict can be overridden by a leader with a written reason). No completed
    coordinator training and more than the house's limit of plans are warnings.
    """
    staff = facts.staff
    found: list[Finding] = []
    who = {"staff": staff.name, "resident": facts.resident_name}
    if not staff.active:
        found.append(
            Finding(
                CoordinatorCheck.INACTIVE,
                Severity.ALERT,
                Message(
                    N_(
                        "{staff} is no longer active and cannot coordinate a plan. Choose "
                        "another staff member."
                    ),
                    who,
                ),
                "staff",
                staff.id,
            )
        )
    for role in sorted(
        (r for r in facts.case_roles if r.current_on(day) and r.staff_id == staff.id),
        key=lambda r: r.kind.value,
    ):
        found.append(
            Finding(
                CoordinatorCheck.ROLE_CONFLICT,
                Severity.ALERT,
                Message(
                    N_(
                        "Role conflict: {staff} {role} for {resident}. Whoever decides or "
                        "inspects should not also coordinate the same person's plan. Let "
                        "another staff member coordinate, or split the roles so {staff} "
                        "keeps only one of them."
                    ),
                    {**who, "role": Term(role.kind.description)},
                ),
                "staff",
                staff.id,
            )
        )
    if not facts.trained:
        found.append(
            Finding(
                CoordinatorCheck.UNTRAINED,
                Severity.WARNING,
                Message(
                    N_(
                        "{staff} has not completed coordinator training. {staff} may "
                        "coordinate, but should take the course and get guidance from an "
                        "experienced coordinator."
                    ),
                    who,
                ),
                "staff",
                staff.id,
            )
        )
    if facts.other_plans + 1 > facts.max_plans:
        found.append(
            Finding(
                CoordinatorCheck.WORKLOAD,
                Severity.WARNING,
                Message(
                    N_(
                        "{staff} would coordinate {count} plans; the house has set at most "
                        "{limit}. Consider letting another staff member coordinate this plan."
                    ),
                    {**who, "count": facts.other_plans + 1, "limit": facts.max_plans},
                ),
                "staff",
                staff.id,
            )
        )
    return sorted_findings(found)


# -- what changed ----------------------------------------------------------------------------


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _goal_order(content: PlanContent) -> list[str]:
    return [g.id for main in content.main_goals() for g in (main, *content.sub_goals(main.id))]


def _measure_order(content: PlanContent) -> dict[str, list[str]]:
    """Each goal's measures in order (by goal, so moving a goal or linking a measure to
    another goal is not also a move among measures)."""
    groups: dict[str, list[str]] = {}
    for m in content.ordered_measures():
        groups.setdefault(m.goal_id or "", []).append(m.id)
    return groups


def _reordered(old: list[str], new: list[str]) -> bool:
    """Whether the rows both lists hold are in another order (added or removed rows aside)."""
    common = set(old) & set(new)
    return [i for i in old if i in common] != [i for i in new if i in common]


def plan_changes(old: PlanContent, new: PlanContent) -> list[Message]:
    """What changed from ``old`` to ``new``, as sentences, in the plan's order."""
    out: list[Message] = []
    po, pn = old.plan, new.plan
    for key, label in PLAN_FIELD_LABELS.items():
        if key in ("coordinator_id", "consent_recorded_by", "joined_consent_recorded_by"):
            continue
        before, after = getattr(po, key), getattr(pn, key)
        if before == after:
            continue
        if key == "joined_plan":
            out.append(
                Message(
                    N_("The plan was made a joined plan.")
                    if after
                    else N_("The plan is no longer a joined plan.")
                )
            )
        elif key == "status":
            out.append(
                Message(
                    N_("Status changed from {old} to {new}."),
                    {"old": Term(before.label), "new": Term(after.label)},
                )
            )
        elif isinstance(before, date) or isinstance(after, date):
            out.append(
                Message(
                    N_("{field} changed from {old} to {new}."),
                    {"field": Term(label), "old": _d(before), "new": _d(after)},
                )
            )
        elif not str(before).strip():
            out.append(Message(N_("{field} written."), {"field": Term(label)}))
        elif not str(after).strip():
            out.append(Message(N_("{field} removed."), {"field": Term(label)}))
        else:
            out.append(Message(N_("{field} rewritten."), {"field": Term(label)}))
    if po.coordinator_id != pn.coordinator_id:
        out.append(
            Message(
                N_("Coordinator changed from {old} to {new}."),
                {"old": old.coordinator_name or "—", "new": new.coordinator_name or "—"},
            )
        )
    out += _list_changes(
        old.goals,
        new.goals,
        _goal_changes,
        N_("Goal added: «{name}»."),
        N_("Goal removed: «{name}»."),
        lambda g: _quote(g.text),
    )
    if _reordered(_goal_order(old), _goal_order(new)):
        out.append(Message(N_("Goals put in a new order.")))
    out += _list_changes(
        old.participants,
        new.participants,
        _participant_changes,
        N_("Participant added: {name}."),
        N_("Participant removed: {name}."),
        lambda p: p.display_name,
    )
    out += _list_changes(
        old.measures,
        new.measures,
        lambda a, b: _measure_changes(old, new, a, b),
        N_("Measure added: «{name}»."),
        N_("Measure removed: «{name}»."),
        lambda m: _quote(m.what),
    )
    old_measures, new_measures = _measure_order(old), _measure_order(new)
    if any(_reordered(ids, new_measures.get(goal, [])) for goal, ids in old_measures.items()):
        out.append(Message(N_("Measures put in a new order.")))
    return out


def _list_changes(
    old: Iterable[_Item],
    new: Iterable[_Item],
    compare: Callable[[_Item, _Item], list[Message]],
    added: str,
    removed: str,
    name: Callable[[_Item], str],
) -> list[Message]:
    """Added, removed and changed rows of one list, matched by id, in the new order."""
    before = {x.id: x for x in old}
    after = {x.id: x for x in new}
    out: list[Message] = []
    for row_id, row in sorted(after.items(), key=lambda kv: (kv[1].position, kv[0])):
        if row_id not in before:
            out.append(Message(added, {"name": name(row)}))
        else:
            out += compare(before[row_id], row)
    for row_id, row in sorted(before.items(), key=lambda kv: (kv[1].position, kv[0])):
        if row_id not in after:
            out.append(Message(removed, {"name": name(row)}))
    return out


def _goal_changes(a: Goal, b: Goal) -> list[Message]:
    out: list[Message] = []
    if a.text != b.text:
        out.append(
            Message(
                N_("Goal reworded: «{old}» is now «{new}»."),
                {"old": _quote(a.text), "new": _quote(b.text)},
            )
        )
    if a.evaluation_date != b.evaluation_date:
        out.append(
            Message(
                N_("Evaluation of the goal «{goal}» moved from {old} to {new}."),
                {
                    "goal": _quote(b.text),
                    "old": _d(a.evaluation_date),
                    "new": _d(b.evaluation_date),
                },
            )
        )
    return out


def _participant_changes(a: Participant, b: Participant) -> list[Message]:
    out: list[Message] = []
    for key, label in (
        ("name", N_("name")),
        ("organisation", N_("organisation")),
        ("role", N_("role")),
        ("contact", N_("contact details")),
        ("contribution", N_("contribution")),
    ):
        if getattr(a, key) != getattr(b, key):
            out.append(
                Message(
                    N_("{participant}: {field} changed."),
                    {"participant": b.display_name, "field": Term(label)},
                )
            )
    if (a.share_scope, a.share_consent_date, a.share_consent_expires) != (
        b.share_scope,
        b.share_consent_date,
        b.share_consent_expires,
    ):
        out.append(
            Message(
                N_("Consent to share information with {participant} changed."),
                {"participant": b.short_name},
            )
        )
    return out


def _measure_changes(old: PlanContent, new: PlanContent, a: Measure, b: Measure) -> list[Message]:
    out: list[Message] = []
    what = {"measure": _quote(b.what)}
    if a.what != b.what:
        out.append(
            Message(
                N_("Measure reworded: «{old}» is now «{new}»."),
                {"old": _quote(a.what), "new": _quote(b.what)},
            )
        )
    if a.extent != b.extent:
        out.append(
            Message(
                N_("Extent of «{measure}» changed from «{old}» to «{new}»."),
                {**what, "old": a.extent or "—", "new": b.extent or "—"},
            )
        )
    if old.responsible_name(a) != new.responsible_name(b):
        out.append(
            Message(
                N_("Responsible for «{measure}» changed from {old} to {new}."),
                {
                    **what,
                    "old": old.responsible_name(a) or "—",
                    "new": new.responsible_name(b) or "—",
                },
            )
        )
    if a.how != b.how:
        out.append(Message(N_("How «{measure}» is carried out was rewritten."), what))
    if a.goal_id != b.goal_id:
        out.append(
            Message(
                N_("«{measure}» now serves goal {goal}."),
                {**what, "goal": new.goal_number(b.goal_id) or "—"},
            )
        )
    return out


# -- due for evaluation ----------------------------------------------------------------------


@dataclass(frozen=True)
class DueEvaluation:
    """A plan or a goal whose evaluation date has passed or is near."""

    resident_id: str
    resident_name: str
    plan_id: str
    due: date
    goal_id: str | None = None
    goal_text: str = ""
    coordinator_name: str = ""

    def days_left(self, today: date) -> int:
        """Days until the evaluation; negative when it is overdue."""
        return (self.due - today).days

    def is_overdue(self, today: date) -> bool:
        return self.due < today

    @property
    def what(self) -> Message:
        if self.goal_id is None:
            return Message(N_("Evaluation of the plan"))
        return Message(N_("Evaluation of the goal «{goal}»"), {"goal": _quote(self.goal_text)})


def due_for_evaluation(
    items: Iterable[DueEvaluation], today: date, within_days: int = EVALUATION_HORIZON_DAYS
) -> list[DueEvaluation]:
    """Evaluations due by ``today + within_days``: the most overdue first, then the nearest."""
    horizon = today + timedelta(days=within_days)
    return sorted(
        (i for i in items if i.due <= horizon),
        key=lambda i: (i.due, i.resident_name.casefold(), i.goal_id is not None, i.goal_text),
    )
