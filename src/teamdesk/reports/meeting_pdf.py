"""A meeting's invitation with agenda, and its minutes, as archival PDFs in the plan's look.

Built from a :class:`MeetingPrint` the meeting service assembles; nothing here reads the
database. The agenda invites (when, where, who, what we talk about); the minutes record who
came, what was said under each agenda item, every decision with its one responsible person and
due date, and the next meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from teamdesk.domain.meetings import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
)
from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.text import N_, Message, Nn_, as_written, format_clock, format_day, quoted
from teamdesk.reports.document import MUTED, WARN, Document, PageFrame, Translate


@dataclass(frozen=True)
class MeetingPrint:
    """Everything a printed agenda or minutes shows."""

    meeting: Meeting
    coordinator_name: str
    participants: Sequence[MeetingParticipant]
    agenda: Sequence[AgendaItem]
    actions: Sequence[tuple[ActionItem, str]]  # each decision with its responsible's name
    printed_at: datetime
    printed_by: str
    goals: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (number, own words)


def _when(meeting: Meeting, t: Translate) -> str:
    return (
        f"{format_day(meeting.day, t)}, {format_clock(meeting.starts_at.time(), t)}–"
        f"{format_clock(meeting.ends_at.time(), t)}"
    )


def _role(p: MeetingParticipant, t: Translate) -> str:
    kind = t(p.kind.label)
    role = t(p.role.strip()) if p.role.strip() else ""
    if p.kind is ParticipantKind.RESIDENT:
        return role or kind
    return f"{kind}: {role}" if role else kind


def _frame(doc: MeetingPrint, t: Translate, title: str, minutes: bool) -> PageFrame:
    m = doc.meeting
    if m.status is MeetingStatus.CANCELLED:
        label, draft = t(N_("CANCELLED")), True
    elif minutes and m.status is not MeetingStatus.HELD:
        label, draft = t(N_("DRAFT – the meeting is not marked as held")), True
    else:
        label = t(N_("{kind}, {date}")).format(kind=t(m.kind.label), date=format_day(m.day, t))
        draft = False
    return PageFrame(
        subject=m.resident_name,
        title=title,
        version_label=label,
        draft=draft,
        printed_at=doc.printed_at,
        printed_by=doc.printed_by,
    )


def _participants_table(
    w: Document, doc: MeetingPrint, people: Sequence[MeetingParticipant]
) -> None:
    t = w.t
    rows = [[p.name, _role(p, t), p.organisation or "—"] for p in people]
    w.table([t(N_("Name")), t(N_("Role")), t(N_("Organisation"))], rows, (55, 65, 50))


def render_agenda(doc: MeetingPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The invitation with its agenda as tagged PDF/A-2a bytes, and its number of pages."""
    t: Translate = translate or as_written
    m = doc.meeting
    w = Document(_frame(doc, t, t(N_("Invitation and agenda")), minutes=False), t)
    w.title(
        t(N_("Invitation: {kind}")).format(kind=t(m.kind.label)),
        t(N_("About the individual plan of {resident}")).format(resident=m.resident_name),
    )
    w.facts(
        [
            (t(N_("When")), _when(m, t)),
            (t(N_("Where")), m.place),
            (t(N_("Called by")), doc.coordinator_name or "—"),
        ]
    )
    if m.status is MeetingStatus.CANCELLED:
        w.box(t(N_("This meeting is cancelled.")), [], warn=True)
    w.heading(t(N_("Who is invited")))
    people = sorted(doc.participants, key=lambda p: (p.position, p.id))
    if people:
        _participants_table(w, doc, people)
        professionals = sum(1 for p in people if p.is_professional)
        around = Message(
            Nn_("%n professional(s) around {resident}. We keep the group as small as we can."),
            {"resident": m.resident_name},
            count=professionals,
        )
        w.paragraph(
            around.in_language(t),
            size=9,
            colour=MUTED,
        )
    else:
        w.text_or_placeholder("", placeholder=t(N_("Nobody is invited yet.")))
    w.heading(t(N_("Agenda")))
    items = sorted(doc.agenda, key=lambda a: (a.position, a.id))
    if not items:
        w.text_or_placeholder("", placeholder=t(N_("The agenda is empty.")))
    for i, item in enumerate(items, start=1):
        w.numbered_item(f"{i}.", item.title, item.detail)
    if doc.goals:
        w.heading(
            t(N_("The goals in the plan, in {resident}'s own words")).format(
                resident=m.resident_name
            )
        )
        for number, text in doc.goals:
            w.paragraph(f"{number}. {quoted(text, t)}", style="I", indent=2)
    return w.render()


