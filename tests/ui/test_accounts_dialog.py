"""An administrator manages accounts from the File menu; everyone changes their own password and
PIN; refusals are sentences beside the field and what was typed stays."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QTableView,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService, auto_lock_minutes
from teamdesk.services.bootstrap import DEMO_PASSWORD, open_location, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import SignInRefused, UserSession, sign_in
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.people.resident_page import select_row
from teamdesk.ui.security.accounts_dialog import (
    ACCOUNTS_TAB,
    LOCKING_TAB,
    AccountsDialog,
    AccountsMenu,
)
from teamdesk.ui.security.accounts_tab import AccountsTab
from teamdesk.ui.security.lock import LockController
from teamdesk.ui.security.locking_tab import LockingTab
from teamdesk.ui.security.own_account_tab import OwnAccountTab
from teamdesk.ui.session import Session


@pytest.fixture
def demo(tmp_path: Path) -> DataLocation:
    prepare_demo(tmp_path / "demo")
    return DataLocation(tmp_path / "demo", "--demo")


def _as(location: DataLocation, name: str, password: str = DEMO_PASSWORD) -> UserSession:
    return sign_in(location, name, password, daily_backup=False)


@pytest.fixture
def admin(demo: DataLocation) -> Iterator[UserSession]:
    session = _as(demo, "Demo Administrator")
    yield session
    session.sign_out()


@pytest.fixture
def dialog(qtbot: QtBot, admin: UserSession) -> AccountsDialog:
    dialog = AccountsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _names(dialog: AccountsDialog) -> list[str]:
    model = dialog.accounts.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _select(dialog: AccountsDialog, name: str) -> None:
    select_row(dialog.accounts.table, _names(dialog).index(name))


def _state(dialog: AccountsDialog, name: str) -> str:
    return str(dialog.accounts.model.index(_names(dialog).index(name), 4).data())


def _can_sign_in(location: DataLocation, name: str, password: str) -> bool:
    try:
        session = _as(location, name, password)
    except SignInRefused:
        return False
    session.sign_out()
    return True


def test_the_administrator_opens_accounts_from_the_file_menu(
    qtbot: QtBot, admin: UserSession, demo: DataLocation, tmp_path: Path
) -> None:
    ctx = admin.ctx
    key = admin.store.key or b""
    reader = BackgroundReader(
        lambda: ServiceContext(open_location(demo, key), ctx.actor, ctx.today)
    )
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(ctx), reader, settings, location=str(demo.directory))
    qtbot.addWidget(window)
    minutes: list[int] = []
    menu = AccountsMenu(window, admin, minutes.append)
    file_menu = window.findChild(QMenu, "fileMenu")
    assert file_menu is not None
    assert {"accountsAction", "ownPasswordAction"} <= {a.objectName() for a in file_menu.actions()}
    assert menu.accounts_action.isEnabled()
    menu.accounts_action.trigger()
    dialog = window.findChild(AccountsDialog, "accountsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0 and dialog.has_tab(LOCKING_TAB)
    assert _names(dialog) == [
        "Demo Administrator",
        "Demo Coordinator",
        "Demo Leader",
        "Demo Read-only",
        "Demo Staff",
    ]
    row = _names(dialog).index("Demo Staff")
    assert dialog.accounts.model.index(row, 1).data() == "Staff"
    assert dialog.accounts.model.index(row, 2).data() != "All units"
    assert dialog.accounts.model.index(row, 3).data()  # the linked staff record's name
    assert _state(dialog, "Demo Staff") == "Can sign in"
    dialog.close()
    window.shutdown()


def test_every_control_has_a_name_a_test_and_a_screen_reader_can_use(
    dialog: AccountsDialog,
) -> None:
    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTableView)
        for w in dialog.findChildren(kind)
        # Qt's own parts of a control (a spin box's text, a tab bar's arrows) are not ours.
        if not w.objectName().startswith("qt_")
        and not isinstance(w.parent(), QComboBox | QSpinBox | QTabBar)
    ]
    assert len(controls) > 20
    for widget in controls:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_the_accounts_list_is_a_sound_model(
    qtmodeltester: ModelTester, dialog: AccountsDialog
) -> None:
    qtmodeltester.check(dialog.accounts.model)


def test_an_administrator_adds_an_account_and_a_refusal_keeps_what_was_typed(
    qtbot: QtBot, dialog: AccountsDialog, demo: DataLocation
) -> None:
    dialog.show_tab(ACCOUNTS_TAB)
    for rule_name in ("newAccountPasswordRule", "resetPasswordRule", "ownPasswordRule"):
        rule = dialog.findChild(QLabel, rule_name)
        assert rule is not None and "3 words" in rule.text(), rule_name
    qtbot.keyClicks(dialog.accounts.new_name, "Demo Staff")
    dialog.accounts.new_role.setCurrentIndex(
        dialog.accounts.new_role.findData(AccountRole.COORDINATOR.value)
    )
    dialog.accounts.new_unit.setCurrentIndex(1)
    qtbot.keyClicks(dialog.accounts.new_password, "kort")
    qtbot.keyClicks(dialog.accounts.new_repeat, "kort!")
    qtbot.mouseClick(dialog.accounts.create_button, Qt.MouseButton.LeftButton)
    assert dialog.accounts.new_repeat_note.isVisible()
    assert "not the same" in dialog.accounts.new_repeat_note.text()
    assert dialog.accounts.new_repeat.property("invalid")
    # Typed text is never lost.
    assert (
        dialog.accounts.new_password.text() == "kort"
        and dialog.accounts.new_repeat.text() == "kort!"
    )

    dialog.accounts.new_repeat.clear()
    qtbot.keyClicks(dialog.accounts.new_repeat, "kort")
    assert not dialog.accounts.new_repeat_note.isVisible()  # typing again takes the refusal away
    qtbot.keyClick(dialog.accounts.new_repeat, Qt.Key.Key_Return)
    assert "already an account named Demo Staff" in dialog.accounts.new_name_note.text()
    assert dialog.accounts.new_name.text() == "Demo Staff"

    dialog.accounts.new_name.selectAll()
    qtbot.keyClicks(dialog.accounts.new_name, "Kari Nordmann")
    qtbot.keyClick(dialog.accounts.new_repeat, Qt.Key.Key_Return)
    assert "at least 10 characters" in dialog.accounts.new_password_note.text()
    assert (
        dialog.accounts.new_password.property("invalid")
        and dialog.accounts.new_name.text() == "Kari Nordmann"
    )

    for field in (dialog.accounts.new_password, dialog.accounts.new_repeat):
        field.clear()
        qtbot.keyClicks(field, "Kari sitt passord")
    qtbot.mouseClick(dialog.accounts.create_button, Qt.MouseButton.LeftButton)
    assert "Kari Nordmann can sign in now" in dialog.accounts.new_note.text()
    assert dialog.accounts.new_name.text() == "" and dialog.accounts.new_password.text() == ""
    assert "Kari Nordmann" in _names(dialog)
    assert dialog.accounts.selected_box.title() == "Selected account: Kari Nordmann"
    kari = _as(demo, "Kari Nordmann", "Kari sitt passord")
    try:
        assert kari.account.role is AccountRole.COORDINATOR
        assert kari.account.unit_id == dialog.accounts.new_unit.itemData(1)
    finally:
        kari.sign_out()


def test_a_forgotten_password_is_replaced(
    qtbot: QtBot, dialog: AccountsDialog, demo: DataLocation
) -> None:
    _select(dialog, "Demo Staff")
    qtbot.keyClicks(dialog.accounts.reset_password, "et nytt passord")
    qtbot.keyClicks(dialog.accounts.reset_repeat, "et nytt passord")
    qtbot.mouseClick(dialog.accounts.reset_button, Qt.MouseButton.LeftButton)
    assert "can sign in with the new password" in dialog.accounts.selected_note.text()
    assert dialog.accounts.reset_password.text() == ""
    assert _can_sign_in(demo, "Demo Staff", "et nytt passord")


def test_switching_an_account_off_and_on_again(
    qtbot: QtBot, dialog: AccountsDialog, demo: DataLocation
) -> None:
    _select(dialog, "Demo Read-only")
    asked: list[str] = []
    dialog.accounts.confirm = lambda question: asked.append(question) is None
    offered: list[str] = []
    # "Not now" to a new database key (tests/ui/test_key_replacement.py says yes).
    dialog.accounts.offer_key_replacement = lambda question: offered.append(question) is not None
    qtbot.mouseClick(dialog.accounts.switch_off_button, Qt.MouseButton.LeftButton)
    assert asked and "Demo Read-only" in asked[0]
    assert offered or dialog.accounts.key_note.text()  # offered, or told why it cannot be
    assert _state(dialog, "Demo Read-only") == "Switched off"
    assert not dialog.accounts.switch_off_button.isEnabled()
    assert dialog.accounts.reset_button.text().replace("&", "") == "Switch on with this password"
    assert "1 switched off" in dialog.accounts.count.text()
    with pytest.raises(SignInRefused):
        _as(demo, "Demo Read-only")

    qtbot.keyClicks(dialog.accounts.reset_password, "tilbake igjen")
    qtbot.keyClicks(dialog.accounts.reset_repeat, "tilbake igjen")
    qtbot.keyClick(dialog.accounts.reset_repeat, Qt.Key.Key_Return)
    assert "switched on again" in dialog.accounts.selected_note.text()
    assert _state(dialog, "Demo Read-only") == "Can sign in"
    assert _can_sign_in(demo, "Demo Read-only", "tilbake igjen")


def test_role_unit_and_staff_record_are_saved_when_chosen_and_the_last_administrator_stays(
    dialog: AccountsDialog, admin: UserSession
) -> None:
    _select(dialog, "Demo Leader")
    dialog.accounts.edit_role.setCurrentIndex(
        dialog.accounts.edit_role.findData(AccountRole.COORDINATOR.value)
    )
    dialog.accounts.edit_role.activated.emit(dialog.accounts.edit_role.currentIndex())
    unit_id = dialog.accounts.edit_unit.itemData(1)
    dialog.accounts.edit_unit.setCurrentIndex(1)
    dialog.accounts.edit_unit.activated.emit(1)
    dialog.accounts.edit_staff.setCurrentIndex(1)
    staff_id = dialog.accounts.edit_staff.itemData(1)
    dialog.accounts.edit_staff.activated.emit(1)
    leader = next(a for a in AccountService(admin.ctx).accounts() if a.name == "Demo Leader")
    assert (leader.role, leader.unit_id, leader.staff_id) == (
        AccountRole.COORDINATOR,
        unit_id,
        staff_id,
    )
    assert dialog.accounts.selected_note.text() == "Saved."

    _select(dialog, "Demo Administrator")
    dialog.accounts.edit_role.setCurrentIndex(
        dialog.accounts.edit_role.findData(AccountRole.LEADER.value)
    )
    dialog.accounts.edit_role.activated.emit(dialog.accounts.edit_role.currentIndex())
    assert "only active administrator" in dialog.accounts.edit_note.text()
    assert dialog.accounts.edit_role.currentData() == AccountRole.ADMINISTRATOR.value  # as stored
    assert admin.account.role is AccountRole.ADMINISTRATOR


def test_everyone_changes_their_own_password_and_pin(qtbot: QtBot, demo: DataLocation) -> None:
    staff = _as(demo, "Demo Staff")
    try:
        dialog = AccountsDialog(staff)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.has_tab(ACCOUNTS_TAB) and not dialog.has_tab(LOCKING_TAB)
        qtbot.keyClicks(dialog.own.own_current, "not my password")
        qtbot.keyClicks(dialog.own.own_new, "mitt nye passord")
        qtbot.keyClicks(dialog.own.own_repeat, "mitt nye passord")
        qtbot.mouseClick(dialog.own.change_password_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: "current password is not right" in dialog.own.own_current_note.text()
        )
        assert dialog.own.own_new.text() == "mitt nye passord"
        dialog.own.own_current.clear()
        qtbot.keyClicks(dialog.own.own_current, DEMO_PASSWORD)
        checked_on: list[threading.Thread] = []
        change = AccountService.change_own_password

        def watched(service: AccountService, old: str, new: str) -> None:
            checked_on.append(threading.current_thread())
            change(service, old, new)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(AccountService, "change_own_password", watched)
            qtbot.keyClick(dialog.own.own_repeat, Qt.Key.Key_Return)
            # Argon2 runs on a worker: a second Enter meanwhile starts nothing.
            assert not dialog.own.change_password_button.isEnabled()
            qtbot.keyClick(dialog.own.own_repeat, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: "Your password is changed" in dialog.own.own_password_note.text()
            )
        assert len(checked_on) == 1 and checked_on[0] is not threading.main_thread()

        assert dialog.own.pin_state.text() == "You have no PIN yet."
        qtbot.keyClicks(dialog.own.own_pin, "1111")
        qtbot.keyClicks(dialog.own.own_pin_repeat, "1111")
        qtbot.mouseClick(dialog.own.set_pin_button, Qt.MouseButton.LeftButton)
        assert "too easy to guess" in dialog.own.own_pin_note.text()
        assert dialog.own.own_pin.text() == "1111"
        for field in (dialog.own.own_pin, dialog.own.own_pin_repeat):
            field.clear()
            qtbot.keyClicks(field, "2580")
        qtbot.keyClick(dialog.own.own_pin_repeat, Qt.Key.Key_Return)
        assert dialog.own.pin_state.text() == "You have a PIN."
        assert staff.has_pin and staff.pin_allowed  # the lock screen asks for it
        qtbot.mouseClick(dialog.own.clear_pin_button, Qt.MouseButton.LeftButton)
        assert not staff.has_pin and dialog.own.pin_state.text() == "You have no PIN yet."
    finally:
        staff.sign_out()
    assert _can_sign_in(demo, "Demo Staff", "mitt nye passord")


def test_staff_find_the_accounts_action_switched_off_but_their_own_password_on(
    qtbot: QtBot, demo: DataLocation, tmp_path: Path
) -> None:
    staff = _as(demo, "Demo Staff")
    try:
        reader = BackgroundReader(lambda: staff.ctx)
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(staff.ctx), reader, settings, location="x")
        qtbot.addWidget(window)
        menu = AccountsMenu(window, staff)
        assert not menu.accounts_action.isEnabled() and menu.own_action.isEnabled()
        # The closed menu item says why, in the service's words (issue 10, row 12).
        why_not = AccountService(staff.ctx).rights().why_not_manage_accounts
        assert why_not is not None
        assert menu.accounts_action.toolTip() == tr_message(why_not)
        dialog = menu.show("own")
        assert dialog.tabs.count() == 1
        assert dialog.accounts is None and dialog.locking is None
        assert isinstance(dialog.tabs.widget(0), OwnAccountTab)
        dialog.close()
        window.shutdown()
    finally:
        staff.sign_out()


def test_the_auto_lock_time_is_saved_and_used_at_once(
    qtbot: QtBot, admin: UserSession, tmp_path: Path
) -> None:
    reader = BackgroundReader(lambda: admin.ctx)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(admin.ctx), reader, settings, location="x")
    qtbot.addWidget(window)
    lock = LockController(window, admin, auto_lock_minutes(admin.ctx), lambda: None)
    try:
        dialog = AccountsMenu(window, admin, lock.set_minutes).show(LOCKING_TAB)
        assert dialog.tabs.currentIndex() == dialog.tabs.count() - 1
        assert dialog.locking.auto_lock.value() == 5 and lock.timer.interval() == 5 * 60_000
        dialog.locking.auto_lock.setValue(12)
        assert auto_lock_minutes(admin.ctx) == 12
        assert "12 minutes" in dialog.locking.auto_lock_note.text()
        assert lock.timer.interval() == 12 * 60_000 and lock.timer.isActive()
        dialog.close()
    finally:
        lock.stop()
        window.shutdown()


def test_alt_and_a_letter_reaches_one_field_on_each_tab(dialog: AccountsDialog) -> None:
    _select(dialog, "Demo Staff")
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        texts = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isEnabled()]
        letters = [text[text.index("&") + 1].casefold() for text in texts + tabs if "&" in text]
        assert len(letters) == len(set(letters)), (tabs[index], sorted(letters))


def test_each_tab_is_a_widget_of_its_own_and_works_alone(qtbot: QtBot, admin: UserSession) -> None:
    # One widget per tab (issue 10, code shape): the accounts list works without the dialog.
    tab = AccountsTab(admin)
    qtbot.addWidget(tab)
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert "Demo Administrator" in names
    select_row(tab.table, names.index("Demo Staff"))
    assert tab.switch_off_button.isEnabled()
    locking = LockingTab(admin)
    qtbot.addWidget(locking)
    assert locking.auto_lock.value() == auto_lock_minutes(admin.ctx)
