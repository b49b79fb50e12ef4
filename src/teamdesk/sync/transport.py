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
from teamdesk.store.ids import new_id
from teamdesk.store.private import process_running

SUFFIX = ".tdcs"
SNAPSHOT_SUFFIX = ".tdsn"
SNAPSHOT_PREFIX = "snapshot-"
TEMPORARY_SUFFIX = ".tmp"


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


@dataclass(frozen=True)
class SnapshotRef:
    """A published snapshot of the house (see :mod:`teamdesk.sync.snapshot`): whose, and the
    name to read it by. Which sets it holds is read from its header, never from the name."""

    replica: str
    name: str


class Transport(Protocol):
    """How change sets reach other PCs (all a sync round needs)."""

    def publish(self, replica: str, seq: int, data: bytes) -> None:
        """Make ``data`` available as ``replica``'s set number ``seq`` (whole or not at all)."""

    def published(self, replica: str, seq: int) -> bool:
        """Whether this replica's own set ``seq`` is there (to rewrite one a crash lost)."""

    def candidates(self, exclude: str, after: dict[str, int]) -> Iterator[Candidate]:
        """Files of replicas other than ``exclude`` that may hold sets newer than ``after``
        (per replica)."""


class HouseTransport(Transport, Protocol):
    """A transport that also carries what joining and re-keying need: snapshots of the house
    and small documents (house keys, PCs' public keys). The folder is one; a hub would be
    another."""

    def publish_snapshot(self, replica: str, seq: int, data: bytes) -> None:
        """Make ``data`` available as a snapshot of the house by ``replica`` holding its sets
        up to ``seq`` (whole or not at all)."""

    def snapshots(self) -> list[SnapshotRef]:
        """The snapshots of the house, any replica's."""

    def read_snapshot(self, ref: SnapshotRef) -> bytes:
        """The bytes of a snapshot."""

    def snapshot_header(self, ref: SnapshotRef) -> bytes:
        """The leading bytes of a snapshot, enough for its clear header (not the body)."""

    def remove_snapshots(self, replica: str, keep: int) -> int:
        """Remove ``replica``'s own snapshots but the ``keep`` newest; returns how many."""

    def remove_sets(self, replica: str, upto: int) -> int:
        """Remove ``replica``'s own change sets numbered up to ``upto``; returns how many."""

    def remove_documents(self, replica: str, names: list[str]) -> int:
        """Remove some of ``replica``'s own documents; returns how many."""

    def publish_document(self, replica: str, name: str, data: bytes) -> None:
        """Make a small document of ``replica`` available under ``name`` (a house key, a PC's
        public key), whole or not at all; never replaces one."""

    def documents(self, suffix: str) -> list[tuple[str, str, bytes]]:
        """Every replica's documents whose name ends in ``suffix``: (replica, name, bytes)."""


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

    @staticmethod
    def houses(folder: Path) -> list[str]:
        """The houses published to ``folder`` (each has a snapshot)."""
        try:
            return sorted(
                house.name
                for house in folder.iterdir()
                if house.is_dir()
                and not house.name.startswith(".")
                and any(
                    name.startswith(SNAPSHOT_PREFIX) and name.endswith(SNAPSHOT_SUFFIX)
                    for replica in house.iterdir()
                    if replica.is_dir()
                    for name in os.listdir(replica)
                )
            )
        except OSError:
            return []

    @staticmethod
    def has_house(folder: Path, house_id: str) -> bool:
        """Whether ``house_id`` has synced through ``folder`` (published or not)."""
        return (folder / house_id).is_dir()

    def publish(self, replica: str, seq: int, data: bytes) -> None:
        self._write_new(self._file(replica, seq), data)

    def publish_snapshot(self, replica: str, seq: int, data: bytes) -> None:
        # Named by its number and a time-ordered id, so its owner tells its newest apart when
        # removing old ones (others read which sets it holds from its header, never the name).
        name = f"{SNAPSHOT_PREFIX}{seq:010d}-{new_id()}{SNAPSHOT_SUFFIX}"
        self._write_new(self.root / replica / name, data)

    def snapshot_header(self, ref: SnapshotRef) -> bytes:
        try:
            with (self.root / ref.replica / ref.name).open("rb") as fh:
                prefix = fh.read(9)
                if len(prefix) < 9:
                    return prefix
                length = int.from_bytes(prefix[5:9], "big")
                return prefix + fh.read(min(length, 8 * 1024 * 1024))
        except OSError as exc:
            raise self._unreadable(exc) from exc

    def remove_snapshots(self, replica: str, keep: int) -> int:
        own = sorted(r.name for r in self.snapshots() if r.replica == replica)
        return self._remove(replica, own[: max(0, len(own) - keep)])

    def remove_sets(self, replica: str, upto: int) -> int:
        directory = self.root / replica
        try:
            names = os.listdir(directory)
        except OSError:
            return 0
        return self._remove(
            replica,
            [
                n
                for n in names
                if not n.startswith(".")
                and n.endswith(SUFFIX)
                and n[:10].isdigit()
                and int(n[:10]) <= upto
            ],
        )

    def remove_documents(self, replica: str, names: list[str]) -> int:
        return self._remove(replica, [n for n in names if not n.startswith(".") and "/" not in n])

    def _remove(self, replica: str, names: list[str]) -> int:
        """Remove files of this PC's own sub-folder; one that cannot go now (locked by a sync
        client, a share gone read-only) goes at a later round."""
        removed = 0
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                try:
                    (self.root / replica / name).unlink()
                    removed += 1
                except OSError:
                    continue
        return removed

    def snapshots(self) -> list[SnapshotRef]:
        self._reachable()
        if not self.root.is_dir():
            return []
        try:
            return [
                SnapshotRef(directory.name, name)
                for directory in sorted(p for p in self.root.iterdir() if p.is_dir())
                if not directory.name.startswith(".")
                for name in sorted(os.listdir(directory))
                if name.startswith(SNAPSHOT_PREFIX) and name.endswith(SNAPSHOT_SUFFIX)
            ]
        except OSError as exc:
            raise self._unreadable(exc) from exc

    def read_snapshot(self, ref: SnapshotRef) -> bytes:
        try:
            return (self.root / ref.replica / ref.name).read_bytes()
        except OSError as exc:
            raise self._unreadable(exc) from exc

    def publish_document(self, replica: str, name: str, data: bytes) -> None:
        if name.startswith(".") or "/" in name or "\\" in name:
            raise ValueError(f"not a document name: {name!r}")
        self._write_new(self.root / replica / name, data)

    def documents(self, suffix: str) -> list[tuple[str, str, bytes]]:
        self._reachable()
        if not self.root.is_dir():
            return []
        found: list[tuple[str, str, bytes]] = []
        try:
            directories = sorted(p for p in self.root.iterdir() if p.is_dir())
            for directory in directories:
                if directory.name.startswith("."):
                    continue
                for name in sorted(os.listdir(directory)):
                    if name.startswith(".") or not name.endswith(suffix):
                        continue
                    try:
                        found.append((directory.name, name, (directory / name).read_bytes()))
                    except OSError:
                        continue  # an online-only or locked file: not here yet
        except OSError as exc:
            raise self._unreadable(exc) from exc
        return found

    def _write_new(self, target: Path, data: bytes) -> None:
        """Write ``target`` whole under a temporary name, then give it its name; never replace
        a file. The temporary name carries this process's id, so one a killed run left behind
        is told from one being written now and removed by the next write (see
        :func:`remove_stale_temporaries`); readers skip every name starting with a dot."""
        self._reachable()
        temporary = target.with_name(
            f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"
        )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(target.parent)
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


