"""Owner-only files and folders: what TeamDesk writes is readable by its own user only.

The database, the key file and the backups are encrypted, but a copy of the key file can be
attacked offline by guessing passwords at the Argon2id cost per guess. So nobody else with a
login on the PC may read them: on Linux and macOS files are created 0600 and folders 0700.

Two layers, because one missed ``open`` would undo the rule:

- :func:`restrict_new_files` sets the process umask to 0o077 at start (``teamdesk`` and its
  verbs), so every file and folder the process creates, including those SQLite makes itself
  (the ``-wal`` and ``-shm`` files, which take the database file's mode) and the log, are
  owner-only;
- the places that create TeamDesk's files say the mode explicitly (:func:`private_dir`,
  :func:`open_private`, :func:`make_private`), so the rule holds when TeamDesk runs as a
  library (tests, scripts) too, and existing files from before are tightened when next
  written or opened.

On Windows, POSIX modes mean nothing: the machine-wide data folder is protected by its ACL,
which IT sets once (the README's "Shared PCs" section gives the ``icacls`` line;
:func:`windows_acl_command` builds it). A per-user folder under ``%LOCALAPPDATA%`` is already
the user's own.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PROCESS_UMASK = 0o077
_POSIX = os.name == "posix"


def restrict_new_files() -> None:
    """Make every file and folder this process creates owner-only (POSIX; no-op elsewhere)."""
    if _POSIX:
        os.umask(PROCESS_UMASK)


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take away group and others' access from an existing file or folder of ours. A file
    that is missing, or that belongs to someone else (a shared folder IT set up), is left
    as it is: protecting it is then the folder's or IT's business."""
    if not _POSIX:
        return
    try:
        current = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(current.st_mode) or current.st_uid != os.getuid():
        return
    if stat.S_IMODE(current.st_mode) & 0o077:
        with contextlib.suppress(PermissionError):
            os.chmod(path, stat.S_IMODE(current.st_mode) & mode)


def private_dir(path: Path) -> Path:
    """``path`` as a folder, created owner-only (with any missing parents) or tightened."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
        # mkdir's mode is filtered by the umask; say it once more, explicitly.
        make_private(folder, PRIVATE_DIR)
    make_private(path, PRIVATE_DIR)
    return path


def open_private(path: Path, flags: int) -> int:
    """``os.open`` that creates ``path`` owner-only (and tightens it when it was there)."""
    fd = os.open(path, flags, PRIVATE_FILE)
    make_private(path)
    return fd


def database_files_private(database: Path) -> None:
    """Tighten a database and the files SQLite keeps beside it (from before this rule)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        make_private(database.with_name(database.name + suffix))


def windows_acl_command(folder: Path, group: str) -> list[str]:
    """The ``icacls`` command IT runs once on the machine-wide data folder of a shared
    Windows PC: inheritance from ``C:\\ProgramData`` removed, full control for SYSTEM and
    Administrators, read and write (not "change permissions") for the TeamDesk users' group,
    for the folder and everything created in it. Not run by TeamDesk itself: it needs
    administrator rights, which the installer or IT has."""
    return [
        "icacls",
        str(folder),
        "/inheritance:r",
        "/grant:r",
        "*S-1-5-18:(OI)(CI)F",  # SYSTEM
        "/grant:r",
        "*S-1-5-32-544:(OI)(CI)F",  # Administrators
        "/grant:r",
        f"{group}:(OI)(CI)M",
    ]


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target``, which is created owner-only before any byte is in it."""
    import shutil

    fd = open_private(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this PC (conservatively yes when unsure)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
