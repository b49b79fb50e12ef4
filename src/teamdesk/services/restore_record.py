"""What a restore still owes when it was stopped half-way, settled at the next sign-in.

A restore does three things: it puts the backup in place of the database (``store.backup``
finishes or undoes that part at the next start, from its journal), fits the key file to the
restored accounts, and records the restored audit log's head beside it (the audit anchor in the
key file and the meta table, see :mod:`teamdesk.store.trust`). The last two need the database
key, which nobody holds at the next start. Without them the anchor disagrees with the restored
log and ``teamdesk check`` reports the database as NOT SOUND, as if someone had cut its history.

So before the database is touched the restore writes down what it owes: the backup's name, the
audit head the restored database will have, the fitted key file (beside it, in the key file's own
format), who restored and why. The record is sealed with a MAC under a key derived from the
database key: a record someone put in the folder by hand cannot make TeamDesk accept a cut audit
log. The next sign-in, which holds the database key, settles it:

- the database is the restored backup (its audit head is the recorded one): the fitted key file
  is put in place (the one it replaces is kept aside) and the restore is written to the audit
  log with its head recorded anew, saying it was finished after an interruption;
- the database is the old one (the restore was undone): an audit event says so;
- the seal does not match: the record is set aside, an audit event says so, nothing is trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from teamdesk.services.trust import anchored_audit
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import (
    Keyring,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    save_keyring,
    write_atomically,
)
from teamdesk.store.private import copy_private
from teamdesk.store.store import Store

_SEAL_INFO = b"teamdesk-restore-record-v1"


def record_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restore-owed.json")


def keys_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restore-keys.json")


@dataclass(frozen=True)
class RestoreOwed:
    """What a restore of ``backup`` still has to do once its database is in place."""

    backup: str
    head: tuple[int, str] | None
    actor: str
    summary: str
    keys_digest: str | None  # SHA-256 of the fitted key file beside the record, if any

    def fields(self) -> dict[str, Any]:
        return {
            "backup": self.backup,
            "head": list(self.head) if self.head else None,
            "actor": self.actor,
            "summary": self.summary,
            "keys_digest": self.keys_digest,
        }


def _seal(database_key: bytes, fields: dict[str, Any]) -> str:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO).derive(
        database_key
    )
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=True).encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def write_owed(
    database: Path, database_key: bytes, owed: RestoreOwed, fitted: Keyring | None
) -> None:
    """Write down what the restore owes, before the database is touched (see the module)."""
    digest = None
    if fitted is not None:
        save_keyring(keys_path(database), fitted)
        digest = hashlib.sha256(keys_path(database).read_bytes()).hexdigest()
    owed = RestoreOwed(owed.backup, owed.head, owed.actor, owed.summary, digest)
    fields = owed.fields()
    write_atomically(
        record_path(database),
        json.dumps({**fields, "seal": _seal(database_key, fields)}, ensure_ascii=False),
    )


def clear_owed(database: Path) -> None:
    """The restore did everything itself (or nothing): the record is not needed."""
    for path in (record_path(database), keys_path(database)):
        path.unlink(missing_ok=True)


def _read(database: Path, database_key: bytes) -> RestoreOwed | None:
    """The record, when its seal is this database's; None when it is not (or unreadable)."""
    try:
        data = json.loads(record_path(database).read_text(encoding="utf-8"))
        fields = {k: data[k] for k in ("backup", "head", "actor", "summary", "keys_digest")}
        if not hmac.compare_digest(str(data["seal"]), _seal(database_key, fields)):
            return None
        head = fields["head"]
        return RestoreOwed(
            str(fields["backup"]),
            (int(head[0]), str(head[1])) if head else None,
            str(fields["actor"]),
            str(fields["summary"]),
            str(fields["keys_digest"]) if fields["keys_digest"] else None,
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


@dataclass(frozen=True)
class Settlement:
    """How a stopped restore's record was settled, to be written to the audit log."""

    outcome: str  # "finished", "undone" or "refused"
    owed: RestoreOwed | None
    note: str  # where a replaced key file or a refused record was kept


def prepare_settlement(store: Store, now: datetime) -> Settlement | None:
    """The first half of settling a stopped restore's record (see the module), before the
    signed-in account's keys are established: decides what happened and fits the key file.
    None when nothing is owed."""
    database = store.path
    if not record_path(database).exists() or store.key is None:
        return None
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    owed = _read(database, store.key)
    if owed is None:
        bad = record_path(database).with_name(f"{record_path(database).name}.{stamp}.bad")
        with contextlib.suppress(OSError):
            os.replace(record_path(database), bad)
        keys_path(database).unlink(missing_ok=True)
        return Settlement("refused", None, bad.name)
    if store.audit_head() != owed.head:
        return Settlement("undone", owed, "")
    kept_aside = _fit_key_file(database, owed, stamp)
    return Settlement("finished", owed, kept_aside.name if kept_aside else "")


def record_settlement(store: Store, actor: str, settlement: Settlement) -> None:
    """The second half, once the account's keys sign what it writes: the audit event (for a
    finished restore, with the restored log's head recorded anew), then the record goes."""
    owed = settlement.owed
    if settlement.outcome == "refused" or owed is None:
        anchored_audit(
            store,
            "restore_record_refused",
            actor=actor,
            summary="a record of an interrupted restore was not sealed with this database's "
            f"key; it was set aside as {settlement.note} and nothing in it was used",
        )
    elif settlement.outcome == "undone":
        anchored_audit(
            store,
            "restore_undone",
            actor=actor,
            summary=f"a restore of {owed.backup} by {owed.actor} was stopped before it took "
            "effect; the database is the one it would have replaced",
        )
    else:
        note = settlement.note
        kept = f"; the key file it replaced was kept as {note}" if note else ""
        anchored_audit(
            store,
            "restore",
            rebase=True,
            actor=actor,
            summary=f"{owed.summary} (by {owed.actor}; stopped half-way and finished at the "
            "next sign-in" + kept + ")",
        )
    clear_owed(store.path)


def _fit_key_file(database: Path, owed: RestoreOwed, stamp: str) -> Path | None:
    """Put the fitted key file in place when the restore stopped before it did; the one it
    replaces is kept aside. Returns where, or None when nothing needed doing."""
    fitted_path = keys_path(database)
    live = keyring_path(database)
    if owed.keys_digest is None or not fitted_path.exists():
        return None
    fitted_bytes = fitted_path.read_bytes()
    if hashlib.sha256(fitted_bytes).hexdigest() != owed.keys_digest:
        return None  # not the file the record was sealed with: the live one stays
    with file_lock(lock_path(database)):
        if live.exists() and live.read_bytes() == fitted_bytes:
            return None
        aside = live.with_name(f"{database.stem}-keys-replaced-{stamp}.json")
        if live.exists():
            copy_private(live, aside)
        try:
            fitted = load_keyring(fitted_path)
        except KeyringError:
            return None
        save_keyring(live, fitted)
    return aside if aside.exists() else None
