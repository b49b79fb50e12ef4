"""Issue 9, row 12: what TeamDesk writes is its user's only (files 0600, folders 0700), and an
export keeps the mode of the file it replaces and never replaces a device or a pipe."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from teamdesk.app import main as app_main
from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import InvalidInput
from teamdesk.services.exports import write_atomically
from teamdesk.services.recovery import back_up_now
from teamdesk.services.signin import (
    WrongPassword,
    set_up_first_administrator,
    sign_in,
    take_daily_backup,
)
from teamdesk.services.team import TeamService
from teamdesk.store.backup import restore_backup
from teamdesk.store.keyring import keyring_path
from teamdesk.store.paths import DataLocation

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

PASSWORD = "correct horse"


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops give (0o022: new files readable by everyone), so the test sees
    what TeamDesk itself does about modes, not what the test runner's umask happens to be."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _open_to_others(directory: Path) -> list[str]:
    found = []
    for path in [directory, *directory.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(directory.parent)} {oct(mode)}")
    return found


def test_the_data_folder_and_everything_in_it_is_owner_only(
    tmp_path: Path, usual_umask: None
) -> None:
    location = DataLocation(tmp_path / "shared" / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    TeamService(admin.ctx).create_unit("Solsikken")
    AccountService(admin.ctx).create_account("Ola", AccountRole.STAFF, "ola secret")
    assert take_daily_backup(admin.store, location, admin.now() + timedelta(days=2))
    manual = back_up_now(admin)
    key = admin.store.key
    assert key is not None
    admin.sign_out()
    with pytest.raises(WrongPassword):
        sign_in(location, "Ola", "not ola's password", daily_backup=False)
    restore_backup(location.database, manual, key, admin.now())
    session = sign_in(location, "Ola", "ola secret", daily_backup=False)
    try:
        names = {p.name for p in location.directory.rglob("*")}
        assert any(n.endswith("-wal") for n in names), names  # SQLite's own files are there
        assert any("-replaced-" in n for n in names), names
        assert any(n.endswith("-keys.json") and n != "teamdesk-keys.json" for n in names)
        assert _open_to_others(location.directory) == []
    finally:
        session.sign_out()
    assert _open_to_others(location.directory) == []
    # The parent folder it made on the way is the user's own too.
    assert stat.S_IMODE((tmp_path / "shared").stat().st_mode) == 0o700


def test_files_from_before_are_tightened_when_next_used(tmp_path: Path, usual_umask: None) -> None:
    location = DataLocation(tmp_path / "data", "test")
    set_up_first_administrator(location, "Anne Admin", PASSWORD).sign_out()
    for path in (location.directory, location.database, keyring_path(location.database)):
        path.chmod(0o755 if path.is_dir() else 0o644)
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    AccountService(session.ctx).create_account("Ola", AccountRole.STAFF, "ola secret")
    session.sign_out()
    assert _open_to_others(location.directory) == []


def test_teamdesk_sets_an_owner_only_umask_before_it_does_anything(
    usual_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app_main(["help"]) == 0
    current = os.umask(0o022)
    assert current == 0o077


def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.csv"
    write_atomically(fresh, b"a,b\n")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_an_export_never_replaces_a_pipe_or_a_folder(tmp_path: Path) -> None:
    pipe = tmp_path / "meetings.ics"
    os.mkfifo(pipe)
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        write_atomically(pipe, b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    folder = tmp_path / "export.csv"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        write_atomically(folder, b"a,b\n")
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "meetings.ics"]
