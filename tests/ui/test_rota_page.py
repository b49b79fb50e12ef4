"""The rota in the program (issue 13): the grid editor and the import with its preview.

Typing a code into a day writes it as one undoable step and moves to the next day; Delete makes
the selected days days off in one step; a code the house has not got is refused with a sentence
and writes nothing; a week copies onto another. The import shows what it will leave out before
anything is written, writes nothing on Cancel, and one Undo takes the whole import back.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from tests.support import TODAY

from teamdesk.services.context import ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.rota.rota_page import RotaPage

MONDAY = TODAY - timedelta(days=TODAY.weekday())


def _changes(ctx: ServiceContext) -> int:
    return int(ctx.store.query_one("SELECT COUNT(*) FROM change")[0])  # type: ignore[index]


def _first_unit(ctx: ServiceContext) -> tuple[str, str]:
    unit = TeamService(ctx).units()[0]
    return unit.id, unit.name


@pytest.fixture
def rota_page(window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot) -> RotaPage:
    """The rota page on the first demo unit, with a two-week rota and three staff on it."""
    unit_id, _ = _first_unit(demo_ctx)
    rotas = RotaService(demo_ctx)
    existing = rotas.rota_of_unit(unit_id)
    rota_id = existing.id if existing else rotas.create_rota(unit_id, MONDAY, 2).row_id
    assert rota_id is not None
    staff = TeamService(demo_ctx).staff(include_inactive=False, unit_id=unit_id)[:3]
    for person in staff:
        rotas.add_to_rota(rota_id, person.id)
    window.go_to(window.PAGES.index("rota"))
    page = window.rota
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def _stored_codes(page: RotaPage, ctx: ServiceContext) -> dict[tuple[str, int], str]:
    assert page.view is not None
    view = RotaService(ctx).view(page.view.rota.id)
    return {key: view.kinds[s.shift_kind_id].code for key, s in view.shifts.items()}


def _select(page: RotaPage, cells: list[tuple[int, int]]) -> None:
    selection = page.grid.selectionModel()
    selection.clearSelection()
    for row, column in cells:
        selection.select(page.model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    row, column = cells[0]
    selection.setCurrentIndex(
        page.model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_a_typed_code_is_one_undoable_step_and_enter_moves_to_the_next_day(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    page = rota_page
    first = page.model.staff_at(0)
    _select(page, [(0, 2)])
    page.grid.setFocus()
    qtbot.keyClicks(page.grid, "n")  # any key opens the day's editor with what was typed
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None and editor.text() == "n"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid.state() != page.grid.State.EditingState)
    assert _stored_codes(page, demo_ctx) == {(first.id, 2): "N"}
    assert page.model.index(0, 2).data() == "N"
    assert page.grid.currentIndex().column() == 3  # ready for the next day's code
    assert "N for" in window.session.undo_stack.undoText()
    window.undo()
    assert _stored_codes(page, demo_ctx) == {}
    assert page.model.index(0, 2).data() == ""


def test_a_code_typed_over_a_selection_fills_it_and_delete_empties_it_in_one_step(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    page = rota_page
    ids = [page.model.staff_at(r).id for r in range(3)]
    cells = [(0, 0), (0, 1), (1, 0), (1, 1)]
    _select(page, cells)
    assert page.set_codes(page.grid.selected_days(), "d")
    assert _stored_codes(page, demo_ctx) == {(ids[r], d): "D" for r, d in cells}
    steps = window.session.undo_stack.count()
    _select(page, cells[:3])
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert _stored_codes(page, demo_ctx) == {(ids[1], 1): "D"}
    assert window.session.undo_stack.count() == steps + 1
    window.undo()
    assert _stored_codes(page, demo_ctx) == {(ids[r], d): "D" for r, d in cells}


def test_a_code_the_house_has_not_got_is_refused_and_nothing_is_written(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    before = _changes(demo_ctx)
    assert not rota_page.set_codes([(0, 0), (1, 0)], "Q7")
    assert _changes(demo_ctx) == before
    assert "There is no shift with the code Q7" in window.session.last_refusal


def test_a_week_copies_onto_another_week(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    page = rota_page
    person = page.model.staff_at(1).id
    assert page.set_codes([(1, 0)], "A")
    assert page.set_codes([(1, 9)], "L")  # week 2 had a shift on Tuesday: it becomes a day off
    page.copy_from.setValue(1)
    page.copy_to.setValue(2)
    page.copy_button.click()
    assert _stored_codes(page, demo_ctx) == {(person, 0): "A", (person, 7): "A"}
    assert page.model.index(1, 7).data() == "A"
    window.undo()
    assert _stored_codes(page, demo_ctx) == {(person, 0): "A", (person, 9): "L"}


def _rota_csv(path: Path, names: list[str]) -> Path:
    days = [f"{(MONDAY + timedelta(days=d)):%d.%m.%Y}" for d in range(7)]
    rows = [["Navn", *days]]
    for name in names:
        rows.append([name, "D", "D", "A", "", "N", "-", "L"])
    text = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def test_the_import_previews_writes_nothing_on_cancel_and_is_one_undoable_step(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    page = rota_page
    names = [page.model.staff_at(r).name for r in range(3)]
    path = _rota_csv(tmp_path / "turnus.csv", [*names, "Ukjent Vikar"])
    before = _changes(demo_ctx)
    dialog = page.start_import(path)
    assert dialog is not None and dialog.preview is not None
    shown = dialog.preview_text.toPlainText()
    assert shown.index("Ukjent Vikar (row 5)") < shown.index("will be written")
    dialog.reject()
    assert _changes(demo_ctx) == before  # cancelled: nothing written

    steps = window.session.undo_stack.count()
    dialog = page.start_import(path)
    assert dialog is not None
    dialog.import_button.click()
    stored = _stored_codes(page, demo_ctx)
    assert len(stored) == 3 * 5
    assert window.session.undo_stack.count() == steps + 1
    assert page.model.index(0, 4).data() == "N"
    window.undo()
    assert _stored_codes(page, demo_ctx) == {}


def test_the_import_remembers_the_column_chosen_for_the_unit(
    rota_page: RotaPage, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    page = rota_page
    names = [page.model.staff_at(r).name for r in range(3)]
    path = tmp_path / "turnus.csv"
    days = [f"{(MONDAY + timedelta(days=d)):%d.%m.%Y}" for d in range(7)]
    rows = [["Kommentar", "Hvem", *days]] + [["", n, "D", "", "", "", "", "", ""] for n in names]
    path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    dialog = page.start_import(path)
    assert dialog is not None
    picker = dialog.pickers["who_column"]
    assert isinstance(picker, QComboBox)
    picker.setCurrentIndex(picker.findData("Hvem"))
    assert dialog.preview is not None and len(dialog.preview.staff) == 3
    dialog.import_button.click()
    again = page.start_import(path)
    assert again is not None
    again_picker = again.pickers["who_column"]
    assert isinstance(again_picker, QComboBox) and again_picker.currentData() == "Hvem"
    again.reject()


def test_a_bad_file_is_a_sentence_in_the_dialog_and_import_stays_off(
    rota_page: RotaPage, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "turnus.csv"
    path.write_text("Navn;31.02.2025;01.03.2025\nEven;D;D\n", encoding="utf-8")
    before = _changes(demo_ctx)
    dialog = rota_page.start_import(path)
    assert dialog is not None
    assert "31.02.2025 is not a date" in dialog.preview_text.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert _changes(demo_ctx) == before


def test_a_unit_without_a_rota_offers_to_make_one(
    window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    window.go_to(window.PAGES.index("rota"))
    page = window.rota
    page.reload()
    assert page.view is None and page.new_box.isVisibleTo(page)
    page.new_weeks.setValue(6)
    page.new_button.click()
    assert page.view is not None and page.view.rota.cycle_weeks == 6
    assert page.model.columnCount() == 42
    window.undo()
    assert page.view is None


def test_the_rota_page_fits_a_1024_wide_screen_with_the_grid_scrolling_sideways(
    rota_page: RotaPage, window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    page = rota_page
    assert page.width() <= 1024 - window.navigation.width()
    assert page.minimumSizeHint().width() <= page.width()
    for widget in (page.import_button, page.copy_button, page.remove_button, page.undo_button):
        corner = widget.mapTo(page, widget.rect().topRight())
        assert corner.x() <= page.width(), widget.objectName()


def test_today_shows_a_part_time_position_beside_the_name(
    window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    today = window.today

    def shown() -> dict[str, str]:
        return {
            str(c.staff_id): today.model.index(row, 1).data()
            for row, c in enumerate(today.model.rows())
            if c.staff_id
        }

    staff = {s.id: s for s in TeamService(demo_ctx).staff()}
    full_time = [i for i in shown() if staff[i].fte_percent == 100]
    part_time = [i for i in shown() if staff[i].fte_percent < 100]
    assert full_time and part_time  # the demo has both
    for staff_id in part_time:
        assert shown()[staff_id] == f"{staff[staff_id].name} ({staff[staff_id].fte_percent} %)"
    window.session.run(
        "position", lambda: TeamService(demo_ctx).update_staff(full_time[0], fte_percent=60)
    )
    qtbot.waitUntil(lambda: shown()[full_time[0]] == f"{staff[full_time[0]].name} (60 %)")
    assert all(shown()[i] == staff[i].name for i in full_time[1:])


def test_the_rota_page_warns_the_leader_of_what_the_rota_leaves_open(
    rota_page: RotaPage, demo_ctx: ServiceContext
) -> None:
    page = rota_page
    assert page.view is not None
    RotaService(demo_ctx).set_rule_limits(max_uncovered=0)
    page.reload()
    assert page.found and page.findings.isVisibleTo(page)
    assert page.findings.text().startswith(f"{len(page.found)} warnings about the rota.")
    every = page.findings.toolTip()  # all of them on hover
    assert "Nobody of" in every and "the first: week 1" in every
    assert every.count("\n\n") == len(page.found) - 1
    RotaService(demo_ctx).set_rule_limits(max_uncovered=1000, min_primary_percent=0)
    page.reload()
    assert not page.found and not page.findings.isVisibleTo(page)


def test_the_rota_warnings_reach_the_leaders_warnings_panel_with_the_shifts_listed(
    rota_page: RotaPage, window: MainWindow, qtbot: QtBot
) -> None:
    def rota_warnings() -> list[str]:
        return [f.text for f in window.warnings.model.rows() if f.code == "rota_uncovered"]

    assert rota_page.view is not None
    window.session.run(
        "limits", lambda: RotaService(window.session.ctx).set_rule_limits(max_uncovered=0)
    )
    qtbot.waitUntil(lambda: bool(rota_warnings()))
    assert all("the first: week 1 monday D" in text for text in rota_warnings())
    window.undo()
    qtbot.waitUntil(lambda: not rota_warnings())


def test_the_leader_edits_the_house_shifts_from_the_rota_page_each_change_undoable(
    rota_page: RotaPage, window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    rotas = RotaService(demo_ctx)
    dialog = rota_page.open_shift_kinds()
    qtbot.waitExposed(dialog)
    assert [k.code for k in dialog.kinds] == [k.code for k in rotas.shift_kinds()]
    night = next(k for k in dialog.kinds if k.crosses_midnight)
    row = dialog.kinds.index(night)
    assert dialog.model.index(row, 3).data() == "the next day"

    # A new shift crossing midnight, typed in the form.
    for field, text in (
        (dialog.code, "VN"),
        (dialog.name, "Våkenatt"),
        (dialog.starts, "21.45"),
        (dialog.ends, "0800"),
    ):
        field.setText(text)
    assert dialog.add()
    made = rotas.shift_kind_by_code("vn")
    assert (made.name, made.hours, made.crosses_midnight) == ("Våkenatt", "21:45–08:00", True)
    qtbot.waitUntil(lambda: "VN" in [k.code for k in dialog.kinds])

    # A change of the chosen shift; a code in use is refused with a sentence, nothing written.
    dialog.table.selectRow([k.code for k in dialog.kinds].index("VN"))
    assert dialog.code.text() == "VN" and dialog.ends.text() == "08:00"
    dialog.ends.setText("07:30")
    assert dialog.save()
    assert rotas.shift_kind_by_code("VN").hours == "21:45–07:30"
    dialog.code.setText("D")
    assert not dialog.save()
    assert "already the Day shift's" in dialog.refusal.text()
    assert dialog.code.text() == "D"  # what was typed stays
    assert rotas.shift_kind_by_code("VN").code == "VN"

    # Each change is one step of the window's undo.
    window.undo()
    assert rotas.shift_kind_by_code("VN").hours == "21:45–08:00"
    window.undo()
    qtbot.waitUntil(lambda: "VN" not in [k.code for k in dialog.kinds])

    # A shift a rota uses is not removed.
    assert rota_page.set_codes([(0, 0)], "D")
    dialog.table.selectRow([k.code for k in dialog.kinds].index("D"))
    assert not dialog.remove()
    assert dialog.refusal.text().startswith("The shift D is used on 1 day in the rotas.")
    dialog.close()


def test_staff_read_the_house_shifts_but_cannot_change_them(
    demo_ctx: ServiceContext, qtbot: QtBot, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    from tests.ui.ui_support import make_window

    from teamdesk.domain.accounts import AccountRole, Actor

    unit_id, _ = _first_unit(demo_ctx)
    RotaService(demo_ctx).create_rota(unit_id, MONDAY, 2)
    staff = ServiceContext(demo_ctx.store, Actor("Siri Ansatt", AccountRole.STAFF), demo_ctx.today)
    win = make_window(staff, settings, request)
    qtbot.addWidget(win)
    win.go_to(win.PAGES.index("rota"))
    dialog = win.rota.open_shift_kinds()
    assert len(dialog.kinds) == 4
    for button in (dialog.add_button, dialog.save_button, dialog.remove_button):
        assert not button.isEnabled() and "leaders" in button.toolTip().lower()
    dialog.close()
    win.close()
