"""Everyday use (issue 10, rows 8 and 15): a coordinator's own work one click away on Today,
"Only mine" on the residents list, whole names in the list, table columns that hold after an
edit, and picker marks in words."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QTableView
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.app import gui_arguments
from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.plan_rules import CoordinatorCheck
from teamdesk.domain.rules import CoverageKind
from teamdesk.services.context import ServiceContext
from teamdesk.services.my_plans import MyWorkKind
from teamdesk.ui.common.labels import coordinator_choice
from teamdesk.ui.guide import GUIDE_PAGES, GuideDialog
from teamdesk.ui.language import choose_language, install_language
from teamdesk.ui.main_window import MainWindow


def _staff(ctx: ServiceContext, name: str) -> tuple[str, str]:
    row = ctx.store.query_one("SELECT id, unit_id FROM staff WHERE name = ?", (name,))
    assert row is not None, f"the demo has {name}"
    return str(row["id"]), str(row["unit_id"])


def _window_as(
    qtbot: QtBot,
    ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
    name: str,
    role: AccountRole = AccountRole.COORDINATOR,
) -> MainWindow:
    staff_id, unit_id = _staff(ctx, name)
    actor = Actor(name, role, f"account-{staff_id}", staff_id, unit_id)
    win = make_window(ServiceContext(ctx.store, actor, ctx.today), settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    return win


@pytest.fixture
def hilde(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The main window as Hilde Johnsen, a coordinator of two plans in the demo."""
    win = _window_as(qtbot, demo_ctx, settings, request, "Hilde Johnsen")
    yield win
    win.close()


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


# -- row 8: my plans ---------------------------------------------------------------------------


def test_today_shows_a_coordinator_their_plans_and_one_click_opens_each(
    hilde: MainWindow, qtbot: QtBot
) -> None:
    today = hilde.today
    assert today.my_box.isVisible() and today.my_table.isVisible()
    items = today.my_model.rows()
    kinds = {i.kind for i in items}
    assert {MyWorkKind.EVALUATION, MyWorkKind.CONSENT, MyWorkKind.MEETING} <= kinds
    assert items[0].overdue, "what is overdue comes first"
    assert "You coordinate 2 plans." in today.my_summary.text()

    evaluation = next(i for i, item in enumerate(items) if item.kind is MyWorkKind.EVALUATION)
    _click_row(qtbot, today.my_table, evaluation)  # one click
    page = hilde.residents.page
    assert hilde.current_page() == "residents"
    assert page.resident_id() == items[evaluation].resident_id
    assert page.tabs.currentWidget() is page.plan_page

    hilde.go_to(0)
    meeting = next(i for i, item in enumerate(items) if item.kind is MyWorkKind.MEETING)
    _click_row(qtbot, today.my_table, meeting)  # one click
    assert hilde.current_page() == "meetings"
    assert hilde.meetings.editor.meeting_id == items[meeting].meeting_id


