"""Undo and redo are checked like the write they replay (issue 9, row 10): the same permission,
the same unit, approved versions kept, and never over someone else's newer edit. The change list
comes from the caller, so these tests forge it the way a person with the file and Python could."""

from __future__ import annotations

from datetime import date

import pytest
from tests.plan_support import GOAL_1, PlanHouse, build_plan_house

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamService
from teamdesk.services.undo import UndoConflict, UndoMismatch, reapply, revert
from teamdesk.store.store import RowChange


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def _as(
    ctx: ServiceContext,
    name: str,
    role: AccountRole,
    *,
    unit_id: str | None = None,
    staff_id: str | None = None,
) -> ServiceContext:
    actor = Actor(name, role, unit_id=unit_id, staff_id=staff_id)
    return ServiceContext(ctx.store, actor, today=ctx.today)


def _plan_row(ctx: ServiceContext, plan_id: str) -> dict[str, object]:
    row = ctx.store.get("plan", plan_id)
    assert row is not None
    return dict(row)


def _changes_since(ctx: ServiceContext, seq: int) -> int:
    row = ctx.store.query_one("SELECT COUNT(*) AS n FROM change WHERE seq > ?", (seq,))
    return int(row["n"]) if row else 0


def _last_seq(ctx: ServiceContext) -> int:
    row = ctx.store.query_one("SELECT COALESCE(MAX(seq), 0) AS n FROM change")
    return int(row["n"]) if row else 0


@pytest.mark.parametrize("step", [revert, reapply])
def test_staff_cannot_write_plan_text_through_a_forged_undo_or_redo(
    ctx: ServiceContext, house: PlanHouse, step: object
) -> None:
    staff = _as(ctx, "Sara Staff", AccountRole.STAFF, unit_id=house.unit)
    needs = _plan_row(ctx, house.plan)["needs"]
    forged = RowChange(
        "plan", house.plan, {"needs": "Skrevet av noen"}, {"needs": "Skrevet av noen"}
    )
    forged_the_other_way = RowChange("plan", house.plan, {"needs": needs}, {"needs": "Forfalsket"})
    seq = _last_seq(ctx)
    with pytest.raises(PermissionDenied, match="Sara Staff"):
        step(staff, [forged if step is revert else forged_the_other_way])  # type: ignore[operator]
    assert _plan_row(ctx, house.plan)["needs"] == needs
    assert _changes_since(ctx, seq) == 0


