"""The plan editor in the Danish profile: the consent section marks a joined plan
(helhedsorienteret plan, § 141 stk. 7), lists the plans it replaces and records the citizen's
consent to share information across areas; the goals are intervention goals and sub-goals. The
Norwegian profile shows none of it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from tests.plan_support import build_plan_house

from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.ui.common.text import format_date
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session


def test_the_danish_editor_makes_a_joined_plan_and_records_its_consent(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    house = build_plan_house(ctx)
    plans = PlanService(ctx)
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    consent = page.consent
    page.open_section("h")
    # The Norwegian individual plan has no joined plan and speaks of goals.
    assert consent.joined_box.isHidden()
    assert page.goals.goals_model.headerData(1, Qt.Orientation.Horizontal) == (
        "Goal, in the resident's own words"
    )

    plans.set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
    page.refresh()
    page.open_section("h")
    assert not consent.joined_box.isHidden()
    assert not consent.replaces.isEnabled(), "closed until the plan is a joined plan"
    # A click on the box itself (the check box is wider than its text).
    box_itself = consent.joined.rect().topLeft() + QPoint(6, 8)
    qtbot.mouseClick(consent.joined, Qt.MouseButton.LeftButton, pos=box_itself)
    assert plans.content(house.plan).plan.joined_plan
    assert consent.joined.isChecked() and consent.replaces.isEnabled()
    # The checklist of the section says at once what a joined plan lacks.
    assert "consent to sharing information across areas is not recorded" in (
        consent.findings.text()
    )
    assert "A joined plan needs it." in consent.joined_consent_label.text()

    consent.replaces.setFocus()
    qtbot.keyClicks(consent.replaces, "Jobcentrets plan")
    qtbot.keyClick(consent.replaces, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert plans.content(house.plan).plan.replaces_plans == "Jobcentrets plan"
    consent.joined_consent_date.setText("2.11.2026")
    qtbot.mouseClick(consent.record_joined_button, Qt.MouseButton.LeftButton)
    plan = plans.content(house.plan).plan
    assert plan.joined_consent_date is not None
    assert plan.joined_consent_date.isoformat() == "2026-11-02"
    assert plan.joined_consent_recorded_by == ctx.actor.name
    label = consent.joined_consent_label.text()
    day = format_date(plan.joined_consent_date)
    said = f"consented to sharing information across areas on {day}"
    assert said in label, label
    assert "not recorded" not in consent.findings.text()
    assert consent.withdraw_joined_button.isEnabled()

    # The goals are the Danish plan's intervention goals, split into sub-goals.
    page.open_section("a")
    goals = page.goals
    assert goals.goals_model.headerData(1, Qt.Orientation.Horizontal) == (
        "Intervention goal or sub-goal, in the citizen's own words"
    )
    assert goals.add_goal_button.text() == "Add intervention &goal"
    assert goals.goals_intro.text().startswith("Intervention goals in Per Åsmund Hansen's")

    # Back in the Norwegian profile: the box is gone, the data is kept.
    plans.set_plan_profile(PlanProfile.INDIVIDUAL_PLAN)
    page.refresh()
    page.open_section("h")
    assert consent.joined_box.isHidden()
    assert goals.add_goal_button.text() == "Add &goal"
    assert plans.content(house.plan).plan.joined_consent_date is not None
