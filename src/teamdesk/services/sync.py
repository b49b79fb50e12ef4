"""Syncing this PC with the house's other PCs through a shared folder (issue 11).

The service checks the person may sync, finds the folder (given, or the one this PC used last),
derives the change-set key from the database key and the house id (the key file's database id),
and runs one round (:func:`teamdesk.sync.engine.sync_round`). Every round that publishes or
applies something is in the audit log.
"""

from __future__ import annotations

import contextlib
import json
import platform
from dataclasses import dataclass, field

from teamdesk.domain.accounts import AccountRole
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import InvalidInput, Permission, ServiceContext, ServiceError
from teamdesk.services.house_keys import (
    RETIRED_META,
    held_keys,
    keep_key,
    learn,
    pc_keys,
    retired,
    round_keys,
    valid_pc_documents,
)
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome
from teamdesk.store import account_repo, team_repo
from teamdesk.store.backup import carry_slots
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import (
    Keyring,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    merged_slots,
    save_keyring,
)
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import Store, to_db
from teamdesk.sync.changeset import sync_key
from teamdesk.sync.engine import SyncReport as SyncReport
from teamdesk.sync.engine import sync_round
from teamdesk.sync.housekeys import (
    KEY_SUFFIX,
    new_key_document,
    newest,
    recipient_for_account,
    recipient_for_pc,
)
from teamdesk.sync.keyslots import SLOTS_META, others_slots, share_slots
from teamdesk.sync.prune import acknowledge, prune
from teamdesk.sync.snapshot import publish_snapshot
from teamdesk.sync.transport import HouseTransport, SyncPlace, TransportError, place_for

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


@dataclass(frozen=True)
class HousePc:
    """Another PC of the house as this one knows it."""

    replica_id: str
    name: str
    retired: bool


@dataclass(frozen=True)
class RetireReport:
    """A retired PC: its name, id, the last of its change sets that stays; how many other PCs
    got the new key, and the PCs that did not (they get it when an administrator signs in
    there and syncs)."""

    name: str
    replica_id: str
    last_seq: int
    pcs_with_key: int
    pcs_without_key: list[str]


def _active_administrator(store: Store, account_id: str) -> bool:
    account = account_repo.account(store, account_id)
    return account is not None and account.active and account.role == AccountRole.ADMINISTRATOR


def merged_grants(store: Store, ring: Keyring, other: Keyring) -> Keyring:
    """``ring`` with the grants of another PC's key file taken where they verify with this
    house's grant key and state what this database says of the account (role, unit, active)
    while this key file's grant does not, or does with fewer of the account's signing keys.
    The account's row (merged by the change sets) is what decides; a grant is never dropped."""
    if not ring.grant_public or other.grant_public != ring.grant_public:
        return ring
    for grant in other.grants:
        if not grant.verifies(ring.database_id, ring.grant_public):
            continue
        mine = ring.grant(grant.account_id)
        if mine == grant:
            continue
        account = account_repo.account(store, grant.account_id)
        if account is None:
            if mine is None:
                ring = ring.with_grant(grant)
            continue
        terms = (account.role.value, account.unit_id, account.active)
        if not grant.same_terms(*terms):
            continue
        if (
            mine is None
            or not mine.verifies(ring.database_id, ring.grant_public)
            or not mine.same_terms(*terms)
            # Both fit: the one holding more of the account's signing keys (a reset adds one).
            or (len(grant.signing_keys), grant.signature) > (len(mine.signing_keys), mine.signature)
        ):
            ring = ring.with_grant(grant)
    return ring


def without_switched_off(store: Store, ring: Keyring) -> Keyring:
    """``ring`` without the slots of accounts this database says are switched off or
    deleted, as deactivating one does on the PC where it is done."""
    for slot in ring.slots:
        row = store.query_one(
            "SELECT active, deleted_at FROM account WHERE id = ?", (slot.account_id,)
        )
        if row is not None and (not row["active"] or row["deleted_at"] is not None):
            ring = ring.without(slot.account_id)
    return ring


