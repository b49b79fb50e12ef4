"""Coordinator development: training, mentorships with guidance sessions, coordinator networks,
and the leader's overview of every coordinator with their gaps.

Staff decline the coordinator role mostly from uncertainty; the remedies are a course, guidance
from an experienced colleague (a mentor) and a network of coordinators. "Trained coordinator"
follows from the training records (the course :data:`~teamdesk.domain.plan.COORDINATOR_COURSE`,
the same one the plan's coordinator check looks at), never from a flag of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Finding, Severity, sorted_findings
from teamdesk.domain.plan import COORDINATOR_COURSE, Training
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Day, Message, Nn_, Term

DEFAULT_MAX_MENTEES = 3

# Courses a house records often, with their names; any other course is kept as typed.
INDIVIDUAL_PLAN_COURSE = "individual_plan"
GUIDANCE_COURSE = "guidance"
KNOWN_COURSES: dict[str, str] = {
    COORDINATOR_COURSE: N_("Coordinator course (the individual plan and the coordinator role)"),
    INDIVIDUAL_PLAN_COURSE: N_("Individual plan (IP) introduction"),
    GUIDANCE_COURSE: N_("Guidance and mentoring course"),
}
# The courses whose completion makes a trained coordinator.
COORDINATOR_TRAINING_COURSES = frozenset({COORDINATOR_COURSE})


def course_label(course: str) -> str:
    """A known course's name (to translate), or the course as it was typed."""
    return KNOWN_COURSES.get(course, course)


def coordinator_training(trainings: Iterable[Training], day: date) -> Training | None:
    """The first completed coordinator course by ``day``, or None: the training that makes a
    trained coordinator."""
    done = [
        t for t in trainings if t.course in COORDINATOR_TRAINING_COURSES and t.completed_on <= day
    ]
    return min(done, key=lambda t: (t.completed_on, t.id)) if done else None


def is_trained_coordinator(trainings: Iterable[Training], day: date) -> bool:
    """Whether the training records show a completed coordinator course by ``day``."""
    return coordinator_training(trainings, day) is not None


# -- mentorships ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mentorship:
    """An experienced coordinator guiding a newer one over a period; ``end`` None is open.

    ``approval_reason`` is kept when a leader approved a mentor who does not meet the rule
    (trained and has coordinated a plan).
    """

    id: str
    mentor_id: str
    mentee_id: str
    start: date
    end: date | None = None
    focus: str = ""
    approval_reason: str = ""
    approved_by: str = ""

    def is_open(self, day: date) -> bool:
        """Not ended by ``day``: running now or planned to start."""
        return self.end is None or day <= self.end

    def active_on(self, day: date) -> bool:
        return self.start <= day and self.is_open(day)


@dataclass(frozen=True)
class GuidanceSession:
    """One guidance session in a mentorship: when, how long, what about, and notes."""

    id: str
    mentorship_id: str
    held_on: date
    minutes: int = 60
    topics: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MentorFacts:
    """What the mentor rules look at for one staff member."""

    staff: Staff
    trained_on: date | None = None
    plans_coordinated: int = 0  # ever, ended plans included: experience does not expire
    open_mentees: int = 0
    unit_name: str = ""
    # What makes someone a weaker example to learn from right now (issue 10, row 9): a
    # conflicting case role in a plan they coordinate (allowed by a leader or not) and
    # evaluations overdue in their plans. Neither bars them; both rank them lower.
    role_conflicts: int = 0
    overdue_evaluations: int = 0

    @property
    def has_concerns(self) -> bool:
        return self.role_conflicts > 0 or self.overdue_evaluations > 0

    @property
    def qualified(self) -> bool:
        """A trained coordinator who has coordinated at least one plan, and still works here."""
        return self.staff.active and self.trained_on is not None and self.plans_coordinated > 0

    def free_places(self, max_mentees: int) -> int:
        return max(0, max_mentees - self.open_mentees)


class MentoringCheck(StrEnum):
    """The codes of the mentoring findings."""

    SAME_PERSON = "mentor_is_mentee"
    MENTOR_INACTIVE = "mentor_inactive"
    MENTEE_INACTIVE = "mentee_inactive"
    MENTOR_UNQUALIFIED = "mentor_unqualified"
    MENTOR_APPROVED = "mentor_approved_by_leader"
    MENTOR_FULL = "mentor_full"
    MENTEE_HAS_MENTOR = "mentee_has_mentor"
    UNTRAINED_WITHOUT_MENTOR = "untrained_without_mentor"
    UNTRAINED_WITH_MENTOR = "untrained_with_mentor"
    ROLE_CONFLICT = "coordinator_role_conflict"
    OVERRIDDEN_CONFLICT = "coordinator_conflict_overridden"
    OVERDUE_EVALUATIONS = "coordinator_overdue_evaluations"
    WORKLOAD = "coordinator_workload"
    INACTIVE_COORDINATOR = "inactive_coordinator"


