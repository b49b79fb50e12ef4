"""A coordinator's own work (issue 10, row 8): what is due in the plans they coordinate and the
decisions that name them, read from their staff record; and which residents are theirs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.plan_support import PlanHouse, build_plan_house
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.my_plans import MyPlansService, MyWorkKind
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamService


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def _as(ctx: ServiceContext, staff_id: str | None, unit: str | None = None) -> MyPlansService:
    actor = Actor("Berit Sykepleier", AccountRole.COORDINATOR, "acc", staff_id, unit)
    return MyPlansService(ServiceContext(ctx.store, actor, ctx.today))


def test_my_plans_gathers_evaluations_consents_the_next_meeting_and_my_decisions(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    plans = PlanService(ctx)
    plans.update_plan(house.plan, evaluation_date=TODAY - timedelta(days=2))
    plans.update_goal(house.goal_1, evaluation_date=TODAY + timedelta(days=10))
    plans.update_goal(house.goal_2, evaluation_date=TODAY + timedelta(days=200))  # not yet
    plans.update_participant(house.nav, share_consent_expires=TODAY + timedelta(days=5))
    meetings = MeetingService(ctx)
    later = meetings.prepare_meeting(house.plan, day=TODAY + timedelta(days=40)).row_id or ""
    sooner = meetings.prepare_meeting(house.plan, day=TODAY + timedelta(days=12)).row_id or ""
    held = meetings.prepare_meeting(house.plan, day=TODAY - timedelta(days=10)).row_id or ""
    meetings.record_decision(
        held, "Søke om TT-kort", TODAY - timedelta(days=1), responsible_staff_id=house.berit
    )
    meetings.record_decision(
        held, "Ringe fastlegen", TODAY + timedelta(days=3), responsible_staff_id=house.hilde
    )
    # Another coordinator's plan is not Berit's.
    team = TeamService(ctx)
    other = team.create_resident("Ola Nordmann", unit_id=house.unit).row_id or ""
    other_plan = plans.create_plan(other).row_id or ""
    plans.assign_coordinator(other_plan, house.hilde)
    plans.update_plan(other_plan, evaluation_date=TODAY - timedelta(days=30))

    mine = _as(ctx, house.berit).my_plans()
    assert mine.linked and mine.plans == 1
    overdue = [i for i in mine.items if i.overdue]
    assert {i.kind for i in overdue} == {MyWorkKind.DECISION, MyWorkKind.EVALUATION}
    assert mine.items[: len(overdue)] == overdue  # overdue first
    rest = mine.items[len(overdue) :]
    assert [i.day for i in rest] == sorted(i.day for i in rest)
    assert {(i.kind, i.day) for i in rest} == {
        (MyWorkKind.CONSENT, TODAY + timedelta(days=5)),
        (MyWorkKind.EVALUATION, TODAY + timedelta(days=10)),
        (MyWorkKind.MEETING, TODAY + timedelta(days=12)),
    }
    texts = [i.what.render() for i in mine.items]
    assert "Decision you are responsible for: «Søke om TT-kort», due 2026-11-24." in texts
    assert "Consent to share information with Nora Lie expires 2026-11-30." in texts
    [meeting] = [i for i in mine.items if i.kind is MyWorkKind.MEETING]
    assert meeting.meeting_id == sooner and meeting.meeting_id != later  # the next one only
    assert all(i.resident_id == house.resident for i in mine.items)
    assert "Ringe fastlegen" not in " ".join(texts)  # Hilde's decision, not Berit's


def test_a_plan_without_consent_asks_for_it_and_an_expired_consent_says_so(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    plans = PlanService(ctx)
    plans.withdraw_consent(house.plan)
    plans.update_participant(house.nav, share_consent_expires=TODAY - timedelta(days=1))
    texts = [i.what.render() for i in _as(ctx, house.berit).my_plans().items]
    assert "No consent to the plan recorded yet. Ask Per Åsmund Hansen and record it." in texts
    assert any(t.startswith("Consent to share information with Nora Lie expired") for t in texts)


def test_nothing_is_mine_without_a_staff_record_or_outside_my_unit(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    assert not _as(ctx, None).my_plans().linked
    assert _as(ctx, None).my_resident_ids() == set()
    other_unit = TeamService(ctx).create_unit("Lindealléen").row_id or ""
    elsewhere = _as(ctx, house.berit, other_unit)
    assert elsewhere.my_plans().items == [] and elsewhere.my_plans().plans == 0


def test_my_residents_are_those_whose_plan_i_coordinate_or_i_have_a_role_for(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    team = TeamService(ctx)
    mine = team.create_resident("Kari Nordmann", unit_id=house.unit).row_id or ""
    ended = team.create_resident("Lise Nordmann", unit_id=house.unit).row_id or ""
    team.create_resident("Nils Nordmann", unit_id=house.unit)
    team.assign(mine, house.berit, Role.SECONDARY)
    old = team.assign(ended, house.berit, Role.MEMBER, date(2025, 1, 1)).row_id or ""
    team.end_assignment(old, TODAY - timedelta(days=1))
    assert _as(ctx, house.berit).my_resident_ids() == {house.resident, mine}
    # Hilde is responsible for a measure in Per's plan: that alone is no role for him.
    assert _as(ctx, house.hilde).my_resident_ids() == set()
