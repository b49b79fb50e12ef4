"""The audit anchor and the database's commit are crash-consistent: TeamDesk killed between
writing the key file and committing the anchored event (or between the commit and the key
file's second write) leaves a folder ``teamdesk check`` calls sound, not "the end of the audit
log was deleted"; deleting the end of the log is still reported."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from teamdesk import cli
from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.signin import set_up_first_administrator
from teamdesk.store.connection import connect
from teamdesk.store.integrity import ANCHOR_META, check_integrity
from teamdesk.store.keyring import keyring_path, load_keyring, unwrap_key
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import open_store
from teamdesk.store.trust import Anchor

PASSWORD = "correct horse"
ADMIN = "Anne Admin"

# Signs in (and, for "sign-out", out again) with the key file's writes watched: at the chosen
# moment of the chosen anchored event the process dies at once, like kill -9.
_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import teamdesk.services.trust as trust
    from teamdesk.services.signin import sign_in
    from teamdesk.store.keyring import load_keyring
    from teamdesk.store.paths import DataLocation

    directory, password, moment, action = sys.argv[1:5]
    real_save = trust.save_keyring
    armed = action == "sign-in"

    def save(path, ring):
        on_disk = load_keyring(path).anchor
        advancing = ring.anchor is not None and (
            on_disk is None or ring.anchor.count > on_disk.count
        )
        settling = (
            ring.anchor is not None and on_disk is not None
            and not getattr(ring.anchor, "pending", False)
            and ring.anchor.count == on_disk.count and getattr(on_disk, "pending", False)
        )
        if armed and moment == "before-commit" and advancing:
            real_save(path, ring)
            os._exit(9)  # the key file is written, the database has not committed
        if armed and moment == "after-commit" and settling:
            os._exit(9)  # the database has committed, the key file still says pending
        real_save(path, ring)

    trust.save_keyring = save
    session = sign_in(DataLocation(Path(directory), "test"), "Anne Admin", password,
                      daily_backup=False)
    armed = True
    session.sign_out()
    os._exit(0)
    """
)


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, ADMIN, PASSWORD)
    AccountService(admin.ctx).create_account("Leif Leader", AccountRole.LEADER, "Leif secret 1")
    admin.sign_out()
    return location


def _kill_inside(location: DataLocation, moment: str, action: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(location.directory), PASSWORD, moment, action],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr  # it died inside the window, not before or after


def _problems_as_left(location: DataLocation) -> list[str]:
    """What the check finds in the folder exactly as the killed process left it (no sign-in
    of the check's own, which would write a new anchor first)."""
    ring = load_keyring(keyring_path(location.database))
    slot = next(s for s in ring.slots if s.name == ADMIN)
    store = open_store(location.database, key=unwrap_key(ring, slot, PASSWORD), create=False)
    try:
        return check_integrity(store).problems
    finally:
        store.close()


def _check(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    code = cli.main(["check", "--data-dir", str(location.directory), "--user", ADMIN])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("action", ["sign-in", "sign-out"])
@pytest.mark.parametrize("moment", ["before-commit", "after-commit"])
def test_killed_between_the_key_file_and_the_commit_the_folder_is_sound(
    location: DataLocation,
    moment: str,
    action: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _kill_inside(location, moment, action)
    # Before: "the key file records anchor number 4 ..., the database only number 3: the end
    # of the audit log was deleted" and "event 9 ... is missing".
    assert _problems_as_left(location) == []
    anchor = load_keyring(keyring_path(location.database)).anchor
    assert anchor is not None and anchor.pending  # the window was hit
    for _ in range(2):  # and the check's own sign-ins carry on from there
        code, out = _check(location, monkeypatch, capsys)
        assert code == cli.EXIT_OK, out
        assert ": sound" in out
    settled = load_keyring(keyring_path(location.database)).anchor
    assert settled is not None and not settled.pending and settled.count > anchor.count - 1


def test_the_tail_deleted_back_to_the_anchor_before_is_still_reported(
    location: DataLocation,
) -> None:
    """What a crash before the commit leaves, made by hand after a write that finished: the
    anchored event deleted and the database's record put back to the anchor before it. The key
    file says the write finished, so it is reported."""
    ring = load_keyring(keyring_path(location.database))
    slot = next(s for s in ring.slots if s.name == ADMIN)
    key = unwrap_key(ring, slot, PASSWORD)
    kept = ring.anchor
    assert kept is not None
    conn = connect(location.database, key)
    conn.isolation_level = None
    try:
        anchored = conn.execute(
            "SELECT seq, hash FROM audit_event WHERE action IN ('sign_in', 'sign_out') "
            "ORDER BY seq DESC LIMIT 2"
        ).fetchall()
        before = Anchor(kept.count - 1, anchored[1]["seq"], anchored[1]["hash"])
        conn.execute("DELETE FROM audit_event WHERE seq > ?", (before.seq,))
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (before.text(), ANCHOR_META))
    finally:
        conn.close()
    problems = _problems_as_left(location)
    assert any("end of the audit log was deleted" in p for p in problems), problems
