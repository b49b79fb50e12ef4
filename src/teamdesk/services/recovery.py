"""Backups on demand, the list of backups with their checks, and restoring one.

These work even when the database itself is damaged: the password unwraps the key from the key
file (wrong tries are counted as at sign-in), and the person's role is read from the database
if it can be read, else from the backup being restored. Nothing here writes to a damaged file.

The key file and its copies beside the backups (see :mod:`teamdesk.store.backup`):

- When the data folder's key file is missing or damaged, or belongs to another installation
  than the backup being restored, the password is tried on the backup's copy instead (for
  ``backups`` without a chosen backup: the newest backup that has a copy).
- Restoring a backup keeps the data folder's key file when it belongs to the same installation
  (the database key never changes, so it opens the backup) rather than the backup's older copy:
  it holds everyone's current password, and a person switched off since the backup stays
  switched off instead of coming back with an old password. Only when the folder has no usable
  key file, or one of another installation, is the backup's copy put in place. Either way the
  key file is then fitted to the restored database: slots of accounts that are not active in it
  (made after the backup, or switched off then) are taken out, so the sign-in list shows only
  people who can sign in; active accounts without a slot (switched off after the backup) are
  reported and need a new password from an administrator, which also reactivates them. The
  key file it replaces is kept aside beside the database kept aside, never deleted. A restore
  that would leave no administrator able to sign in is refused with nothing changed.
- :func:`restore_key_file` puts back only the key file, from the newest backup copy that the
  person's password opens and whose key opens the database, when the key file is lost but the
  database is fine: nothing in the database is rolled back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from teamdesk.domain.accounts import Account, AccountRole
from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.text import N_, Day, Message
from teamdesk.services.context import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDenied,
    ServiceContext,
    permission_refusal,
)
from teamdesk.services.restore_record import RestoreOwed, clear_owed, write_owed
from teamdesk.services.signin import (
    SignInRefused,
    UserSession,
    _find_slot,
    _open_for,
)
from teamdesk.services.trust import anchored_audit, unsealed_grant_key
from teamdesk.store import account_repo
from teamdesk.store.backup import (
    MANUAL_LABEL,
    RestoreRefused,
    backup_database,
    check_backup,
    copy_key_file,
    key_file_copy,
    list_backups,
    prune_backups,
    restore_backup,
    restore_journal_path,
)
from teamdesk.store.backup import (
    BackupCheck as BackupCheck,
)
from teamdesk.store.backup import (
    newest_sound_backup as newest_sound_backup,
)
from teamdesk.store.errors import KeyringError, StoreError
from teamdesk.store.keyring import (
    Keyring,
    PasswordMismatch,
    SlotDamaged,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    open_slot,
    save_keyring,
)
from teamdesk.store.paths import DataLocation
from teamdesk.store.private import copy_private
from teamdesk.store.store import Store, fsync_dir, open_store, utc_now
from teamdesk.store.trust import Grant, SessionKeys


class KeyFileSource(StrEnum):
    """Which key file a restored database opens with."""

    KEPT = "kept"  # the data folder's own (same installation): everyone's current password
    FROM_BACKUP = "from_backup"  # the backup's copy (the folder's was missing, damaged, other)


@dataclass(frozen=True)
class Restored:
    """What a restore did: which backup is now the database, where the old file went, which
    key file opens it now, and who needs a new password before they can sign in."""

    backup: Path
    kept_aside: Path | None
    key_file: KeyFileSource = KeyFileSource.KEPT
    key_file_aside: Path | None = None
    cannot_sign_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyFileRestored:
    """What :func:`restore_key_file` did: which backup's copy is now the key file, where a
    damaged key file went, and who needs a new password (accounts made after that backup)."""

    copy_of: Path
    damaged_aside: Path | None
    cannot_sign_in: tuple[str, ...] = ()


def back_up_now(session: UserSession) -> Path:
    """Take a checked backup of the open database now and apply the rotation."""
    return take_backup(session.ctx, session.location.backups)


def take_backup(ctx: ServiceContext, backups: Path) -> Path:
    """:func:`back_up_now` through any connection of the signed-in person (the GUI takes it
    on a worker thread with a connection of its own); refuses without the right to back up."""
    ctx.require(Permission.MAKE_BACKUPS)
    store = ctx.store
    assert store.key is not None
    path = backup_database(store.conn, backups, MANUAL_LABEL, key=store.key)
    prune_backups(backups)
    if anchored_audit(store, "backup", actor=ctx.who, summary=f"backup {path.name}"):
        # The backup's copy of the key file records the head with this event in it.
        copy_key_file(keyring_path(store.path), key_file_copy(path))
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
    readable; refuses a person whose role lacks ``permission``.

    The role is the one the *current* database grants: a backup's older copy of an account
    (an administrator since demoted) never decides. Only when the current database cannot be
    read (damaged or missing) does the role come from elsewhere: the current key file's signed
    grants when it has them, else the newest sound backup. ``role_from`` (a backup about to be
    restored) only chooses the key file to unlock with when the folder has none; a backup of
    another installation is refused here (see :func:`unlock_other_installation`).
    """
    unlocked = unlock_offline_keys(
        location, who, password, permission, role_from=role_from, now=now
    )
    return unlocked.key, unlocked.account


