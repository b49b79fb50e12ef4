"""Finding your way: Today first, alerts on top, warnings that lead to the record, keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window, modules_imported_by

from teamdesk import __version__
from teamdesk.domain.findings import Severity
from teamdesk.domain.rules import CoverageKind
from teamdesk.services.context import ServiceContext
from teamdesk.store.schema import latest_version
from teamdesk.ui.common.models import KIND_ROLE
from teamdesk.ui.main_window import MainWindow


def test_the_window_opens_on_today_with_the_alert_first(window: MainWindow) -> None:
    assert window.current_page() == "today"
    model = window.today.model
    first = model.row_at(0)
    assert first.kind is CoverageKind.NONE
    assert model.index(0, 1).data() == "Nobody known on duty"
    assert model.index(0, 0).data(KIND_ROLE) == "alert"
    assert model.index(1, 0).data(KIND_ROLE) == ""
    assert "nobody known on duty" in window.today.summary.text()
    assert "Today" in window.today.title.text()
    assert model.rowCount() == 25


def test_enter_on_a_row_of_today_opens_that_resident(window: MainWindow, qtbot: QtBot) -> None:
    table = window.today.table
    table.setFocus()
    table.setCurrentIndex(window.today.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() == "residents"
    alert = window.today.model.row_at(0)
    page = window.residents.page
    assert page.resident_id() == alert.resident_id
    assert "No known contact on duty" in page.coverage.text()
    assert page.coverage.property("kind") == "alert"


def test_the_warnings_panel_lists_findings_and_opens_the_record(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.warnings
    qtbot.waitUntil(panel.is_loaded)
    findings = panel.model.rows()
    assert findings and all(f.severity in (Severity.ALERT, Severity.WARNING) for f in findings)
    assert panel.windowTitle() == f"Warnings ({len(findings)})"

    about_resident = next(i for i, f in enumerate(findings) if f.subject_kind == "resident")
    panel.list.setCurrentIndex(panel.model.index(about_resident, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.current_page() == "residents"
    assert window.residents.page.resident_id() == findings[about_resident].subject_id

    about_staff = next(i for i, f in enumerate(findings) if f.subject_kind == "staff")
    rect = panel.list.visualRect(panel.model.index(about_staff, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "staff"
    assert window.staff.page.staff_id() == findings[about_staff].subject_id


def test_f6_goes_to_the_warnings_and_ctrl_numbers_go_to_the_pages(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.today.table.setFocus()
    for key, page in (
        (Qt.Key.Key_2, "residents"),
        (Qt.Key.Key_3, "staff"),
        (Qt.Key.Key_4, "teams"),
        (Qt.Key.Key_1, "today"),
    ):
        focus = window.focusWidget() or window
        qtbot.keyClick(focus, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)
    assert window.warnings.list.hasFocus()
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_page() == "residents"
    assert window.residents.search.hasFocus()


def test_search_then_down_arrow_and_enter_open_a_resident_without_the_mouse(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_to(1)
    residents = window.residents
    resident = window.session.team.residents()[7]
    residents.search.setFocus()
    qtbot.keyClicks(residents.search, resident.name)
    qtbot.keyClick(residents.search, Qt.Key.Key_Down)
    assert residents.table.hasFocus()
    assert residents.page.resident_id() == resident.id
    # The row is chosen, not just focused: a person sees it highlighted.
    assert [i.row() for i in residents.table.selectionModel().selectedRows()] == [0]


def test_every_control_has_an_object_name_and_an_accessible_name(window: MainWindow) -> None:
    interactive = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QPlainTextEdit,
    )
    for page in range(4):
        window.go_to(page)
    # Fill the pages so every control exists and is enabled as a person would see it.
    team = window.session.team
    window.open_resident(team.residents()[0].id)
    window.open_staff(team.staff()[0].id)
    window.go_to(3)
    window.teams.table.setCurrentIndex(window.teams.model.index(0, 0))
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, interactive) or isinstance(widget, QHeaderView):
            continue
        name = widget.objectName()
        if name.startswith("qt_") or _inside_qt_internals(widget):
            continue
        if not name or not widget.accessibleName():
            missing.append(
                f"{type(widget).__name__} {name!r} {widget.accessibleName()!r} in "
                f"{type(widget.parentWidget()).__name__} {widget.parentWidget().objectName()!r}"
            )
    assert missing == []


def _inside_qt_internals(widget: QWidget) -> bool:
    """Parts Qt makes inside its own controls (a spin box's line edit, a dock's buttons)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName().startswith("qt_") or isinstance(
            parent, QAbstractSpinBox | QComboBox
        ):
            return True
        parent = parent.parentWidget()
    return False


