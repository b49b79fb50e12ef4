"""Switching an account off in the Accounts window offers to replace the database key, says
why, and does it while the administrator stays signed in: the program's connections are
closed, the file is re-keyed on a worker thread and opened again with the new key, and a key
file the switched-off person kept opens nothing afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.bootstrap import open_location
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.services.sync import FOLDER_META
from teamdesk.store.connection import connect
from teamdesk.store.keyring import keyring_path, load_keyring, unwrap_key
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.common.connection_thread import ConnectionThread, Outcome
from teamdesk.ui.common.operations import Operations
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.people.resident_page import select_row
from teamdesk.ui.security.accounts_dialog import AccountsDialog, AccountsMenu
from teamdesk.ui.session import Session

PASSWORD = "correct horse"
ADMIN = "Anne Admin"
RITA, RITA_PASSWORD = "Rita Read", "Rita Read secret"
LEIF, LEIF_PASSWORD = "Leif Leader", "Leif Leader secret"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    """An administrator, a leader and a read-only account that all signed in once."""
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, ADMIN, PASSWORD)
    accounts = AccountService(admin.ctx)
    accounts.create_account(RITA, AccountRole.READ_ONLY, RITA_PASSWORD)
    accounts.create_account(LEIF, AccountRole.LEADER, LEIF_PASSWORD)
    admin.sign_out()
    for who, password in ((RITA, RITA_PASSWORD), (LEIF, LEIF_PASSWORD)):
        sign_in(location, who, password, daily_backup=False).sign_out()
    return location


@pytest.fixture
def admin(location: DataLocation) -> Iterator[UserSession]:
    session = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    yield session
    session.sign_out()


def _opens(location: DataLocation, key: bytes) -> bool:
    try:
        conn = connect(location.database, key, main_file_only=True)
    except Exception:
        return False
    try:
        conn.execute("SELECT count(*) FROM account").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()


def _kept_key(location: DataLocation) -> bytes:
    """The key a copy of the key file kept by Rita opens with her password."""
    kept = location.directory.parent / "kept-keys.json"
    shutil.copyfile(keyring_path(location.database), kept)
    ring = load_keyring(kept)
    slot = next(s for s in ring.slots if s.name == RITA)
    return unwrap_key(ring, slot, RITA_PASSWORD)


def _dialog(qtbot: QtBot, admin: UserSession) -> AccountsDialog:
    operations = Operations(lambda _text: None)
    dialog = AccountsDialog(admin, operations=operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _switch_off(qtbot: QtBot, dialog: AccountsDialog, name: str, offered: list[str]) -> None:
    tab = dialog.accounts
    assert tab is not None
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    select_row(tab.table, names.index(name))
    tab.confirm = lambda _question: True
    tab.offer_key_replacement = lambda question: offered.append(question) is None
    qtbot.mouseClick(tab.switch_off_button, Qt.MouseButton.LeftButton)


def test_switching_off_offers_a_new_key_and_the_kept_copy_opens_nothing_after(
    qtbot: QtBot, location: DataLocation, admin: UserSession
) -> None:
    old_key = _kept_key(location)
    # A background reader with a connection of its own, open before the re-key.
    reader = ConnectionThread(
        lambda: ServiceContext(
            open_location(location, admin.store.key or b"", admin.store.signer),
            admin.ctx.actor,
            admin.ctx.today,
        ),
        "testReader",
    )
    try:
        _replace_with_a_reader_open(qtbot, location, admin, reader, old_key)
    finally:
        reader.shutdown()


def _replace_with_a_reader_open(
    qtbot: QtBot,
    location: DataLocation,
    admin: UserSession,
    reader: ConnectionThread,
    old_key: bytes,
) -> None:
    outcomes: list[Outcome] = []

    def count_accounts(ctx: ServiceContext) -> int:
        return len(AccountService(ctx).listing())

    reader.submit(count_accounts, outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 1)
    dialog = _dialog(qtbot, admin)
    flow = dialog.key_replacement
    assert flow is not None
    progress: list[tuple[int, int]] = []
    dialog.operations.progressed.connect(lambda _key, done, total: progress.append((done, total)))
    offered: list[str] = []
    with qtbot.waitSignal(flow.finished, timeout=30000) as finished:
        _switch_off(qtbot, dialog, RITA, offered)
    assert len(offered) == 1
    assert "may have kept still opens the database" in offered[0] and RITA in offered[0]
    assert finished.args is not None and finished.args[0] is True
    assert dialog.isEnabled()
    note = dialog.findChild(type(dialog.accounts.key_note), "keyReplacementNote")
    assert note is not None and "The database key is replaced" in note.text()
    assert progress and progress[-1][0] == progress[-1][1]

    # Rita's kept copy opens nothing now; the administrator works on, with the new key.
    assert not _opens(location, old_key)
    new_key = admin.store.key
    assert new_key is not None and new_key != old_key and _opens(location, new_key)
    assert not admin.store.closed
    assert {a.account.name for a in AccountService(admin.ctx).listing()} >= {ADMIN, RITA}
    admin.lock()
    admin.unlock_with_password(PASSWORD)
    # The reader opens its connection again, with the new key, for the next job.
    reader.submit(count_accounts, outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert outcomes[1].refused is None and not outcomes[1].failed and outcomes[1].result == 3
    # The others sign in as before.
    leif = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    assert leif.store.key == new_key and not leif.trust_warnings
    leif.sign_out()
    dialog.close()


def test_nothing_changes_while_teamdesk_has_the_folder_open_elsewhere(
    qtbot: QtBot, location: DataLocation, admin: UserSession
) -> None:
    old_key = _kept_key(location)
    other = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    try:
        dialog = _dialog(qtbot, admin)
        assert dialog.key_replacement is not None
        offered: list[str] = []
        with qtbot.waitSignal(dialog.key_replacement.finished, timeout=30000) as finished:
            _switch_off(qtbot, dialog, RITA, offered)
        assert finished.args is not None and finished.args[0] is False
        assert dialog.accounts is not None
        assert "open on another PC or in another window" in dialog.accounts.key_note.text()
        assert dialog.isEnabled()
        assert admin.store.key == old_key and _opens(location, old_key)
        # The session goes on; the audit log says the key was kept.
        actions = [r["action"] for r in admin.store.query("SELECT action FROM audit_event")]
        assert actions[-2:] == ["database_key_replaced", "database_key_kept"]
        dialog.close()
    finally:
        other.sign_out()


def test_a_pc_that_syncs_is_told_why_and_not_offered_a_new_key(
    qtbot: QtBot, location: DataLocation, admin: UserSession
) -> None:
    old_key = _kept_key(location)
    with admin.store.transaction():
        admin.store.set_meta(FOLDER_META, str(location.directory.parent / "house"))
    dialog = _dialog(qtbot, admin)
    offered: list[str] = []
    _switch_off(qtbot, dialog, RITA, offered)
    assert offered == []
    assert dialog.accounts is not None
    text = dialog.accounts.key_note.text()
    assert "may have kept still opens the database" in text
    assert "syncs with other PCs" in text and "join the house again" in text
    assert _opens(location, old_key)
    dialog.close()


def test_the_main_window_reads_on_with_the_new_key(
    qtbot: QtBot, location: DataLocation, admin: UserSession, tmp_path: Path
) -> None:
    """As the program wires it: the window's operations run the re-key, its background reader
    is held and opens again with the new key."""
    old_key = _kept_key(location)
    ctx = admin.ctx
    store = admin.store
    reader = BackgroundReader(
        lambda: ServiceContext(
            open_location(location, store.key or b"", store.signer), ctx.actor, ctx.today
        )
    )
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    session = Session(ctx)
    window = MainWindow(session, reader, settings, location=str(location.directory))
    qtbot.addWidget(window)
    try:
        _replace_from_the_window(qtbot, location, admin, window, session, reader, old_key)
    finally:
        window.shutdown()


def _replace_from_the_window(
    qtbot: QtBot,
    location: DataLocation,
    admin: UserSession,
    window: MainWindow,
    session: Session,
    reader: BackgroundReader,
    old_key: bytes,
) -> None:
    store = admin.store
    window.show()
    qtbot.waitUntil(lambda: not reader.busy(), timeout=30000)
    menu = AccountsMenu(
        window, admin, operations=session.ops, before_key_replacement=window.settle_operations
    )
    assert window.findChild(QMenu, "fileMenu") is not None
    dialog = menu.show("accounts")
    assert dialog.key_replacement is not None
    with qtbot.waitSignal(dialog.key_replacement.finished, timeout=30000) as finished:
        _switch_off(qtbot, dialog, RITA, [])
    assert finished.args is not None and finished.args[0] is True
    assert not _opens(location, old_key) and store.key != old_key
    results: list[object] = []
    errors: list[str] = []
    reader.request(
        "test", lambda c: len(AccountService(c).listing()), results.append, errors.append
    )
    qtbot.waitUntil(lambda: bool(results or errors), timeout=30000)
    assert results == [3] and not errors
    dialog.close()
