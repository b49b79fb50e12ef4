"""Demo coordinator development and meetings (issue 5), added to the demo's first unit.

Made through the mentoring and meeting services, with the clock set back for what happened in
the past, so the demo's records are made the way real ones are: a running mentorship with its
guidance sessions, an ended one, a coordinator network with past and coming meetings and
attendance, an untrained coordinator without a mentor (a gap for the leader to fix), and past
and coming meetings with minutes, decisions (one done, one overdue, one turned into a measure).
Only the first unit gets them, so any scale stays fast.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Protocol

from teamdesk.domain.meetings import MeetingKind, MeetingStatus
from teamdesk.domain.mentoring import GUIDANCE_COURSE, INDIVIDUAL_PLAN_COURSE
from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.text import Translate
from teamdesk.services.context import ServiceContext


class _Notes(Protocol):
    notes: list[str]


def demo_mentoring_and_meetings(
    ctx: ServiceContext, today: date, summary: _Notes, translate: Translate | None = None
) -> None:
    """Add mentoring, a network and meetings to the demo's first unit (after its plans).

    For a Danish reader the texts are Danish and the first plan's network meetings are REHAB
    meetings, as the Danish municipality holds them."""
    from teamdesk.services.demo_words import demo_words, is_danish
    from teamdesk.services.meetings import MeetingService
    from teamdesk.services.mentoring import MentoringService

    w = demo_words(translate)
    group = MeetingKind.REHAB if is_danish(translate) else MeetingKind.RESPONSIBILITY_GROUP

    store = ctx.store
    unit = store.query_one("SELECT id FROM unit ORDER BY created_at, id LIMIT 1")
    if unit is None:
        return
    bachelors = [
        r["id"]
        for r in store.query(
            "SELECT id FROM staff WHERE unit_id = ? AND active = 1 AND education = 'bachelor' "
            "ORDER BY name",
            (unit["id"],),
        )
    ]
    rooms = [
        r["id"]
        for r in store.query(
            "SELECT p.id FROM plan p JOIN resident r ON r.id = p.resident_id "
            "WHERE r.unit_id = ? ORDER BY r.room",
            (unit["id"],),
        )
    ]
    if len(bachelors) < 5 or len(rooms) < 7:
        return

    def mentoring_at(day: date) -> MentoringService:
        return MentoringService(ServiceContext(store, ctx.actor, today=lambda: day))

    def meetings_at(day: date) -> MeetingService:
        return MeetingService(ServiceContext(store, ctx.actor, today=lambda: day))

    s0, s1, s2, _s3, s4 = bachelors[:5]
    now = MentoringService(ctx)
    # More training: the new coordinator took the IP introduction; a mentor the guidance course.
    now.record_training(s4, today - timedelta(days=20), INDIVIDUAL_PLAN_COURSE, w("USHT"))
    now.record_training(s0, today - timedelta(days=200), GUIDANCE_COURSE, w("Koordinerende enhet"))
    # An ended mentorship a year ago...
    start = today - timedelta(days=380)
    old = (
        mentoring_at(start)
        .start_mentorship(s1, s2, start=start, focus=w("Første individuelle plan"))
        .row_id
        or ""
    )
    mentoring_at(start + timedelta(days=30)).record_session(
        old, start + timedelta(days=30), 60, w("Kartlegging av mål"), w("Gikk gjennom planmalen.")
    )
    mentoring_at(start + timedelta(days=90)).record_session(
        old, start + timedelta(days=90), 45, w("Evaluering"), w("Klar til å stå alene.")
    )
    mentoring_at(start + timedelta(days=180)).end_mentorship(old, start + timedelta(days=180))
    # ... and a running one for the newest coordinator, with guidance logged.
    start = today - timedelta(days=60)
    running = (
        mentoring_at(start)
        .start_mentorship(
            s0, s4, start=start, focus=w("Ny som koordinator: samtykke og første ansvarsgruppemøte")
        )
        .row_id
        or ""
    )
    for days, minutes, topics, notes in (
        (55, 60, w("Rollen som koordinator"), w("Hva forventes, og hvem spør jeg.")),
        (30, 45, w("Samtykke og taushetsplikt"), w("Øvde på samtalen om deling av informasjon.")),
        (8, 60, w("Forberede ansvarsgruppemøte"), w("Lagde dagsorden fra planen sammen.")),
    ):
        day = today - timedelta(days=days)
        mentoring_at(day).record_session(running, day, minutes, topics, notes)

    # A coordinator network: two meetings held (with attendance), one coming.
    network = (
        now.create_network(
            w("Koordinatornettverket Solsikken"),
            unit["id"],
            w("Koordinatorene møtes hver sjette uke for veiledning og erfaringsdeling."),
        ).row_id
        or ""
    )
    for staff_id in bachelors[:5]:
        now.add_network_member(network, staff_id)
    for days, topic, absent in (
        (70, w("Samtykke og deling av informasjon"), {bachelors[3]}),
        (14, w("Den vanskelige samtalen"), {s2}),
    ):
        day = today - timedelta(days=days)
        held = now.schedule_network_meeting(network, day, topic, w("Møterom 1")).row_id or ""
        for staff_id in bachelors[:5]:
            now.set_attendance(held, staff_id, staff_id not in absent)
    now.schedule_network_meeting(
        network,
        today + timedelta(days=21),
        w("Evaluering av mål sammen med beboeren"),
        w("Møterom 1"),
    )

    # Meetings. The first plan: a responsibility-group meeting held 75 days ago, and the next.
    p1, p3, p4, p7 = rooms[0], rooms[2], rooms[3], rooms[6]
    held_on = today - timedelta(days=75)
    then = meetings_at(held_on)
    m1 = (
        then.prepare_meeting(
            p1,
            group,
            held_on,
            time(10, 0),
            60,
            w("Møterom 1"),
            translate=translate,
        ).row_id
        or ""
    )
    page = then.meeting(m1)
    for p in page.participants:
        then.set_presence(p.id, p.kind is not ParticipantKind.RELATIVE)
    minutes_text = [
        w("Beboeren forteller at jobben på kafeen går bra, men bussen er vanskelig om vinteren."),
        w("Målet om turer med hunden står fast. Beboeren vil også prøve svømming."),
    ]
    for item, text in zip(page.agenda, minutes_text, strict=False):
        then.update_agenda_item(item.id, minutes=text)
    relative = next(
        (
            p.plan_participant_id
            for p in page.participants
            if p.kind is ParticipantKind.RELATIVE and p.plan_participant_id
        ),
        None,
    )
    staff_ids = [p.staff_id for p in page.participants if p.staff_id]
    helper = staff_ids[-1] if staff_ids else s0
    first_item = page.agenda[0].id
    done = then.record_decision(
        m1,
        w("Søke om støttekontakt"),
        held_on + timedelta(days=40),
        responsible_staff_id=s0,
        agenda_item_id=first_item,
    ).row_id
    meetings_at(held_on + timedelta(days=35)).set_action_done(
        done or "", True, held_on + timedelta(days=35)
    )
    if relative is not None:
        then.record_decision(
            m1,
            w("Avtale time hos tannlegen"),
            today - timedelta(days=10),
            responsible_participant_id=relative,
            agenda_item_id=first_item,
        )
    swim = then.record_decision(
        m1,
        w("Prøve svømmehallen en gang i uka"),
        today + timedelta(days=20),
        responsible_staff_id=helper,
        agenda_item_id=page.agenda[1].id if len(page.agenda) > 1 else first_item,
    ).row_id
    then.make_measure(
        swim or "",
        extent=w("En gang i uka"),
        how=w("Følge til svømmehallen; beboeren velger dag."),
    )
    then.set_status(m1, MeetingStatus.HELD)
    then.set_next_meeting(m1, today + timedelta(days=14))
    now_meetings = MeetingService(ctx)
    now_meetings.prepare_meeting(
        p1,
        group,
        today + timedelta(days=14),
        time(10, 0),
        60,
        w("Møterom 1"),
        translate=translate,
    )
    # The plan with overdue evaluations gets an evaluation meeting next week.
    now_meetings.prepare_meeting(
        p3,
        MeetingKind.EVALUATION,
        today + timedelta(days=7),
        time(13, 0),
        90,
        w("Kafeen"),
        translate=translate,
    )
    # A plan meeting held earlier in the fourth plan, and a REHAB meeting coming for the seventh.
    held_on = today - timedelta(days=100)
    then = meetings_at(held_on)
    m4 = (
        then.prepare_meeting(
            p4, MeetingKind.PLAN, held_on, time(9, 0), 60, w("Stua"), translate=translate
        ).row_id
        or ""
    )
    page = then.meeting(m4)
    for p in page.participants:
        then.set_presence(p.id, True)
    then.update_agenda_item(
        page.agenda[0].id, minutes=w("Beboeren er fornøyd med planen og vil fortsette som nå.")
    )
    # Held without a next meeting set: the meeting view asks for one.
    then.set_status(m4, MeetingStatus.HELD)
    now_meetings.prepare_meeting(
        p7,
        MeetingKind.REHAB,
        today + timedelta(days=35),
        time(11, 0),
        90,
        w("Rehabiliteringen"),
        translate=translate,
    )
    summary.notes.append(
        "coordinator development in the first unit: training, a running and an ended "
        "mentorship with guidance sessions, a coordinator network, an untrained coordinator "
        "without a mentor; meetings held and coming, with minutes and decisions"
    )
