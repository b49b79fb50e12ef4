"""Meetings about a resident's individual plan: who comes, the agenda drafted from the plan,
minutes per agenda item, and decisions that become action items.

Good practice uses the plan's goals and measures as the agenda and the minutes: every decision
gets one responsible person and a date, and the next meeting is set, at most six months ahead.
"As few professionals as possible" around the resident is a goal, so the number is shown, with
the principle; no source gives a number of professionals that is too many, so none is set.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from teamdesk.domain.findings import Finding, Severity, sorted_findings
from teamdesk.domain.plan import ParticipantKind, PlanContent
from teamdesk.domain.plan_rules import CONSENT_EXPIRY_WARNING_DAYS, EVALUATION_HORIZON_DAYS
from teamdesk.domain.text import N_, Day, Message

NEXT_MEETING_MAX_MONTHS = 6
# The next meeting is proposed no sooner than this after the meeting: an evaluation due in a
# fortnight is handled at this meeting, not at a new one.
NEXT_MEETING_MIN_DAYS = 28
DEFAULT_DURATION_MINUTES = 60
DEFAULT_START = time(10, 0)


class MeetingKind(StrEnum):
    """What kind of meeting about the plan this is."""

    PLAN = "plan_meeting"
    RESPONSIBILITY_GROUP = "responsibility_group"
    EVALUATION = "evaluation"
    REHAB = "rehab"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    MeetingKind.PLAN: N_("Individual plan meeting"),
    MeetingKind.RESPONSIBILITY_GROUP: N_("Responsibility-group meeting"),
    MeetingKind.EVALUATION: N_("Evaluation meeting"),
    MeetingKind.REHAB: N_("REHAB / interdisciplinary meeting"),
}


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    MeetingStatus.PLANNED: N_("Planned"),
    MeetingStatus.HELD: N_("Held"),
    MeetingStatus.CANCELLED: N_("Cancelled"),
}


class AgendaKind(StrEnum):
    """Where an agenda item came from (drafted from the plan, or added by hand)."""

    OPENING = "opening"
    PLAN_EVALUATION = "plan_evaluation"
    GOAL_EVALUATION = "goal_evaluation"
    FOLLOW_UP = "follow_up"
    CONSENT = "consent"
    NEXT_MEETING = "next_meeting"
    OTHER = "other"


@dataclass(frozen=True)
class Meeting:
    """A meeting about one resident's plan."""

    id: str
    plan_id: str
    kind: MeetingKind
    day: date
    start: time = DEFAULT_START
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    place: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    next_meeting: date | None = None
    revision: int = 0
    resident_id: str = ""
    resident_name: str = ""
    unit_id: str | None = None

    @property
    def starts_at(self) -> datetime:
        """The start as a wall-clock time where the meeting is held (no time zone)."""
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def is_upcoming(self, today: date) -> bool:
        return self.status is MeetingStatus.PLANNED and self.day >= today


@dataclass(frozen=True)
class MeetingParticipant:
    """Someone invited to a meeting; ``present`` is None until the meeting is held."""

    id: str
    kind: ParticipantKind
    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""
    staff_id: str | None = None
    plan_participant_id: str | None = None
    present: bool | None = None
    position: int = 0

    @property
    def is_professional(self) -> bool:
        """Staff and other services: the professionals around the resident."""
        return self.kind in (ParticipantKind.STAFF, ParticipantKind.SERVICE)

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class AgendaItem:
    """One item of a meeting's agenda, with the minutes written under it."""

    id: str
    kind: AgendaKind
    title: str
    detail: str = ""
    minutes: str = ""
    ref_id: str | None = None
    position: int = 0


@dataclass(frozen=True)
class ActionItem:
    """A decision: what, exactly one responsible person, and by when."""

    id: str
    meeting_id: str
    what: str
    due: date
    responsible_staff_id: str | None = None
    responsible_participant_id: str | None = None
    agenda_item_id: str | None = None
    done_on: date | None = None
    measure_id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due < today


def action_item_problem(
    what: str,
    due: date | None,
    responsible_staff_id: str | None,
    responsible_participant_id: str | None,
) -> Message | None:
    """Why a decision cannot be recorded as it is, or None: it needs words, exactly one
    responsible person and a due date."""
    if not what.strip():
        return Message(N_("Write what was decided."))
    if responsible_staff_id and responsible_participant_id:
        return Message(N_("A decision has exactly one responsible person; choose one, not two."))
    if not (responsible_staff_id or responsible_participant_id):
        return Message(
            N_(
                "Choose who is responsible for «{what}»: every decision has one responsible person."
            ),
            {"what": _quote(what)},
        )
    if due is None:
        return Message(
            N_("Give a date by which «{what}» is done: every decision has a due date."),
            {"what": _quote(what)},
        )
    return None


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- dates --------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_next_meeting(meeting_day: date) -> date:
    """The latest date the next meeting may be set for: six months after this one."""
    return add_months(meeting_day, NEXT_MEETING_MAX_MONTHS)


