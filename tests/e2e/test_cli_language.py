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


AS_ADMIN = ("--user", "Demo Administrator")
UNIT = "Solsikken bofellesskap"


@pytest.fixture(scope="module")
def rota_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("rotas")
    result = _teamdesk("demo-data", "--data-dir", str(directory), "--rotas")
    assert result.returncode == 0, result.stderr
    return directory


def test_sync_publish_and_pcs_speak_danish_and_norwegian_with_plural_counts(
    rota_dir: Path, tmp_path: Path
) -> None:
    data = ("--data-dir", str(rota_dir), *AS_ADMIN)
    status = _teamdesk("--language", "da", "sync", "status", *data)
    assert status.returncode == 0, status.stderr
    assert "Synkroniseringsmappe: (ingen endnu)" in status.stdout
    assert "Sidst synkroniseret: aldrig" in status.stdout
    assert "Sync folder" not in status.stdout and "never" not in status.stdout
    folder = tmp_path / "shared"
    folder.mkdir()
    published = _teamdesk("--language", "da", "publish", "--target", str(folder), *data)
    assert published.returncode == 0, published.stderr
    assert "Øjebliksbilledet har 5 konti." in published.stdout
    assert "ændringssæt sendt" in published.stdout
    assert "change set" not in published.stdout and "(s)" not in published.stdout
    synced = _teamdesk("--language", "nb", "sync", *data)
    assert synced.returncode == 0, synced.stderr
    assert "Synkronisert: 0 endringssett sendt." in synced.stdout
    assert "0 tekster redigert på to PC-er" in synced.stdout
    assert "Synced" not in synced.stdout and "(s)" not in synced.stdout
    pcs_nb = _teamdesk("--language", "nb", "pcs", *data)
    pcs_da = _teamdesk("pcs", *data, env={"TEAMDESK_LANGUAGE": "da"})
    assert pcs_nb.returncode == pcs_da.returncode == 0, (pcs_nb.stderr, pcs_da.stderr)
    assert pcs_nb.stdout.startswith("Denne PC-en: ")
    assert pcs_da.stdout.startswith("Denne pc: ")
    assert "This PC" not in pcs_nb.stdout + pcs_da.stdout


def test_rota_show_speaks_danish_and_norwegian_down_to_the_weekdays_and_warnings(
    rota_dir: Path,
) -> None:
    args = ("rota", "show", "--unit", UNIT, "--week", "1", "--data-dir", str(rota_dir), *AS_LEADER)
    da = _teamdesk("--language", "da", *args)
    nb = _teamdesk("--language", "nb", *args)
    en = _teamdesk("--language", "en", *args)
    assert da.returncode == nb.returncode == en.returncode == 0, (da.stderr, nb.stderr)
    assert da.stdout.startswith(f"Vagtplan for {UNIT}: 12 uger fra ")
    assert nb.stdout.startswith(f"Turnus for {UNIT}: 12 uker fra ")
    assert "Uge 1 (første periode fra" in da.stdout and "Uke 1 (første periode fra" in nb.stdout
    assert "Ma  Ti  On  To  Fr  Lø  Sø" in da.stdout
    for english in ("Week 1", "Shifts:", "Warnings about the rota", "Mo  Tu", "Nobody of"):
        assert english in en.stdout
        assert english not in da.stdout and english not in nb.stdout
