"""Goals and measures are put in the order a coordinator wants (issue 10, row 6): Move up and
Move down, one write path with its permission check, audited, undoable; and the order is kept
as fractional keys, so two PCs that reorder one list at once keep both moves (issue 11)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plan_support import build_plan_house

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.ordering import first_keys, keys_for_move
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.services.undo import revert
from teamdesk.store import schema
from teamdesk.store.connection import configure_for_writing, connect
from teamdesk.store.keyring import new_database_key
from teamdesk.store.store import open_store


def _order(keys: dict[str, str]) -> list[str]:
    return [row_id for row_id, _ in sorted(keys.items(), key=lambda kv: (kv[1], kv[0]))]


@given(
    st.integers(min_value=2, max_value=9).flatmap(
        lambda n: st.tuples(
            st.lists(st.sampled_from(first_keys(3)), min_size=n, max_size=n),
            st.integers(0, n - 1),
            st.integers(0, n - 1),
        )
    )
)
def test_a_move_puts_the_row_where_it_was_moved_even_among_equal_keys(
    case: tuple[list[str], int, int],
) -> None:
    """Whatever the keys (equal ones too, as two PCs may write), the moved row lands at its
    new place and the others keep their order."""
    keys, index, to = case
    rows = {f"r{i}": key for i, key in enumerate(keys)}
    ordered = [(row_id, rows[row_id]) for row_id in _order(rows)]
    expected = [row_id for row_id, _ in ordered]
    moved = expected.pop(index)
    expected.insert(to, moved)
    rows.update(keys_for_move(ordered, index, to))
    assert _order(rows) == expected


def test_two_pcs_that_reorder_one_list_at_once_keep_both_moves() -> None:
    """PC 1 moves A to the end while PC 2 moves D to the top. Each writes only the row it
    moved, so the merged list has both moves (renumbering every row, one PC's numbers would
    overwrite the other's and one move would be lost)."""
    start = dict(zip("ABCD", first_keys(4), strict=True))
    ordered = sorted(start.items(), key=lambda kv: kv[1])
    pc1 = keys_for_move(ordered, 0, 3)
    pc2 = keys_for_move(ordered, 3, 0)
    assert set(pc1) == {"A"} and set(pc2) == {"D"}
    merged = {**start, **pc1, **pc2}
    assert _order(merged) == ["D", "B", "C", "A"]


@pytest.fixture
def plans(ctx: ServiceContext) -> PlanService:
    return PlanService(ctx)


def _goal_texts(plans: PlanService, plan_id: str) -> list[str]:
    return [g.text for g in plans.content(plan_id).main_goals()]


def test_a_coordinator_moves_a_goal_up_and_undo_puts_it_back(
    ctx: ServiceContext, plans: PlanService
) -> None:
    house = build_plan_house(ctx)
    plans.add_goal(house.plan, "Jeg vil bake boller.")
    before = _goal_texts(plans, house.plan)
    last = plans.content(house.plan).main_goals()[-1]
    outcome = plans.move_goal(last.id, -1)
    after = _goal_texts(plans, house.plan)
    assert after == [*before[:-2], before[-1], before[-2]]
    # One row written, and the audit log says what happened.
    assert {c.row_id for c in outcome.changes} == {last.id}
    event = ctx.store.query_one(
        "SELECT summary FROM audit_event WHERE row_id = ? ORDER BY seq DESC LIMIT 1", (last.id,)
    )
    assert event is not None and event["summary"] == "goal moved"
    revert(ctx, outcome.changes)
    assert _goal_texts(plans, house.plan) == before


def test_a_goal_already_at_the_top_is_not_moved_and_the_person_is_told(
    ctx: ServiceContext, plans: PlanService
) -> None:
    house = build_plan_house(ctx)
    first = plans.content(house.plan).main_goals()[0]
    with pytest.raises(InvalidInput) as refused:
        plans.move_goal(first.id, -1)
    assert refused.value.message.template == "This goal is already at the top."


def test_a_measure_moves_among_the_measures_of_its_goal(
    ctx: ServiceContext, plans: PlanService
) -> None:
    house = build_plan_house(ctx)
    goal = plans.content(house.plan).main_goals()[0]
    plans.add_measure(house.plan, "Handle sammen", goal_id=goal.id)
    content = plans.content(house.plan)
    siblings = content.sibling_measures(content.ordered_measures()[0].id)
    assert len(siblings) >= 2
    plans.move_measure(siblings[-1].id, -1)
    moved = plans.content(house.plan).sibling_measures(siblings[0].id)
    assert [m.id for m in moved] == [m.id for m in [*siblings[:-2], siblings[-1], siblings[-2]]]
    page = plans.page(house.plan)
    assert page.measure_moves(siblings[-1].id) == (len(siblings) > 2, True)


def test_someone_who_may_not_edit_the_plan_cannot_reorder_it(
    ctx: ServiceContext, plans: PlanService
) -> None:
    house = build_plan_house(ctx)
    goals = plans.content(house.plan).main_goals()
    staff = PlanService(
        ServiceContext(ctx.store, Actor("Siri Ansatt", AccountRole.STAFF), ctx.today)
    )
    with pytest.raises(PermissionDenied):
        staff.move_goal(goals[-1].id, -1)
    assert plans.content(house.plan).main_goals() == goals
    assert staff.page(house.plan).goal_moves(goals[-1].id) == (False, False)


def test_a_reorder_after_approval_is_a_change_to_approve(
    ctx: ServiceContext, plans: PlanService
) -> None:
    house = build_plan_house(ctx)
    plans.approve_version(house.plan)
    last = plans.content(house.plan).main_goals()[-1]
    plans.move_goal(last.id, -1)
    assert "Goals put in a new order." in [m.template for m in plans.changes(house.plan)]


def test_plans_made_before_keep_their_order_when_positions_become_keys(tmp_path: Path) -> None:
    """A database from before the change (numbered positions, 10 after 9) opens with every
    plan's goals, participants and measures in the order they had."""
    path = tmp_path / "old.sqlite3"
    key = new_database_key()
    conn = connect(path, key)
    configure_for_writing(conn)
    upto = next(
        i for i, m in enumerate(schema.MIGRATIONS) if m.__name__.endswith("_fractional_positions")
    )
    for number, migration in enumerate(schema.MIGRATIONS[:upto], start=1):
        conn.execute("BEGIN IMMEDIATE")
        migration(conn)
        if number == 1:
            conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
            conn.execute("INSERT INTO meta (key, value) VALUES ('replica_id', 'r1')")
        conn.execute(f"PRAGMA user_version={number}")
        conn.execute("COMMIT")
    _old_plan(conn)
    conn.close()

    store = open_store(path, key=key, backup_dir=tmp_path / "backups")
    try:
        goals = store.query("SELECT text FROM plan_goal WHERE plan_id = 'p1' ORDER BY position, id")
        assert [g["text"] for g in goals] == [f"Mål {n}" for n in (0, 1, 2, 9, 10, 11)]
        measures = store.query("SELECT what FROM plan_measure ORDER BY position, id")
        assert [m["what"] for m in measures] == ["Første", "Andre"]
        logged = store.query(
            "SELECT c.value, g.position FROM change c JOIN plan_goal g ON g.id = c.row_id "
            "WHERE c.table_name = 'plan_goal' AND c.column_name = 'position'"
        )
        assert logged and all(r["value"] == r["position"] for r in logged)
    finally:
        store.close()


def _old_plan(conn: sqlite3.Connection) -> None:
    at = "2026-01-01T00:00:00Z"
    std = "created_at, updated_at, updated_by"
    conn.execute(
        f"INSERT INTO resident (id, name, {std}) VALUES ('r1', 'Per', ?, ?, 'x')", (at, at)
    )
    conn.execute(
        f"INSERT INTO plan (id, resident_id, {std}) VALUES ('p1', 'r1', ?, ?, 'x')", (at, at)
    )
    # Inserted out of order, with a two-digit number that sorts before 9 as text.
    for n in (10, 2, 9, 0, 11, 1):
        conn.execute(
            f"INSERT INTO plan_goal (id, plan_id, text, position, {std}) "
            "VALUES (?, 'p1', ?, ?, ?, ?, 'x')",
            (f"g{n:02d}", f"Mål {n}", n, at, at),
        )
        conn.execute(
            "INSERT INTO change (table_name, row_id, column_name, value, hlc, replica_id, actor) "
            "VALUES ('plan_goal', ?, 'position', ?, ?, 'r1', 'x')",
            (f"g{n:02d}", n, f"000000000000{n:03d}-00000"),
        )
    for n, what in ((1, "Andre"), (0, "Første")):
        conn.execute(
            f"INSERT INTO plan_measure (id, plan_id, what, position, {std}) "
            "VALUES (?, 'p1', ?, ?, ?, ?, 'x')",
            (f"m{n}", what, n, at, at),
        )
    conn.commit()