def propose_next_meeting(content: PlanContent, meeting_day: date) -> date:
    """A date for the next meeting: the first evaluation date of the plan or a goal at least four
    weeks after this meeting and within six months; else six months after this meeting."""
    latest = latest_next_meeting(meeting_day)
    earliest = meeting_day + timedelta(days=NEXT_MEETING_MIN_DAYS)
    dates = [content.plan.evaluation_date] + [g.evaluation_date for g in content.main_goals()]
    fitting = sorted(d for d in dates if d is not None and earliest <= d <= latest)
    return fitting[0] if fitting else latest


def next_meeting_problem(meeting_day: date, next_day: date | None) -> Message | None:
    """Why ``next_day`` cannot be the next meeting after one on ``meeting_day``, or None."""
    if next_day is None:
        return None
    if next_day <= meeting_day:
        return Message(
            N_("The next meeting must come after this one ({date})."),
            {"date": Day(meeting_day)},
        )
    latest = latest_next_meeting(meeting_day)
    if next_day > latest:
        return Message(
            N_(
                "The next meeting is set at most six months ahead, by {latest}, so the plan is "
                "followed up in time."
            ),
            {"latest": Day(latest)},
        )
    return None


# -- participants and agenda drafted from the plan ----------------------------------------------


@dataclass(frozen=True)
class ParticipantDraft:
    """Someone to invite, as the plan and the team suggest."""

    kind: ParticipantKind
    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""
    staff_id: str | None = None
    plan_participant_id: str | None = None


def draft_participants(
    content: PlanContent, team: Sequence[tuple[str, str, str]]
) -> list[ParticipantDraft]:
    """The plan's participants, then the coordinator and the resident's team (``team`` is
    (staff id, name, role label) for the current primary and secondary contacts), each person
    once. Team members beyond the two contacts are left out: as few professionals as possible.
    """
    out: list[ParticipantDraft] = []
    staff_seen: set[str] = set()
    for p in content.ordered_participants():
        if p.staff_id:
            if p.staff_id in staff_seen:
                continue
            staff_seen.add(p.staff_id)
        out.append(
            ParticipantDraft(p.kind, p.name, p.organisation, p.role, p.contact, p.staff_id, p.id)
        )
    coordinator = content.plan.coordinator_id
    if coordinator and coordinator not in staff_seen:
        staff_seen.add(coordinator)
        out.append(
            ParticipantDraft(
                ParticipantKind.STAFF,
                content.coordinator_name,
                role=N_("Coordinator"),
                staff_id=coordinator,
            )
        )
    for staff_id, name, role in team:
        if staff_id in staff_seen:
            continue
        staff_seen.add(staff_id)
        out.append(ParticipantDraft(ParticipantKind.STAFF, name, role=role, staff_id=staff_id))
    return out


def count_professionals(participants: Iterable[MeetingParticipant]) -> int:
    """How many professionals (staff and other services) are around the resident."""
    return sum(1 for p in participants if p.is_professional)


@dataclass(frozen=True)
class AgendaDraft:
    """An agenda item the plan suggests: its kind, title, detail and what it refers to."""

    kind: AgendaKind
    title: Message
    detail: Message | None = None
    ref_id: str | None = None


@dataclass(frozen=True)
class OpenAction:
    """An open action item from an earlier meeting, with its responsible person's name."""

    item: ActionItem
    responsible_name: str


