"""The CLI and the key file: `backups` says which backups keep a copy of it, and a lost key
file is put back from a backup's copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def _teamdesk(*args: str, password: str = "teamdesk") -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    env = {**os.environ, "TEAMDESK_PASSWORD": password}
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_backups_say_they_have_their_key_file_and_a_lost_one_is_put_back(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "demo"
    assert _teamdesk("demo-data", "--data-dir", str(folder)).returncode == 0
    as_admin = ("--data-dir", str(folder), "--user", "Demo Administrator")
    result = _teamdesk("backup", *as_admin)
    assert result.returncode == 0, result.stderr
    result = _teamdesk("backups", *as_admin)
    assert result.returncode == 0, result.stderr
    assert "with key file" in result.stdout and "NO KEY FILE" not in result.stdout

    (folder / "teamdesk-keys.json").unlink()
    result = _teamdesk("coverage", *as_admin)
    assert result.returncode == 2 and "restore --key-file" in result.stderr
    result = _teamdesk("backups", *as_admin)
    assert result.returncode == 0, result.stderr  # read from the backups' copies
    result = _teamdesk("restore", "--key-file", *as_admin, password="wrong password")
    assert result.returncode == 2 and "not right" in result.stderr
    result = _teamdesk("restore", "--key-file", *as_admin)
    assert result.returncode == 0, result.stderr
    assert "put back" in result.stdout
    result = _teamdesk("coverage", "--data-dir", str(folder), "--user", "Demo Staff")
    assert result.returncode == 0, result.stderr

    # A backup whose copy is gone is listed as such.
    for copy in (folder / "backups").glob("*-keys.json"):
        copy.unlink()
    result = _teamdesk("backups", *as_admin)
    assert result.returncode == 0, result.stderr
    assert "NO KEY FILE" in result.stdout
    # One backup is one, not "1 backup(s) have" (issue 10, row 14).
    assert result.stdout.startswith("1 backup in ")
    assert "No copy of the key file beside 1 backup: such a backup opens" in result.stdout
