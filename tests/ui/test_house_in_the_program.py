"""Publishing a house, joining a PC and retiring one in the program (issue 11): File-menu entries
for administrators, a Join button on a new PC's set-up screen, sentences for what goes wrong."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.joining import join_house
from teamdesk.services.signin import FolderState, UserSession, folder_state, sign_in
from teamdesk.services.sync import SyncService
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.security.signin_screen import FirstRunDialog
from teamdesk.ui.session import Session
from teamdesk.ui.sync.house_dialogs import HouseActions, JoinHouseDialog, RetirePcDialog
from teamdesk.ui.sync.sync_status import SyncController

ADMIN = "Demo Administrator"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "house"
    create_demo_folder(DataLocation(folder, "test"))
    return folder


@pytest.fixture
def staffroom(tmp_path: Path, demo_folder: Path) -> DataLocation:
    location = DataLocation(tmp_path / "staffroom", "test")
    shutil.copytree(demo_folder, location.directory)
    (tmp_path / "share").mkdir()
    return location


def _window(qtbot: QtBot, user: UserSession) -> tuple[MainWindow, Session]:
    session = Session(user.ctx)
    reader = BackgroundReader(session.worker_context)
    window = MainWindow(session, reader, QSettings(), location="test", remember_layout=False)
    qtbot.addWidget(window)
    SyncController(window, session, session.worker_context)  # owns the File menu's sync part
    return window, session


def _close(window: MainWindow, session: Session, user: UserSession) -> None:
    session.ops.finish_all()
    controller = window.findChild(SyncController, "syncController")
    if isinstance(controller, SyncController):
        controller.shutdown(final_round=False)
    window.shutdown()
    user.sign_out()


@pytest.fixture
def admin_window(qtbot: QtBot, staffroom: DataLocation) -> Iterator[tuple[MainWindow, Session]]:
    user = sign_in(staffroom, ADMIN, DEMO_PASSWORD, daily_backup=False)
    window, session = _window(qtbot, user)
    try:
        yield window, session
    finally:
        _close(window, session, user)


def _house_actions(window: MainWindow) -> HouseActions:
    actions = window.findChild(HouseActions, "houseActions")
    assert isinstance(actions, HouseActions)
    return actions


def test_an_administrator_publishes_from_the_file_menu(
    qtbot: QtBot, admin_window: tuple[MainWindow, Session], staffroom: DataLocation
) -> None:
    window, session = admin_window
    share = staffroom.directory.parent / "share"
    actions = _house_actions(window)
    menu = window.findChild(QMenu, "fileMenu")
    assert menu is not None and actions.publish_action in menu.actions()
    assert actions.publish_action.isVisible() and actions.retire_action.isVisible()
    told: list[str] = []
    session.told.connect(told.append)
    assert actions.publish(str(share))
    qtbot.waitUntil(lambda: bool(told) and not session.ops.busy)
    assert "published to" in told[0]
    assert list(share.rglob("*.tdsn"))


def test_publishing_to_a_folder_that_is_not_there_says_so(
    qtbot: QtBot, admin_window: tuple[MainWindow, Session], staffroom: DataLocation
) -> None:
    window, session = admin_window
    refused: list[str] = []
    session.refused.connect(refused.append)
    _house_actions(window).publish(str(staffroom.directory.parent / "gone"))
    qtbot.waitUntil(lambda: bool(refused))
    assert "cannot be reached" in refused[0]


def test_a_leader_sees_no_publish_or_retire(qtbot: QtBot, staffroom: DataLocation) -> None:
    user = sign_in(staffroom, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    window, session = _window(qtbot, user)
    try:
        actions = _house_actions(window)
        assert not actions.publish_action.isVisible() and not actions.retire_action.isEnabled()
    finally:
        _close(window, session, user)


def test_a_new_pc_joins_from_its_set_up_screen(qtbot: QtBot, staffroom: DataLocation) -> None:
    share = staffroom.directory.parent / "share"
    user = sign_in(staffroom, ADMIN, DEMO_PASSWORD, daily_backup=False)
    try:
        SyncService(user.ctx).publish(str(share))
    finally:
        user.sign_out()
    laptop = DataLocation(staffroom.directory.parent / "laptop", "test")
    first = FirstRunDialog(laptop)
    qtbot.addWidget(first)
    assert first.join_button.text()  # offered beside creating a new administrator
    dialog = JoinHouseDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(share))
    qtbot.keyClicks(dialog.name, ADMIN)
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.join()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "is not right" in dialog.error.text() and dialog.session is None
    assert folder_state(laptop) is FolderState.NEW
    dialog.password.setText(DEMO_PASSWORD)
    dialog.join()
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None and dialog.session.account.name == ADMIN
    dialog.session.sign_out()
    assert folder_state(laptop) is FolderState.READY


def test_an_administrator_retires_a_pc_from_the_list(
    qtbot: QtBot,
    admin_window: tuple[MainWindow, Session],
    staffroom: DataLocation,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, session = admin_window
    share = staffroom.directory.parent / "share"
    SyncService(session.ctx).publish(str(share))
    laptop = DataLocation(staffroom.directory.parent / "laptop", "test")
    join_house(laptop, str(share), ADMIN, DEMO_PASSWORD)
    other = sign_in(laptop, ADMIN, DEMO_PASSWORD, daily_backup=False)
    try:
        SyncService(other.ctx).sync_now()  # its key is in the folder now
        laptop_id = other.store.replica_id
    finally:
        other.sign_out()
    dialog = RetirePcDialog(session)
    qtbot.addWidget(dialog)
    ids = [dialog.pcs.item(n).text() for n in range(dialog.pcs.count())]
    assert any(laptop_id in text for text in ids)
    row = next(n for n, text in enumerate(ids) if laptop_id in text)
    dialog.pcs.setCurrentRow(row)
    monkeypatch.setattr(dialog, "confirm", lambda _name: True)
    told: list[str] = []
    session.told.connect(told.append)
    assert dialog.retire_chosen()
    qtbot.waitUntil(lambda: dialog.result_report is not None)
    assert dialog.result_report is not None and dialog.result_report.replica_id == laptop_id
    assert "is retired" in told[-1]
    assert list(share.rglob("*.tdkey"))
