"""Meeting use cases: prepare a meeting from a resident's plan, keep the agenda and minutes,
record decisions as action items, turn an action item into a plan measure, and export the
invitation, the minutes and a calendar file.

Coordinators prepare the meetings of the plans they coordinate; leaders those of every plan.
Each writing call checks permission first, then the input, then writes through the store's one
write path in one transaction and returns an :class:`Outcome` for the GUI's undo stack.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Finding
from teamdesk.domain.meetings import (
    DEFAULT_DURATION_MINUTES,
    DEFAULT_START,
    ActionItem,
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    MeetingStatus,
    OpenAction,
    action_item_problem,
    count_professionals,
    draft_agenda,
    draft_participants,
    latest_next_meeting,
    meeting_findings,
    next_meeting_problem,
    propose_next_meeting,
)
from teamdesk.domain.plan import ParticipantKind, Plan, PlanContent, PlanStatus
from teamdesk.domain.team import Role
from teamdesk.domain.text import N_, Clock, Day, Message, Term, Translate, as_written
from teamdesk.services.context import (
    InvalidInput,
    NotFound,
    Permission,
    PermissionDenied,
    ServiceContext,
)
from teamdesk.services.exports import DocumentExport, export_with_audit
from teamdesk.services.inputs import (
    a_date,
    free_text,
    name_text,
    optional_date,
    required_text,
    short_text,
    text_of,
)
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome
from teamdesk.store import meeting_repo, plan_repo, team_repo
from teamdesk.store.store import to_db

if TYPE_CHECKING:
    from teamdesk.reports.meeting_pdf import MeetingPrint

DEFAULT_TIME_ZONE = "Europe/Oslo"
DEFAULT_LEAD_DAYS = 14
MEETING_FIELDS = frozenset({"kind", "day", "start", "duration_minutes", "place"})
ACTION_FIELDS = frozenset(
    {"what", "due", "responsible_staff_id", "responsible_participant_id", "agenda_item_id"}
)


@dataclass(frozen=True)
class ResponsibleChoice:
    """Someone a decision can be given to: a staff member or a participant in the plan."""

    name: str
    staff_id: str | None = None
    participant_id: str | None = None

    @property
    def key(self) -> str:
        return f"staff:{self.staff_id}" if self.staff_id else f"participant:{self.participant_id}"


@dataclass(frozen=True)
class ActionRow:
    """A decision with its responsible person's name and the meeting it was made in."""

    item: ActionItem
    responsible_name: str
    meeting: Meeting

    @property
    def id(self) -> str:
        return self.item.id


@dataclass(frozen=True)
class PersonActions:
    """The open decisions one person is responsible for, the earliest due first."""

    name: str
    items: list[ActionRow]
    staff_id: str | None = None


CANCELLED_REFUSAL = Message(N_("This meeting is cancelled. Set it back to planned to change it."))


@dataclass(frozen=True)
class MeetingPage:
    """Everything the meeting view shows for one meeting."""

    meeting: Meeting
    content: PlanContent
    participants: list[MeetingParticipant]
    agenda: list[AgendaItem]
    actions: list[ActionRow]
    findings: list[Finding]
    proposed_next: date
    latest_next: date
    responsible_choices: list[ResponsibleChoice] = field(default_factory=list)
    why_not_prepare: Message | None = None
    """Why the acting person may not prepare this plan's meetings; None when they may."""

    @property
    def may_edit(self) -> bool:
        """Whether the acting person prepares this meeting (and may set its status)."""
        return self.why_not_prepare is None

    @property
    def why_not_edit(self) -> Message | None:
        """Why the meeting's details, list, agenda and decisions cannot be changed now: not
        this person's meeting, or cancelled; None when they can."""
        if self.why_not_prepare is not None:
            return self.why_not_prepare
        if self.meeting.status is MeetingStatus.CANCELLED:
            return CANCELLED_REFUSAL
        return None

    @property
    def editable(self) -> bool:
        return self.why_not_edit is None

    @property
    def professionals(self) -> int:
        return count_professionals(self.participants)

    @property
    def coordinator_name(self) -> str:
        return self.content.coordinator_name


# A time of day as people type it: 13:30, and 13.30 as Danish (and often Norwegian) write it;
# seconds are allowed and dropped. Not time.fromisoformat: it reads "14.30" as 14:00 and 0.3 s.
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::\d{2})?")


def _time(value: object) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        typed = _CLOCK.fullmatch(value.strip())
        if typed and int(typed[1]) < 24 and int(typed[2]) < 60:
            return time(int(typed[1]), int(typed[2]))
    raise InvalidInput(
        Message(N_("«{value}» is not a time of day; write it as 13:30."), {"value": value})
    )