def test_staff_cannot_remove_an_approved_version_through_a_forged_undo(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    approval = svc.approve_version(house.plan)
    [version_step] = [c for c in approval.changes if c.table == "plan_version"]
    staff = _as(ctx, "Sara Staff", AccountRole.STAFF, unit_id=house.unit)
    with pytest.raises(PermissionDenied):
        revert(staff, [version_step])
    assert [v.number for v in svc.versions(house.plan)] == [1]


def test_an_older_approved_version_cannot_be_undone_nor_its_text_changed(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    first = svc.approve_version(house.plan)
    svc.update_goal(house.goal_1, text="Jeg vil gå lange turer med hunden.")
    svc.approve_version(house.plan)
    [version_1] = [c for c in first.changes if c.table == "plan_version"]
    with pytest.raises(PermissionDenied, match="Only the newest approval can be undone"):
        revert(ctx, [version_1])
    snapshot = version_1.after["snapshot"]
    rewrite = RowChange(
        "plan_version", version_1.row_id, {"snapshot": "{}"}, {"snapshot": snapshot}
    )
    with pytest.raises(PermissionDenied, match="approved plan version cannot be changed"):
        revert(ctx, [rewrite])
    assert [v.number for v in svc.versions(house.plan)] == [1, 2]
    assert svc.version_content(house.plan, 1).main_goals()[0].text == GOAL_1


def test_only_the_approver_withdraws_the_newest_approval_and_gives_it_again(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    approval = svc.approve_version(house.plan)
    other_leader = _as(ctx, "Per Leder", AccountRole.LEADER)
    with pytest.raises(PermissionDenied, match="by the person who approved it"):
        revert(other_leader, approval.changes)
    assert [v.number for v in svc.versions(house.plan)] == [1]
    revert(ctx, approval.changes)
    assert svc.versions(house.plan) == []
    reapply(ctx, approval.changes)
    assert [v.number for v in svc.versions(house.plan)] == [1]


def test_an_account_of_another_unit_cannot_reach_a_resident_or_a_plan_through_undo(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    team = TeamService(ctx)
    other_unit = team.create_unit("Havblikk").row_id
    outsider = _as(ctx, "Ute Leder", AccountRole.LEADER, unit_id=other_unit)
    room_change = team.update_resident(house.resident, room="102")
    goal_change = PlanService(ctx).update_goal(house.goal_1, text="Ny tekst")
    own = team.create_resident("Ola Havblikk", unit_id=other_unit).row_id or ""
    seq = _last_seq(ctx)
    for outcome in (room_change, goal_change):
        with pytest.raises(PermissionDenied, match="works in another unit"):
            revert(outsider, outcome.changes)
    assert team.resident(house.resident).room == "102"
    # Nor move a row of their own unit into another one by a forged redo.
    move = RowChange("resident", own, {"unit_id": other_unit}, {"unit_id": house.unit})
    with pytest.raises(PermissionDenied, match="works in another unit"):
        reapply(outsider, [move])
    assert _changes_since(ctx, seq) == 0


def test_undo_after_someone_elses_newer_edit_is_refused_and_changes_nothing(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    goal = svc.update_goal(house.goal_2, text="Jeg vil jobbe på kafeen tre dager.")
    mine = svc.update_plan(house.plan, needs="Hjelp til å handle.", resources="Sterk vilje.")
    PlanService(_as(ctx, "Per Leder", AccountRole.LEADER)).update_plan(
        house.plan, needs="Hjelp til å handle og lage mat."
    )
    seq = _last_seq(ctx)
    # The goal's undo comes first (newest first), then the plan's fails: all or nothing.
    with pytest.raises(UndoConflict, match="Per Leder has changed this since, so undoing"):
        revert(ctx, [*mine.changes, *goal.changes])
    row = _plan_row(ctx, house.plan)
    assert (row["needs"], row["resources"]) == ("Hjelp til å handle og lage mat.", "Sterk vilje.")
    assert svc.content(house.plan).main_goals()[1].text == "Jeg vil jobbe på kafeen tre dager."
    assert _changes_since(ctx, seq) == 0


def test_redo_after_someone_elses_newer_edit_is_refused(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    mine = svc.update_plan(house.plan, needs="Hjelp til å handle.")
    revert(ctx, mine.changes)
    before = _plan_row(ctx, house.plan)["needs"]
    PlanService(_as(ctx, "Per Leder", AccountRole.LEADER)).update_plan(
        house.plan, needs="Per sitt forslag."
    )
    with pytest.raises(UndoConflict, match="Per Leder has changed this since, so redoing"):
        reapply(ctx, mine.changes)
    assert _plan_row(ctx, house.plan)["needs"] == "Per sitt forslag."
    assert before != "Per sitt forslag."


def test_undo_of_a_removed_goal_someone_else_edited_meanwhile_is_refused(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    added = svc.add_goal(house.plan, "Jeg vil lære å sykle.")
    goal_id = added.row_id or ""
    PlanService(_as(ctx, "Per Leder", AccountRole.LEADER)).update_goal(
        goal_id, text="Jeg vil lære å sykle til butikken."
    )
    with pytest.raises(UndoConflict, match="Per Leder"):
        revert(ctx, added.changes)
    texts = [g.text for g in svc.content(house.plan).goals]
    assert "Jeg vil lære å sykle til butikken." in texts


def test_a_made_up_earlier_value_is_refused(ctx: ServiceContext, house: PlanHouse) -> None:
    """A leader may write the plan, but not a value the plan never held, past the service's
    checks (here: a status only an approval gives)."""
    row = _plan_row(ctx, house.plan)
    forged = RowChange("plan", house.plan, {"status": "active"}, {"status": row["status"]})
    with pytest.raises(UndoMismatch, match="does not match what was saved"):
        revert(ctx, [forged])
    text = RowChange("plan", house.plan, {"needs": "Oppdiktet"}, {"needs": row["needs"]})
    with pytest.raises(UndoMismatch):
        revert(ctx, [text])
    assert _plan_row(ctx, house.plan) == row


def test_a_coordinator_undoes_and_redoes_their_own_edits_of_the_plan_they_coordinate(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    berit = _as(ctx, "Berit Sykepleier", AccountRole.COORDINATOR, staff_id=house.berit)
    mine = PlanService(berit)
    before = mine.content(house.plan)
    outcome = mine.add_measure(house.plan, "Svømming", extent="Ukentlig", goal_id=house.goal_2)
    edit = mine.update_plan(house.plan, period_to=date(2028, 6, 30))
    revert(berit, edit.changes)
    revert(berit, outcome.changes)
    assert mine.content(house.plan) == before
    reapply(berit, outcome.changes)
    reapply(berit, edit.changes)
    content = mine.content(house.plan)
    assert "Svømming" in [m.what for m in content.measures]
    assert content.plan.period_to == date(2028, 6, 30)
    # Another coordinator of the unit reads the plan but cannot undo its edits.
    hilde = _as(ctx, "Hilde Helsefag", AccountRole.COORDINATOR, staff_id=house.hilde)
    with pytest.raises(PermissionDenied, match="Only the plan's coordinator"):
        revert(hilde, edit.changes)
    assert PlanService(hilde).content(house.plan).plan.period_to == date(2028, 6, 30)


def test_undo_takes_back_only_ones_own_writes_not_a_colleagues(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    """A leader may edit residents, but there is no service that deletes one: a forged undo of
    a colleague's "create" (with the very values it was created with) deletes nothing, and a
    colleague's latest edit is not undone under one's own name."""
    team = TeamService(ctx)
    created = team.create_resident("Nina Nyinnflyttet", unit_id=house.unit, room="7")
    edited = team.update_resident(house.resident, room="103")
    colleague = _as(ctx, "Per Leder", AccountRole.LEADER, unit_id=house.unit)
    seq = _last_seq(ctx)
    for outcome in (created, edited):
        with pytest.raises(UndoConflict, match="Kari Leder has changed this since"):
            revert(colleague, outcome.changes)
    assert team.resident(created.row_id or "").name == "Nina Nyinnflyttet"
    assert team.resident(house.resident).room == "103"
    assert _changes_since(ctx, seq) == 0
    revert(ctx, edited.changes)
    revert(ctx, created.changes)
    assert team.resident(house.resident).room == "101"
