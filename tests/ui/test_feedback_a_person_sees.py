"""Refusals show in the page and never as "Saved:", nothing lingers on the next page, buttons a
person may not use say why before they are tried, and no refusal names a technical value
(issue 10, row 12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import Permission, PermissionDenied, ServiceContext
from teamdesk.ui.common.text import refusal_text
from teamdesk.ui.main_window import MainWindow


def _window_as(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
    actor: Actor,
) -> MainWindow:
    ctx = ServiceContext(demo_ctx.store, actor, demo_ctx.today)
    win = make_window(ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    return win


@pytest.fixture
def staff_window(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    win = _window_as(qtbot, demo_ctx, settings, request, Actor("Siri Ansatt", AccountRole.STAFF))
    yield win
    win.close()


def _a_plan_resident(window: MainWindow) -> str:
    row = window.session.ctx.store.query_one("SELECT resident_id FROM plan LIMIT 1")
    assert row is not None
    return str(row["resident_id"])


def test_buttons_a_person_may_not_use_are_disabled_with_the_reason(
    staff_window: MainWindow,
) -> None:
    staff_window.open_resident_plan(_a_plan_resident(staff_window))
    plan = staff_window.residents.page.plan_page
    assert plan.plan_id is not None
    approve = plan.approve_button
    assert not approve.isEnabled()
    reason = "Only leaders, coordinators and administrators may approve individual plans."
    assert approve.toolTip() == reason and approve.accessibleDescription() == reason
    for name in ("addGoalButton", "addMeasureButton", "removeParticipantButton"):
        button = plan.findChild(QPushButton, name)
        assert button is not None and not button.isEnabled()
        assert button.toolTip() == (
            "Only leaders, coordinators and administrators may change individual plans."
        )
    prepare = plan.prepare_meeting_button
    assert not prepare.isEnabled() and "may prepare meetings" in prepare.toolTip()
    assert prepare.accessibleDescription() == prepare.toolTip()


def test_a_leader_may_approve_and_the_button_says_nothing_against_it(
    window: MainWindow,
) -> None:
    window.open_resident_plan(_a_plan_resident(window))
    plan = window.residents.page.plan_page
    approve = plan.approve_button
    assert approve.isEnabled() and approve.toolTip() == ""
    add_goal = plan.findChild(QPushButton, "addGoalButton")
    assert add_goal is not None and add_goal.isEnabled() and add_goal.toolTip() == ""


def test_a_refusal_shows_in_the_page_not_as_saved_and_is_gone_on_the_next_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_to(window.PAGES.index("residents"))
    residents = window.residents
    residents.new_name.setText("   ")
    residents.new_name.setFocus()
    qtbot.keyClick(residents.new_name, Qt.Key.Key_Return)
    assert window.banner.isVisible() and "cannot be empty" in window.banner.text()
    # Above the pages, inside the window's body: in the page, not down in the status bar.
    assert window.banner.parentWidget() is window.pages.parentWidget()
    assert not window.status_message.text().startswith("Saved")
    window.go_to(window.PAGES.index("staff"))
    assert not window.banner.isVisible() and window.banner.text() == ""
    assert window.status_message.text() == ""


def test_nothing_changed_is_never_announced_as_saved(window: MainWindow, qtbot: QtBot) -> None:
    """Opening the meeting already planned is news, not a save."""
    row = window.session.ctx.store.query_one("SELECT id FROM plan WHERE status = 'under_revision'")
    assert row is not None
    window.prepare_meeting(row["id"])  # prepares one, or opens the one planned
    window.prepare_meeting(row["id"])  # now surely opens the one planned
    assert "already planned" in window.status_message.text()
    assert not window.status_message.text().startswith("Saved")


@pytest.mark.parametrize("role", [AccountRole.READ_ONLY, AccountRole.STAFF])
def test_no_refusal_names_a_technical_permission(
    demo_ctx: ServiceContext, role: AccountRole
) -> None:
    ctx = ServiceContext(demo_ctx.store, Actor("Siri Ansatt", role), demo_ctx.today)
    for permission in Permission:
        if ctx.can(permission):
            continue
        with pytest.raises(PermissionDenied) as refused:
            ctx.require(permission)
        sentence = refusal_text(refused.value)
        assert f"({permission.value})" not in sentence and "_" not in sentence, sentence
        assert sentence.startswith("Siri Ansatt (") and "may not do this: " in sentence
        reason = ctx.why_not(permission)
        assert reason is not None and "_" not in str(reason)
