"""Meeting services as a coordinator uses them: prepare a meeting from the plan, keep the agenda
and minutes, record decisions, turn one into a measure, and print or send the invitation."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from tests.plan_support import PlanHouse, build_plan_house
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.meetings import AgendaKind, MeetingKind, MeetingStatus
from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.team import Role
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.plan import PlanService
from teamdesk.services.team import InvalidInput, Outcome, TeamService
from teamdesk.services.undo import reapply, revert

DAY = TODAY + timedelta(days=10)


@dataclass
class MeetingHouse:
    house: PlanHouse
    meeting: str


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    h = build_plan_house(ctx)
    team = TeamService(ctx)
    team.assign(h.resident, h.berit, Role.PRIMARY, date(2026, 1, 1))
    team.assign(h.resident, h.hilde, Role.SECONDARY, date(2026, 1, 1))
    team.assign(h.resident, h.ola, Role.MEMBER, date(2026, 1, 1))
    return h


@pytest.fixture
def svc(ctx: ServiceContext) -> MeetingService:
    return MeetingService(ctx)


@pytest.fixture
def prepared(svc: MeetingService, house: PlanHouse) -> MeetingHouse:
    outcome = svc.prepare_meeting(
        house.plan, MeetingKind.RESPONSIBILITY_GROUP, DAY, time(13, 30), 90, "Møterommet"
    )
    return MeetingHouse(house, outcome.row_id or "")


def _as(
    ctx: ServiceContext, role: AccountRole, staff_id: str | None = None, name: str = "Cora"
) -> MeetingService:
    return MeetingService(
        ServiceContext(ctx.store, Actor(name, role, staff_id=staff_id), today=ctx.today)
    )


def test_a_prepared_meeting_invites_the_plans_people_and_drafts_the_agenda(
    svc: MeetingService, prepared: MeetingHouse
) -> None:
    page = svc.meeting(prepared.meeting)
    assert [p.name for p in page.participants] == [
        "Per Åsmund Hansen",
        "Nora Lie",
        "Åse Hansen",
        "Berit Sykepleier",
        "Hilde Helsefag",
    ]
    # The coordinator and the two contacts; Ola (a team member) is left out: few professionals.
    assert page.professionals == 3
    assert page.meeting.start == time(13, 30) and page.meeting.duration_minutes == 90
    kinds = [a.kind for a in page.agenda]
    assert kinds[0] is AgendaKind.OPENING and kinds[-1] is AgendaKind.NEXT_MEETING
    assert page.agenda[0].title == "Welcome: how are things for Per Åsmund Hansen?"
    assert page.proposed_next <= date(2027, 6, 5)
    assert page.findings == []


def test_the_agenda_carries_due_goals_open_decisions_and_expiring_consents(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    h = prepared.house
    plans = PlanService(ctx)
    plans.update_goal(h.goal_1, evaluation_date=DAY + timedelta(days=60))
    plans.update_participant(h.nav, share_consent_expires=DAY + timedelta(days=10))
    svc.record_decision(
        prepared.meeting,
        "Søke om støttekontakt",
        DAY + timedelta(days=20),
        responsible_staff_id=h.hilde,
    )
    svc.set_status(prepared.meeting, MeetingStatus.CANCELLED)  # cancelled: its decision drops
    svc.set_status(prepared.meeting, MeetingStatus.PLANNED)
    later = svc.prepare_meeting(h.plan, MeetingKind.EVALUATION, DAY + timedelta(days=50))
    page = svc.meeting(later.row_id or "")
    titles = [a.title for a in page.agenda]
    assert "Evaluate goal 1: «Jeg vil gå tur med hunden min hver morgen.»" in titles
    assert "Follow up: Søke om støttekontakt" in titles
    assert "Renew the consent to share information with NAV" in titles
    goal_item = next(a for a in page.agenda if a.kind is AgendaKind.GOAL_EVALUATION)
    assert "Morgentur med hunden (Hilde Helsefag)" in goal_item.detail


def test_the_same_meeting_twice_is_refused_and_the_next_free_day_is_proposed(
    svc: MeetingService, prepared: MeetingHouse
) -> None:
    h = prepared.house
    with pytest.raises(InvalidInput, match="already set for"):
        svc.prepare_meeting(h.plan, day=DAY, start=time(13, 30))
    assert svc.prepare_meeting(h.plan, day=DAY, start=time(9, 0)).changes
    # The plan's next meeting (2026-12-10) is free: proposed; once taken, a week later.
    assert svc.proposed_day(h.plan) == date(2026, 12, 10)
    svc.prepare_meeting(h.plan)
    assert svc.proposed_day(h.plan) == date(2026, 12, 17)


def test_the_drafted_agenda_is_in_the_persons_language(
    svc: MeetingService, house: PlanHouse
) -> None:
    words = {"Next meeting": "Neste møte"}
    outcome = svc.prepare_meeting(house.plan, day=DAY, translate=lambda t, *_: words.get(t, t))
    assert svc.meeting(outcome.row_id or "").agenda[-1].title == "Neste møte"


def test_the_agenda_can_be_reordered_extended_and_trimmed_and_undone(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    before = [a.title for a in svc.meeting(prepared.meeting).agenda]
    added = svc.add_agenda_item(prepared.meeting, "Ferieplaner")
    titles = [a.title for a in svc.meeting(prepared.meeting).agenda]
    assert titles[-2:] == ["Ferieplaner", "Next meeting"]
    moved = svc.move_agenda_item(added.row_id or "", -1)
    titles = [a.title for a in svc.meeting(prepared.meeting).agenda]
    assert titles.index("Ferieplaner") == len(titles) - 3
    revert(ctx, moved.changes)
    revert(ctx, added.changes)
    assert [a.title for a in svc.meeting(prepared.meeting).agenda] == before
    first = svc.meeting(prepared.meeting).agenda[0]
    svc.remove_agenda_item(first.id)
    assert first.id not in [a.id for a in svc.meeting(prepared.meeting).agenda]


def test_a_decision_has_one_responsible_and_a_date_and_becomes_a_measure_in_one_step(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    h = prepared.house
    item = svc.meeting(prepared.meeting).agenda[1]
    svc.update_agenda_item(item.id, minutes="Per vil prøve svømming på torsdager.")
    with pytest.raises(InvalidInput, match="every decision has one responsible person"):
        svc.record_decision(prepared.meeting, "Svømming", DAY + timedelta(days=30))
    with pytest.raises(InvalidInput, match="exactly one responsible person"):
        svc.record_decision(
            prepared.meeting,
            "Svømming",
            DAY,
            responsible_staff_id=h.hilde,
            responsible_participant_id=h.mother,
        )
    with pytest.raises(InvalidInput, match="every decision has a due date"):
        svc.record_decision(prepared.meeting, "Svømming", None, responsible_staff_id=h.hilde)
    action = svc.record_decision(
        prepared.meeting,
        "Svømming med følge hver torsdag",
        DAY + timedelta(days=30),
        responsible_participant_id=h.mother,
        agenda_item_id=item.id,
    )
    made = svc.make_measure(action.row_id or "", goal_id=h.goal_2, extent="Ukentlig")
    measures = PlanService(ctx).content(h.plan).measures
    measure = next(m for m in measures if m.id == made.row_id)
    assert (measure.what, measure.responsible_participant_id, measure.goal_id) == (
        "Svømming med følge hver torsdag",
        h.mother,
        h.goal_2,
    )
    [row] = svc.meeting(prepared.meeting).actions
    assert row.item.measure_id == made.row_id and row.responsible_name == "Åse Hansen"
    with pytest.raises(InvalidInput, match="already a measure"):
        svc.make_measure(action.row_id or "")
    # One undo takes both the measure and the link away.
    revert(ctx, made.changes)
    assert made.row_id not in [m.id for m in PlanService(ctx).content(h.plan).measures]
    assert svc.meeting(prepared.meeting).actions[0].item.measure_id is None


def test_the_next_meeting_is_at_most_six_months_ahead_and_reaches_the_plan(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    with pytest.raises(InvalidInput, match="at most six months ahead"):
        svc.set_next_meeting(prepared.meeting, DAY + timedelta(days=200))
    svc.set_next_meeting(prepared.meeting, DAY + timedelta(days=90))
    assert PlanService(ctx).plan(prepared.house.plan).next_meeting == DAY + timedelta(days=90)


def test_a_meeting_is_marked_held_only_from_its_day(
    svc: MeetingService, prepared: MeetingHouse
) -> None:
    with pytest.raises(InvalidInput, match="can be marked as held from that day"):
        svc.set_status(prepared.meeting, MeetingStatus.HELD)


def test_a_start_time_is_read_as_danish_and_norwegian_staff_type_it(
    svc: MeetingService, prepared: MeetingHouse
) -> None:
    # Danish writes 14.30 (the time a Danish message asks for); 14:30 and 9:05 are read too.
    for typed, meant in (("14.30", time(14, 30)), ("9:05", time(9, 5)), ("08.15", time(8, 15))):
        svc.update_meeting(prepared.meeting, start=typed)
        assert svc.meeting(prepared.meeting).meeting.start == meant, typed
    for wrong in ("24.00", "14.60", "14,30", "half past two"):
        with pytest.raises(InvalidInput, match="is not a time of day"):
            svc.update_meeting(prepared.meeting, start=wrong)
    assert svc.meeting(prepared.meeting).meeting.start == time(8, 15)


def test_moving_a_meeting_raises_its_calendar_sequence(
    svc: MeetingService, prepared: MeetingHouse
) -> None:
    svc.update_meeting(prepared.meeting, place="Møterommet")  # unchanged: no new revision
    assert svc.meeting(prepared.meeting).meeting.revision == 0
    svc.update_meeting(prepared.meeting, start="14:00", place="Kafeen")
    assert svc.meeting(prepared.meeting).meeting.revision == 1


def test_a_coordinator_prepares_only_the_meetings_of_plans_they_coordinate(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    mine = _as(ctx, AccountRole.COORDINATOR, staff_id=house.berit)
    assert mine.prepare_meeting(house.plan, day=DAY).changes
    other = _as(ctx, AccountRole.COORDINATOR, staff_id=house.hilde, name="Hilde")
    with pytest.raises(PermissionDenied, match="Only the plan's coordinator"):
        other.prepare_meeting(house.plan, day=DAY)
    staff = _as(ctx, AccountRole.STAFF, staff_id=house.hilde)
    assert staff.upcoming()  # staff may see the meetings
    with pytest.raises(PermissionDenied):
        staff.prepare_meeting(house.plan, day=DAY)


def test_views_list_upcoming_meetings_a_residents_history_and_decisions_by_person(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    h = prepared.house
    past = MeetingService(
        ServiceContext(ctx.store, ctx.actor, today=lambda: TODAY - timedelta(days=60))
    )
    old = past.prepare_meeting(h.plan, MeetingKind.PLAN, TODAY - timedelta(days=60)).row_id or ""
    past.set_status(old, MeetingStatus.HELD)
    past.record_decision(
        old, "Ringe fastlegen", TODAY - timedelta(days=5), responsible_staff_id=h.berit
    )
    svc.record_decision(prepared.meeting, "Bestille buss", DAY, responsible_staff_id=h.hilde)
    svc.record_decision(prepared.meeting, "Kjøpe sko", DAY, responsible_participant_id=h.mother)
    assert [m.id for m in svc.upcoming()] == [prepared.meeting]
    assert [m.id for m in svc.history(h.resident)] == [prepared.meeting, old]
    people = svc.open_actions_by_person()
    assert [(p.name, [r.item.what for r in p.items]) for p in people] == [
        ("Berit Sykepleier", ["Ringe fastlegen"]),
        ("Hilde Helsefag", ["Bestille buss"]),
        ("Åse Hansen", ["Kjøpe sko"]),
    ]
    overdue = [f for f in svc.meeting(old).findings if f.code == "action_item_overdue"]
    assert overdue and "Ringe fastlegen" in overdue[0].text


# -- exports --------------------------------------------------------------------------------


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_agenda_pdf_is_pdfa_with_the_invitation_and_the_agenda(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse, tmp_path: Path
) -> None:
    out = svc.export_agenda(prepared.meeting, tmp_path / "agenda.pdf")
    reader = PdfReader(out.path)
    assert out.pages == len(reader.pages) >= 1
    text = _text(out.path)
    for expected in (
        "Invitation: Responsibility-group meeting",
        "Per Åsmund Hansen",
        f"{DAY.isoformat()}, 13:30–15:00",
        "Møterommet",
        "Welcome: how are things for Per Åsmund Hansen?",
        "3 professionals around Per Åsmund Hansen",
        "«Jeg vil gå tur med hunden min hver morgen.»",
    ):
        assert expected in text, expected
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in metadata and "2" in metadata
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVuSans" in f for f in fonts)
    events = ctx.store.query(
        "SELECT summary FROM audit_event WHERE action = 'export' AND row_id = ?",
        (prepared.meeting,),
    )
    assert [e["summary"] for e in events] == [
        f"exported agenda of the responsibility_group about Per Åsmund Hansen on "
        f"{DAY.isoformat()} to agenda.pdf"
    ]


def test_the_minutes_pdf_has_minutes_decisions_and_the_next_meeting(
    ctx: ServiceContext, prepared: MeetingHouse, tmp_path: Path
) -> None:
    h = prepared.house
    on_the_day = MeetingService(ServiceContext(ctx.store, ctx.actor, today=lambda: DAY))
    page = on_the_day.meeting(prepared.meeting)
    on_the_day.update_agenda_item(page.agenda[0].id, minutes="Per forteller om jobben.")
    for p in page.participants:
        on_the_day.set_presence(p.id, p.kind is not ParticipantKind.RELATIVE)
    on_the_day.record_decision(
        prepared.meeting,
        "Søke om støttekontakt",
        DAY + timedelta(days=14),
        responsible_staff_id=h.hilde,
        agenda_item_id=page.agenda[0].id,
    )
    draft = on_the_day.export_minutes(prepared.meeting, tmp_path / "draft.pdf")
    assert "DRAFT" in _text(draft.path)
    on_the_day.set_status(prepared.meeting, MeetingStatus.HELD)
    on_the_day.set_next_meeting(prepared.meeting, DAY + timedelta(days=120))
    text = _text(on_the_day.export_minutes(prepared.meeting, tmp_path / "minutes.pdf").path)
    assert "DRAFT" not in text
    for expected in (
        "Minutes: Responsibility-group meeting",
        "Per forteller om jobben.",
        "Decision: Søke om støttekontakt — Hilde Helsefag, by "
        f"{(DAY + timedelta(days=14)).isoformat()}",
        "Sent apologies / did not come",
        "Åse Hansen",
        (DAY + timedelta(days=120)).isoformat(),
    ):
        assert expected in text, expected


def test_the_ics_invitation_reads_back_with_time_place_and_agenda(
    svc: MeetingService, prepared: MeetingHouse, tmp_path: Path
) -> None:
    svc.add_participant(
        prepared.meeting, "Dr. Moen", ParticipantKind.SERVICE, contact="moen@legen.no, 55 55"
    )
    out = svc.export_ics(prepared.meeting, tmp_path / "invitation.ics")
    raw = out.path.read_bytes()
    assert b"\r\n" in raw
    cal = Calendar.from_ical(raw)
    [event] = cal.walk("VEVENT")
    assert str(event["uid"]) == f"{prepared.meeting}@teamdesk"
    # The calendar names the resident by initials only; calendars travel far.
    assert str(event["summary"]) == "Responsibility-group meeting – P. Å. H."
    assert "Per Åsmund Hansen" not in str(event["description"]) + str(event["summary"])
    assert str(event["location"]) == "Møterommet"
    # 13:30 in Oslo in December is 12:30 UTC.
    start = event.decoded("dtstart")
    assert start.isoformat() == f"{DAY.isoformat()}T12:30:00+00:00"
    assert (event.decoded("dtend") - start) == timedelta(minutes=90)
    assert str(event["class"]) == "PRIVATE" and str(cal["method"]) == "PUBLISH"
    assert "1. Welcome: how are things for P. Å. H.?" in str(event["description"])
    assert [str(a) for a in [event["attendee"]]] == ["mailto:moen@legen.no"]
    svc.update_meeting(prepared.meeting, start="14:00")
    again = Calendar.from_ical(
        svc.export_ics(prepared.meeting, tmp_path / "v2.ics").path.read_bytes()
    )
    assert int(again.walk("VEVENT")[0]["sequence"]) == 1


# -- every write goes through the one write path ---------------------------------------------


def _write_calls(svc: MeetingService, m: MeetingHouse) -> dict[str, Outcome]:
    h = m.house
    agenda = svc.meeting(m.meeting).agenda
    decision = svc.record_decision(m.meeting, "Ringe NAV", DAY, responsible_staff_id=h.hilde)
    extra = svc.add_participant(m.meeting, "Tolken", ParticipantKind.SERVICE)
    calls = {
        "prepare_meeting": lambda: svc.prepare_meeting(h.plan, day=DAY + timedelta(days=3)),
        "update_meeting": lambda: svc.update_meeting(m.meeting, place="Kafeen"),
        "set_status": lambda: svc.set_status(m.meeting, MeetingStatus.CANCELLED),
        "set_next_meeting": lambda: svc.set_next_meeting(m.meeting, DAY + timedelta(days=60)),
        "add_participant": lambda: svc.add_participant(m.meeting, staff_id=h.ola),
        "remove_participant": lambda: svc.remove_participant(extra.row_id or ""),
        "set_presence": lambda: svc.set_presence(svc.meeting(m.meeting).participants[0].id, True),
        "add_agenda_item": lambda: svc.add_agenda_item(m.meeting, "Ferie"),
        "update_agenda_item": lambda: svc.update_agenda_item(agenda[0].id, minutes="Bra."),
        "remove_agenda_item": lambda: svc.remove_agenda_item(agenda[1].id),
        "move_agenda_item": lambda: svc.move_agenda_item(agenda[0].id, 1),
        "record_decision": lambda: svc.record_decision(
            m.meeting, "Bestille time", DAY, responsible_participant_id=h.mother
        ),
        "update_action_item": lambda: svc.update_action_item(
            decision.row_id or "", responsible_participant_id=h.nav
        ),
        "set_action_done": lambda: svc.set_action_done(decision.row_id or "", True),
        "make_measure": lambda: svc.make_measure(decision.row_id or ""),
        "remove_action_item": lambda: svc.remove_action_item(decision.row_id or ""),
        "set_time_zone": lambda: svc.set_time_zone("Europe/Stockholm"),
    }
    order = [k for k in calls if k != "set_status"] + ["set_status"]
    return {name: calls[name]() for name in order}


def test_every_writing_service_leaves_change_log_and_audit_rows(
    ctx: ServiceContext, svc: MeetingService, prepared: MeetingHouse
) -> None:
    writers = {
        name
        for name, fn in inspect.getmembers(MeetingService, inspect.isfunction)
        if not name.startswith("_")
        and inspect.signature(fn).return_annotation in (Outcome, "Outcome")
    }
    outcomes = _write_calls(svc, prepared)
    assert writers == set(outcomes), "add a call for each new writing service above"
    store = ctx.store
    for name, outcome in outcomes.items():
        assert outcome.changes, f"{name} changed nothing"
        for change in outcome.changes:
            logged = store.query(
                "SELECT column_name, value FROM change WHERE table_name = ? AND row_id = ?",
                (change.table, change.row_id),
            )
            for column, value in change.after.items():
                assert (column, value) in [(r[0], r[1]) for r in logged], (name, column)
            audit = store.query(
                "SELECT actor FROM audit_event WHERE table_name = ? AND row_id = ?",
                (change.table, change.row_id),
            )
            assert audit and all(a["actor"] == ctx.actor.name for a in audit), name


def test_preparing_a_meeting_is_undone_and_redone_whole(
    ctx: ServiceContext, svc: MeetingService, house: PlanHouse
) -> None:
    outcome = svc.prepare_meeting(house.plan, day=DAY)
    revert(ctx, outcome.changes)
    assert svc.upcoming() == []
    reapply(ctx, outcome.changes)
    assert len(svc.meeting(outcome.row_id or "").participants) == 5
