"""The Coordinators page and the meeting editor are one widget per tab or section, and what each
allows comes from the service's view model: a person sees why a button is closed to them before
trying it, and a cancelled meeting takes no minutes (issue 10, code shape)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.meetings import MeetingStatus
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.coordinators.mentorships_tab import MentorshipsTab
from teamdesk.ui.coordinators.networks_tab import NetworksTab
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.meetings.agenda import AgendaSection
from teamdesk.ui.meetings.decisions import DecisionsSection


@pytest.fixture
def staff_window(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    ctx = ServiceContext(demo_ctx.store, Actor("Siri Ansatt", AccountRole.STAFF), demo_ctx.today)
    win = make_window(ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


def test_a_staff_member_sees_why_mentorships_and_networks_are_closed_to_them(
    staff_window: MainWindow,
) -> None:
    window = staff_window
    window.go_to(window.PAGES.index("coordinators"))
    view = window.coordinators
    reason = tr_message(window.session.ctx.why_not(Permission.MANAGE_MENTORING) or "")
    assert reason.startswith("Only ")

    view.tabs.setCurrentWidget(view.mentorships)
    mentorships = view.mentorships
    assert isinstance(mentorships, MentorshipsTab)
    assert mentorships.mentorships_model.rowCount() > 0
    mentorships.mentorships_table.selectRow(0)
    for button in (mentorships.log_session_button, mentorships.end_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason and button.accessibleDescription() == reason

    view.tabs.setCurrentWidget(view.networks)
    networks = view.networks
    assert isinstance(networks, NetworksTab)
    for button in (networks.add_network_button, networks.add_network_meeting_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason


def test_a_leader_may_use_the_same_buttons_and_they_say_nothing(window: MainWindow) -> None:
    window.go_to(window.PAGES.index("coordinators"))
    view = window.coordinators
    view.tabs.setCurrentWidget(view.mentorships)
    view.mentorships.mentorships_table.selectRow(0)
    button = view.mentorships.log_session_button
    assert button.isEnabled() and button.toolTip() == ""


def test_a_cancelled_meeting_takes_no_minutes_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    row = window.session.ctx.store.query_one(
        "SELECT id FROM meeting WHERE deleted_at IS NULL AND status = 'planned' LIMIT 1"
    )
    assert row is not None
    window.open_meeting(row["id"])
    editor = window.meetings.editor
    agenda, decisions = editor.agenda, editor.decisions
    assert isinstance(agenda, AgendaSection) and isinstance(decisions, DecisionsSection)
    assert agenda.selected_item() is not None
    assert agenda.minutes_edit.isEnabled()
    window.session.run(
        "Cancel", lambda: editor.service.set_status(row["id"], MeetingStatus.CANCELLED)
    )
    qtbot.waitUntil(lambda: editor.page is not None and not editor.page.editable)
    page = editor.page
    assert page is not None and page.why_not_edit is not None
    reason = tr_message(page.why_not_edit)
    assert "cancelled" in reason
    # Before, the minutes could be typed into a cancelled meeting and were then refused.
    assert not agenda.minutes_edit.isEnabled()
    assert not agenda.item_title.isEnabled()
    for button in (agenda.add_item_button, decisions.record_button):
        assert not button.isEnabled() and button.toolTip() == reason
    # Its status can still be set back to planned.
    assert editor.details.status_combo.isEnabled()
