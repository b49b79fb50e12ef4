"""The Store: an open TeamDesk database and the one write path every change goes through.

``insert``, ``update`` and ``tombstone`` each write the row, append one ``change`` entry per
column (for sync and undo) and append a hash-chained ``audit_event``, all in one transaction.
Nothing else in TeamDesk writes SQL to data tables.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from teamdesk.domain.text import N_, Message
from teamdesk.domain.textmerge import merge_texts
from teamdesk.store import guard as wal_guard
from teamdesk.store import schema
from teamdesk.store.connection import (
    ANY_SQLITE_ERROR,
    BUSY_TIMEOUT_MS,
    PAGE_SIZE,
    SQLITE_HEADER,
    configure_for_writing,
    connect,
    standard_error,
)
from teamdesk.store.errors import (
    DatabaseBusyError,
    DatabaseClosedError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DiskFullError,
    FolderNotWritableError,
    NotATeamDeskDatabaseError,
    NotEncryptedDatabaseError,
    StaleWalError,
    StoreError,
)
from teamdesk.store.ids import HybridLogicalClock, new_id
from teamdesk.store.private import copy_private, private_dir, process_running
from teamdesk.store.replica import replica_id_for
from teamdesk.store.trust import AccountKeys

log = logging.getLogger(__name__)
GENESIS_HASH = "0" * 64
# Beyond SQLite's own busy timeout, a transaction that cannot get the write lock is tried again
# for about this long, so a long write in another window never reaches a person as an error.
BUSY_RETRY_SECONDS = 30.0
_WRITE_ACTIONS = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})

Value = str | int | float | bytes | None


@dataclass(frozen=True)
class PendingEvent:
    """An audit event that could not be written at once (another process held the write lock);
    ``at`` is the moment it happened, which it is written with."""

    at: str
    actor: str
    action: str
    table: str | None
    row_id: str | None
    summary: str


# The tables whose change entries never travel to another PC, as an SQL list.
_LOCAL_ONLY_SQL = ", ".join(f"'{t}'" for t in sorted(schema.LOCAL_ONLY_TABLES))


@dataclass(frozen=True)
class RowChange:
    """One row's change as the write path made it: ``before`` is None for a new row."""

    table: str
    row_id: str
    before: dict[str, Value] | None
    after: dict[str, Value]


@dataclass(frozen=True)
class RemoteChange:
    """One change-log entry as another PC made it (see :meth:`Store.apply_remote`)."""

    table: str
    row_id: str
    column: str
    value: Value
    hlc: str
    replica_id: str
    actor: str
    base_hlc: str | None = None
    base_replica: str | None = None
    # JSON [column, stamp, replica] triples: the other versions the edit was made on.
    also_base: str | None = None
    # The account that made the edit (display names may repeat across PCs); None in an entry
    # made before schema 14 or by no signed-in account (a tool, the demo's set-up).
    actor_id: str | None = None


@dataclass(frozen=True)
class CellEntry:
    """One logged version of a column: who made it, when, and what it was made on."""

    hlc: str
    replica: str
    actor: str
    value: Value
    # The versions of the same column this one was made on, as (stamp, replica).
    parents: frozenset[tuple[str, str]]
    # The other versions it was made on, any column, as (column, stamp, replica).
    also: frozenset[tuple[str, str, str]]
    # The account that made it (None before schema 14 or without a signed-in account).
    actor_id: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.hlc, self.replica)


def cell_heads(entries: Sequence[CellEntry]) -> list[CellEntry]:
    """The versions no other version was made on, oldest first: one after edits that each
    saw the one before, two or more after edits on PCs that had not seen each other's."""
    parents: set[tuple[str, str]] = set()
    for entry in entries:
        parents |= entry.parents
    return sorted((e for e in entries if e.key not in parents), key=lambda e: e.key)


def merge_cell(entries: Sequence[CellEntry]) -> tuple[Value, bool]:
    """A free-text column's value from its versions, and whether it waits for a person.

    One head: its text. Several: merged three-way, each with the latest version both sides
    were made on as the base, in stamp order (so every PC with the same versions gets the same
    text). When edits overlap, the latest version stands and the others are kept in the log
    until a person chooses: ``(latest, True)``.
    """
    heads = cell_heads(entries)
    if not heads:
        return None, False
    if len(heads) == 1:
        return heads[0].value, False
    by_key = {e.key: e for e in entries}
    text = _as_text(heads[0].value)
    history = _ancestors(heads[0], by_key)
    for head in heads[1:]:
        own = _ancestors(head, by_key)
        common = history & own
        base = _as_text(by_key[max(common)].value) if common else ""
        merged = merge_texts(base, text, _as_text(head.value))
        if merged is None:
            return heads[-1].value, True
        text = merged
        history |= own
    return text, False


def _ancestors(
    entry: CellEntry, by_key: Mapping[tuple[str, str], CellEntry]
) -> set[tuple[str, str]]:
    """The versions ``entry`` was made on, directly or not, itself included."""
    seen = {entry.key}
    todo = [entry]
    while todo:
        for parent in todo.pop().parents:
            if parent not in seen and parent in by_key:
                seen.add(parent)
                todo.append(by_key[parent])
    return seen


def _cell_entry(row: Sequence[Any]) -> CellEntry:
    """A change-log row (stamp, replica, actor, value, base stamp, base replica, also_base,
    column, actor id) as a version of its column."""
    column = str(row[7])
    also = frozenset((str(c), str(h), str(r)) for c, h, r in (json.loads(row[6]) if row[6] else []))
    parents = {(h, r) for c, h, r in also if c == column}
    if row[4] is not None:
        parents.add((str(row[4]), str(row[5])))
    return CellEntry(
        hlc=str(row[0]),
        replica=str(row[1]),
        actor=str(row[2]),
        value=row[3],
        parents=frozenset(parents),
        also=also,
        actor_id=None if row[8] is None else str(row[8]),
    )


def _as_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


# Audit events of someone looking at or taking out a record without changing it (the access
# log's reads): a PC sends them to the others at its next round even when nothing changed
# there (see :meth:`Store.allocate_outgoing`).
READING_ACTIONS: tuple[str, ...] = ("open", "read_access_log", "export", "print")


@dataclass(frozen=True)
class OutgoingSet:
    """A change set this replica made: its number, the span of the change log it holds (only
    the entries made here), how far it had applied each other replica's sets, and how far its
    audit log reached (None for sets made before the audit log travelled)."""

    seq: int
    first_change_seq: int
    last_change_seq: int
    seen: dict[str, int]
    audit_seq: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One event of a PC's audit log as it travels (see :data:`AUDIT_COLUMNS`)."""

    seq: int
    id: str
    at: str
    actor: str
    action: str
    table: str | None
    row_id: str | None
    summary: str
    prev_hash: str
    hash: str
    signed_by: str | None = None
    signature: str | None = None


@dataclass(frozen=True)
class AuditTrail:
    """What a change set carries of its PC's audit log: the chain's head (seq, hash) when the
    set was made, and the events since the head its previous set carried (none in a PC's
    first set: the head alone anchors the chain the others keep from then on)."""

    head: tuple[int, str] | None = None
    events: tuple[AuditEntry, ...] = ()


AUDIT_COLUMNS = (
    "seq, id, at, actor, action, table_name, row_id, summary, prev_hash, hash, signed_by, signature"
)


def _audit_entry(row: Sequence[Any]) -> AuditEntry:
    return AuditEntry(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        None if row[5] is None else str(row[5]),
        None if row[6] is None else str(row[6]),
        str(row[7]),
        str(row[8]),
        str(row[9]),
        None if row[10] is None else str(row[10]),
        None if row[11] is None else str(row[11]),
    )


@dataclass(frozen=True)
class AppliedChanges:
    """What applying a batch did: entries new to this PC, and free-text cells now edited on
    two PCs (table, row id, column)."""

    applied: int
    conflicts: tuple[tuple[str, str, str], ...]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_db(value: object) -> Value:
    """A Python value as SQLite stores it: dates as ISO text, enums by value, bools as 0/1."""
    if value is None or (
        isinstance(value, str | int | float | bytes) and not isinstance(value, bool | Enum)
    ):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return to_db(value.value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}: {value!r}")


_T = TypeVar("_T")

# How many remembered reads a store keeps at once (see Store.remembered): a few days and shifts
# of the house, never a growing pile.
REMEMBERED_READS = 16


