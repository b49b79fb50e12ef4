"""The check-in on how we work together (issue 15), as people use it: a member of staff answers
on the shared PC with the keyboard alone, the coordinator types in a printed form and closes
the round, and everyone reads the results, what works first, with the trend as a chart."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.relations import DIMENSIONS
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.relations import RelationService
from teamdesk.services.team import TeamService
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.relations.page import RelationsView
from teamdesk.ui.session import Session

WEAK_RESIDENT = "Aslak Karlsen"  # the demo's resident whose outside services stay weak


def _relations(window: MainWindow) -> RelationsView:
    window.go_to(window.PAGES.index("relations"))
    return window.relations


def _choose(view: RelationsView, name: str) -> None:
    rows = view.model.rows()
    row = next(i for i, r in enumerate(rows) if r.name == name)
    view.table.selectRow(row)


def test_the_results_lead_with_what_works_and_show_the_grid_and_the_trend(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _relations(window)
    _choose(view, WEAK_RESIDENT)
    results = view.results
    qtbot.waitUntil(lambda: results.grid_model.rowCount() > 0)
    assert results.works.isVisible() and results.works.text()
    layout = results.layout()
    assert (
        layout.indexOf(results.works) < layout.indexOf(results.grid) < layout.indexOf(results.agree)
    )
    # Weakest first, with the value in the cell as well as the shade.
    first = results.grid_model.rows[0]
    assert not first.tie.startswith("@") and first.index is not None and first.index < 3
    cell = results.grid_model.index(0, len(DIMENSIONS))
    assert results.grid_model.data(cell) == f"{first.index:.1f}"
    assert "Agree" in results.agree.text() or "agree" in results.agree.text().lower()
    assert "Relatives" in results.hidden.text()  # two answered: no figures, and it says so
    assert results.chart.isVisible() and "<svg" in results.chart.svg


def test_a_coordinator_starts_types_in_a_form_and_closes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _relations(window)
    rows = view.model.rows()
    fresh = next(r for r in rows if r.latest is None and r.resident_id)
    _choose(view, fresh.name)
    assert view.start_button.isEnabled()
    start = view.start()
    assert start is not None
    assert start.chosen_ties()[:2] == ["@primary", "@secondary"]
    start.accept()
    qtbot.waitUntil(lambda: view.close_button.isEnabled())
    form = view.enter_form()
    assert form is not None
    form.table.setFocus()
    qtbot.keyClicks(form.table, "4352?41")
    assert form.model.values[(0, 6)] == 1 and form.model.values[(0, 4)] == 0
    assert form.table.currentIndex().row() == 1  # moved on to the next role by itself
    qtbot.keyClick(form.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "1 have answered" in view.status.text())
    monkeypatch.setattr(view, "confirm", lambda _text: True)
    view.close_button.click()
    qtbot.waitUntil(lambda: view.results.grid_model.rowCount() > 0)
    assert all(not r.shown for r in view.results.grid_model.rows)
    assert view.results.hidden.isVisible()


@pytest.fixture
def staff_view(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings
) -> tuple[RelationsView, str]:
    """The page as a member of staff on the shared PC sees it, with a check-in open for a
    resident she is the primary contact of."""
    team = TeamService(demo_ctx)
    resident = next(r for r in team.residents() if RelationService(demo_ctx).rounds(r.id) == [])
    staff_id = team.create_staff("Sara Svarer").row_id or ""
    team.assign(resident.id, staff_id, Role.MEMBER, date(2026, 1, 1))
    RelationService(demo_ctx).start_round(
        TODAY + timedelta(days=10), ["@primary", "@night"], resident_id=resident.id
    )
    ctx = ServiceContext(
        demo_ctx.store,
        Actor("Sara Svarer", AccountRole.STAFF, staff_id=staff_id),
        today=demo_ctx.today,
    )
    view = RelationsView(Session(ctx), settings)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    return view, resident.id


def test_staff_answer_on_the_shared_pc_with_the_keyboard_alone(
    staff_view: tuple[RelationsView, str], qtbot: QtBot
) -> None:
    view, resident_id = staff_view
    qtbot.waitUntil(view.answer_waiting_button.isVisible)
    assert "waits for your answer" in view.waiting.text()
    dialog = view.answer_waiting()
    assert dialog is not None
    assert dialog.width() <= 1024 and dialog.height() <= 768
    assert "statement 1 of 7" in dialog.statement.text()
    qtbot.keyClicks(dialog.table, "55545443322?12")  # two roles, seven statements each
    assert dialog.focusWidget() is dialog.hand_in_button  # after the last box: Hand in
    assert "14 of 14" in dialog.progress.text()
    qtbot.mouseClick(dialog.hand_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.answer_waiting_button.isVisible())
    page = view.service.round_page(view.service.rounds(resident_id)[-1].id)
    assert page.has_answered and page.respondents == 1 and not page.may_answer
    # Nothing is shown while the round is open.
    assert page.result is None


def _folder(tmp_path: Path) -> Path:
    wanted = os.environ.get("TEAMDESK_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_screenshots_of_the_results_and_the_form(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    folder = _folder(tmp_path)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    view = _relations(window)
    _choose(view, WEAK_RESIDENT)
    qtbot.waitUntil(lambda: view.results.grid_model.rowCount() > 0)
    _shoot(window, folder / f"relations-{size[0]}x{size[1]}.png")
    # The whole results panel, as the page scrolls through it: the grid, the ties to agree
    # on and the trend chart.
    _shoot(view.results, folder / f"relations-results-{size[0]}x{size[1]}.png")
    svc = view.service
    resident = next(r for r in view.model.rows() if r.latest is None and r.resident_id)
    round_id = svc.start_round(
        TODAY + timedelta(days=10),
        svc.default_ties(resident.resident_id),
        resident_id=resident.resident_id,
    )
    page = svc.round_page(round_id)
    dialog = view._answer_dialog(page.round, on_paper=True)
    qtbot.keyClicks(dialog.table, "4433455")
    _shoot(dialog, folder / f"relations-form-{size[0]}x{size[1]}.png")
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    dialog.reject()


def test_a_leader_runs_a_check_in_for_a_whole_unit(window: MainWindow, qtbot: QtBot) -> None:
    view = _relations(window)
    unit = next(r for r in view.model.rows() if r.unit_id)
    assert view.model.rows()[0].unit_id  # whole units come first
    _choose(view, unit.name)
    start = view.start()
    assert start is not None and start.chosen_ties()[-1] == "@leader"
    start.accept()
    qtbot.waitUntil(lambda: view.close_button.isEnabled())
    rounds = view.service.unit_rounds(unit.unit_id or "")
    assert len(rounds) == 1 and rounds[0].resident_id is None
    assert not view.print_button.isEnabled()


def test_the_coordinator_overview_names_teams_without_a_check_in(window: MainWindow) -> None:
    window.go_to(window.PAGES.index("coordinators"))
    label = window.coordinators.overview.stale_checkins
    assert label.isVisible()
    assert "without a check-in on working together for 6 months" in label.text()
    assert WEAK_RESIDENT not in label.text()  # had one a month ago
    stale = len(RelationService(window.session.ctx).stale_teams())
    assert stale > 8  # the sentence names eight and counts the rest (it said "…. Start")
    assert f"and {stale - 8} more. Start one on Teamwork." in label.text()
    assert "…" not in label.text()


def test_a_meeting_agenda_gets_how_we_work_together(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to(window.PAGES.index("meetings"))
    meetings = window.meetings
    rows = meetings.meetings_model.rows()
    with_results = next(
        (m for m in rows if window.relations.service.report(m.resident_id).latest), None
    )
    meeting = with_results or rows[0]
    meetings.show_meeting(meeting.id)
    editor = meetings.editor
    qtbot.waitUntil(lambda: editor.page is not None and editor.page.meeting.id == meeting.id)
    before = len(editor.page.agenda) if editor.page else 0
    editor.agenda.relations_item_button.click()
    qtbot.waitUntil(lambda: editor.page is not None and len(editor.page.agenda) == before + 1)
    assert editor.page is not None
    added = [a for a in editor.page.agenda if a.title == "How we work together"]
    assert len(added) == 1 and added[0].detail


def test_the_chart_library_is_loaded_only_when_a_chart_is_drawn() -> None:
    """Start-up and the main window do not pay for charts (issue 15)."""
    import subprocess
    import sys

    code = (
        "import sys; import teamdesk.ui.main_window; "
        "print('leather' in sys.modules, 'teamdesk.reports.relation_chart' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "False"]
