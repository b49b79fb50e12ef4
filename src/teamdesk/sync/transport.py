"""Where change sets travel: one interface, a shared folder today (a PostgreSQL hub later).

The folder is hostile ground (see the shared SYNC-NOTES): OneDrive and Dropbox make "conflicted
copy" duplicates, files arrive late and out of order, the folder can vanish mid-sync, and two
PCs sync at the same moment. So:

- each replica writes only its own files, under its own sub-folder, each once, whole: written
  to a temporary name, flushed, then renamed to a new name (never replacing another file);
- nothing is inferred from a file's time or absence: which set a file holds is read from its
  authenticated header, a missing number is a gap to wait for, never a deletion;
- any file in a replica's sub-folder is a candidate (a duplicate of a set is applied once, by
  its number, whatever its name).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from teamdesk.domain.text import N_, Message

SUFFIX = ".tdcs"


class TransportError(Exception):
    """The transport cannot be reached or written; ``message`` says why in one sentence."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class Candidate:
    """A file that may hold one of ``replica``'s change sets. ``hint`` is the number its name
    suggests (None when the name says none); only the file's header is trusted."""

    replica: str
    name: str
    hint: int | None
    data: bytes


class Transport(Protocol):
    """How change sets reach other PCs."""

    def publish(self, replica: str, seq: int, data: bytes) -> None:
        """Make ``data`` available as ``replica``'s set number ``seq`` (whole or not at all)."""

    def published(self, replica: str, seq: int) -> bool:
        """Whether this replica's own set ``seq`` is there (to rewrite one a crash lost)."""

    def candidates(self, exclude: str, after: dict[str, int]) -> Iterator[Candidate]:
        """Files of replicas other than ``exclude`` that may hold sets newer than ``after``
        (per replica)."""


class FolderTransport:
    """Change sets as files in a shared folder: ``<folder>/<house id>/<replica id>/<n>.tdcs``."""

    def __init__(self, folder: Path, house_id: str) -> None:
        self.folder = folder
        self.root = folder / house_id

    def _reachable(self) -> None:
        if not self.folder.is_dir():
            raise TransportError(
                Message(
                    N_(
                        "The sync folder {folder} cannot be reached. Check that the share or "
                        "USB stick is connected; nothing was changed."
                    ),
                    {"folder": str(self.folder)},
                )
            )

    def _file(self, replica: str, seq: int) -> Path:
        return self.root / replica / f"{seq:010d}{SUFFIX}"

    def publish(self, replica: str, seq: int, data: bytes) -> None:
        self._reachable()
        target = self._file(replica, seq)
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if target.exists():
                return  # written before (the same set): never replace a file
            os.rename(temporary, target)
        except OSError as exc:
            raise TransportError(
                Message(
                    N_(
                        "TeamDesk could not write to the sync folder {folder} ({problem}). "
                        "Nothing was lost; the next sync tries again."
                    ),
                    {"folder": str(self.folder), "problem": exc.strerror or str(exc)},
                )
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def published(self, replica: str, seq: int) -> bool:
        return self._file(replica, seq).is_file()

    def candidates(self, exclude: str, after: dict[str, int]) -> Iterator[Candidate]:
        self._reachable()
        if not self.root.is_dir():
            return
        try:
            replicas = sorted(p for p in self.root.iterdir() if p.is_dir())
        except OSError as exc:
            raise self._unreadable(exc) from exc
        for directory in replicas:
            replica = directory.name
            if replica == exclude or replica.startswith("."):
                continue
            try:
                names = sorted(p.name for p in directory.iterdir())
            except OSError as exc:
                raise self._unreadable(exc) from exc
            for name in names:
                if name.startswith(".") or SUFFIX not in name:
                    continue  # a temporary file being written, desktop.ini, and such
                hint = int(name[:10]) if name[:10].isdigit() else None
                if hint is not None and hint <= after.get(replica, 0):
                    continue  # a set (or a copy of one) applied before
                try:
                    data = (directory / name).read_bytes()
                except OSError:
                    continue  # an online-only or locked file: not here yet
                yield Candidate(replica, name, hint, data)

    def _unreadable(self, exc: OSError) -> TransportError:
        return TransportError(
            Message(
                N_("TeamDesk could not read the sync folder {folder} ({problem})."),
                {"folder": str(self.folder), "problem": exc.strerror or str(exc)},
            )
        )