class Store:
    """An open database. Pass it to whatever needs data; never reach it through a global."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        now: Callable[[], datetime] = utc_now,
        clock: HybridLogicalClock | None = None,
        key: bytes | None = None,
        presence: wal_guard.Presence | None = None,
        replica_id: str | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        # Held while the database is open here; see teamdesk.store.guard.
        self._presence = presence
        self._wal_seen: wal_guard.WalHeader | None = None
        self._closed = False
        # The raw database key: backups are encrypted with it, and new accounts get it wrapped.
        self.key = key
        self.now = now
        self._columns: dict[str, frozenset[str]] = {}
        self._references: dict[str, dict[str, str]] = {}
        self._depth = 0
        self._lock = threading.RLock()
        self._recorders: list[list[RowChange]] = []
        # Columns whose next logged edit is a person's choice between versions (see resolve).
        self._superseding: frozenset[str] = frozenset()
        self._writing = 0
        # Audit events waiting for the write lock (see audit_soon), oldest first.
        self._pending: list[PendingEvent] = []
        self._unconfirmed: list[PendingEvent] = []  # written in the open transaction
        # The signed-in account whose key signs each audit event this store writes (set at
        # sign-in; see teamdesk.store.trust). None for a store opened without a person.
        self.signer: tuple[str, AccountKeys] | None = None
        # What opening found that the person must be told (see verify_file); None mostly.
        self.opening_notice: Message | None = None
        # Reads kept while nothing in the database changed (see remembered), and the stamp
        # they were read at.
        self._remembered: dict[object, object] = {}
        self._remembered_at: tuple[object, int, int] | None = None
        conn.set_authorizer(self._authorize)
        if replica_id is None:
            row = conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()
            replica_id = str(row[0])
        # This installation's replica id, kept beside the file (see teamdesk.store.replica).
        self.replica_id: str = replica_id
        last = conn.execute("SELECT MAX(hlc) FROM change").fetchone()[0]
        self.clock = clock or HybridLogicalClock(last=last)
        if clock is not None and last:
            clock.observe(last)

    # -- reading -----------------------------------------------------------------------------

    @property
    def actor_id(self) -> str | None:
        """The account the change log names beside the display name of each edit written here:
        the signed-in account whose key signs the audit events (None without one)."""
        return self.signer[0] if self.signer is not None else None

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read-only query."""
        with _translate_errors(self.path):
            return self.conn.execute(sql, params).fetchall()

    def query_one(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> sqlite3.Row | None:
        with _translate_errors(self.path):
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row

    def change_stamp(self) -> tuple[object, int, int] | None:
        """A stamp that moves whenever the database may have changed, for reads kept between
        calls (see :meth:`remembered`); None while a transaction is open here.

        It is the connection itself, SQLite's ``data_version`` (which moves when any other
        connection commits: the window's writes seen from the background reader's connection,
        another TeamDesk process, the command line) and this connection's ``total_changes``
        (which moves with every row written here, a change set applied by sync included, and
        also when a write is rolled back, which only costs a read). Inside a transaction nothing
        is stamped: what it wrote can still be rolled back, and that moves neither number back.
        """
        conn = self.conn
        if self._depth > 0 or conn.in_transaction:
            return None
        with _translate_errors(self.path):
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        return (conn, version, int(conn.total_changes))

    def remembered(self, key: object, read: Callable[[], _T]) -> _T:
        """``read()``, kept and given again for the same ``key`` while nothing in the database
        changed (see :meth:`change_stamp`), so a question asked again and again (who covers
        each resident now, for the Today page and the hand-over) does not build the same
        thousands of objects each time. ``key`` must name everything else the answer depends
        on (the day, the unit the person sees). What is kept is shared by the callers: it must
        be immutable, or treated so.

        The stamp is taken before ``read`` runs: a commit elsewhere while it reads moves it,
        so a read that saw half of that commit is never given again."""
        stamp = self.change_stamp()
        if stamp is None:
            return read()
        if stamp != self._remembered_at:
            self._remembered.clear()
            self._remembered_at = stamp
        elif key in self._remembered:
            return self._remembered[key]  # type: ignore[return-value]
        value = read()
        if len(self._remembered) >= REMEMBERED_READS:
            self._remembered.pop(next(iter(self._remembered)))
        self._remembered[key] = value
        return value

    def get(self, table: str, row_id: str) -> sqlite3.Row | None:
        """One row by id, tombstoned or not."""
        self._columns_of(table)
        return self.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))

    # -- the write path ----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one. Takes the write lock at once, so
        two processes queue on the busy timeout instead of failing half-way."""
        with self._transaction(BUSY_RETRY_SECONDS):
            yield

    @contextmanager
    def _transaction(self, patience: float) -> Iterator[None]:
        """:meth:`transaction`, waiting ``patience`` seconds at most for the write lock. The
        outermost one first writes the audit events that waited for the lock (see
        :meth:`audit_soon`), so the log keeps the order things happened in."""
        with self._lock:
            outermost = self._depth == 0
            if outermost:
                self._begin(patience)
            self._depth += 1
            try:
                if outermost:
                    self._write_pending()
                yield
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._roll_back()
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    self._commit()
                    if self._wal_seen is None:
                        # The run's first WAL: record it at once rather than at the next write.
                        self._watch_wal()

    def _commit(self) -> None:
        with _translate_errors(self.path):
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise
        self._unconfirmed.clear()

    def _roll_back(self) -> None:
        """Undo the open transaction; waiting audit events it held wait again."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._pending[0:0] = self._unconfirmed
        self._unconfirmed.clear()

    def _begin(self, patience: float = BUSY_RETRY_SECONDS) -> None:
        """BEGIN IMMEDIATE, waiting for another process's write to finish for as long as
        ``patience`` seconds (SQLite's busy handler is not fair under steady contention)."""
        if patience < BUSY_TIMEOUT_MS / 1000:
            self._begin_at_once()
            return
        deadline = time.monotonic() + patience
        pause = 0.01
        while True:
            try:
                with _translate_errors(self.path):
                    self.conn.execute("BEGIN IMMEDIATE")
                self._watch_wal()
                return
            except DatabaseBusyError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.25)

    def _begin_at_once(self) -> None:
        """BEGIN IMMEDIATE only when the write lock is free now; DatabaseBusyError else."""
        self.conn.execute("PRAGMA busy_timeout=0")
        try:
            with _translate_errors(self.path):
                self.conn.execute("BEGIN IMMEDIATE")
            self._watch_wal()
        finally:
            self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @contextmanager
    def recording(self) -> Iterator[list[RowChange]]:
        """Collect every row change made inside the block, in order (for undo and tests)."""
        changes: list[RowChange] = []
        self._recorders.append(changes)
        try:
            yield changes
        finally:
            # By identity: a nested recording holds equal lists, and ``remove`` would take the
            # outer one.
            self._recorders[:] = [r for r in self._recorders if r is not changes]

    def _record(self, change: RowChange) -> None:
        for recorder in self._recorders:
            recorder.append(change)

    def insert(
        self,
        table: str,
        values: Mapping[str, object],
        *,
        actor: str,
        row_id: str | None = None,
        summary: str = "",
    ) -> str:
        """Create a row; returns its new id. Logs every column and one ``create`` event."""
        allowed = self._writable_columns(table)
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"{table} has no column(s) {sorted(unknown)}")
        row_id = row_id or new_id()
        with self.transaction():
            hlc = self._stamp()
            at = to_db(self.now())
            row: dict[str, Value] = {k: to_db(v) for k, v in values.items()}
            row.update(id=row_id, created_at=at, updated_at=hlc, updated_by=actor)
            cols = list(row)
            with _translate_errors(self.path), self._write_path():
                self.conn.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) "
                    f"VALUES ({', '.join('?' for _ in cols)})",
                    [row[c] for c in cols],
                )
            logged = {k: row[k] for k in values}
            self._log_changes(table, row_id, logged, hlc, actor)
            self._append_audit(actor, "create", table, row_id, summary or f"created {table}")
            self._record(RowChange(table, row_id, None, logged))
        return row_id

    def insert_many(
        self,
        table: str,
        rows: Sequence[Mapping[str, object]],
        *,
        actor: str,
        summary: str = "",
    ) -> list[str]:
        """Create many rows of one table at once (a rota of 400 staff from a file): the same
        rows, change entries (a stamp per row) and undo records as :meth:`insert` called for
        each, in one transaction, written with one statement per table instead of one per row,
        and one ``create`` audit event for the batch that says how many rows it made. A new row
        has no earlier versions, so the look-ups :meth:`insert` makes for them are left out.
        Every row must set the same columns. Returns the new ids, in order."""
        if not rows:
            return []
        allowed = self._writable_columns(table)
        columns = list(rows[0])
        unknown = set(columns) - allowed
        if unknown:
            raise ValueError(f"{table} has no column(s) {sorted(unknown)}")
        if any(set(row) != set(columns) for row in rows):
            raise ValueError(f"every {table} row of one insert_many sets the same columns")
        ids = [new_id() for _ in rows]
        with self.transaction():
            self._stamp()  # observes the newest stamp in the file; the batch's follow it
            at = to_db(self.now())
            stamps = [self.clock.now() for _ in rows]
            values = [[to_db(row[c]) for c in columns] for row in rows]
            names = [*columns, "id", "created_at", "updated_at", "updated_by"]
            with _translate_errors(self.path), self._write_path():
                self.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})",
                    [
                        [*v, row_id, at, hlc, actor]
                        for v, row_id, hlc in zip(values, ids, stamps, strict=True)
                    ],
                )
                self.conn.executemany(
                    "INSERT INTO change (table_name, row_id, column_name, value, hlc, "
                    "replica_id, actor, base_hlc, base_replica, also_base, actor_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)",
                    [
                        (table, row_id, column, value, hlc, self.replica_id, actor, self.actor_id)
                        for v, row_id, hlc in zip(values, ids, stamps, strict=True)
                        for column, value in zip(columns, v, strict=True)
                    ],
                )
            self._append_audit(
                actor, "create", table, None, summary or f"created {len(rows)} {table} rows"
            )
            for v, row_id in zip(values, ids, strict=True):
                self._record(RowChange(table, row_id, None, dict(zip(columns, v, strict=True))))
        return ids

    def update(
        self,
        table: str,
        row_id: str,
        changes: Mapping[str, object],
        *,
        actor: str,
        summary: str = "",
        action: str = "update",
    ) -> dict[str, Value]:
        """Change columns of a row; returns the previous values of what actually changed.

        A call that changes nothing writes nothing. Refuses unknown rows and columns.
        """
        allowed = self._writable_columns(table) | {"deleted_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"{table} has no writable column(s) {sorted(unknown)}")
        with self.transaction():
            current = self.get(table, row_id)
            if current is None:
                raise KeyError(f"no {table} with id {row_id}")
            new = {k: to_db(v) for k, v in changes.items()}
            changed = {k: v for k, v in new.items() if current[k] != v}
            if not changed:
                return {}
            for group in schema.WRITTEN_TOGETHER.get(table, ()):
                if group & changed.keys():
                    # One fact in several columns: written (and so merged) whole.
                    for column in sorted(group - changed.keys()):
                        changed[column] = new.get(column, current[column])
            hlc = self._stamp()
            assignments = ", ".join(f"{c} = ?" for c in changed)
            with _translate_errors(self.path), self._write_path():
                self.conn.execute(
                    f"UPDATE {table} SET {assignments}, updated_at = ?, updated_by = ? "
                    "WHERE id = ?",
                    [*changed.values(), hlc, actor, row_id],
                )
            self._log_changes(table, row_id, changed, hlc, actor)
            self._settle_after_local_edit(table, row_id, set(changed))
            self._append_audit(
                actor, action, table, row_id, summary or f"changed {', '.join(sorted(changed))}"
            )
            before = {k: current[k] for k in changed}
            self._record(RowChange(table, row_id, before, changed))
            return before

    def resolve(
        self,
        table: str,
        row_id: str,
        column: str,
        value: object,
        *,
        actor: str,
        summary: str = "",
    ) -> Value:
        """Write a person's choice for a cell that waits for one (a text edited on two PCs,
        or ``deleted_at`` of a row deleted on one PC and edited on another): made on every
        version there is, so the cell waits no more here, and, once synced, on every PC.
        Written and logged even when ``value`` is the value shown. Returns the value before."""
        allowed = self._writable_columns(table) | {"deleted_at"}
        if column not in allowed:
            raise ValueError(f"{table} has no writable column {column}")
        with self.transaction():
            current = self.get(table, row_id)
            if current is None:
                raise KeyError(f"no {table} with id {row_id}")
            new = to_db(value)
            hlc = self._stamp()
            with _translate_errors(self.path), self._write_path():
                self.conn.execute(
                    f"UPDATE {table} SET {column} = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                    [new, hlc, actor, row_id],
                )
            self._superseding = frozenset({column})
            try:
                self._log_changes(table, row_id, {column: new}, hlc, actor)
            finally:
                self._superseding = frozenset()
            self._settle_after_local_edit(table, row_id, {column})
            self._append_audit(actor, "resolve", table, row_id, summary or f"chose {column}")
            before: Value = current[column]
            self._record(RowChange(table, row_id, {column: before}, {column: new}))
            return before

    def waiting_versions(
        self, table: str, row_id: str, column: str
    ) -> tuple[list[CellEntry], Value]:
        """The versions of a cell that wait for a person (oldest first), and the version they
        were all made on (None when they share none): what the Conflicts view sets side by
        side."""
        self._columns_of(table)
        entries = self._cell_entries(table, row_id, column)
        heads = cell_heads(entries)
        by_key = {e.key: e for e in entries}
        common: set[tuple[str, str]] | None = None
        for head in heads:
            seen = _ancestors(head, by_key)
            common = seen if common is None else common & seen
        base = by_key[max(common)].value if common else None
        return heads, base

    def value_before_latest(self, table: str, row_id: str, column: str) -> Value:
        """The value a column settled on before its latest logged write (the latest by log
        order): what an undo of that write puts back. With versions from other PCs this is
        their merge or latest version, not simply the entry logged before."""
        self._columns_of(table)
        latest = self.conn.execute(
            "SELECT hlc, replica_id FROM change WHERE table_name = ? AND row_id = ? "
            "AND column_name = ? ORDER BY seq DESC LIMIT 1",
            (table, row_id, column),
        ).fetchone()

        def before(entries: Sequence[CellEntry]) -> list[CellEntry]:
            return [
                e for e in entries if latest is None or e.key != (str(latest[0]), str(latest[1]))
            ]

        if column == "deleted_at":
            # Settled as merging settles it: a delete set aside for an edit it never saw, or
            # for a live row inside it, left the row as it was.
            row_entries = {c: before(e) for c, e in self._row_entries(table, row_id).items()}
            deleted, _kept = self._deletion(row_entries)
            if deleted is not None and self._has_live_child(table, row_id):
                return None
            return deleted
        entries = before(self._cell_entries(table, row_id, column))
        if not entries:
            return None
        if column in schema.FREE_TEXT_COLUMNS.get(table, frozenset()):
            return merge_cell(entries)[0]
        return entries[-1].value

    def _settle_after_local_edit(self, table: str, row_id: str, columns: set[str]) -> None:
        """After an edit made here, settle what merging decides: a free text edited while
        another PC's version waits, a delete, a row with a cell waiting for a person."""
        free_text = schema.FREE_TEXT_COLUMNS.get(table, frozenset())
        waiting = self.conn.execute(
            "SELECT 1 FROM sync_conflict WHERE table_name = ? AND row_id = ? LIMIT 1",
            (table, row_id),
        ).fetchone()
        owned = any(child == table and column in columns for child, column in schema.OWNED_BY)
        if waiting is None and "deleted_at" not in columns and not columns & free_text:
            if owned:
                with _translate_errors(self.path), self._write_path():
                    self._settle_owners([(table, row_id)])
            return
        with _translate_errors(self.path), self._write_path():
            self._settle_row(table, row_id, columns | {"deleted_at"}, None)
            self._settle_owners([(table, row_id)])

    def tombstone(self, table: str, row_id: str, *, actor: str, summary: str = "") -> None:
        """Mark a row deleted. Rows are never removed, so history, sync and undo keep working."""
        self.update(
            table,
            row_id,
            {"deleted_at": to_db(self.now())},
            actor=actor,
            summary=summary or f"deleted {table}",
            action="delete",
        )

    def tombstone_many(
        self, table: str, row_ids: Sequence[str], *, actor: str, summary: str = ""
    ) -> None:
        """Mark many rows deleted at once (the undo of an import of 19,200 shifts): the same
        rows, change entries and undo records as :meth:`tombstone` called for each, in one
        transaction and with one ``delete`` audit event for the batch.

        A row as it was created and never changed since (one logged version per column, no
        delete, nothing waiting for a person) is written in bulk: its delete is made on its
        create entries, which is what :meth:`tombstone` would find one look at a time. Any
        other row goes through :meth:`tombstone`."""
        if not row_ids:
            return
        columns = self._columns_of(table)
        if "deleted_at" not in columns:
            raise ValueError(f"{table} has no deleted_at")
        with self.transaction():
            entries: dict[str, list[tuple[str, str, str]]] = {}
            live: set[str] = set()
            waiting: set[str] = set()
            for start in range(0, len(row_ids), 500):
                chunk = list(row_ids[start : start + 500])
                marks = ", ".join("?" for _ in chunk)
                for r in self.conn.execute(
                    f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN ({marks})", chunk
                ):
                    live.add(str(r[0]))
                for r in self.conn.execute(
                    "SELECT row_id, column_name, hlc, replica_id FROM change "
                    f"WHERE table_name = ? AND row_id IN ({marks})",
                    [table, *chunk],
                ):
                    entries.setdefault(str(r[0]), []).append((str(r[1]), str(r[2]), str(r[3])))
                for r in self.conn.execute(
                    "SELECT row_id FROM sync_conflict "
                    f"WHERE table_name = ? AND row_id IN ({marks})",
                    [table, *chunk],
                ):
                    waiting.add(str(r[0]))

            def fresh(row_id: str) -> bool:
                logged = entries.get(row_id, [])
                names = [column for column, _, _ in logged]
                return (
                    row_id in live
                    and row_id not in waiting
                    and bool(logged)
                    and "deleted_at" not in names
                    and len(names) == len(set(names))
                )

            bulk = [row_id for row_id in row_ids if fresh(row_id)]
            in_bulk = set(bulk)
            for row_id in row_ids:
                if row_id not in in_bulk:
                    self.tombstone(table, row_id, actor=actor, summary=summary)
            if not bulk:
                return
            self._stamp()  # observes the newest stamp in the file; the batch's follow it
            at = to_db(self.now())
            stamps = [self.clock.now() for _ in bulk]
            with _translate_errors(self.path), self._write_path():
                self.conn.executemany(
                    f"UPDATE {table} SET deleted_at = ?, updated_at = ?, updated_by = ? "
                    "WHERE id = ?",
                    [(at, hlc, actor, row_id) for row_id, hlc in zip(bulk, stamps, strict=True)],
                )
                self.conn.executemany(
                    "INSERT INTO change (table_name, row_id, column_name, value, hlc, "
                    "replica_id, actor, base_hlc, base_replica, also_base) "
                    "VALUES (?, ?, 'deleted_at', ?, ?, ?, ?, NULL, NULL, ?)",
                    [
                        (
                            table,
                            row_id,
                            at,
                            hlc,
                            self.replica_id,
                            actor,
                            json.dumps(sorted(set(entries[row_id])), separators=(",", ":")),
                        )
                        for row_id, hlc in zip(bulk, stamps, strict=True)
                    ],
                )
            self._append_audit(
                actor, "delete", table, None, summary or f"deleted {len(bulk)} {table} rows"
            )
            for row_id in bulk:
                self._record(RowChange(table, row_id, {"deleted_at": None}, {"deleted_at": at}))

    def untombstone(self, table: str, row_id: str, *, actor: str, summary: str = "") -> None:
        """Bring back a tombstoned row (undo of a delete)."""
        self.update(
            table,
            row_id,
            {"deleted_at": None},
            actor=actor,
            summary=summary or f"restored {table}",
            action="restore",
        )

    def audit(
        self,
        action: str,
        *,
        actor: str,
        table: str | None = None,
        row_id: str | None = None,
        summary: str = "",
    ) -> None:
        """Record an event that changes no row: a record opened, a file exported, a sign-in."""
        with self.transaction():
            self._append_audit(actor, action, table, row_id, summary)

    def audit_soon(
        self,
        action: str,
        *,
        actor: str,
        table: str | None = None,
        row_id: str | None = None,
        summary: str = "",
    ) -> bool:
        """Record an event without waiting for another process's write lock: written now when
        the lock is free, else kept (in order, with the moment it happened) and written first
        by this store's next transaction, by :meth:`write_pending` or at :meth:`close`. Never
        dropped while the store is open. Returns whether it was written now.

        For the access log: opening a record must be logged, and must not freeze the window
        for the half minute another program may hold the lock.
        """
        event = PendingEvent(str(to_db(self.now())), actor, action, table, row_id, summary)
        with self._lock:
            self._pending.append(event)
            if self._depth > 0:
                self._write_pending()  # inside the caller's transaction
                return True
            return self.write_pending(wait=False)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open here (what is written now commits with it later)."""
        return self._depth > 0

    @property
    def pending(self) -> tuple[PendingEvent, ...]:
        """The audit events still waiting for the write lock, oldest first."""
        return tuple(self._pending)

    def write_pending(self, *, wait: bool = True) -> bool:
        """Write the audit events that waited for the write lock; without ``wait`` only when
        the lock is free now. Returns whether none is left waiting."""
        with self._lock:
            if not self._pending:
                return True
            if self._depth > 0:
                self._write_pending()  # in the caller's transaction
                return True
            try:
                with self._transaction(BUSY_RETRY_SECONDS if wait else 0.0):
                    pass  # the outermost transaction writes them first
            except DatabaseBusyError:
                if wait:
                    raise
            return not self._pending

    def _write_pending(self) -> None:
        """Append the waiting events in the open transaction; they count as written when it
        commits, and wait again when it is rolled back."""
        while self._pending:
            event = self._pending.pop(0)
            self._unconfirmed.append(event)
            self._append_audit(
                event.actor, event.action, event.table, event.row_id, event.summary, at=event.at
            )

    def set_meta(self, key: str, value: str) -> None:
        """Record a value of the store's own (in the caller's transaction): the grant key's
        public half, the audit anchor."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- the check-in's ballot box (issue 15) -------------------------------------------------

    def cast_ballot(self, round_id: str, answers: str) -> None:
        """Put one person's check-in answers (JSON) in the ballot box, in the caller's
        transaction. Deliberately outside the change log and the audit log, which name the
        actor of every write for ever: a ballot has a random id (no time order), no author and
        no time, and never travels to another PC. Who took part is recorded through the write
        path by the caller; what they answered only here, until :meth:`erase_ballots`."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "INSERT INTO relation_ballot (id, round_id, answers) VALUES (?, ?, ?)",
                (uuid.uuid4().hex, round_id, answers),
            )

    def ballots(self, round_id: str) -> list[str]:
        """The answers (JSON) in the ballot box for a round, in no particular order."""
        rows = self.query("SELECT answers FROM relation_ballot WHERE round_id = ?", (round_id,))
        return [str(r[0]) for r in rows]

    def erase_ballots(self, round_id: str) -> None:
        """Erase a round's ballots once they are counted (in the caller's transaction), with
        ``secure_delete`` so their bytes do not linger in the file's free pages."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute("PRAGMA secure_delete = ON")
            try:
                self.conn.execute("DELETE FROM relation_ballot WHERE round_id = ?", (round_id,))
            finally:
                self.conn.execute("PRAGMA secure_delete = OFF")

    def meta(self, key: str) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def audit_head(self) -> tuple[int, str] | None:
        """The newest audit event's sequence number and hash; None for an empty log."""
        row = self.query_one(
            "SELECT seq, hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)"
        )
        return None if row is None else (int(row[0]), str(row[1]))

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _write_path(self) -> Iterator[None]:
        self._writing += 1
        try:
            yield
        finally:
            self._writing -= 1

    def _authorize(
        self,
        action: int,
        arg1: str | None,
        arg2: str | None,
        dbname: str | None,
        source: str | None,
    ) -> int:
        """Deny any data write that does not come through this class's write path, so a
        feature that writes SQL around it fails at once instead of skipping log and audit."""
        if (
            action in _WRITE_ACTIONS
            and not self._writing
            and arg1 is not None
            and not arg1.startswith("sqlite_")
        ):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def _columns_of(self, table: str) -> frozenset[str]:
        cols = self._columns.get(table)
        if cols is None:
            if not table.isidentifier():
                raise ValueError(f"not a table name: {table!r}")
            rows = self.conn.execute(f"PRAGMA table_info({table})").fetchall()
            if not rows:
                raise ValueError(f"no table {table!r}")
            cols = frozenset(r["name"] for r in rows)
            self._columns[table] = cols
        return cols

    def references(self, table: str) -> dict[str, str]:
        """The columns of ``table`` that refer to another table's rows: column -> table."""
        found = self._references.get(table)
        if found is None:
            self._columns_of(table)  # refuses a name that is not a table
            found = {
                str(r["from"]): str(r["table"])
                for r in self.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            }
            self._references[table] = found
        return found

    def _writable_columns(self, table: str) -> frozenset[str]:
        if table in schema.SYSTEM_TABLES:
            raise ValueError(f"{table} is written by the store only")
        return self._columns_of(table) - {
            "id",
            "created_at",
            "updated_at",
            "updated_by",
            "deleted_at",
        }

    def _stamp(self) -> str:
        """A new stamp, inside the write transaction: past every stamp in the change log, so two
        TeamDesk processes on one file (each with its own clock object) share one clock."""
        last = self.conn.execute("SELECT MAX(hlc) FROM change").fetchone()[0]
        if last:
            self.clock.observe(last)
        return self.clock.now()

    def cell_head(self, table: str, row_id: str, column: str) -> tuple[str, str] | None:
        """The stamp and replica of the change that holds a column's value now: the latest by
        stamp, then by replica id (the order every PC merges in)."""
        row = self.conn.execute(
            "SELECT hlc, replica_id FROM change WHERE table_name = ? AND row_id = ? "
            "AND column_name = ? ORDER BY hlc DESC, replica_id DESC LIMIT 1",
            (table, row_id, column),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def _log_changes(
        self, table: str, row_id: str, values: Mapping[str, Value], hlc: str, actor: str
    ) -> None:
        with _translate_errors(self.path), self._write_path():
            self._insert_changes(table, row_id, values, hlc, actor)

    def _insert_changes(
        self, table: str, row_id: str, values: Mapping[str, Value], hlc: str, actor: str
    ) -> None:
        free_text = schema.FREE_TEXT_COLUMNS.get(table, frozenset())
        row_entries: dict[str, list[CellEntry]] | None = None
        deleted_by: list[tuple[str, str, str]] = []
        if "deleted_at" not in values and "deleted_at" in self._columns_of(table):
            # An edit of a deleted row was made on the delete: it does not bring the row back.
            current = self.conn.execute(
                f"SELECT deleted_at FROM {table} WHERE id = ?", (row_id,)
            ).fetchone()
            if current is not None and current[0] is not None:
                head = self.cell_head(table, row_id, "deleted_at")
                if head is not None:
                    deleted_by = [("deleted_at", head[0], head[1])]
        rows = []
        for col, val in values.items():
            # The version this edit was made on, so concurrent edits are told from later ones.
            base = self.cell_head(table, row_id, col)
            also: list[tuple[str, str, str]] = list(deleted_by)
            superseding = col in self._superseding
            if col in free_text or superseding:
                entries = self._cell_entries(table, row_id, col)
                heads = cell_heads(entries)
                # A merged text was shown whole, so an edit of it is made on every version in
                # it; a text waiting for a person showed only its latest version (a person's
                # choice between them is made on all).
                if len(heads) > 1 and (superseding or not merge_cell(entries)[1]):
                    also.extend((col, h.hlc, h.replica) for h in heads[:-1])
            if col == "deleted_at" and val is not None:
                # A delete is made on the versions of every column it saw.
                if row_entries is None:
                    row_entries = self._row_entries(table, row_id)
                for column, entries in sorted(row_entries.items()):
                    if column != "deleted_at":
                        also.extend((column, h.hlc, h.replica) for h in cell_heads(entries))
            rows.append(
                (
                    table,
                    row_id,
                    col,
                    val,
                    hlc,
                    self.replica_id,
                    actor,
                    base[0] if base else None,
                    base[1] if base else None,
                    json.dumps(sorted(set(also)), separators=(",", ":")) if also else None,
                    self.actor_id,
                )
            )
        self.conn.executemany(
            "INSERT INTO change (table_name, row_id, column_name, value, hlc, replica_id, actor, "
            "base_hlc, base_replica, also_base, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _cell_entries(self, table: str, row_id: str, column: str) -> list[CellEntry]:
        """Every logged version of one column, oldest first."""
        return [
            _cell_entry(r)
            for r in self.conn.execute(
                "SELECT hlc, replica_id, actor, value, base_hlc, base_replica, also_base, "
                "column_name, actor_id FROM change WHERE table_name = ? AND row_id = ? "
                "AND column_name = ? ORDER BY hlc, replica_id",
                (table, row_id, column),
            ).fetchall()
        ]

    def _row_entries(self, table: str, row_id: str) -> dict[str, list[CellEntry]]:
        """Every logged version of every column of one row, oldest first per column."""
        out: dict[str, list[CellEntry]] = {}
        for r in self.conn.execute(
            "SELECT hlc, replica_id, actor, value, base_hlc, base_replica, also_base, "
            "column_name, actor_id FROM change WHERE table_name = ? AND row_id = ? "
            "ORDER BY column_name, hlc, replica_id",
            (table, row_id),
        ).fetchall():
            out.setdefault(str(r[7]), []).append(_cell_entry(r))
        return out

    # -- changes from other PCs ----------------------------------------------------------------

    def apply_remote(
        self,
        changes: Sequence[RemoteChange],
        created: Mapping[tuple[str, str], str],
        *,
        actor: str,
        received_from: str,
        summary: str,
    ) -> AppliedChanges:
        """Apply change entries made on another PC, through this write path, in one transaction.

        Each entry keeps its own stamp, replica and author, and is logged; an entry already in
        the log is skipped, so applying a change set twice changes nothing. Each column then
        holds the value of its latest entry by stamp, replica id breaking ties, whatever order
        the entries came in. A row seen for the first time is made from its entries, with its
        creation time from ``created`` (keyed by table and row id). Concurrent edits of a
        free-text column are merged three-way (:func:`merge_cell`); where they overlap, every
        version is kept in the log and the cell is listed in ``sync_conflict`` until a person
        chooses (:meth:`resolve`). A delete that meets an edit it never saw keeps the row, and
        the row is listed in ``sync_conflict`` (column ``deleted_at``) so a person learns it.
        One audit event records the whole batch. Refuses (nothing applied) an entry for a table
        or column this TeamDesk does not have or that never travels.
        """
        for change in changes:
            if change.table in schema.LOCAL_ONLY_TABLES:
                raise ValueError(f"{change.table} does not travel between PCs")
            allowed = self._writable_columns(change.table) | {"deleted_at"}
            if change.column not in allowed:
                raise ValueError(f"{change.table} has no writable column {change.column}")
        applied = 0
        touched: dict[tuple[str, str], set[str]] = {}
        conflicts: list[tuple[str, str, str]] = []
        with self.transaction(), _translate_errors(self.path), self._write_path():
            # A row may be set to refer to a row its PC made later (a resident moved to a unit
            # made after it): references are checked when the transaction commits, so the rows
            # of one step may settle in any order; the engine puts a referred-to row in the same
            # step or an earlier one.
            self.conn.execute("PRAGMA defer_foreign_keys=ON")
            for change in sorted(changes, key=lambda c: (c.hlc, c.replica_id)):
                cursor = self.conn.execute(
                    "INSERT OR IGNORE INTO change (table_name, row_id, column_name, value, hlc, "
                    "replica_id, actor, base_hlc, base_replica, also_base, received_from, "
                    "actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        change.table,
                        change.row_id,
                        change.column,
                        change.value,
                        change.hlc,
                        change.replica_id,
                        change.actor,
                        change.base_hlc,
                        change.base_replica,
                        change.also_base,
                        received_from,
                        change.actor_id,
                    ),
                )
                if cursor.rowcount == 0:
                    continue
                applied += 1
                self.clock.observe(change.hlc)
                touched.setdefault((change.table, change.row_id), set()).add(change.column)
            for (table, row_id), columns in touched.items():
                conflicts.extend(
                    self._settle_row(table, row_id, columns, created.get((table, row_id)))
                )
            conflicts.extend(self._settle_owners(touched))
            if applied:
                self._append_audit(actor, "sync", None, None, summary)
        return AppliedChanges(applied=applied, conflicts=tuple(conflicts))

    # -- sync bookkeeping (local to this file; see teamdesk.sync) --------------------------------

    def check_remote(self, changes: Sequence[RemoteChange]) -> None:
        """Refuse (ValueError) what :meth:`apply_remote` would refuse, before any of a set that
        is applied in several steps is: an entry for a table or column this TeamDesk does not
        have, or that never travels."""
        for change in changes:
            if change.table in schema.LOCAL_ONLY_TABLES:
                raise ValueError(f"{change.table} does not travel between PCs")
            if change.column not in self._writable_columns(change.table) | {"deleted_at"}:
                raise ValueError(f"{change.table} has no writable column {change.column}")

    def allocate_outgoing(self) -> OutgoingSet | None:
        """Number the changes made here that no change set of this file holds yet as this
        replica's next set, and record it (in one transaction, before any file is written, so
        a crash can only lose the file, which is rewritten from this record). None when
        nothing new was made here.

        A set without changes goes out too when the audit log holds what must reach the others
        without waiting for a change: an event of someone looking at or taking out a record
        (:data:`READING_ACTIONS`: on a PC where people only read, the access log grows and
        nothing else does) its previous set did not carry, or, on a PC that never sent a set,
        any event of its own, so its first set (which anchors its chain, see
        :meth:`outgoing_audit`) comes early and the reading after it travels. Sign-ins, locks
        and the rounds' own notes make no set of their own (every round would send one for the
        note of the round before, and two PCs would answer each other's for ever); they go
        with the next set."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            done = self.conn.execute("SELECT MAX(last_change_seq) FROM sync_outbox").fetchone()[0]
            span = self.conn.execute(
                "SELECT MIN(seq), MAX(seq) FROM change WHERE received_from IS NULL AND seq > ? "
                f"AND table_name NOT IN ({_LOCAL_ONLY_SQL})",
                (done or 0,),
            ).fetchone()
            if span[0] is None:
                carried = self.conn.execute(
                    "SELECT audit_seq FROM sync_outbox WHERE replica_id = ? "
                    "ORDER BY set_seq DESC LIMIT 1",
                    (self.replica_id,),
                ).fetchone()
                actions: tuple[str, ...] = ()
                if carried is None:
                    wanted = "action != 'sync'"
                else:
                    wanted = f"action IN ({', '.join('?' for _ in READING_ACTIONS)})"
                    actions = READING_ACTIONS
                since = 0 if carried is None or carried[0] is None else int(carried[0])
                unsent = self.conn.execute(
                    f"SELECT 1 FROM audit_event WHERE seq > ? AND {wanted} LIMIT 1",
                    (since, *actions),
                ).fetchone()
                if unsent is None:
                    return None
                span = (done or 0) + 1, done or 0  # no entries: an empty span
            number = self.conn.execute(
                "SELECT COALESCE(MAX(set_seq), 0) + 1 FROM sync_outbox WHERE replica_id = ?",
                (self.replica_id,),
            ).fetchone()[0]
            seen = self.peer_watermarks()
            audit = self.conn.execute("SELECT MAX(seq) FROM audit_event").fetchone()[0]
            outgoing = OutgoingSet(
                int(number),
                int(span[0]),
                int(span[1]),
                seen,
                None if audit is None else int(audit),
            )
            self.conn.execute(
                "INSERT INTO sync_outbox (replica_id, set_seq, first_change_seq, "
                "last_change_seq, seen, made_at, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    self.replica_id,
                    outgoing.seq,
                    outgoing.first_change_seq,
                    outgoing.last_change_seq,
                    json.dumps(seen, sort_keys=True),
                    to_db(self.now()),
                    outgoing.audit_seq,
                ),
            )
            return outgoing

    def latest_outgoing(self) -> OutgoingSet | None:
        """This replica's newest recorded change set."""
        row = self.query_one(
            "SELECT * FROM sync_outbox WHERE replica_id = ? ORDER BY set_seq DESC LIMIT 1",
            (self.replica_id,),
        )
        if row is None:
            return None
        return OutgoingSet(
            int(row["set_seq"]),
            int(row["first_change_seq"]),
            int(row["last_change_seq"]),
            {str(k): int(v) for k, v in json.loads(row["seen"]).items()},
            None if row["audit_seq"] is None else int(row["audit_seq"]),
        )

    def outgoing_audit(self, outgoing: OutgoingSet) -> AuditTrail:
        """What an outgoing set carries of this PC's audit log: the head when it was made and
        the events after the head its previous set carried (the same every time the set is
        sealed, so a set rewritten after a crash carries the same)."""
        if outgoing.audit_seq is None:
            return AuditTrail()
        head = self.conn.execute(
            "SELECT seq, hash FROM audit_event WHERE seq = ?", (outgoing.audit_seq,)
        ).fetchone()
        if head is None:
            return AuditTrail()
        previous = self.conn.execute(
            "SELECT audit_seq FROM sync_outbox WHERE replica_id = ? AND set_seq = ?",
            (self.replica_id, outgoing.seq - 1),
        ).fetchone()
        events: tuple[AuditEntry, ...] = ()
        if previous is not None and previous[0] is not None:
            events = tuple(
                _audit_entry(r)
                for r in self.conn.execute(
                    f"SELECT {AUDIT_COLUMNS} FROM audit_event WHERE seq > ? AND seq <= ? "
                    "ORDER BY seq",
                    (int(previous[0]), outgoing.audit_seq),
                ).fetchall()
            )
        return AuditTrail((int(head[0]), str(head[1])), events)

    def peer_audit_problem(self, replica: str, trail: AuditTrail) -> str | None:
        """Why another PC's audit trail cannot be taken (None: it can): an event that does
        not follow the chain this PC keeps of it (its history was rewritten or cut there), an
        event altered after it was written, or a head the events do not reach."""
        if trail.head is None:
            return None  # a set from a TeamDesk whose audit log did not travel yet
        known = self.conn.execute(
            "SELECT seq, hash FROM sync_peer_audit_head WHERE replica_id = ?", (replica,)
        ).fetchone()
        previous = None if known is None else str(known[1])
        for event in trail.events:
            if previous is not None and event.prev_hash != previous:
                return "does not continue"
            if event.hash != _entry_hash(event):
                return "altered"
            previous = event.hash
        last = (trail.events[-1].seq, trail.events[-1].hash) if trail.events else None
        if last is not None and last != trail.head:
            return "does not reach its head"
        if last is None and known is not None and (int(known[0]), str(known[1])) != trail.head:
            return "does not continue"
        return None

    def record_peer_audit(self, replica: str, trail: AuditTrail) -> None:
        """Keep another PC's audit events and its chain's newest head (checked first with
        :meth:`peer_audit_problem`), in the caller's transaction."""
        if trail.head is None:
            return
        with _translate_errors(self.path), self._write_path():
            self.conn.executemany(
                "INSERT OR IGNORE INTO sync_peer_audit (replica_id, seq, id, at, actor, action, "
                "table_name, row_id, summary, prev_hash, hash, signed_by, signature) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        replica,
                        e.seq,
                        e.id,
                        e.at,
                        e.actor,
                        e.action,
                        e.table,
                        e.row_id,
                        e.summary,
                        e.prev_hash,
                        e.hash,
                        e.signed_by,
                        e.signature,
                    )
                    for e in trail.events
                ],
            )
            # The chain kept starts where the first trail seen of it starts.
            first = trail.events[0].prev_hash if trail.events else trail.head[1]
            self.conn.execute(
                "INSERT INTO sync_peer_audit_head (replica_id, first_hash, seq, hash) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (replica_id) DO UPDATE SET seq = excluded.seq, "
                "hash = excluded.hash",
                (replica, first, trail.head[0], trail.head[1]),
            )

    def outgoing_changes(self, outgoing: OutgoingSet) -> list[RemoteChange]:
        """The change entries an outgoing set holds: those made here in its span."""
        return [
            RemoteChange(
                table=str(r["table_name"]),
                row_id=str(r["row_id"]),
                column=str(r["column_name"]),
                value=r["value"],
                hlc=str(r["hlc"]),
                replica_id=str(r["replica_id"]),
                actor=str(r["actor"]),
                base_hlc=r["base_hlc"],
                base_replica=r["base_replica"],
                also_base=r["also_base"],
                actor_id=r["actor_id"],
            )
            for r in self.query(
                "SELECT * FROM change WHERE received_from IS NULL AND seq BETWEEN ? AND ? "
                f"AND table_name NOT IN ({_LOCAL_ONLY_SQL}) ORDER BY seq",
                (outgoing.first_change_seq, outgoing.last_change_seq),
            )
        ]

    def peer_watermarks(self) -> dict[str, int]:
        """How far each other replica's change sets are applied here."""
        return {
            str(r["replica_id"]): int(r["applied_seq"])
            for r in self.query("SELECT replica_id, applied_seq FROM sync_peer")
        }

    def advance_peer(self, replica: str, seq: int, pc_name: str) -> None:
        """Record that ``replica``'s sets up to ``seq`` are applied (in the caller's
        transaction, together with applying the set), and clear a hold on it."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "INSERT INTO sync_peer (replica_id, applied_seq, pc_name, last_applied_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (replica_id) DO UPDATE SET "
                "applied_seq = MAX(applied_seq, excluded.applied_seq), "
                "pc_name = excluded.pc_name, "
                "last_applied_at = excluded.last_applied_at",
                (replica, seq, pc_name, to_db(self.now())),
            )
            self.conn.execute(
                "DELETE FROM sync_held WHERE replica_id = ? AND set_seq <= ?", (replica, seq)
            )

    def settle_joined(self, publisher: str, seq: int, pc_name: str) -> None:
        """Make a copy of another PC's database (a snapshot a new PC joined from) this PC's:
        every change entry in it was made elsewhere (so none is published as made here), the
        publisher's sets up to ``seq`` are applied, and the publisher's local state (its held
        sets, when it last synced, its ballot box) is dropped. In one transaction."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "UPDATE change SET received_from = replica_id WHERE received_from IS NULL"
            )
            self.conn.execute("DELETE FROM sync_held")
            # Another PC's ballots are counted there, never here.
            self.conn.execute("DELETE FROM relation_ballot")
            self.conn.execute("DELETE FROM meta WHERE key LIKE 'sync\\_%' ESCAPE '\\'")
            self.advance_peer(publisher, seq, pc_name)

    def copy_bytes(self) -> bytes:
        """A consistent copy of the database as the bytes of a closed file (SQLite's backup
        API, encrypted with the same key), checked with ``quick_check``, without this PC's
        own ``sync_`` values; for a snapshot."""
        if self.key is None:
            raise ValueError("a copy needs the database key")
        _remove_stale_copies(self.path.parent)
        handle, name = tempfile.mkstemp(prefix=f"{COPY_PREFIX}{os.getpid()}-", dir=self.path.parent)
        os.close(handle)
        partial = Path(name)
        try:
            partial.unlink()
            dest = connect(partial, self.key)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                # This PC's own values (its sync folder, its key pair) and its ballot box (the
                # check-in's answers, counted on this PC only) stay here, and leave no trace
                # in the copy's free pages.
                dest.execute("PRAGMA secure_delete=ON")
                dest.execute("DELETE FROM meta WHERE key LIKE 'sync\\_%' ESCAPE '\\'")
                dest.execute("DELETE FROM relation_ballot")
                dest.execute("VACUUM")
                result = dest.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dest.close()
            if result != "ok":
                raise ValueError(f"the copy is not sound: {result}")
            return partial.read_bytes()
        finally:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)

    def note_held(self, replica: str, seq: int, reason: str, detail: str) -> None:
        """Record why ``replica``'s set ``seq`` waits (a clock far ahead, a newer schema)."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "INSERT INTO sync_held (replica_id, set_seq, reason, detail, noted_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (replica_id, set_seq) DO UPDATE SET "
                "reason = excluded.reason, detail = excluded.detail "
                "WHERE sync_held.reason != 'accepted'",
                (replica, seq, reason, detail, to_db(self.now())),
            )

    def accept_held(self, replica: str, reason: str) -> int:
        """A person decided that ``replica``'s sets held for ``reason`` are applied anyway
        (at the next round); returns how many."""
        with self.transaction(), _translate_errors(self.path), self._write_path():
            return self.conn.execute(
                "UPDATE sync_held SET reason = 'accepted' WHERE replica_id = ? AND reason = ?",
                (replica, reason),
            ).rowcount

    def held_accepted(self, replica: str, seq: int) -> bool:
        """Whether a person decided that ``replica``'s set ``seq`` is applied, clock or not."""
        return (
            self.query_one(
                "SELECT 1 AS x FROM sync_held WHERE replica_id = ? AND set_seq = ? "
                "AND reason = 'accepted'",
                (replica, seq),
            )
            is not None
        )

    def _settle_row(
        self, table: str, row_id: str, columns: set[str], created_at: str | None
    ) -> list[tuple[str, str, str]]:
        """Give a row the values its logged versions settle on (in the caller's write path),
        and list, and return, its cells that wait for a person.

        Short fields hold their latest version; free text its versions merged
        (:func:`merge_cell`); ``deleted_at`` its latest version, unless the row was deleted
        without seeing an edit (see :meth:`_deletion`). A pure function of the log, so every
        PC that holds the same versions holds the same row."""
        current = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        row_entries = self._row_entries(table, row_id)
        if current is None:
            # Every column the row was ever written with, not only this batch's.
            columns = set(row_entries)
        free_text = schema.FREE_TEXT_COLUMNS.get(table, frozenset())
        winners: dict[str, Value] = {}
        waiting: dict[str, bool] = {}
        for column in sorted(columns - {"deleted_at"}):
            entries = row_entries.get(column, [])
            if not entries:
                continue
            if column in free_text:
                winners[column], waiting[column] = merge_cell(entries)
            else:
                winners[column] = entries[-1].value
        if "deleted_at" in self._columns_of(table):
            deleted, kept = self._deletion(row_entries)
            if deleted is not None and self._has_live_child(table, row_id):
                # A child edited or added on another PC keeps the row it lives in: shown, and
                # listed for a person like a delete that met an edit.
                deleted, kept = None, True
            if current is not None or deleted is not None:
                winners["deleted_at"] = deleted
            waiting["deleted_at"] = kept
        latest = max((e for entries in row_entries.values() for e in entries), key=lambda e: e.key)
        if current is None:
            if created_at is None:
                ms, _ = HybridLogicalClock.parse(
                    min(e.hlc for entries in row_entries.values() for e in entries)
                )
                created_at = str(to_db(datetime.fromtimestamp(ms / 1000, UTC)))
            values: dict[str, Value] = dict(winners)
            values.update(
                id=row_id, created_at=created_at, updated_at=latest.hlc, updated_by=latest.actor
            )
            cols = list(values)
            self.conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [values[c] for c in cols],
            )
        else:
            changed = {k: v for k, v in winners.items() if current[k] != v}
            if changed or current["updated_at"] != latest.hlc:
                changed.update(updated_at=latest.hlc, updated_by=latest.actor)
                assignments = ", ".join(f"{c} = ?" for c in changed)
                self.conn.execute(
                    f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), row_id]
                )
        open_now: list[tuple[str, str, str]] = []
        for column, waits in sorted(waiting.items()):
            if waits:
                open_now.append((table, row_id, column))
                self.conn.execute(
                    "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, column_name, "
                    "noted_at) VALUES (?, ?, ?, ?)",
                    (table, row_id, column, to_db(self.now())),
                )
            else:
                self.conn.execute(
                    "DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ? "
                    "AND column_name = ?",
                    (table, row_id, column),
                )
        return open_now

    def _has_live_child(self, table: str, row_id: str) -> bool:
        """Whether a row that lives inside this one (:data:`schema.OWNED_BY`) is not deleted."""
        for (child, column), owner in schema.OWNED_BY.items():
            if (
                owner == table
                and self.conn.execute(
                    f"SELECT 1 FROM {child} WHERE {column} = ? AND deleted_at IS NULL LIMIT 1",
                    (row_id,),
                ).fetchone()
            ):
                return True
        return False

    def _settle_owners(self, rows: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
        """Settle again the rows that the given rows live in (and theirs, upwards), once the
        given rows are settled: whether a child lives decides whether its owner's delete
        stands. Every row a child was ever logged inside is settled, so a child moved away
        lets its old owner's delete stand again. Returns the owners' cells that wait."""
        conflicts: list[tuple[str, str, str]] = []
        todo = list(rows)
        seen: set[tuple[str, str]] = set()
        while todo:
            table, row_id = todo.pop()
            for (child, column), owner in schema.OWNED_BY.items():
                if child != table:
                    continue
                for (owner_id,) in self.conn.execute(
                    "SELECT DISTINCT value FROM change WHERE table_name = ? AND row_id = ? "
                    "AND column_name = ? AND value IS NOT NULL",
                    (table, row_id, column),
                ).fetchall():
                    key = (owner, str(owner_id))
                    if key in seen or self.get(owner, key[1]) is None:
                        continue
                    seen.add(key)
                    conflicts.extend(self._settle_row(owner, key[1], {"deleted_at"}, None))
                    todo.append(key)
        return conflicts

    @staticmethod
    def _deletion(row_entries: Mapping[str, Sequence[CellEntry]]) -> tuple[Value, bool]:
        """A row's ``deleted_at``, and whether a delete was set aside for an edit it never saw.

        The latest version stands, unless it is a delete and some column's current version was
        made neither before a delete (each delete lists the versions it saw) nor on a deleted
        row: then an edit met the delete, the edit is kept, and the row with it."""
        deletes = list(row_entries.get("deleted_at", []))
        if not deletes or deletes[-1].value is None:
            return None, False
        seen: set[tuple[str, str, str]] = set()
        made_on = set()
        for entry in deletes:
            if entry.value is not None:
                seen |= entry.also
                made_on.add(("deleted_at", entry.hlc, entry.replica))
        for column, entries in row_entries.items():
            if column == "deleted_at":
                continue
            for head in cell_heads(entries):
                if (column, head.hlc, head.replica) not in seen and not (made_on & head.also):
                    return None, True
        return deletes[-1].value, False

    def _append_audit(
        self,
        actor: str,
        action: str,
        table: str | None,
        row_id: str | None,
        summary: str,
        *,
        at: str | None = None,
    ) -> None:
        # The newest event by its key (a look-up, not a scan, whatever the log's length).
        prev = self.conn.execute(
            "SELECT hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)"
        ).fetchone()
        prev_hash = prev[0] if prev else GENESIS_HASH
        event_id = new_id()
        if at is None:
            at = str(to_db(self.now()))
        digest = audit_hash(prev_hash, event_id, at, actor, action, table, row_id, summary)
        signed_by: str | None = None
        signature: str | None = None
        if self.signer is not None:
            signed_by = self.signer[0]
            signature = self.signer[1].sign(audit_signed_bytes(digest)).hex()
        with _translate_errors(self.path), self._write_path():
            self.conn.execute(
                "INSERT INTO audit_event (id, at, actor, action, table_name, row_id, summary, "
                "prev_hash, hash, signed_by, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    at,
                    actor,
                    action,
                    table,
                    row_id,
                    summary,
                    prev_hash,
                    digest,
                    signed_by,
                    signature,
                ),
            )

    def _watch_wal(self) -> None:
        """Record in the guard file the WAL that belongs to the database when SQLite has
        started a new one (see :mod:`teamdesk.store.guard`). Called holding the write lock, so
        no other process starts a WAL meanwhile."""
        if self._presence is None:
            return
        header = wal_guard.read_wal_header(wal_guard.wal_path(self.path))
        if header is None or header == self._wal_seen:
            return
        recorded = wal_guard.load_guard(self.path)
        try:
            wal_guard.save_guard(
                self.path,
                wal_guard.Guard(
                    closed=False, wal=header, verified=recorded.verified if recorded else None
                ),
            )
        except OSError:
            return  # the next write tries again; until then an open after a crash checks a copy
        self._wal_seen = header

    @property
    def closed(self) -> bool:
        return self._closed

    def continue_on(self, reopened: Store) -> None:
        """Go on with ``reopened``'s connection (the same file, opened anew after this store
        was closed: with a new key once it was re-keyed), so that whatever holds this store
        (services, views) keeps working on it. ``reopened`` is emptied: closing it does
        nothing."""
        if not self._closed or reopened._closed or reopened.path != self.path:
            raise RuntimeError("continue_on needs this store closed and the same file reopened")
        self.conn = reopened.conn
        self.conn.set_authorizer(self._authorize)
        self._presence = reopened._presence
        self._wal_seen = reopened._wal_seen
        self.key = reopened.key
        self.opening_notice = reopened.opening_notice
        self._closed = False
        reopened._presence = None
        reopened._closed = True

    def close(self) -> None:
        """Close the database. The last TeamDesk process to close it checks the file and
        records in the guard file that no WAL belongs to it any more."""
        if self._closed:
            return
        if self._pending:
            try:
                self.write_pending()
            except StoreError:
                # Still locked after half a minute: the log file keeps what the audit log
                # could not, so the fact is not lost.
                for event in self._pending:
                    log.error("audit event not written (database locked): %s", event)
        self._closed = True
        presence = self._presence
        if presence is None:
            self.conn.close()
            return
        try:
            with wal_guard.opening_lock(self.path):
                self.conn.close()
                if (
                    presence.leave()
                    and wal_guard.read_wal_header(wal_guard.wal_path(self.path)) is None
                ):
                    _record_closed(self.path, self.key)
        except OSError:
            self.conn.close()  # a read-only folder: nothing to record (no-op when closed)


