"""Backups with SQLite's online backup API, each checked after writing; rotation and restore.

A backup is a consistent snapshot of the encrypted database, encrypted with the same key (the
backup API copies pages through two SQLCipher connections keyed alike), so a copied backup is
as unreadable without a password as the database itself. Files are named
``teamdesk-<UTC time>-<label>.sqlite3``; the name carries the time, so listing needs no key.

Rotation keeps the newest backup of each of the last 7 days that have one and the newest of
each of the last 4 ISO weeks that have one; backups taken before a migration are never pruned.
Restoring never overwrites: the current file (and its WAL) is first renamed aside.

Each backup keeps a copy of the key file beside it (``teamdesk-<UTC time>-<label>-keys.json``),
so losing the data folder's key file no longer loses the database and every backup with it. The
copy holds only password-wrapped keys, like the key file itself. It is written once the backup
has its final name (a crash in between leaves a backup listed as without its key file, never a
key file that looks like a backup's), and removed with its backup by the rotation. What a
restore does with it is decided in :mod:`teamdesk.services.recovery`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from teamdesk.domain.text import N_, Message
from teamdesk.store import schema
from teamdesk.store.connection import ANY_SQLITE_ERROR, SQLITE_HEADER, connect
from teamdesk.store.errors import KeyringError, StoreError
from teamdesk.store.keyring import (
    Keyring,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    save_keyring,
)
from teamdesk.store.private import (
    copy_private,
    database_files_private,
    open_private,
    private_dir,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY_LABEL = "daily"
MANUAL_LABEL = "manual"
MIGRATION_PREFIX = "before-migration"
PARTIAL_SUFFIX = ".partial"
# A copy being written, and the files SQLite may keep beside it.
_SIDE_FILES = ("", "-journal", "-wal", "-shm")
_NAME = re.compile(r"^teamdesk-(\d{8}T\d{6}Z)-([A-Za-z0-9._-]+?)(?:-(\d+))?\.sqlite3$")
_KEY_COPY = re.compile(r"^(teamdesk-\d{8}T\d{6}Z-[A-Za-z0-9._-]+?)-keys\.json$")


class BackupError(StoreError):
    """A backup could not be written or did not pass its check."""

    def __init__(self, target: Path, detail: str) -> None:
        super().__init__(
            Message(
                N_(
                    "The backup {path} failed its check ({detail}) and was removed. The "
                    "database itself was not changed. Check the disk, then try again."
                ),
                {"path": str(target), "detail": detail},
            )
        )


class BackupNoRoomError(BackupError):
    """The disk holding the backups is full."""

    def __init__(self, directory: Path) -> None:
        StoreError.__init__(
            self,
            Message(
                N_(
                    "No backup could be taken: the disk holding {folder} is full. Your work "
                    "is saved as usual, but it is not backed up until there is room. Free "
                    "some space, or ask your IT contact."
                ),
                {"folder": str(directory)},
            ),
        )


class BackupFolderNotWritableError(BackupError):
    """The backups folder cannot be written."""

    def __init__(self, directory: Path) -> None:
        StoreError.__init__(
            self,
            Message(
                N_(
                    "No backup could be taken: the folder {folder} is read-only for this "
                    "account. Your work is saved as usual, but it is not backed up. Ask your "
                    "IT contact to give the TeamDesk users write access to it."
                ),
                {"folder": str(directory)},
            ),
        )


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as its name describes it."""

    path: Path
    taken_at: datetime
    label: str
    # Backups taken within the same second are numbered 2, 3, ... in the order they were taken.
    sequence: int = 1

    @property
    def pruned_by_rotation(self) -> bool:
        return not self.label.startswith(MIGRATION_PREFIX)

    @property
    def key_file(self) -> Path:
        """Where this backup's copy of the key file is (whether or not it is there)."""
        return key_file_copy(self.path)

    @property
    def has_key_file(self) -> bool:
        return self.key_file.is_file()


def key_file_copy(backup: Path) -> Path:
    """The copy of the key file that belongs to ``backup``: beside it, named after it."""
    return keyring_path(backup)


