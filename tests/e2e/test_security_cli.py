"""The CLI as a named account: refusals with exit code 2, backups, and restore."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _teamdesk(*args: str, password: str | None = "teamdesk") -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    env = {k: v for k, v in os.environ.items() if k != "TEAMDESK_PASSWORD"}
    if password is not None:
        env["TEAMDESK_PASSWORD"] = password
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "demo"
    result = _teamdesk("demo-data", "--data-dir", str(directory))
    assert result.returncode == 0, result.stderr
    return directory


def test_a_verb_needs_a_user_and_a_password(demo_dir: Path) -> None:
    result = _teamdesk("coverage", "--data-dir", str(demo_dir))
    assert result.returncode == 2 and "--user NAME" in result.stderr
    result = _teamdesk(
        "coverage", "--data-dir", str(demo_dir), "--user", "Demo Staff", password=None
    )
    assert result.returncode == 2 and "TEAMDESK_PASSWORD" in result.stderr
    result = _teamdesk(
        "coverage", "--data-dir", str(demo_dir), "--user", "Demo Staff", password="wrong password"
    )
    assert result.returncode == 2 and "not right" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_verb_the_role_does_not_allow_is_refused_with_exit_2(demo_dir: Path) -> None:
    result = _teamdesk("backup", "--data-dir", str(demo_dir), "--user", "Demo Read-only")
    assert result.returncode == 2
    assert "may not do this" in result.stderr and "Traceback" not in result.stderr
    result = _teamdesk("coverage", "--data-dir", str(demo_dir), "--user", "Demo Read-only")
    assert result.returncode == 0, result.stderr


def test_backup_list_and_restore_keep_the_current_file_aside(demo_dir: Path) -> None:
    result = _teamdesk("backup", "--data-dir", str(demo_dir), "--user", "Demo Leader")
    assert result.returncode == 0, result.stderr
    assert "Backup written and checked" in result.stdout
    result = _teamdesk("backups", "--data-dir", str(demo_dir), "--user", "Demo Leader")
    assert result.returncode == 0, result.stderr
    assert "sound" in result.stdout and "NOT SOUND" not in result.stdout
    backup = sorted((demo_dir / "backups").glob("*-manual.sqlite3"))[-1]
    # A leader may not restore; an administrator may.
    result = _teamdesk(
        "restore", "--data-dir", str(demo_dir), "--backup", str(backup), "--user", "Demo Leader"
    )
    assert result.returncode == 2 and "may not do this" in result.stderr
    current = hashlib.sha256((demo_dir / "teamdesk.sqlite3").read_bytes()).hexdigest()
    result = _teamdesk(
        "restore",
        "--data-dir",
        str(demo_dir),
        "--backup",
        str(backup),
        "--user",
        "Demo Administrator",
    )
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stdout
    aside = [p for p in demo_dir.iterdir() if "-replaced-" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1
    assert hashlib.sha256(aside[0].read_bytes()).hexdigest() == current
    result = _teamdesk("check", "--data-dir", str(demo_dir), "--user", "Demo Leader")
    assert result.returncode == 0, result.stderr


def test_an_administrator_adds_an_account_that_can_then_sign_in(demo_dir: Path) -> None:
    env_new = {"TEAMDESK_NEW_PASSWORD": "ny start 2026"}
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    base = {**os.environ, "TEAMDESK_PASSWORD": "teamdesk", **env_new}
    added = subprocess.run(
        [
            *command,
            "add-account",
            "Nina Nyansatt",
            "--role",
            "staff",
            "--data-dir",
            str(demo_dir),
            "--user",
            "Demo Administrator",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=base,
        stdin=subprocess.DEVNULL,
    )
    assert added.returncode == 0, added.stderr
    refused = subprocess.run(
        [
            *command,
            "add-account",
            "Sneaky",
            "--role",
            "administrator",
            "--data-dir",
            str(demo_dir),
            "--user",
            "Demo Leader",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=base,
        stdin=subprocess.DEVNULL,
    )
    assert refused.returncode == 2 and "may not do this" in refused.stderr
    result = _teamdesk(
        "coverage", "--data-dir", str(demo_dir), "--user", "Nina Nyansatt", password="ny start 2026"
    )
    assert result.returncode == 0, result.stderr
    listed = _teamdesk("accounts", "--data-dir", str(demo_dir), "--user", "Demo Administrator")
    assert "Nina Nyansatt  (staff)" in listed.stdout