COPY_PREFIX = ".teamdesk-copy-"


def _remove_stale_copies(directory: Path) -> None:
    """Remove the copies for a snapshot a killed TeamDesk left (their process is gone)."""
    for leftover in directory.glob(COPY_PREFIX + "*"):
        owner = leftover.name[len(COPY_PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and process_running(int(owner)):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()


def audit_hash(
    prev_hash: str,
    event_id: str,
    at: str,
    actor: str,
    action: str,
    table: str | None,
    row_id: str | None,
    summary: str,
) -> str:
    """The hash that chains an audit event to the one before it."""
    payload = "\x1f".join(
        [prev_hash, event_id, at, actor, action, table or "", row_id or "", summary]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _entry_hash(event: AuditEntry) -> str:
    return audit_hash(
        event.prev_hash,
        event.id,
        event.at,
        event.actor,
        event.action,
        event.table,
        event.row_id,
        event.summary,
    )


def audit_signed_bytes(digest: str) -> bytes:
    """What an account signs for an audit event: its chained hash."""
    return f"teamdesk-audit-v1\x1f{digest}".encode()


@contextmanager
def _translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite errors a person can act on into sentences; let bugs through as they are.

    Knows both the standard library's exception classes and the SQLCipher driver's (see
    :mod:`teamdesk.store.connection`); a driver error that is a bug leaves as the standard
    library's class of the same name.
    """
    try:
        yield
    except ANY_SQLITE_ERROR as exc:
        std = standard_error(exc)
        sentence = _sentence_for(std, path)
        if sentence is not None:
            raise sentence from exc
        if std is exc:
            raise
        raise std from exc


def _sentence_for(exc: BaseException, path: Path) -> StoreError | None:
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return DatabaseBusyError()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFullError()
        if ("disk i/o error" in text or "unable to open" in text) and disk_is_full(path):
            return DiskFullError()
        if "readonly" in text or "read-only" in text:
            return FolderNotWritableError(path)
        if "unable to open" in text and not os.access(path.parent, os.W_OK):
            return FolderNotWritableError(path.parent)
        if "malformed" in text or "disk i/o error" in text:
            return DatabaseCorruptError(path, str(exc))
        return None
    if isinstance(exc, sqlite3.ProgrammingError) and "closed database" in text:
        return DatabaseClosedError()
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
    ):
        if "disk is full" in text:
            return DiskFullError()
        if "readonly" in text:
            return FolderNotWritableError(path)
        if "not a database" in text or "encrypted" in text:
            return NotATeamDeskDatabaseError(path, str(exc))
        if "malformed" in text or "corrupt" in text:
            return DatabaseCorruptError(path, str(exc))
    return None


# -- opening ---------------------------------------------------------------------------------


def inspect_file(path: Path) -> None:
    """Refuse, without writing to it, a file that cannot be TeamDesk's encrypted database.

    An encrypted file looks like noise until it is read with its key, so this catches only what
    shows without the key (an empty file, a plain SQLite file); SQLCipher's page checks catch
    the rest (random bytes, a wrong key, a file cut short) at the first read.
    """
    size = path.stat().st_size
    if size == 0:
        raise NotATeamDeskDatabaseError(path, "the file is empty")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        raise NotEncryptedDatabaseError(path)
    # SQLite reads a file shorter than a page as a new, empty database, which opening would
    # then fill: a TeamDesk database is always whole pages.
    if size < PAGE_SIZE:
        raise NotATeamDeskDatabaseError(path, f"it is only {size} bytes long")


def verify_file(path: Path, key: bytes) -> Message | None:
    """Check, before anything is written, that the database at ``path`` and the WAL that
    opening would replay are ours and sound; raises the sentence when not, having changed no
    byte of the database, its WAL or its shared-memory file (see :mod:`teamdesk.store.guard`).
    Returns what the person must be told while the file opens: a WAL that a run which did not
    close left with a damaged header (SQLite skips all of it without a word; a copy is kept).

    Call only when no other process has the database open."""
    recorded = wal_guard.load_guard(path)
    wal = wal_guard.wal_path(path)
    verdict = wal_guard.judge_wal(wal_guard.read_wal_header(wal), recorded)
    if verdict is wal_guard.WalVerdict.STALE:
        raise StaleWalError(path, wal)
    if verdict is wal_guard.WalVerdict.NONE:
        notice = None
        if (
            recorded is not None
            and not recorded.closed
            and recorded.wal is not None
            and wal_guard.wal_header_damaged(wal)
        ):
            notice = _keep_unreadable_wal(wal)
        stamp = wal_guard.FileStamp.of(path)
        if recorded is not None and recorded.verified == stamp:
            return notice
        _check_file(path, key, main_file_only=True)
        with contextlib.suppress(OSError):
            wal_guard.save_guard(
                path, wal_guard.Guard(closed=recorded.closed if recorded else True, verified=stamp)
            )
        return notice
    # Changes left by a run that did not close: check them together with the file, on a copy.
    try:
        with wal_guard.copy_with_wal(path) as copy:
            _check_file(copy, key, reported_as=path)
    except OSError as exc:
        raise _os_sentence(exc, path) from exc
    return None


def _keep_unreadable_wal(wal: Path) -> Message:
    """Keep a copy of a WAL SQLite cannot read (it would be overwritten by the next write), and
    say so: the last changes of a run that stopped may be in it and are not in the database."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = wal.with_name(f"{wal.name}.unreadable-{stamp}")
    copy_private(wal, kept)
    return Message(
        N_(
            "The file of recent changes beside the database ({wal}) was damaged, so changes "
            "saved just before TeamDesk last stopped may be missing. A copy of it was kept as "
            "{kept} for your IT contact. Look over the last things you and your colleagues "
            "did, and enter again what is missing."
        ),
        {"wal": wal.name, "kept": kept.name},
    )


def _check_key(path: Path, key: bytes) -> None:
    """Refuse a file whose first page ``key`` does not open (noise, another installation's
    file), reading that page alone: it creates no file and takes no lock."""
    try:
        with _translate_errors(path):
            conn = connect(path, key, main_file_only=True)
            try:
                conn.execute("PRAGMA application_id").fetchone()
            finally:
                conn.close()
    except NotATeamDeskDatabaseError as exc:
        raise _unreadable(path) from exc


def _check_file(
    path: Path, key: bytes, *, main_file_only: bool = False, reported_as: Path | None = None
) -> None:
    """Open ``path`` with ``key`` and check every page's HMAC; raises the sentence."""
    shown = reported_as or path
    try:
        with _translate_errors(shown):
            conn = connect(path, key, main_file_only=main_file_only)
    except NotATeamDeskDatabaseError as exc:
        raise _unreadable(shown) from exc
    try:
        try:
            with _translate_errors(shown):
                conn.execute("PRAGMA application_id").fetchone()
                if path.stat().st_size % PAGE_SIZE:
                    # The key opens the first page, so it is ours, but it ends within a page.
                    raise DatabaseCorruptError(shown, "the file is cut short")
                problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        except NotATeamDeskDatabaseError as exc:
            raise _unreadable(shown) from exc
    finally:
        conn.close()
    if problems:
        raise DatabaseCorruptError(shown, problems[0])


def _finish_interrupted_work(path: Path, backups: Path) -> None:
    from teamdesk.store.backup import remove_leftovers
    from teamdesk.store.rekey import abandon_interrupted_rekey

    with contextlib.suppress(OSError):
        remove_leftovers(backups)
    with contextlib.suppress(OSError):
        abandon_interrupted_rekey(path)  # a re-key stopped before the copy took its place


def finish_interrupted_work(path: Path, backups: Path) -> None:
    """What a killed TeamDesk left half-done in a data folder is finished or undone: a restore
    stopped between moving the database aside and putting the backup in place is finished (or
    undone), half-written backups are removed, and so is a re-key's copy that never took the
    database's place. Does nothing while another TeamDesk process
    has the database open (it may be doing that very work)."""
    from teamdesk.store.backup import PARTIAL_SUFFIX, finish_interrupted_restore

    if not path.parent.is_dir():
        return
    pending = (
        path.with_name(f".{path.name}.restore.json").exists()
        or path.with_name(f".{path.name}.restoring").exists()
        or path.with_name(f".{path.name}.rekeying").exists()
    )
    if not pending and backups.is_dir():
        pending = any(p.name.endswith(PARTIAL_SUFFIX) for p in backups.iterdir())
    if not pending:
        return  # the usual case: nothing to do, and no lock file is made
    try:
        with wal_guard.opening_lock(path):
            presence = wal_guard.Presence(path)
            if not presence.join():
                presence.leave()
                return
            try:
                finish_interrupted_restore(path)
                _finish_interrupted_work(path, backups)
            finally:
                presence.leave()
    except OSError:
        return  # a read-only folder: nothing can have been left half-done by us here


def _record_closed(path: Path, key: bytes | None) -> None:
    """After the last close: check the file and stamp it, so the next start need not."""
    recorded = wal_guard.load_guard(path)
    stamp: wal_guard.FileStamp | None = None
    if path.exists():
        current = wal_guard.FileStamp.of(path)
        if recorded is not None and recorded.verified == current:
            stamp = current
        elif key is not None:
            try:
                _check_file(path, key, main_file_only=True)
                stamp = current
            except StoreError:
                stamp = None
    with contextlib.suppress(OSError):
        wal_guard.save_guard(path, wal_guard.Guard(closed=True, verified=stamp))


def open_store(
    path: Path,
    *,
    key: bytes,
    create: bool = True,
    now: Callable[[], datetime] = utc_now,
    backup_dir: Path | None = None,
) -> Store:
    """Open (or create) the encrypted database at ``path`` with its raw ``key``, migrating it to
    the current schema.

    Refuses, leaving the database, its WAL and its shared-memory file byte-for-byte untouched:
    a file that is not SQLite, a plain (unencrypted) SQLite file, a file shorter than a page, a
    file the key does not open, a damaged or truncated file, a WAL that does not belong to the
    database, another program's database, and a database from a newer TeamDesk. When no other
    TeamDesk process has it open, the file is checked before anything is written to it (see
    :mod:`teamdesk.store.guard`). Takes a checked backup with SQLite's backup API before
    migrating an existing database.
    """
    try:
        return _open_store(path, key=key, create=create, now=now, backup_dir=backup_dir)
    except OSError as exc:
        raise _os_sentence(exc, path) from exc


def _open_store(
    path: Path,
    *,
    key: bytes,
    create: bool,
    now: Callable[[], datetime],
    backup_dir: Path | None,
) -> Store:
    existed = path.exists()
    if existed:
        inspect_file(path)
        if not wal_guard.wal_path(path).exists():
            # Nobody is writing it (a writer keeps a WAL), so its first page can be read alone.
            _check_key(path, key)
    elif not create:
        raise FileNotFoundError(path)
    else:
        private_dir(path.parent)
    with wal_guard.opening_lock(path):
        presence = wal_guard.Presence(path)
        alone = presence.join()
        try:
            if alone:
                # Nobody else is writing a backup or restoring: what a killed one left goes.
                _finish_interrupted_work(path, backup_dir or path.parent / "backups")
            notice = verify_file(path, key) if existed and alone else None
            conn = _connect_and_migrate(path, key, existed=existed, now=now, backup_dir=backup_dir)
            try:
                replica_id = replica_id_for(
                    path,
                    new_file_id=None
                    if existed
                    else str(
                        conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[
                            0
                        ]
                    ),
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            presence.leave()
            raise
        if not existed:
            with contextlib.suppress(OSError):
                wal_guard.save_guard(path, wal_guard.Guard(closed=False))
        elif alone:
            recorded = wal_guard.load_guard(path)
            with contextlib.suppress(OSError):
                wal_guard.save_guard(
                    path,
                    wal_guard.Guard(
                        closed=False,
                        wal=recorded.wal if recorded else None,
                        verified=recorded.verified if recorded else None,
                    ),
                )
    store = Store(conn, path, now=now, key=key, presence=presence, replica_id=replica_id)
    store.opening_notice = notice
    return store


def _connect_and_migrate(
    path: Path,
    key: bytes,
    *,
    existed: bool,
    now: Callable[[], datetime],
    backup_dir: Path | None,
) -> sqlite3.Connection:
    try:
        with _translate_errors(path):
            conn = connect(path, key)
    except NotATeamDeskDatabaseError as exc:
        raise _unreadable(path) from exc
    try:
        try:
            with _translate_errors(path):
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                has_tables = conn.execute(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                ).fetchone()[0]
        except NotATeamDeskDatabaseError as exc:
            raise _unreadable(path) from exc
        # An existing file is TeamDesk's, or (opened by this key, so made by this data folder)
        # one whose set-up stopped before its first table: anything else is left alone.
        if existed and app_id != schema.APPLICATION_ID and (has_tables or version or app_id):
            raise NotATeamDeskDatabaseError(path, "it belongs to another program")
        latest = schema.latest_version()
        if version > latest:
            raise DatabaseTooNewError(path, version, latest)
        with _translate_errors(path):
            configure_for_writing(conn)
        if version < latest:
            if existed and version > 0:
                from teamdesk.store.backup import backup_database

                backup_database(
                    conn,
                    backup_dir or path.parent / "backups",
                    f"before-migration-v{version}",
                    key=key,
                )
            with _translate_errors(path):
                _migrate(conn, version, now)
            if existed and 0 < version < schema.NO_STORED_PINS:
                _scrub_old_backups(backup_dir or path.parent / "backups", key)
    except BaseException:
        conn.close()
        raise
    return conn


def _scrub_old_backups(directory: Path, key: bytes) -> None:
    """The PIN hashes the migration to schema 5 removed from the database, removed from the
    backups taken before it too (:func:`teamdesk.store.backup.scrub_pin_hashes`). A backup that
    cannot be rewritten now is left as it was and tried again at the next such migration."""
    from teamdesk.store.backup import scrub_pin_hashes

    try:
        scrubbed = scrub_pin_hashes(directory, key)
    except (OSError, StoreError) as exc:
        log.warning("the PIN hashes in old backups in %s were left: %s", directory, exc)
        return
    except ANY_SQLITE_ERROR as exc:
        log.warning("the PIN hashes in old backups in %s were left: %s", directory, exc)
        return
    if scrubbed:
        log.info("removed the PIN hashes from %d backup(s) in %s", len(scrubbed), directory)


_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


@contextmanager
def file_errors(path: Path) -> Iterator[None]:
    """Turn a file-system error a person can act on (a read-only folder or file, a full disk)
    into its sentence; ``path`` is named when the error names no file. Others pass as they
    are."""
    try:
        yield
    except OSError as exc:
        sentence = _os_sentence(exc, path)
        if sentence is exc:
            raise
        raise sentence from exc


def _os_sentence(exc: OSError, path: Path) -> BaseException:
    """The sentence for a file-system error a person can act on; others unchanged."""
    if exc.errno in _READ_ONLY_ERRNOS:
        return FolderNotWritableError(Path(exc.filename) if exc.filename else path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    return exc


def os_error_sentence(exc: OSError) -> StoreError | None:
    """The sentence for a read-only or full-disk error, or None for any other."""
    sentence = _os_sentence(exc, Path(exc.filename or "."))
    return sentence if isinstance(sentence, StoreError) else None


def disk_is_full(path: Path, needed: int = 4 * PAGE_SIZE) -> bool:
    """Whether the disk holding ``path`` has less room than ``needed`` bytes."""
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free < needed
    except OSError:
        return False


def _unreadable(path: Path) -> NotATeamDeskDatabaseError:
    return NotATeamDeskDatabaseError(
        path, "it cannot be read with this data folder's key; it may be noise or another file"
    )


def _migrate(conn: sqlite3.Connection, version: int, now: Callable[[], datetime]) -> None:
    for number, migration in enumerate(schema.MIGRATIONS, start=1):
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(conn)
            if number == 1:
                conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('replica_id', ?), ('created_at', ?)",
                    (new_id(), to_db(now())),
                )
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def fsync_dir(directory: Path) -> None:
    """Make a new file's directory entry durable (POSIX); a no-op where not supported."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
