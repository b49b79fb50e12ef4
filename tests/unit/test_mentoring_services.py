"""Mentoring services as a leader uses them: record training, pair a new coordinator with a
suggested mentor, log guidance, run a coordinator network, and read the overview."""

from __future__ import annotations

import csv
import inspect
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.plan_support import PlanHouse, build_plan_house
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.mentoring import MentoringCheck
from teamdesk.domain.plan import CaseRoleKind
from teamdesk.domain.team import Education
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.mentoring import MentoringService, MentorshipRefused
from teamdesk.services.plan import PlanService
from teamdesk.services.team import InvalidInput, Outcome, TeamService
from teamdesk.services.undo import revert


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    """Berit (trained) coordinates Per's plan; Nils is new and coordinates Kari's plan."""
    h = build_plan_house(ctx)
    return h


@pytest.fixture
def svc(ctx: ServiceContext) -> MentoringService:
    return MentoringService(ctx)


def _new_coordinator(ctx: ServiceContext, h: PlanHouse, name: str = "Nils Ny") -> str:
    team = TeamService(ctx)
    staff = team.create_staff(name, education=Education.BACHELOR, unit_id=h.unit).row_id or ""
    resident = team.create_resident(f"Beboer for {name}", unit_id=h.unit).row_id or ""
    plans = PlanService(ctx)
    plan = plans.create_plan(resident).row_id or ""
    plans.assign_coordinator(plan, staff)
    return staff