@dataclass(frozen=True)
class BackupCheck:
    """The result of checking one backup with its key: ``sound`` or what is wrong."""

    info: BackupInfo
    sound: bool
    detail: str
    schema_version: int | None = None


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def backup_database(
    conn: sqlite3.Connection,
    directory: Path,
    label: str,
    *,
    key: bytes,
    now: datetime | None = None,
    key_file: Path | None = None,
) -> Path:
    """Copy the open database into ``directory`` as a consistent, encrypted snapshot, with a
    copy of its key file beside it; returns the backup file.

    The copy is written under a temporary name, checked with ``quick_check`` and only then
    given its final name, so a crash or a failed check never leaves a bad file that looks like
    a backup. The key file is the one beside the database (``key_file`` names another); a
    database without one (or with a damaged one) is still backed up, listed as without its
    key file.
    """
    stamp = _stamp(now or datetime.now(UTC))
    target = directory / f"teamdesk-{stamp}-{label}.sqlite3"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        private_dir(directory)
        counter = 1
        while target.exists():
            counter += 1
            target = directory / f"teamdesk-{stamp}-{label}-{counter}.sqlite3"
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
        partial.unlink(missing_ok=True)
        dest = connect(partial, key)
        try:
            conn.backup(dest)
            # A backup is a single closed file: no WAL beside it, and opening it creates none.
            dest.execute("PRAGMA journal_mode=DELETE")
            result = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if result != "ok":
            raise BackupError(target, result)
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(directory)
    except BaseException as exc:
        # Whatever stopped it, no half-written copy stays behind (a kill leaves one, which the
        # next start removes: see remove_leftovers).
        for leftover in [partial.with_name(partial.name + end) for end in _SIDE_FILES]:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise _backup_failure(exc, directory, target) from exc
    database = _database_file(conn)
    source = key_file if key_file is not None else (keyring_path(database) if database else None)
    try:
        if source is not None and database is not None:
            # Under the key file's lock, so an account change in another window reaches either
            # the live file this copy is made from or the copy itself (update_key_copies).
            with file_lock(lock_path(database)):
                copy_key_file(source, key_file_copy(target))
        elif source is not None:
            copy_key_file(source, key_file_copy(target))
    except OSError:
        pass  # the backup is sound; it is listed as without its key file
    return target


def _backup_failure(exc: BaseException, directory: Path, target: Path) -> BaseException:
    """The sentence for a backup that could not be written; a bug stays as it is."""
    if isinstance(exc, StoreError):
        return exc
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if errno_ in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text:
        return BackupNoRoomError(directory)
    if errno_ in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return BackupFolderNotWritableError(directory)
    if isinstance(exc, OSError | ANY_SQLITE_ERROR):
        return BackupError(target, str(exc))
    return exc


def remove_leftovers(directory: Path) -> list[Path]:
    """Remove what an interrupted backup left in ``directory`` (a ``.partial`` copy and its
    journal, or the WAL and shared memory it has while it is still in the source's WAL mode,
    between the copy and switching it to a single file); call only when no other TeamDesk
    process has the database open, since one may be writing a backup. Returns what was removed."""
    if not directory.is_dir():
        return []
    removed = []
    for path in directory.iterdir():
        if path.name.startswith("teamdesk-") and path.name.endswith(
            tuple(PARTIAL_SUFFIX + end for end in _SIDE_FILES)
        ):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _database_file(conn: sqlite3.Connection) -> Path | None:
    """The file the connection ``conn`` has open (None for a database in memory)."""
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def copy_key_file(source: Path, target: Path) -> bool:
    """Write a copy of the key file ``source`` to ``target`` (atomically); False, writing
    nothing, when ``source`` is missing or damaged."""
    try:
        ring = load_keyring(source)
    except KeyringError:
        return False
    save_keyring(target, ring)
    return True


