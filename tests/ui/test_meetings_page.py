"""A coordinator prepares a meeting from a demo plan, holds it, documents it and prints the
minutes, in the GUI: every edit saved at once and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.support import TODAY

from teamdesk.domain.meetings import AgendaKind, MeetingStatus
from teamdesk.services.plan import PlanService
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.meetings.meeting_editor import MeetingEditor


def _plan_resident(window: MainWindow) -> tuple[str, str]:
    """A demo resident whose plan is under revision, and that plan's id."""
    row = window.session.ctx.store.query_one(
        "SELECT id, resident_id FROM plan WHERE status = 'under_revision'"
    )
    assert row is not None
    return row["resident_id"], row["id"]


def _open_plan_page(window: MainWindow, resident_id: str) -> None:
    window.open_resident(resident_id)
    page = window.residents.page
    page.tabs.setCurrentWidget(page.plan_page)
    assert page.plan_page.plan_id is not None


@pytest.fixture
def editor(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    """A new meeting prepared from the plan of a demo resident: the plan page's button opens
    the meeting already planned, and Prepare a meeting beside the resident's meetings adds
    one."""
    resident_id, plan_id = _plan_resident(window)
    _open_plan_page(window, resident_id)
    button = window.residents.page.plan_page.prepare_meeting_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "meetings"
    planned = window.meetings.editor.meeting_id
    assert "already planned" in window.status_message.text()
    qtbot.mouseClick(window.meetings.prepare_button, Qt.MouseButton.LeftButton)
    editor = window.meetings.editor
    assert editor.meeting_id not in (None, planned)
    assert editor.page is not None and editor.page.meeting.plan_id == plan_id
    return editor


def test_a_meeting_prepared_from_the_plan_invites_its_people_and_drafts_the_agenda(
    window: MainWindow, editor: MeetingEditor
) -> None:
    page = editor.page
    assert page is not None
    plan = PlanService(window.session.ctx).content(page.meeting.plan_id)
    invited = {p.name for p in page.participants}
    assert {p.name for p in plan.participants} <= invited
    assert plan.coordinator_name in invited
    # A real plural, not "4 professional(s)" (issue 10).
    assert page.professionals > 1
    assert f"{page.professionals} professionals around" in editor.professionals.text()
    kinds = [a.kind for a in page.agenda]
    assert kinds[0] is AgendaKind.OPENING and kinds[-1] is AgendaKind.NEXT_MEETING
    assert AgendaKind.FOLLOW_UP in kinds  # the overdue decision from the last meeting
    # The new meeting is listed among the resident's meetings, chosen.
    view = window.meetings
    assert view.meetings_model.row_of(page.meeting.id) == view.meetings_table.currentIndex().row()
    # One undo takes the whole preparation away.
    window.session.undo_stack.undo()
    assert editor.page is None
    window.session.undo_stack.redo()
    assert editor.page is not None and editor.page.meeting.id == page.meeting.id


def test_moving_the_meeting_and_a_next_meeting_too_far_ahead_are_explained(
    window: MainWindow, editor: MeetingEditor, qtbot: QtBot
) -> None:
    editor.details.place_edit.setFocus()
    editor.details.place_edit.selectAll()
    qtbot.keyClicks(editor.details.place_edit, "Kafeen")
    qtbot.keyClick(editor.details.place_edit, Qt.Key.Key_Return)
    assert editor.page is not None and editor.page.meeting.place == "Kafeen"
    editor.details.next_edit.setText("2099-01-01")
    editor.details.next_edit.editingFinished.emit()
    assert editor.details.next_edit.property("invalid")
    assert "at most six months ahead" in window.banner.text()
    qtbot.mouseClick(editor.details.use_proposed, Qt.MouseButton.LeftButton)
    assert editor.page.meeting.next_meeting == editor.page.proposed_next
    assert not editor.details.next_edit.property("invalid")


def test_minutes_a_decision_a_measure_and_the_minutes_pdf(
    window: MainWindow,
    editor: MeetingEditor,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = editor.page
    assert page is not None
    # The meeting is held: minutes under the goal's evaluation.
    goal_row = next(i for i, a in enumerate(page.agenda) if a.kind is AgendaKind.GOAL_EVALUATION)
    editor.agenda.agenda_table.selectRow(goal_row)
    editor.agenda.minutes_edit.setFocus()
    qtbot.keyClicks(editor.agenda.minutes_edit, "Turene går fint; beboeren vil prøve svømming.")
    qtbot.keyClick(
        editor.agenda.minutes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert editor.page is not None
    assert editor.page.agenda[goal_row].minutes.startswith("Turene går fint")

    # A decision without a responsible person is refused in words; then recorded properly.
    qtbot.keyClicks(editor.decisions.decision_what, "Prøve svømmehallen på torsdager")
    editor.decisions.decision_due.setText((TODAY.replace(year=TODAY.year + 1)).isoformat())
    editor.decisions.responsible_combo.setCurrentIndex(-1)
    qtbot.mouseClick(editor.decisions.record_button, Qt.MouseButton.LeftButton)
    assert "every decision has one responsible person" in window.banner.text()
    assert editor.decisions.actions_model.rowCount() == 0
    staff_row = next(
        i for i, c in enumerate(editor.page.responsible_choices) if c.staff_id is not None
    )
    editor.decisions.responsible_combo.setCurrentIndex(staff_row)
    qtbot.mouseClick(editor.decisions.record_button, Qt.MouseButton.LeftButton)
    assert editor.decisions.actions_model.rowCount() == 1
    decision = editor.decisions.actions_model.row_at(0)
    assert decision.item.agenda_item_id == editor.page.agenda[goal_row].id
    assert decision.responsible_name == editor.page.responsible_choices[staff_row].name

    # The decision becomes a measure of the plan in one step, serving the goal evaluated.
    editor.decisions.actions_table.selectRow(0)
    qtbot.mouseClick(editor.decisions.measure_button, Qt.MouseButton.LeftButton)
    plans = PlanService(window.session.ctx)
    measures = plans.content(editor.page.meeting.plan_id).measures
    [measure] = [m for m in measures if m.what == "Prøve svømmehallen på torsdager"]
    assert measure.goal_id == editor.page.agenda[goal_row].ref_id
    assert "plan measure" in editor.decisions.actions_model.index(0, 3).data()
    assert not editor.decisions.measure_button.isEnabled()
    window.undo()
    assert measure.id not in [m.id for m in plans.content(editor.page.meeting.plan_id).measures]
    window.redo()
    assert measure.id in [m.id for m in plans.content(editor.page.meeting.plan_id).measures]

    # The minutes as a PDF, where the person chooses.
    out = tmp_path / "minutes.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(editor, "choose_export_path", lambda _name, _filter: out)
    monkeypatch.setattr(editor, "open_file", opened.append)
    qtbot.mouseClick(editor.minutes_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))  # written in the background
    assert opened == [out]
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Minutes: Responsibility-group meeting" in text
    assert "Turene går fint; beboeren vil prøve svømming." in text
    assert "Decision: Prøve svømmehallen på torsdager" in text
    assert "DRAFT" in text  # the meeting is in two weeks: not held yet
    assert editor.page.meeting.status is MeetingStatus.PLANNED


def test_the_agenda_is_reordered_extended_and_trimmed_with_undo(
    window: MainWindow, editor: MeetingEditor, qtbot: QtBot
) -> None:
    assert editor.page is not None
    before = [a.title for a in editor.page.agenda]
    qtbot.keyClicks(editor.agenda.new_item, "Ferieplaner i sommer")
    qtbot.keyClick(editor.agenda.new_item, Qt.Key.Key_Return)
    titles = [a.title for a in editor.page.agenda]
    assert titles[-2] == "Ferieplaner i sommer"  # before "Next meeting"
    assert editor.selected_item() is not None
    assert editor.selected_item().title == "Ferieplaner i sommer"  # type: ignore[union-attr]
    qtbot.mouseClick(editor.agenda.up_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in editor.page.agenda][-3] == "Ferieplaner i sommer"
    qtbot.mouseClick(editor.agenda.remove_item_button, Qt.MouseButton.LeftButton)
    assert "Ferieplaner i sommer" not in [a.title for a in editor.page.agenda]
    for _ in range(3):
        window.undo()
    assert [a.title for a in editor.page.agenda] == before


def test_upcoming_meetings_and_open_decisions_by_person_are_listed(
    window: MainWindow,
) -> None:
    window.go_to(window.PAGES.index("meetings"))
    view = window.meetings
    assert view.meetings_model.rowCount() == 3
    assert all(m.status is MeetingStatus.PLANNED for m in view.meetings_model.rows())
    view.mode.setCurrentIndex(2)
    rows = view.actions_model.rows()
    assert rows and [r[0] for r in rows] == sorted((r[0] for r in rows), key=str.casefold)
    view.actions_table.selectRow(0)
    assert view.editor.meeting_id == rows[0][1].meeting.id
