"""Replacing the database key after an account is switched off: the switched-off person's
password (even with a key file kept from before) opens the database no more, everyone else
signs in as before, and TeamDesk killed at any step leaves a folder that opens with the old or
the new key and that ``teamdesk check`` calls sound."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from teamdesk import cli
from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import PermissionDenied
from teamdesk.services.rekey import begin_replacing_database_key, sign_out_replacing_database_key
from teamdesk.services.signin import SignInRefused, set_up_first_administrator, sign_in
from teamdesk.store.connection import connect
from teamdesk.store.keyring import keyring_path, load_keyring, unwrap_key
from teamdesk.store.paths import DataLocation
from teamdesk.store.rekey import RekeyRefused, rekey_copy_path
from teamdesk.store.store import open_store

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


def _key_of(key_file: Path, name: str, password: str) -> bytes:
    ring = load_keyring(key_file)
    slot = next(s for s in ring.slots if s.name == name)
    return unwrap_key(ring, slot, password)


def _deactivate_rita(location: DataLocation) -> Path:
    """Rita switched off by the administrator; returns a copy of the key file from before
    (what Rita could have kept)."""
    kept = location.directory.parent / "kept-keys.json"
    shutil.copyfile(keyring_path(location.database), kept)
    admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    accounts = AccountService(admin.ctx)
    rita = next(a for a in accounts.accounts() if a.name == RITA)
    accounts.deactivate(rita.id)
    admin.sign_out()
    return kept


def _check(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    code = cli.main(["check", "--data-dir", str(location.directory), "--user", ADMIN])
    return code, capsys.readouterr().out


def test_a_switched_off_password_opens_nothing_after_the_key_is_replaced(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = _deactivate_rita(location)
    old_key = _key_of(kept, RITA, RITA_PASSWORD)
    # Switching off alone removes the slot, but the key Rita could have kept still opens it.
    assert _opens(location, old_key)

    admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    sign_out_replacing_database_key(admin)

    assert not _opens(location, old_key)
    assert not rekey_copy_path(location.database).exists()
    if os.name == "posix":
        assert location.database.stat().st_mode & 0o077 == 0  # still the owner's only
    with pytest.raises(SignInRefused):
        sign_in(location, RITA, RITA_PASSWORD, daily_backup=False)
    # Everyone else signs in as before; their slot then wraps the new key.
    leif = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    assert leif.account.role is AccountRole.LEADER and not leif.trust_warnings
    new_key = leif.store.key
    assert new_key is not None and new_key != old_key
    leif.sign_out()
    slot = next(s for s in load_keyring(keyring_path(location.database)).slots if s.name == LEIF)
    assert not slot.sealed_database_key
    assert _key_of(keyring_path(location.database), LEIF, LEIF_PASSWORD) == new_key
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out
    store = open_store(location.database, key=new_key, create=False)
    try:
        actions = [r["action"] for r in store.query("SELECT action FROM audit_event")]
    finally:
        store.close()
    assert "database_key_replaced" in actions


def test_only_an_administrator_replaces_the_key(location: DataLocation) -> None:
    leif = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    key = leif.store.key
    try:
        with pytest.raises(PermissionDenied):
            sign_out_replacing_database_key(leif)
    finally:
        leif.sign_out()
    assert key is not None and _opens(location, key)


def test_not_replaced_while_open_elsewhere(location: DataLocation) -> None:
    other = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    try:
        admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
        key = admin.store.key
        with pytest.raises(RekeyRefused) as refused:
            sign_out_replacing_database_key(admin)
        assert "open on another PC" in refused.value.message.render()
        assert key is not None and _opens(location, key)
    finally:
        other.sign_out()


# Replaces the key with the key file's writes watched; dies at once (like kill -9) at the
# chosen step.
_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import teamdesk.store.rekey as rekey
    from teamdesk.services.rekey import sign_out_replacing_database_key
    from teamdesk.services.signin import sign_in
    from teamdesk.store.paths import DataLocation

    directory, password, moment = sys.argv[1:4]
    real_save = rekey.save_keyring
    saves = []

    def save(path, ring):
        saves.append(path)
        if moment == "copy made" and len(saves) == 1:
            os._exit(9)
        if moment == "swapped" and len(saves) == 2:
            os._exit(9)
        real_save(path, ring)
        if moment == "key file pending" and len(saves) == 1:
            os._exit(9)

    rekey.save_keyring = save
    session = sign_in(DataLocation(Path(directory), "test"), "Anne Admin", password,
                      daily_backup=False)
    sign_out_replacing_database_key(session)
    os._exit(0)
    """
)


