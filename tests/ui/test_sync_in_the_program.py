"""Sync in the program (issue 11): rounds run off the GUI thread, at sign-in, on "Sync now", on
lock and on quit; the status bar says when this PC last synced, what waits and what needs a
person; a failed round says why and is tried again; the folder and the interval are settings."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from teamdesk.services import sync as sync_service
from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder, open_location
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.services.sync import SyncService
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.security.lock import LockController
from teamdesk.ui.session import Session
from teamdesk.ui.settings_dialog import HouseSettingsDialog
from teamdesk.ui.sync.sync_status import RETRY_MS, RoundResult, SyncController, hook_lock


@dataclass
class Program:
    location: DataLocation
    user: UserSession
    session: Session
    window: MainWindow
    sync: SyncController
    share: Path
    laptop: DataLocation


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo house for the module (made once; each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("demo") / "house"
    create_demo_folder(DataLocation(folder, "test"))
    return folder


@pytest.fixture
def program(tmp_path: Path, qtbot: QtBot, demo_folder: Path) -> Iterator[Program]:
    staffroom = DataLocation(tmp_path / "staffroom", "test")
    shutil.copytree(demo_folder, staffroom.directory)
    laptop = DataLocation(tmp_path / "laptop", "test")
    shutil.copytree(staffroom.directory, laptop.directory)
    share = tmp_path / "share"
    share.mkdir()
    user = sign_in(staffroom, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    store, ctx = user.store, user.ctx

    def open_context() -> ServiceContext:
        return ServiceContext(open_location(staffroom, store.key or b"", store.signer), ctx.actor)

    session = Session(ctx)
    reader = BackgroundReader(open_context)
    window = MainWindow(
        session, reader, QSettings(), location=str(staffroom.directory), remember_layout=False
    )
    qtbot.addWidget(window)
    controller = SyncController(window, session, open_context)
    try:
        yield Program(staffroom, user, session, window, controller, share, laptop)
    finally:
        controller.shutdown(final_round=False)
        window.shutdown()
        user.sign_out()


def _round(program: Program, qtbot: QtBot, start: object) -> RoundResult:
    with qtbot.waitSignal(program.sync.round_done, timeout=30_000) as done:
        if callable(start):
            start()
    result = done.args[0]
    assert isinstance(result, RoundResult)
    return result


def _edit_on_the_laptop(program: Program, name: str) -> None:
    other = sign_in(program.laptop, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        other.store.insert("unit", {"name": name}, actor="Demo Leader")
        SyncService(other.ctx).sync_now(str(program.share))
    finally:
        other.sign_out()


def test_rounds_run_off_the_gui_thread_and_the_status_bar_says_what_waits(
    program: Program, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_round = sync_service.sync_round

    def watched(store, *args, **kwargs):  # type: ignore[no-untyped-def]
        if store.path == program.user.store.path:  # the program's rounds, not the laptop's
            threads.append(threading.current_thread())
        return real_round(store, *args, **kwargs)

    monkeypatch.setattr(sync_service, "sync_round", watched)
    label = program.sync.label
    assert "no sync folder chosen" in label.text()
    first = _round(program, qtbot, lambda: program.sync.choose_folder(str(program.share)))
    assert first.failure is None and first.report is not None and first.report.published == 1
    assert "Last synced:" in label.text() and "Waiting to be sent: 0" in label.text()
    assert "Conflicts to resolve: 0" in label.text()

    _edit_on_the_laptop(program, "Made on the laptop")
    with qtbot.waitSignal(program.session.changed, timeout=30_000) as changed:
        program.sync.sync_now_action.trigger()  # File > Sync now
    assert "unit" in changed.args[0]  # the open pages refresh what other PCs changed
    assert program.user.store.query_one("SELECT 1 FROM unit WHERE name = 'Made on the laptop'")
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert program.sync.timer.isActive()  # the next round is due after the house's interval
    assert program.sync.timer.interval() == 5 * 60_000


def test_an_edit_here_shows_as_waiting_at_once(program: Program, qtbot: QtBot) -> None:
    _round(program, qtbot, lambda: program.sync.choose_folder(str(program.share)))
    assert "Waiting to be sent: 0." in program.sync.label.text()
    program.session.run(
        "Add a unit",
        lambda: program.session.team.create_unit("Made here"),
    )
    waiting = SyncService(program.user.ctx).status().changes_waiting
    assert waiting > 0
    assert f"Waiting to be sent: {waiting}." in program.sync.label.text()


def test_a_failed_round_says_why_and_is_tried_again(program: Program, qtbot: QtBot) -> None:
    _round(program, qtbot, lambda: program.sync.choose_folder(str(program.share)))
    shutil.rmtree(program.share)
    failed = _round(program, qtbot, program.sync.sync_now)
    assert failed.failure is not None
    text = program.sync.label.text()
    assert text.startswith("Sync failed: The sync folder") and "cannot be reached" in text
    assert "Trying again" in text
    assert program.sync.timer.isActive() and program.sync.timer.interval() == RETRY_MS
    program.share.mkdir()
    again = _round(program, qtbot, program.sync.timer.timeout.emit)  # the retry comes due
    assert again.failure is None and "Last synced:" in program.sync.label.text()


def test_a_folder_that_cannot_be_reached_is_refused_and_not_remembered(
    program: Program, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(program.session.refused) as refused:
        assert not program.sync.choose_folder(str(program.share / "missing"))
    assert "cannot be reached" in refused.args[0]
    assert SyncService(program.user.ctx).folder() is None


def test_locking_and_quitting_sync_what_was_done(program: Program, qtbot: QtBot) -> None:
    _round(program, qtbot, lambda: program.sync.choose_folder(str(program.share)))
    store = program.user.store
    lock = LockController(program.window, program.user, 60, lambda: None)
    hook_lock(program.sync, lock)
    store.insert("unit", {"name": "Before the lock"}, actor="Demo Leader")
    locked = _round(program, qtbot, lock.lock)
    assert locked.report is not None and locked.report.published == 1
    lock.reveal()
    lock.stop()
    files_before = sorted(program.share.rglob("*.tdcs"))
    store.insert("unit", {"name": "Just before quitting"}, actor="Demo Leader")
    program.sync.shutdown()  # what quitting and signing out call
    assert len(sorted(program.share.rglob("*.tdcs"))) == len(files_before) + 1
    program.sync.sync_now()  # after shutdown nothing more runs
    assert not program.sync.running


def test_house_settings_set_the_interval_and_this_pcs_folder(
    program: Program, qtbot: QtBot
) -> None:
    program.window.house_settings_action.trigger()
    dialog = program.window.findChild(HouseSettingsDialog, "houseSettingsDialog")
    assert dialog is not None
    assert dialog.sync_minutes.value() == 5
    assert dialog.sync_folder.text() == "None chosen yet"
    dialog.sync_minutes.setValue(20)
    assert SyncService(program.user.ctx).interval_minutes() == 20
    program.window.undo_action.trigger()  # the house setting is on the undo stack
    assert SyncService(program.user.ctx).interval_minutes() == 5
    result = _round(program, qtbot, lambda: dialog.choose_sync_folder(str(program.share)))
    assert result.failure is None
    assert dialog.sync_folder.text() == str(program.share.resolve())
    dialog.close()
