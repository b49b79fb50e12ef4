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
from dataclasses import dataclass, field
from datetime import UTC, datetime

from teamdesk.domain.text import N_, Message
from teamdesk.store import schema
from teamdesk.store.ids import HybridLogicalClock
from teamdesk.store.store import OutgoingSet, Store
from teamdesk.sync.changeset import (
    ChangeSet,
    ChangeSetRefused,
    Damaged,
    read_header,
    seal,
    unseal,
)
from teamdesk.sync.transport import Transport

MAX_AHEAD_MS = 10 * 60 * 1000


@dataclass
class SyncReport:
    """What a round did, and what waits, each problem as one sentence."""

    published: int = 0
    applied_sets: int = 0
    applied_changes: int = 0
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)


def sync_round(
    store: Store,
    transport: Transport,
    *,
    key: bytes,
    house_id: str,
    actor: str,
    pc_name: str,
) -> SyncReport:
    """Publish this PC's new changes, then apply every other PC's sets that can be applied."""
    report = SyncReport()
    publish(store, transport, key=key, house_id=house_id, pc_name=pc_name, report=report)
    receive(store, transport, key=key, house_id=house_id, actor=actor, report=report)
    return report


def publish(
    store: Store,
    transport: Transport,
    *,
    key: bytes,
    house_id: str,
    pc_name: str,
    report: SyncReport,
) -> None:
    latest = store.latest_outgoing()
    if latest is not None and not transport.published(store.replica_id, latest.seq):
        # Recorded, but a crash (or a full folder) kept its file from being written.
        transport.publish(
            store.replica_id, latest.seq, _sealed(store, latest, key, house_id, pc_name)
        )
        report.published += 1
    outgoing = store.allocate_outgoing()
    if outgoing is None:
        return
    transport.publish(
        store.replica_id, outgoing.seq, _sealed(store, outgoing, key, house_id, pc_name)
    )
    report.published += 1


def _sealed(store: Store, outgoing: OutgoingSet, key: bytes, house_id: str, pc_name: str) -> bytes:
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
    )
    return seal(changeset, key=key, house_id=house_id)


def receive(
    store: Store,
    transport: Transport,
    *,
    key: bytes,
    house_id: str,
    actor: str,
    report: SyncReport,
) -> None:
    applied = store.peer_watermarks()
    waiting: dict[str, dict[int, ChangeSet]] = {}
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
            changeset = unseal(candidate.data, key=key, house_id=house_id)
        except ChangeSetRefused as refused:
            report.problems.append(refused.message)
            continue
        if changeset.seq > applied.get(changeset.replica, 0):
            waiting.setdefault(changeset.replica, {})[changeset.seq] = changeset
    held: set[str] = set()
    progress = True
    while progress:
        progress = False
        for replica in sorted(waiting):
            sets = waiting[replica]
            nxt = applied.get(replica, 0) + 1
            ready = sets.get(nxt)
            if ready is None or not _causally_ready(ready, applied, store.replica_id):
                continue
            changeset = ready
            hold = _hold_reason(store, changeset)
            if hold is not None:
                reason, message = hold
                store.note_held(replica, changeset.seq, reason, message.render())
                report.problems.append(message)
                held.add(replica)
                del sets[nxt]
                continue
            try:
                with store.transaction():
                    result = store.apply_remote(
                        changeset.changes,
                        changeset.created,
                        actor=actor,
                        received_from=replica,
                        summary=f"applied {len(changeset.changes)} changes from another PC",
                    )
                    store.advance_peer(replica, changeset.seq, changeset.pc_name)
            except (sqlite3.IntegrityError, ValueError) as exc:
                report.problems.append(
                    Message(
                        N_(
                            "Changes from the PC {pc} could not be applied here ({problem}); "
                            "nothing of them was applied. Tell your IT contact."
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
            progress = True
    for replica, sets in sorted(waiting.items()):
        if sets and replica not in held:
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


def _causally_ready(changeset: ChangeSet, applied: dict[str, int], me: str) -> bool:
    return all(
        replica == me or applied.get(replica, 0) >= seq for replica, seq in changeset.seen.items()
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
    if not changeset.changes:
        return None
    newest = max(HybridLogicalClock.parse(c.hlc)[0] for c in changeset.changes)
    wall = store.clock.wall_ms()
    if newest - wall > MAX_AHEAD_MS:
        ahead = datetime.fromtimestamp(newest / 1000, UTC).isoformat(timespec="minutes")
        return "clock_ahead", Message(
            N_(
                "The clock of the PC {pc} is wrong: its changes are stamped {time} (UTC), more "
                "than 10 minutes ahead of this PC. They wait until that PC's clock is put "
                "right; nothing was applied."
            ),
            {"pc": changeset.pc_name, "time": ahead},
        )
    return None
