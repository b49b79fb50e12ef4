"""The command line speaks the program's language: ``--language``, else ``TEAMDESK_LANGUAGE``,
else the system's locale; machine formats (JSON, ISO dates in it) stay as they are."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

AS_LEADER = ("--user", "Demo Leader")


def _teamdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    base = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANG"}}
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, "TEAMDESK_PASSWORD": "teamdesk", **(env or {})},
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = _teamdesk("demo-data", "--data-dir", str(directory), env={"TEAMDESK_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    return directory


def test_demo_data_says_what_it_made_in_danish(tmp_path: Path) -> None:
    result = _teamdesk("--language", "da", "demo-data", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "Demodata oprettet i" in result.stdout
    assert "beboere" in result.stdout and "Demokonti" in result.stdout
    assert "Demo data created" not in result.stdout


def test_coverage_heading_in_norwegian_and_danish_with_the_language_s_date(
    demo_dir: Path,
) -> None:
    args = ("coverage", "--data-dir", str(demo_dir), "--date", "2026-12-24", *AS_LEADER)
    nb = _teamdesk("--language", "nb", *args)
    da = _teamdesk(*args, "--language", "da")  # after the verb too
    en = _teamdesk("--language", "en", *args)
    assert nb.returncode == da.returncode == en.returncode == 0, (nb.stderr, da.stderr)
    assert nb.stdout.splitlines()[0].startswith("Dekning 24.12.2026")
    assert da.stdout.splitlines()[0].startswith("Dækning 24.12.2026")
    assert en.stdout.splitlines()[0].startswith("Coverage on 2026-12-24")
    # The core's sentences about each resident are translated as well.
    assert nb.stdout.splitlines()[1:] != en.stdout.splitlines()[1:]
    assert da.stdout.splitlines()[1:] != nb.stdout.splitlines()[1:]


def test_the_environment_and_then_the_system_locale_choose_the_language(demo_dir: Path) -> None:
    args = ("coverage", "--data-dir", str(demo_dir), "--date", "2026-12-24", *AS_LEADER)
    by_env = _teamdesk(*args, env={"TEAMDESK_LANGUAGE": "da"})
    by_locale = _teamdesk(*args, env={"TEAMDESK_LANGUAGE": "", "LANG": "nb_NO.UTF-8"})
    messages_win = _teamdesk(
        *args, env={"TEAMDESK_LANGUAGE": "", "LANG": "nb_NO.UTF-8", "LC_ALL": "da_DK.UTF-8"}
    )
    option_wins = _teamdesk("--language", "en", *args, env={"TEAMDESK_LANGUAGE": "da"})
    assert by_env.stdout.startswith("Dækning"), by_env.stderr
    assert by_locale.stdout.startswith("Dekning"), by_locale.stderr
    assert messages_win.stdout.startswith("Dækning"), messages_win.stderr
    assert option_wins.stdout.startswith("Coverage on"), option_wins.stderr


def test_json_stays_a_machine_format_in_danish(demo_dir: Path) -> None:
    args = ("coverage", "--data-dir", str(demo_dir), "--date", "2026-12-24", "--format", "json")
    da = _teamdesk("--language", "da", *args, *AS_LEADER)
    en = _teamdesk("--language", "en", *args, *AS_LEADER)
    assert da.returncode == 0, da.stderr
    rows, english = json.loads(da.stdout), json.loads(en.stdout)
    assert {r["date"] for r in rows} == {"2026-12-24"}
    assert [sorted(r) for r in rows] == [sorted(r) for r in english]
    assert [r["because"] for r in rows] == [r["because"] for r in english]


def test_a_refusal_is_a_danish_or_norwegian_sentence(demo_dir: Path) -> None:
    da = _teamdesk("--language", "da", "coverage", "--data-dir", str(demo_dir))
    nb = _teamdesk("--language", "nb", "coverage", "--data-dir", str(demo_dir))
    assert da.returncode == nb.returncode == 2
    assert "Angiv hvilken konto" in da.stderr
    assert "Si hvilken konto" in nb.stderr
    wrong = _teamdesk(
        "--language", "da", "coverage", "--data-dir", str(demo_dir), "--user", "Nobody Here"
    )
    assert wrong.returncode == 2
    assert "teamdesk: " in wrong.stderr and "account" not in wrong.stderr.lower()
