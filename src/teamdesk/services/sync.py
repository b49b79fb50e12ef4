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
from teamdesk.services.context import InvalidInput, Permission, ServiceContext, ServiceError
from teamdesk.services.team import Outcome
from teamdesk.services.trust import anchored_audit
from teamdesk.store import team_repo
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import file_lock, keyring_path, load_keyring, lock_path
from teamdesk.store.store import to_db
from teamdesk.sync.changeset import sync_key
from teamdesk.sync.engine import SyncReport as SyncReport
from teamdesk.sync.engine import sync_round
from teamdesk.sync.snapshot import publish_snapshot
from teamdesk.sync.transport import FolderTransport, TransportError

FOLDER_META = "sync_folder"
LAST_SYNC_META = "sync_last"
# The house's setting: how many minutes between background rounds in the program.
INTERVAL_SETTING = "sync_minutes"
DEFAULT_INTERVAL_MINUTES = 5
MAX_INTERVAL_MINUTES = 240


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
    # PCs whose sets wait because their clock is ahead, as (replica id, PC name): a person may
    # apply them anyway.
    clock_held: list[tuple[str, str]] = field(default_factory=list)
    peers: list[tuple[str, int, str | None]] = field(default_factory=list)


@dataclass(frozen=True)
class PublishReport:
    """What publishing did: the round, and the snapshot (after which of this PC's change sets,
    how many accounts can join with it)."""

    round: SyncReport
    snapshot_seq: int
    accounts: int


@dataclass(frozen=True)
class JoinResult:
    """A PC that joined: the house, and the PC the snapshot came from."""

    house_id: str
    from_pc: str
    folder: str


class SyncService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def sync_now(self, folder: str | None = None) -> SyncReport:
        """One sync round with ``folder`` (remembered for the next time) or the folder used
        last; refuses with a sentence when there is none, it cannot be reached, or it holds
        other houses and not this one."""
        self.ctx.require(Permission.SYNC)
        return self._round(folder, publishing=False)

    def _round(self, folder: str | None, *, publishing: bool) -> SyncReport:
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
        houses = FolderTransport.houses(target)
        if houses and house_id not in houses and not publishing:
            raise SyncFailed(
                Message(
                    N_(
                        "The sync folder {folder} holds another house's TeamDesk, not this "
                        "house's. Choose this house's folder, or have an administrator publish "
                        "this house there first."
                    ),
                    {"folder": str(target)},
                )
            )
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

    def publish(self, folder: str) -> PublishReport:
        """Publish this house to ``folder`` so other PCs can join from it (an administrator's
        task): this PC's changes as change sets, then a snapshot of the database with the key
        file (see :mod:`teamdesk.sync.snapshot`). The folder becomes this PC's sync folder."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        report = self._round(folder, publishing=True)
        store = self.ctx.store
        assert store.key is not None  # sync_now refused a store without one
        path = keyring_path(store.path)
        try:
            with file_lock(lock_path(store.path)):
                ring = load_keyring(path)
                house_id = ring.database_id
                seq = publish_snapshot(
                    store,
                    FolderTransport(Path(folder), house_id),
                    ring=ring,
                    key=sync_key(store.key, house_id),
                    house_id=house_id,
                    pc_name=platform.node(),
                )
        except KeyringError as exc:
            raise SyncFailed(exc.message) from exc
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        anchored_audit(
            store,
            "sync",
            actor=self.ctx.who,
            summary=f"published the house to the sync folder (snapshot after change set {seq})",
        )
        return PublishReport(report, seq, len(ring.slots))

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
            held=[
                str(r["detail"])
                for r in store.query("SELECT DISTINCT detail FROM sync_held ORDER BY detail")
            ],
            clock_held=[
                (str(r["replica_id"]), str(r["pc"]))
                for r in store.query(
                    "SELECT DISTINCT h.replica_id, COALESCE(p.pc_name, h.replica_id) AS pc "
                    "FROM sync_held AS h LEFT JOIN sync_peer AS p USING (replica_id) "
                    "WHERE h.reason = 'clock_ahead' ORDER BY pc"
                )
            ],
            peers=[
                (str(r["pc_name"]), int(r["applied_seq"]), r["last_applied_at"])
                for r in store.query(
                    "SELECT pc_name, applied_seq, last_applied_at FROM sync_peer ORDER BY pc_name"
                )
            ],
        )

    # -- settings -------------------------------------------------------------------------------

    def folder(self) -> str | None:
        """The folder this PC syncs through (a setting of this PC only, never synced)."""
        self.ctx.require(Permission.SYNC)
        return self.ctx.store.meta(FOLDER_META)

    def set_folder(self, folder: str) -> str:
        """Remember ``folder`` as this PC's sync folder; refuses one that cannot be reached.
        Returns the folder as remembered (absolute)."""
        self.ctx.require(Permission.SYNC)
        target = Path(folder.strip()) if folder.strip() else None
        if target is None or not target.is_dir():
            raise InvalidInput(
                Message(
                    N_(
                        "The sync folder {folder} cannot be reached. Check that the share or "
                        "USB stick is connected; nothing was changed."
                    ),
                    {"folder": folder.strip()},
                )
            )
        chosen = str(target.resolve())
        store = self.ctx.store
        with store.transaction():
            store.set_meta(FOLDER_META, chosen)
            store.audit("sync", actor=self.ctx.who, summary="chose this PC's sync folder")
        return chosen

    def interval_minutes(self) -> int:
        """How many minutes apart the program syncs in the background (a house setting)."""
        self.ctx.require(Permission.SYNC)
        raw = team_repo.setting(self.ctx.store, INTERVAL_SETTING)
        try:
            minutes = int(raw) if raw else DEFAULT_INTERVAL_MINUTES
        except ValueError:
            return DEFAULT_INTERVAL_MINUTES
        return min(max(minutes, 1), MAX_INTERVAL_MINUTES)

    def set_interval_minutes(self, minutes: int) -> Outcome:
        """Set how often every PC of the house syncs in the background (1 to 240 minutes)."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        if not isinstance(minutes, int) or not 1 <= minutes <= MAX_INTERVAL_MINUTES:
            raise InvalidInput(
                Message(N_("Sync every 1 to {most} minutes."), {"most": MAX_INTERVAL_MINUTES})
            )
        store = self.ctx.store
        with store.recording() as changes:
            if store.get("setting", INTERVAL_SETTING) is None:
                store.insert(
                    "setting", {"value": str(minutes)}, actor=self.ctx.who, row_id=INTERVAL_SETTING
                )
            else:
                store.update(
                    "setting", INTERVAL_SETTING, {"value": str(minutes)}, actor=self.ctx.who
                )
        return Outcome(changes, INTERVAL_SETTING)

    def apply_held_anyway(self, replica: str) -> int:
        """A person decided: the sets of ``replica`` held for its clock are applied at the next
        round, stamps as they are (its clock then leads this PC's). Audited; returns how many."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        store = self.ctx.store
        with store.transaction():
            count = store.accept_held(replica, "clock_ahead")
            if count:
                store.audit(
                    "sync",
                    actor=self.ctx.who,
                    summary=f"chose to apply {count} change set(s) held for a clock ahead",
                )
        return count