def update_key_copies(directory: Path, ring: Keyring, account_id: str) -> int:
    """Carry one account's sign-in change (new password, renamed, switched off) from ``ring``,
    the key file as it is now, into every backup's copy of this installation that holds the
    account: its slot is replaced by the current one, or removed when the current key file has
    none. So a password that no longer opens the key file opens no backup's copy either (the
    database key never changes, so an old slot would still open the database). Copies of
    another installation and copies without the account are left alone. Returns how many
    copies were rewritten."""
    return carry_slots(directory, ring, [account_id])


def carry_slots(
    directory: Path, ring: Keyring, account_ids: Iterable[str], *, add: bool = False
) -> int:
    """:func:`update_key_copies` for several accounts at once, each copy written once. With
    ``add``, a slot is also put into copies that lack the account: a slot that arrived by sync
    may come a round after the account's row (a cloud folder that had not fetched the slots
    document yet), so a backup taken between holds the account without its slot; restoring it
    then fits the key file to the restored accounts, taking out slots of accounts it lacks."""
    if not directory.is_dir():
        return 0
    wanted = sorted(set(account_ids))
    rewritten = 0
    for path in sorted(directory.glob("teamdesk-*-keys.json")):
        if not _KEY_COPY.match(path.name):
            continue
        try:
            copy = load_keyring(path)
        except KeyringError:
            continue
        if copy.database_id != ring.database_id:
            continue
        updated = copy
        for account_id in wanted:
            current = ring.slot(account_id)
            if updated.slot(account_id) is None and (current is None or not add):
                continue
            if current is not None and copy.key_id != ring.key_id:
                # A backup from before the database was re-keyed: the current slot wraps the
                # new key, which does not open it. A switched-off account is still taken out.
                continue
            if current is not None:
                updated = updated.with_slot(current)
            else:
                updated = updated.without(account_id)
        if updated != copy:
            save_keyring(path, updated)
            rewritten += 1
    return rewritten


def list_backups(directory: Path) -> list[BackupInfo]:
    """The backups in ``directory``, newest first; files not named like backups are ignored."""
    if not directory.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match.group(2), int(match.group(3) or 1)))
    return sorted(found, key=_age, reverse=True)


def _age(backup: BackupInfo) -> tuple[datetime, int, str]:
    return backup.taken_at, backup.sequence, backup.path.name


def check_backup(info: BackupInfo, key: bytes) -> BackupCheck:
    """Open a backup read-only with ``key`` and run ``quick_check``; never writes to it."""
    path = info.path
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return BackupCheck(info, False, f"cannot be read: {exc.strerror or exc}")
    if not header:
        return BackupCheck(info, False, "the file is empty")
    if header == SQLITE_HEADER:
        return BackupCheck(info, False, "it is not encrypted, so it is not a TeamDesk backup")
    try:
        conn = connect(path, key, read_only=True)
    except ANY_SQLITE_ERROR as exc:
        return BackupCheck(info, False, _reason(exc))
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            return BackupCheck(info, False, "it is not a TeamDesk database", version)
        if version > schema.latest_version():
            return BackupCheck(
                info,
                False,
                f"it was made by a newer TeamDesk (schema {version}; this version reads up to "
                f"{schema.latest_version()})",
                version,
            )
        result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except ANY_SQLITE_ERROR as exc:
        return BackupCheck(info, False, _reason(exc))
    finally:
        conn.close()
    if result != ["ok"]:
        return BackupCheck(info, False, "damaged: " + "; ".join(result[:3]), version)
    return BackupCheck(info, True, "ok", version)


def scrub_pin_hashes(directory: Path, key: bytes) -> list[Path]:
    """Blank the PIN hashes that backups from before schema 5 still hold; returns the backups
    rewritten.

    A 4-to-8-digit PIN's Argon2 hash is cracked offline in minutes, and backups taken before a
    migration are kept for good. Only a backup ``key`` opens and that passes ``quick_check`` is
    touched (never a file that could not be read). It is rebuilt into a ``.partial`` copy
    without the hashes (the account rows and the change log keep everything else, counted
    before the copy replaces the backup whole), so a kill leaves the backup as it was."""
    scrubbed = []
    for info in list_backups(directory):
        check = check_backup(info, key)
        if (
            not check.sound
            or (check.schema_version or schema.NO_STORED_PINS) >= schema.NO_STORED_PINS
        ):
            continue
        if _scrub_one(info.path, key):
            scrubbed.append(info.path)
    return scrubbed


