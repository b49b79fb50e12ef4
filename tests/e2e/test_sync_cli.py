"""Two data folders and one shared folder, synced with the installed `teamdesk sync` (issue 11).

The second PC is made the way it is made today: a copy of the data folder taken while
TeamDesk is closed (the copy gets its own replica id). Edits are made on both while "offline"
(through the store's write path, as a signed-in person); then `teamdesk sync` runs as its own
process on each, both ways, and the two databases end identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.unit.test_sync_store import dump

from teamdesk.services.signin import sign_in
from teamdesk.store.paths import DataLocation

PASSWORD = "teamdesk"
AS_LEADER = ("--user", "Demo Leader")


def _teamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "TEAMDESK_PASSWORD": PASSWORD},
    )


def _edit(directory: Path, **changes: str) -> str:
    session = sign_in(DataLocation(directory, "test"), "Demo Leader", PASSWORD, daily_backup=False)
    try:
        store = session.store
        resident = store.query_one("SELECT id FROM resident ORDER BY id LIMIT 1")
        assert resident is not None
        store.update("resident", str(resident["id"]), changes, actor="Demo Leader")
        store.insert("unit", {"name": f"New unit {sorted(changes)[0]}"}, actor="Demo Leader")
        return str(resident["id"])
    finally:
        session.sign_out()


def _dump(directory: Path) -> dict[str, list[tuple[object, ...]]]:
    session = sign_in(DataLocation(directory, "test"), "Demo Leader", PASSWORD, daily_backup=False)
    try:
        return dump(session.store)
    finally:
        session.sign_out()


def test_two_data_folders_edit_offline_sync_both_ways_and_end_identical(tmp_path: Path) -> None:
    staffroom, laptop, share = tmp_path / "staffroom", tmp_path / "laptop", tmp_path / "share"
    made = _teamdesk("demo-data", "--data-dir", str(staffroom))
    assert made.returncode == 0, made.stderr
    shutil.copytree(staffroom, laptop)
    share.mkdir()

    resident = _edit(staffroom, room="Room 12")
    assert _edit(laptop, preferred_name="Olli", what_matters="Gardening") == resident

    for directory in (staffroom, laptop, staffroom):
        result = _teamdesk("sync", "--data-dir", str(directory), "--target", str(share), *AS_LEADER)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Synced:"), result.stdout

    assert _dump(staffroom) == _dump(laptop)
    staffroom_rows = _dump(staffroom)["resident"]
    row = next(r for r in staffroom_rows if r[0] == resident)
    assert "Room 12" in row and "Olli" in row and "Gardening" in row

    status = _teamdesk("sync", "status", "--data-dir", str(laptop), *AS_LEADER)
    assert status.returncode == 0, status.stderr
    assert f"Sync folder: {share.resolve()}" in status.stdout
    assert "Changes waiting to be sent: 0" in status.stdout
    # The folder holds ids and numbers only.
    for path in share.rglob("*"):
        assert "Demo" not in path.name and "Room" not in path.name


def test_sync_without_a_folder_says_what_to_do(tmp_path: Path) -> None:
    directory = tmp_path / "pc"
    assert _teamdesk("demo-data", "--data-dir", str(directory)).returncode == 0
    result = _teamdesk("sync", "--data-dir", str(directory), *AS_LEADER)
    assert result.returncode == 2
    assert "no sync folder yet" in result.stderr
    missing = _teamdesk(
        "sync", "--data-dir", str(directory), "--target", str(tmp_path / "gone"), *AS_LEADER
    )
    assert missing.returncode == 2
    assert "cannot be reached" in missing.stderr


def test_two_pc_processes_edit_offline_then_sync_at_the_same_moment_and_end_identical(
    tmp_path: Path,
) -> None:
    """Both PCs are real processes throughout: each edits its own data folder while the
    share is out of reach (the same resident on both), then both run `teamdesk sync` at the
    same moment, twice; the two databases end identical and both texts are kept."""
    staffroom, laptop, share = tmp_path / "staffroom", tmp_path / "laptop", tmp_path / "share"
    made = _teamdesk("demo-data", "--data-dir", str(staffroom))
    assert made.returncode == 0, made.stderr
    shutil.copytree(staffroom, laptop)
    env = {**os.environ, "TEAMDESK_PASSWORD": PASSWORD}
    editors = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("pc_edits_process.py")), str(d), n],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for d, n in ((staffroom, "staffroom"), (laptop, "laptop"))
    ]
    for editor in editors:
        out, err = editor.communicate(timeout=180)
        assert editor.returncode == 0 and out.strip() == "done", err
    offline = _teamdesk("sync", "--data-dir", str(laptop), "--target", str(share), *AS_LEADER)
    assert offline.returncode == 2 and "cannot be reached" in offline.stderr
    share.mkdir()

    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    for _ in range(2):
        both = [
            subprocess.Popen(
                [*command, "sync", "--data-dir", str(d), "--target", str(share), *AS_LEADER],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for d in (staffroom, laptop)
        ]
        for process in both:
            out, err = process.communicate(timeout=180)
            assert process.returncode == 0, err
            assert out.startswith("Synced:"), out
    # Each may have missed the other's set in the first pair of rounds; one more pass settles.
    for directory in (staffroom, laptop):
        result = _teamdesk("sync", "--data-dir", str(directory), *AS_LEADER)
        assert result.returncode == 0, result.stderr

    assert _dump(staffroom) == _dump(laptop)
    rows = _dump(laptop)
    assert sum(1 for r in rows["staff"] if "staff" in str(r[1:])) >= 60
    values = {str(v) for r in rows["resident"] for v in r}
    assert {
        "Room of staffroom",
        "Room of laptop",
    } & values  # one short field wins, the same on both
    session = sign_in(DataLocation(laptop, "test"), "Demo Leader", PASSWORD, daily_backup=False)
    try:
        typed = {
            str(r["value"])
            for r in session.store.query(
                "SELECT value FROM change WHERE column_name = 'what_matters'"
            )
        }
    finally:
        session.sign_out()
    assert {"Written at staffroom", "Written at laptop"} <= typed  # both texts are kept