@dataclass(frozen=True)
class Unlocked:
    """What :func:`unlock_offline_keys` opened: the database key, the account as the current
    database grants it, and the account's own keys (None in a slot from before grants were
    signed) to sign the restore with."""

    key: bytes
    account: Account
    keys: SessionKeys | None = None


def unlock_offline_keys(
    location: DataLocation,
    who: str,
    password: str,
    permission: Permission,
    *,
    role_from: Path | None = None,
    now: Callable[[], datetime] = utc_now,
) -> Unlocked:
    """:func:`unlock_offline`, with the account's own keys."""
    ring, ring_file = _keys_and_file(location, role_from)
    current = _load_or_none(keyring_path(location.database))
    if role_from is not None and current is not None and ring.database_id != current.database_id:
        raise OtherInstallation(role_from)
    slot = _find_slot(ring, who)
    opened = _open_for(location, slot.account_id, password, now, ring=ring, key_file=ring_file)
    key = opened.database_key
    readable, account = _read_account(location.database, key, slot.account_id)
    if not readable:
        account = _account_from_grants(ring, slot.account_id, slot.name)
    if not readable and account is None:
        newest = newest_sound_backup(location.backups, key)
        if newest is not None:
            account = _read_account(newest.info.path, key, slot.account_id)[1]
    _refuse_unless(account, slot.name, permission)
    assert account is not None
    keys: SessionKeys | None = None
    if opened.keys is not None:
        keys = SessionKeys(
            slot.account_id, opened.keys, unsealed_grant_key(ring, slot, opened.keys)
        )
    return Unlocked(key, account, keys)


def unlock_other_installation(
    location: DataLocation,
    who: str,
    password: str,
    backup: Path,
    backup_password: str | None = None,
    *,
    now: Callable[[], datetime] = utc_now,
) -> Unlocked:
    """An administrator of this data folder confirms a backup of another installation: they
    sign in against the current key file and database (which must grant them the right to
    restore), and their account in the backup's copy of the key file (``backup_password``, or
    the same password) opens the backup. Returns the backup's key, the current account, and
    the account's keys in the backup's key file (to sign the restore in the restored log)."""
    current = _load_or_none(keyring_path(location.database))
    if current is None:
        # Without a key file of its own the folder has no installation to protect: a backup
        # with its own key file is restored as it is.
        return unlock_offline_keys(
            location, who, password, Permission.RESTORE_BACKUPS, role_from=backup
        )
    _, account = unlock_offline(location, who, password, Permission.RESTORE_BACKUPS)
    copy = _load_or_none(key_file_copy(backup))
    if copy is None:
        raise RestoreRefused(
            backup,
            "it has no copy of its key file beside it, so it cannot be opened here",
        )
    slot = _find_slot(copy, who)
    try:
        opened = open_slot(copy, slot, backup_password if backup_password is not None else password)
    except SlotDamaged:
        raise RestoreRefused(
            backup,
            "the copy of its key file beside it has a damaged entry for this account",
        ) from None
    except PasswordMismatch:
        raise SignInRefused(
            Message(
                N_(
                    "The password is not right for {name} in the backup's copy of the key file "
                    "{path}. Nothing was changed."
                ),
                {"name": slot.name, "path": str(key_file_copy(backup))},
            )
        ) from None
    keys = None
    if opened.keys is not None:
        keys = SessionKeys(
            slot.account_id, opened.keys, unsealed_grant_key(copy, slot, opened.keys)
        )
    return Unlocked(opened.database_key, account, keys)


