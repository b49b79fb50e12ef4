"""A leader gives the roles the house's own names and sets the limits in House settings; the
team card and the warnings speak the new names at once. Staff cannot open the settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.rota_rules import (
    DEFAULT_MAX_UNCOVERED,
    DEFAULT_MIN_PRIMARY_PERCENT,
    RotaRuleSettings,
)
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.plan import PlanService
from teamdesk.services.rota import RotaService
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.settings_dialog import HouseSettingsDialog


def _open(window: MainWindow, qtbot: QtBot) -> HouseSettingsDialog:
    assert window.house_settings_action.isVisible() and window.house_settings_action.isEnabled()
    window.house_settings_action.trigger()
    dialog = window.findChild(HouseSettingsDialog, "houseSettingsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _warnings(window: MainWindow) -> list[str]:
    model = window.warnings.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_leader_renames_the_primary_contact_and_the_card_and_warnings_follow(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.waitUntil(window.warnings.is_loaded)
    dialog = _open(window, qtbot)
    edit = dialog.role_edits[Role.PRIMARY]
    assert edit.text() == "" and edit.placeholderText() == "Primary contact"
    _type(qtbot, edit, "Sjefen")
    assert window.session.team.rule_settings().label(Role.PRIMARY) == "Sjefen"
    assert dialog.notes[edit].text() == ""
    qtbot.waitUntil(lambda: any("is sjefen for" in w for w in _warnings(window)))

    resident = next(
        r for r in window.session.team.residents() if window.session.team.team_card(r.id).primary
    )
    dialog.close()
    window.open_resident(resident.id)
    table = window.residents.page.team_table
    shown = [
        table.model().index(r, c).data()
        for r in range(table.model().rowCount())
        for c in range(table.model().columnCount())
    ]
    assert "Sjefen" in shown

    window.undo()
    assert window.session.team.rule_settings().label(Role.PRIMARY) == "Primary contact"
    qtbot.waitUntil(lambda: not any("sjefen" in w for w in _warnings(window)))


def test_limits_and_time_zone_are_saved_and_a_refusal_keeps_what_was_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(window, qtbot)
    dialog.max_plans.setValue(7)
    assert PlanService(window.session.ctx).max_plans_per_coordinator() == 7
    dialog.max_primary.setValue(9)
    assert window.session.team.rule_settings().max_primary_per_staff == 9
    dialog.max_mentees.setValue(4)
    assert window.session.undo_stack.count() == 3

    _type(qtbot, dialog.time_zone, "Oslo time")
    note = dialog.notes[dialog.time_zone]
    assert "is not a time zone" in note.text()
    assert dialog.time_zone.text() == "Oslo time"
    assert MeetingService(window.session.ctx).time_zone() == "Europe/Oslo"
    _type(qtbot, dialog.time_zone, "Europe/Stockholm")
    assert note.text() == ""
    assert MeetingService(window.session.ctx).time_zone() == "Europe/Stockholm"

    window.undo()
    assert dialog.time_zone.text() == ""
    window.undo()
    qtbot.waitUntil(lambda: dialog.max_mentees.value() == 3)
    for widget in (
        *dialog.role_edits.values(),
        dialog.max_primary,
        dialog.max_plans,
        dialog.max_mentees,
        dialog.time_zone,
    ):
        assert widget.objectName() and widget.accessibleName()


def test_the_rota_warnings_limits_are_house_settings_saved_and_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    rotas = RotaService(window.session.ctx)
    dialog = _open(window, qtbot)
    assert dialog.max_uncovered.value() == DEFAULT_MAX_UNCOVERED
    assert dialog.min_primary_percent.value() == DEFAULT_MIN_PRIMARY_PERCENT
    dialog.max_uncovered.setValue(12)
    dialog.min_primary_percent.setValue(45)
    assert rotas.rule_settings() == RotaRuleSettings(12, 45)
    assert "under 45 %" in window.session.undo_stack.undoText()
    window.undo()
    qtbot.waitUntil(lambda: dialog.min_primary_percent.value() == DEFAULT_MIN_PRIMARY_PERCENT)
    assert rotas.rule_settings() == RotaRuleSettings(12, DEFAULT_MIN_PRIMARY_PERCENT)
    dialog.min_primary_percent.setValue(101)  # the field stops at 100
    assert dialog.min_primary_percent.value() == 100
    for widget in (dialog.max_uncovered, dialog.min_primary_percent):
        assert widget.accessibleName() and dialog.notes[widget].text() == ""


@pytest.fixture
def staff_window(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    staff = ServiceContext(demo_ctx.store, Actor("Siri Ansatt", AccountRole.STAFF), demo_ctx.today)
    win = make_window(staff, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


def test_a_staff_account_cannot_open_the_house_settings(staff_window: MainWindow) -> None:
    action = staff_window.house_settings_action
    assert not action.isVisible() and not action.isEnabled()
    assert staff_window.open_house_settings() is None
    assert "Only leaders and administrators" in staff_window.banner.text()
    assert staff_window.findChild(HouseSettingsDialog) is None