def test_training_records_make_a_trained_coordinator_and_feed_the_plans_check(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    assert svc.is_trained_coordinator(house.berit)
    assert not svc.is_trained_coordinator(house.hilde)
    svc.record_training(house.hilde, TODAY - timedelta(days=3), "individual_plan", "USHT")
    assert not svc.is_trained_coordinator(house.hilde)
    svc.record_training(house.hilde, TODAY - timedelta(days=1), provider="Koordinerende enhet")
    trained = svc.trainings(house.hilde)
    assert trained.trained_on == TODAY - timedelta(days=1)
    assert [(t.course, t.provider) for t in trained.trainings] == [
        ("individual_plan", "USHT"),
        ("coordinator", "Koordinerende enhet"),
    ]
    # The plan's coordinator check reads the same records: no more "untrained" warning.
    codes = {f.code for f in PlanService(ctx).check_coordinator(house.plan, house.hilde)}
    assert "coordinator_untrained" not in codes
    with pytest.raises(InvalidInput, match="once it is completed"):
        svc.record_training(house.hilde, TODAY + timedelta(days=1))
    removed = svc.remove_training(trained.trainings[1].id)
    assert not svc.is_trained_coordinator(house.hilde)
    revert(ctx, removed.changes)
    assert svc.is_trained_coordinator(house.hilde)


def test_a_leader_fixes_the_gap_of_an_untrained_coordinator_with_a_suggested_mentor(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    nils = _new_coordinator(ctx, house)
    rows = svc.overview()
    assert rows[0].staff.name == "Nils Ny"
    assert [g.code for g in rows[0].gaps] == [MentoringCheck.UNTRAINED_WITHOUT_MENTOR]
    [suggestion] = svc.suggest_mentors(nils)
    assert suggestion.staff.id == house.berit
    assert suggestion.reason.render() == (
        "3 of 3 places free; same unit; has coordinated 1 plan; coordinator course 2025-05-01."
    )
    svc.start_mentorship(house.berit, nils, focus="Første ansvarsgruppemøte")
    [row] = [r for r in svc.overview() if r.staff.id == nils]
    assert not row.has_gap and row.record.mentor_name == "Berit Sykepleier"
    [mentorship] = svc.mentorships(nils)
    assert (mentorship.mentor_name, mentorship.mentee_name) == ("Berit Sykepleier", "Nils Ny")


def test_suggest_a_mentor_puts_a_coordinator_with_a_role_conflict_or_overdue_work_last(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    # Berit coordinates Per's plan and is also the one who allocates his services; Olga is
    # trained, coordinates one plan, and has nothing overdue. Berit has more experience
    # later on, but is not the example to put first.
    plans = PlanService(ctx)
    olga = _new_coordinator(ctx, house, "Olga Annenhus")
    plans.record_training(olga, date(2025, 6, 1))
    nils = TeamService(ctx).create_staff("Nils Ny", unit_id=house.unit).row_id or ""
    first = svc.suggest_mentors(nils)
    assert [s.staff.id for s in first][:1] == [house.berit]  # same free places, sorted by name
    plans.add_case_role(house.berit, house.resident, CaseRoleKind.ALLOCATES_SERVICES)
    ranked = svc.suggest_mentors(nils)
    assert [s.staff.id for s in ranked] == [olga, house.berit]
    assert (
        ranked[1]
        .reason.render()
        .startswith("Ranked lower: a role conflict in 1 plan they coordinate. ")
    )
    # Overdue evaluations alone rank a mentor lower too.
    plans.end_case_role(plans.case_roles(house.resident)[0][0].id, TODAY - timedelta(days=1))
    plans.update_plan(house.plan, evaluation_date=TODAY - timedelta(days=3))
    ranked = svc.suggest_mentors(nils)
    assert [s.staff.id for s in ranked] == [olga, house.berit]
    assert (
        ranked[1].reason.render().startswith("Ranked lower: 1 evaluation overdue in their plans. ")
    )


def test_the_mentoring_rules_refuse_with_the_rule_in_words(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    nils = _new_coordinator(ctx, house)
    with pytest.raises(MentorshipRefused, match="cannot be their own mentor"):
        svc.start_mentorship(nils, nils)
    with pytest.raises(MentorshipRefused, match="neither completed the coordinator course") as no:
        svc.start_mentorship(house.hilde, nils)
    assert no.value.can_approve
    svc.start_mentorship(house.berit, nils)
    with pytest.raises(MentorshipRefused, match="already has a mentor"):
        svc.start_mentorship(house.berit, nils)
    svc.set_max_mentees(1)
    olga = _new_coordinator(ctx, house, "Olga Ny")
    with pytest.raises(MentorshipRefused, match="at most 1 per mentor"):
        svc.start_mentorship(house.berit, olga)
    assert svc.suggest_mentors(olga) == []


def test_a_leader_may_approve_an_unqualified_mentor_and_the_reason_is_kept(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    nils = _new_coordinator(ctx, house)
    reason = "Hilde har tjue års erfaring fra ansvarsgrupper."
    outcome = svc.start_mentorship(house.hilde, nils, approval_reason=reason)
    [info] = outcome.findings
    assert info.code == MentoringCheck.MENTOR_APPROVED
    [row] = svc.mentorships(nils)
    assert (row.mentorship.approval_reason, row.mentorship.approved_by) == (reason, "Kari Leder")
    [event] = ctx.store.query("SELECT summary FROM audit_event WHERE action = 'override'")
    assert event["summary"].endswith(f"Reason: {reason}")
    coordinator = MentoringService(
        ServiceContext(ctx.store, Actor("Cora", AccountRole.COORDINATOR), today=ctx.today)
    )
    with pytest.raises(PermissionDenied):
        coordinator.start_mentorship(house.hilde, house.ola, approval_reason=reason)


def test_guidance_sessions_are_logged_with_length_topics_and_notes(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    nils = _new_coordinator(ctx, house)
    m = svc.start_mentorship(house.berit, nils, start=TODAY - timedelta(days=30)).row_id or ""
    svc.record_session(m, TODAY - timedelta(days=20), 45, "Samtykke", "Gikk gjennom skjema.")
    svc.record_session(m, TODAY - timedelta(days=5), 60, "Møteledelse")
    with pytest.raises(InvalidInput, match="once it has taken place"):
        svc.record_session(m, TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="cannot be before that"):
        svc.record_session(m, TODAY - timedelta(days=40))
    with pytest.raises(InvalidInput, match="between 1 and 600 minutes"):
        svc.record_session(m, TODAY, 0)
    assert [s.topics for s in svc.sessions(m)] == ["Møteledelse", "Samtykke"]
    row = svc.mentorship(m)
    assert (row.sessions, row.minutes, row.last_session) == (2, 105, TODAY - timedelta(days=5))
    svc.end_mentorship(m)
    assert svc.mentorships(nils, include_ended=False) == []
    # Ended today: a new mentor may start tomorrow.
    assert svc.check_mentorship(house.berit, nils, start=TODAY + timedelta(days=1)) == []


def test_a_coordinator_network_has_members_meetings_and_attendance(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    nils = _new_coordinator(ctx, house)
    network = svc.create_network("Koordinatornettverket", house.unit).row_id or ""
    svc.add_network_member(network, house.berit)
    svc.add_network_member(network, nils)
    assert svc.add_network_member(network, nils).changes == []
    past = svc.schedule_network_meeting(network, TODAY - timedelta(days=7), "Samtykke").row_id
    coming = svc.schedule_network_meeting(network, TODAY + timedelta(days=21), "Møteledelse")
    svc.set_attendance(past or "", house.berit, True)
    svc.set_attendance(past or "", nils, False)
    with pytest.raises(InvalidInput, match="on or after the day of the meeting"):
        svc.set_attendance(coming.row_id or "", nils, True)
    detail = svc.network(network)
    assert [s.name for _, s in detail.members] == ["Berit Sykepleier", "Nils Ny"]
    assert [m.topic for m in detail.meetings] == ["Møteledelse", "Samtykke"]
    assert detail.present[past or ""] == {house.berit}
    assert detail.rates == {house.berit: (1, 1), nils: (0, 1)}
    assert "Koordinatornettverket" in svc.overview()[-1].record.networks or any(
        "Koordinatornettverket" in r.record.networks for r in svc.overview()
    )


def test_the_overview_shows_conflicts_and_overdue_evaluations_and_exports(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse, tmp_path: Path
) -> None:
    plans = PlanService(ctx)
    plans.add_case_role(house.berit, house.resident, CaseRoleKind.ALLOCATES_BUDGET)
    plans.update_goal(house.goal_1, evaluation_date=TODAY - timedelta(days=3))
    [berit] = [r for r in svc.overview() if r.staff.id == house.berit]
    assert berit.record.overdue_evaluations == 1
    assert {g.code for g in berit.gaps} == {
        MentoringCheck.ROLE_CONFLICT,
        MentoringCheck.OVERDUE_EVALUATIONS,
    }
    text = svc.overview_csv()
    [header, line] = list(csv.reader(io.StringIO(text)))
    assert header[:4] == ["Coordinator", "Unit", "Active", "Plans now"]
    assert line[:6] == ["Berit Sykepleier", "Solsikken bofellesskap", "yes", "1", "1", "2025-05-01"]
    assert "Role conflict: Berit Sykepleier decides or allocates the budget" in line[-1]
    out = svc.export_overview(
        tmp_path / "overview.csv",
        fmt="csv",
        translate=lambda text, *_: "nb" if text == "en" else text,
    )
    assert out.path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads æøå right
    # Norwegian Excel splits columns on semicolons (the comma is the decimal sign).
    in_excel = list(csv.reader(io.StringIO(out.path.read_text("utf-8-sig")), delimiter=";"))
    assert in_excel[1][:2] == ["Berit Sykepleier", "Solsikken bofellesskap"]
    pdf = svc.export_overview(tmp_path / "overview.pdf")
    reader = PdfReader(pdf.path)
    extracted = "\n".join(p.extract_text() for p in reader.pages)
    assert "Coordinator overview" in extracted and "Berit Sykepleier" in extracted
    assert "Gaps and notes, coordinator by coordinator" in extracted
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in metadata
    events = ctx.store.query("SELECT summary FROM audit_event WHERE action = 'export'")
    assert len(events) == 2


def test_only_those_who_manage_mentoring_see_the_overview(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    coordinator = MentoringService(
        ServiceContext(ctx.store, Actor("Cora", AccountRole.COORDINATOR), today=ctx.today)
    )
    with pytest.raises(PermissionDenied):
        coordinator.overview()
    assert coordinator.is_trained_coordinator(house.berit)


# -- every write goes through the one write path ---------------------------------------------


def _write_calls(svc: MentoringService, ctx: ServiceContext, h: PlanHouse) -> dict[str, Outcome]:
    nils = _new_coordinator(ctx, h)
    olga = _new_coordinator(ctx, h, "Olga Ny")
    m = svc.start_mentorship(h.berit, olga, start=TODAY - timedelta(days=10)).row_id or ""
    session = svc.record_session(m, TODAY - timedelta(days=2), 30).row_id or ""
    network = svc.create_network("Nettverk Nord").row_id or ""
    member = svc.add_network_member(network, olga).row_id or ""
    past = svc.schedule_network_meeting(network, TODAY - timedelta(days=1)).row_id or ""
    training = svc.record_training(h.ola, TODAY - timedelta(days=9)).row_id or ""
    calls = {
        "record_training": lambda: svc.record_training(h.hilde, date(2024, 2, 1), provider="USHT"),
        "remove_training": lambda: svc.remove_training(training),
        "start_mentorship": lambda: svc.start_mentorship(h.berit, nils, focus="Samtykke"),
        "update_mentorship": lambda: svc.update_mentorship(m, focus="Møteledelse"),
        "end_mentorship": lambda: svc.end_mentorship(m),
        "record_session": lambda: svc.record_session(m, TODAY, 60, "Plan", "Notat"),
        "update_session": lambda: svc.update_session(session, notes="Bra økt."),
        "remove_session": lambda: svc.remove_session(session),
        "set_max_mentees": lambda: svc.set_max_mentees(4),
        "create_network": lambda: svc.create_network("Nettverk Sør", h.unit),
        "update_network": lambda: svc.update_network(network, description="Hver måned."),
        "add_network_member": lambda: svc.add_network_member(network, nils),
        "remove_network_member": lambda: svc.remove_network_member(member),
        "schedule_network_meeting": lambda: svc.schedule_network_meeting(
            network, TODAY + timedelta(days=30), "Samtykke"
        ),
        "update_network_meeting": lambda: svc.update_network_meeting(past, topic="Roller"),
        "set_attendance": lambda: svc.set_attendance(past, nils, True),
        "cancel_network_meeting": lambda: svc.cancel_network_meeting(past),
        "remove_network": lambda: svc.remove_network(network),
    }
    return {name: call() for name, call in calls.items()}


def test_every_writing_service_leaves_change_log_and_audit_rows(
    ctx: ServiceContext, svc: MentoringService, house: PlanHouse
) -> None:
    writers = {
        name
        for name, fn in inspect.getmembers(MentoringService, inspect.isfunction)
        if not name.startswith("_")
        and inspect.signature(fn).return_annotation in (Outcome, "Outcome")
    }
    outcomes = _write_calls(svc, ctx, house)
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
