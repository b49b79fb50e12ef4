"""What TeamDesk knows about its database file between runs, so an open never trusts a file blindly.

SQLite keeps recent commits in a write-ahead log (``teamdesk.sqlite3-wal``) and copies them into
the database at checkpoints. Whenever a connection opens a database that has a WAL beside it,
SQLite replays every valid frame of that WAL on top of the database. The WAL says nothing about
which database it belongs to, so a WAL from an earlier moment (copied back from an older copy of
the folder, left by a backup tool, put back by hand) would be replayed on top of a newer
database: pages revert to old versions, and changes made since are lost or the file is damaged.

Two things keep that from happening:

- **The guard file** (``teamdesk-guard.json``) records the WAL that belongs to the database:
  the checkpoint sequence and salts from the WAL's header, which SQLite changes each time it
  starts the WAL anew (salt 1 and the sequence go up by one, salt 2 is random). Each write
  transaction looks at the WAL's header once it holds the write lock and records a new one; when
  the last TeamDesk process closes the database (the WAL is then checkpointed and removed) the
  guard says "closed", so any WAL found later is not ours. A WAL whose header is the recorded one,
  or the one SQLite makes next, belongs; one after "closed" or any other is refused before SQLite
  sees it. When the guard cannot tell (it is missing, or the WAL was started after the guard was
  last written), the database and WAL are checked together on a copy first.
- **Verification before writing.** When no other TeamDesk process has the file open, the file is
  checked (every page's SQLCipher HMAC) before anything is written, on a read-only connection that
  creates no files, or on a copy when a WAL is to be replayed. A file that passes is stamped in the
  guard (size, times, inode); while the file is unchanged the stamp spares the next start the
  check. A clean close checks the file again and stamps it, so the check is paid when closing,
  not when starting, except after a crash.

A **presence lock** (``teamdesk-open.lock``, held shared by every process that has the database
open) tells whether anyone else has it open: only then is a WAL live, and only a process alone
with the file verifies it or writes "closed". Opening and closing take an exclusive lock
(``teamdesk-opening.lock``) so two processes never judge the folder at the same time.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import portalocker

from teamdesk.store.private import make_private, open_private

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def shm_path(database: Path) -> Path:
    return database.with_name(database.name + "-shm")


def guard_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-guard.json")


def _presence_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-open.lock")


def _opening_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-opening.lock")


@dataclass(frozen=True)
class WalHeader:
    """The part of a WAL's header that changes each time SQLite starts the WAL anew."""

    checkpoint: int
    salt1: int
    salt2: int

    def follows(self, earlier: WalHeader) -> bool:
        """Whether SQLite makes this header when it starts the WAL after ``earlier``."""
        return (
            self.checkpoint == (earlier.checkpoint + 1) & 0xFFFFFFFF
            and self.salt1 == (earlier.salt1 + 1) & 0xFFFFFFFF
        )