def test_my_plans_holds_the_decisions_a_meeting_gave_me_and_enter_opens_the_meeting(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> None:
    # Mari Nilsen coordinates no plan, but a meeting made her responsible for a decision.
    win = _window_as(qtbot, demo_ctx, settings, request, "Mari Nilsen", AccountRole.STAFF)
    try:
        today = win.today
        assert today.my_box.isVisible()
        [decision] = today.my_model.rows()
        assert decision.kind is MyWorkKind.DECISION
        assert "Decision you are responsible for: «" in today.my_model.index(0, 2).data()
        today.my_table.setFocus()
        today.my_table.setCurrentIndex(today.my_model.index(0, 0))
        qtbot.keyClick(today.my_table, Qt.Key.Key_Return)
        assert win.current_page() == "meetings"
        assert win.meetings.editor.meeting_id == decision.meeting_id
    finally:
        win.close()


def test_a_leader_without_a_staff_record_has_no_my_plans(window: MainWindow) -> None:
    assert not window.today.my_box.isVisible()
    assert not window.residents.only_mine.isVisibleTo(window)


def test_my_plans_follows_an_edit(hilde: MainWindow, qtbot: QtBot) -> None:
    before = len(hilde.today.my_model.rows())
    consent = next(i for i in hilde.today.my_model.rows() if i.kind is MyWorkKind.CONSENT)
    plans = hilde.residents.page.plan_page.service
    participant = next(
        p.id
        for p in plans.content(consent.plan_id).participants
        if p.share_consent_expires is not None
    )
    hilde.session.run(
        "renew", lambda: plans.update_participant(participant, share_consent_expires=None)
    )
    qtbot.waitUntil(lambda: len(hilde.today.my_model.rows()) == before - 1)
    # An edit made while another page is shown is there on coming back to Today.
    hilde.go_to(1)
    plan = next(
        i for i in hilde.today.my_model.rows() if i.what.render() == "Evaluation of the plan"
    )
    far = hilde.session.ctx.today().replace(year=hilde.session.ctx.today().year + 1)
    hilde.session.run("later", lambda: plans.update_plan(plan.plan_id, evaluation_date=far))
    hilde.go_to(0)
    qtbot.waitUntil(lambda: len(hilde.today.my_model.rows()) == before - 2)


def test_only_mine_lists_the_residents_whose_plan_i_coordinate_or_i_have_a_role_for(
    hilde: MainWindow, qtbot: QtBot
) -> None:
    hilde.go_to(1)
    view = hilde.residents
    everyone = view.model.rowCount()
    assert view.only_mine.isVisible()
    assert "coordinate" in view.only_mine.toolTip() and "team member" in view.only_mine.toolTip()
    view.only_mine.setChecked(True)
    listed = {view.model.id_at(r) for r in range(view.model.rowCount())}
    # Worked out from what the person sees: the team cards and the plans' coordinators.
    me = hilde.session.ctx.actor.staff_id
    team, plans = hilde.session.team, hilde.residents.page.plan_page.service
    expected = set()
    for resident in team.residents():
        card = team.team_card(resident.id)
        roles = [s.id for _, s in (*card.primary, *card.secondary, *card.members)]
        plan = plans.plan_of_resident(resident.id)
        if me in roles or (plan is not None and plan.coordinator_id == me):
            expected.add(resident.id)
    assert listed == expected and 0 < len(listed) < everyone
    assert view.count.text().startswith(f"Your residents: {len(listed)}.")
    view.only_mine.setChecked(False)
    assert view.model.rowCount() == everyone


# -- row 15: names, widths, marks --------------------------------------------------------------


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_residents_list_shows_whole_names_for_a_coordinator(
    hilde: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    # The name column stretched into what the other columns left over, down to 40 px: "Ah…".
    hilde.go_to(1)
    hilde.resize(*size)
    table = hilde.residents.table
    table.selectRow(0)
    hilde.residents.page.tabs.setCurrentWidget(hilde.residents.page.plan_page)
    qtbot.wait(100)  # let the layout settle: the header sizes its columns on the resize events
    metrics = table.fontMetrics()
    width = table.columnWidth(0)
    for row in range(table.model().rowCount()):
        name = table.model().index(row, 0).data()
        assert metrics.horizontalAdvance(name) + 8 <= width, name
    # ... and the list's filters do not widen it into the resident's page.
    page = hilde.residents.page
    page.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    scroll = hilde.residents.findChild(QScrollArea, "residentPageScroll")
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0


def _widths(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def test_the_team_tables_keep_their_columns_after_an_edit(window: MainWindow, qtbot: QtBot) -> None:
    resident = window.session.team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    table = page.team_table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    before = _widths(table)
    assert sum(before) == table.viewport().width(), "the columns fill the table"
    room = page.fields["room"]
    room.setFocus()
    room.selectAll()
    qtbot.keyClicks(room, "B-12")
    page.fields["moved_in"].setFocus()  # saves the room: an edit, and the page reloads
    assert window.session.team.resident(resident.id).room == "B-12"
    assert _widths(table) == before
    assert sum(_widths(table)) == table.viewport().width()


def test_the_teams_page_tables_fill_their_width_after_an_edit(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_to(3)
    teams = window.teams
    teams.table.selectRow(0)
    staff = teams.staff_table
    qtbot.waitUntil(lambda: staff.model().rowCount() > 0)
    teams.staff_picker.setCurrentIndex(0)
    qtbot.mouseClick(teams.add_member_button, Qt.MouseButton.LeftButton)
    for table in (staff, teams.residents_table):
        if table.isVisible():
            assert sum(_widths(table)) == table.viewport().width()


def test_a_coordinator_candidate_is_marked_in_words_the_fonts_have() -> None:
    # "Frida Øverland ⛔" showed an empty box: the sign is not in the shipped font.
    text = coordinator_choice(
        "Frida Øverland", [CoordinatorCheck.ROLE_CONFLICT, CoordinatorCheck.UNTRAINED]
    )
    assert text == "Frida Øverland (role conflict, no coordinator course)"
    assert coordinator_choice("Even Moen", []) == "Even Moen"


# -- row 15: the guide (F1) --------------------------------------------------------------------


def _press_f1(qtbot: QtBot, window: MainWindow) -> GuideDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return guide


def test_f1_opens_the_guide_for_the_page_the_person_is_on(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = window.findChild(QMenu, "helpMenu")
    assert help_menu is not None
    assert [a.text() for a in help_menu.actions() if a.text()] == ["&Guide", "&About TeamDesk"]
    guide = _press_f1(qtbot, window)
    assert guide.current_page() == "today"
    text = guide.text.toPlainText()
    assert "Who covers a resident today" in text and "Lock and switch user" in text
    assert "“Turn to” names who to go to" in text

    window.open_resident(window.session.team.residents()[0].id)
    page = window.residents.page
    page.tabs.setCurrentWidget(page.plan_page)
    guide = _press_f1(qtbot, window)
    assert guide.current_page() == "plan"
    text = guide.text.toPlainText()
    assert "Add a goal" in text and "Print the plan" in text and "Print plan (PDF)…" in text
    for key in GUIDE_PAGES:  # every page has tasks of its own
        guide.show_page(key)
        assert guide.tasks(key), key
        assert guide.current_page() == key


def _sentences(html_text: str) -> list[str]:
    return [s for s in re.findall(r"<(?:h2|h3|li)>(.*?)</(?:h2|h3|li)>", html_text) if s]


def test_the_guide_speaks_bokmal(qapp: QApplication) -> None:
    english = GuideDialog()
    before = {key: _sentences(english.page_html(key)) for key in GUIDE_PAGES}
    options = gui_arguments().parse_args(["--language", "nb"])
    assert install_language(qapp, choose_language(options.language))
    try:
        norwegian = GuideDialog()
        for key in GUIDE_PAGES:
            after = _sentences(norwegian.page_html(key))
            assert len(after) == len(before[key])
            untranslated = [e for e, n in zip(before[key], after, strict=True) if e == n]
            assert untranslated == [], untranslated
        norwegian.show_page("today")
        assert "Hvem har ansvaret for en beboer i dag" in norwegian.text.toPlainText()
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_today_leaves_room_for_why_at_laptop_widths(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    # "Who covers a resident today" is read on Today: the reason must be readable whole.
    window.resize(*size)
    qtbot.wait(100)  # the resize events reach the table
    table = window.today.table
    model = window.today.model
    # The commonest line: the primary contact is at work.
    reasons = [
        model.index(r, 2).data()
        for r in range(model.rowCount())
        if model.row_at(r).kind is CoverageKind.PRIMARY
    ]
    assert reasons
    metrics = table.fontMetrics()
    assert all(metrics.horizontalAdvance(r) + 8 <= table.columnWidth(2) for r in reasons)
    assert table.columnWidth(2) == max(table.columnWidth(c) for c in range(4))
