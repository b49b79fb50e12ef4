"""One sync round: publish what was made here, then apply what other PCs published.

Applying is causal and order-free at once: a replica's sets are applied in their numbered order
(a gap is waited for, and said), and a set is applied only after every set its maker had seen
(so a row always arrives after the row it refers to). Each set is applied in one transaction
together with the record of how far that replica's sets are applied, so a crash mid-apply
leaves both as they were. A set stamped more than :data:`MAX_AHEAD_MS` ahead of this PC's clock
is held, not applied (its clock would win every future merge), and the sentence names the PC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from teamdesk.domain.text import N_, Message
from teamdesk.store import schema
from teamdesk.store.ids import HybridLogicalClock
from teamdesk.store.store import AppliedChanges, OutgoingSet, RemoteChange, Store
from teamdesk.sync.changeset import (
    BASE_KEY_ID,
    ChangeSet,
    ChangeSetRefused,
    Damaged,
    read_header,
    seal,
    unseal,
)
from teamdesk.sync.transport import Transport

# How far ahead of this PC's clock a change may be stamped and still be applied. Others choose
# 500 ms (CockroachDB, for servers kept in step) to 5 minutes (Actual Budget's ClockDriftError);
# PCs here are often offline for days and set by hand after a battery swap, so a wider margin
# keeps false alarms rare, while a stamp hours or years ahead (the real harm: it would win every
# merge of its fields until then) is still caught. See docs/ARCHITECTURE.md, "Sync".
MAX_AHEAD_MS = 10 * 60 * 1000
# A set with more entries than this is applied in several short transactions of whole rows, so
# a person editing on this PC meanwhile never waits long for the write lock (issue 11: ~50 ms).
APPLY_STEP = 200


@dataclass(frozen=True)
class RoundKeys:
    """The house keys a round opens sets with (key id -> key), the one it seals with, and the
    retired PCs with the last of their sets that is applied (see :mod:`.housekeys`)."""

    keys: Mapping[str, bytes]
    sealing: str = BASE_KEY_ID
    retired: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def base(cls, key: bytes) -> RoundKeys:
        return cls({BASE_KEY_ID: key})


@dataclass
class SyncReport:
    """What a round did, and what waits, each problem as one sentence."""

    published: int = 0
    applied_sets: int = 0
    applied_changes: int = 0
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    # The tables changes were applied to (so an open window refreshes what it shows).
    tables: set[str] = field(default_factory=set)
    # This PC's own change sets removed from the folder, up to this number (0: none this round).
    pruned_upto: int = 0


def sync_round(
    store: Store,
    transport: Transport,
    *,
    key: bytes,
    house_id: str,
    actor: str,
    pc_name: str,
    keys: RoundKeys | None = None,
) -> SyncReport:
    """Publish this PC's new changes, then apply every other PC's sets that can be applied.
    ``key`` is the base key; ``keys`` the house keys when the house was re-keyed."""
    report = SyncReport()
    chosen = keys or RoundKeys.base(key)
    publish(store, transport, keys=chosen, house_id=house_id, pc_name=pc_name, report=report)
    receive(store, transport, keys=chosen, house_id=house_id, actor=actor, report=report)
    return report


def publish(
    store: Store,
    transport: Transport,
    *,
    keys: RoundKeys,
    house_id: str,
    pc_name: str,
    report: SyncReport,
) -> None:
    latest = store.latest_outgoing()
    if latest is not None and not transport.published(store.replica_id, latest.seq):
        # Recorded, but a crash (or a full folder) kept its file from being written.
        transport.publish(
            store.replica_id, latest.seq, _sealed(store, latest, keys, house_id, pc_name)
        )
        report.published += 1
    outgoing = store.allocate_outgoing()
    if outgoing is None:
        return
    transport.publish(
        store.replica_id, outgoing.seq, _sealed(store, outgoing, keys, house_id, pc_name)
    )
    report.published += 1


def _sealed(
    store: Store, outgoing: OutgoingSet, keys: RoundKeys, house_id: str, pc_name: str
) -> bytes:
    changes = store.outgoing_changes(outgoing)
    created: dict[tuple[str, str], str] = {}
    for change in changes:
        cell = (change.table, change.row_id)
        if cell not in created:
            row = store.get(change.table, change.row_id)
            if row is not None:
                created[cell] = str(row["created_at"])
    changeset = ChangeSet(
        replica=store.replica_id,
        seq=outgoing.seq,
        schema=schema.latest_version(),
        pc_name=pc_name,
        changes=tuple(changes),
        created=created,
        seen=outgoing.seen,
        audit=store.outgoing_audit(outgoing),
    )
    return seal(changeset, key=keys.keys[keys.sealing], house_id=house_id, key_id=keys.sealing)


def receive(
    store: Store,
    transport: Transport,
    *,
    keys: RoundKeys,
    house_id: str,
    actor: str,
    report: SyncReport,
) -> None:
    applied = store.peer_watermarks()
    waiting: dict[str, dict[int, ChangeSet]] = {}
    keyless: set[str] = set()
    refused_retired: set[str] = set()
    for candidate in transport.candidates(store.replica_id, applied):
        try:
            header = read_header(candidate.data)
            if header.replica != candidate.replica:
                raise Damaged(
                    Message(
                        N_(
                            "A change set in the sync folder is in the wrong place; it was "
                            "not applied."
                        )
                    )
                )
            key = keys.keys.get(header.key_id)
            if key is None and header.house == house_id:
                if header.replica not in keyless:
                    keyless.add(header.replica)
                    report.problems.append(
                        Message(
                            N_(
                                "Changes from another PC are sealed with a new house key this "
                                "PC has not been given yet; they wait. An administrator "
                                "signing in and syncing here brings the key."
                            )
                        )
                    )
                continue
            changeset = unseal(candidate.data, key=key or b"\0" * 32, house_id=house_id)
        except ChangeSetRefused as refused:
            report.problems.append(refused.message)
            continue
        last = keys.retired.get(changeset.replica)
        if last is not None and changeset.seq > last:
            if changeset.replica not in refused_retired:
                refused_retired.add(changeset.replica)
                report.problems.append(
                    Message(
                        N_(
                            "The PC {pc} was retired from the house; what it published "
                            "afterwards is not applied."
                        ),
                        {"pc": changeset.pc_name},
                    )
                )
            continue
        if changeset.seq > applied.get(changeset.replica, 0):
            waiting.setdefault(changeset.replica, {})[changeset.seq] = changeset
    held: set[str] = set()
    clock_ahead: set[str] = set()
    progress = True
    while progress:
        progress = False
        for replica in sorted(waiting):
            sets = waiting[replica]
            nxt = applied.get(replica, 0) + 1
            ready = sets.get(nxt)
            if ready is None or not _causally_ready(ready, applied, store.replica_id, keys.retired):
                continue
            changeset = ready
            hold = _hold_reason(store, changeset)
            if hold is not None:
                reason, message = hold
                store.note_held(replica, changeset.seq, reason, message.render())
                report.problems.append(message)
                held.add(replica)
                if reason == "clock_ahead":
                    clock_ahead.add(changeset.pc_name)
                del sets[nxt]
                continue
            if store.peer_audit_problem(replica, changeset.audit) is not None:
                # The others keep each PC's audit chain: one that does not go on from what the
                # PC sent before means its history was changed there. Nothing of it is applied.
                report.problems.append(
                    Message(
                        N_(
                            "The audit log the PC {pc} sent does not go on from the one it "
                            "sent before: its history was changed on that PC. Its changes are "
                            "not applied; tell your IT contact."
                        ),
                        {"pc": changeset.pc_name},
                    )
                )
                held.add(replica)
                del sets[nxt]
                continue
            try:
                result = _apply(store, changeset, actor=actor)
            except (sqlite3.IntegrityError, ValueError) as exc:
                report.problems.append(
                    Message(
                        N_(
                            "Changes from the PC {pc} could not be applied here ({problem}); "
                            "they wait in the sync folder and nothing is lost. Tell your IT "
                            "contact."
                        ),
                        {"pc": changeset.pc_name, "problem": str(exc)},
                    )
                )
                held.add(replica)
                del sets[nxt]
                continue
            del sets[nxt]
            applied[replica] = changeset.seq
            report.applied_sets += 1
            report.applied_changes += result.applied
            report.conflicts.extend(result.conflicts)
            report.tables.update(c.table for c in changeset.changes)
            progress = True
    if len(clock_ahead) > 1:
        # Several PCs cannot all be ahead by chance: this PC is the one behind.
        report.problems.insert(
            0,
            Message(
                N_(
                    "Changes from {count} other PCs are stamped well ahead of this PC's clock: "
                    "this PC's clock is probably behind. Check its date and time."
                ),
                {"count": len(clock_ahead)},
            ),
        )
    for replica, sets in sorted(waiting.items()):
        if sets and replica not in held and replica not in keyless:
            missing = applied.get(replica, 0) + 1
            pc = next(iter(sets.values())).pc_name
            report.problems.append(
                Message(
                    N_(
                        "Changes from the PC {pc} wait for an earlier change set (number "
                        "{number}) that is not in the sync folder yet."
                    ),
                    {"pc": pc, "number": missing},
                )
                if missing not in sets
                else Message(
                    N_("Changes from the PC {pc} wait for changes from another PC first."),
                    {"pc": pc},
                )
            )


def _apply(store: Store, changeset: ChangeSet, *, actor: str) -> AppliedChanges:
    """Apply one set and record it applied. A small set is one transaction with the record; a
    large one goes in steps of whole rows (every entry of a row in the same step, rows in the
    order they were first written, as one transaction would settle them), the record in the
    last step. A crash between steps leaves earlier rows applied whole and the record as it
    was: the next round applies the set again, skipping what is logged (no entry twice)."""
    store.check_remote(changeset.changes)  # nothing of a set is applied that cannot be whole
    groups: dict[tuple[str, str], list[RemoteChange]] = {}
    for change in sorted(changeset.changes, key=lambda c: (c.hlc, c.replica_id)):
        groups.setdefault((change.table, change.row_id), []).append(change)
    steps: list[list[RemoteChange]] = [[]]
    for entries in _referred_first(store, groups):
        if steps[-1] and len(steps[-1]) + len(entries) > APPLY_STEP:
            steps.append([])
        steps[-1].extend(entries)
    applied = 0
    conflicts: list[tuple[str, str, str]] = []
    for number, step in enumerate(steps, start=1):
        with store.transaction():
            if store.peer_watermarks().get(changeset.replica, 0) >= changeset.seq:
                # Another TeamDesk on this file applied it meanwhile.
                return AppliedChanges(applied=applied, conflicts=tuple(conflicts))
            part = "" if len(steps) == 1 else f" (part {number} of {len(steps)})"
            result = store.apply_remote(
                step,
                changeset.created,
                actor=actor,
                received_from=changeset.replica,
                summary=f"applied {len(step)} changes from another PC{part}",
            )
            applied += result.applied
            conflicts.extend(result.conflicts)
            if number == len(steps):
                store.record_peer_audit(changeset.replica, changeset.audit)
                store.advance_peer(changeset.replica, changeset.seq, changeset.pc_name)
    return AppliedChanges(applied=applied, conflicts=tuple(conflicts))


def _referred_first(
    store: Store, groups: dict[tuple[str, str], list[RemoteChange]]
) -> list[list[RemoteChange]]:
    """The rows of a set in the order they were first written, except that a row another row
    of the set refers to (in any of its entries) comes before it: so a step never commits a
    reference to a row a later step brings. Rows that refer to each other in a circle keep
    their order (they are checked when their step commits)."""
    order = list(groups)
    position = {row: n for n, row in enumerate(order)}
    needs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row, entries in groups.items():
        references = store.references(row[0])
        parents: set[tuple[str, str]] = {
            (references[c.column], c.value)
            for c in entries
            if c.column in references and isinstance(c.value, str)
        }
        needs[row] = sorted(
            (p for p in parents if p in position and p != row), key=position.__getitem__
        )
    placed: list[tuple[str, str]] = []
    state: dict[tuple[str, str], int] = {}  # 1 while its parents are placed, 2 once placed
    for start in order:
        stack = [start]
        while stack:
            row = stack[-1]
            if state.get(row) == 2:
                stack.pop()
                continue
            state[row] = 1
            waiting = [p for p in needs[row] if not state.get(p)]
            if waiting:
                stack.append(waiting[0])
                continue
            state[row] = 2
            placed.append(row)
            stack.pop()
    return [groups[row] for row in placed]


def _causally_ready(
    changeset: ChangeSet, applied: dict[str, int], me: str, retired: Mapping[str, int]
) -> bool:
    """Whether every set ``changeset``'s maker had seen is applied here (of a retired PC, only
    those that are applied at all)."""
    return all(
        replica == me or applied.get(replica, 0) >= min(seq, retired.get(replica, seq))
        for replica, seq in changeset.seen.items()
    )


def _hold_reason(store: Store, changeset: ChangeSet) -> tuple[str, Message] | None:
    if changeset.schema > schema.latest_version():
        return "newer_schema", Message(
            N_(
                "Changes from the PC {pc} were made by a newer TeamDesk; they are kept until "
                "this PC's TeamDesk is updated."
            ),
            {"pc": changeset.pc_name},
        )
    if not changeset.changes or store.held_accepted(changeset.replica, changeset.seq):
        return None
    newest = max(HybridLogicalClock.parse(c.hlc)[0] for c in changeset.changes)
    wall = store.clock.wall_ms()
    if newest - wall > MAX_AHEAD_MS:
        ahead = datetime.fromtimestamp(newest / 1000, UTC).isoformat(timespec="minutes")
        return "clock_ahead", Message(
            N_(
                "The clock of the PC {pc} is wrong: its changes are stamped {time} (UTC), more "
                "than 10 minutes ahead of this PC. They wait until that PC's clock is put "
                "right or someone here applies them anyway; nothing was applied yet."
            ),
            {"pc": changeset.pc_name, "time": ahead},
        )
    return None
