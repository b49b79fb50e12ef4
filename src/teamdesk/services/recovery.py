"""Backups on demand, the list of backups with their checks, and restoring one.

These work even when the database itself is damaged: the password unwraps the key from the key
file (wrong tries are counted as at sign-in), and the person's role is read from the database
if it can be read, else from the backup being restored. Nothing here writes to a damaged file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from teamdesk.domain.accounts import Account
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import ROLE_PERMISSIONS, Permission, PermissionDenied
from teamdesk.services.signin import SignInRefused, UserSession, _find_slot, _unwrap_for
from teamdesk.store import account_repo
from teamdesk.store.backup import (
    MANUAL_LABEL,
    BackupCheck,
    backup_database,
    check_backup,
    list_backups,
    newest_sound_backup,
    prune_backups,
    restore_backup,
)
from teamdesk.store.errors import StoreError
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import Store, open_store, utc_now


@dataclass(frozen=True)
class Restored:
    """What a restore did: which backup is now the database, and where the old file went."""

    backup: Path
    kept_aside: Path | None


def back_up_now(session: UserSession) -> Path:
    """Take a checked backup of the open database now and apply the rotation."""
    session.ctx.require(Permission.MAKE_BACKUPS)
    store = session.store
    assert store.key is not None
    path = backup_database(store.conn, session.location.backups, MANUAL_LABEL, key=store.key)
    prune_backups(session.location.backups)
    store.audit("backup", actor=session.account.name, summary=f"backup {path.name}")
    return path


def unlock_offline(
    location: DataLocation,
    who: str,
    password: str,
    permission: Permission,
    *,
    role_from: Path | None = None,
    now: Callable[[], datetime] = utc_now,
) -> tuple[bytes, Account]:
    """The database key and the account, for work that must not depend on the database being
    readable. The role is read from the database, or (when it cannot be read) from
    ``role_from`` or the newest sound backup; refuses a person whose role lacks
    ``permission``."""
    ring = load_keyring(keyring_path(location.database))
    slot = _find_slot(ring, who)
    key = _unwrap_for(location, slot.account_id, password, now, ring=ring)
    sources: list[Path] = []
    if role_from is not None:
        sources.append(role_from)
    if location.database.exists():
        sources.append(location.database)
    account: Account | None = None
    for source in sources:
        account = _account_in(source, key, slot.account_id)
        if account is not None:
            break
    if account is None:
        newest = newest_sound_backup(location.backups, key)
        if newest is not None:
            account = _account_in(newest.info.path, key, slot.account_id)
    if account is None or not account.active:
        raise SignInRefused(
            Message(
                N_("The account {name} is not active in this database or its backups."),
                {"name": slot.name},
            )
        )
    if permission not in ROLE_PERMISSIONS[account.role]:
        raise PermissionDenied(
            Message(
                N_("{name} ({role}) may not do this ({permission}). Ask an administrator."),
                {"name": account.name, "role": account.role.value, "permission": permission.value},
            )
        )
    return key, account


def _account_in(path: Path, key: bytes, account_id: str) -> Account | None:
    """The account as a database file (read-only) records it; None when it cannot be read."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return None
    try:
        row = conn.execute(
            "SELECT * FROM account WHERE id = ? AND deleted_at IS NULL", (account_id,)
        ).fetchone()
    except ANY_SQLITE_ERROR:
        return None
    finally:
        conn.close()
    return account_repo.account_from_row(row) if row else None


def checked_backups(location: DataLocation, key: bytes) -> list[BackupCheck]:
    """Every backup of the data folder, newest first, each opened with the key and checked."""
    return [check_backup(info, key) for info in list_backups(location.backups)]


def restore(
    location: DataLocation,
    key: bytes,
    account: Account,
    backup: Path,
    *,
    because_damaged: bool = False,
    now: Callable[[], datetime] = utc_now,
) -> Restored:
    """Make ``backup`` the database; the current file is kept aside, never overwritten.

    Restoring needs an administrator, except ``because_damaged``: when the current database
    cannot be opened, anyone who can sign in may put the newest sound backup in its place
    (nothing is lost: the damaged file is kept aside). Refuses a backup that is not sound
    (damaged, from a newer TeamDesk, another key), leaving every file as it was. The restore is
    written to the restored database's audit log.
    """
    if because_damaged and _opens(location, key):
        because_damaged = False
    if not because_damaged and permission_missing(account, Permission.RESTORE_BACKUPS):
        raise PermissionDenied(
            Message(N_("Only an administrator may restore a backup."), {"name": account.name})
        )
    aside = restore_backup(location.database, backup, key, now())
    try:
        store: Store = open_store(
            location.database, key=key, create=False, now=now, backup_dir=location.backups
        )
    except StoreError:
        return Restored(backup, aside)
    try:
        store.audit(
            "restore",
            actor=account.name,
            summary=f"restored {backup.name}"
            + (f"; the previous file was kept as {aside.name}" if aside else ""),
        )
    finally:
        store.close()
    return Restored(backup, aside)


def permission_missing(account: Account, permission: Permission) -> bool:
    return permission not in ROLE_PERMISSIONS[account.role]


def _opens(location: DataLocation, key: bytes) -> bool:
    """Whether the current database opens and passes ``quick_check`` (read-only)."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    if not location.database.exists():
        return False
    try:
        conn = connect(location.database, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return False
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except ANY_SQLITE_ERROR:
        return False
    finally:
        conn.close()
