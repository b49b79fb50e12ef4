"""Every backup keeps a copy of the key file beside it, so losing the key file loses nothing;
restore keeps or puts back a key file that fits the restored database."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.services.context import Permission
from teamdesk.services.recovery import (
    KeyFileSource,
    back_up_now,
    restore,
    restore_key_file,
    unlock_offline,
    unlock_other_installation,
)
from teamdesk.services.signin import (
    FolderState,
    SignInRefused,
    UserSession,
    WrongPassword,
    folder_state,
    set_up_first_administrator,
    sign_in,
    sign_in_names,
)
from teamdesk.services.team import TeamService
from teamdesk.store.backup import (
    RestoreRefused,
    backup_database,
    key_file_copy,
    list_backups,
    prune_backups,
)
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import Store

PASSWORD = "correct horse"


def _hashes(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.name.endswith(("-signin.json", ".lock"))
    }


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> Iterator[UserSession]:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(session.ctx).create_resident("Per Hansen")
    yield session
    session.store.close()


def _add(session: UserSession, name: str, role: AccountRole = AccountRole.STAFF) -> str:
    outcome = AccountService(session.ctx).create_account(name, role, f"{name} secret")
    assert outcome.row_id is not None
    return outcome.row_id


def _closed(session: UserSession) -> None:
    session.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.sign_out()


def _residents(location: DataLocation, who: str, password: str) -> list[str]:
    session = sign_in(location, who, password, daily_backup=False)
    try:
        return [r.name for r in TeamService(session.ctx).residents()]
    finally:
        session.sign_out()


# -- every backup keeps the key file -------------------------------------------------------


def test_every_backup_keeps_a_copy_of_the_key_file_with_wrapped_keys_only(
    admin: UserSession, location: DataLocation
) -> None:
    manual = back_up_now(admin)
    _closed(admin)
    later = datetime.now(UTC) + timedelta(days=2)
    # The first sign-in a day after the last backup takes the daily one.
    daily = sign_in(location, "Anne Admin", PASSWORD, now=lambda: later)
    key = daily.store.key or b""
    daily.sign_out()
    backups = list_backups(location.backups)
    assert {b.label for b in backups} == {"manual", "daily"}
    assert all(b.has_key_file for b in backups)
    copy = key_file_copy(manual)
    assert copy.name == manual.name.removesuffix(".sqlite3") + "-keys.json"
    # The same slots and grants; the audit log's head it records is the one at the backup.
    live = load_keyring(keyring_path(location.database))
    assert replace(load_keyring(copy), anchor=None) == replace(live, anchor=None)
    assert load_keyring(copy).anchor is not None
    text = copy.read_text(encoding="utf-8")
    assert key.hex() not in text and base64.b64encode(key).decode() not in text
    assert "Per Hansen" not in text
    # A backup file is never mistaken for its key file or the other way round.
    assert [b.path for b in backups if b.path.suffix != ".sqlite3"] == []


def test_a_database_without_a_key_file_is_still_backed_up_and_listed_as_without_one(
    store: Store, db_key: bytes, tmp_path: Path
) -> None:
    path = backup_database(store.conn, tmp_path / "backups", "manual", key=db_key)
    [info] = list_backups(tmp_path / "backups")
    assert info.path == path and not info.has_key_file


def test_the_rotation_removes_a_backups_key_file_with_it_and_stray_copies(
    admin: UserSession, location: DataLocation
) -> None:
    start = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)
    for day in range(12):
        backup_database(
            admin.store.conn,
            location.backups,
            "daily",
            key=admin.store.key or b"",
            now=start + timedelta(days=day),
        )
    stray = location.backups / "teamdesk-20200101T000000Z-manual-keys.json"
    stray.write_text("{}", encoding="utf-8")
    removed = prune_backups(location.backups)
    assert removed
    assert all(not key_file_copy(p).exists() for p in removed)
    assert all(b.has_key_file for b in list_backups(location.backups))
    assert not stray.exists()
    assert keyring_path(location.database).exists()  # the folder's own key file is never pruned


def test_a_new_password_or_a_switched_off_account_reaches_every_backups_copy(
    admin: UserSession, location: DataLocation
) -> None:
    ola = _add(admin, "Ola")
    kari = _add(admin, "Kari")
    backup = back_up_now(admin)
    accounts = AccountService(admin.ctx)
    accounts.reset_password(ola, "a brand new one")
    accounts.deactivate(kari)
    copy = load_keyring(key_file_copy(backup))
    assert copy.slot(ola) == load_keyring(keyring_path(location.database)).slot(ola)
    assert copy.slot(kari) is None
    # A copy of another installation is left alone.
    other = location.backups / "teamdesk-20200101T000000Z-manual.sqlite3"
    other.write_bytes(b"")
    foreign = load_keyring(key_file_copy(backup))
    foreign_path = key_file_copy(other)
    foreign_path.write_text(
        key_file_copy(backup)
        .read_text(encoding="utf-8")
        .replace(foreign.database_id, "another installation"),
        encoding="utf-8",
    )
    before = foreign_path.read_bytes()
    accounts.reset_password(ola, "yet another one")
    assert foreign_path.read_bytes() == before


# -- a lost key file -----------------------------------------------------------------------


def test_a_lost_key_file_is_put_back_from_a_backups_copy_without_rolling_anything_back(
    admin: UserSession, location: DataLocation
) -> None:
    back_up_now(admin)
    _add(admin, "Ny Etter Backup")  # made after the backup: its copy does not know them
    TeamService(admin.ctx).create_resident("Kommer Senere")
    _closed(admin)
    keyring_path(location.database).unlink()
    assert folder_state(location) is FolderState.KEYS_MISSING
    with pytest.raises(KeyringError, match="restore --key-file"):
        sign_in(location, "Anne Admin", PASSWORD)
    with pytest.raises(WrongPassword):
        restore_key_file(location, "Anne Admin", "not the password")
    # The wrong password is counted in the copy it was tried on (issue 9, row 11); nothing
    # else changed, and nothing changes for a name no copy knows.
    [tried] = [i for i in list_backups(location.backups) if i.has_key_file]
    assert [s.tries.failures for s in load_keyring(tried.key_file).slots] == [1]
    before = _hashes(location.directory)
    with pytest.raises(SignInRefused, match="No backup"):
        restore_key_file(location, "Nobody Known", PASSWORD)
    assert _hashes(location.directory) == before
    result = restore_key_file(location, "Anne Admin", PASSWORD)
    assert result.cannot_sign_in == ("Ny Etter Backup",)
    assert folder_state(location) is FolderState.READY
    assert sorted(_residents(location, "Anne Admin", PASSWORD)) == ["Kommer Senere", "Per Hansen"]
    with pytest.raises(SignInRefused, match="there and readable"):
        restore_key_file(location, "Anne Admin", PASSWORD)


def test_a_damaged_key_file_is_kept_aside_when_the_copy_is_put_back(
    admin: UserSession, location: DataLocation
) -> None:
    back_up_now(admin)
    _closed(admin)
    keyring_path(location.database).write_text("{ not json", encoding="utf-8")
    result = restore_key_file(location, "Anne Admin", PASSWORD)
    assert result.damaged_aside is not None
    assert result.damaged_aside.read_text(encoding="utf-8") == "{ not json"
    assert _residents(location, "Anne Admin", PASSWORD) == ["Per Hansen"]


# -- restoring a backup --------------------------------------------------------------------


def test_restore_keeps_the_folders_key_file_fitted_to_the_restored_database(
    admin: UserSession, location: DataLocation
) -> None:
    ola = _add(admin, "Ola")
    kari = _add(admin, "Kari")
    backup = back_up_now(admin)
    accounts = AccountService(admin.ctx)
    accounts.reset_password(ola, "changed after the backup")
    accounts.deactivate(kari)
    later = _add(admin, "Made Later")
    key = admin.store.key or b""
    _closed(admin)
    account = unlock_offline(location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS)[1]
    result = restore(location, key, account, backup)
    assert result.key_file is KeyFileSource.KEPT
    # Ola keeps the password of today; Kari, switched off since, does not come back with her
    # old one; the account made later is gone from the sign-in list.
    assert result.cannot_sign_in == ("Kari",)
    assert _residents(location, "Ola", "changed after the backup") == ["Per Hansen"]
    names = [n.name for n in sign_in_names(location)]
    assert names == ["Anne Admin", "Ola"]
    # The key file it replaced is kept aside, beside the database kept aside.
    assert result.kept_aside is not None and result.key_file_aside is not None
    assert result.key_file_aside == keyring_path(result.kept_aside)
    assert load_keyring(result.key_file_aside).slot(later) is not None


def test_with_the_key_file_lost_as_well_a_backup_brings_its_own(
    admin: UserSession, location: DataLocation
) -> None:
    backup = back_up_now(admin)
    _closed(admin)
    location.database.unlink()
    keyring_path(location.database).unlink()
    assert folder_state(location) is FolderState.DATABASE_MISSING
    key, account = unlock_offline(
        location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS, role_from=backup
    )
    result = restore(location, key, account, backup)
    assert result.key_file is KeyFileSource.FROM_BACKUP and result.kept_aside is None
    assert _residents(location, "Anne Admin", PASSWORD) == ["Per Hansen"]


def test_a_confirmed_backup_of_another_installation_is_restored_with_its_own_key_file(
    admin: UserSession, location: DataLocation, tmp_path: Path
) -> None:
    backup = back_up_now(admin)
    _closed(admin)
    # The folder was set up again from scratch, with a new key; the old backup is brought in.
    keep = tmp_path / "kept"
    keep.mkdir()
    for path in (backup, key_file_copy(backup)):
        path.rename(keep / path.name)
    for path in list(location.directory.rglob("*")):
        if path.is_file():
            path.unlink()
    again = set_up_first_administrator(location, "Anne Admin", "another password")
    _closed(again)
    old = location.backups / backup.name
    location.backups.mkdir(exist_ok=True)
    for path in keep.iterdir():
        path.rename(location.backups / path.name)
    # Only an administrator of this folder may put it in place, by confirming it.
    confirmed = unlock_other_installation(location, "Anne Admin", "another password", old, PASSWORD)
    result = restore(
        location,
        confirmed.key,
        confirmed.account,
        old,
        other_installation=True,
        keys=confirmed.keys,
    )
    assert result.key_file is KeyFileSource.FROM_BACKUP and result.key_file_aside is not None
    assert _residents(location, "Anne Admin", PASSWORD) == ["Per Hansen"]


def test_a_restore_after_which_no_administrator_could_sign_in_is_refused_unchanged(
    admin: UserSession, location: DataLocation
) -> None:
    # The only administrator in the backup is switched off later, by a newer administrator.
    backup = back_up_now(admin)
    newer = _add(admin, "Nina Admin", AccountRole.ADMINISTRATOR)
    nina = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    AccountService(nina.ctx).deactivate(admin.account.id)
    key = nina.store.key or b""
    _closed(nina)
    _closed(admin)
    before = _hashes(location.directory)
    account = unlock_offline(
        location, "Nina Admin", "Nina Admin secret", Permission.RESTORE_BACKUPS
    )
    with pytest.raises(RestoreRefused, match="no administrator could sign in"):
        restore(location, key, account[1], backup)
    assert _hashes(location.directory) == before
    assert newer


def test_a_demo_folder_left_with_backups_only_is_made_anew(tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    prepare_demo(directory)
    demo = DataLocation(directory, "--demo")
    session = sign_in(demo, "Demo Administrator", DEMO_PASSWORD, daily_backup=False)
    back_up_now(session)
    session.sign_out()
    demo.database.unlink()
    keyring_path(demo.database).unlink()
    assert folder_state(demo) is FolderState.DATABASE_MISSING
    assert prepare_demo(directory) is not None
    assert folder_state(demo) is FolderState.READY
    sign_in(demo, "Demo Staff", DEMO_PASSWORD, daily_backup=False).sign_out()
