"""Checks that a database is sound: SQLite's own checks and the audit log's hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from teamdesk.store.store import GENESIS_HASH, Store, audit_hash


@dataclass(frozen=True)
class IntegrityReport:
    """What the checks found; ``sound`` when nothing is wrong."""

    problems: list[str]
    audit_events: int

    @property
    def sound(self) -> bool:
        return not self.problems


def check_integrity(store: Store) -> IntegrityReport:
    """Run SQLite's integrity and foreign-key checks and verify the audit hash chain."""
    problems: list[str] = []
    for row in store.query("PRAGMA integrity_check"):
        if row[0] != "ok":
            problems.append(f"integrity: {row[0]}")
    for row in store.query("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {row[0]} row {row[1]} points to a missing {row[2]}")
    count, chain = verify_audit_chain(store)
    return IntegrityReport(problems + chain, count)


def verify_audit_chain(store: Store) -> tuple[int, list[str]]:
    """Walk the audit log in order; report every event whose link or hash does not match."""
    problems: list[str] = []
    prev = GENESIS_HASH
    count = 0
    cursor = store.conn.execute(
        "SELECT seq, id, at, actor, action, table_name, row_id, summary, prev_hash, hash "
        "FROM audit_event ORDER BY seq"
    )
    for row in cursor:
        count += 1
        if row["prev_hash"] != prev:
            problems.append(f"audit log: event {row['seq']} does not follow the one before it")
        expected = audit_hash(
            row["prev_hash"],
            row["id"],
            row["at"],
            row["actor"],
            row["action"],
            row["table_name"],
            row["row_id"],
            row["summary"],
        )
        if row["hash"] != expected:
            problems.append(f"audit log: event {row['seq']} was altered after it was written")
        prev = row["hash"]
    return count, problems
