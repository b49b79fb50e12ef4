"""Backups (rotation, checks, restore) and bad input: every refusal is a sentence and leaves
every file as it was, checked by hash."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import Permission, PermissionDenied
from teamdesk.services.recovery import back_up_now, checked_backups, restore, unlock_offline
from teamdesk.services.signin import (
    UserSession,
    WrongPassword,
    set_up_first_administrator,
    sign_in,
)
from teamdesk.services.team import TeamService
from teamdesk.store import schema
from teamdesk.store.backup import (
    BackupInfo,
    RestoreRefused,
    backups_to_keep,
    list_backups,
    newest_sound_backup,
)
from teamdesk.store.connection import connect
from teamdesk.store.errors import (
    DatabaseCorruptError,
    NotATeamDeskDatabaseError,
    NotEncryptedDatabaseError,
    StoreError,
)
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse"


def _hashes(directory: Path) -> dict[str, str]:
    """Every file under ``directory`` (the sign-in record aside) and its SHA-256."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.name.endswith(("-signin.json", ".lock"))
    }


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> UserSession:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(session.ctx).create_resident("Per Hansen")
    yield session
    session.store.close()


def _closed(session: UserSession) -> None:
    session.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.sign_out()


# -- rotation ------------------------------------------------------------------------------


def test_rotation_keeps_seven_daily_and_four_weekly_and_every_migration_backup() -> None:
    start = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)
    backups = [
        BackupInfo(Path(f"b{d}-{h}"), start + timedelta(days=d, hours=h), "daily")
        for d in range(60)
        for h in (0, 5)
    ]
    backups.append(BackupInfo(Path("m"), start, "before-migration-v2"))
    keep = backups_to_keep(backups)
    newest_day = start + timedelta(days=59)
    kept = [b for b in backups if b.path in keep]
    daily = {b.taken_at.date() for b in kept if b.taken_at >= newest_day - timedelta(days=6)}
    assert len(daily) == 7
    # The newest of each day is the one kept.
    assert all(b.taken_at.hour == 12 for b in kept if b.label == "daily")
    weeks = {b.taken_at.isocalendar()[:2] for b in kept if b.label == "daily"}
    assert len(weeks) == 4
    assert Path("m") in keep
    assert len(keep) <= 7 + 4 + 1


# -- backups --------------------------------------------------------------------------------


def test_a_backup_is_encrypted_checked_and_listed(
    admin: UserSession, location: DataLocation
) -> None:
    path = back_up_now(admin)
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        raw.execute("SELECT * FROM resident").fetchall()
    raw.close()
    assert b"Per Hansen" not in path.read_bytes()
    checks = checked_backups(location, admin.store.key or b"")
    assert [c.sound for c in checks] == [True]
    staff = AccountService(admin.ctx).create_account("Ola", AccountRole.STAFF, "ola secret")
    assert staff.row_id
    ola = sign_in(location, "Ola", "ola secret", daily_backup=False)
    try:
        with pytest.raises(PermissionDenied):
            back_up_now(ola)
    finally:
        ola.store.close()


def test_sign_in_takes_the_daily_backup_only_when_the_last_is_a_day_old(
    admin: UserSession, location: DataLocation
) -> None:
    admin.sign_out()
    first = sign_in(location, "Anne Admin", PASSWORD)
    first.sign_out()
    assert first.backup_taken and len(list_backups(location.backups)) == 1
    again = sign_in(location, "Anne Admin", PASSWORD)
    again.sign_out()
    assert not again.backup_taken
    later = datetime.now(UTC) + timedelta(days=2)
    third = sign_in(location, "Anne Admin", PASSWORD, now=lambda: later)
    third.sign_out()
    assert third.backup_taken and len(list_backups(location.backups)) == 2