def draft_agenda(
    content: PlanContent,
    meeting_day: date,
    open_actions: Sequence[OpenAction] = (),
    horizon_days: int = EVALUATION_HORIZON_DAYS,
) -> list[AgendaDraft]:
    """An agenda drafted from the plan for a meeting on ``meeting_day``.

    In order: the resident's own view first; the plan's evaluation when it is due; each goal
    due for evaluation (by ``meeting_day`` plus ``horizon_days``) with the measures serving it;
    open action items from earlier meetings; consents to share information that have expired or
    expire within a month of the meeting; and the next meeting, with a proposed date at most six
    months ahead.
    """
    name = content.resident_name
    plan = content.plan
    horizon = meeting_day + timedelta(days=horizon_days)
    items = [
        AgendaDraft(
            AgendaKind.OPENING,
            Message(N_("Welcome: how are things for {resident}?"), {"resident": name}),
            Message(N_("{resident} starts, in their own words."), {"resident": name}),
        )
    ]
    if plan.evaluation_date is not None and plan.evaluation_date <= horizon:
        items.append(
            AgendaDraft(
                AgendaKind.PLAN_EVALUATION,
                Message(N_("Evaluation of the plan as a whole")),
                Message(
                    N_("Due {date}. Does the plan still say what {resident} wants?"),
                    {"date": Day(plan.evaluation_date), "resident": name},
                ),
                plan.id,
            )
        )
    measures = content.ordered_measures()
    for main in content.main_goals():
        due = main.evaluation_date
        if due is None or due > horizon:
            continue
        number = content.goal_number(main.id)
        family = {main.id} | {s.id for s in content.sub_goals(main.id)}
        serving = [m for m in measures if m.goal_id in family]
        if serving:
            lines = "; ".join(f"{m.what} ({content.responsible_name(m) or '—'})" for m in serving)
            detail = Message(
                N_("Due {date}. Measures: {measures}."),
                {"date": Day(due), "measures": lines},
            )
        else:
            detail = Message(N_("Due {date}. No measure serves this goal yet."), {"date": Day(due)})
        items.append(
            AgendaDraft(
                AgendaKind.GOAL_EVALUATION,
                Message(
                    N_("Evaluate goal {number}: «{goal}»"),
                    {"number": number, "goal": _quote(main.text, 80)},
                ),
                detail,
                main.id,
            )
        )
    # A decision that became a plan measure is followed up as a measure, not as a decision.
    follow = [a for a in open_actions if a.item.measure_id is None]
    for action in sorted(follow, key=lambda a: (a.item.due, a.item.what)):
        item = action.item
        overdue = item.due < meeting_day
        items.append(
            AgendaDraft(
                AgendaKind.FOLLOW_UP,
                Message(N_("Follow up: {what}"), {"what": _quote(item.what, 80)}),
                Message(
                    N_("{who}, due {date} (overdue).") if overdue else N_("{who}, due {date}."),
                    {"who": action.responsible_name or "—", "date": Day(item.due)},
                ),
                item.id,
            )
        )
    soon = meeting_day + timedelta(days=CONSENT_EXPIRY_WARNING_DAYS)
    for p in content.ordered_participants():
        expires = p.share_consent_expires
        if not p.is_external or expires is None or expires > soon:
            continue
        items.append(
            AgendaDraft(
                AgendaKind.CONSENT,
                Message(
                    N_("Renew the consent to share information with {participant}"),
                    {"participant": p.short_name},
                ),
                Message(
                    N_("Expired {date}.") if expires < meeting_day else N_("Expires {date}."),
                    {"date": Day(expires)},
                ),
                p.id,
            )
        )
    proposed = propose_next_meeting(content, meeting_day)
    items.append(
        AgendaDraft(
            AgendaKind.NEXT_MEETING,
            Message(N_("Next meeting")),
            Message(N_("Proposed {date} (at most six months ahead)."), {"date": Day(proposed)}),
        )
    )
    return items


# -- findings about a meeting -----------------------------------------------------------------


def meeting_findings(
    meeting: Meeting,
    participants: Sequence[MeetingParticipant],
    actions: Sequence[ActionItem],
    today: date,
) -> list[Finding]:
    """What a coordinator should look at for a meeting: the resident not invited, a held
    meeting without a next meeting, and overdue decisions. The professionals around the
    resident are counted and shown beside the principle "as few as possible", never held
    against a number: no source gives one."""
    found: list[Finding] = []
    name = meeting.resident_name

    def add(code: str, severity: Severity, text: str, **params: object) -> None:
        found.append(
            Finding(
                code, severity, Message(text, {"resident": name, **params}), "meeting", meeting.id
            )
        )

    if meeting.status is MeetingStatus.CANCELLED:
        return found
    if not any(p.kind is ParticipantKind.RESIDENT for p in participants):
        add(
            "meeting_without_resident",
            Severity.WARNING,
            N_("{resident} is not invited. The plan is {resident}'s own: invite {resident}."),
        )
    if meeting.status is MeetingStatus.HELD and meeting.next_meeting is None:
        add(
            "meeting_without_next",
            Severity.WARNING,
            N_("No next meeting is set. Set one, at most six months ahead."),
        )
    for item in actions:
        if item.is_overdue(today):
            found.append(
                Finding(
                    "action_item_overdue",
                    Severity.WARNING,
                    Message(
                        N_("The decision «{what}» was due {date} and is not done."),
                        {"what": _quote(item.what), "date": Day(item.due)},
                    ),
                    "action_item",
                    item.id,
                )
            )
    return sorted_findings(found)
