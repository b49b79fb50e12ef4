"""The audit log travels (issue 11): each change set carries its PC's audit chain head and the
events since its previous set; the others keep each PC's chain, refuse a set whose chain does
not go on from what that PC sent before (its history was rewritten there), and `check`
verifies every chain kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_sync import ACTOR, HOUSE, PC

from teamdesk.store.connection import connect
from teamdesk.store.integrity import check_integrity
from teamdesk.store.store import GENESIS_HASH, audit_hash
from teamdesk.sync.changeset import unseal


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[PC, PC]]:
    shared = tmp_path / "share"
    shared.mkdir()
    a = PC(tmp_path / "a" / "teamdesk.sqlite3", db_key, shared, "staffroom")
    b = PC(tmp_path / "b" / "teamdesk.sqlite3", db_key, shared, "laptop")
    yield a, b
    a.store.close()
    b.store.close()


def edit(pc: PC, name: str) -> None:
    pc.store.insert("unit", {"name": name}, actor=ACTOR)
    pc.store.audit("opened", actor=ACTOR, table="unit", summary=f"looked at {name}")


def newest_set(pc: PC) -> bytes:
    latest = pc.store.latest_outgoing()
    assert latest is not None
    [path] = [p for p in pc.transport.root.rglob(f"{latest.seq:010d}.tdcs")]
    return path.read_bytes()


def kept_events(pc: PC, replica: str) -> list[str]:
    return [
        str(r["summary"])
        for r in pc.store.query(
            "SELECT summary FROM sync_peer_audit WHERE replica_id = ? ORDER BY seq", (replica,)
        )
    ]


def test_a_set_carries_the_chain_head_and_the_others_keep_the_events_after_it(
    pair: tuple[PC, PC],
) -> None:
    a, b = pair
    edit(a, "Solsiden")
    a.sync()
    head = a.store.audit_head()
    assert head is not None
    first = unseal(newest_set(a), key=a.key, house_id=HOUSE)
    assert first.audit.head == head and first.audit.events == ()  # the first set anchors
    edit(a, "Bakkebo")
    a.sync()
    second = unseal(newest_set(a), key=a.key, house_id=HOUSE)
    assert second.audit.events and second.audit.events[0].prev_hash == head[1]
    assert second.audit.head == a.store.audit_head()
    b.sync()
    assert "looked at Bakkebo" in kept_events(b, a.store.replica_id)
    assert "looked at Solsiden" not in kept_events(b, a.store.replica_id)  # before the anchor
    assert check_integrity(b.store).sound


def rewrite_history(pc: PC, db_key: bytes) -> None:
    """What someone with the database key could do on one PC: change an old event and compute
    every later hash again, so the PC's own chain is whole."""
    conn = connect(pc.store.path, db_key)
    conn.isolation_level = None
    conn.execute("BEGIN")
    prev = GENESIS_HASH
    for row in conn.execute(
        "SELECT seq, id, at, actor, action, table_name, row_id, summary FROM audit_event "
        "ORDER BY seq"
    ).fetchall():
        summary = "nothing to see" if "Solsiden" in str(row[7]) else row[7]
        digest = audit_hash(prev, row[1], row[2], row[3], row[4], row[5], row[6], summary)
        conn.execute(
            "UPDATE audit_event SET summary = ?, prev_hash = ?, hash = ?, signature = NULL "
            "WHERE seq = ?",
            (summary, prev, digest, row[0]),
        )
        prev = digest
    conn.execute("COMMIT")
    conn.close()


def test_history_rewritten_on_one_pc_is_refused_by_the_others_and_kept_there(
    pair: tuple[PC, PC], db_key: bytes
) -> None:
    a, b = pair
    edit(a, "Solsiden")
    a.sync()
    edit(a, "Bakkebo")
    a.sync()
    b.sync()
    kept = kept_events(b, a.store.replica_id)
    rewrite_history(a, db_key)
    edit(a, "Fjellheim")
    a.sync()
    report = b.sync()
    assert any("history was changed on that PC" in p.render() for p in report.problems)
    assert any("staffroom" in p.render() for p in report.problems)
    # Nothing of the set was applied, and what b keeps of a's history stands.
    assert b.store.query_one("SELECT 1 FROM unit WHERE name = 'Fjellheim'") is None
    assert kept_events(b, a.store.replica_id) == kept
    assert check_integrity(b.store).sound


def test_check_finds_a_kept_chain_altered_afterwards(pair: tuple[PC, PC], db_key: bytes) -> None:
    a, b = pair
    edit(a, "Solsiden")
    a.sync()
    edit(a, "Bakkebo")
    a.sync()
    b.sync()
    assert check_integrity(b.store).sound
    conn = connect(b.store.path, db_key)
    conn.isolation_level = None
    conn.execute("UPDATE sync_peer_audit SET summary = 'nothing to see'")
    conn.close()
    problems = check_integrity(b.store).problems
    assert any(f"audit log of the PC {a.store.replica_id}" in p for p in problems)


def test_the_events_of_a_pc_that_only_reads_travel_at_its_next_round(
    pair: tuple[PC, PC],
) -> None:
    a, b = pair
    edit(b, "Solsiden")
    for pc in (b, a, b):
        pc.sync()
    # People on the staff-room PC only read: no change, but the audit log grows. Its first
    # set (without changes) anchors its chain; the events after it travel with the next.
    a.store.audit("sign_in", actor=ACTOR, summary="signed in")
    assert a.sync().published == 1
    a.store.audit("open", actor=ACTOR, table="unit", summary="opened a record")
    a.store.audit("read_access_log", actor=ACTOR, table="unit", summary="read the access log")
    published = a.sync().published
    assert published == 1
    latest = a.store.latest_outgoing()
    assert latest is not None
    path = a.transport.root / a.store.replica_id / f"{latest.seq:010d}.tdcs"
    sent = unseal(path.read_bytes(), key=a.key, house_id=HOUSE)
    assert sent.changes == () and sent.audit.head == a.store.audit_head()
    b.sync()
    kept = kept_events(b, a.store.replica_id)
    assert "opened a record" in kept and "read the access log" in kept
    assert check_integrity(b.store).sound
    # Rounds with nothing new, and the rounds' own notes, make no set: the PCs do not answer
    # each other's rounds for ever.
    for pc in (a, b, a, b):
        assert pc.sync().published == 0


def test_the_access_log_shows_who_opened_a_record_on_another_pc(pair: tuple[PC, PC]) -> None:
    from teamdesk.domain.accounts import AccountRole, Actor
    from teamdesk.services.access_log import AccessLogService
    from teamdesk.services.context import ServiceContext

    a, b = pair
    resident = b.store.insert("resident", {"name": "Ola Nordmann"}, actor=ACTOR)
    b.sync()
    a.store.audit("sign_in", actor="Siri Staff", summary="signed in")
    a.sync()  # the staff-room PC's first set: it anchors its audit chain
    staff = ServiceContext(a.store, Actor("Siri Staff", AccountRole.STAFF))
    AccessLogService(staff).open_resident_record(resident)
    a.sync()
    b.sync()
    leader = ServiceContext(b.store, Actor("Lise Leder", AccountRole.LEADER))
    seen = [(e.person, e.action) for e in AccessLogService(leader).resident_access(resident)]
    assert ("Siri Staff", "open") in seen
    assert seen.count(("Siri Staff", "open")) == 1
    assert "Siri Staff" in AccessLogService(leader).people_in_log(resident)
