"""Failed sign-in tries, kept beside the database because they happen before it is unlocked.

Per account: how many password tries failed in a row and until when the account is locked.
Failed tries are also queued here as pending events and moved into the hash-chained audit log
by the next successful sign-in (the audit log is inside the encrypted database, which a failed
sign-in cannot open).

This is a separate file from the key file, so a wrong password never rewrites the keys. A
damaged record is read as empty: it only slows down guessing through the program; the
Argon2id cost of each try is what protects a copied key file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from teamdesk.store.keyring import file_lock, lock_path, write_atomically

T = TypeVar("T")


@dataclass
class AccountTries:
    """One account's run of failed password tries."""

    failures: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class PendingEvent:
    """A sign-in event that happened while the database was locked, waiting for the audit log."""

    account_id: str
    name: str
    at: datetime
    action: str


@dataclass
class SignInRecord:
    accounts: dict[str, AccountTries] = field(default_factory=dict)
    pending: list[PendingEvent] = field(default_factory=list)

    def tries(self, account_id: str) -> AccountTries:
        return self.accounts.setdefault(account_id, AccountTries())


def signin_record_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-signin.json")


def load_signin_record(path: Path) -> SignInRecord:
    """The record, or an empty one when the file is missing or cannot be understood."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        accounts = {
            str(account_id): AccountTries(
                int(raw.get("failures", 0)),
                datetime.fromisoformat(raw["locked_until"]) if raw.get("locked_until") else None,
            )
            for account_id, raw in data.get("accounts", {}).items()
        }
        pending = [
            PendingEvent(
                str(e["account_id"]), str(e["name"]), datetime.fromisoformat(e["at"]), e["action"]
            )
            for e in data.get("pending", [])
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return SignInRecord()
    return SignInRecord(accounts, pending)


def _to_json(record: SignInRecord) -> dict[str, Any]:
    return {
        "accounts": {
            account_id: {
                "failures": t.failures,
                "locked_until": t.locked_until.isoformat() if t.locked_until else None,
            }
            for account_id, t in record.accounts.items()
            if t.failures or t.locked_until
        },
        "pending": [
            {"account_id": e.account_id, "name": e.name, "at": e.at.isoformat(), "action": e.action}
            for e in record.pending
        ],
    }


def update_signin_record(database: Path, change: Callable[[SignInRecord], T]) -> T:
    """Read, change and write the record under the data folder's lock; returns what ``change``
    returned. Writes nothing when the change left the record as it was."""
    path = signin_record_path(database)
    with file_lock(lock_path(database)):
        record = load_signin_record(path)
        before = _to_json(record)
        result = change(record)
        after = _to_json(record)
        if after != before:
            write_atomically(path, json.dumps(after, indent=2, ensure_ascii=False) + "\n")
    return result