def render_minutes(doc: MeetingPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The minutes as tagged PDF/A-2a bytes, and the number of pages. Marked DRAFT until the meeting
    is marked as held."""
    t: Translate = translate or as_written
    m = doc.meeting
    w = Document(_frame(doc, t, t(N_("Minutes")), minutes=True), t)
    w.title(
        t(N_("Minutes: {kind}")).format(kind=t(m.kind.label)),
        t(N_("About the individual plan of {resident}")).format(resident=m.resident_name),
    )
    w.facts(
        [
            (t(N_("When")), _when(m, t)),
            (t(N_("Where")), m.place),
            (t(N_("Chaired by")), doc.coordinator_name or "—"),
            (t(N_("Minutes by")), doc.printed_by),
        ]
    )
    people = sorted(doc.participants, key=lambda p: (p.position, p.id))
    came = [p for p in people if p.present is True]
    away = [p for p in people if p.present is False]
    unknown = [p for p in people if p.present is None]
    w.heading(t(N_("Present")))
    if came:
        _participants_table(w, doc, came)
    else:
        w.text_or_placeholder("", placeholder=t(N_("Attendance is not recorded.")))
    if away:
        w.label(t(N_("Sent apologies / did not come")))
        w.paragraph(", ".join(p.display_name for p in away))
    if unknown and came:
        w.label(t(N_("Invited, attendance not recorded")))
        w.paragraph(", ".join(p.display_name for p in unknown), colour=MUTED)

    by_item: dict[str | None, list[tuple[ActionItem, str]]] = {}
    for action, who in doc.actions:
        by_item.setdefault(action.agenda_item_id, []).append((action, who))
    items = sorted(doc.agenda, key=lambda a: (a.position, a.id))
    known = {i.id for i in items}
    w.heading(t(N_("What we talked about")))
    for i, item in enumerate(items, start=1):
        w.numbered_item(f"{i}.", item.title)
        w.text_or_placeholder(item.minutes, indent=10, placeholder=t(N_("No minutes written.")))
        for action, who in by_item.get(item.id, []):
            w.paragraph(_decision_line(action, who, t), size=9.5, style="B", indent=10)
        w.space(1)
    loose = [a for key, rows in by_item.items() if key not in known for a in rows]
    if loose:
        w.label(t(N_("Other decisions")))
        for action, who in loose:
            w.paragraph(_decision_line(action, who, t), size=9.5, style="B", indent=4)

    w.heading(t(N_("Decisions: who does what, by when")))
    if doc.actions:
        rows = [
            [
                str(n),
                action.what,
                who or "—",
                format_day(action.due, t),
                _status(action, t),
            ]
            for n, (action, who) in enumerate(doc.actions, start=1)
        ]
        w.table(
            [t(N_("No.")), t(N_("Decision")), t(N_("Responsible")), t(N_("Due")), t(N_("Status"))],
            rows,
            (10, 62, 38, 25, 35),
        )
    else:
        w.text_or_placeholder("", placeholder=t(N_("No decisions were recorded.")))
    w.heading(t(N_("Next meeting")))
    if m.next_meeting is not None:
        w.paragraph(format_day(m.next_meeting, t), size=11, style="B")
    else:
        w.paragraph(t(N_("Not set yet.")), style="I", colour=WARN)
    return w.render()


def _decision_line(action: ActionItem, who: str, t: Translate) -> str:
    return t(N_("Decision: {what} — {who}, by {date}")).format(
        what=action.what, who=who or "—", date=format_day(action.due, t)
    )


def _status(action: ActionItem, t: Translate) -> str:
    if action.done_on is not None:
        text = t(N_("Done {date}")).format(date=format_day(action.done_on, t))
    else:
        text = t(N_("Open"))
    if action.measure_id:
        text += "; " + t(N_("now a plan measure"))
    return text