def remove_stale_temporaries(directory: Path) -> list[str]:
    """Remove the temporary files a killed TeamDesk left in ``directory`` (one of this PC's
    own sub-folders; no other PC writes there): those whose process is gone. Nothing is
    judged by a file's time. Returns the names removed."""
    removed: list[str] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)):
            continue
        owner = name[: -len(TEMPORARY_SUFFIX)].rsplit(".", 1)[-1].split("-", 1)[0]
        if not owner.isdigit() or process_running(int(owner)):
            continue
        with contextlib.suppress(OSError):
            (directory / name).unlink()
            removed.append(name)
    return removed


class SyncPlace(Protocol):
    """Where a house's PCs meet: a shared folder in this version, a PostgreSQL hub later.

    The services reach the houses of a place only through this and :class:`HouseTransport`,
    so a hub is one more implementation of the two, chosen in :func:`place_for`.
    """

    def describe(self) -> str:
        """The place as a person named it (for sentences)."""

    def reachable(self) -> bool:
        """Whether the place can be reached now (the share mounted, the server answering)."""

    def remembered(self) -> str:
        """The place as this PC remembers it (an absolute folder)."""

    def houses(self) -> list[str]:
        """The houses published here (each has a snapshot)."""

    def has_house(self, house_id: str) -> bool:
        """Whether ``house_id`` has synced here (published or not)."""

    def house(self, house_id: str) -> HouseTransport:
        """The transport for ``house_id``'s change sets, snapshots and documents here."""


class FolderPlace:
    """A folder the PCs can all reach: a file share, a folder OneDrive keeps in step, a USB
    stick."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def describe(self) -> str:
        return str(self.folder)

    def reachable(self) -> bool:
        return self.folder.is_dir()

    def remembered(self) -> str:
        return str(self.folder.resolve())

    def houses(self) -> list[str]:
        return FolderTransport.houses(self.folder)

    def has_house(self, house_id: str) -> bool:
        return FolderTransport.has_house(self.folder, house_id)

    def house(self, house_id: str) -> FolderTransport:
        return FolderTransport(self.folder, house_id)


def place_for(setting: str) -> SyncPlace:
    """The place a sync setting names. A folder path in this version; a server address (the
    hub a later version adds) is refused with a sentence, not taken for a folder name."""
    chosen = setting.strip()
    if "://" in chosen:
        raise TransportError(
            Message(
                N_(
                    "{place} is a server address; this version of TeamDesk syncs through a "
                    "shared folder only. Choose the folder the house's PCs share."
                ),
                {"place": chosen},
            )
        )
    return FolderPlace(Path(chosen))