def test_restore_keeps_the_current_file_aside_and_brings_the_backup_back(
    admin: UserSession, location: DataLocation
) -> None:
    backup = back_up_now(admin)
    TeamService(admin.ctx).create_resident("Kommer Senere")
    key = admin.store.key or b""
    _closed(admin)
    replaced = location.database.read_bytes()
    account = unlock_offline(location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS)[1]
    result = restore(location, key, account, backup)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == replaced
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        names = [r.name for r in TeamService(session.ctx).residents()]
        assert names == ["Per Hansen"]
        assert session.store.query("SELECT 1 FROM audit_event WHERE action = 'restore'")
    finally:
        session.sign_out()


def test_a_damaged_database_is_replaced_by_the_newest_sound_backup_without_writing_to_it(
    admin: UserSession, location: DataLocation
) -> None:
    back_up_now(admin)
    AccountService(admin.ctx).create_account("Ola", AccountRole.STAFF, "ola secret")
    back_up_now(admin)
    key = admin.store.key or b""
    _closed(admin)
    data = location.database.read_bytes()
    location.database.write_bytes(data[: len(data) // 2])
    damaged = location.database.read_bytes()
    with pytest.raises(DatabaseCorruptError):
        sign_in(location, "Ola", "ola secret")
    assert location.database.read_bytes() == damaged
    _, ola = unlock_offline(location, "Ola", "ola secret", Permission.READ_RESIDENTS)
    newest = newest_sound_backup(location.backups, key)
    assert newest is not None
    result = restore(location, key, ola, newest.info.path, because_damaged=True)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged
    session = sign_in(location, "Ola", "ola secret")
    session.sign_out()
    # When the database is sound, staff may not restore.
    with pytest.raises(PermissionDenied):
        restore(location, key, ola, newest.info.path, because_damaged=True)


# -- bad input: a sentence, and not a byte changed -----------------------------------------


@pytest.mark.parametrize(
    ("damage", "error", "says"),
    [
        ("truncated", DatabaseCorruptError, "damaged"),
        ("random-bytes", NotATeamDeskDatabaseError, "not a TeamDesk database"),
        ("unencrypted", NotEncryptedDatabaseError, "unencrypted"),
        ("wrong-password", WrongPassword, "password is not right"),
    ],
)
def test_bad_input_gets_a_sentence_and_every_file_stays_as_it_was(
    admin: UserSession, location: DataLocation, damage: str, error: type[Exception], says: str
) -> None:
    back_up_now(admin)
    _closed(admin)
    password = PASSWORD
    if damage == "truncated":
        data = location.database.read_bytes()
        location.database.write_bytes(data[: len(data) // 2 + 100])
    elif damage == "random-bytes":
        location.database.write_bytes(os.urandom(location.database.stat().st_size))
    elif damage == "unencrypted":
        location.database.unlink()
        plain = sqlite3.connect(location.database)
        plain.execute("CREATE TABLE resident (name TEXT)")
        plain.commit()
        plain.close()
    else:
        password = "not it at all"
    before = _hashes(location.directory)
    with pytest.raises(error) as caught:
        sign_in(location, "Anne Admin", password)
    assert says in str(caught.value)
    assert isinstance(caught.value, StoreError | WrongPassword)
    assert "Traceback" not in str(caught.value)
    after = _hashes(location.directory)
    if damage == "wrong-password":
        # The wrong try is counted in the account's key slot (issue 9, row 11), and only there.
        key_file = keyring_path(location.database)
        assert [s.tries.failures for s in load_keyring(key_file).slots] == [1]
        del before[key_file.name], after[key_file.name]
    assert after == before


def test_a_backup_from_a_newer_teamdesk_is_refused_and_nothing_changes(
    admin: UserSession, location: DataLocation
) -> None:
    backup = back_up_now(admin)
    key = admin.store.key or b""
    conn = connect(backup, key)
    conn.execute(f"PRAGMA user_version={schema.latest_version() + 1}")
    conn.close()
    _closed(admin)
    before = _hashes(location.directory)
    account = unlock_offline(location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS)[1]
    with pytest.raises(RestoreRefused) as caught:
        restore(location, key, account, backup)
    assert "newer TeamDesk" in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert _hashes(location.directory) == before