def _duration(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 5 <= value <= 600:
        raise InvalidInput(
            Message(N_("A meeting lasts between 5 and 600 minutes, not {value}."), {"value": value})
        )
    return value


class MeetingService:
    """Meetings about residents' plans: preparation, agenda, minutes, decisions, exports."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # -- access ---------------------------------------------------------------------------

    def _plan(self, plan_id: str) -> Plan:
        found = plan_repo.plan(self.store, plan_id)
        if found is None:
            raise NotFound(Message(N_("This plan no longer exists.")))
        resident = team_repo.resident(self.store, found.resident_id)
        self.ctx.require_unit(resident.unit_id if resident else None)
        return found

    def may_prepare(self, plan: Plan) -> bool:
        """Whether the acting person may prepare this plan's meetings: a leader always, a
        coordinator for the plans they coordinate."""
        if self.ctx.can(Permission.PREPARE_ALL_MEETINGS):
            return True
        staff_id = self.ctx.actor.staff_id
        return (
            self.ctx.can(Permission.PREPARE_MEETINGS)
            and staff_id is not None
            and plan.coordinator_id == staff_id
        )

    def why_not_prepare(self, plan: Plan) -> Message | None:
        """Why the acting person may not prepare this plan's meetings; None when they may."""
        if self.may_prepare(plan):
            return None
        if not self.ctx.can(Permission.PREPARE_MEETINGS):
            return self.ctx.why_not(Permission.PREPARE_MEETINGS)
        coordinator = team_repo.staff_member(self.store, plan.coordinator_id or "")
        return Message(
            N_(
                "Only the plan's coordinator ({coordinator}) or a leader prepares the "
                "meetings of this plan."
            ),
            {"coordinator": coordinator.name if coordinator else "—"},
        )

    def _require_prepare(self, plan: Plan) -> None:
        reason = self.why_not_prepare(plan)
        if reason is not None:
            raise PermissionDenied(reason)

    def _meeting(self, meeting_id: str) -> Meeting:
        found = meeting_repo.meeting(self.store, meeting_id)
        if found is None:
            raise NotFound(Message(N_("This meeting no longer exists.")))
        self.ctx.require_unit(found.unit_id)
        return found

    def _editable(self, meeting_id: str, *, cancelled_ok: bool = False) -> tuple[Meeting, Plan]:
        self.ctx.require(Permission.PREPARE_MEETINGS)
        meeting = self._meeting(meeting_id)
        plan = self._plan(meeting.plan_id)
        self._require_prepare(plan)
        if meeting.status is MeetingStatus.CANCELLED and not cancelled_ok:
            raise InvalidInput(CANCELLED_REFUSAL)
        return meeting, plan

    def _child(self, table: str, row_id: str, what: str) -> tuple[dict[str, object], Meeting, Plan]:
        self.ctx.require(Permission.PREPARE_MEETINGS)
        row = self.store.get(table, row_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This {what} no longer exists."), {"what": Term(what)}))
        meeting, plan = self._editable(row["meeting_id"])
        return dict(row), meeting, plan

    # -- reading --------------------------------------------------------------------------

    def meeting(self, meeting_id: str) -> MeetingPage:
        """A meeting with its plan, participants, agenda, decisions and findings."""
        self.ctx.require(Permission.READ_RESIDENTS)
        meeting = self._meeting(meeting_id)
        plan = self._plan(meeting.plan_id)
        content = plan_repo.content(self.store, plan)
        participants = meeting_repo.participants(self.store, meeting_id)
        actions = self._rows(
            meeting_repo.action_items(self.store, meeting_id), {meeting.id: meeting}
        )
        today = self.ctx.today()
        return MeetingPage(
            meeting=meeting,
            content=content,
            participants=participants,
            agenda=meeting_repo.agenda(self.store, meeting_id),
            actions=actions,
            findings=meeting_findings(meeting, participants, [a.item for a in actions], today),
            proposed_next=propose_next_meeting(content, meeting.day),
            latest_next=latest_next_meeting(meeting.day),
            responsible_choices=self._choices(content, participants),
            why_not_prepare=self.why_not_prepare(plan),
        )

    def _choices(
        self, content: PlanContent, participants: list[MeetingParticipant]
    ) -> list[ResponsibleChoice]:
        out: list[ResponsibleChoice] = []
        seen: set[str] = set()
        for p in participants:
            if p.staff_id:
                choice = ResponsibleChoice(p.name, staff_id=p.staff_id)
            elif p.plan_participant_id:
                choice = ResponsibleChoice(p.display_name, participant_id=p.plan_participant_id)
            else:
                continue
            if choice.key not in seen:
                seen.add(choice.key)
                out.append(choice)
        for planned in content.ordered_participants():
            choice = (
                ResponsibleChoice(planned.name, staff_id=planned.staff_id)
                if planned.staff_id
                else ResponsibleChoice(planned.display_name, participant_id=planned.id)
            )
            if choice.key not in seen:
                seen.add(choice.key)
                out.append(choice)
        return out

    def _rows(self, items: list[ActionItem], meetings: Mapping[str, Meeting]) -> list[ActionRow]:
        staff = meeting_repo.staff_names(
            self.store, [i.responsible_staff_id for i in items if i.responsible_staff_id]
        )
        people = meeting_repo.participant_names(
            self.store,
            [i.responsible_participant_id for i in items if i.responsible_participant_id],
        )
        return [
            ActionRow(
                i,
                staff.get(i.responsible_staff_id or "", "")
                or people.get(i.responsible_participant_id or "", ""),
                meetings[i.meeting_id],
            )
            for i in items
            if i.meeting_id in meetings
        ]

    def upcoming(self, within_days: int | None = None) -> list[Meeting]:
        """Planned meetings from today on (within ``within_days`` when given), the soonest
        first, of the residents the acting person may see."""
        self.ctx.require(Permission.READ_RESIDENTS)
        today = self.ctx.today()
        until = today + timedelta(days=within_days) if within_days is not None else None
        return [
            m
            for m in meeting_repo.meetings(
                self.store, from_day=today, until=until, statuses=[MeetingStatus.PLANNED]
            )
            if self.ctx.sees_unit(m.unit_id)
        ]

    def history(self, resident_id: str) -> list[Meeting]:
        """Every meeting about a resident's plans, the latest first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        resident = team_repo.resident(self.store, resident_id)
        if resident is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(resident.unit_id)
        found = meeting_repo.meetings(self.store, resident_id=resident_id)
        return sorted(found, key=lambda m: (m.starts_at, m.id), reverse=True)

    def open_actions(self) -> list[ActionRow]:
        """Every open decision the acting person may see, the earliest due first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        pairs = [
            (item, m)
            for item, m in meeting_repo.open_action_items(self.store)
            if self.ctx.sees_unit(m.unit_id)
        ]
        return self._rows([i for i, _ in pairs], {m.id: m for _, m in pairs})

    def open_actions_by_person(self) -> list[PersonActions]:
        """Open decisions grouped by responsible person (by name), each the earliest due
        first."""
        groups: dict[str, list[ActionRow]] = {}
        for row in self.open_actions():
            key = row.item.responsible_staff_id or f"p:{row.responsible_name}"
            groups.setdefault(key, []).append(row)
        out = [
            PersonActions(
                rows[0].responsible_name or "—",
                rows,
                rows[0].item.responsible_staff_id,
            )
            for rows in groups.values()
        ]
        return sorted(out, key=lambda p: (house_order(p.name), p.staff_id or ""))

    def proposed_day(self, plan_id: str) -> date:
        """The day a new meeting for a plan is proposed for: the plan's next meeting when it
        is still ahead, else two weeks from today; a week later for each day that already has
        a meeting about the plan."""
        self.ctx.require(Permission.READ_RESIDENTS)
        plan = self._plan(plan_id)
        today = self.ctx.today()
        day = today + timedelta(days=DEFAULT_LEAD_DAYS)
        if plan.next_meeting is not None and plan.next_meeting >= today:
            day = plan.next_meeting
        taken = {
            m.day
            for m in meeting_repo.meetings(self.store, plan_id=plan_id, from_day=today)
            if m.status is not MeetingStatus.CANCELLED
        }
        while day in taken:
            day += timedelta(days=7)
        return day

    # -- writing: the meeting -------------------------------------------------------------

    def prepare_meeting(
        self,
        plan_id: str,
        kind: MeetingKind = MeetingKind.RESPONSIBILITY_GROUP,
        day: date | None = None,
        start: time | str = DEFAULT_START,
        duration_minutes: int = DEFAULT_DURATION_MINUTES,
        place: str = "",
        translate: Translate | None = None,
    ) -> Outcome:
        """Prepare a meeting about a plan: participants pre-filled from the plan's participants,
        the coordinator and the resident's primary and secondary contacts; an agenda drafted
        from the plan (goals due for evaluation with their measures, open decisions from
        earlier meetings, consents about to expire, the next meeting at most six months ahead).

        ``translate`` puts the drafted agenda in the person's language. Refuses an ended plan,
        and anyone but the plan's coordinator or a leader.
        """
        self.ctx.require(Permission.PREPARE_MEETINGS)
        plan = self._plan(plan_id)
        self._require_prepare(plan)
        if plan.status is PlanStatus.ENDED:
            raise InvalidInput(
                Message(N_("This plan has ended; meetings are prepared for living plans."))
            )
        t: Translate = translate or as_written
        day = optional_date(day, N_("meeting date")) or self.proposed_day(plan_id)
        begins = _time(start)
        same = [
            m
            for m in meeting_repo.meetings(self.store, plan_id=plan_id, from_day=day, until=day)
            if m.status is not MeetingStatus.CANCELLED and m.start == begins
        ]
        if same:
            raise InvalidInput(
                Message(
                    N_(
                        "A meeting about this plan is already set for {date} at {time}. Open "
                        "it on the Meetings page, or choose another day or time."
                    ),
                    {"date": Day(day), "time": Clock(begins)},
                )
            )
        content = plan_repo.content(self.store, plan)
        settings = team_repo.rule_settings(self.store)
        names = {s.id: s.name for s in team_repo.staff(self.store, include_inactive=False)}
        team = [
            (a.staff_id, names[a.staff_id], settings.label(a.role))
            for role in (Role.PRIMARY, Role.SECONDARY)
            for a in team_repo.assignments(self.store, resident_id=plan.resident_id)
            if a.role is role and a.current_on(day) and a.staff_id in names
        ]
        earlier = meeting_repo.open_action_items(
            self.store, plan_id=plan_id, before=(day, begins.strftime("%H:%M"))
        )
        rows = self._rows([i for i, _ in earlier], {m.id: m for _, m in earlier})
        agenda = draft_agenda(content, day, [OpenAction(r.item, r.responsible_name) for r in rows])
        with self.store.recording() as changes, self.store.transaction():
            meeting_id = self.store.insert(
                "meeting",
                {
                    "plan_id": plan_id,
                    "kind": MeetingKind(kind),
                    "meeting_date": day,
                    "start_time": begins.strftime("%H:%M"),
                    "duration_minutes": _duration(duration_minutes),
                    "place": short_text(place, N_("place")),
                    "status": MeetingStatus.PLANNED,
                },
                actor=self.ctx.who,
                summary=f"prepared {MeetingKind(kind).value} for the plan of "
                f"{content.resident_name} on {day.isoformat()}",
            )
            for position, p in enumerate(draft_participants(content, team)):
                self.store.insert(
                    "meeting_participant",
                    {
                        "meeting_id": meeting_id,
                        "kind": p.kind,
                        "name": p.name,
                        "organisation": p.organisation,
                        "role": p.role,
                        "contact": p.contact,
                        "staff_id": p.staff_id,
                        "plan_participant_id": p.plan_participant_id,
                        "position": position,
                    },
                    actor=self.ctx.who,
                )
            for position, item in enumerate(agenda):
                self.store.insert(
                    "agenda_item",
                    {
                        "meeting_id": meeting_id,
                        "kind": item.kind,
                        "title": item.title.in_language(t),
                        "detail": item.detail.in_language(t) if item.detail else "",
                        "ref_id": item.ref_id,
                        "position": position,
                    },
                    actor=self.ctx.who,
                )
        return Outcome(changes, meeting_id, self.meeting(meeting_id).findings)

    def update_meeting(self, meeting_id: str, **fields: object) -> Outcome:
        """Change a meeting's kind, day, start time, length or place. Refuses a day that puts
        the next meeting more than six months ahead or before this one."""
        meeting, _ = self._editable(meeting_id)
        unknown = set(fields) - MEETING_FIELDS
        if unknown:
            raise ValueError(f"unknown meeting fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "kind" in fields:
            values["kind"] = MeetingKind(str(fields["kind"]))
        if "day" in fields:
            day = a_date(fields["day"], N_("meeting date"))
            problem = next_meeting_problem(day, meeting.next_meeting)
            if problem is not None:
                raise InvalidInput(problem)
            values["meeting_date"] = day
        if "start" in fields:
            values["start_time"] = _time(fields["start"]).strftime("%H:%M")
        if "duration_minutes" in fields:
            values["duration_minutes"] = _duration(fields["duration_minutes"])
        if "place" in fields:
            values["place"] = short_text(fields["place"], N_("place"))
        current = self.store.get("meeting", meeting_id)
        assert current is not None
        moved = any(
            k in values and to_db(values[k]) != current[k]
            for k in ("meeting_date", "start_time", "duration_minutes", "place")
        )
        if moved:
            # A calendar program updates an invitation it has when the sequence grows.
            values["revision"] = meeting.revision + 1
        with self.store.recording() as changes:
            self.store.update("meeting", meeting_id, values, actor=self.ctx.who)
        return Outcome(changes, meeting_id)

    def set_status(self, meeting_id: str, status: MeetingStatus) -> Outcome:
        """Mark a meeting as held, cancelled, or planned again. Refuses marking a meeting held
        before its day."""
        meeting, _ = self._editable(meeting_id, cancelled_ok=True)
        status = MeetingStatus(status)
        if status is MeetingStatus.HELD and meeting.day > self.ctx.today():
            raise InvalidInput(
                Message(
                    N_("The meeting is on {date}; it can be marked as held from that day."),
                    {"date": Day(meeting.day)},
                )
            )
        values: dict[str, object] = {"status": status}
        if status is MeetingStatus.CANCELLED or meeting.status is MeetingStatus.CANCELLED:
            values["revision"] = meeting.revision + 1
        with self.store.recording() as changes:
            self.store.update(
                "meeting",
                meeting_id,
                values,
                actor=self.ctx.who,
                summary=f"meeting {status.value}",
            )
        return Outcome(changes, meeting_id)

    def set_next_meeting(self, meeting_id: str, day: date | None) -> Outcome:
        """Set the date of the next meeting (at most six months after this one, and after it);
        the plan's "next meeting" follows. None clears it on the meeting only."""
        from teamdesk.services.plan import PlanService

        meeting, plan = self._editable(meeting_id)
        next_day = optional_date(day, N_("date of the next meeting"))
        problem = next_meeting_problem(meeting.day, next_day)
        if problem is not None:
            raise InvalidInput(problem)
        with self.store.recording() as changes, self.store.transaction():
            self.store.update(
                "meeting",
                meeting_id,
                {"next_meeting": next_day},
                actor=self.ctx.who,
                summary="next meeting set",
            )
            if next_day is not None and plan.status is not PlanStatus.ENDED:
                PlanService(self.ctx).update_plan(plan.id, next_meeting=next_day)
        return Outcome(changes, meeting_id)

    # -- writing: participants ------------------------------------------------------------

    def add_participant(
        self,
        meeting_id: str,
        name: str = "",
        kind: ParticipantKind = ParticipantKind.STAFF,
        *,
        staff_id: str | None = None,
        plan_participant_id: str | None = None,
        organisation: str = "",
        role: str = "",
        contact: str = "",
    ) -> Outcome:
        """Invite someone: a staff member (``staff_id`` fills in the name), a participant of the
        plan (``plan_participant_id`` fills in the rest), or anyone by name. Inviting the same
        staff member or plan participant twice changes nothing. Refuses an empty name."""
        meeting, plan = self._editable(meeting_id)
        existing = meeting_repo.participants(self.store, meeting_id)
        values: dict[str, object] = {
            "kind": ParticipantKind(kind),
            "name": name_text(name, N_("participant's name"), required=False),
            "organisation": short_text(organisation, N_("organisation")),
            "role": short_text(role, N_("role")),
            "contact": short_text(contact, N_("contact details")),
            "staff_id": staff_id or None,
            "plan_participant_id": plan_participant_id or None,
        }
        if plan_participant_id:
            row = self.store.get("plan_participant", plan_participant_id)
            if row is None or row["deleted_at"] or row["plan_id"] != plan.id:
                raise InvalidInput(
                    Message(N_("Only a participant in this plan can be invited this way."))
                )
            if any(p.plan_participant_id == plan_participant_id for p in existing):
                return Outcome([], None)
            values.update(
                kind=ParticipantKind(row["kind"]),
                name=row["name"],
                organisation=row["organisation"],
                role=row["role"],
                contact=row["contact"],
                staff_id=row["staff_id"],
            )
        if staff_id:
            staff = team_repo.staff_member(self.store, staff_id)
            if staff is None:
                raise NotFound(Message(N_("This staff member no longer exists.")))
            if any(p.staff_id == staff_id for p in existing):
                return Outcome([], None)
            values["kind"] = ParticipantKind.STAFF
            values["name"] = values["name"] or staff.name
        values["name"] = name_text(values["name"], N_("participant's name"))
        values["meeting_id"] = meeting.id
        values["position"] = meeting_repo.next_position(
            self.store, "meeting_participant", meeting_id
        )
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "meeting_participant", values, actor=self.ctx.who, summary="invited to meeting"
            )
        return Outcome(changes, row_id)

    def remove_participant(self, participant_id: str) -> Outcome:
        """Take someone off the meeting's list."""
        self._child("meeting_participant", participant_id, N_("participant"))
        with self.store.recording() as changes:
            self.store.tombstone("meeting_participant", participant_id, actor=self.ctx.who)
        return Outcome(changes, participant_id)

    def set_presence(self, participant_id: str, present: bool | None) -> Outcome:
        """Record whether someone came (None: not recorded)."""
        self._child("meeting_participant", participant_id, N_("participant"))
        with self.store.recording() as changes:
            self.store.update(
                "meeting_participant", participant_id, {"present": present}, actor=self.ctx.who
            )
        return Outcome(changes, participant_id)

    # -- writing: agenda and minutes --------------------------------------------------------

    def add_agenda_item(self, meeting_id: str, title: str, detail: str = "") -> Outcome:
        """Add an item at the end of the agenda (before "Next meeting" when it is last)."""
        self._editable(meeting_id)
        items = meeting_repo.agenda(self.store, meeting_id)
        values: dict[str, object] = {
            "meeting_id": meeting_id,
            "kind": AgendaKind.OTHER,
            "title": required_text(title, N_("agenda item")),
            "detail": free_text(detail, N_("agenda item"), strip=True),
        }
        with self.store.recording() as changes, self.store.transaction():
            if items and items[-1].kind is AgendaKind.NEXT_MEETING:
                last = items[-1]
                values["position"] = last.position
                self.store.update(
                    "agenda_item", last.id, {"position": last.position + 1}, actor=self.ctx.who
                )
            else:
                values["position"] = meeting_repo.next_position(
                    self.store, "agenda_item", meeting_id
                )
            row_id = self.store.insert(
                "agenda_item", values, actor=self.ctx.who, summary="agenda item added"
            )
        return Outcome(changes, row_id)

    def update_agenda_item(self, item_id: str, **fields: object) -> Outcome:
        """Reword an agenda item, or write its minutes. Refuses an empty title."""
        self._child("agenda_item", item_id, N_("agenda item"))
        unknown = set(fields) - {"title", "detail", "minutes"}
        if unknown:
            raise ValueError(f"unknown agenda item fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "title" in fields:
            values["title"] = required_text(fields["title"], N_("agenda item"))
        if "detail" in fields:
            values["detail"] = free_text(fields["detail"], N_("agenda item"), strip=True)
        if "minutes" in fields:
            values["minutes"] = free_text(fields["minutes"], N_("minutes")).rstrip()
        with self.store.recording() as changes:
            self.store.update("agenda_item", item_id, values, actor=self.ctx.who)
        return Outcome(changes, item_id)

    def remove_agenda_item(self, item_id: str) -> Outcome:
        """Take an item off the agenda; decisions made under it stay."""
        self._child("agenda_item", item_id, N_("agenda item"))
        with self.store.recording() as changes:
            self.store.tombstone("agenda_item", item_id, actor=self.ctx.who)
        return Outcome(changes, item_id)

    def move_agenda_item(self, item_id: str, offset: int) -> Outcome:
        """Move an agenda item ``offset`` places (negative: up); at the ends it stays."""
        _row, meeting, _ = self._child("agenda_item", item_id, N_("agenda item"))
        items = meeting_repo.agenda(self.store, meeting.id)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        target = max(0, min(len(items) - 1, index + offset))
        order = [item for item in items]
        order.insert(target, order.pop(index))
        with self.store.recording() as changes, self.store.transaction():
            for position, item in enumerate(order):
                if item.position != position:
                    self.store.update(
                        "agenda_item",
                        item.id,
                        {"position": position},
                        actor=self.ctx.who,
                        summary="agenda reordered",
                    )
        return Outcome(changes, item_id)

    # -- writing: decisions ---------------------------------------------------------------

    def _action_values(
        self, meeting: Meeting, plan: Plan, fields: Mapping[str, object]
    ) -> dict[str, object]:
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key == "what":
                values["what"] = free_text(value, N_("decision"), strip=True)
            elif key == "due":
                values["due_date"] = optional_date(value, N_("due date"))
            else:
                values[key] = value or None
        staff_id = values.get("responsible_staff_id")
        participant_id = values.get("responsible_participant_id")
        if staff_id and "responsible_participant_id" not in fields:
            values["responsible_participant_id"] = None
        if participant_id and "responsible_staff_id" not in fields:
            values["responsible_staff_id"] = None
        if staff_id and team_repo.staff_member(self.store, str(staff_id)) is None:
            raise NotFound(Message(N_("This staff member no longer exists.")))
        if participant_id:
            row = self.store.get("plan_participant", str(participant_id))
            if row is None or row["deleted_at"] or row["plan_id"] != plan.id:
                raise InvalidInput(
                    Message(N_("The responsible person must take part in this plan."))
                )
        agenda_item_id = values.get("agenda_item_id")
        if agenda_item_id:
            row = self.store.get("agenda_item", str(agenda_item_id))
            if row is None or row["deleted_at"] or row["meeting_id"] != meeting.id:
                raise InvalidInput(
                    Message(N_("A decision belongs under an item of the same meeting."))
                )
        due = values.get("due_date")
        if isinstance(due, date) and due < meeting.day:
            raise InvalidInput(
                Message(
                    N_("The due date {due} is before the meeting ({date})."),
                    {"due": Day(due), "date": Day(meeting.day)},
                )
            )
        return values

    def record_decision(
        self,
        meeting_id: str,
        what: str,
        due: date | None,
        *,
        responsible_staff_id: str | None = None,
        responsible_participant_id: str | None = None,
        agenda_item_id: str | None = None,
    ) -> Outcome:
        """Record a decision as an action item: what, exactly one responsible person (a staff
        member or a participant in the plan) and a due date, under an agenda item when given.
        Refuses a decision without words, without or with two responsible persons, without a
        due date, or due before the meeting."""
        meeting, plan = self._editable(meeting_id)
        problem = action_item_problem(what, due, responsible_staff_id, responsible_participant_id)
        if problem is not None:
            raise InvalidInput(problem)
        values = self._action_values(
            meeting,
            plan,
            {
                "what": what,
                "due": due,
                "responsible_staff_id": responsible_staff_id,
                "responsible_participant_id": responsible_participant_id,
                "agenda_item_id": agenda_item_id,
            },
        )
        values["meeting_id"] = meeting_id
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "action_item", values, actor=self.ctx.who, summary="decision recorded"
            )
        return Outcome(changes, row_id)

    def _action(self, action_id: str) -> tuple[ActionItem, Meeting, Plan]:
        self.ctx.require(Permission.PREPARE_MEETINGS)
        found = meeting_repo.action_item(self.store, action_id)
        if found is None:
            raise NotFound(Message(N_("This decision no longer exists.")))
        meeting, plan = self._editable(found.meeting_id)
        return found, meeting, plan

    def update_action_item(self, action_id: str, **fields: object) -> Outcome:
        """Change a decision's words, responsible person (choosing a staff member clears a
        participant and the other way round), due date or agenda item; the same refusals as
        :meth:`record_decision`."""
        item, meeting, plan = self._action(action_id)
        unknown = set(fields) - ACTION_FIELDS
        if unknown:
            raise ValueError(f"unknown decision fields {sorted(unknown)}")
        values = self._action_values(meeting, plan, fields)
        after = {
            "what": item.what,
            "due_date": item.due,
            "responsible_staff_id": item.responsible_staff_id,
            "responsible_participant_id": item.responsible_participant_id,
            **values,
        }
        due = after["due_date"]
        problem = action_item_problem(
            text_of(after["what"]),
            due if isinstance(due, date) else None,
            text_of(after["responsible_staff_id"]) or None,
            text_of(after["responsible_participant_id"]) or None,
        )
        if problem is not None:
            raise InvalidInput(problem)
        with self.store.recording() as changes:
            self.store.update("action_item", action_id, values, actor=self.ctx.who)
        return Outcome(changes, action_id)

    def set_action_done(self, action_id: str, done: bool, on: date | None = None) -> Outcome:
        """Mark a decision done (on ``on``, default today) or open again."""
        self._action(action_id)
        day = (optional_date(on, N_("date")) or self.ctx.today()) if done else None
        if day is not None and day > self.ctx.today():
            raise InvalidInput(Message(N_("A decision is marked done once it is done.")))
        with self.store.recording() as changes:
            self.store.update(
                "action_item",
                action_id,
                {"done_on": day},
                actor=self.ctx.who,
                summary="decision done" if done else "decision reopened",
            )
        return Outcome(changes, action_id)

    def remove_action_item(self, action_id: str) -> Outcome:
        """Remove a decision recorded by mistake (a measure made from it stays in the plan)."""
        self._action(action_id)
        with self.store.recording() as changes:
            self.store.tombstone("action_item", action_id, actor=self.ctx.who)
        return Outcome(changes, action_id)

    def make_measure(
        self, action_id: str, *, goal_id: str | None = None, extent: str = "", how: str = ""
    ) -> Outcome:
        """Turn a decision into a measure of the plan in one step: its words, its responsible
        person, and the goal it serves when given; the decision remembers the measure.

        Goes through the plan service, so the plan's own rules apply (an ended plan refuses).
        Refuses a decision that is already a measure of the plan.
        """
        from teamdesk.services.plan import PlanService

        item, _meeting, plan = self._action(action_id)
        if item.measure_id:
            measure = self.store.get("plan_measure", item.measure_id)
            if measure is not None and not measure["deleted_at"]:
                raise InvalidInput(
                    Message(
                        N_("«{what}» is already a measure in the plan."),
                        {"what": item.what},
                    )
                )
        plans = PlanService(self.ctx)
        with self.store.recording() as changes, self.store.transaction():
            measure_id = (
                plans.add_measure(
                    plan.id,
                    item.what,
                    extent=extent,
                    how=how,
                    goal_id=goal_id,
                    responsible_staff_id=item.responsible_staff_id,
                    responsible_participant_id=item.responsible_participant_id,
                ).row_id
                or ""
            )
            self.store.update(
                "action_item",
                action_id,
                {"measure_id": measure_id},
                actor=self.ctx.who,
                summary="decision became a plan measure",
            )
        return Outcome(changes, measure_id)

    # -- exports --------------------------------------------------------------------------

    def _print(
        self, meeting_id: str, printed_at: datetime | None
    ) -> tuple[MeetingPage, MeetingPrint]:
        from teamdesk.reports.meeting_pdf import MeetingPrint

        self.ctx.require(Permission.EXPORT)
        page = self.meeting(meeting_id)
        content = page.content
        goals = [(content.goal_number(g.id), g.text) for g in content.main_goals()]
        doc = MeetingPrint(
            meeting=page.meeting,
            coordinator_name=page.coordinator_name,
            participants=page.participants,
            agenda=page.agenda,
            actions=[(a.item, a.responsible_name) for a in page.actions],
            printed_at=printed_at or self.store.now(),
            printed_by=self.ctx.who,
            goals=goals,
        )
        return page, doc

    def export_agenda(
        self,
        meeting_id: str,
        out: Path,
        *,
        translate: Translate | None = None,
        printed_at: datetime | None = None,
    ) -> DocumentExport:
        """Write the invitation with its agenda as a PDF/A file; an audit event."""
        from teamdesk.reports.meeting_pdf import render_agenda

        page, doc = self._print(meeting_id, printed_at)
        data, pages = render_agenda(doc, translate)
        return self._write(page, Path(out), data, pages, "agenda")

    def export_minutes(
        self,
        meeting_id: str,
        out: Path,
        *,
        translate: Translate | None = None,
        printed_at: datetime | None = None,
    ) -> DocumentExport:
        """Write the minutes as a PDF/A file (DRAFT until the meeting is marked held); an audit
        event."""
        from teamdesk.reports.meeting_pdf import render_minutes

        page, doc = self._print(meeting_id, printed_at)
        data, pages = render_minutes(doc, translate)
        return self._write(page, Path(out), data, pages, "minutes")

    def time_zone(self) -> str:
        """The time zone meetings are held in (the house's setting, default Europe/Oslo)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return team_repo.setting(self.store, "time_zone") or DEFAULT_TIME_ZONE

    def set_time_zone(self, zone: str) -> Outcome:
        """Set the time zone meetings are held in ("Europe/Oslo"); empty restores the default.

        Refuses a name that is not a known time zone."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        name = short_text(zone, N_("time zone"))
        if name and not _is_time_zone(name):
            raise InvalidInput(
                Message(
                    N_(
                        "“{zone}” is not a time zone TeamDesk knows. Write it as region and "
                        "city, for example Europe/Oslo."
                    ),
                    {"zone": name},
                )
            )
        key = "time_zone"
        with self.store.recording() as changes:
            write_setting(self.ctx, key, name)
        return Outcome(changes, key)

    def export_ics(
        self, meeting_id: str, out: Path, *, translate: Translate | None = None
    ) -> DocumentExport:
        """Write a calendar invitation (.ics) Outlook and other calendar programs open; an
        audit event. A later export of the same meeting updates the calendar entry."""
        from teamdesk.reports.ics import Invitation, Invitee, email_in, render_ics

        self.ctx.require(Permission.EXPORT)
        t: Translate = translate or as_written
        page = self.meeting(meeting_id)
        m = page.meeting
        # Calendars are shared and synced far beyond TeamDesk: the invitation names the
        # resident and their relatives by initials only (data minimisation), everywhere in the
        # file, including names they had before a rename; the agenda PDF carries the full name.
        private = team_repo.resident_names_ever(self.store, m.resident_id)
        private.add(m.resident_name)
        personal = (ParticipantKind.RESIDENT, ParticipantKind.RELATIVE)
        private.update(p.name for p in page.participants if p.kind in personal)
        private.update(p.name for p in page.content.participants if p.kind in personal)
        hide = NameHider(private)
        who = resident_initials(m.resident_name)
        lines = [
            t(N_("About the individual plan of {resident}.")).format(resident=who),
            t(N_("Called by {coordinator}.")).format(
                coordinator=hide(page.coordinator_name) or "—"
            ),
            "",
            t(N_("Agenda:")),
        ]
        lines += [f"{i}. {hide(a.title)}" for i, a in enumerate(page.agenda, start=1)]
        lines += ["", t(N_("Invited:"))]
        lines += [f"- {hide(p.display_name)}" for p in page.participants]
        invitation = Invitation(
            uid=f"{m.id}@teamdesk",
            summary=f"{t(m.kind.label)} – {who}",
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            time_zone=self.time_zone(),
            location=hide(m.place),
            description="\n".join(lines),
            stamp=self.store.now(),
            sequence=m.revision,
            cancelled=m.status is MeetingStatus.CANCELLED,
            invitees=[
                Invitee(hide(p.name), email_in(p.contact)) for p in page.participants if p.contact
            ],
        )
        return self._write(page, Path(out), render_ics(invitation), 0, "calendar invitation")

    def _write(
        self, page: MeetingPage, out: Path, data: bytes, pages: int, kind: str
    ) -> DocumentExport:
        m = page.meeting
        export_with_audit(
            self.store,
            out,
            data,
            actor=self.ctx.who,
            table="meeting",
            row_id=m.id,
            summary=f"exported {kind} of the {m.kind.value} about {m.resident_name} on "
            f"{m.day.isoformat()} to {out.name}",
        )
        return DocumentExport(out, pages)


def resident_initials(name: str) -> str:
    """ "Per Åsmund Hansen" -> "P. Å. H.": enough for the people invited, little for others."""
    return " ".join(f"{part[0]}." for part in name.replace("-", " ").split() if part[0].isalpha())


# A run of letters (with the accents of a decomposed letter): one word of a name.
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")


class NameHider:
    """Replaces every word of the given names by its initial ("Per Hansen" -> "P. H.") in any
    text: what an agenda item, a place or a participant's name says about the person is hidden
    wherever it stands, in whatever order. Matching is by whole words and exact case, so that
    "per uke" (per week) stays as written while "Per" becomes "P."."""

    def __init__(self, names: set[str]) -> None:
        self._words = {
            word
            for name in names
            for word in _NAME_WORD.findall(unicodedata.normalize("NFC", name))
            if len(word) > 1
        }

    def __call__(self, text: str) -> str:
        return _NAME_WORD.sub(
            lambda m: f"{m.group()[0]}." if m.group() in self._words else m.group(),
            unicodedata.normalize("NFC", text),
        )


def _is_time_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone this PC knows (the tzdata package ships them)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
