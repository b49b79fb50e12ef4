"""The store: one write path, change log and audit in the same transaction, and bad files
refused without a byte changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from teamdesk.store import schema
from teamdesk.store.connection import connect
from teamdesk.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotATeamDeskDatabaseError,
)
from teamdesk.store.ids import HybridLogicalClock, new_id
from teamdesk.store.integrity import check_integrity
from teamdesk.store.keyring import new_database_key
from teamdesk.store.store import Store, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_uses_wal_full_sync_and_foreign_keys(store: Store) -> None:
    assert store.query_one("PRAGMA journal_mode")[0] == "wal"
    assert store.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert store.query_one("PRAGMA foreign_keys")[0] == 1
    assert store.query_one("PRAGMA busy_timeout")[0] >= 5000
    assert store.query_one("PRAGMA user_version")[0] == schema.latest_version()


def test_an_insert_writes_row_change_log_and_audit_in_one_go(store: Store) -> None:
    unit = store.insert("unit", {"name": "Solsikken"}, actor="Kari")
    row = store.get("unit", unit)
    assert row["name"] == "Solsikken" and row["updated_by"] == "Kari"
    changes = store.query("SELECT * FROM change WHERE row_id = ?", (unit,))
    assert [(c["column_name"], c["value"], c["actor"]) for c in changes] == [
        ("name", "Solsikken", "Kari")
    ]
    assert changes[0]["replica_id"] == store.replica_id
    audit = store.query("SELECT * FROM audit_event WHERE row_id = ?", (unit,))
    assert [(a["action"], a["actor"], a["table_name"]) for a in audit] == [
        ("create", "Kari", "unit")
    ]


def test_an_update_logs_only_the_columns_that_changed(store: Store) -> None:
    staff = store.insert("staff", {"name": "Ola Nordmann", "fte_percent": 80}, actor="a")
    before = store.update("staff", staff, {"name": "Ola Nordmann", "fte_percent": 100}, actor="b")
    assert before == {"fte_percent": 80}
    logged = store.query(
        "SELECT column_name, value FROM change WHERE row_id = ? ORDER BY seq", (staff,)
    )
    assert [(r[0], r[1]) for r in logged][-1] == ("fte_percent", 100)
    assert store.update("staff", staff, {"fte_percent": 100}, actor="b") == {}


def test_a_failed_write_leaves_no_row_no_change_and_no_audit(store: Store) -> None:
    counts = [
        store.query_one(f"SELECT COUNT(*) FROM {t}")[0] for t in ("unit", "change", "audit_event")
    ]
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("unit", {"name": "Halvferdig"}, actor="a")
        raise RuntimeError("power cut")
    after = [
        store.query_one(f"SELECT COUNT(*) FROM {t}")[0] for t in ("unit", "change", "audit_event")
    ]
    assert after == counts


def test_a_foreign_key_violation_rolls_back_everything(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.insert("resident", {"name": "Per", "unit_id": new_id()}, actor="a")
    assert store.query_one("SELECT COUNT(*) FROM change")[0] == 0


def test_system_tables_and_unknown_columns_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.insert("audit_event", {"actor": "x"}, actor="a")
    with pytest.raises(ValueError):
        store.insert("unit", {"name": "x", "colour": "red"}, actor="a")


def test_a_tombstone_keeps_the_row(store: Store) -> None:
    unit = store.insert("unit", {"name": "Gammel"}, actor="a")
    store.tombstone("unit", unit, actor="a")
    row = store.get("unit", unit)
    assert row is not None and row["deleted_at"] is not None
    store.untombstone("unit", unit, actor="a")
    assert store.get("unit", unit)["deleted_at"] is None


def test_the_audit_chain_is_sound_and_a_tampered_event_is_reported(
    store: Store, db_key: bytes
) -> None:
    for name in ("A", "B", "C"):
        store.insert("unit", {"name": name}, actor="a")
    assert check_integrity(store).sound
    # Someone who has the key edits the file with another tool.
    raw = connect(store.path, db_key)
    raw.execute("UPDATE audit_event SET actor = 'someone else' WHERE seq = 2")
    raw.close()
    report = check_integrity(store)
    assert not report.sound
    assert any("event 2 was altered" in p for p in report.problems)


def test_hlc_stamps_always_increase_even_when_the_wall_clock_goes_back() -> None:
    wall = iter([1000, 1000, 999, 1005, 1005, 1006])
    clock = HybridLogicalClock(wall_ms=lambda: next(wall))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    clock.observe(HybridLogicalClock.format(5000, 3))
    assert clock.now() > HybridLogicalClock.format(5000, 3)


def test_ids_are_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(50)]
    assert all(i[14] == "7" for i in ids)
    assert ids == sorted(ids)


def test_two_connections_to_the_same_file_both_work(
    db_path: Path, db_key: bytes, store: Store
) -> None:
    other = open_store(db_path, key=db_key)
    try:
        store.insert("unit", {"name": "Fra vindu 1"}, actor="a")
        other.insert("unit", {"name": "Fra vindu 2"}, actor="b")
        names = {r[0] for r in store.query("SELECT name FROM unit")}
        assert names == {"Fra vindu 1", "Fra vindu 2"}
    finally:
        other.close()


# -- bad files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotATeamDeskDatabaseError),
        (b"%PDF-1.7 this is a PDF someone renamed" * 100, NotATeamDeskDatabaseError),
        (bytes(range(256)) * 40, NotATeamDeskDatabaseError),
    ],
    ids=["empty", "pdf", "random-bytes"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(
    tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    path = tmp_path / "teamdesk.sqlite3"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(error) as caught:
        open_store(path, key=new_database_key())
    assert "left as it was" in str(caught.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teamdesk.sqlite3"]


def test_a_truncated_database_is_refused_untouched(
    tmp_path: Path, db_path: Path, db_key: bytes
) -> None:
    store = open_store(db_path, key=db_key)
    for i in range(300):
        store.insert("unit", {"name": f"Enhet {i} " + "x" * 200}, actor="a")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = db_path.read_bytes()
    cut = tmp_path / "cut" / "teamdesk.sqlite3"
    cut.parent.mkdir()
    cut.write_bytes(data[: len(data) // 2])
    before = _digest(cut)
    with pytest.raises(DatabaseCorruptError) as caught:
        open_store(cut, key=db_key)
    assert "damaged" in str(caught.value)
    assert _digest(cut) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "teamdesk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotATeamDeskDatabaseError) as caught:
        open_store(path, key=new_database_key())
    assert "another program" in str(caught.value)
    assert "unencrypted" in str(caught.value)
    assert _digest(path) == before


def test_a_database_from_a_newer_teamdesk_is_refused_untouched(
    db_path: Path, db_key: bytes
) -> None:
    open_store(db_path, key=db_key).close()
    conn = connect(db_path, db_key)
    conn.execute(f"PRAGMA user_version={schema.latest_version() + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseTooNewError) as caught:
        open_store(db_path, key=db_key)
    assert "newer version of TeamDesk" in str(caught.value)
    assert _digest(db_path) == before


def test_a_migration_is_preceded_by_a_checked_backup(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(db_path, key=db_key)
    store.insert("unit", {"name": "Før migrering"}, actor="a")
    store.close()

    def v_next(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (id TEXT PRIMARY KEY)")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v_next])
    store = open_store(db_path, key=db_key)
    assert store.query_one("PRAGMA user_version")[0] == len(schema.MIGRATIONS)
    store.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    old = connect(backups[0], db_key)
    assert [tuple(r) for r in old.execute("SELECT name FROM unit")] == [("Før migrering",)]
    assert old.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    old.close()


def test_a_failing_migration_changes_nothing(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(db_path, key=db_key).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id TEXT)")
        raise RuntimeError("bug in migration")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        open_store(db_path, key=db_key)
    conn = connect(db_path, db_key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    assert (
        conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
    conn.close()


def test_sql_written_around_the_write_path_is_refused(store: Store) -> None:
    unit = store.insert("unit", {"name": "Solsikken"}, actor="a")
    for sql in (
        "UPDATE unit SET name = 'sneaky' WHERE id = ?",
        "DELETE FROM unit WHERE id = ?",
        "DELETE FROM audit_event WHERE row_id = ?",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            store.conn.execute(sql, (unit,))
    assert store.get("unit", unit)["name"] == "Solsikken"


def test_many_rows_at_once_are_logged_as_one_by_one_with_one_audit_event(store: Store) -> None:
    """``insert_many`` (an imported rota) writes the rows and change entries ``insert`` would,
    one stamp per row, one audit event for the batch, and records each row for undo."""
    single = store.insert("unit", {"name": "Solsikken"}, actor="Kari")
    events = store.query_one("SELECT COUNT(*) FROM audit_event")[0]
    with store.recording() as recorded:
        ids = store.insert_many(
            "unit", [{"name": "Fjordglimt"}, {"name": "Månestrålen"}], actor="Kari"
        )
    assert [store.get("unit", i)["name"] for i in ids] == ["Fjordglimt", "Månestrålen"]
    assert [(c.table, c.row_id, c.before, c.after) for c in recorded] == [
        ("unit", ids[0], None, {"name": "Fjordglimt"}),
        ("unit", ids[1], None, {"name": "Månestrålen"}),
    ]

    def logged(row_id: str) -> list[tuple[object, ...]]:
        return [
            tuple(r)
            for r in store.query(
                "SELECT column_name, actor, base_hlc, base_replica, also_base, replica_id "
                "FROM change WHERE row_id = ?",
                (row_id,),
            )
        ]

    assert (
        logged(ids[0]) == logged(single) == [("name", "Kari", None, None, None, store.replica_id)]
    )
    stamps = [store.get("unit", i)["updated_at"] for i in [single, *ids]]
    assert stamps == sorted(set(stamps))  # a stamp of its own per row, later than the last
    assert store.query_one("SELECT COUNT(*) FROM audit_event")[0] == events + 1
    last = store.query_one("SELECT action, summary FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert tuple(last) == ("create", "created 2 unit rows")
    assert check_integrity(store).sound
    assert store.insert_many("unit", [], actor="Kari") == []
    with pytest.raises(ValueError, match="same columns"):
        store.insert_many("unit", [{"name": "A"}, {}], actor="Kari")
    with pytest.raises(ValueError, match="no column"):
        store.insert_many("unit", [{"colour": "red"}], actor="Kari")


def test_many_rows_deleted_at_once_are_logged_as_one_by_one_with_one_audit_event(
    store: Store,
) -> None:
    """``tombstone_many`` (the undo of an imported rota) writes the rows and change entries
    ``tombstone`` would (the delete made on every column's version it saw), one audit event for
    the batch, and records each row for undo; a row changed since it was made goes one by one."""
    ids = store.insert_many(
        "unit", [{"name": n} for n in ("Fjordglimt", "Månestrålen", "Solsikken")], actor="Kari"
    )
    single = store.insert("unit", {"name": "Lyngheim"}, actor="Kari")
    store.update("unit", ids[2], {"name": "Solsikken bofellesskap"}, actor="Kari")
    store.tombstone("unit", single, actor="Kari")
    events = store.query_one("SELECT COUNT(*) FROM audit_event")[0]
    with store.recording() as recorded:
        store.tombstone_many("unit", ids, actor="Kari")
    assert all(store.get("unit", i)["deleted_at"] for i in ids)
    assert [(c.table, c.row_id, c.before) for c in recorded] == [
        ("unit", ids[2], {"deleted_at": None}),  # changed since: one by one, first
        ("unit", ids[0], {"deleted_at": None}),
        ("unit", ids[1], {"deleted_at": None}),
    ]

    def delete_logged(row_id: str) -> tuple[object, ...]:
        row = store.query_one(
            "SELECT actor, base_hlc, also_base, replica_id FROM change "
            "WHERE row_id = ? AND column_name = 'deleted_at'",
            (row_id,),
        )
        made = store.query_one(
            "SELECT hlc FROM change WHERE row_id = ? AND column_name = 'name'", (row_id,)
        )
        assert row is not None and made is not None
        expected = f'[["name","{made[0]}","{store.replica_id}"]]'
        return (row["actor"], row["base_hlc"], row["replica_id"], row["also_base"] == expected)

    expected = ("Kari", None, store.replica_id, True)
    assert delete_logged(ids[0]) == delete_logged(ids[1]) == delete_logged(single) == expected
    # One event for the two made in bulk, one for the row changed since.
    assert store.query_one("SELECT COUNT(*) FROM audit_event")[0] == events + 2
    assert check_integrity(store).sound
