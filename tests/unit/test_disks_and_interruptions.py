"""A full disk, a read-only folder, and work killed half-way (issue 9, rows 4-7): the person is
told in a sentence, sign-in is not blocked by a backup that cannot be taken, and what a killed
demo build, backup or restore left is finished or cleaned at the next start.

The full disks and read-only files are real: a small tmpfs, and read-only bind mounts (root
ignores file modes, not a read-only mount). Where mounting is not allowed the test is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services import recovery as recovery_module
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import ServiceContext
from teamdesk.services.recovery import backup_findings, checked_backups, restore
from teamdesk.services.restore_record import RestoreOwed, write_owed
from teamdesk.services.signin import (
    FolderState,
    UserSession,
    folder_state,
    set_up_first_administrator,
    sign_in,
)
from teamdesk.services.team import TeamService
from teamdesk.store import backup as backup_module
from teamdesk.store.backup import RestoreRefused, backup_database, list_backups
from teamdesk.store.errors import DiskFullError, FolderNotWritableError
from teamdesk.store.integrity import check_integrity
from teamdesk.store.keyring import keyring_path
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse"


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(where: Path, size: str = "24m") -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) read-only for everyone, root included."""
    if not (
        _run("mount", "--bind", str(path), str(path))
        and _run("mount", "-o", "remount,ro,bind", str(path))
    ):
        _run("umount", str(path))
        pytest.skip("read-only bind mounts need root (CI runs as root)")
    try:
        yield
    finally:
        _run("umount", str(path))


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` up to ``leave`` free bytes."""
    filler = disk / "filler"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(free - leave, 0))
    return filler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _house(location: DataLocation, residents: int = 150) -> None:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    try:
        team = TeamService(session.ctx)
        for i in range(residents):
            # The bulk in free text: a name has at most 200 characters.
            team.create_resident(f"Beboer {i}", what_matters="x" * 200)
    finally:
        session.sign_out()


# -- row 4: a full disk ---------------------------------------------------------------------


def test_a_backup_with_no_room_does_not_stop_the_sign_in(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        location = DataLocation(disk / "data", "test")
        _house(location)
        # Room for the sign-in's own writes, not for a copy of the database.
        _fill(disk, leave=location.database.stat().st_size // 3)
        session = sign_in(location, "Anne Admin", PASSWORD)
        try:
            assert not session.backup_taken
            assert session.backup_problem is not None
            assert "is full" in session.backup_problem.render()
            assert TeamService(session.ctx).coverage()  # the work goes on
        finally:
            session.sign_out()
        leftovers = (
            [p.name for p in location.backups.iterdir()] if location.backups.exists() else []
        )
        assert leftovers == []


def test_a_completely_full_disk_is_reported_as_full_not_as_damage(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        location = DataLocation(disk / "data", "test")
        _house(location)
        before = _digest(location.database)
        _fill(disk)
        with pytest.raises(DiskFullError) as caught:
            sign_in(location, "Anne Admin", PASSWORD)
        assert "disk is full" in str(caught.value)
        assert _digest(location.database) == before
        (disk / "filler").unlink()
        sign_in(location, "Anne Admin", PASSWORD).sign_out()


def test_the_leader_is_warned_when_backups_have_stopped(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    try:
        AccountService(admin.ctx).create_account("Siv Staff", AccountRole.STAFF, "siv secret")
        now = datetime.now(UTC)
        assert backup_findings(admin.ctx, now) == []  # a new folder: the first backup is due
        assert [f.code for f in backup_findings(admin.ctx, now + timedelta(days=3))] == [
            "backups_failing"
        ]
        assert admin.store.key is not None
        backup_database(
            admin.store.conn,
            location.backups,
            "daily",
            key=admin.store.key,
            now=now - timedelta(days=5),
        )
        found = backup_findings(admin.ctx, now)
        assert [f.code for f in found] == ["backups_failing"]
        assert "5 days ago" in found[0].text
        backup_database(admin.store.conn, location.backups, "daily", key=admin.store.key)
        assert backup_findings(admin.ctx, now) == []
        staff = ServiceContext(admin.store, Actor("Siv Staff", AccountRole.STAFF))
        assert backup_findings(staff, now + timedelta(days=30)) == []
    finally:
        admin.sign_out()


# -- row 5: read-only folder and files -------------------------------------------------------


@pytest.mark.parametrize(
    "part",
    [
        ".",
        "teamdesk.sqlite3",
        "teamdesk-keys.json",
        "teamdesk-keys.lock",
        "teamdesk-signin.json",
        "teamdesk-open.lock",
        "teamdesk-guard.json",
        "backups",
    ],
)
def test_a_read_only_folder_or_file_gets_a_sentence_never_a_traceback(
    tmp_path: Path, part: str
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=3)
    target = location.directory / part
    if part == "backups":
        target.mkdir(exist_ok=True)
    elif not target.exists():
        target.touch()
    before = _digest(location.database)
    with read_only(target):
        try:
            session = sign_in(location, "Anne Admin", PASSWORD)
        except FolderNotWritableError as refused:
            assert "Ask your IT contact" in str(refused)
            assert "Nothing was changed" in str(refused)
            assert _digest(location.database) == before
        else:
            # Only what sign-in need not write may be read-only: it reads as usual.
            assert part not in (".", "teamdesk.sqlite3")
            try:
                assert TeamService(session.ctx).coverage()
                if part == "backups":
                    assert session.backup_problem is not None
                    assert "read-only" in session.backup_problem.render()
            finally:
                session.sign_out()


def test_a_read_only_folder_is_a_sentence_in_the_command_line_too(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=3)
    with read_only(location.directory):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "teamdesk",
                "coverage",
                "--data-dir",
                str(location.directory),
                "--user",
                "Anne Admin",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "TEAMDESK_PASSWORD": PASSWORD},
        )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "read-only" in done.stderr


# -- row 6: a killed demo build or backup ----------------------------------------------------


@pytest.mark.parametrize("after", [0.4, 1.2, 2.5])
def test_a_killed_demo_build_leaves_the_folder_as_it_was(tmp_path: Path, after: float) -> None:
    folder = tmp_path / "demo"
    command = [sys.executable, "-m", "teamdesk", "demo-data", "--data-dir", str(folder)]
    process = subprocess.Popen([*command, "--scale", "3"], stdout=subprocess.DEVNULL)
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait()
    location = DataLocation(folder, "test")
    state = folder_state(location)
    if state is FolderState.READY:  # it finished before the kill: then it must be whole
        sign_in(location, "Demo Staff", "teamdesk", daily_backup=False).sign_out()
        return
    assert state is FolderState.NEW
    assert not location.database.exists()
    again = subprocess.run([*command, "--scale", "1"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert not list(folder.glob(".teamdesk-demo-*"))
    sign_in(location, "Demo Staff", "teamdesk", daily_backup=False).sign_out()


_BACKING_UP = """
import sys, time
from pathlib import Path
from teamdesk.services.signin import sign_in
from teamdesk.services.recovery import back_up_now
from teamdesk.store import backup
from teamdesk.store.paths import DataLocation
session = sign_in(DataLocation(Path(sys.argv[1]), "t"), "Anne Admin", sys.argv[2])
if sys.argv[3] == "hold":
    # Stop inside the first backup, once its copy has pages in it, and say so: the kill
    # then lands there whatever the machine's speed.
    real = backup.connect
    def holding(path, key, **kwargs):
        conn = real(path, key, **kwargs)
        if str(path).endswith(".partial"):
            conn.execute("CREATE TABLE filler (x)")
            print("writing", flush=True)
            time.sleep(60)
        return conn
    backup.connect = holding
print("ready", flush=True)
while True:
    back_up_now(session)
"""


def _kill_a_backup(location: DataLocation, when: str | float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _BACKING_UP, str(location.directory), PASSWORD, str(when)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    if when == "hold":
        assert process.stdout.readline().strip() == "writing"
    else:
        assert isinstance(when, float)
        time.sleep(when)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _next_start_leaves_no_partial(location: DataLocation) -> None:
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        assert not list(location.backups.glob("*.partial*"))
        assert session.store.key is not None
        assert all(c.sound for c in checked_backups(location, session.store.key))
    finally:
        session.sign_out()


def test_what_a_killed_backup_left_is_removed_at_the_next_start(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=40)
    _kill_a_backup(location, "hold")
    assert list(location.backups.glob("*.partial*"))  # what the kill left
    _next_start_leaves_no_partial(location)


@pytest.mark.parametrize("pause", [0.05, 0.15, 0.3, 0.6])
def test_a_backup_killed_at_any_moment_leaves_the_folder_sound(
    tmp_path: Path, pause: float
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=400)
    _kill_a_backup(location, pause)
    _next_start_leaves_no_partial(location)


# -- row 7: a restore stopped half-way -------------------------------------------------------


class _Killed(BaseException):
    """Stands for the process dying at this point."""


def _restore_killed_at(
    monkeypatch: pytest.MonkeyPatch, location: DataLocation, admin: UserSession, backup: Path
) -> None:
    def die(*args: object, **kwargs: object) -> None:
        raise _Killed

    monkeypatch.setattr(backup_module, "_finish_restore", die)
    assert admin.store.key is not None
    key = admin.store.key
    account = admin.account
    admin.sign_out()
    with pytest.raises(_Killed):
        restore(location, key, account, backup)
    monkeypatch.undo()


def test_a_restore_stopped_between_moving_aside_and_putting_in_place_is_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(admin.ctx).create_resident("I Backupen")
    assert admin.store.key is not None
    backup = backup_database(admin.store.conn, location.backups, "manual", key=admin.store.key)
    TeamService(admin.ctx).create_resident("Etter Backupen")
    _restore_killed_at(monkeypatch, location, admin, backup)
    assert not location.database.exists()  # the half-done state the issue describes

    assert folder_state(location) is FolderState.READY
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        names = {c.resident_name for c in TeamService(session.ctx).coverage()}
        assert names == {"I Backupen"}
    finally:
        session.sign_out()
    kept = list(location.directory.glob("teamdesk-replaced-*.sqlite3"))
    assert len(kept) == 1  # the file it replaced is kept aside, never lost


def test_a_restore_stopped_while_copying_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(admin.ctx).create_resident("Alltid Her")
    assert admin.store.key is not None
    admin.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    admin.sign_out()
    before = _digest(location.database)
    # What a kill during the copy leaves: part of the backup under its temporary name.
    incoming = location.database.with_name(f".{location.database.name}.restoring")
    incoming.write_bytes(b"\0" * 4096)
    assert folder_state(location) is FolderState.READY
    assert not incoming.exists()
    assert _digest(location.database) == before


def test_nothing_half_done_means_no_file_is_touched(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=1)
    names = sorted(p.name for p in location.directory.iterdir())
    assert folder_state(location) is FolderState.READY
    assert sorted(p.name for p in location.directory.iterdir()) == names
    assert list_backups(location.backups) == []


def test_a_killed_backup_still_in_wal_mode_leaves_nothing_at_the_next_start(
    tmp_path: Path,
) -> None:
    """A kill between the copy (in the live file's WAL mode) and its switch to one file leaves
    the copy's -wal and -shm beside it; those go too, and nothing else does."""
    from teamdesk.store.backup import remove_leftovers

    backups = tmp_path / "backups"
    backups.mkdir()
    kept = backups / "teamdesk-20261130T100000Z-manual.sqlite3"
    kept.write_bytes(b"a backup")
    left = [
        backups / f"teamdesk-20261130T100001Z-manual.sqlite3.partial{end}"
        for end in ("", "-journal", "-wal", "-shm")
    ]
    for path in left:
        path.write_bytes(b"half")
    assert sorted(remove_leftovers(backups)) == sorted(left)
    assert list(backups.iterdir()) == [kept]


# -- a stopped restore's bookkeeping: the key file and the audit anchor ---------------------


def _sound_after_sign_in(location: DataLocation) -> list[str]:
    """Sign in as the administrator, check the database as `teamdesk check` does, and return
    the audit events' actions and summaries. The start first finishes a stopped swap, as the
    program's start does."""
    assert folder_state(location) is FolderState.READY
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        report = check_integrity(session.store)
        assert report.sound, report.problems
        return [
            f"{r['action']}: {r['summary']}"
            for r in session.store.query("SELECT action, summary FROM audit_event ORDER BY seq")
        ]
    finally:
        session.sign_out()


def test_a_restore_stopped_in_the_swap_is_recorded_at_the_next_sign_in_and_check_is_sound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(admin.ctx).create_resident("I Backupen")
    assert admin.store.key is not None
    backup = backup_database(admin.store.conn, location.backups, "manual", key=admin.store.key)
    TeamService(admin.ctx).create_resident("Etter Backupen")
    _restore_killed_at(monkeypatch, location, admin, backup)

    events = _sound_after_sign_in(location)  # before: "audit anchor ... disagrees", NOT SOUND
    finished = [e for e in events if e.startswith("restore:")]
    assert len(finished) == 1 and backup.name in finished[0]
    assert "finished at the next sign-in" in finished[0]
    assert not list(location.directory.glob(".*.restore-*"))  # nothing owed any more
    assert _sound_after_sign_in(location).count(finished[0]) == 1  # settled once only


def test_a_restore_stopped_after_the_swap_fits_the_key_file_at_the_next_sign_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    assert admin.store.key is not None
    key = admin.store.key
    backup = backup_database(admin.store.conn, location.backups, "manual", key=key)
    # An account made after the backup: the restored database does not know it, so the fitted
    # key file has no slot for it.
    AccountService(admin.ctx).create_account("Later Leader", AccountRole.LEADER, PASSWORD)
    account = admin.account
    admin.sign_out()

    def die(*args: object, **kwargs: object) -> bool:
        raise _Killed

    # Killed once the database is in place, before the key file is fitted and the head recorded.
    monkeypatch.setattr(recovery_module, "_keep_key_file_aside", die)
    with pytest.raises(_Killed):
        restore(location, key, account, backup)
    monkeypatch.undo()
    assert "Later Leader" in keyring_path(location.database).read_text()

    events = _sound_after_sign_in(location)

    assert any(e.startswith("restore:") and "finished" in e for e in events)
    assert "Later Leader" not in keyring_path(location.database).read_text()
    kept = list(location.directory.glob("teamdesk-keys-replaced-*.json"))
    assert len(kept) == 1 and "Later Leader" in kept[0].read_text()  # kept aside, not lost


def test_a_record_not_sealed_with_the_database_key_is_set_aside_and_trusted_for_nothing(
    tmp_path: Path,
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    _house(location, residents=1)
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    head = session.store.audit_head()
    session.sign_out()
    assert head is not None
    forged = RestoreOwed("teamdesk-x.sqlite3", head, "Mallory", "restored", None)
    write_owed(location.database, b"\x01" * 32, forged, None)  # a key that is not this one

    events = _sound_after_sign_in(location)

    assert not any(e.startswith("restore:") for e in events)  # no head recorded on its word
    assert any(e.startswith("restore_record_refused:") for e in events)
    assert list(location.directory.glob(".*.restore-owed.*.bad"))


def test_a_refused_restore_owes_nothing(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    assert admin.store.key is not None
    key = admin.store.key
    backup = backup_database(admin.store.conn, location.backups, "manual", key=key)
    account = admin.account
    admin.sign_out()
    with backup.open("r+b") as fh:  # a damaged backup: the restore refuses it
        fh.seek(8192)
        fh.write(b"\xff" * 64)
    with pytest.raises(RestoreRefused):
        restore(location, key, account, backup)
    assert not list(location.directory.glob(".*.restore-*"))