def _scrub_one(path: Path, key: bytes) -> bool:
    source = connect(path, key, read_only=True)
    try:
        columns = {row[1] for row in source.execute("PRAGMA table_info(account)").fetchall()}
        if "pin_hash" not in columns:
            return False
        held = source.execute(
            "SELECT (SELECT COUNT(*) FROM account WHERE COALESCE(pin_hash, '') <> '') + "
            "(SELECT COUNT(*) FROM change WHERE table_name = 'account' "
            "AND column_name = 'pin_hash')"
        ).fetchone()[0]
        if not held:
            return False
        before = _row_counts(source)
        partial = path.with_name(path.name + PARTIAL_SUFFIX)
        partial.unlink(missing_ok=True)
        try:
            copy = connect(partial, key)
            try:
                source.backup(copy)
                copy.execute("PRAGMA secure_delete = ON")
                copy.execute("BEGIN IMMEDIATE")
                copy.execute("UPDATE account SET pin_hash = '' WHERE COALESCE(pin_hash, '') <> ''")
                gone = copy.execute(
                    "DELETE FROM change WHERE table_name = 'account' AND column_name = 'pin_hash'"
                ).rowcount
                copy.execute("COMMIT")
                copy.execute("VACUUM")  # no free page keeps an old hash
                copy.execute("PRAGMA journal_mode=DELETE")
                result = copy.execute("PRAGMA quick_check").fetchone()[0]
                after = _row_counts(copy)
            finally:
                copy.close()
            expected = dict(before, change=before.get("change", 0) - gone)
            if result != "ok" or after != expected:
                raise BackupError(partial, f"the rewritten copy differs: {result}")
            _fsync_file(partial)
        except BaseException:
            for leftover in [partial.with_name(partial.name + end) for end in _SIDE_FILES]:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
            raise
    finally:
        source.close()
    os.replace(partial, path)
    _fsync_dir(path.parent)
    return True


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "not a database" in text:
        return "it cannot be read with this data folder's key, or it is not a database"
    if "malformed" in text or "corrupt" in text:
        return "damaged (cut short or overwritten)"
    return str(exc)


