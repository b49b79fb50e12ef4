"""A coordinator or leader opens "Due for evaluation", sees the overdue plans and goals first,
and opens a resident's individual plan from the list (issue 4)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.meetings.evaluations_view import EvaluationsView


def _open_page(window: MainWindow) -> EvaluationsView:
    action = window.page_actions[window.PAGES.index("evaluations")]
    assert action.shortcut().toString() == "Ctrl+7"
    action.trigger()
    assert window.current_page() == "evaluations"
    return window.evaluations


@pytest.fixture
def coordinator_window(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    ctx = ServiceContext(
        demo_ctx.store, Actor("Hilde Johnsen", AccountRole.COORDINATOR), demo_ctx.today
    )
    win = make_window(ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


def test_a_coordinator_sees_overdue_evaluations_first_and_opens_the_plan(
    coordinator_window: MainWindow, qtbot: QtBot
) -> None:
    window = coordinator_window
    view = _open_page(window)
    model = view.model
    assert model.rowCount() > 0 and view.table.isVisible() and not view.empty.isVisible()
    statuses = [model.index(r, 3).data() for r in range(model.rowCount())]
    overdue = [s.startswith("overdue by") for s in statuses]
    assert any(overdue), "the demo has overdue evaluations"
    assert overdue == sorted(overdue, reverse=True), "overdue rows come first"
    whats = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "The plan" in whats
    assert any(w.startswith("Goal 1: «") for w in whats)
    assert "overdue" in view.summary.text()

    first = model.row_at(0)
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.current_page() == "residents"
    page = window.residents.page
    assert page.resident_id() == first.item.resident_id
    assert page.tabs.currentWidget() is page.plan_page
    assert page.plan_page.resident_id() == first.item.resident_id


def test_moving_an_evaluation_date_refreshes_the_list(window: MainWindow, qtbot: QtBot) -> None:
    view = _open_page(window)
    goal_row = next(r for r in view.model.rows() if r.item.goal_id is not None)
    goal_id = goal_row.item.goal_id
    assert goal_id is not None
    later = window.session.ctx.today() + timedelta(days=200)
    plans = PlanService(window.session.ctx)
    window.session.run(
        "Move the evaluation", lambda: plans.update_goal(goal_id, evaluation_date=later)
    )
    qtbot.waitUntil(lambda: view.model.row_of(goal_id) < 0)
    window.undo()
    qtbot.waitUntil(lambda: view.model.row_of(goal_id) >= 0)


def test_the_list_of_evaluations_is_a_well_behaved_model(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    view = _open_page(window)
    assert view.model.rowCount() > 0
    qtmodeltester.check(view.model)


def test_with_nothing_due_the_page_says_so(empty_window: MainWindow) -> None:
    view = _open_page(empty_window)
    assert view.is_empty()
    assert view.empty.isVisible() and not view.table.isVisible()
    assert "No evaluations are due" in view.empty.text()
    for widget in (view.title, view.summary, view.table, view.empty):
        assert widget.objectName() and widget.accessibleName()
