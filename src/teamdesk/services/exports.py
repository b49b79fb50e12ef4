"""Writing exported documents: whole or not at all, with the export as an audit event."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from teamdesk.store.store import Store, fsync_dir


@dataclass(frozen=True)
class DocumentExport:
    """A written document: where, and how many pages (0 for a calendar file or a CSV)."""

    path: Path
    pages: int = 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def export_with_audit(
    store: Store,
    out: Path,
    data: bytes,
    *,
    actor: str,
    table: str | None,
    row_id: str | None,
    summary: str,
) -> None:
    """Write ``data`` to ``out`` and record the export, in one transaction: a failed write
    leaves no audit event, and no file is written without one."""
    with store.transaction():
        store.audit("export", actor=actor, table=table, row_id=row_id, summary=summary)
        write_atomically(Path(out), data)
