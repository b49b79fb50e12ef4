"""The one place that opens a connection to a TeamDesk database.

Every connection gets the same settings: WAL so readers never block the writer, synchronous=FULL
so a committed change survives a power cut, foreign keys on, and a busy timeout so a second
window or the CLI waits its turn instead of failing. Transactions are managed by
:class:`teamdesk.store.store.Store`, so the driver's own implicit transactions are off.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: Path) -> sqlite3.Connection:
    """A connection with TeamDesk's settings; reads nothing and writes nothing by itself."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    # 32 MiB of page cache: the Today view reads every resident, staff member and assignment.
    conn.execute("PRAGMA cache_size=-32768")
    return conn


def configure_for_writing(conn: sqlite3.Connection) -> None:
    """Settings that write to the file; called only once the file is known to be ours."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
