"""`teamdesk import rota`, `teamdesk rota show` and `teamdesk coverage --at` as a leader uses them
on the demo's files (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.e2e.test_cli import AS_LEADER, _teamdesk

UNIT = "Solsikken bofellesskap"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    assert _teamdesk("demo-data", "--data-dir", str(directory)).returncode == 0
    return directory


def _unit_staff(demo_dir: Path) -> list[str]:
    result = _teamdesk(
        "coverage",
        "--data-dir",
        str(demo_dir),
        "--format",
        "json",
        "--date",
        "2026-11-25",
        *AS_LEADER,
    )
    assert result.returncode == 0, result.stderr
    return sorted({row["covered_by"] for row in json.loads(result.stdout) if row["covered_by"]})


def test_a_leader_previews_then_imports_a_rota_and_coverage_follows_the_hour(
    demo_dir: Path, tmp_path: Path
) -> None:
    names = _unit_staff(demo_dir)  # every unit's: the others' are left out as unknown
    path = tmp_path / "turnus.csv"
    rows = [["Navn", "23.11.2026", "24.11.2026", "25.11.2026"]]
    rows += [[name, "N", "-", "D"] for name in names] + [["Ukjent Vikar", "A", "A", "A"]]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(";".join(r) for r in rows).encode())
    data = ("--data-dir", str(demo_dir), *AS_LEADER)
    preview = _teamdesk("import", "rota", str(path), "--unit", UNIT, *data)
    assert preview.returncode == 0, preview.stderr
    assert f"Ukjent Vikar (row {len(names) + 2})" in preview.stdout
    assert "Nothing was written" in preview.stdout
    shown = _teamdesk("rota", "show", "--unit", UNIT, *data)
    assert shown.returncode == 2 and "has no rota yet" in shown.stderr
    done = _teamdesk("rota", "import", str(path), "--unit", UNIT, "--yes", *data)
    assert done.returncode == 0, done.stderr
    assert "Imported" in done.stdout, done.stdout
    shown = _teamdesk("rota", "show", "--unit", UNIT, "--week", "1", *data)
    assert shown.returncode == 0, shown.stderr
    on_rota = [name for name in names if name in shown.stdout]
    assert on_rota and "  N   -   D" in shown.stdout
    moments = {}
    for moment in ("2026-11-25 10:00", "2026-11-25 03:00", "2026-11-24 03:00"):
        result = _teamdesk("coverage", "--at", moment, "--format", "json", *data)
        assert result.returncode == 0, result.stderr
        moments[moment] = {(r["covered_by"], r["shift"]) for r in json.loads(result.stdout)}
    # 10:00 on the 25th: the day shift; 03:00 on the 25th: nobody (the 24th was off); 03:00 on
    # the 24th: the night shift begun on the 23rd.
    assert {shift for _, shift in moments["2026-11-25 10:00"]} >= {"D"}
    assert all(shift is None for _, shift in moments["2026-11-25 03:00"])
    assert {shift for _, shift in moments["2026-11-24 03:00"]} >= {"N"}
    bad = _teamdesk("coverage", "--at", "31.02.2025 10:00", *data)
    assert bad.returncode == 2 and "is not a moment" in bad.stderr


def test_day_one_staff_then_residents_with_their_contacts_from_the_command_line(
    demo_dir: Path, tmp_path: Path
) -> None:
    staff = tmp_path / "ansatte.csv"
    staff.write_bytes(
        b"\xef\xbb\xbf"
        + (
            "Ansattnr;Navn;Utdanning;Stilling %;Avdeling\r\n"
            f"9001;Åsne Ny;Vernepleier;80;{UNIT}\r\n"
            f"9002;Øyvind Ny;Helsefagarbeider;100;{UNIT}\r\n"
            "9003;Kari Annen;Sykepleier;100;Månestrålen\r\n"
        ).encode()
    )
    args = ("--data-dir", str(demo_dir), *AS_LEADER)
    dry = _teamdesk("import", "staff", str(staff), *args)
    assert dry.returncode == 0, dry.stderr
    assert "Row 4 is left out: Avdeling “Månestrålen” is not known." in dry.stdout
    assert "New staff to register: 2." in dry.stdout
    assert "Nothing was written" in dry.stdout
    done = _teamdesk("import", "staff", str(staff), "--yes", *args)
    assert done.returncode == 0 and "written in one step" in done.stdout, done.stderr
    again = _teamdesk("import", "staff", str(staff), *args)
    assert "New staff to register: 0." in again.stdout

    residents = tmp_path / "beboere.csv"
    residents.write_text(
        f"Beboer;Rom;Avdeling;Primærkontakt;Sekundærkontakt\nNy Beboer;99;{UNIT};9001;Øyvind Ny\n",
        encoding="utf-8",
    )
    done = _teamdesk(
        "import", "residents", str(residents), "--column", "name=Beboer", "--yes", *args
    )
    assert done.returncode == 0, done.stderr
    assert "New residents to register: 1. Contacts and team members to give: 2." in done.stdout
    bad = _teamdesk("import", "residents", str(residents), "--column", "Beboer", *args)
    assert bad.returncode != 0 and "FIELD=HEADING" in bad.stderr


def test_the_demo_with_rotas_tells_a_different_story_at_three_in_the_night(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "demo"
    made = _teamdesk("demo-data", "--data-dir", str(directory), "--rotas")
    assert made.returncode == 0, made.stderr
    data = ("--data-dir", str(directory), *AS_LEADER)
    shown = _teamdesk("rota", "show", "--unit", UNIT, "--week", "1", *data)
    assert shown.returncode == 0, shown.stderr
    for code in ("D", "A", "N", "L"):
        assert f"  {code}" in shown.stdout
    stories = {}
    for moment in ("2026-11-25 03:00", "2026-11-25 10:00", "2026-11-28 18:00"):
        result = _teamdesk("coverage", "--at", moment, "--format", "json", *data)
        assert result.returncode == 0, result.stderr
        stories[moment] = {(r["resident"], r["covered_by"]) for r in json.loads(result.stdout)}
    assert len({frozenset(s) for s in stories.values()}) == 3
