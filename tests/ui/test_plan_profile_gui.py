"""The plan profile in the window: a leader chooses the Danish shared development plan in House
settings, and the plan editor shows its parts in its order, its title, and the count of
professionals around the citizen under the "as few as possible" principle."""

from __future__ import annotations

import argparse
import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.plan_support import build_plan_house

from teamdesk.domain.plan_profile import PlanProfile, ReviewCadence
from teamdesk.services.bootstrap import DANISH_DEMO_ACCOUNTS, DEMO_ACCOUNTS, DEMO_PASSWORD
from teamdesk.services.context import ServiceContext
from teamdesk.services.locations import DataLocation, demo_data_dir
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.paths import DATABASE_FILE
from teamdesk.ui.language import install_language
from teamdesk.ui.launch import run_gui
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session
from teamdesk.ui.settings_dialog import HouseSettingsDialog


def test_the_editor_follows_the_house_s_profile_at_once(qtbot: QtBot, ctx: ServiceContext) -> None:
    house = build_plan_house(ctx)
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.show()
    page.open_section("g")
    assert [s.key for s in page.sections][:5] == ["a", "b", "c", "d", "ef"]
    assert page.title.text() == "Individual plan of Per Åsmund Hansen"
    assert page.participants.professionals.isHidden()

    PlanService(ctx).set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
    page.refresh()
    keys = [s.key for s in page.sections]
    assert keys == ["a", "b", "c", "ef", "d", "g", "i", "h", "approval"]
    # The list, the stack and the person's place in it stay together.
    assert page.current_section().key == "g"
    assert page.navigation.currentRow() == keys.index("g")
    for row, section in enumerate(page.sections):
        assert page.section_stack.widget(row).widget() is section
        assert page.navigation.item(row).data(0x0100) == section.key
    assert page.title.text() == "Shared development plan of Per Åsmund Hansen"
    assert (
        page.navigation.item(0)
        .text()
        .endswith("The citizen's own perspective: goals, resources and needs")
    )
    counted = page.participants.professionals
    assert not counted.isHidden()
    assert "Professionals around Per Åsmund Hansen: 3." in counted.text()
    assert "as few professionals as possible" in counted.text()
    assert page.cooperation.labels["cooperation"].text().startswith("Housing, work")


def test_a_leader_chooses_the_danish_plan_and_its_cadence_in_house_settings(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.house_settings_action.trigger()
    dialog = window.findChild(HouseSettingsDialog, "houseSettingsDialog")
    assert dialog is not None
    combo = dialog.plan_profile
    assert combo.currentData() == PlanProfile.INDIVIDUAL_PLAN.value
    combo.setCurrentIndex(combo.findData(PlanProfile.SHARED_DEVELOPMENT_PLAN.value))
    combo.activated.emit(combo.currentIndex())
    plans = PlanService(window.session.ctx)
    assert plans.plan_profile() is PlanProfile.SHARED_DEVELOPMENT_PLAN
    dialog.review_interval.setValue(6)
    assert plans.review_cadence() == ReviewCadence(3, 6)
    dialog.first_review.setValue(2)
    assert plans.review_cadence() == ReviewCadence(2, 6)
    assert dialog.notes[dialog.first_review].text() == ""
    dialog.close()


def test_the_danish_demo_opens_beside_the_norwegian_one(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    """`teamdesk --demo --language da` fills a Danish demo folder of its own and opens it."""
    options = argparse.Namespace(data_dir=None, demo=True, smoke_test=True, language="da")
    try:
        assert run_gui(options, process_start=time.perf_counter()) == 0
    finally:
        install_language(qapp, "en")
    assert "ready_ms=" in capsys.readouterr().out
    folder = demo_data_dir().with_name(demo_data_dir().name + "-da")
    assert (folder / DATABASE_FILE).exists()
    assert not (demo_data_dir() / DATABASE_FILE).exists(), "the Norwegian demo is not touched"
    # The accounts are named as a Danish house names them; the leader signs in by that name.
    session = sign_in(DataLocation(folder, "--demo"), "Demo Leder", DEMO_PASSWORD)
    try:
        names = {r["name"] for r in session.store.query("SELECT name FROM account")}
        assert names == {name for name, _role in DANISH_DEMO_ACCOUNTS}
        assert not names & {name for name, _role in DEMO_ACCOUNTS} - {"Demo Administrator"}
        plans = PlanService(session.ctx)
        assert plans.plan_profile() is PlanProfile.SHARED_DEVELOPMENT_PLAN
        units = [u.name for u in TeamService(session.ctx).units()]
        assert all(", afdeling " in u for u in units), units
    finally:
        session.store.close()


def test_the_resident_s_plan_tab_names_the_house_s_plan(qtbot: QtBot, ctx: ServiceContext) -> None:
    from teamdesk.ui.people.resident_page import ResidentPage

    house = build_plan_house(ctx)
    session = Session(ctx)
    page = ResidentPage(session)
    qtbot.addWidget(page)
    page.show_resident(house.resident)
    plan_tab = page.tabs.indexOf(page.plan_page)
    assert page.tabs.tabText(plan_tab) == "Individual &plan"
    outcome = PlanService(ctx).set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
    session.changed.emit(frozenset(c.table for c in outcome.changes))
    assert page.tabs.tabText(plan_tab) == "Shared development &plan"
