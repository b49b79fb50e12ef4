"""Signing in on a shared PC, locking the window, and coming back with a PIN."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit
from pytestqt.qtbot import QtBot

from teamdesk.services.bootstrap import DEMO_PASSWORD, open_location, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import FolderState, SignInName, UserSession, folder_state, sign_in
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.language import install_language
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.security.lock import LockController
from teamdesk.ui.security.signin_screen import FirstRunDialog, SignInDialog
from teamdesk.ui.session import Session


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> DataLocation:
    directory = tmp_path_factory.mktemp("demo")
    prepare_demo(directory)
    return DataLocation(directory, "--demo")


def test_the_first_start_sets_up_an_administrator(qtbot: QtBot, tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "new", "test")
    dialog = FirstRunDialog(location)
    qtbot.addWidget(dialog)
    # The password rule is said before anything is typed.
    rule = dialog.findChild(type(dialog.error), "setUpPasswordRule")
    assert rule is not None and "at least 10 characters" in rule.text()
    qtbot.keyClicks(dialog.name, "Anne Admin")
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClicks(dialog.repeat, "correct horse!")
    dialog.set_up()
    assert "not the same" in dialog.error.text() and dialog.session is None
    dialog.repeat.setText("correct horse")
    dialog.set_up()  # in the background: the key derivation takes a second or more
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None and dialog.session.account.name == "Anne Admin"
    dialog.session.sign_out()
    assert folder_state(location) is FolderState.READY


def test_the_demo_sign_in_shows_the_password_and_signs_in_without_friction(
    qtbot: QtBot, demo_folder: DataLocation
) -> None:
    dialog = SignInDialog(demo_folder, demo=True)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(type(dialog.error), "demoPasswordHint")
    assert hint is not None and DEMO_PASSWORD in hint.text()
    assert dialog.names.currentItem().text() == "Demo Leader"
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None
    dialog.session.sign_out()


def test_a_wrong_password_is_explained_in_the_dialog(
    qtbot: QtBot, demo_folder: DataLocation
) -> None:
    dialog = SignInDialog(demo_folder, demo=True)
    qtbot.addWidget(dialog)
    dialog.names.setCurrentRow(dialog.names.count() - 1)  # Demo Staff
    dialog.password.setText("not it")
    dialog.sign_in()
    qtbot.waitUntil(lambda: "not right" in dialog.error.text())
    assert dialog.session is None
    dialog.password.setText(DEMO_PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None
    dialog.session.sign_out()


@pytest.fixture
def signed_in(
    qtbot: QtBot, demo_folder: DataLocation, tmp_path: Path
) -> Iterator[tuple[MainWindow, LockController, UserSession, list[bool]]]:
    session = sign_in(demo_folder, "Demo Coordinator", DEMO_PASSWORD, daily_backup=False)
    session.set_pin("2580")
    ctx = session.ctx
    key = session.store.key or b""
    reader = BackgroundReader(
        lambda: ServiceContext(open_location(demo_folder, key), ctx.actor, ctx.today)
    )
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(ctx), reader, settings, location=str(demo_folder.directory))
    qtbot.addWidget(window)
    switched: list[bool] = []
    lock = LockController(window, session, 5, lambda: switched.append(True))
    window.show()
    yield window, lock, session, switched
    lock.stop()
    window.shutdown()
    session.sign_out()


def test_ctrl_l_hides_every_view_at_once_and_the_pin_brings_them_back(
    qtbot: QtBot, signed_in: tuple[MainWindow, LockController, UserSession, list[bool]]
) -> None:
    window, lock, session, _ = signed_in
    body = window.centralWidget()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and session.locked
    assert window.centralWidget().objectName() == "lockScreen"
    assert not body.isVisible() and not any(d.isVisible() for d in docks)
    assert not window.menuBar().isEnabled()
    secret = window.findChild(QLineEdit, "lockSecret")
    qtbot.keyClicks(secret, "2580")
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    assert not lock.locked and window.centralWidget() is body and body.isVisible()
    assert all(d.isVisible() for d in docks)


def test_five_wrong_pins_ask_for_the_password(
    qtbot: QtBot, signed_in: tuple[MainWindow, LockController, UserSession, list[bool]]
) -> None:
    _, lock, _, _ = signed_in
    lock.lock()
    screen = lock.screen
    assert screen is not None and "PIN" in screen.prompt.text()
    for _ in range(5):
        screen.secret.setText("0000")
        screen.unlock()
    assert "password" in screen.prompt.text() and "password" in screen.error.text()
    screen.secret.setText("2580")
    screen.unlock()
    qtbot.waitUntil(lambda: not screen.ops.busy)
    assert lock.locked and screen.error.isVisible()
    screen.secret.setText(DEMO_PASSWORD)
    screen.unlock()
    qtbot.waitUntil(lambda: not lock.locked)


def test_the_password_is_checked_off_the_window_thread_and_a_second_enter_waits(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, UserSession, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, lock, session, _ = signed_in
    session.clear_pin()
    checked_on: list[threading.Thread] = []
    check = session.check_password

    def watched(password: str) -> object:
        checked_on.append(threading.current_thread())
        return check(password)

    monkeypatch.setattr(session, "check_password", watched)
    lock.lock()
    screen = lock.screen
    assert screen is not None and "password" in screen.prompt.text()
    screen.secret.setText(DEMO_PASSWORD)
    screen.unlock()
    # Argon2 runs on a worker: the screen still shows, says what it does, and takes no input.
    assert lock.locked and not screen.secret.isEnabled()
    screen.unlock()  # Enter pressed again while it checks
    qtbot.waitUntil(lambda: not lock.locked)
    assert len(checked_on) == 1 and checked_on[0] is not threading.main_thread()


def test_switching_user_while_the_password_is_checked_reopens_nothing(
    qtbot: QtBot, signed_in: tuple[MainWindow, LockController, UserSession, list[bool]]
) -> None:
    _, lock, session, switched = signed_in
    session.clear_pin()
    lock.lock()
    screen = lock.screen
    assert screen is not None
    screen.secret.setText(DEMO_PASSWORD)
    screen.unlock()
    lock.switch_action.trigger()
    assert switched == [True] and lock.locked and session.locked
    assert not screen.ops.busy  # waited for, its outcome dropped


def test_the_window_locks_itself_when_nobody_touches_it(
    signed_in: tuple[MainWindow, LockController, UserSession, list[bool]],
) -> None:
    window, lock, _, _ = signed_in
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    lock.timer.timeout.emit()
    assert lock.locked and window.centralWidget().objectName() == "lockScreen"


def test_switch_user_is_two_actions_away(
    signed_in: tuple[MainWindow, LockController, UserSession, list[bool]],
) -> None:
    _, lock, _, switched = signed_in
    lock.switch_action.trigger()
    assert switched == [True] and lock.locked


def test_the_demo_names_stay_as_they_are_and_their_roles_are_said_in_norwegian(
    qtbot: QtBot, demo_folder: DataLocation, qapp: QApplication
) -> None:
    assert install_language(qapp, "nb")
    try:
        dialog = SignInDialog(demo_folder, demo=True)
        qtbot.addWidget(dialog)
        hint = dialog.findChild(type(dialog.error), "demoPasswordHint")
        assert hint is not None
        assert "Demo Leader (leder)" in hint.text() and "Demo Staff (" in hint.text()
        assert dialog.names.currentItem().text() == "Demo Leader"  # the name signs in
    finally:
        install_language(qapp, "en")


def test_locking_while_a_document_is_written_finishes_it_before_the_lock_screen(
    qtbot: QtBot, signed_in: tuple[MainWindow, LockController, UserSession, list[bool]]
) -> None:
    window, lock, _session, _ = signed_in
    reached, go = threading.Event(), threading.Event()
    outcome: list[str] = []

    def job(_progress: object) -> str:
        reached.set()
        go.wait(20)
        return "written"

    window.session.ops.run("test", "Writing plan.pdf…", job, outcome.append)
    assert reached.wait(20)
    threading.Timer(0.05, go.set).start()  # the job ends while the lock waits for it
    lock.lock()
    assert outcome == ["written"]  # shown before the lock screen, not on top of it
    assert lock.locked and not window.session.ops.busy


def test_two_accounts_with_one_name_are_told_apart_in_the_list(
    qtbot: QtBot, demo_folder: DataLocation
) -> None:
    """Accounts made apart on two PCs may share a name (issue 11): the list shows the start
    of each one's id beside it, so a person picks their own and no one else's tries count."""
    names = [
        SignInName("a1b2c3d4e5", "Kari"),
        SignInName("f6g7h8i9j0", "kari"),
        SignInName("k1l2m3n4o5", "Ola"),
    ]
    dialog = SignInDialog(demo_folder, names=names)
    qtbot.addWidget(dialog)
    shown = [dialog.names.item(i).text() for i in range(dialog.names.count())]
    assert shown == ["Kari (a1b2c3d4)", "kari (f6g7h8i9)", "Ola"]


def test_a_demo_folder_made_in_another_language_still_has_its_leader_chosen(
    qtbot: QtBot, demo_folder: DataLocation, qapp: QApplication
) -> None:
    """The Danish demo names its accounts in Danish (Demo Leder); a demo folder with the
    other names, opened in Danish, still starts on its leader."""
    assert install_language(qapp, "da")
    try:
        dialog = SignInDialog(demo_folder, demo=True)
        qtbot.addWidget(dialog)
        hint = dialog.findChild(type(dialog.error), "demoPasswordHint")
        assert hint is not None and "Demo Leder (leder)" in hint.text()
        assert dialog.names.currentItem().text() == "Demo Leader"
    finally:
        install_language(qapp, "en")
