"""Rules a merge of two PCs broke offer their choices in the warnings panel (issue 11): two
primary contacts, "Keep Mari as primary contact" / "Keep Even as primary contact", taken
through the service, on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teamdesk.domain.findings import Finding
from teamdesk.services.context import ServiceContext
from teamdesk.ui.main_window import MainWindow


def second_primary(ctx: ServiceContext) -> tuple[str, str, str]:
    """A resident with a primary contact, given a second one as a sync from another PC would:
    (resident, the second staff member's name, the new assignment)."""
    store = ctx.store
    current = store.query(
        "SELECT a.resident_id, a.staff_id FROM assignment AS a "
        "JOIN resident AS r ON r.id = a.resident_id "
        "WHERE a.role = 'primary' AND a.deleted_at IS NULL AND a.valid_to IS NULL "
        "AND r.deleted_at IS NULL AND r.moved_out IS NULL ORDER BY r.name LIMIT 1"
    )[0]
    other = store.query(
        "SELECT id, name FROM staff WHERE id != ? AND active = 1 AND deleted_at IS NULL "
        "ORDER BY name LIMIT 1",
        (current["staff_id"],),
    )[0]
    assignment = store.insert(
        "assignment",
        {
            "resident_id": current["resident_id"],
            "staff_id": other["id"],
            "role": "primary",
            "valid_from": "2026-01-01",
        },
        actor="Per på kontoret",
    )
    return str(current["resident_id"]), str(other["name"]), assignment


def several(window: MainWindow, resident: str) -> int | None:
    model = window.warnings.model
    for n in range(model.rowCount()):
        finding: Finding = model.row_at(n)
        if finding.code == "several_primary" and finding.subject_id == resident:
            return n
    return None


def test_two_primary_contacts_offer_a_button_for_each_and_the_choice_undoes(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    resident, name, assignment = second_primary(demo_ctx)
    window.overview.reload()
    qtbot.waitUntil(lambda: several(window, resident) is not None)
    panel = window.warnings
    row = several(window, resident)
    assert row is not None
    before = panel.needed_height(768)
    panel.list.setCurrentIndex(panel.model.index(row, 0))
    qtbot.waitUntil(lambda: len(panel.choice_buttons()) == 2)
    assert panel.choices.isVisibleTo(panel)
    # The buttons get their own room in the panel; the warnings keep theirs.
    assert panel.needed_height(768) > before
    labels = [b.text() for b in panel.choice_buttons()]
    assert f"Keep {name} as primary contact" in labels
    # Keeping the other one ends the assignment made "on the other PC".
    [keep_other] = [
        b for b in panel.choice_buttons() if b.text() != f"Keep {name} as primary contact"
    ]
    qtbot.mouseClick(keep_other, Qt.MouseButton.LeftButton)
    ended = demo_ctx.store.get("assignment", assignment)
    assert ended is not None and ended["valid_to"] is not None
    qtbot.waitUntil(lambda: several(window, resident) is None)
    # Edit > Undo brings the second primary contact back, and the warning with its choices.
    window.undo()
    assert demo_ctx.store.get("assignment", assignment)["valid_to"] is None  # type: ignore[index]
    qtbot.waitUntil(lambda: several(window, resident) is not None)


def test_a_warning_without_choices_shows_no_buttons(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    panel = window.warnings
    qtbot.waitUntil(panel.is_loaded)
    plain = next(
        (n for n in range(panel.model.rowCount()) if not panel.model.row_at(n).choices), None
    )
    assert plain is not None
    panel.list.setCurrentIndex(panel.model.index(plain, 0))
    assert panel.choice_buttons() == []
    assert not panel.choices.isVisibleTo(panel)