class OtherInstallation(SignInRefused):
    """A backup of another TeamDesk installation, not confirmed by an administrator."""

    def __init__(self, backup: Path) -> None:
        super().__init__(
            Message(
                N_(
                    "The backup {path} belongs to another TeamDesk installation, not to this "
                    "data folder. Nothing was changed. Only an administrator of this data folder "
                    "can put it in place, by confirming it (teamdesk restore --backup FILE "
                    "--other-installation)."
                ),
                {"path": str(backup)},
            )
        )
        self.backup = backup


def _refuse_unless(account: Account | None, name: str, permission: Permission) -> None:
    if account is None or not account.active:
        raise SignInRefused(
            Message(
                N_("The account {name} is not active in this database or its backups."),
                {"name": name},
            )
        )
    if permission not in ROLE_PERMISSIONS[account.role]:
        raise PermissionDenied(
            permission_refusal(account.name, account.role, permission, N_("Ask an administrator."))
        )


def _account_from_grants(ring: Keyring, account_id: str, name: str) -> Account | None:
    """The account as the key file's signed grants record it (for a database that cannot be
    read); None when the key file has no grant for it that verifies."""
    grant = ring.grant(account_id)
    if grant is None or not grant.verifies(ring.database_id, ring.grant_public):
        return None
    return Account(
        id=account_id,
        name=name,
        role=AccountRole(grant.role),
        unit_id=grant.unit_id,
        active=grant.active,
    )


def _load_or_none(path: Path) -> Keyring | None:
    try:
        return load_keyring(path)
    except KeyringError:
        return None


def keys_for(location: DataLocation, backup: Path | None = None) -> Keyring:
    """The key file to unlock with: the data folder's own, unless it is missing or damaged or
    belongs to another installation than ``backup``'s copy; then that copy (without
    ``backup``: the copy of the newest backup that has one). Refuses with the sentence about
    the folder's own key file when there is nothing to fall back on."""
    return _keys_and_file(location, backup)[0]


def _keys_and_file(location: DataLocation, backup: Path | None) -> tuple[Keyring, Path]:
    """:func:`keys_for` and the file it was read from (where a wrong password is counted)."""
    path = keyring_path(location.database)
    current = _load_or_none(path)
    if backup is not None:
        candidates = [backup]
    elif current is None:
        candidates = [b.path for b in list_backups(location.backups)]
    else:
        candidates = []
    for candidate in candidates:
        copy = _load_or_none(key_file_copy(candidate))
        if copy is not None and (current is None or copy.database_id != current.database_id):
            return copy, key_file_copy(candidate)
    if current is None:
        return load_keyring(path), path  # raises the sentence about the folder's key file
    return current, path


def _active_accounts(path: Path, key: bytes) -> dict[str, Account] | None:
    """The active accounts a database file (read-only) records; None when it cannot be read."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return None
    try:
        rows = conn.execute(
            "SELECT * FROM account WHERE deleted_at IS NULL AND active = 1"
        ).fetchall()
    except ANY_SQLITE_ERROR:
        return None
    finally:
        conn.close()
    return {str(r["id"]): account_repo.account_from_row(r) for r in rows}


def _fitted(ring: Keyring, active: dict[str, Account]) -> tuple[Keyring, tuple[str, ...]]:
    """``ring`` with only the slots of ``active`` accounts, and the names of active accounts
    it has no slot for (they need a new password)."""
    fitted = replace(
        ring,
        slots=tuple(s for s in ring.slots if s.account_id in active),
        slot_clock=ring.seen_version,  # a slot written later still outranks those taken out
    )
    missing = sorted(
        (a.name for a in active.values() if fitted.slot(a.id) is None), key=str.casefold
    )
    return fitted, tuple(missing)


def _keep_key_file_aside(location: DataLocation, aside: Path | None, at: datetime) -> Path | None:
    """Copy the folder's key file (as it is, even damaged) beside the database kept aside, or
    under a dated name; None when there is none."""
    live = keyring_path(location.database)
    if not live.exists():
        return None
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = (
        keyring_path(aside)
        if aside is not None
        else live.with_name(f"{location.database.stem}-keys-replaced-{stamp}.json")
    )
    counter = 1
    while target.exists():
        counter += 1
        target = live.with_name(f"{location.database.stem}-keys-replaced-{stamp}-{counter}.json")
    partial = target.with_name(target.name + ".partial")
    copy_private(live, partial)
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)
    fsync_dir(target.parent)
    return target


def _all_accounts(path: Path, key: bytes) -> list[Account]:
    """Every account a database file (read-only) records, active or not."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return []
    try:
        rows = conn.execute("SELECT * FROM account WHERE deleted_at IS NULL").fetchall()
    except ANY_SQLITE_ERROR:
        return []
    finally:
        conn.close()
    return [account_repo.account_from_row(r) for r in rows]