@pytest.mark.parametrize(
    ("moment", "replaced"),
    [("copy made", False), ("key file pending", False), ("swapped", True)],
)
def test_killed_while_replacing_the_key_the_folder_opens_and_is_sound(
    location: DataLocation,
    moment: str,
    replaced: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kept = _deactivate_rita(location)
    old_key = _key_of(kept, RITA, RITA_PASSWORD)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(location.directory), PASSWORD, moment],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr
    assert _opens(location, old_key) is not replaced
    for who, password in ((ADMIN, PASSWORD), (LEIF, LEIF_PASSWORD)):
        session = sign_in(location, who, password, daily_backup=False)
        assert not session.trust_warnings
        session.sign_out()
    assert not rekey_copy_path(location.database).exists()
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out


def test_the_command_line_replaces_the_key_and_refuses_a_non_administrator(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = str(location.directory)
    monkeypatch.setenv("TEAMDESK_PASSWORD", LEIF_PASSWORD)
    assert cli.main(["replace-key", "--data-dir", directory, "--user", LEIF]) != cli.EXIT_OK
    before = _key_of(keyring_path(location.database), ADMIN, PASSWORD)
    assert _opens(location, before)
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    assert cli.main(["replace-key", "--data-dir", directory, "--user", ADMIN]) == cli.EXIT_OK
    assert "database key is replaced" in capsys.readouterr().out
    assert not _opens(location, before)
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_OK


def test_not_replaced_on_a_pc_that_syncs(location: DataLocation) -> None:
    from teamdesk.services.context import ServiceError
    from teamdesk.services.sync import FOLDER_META

    admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    key = admin.store.key
    try:
        with admin.store.transaction():
            admin.store.set_meta(FOLDER_META, str(location.directory.parent / "house"))
        with pytest.raises(ServiceError) as refused:
            sign_out_replacing_database_key(admin)
        assert "syncs with other PCs" in refused.value.message.render()
    finally:
        admin.sign_out()
    assert key is not None and _opens(location, key)


def test_only_an_administrator_replaces_the_key_while_signed_in(location: DataLocation) -> None:
    leif = sign_in(location, LEIF, LEIF_PASSWORD, daily_backup=False)
    key = leif.store.key
    try:
        with pytest.raises(PermissionDenied):
            begin_replacing_database_key(leif)
        assert not leif.store.closed  # refused before anything was closed or written
        actions = [r["action"] for r in leif.store.query("SELECT action FROM audit_event")]
        assert "database_key_replaced" not in actions
    finally:
        leif.sign_out()
    assert key is not None and _opens(location, key)


def test_the_key_is_replaced_while_the_session_stays_signed_in(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = _deactivate_rita(location)
    old_key = _key_of(kept, RITA, RITA_PASSWORD)
    admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    store = admin.store
    replacement = begin_replacing_database_key(admin)
    assert store.closed
    steps: list[tuple[int, int]] = []
    replacement.run(lambda done, total: steps.append((done, total)))
    replacement.finish()
    assert admin.store is store and not store.closed  # the same store, reopened
    assert steps[-1] == (4, 4)
    assert store.key is not None and store.key != old_key
    assert not _opens(location, old_key)
    AccountService(admin.ctx).listing()
    admin.sign_out()
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_OK


def test_a_store_closed_for_the_re_key_is_a_sentence_not_a_crash(location: DataLocation) -> None:
    from teamdesk.store.errors import StoreError

    admin = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    replacement = begin_replacing_database_key(admin)
    # Something on the window's thread reads while the worker re-keys: it is told to wait.
    with pytest.raises(StoreError) as told:
        AccountService(admin.ctx).listing()
    assert "closed the database for a moment" in told.value.message.render()
    replacement.run()
    replacement.finish()
    assert AccountService(admin.ctx).listing()
    admin.sign_out()
