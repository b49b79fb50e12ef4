"""Writing exported documents: whole or not at all, with the export as an audit event."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import InvalidInput
from teamdesk.store.store import Store, fsync_dir


@dataclass(frozen=True)
class DocumentExport:
    """A written document: where, and how many pages (0 for a calendar file or a CSV)."""

    path: Path
    pages: int = 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file renamed into place).

    A new export is owner-only (0600, like everything TeamDesk writes: it holds names of
    vulnerable people); one that replaces a file keeps that file's mode, as a person who made
    it readable to a colleague expects. Refuses to replace a device, a pipe or a folder, whose
    "contents" are not a document: renaming over them would break what uses them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise InvalidInput(
            Message(
                N_(
                    "{path} is not an ordinary file (it is a folder, a device or a pipe), so "
                    "TeamDesk does not write the export there. Choose another file name."
                ),
                {"path": str(path)},
            )
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if existing is not None:
            os.chmod(tmp, stat.S_IMODE(existing.st_mode))
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