def mentorship_findings(
    mentor: MentorFacts,
    mentee: Staff,
    *,
    mentee_open_mentorships: int,
    max_mentees: int = DEFAULT_MAX_MENTEES,
    approval_reason: str = "",
) -> list[Finding]:
    """Whether ``mentor`` may guide ``mentee``, with why not and what to do instead.

    Alerts (the service refuses them): the same person; an inactive mentor or mentee; a mentor
    who already has ``max_mentees`` open mentorships; a mentee who already has an open one; a
    mentor who is not a trained coordinator with at least one plan behind them, unless a leader
    gives a reason (then an info finding keeps the reason in view).
    """
    found: list[Finding] = []
    staff = mentor.staff
    who = {"mentor": staff.name, "mentee": mentee.name}

    def add(code: MentoringCheck, severity: Severity, text: str, **params: object) -> None:
        found.append(Finding(code, severity, Message(text, {**who, **params}), "staff", staff.id))

    if staff.id == mentee.id:
        add(
            MentoringCheck.SAME_PERSON,
            Severity.ALERT,
            N_(
                "{mentor} cannot be their own mentor. Guidance comes from another, more "
                "experienced coordinator: choose someone else."
            ),
        )
        return found
    if not staff.active:
        add(
            MentoringCheck.MENTOR_INACTIVE,
            Severity.ALERT,
            N_("{mentor} is no longer active and cannot be a mentor. Choose someone else."),
        )
    if not mentee.active:
        add(
            MentoringCheck.MENTEE_INACTIVE,
            Severity.ALERT,
            N_("{mentee} is no longer active and needs no mentor."),
        )
    if not (mentor.trained_on is not None and mentor.plans_coordinated > 0):
        lacks = (
            N_("has not completed the coordinator course")
            if mentor.trained_on is None
            else N_("has not coordinated a plan yet")
        )
        if mentor.trained_on is None and mentor.plans_coordinated == 0:
            lacks = N_("has neither completed the coordinator course nor coordinated a plan")
        if approval_reason.strip():
            add(
                MentoringCheck.MENTOR_APPROVED,
                Severity.INFO,
                N_("{mentor} {lacks}, but a leader approved {mentor} as mentor: {reason}"),
                lacks=Term(lacks),
                reason=approval_reason.strip(),
            )
        else:
            add(
                MentoringCheck.MENTOR_UNQUALIFIED,
                Severity.ALERT,
                N_(
                    "{mentor} {lacks}. A mentor is a trained coordinator who has coordinated at "
                    "least one plan. Choose a suggested mentor, or let a leader approve "
                    "{mentor} with a written reason."
                ),
                lacks=Term(lacks),
            )
    if mentor.open_mentees >= max_mentees:
        add(
            MentoringCheck.MENTOR_FULL,
            Severity.ALERT,
            N_(
                "{mentor} already guides {count} coordinators; the house has set at most "
                "{limit} per mentor, so each gets real time. Choose another mentor, or end "
                "one of {mentor}'s mentorships first."
            ),
            count=mentor.open_mentees,
            limit=max_mentees,
        )
    if mentee_open_mentorships > 0:
        add(
            MentoringCheck.MENTEE_HAS_MENTOR,
            Severity.ALERT,
            N_(
                "{mentee} already has a mentor. One mentor at a time keeps the guidance "
                "clear: end the current mentorship first."
            ),
        )
    return sorted_findings(found)


@dataclass(frozen=True)
class MentorSuggestion:
    """An eligible mentor for someone, with why they are suggested."""

    facts: MentorFacts
    free_places: int
    same_unit: bool
    reason: Message

    @property
    def staff(self) -> Staff:
        return self.facts.staff

    @property
    def ranked_lower(self) -> bool:
        """Put below everyone without a role conflict or overdue evaluations."""
        return self.facts.has_concerns


def _concerns(facts: MentorFacts) -> Message | None:
    """Why a mentor is ranked lower, in words: role conflicts, overdue evaluations, or both."""
    conflicts = (
        Message(
            Nn_("a role conflict in %n plan(s) they coordinate"),
            count=facts.role_conflicts,
        )
        if facts.role_conflicts
        else None
    )
    overdue = (
        Message(
            Nn_("%n evaluation(s) overdue in their plans"),
            count=facts.overdue_evaluations,
        )
        if facts.overdue_evaluations
        else None
    )
    if conflicts and overdue:
        return Message(N_("{first} and {last}"), {"first": conflicts, "last": overdue})
    return conflicts or overdue


