"""The plan page as a coordinator uses it: start a plan, type goals and measures, choose the
coordinator, approve, print; every edit saved at once and undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.plan_support import GOAL_1, PlanHouse, build_plan_house

from teamdesk.domain.plan import CaseRoleKind, PlanStatus
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.plan.coordinator import CoordinatorSection
from teamdesk.ui.session import Session


@pytest.fixture
def session(ctx: ServiceContext) -> Session:
    return Session(ctx)


def _open(qtbot: QtBot, session: Session, resident_id: str) -> PlanPage:
    page = PlanPage(session, resident_id)
    qtbot.addWidget(page)  # closed by qtbot at the end of the test
    page.resize(1200, 900)
    page.show()
    return page


@pytest.fixture
def draft(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx, complete=False)


@pytest.fixture
def page(qtbot: QtBot, session: Session, draft: PlanHouse) -> Iterator[PlanPage]:
    yield _open(qtbot, session, draft.resident)


def test_a_resident_without_a_plan_gets_one_with_one_click(
    qtbot: QtBot, session: Session, ctx: ServiceContext
) -> None:
    from teamdesk.services.team import TeamService

    rid = TeamService(ctx).create_resident("Ny Beboer").row_id or ""
    page = _open(qtbot, session, rid)
    assert "Ny Beboer has no individual plan yet." in page.empty_hint.text()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.plan_id is not None
    assert "No goal is written yet" in page.checklist.text()
    session.undo_stack.undo()
    assert page.plan_id is None


def test_a_house_writing_shared_development_plans_offers_to_start_one(
    qtbot: QtBot, session: Session, ctx: ServiceContext
) -> None:
    """The empty plan page names the plan the house writes (its plan profile), as the tab does:
    a Danish house is not offered an "individual plan"."""
    from teamdesk.domain.plan_profile import PlanProfile
    from teamdesk.services.plan import PlanService
    from teamdesk.services.team import TeamService

    PlanService(ctx).set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
    rid = TeamService(ctx).create_resident("Ny Borger").row_id or ""
    page = _open(qtbot, session, rid)
    assert page.empty_hint.text() == "Ny Borger has no shared development plan yet."
    assert page.start_button.text() == "&Start a shared development plan"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.plan_id is not None
    assert session.undo_stack.undoText() == "Start shared development plan"


def test_typing_a_goal_and_enter_saves_it_and_undo_takes_it_away(
    qtbot: QtBot, page: PlanPage, session: Session
) -> None:
    qtbot.keyClicks(page.new_goal, GOAL_1)
    qtbot.keyClick(page.new_goal, Qt.Key.Key_Return)
    assert [r[1].text for r in page.goals_model.rows()] == [GOAL_1]
    assert page.new_goal.text() == ""
    assert "No goal is written yet" not in page.checklist.text()
    session.undo_stack.undo()
    assert page.goals_model.rows() == []
    session.undo_stack.redo()
    assert [r[1].text for r in page.goals_model.rows()] == [GOAL_1]


def test_a_measure_for_the_chosen_goal_gets_extent_and_a_responsible_person(
    qtbot: QtBot, page: PlanPage, draft: PlanHouse
) -> None:
    qtbot.keyClicks(page.new_goal, GOAL_1)
    qtbot.keyClick(page.new_goal, Qt.Key.Key_Return)
    page.open_section("ef")
    qtbot.keyClicks(page.new_measure, "Morgentur med hunden")
    qtbot.keyClick(page.new_measure, Qt.Key.Key_Return)
    [(number, measure)] = page.measures_model.rows()
    assert (number, measure.what, page._view.content.goal_number(measure.goal_id)) == (  # type: ignore[union-attr]
        "1",
        "Morgentur med hunden",
        "1",
    )
    assert "No measure has a responsible person" in page.checklist.text()
    page.measure_extent.setFocus()
    qtbot.keyClicks(page.measure_extent, "Hver morgen")
    qtbot.keyClick(page.measure_extent, Qt.Key.Key_Return)
    index = page.measure_responsible.findText("Hilde Helsefag")
    page.measure_responsible.setCurrentIndex(index)
    page.measure_responsible.activated.emit(index)
    [(_, measure)] = page.measures_model.rows()
    assert (measure.extent, measure.responsible_staff_id) == ("Hver morgen", draft.hilde)
    assert "No measure has a responsible person" not in page.checklist.text()


def test_a_role_conflict_asks_the_leader_for_a_reason_and_keeps_it(
    page: PlanPage, ctx: ServiceContext, draft: PlanHouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    PlanService(ctx).add_case_role(draft.ola, draft.resident, CaseRoleKind.ALLOCATES_BUDGET)
    page.refresh()
    section = page.open_section("c")
    assert isinstance(section, CoordinatorSection)
    asked: list[str] = []
    monkeypatch.setattr(section, "ask_override_reason", lambda text: asked.append(text) or None)
    page.coordinator_combo.setCurrentIndex(page.coordinator_combo.findData(draft.ola))
    assert "Role conflict" in page.candidate_hint.text()
    section.assign_coordinator()
    assert "decides or allocates the budget" in asked[0]
    assert page._view.plan.coordinator_id is None  # type: ignore[union-attr]
    monkeypatch.setattr(section, "ask_override_reason", lambda text: "Ingen andre kjenner Per.")
    section.assign_coordinator()
    assert page._view.plan.coordinator_id == draft.ola  # type: ignore[union-attr]
    assert "Ingen andre kjenner Per." in page.coordinator_findings.text()


def test_a_wrong_date_is_kept_and_explained_not_saved(qtbot: QtBot, page: PlanPage) -> None:
    page.open_section("g")
    field = page.plan_fields["evaluation_date"]
    field.setFocus()
    qtbot.keyClicks(field, "tomorrow-ish")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.property("invalid") and field.text() == "tomorrow-ish"
    assert page._view.plan.evaluation_date is None  # type: ignore[union-attr]
    problem = page.findChild(QLabel, "evaluation_dateEditProblem")
    assert problem is not None and problem.isVisible()
    assert problem.text().startswith("“tomorrow-ish” is not a date. Write it like")


def test_a_complete_plan_is_approved_and_both_pdfs_written_and_opened(
    qtbot: QtBot,
    session: Session,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    house = build_plan_house(ctx)
    page = _open(qtbot, session, house.resident)
    page.open_section("approval")
    assert "Everything the regulation asks for is in place." in page.checklist.text()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page._view.plan.status is PlanStatus.ACTIVE  # type: ignore[union-attr]
    assert "Version 1, approved" in page.version_label.text()
    opened: list[Path] = []
    monkeypatch.setattr(page, "choose_export_path", lambda name: tmp_path / name)
    monkeypatch.setattr(page, "open_file", opened.append)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_summary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2)  # both written in the background
    assert sorted(p.name for p in opened) == [  # initials: others see a shared PC's Documents
        "individual-plan-PÅH.pdf",
        "my-plan-PÅH.pdf",
    ]
    assert all(p.stat().st_size > 1000 for p in opened)


def test_edits_after_approval_show_what_changed(
    qtbot: QtBot, session: Session, ctx: ServiceContext
) -> None:
    house = build_plan_house(ctx)
    PlanService(ctx).approve_version(house.plan)
    page = _open(qtbot, session, house.resident)
    page.open_section("g")
    field = page.plan_fields["period_to"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2028-06-30")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page._view.plan.period_to == date(2028, 6, 30)  # type: ignore[union-attr]
    assert "1 change since, not approved yet." in page.version_label.text()
    assert "Plan period to changed from 2027-12-31 to 2028-06-30." in page.changes_label.text()


def test_the_resident_page_opens_the_plan_on_its_own_tab(
    window: Any, demo_ctx: ServiceContext
) -> None:
    row = demo_ctx.store.query_one("SELECT resident_id FROM plan WHERE status = 'active' LIMIT 1")
    assert row is not None
    resident_page = window.residents.page
    resident_page.show_resident(row["resident_id"])
    assert resident_page.plan_page.resident_id() is None  # not loaded until the tab is opened
    resident_page.tabs.setCurrentWidget(resident_page.plan_page)
    assert resident_page.plan_page.plan_id is not None
    assert "Version 1, approved" in resident_page.plan_page.version_label.text()


def test_undo_over_someone_elses_newer_edit_is_refused_with_a_sentence(
    qtbot: QtBot, page: PlanPage, session: Session, ctx: ServiceContext
) -> None:
    from teamdesk.domain.accounts import AccountRole, Actor

    qtbot.keyClicks(page.new_goal, GOAL_1)
    qtbot.keyClick(page.new_goal, Qt.Key.Key_Return)
    [(_, goal)] = page.goals_model.rows()
    colleague = ServiceContext(ctx.store, Actor("Per Leder", AccountRole.LEADER), ctx.today)
    PlanService(colleague).update_goal(goal.id, text="Jeg vil gå tur med hunden hver dag.")
    session.undo_stack.undo()
    assert "Per Leder has changed this since" in session.last_refusal
    page.refresh()
    assert [r[1].text for r in page.goals_model.rows()] == ["Jeg vil gå tur med hunden hver dag."]
