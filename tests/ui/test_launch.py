"""Starting the program: the smoke test, the demo, and a database file that is not right."""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import modules_imported_by

from teamdesk.services.bootstrap import DEMO_ACCOUNTS, holds_demo, prepare_demo
from teamdesk.services.signin import set_up_first_administrator
from teamdesk.store.paths import DATABASE_FILE, DataLocation, demo_data_dir, keyring_path
from teamdesk.ui.launch import EXIT_CANNOT_OPEN, application_icon, run_gui
from teamdesk.ui.security.signin_screen import SignInDialog


def _options(data_dir: Path | None = None, *, demo: bool = False, smoke_test: bool = True):
    return argparse.Namespace(
        data_dir=str(data_dir) if data_dir else None, demo=demo, smoke_test=smoke_test
    )


def test_the_smoke_test_opens_the_window_and_says_when_it_was_ready(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    # Nobody is there to sign in: the smoke test takes its account from the environment.
    monkeypatch.setenv("TEAMDESK_USER", "Smoke Test")
    monkeypatch.setenv("TEAMDESK_PASSWORD", "correct horse battery staple")
    code = run_gui(_options(tmp_path / "data"), process_start=time.perf_counter())
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    ready = [line for line in lines if line.startswith("ready_ms=")]
    assert len(ready) == 1 and int(ready[0].removeprefix("ready_ms=")) >= 0
    assert (tmp_path / "data" / DATABASE_FILE).exists()


def test_the_demo_opens_its_own_folder_with_fictional_people(
    capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    code = run_gui(_options(demo=True), process_start=time.perf_counter())
    assert code == 0
    assert "ready_ms=" in capsys.readouterr().out
    assert (demo_data_dir() / DATABASE_FILE).exists()


def test_a_file_that_is_not_a_database_is_explained_and_left_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    bad = data / DATABASE_FILE
    bad.write_bytes(b"this is a shopping list, not a database\n" * 50)
    before = bad.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    code = run_gui(_options(data, smoke_test=False), process_start=time.perf_counter())

    assert code == EXIT_CANNOT_OPEN == 2
    assert len(shown) == 1 and str(bad) in shown[0] and "not a TeamDesk database" in shown[0]
    assert bad.read_bytes() == before


def test_the_smoke_test_reports_a_bad_file_without_waiting_for_anyone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILE).write_bytes(b"\x00" * 10)
    code = run_gui(_options(data), process_start=time.perf_counter())
    assert code == 2
    assert "TeamDesk" in capsys.readouterr().err


def test_a_finished_smoke_run_leaves_no_watchdog_behind(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """The "did not show data in time" watchdog belongs to its run: once the run is over it
    must not fire into whatever the process does next (it once ended a later GUI test)."""
    from teamdesk.ui import launch

    monkeypatch.setenv("TEAMDESK_USER", "Smoke Test")
    monkeypatch.setenv("TEAMDESK_PASSWORD", "correct horse battery staple")
    assert run_gui(_options(tmp_path / "data"), process_start=time.perf_counter()) == 0
    ready_ms = int(capsys.readouterr().out.split("ready_ms=")[1].split()[0])
    # Give the second run a watchdog that is ample for it, then outlive the watchdog.
    monkeypatch.setattr(launch, "SMOKE_TIMEOUT_MS", 4 * ready_ms + 2000)
    assert run_gui(_options(tmp_path / "data"), process_start=time.perf_counter()) == 0
    qtbot.wait(launch.SMOKE_TIMEOUT_MS + 500)
    assert "did not show data in time" not in capsys.readouterr().err


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_demo_uses_an_empty_folder_named_with_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    chosen = tmp_path / "my demo"
    code = run_gui(_options(chosen, demo=True), process_start=time.perf_counter())
    assert code == 0, capsys.readouterr().err
    assert (chosen / DATABASE_FILE).exists() and holds_demo(chosen)
    assert not (demo_data_dir() / DATABASE_FILE).exists()  # not the usual demo folder
    # The second start opens the same demo instead of refusing or making another.
    before = (chosen / DATABASE_FILE).stat().st_ino
    assert run_gui(_options(chosen, demo=True), process_start=time.perf_counter()) == 0
    assert (chosen / DATABASE_FILE).stat().st_ino == before


def test_the_demo_refuses_a_folder_with_a_house_in_it_and_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    house = DataLocation(tmp_path / "house", "test")
    set_up_first_administrator(house, "Real Admin", "correct horse battery staple").sign_out()
    before = _fingerprint(house.directory)

    code = run_gui(_options(house.directory, demo=True), process_start=time.perf_counter())

    assert code == EXIT_CANNOT_OPEN
    error = capsys.readouterr().err
    assert str(house.directory) in error and "not TeamDesk's demo" in error
    assert _fingerprint(house.directory) == before  # nothing moved aside, nothing added


def test_the_demo_refuses_a_folder_of_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("Dear Sir", encoding="utf-8")
    code = run_gui(_options(documents, demo=True), process_start=time.perf_counter())
    assert code == EXIT_CANNOT_OPEN
    assert "not TeamDesk's demo" in capsys.readouterr().err
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]


def test_the_program_has_its_icon_at_every_size_a_window_system_asks_for(qapp: object) -> None:
    icon = application_icon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        # Drawn, not blank: the corner is transparent, the middle is the badge's colour.
        assert image.pixelColor(size // 2, size // 8).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0


def test_the_sign_in_screen_does_not_wait_for_the_windows_pages_to_import() -> None:
    """Starting imports what signing in needs; the pages and dialogs come after sign-in."""
    pages = {
        "teamdesk.ui.main_window",
        "teamdesk.ui.security.accounts_dialog",
        "teamdesk.ui.security.security_dialogs",
        "teamdesk.ui.plan.editor",
        "teamdesk.ui.meetings.meetings_view",
        "teamdesk.ui.sync.sync_status",
    }
    assert modules_imported_by("teamdesk.ui.launch", pages) == []


def test_the_sign_in_screen_shows_before_the_database_and_crypto_libraries_load() -> None:
    """SQLCipher, the crypto libraries, Argon2 and the write path (about 400 ms of imports)
    load once the screen is drawn, while the person finds their name; before, the screen
    waited for them (services/context.py imported the store for a type)."""
    heavy = {
        "teamdesk.store.store",
        "teamdesk.store.keyring",
        "teamdesk.services.signin",
        "teamdesk.services.recovery",
        "sqlcipher3",
        "cryptography",
        "argon2",
        "portalocker",
    }
    assert modules_imported_by("teamdesk.ui.launch", heavy) == []


def test_the_screen_lists_the_names_after_it_is_drawn_and_rechecks_a_folder_that_changed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    location = DataLocation(tmp_path / "house", "test")
    prepare_demo(location.directory, demo_folder=False)
    warmed: list[bool] = []
    dialog = SignInDialog(location, load_later=True, warm_up=lambda: warmed.append(True))
    qtbot.addWidget(dialog)
    assert not dialog.names_loaded and not dialog.sign_in_button.isEnabled()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.names_loaded)
    assert dialog.names.count() == len(DEMO_ACCOUNTS) and dialog.sign_in_button.isEnabled()
    # While the person types, what comes after sign-in is imported, once.
    qtbot.waitUntil(lambda: warmed == [True])
    # A key file gone between the quick look and the screen: not a sign-in after all.
    keyring_path(location.database).unlink()
    again = SignInDialog(location, load_later=True)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.result() == SignInDialog.RECHECK)
    assert not again.names_loaded


def test_a_finished_run_leaves_no_window_behind(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    """A run's window is gone when the run returns, with its application-wide Ctrl+L: a window
    left for a later event loop to delete kept its shortcut alive, and the next window's Ctrl+L
    was "ambiguous" (a later GUI test in the same process then failed)."""
    monkeypatch.setenv("TEAMDESK_USER", "Smoke Test")
    monkeypatch.setenv("TEAMDESK_PASSWORD", "correct horse battery staple")
    before = set(map(id, QApplication.topLevelWidgets()))
    assert run_gui(_options(tmp_path / "data"), process_start=time.perf_counter()) == 0
    assert "ready_ms=" in capsys.readouterr().out
    left = [w for w in QApplication.topLevelWidgets() if id(w) not in before]
    assert [w.objectName() for w in left if w.parent() is None] == []
    lock_keys = QKeySequence("Ctrl+L")
    assert not [
        a
        for w in QApplication.topLevelWidgets()
        for a in w.findChildren(QAction)
        if a.shortcut() == lock_keys
    ]
