"""The hand-over sheet in the program (issue 13): this shift or the next, residents with none
of their people on it by unit, and Print writes the one-page PDF in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teamdesk.services.context import ServiceContext
from teamdesk.services.demo_rota import add_demo_rotas
from teamdesk.ui.main_window import MainWindow


def test_the_hand_over_sheet_for_this_shift_and_the_next_prints(
    window: MainWindow,
    demo_ctx: ServiceContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = window.open_handover()
    assert "no rota yet" in empty.summary.text() and not empty.print_button.isEnabled()
    empty.close()
    add_demo_rotas(demo_ctx)
    dialog = window.open_handover()
    assert dialog.sheet is not None
    assert dialog.this_shift.text().startswith("This shift: ")
    shown = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).childCount()
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert shown == {unit: len(lines) for unit, lines in dialog.sheet.groups}
    assert f"{dialog.sheet.uncovered} of {dialog.sheet.residents}" in dialog.summary.text()
    this_shift = dialog.sheet.shift
    dialog.next_shift.setChecked(True)
    assert dialog.sheet is not None and dialog.sheet.shift.begins > this_shift.begins
    out = tmp_path / "overlevering.pdf"
    monkeypatch.setattr(dialog, "choose_export_path", lambda _name: out)
    monkeypatch.setattr(dialog, "open_file", lambda _path: None)
    dialog.print_button.click()
    qtbot.waitUntil(out.exists)  # written in the background
    assert out.read_bytes().startswith(b"%PDF")
    dialog.close()
