"""The Conflicts view (issue 11): reached from the Go menu and the warnings panel, both
versions side by side, a choice saved, undone with Edit > Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teamdesk.services.context import ServiceContext
from teamdesk.store.ids import HybridLogicalClock
from teamdesk.store.store import RemoteChange
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.sync.conflicts_view import ConflictsDialog


def edited_on_two_pcs(ctx: ServiceContext, mine: str, theirs: str) -> str:
    """A resident's "what matters" edited here and, without seeing it, on another PC."""
    store = ctx.store
    resident = str(store.query("SELECT id FROM resident ORDER BY name LIMIT 1")[0]["id"])
    head = store.cell_head("resident", resident, "what_matters")
    store.update("resident", resident, {"what_matters": mine}, actor=ctx.who)
    stamp = HybridLogicalClock.format(store.clock.wall_ms() - 60_000, 0)
    store.apply_remote(
        [
            RemoteChange(
                "resident",
                resident,
                "what_matters",
                theirs,
                stamp,
                "other-pc",
                "Per på kontoret",
                head[0] if head else None,
                head[1] if head else None,
            )
        ],
        {},
        actor=ctx.who,
        received_from="other-pc",
        summary="test",
    )
    return resident


def test_both_versions_side_by_side_a_choice_saved_and_undone(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    resident = edited_on_two_pcs(demo_ctx, "Hagen og kaffe.", "Hagen og musikk.")
    dialog = window.open_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.left.toPlainText() == "Hagen og kaffe."  # shown now: the later edit
    assert dialog.right.toPlainText() == "Hagen og musikk."
    assert "Per på kontoret" in dialog.right_label.text()
    qtbot.mouseClick(dialog.choose_right, Qt.MouseButton.LeftButton)
    assert demo_ctx.store.get("resident", resident)["what_matters"] == "Hagen og musikk."  # type: ignore[index]
    assert dialog.list.count() == 0
    assert not demo_ctx.store.query("SELECT 1 FROM sync_conflict")
    window.undo()
    assert demo_ctx.store.get("resident", resident)["what_matters"] == "Hagen og kaffe."  # type: ignore[index]


def test_a_combination_is_typed_and_saved(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    resident = edited_on_two_pcs(demo_ctx, "Hagen og kaffe.", "Hagen og musikk.")
    dialog = window.open_conflicts()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.combined.setPlainText("Hagen, kaffe og musikk.")
    qtbot.mouseClick(dialog.save_combined, Qt.MouseButton.LeftButton)
    assert demo_ctx.store.get("resident", resident)["what_matters"] == "Hagen, kaffe og musikk."  # type: ignore[index]


def test_the_warnings_panel_says_so_and_opens_the_view(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    edited_on_two_pcs(demo_ctx, "Hagen og kaffe.", "Hagen og musikk.")
    window.overview.reload()
    model = window.warnings.model
    qtbot.waitUntil(
        lambda: any(model.row_at(n).subject_kind == "conflicts" for n in range(model.rowCount()))
    )
    row = next(n for n in range(model.rowCount()) if model.row_at(n).subject_kind == "conflicts")
    window.warnings.list.setCurrentIndex(model.index(row, 0))
    window.warnings.list._open(model.index(row, 0))
    qtbot.waitUntil(lambda: window.findChild(ConflictsDialog) is not None)
