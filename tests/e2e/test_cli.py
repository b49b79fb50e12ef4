"""The installed `teamdesk` command, run as a person or a script would, on real files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

# The demo's accounts share one known password; verbs act as a named account.
AS_LEADER = ("--user", "Demo Leader")


def _teamdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEAMDESK_PASSWORD": "teamdesk", **(env or {})},
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = _teamdesk("demo-data", "--data-dir", str(directory))
    assert result.returncode == 0, result.stderr
    assert "25 residents" in result.stdout
    assert "password for all: teamdesk" in result.stdout
    assert "Demo Read-only" in result.stdout
    return directory


def test_coverage_as_text_puts_alerts_first(demo_dir: Path) -> None:
    result = _teamdesk("coverage", "--data-dir", str(demo_dir), *AS_LEADER)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Coverage on ")
    assert lines[1].startswith("!") and "No known contact on duty" in lines[1]
    assert len(lines) == 26


def test_coverage_as_json_for_a_given_date(demo_dir: Path) -> None:
    result = _teamdesk(
        "coverage",
        "--data-dir",
        str(demo_dir),
        "--date",
        "2026-12-24",
        "--format",
        "json",
        *AS_LEADER,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 25
    assert {r["date"] for r in rows} == {"2026-12-24"}
    assert all(r["covered_by"] or r["alert"] for r in rows)


def test_a_wrong_date_is_explained(demo_dir: Path) -> None:
    result = _teamdesk("coverage", "--data-dir", str(demo_dir), "--date", "25.11.2026")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_check_reports_a_sound_database_with_warnings(demo_dir: Path) -> None:
    result = _teamdesk("check", "--data-dir", str(demo_dir), "--format", "json", *AS_LEADER)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["sound"] is True
    assert report["audit_events"] > 100
    assert {"missing_secondary", "too_many_primary"} <= {w["code"] for w in report["warnings"]}


def test_the_environment_variable_chooses_the_data_folder(demo_dir: Path) -> None:
    result = _teamdesk("check", *AS_LEADER, env={"TEAMDESK_DATA_DIR": str(demo_dir)})
    assert result.returncode == 0, result.stderr
    assert str(demo_dir) in result.stdout


def test_a_folder_without_a_database_is_explained_and_not_created(tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    result = _teamdesk("coverage", "--data-dir", str(empty))
    assert result.returncode == 2
    assert "There is no TeamDesk database" in result.stderr
    assert not empty.exists()


def test_demo_data_refuses_a_folder_with_real_residents(demo_dir: Path) -> None:
    result = _teamdesk("demo-data", "--data-dir", str(demo_dir))
    assert result.returncode == 2
    assert "already holds a TeamDesk database" in result.stderr


@pytest.mark.parametrize("verb", ["check", "coverage", "demo-data"])
@pytest.mark.parametrize(
    "content",
    [b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\x10\x00" + b"\0" * 90],
    ids=["text-file", "truncated-sqlite"],
)
def test_a_bad_file_gets_a_sentence_exit_2_and_stays_byte_for_byte(
    tmp_path: Path, verb: str, content: bytes
) -> None:
    database = tmp_path / "teamdesk.sqlite3"
    database.write_bytes(content)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = _teamdesk(verb, "--data-dir", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "left as it was" in result.stderr or "did not change it" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teamdesk.sqlite3"]


def test_python_dash_m_runs_the_same_program(demo_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "teamdesk",
            "coverage",
            "--data-dir",
            str(demo_dir),
            "--format",
            "json",
            *AS_LEADER,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEAMDESK_PASSWORD": "teamdesk"},
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 25


def test_version_prints_the_packages_version_and_needs_no_display() -> None:
    with (Path(__file__).parents[2] / "pyproject.toml").open("rb") as f:
        declared = tomllib.load(f)["project"]["version"]
    result = _teamdesk("--version", env={"QT_QPA_PLATFORM": "nonexistent-platform"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"TeamDesk {declared}"
