"""The schema: numbered migrations, one transaction each, tracked in ``PRAGMA user_version``.

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "TDSK": marks the file as TeamDesk's, so another program's SQLite file is refused.
APPLICATION_ID = 0x5444534B

STANDARD_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
"""

# Tables written only by the store itself, never through the write path.
SYSTEM_TABLES = frozenset({"meta", "change", "audit_event"})


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit first, breaking the one-transaction-per-migration promise.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def _v1_foundation(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE change (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            column_name TEXT NOT NULL,
            value,
            hlc TEXT NOT NULL,
            replica_id TEXT NOT NULL,
            actor TEXT NOT NULL
        );
        CREATE INDEX change_row ON change (table_name, row_id);
        CREATE INDEX change_hlc ON change (hlc);

        CREATE TABLE audit_event (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT,
            row_id TEXT,
            summary TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_row ON audit_event (table_name, row_id);
        CREATE INDEX audit_at ON audit_event (at);

        CREATE TABLE setting (
            id TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );

        CREATE TABLE unit (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );

        CREATE TABLE team (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit_id TEXT REFERENCES unit (id),
            {STANDARD_COLUMNS}
        );

        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            initials TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT 'other'
                CHECK (education IN ('bachelor', 'health_worker', 'other')),
            peer_worker INTEGER NOT NULL DEFAULT 0,
            fte_percent INTEGER NOT NULL DEFAULT 100,
            unit_id TEXT REFERENCES unit (id),
            active INTEGER NOT NULL DEFAULT 1,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX staff_unit ON staff (unit_id);

        CREATE TABLE resident (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            preferred_name TEXT NOT NULL DEFAULT '',
            unit_id TEXT REFERENCES unit (id),
            team_id TEXT REFERENCES team (id),
            room TEXT NOT NULL DEFAULT '',
            moved_in TEXT,
            moved_out TEXT,
            what_matters TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX resident_unit ON resident (unit_id);
        CREATE INDEX resident_name ON resident (name COLLATE NOCASE);

        CREATE TABLE team_membership (
            id TEXT PRIMARY KEY,
            team_id TEXT NOT NULL REFERENCES team (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            {STANDARD_COLUMNS}
        );
        CREATE INDEX team_membership_team ON team_membership (team_id);

        CREATE TABLE assignment (
            id TEXT PRIMARY KEY,
            resident_id TEXT NOT NULL REFERENCES resident (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            role TEXT NOT NULL CHECK (role IN ('primary', 'secondary', 'member')),
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX assignment_resident ON assignment (resident_id);
        CREATE INDEX assignment_staff ON assignment (staff_id);

        CREATE TABLE absence (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            from_date TEXT NOT NULL,
            to_date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX absence_staff ON absence (staff_id);
        """,
    )


Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = [_v1_foundation]


def latest_version() -> int:
    """The schema version this TeamDesk writes."""
    return len(MIGRATIONS)
