"""Saving a document: the dialog opens where this kind of document went last time, the file is
named with the resident's initials, and a PC without a PDF viewer says where the file is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk.services.context import ServiceContext
from teamdesk.ui.common import export_flow
from teamdesk.ui.common.export_flow import initials, last_folder
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, house: PlanHouse) -> Iterator[PlanPage]:
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.show()
    yield page


class Dialog:
    """Stands in for the save dialog: records where it opened, answers with a chosen path."""

    def __init__(self) -> None:
        self.opened_at: list[Path] = []
        self.answer: Path | None = None

    def __call__(self, _parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        self.opened_at.append(Path(proposed))
        return (str(self.answer) if self.answer else "", "")


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> Dialog:
    fake = Dialog()
    monkeypatch.setattr(export_flow.QFileDialog, "getSaveFileName", fake)
    return fake


@pytest.fixture
def urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every file or folder TeamDesk asks the system to open; none opens (no PDF viewer)."""
    asked: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(export_flow.QDesktopServices, "openUrl", open_url)
    return asked


def test_a_file_name_carries_initials_not_the_full_name() -> None:
    assert initials("Per Åsmund Hansen") == "PÅH"
    assert initials("Anne-Lise  Berg") == "ALB"
    assert initials("") == ""


def test_the_save_dialog_opens_where_this_kind_of_document_went_last_time(
    page: PlanPage, dialog: Dialog, urls: list[QUrl], tmp_path: Path, qtbot: QtBot
) -> None:
    documents = last_folder("plan")
    assert page.export() is None  # cancelled: nothing is remembered
    assert dialog.opened_at[-1] == documents / "individual-plan-PÅH-draft.pdf"
    chosen = tmp_path / "plans for the meeting"
    chosen.mkdir()
    dialog.answer = chosen / "plan.pdf"
    written = page.export()
    assert written is not None
    qtbot.waitUntil(lambda: not written.running)
    summary = page.export(summary=True)
    assert summary is not None
    qtbot.waitUntil(lambda: not summary.running)
    assert dialog.opened_at[-1] == chosen / "my-plan-PÅH-draft.pdf"
    assert last_folder("meeting") == documents  # another kind keeps its own folder
    assert "Hansen" not in "".join(str(p.name) for p in dialog.opened_at)


def test_without_a_pdf_viewer_the_person_is_told_where_the_file_is(
    page: PlanPage, dialog: Dialog, urls: list[QUrl], tmp_path: Path, qtbot: QtBot
) -> None:
    dialog.answer = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.exported) as written:
        assert page.export() is not None
    assert written.args == [str(tmp_path / "plan.pdf")]
    assert (tmp_path / "plan.pdf").is_file()
    box = page.findChild(QMessageBox, "notOpenedBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "plan.pdf" in box.text() and str(tmp_path) in box.text()
    show = box.findChild(QPushButton, "showInFolderButton")
    assert show is not None and show.text() == "Show in folder"
    show.click()
    assert urls[-1] == QUrl.fromLocalFile(str(tmp_path))
