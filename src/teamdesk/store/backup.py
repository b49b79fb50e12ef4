"""Backups with SQLite's online backup API, each checked after writing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from teamdesk.store.connection import connect


def backup_database(conn: sqlite3.Connection, directory: Path, label: str) -> Path:
    """Copy the open database into ``directory`` as a consistent snapshot; returns the file.

    The copy is checked with ``quick_check``; a copy that fails is removed and an error raised,
    so a bad backup is never mistaken for a good one.
    """
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = directory / f"teamdesk-{stamp}-{label}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = directory / f"teamdesk-{stamp}-{label}-{counter}.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    check = connect(target)
    try:
        result = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError(f"backup {target} failed its check: {result}")
    return target
