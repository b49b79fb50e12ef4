"""Replacing the database key (after an account is switched off), so that the old key, which
anyone who ever held an account could have kept, opens the database no more.

Nobody's password is known when it happens, so the new key cannot be wrapped under the
passwords. It is *sealed* to each account's own X25519 key (the one the grant key is sealed
to, see :mod:`teamdesk.store.trust`) and kept in the account's slot; the account's next
sign-in opens its slot with the password as before, unseals the new key with the account's
own key and wraps it under the password (``services.trust.establish``). The key file names
the key the slots must open (``database_key_id``). An account whose slot has no own key yet
(it has not signed in since grants were signed) cannot be given the new key, so the database
is then not re-keyed (:class:`RekeyRefused` says who).

Crash-safety, with the database closed everywhere (checked under the opening lock):

1. the database is copied beside itself under a hidden name and the copy re-keyed with
   ``PRAGMA rekey`` (a crash leaves the live files untouched and a copy that is removed);
2. the key file is written with the sealed keys and a *pending* record naming the copy, the
   new key's id and the audit anchor under the new key;
3. the copy takes the database's place (an atomic rename);
4. the key file is written settled (the pending record folded in).

A key file with a pending record whose copy is still there means "not yet": the old key is
the database's (:func:`teamdesk.store.keyring.settled_rekey`), and the next start undoes it
(:func:`abandon_interrupted_rekey`). Once the copy is gone it has taken the database's place,
so the new key is. Either way the folder opens, and ``check`` finds the audit anchor under
the key the database has.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from teamdesk.domain.text import N_, Message
from teamdesk.store import guard
from teamdesk.store.connection import connect
from teamdesk.store.errors import StoreError
from teamdesk.store.keyring import (
    Keyring,
    PendingRekey,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    new_database_key,
    save_keyring,
)
from teamdesk.store.private import copy_private
from teamdesk.store.trust import database_key_associated, database_key_id, seal


class RekeyRefused(StoreError):
    """The database key was not replaced; nothing was changed."""


def rekey_copy_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.rekeying")


def missing_own_keys(ring: Keyring) -> list[str]:
    """The names of accounts whose slot has no own key to seal a new database key to."""
    return [s.name for s in ring.slots if not s.box_public]


REKEY_STEPS = 4


def replace_database_key(
    database: Path,
    old_key: bytes,
    *,
    new_key: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Re-key ``database`` (closed here) as the module says; returns the new key (``new_key``
    when given, so a caller that meets a failure can still tell which key the file has).
    ``progress`` hears ``(done, REKEY_STEPS)`` after each step. Refuses with a sentence,
    changing nothing, while TeamDesk has it open anywhere or when an account could not be
    given the new key."""
    with guard.opening_lock(database):
        presence = guard.Presence(database)
        try:
            if not presence.join():
                raise RekeyRefused(
                    Message(
                        N_(
                            "The database key was not replaced, because TeamDesk is open on "
                            "another PC or in another window. Close it there and try again."
                        )
                    )
                )
            with file_lock(lock_path(database)):
                return _replace(
                    database, old_key, new_key or new_database_key(), progress or _no_progress
                )
        finally:
            presence.leave()


def _no_progress(_done: int, _total: int) -> None:
    return None


def _replace(
    database: Path, old_key: bytes, new_key: bytes, progress: Callable[[int, int], None]
) -> bytes:
    path = keyring_path(database)
    ring = load_keyring(path)
    missing = missing_own_keys(ring)
    if missing:
        raise RekeyRefused(
            Message(
                N_(
                    "The database key was not replaced, because these accounts have not "
                    "signed in since roles were signed and so cannot be given the new key: "
                    "{names}. Give them a new password, or switch them off, and try again."
                ),
                {"names": ", ".join(sorted(missing))},
            )
        )
    if guard.read_wal_header(guard.wal_path(database)) is not None:
        raise RekeyRefused(
            Message(
                N_(
                    "The database key was not replaced, because the database was not closed "
                    "cleanly. Sign in and out once, then try again."
                )
            )
        )
    copy = rekey_copy_path(database)
    _remove_copy(copy)
    # 1. A re-keyed copy beside the database (the live files are not touched), owner-only
    # before a byte is in it.
    copy_private(database, copy)
    conn = connect(copy, old_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    _fsync(copy)
    progress(1, REKEY_STEPS)
    # 2. The key file with the new key sealed to every account and the re-key pending.
    key_id = database_key_id(new_key)
    anchor = ring.anchor
    if anchor is not None and anchor.mac_matches(ring.database_id, old_key):
        anchor = anchor.with_mac(ring.database_id, new_key)
    slots = tuple(
        replace(
            s,
            sealed_database_key=seal(
                s.box_public,
                new_key,
                database_key_associated(ring.database_id, s.account_id, key_id),
            ),
        )
        for s in ring.slots
    )
    pending = replace(ring, slots=slots, rekey=PendingRekey(key_id, copy.name, anchor))
    save_keyring(path, pending)
    progress(2, REKEY_STEPS)
    # 3. The copy takes the database's place: from here on the new key is the database's.
    os.replace(copy, database)
    _fsync_dir(database.parent)
    progress(3, REKEY_STEPS)
    # 4. The key file settled.
    save_keyring(path, replace(pending, key_id=key_id, anchor=anchor, rekey=None))
    progress(4, REKEY_STEPS)
    return new_key


def abandon_interrupted_rekey(database: Path) -> bool:
    """Undo a re-key stopped before its copy took the database's place: the key file's
    pending record is dropped first, then the copy. Returns whether anything was left. Call
    when no other TeamDesk process has the database open."""
    copy = rekey_copy_path(database)
    if not copy.exists():
        return False
    path = keyring_path(database)
    with file_lock(lock_path(database)):
        try:
            ring = load_keyring(path)
        except StoreError:
            ring = None
        if ring is not None and ring.rekey is not None and ring.rekey.copy == copy.name:
            save_keyring(path, replace(ring, rekey=None))
        _remove_copy(copy)
    _fsync_dir(database.parent)
    return True


def _remove_copy(copy: Path) -> None:
    """The copy and what SQLite may have left beside it (a re-key stopped half-way)."""
    for suffix in ("-journal", "-wal", "-shm", ""):
        copy.with_name(copy.name + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
