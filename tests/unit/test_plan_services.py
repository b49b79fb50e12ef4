"""Plan services as a coordinator and a leader use them: build, check, approve, revise."""

from __future__ import annotations

import inspect
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.plan_support import GOAL_1, PlanHouse, build_plan_house
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.plan import CaseRoleKind, ParticipantKind, PlanStatus
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.domain.plan_rules import CoordinatorCheck
from teamdesk.services.context import NotFound, PermissionDenied, ServiceContext
from teamdesk.services.plan import (
    AmbiguousResident,
    ApprovalRefused,
    CoordinatorRefused,
    PlanEnded,
    PlanService,
)
from teamdesk.services.team import InvalidInput, Outcome, TeamService
from teamdesk.services.undo import reapply, revert


@pytest.fixture
def svc(ctx: ServiceContext) -> PlanService:
    return PlanService(ctx)


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def _as(
    ctx: ServiceContext,
    role: AccountRole,
    name: str = "Cora Koordinator",
    staff_id: str | None = None,
) -> PlanService:
    return PlanService(
        ServiceContext(ctx.store, Actor(name, role, staff_id=staff_id), today=ctx.today)
    )


def test_a_coordinator_builds_a_complete_plan_and_approves_it(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    # Berit coordinates the plan.
    coordinator = _as(ctx, AccountRole.COORDINATOR, staff_id=house.berit)
    assert coordinator.completeness(house.plan).complete
    coordinator.approve_version(house.plan)
    page = coordinator.page(house.plan)
    assert page.plan.status is PlanStatus.ACTIVE
    [version] = page.versions
    assert (version.number, version.approved_by, version.approved_on) == (
        1,
        "Cora Koordinator",
        TODAY,
    )
    assert page.is_approved_as_is
    frozen = coordinator.version_content(house.plan, 1)
    assert frozen.main_goals()[0].text == GOAL_1
    assert frozen.coordinator_name == "Berit Sykepleier"


def test_approval_without_consent_is_refused_with_what_is_missing(
    svc: PlanService, house: PlanHouse
) -> None:
    svc.withdraw_consent(house.plan)
    with pytest.raises(ApprovalRefused) as refused:
        svc.approve_version(house.plan)
    assert [f.code for f in refused.value.missing] == ["h.no_consent"]
    assert "consent to the plan is not recorded" in str(refused.value)
    assert svc.versions(house.plan) == []


def test_later_edits_form_the_next_draft_and_show_what_changed(
    svc: PlanService, house: PlanHouse
) -> None:
    svc.approve_version(house.plan)
    svc.update_goal(house.goal_1, text="Jeg vil gå lange turer med hunden.")
    svc.update_plan(house.plan, period_to=date(2028, 6, 30))
    page = svc.page(house.plan)
    assert not page.is_approved_as_is
    texts = [m.render() for m in page.unapproved_changes]
    assert "Plan period to changed from 2027-12-31 to 2028-06-30." in texts
    assert any(t.startswith("Goal reworded: «Jeg vil gå tur") for t in texts)
    # Version 1 stays exactly as approved.
    assert svc.version_content(house.plan, 1).main_goals()[0].text == GOAL_1
    svc.approve_version(house.plan)
    assert [v.number for v in svc.versions(house.plan)] == [1, 2]
    assert "Plan period to changed from 2027-12-31 to 2028-06-30." in [
        m.render() for m in svc.changes(house.plan, 2)
    ]


def danish(text: str, n: int = -1, /) -> str:
    """Danish as far as dates go: "{day}.{month}.{year}" (the rest stays English)."""
    return "{day}.{month}.{year}" if text == "{year}-{month}-{day}" else text


def test_the_change_list_writes_its_dates_in_the_reader_s_language(
    svc: PlanService, house: PlanHouse
) -> None:
    svc.approve_version(house.plan)
    svc.update_plan(house.plan, period_to=date(2028, 6, 30))
    svc.update_goal(house.goal_1, evaluation_date=date(2027, 9, 15))
    texts = [m.in_language(danish) for m in svc.page(house.plan).unapproved_changes]
    assert "Plan period to changed from 31.12.2027 to 30.06.2028." in texts
    assert any("moved from 01.03.2027 to 15.09.2027" in t for t in texts), texts
    svc.approve_version(house.plan)
    in_version_2 = [m.in_language(danish) for m in svc.changes(house.plan, 2)]
    assert "Plan period to changed from 31.12.2027 to 30.06.2028." in in_version_2
    assert not [t for t in in_version_2 if re.search(r"\d{4}-\d{2}-\d{2}", t)]


def test_approving_an_unchanged_plan_again_is_refused(svc: PlanService, house: PlanHouse) -> None:
    svc.approve_version(house.plan)
    with pytest.raises(InvalidInput, match="Nothing has changed since version 1"):
        svc.approve_version(house.plan)


def test_an_approved_version_cannot_be_changed_even_by_the_write_path(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    version_id = svc.approve_version(house.plan).row_id or ""
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        ctx.store.update("plan_version", version_id, {"snapshot": "{}"}, actor="someone")


def test_undoing_an_approval_keeps_the_number_from_being_reused(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    approval = svc.approve_version(house.plan)
    revert(ctx, approval.changes)
    assert svc.versions(house.plan) == []
    assert svc.plan(house.plan).status is PlanStatus.DRAFT
    svc.approve_version(house.plan)
    assert [v.number for v in svc.versions(house.plan)] == [2]


def test_a_role_conflict_blocks_the_coordinator_with_a_reason_and_a_remedy(
    svc: PlanService, house: PlanHouse
) -> None:
    svc.add_case_role(
        house.hilde,
        house.resident,
        CaseRoleKind.ALLOCATES_SERVICES,
        note="Saksbehandler i tildelingskontoret",
    )
    with pytest.raises(CoordinatorRefused) as refused:
        svc.assign_coordinator(house.plan, house.hilde)
    assert refused.value.can_override
    assert "Hilde Helsefag decides or allocates services for Per Åsmund Hansen" in str(
        refused.value
    )
    assert "Let another staff member coordinate, or split the roles" in str(refused.value)
    assert svc.plan(house.plan).coordinator_id == house.berit


def test_a_leader_overrides_a_role_conflict_with_a_reason_kept_in_the_audit_log(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    svc.add_case_role(house.hilde, house.resident, CaseRoleKind.SUPERVISORY)
    coordinator = _as(ctx, AccountRole.COORDINATOR, staff_id=house.berit)
    with pytest.raises(CoordinatorRefused) as refused:
        coordinator.assign_coordinator(house.plan, house.hilde)
    assert not refused.value.can_override
    with pytest.raises(PermissionDenied):
        coordinator.assign_coordinator(house.plan, house.hilde, override_reason="Ingen andre")
    reason = "Eneste ansatte Per kjenner; tilsynsrollen flyttes innen januar."
    outcome = svc.assign_coordinator(house.plan, house.hilde, override_reason=reason)
    assert svc.plan(house.plan).coordinator_override_reason == reason
    [event] = ctx.store.query(
        "SELECT actor, summary FROM audit_event WHERE action = 'override' AND row_id = ?",
        (house.plan,),
    )
    assert event["actor"] == "Kari Leder" and reason in event["summary"]
    assert {f.code for f in outcome.findings} == {CoordinatorCheck.UNTRAINED}


def test_inactive_staff_cannot_coordinate_even_with_an_override(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    TeamService(ctx).update_staff(house.ola, active=False)
    with pytest.raises(CoordinatorRefused, match="no longer active") as refused:
        svc.assign_coordinator(house.plan, house.ola, override_reason="Vil likevel")
    assert not refused.value.can_override


def test_untrained_and_overloaded_coordinators_are_warned_but_assigned(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    svc.set_max_plans_per_coordinator(1)
    team = TeamService(ctx)
    other = team.create_resident("Kari Nordmann", unit_id=house.unit).row_id or ""
    other_plan = svc.create_plan(other).row_id or ""
    svc.assign_coordinator(other_plan, house.ola)
    outcome = svc.assign_coordinator(house.plan, house.ola)
    assert {f.code for f in outcome.findings} == {
        CoordinatorCheck.UNTRAINED,
        CoordinatorCheck.WORKLOAD,
    }
    assert svc.plan(house.plan).coordinator_id == house.ola
    candidates = {c.staff.name: c for c in svc.coordinator_candidates(house.plan)}
    assert not candidates["Berit Sykepleier"].findings
    assert not candidates["Ola Ødegård"].blocked


def test_one_living_plan_per_resident(svc: PlanService, house: PlanHouse) -> None:
    with pytest.raises(InvalidInput, match="already has an individual plan"):
        svc.create_plan(house.resident)
    svc.set_status(house.plan, PlanStatus.ENDED)
    with pytest.raises(PlanEnded):
        svc.add_goal(house.plan, "Nytt mål")
    assert svc.plan_of_resident(house.resident).id == house.plan  # type: ignore[union-attr]
    new_plan = svc.create_plan(house.resident).row_id
    assert svc.plan_of_resident(house.resident).id == new_plan  # type: ignore[union-attr]


def test_bad_input_is_refused_with_a_sentence(svc: PlanService, house: PlanHouse) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        svc.add_goal(house.plan, "  ")
    with pytest.raises(InvalidInput, match="cannot end"):
        svc.update_plan(house.plan, period_to=date(2025, 1, 1))
    with pytest.raises(InvalidInput, match="future"):
        svc.record_consent(house.plan, TODAY + timedelta(days=1), "Muntlig")
    with pytest.raises(InvalidInput, match="expire"):
        svc.update_participant(house.nav, share_consent_expires=date(2025, 1, 1))
    with pytest.raises(InvalidInput, match="becomes active when a version is approved"):
        svc.set_status(house.plan, PlanStatus.ACTIVE)
    with pytest.raises(InvalidInput, match="sub-goal belongs under a main goal"):
        sub = svc.add_goal(house.plan, "Del", parent_id=house.goal_1).row_id
        svc.add_goal(house.plan, "Del av del", parent_id=sub)


def test_choosing_a_responsible_participant_clears_the_responsible_staff_member(
    svc: PlanService, house: PlanHouse
) -> None:
    svc.update_measure(house.measure_1, responsible_participant_id=house.mother)
    [measure] = [m for m in svc.content(house.plan).measures if m.id == house.measure_1]
    assert (measure.responsible_staff_id, measure.responsible_participant_id) == (
        None,
        house.mother,
    )


def test_removing_a_goal_takes_its_sub_goals_and_undo_brings_them_back(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    removed = svc.remove_goal(house.goal_1)
    content = svc.content(house.plan)
    assert [g.id for g in content.goals] == [house.goal_2]
    assert "e.no_goal" in {f.code for f in svc.completeness(house.plan).findings}
    revert(ctx, removed.changes)
    assert len(svc.content(house.plan).goals) == 3
    reapply(ctx, removed.changes)
    assert len(svc.content(house.plan).goals) == 1


def test_due_for_evaluation_lists_overdue_first_across_residents(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    other = TeamService(ctx).create_resident("Anna Berg").row_id or ""
    other_plan = svc.create_plan(other).row_id or ""
    svc.update_plan(other_plan, evaluation_date=TODAY + timedelta(days=20))
    svc.update_goal(house.goal_2, evaluation_date=TODAY - timedelta(days=10))
    svc.update_plan(house.plan, evaluation_date=TODAY + timedelta(days=45))
    due = svc.due_for_evaluation()
    assert [(d.resident_name, d.goal_id, d.due) for d in due] == [
        ("Per Åsmund Hansen", house.goal_2, TODAY - timedelta(days=10)),
        ("Anna Berg", None, TODAY + timedelta(days=20)),
    ]
    assert due[0].is_overdue(TODAY) and due[0].coordinator_name == "Berit Sykepleier"


def test_find_resident_by_id_name_or_unique_part_and_refuse_the_ambiguous(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    TeamService(ctx).create_resident("Per Olsen")
    assert svc.find_resident(house.resident).name == "Per Åsmund Hansen"
    assert svc.find_resident("per åsmund hansen").id == house.resident
    assert svc.find_resident("Åsmund").id == house.resident
    with pytest.raises(AmbiguousResident, match="2 residents match «Per»") as many:
        svc.find_resident("Per")
    assert len(many.value.candidates) == 2
    with pytest.raises(NotFound, match="No resident is called"):
        svc.find_resident("Ingen Her")


def test_a_read_only_account_reads_plans_but_cannot_change_or_export_them(
    ctx: ServiceContext, house: PlanHouse, tmp_path: Path
) -> None:
    reader = _as(ctx, AccountRole.READ_ONLY, "Les Kun")
    assert reader.content(house.plan).coordinator_name == "Berit Sykepleier"
    with pytest.raises(PermissionDenied):
        reader.add_goal(house.plan, "Et mål")
    with pytest.raises(PermissionDenied):
        reader.export_pdf(house.plan, tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()
    staff = _as(ctx, AccountRole.STAFF, "Stian Stab")
    with pytest.raises(PermissionDenied):
        staff.approve_version(house.plan)


def test_every_export_is_an_audit_event(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    svc.approve_version(house.plan)
    full = svc.export_pdf(house.plan, tmp_path / "plan.pdf")
    mine = svc.export_pdf(house.plan, tmp_path / "my-plan.pdf", summary=True)
    assert (full.version, mine.pages, mine.summary) == (1, 1, True)
    events = ctx.store.query(
        "SELECT actor, summary FROM audit_event WHERE action = 'export' AND row_id = ? "
        "ORDER BY seq",
        (house.plan,),
    )
    assert [e["summary"] for e in events] == [
        "exported plan (version 1) of Per Åsmund Hansen to plan.pdf",
        "exported summary (version 1) of Per Åsmund Hansen to my-plan.pdf",
    ]
    assert {e["actor"] for e in events} == {"Kari Leder"}


def test_a_failed_export_writes_no_file_and_no_audit_event(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    with pytest.raises(OSError):
        svc.export_pdf(house.plan, blocked / "plan.pdf")
    assert ctx.store.query("SELECT 1 FROM audit_event WHERE action = 'export'") == []


# -- every write goes through the one write path --------------------------------------------


def _write_calls(svc: PlanService, ctx: ServiceContext, h: PlanHouse) -> dict[str, Outcome]:
    """One realistic call of every PlanService method that writes."""
    other = TeamService(ctx).create_resident("Kari Nordmann").row_id or ""
    calls = {
        "create_plan": lambda: svc.create_plan(other),
        "update_plan": lambda: svc.update_plan(h.plan, needs="Hjelp til innkjøp."),
        "assign_coordinator": lambda: svc.assign_coordinator(h.plan, h.hilde),
        "clear_coordinator": lambda: svc.clear_coordinator(h.plan),
        "record_consent": lambda: svc.record_consent(h.plan, TODAY, "Skriftlig"),
        "withdraw_consent": lambda: svc.withdraw_consent(h.plan),
        "add_goal": lambda: svc.add_goal(h.plan, "Lære å sykle"),
        "update_goal": lambda: svc.update_goal(h.goal_2, evaluation_date=TODAY),
        "remove_goal": lambda: svc.remove_goal(svc.add_goal(h.plan, "Borte").row_id or ""),
        "move_goal": lambda: svc.move_goal(h.goal_2, -1),
        "add_participant": lambda: svc.add_participant(
            h.plan, ParticipantKind.SERVICE, "Dr. Moen", organisation="Fastlege"
        ),
        "update_participant": lambda: svc.update_participant(h.nav, contact="22 22 22 22"),
        "remove_participant": lambda: svc.remove_participant(h.mother),
        "add_measure": lambda: svc.add_measure(h.plan, "Sykkeltur", extent="Ukentlig"),
        "update_measure": lambda: svc.update_measure(h.measure_1, how="Sammen med Hilde."),
        "remove_measure": lambda: svc.remove_measure(svc.add_measure(h.plan, "Borte").row_id or ""),
        "move_measure": lambda: svc.move_measure(
            svc.add_measure(h.plan, "Handle sammen", goal_id=h.goal_1).row_id or "", -1
        ),
        "approve_version": lambda: svc.approve_version(h.plan),
        "set_status": lambda: svc.set_status(h.plan, PlanStatus.UNDER_REVISION),
        "add_case_role": lambda: svc.add_case_role(
            h.ola, h.resident, CaseRoleKind.ALLOCATES_BUDGET
        ),
        "end_case_role": lambda: svc.end_case_role(
            svc.add_case_role(h.ola, other, CaseRoleKind.SUPERVISORY).row_id or ""
        ),
        "record_training": lambda: svc.record_training(h.hilde, TODAY),
        "set_max_plans_per_coordinator": lambda: svc.set_max_plans_per_coordinator(3),
        "set_plan_profile": lambda: svc.set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN),
        # The joined plan is the Danish profile's: after the profile is set.
        "set_joined_plan": lambda: svc.set_joined_plan(h.plan, True),
        "record_joined_consent": lambda: svc.record_joined_consent(h.plan, TODAY),
        "withdraw_joined_consent": lambda: svc.withdraw_joined_consent(h.plan),
        "set_review_cadence": lambda: svc.set_review_cadence(2, 6),
    }
    order = ["approve_version"] + [k for k in calls if k != "approve_version"]
    return {name: calls[name]() for name in order}


def test_every_writing_service_leaves_change_log_and_audit_rows(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    writers = {
        name
        for name, fn in inspect.getmembers(PlanService, inspect.isfunction)
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


def test_every_write_is_undone_and_redone_whole(
    ctx: ServiceContext, svc: PlanService, house: PlanHouse
) -> None:
    before = svc.content(house.plan)
    outcome = svc.add_measure(house.plan, "Svømming", extent="Ukentlig", goal_id=house.goal_2)
    revert(ctx, outcome.changes)
    assert svc.content(house.plan) == before
    reapply(ctx, outcome.changes)
    assert "Svømming" in [m.what for m in svc.content(house.plan).measures]


def test_staff_of_another_unit_neither_see_nor_change_the_plan(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    other_unit = TeamService(ctx).create_unit("Havblikk").row_id
    outsider = PlanService(
        ServiceContext(
            ctx.store,
            Actor("Ute Annen", AccountRole.COORDINATOR, unit_id=other_unit),
            today=ctx.today,
        )
    )
    with pytest.raises(PermissionDenied, match="works in another unit"):
        outsider.content(house.plan)
    with pytest.raises(PermissionDenied):
        outsider.add_goal(house.plan, "Et mål")
    with pytest.raises(NotFound):
        outsider.find_resident("Per Åsmund Hansen")
    assert outsider.due_for_evaluation(within_days=400) == []


def test_a_coordinator_edits_the_plans_they_coordinate_and_only_reads_the_others(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    """Issue 9, row 15: a coordinator changes the plans they coordinate; the unit's other
    plans they read. Leaders start plans, appoint coordinators and edit every plan."""
    berit = _as(ctx, AccountRole.COORDINATOR, "Berit Sykepleier", staff_id=house.berit)
    hilde = _as(ctx, AccountRole.COORDINATOR, "Hilde Helsefag", staff_id=house.hilde)
    berit.update_goal(house.goal_1, text="Jeg vil gå tur med hunden to ganger om dagen.")
    assert hilde.content(house.plan).main_goals()[0].text.endswith("to ganger om dagen.")
    refusals = [
        lambda: hilde.update_plan(house.plan, needs="Noe annet"),
        lambda: hilde.add_goal(house.plan, "Et mål"),
        lambda: hilde.update_goal(house.goal_1, text="Et annet mål"),
        lambda: hilde.remove_measure(house.measure_1),
        lambda: hilde.set_status(house.plan, PlanStatus.UNDER_REVISION),
        lambda: hilde.assign_coordinator(house.plan, house.hilde),
        lambda: hilde.approve_version(house.plan),
    ]
    for refused in refusals:
        with pytest.raises(PermissionDenied, match=r"Only the plan's coordinator \(Berit"):
            refused()
    assert hilde.versions(house.plan) == []
    other = TeamService(ctx).create_resident("Ny Beboer", unit_id=house.unit).row_id or ""
    with pytest.raises(PermissionDenied, match="may not do this: start individual plans"):
        berit.create_plan(other)
    PlanService(ctx).create_plan(other)
    berit.approve_version(house.plan)
    assert [v.approved_by for v in berit.versions(house.plan)] == ["Berit Sykepleier"]
