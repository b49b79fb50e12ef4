"""Importing a house's rota from the files it really has (issue 13): a semicolon CSV from
Norwegian Excel with a BOM, an XLSX with merged header cells, names with æøå. Each import
writes exactly what its preview showed, or nothing at all."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.rota_import import (
    WHO_EMPLOYEE_NUMBER,
    RotaImportService,
    RotaMapping,
)
from teamdesk.services.team import TeamService
from teamdesk.services.undo import revert
from teamdesk.store.store import Store

MONDAY = date(2025, 2, 3)


@pytest.fixture
def unit(ctx: ServiceContext) -> str:
    team = TeamService(ctx)
    unit_id = str(team.create_unit("Solsikken").row_id)
    team.create_staff("Åse Ødegård", unit_id=unit_id, employee_number="1001")
    team.create_staff("Even Moen", unit_id=unit_id, employee_number="1002")
    team.create_staff("Bjørn Æsøy", employee_number="1003")
    return unit_id


def _written(store: Store) -> int:
    return int(store.query_one("SELECT COUNT(*) FROM change")[0])  # type: ignore[index]


def _norwegian_csv(path: Path, rows: list[list[str]]) -> Path:
    text = "\r\n".join(";".join(row) for row in rows) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def _dates(count: int) -> list[str]:
    return [
        f"{(MONDAY + timedelta(days=d)).strftime('%a')} {(MONDAY + timedelta(days=d)):%d.%m.%Y}"
        for d in range(count)
    ]


def test_a_semicolon_csv_with_a_bom_imports_exactly_what_the_preview_showed(
    ctx: ServiceContext, unit: str, tmp_path: Path
) -> None:
    path = _norwegian_csv(
        tmp_path / "turnus.csv",
        [
            ["Navn", "Stilling %", *_dates(7)],
            ["Ødegård, Åse", "80", "D", "D", "-", "", "A", "N", ""],
            ["Even Moen", "100", "07:30-15:30", "X9", "A", "A", "", "", "L"],
            ["Ukjent Person", "50", "D", "D", "D", "D", "D", "", ""],
        ],
    )
    service = RotaImportService(ctx)
    preview = service.preview(path, unit)
    assert preview.unknown_people == [(4, "Ukjent Person")]
    assert preview.unknown_codes == {"X9": 1}
    assert preview.ignored_columns == ["Stilling %"]
    assert preview.new_rota is not None and preview.new_rota.starts_on == MONDAY
    summary = " ".join(m.render() for m in preview.summary())
    assert "Ukjent Person (row 4)" in summary and "X9 ×1" in summary
    outcome = service.commit(preview)
    rotas = RotaService(ctx)
    [rota] = rotas.rotas()
    view = rotas.view(rota.id)
    stored = {key: view.kinds[shift.shift_kind_id].code for key, shift in view.shifts.items()}
    expected = {key: preview.kinds[v].code for key, v in preview.cells.items() if v is not None}
    assert stored == expected
    assert {s.name for s in view.staff} == {"Åse Ødegård", "Even Moen"}
    even = next(s.id for s in view.staff if s.name == "Even Moen")
    assert stored[(even, 0)] == "D"  # 07:30-15:30 is the day shift
    assert (even, 1) not in stored  # the unknown code left the day as it was
    # The mapping is remembered for the unit, and the whole import is one undoable step.
    assert service.remembered_mapping(unit) == preview.mapping
    revert(ctx, outcome.changes)
    assert rotas.rotas() == []


def test_an_xlsx_with_merged_header_cells_matches_on_employee_numbers(
    ctx: ServiceContext, unit: str, tmp_path: Path
) -> None:
    RotaService(ctx).create_rota(unit, MONDAY, 2)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Turnus Solsikken, uke 6–7"])
    sheet.merge_cells("A1:H1")
    sheet.append(["AnsattNr", *[str(d) for d in range(1, 8)]])
    sheet.append([1003, "N", "N", None, None, "L", "L", None])
    sheet.append(["1001", "D", None, "D", None, None, None, "D"])
    path = tmp_path / "turnus.xlsx"
    book.save(path)
    service = RotaImportService(ctx)
    preview = service.preview(path, unit)
    assert preview.mapping == RotaMapping("AnsattNr", WHO_EMPLOYEE_NUMBER)
    assert {s.name for s in preview.staff.values()} == {"Bjørn Æsøy", "Åse Ødegård"}
    assert preview.shifts == 7 and preview.new_rota is None
    service.commit(preview)
    assert len(RotaService(ctx).view(preview.rota.id).shifts) == 7  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rows", "sentence"),
    [
        ([["Navn", "1", "2"], ['=HYPERLINK("x")', "D", "D"]], "row 2, column A (Navn)"),
        ([["Navn", "1", "2"], ["Even Moen", "D", "=1+1"]], "row 2, column C (2)"),
        (
            [["Navn", "28.02.2025", "31.02.2025"], ["Even Moen", "D", "D"]],
            "31.02.2025 is not a date",
        ),
        ([["Navn", "1", "2"], ["Even Moen", "D", "D"], ["Even Moen", "A", "A"]], "also in row 2"),
    ],
)
def test_a_bad_cell_gets_a_sentence_naming_row_and_column_and_nothing_is_written(
    ctx: ServiceContext,
    unit: str,
    tmp_path: Path,
    store: Store,
    rows: list[list[str]],
    sentence: str,
) -> None:
    path = _norwegian_csv(tmp_path / "turnus.csv", rows)
    before = _written(store)
    with pytest.raises(InvalidInput, match="Nothing was imported") as refused:
        RotaImportService(ctx).preview(path, unit, starts_on=MONDAY)
    assert sentence in str(refused.value)
    assert _written(store) == before


def test_a_ten_thousand_row_file_and_a_false_xlsx_are_refused_in_a_sentence(
    ctx: ServiceContext, unit: str, tmp_path: Path, store: Store
) -> None:
    big = _norwegian_csv(
        tmp_path / "big.csv", [["Navn", "1"]] + [[f"Person {n}", "D"] for n in range(10_000)]
    )
    before = _written(store)
    with pytest.raises(InvalidInput, match="more than 5000 rows"):
        RotaImportService(ctx).preview(big, unit, starts_on=MONDAY)
    fake = tmp_path / "turnus.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff not a workbook")
    with pytest.raises(InvalidInput, match="is not an Excel workbook"):
        RotaImportService(ctx).preview(fake, unit, starts_on=MONDAY)
    text_as_xlsx = tmp_path / "notes.xlsx"
    text_as_xlsx.write_text("Navn;1\nEven Moen;D\n")
    with pytest.raises(InvalidInput, match="is not an Excel workbook"):
        RotaImportService(ctx).preview(text_as_xlsx, unit, starts_on=MONDAY)
    assert _written(store) == before


def test_a_preview_that_is_not_committed_writes_nothing_and_only_leaders_import(
    ctx: ServiceContext, unit: str, tmp_path: Path, store: Store
) -> None:
    path = _norwegian_csv(tmp_path / "t.csv", [["Navn", "1", "2"], ["Even Moen", "D", "A"]])
    before = _written(store)
    preview = RotaImportService(ctx).preview(path, unit, starts_on=MONDAY)
    assert preview.shifts == 2
    assert _written(store) == before  # the person cancelled: nothing was written
    coordinator = ServiceContext(store, Actor("Kim", AccountRole.COORDINATOR))
    with pytest.raises(PermissionDenied):
        RotaImportService(coordinator).preview(path, unit, starts_on=MONDAY)
