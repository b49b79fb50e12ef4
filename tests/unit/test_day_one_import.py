"""Day one (issue 13): a house's staff list and its residents with their contacts come in from
the Excel and CSV files it really keeps: a semicolon CSV from Norwegian Excel with a BOM, an
XLSX with a title merged above the headings, names with æøå, units and staff not known, a date
that is none. Each import writes exactly what its preview showed, or nothing at all, and one
undo takes it all back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Education, Role
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.resident_import import ResidentImportService
from teamdesk.services.staff_import import StaffImportService
from teamdesk.services.team import TeamService
from teamdesk.services.undo import revert
from teamdesk.store import team_repo
from teamdesk.store.store import Store


def _written(store: Store) -> int:
    return int(store.query_one("SELECT COUNT(*) FROM change")[0])  # type: ignore[index]


def _norwegian_csv(path: Path, rows: list[list[str]]) -> Path:
    text = "\r\n".join(";".join(row) for row in rows) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


@pytest.fixture
def units(ctx: ServiceContext) -> dict[str, str]:
    team = TeamService(ctx)
    return {
        name: str(team.create_unit(name).row_id) for name in ("Solsikken", "Fjordglimt bosenter")
    }


STAFF_ROWS = [
    ["Ansattnr", "Navn", "Utdanning", "Stilling %", "Avdeling", "Erfaringskonsulent"],
    ["1001", "Åse Ødegård", "Sykepleier", "80", "Solsikken", "nei"],
    ["1002", "Even Moen", "Helsefagarbeider", "100%", "solsikken", ""],
    ["1003", "Bjørn Æsøy", "Barne- og ungdomsarbeider", "0,5", "Fjordglimt bosenter", "ja"],
    ["1004", "Kari Ukjent", "Vernepleier", "100", "Månestrålen", ""],
    ["", "", "", "", "", ""],
    ["1005", "Siri Berg", "Assistent", "45", "", "x"],
]


def test_a_staff_list_from_norwegian_excel_imports_exactly_what_the_preview_showed(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path, store: Store
) -> None:
    TeamService(ctx).create_staff("Siri Berg", employee_number="1005")
    path = _norwegian_csv(tmp_path / "ansatte.csv", STAFF_ROWS)
    service = StaffImportService(ctx)
    before = _written(store)
    preview = service.preview(path)
    assert _written(store) == before  # a preview writes nothing
    assert [v["name"] for v in preview.new] == ["Åse Ødegård", "Even Moen", "Bjørn Æsøy"]
    assert preview.left_out == [(5, "Avdeling", "Månestrålen")]
    assert preview.existing == ["Siri Berg"]
    assert preview.read_as_other == [(4, "Barne- og ungdomsarbeider")]
    summary = [m.render() for m in preview.summary()]
    assert summary[0] == "Row 5 is left out: Avdeling “Månestrålen” is not known."
    assert summary[-1] == "New staff to register: 3."

    outcome = service.commit(preview)
    stored = {s.name: s for s in TeamService(ctx).staff()}
    assert set(stored) == {"Åse Ødegård", "Even Moen", "Bjørn Æsøy", "Siri Berg"}
    ase, even, bjorn = stored["Åse Ødegård"], stored["Even Moen"], stored["Bjørn Æsøy"]
    assert (ase.education, ase.fte_percent, ase.unit_id, ase.peer_worker) == (
        Education.BACHELOR,
        80,
        units["Solsikken"],
        False,
    )
    assert (even.education, even.fte_percent, even.employee_number) == (
        Education.HEALTH_WORKER,
        100,
        "1002",
    )
    assert (bjorn.education, bjorn.fte_percent, bjorn.peer_worker) == (Education.OTHER, 50, True)
    assert service.remembered_mapping() == {
        "employee_number": "Ansattnr",
        "name": "Navn",
        "education": "Utdanning",
        "fte_percent": "Stilling %",
        "unit": "Avdeling",
        "peer_worker": "Erfaringskonsulent",
    }
    revert(ctx, outcome.changes)  # one undoable step: all three go
    assert [s.name for s in TeamService(ctx).staff()] == ["Siri Berg"]


def test_importing_the_same_staff_list_twice_registers_nobody_twice(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path
) -> None:
    path = _norwegian_csv(tmp_path / "ansatte.csv", STAFF_ROWS)
    service = StaffImportService(ctx)
    service.commit(service.preview(path))
    again = service.preview(path)
    assert again.new == [] and len(again.existing) == 4
    stale = StaffImportService(ctx).preview(
        _norwegian_csv(tmp_path / "nye.csv", [["Navn", "Avdeling"], ["Ny Person", "Solsikken"]])
    )
    TeamService(ctx).create_staff("Ny Person")
    with pytest.raises(InvalidInput, match="registered since the preview"):
        service.commit(stale)


def test_a_formula_or_a_bad_name_in_a_staff_list_is_a_sentence_and_nothing_is_written(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path, store: Store
) -> None:
    before = _written(store)
    path = _norwegian_csv(
        tmp_path / "ansatte.csv",
        [["Navn", "Stilling"], ["Åse Ødegård", "80"], ['=HYPERLINK("x")', "100"]],
    )
    with pytest.raises(InvalidInput) as refused:
        StaffImportService(ctx).preview(path)
    text = refused.value.message.render()
    assert "row 3, column A (Navn)" in text and "formula" in text
    path = _norwegian_csv(tmp_path / "tall.csv", [["Nummer", "Stilling"], ["1", "80"]])
    with pytest.raises(InvalidInput, match="has no column of names"):
        StaffImportService(ctx).preview(path)
    assert _written(store) == before


def _staff(ctx: ServiceContext, units: dict[str, str]) -> dict[str, str]:
    team = TeamService(ctx)
    found = {}
    for name, number, unit in (
        ("Åse Ødegård", "1001", "Solsikken"),
        ("Even Moen", "1002", "Solsikken"),
        ("Ola Nordmann", "1003", "Solsikken"),
        ("Bjørn Æsøy", "1004", "Fjordglimt bosenter"),
    ):
        found[name] = str(
            team.create_staff(name, employee_number=number, unit_id=units[unit]).row_id
        )
    return found


def _merged_title_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Beboerliste Solsikken bofellesskap"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_residents_with_their_contacts_from_an_xlsx_with_a_merged_title(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path
) -> None:
    people = _staff(ctx, units)
    path = _merged_title_xlsx(
        tmp_path / "beboere.xlsx",
        [
            ["Navn", "Rom", "Avdeling", "Innflyttet", "Primærkontakt", "Sekundærkontakt", "Team"],
            [
                "Per Hansen",
                "101",
                "Solsikken",
                date(2024, 3, 1),
                "Ødegård, Åse",
                "1002",
                "Ola Nordmann, Even Moen",
            ],
            ["Ingrid Løvås", "102", "Solsikken", "15.08.2025", "Ukjent Vikar", "", ""],
            ["Jon Dal", "7", "Månestrålen", "", "", "", ""],
            ["Mette Æsøy", "201", "Fjordglimt bosenter", "", "Bjørn Æsøy", "", "Nils Ukjent"],
        ],
    )
    service = ResidentImportService(ctx)
    preview = service.preview(path)
    assert [r.values["name"] for r in preview.new] == ["Per Hansen", "Ingrid Løvås", "Mette Æsøy"]
    assert preview.left_out == [(5, "Avdeling", "Månestrålen")]
    assert preview.unknown_staff == [(4, "Ukjent Vikar"), (6, "Nils Ukjent")]
    per = preview.new[0]
    assert [(role, p.name) for role, p in per.contacts] == [
        (Role.PRIMARY, "Åse Ødegård"),
        (Role.SECONDARY, "Even Moen"),
        (Role.MEMBER, "Ola Nordmann"),
    ]  # Even is secondary already, so not a member too
    assert preview.contacts == 4
    outcome = service.commit(preview)

    residents = {r.name: r for r in TeamService(ctx).residents()}
    assert set(residents) == {"Per Hansen", "Ingrid Løvås", "Mette Æsøy"}
    per_row = residents["Per Hansen"]
    assert (per_row.room, per_row.unit_id, per_row.moved_in) == (
        "101",
        units["Solsikken"],
        date(2024, 3, 1),
    )
    assert residents["Ingrid Løvås"].moved_in == date(2025, 8, 15)
    held = {
        (a.staff_id, a.role, a.valid_from)
        for a in team_repo.assignments(ctx.store, resident_id=per_row.id)
    }
    assert held == {
        (people["Åse Ødegård"], Role.PRIMARY, date(2024, 3, 1)),
        (people["Even Moen"], Role.SECONDARY, date(2024, 3, 1)),
        (people["Ola Nordmann"], Role.MEMBER, date(2024, 3, 1)),
    }
    revert(ctx, outcome.changes)
    assert TeamService(ctx).residents() == []
    assert team_repo.assignments(ctx.store, resident_id=per_row.id) == []


def test_a_second_import_after_the_staff_came_gives_registered_residents_their_contacts(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path
) -> None:
    path = _norwegian_csv(
        tmp_path / "beboere.csv",
        [["Beboer", "Avdeling", "Primærkontakt"], ["Per Hansen", "Solsikken", "Even Moen"]],
    )
    service = ResidentImportService(ctx)
    first = service.preview(path)
    assert first.unknown_staff == [(2, "Even Moen")]
    service.commit(first)
    people = _staff(ctx, units)
    again = service.preview(path)
    assert again.new == [] and again.existing == ["Per Hansen"]
    assert [(role, p.id) for _, _, role, p in again.contacts_for_existing] == [
        (Role.PRIMARY, people["Even Moen"])
    ]
    service.commit(again)
    [per] = TeamService(ctx).residents()
    assert [a.staff_id for a in team_repo.assignments(ctx.store, resident_id=per.id)] == [
        people["Even Moen"]
    ]
    assert service.preview(path).contacts == 0  # nothing left to give


def test_a_date_that_is_none_names_the_row_and_column_and_nothing_is_written(
    ctx: ServiceContext, units: dict[str, str], tmp_path: Path, store: Store
) -> None:
    path = _norwegian_csv(
        tmp_path / "beboere.csv",
        [["Navn", "Innflyttet"], ["Per Hansen", "01.02.2024"], ["Ingrid Løvås", "31.02.2025"]],
    )
    before = _written(store)
    with pytest.raises(InvalidInput) as refused:
        ResidentImportService(ctx).preview(path)
    text = refused.value.message.render()
    assert "row 3, column B (Innflyttet)" in text and "31.02.2025 is not a date" in text
    assert _written(store) == before


def test_only_those_who_register_people_may_import_them(
    ctx: ServiceContext, store: Store, units: dict[str, str], tmp_path: Path
) -> None:
    path = _norwegian_csv(tmp_path / "liste.csv", [["Navn", "Avdeling"], ["Per", "Solsikken"]])
    staff_member = ServiceContext(store, Actor("Sara Ansatt", AccountRole.STAFF))
    with pytest.raises(PermissionDenied):
        StaffImportService(staff_member).preview(path)
    with pytest.raises(PermissionDenied):
        ResidentImportService(staff_member).preview(path)