def suggest_mentors(
    mentee: Staff,
    candidates: Iterable[MentorFacts],
    max_mentees: int = DEFAULT_MAX_MENTEES,
) -> list[MentorSuggestion]:
    """Eligible mentors for ``mentee``: those without a role conflict or overdue evaluations
    first (a mentor teaches by example), then the most free places, then the same unit, then
    the most plans coordinated, then by name. Leaves out the mentee, anyone not qualified (not
    trained, no plan behind them, inactive) and anyone with no free place. The reason of a
    mentor ranked lower begins with why."""
    out: list[MentorSuggestion] = []
    for facts in candidates:
        free = facts.free_places(max_mentees)
        if facts.staff.id == mentee.id or not facts.qualified or free <= 0:
            continue
        same = facts.staff.unit_id is not None and facts.staff.unit_id == mentee.unit_id
        params = {
            "free": free,
            "limit": max_mentees,
            "date": Day(facts.trained_on) if facts.trained_on else "",
            "unit": facts.unit_name,
        }
        if same:
            text = Nn_(
                "{free} of {limit} places free; same unit; has coordinated %n plan(s); "
                "coordinator course {date}."
            )
        elif facts.unit_name:
            text = Nn_(
                "{free} of {limit} places free; works in {unit}; has coordinated %n "
                "plan(s); coordinator course {date}."
            )
        else:
            text = Nn_(
                "{free} of {limit} places free; has coordinated %n plan(s); coordinator "
                "course {date}."
            )
        reason = Message(text, params, count=facts.plans_coordinated)
        concerns = _concerns(facts)
        if concerns is not None:
            reason = Message(
                N_("Ranked lower: {concerns}. {reason}"), {"concerns": concerns, "reason": reason}
            )
        out.append(MentorSuggestion(facts, free, same, reason))
    out.sort(
        key=lambda s: (
            s.ranked_lower,
            -s.free_places,
            not s.same_unit,
            -s.facts.plans_coordinated,
            house_order(s.staff.name),
            s.staff.id,
        )
    )
    return out


# -- coordinator networks ---------------------------------------------------------------------


@dataclass(frozen=True)
class CoordinatorNetwork:
    """A named group of coordinators who meet for guidance and to share experience."""

    id: str
    name: str
    unit_id: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NetworkMember:
    id: str
    network_id: str
    staff_id: str
    joined_on: date | None = None


@dataclass(frozen=True)
class NetworkMeeting:
    id: str
    network_id: str
    held_on: date
    topic: str = ""
    place: str = ""


@dataclass(frozen=True)
class NetworkAttendance:
    id: str
    meeting_id: str
    staff_id: str
    present: bool = True


def attendance_rate(
    meetings: Sequence[NetworkMeeting],
    attendance: Iterable[NetworkAttendance],
    staff_id: str,
    day: date,
) -> tuple[int, int]:
    """(meetings attended, meetings held) for one member, counting held meetings only."""
    held = {m.id for m in meetings if m.held_on <= day}
    present = {a.meeting_id for a in attendance if a.staff_id == staff_id and a.present}
    return len(held & present), len(held)


# -- the leader's overview --------------------------------------------------------------------


@dataclass(frozen=True)
class RoleConflict:
    """A coordinator holding a conflicting case role on a resident whose plan they coordinate."""

    resident_name: str
    role: str  # the role as part of a sentence, e.g. "decides or allocates services"
    override_reason: str = ""


@dataclass(frozen=True)
class CoordinatorRecord:
    """Everything the overview shows about one coordinator."""

    staff: Staff
    unit_name: str = ""
    living_plans: int = 0
    plans_ever: int = 0
    trainings: tuple[Training, ...] = ()
    mentor_name: str = ""
    mentee_names: tuple[str, ...] = ()
    role_conflicts: tuple[RoleConflict, ...] = ()
    overdue_evaluations: int = 0
    networks: tuple[str, ...] = ()


@dataclass(frozen=True)
class CoordinatorOverviewRow:
    """One coordinator in the leader's overview, with the gaps found (most serious first)."""

    record: CoordinatorRecord
    trained_on: date | None
    gaps: tuple[Finding, ...]

    @property
    def staff(self) -> Staff:
        return self.record.staff

    @property
    def has_gap(self) -> bool:
        return any(g.severity is not Severity.INFO for g in self.gaps)

    @property
    def worst(self) -> Severity | None:
        return self.gaps[0].severity if self.gaps else None