def backups_to_keep(
    backups: Iterable[BackupInfo], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """Which backups the rotation keeps: the newest of each of the last ``keep_daily`` days
    that have a backup, the newest of each of the last ``keep_weekly`` ISO weeks that have one,
    and every backup taken before a migration."""
    newest_first = sorted(backups, key=_age, reverse=True)
    keep = {b.path for b in newest_first if not b.pruned_by_rotation}
    rotating = [b for b in newest_first if b.pruned_by_rotation]
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for b in rotating:
        day = b.taken_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < keep_daily:
            days[day] = b.path
        if week not in weeks and len(weeks) < keep_weekly:
            weeks[week] = b.path
    return keep | set(days.values()) | set(weeks.values())


def prune_backups(directory: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps, each with its copy of the key file,
    and copies whose backup is gone; returns the backups deleted."""
    backups = list_backups(directory)
    keep = backups_to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        key_file_copy(path).unlink(missing_ok=True)
    for path in directory.glob("teamdesk-*-keys.json"):
        match = _KEY_COPY.match(path.name)
        if match and not path.with_name(match.group(1) + ".sqlite3").exists():
            path.unlink(missing_ok=True)
    return removed


def backup_due(directory: Path, now: datetime) -> bool:
    """Whether the newest backup is more than a day old (or there is none)."""
    backups = list_backups(directory)
    return not backups or now - backups[0].taken_at > timedelta(days=1)


def newest_sound_backup(directory: Path, key: bytes) -> BackupCheck | None:
    """The newest backup that opens with ``key`` and passes ``quick_check``, if any."""
    for info in list_backups(directory):
        check = check_backup(info, key)
        if check.sound:
            return check
    return None


def restore_backup(database: Path, backup: Path, key: bytes, now: datetime) -> Path | None:
    """Put ``backup`` in place of ``database``; returns where the current file was kept aside
    (None when there was no current file).

    The backup is checked first and refused, with nothing touched, when it is not sound. The
    current file and its WAL are renamed aside, never overwritten or deleted; the backup is
    copied under a temporary name, flushed to disk and only then renamed into place.
    Other TeamDesk windows on this data folder must be closed first.
    """
    info = next(
        (b for b in list_backups(backup.parent) if b.path == backup),
        BackupInfo(backup, now, "restore"),
    )
    check = check_backup(info, key)
    if not check.sound:
        raise RestoreRefused(backup, check.detail)
    directory = database.parent
    private_dir(directory)
    incoming = _incoming_path(database)
    copy_private(backup, incoming)
    _fsync_file(incoming)
    aside: Path | None = None
    if database.exists():
        aside = directory / f"{database.stem}-replaced-{_stamp(now)}{database.suffix}"
        counter = 1
        while aside.exists():
            counter += 1
            aside = directory / f"{database.stem}-replaced-{_stamp(now)}-{counter}{database.suffix}"
    # From here on a crash is finished by the next start (finish_interrupted_restore): the
    # journal says where the current file goes, and the incoming copy is whole.
    journal = restore_journal_path(database)
    with os.fdopen(
        open_private(journal, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "w", encoding="utf-8"
    ) as fh:
        json.dump({"aside": aside.name if aside else None}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    _fsync_dir(directory)
    if aside is not None:
        os.rename(database, aside)
    _finish_restore(database, aside)
    journal.unlink()
    _fsync_dir(directory)
    return aside


def _incoming_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restoring")


def restore_journal_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restore.json")


def _finish_restore(database: Path, aside: Path | None) -> None:
    """The second half of a restore, once the current file is aside (or there was none): its
    WAL and shared-memory file follow it, then the incoming copy takes its place."""
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    if wal.exists():
        if aside is not None:
            os.rename(wal, aside.with_name(aside.name + "-wal"))
        else:
            wal.unlink()
    shm.unlink(missing_ok=True)
    if aside is not None and aside.exists():
        database_files_private(aside)  # a file from before the owner-only rule, too
    os.replace(_incoming_path(database), database)
    _fsync_dir(database.parent)


def finish_interrupted_restore(database: Path) -> str | None:
    """Finish or undo a restore that was stopped half-way (a crash, a kill, a power cut), so the
    folder holds either the backup or the file it was to replace, never neither; returns what
    was done ("finished", "undone") or None when nothing was pending. Call when no other
    TeamDesk process has the database open."""
    journal = restore_journal_path(database)
    incoming = _incoming_path(database)
    if not journal.exists():
        if incoming.exists():
            incoming.unlink()  # stopped while copying: the database was never touched
            return "undone"
        return None
    try:
        aside_name = json.loads(journal.read_text(encoding="utf-8")).get("aside")
    except (OSError, ValueError, AttributeError):
        aside_name = None
    aside = database.with_name(aside_name) if aside_name else None
    done: str
    if database.exists() and incoming.exists():
        incoming.unlink()  # stopped before the current file was moved aside
        done = "undone"
    elif not database.exists() and incoming.exists():
        _finish_restore(database, aside)
        done = "finished"
    elif not database.exists() and aside is not None and aside.exists():
        os.rename(aside, database)  # the incoming copy is gone: put the old file back
        done = "undone"
    else:
        done = "finished"
    journal.unlink()
    _fsync_dir(database.parent)
    return done


class RestoreRefused(StoreError):
    """The chosen backup is not sound; nothing was changed."""

    def __init__(self, backup: Path, detail: str) -> None:
        super().__init__(
            Message(
                N_(
                    "The backup {path} cannot be restored: {detail}. Nothing was changed. "
                    "Choose another backup."
                ),
                {"path": str(backup), "detail": detail},
            )
        )
        self.backup = backup
        self.detail = detail


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(directory: Path) -> None:
    """Make a renamed file's directory entry durable (POSIX); a no-op where not supported."""
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