def _fitted_grants(
    fitted: Keyring, sources: list[Keyring], accounts: list[Account], keys: SessionKeys | None
) -> Keyring:
    """The grants of ``fitted`` for the restored accounts: an account keeps a grant only when
    one of ``sources`` (the backup's copy, the folder's key file) holds a verified grant with
    the terms the restored database gives it. With the grant key, that grant is signed anew
    with the signing keys of every verified grant of the account, so events signed before and
    after the backup keep verifying."""
    grant_key = keys.grant_key if keys is not None else None
    grants: list[Grant] = []
    for account in accounts:
        verified = [
            g
            for source in sources
            if source.grant_public == fitted.grant_public
            and (g := source.grant(account.id)) is not None
            and g.verifies(source.database_id, source.grant_public)
        ]
        matching = [
            g for g in verified if g.same_terms(account.role.value, account.unit_id, account.active)
        ]
        if not matching:
            continue
        if grant_key is None or grant_key.public != fitted.grant_public:
            grants.append(matching[0])
            continue
        merged = Grant(account.id, account.role.value, account.unit_id, account.active)
        for g in verified:
            for k in g.signing_keys:
                merged = merged.with_key(k)
        grants.append(merged.signed(fitted.database_id, grant_key))
    return replace(fitted, grants=tuple(grants))


