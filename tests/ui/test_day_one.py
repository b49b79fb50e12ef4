"""Day one in the program (issue 13): an empty house's Today page offers to import its staff
list and its residents with their contacts; each import shows its preview first, writes nothing
on Cancel, and is one step that Undo takes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.store import team_repo
from teamdesk.ui.main_window import MainWindow


def _changes(ctx: ServiceContext) -> int:
    return int(ctx.store.query_one("SELECT COUNT(*) FROM change")[0])  # type: ignore[index]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    text = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def test_an_empty_house_imports_its_staff_then_its_residents_from_today(
    empty_window: MainWindow, ctx: ServiceContext, tmp_path: Path, qtbot: QtBot
) -> None:
    window = empty_window
    TeamService(ctx).create_unit("Solsikken")
    today = window.today
    assert today.day_one.isVisible() and today.import_staff_button.isEnabled()
    asked: list[str] = []
    window.imports.choose = asked.append  # type: ignore[method-assign]
    today.import_list.disconnect()
    today.import_list.connect(window.imports.choose)
    today.import_staff_button.click()
    today.import_residents_button.click()
    assert asked == ["staff", "residents"]

    staff_file = _csv(
        tmp_path / "ansatte.csv",
        [
            ["Ansattnr", "Navn", "Utdanning", "Stilling", "Avdeling"],
            ["1001", "Åse Ødegård", "Sykepleier", "80", "Solsikken"],
            ["1002", "Even Moen", "Helsefagarbeider", "100", "Solsikken"],
            ["1003", "Per Vikar", "Assistent", "20", "Månestrålen"],
        ],
    )
    before = _changes(ctx)
    dialog = window.imports.start("staff", staff_file)
    assert dialog is not None and dialog.preview is not None
    shown = dialog.preview_text.toPlainText()
    assert shown.index("Månestrålen") < shown.index("New staff to register: 2.")
    dialog.reject()
    assert _changes(ctx) == before  # Cancel writes nothing

    dialog = window.imports.start("staff", staff_file)
    assert dialog is not None
    dialog.import_button.click()
    assert [s.name for s in TeamService(ctx).staff()] == ["Even Moen", "Åse Ødegård"]
    assert "Import staff from ansatte.csv" in window.session.undo_stack.undoText()

    residents_file = _csv(
        tmp_path / "beboere.csv",
        [
            ["Beboer", "Rom", "Avdeling", "Innflyttet", "Hovedkontakt", "Sekundær"],
            ["Per Hansen", "101", "Solsikken", "01.03.2024", "1001", "Even Moen"],
        ],
    )
    dialog = window.imports.start("residents", residents_file)
    assert dialog is not None
    primary = dialog.pickers["primary"]
    assert isinstance(primary, QComboBox) and primary.currentData() == "Hovedkontakt"
    primary.setCurrentIndex(primary.findData(""))  # "not in the file": no primary contacts
    assert "Contacts and team members to give: 1." in dialog.preview_text.toPlainText()
    primary.setCurrentIndex(primary.findData("Hovedkontakt"))
    assert "Contacts and team members to give: 2." in dialog.preview_text.toPlainText()
    dialog.import_button.click()
    [per] = TeamService(ctx).residents()
    roles = {a.role for a in team_repo.assignments(ctx.store, resident_id=per.id)}
    assert roles == {Role.PRIMARY, Role.SECONDARY}
    qtbot.waitUntil(lambda: today.model.rowCount() == 1)
    assert not today.day_one.isVisible()

    window.undo()  # the whole resident import, contacts and all
    assert TeamService(ctx).residents() == []
    assert [s.name for s in TeamService(ctx).staff()] == ["Even Moen", "Åse Ødegård"]


def test_the_import_menu_is_off_with_the_reason_for_those_who_may_not(
    qtbot: QtBot, ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    staff_ctx = ServiceContext(ctx.store, Actor("Sara Ansatt", AccountRole.STAFF), ctx.today)
    window = make_window(staff_ctx, settings, request)
    qtbot.addWidget(window)
    for action in (window.import_staff_action, window.import_residents_action):
        assert not action.isEnabled()
        assert action.statusTip().startswith("Only")
    window.close()