def test_demo_mode_says_demo_in_the_title_and_status_bar(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    win = make_window(demo_ctx, settings, request, demo=True)
    qtbot.addWidget(win)
    assert "DEMO" in win.windowTitle()
    assert win.data_location.text() == "DEMO"
    win.close()


def test_the_layout_is_remembered_in_qsettings_not_the_database(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    first = make_window(demo_ctx, settings, request)
    qtbot.addWidget(first)
    first.show()
    first.residents.splitter.setSizes([300, 900])
    sizes = first.residents.splitter.sizes()
    first.close()
    assert settings.value("window/geometry") is not None
    assert settings.value("residents/splitter") is not None

    second = make_window(demo_ctx, settings, request)
    qtbot.addWidget(second)
    second.show()
    second.go_to(1)
    assert second.residents.splitter.sizes()[0] == sizes[0]
    second.close()
    tables = {r["name"] for r in demo_ctx.store.query("SELECT name FROM sqlite_master")}
    assert not any("setting" in t and "window" in t for t in tables)


def test_an_empty_house_explains_itself(empty_window: MainWindow) -> None:
    assert "Nobody lives here yet" in empty_window.today.summary.text()
    assert empty_window.warnings.model.rowCount() == 0
    empty_window.go_to(1)
    assert "No residents yet" in empty_window.residents.count.text()
    assert empty_window.residents.page.empty_hint.isVisible()
    empty_window.go_to(2)
    assert "No staff yet" in empty_window.staff.count.text()
    empty_window.go_to(3)
    assert "No teams yet" in empty_window.teams.count.text()


def test_a_leader_sees_coordinators_without_training_or_mentor_among_the_warnings(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.warnings
    qtbot.waitUntil(panel.is_loaded)
    codes = {f.code for f in panel.model.rows()}
    assert "untrained_without_mentor" in codes
    assert {"missing_secondary", "too_many_primary"} <= codes


def test_about_names_the_version_the_data_folder_and_the_schema(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    win = make_window(demo_ctx, settings, request, demo=True)
    qtbot.addWidget(win)
    text = win.about_text()
    assert __version__ in text
    folder = str(demo_ctx.store.path.parent)
    assert folder in text and "nothing here is about real people" not in text
    assert f"schema version: {latest_version()}" in text
    win.close()


def test_only_today_is_built_at_sign_in_and_a_page_is_built_when_first_opened(
    window: MainWindow,
) -> None:
    # Issue 12: signing in built and imported all seven pages; now Today alone, the others
    # when the person first goes there (or something opens them, as a warning does).
    assert window.is_built("today")
    assert not any(window.is_built(key) for key in MainWindow.PAGES[1:])
    window.navigation.setCurrentRow(MainWindow.PAGES.index("staff"))
    assert window.is_built("staff")
    assert window.pages.currentWidget() is window.staff
    assert window.current_page() == "staff"
    assert not window.is_built("meetings")
    window.open_resident(window.session.team.residents()[0].id)
    assert window.pages.currentWidget() is window.residents
    assert window.residents.page.resident_id() == window.session.team.residents()[0].id


def test_the_main_window_imports_no_page_but_today() -> None:
    """The modules of the other pages (the plan editor, meetings, coordinators) are imported
    when their page is first shown, not when the window opens."""
    pages = {
        "teamdesk.ui.plan.editor",
        "teamdesk.ui.people.resident_page",
        "teamdesk.ui.people.residents_view",
        "teamdesk.ui.meetings.meeting_editor",
        "teamdesk.ui.coordinators.mentoring_view",
        "teamdesk.ui.settings_dialog",
        "teamdesk.ui.guide",
    }
    assert modules_imported_by("teamdesk.ui.main_window", pages) == []


SCREEN_ROOM = MainWindow._screen_room


def test_the_first_window_fits_the_screen_it_opens_on(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a PC where TeamDesk never ran, the window is not larger than the screen: on a
    1366x768 laptop a 1400x900 window hid the table's right edge and the warnings panel."""
    monkeypatch.setattr(MainWindow, "_screen_room", SCREEN_ROOM)  # the real screen, 800x600
    assert settings.value("window/geometry") is None
    win = make_window(demo_ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    screen = win.screen().availableGeometry()
    assert screen.width() < 1400 or screen.height() < 900  # the offscreen screen is small
    qtbot.waitUntil(lambda: win.isMaximized())
    assert win.width() <= screen.width() and win.height() <= screen.height()
    win.close()