def sync_place(setting: str) -> SyncPlace:
    """The place ``setting`` names (a folder in this version), reachable now; else a
    :class:`SyncFailed` saying why."""
    try:
        place = place_for(setting)
    except TransportError as exc:
        raise SyncFailed(exc.message) from exc
    if not setting.strip() or not place.reachable():
        raise SyncFailed(
            Message(
                N_(
                    "The sync folder {folder} cannot be reached. Check that the share or "
                    "USB stick is connected; nothing was changed."
                ),
                {"folder": place.describe() if setting.strip() else setting.strip()},
            )
        )
    return place


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
        place = sync_place(chosen)
        if store.key is None:
            raise SyncFailed(Message(N_("This database has no key to seal change sets with.")))
        try:
            ring = load_keyring(keyring_path(store.path))
        except KeyringError as exc:
            raise SyncFailed(exc.message) from exc
        house_id = ring.database_id
        houses = place.houses()
        if houses and house_id not in houses and not place.has_house(house_id) and not publishing:
            raise SyncFailed(
                Message(
                    N_(
                        "The sync folder {folder} holds another house's TeamDesk, not this "
                        "house's. Choose this house's folder, or have an administrator publish "
                        "this house there first."
                    ),
                    {"folder": place.describe()},
                )
            )
        base_key = sync_key(store.key, house_id)
        transport = place.house(house_id)
        try:
            problems = learn(
                store, transport, ring, house_id=house_id, base_key=base_key, session=self.ctx.keys
            )
            if store.replica_id in retired(store):
                raise SyncFailed(
                    Message(
                        N_(
                            "An administrator retired this PC from the house: it no longer "
                            "syncs, and what was made here since stays on this PC only. To "
                            "use it again, join it anew with an empty data folder."
                        )
                    )
                )
            if folder:
                store.set_meta(FOLDER_META, place.remembered())
            report = sync_round(
                store,
                transport,
                key=base_key,
                house_id=house_id,
                actor=self.ctx.who,
                pc_name=platform.node(),
                keys=round_keys(store, base_key),
            )
            self._exchange_slots(transport, house_id, base_key)
            self._let_go(transport, ring, house_id, base_key, report)
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        report.problems[:0] = problems
        with store.transaction():
            store.set_meta(LAST_SYNC_META, str(to_db(store.now())))
            if report.published:
                store.audit(
                    "sync",
                    actor=self.ctx.who,
                    summary=f"published {report.published} change set(s) to the sync folder",
                )
        return report

    def _exchange_slots(self, transport: HouseTransport, house_id: str, base_key: bytes) -> None:
        """Take the key slots and grants the other PCs hold into this PC's key file, then say
        what this PC holds when that changed (see :mod:`teamdesk.sync.keyslots`). Runs after
        the round applied the sets, so the account rows it checks grants against are current.
        The key file is written whole, under its lock, as every other write of it is."""
        store = self.ctx.store
        keys = round_keys(store, base_key)
        found = others_slots(transport, me=store.replica_id, house_id=house_id, keys=keys.keys)
        path = keyring_path(store.path)
        try:
            with file_lock(lock_path(store.path)):
                ring = load_keyring(path)
                merged = ring
                for document in found:
                    if document.replica in keys.retired or document.ring.key_id != ring.key_id:
                        # A retired PC's, or slots that open another database key (that PC
                        # or this one was re-keyed): a password would open the wrong key.
                        continue
                    merged = merged_slots(merged, document.ring.slots)
                    merged = merged_grants(store, merged, document.ring)
                merged = without_switched_off(store, merged)
                if merged != ring:
                    save_keyring(path, merged)
                    # The backups' copies follow, as they do a change made here: a password
                    # changed elsewhere no longer opens them with the old one, a switched-off
                    # account's slot leaves them, and a restore opens for an account whose
                    # slot came by sync.
                    changed = {
                        s.account_id
                        for s in (*ring.slots, *merged.slots)
                        if ring.slot(s.account_id) != merged.slot(s.account_id)
                    }
                    carry_slots(
                        DataLocation(store.path.parent, "").backups, merged, changed, add=True
                    )
                written = share_slots(
                    transport,
                    merged,
                    me=store.replica_id,
                    written=store.meta(SLOTS_META),
                    house_id=house_id,
                    key_id=keys.sealing,
                    key=keys.keys[keys.sealing],
                )
        except KeyringError as exc:
            raise SyncFailed(exc.message) from exc
        if written is not None:
            with store.transaction():
                store.set_meta(SLOTS_META, written)

    def _let_go(
        self,
        transport: HouseTransport,
        ring: Keyring,
        house_id: str,
        base_key: bytes,
        report: SyncReport,
    ) -> None:
        """Say how far this PC has applied the others' sets, and remove this PC's own old sets
        that every PC of the house has and the newest snapshot holds (see
        :mod:`teamdesk.sync.prune`)."""
        store = self.ctx.store
        keys = round_keys(store, base_key)
        acknowledge(
            store,
            transport,
            house_id=house_id,
            key_id=keys.sealing,
            key=keys.keys[keys.sealing],
        )
        gone = set(keys.retired)
        others = (
            (
                set(store.peer_watermarks())
                | set(valid_pc_documents(store, transport, ring, house_id))
            )
            - gone
            - {store.replica_id}
        )
        report.pruned_upto = prune(
            store, transport, house_id=house_id, keys=keys.keys, others=sorted(others)
        )

    def publish(self, folder: str) -> PublishReport:
        """Publish this house to ``folder`` so other PCs can join from it (an administrator's
        task): this PC's changes as change sets, then a snapshot of the database with the key
        file (see :mod:`teamdesk.sync.snapshot`). The folder becomes this PC's sync folder."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        report = self._round(folder, publishing=True)
        seq, accounts = self._snapshot(sync_place(folder))
        with self.ctx.store.transaction():
            self.ctx.store.audit(
                "sync",
                actor=self.ctx.who,
                summary=f"published the house to the sync folder (snapshot after change set {seq})",
            )
        return PublishReport(report, seq, accounts)

    def _snapshot(self, place: SyncPlace) -> tuple[int, int]:
        """Publish a snapshot sealed with the newest house key; returns after which of this
        PC's sets it was taken and how many accounts can join with it."""
        store = self.ctx.store
        assert store.key is not None  # a round refused a store without one
        try:
            with file_lock(lock_path(store.path)):
                ring = load_keyring(keyring_path(store.path))
                house_id = ring.database_id
                keys = round_keys(store, sync_key(store.key, house_id))
                seq = publish_snapshot(
                    store,
                    place.house(house_id),
                    ring=ring,
                    key=keys.keys[keys.sealing],
                    key_id=keys.sealing,
                    house_id=house_id,
                    pc_name=platform.node(),
                )
        except KeyringError as exc:
            raise SyncFailed(exc.message) from exc
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        return seq, len(ring.slots)

    def pcs(self) -> list[HousePc]:
        """The other PCs this one has received changes from (to choose one to retire)."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        store = self.ctx.store
        gone = retired(store)
        known = [
            HousePc(str(r["replica_id"]), str(r["pc_name"] or ""), r["replica_id"] in gone)
            for r in store.query(
                "SELECT replica_id, pc_name FROM sync_peer ORDER BY pc_name, replica_id"
            )
        ]
        # A PC that joined but has not published anything yet is known by its key only.
        folder = store.meta(FOLDER_META)
        with contextlib.suppress(KeyringError, TransportError, SyncFailed):
            if folder:
                place = sync_place(folder)
                ring = load_keyring(keyring_path(store.path))
                transport = place.house(ring.database_id)
                seen = {p.replica_id for p in known} | {store.replica_id}
                known.extend(
                    HousePc(replica, "", replica in gone)
                    for replica in sorted(
                        valid_pc_documents(store, transport, ring, ring.database_id)
                    )
                    if replica not in seen
                )
        return known

    def retire_pc(self, pc: str) -> RetireReport:
        """Retire a lost or given-away PC (named as it names itself, or by its replica id):
        what it published so far stays (once retired, that does not change); the house gets a
        new key, sealed to every other PC and every administrator, so the retired PC cannot
        read what is written afterwards, and its later change sets are refused everywhere. A
        fresh snapshot is published under the new key. Needs this PC's sync folder and an
        administrator's own keys (to sign the key)."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        store = self.ctx.store
        session = self.ctx.keys
        if session is None:
            raise SyncFailed(
                Message(
                    N_(
                        "Your account's own keys are not open in this session, so the new "
                        "house key cannot be signed. Sign out and in again, then retry."
                    )
                )
            )
        wanted = " ".join(pc.split()).casefold()
        matches = [
            p for p in self.pcs() if p.replica_id == pc.strip() or p.name.casefold() == wanted
        ]
        if pc.strip() == store.replica_id:
            raise InvalidInput(
                Message(N_("This is the PC you are working on; retire it from another PC."))
            )
        if not matches:
            raise InvalidInput(
                Message(
                    N_(
                        "No PC named {pc} has synced with this one. Sync first, then check "
                        "the name in the list of PCs."
                    ),
                    {"pc": pc},
                )
            )
        if len(matches) > 1:
            raise InvalidInput(
                Message(
                    N_("Several PCs are named {pc}; name the one to retire by its id: {ids}."),
                    {"pc": pc, "ids": ", ".join(m.replica_id for m in matches)},
                )
            )
        target = matches[0]
        self._round(None, publishing=False)  # what it published so far is applied here first
        assert store.key is not None
        place = sync_place(str(store.meta(FOLDER_META)))
        ring = load_keyring(keyring_path(store.path))
        house_id = ring.database_id
        transport = place.house(house_id)
        base_key = sync_key(store.key, house_id)
        try:
            # What it published before it was retired stays: its newest set in the folder.
            last = max(
                [store.peer_watermarks().get(target.replica_id, 0)]
                + [
                    c.hint or 0
                    for c in transport.candidates(store.replica_id, {})
                    if c.replica == target.replica_id
                ]
            )
            # Retiring a retired PC again re-keys again (after an administrator who used it
            # had their password reset): what stays of it does not change.
            gone = {target.replica_id: last, **retired(store)}
            last = gone[target.replica_id]
            pcs = {
                recipient_for_pc(replica): document.box_public
                for replica, document in valid_pc_documents(
                    store, transport, ring, house_id
                ).items()
                if replica not in gone
            }
            pcs[recipient_for_pc(store.replica_id)] = pc_keys(store).box_public
            administrators = {
                recipient_for_account(slot.account_id): slot.box_public
                for slot in ring.slots
                if slot.box_public and _active_administrator(store, slot.account_id)
            }
            held = held_keys(store, base_key)
            document, key = new_key_document(
                house=house_id,
                epoch=newest(held).epoch + 1,
                made_by=store.replica_id,
                retired=gone,
                recipients={**pcs, **administrators},
                signer=session.account_id,
                signer_keys=session.keys,
            )
            transport.publish_document(
                store.replica_id, f"key-{document.key_id}{KEY_SUFFIX}", document.to_bytes()
            )
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        with store.transaction():
            keep_key(store, held, key)
            store.set_meta(RETIRED_META, json.dumps(gone, sort_keys=True))
        self._snapshot(place)  # a PC joining from now on gets the new key
        without_key = [
            p.name or p.replica_id
            for p in self.pcs()
            if not p.retired and recipient_for_pc(p.replica_id) not in pcs
        ]
        with store.transaction():
            store.audit(
                "sync",
                actor=self.ctx.who,
                summary=f"retired the PC {target.name or '?'} ({target.replica_id}) after its "
                f"change set {last}; new house key {key.key_id} for {len(pcs)} PC(s) and "
                f"{len(administrators)} administrator(s)",
            )
        return RetireReport(target.name, target.replica_id, last, len(pcs) - 1, without_key)

    def status(self) -> SyncStatus:
        """The folder, when this PC last synced, what waits to be sent, what waits here."""
        self.ctx.require(Permission.SYNC)
        store = self.ctx.store
        done = store.query_one("SELECT MAX(last_change_seq) AS m FROM sync_outbox")
        waiting = store.query_one(
            "SELECT COUNT(*) AS n FROM change WHERE received_from IS NULL AND seq > ?",
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
        try:
            chosen = sync_place(folder).remembered()
        except SyncFailed as exc:
            raise InvalidInput(exc.message) from exc
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
            write_setting(self.ctx, INTERVAL_SETTING, str(minutes))
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
