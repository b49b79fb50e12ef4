"""Restoring is authorised by the current database, and only this installation's backups are
accepted (issue 9, row 9)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import Permission, PermissionDenied
from teamdesk.services.recovery import (
    OtherInstallation,
    back_up_now,
    restore,
    unlock_offline,
    unlock_other_installation,
)
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.backup import key_file_copy
from teamdesk.store.keyring import keyring_path
from teamdesk.store.paths import DataLocation

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


def _closed(session: UserSession) -> None:
    session.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.sign_out()


def test_a_demoted_administrator_cannot_restore_a_backup_from_when_they_were_one(
    admin: UserSession, location: DataLocation
) -> None:
    accounts = AccountService(admin.ctx)
    nina = accounts.create_account("Nina Admin", AccountRole.ADMINISTRATOR, "Nina Admin secret")
    backup = back_up_now(admin)  # Anne is an administrator in this backup
    _closed(admin)
    session = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    AccountService(session.ctx).update_account(admin.account.id, role=AccountRole.STAFF)
    _closed(session)
    before = _hashes(location.directory)
    with pytest.raises(PermissionDenied, match=r"Anne Admin \(staff\) may not do this"):
        unlock_offline(
            location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS, role_from=backup
        )
    assert _hashes(location.directory) == before
    assert nina.row_id is not None


def test_with_the_database_gone_the_key_files_signed_grants_decide_not_the_backup(
    admin: UserSession, location: DataLocation
) -> None:
    AccountService(admin.ctx).create_account(
        "Nina Admin", AccountRole.ADMINISTRATOR, "Nina Admin secret"
    )
    backup = back_up_now(admin)
    _closed(admin)
    session = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    AccountService(session.ctx).update_account(admin.account.id, role=AccountRole.STAFF)
    _closed(session)
    location.database.rename(location.directory / "lost.sqlite3")
    before = _hashes(location.directory)
    with pytest.raises(PermissionDenied, match=r"Anne Admin \(staff\) may not do this"):
        unlock_offline(
            location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS, role_from=backup
        )
    assert _hashes(location.directory) == before
    # The administrator the grants name may.
    _, nina = unlock_offline(
        location, "Nina Admin", "Nina Admin secret", Permission.RESTORE_BACKUPS, role_from=backup
    )
    assert nina.role is AccountRole.ADMINISTRATOR


def test_a_backup_of_another_installation_is_refused_unless_an_administrator_confirms_it(
    admin: UserSession, location: DataLocation, tmp_path: Path
) -> None:
    # Another installation, where Anne's namesake is administrator, with its own backup.
    elsewhere = DataLocation(tmp_path / "elsewhere", "test")
    other = set_up_first_administrator(elsewhere, "Anne Admin", "the other password")
    TeamService(other.ctx).create_resident("Someone Else")
    foreign = back_up_now(other)
    _closed(other)
    AccountService(admin.ctx).create_account("Ola Staff", AccountRole.STAFF, "Ola Staff secret")
    _closed(admin)
    brought = location.directory / "incoming"
    brought.mkdir()
    for path in (foreign, key_file_copy(foreign)):
        shutil.copy(path, brought / path.name)
    incoming = brought / foreign.name
    before = _hashes(location.directory)
    # Its own key file would open it, but it is not this installation's.
    with pytest.raises(OtherInstallation, match="belongs to another TeamDesk installation"):
        unlock_offline(
            location,
            "Anne Admin",
            "the other password",
            Permission.RESTORE_BACKUPS,
            role_from=incoming,
        )
    # Nor does restore accept it with the key of its own key file.
    foreign_key, foreign_account = unlock_offline(
        elsewhere, "Anne Admin", "the other password", Permission.RESTORE_BACKUPS
    )
    with pytest.raises(OtherInstallation, match="Nothing was changed"):
        restore(location, foreign_key, foreign_account, incoming)
    # A person who is not an administrator here cannot confirm it.
    with pytest.raises(PermissionDenied):
        unlock_other_installation(location, "Ola Staff", "Ola Staff secret", incoming)
    assert _hashes(location.directory) == before
    # This folder's administrator can.
    confirmed = unlock_other_installation(
        location, "Anne Admin", PASSWORD, incoming, "the other password"
    )
    restore(
        location,
        confirmed.key,
        confirmed.account,
        incoming,
        other_installation=True,
        keys=confirmed.keys,
    )
    assert keyring_path(location.database).exists()
    session = sign_in(location, "Anne Admin", "the other password", daily_backup=False)
    try:
        assert [r.name for r in TeamService(session.ctx).residents()] == ["Someone Else"]
    finally:
        session.sign_out()