def _read_account(path: Path, key: bytes, account_id: str) -> tuple[bool, Account | None]:
    """Whether a database file (read-only) can be read with ``key``, and the account as it
    records it (None when it has no such account)."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    if not path.exists():
        return False, None
    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return False, None
    try:
        row = conn.execute(
            "SELECT * FROM account WHERE id = ? AND deleted_at IS NULL", (account_id,)
        ).fetchone()
    except ANY_SQLITE_ERROR:
        return False, None
    finally:
        conn.close()
    return True, (account_repo.account_from_row(row) if row else None)


def checked_backups(
    location: DataLocation, key: bytes, step: Callable[[int, int], None] | None = None
) -> list[BackupCheck]:
    """Every backup of the data folder, newest first, each opened with the key and checked.

    Each check decrypts a whole file; ``step(done, total)`` is called before each and after
    the last, and may raise to stop between two checks (nothing is written either way)."""
    infos = list_backups(location.backups)
    checks: list[BackupCheck] = []
    for done, info in enumerate(infos):
        if step is not None:
            step(done, len(infos))
        checks.append(check_backup(info, key))
    if step is not None:
        step(len(infos), len(infos))
    return checks


def restore(
    location: DataLocation,
    key: bytes,
    account: Account,
    backup: Path,
    *,
    because_damaged: bool = False,
    other_installation: bool = False,
    keys: SessionKeys | None = None,
    now: Callable[[], datetime] = utc_now,
) -> Restored:
    """Make ``backup`` the database; the current file is kept aside, never overwritten.

    Restoring needs an administrator, except ``because_damaged``: when the current database
    cannot be opened, anyone who can sign in may put the newest sound backup in its place
    (nothing is lost: the damaged file is kept aside). Refuses a backup that is not sound
    (damaged, from a newer TeamDesk, another key), and one after which no administrator could
    sign in, leaving every file as it was. The key file is kept or taken from the backup's copy
    and fitted to the restored database (see the module's notes); the one it replaces is kept
    aside. The restore is written to the restored database's audit log.

    Only backups of this installation are accepted: a backup whose copy of the key file
    belongs to another installation than the data folder's key file is refused, unless an
    administrator of this data folder confirmed it (``other_installation``, with the key from
    :func:`unlock_other_installation`). ``account`` must come from the current database (see
    :func:`unlock_offline`), never from the backup; with its ``keys`` the restore event is
    signed and, for an administrator holding the grant key, the restored accounts' grants are
    signed anew with every key they were granted (see :func:`_fitted_grants`).
    """
    if because_damaged and _opens(location, key):
        because_damaged = False
    if (not because_damaged or other_installation) and permission_missing(
        account, Permission.RESTORE_BACKUPS
    ):
        raise PermissionDenied(
            Message(N_("Only an administrator may restore a backup."), {"name": account.name})
        )
    current = _load_or_none(keyring_path(location.database))
    copy = _load_or_none(key_file_copy(backup))
    if (
        current is not None
        and copy is not None
        and copy.database_id != current.database_id
        and not other_installation
    ):
        raise OtherInstallation(backup)
    ring: Keyring | None
    if current is not None and (copy is None or copy.database_id == current.database_id):
        ring, source = current, KeyFileSource.KEPT
    else:
        ring, source = copy, KeyFileSource.FROM_BACKUP
    active = _active_accounts(backup, key)
    fitted: Keyring | None = None
    cannot: tuple[str, ...] = ()
    if ring is not None and active is not None:
        fitted, cannot = _fitted(ring, active)
        fitted = _fitted_grants(
            fitted, [r for r in (copy, current) if r is not None], _all_accounts(backup, key), keys
        )
        if not any(
            a.role is AccountRole.ADMINISTRATOR and fitted.slot(a.id) is not None
            for a in active.values()
        ):
            raise RestoreRefused(
                backup,
                "after restoring it, no administrator could sign in (the administrators in "
                "it have since been switched off, or have no key)",
            )
    elif ring is None:
        raise RestoreRefused(
            backup,
            "neither the data folder nor the backup has a key file, so the restored database "
            "could not be opened",
        )
    at = now()
    summary = (
        f"restored {backup.name}"
        + (
            "; the key file was taken from the backup's copy"
            if source is KeyFileSource.FROM_BACKUP
            else ""
        )
        + (f"; without a key slot: {', '.join(cannot)}" if cannot else "")
    )
    # Should this process die before the end, the next sign-in finishes the bookkeeping.
    write_owed(
        location.database,
        key,
        RestoreOwed(backup.name, _audit_head_of(backup, key), account.name, summary, None),
        fitted,
    )
    try:
        aside = restore_backup(location.database, backup, key, at)
    except BaseException:
        if not _restore_begun(location):
            clear_owed(location.database)
        raise
    key_aside: Path | None = None
    if fitted is not None and fitted != current:
        with file_lock(lock_path(location.database)):
            key_aside = _keep_key_file_aside(location, aside, at)
            save_keyring(keyring_path(location.database), fitted)
    result = Restored(backup, aside, source, key_aside, cannot)
    try:
        store: Store = open_store(
            location.database, key=key, create=False, now=now, backup_dir=location.backups
        )
    except StoreError:
        return result
    if keys is not None:
        store.signer = (keys.account_id, keys.keys)
    try:
        # The restored log is the log now: its head is recorded beside it anew.
        anchored_audit(
            store,
            "restore",
            rebase=True,
            actor=account.name,
            summary=summary + (f"; the previous file was kept as {aside.name}" if aside else ""),
        )
        clear_owed(location.database)
    finally:
        store.close()
    return result


def _restore_begun(location: DataLocation) -> bool:
    """Whether a stopped restore_backup got as far as its journal (then the next start finishes
    or undoes it, and the next sign-in settles the record)."""
    return restore_journal_path(location.database).exists()


def _audit_head_of(path: Path, key: bytes) -> tuple[int, str] | None:
    """The audit log's head in a database file (read-only); None when empty or unreadable."""
    from teamdesk.store.connection import ANY_SQLITE_ERROR, connect

    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR:
        return None
    try:
        row = conn.execute(
            "SELECT seq, hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)"
        ).fetchone()
    except ANY_SQLITE_ERROR:
        return None
    finally:
        conn.close()
    return None if row is None else (int(row[0]), str(row[1]))


def restore_key_file(
    location: DataLocation,
    who: str,
    password: str,
    *,
    now: Callable[[], datetime] = utc_now,
) -> KeyFileRestored:
    """Put back a lost or damaged key file from the newest backup copy that ``password``
    opens for ``who`` and whose key opens the database; the database is not touched but for
    the audit event. Any active account may do it (it changes no data, and the person's
    password already opens the data).

    Refuses when the key file is there and readable, when there is no database, when no backup
    has a copy with this person, for a wrong password (counted as at sign-in), and for an
    account that is not active in the database. A damaged key file is kept aside.
    """
    live = keyring_path(location.database)
    if _load_or_none(live) is not None:
        raise SignInRefused(
            Message(
                N_("The key file {path} is there and readable; sign in as usual."),
                {"path": str(live)},
            )
        )
    if not location.database.exists():
        raise SignInRefused(
            Message(
                N_(
                    "There is no database in {folder}; restore the newest backup instead "
                    "(it brings its own copy of the key file)."
                ),
                {"folder": str(location.directory)},
            )
        )
    for info in list_backups(location.backups):
        copy = _load_or_none(info.key_file)
        if copy is None:
            continue
        try:
            slot = _find_slot(copy, who)
        except SignInRefused:
            continue
        opened = _open_for(
            location, slot.account_id, password, now, ring=copy, key_file=info.key_file
        )
        key = opened.database_key
        copy = _load_or_none(info.key_file) or copy  # as the count of wrong tries left it
        active = _active_accounts(location.database, key)
        if active is None:
            continue  # a copy of another installation, or the database cannot be read
        if slot.account_id not in active:
            raise SignInRefused(
                Message(
                    N_("The account {name} is not active in this database. Ask an administrator."),
                    {"name": slot.name},
                )
            )
        fitted, cannot = _fitted(copy, active)
        with file_lock(lock_path(location.database)):
            damaged = _keep_key_file_aside(location, None, now())
            save_keyring(live, fitted)
        try:
            store = open_store(
                location.database, key=key, create=False, now=now, backup_dir=location.backups
            )
        except StoreError:
            return KeyFileRestored(info.path, damaged, cannot)
        if opened.keys is not None:
            store.signer = (slot.account_id, opened.keys)
        try:
            # The copy's record of the audit log's head is older than the log: record it anew.
            anchored_audit(
                store,
                "key_file_restored",
                rebase=True,
                actor=slot.name,
                summary=f"put back the key file from {info.key_file.name}"
                + (f"; without a key slot: {', '.join(cannot)}" if cannot else ""),
            )
        finally:
            store.close()
        return KeyFileRestored(info.path, damaged, cannot)
    raise SignInRefused(
        Message(
            N_(
                "No backup in {folder} has a copy of the key file with the account {name}. "
                "Ask your IT contact for a copy of the data folder."
            ),
            {"folder": str(location.backups), "name": who},
        )
    )


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


# How old the newest backup may be before the leader's warnings say backups are failing:
# one is taken at every day's first sign-in, so two days without one means they fail.
BACKUP_WARNING_AGE = timedelta(days=2)


def backup_findings(ctx: ServiceContext, now: datetime | None = None) -> list[Finding]:
    """A warning when the data folder's backups have stopped (none for two days, or none at all
    a day after set-up), for those who look after backups; nothing for anyone else."""
    if not ctx.can(Permission.MAKE_BACKUPS):
        return []
    at = now or utc_now()
    directory = ctx.store.path.parent / "backups"
    backups = list_backups(directory)
    if backups:
        newest = backups[0].taken_at
        if at - newest <= BACKUP_WARNING_AGE:
            return []
        message = Message(
            N_(
                "The newest backup of this data folder is from {date}, {days} days ago. A "
                "backup is taken at the day's first sign-in, so they are failing: check the "
                "free space on the disk and that {folder} can be written, or ask your IT "
                "contact."
            ),
            {
                "date": Day(newest.date()),
                "days": (at - newest).days,
                "folder": str(directory),
            },
        )
    else:
        row = ctx.store.query_one("SELECT value FROM meta WHERE key = 'created_at'")
        created = datetime.fromisoformat(row["value"]) if row else at
        if at - created <= timedelta(days=1):
            return []
        message = Message(
            N_(
                "This data folder has no backup. A backup is taken at the day's first "
                "sign-in, so they are failing: check the free space on the disk and that "
                "{folder} can be written, or ask your IT contact."
            ),
            {"folder": str(directory)},
        )
    return [Finding("backups_failing", Severity.WARNING, message, "backups", "")]
