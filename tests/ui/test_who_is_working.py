"""On a shared PC the window says who is working, switching user is two actions away, and the
warnings panel belongs to the house, not to the last person's layout (issue 10, rows 10-11)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teamdesk.services.bootstrap import DEMO_PASSWORD, open_location, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.security.lock import LockController
from teamdesk.ui.security.signin_screen import SignInDialog
from teamdesk.ui.session import Session


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> DataLocation:
    directory = tmp_path_factory.mktemp("demo")
    prepare_demo(directory)
    return DataLocation(directory, "--demo")


class Desk:
    """Signs people in and out on one PC: one QSettings file, as on a shared Windows login."""

    def __init__(self, qtbot: QtBot, folder: DataLocation, settings: QSettings) -> None:
        self.qtbot, self.folder, self.settings = qtbot, folder, settings
        self.open: list[tuple[MainWindow, LockController, UserSession]] = []
        self.switched: list[str] = []

    def sign_in(self, name: str) -> tuple[MainWindow, LockController]:
        session = sign_in(self.folder, name, DEMO_PASSWORD, daily_backup=False)
        ctx, key = session.ctx, session.store.key or b""
        reader = BackgroundReader(
            lambda: ServiceContext(open_location(self.folder, key), ctx.actor, ctx.today)
        )
        window = MainWindow(Session(ctx), reader, self.settings, location="demo", demo=True)
        self.qtbot.addWidget(window)
        lock = LockController(window, session, 5, lambda: self.switched.append(name))
        window.show()
        self.qtbot.waitUntil(window.warnings.is_loaded)
        self.open.append((window, lock, session))
        return window, lock

    def sign_out(self, window: MainWindow) -> None:
        """What the program does after the window closes (Switch user or Quit)."""
        for entry in list(self.open):
            if entry[0] is window:
                _, lock, session = entry
                lock.stop()
                window.close()
                session.sign_out()
                self.open.remove(entry)

    def close_all(self) -> None:
        for window, _, _ in list(self.open):
            self.sign_out(window)


@pytest.fixture
def desk(qtbot: QtBot, demo_folder: DataLocation, tmp_path: Path) -> Iterator[Desk]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    d = Desk(qtbot, demo_folder, settings)
    yield d
    d.close_all()


def counting_clicks(qtbot: QtBot) -> tuple[list[str], Callable[..., None]]:
    actions: list[str] = []

    def click(widget: object, why: str) -> None:
        actions.append(why)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]

    return actions, click


def test_the_name_and_role_are_in_the_title_and_beside_switch_user(desk: Desk) -> None:
    window, _ = desk.sign_in("Demo Coordinator")
    assert "Demo Coordinator (Coordinator)" in window.windowTitle()
    assert window.signed_in_as.text() == "Demo Coordinator · Coordinator"
    assert window.signed_in_as.isVisible() and window.switch_user_button.isVisible()
    bar = window.statusBar()
    assert window.signed_in_as.parent() is bar and window.switch_user_button.parent() is bar
    # Side by side: the button follows the name.
    assert window.switch_user_button.x() > window.signed_in_as.x()


def _pick_name_then_type(qtbot: QtBot, folder: DataLocation, actions: list[str]) -> None:
    """The sign-in screen after Switch user: one click on one's name, then the password."""
    dialog = SignInDialog(folder, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.names.findItems("Demo Staff", Qt.MatchFlag.MatchExactly)[0]
    actions.append("click one's name")
    qtbot.mouseClick(
        dialog.names.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.names.visualItemRect(item).center(),
    )
    qtbot.waitUntil(dialog.password.hasFocus)
    assert QApplication.focusWidget() is dialog.password
    assert dialog.names.currentItem() is item
    dialog.reject()


def test_switch_user_from_the_main_window_takes_two_actions_before_the_password(
    qtbot: QtBot, desk: Desk, demo_folder: DataLocation
) -> None:
    window, lock = desk.sign_in("Demo Leader")
    actions, click = counting_clicks(qtbot)
    click(window.switch_user_button, "Switch user beside the name")
    assert desk.switched == ["Demo Leader"] and lock.locked
    _pick_name_then_type(qtbot, demo_folder, actions)
    assert len(actions) <= 2, actions


def test_switch_user_from_the_lock_screen_takes_two_actions_before_the_password(
    qtbot: QtBot, desk: Desk, demo_folder: DataLocation
) -> None:
    _, lock = desk.sign_in("Demo Leader")
    lock.lock()
    screen = lock.screen
    assert screen is not None
    actions, click = counting_clicks(qtbot)
    from PySide6.QtWidgets import QPushButton

    switch = screen.findChild(QPushButton, "lockSwitchUser")
    click(switch, "Switch user on the lock screen")
    assert desk.switched == ["Demo Leader"]
    _pick_name_then_type(qtbot, demo_folder, actions)
    assert len(actions) <= 2, actions


def test_the_warnings_panel_is_back_for_the_next_person_after_switch_user(desk: Desk) -> None:
    window, lock = desk.sign_in("Demo Leader")
    assert window.warnings.isVisible()
    lock.switch_user()  # locks (hiding the panel), then the window closes
    desk.sign_out(window)
    again, _ = desk.sign_in("Demo Coordinator")
    assert again.warnings.isVisible()
    desk.sign_out(again)
    # And on later starts too.
    later, _ = desk.sign_in("Demo Leader")
    assert later.warnings.isVisible()


def test_a_person_who_hid_the_panel_has_it_hidden_and_only_they(desk: Desk) -> None:
    window, lock = desk.sign_in("Demo Leader")
    window.warnings.toggleViewAction().trigger()
    assert not window.warnings.isVisible()
    lock.switch_user()
    desk.sign_out(window)
    other, other_lock = desk.sign_in("Demo Coordinator")
    assert other.warnings.isVisible()
    other_lock.switch_user()
    desk.sign_out(other)
    leader, _ = desk.sign_in("Demo Leader")
    assert not leader.warnings.isVisible()
    leader.warnings.toggleViewAction().trigger()
    assert leader.warnings.isVisible()


def test_the_go_menu_counts_the_warnings_and_the_toggle_keeps_its_name(desk: Desk) -> None:
    window, _ = desk.sign_in("Demo Leader")
    count = window.warnings.model.rowCount()
    assert count > 0
    assert window.warnings_action.text() == f"&Warnings ({count})"
    assert window.warnings.toggleViewAction().text() == "Show warnings &panel"
