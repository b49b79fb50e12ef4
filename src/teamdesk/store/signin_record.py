"""Failed sign-in tries, kept in the key file's slots because they happen before the database
is unlocked.

Per account: how many password tries failed in a row, until when the account is locked, and how
many wrong passwords the audit log has not been told about yet (the audit log is inside the
encrypted database, which a failed sign-in cannot open; the next successful sign-in writes
them there).

Why in the key file, and not a file of their own (as before issue 9): a separate file could be
deleted or replaced to reset the lock, and nothing would notice, because nobody needs it. The
key file cannot be deleted without nobody being able to sign in, and it is written under its
lock file, atomically (a temporary file renamed into place), so a crash leaves the old count or
the new one and never a damaged key file.

What that costs, said honestly:

- A wrong password now rewrites the key file (once per wrong try, never on a right one unless a
  count has to be cleared). The slots are carried over unchanged by the same reader and writer
  that every password change uses; the risk is a disk that cannot be written, and then the
  wrong password is refused with a sentence rather than counted silently.
- Nothing before the password is typed is secret, so the count cannot be signed: anyone who can
  write the data folder can edit the count or put back an older copy of the key file, just as
  they could copy it and guess offline. The lock stops guessing through the program; against a
  copied file, the Argon2id cost per guess and the owner-only folder are the defence.
- A key file deleted and put back from a backup's copy (``teamdesk restore --key-file``) has
  that copy's count; the wrong passwords typed for a restore are counted in the copy that is
  tried, so each copy allows at most the usual tries before its lock.

What reaches the audit log is therefore marked as unverified: per account, one event with how
many wrong passwords the key file counted and when the last was, written by the next successful
sign-in under the account's name *as the database has it* (never a name or event text from the
file; a count for an account the database does not know is left out). The old
``teamdesk-signin.json`` is no longer read: its "pending events" were free text that anyone
could forge into the hash chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from teamdesk.store.keyring import (
    NO_TRIES,
    SlotTries,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    save_keyring,
)

T = TypeVar("T")


@dataclass
class AccountTries:
    """One account's run of failed password tries, as a change sees and edits it."""

    failures: int = 0
    locked_until: datetime | None = None
    unreported: int = 0
    last_failed_at: datetime | None = None

    def lift(self) -> None:
        """A right password (or an administrator's new one): the run and the lock end; the
        count still owed to the audit log stays."""
        self.failures = 0
        self.locked_until = None


@dataclass
class SignInRecord:
    """Every account's tries, read from one key file."""

    accounts: dict[str, AccountTries] = field(default_factory=dict)

    def tries(self, account_id: str) -> AccountTries:
        return self.accounts.setdefault(account_id, AccountTries())


def legacy_signin_record_path(database: Path) -> Path:
    """Where the tries were kept before they moved into the key file; no longer read."""
    return database.with_name(f"{database.stem}-signin.json")


def update_signin_record(
    database: Path, change: Callable[[SignInRecord], T], *, key_file: Path | None = None
) -> T:
    """Read, change and write the tries in ``key_file`` (the data folder's key file unless
    another is named, e.g. a backup's copy tried for a restore) under the data folder's lock;
    returns what ``change`` returned. Writes nothing when the change left the tries as they
    were; tries of an account without a slot are dropped. A missing or damaged key file is
    refused (:class:`~teamdesk.store.errors.KeyringError`), never read as "no tries"."""
    path = key_file or keyring_path(database)
    with file_lock(lock_path(database)):
        ring = load_keyring(path)
        record = SignInRecord(
            {
                s.account_id: AccountTries(
                    s.tries.failures,
                    s.tries.locked_until,
                    s.tries.unreported,
                    s.tries.last_failed_at,
                )
                for s in ring.slots
            }
        )
        result = change(record)
        updated = replace(
            ring,
            slots=tuple(
                replace(s, tries=_frozen(record.accounts.get(s.account_id))) for s in ring.slots
            ),
        )
        if updated != ring:
            save_keyring(path, updated)
    return result


def _frozen(tries: AccountTries | None) -> SlotTries:
    if tries is None:
        return NO_TRIES
    return SlotTries(tries.failures, tries.locked_until, tries.unreported, tries.last_failed_at)