def coordinator_gaps(
    record: CoordinatorRecord, day: date, max_plans: int
) -> tuple[date | None, list[Finding]]:
    """The coordinator's completed coordinator course (or None) and their gaps.

    An untrained coordinator who coordinates a plan and has no mentor is a warning (so is one
    without a plan yet but in no mentorship: flagged only when they coordinate). A current role
    conflict is an alert; one a leader overrode with a reason stays a warning to review. Overdue
    evaluations and more plans than the house's limit are warnings. An inactive staff member
    still coordinating is an alert.
    """
    staff = record.staff
    found: list[Finding] = []
    name = {"staff": staff.name}

    def add(
        code: MentoringCheck,
        severity: Severity,
        text: str,
        count: int | None = None,
        **params: object,
    ) -> None:
        # A count's sentence (%n) takes its form from the count; others just show the number.
        plural = count if "%n" in text else None
        message = Message(text, {**name, "count": count, **params}, count=plural)
        found.append(Finding(code, severity, message, "staff", staff.id))

    trained = coordinator_training(record.trainings, day)
    if record.living_plans and not staff.active:
        add(
            MentoringCheck.INACTIVE_COORDINATOR,
            Severity.ALERT,
            Nn_(
                "{staff} is no longer active but still coordinates %n plan(s). Choose "
                "another coordinator for each."
            ),
            count=record.living_plans,
        )
    if trained is None and record.living_plans:
        if record.mentor_name:
            add(
                MentoringCheck.UNTRAINED_WITH_MENTOR,
                Severity.INFO,
                N_(
                    "{staff} has not completed the coordinator course yet and is guided by "
                    "{mentor}."
                ),
                mentor=record.mentor_name,
            )
        else:
            add(
                MentoringCheck.UNTRAINED_WITHOUT_MENTOR,
                Severity.WARNING,
                Nn_(
                    "{staff} coordinates %n plan(s) without the coordinator course and "
                    "without a mentor. Pair {staff} with an experienced coordinator (Suggest a "
                    "mentor) and sign {staff} up for the course."
                ),
                count=record.living_plans,
            )
    for conflict in record.role_conflicts:
        if conflict.override_reason:
            add(
                MentoringCheck.OVERRIDDEN_CONFLICT,
                Severity.WARNING,
                N_(
                    "{staff} {role} for {resident} and also coordinates the plan; a leader "
                    "allowed it: {reason} Review whether the roles can be split now."
                ),
                role=Term(conflict.role),
                resident=conflict.resident_name,
                reason=conflict.override_reason,
            )
        else:
            add(
                MentoringCheck.ROLE_CONFLICT,
                Severity.ALERT,
                N_(
                    "Role conflict: {staff} {role} for {resident} and also coordinates the "
                    "plan. Let another staff member coordinate, or split the roles."
                ),
                role=Term(conflict.role),
                resident=conflict.resident_name,
            )
    if record.overdue_evaluations:
        add(
            MentoringCheck.OVERDUE_EVALUATIONS,
            Severity.WARNING,
            Nn_(
                "{staff} has %n overdue evaluation(s) in the plans they coordinate. Plan an "
                "evaluation meeting."
            ),
            count=record.overdue_evaluations,
        )
    if record.living_plans > max_plans:
        add(
            MentoringCheck.WORKLOAD,
            Severity.WARNING,
            N_(
                "{staff} coordinates {count} plans; the house has set at most {limit}. "
                "Consider giving one of them another coordinator."
            ),
            count=record.living_plans,
            limit=max_plans,
        )
    return (trained.completed_on if trained else None), sorted_findings(found)


def coordinator_overview(
    records: Iterable[CoordinatorRecord], day: date, max_plans: int
) -> list[CoordinatorOverviewRow]:
    """Every coordinator with their gaps: those with an alert first, then those with a warning,
    then the rest; by name within each."""
    rows = []
    for record in records:
        trained_on, gaps = coordinator_gaps(record, day, max_plans)
        rows.append(CoordinatorOverviewRow(record, trained_on, tuple(gaps)))
    order = {Severity.ALERT: 0, Severity.WARNING: 1}
    return sorted(
        rows,
        key=lambda r: (
            min((order.get(g.severity, 2) for g in r.gaps), default=2),
            house_order(r.staff.name),
            r.staff.id,
        ),
    )
