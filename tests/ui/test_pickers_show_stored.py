"""Every picker of the plan page shows what is stored: after each kind of edit, after undo and
redo, and after switching to another resident's plan (issue 10, row 1)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamService
from teamdesk.ui.people.resident_page import select_row
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session


def _expected_responsible(page: PlanPage) -> tuple[str, str] | None:
    m = page.selected_measure()
    assert m is not None
    if m.responsible_staff_id:
        return ("staff", m.responsible_staff_id)
    if m.responsible_participant_id:
        return ("participant", m.responsible_participant_id)
    return None


def assert_pickers_show_stored(page: PlanPage) -> None:
    """Read every picker back against the stored plan, measure by measure."""
    view = page._view
    assert view is not None
    assert page.coordinator_combo.currentData() == view.plan.coordinator_id
    if view.plan.coordinator_id is not None:
        assert page.coordinator_combo.currentText().startswith(view.content.coordinator_name)
    for row in range(page.measures_model.rowCount()):
        select_row(page.measures_table, row)
        m = page.selected_measure()
        assert m is not None
        assert page.measure_responsible.currentData() == _expected_responsible(page), m.what
        name = view.content.responsible_name(m) or "(nobody yet)"
        assert page.measure_responsible.currentText() == name
        assert page.measure_goal.currentData() == m.goal_id


@pytest.fixture
def session(ctx: ServiceContext) -> Session:
    return Session(ctx)


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


@pytest.fixture
def page(qtbot: QtBot, session: Session, house: PlanHouse) -> PlanPage:
    page = PlanPage(session, house.resident)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def _pick(page: PlanPage, key: object) -> None:
    """Choose a responsible person as a click does: the chosen row, then ``activated``."""
    combo = page.measure_responsible
    row = next(i for i in range(combo.count()) if combo.itemData(i) == key)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_the_responsible_box_names_the_stored_person_after_every_edit(
    page: PlanPage, session: Session, house: PlanHouse, ctx: ServiceContext
) -> None:
    assert_pickers_show_stored(page)  # Hilde Helsefag on the first measure, NAV on the second
    select_row(page.measures_table, 0)
    _pick(page, ("participant", house.mother))
    assert_pickers_show_stored(page)
    select_row(page.measures_table, 0)
    _pick(page, ("staff", house.ola))
    assert_pickers_show_stored(page)
    select_row(page.measures_table, 0)
    _pick(page, None)
    assert_pickers_show_stored(page)
    session.undo_stack.undo()
    assert_pickers_show_stored(page)
    session.undo_stack.redo()
    assert_pickers_show_stored(page)
    svc = PlanService(ctx)
    session.run("Add measure", lambda: svc.add_measure(house.plan, "Handle sammen"))
    assert_pickers_show_stored(page)
    session.run("Choose goal", lambda: svc.update_measure(house.measure_1, goal_id=house.goal_2))
    assert_pickers_show_stored(page)
    session.run("Choose coordinator", lambda: svc.assign_coordinator(house.plan, house.hilde))
    assert_pickers_show_stored(page)


def test_switching_residents_shows_each_plans_own_coordinator(
    qtbot: QtBot, page: PlanPage, house: PlanHouse, ctx: ServiceContext
) -> None:
    other = build_plan_house(ctx)
    svc = PlanService(ctx)
    svc.assign_coordinator(house.plan, house.berit)
    svc.assign_coordinator(other.plan, other.hilde)
    for resident in (house.resident, other.resident, house.resident, other.resident):
        page.show_resident(resident)
        assert_pickers_show_stored(page)
    third = build_plan_house(ctx, complete=False)
    page.show_resident(third.resident)
    assert page.coordinator_combo.currentData() is None
    assert page.coordinator_combo.currentText() == "(nobody chosen yet)"


def test_a_responsible_person_who_moved_to_another_unit_is_still_shown(
    page: PlanPage, house: PlanHouse, ctx: ServiceContext
) -> None:
    """The pickers offer the resident's unit's staff; a stored person of another unit is shown
    by name rather than as "(nobody yet)" or someone else."""
    team = TeamService(ctx)
    elsewhere = team.create_unit("Fjellheimen").row_id or ""
    team.update_staff(house.hilde, unit_id=elsewhere)
    PlanService(ctx).assign_coordinator(house.plan, house.berit)
    team.update_staff(house.berit, unit_id=elsewhere)
    page.show_resident(house.resident)
    assert_pickers_show_stored(page)
    select_row(page.measures_table, 0)
    assert page.measure_responsible.currentText() == "Hilde Helsefag"
