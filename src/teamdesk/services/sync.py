"""Syncing this PC with the house's other PCs through a shared folder (issue 11).

The service checks the person may sync, finds the folder (given, or the one this PC used last),
derives the change-set key from the database key and the house id (the key file's database id),
and runs one round (:func:`teamdesk.sync.engine.sync_round`). Every round that publishes or
applies something is in the audit log.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from pathlib import Path

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import Permission, ServiceContext, ServiceError
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.store import to_db
from teamdesk.sync.changeset import sync_key
from teamdesk.sync.engine import SyncReport, sync_round
from teamdesk.sync.transport import FolderTransport, TransportError

FOLDER_META = "sync_folder"
LAST_SYNC_META = "sync_last"


class SyncFailed(ServiceError):
    """A sync round could not run; the sentence says why (folder missing, no key)."""


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and ``teamdesk sync status`` show."""

    folder: str | None
    replica_id: str
    last_synced: str | None
    changes_waiting: int
    conflicts: int
    held: list[str] = field(default_factory=list)
    peers: list[tuple[str, int, str | None]] = field(default_factory=list)


class SyncService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def sync_now(self, folder: str | None = None) -> SyncReport:
        """One sync round with ``folder`` (remembered for the next time) or the folder used
        last; refuses with a sentence when there is none or it cannot be reached."""
        self.ctx.require(Permission.SYNC)
        store = self.ctx.store
        chosen = folder or store.meta(FOLDER_META)
        if not chosen:
            raise SyncFailed(
                Message(
                    N_(
                        "This PC has no sync folder yet. Choose the shared folder the house's "
                        "PCs sync through."
                    )
                )
            )
        target = Path(chosen)
        if not target.is_dir():
            raise SyncFailed(
                Message(
                    N_(
                        "The sync folder {folder} cannot be reached. Check that the share or "
                        "USB stick is connected; nothing was changed."
                    ),
                    {"folder": str(target)},
                )
            )
        if store.key is None:
            raise SyncFailed(Message(N_("This database has no key to seal change sets with.")))
        try:
            house_id = load_keyring(keyring_path(store.path)).database_id
        except KeyringError as exc:
            raise SyncFailed(exc.message) from exc
        if folder:
            store.set_meta(FOLDER_META, str(target.resolve()))
        try:
            report = sync_round(
                store,
                FolderTransport(target, house_id),
                key=sync_key(store.key, house_id),
                house_id=house_id,
                actor=self.ctx.who,
                pc_name=platform.node(),
            )
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        with store.transaction():
            store.set_meta(LAST_SYNC_META, str(to_db(store.now())))
            if report.published:
                store.audit(
                    "sync",
                    actor=self.ctx.who,
                    summary=f"published {report.published} change set(s) to the sync folder",
                )
        return report

    def status(self) -> SyncStatus:
        """The folder, when this PC last synced, what waits to be sent, what waits here."""
        self.ctx.require(Permission.SYNC)
        store = self.ctx.store
        done = store.query_one("SELECT MAX(last_change_seq) AS m FROM sync_outbox")
        waiting = store.query_one(
            "SELECT COUNT(*) AS n FROM change WHERE received_from IS NULL AND seq > ? "
            "AND table_name != 'account'",
            (int(done["m"] or 0) if done else 0,),
        )
        conflicts = store.query_one("SELECT COUNT(*) AS n FROM sync_conflict")
        return SyncStatus(
            folder=store.meta(FOLDER_META),
            replica_id=store.replica_id,
            last_synced=store.meta(LAST_SYNC_META),
            changes_waiting=int(waiting["n"]) if waiting else 0,
            conflicts=int(conflicts["n"]) if conflicts else 0,
            held=[str(r["detail"]) for r in store.query("SELECT detail FROM sync_held")],
            peers=[
                (str(r["pc_name"]), int(r["applied_seq"]), r["last_applied_at"])
                for r in store.query(
                    "SELECT pc_name, applied_seq, last_applied_at FROM sync_peer ORDER BY pc_name"
                )
            ],
        )
