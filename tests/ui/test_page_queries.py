"""What one page shows costs the same whatever the house's size: every query opening a
resident's page (team card, cover, history and the plan tab) reads by an index, never by
walking a whole table (issue 10, row 17). Checked with SQLite's own query plans."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.my_plans import MyPlansService
from teamdesk.services.plan import PlanService
from teamdesk.services.rota import RotaService
from teamdesk.ui.people.resident_page import ResidentPage
from teamdesk.ui.session import Session

# Tables whose size does not grow with the house (one row per setting, key or shift kind).
_FIXED_SIZE = {"meta", "setting", "shift_kind", "sqlite_master", "sqlite_schema"}


def _scans(ctx: ServiceContext, statements: list[str]) -> list[str]:
    """Each statement's whole-table scans, as EXPLAIN QUERY PLAN states them."""
    found = []
    for sql in dict.fromkeys(statements):
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        for row in ctx.store.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
            detail = str(row[3])
            if detail.startswith("SCAN ") and detail.split()[1] not in _FIXED_SIZE:
                found.append(f"{detail} :: {' '.join(sql.split())[:160]}")
    return found


def _rota_on_every_unit(ctx: ServiceContext) -> None:
    """Each unit gets a two-week rota with everyone on a day shift on weekdays (issue 13): the
    resident page then reads shifts too, and must read only the team's."""
    rotas = RotaService(ctx)
    staff = ctx.store.query("SELECT id, unit_id FROM staff WHERE deleted_at IS NULL")
    for unit in {r["unit_id"] for r in staff}:
        rota_id = rotas.create_rota(unit, ctx.today(), cycle_weeks=2).row_id
        assert rota_id is not None
        day = rotas.shift_kinds()[0].id
        cells = {(str(r["id"]), d): day for r in staff if r["unit_id"] == unit for d in range(14)}
        rotas.set_shifts(rota_id, cells)


def test_opening_a_residents_page_reads_by_index_only(qtbot: QtBot, ctx: ServiceContext) -> None:
    create_demo(ctx, scale=2)
    _rota_on_every_unit(ctx)
    session = Session(ctx)
    page = ResidentPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    plans = PlanService(ctx)
    residents = session.team.residents()
    with_plan = [r.id for r in residents if plans.plan_of_resident(r.id)]
    without = [r.id for r in residents if r.id not in with_plan]
    assert with_plan and without
    page.tabs.setCurrentWidget(page.plan_page)
    page.show_resident(without[0])  # the first opening builds the page; measure the next ones

    statements: list[str] = []
    raw = ctx.store.conn.raw  # type: ignore[attr-defined]
    raw.set_trace_callback(statements.append)
    try:
        for resident in (with_plan[0], without[1], with_plan[-1]):
            page.show_resident(resident)
            page.plan_page.show_resident(resident)
    finally:
        raw.set_trace_callback(None)
    assert len(statements) > 20  # the trace saw the page's reads
    assert _scans(ctx, statements) == []


def test_my_plans_and_my_residents_read_by_index_only(ctx: ServiceContext) -> None:
    # Issue 10, row 8: a coordinator's "My plans" on Today and "Only mine" on the residents
    # list cost the same in a house and in a municipality.
    create_demo(ctx, scale=2)
    row = ctx.store.query_one(
        "SELECT p.coordinator_id AS staff, s.unit_id FROM plan p JOIN staff s "
        "ON s.id = p.coordinator_id WHERE p.deleted_at IS NULL LIMIT 1"
    )
    assert row is not None
    actor = Actor("Koordinator", AccountRole.COORDINATOR, "acc", row["staff"], row["unit_id"])
    mine = MyPlansService(ServiceContext(ctx.store, actor, ctx.today))
    statements: list[str] = []
    raw = ctx.store.conn.raw  # type: ignore[attr-defined]
    raw.set_trace_callback(statements.append)
    try:
        found = mine.my_plans()
        ids = mine.my_resident_ids()
    finally:
        raw.set_trace_callback(None)
    assert found.plans and ids  # the queries found something to read
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) >= 6
    assert _scans(ctx, statements) == []