def _wal_checksum(data: bytes, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _wal_head(wal: Path) -> bytes | None:
    """The WAL's header and first frame header; None when there is no file or no frame."""
    try:
        with wal.open("rb") as fh:
            head = fh.read(WAL_HEADER_BYTES + FRAME_HEADER_BYTES)
    except FileNotFoundError:
        return None
    return head if len(head) == WAL_HEADER_BYTES + FRAME_HEADER_BYTES else None


def _sound_header(head: bytes) -> bool:
    magic, *_, sum0, sum1 = struct.unpack(">8I", head[:WAL_HEADER_BYTES])
    # SQLite computes the checksum in the byte order the magic number names.
    return magic in WAL_MAGIC and _wal_checksum(head[:24], big_endian=bool(magic & 1)) == (
        sum0,
        sum1,
    )


def wal_header_damaged(wal: Path) -> bool:
    """Whether a WAL with frames in it has a header SQLite cannot read: SQLite then replays
    none of its frames, without a word (see :func:`teamdesk.store.store.verify_file`)."""
    head = _wal_head(wal)
    return head is not None and not _sound_header(head)


def read_wal_header(wal: Path) -> WalHeader | None:
    """The header of the WAL at ``wal`` when SQLite would replay anything from it: a sound
    header followed by at least one frame of the same generation. None otherwise (no file, an
    empty or reset WAL, a damaged header), since SQLite then replays nothing."""
    head = _wal_head(wal)
    if head is None or not _sound_header(head):
        return None
    _magic, _version, _page_size, checkpoint, salt1, salt2, _sum0, _sum1 = struct.unpack(
        ">8I", head[:WAL_HEADER_BYTES]
    )
    frame = head[WAL_HEADER_BYTES:]
    if struct.unpack(">2I", frame[8:16]) != (salt1, salt2):
        return None  # frames left from an earlier generation: SQLite ignores them
    return WalHeader(checkpoint, salt1, salt2)


@dataclass(frozen=True)
class FileStamp:
    """What changes whenever a file is written: size, modification and change times, inode."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass(frozen=True)
class Guard:
    """The guard file: ``closed`` when no process has the database open; ``wal`` the WAL that
    belongs to it while open (None before the first write of a run); ``verified`` the stamp of
    the database file when it last passed its check."""

    closed: bool
    wal: WalHeader | None = None
    verified: FileStamp | None = None


def load_guard(database: Path) -> Guard | None:
    """The guard file's record; None when it is missing or unreadable (then nothing is known)."""
    try:
        data = json.loads(guard_path(database).read_text(encoding="utf-8"))
        wal = data.get("wal")
        verified = data.get("verified")
        return Guard(
            closed=bool(data["closed"]),
            wal=WalHeader(**wal) if wal else None,
            verified=FileStamp(**verified) if verified else None,
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save_guard(database: Path, guard: Guard) -> None:
    """Write the guard file whole or not at all, flushed to disk."""
    target = guard_path(database)
    payload: dict[str, Any] = {
        "closed": guard.closed,
        "wal": asdict(guard.wal) if guard.wal else None,
        "verified": asdict(guard.verified) if guard.verified else None,
    }
    partial = target.with_name(target.name + ".partial")
    fd = open_private(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)


class WalVerdict(StrEnum):
    """Whether the WAL beside a database may be replayed on it."""

    NONE = "none"  # nothing to replay
    OURS = "ours"  # the WAL the guard recorded, or the one SQLite starts after it
    UNKNOWN = "unknown"  # the guard cannot tell: check the database and WAL together first
    STALE = "stale"  # not the database's WAL: never replay it


def judge_wal(header: WalHeader | None, guard: Guard | None) -> WalVerdict:
    if header is None:
        return WalVerdict.NONE
    if guard is None:
        return WalVerdict.UNKNOWN
    if guard.wal is not None and (header == guard.wal or header.follows(guard.wal)):
        return WalVerdict.OURS
    if guard.closed or guard.wal is not None:
        return WalVerdict.STALE
    return WalVerdict.UNKNOWN  # open, and no write recorded yet: a new WAL may have begun


@contextlib.contextmanager
def opening_lock(database: Path) -> Iterator[None]:
    """Exclusive between TeamDesk processes while one opens or closes ``database``."""
    path = _opening_path(database)
    with portalocker.Lock(str(path), mode="a+b", flags=portalocker.LockFlags.EXCLUSIVE):
        make_private(path)
        yield


class Presence:
    """The shared lock a process holds while it has the database open."""

    def __init__(self, database: Path) -> None:
        self._path = _presence_path(database)
        self._fh: IO[bytes] | None = None

    def join(self) -> bool:
        """Hold the shared lock; returns whether no other process had the database open.
        Call under :func:`opening_lock`."""
        self._fh = self._path.open("a+b")
        make_private(self._path)
        alone = self._try(portalocker.LockFlags.EXCLUSIVE)
        if alone:
            portalocker.unlock(self._fh)
        portalocker.lock(self._fh, portalocker.LockFlags.SHARED)
        return alone

    def leave(self) -> bool:
        """Let go of the shared lock; returns whether the database is now open nowhere.
        Call under :func:`opening_lock`."""
        if self._fh is None:
            return False
        portalocker.unlock(self._fh)
        alone = self._try(portalocker.LockFlags.EXCLUSIVE)
        if alone:
            portalocker.unlock(self._fh)
        self._fh.close()
        self._fh = None
        return alone

    def _try(self, flags: portalocker.LockFlags) -> bool:
        assert self._fh is not None
        try:
            portalocker.lock(self._fh, flags | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            return False
        return True


@contextlib.contextmanager
def copy_with_wal(database: Path) -> Iterator[Path]:
    """A private copy of ``database`` and its WAL (no shared-memory file, so SQLite rebuilds it
    from the WAL), removed afterwards; for checking what opening would show, without touching
    the originals."""
    with tempfile.TemporaryDirectory(prefix="teamdesk-check-") as tmp:
        copy = Path(tmp) / database.name
        shutil.copyfile(database, copy)
        wal = wal_path(database)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(wal, wal_path(copy))
        yield copy
