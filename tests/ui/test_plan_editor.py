"""The plan editor on the screens care teams have (issue 10, row 5): a 1366x768 laptop and
1024x768 at the least. The plan opens in its own full-width view, the sections a) to i) beside
it with their checklist marks, one section at a time, nothing needing a sideways scroll; and a
person who may only read the plan finds its fields disabled, with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.plan_support import build_plan_house

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.ui.common.widgets import CommitTextEdit, select_row
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session

FIELDS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QTableView)

SCREENS = [(1024, 768), (1366, 768)]


def _plan_resident(ctx: ServiceContext) -> str:
    row = ctx.store.query_one(
        "SELECT resident_id FROM plan WHERE status = 'under_revision' AND deleted_at IS NULL"
    )
    assert row is not None
    return str(row["resident_id"])


def _visible_fields(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, FIELDS) and widget.isVisibleTo(root) and widget.isVisible():
            # A table's own scroll bars' buttons and a combo's inner line are parts of another.
            parent = widget.parentWidget()
            if isinstance(parent, QAbstractScrollArea | QComboBox) and not isinstance(
                widget, QTableView
            ):
                continue
            yield widget


def _inside(rect: QRect, outer: QRect) -> bool:
    return rect.left() >= outer.left() and rect.right() <= outer.right()


def _sideways_bars(root: QWidget) -> list[str]:
    return [
        area.objectName() or type(area).__name__
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_section_of_the_plan_fits_the_screen_without_scrolling_sideways(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext, width: int, height: int
) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    resident = _plan_resident(demo_ctx)
    window.open_resident_plan(resident)
    plan = window.residents.page.plan_page
    assert plan.plan_id is not None and plan.isVisible()
    # Full width: the list of residents steps aside while the plan is open.
    assert not window.residents.table.isVisible()
    window_rect = QRect(QPoint(0, 0), window.size())
    for button in (plan.back_button, plan.export_button):
        top_left = button.mapTo(window, QPoint(0, 0))
        assert _inside(QRect(top_left, button.size()), window_rect), button.objectName()

    for row, section in enumerate(plan.sections):
        plan.navigation.setCurrentRow(row)
        QApplication.processEvents()
        assert section.isVisible(), section.key
        scroll = plan.section_stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        viewport = scroll.viewport()
        area = QRect(QPoint(0, 0), viewport.size())
        fields = list(_visible_fields(section))
        assert fields, section.key
        for field in fields:
            top_left = field.mapTo(viewport, QPoint(0, 0))
            where = QRect(top_left, field.size())
            assert _inside(where, area), (section.key, field.objectName(), where, area)
        assert _sideways_bars(window) == [], section.key

    # The way back brings the list of residents back.
    qtbot.mouseClick(plan.back_button, Qt.MouseButton.LeftButton)
    assert window.residents.table.isVisible() and not plan.isVisible()


def test_each_section_is_listed_with_its_checklist_mark(qtbot: QtBot, ctx: ServiceContext) -> None:
    house = build_plan_house(ctx, complete=False)
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.show()
    view = page._view
    assert view is not None
    texts = [page.navigation.item(row).text() for row in range(page.navigation.count())]
    assert texts[0].startswith("✘ a) Goals")  # no goal written yet
    for row, info in enumerate(view.sections):
        assert texts[row] == ("✔ " if info.complete else "✘ ") + info.heading
    assert texts[-1].endswith("Status, approval and versions")


def test_someone_who_may_only_read_the_plan_cannot_type_in_it_and_is_told_why(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    unit = demo_ctx.store.query_one("SELECT id FROM unit WHERE deleted_at IS NULL LIMIT 1")
    assert unit is not None
    staff = ServiceContext(
        demo_ctx.store, Actor("Demo Staff", AccountRole.STAFF, unit_id=unit["id"]), demo_ctx.today
    )
    row = demo_ctx.store.query_one(
        "SELECT p.resident_id FROM plan p JOIN resident r ON r.id = p.resident_id "
        "WHERE r.unit_id = ? AND p.deleted_at IS NULL LIMIT 1",
        (unit["id"],),
    )
    assert row is not None
    page = PlanPage(Session(staff), row["resident_id"])
    qtbot.addWidget(page)
    page.show()
    assert page.plan_id is not None
    reason = page.new_goal.toolTip()
    assert not page.new_goal.isEnabled() and reason
    for section in page.sections:
        for field in section.findChildren(QWidget):
            typed = isinstance(field, QLineEdit | CommitTextEdit) and not isinstance(
                field.parentWidget(), QComboBox
            )
            if typed:
                assert not field.isEnabled(), (section.key, field.objectName())
    for name in ("addGoalButton", "addMeasureButton", "recordConsentButton"):
        button = page.findChild(QAbstractButton, name)
        assert button is not None and not button.isEnabled() and button.toolTip() == reason
    # Reading is still possible: the sections can be visited and printed.
    page.open_section("ef")
    assert page.export_button.isEnabled()


def _main_goals(page: PlanPage) -> list[str]:
    return [r[1].id for r in page.goals_model.rows() if r[1].parent_id is None]


def test_goals_move_with_the_buttons_and_alt_arrows_and_undo_puts_them_back(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    build_plan_house(ctx)
    house = build_plan_house(ctx)
    session = Session(ctx)
    page = PlanPage(session, house.resident)
    qtbot.addWidget(page)
    page.show()
    goals = page.goals
    before = _main_goals(page)
    assert len(before) == 2
    select_row(goals.goals_table, page.goals_model.row_of(before[-1]))
    # The view model says what is possible: the last goal can go up, not down.
    assert goals.move_up.isEnabled() and not goals.move_down.isEnabled()
    qtbot.mouseClick(goals.move_up, Qt.MouseButton.LeftButton)
    assert _main_goals(page) == [before[1], before[0]]
    chosen = goals.selected_goal()
    assert chosen is not None and chosen.id == before[1]  # the moved goal stays chosen
    goals.goals_table.setFocus()
    qtbot.keyClick(goals.goals_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _main_goals(page) == before
    session.undo_stack.undo()
    assert _main_goals(page) == [before[1], before[0]]


def test_a_goal_a_measure_for_it_and_a_responsible_person_in_a_few_actions(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    """Typed goal + Enter, the e) and f) entry, typed measure + Enter, the responsible picker:
    the new measure serves the goal just written without choosing it again."""
    house = build_plan_house(ctx, complete=False)
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.new_goal, "Jeg vil bake boller.")
    qtbot.keyClick(page.new_goal, Qt.Key.Key_Return)
    page.navigation.setCurrentRow(4)  # e) and f)
    assert page.current_section() is page.measures
    qtbot.keyClicks(page.new_measure, "Bake sammen på fredager")
    qtbot.keyClick(page.new_measure, Qt.Key.Key_Return)
    measure = page.selected_measure()
    assert measure is not None and page._view is not None
    assert page._view.content.goal(measure.goal_id).text == "Jeg vil bake boller."  # type: ignore[union-attr]
    index = page.measure_responsible.findText("Hilde Helsefag")
    page.measure_responsible.setCurrentIndex(index)
    page.measure_responsible.activated.emit(index)
    measure = page.selected_measure()
    assert measure is not None and measure.responsible_staff_id == house.hilde
