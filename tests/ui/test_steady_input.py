"""Nothing changes that a person did not mean to change: the wheel scrolls the page over an
unfocused drop-down instead of changing it, and a double-click on a button that creates
something creates it once (issue 10, rows 2 and 3)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.people.resident_page import select_row


def _wheel_down(widget: QWidget, notch: int = -120) -> None:
    """One notch of the mouse wheel over the middle of ``widget``, as the platform sends it."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, notch),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _open_plan(window: MainWindow) -> None:
    row = window.session.ctx.store.query_one(
        "SELECT p.resident_id FROM plan p JOIN plan_measure m ON m.plan_id = p.id "
        "WHERE m.responsible_staff_id IS NOT NULL LIMIT 1"
    )
    assert row is not None
    window.open_resident(row["resident_id"])
    page = window.residents.page
    page.tabs.setCurrentWidget(page.plan_page)
    assert page.plan_page.plan_id is not None


def test_the_wheel_over_an_unfocused_drop_down_scrolls_the_page_and_changes_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    _open_plan(window)
    plan = window.residents.page.plan_page
    select_row(plan.measures_table, 0)
    combo = plan.measure_responsible
    assert combo.isEnabled() and combo.count() > 2
    area = next(
        p for p in _ancestors(combo) if isinstance(p, QAbstractScrollArea)
    )  # the page scrolls
    plan.measures_table.setFocus()
    before, stored = combo.currentIndex(), plan.selected_measure()
    scrolled_from = area.verticalScrollBar().value()
    for _ in range(3):
        _wheel_down(combo)
    assert combo.currentIndex() == before
    assert plan.selected_measure() == stored
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    if area.verticalScrollBar().maximum() > scrolled_from:
        assert area.verticalScrollBar().value() > scrolled_from
    # With focus, the wheel is the person's choice and changes the box as usual.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert combo.currentIndex() != before


def test_spin_boxes_and_date_fields_ignore_the_wheel_without_focus(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox

    _open_plan(window)
    window.residents.page.plan_page.prepare_meeting_button.click()  # the meeting editor
    boxes: list[QWidget] = [w for w in window.findChildren(QAbstractSpinBox) if w.isEnabled()]
    boxes += [w for w in window.findChildren(QComboBox) if w.isEnabled() and w.count() > 1]
    assert any(isinstance(b, QAbstractSpinBox) for b in boxes)
    window.navigation.setFocus()
    for box in boxes:
        value = box.currentIndex() if isinstance(box, QComboBox) else box.text()  # type: ignore[attr-defined]
        _wheel_down(box)
        _wheel_down(box, 120)  # one way or the other can move whatever the value
        after = box.currentIndex() if isinstance(box, QComboBox) else box.text()  # type: ignore[attr-defined]
        assert after == value, box.objectName()


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _meetings_of(window: MainWindow, plan_id: str) -> int:
    row = window.session.ctx.store.query_one(
        "SELECT count(*) AS n FROM meeting WHERE plan_id = ? AND deleted_at IS NULL", (plan_id,)
    )
    assert row is not None
    return int(row["n"])


def _double_click(qtbot: QtBot, button: QWidget) -> None:
    """What a platform delivers for a double-click: press, release, double-click, release."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)


def test_a_double_click_on_prepare_a_meeting_prepares_one(window: MainWindow, qtbot: QtBot) -> None:
    row = window.session.ctx.store.query_one(
        "SELECT id, resident_id FROM plan WHERE status = 'under_revision'"
    )
    assert row is not None
    window.open_resident(row["resident_id"])
    page = window.residents.page
    page.tabs.setCurrentWidget(page.plan_page)
    qtbot.mouseClick(page.plan_page.prepare_meeting_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "meetings"
    before = _meetings_of(window, row["id"])
    _double_click(qtbot, window.meetings.prepare_button)
    assert _meetings_of(window, row["id"]) == before + 1
