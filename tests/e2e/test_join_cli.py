"""Publishing a house, joining a PC and retiring one with the installed `teamdesk` command, and
`teamdesk publish` killed at random moments (issue 11)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "teamdesk"
ADMIN = ("--user", "Demo Administrator")
LEADER = ("--user", "Demo Leader")
KILLS = 8


def _command() -> list[str]:
    exe = shutil.which("teamdesk")
    return [exe] if exe else [sys.executable, "-m", "teamdesk"]


def _env(password: str = PASSWORD) -> dict[str, str]:
    return {**os.environ, "TEAMDESK_PASSWORD": password}


def _teamdesk(*args: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_command(), *args], capture_output=True, text=True, timeout=180, env=_env(password)
    )


def _demo_and_publish(tmp_path: Path) -> tuple[Path, Path]:
    staffroom, share = tmp_path / "staffroom", tmp_path / "share"
    made = _teamdesk("demo-data", "--data-dir", str(staffroom))
    assert made.returncode == 0, made.stderr
    share.mkdir()
    published = _teamdesk("publish", "--data-dir", str(staffroom), "--target", str(share), *ADMIN)
    assert published.returncode == 0, published.stderr
    assert "Another PC joins with 'teamdesk join" in published.stdout
    return staffroom, share


def test_join_then_retire_with_the_command(tmp_path: Path) -> None:
    staffroom, share = _demo_and_publish(tmp_path)
    laptop = tmp_path / "laptop"
    joined = _teamdesk("join", "--data-dir", str(laptop), "--target", str(share), *ADMIN)
    assert joined.returncode == 0, joined.stderr
    assert "This PC joined the house" in joined.stdout
    check = _teamdesk("check", "--data-dir", str(laptop), *LEADER)
    assert check.returncode == 0 and ": sound" in check.stdout, check.stdout + check.stderr

    listed = _teamdesk("pcs", "--data-dir", str(laptop), *ADMIN)
    assert listed.returncode == 0, listed.stderr
    laptop_id = listed.stdout.splitlines()[0].removeprefix("This PC: ")
    synced = _teamdesk("sync", "--data-dir", str(staffroom), *ADMIN)
    assert synced.returncode == 0, synced.stderr
    retired = _teamdesk("retire-pc", laptop_id, "--data-dir", str(staffroom), *ADMIN)
    assert retired.returncode == 0, retired.stderr
    assert f"Retired vm ({laptop_id})" in retired.stdout or laptop_id in retired.stdout
    after = _teamdesk("sync", "--data-dir", str(laptop), *LEADER)
    assert after.returncode == 2 and "retired this PC" in after.stderr


def test_joining_refusals_are_sentences_and_change_nothing(tmp_path: Path) -> None:
    staffroom, share = _demo_and_publish(tmp_path)
    laptop, empty = tmp_path / "laptop", tmp_path / "empty"
    empty.mkdir()
    cases = [
        (("--target", str(empty)), PASSWORD, "holds no published TeamDesk house"),
        (("--target", str(tmp_path / "gone")), PASSWORD, "cannot be reached"),
        (("--target", str(share)), "wrong", "password for Demo Administrator is not right"),
    ]
    for args, password, sentence in cases:
        result = _teamdesk("join", "--data-dir", str(laptop), *args, *ADMIN, password=password)
        assert result.returncode == 2, result.stdout
        assert sentence in result.stderr and "Traceback" not in result.stderr
    assert not laptop.exists() or not any(p.suffix == ".sqlite3" for p in laptop.iterdir())
    taken = _teamdesk("join", "--data-dir", str(staffroom), "--target", str(share), *ADMIN)
    assert taken.returncode == 2 and "already holds a TeamDesk database" in taken.stderr


def test_publish_killed_at_random_moments_leaves_nothing_the_next_run_trips_on(
    tmp_path: Path,
) -> None:
    staffroom, share = _demo_and_publish(tmp_path)
    rng = random.Random(11)
    killed = 0
    for _ in range(KILLS):
        process = subprocess.Popen(
            [*_command(), "publish", "--data-dir", str(staffroom), "--target", str(share), *ADMIN],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
        )
        # Killed once publishing has begun (its copy of the database or a file in the share
        # is being written), at a random moment after that.
        while process.poll() is None and not (
            any(staffroom.glob(".teamdesk-copy-*")) or any(share.rglob(".*.tmp"))
        ):
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.3))
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
    assert killed >= KILLS // 2
    again = _teamdesk("publish", "--data-dir", str(staffroom), "--target", str(share), *ADMIN)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in share.rglob("*.tmp")] == []
    assert [p.name for p in staffroom.glob(".teamdesk-copy-*")] == []
    laptop = tmp_path / "laptop"
    joined = _teamdesk("join", "--data-dir", str(laptop), "--target", str(share), *ADMIN)
    assert joined.returncode == 0, joined.stderr
    for directory in (staffroom, laptop):
        check = _teamdesk("check", "--data-dir", str(directory), *LEADER)
        assert check.returncode == 0 and ": sound" in check.stdout, check.stdout
