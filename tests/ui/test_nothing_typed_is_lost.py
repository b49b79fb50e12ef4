"""Nothing typed is lost: closing the window, switching user, locking and the auto-lock with a
new goal half typed either keep the text or ask Save / Discard / Cancel (issue 10, row 4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamdesk.services.bootstrap import DEMO_PASSWORD, open_location, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.security.lock import LockController
from teamdesk.ui.session import Session

GOAL = "Jeg vil lære å sykle."
Answer = QMessageBox.StandardButton


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> DataLocation:
    directory = tmp_path_factory.mktemp("demo")
    prepare_demo(directory)
    return DataLocation(directory, "--demo")


@pytest.fixture
def signed_in(
    qtbot: QtBot, demo_folder: DataLocation, tmp_path: Path
) -> Iterator[tuple[MainWindow, LockController, list[bool]]]:
    session = sign_in(demo_folder, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    session.set_pin("2580")
    ctx, key = session.ctx, session.store.key or b""
    reader = BackgroundReader(
        lambda: ServiceContext(open_location(demo_folder, key), ctx.actor, ctx.today)
    )
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(ctx), reader, settings, location="demo", demo=True)
    qtbot.addWidget(window)
    switched: list[bool] = []
    lock = LockController(window, session, 5, lambda: _hand_over(window, switched))
    window.show()
    yield window, lock, switched
    _finish(window, lock, session)


def _hand_over(window: MainWindow, switched: list[bool]) -> None:
    switched.append(True)
    window.close()  # as the program does after Switch user


def _finish(window: MainWindow, lock: LockController, session: UserSession) -> None:
    for draft in window.pending_drafts():
        draft.clear()
    lock.stop()
    window.shutdown()
    session.sign_out()


def _typing_a_goal(qtbot: QtBot, window: MainWindow) -> PlanPage:
    row = window.session.ctx.store.query_one(
        "SELECT resident_id FROM plan WHERE status = 'under_revision'"
    )
    assert row is not None
    window.open_resident_plan(row["resident_id"])
    plan = window.residents.page.plan_page
    assert plan.plan_id is not None
    plan.new_goal.setFocus()
    qtbot.keyClicks(plan.new_goal, GOAL)
    return plan


def _goals(plan: PlanPage) -> list[str]:
    return [r[1].text for r in plan.goals_model.rows()]


def _answering(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[list[str]]:
    asked: list[list[str]] = []

    def ask(what: list[str]) -> QMessageBox.StandardButton:
        asked.append(what)
        return answer

    monkeypatch.setattr(window, "ask_about_drafts", ask)
    return asked


def test_closing_while_typing_a_goal_asks_and_cancel_keeps_the_window_and_the_text(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _, _ = signed_in
    plan = _typing_a_goal(qtbot, window)
    asked = _answering(window, monkeypatch, Answer.Cancel)
    assert not window.close()
    assert asked == [["a new goal"]]
    assert window.isVisible() and plan.new_goal.text() == GOAL


def test_closing_and_saving_adds_the_goal(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _, _ = signed_in
    plan = _typing_a_goal(qtbot, window)
    _answering(window, monkeypatch, Answer.Save)
    assert window.close()
    assert GOAL in _goals(plan) and plan.new_goal.text() == ""


def test_closing_and_discarding_adds_nothing(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _, _ = signed_in
    plan = _typing_a_goal(qtbot, window)
    before = _goals(plan)
    _answering(window, monkeypatch, Answer.Discard)
    assert window.close()
    assert _goals(plan) == before


def test_switch_user_asks_first_and_cancel_stays_signed_in(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, lock, switched = signed_in
    plan = _typing_a_goal(qtbot, window)
    asked = _answering(window, monkeypatch, Answer.Cancel)
    lock.switch_action.trigger()
    assert asked and switched == [] and not lock.locked
    assert plan.new_goal.text() == GOAL
    _answering(window, monkeypatch, Answer.Save)
    lock.switch_action.trigger()
    assert switched == [True] and GOAL in _goals(plan)


def test_switch_user_from_the_lock_screen_asks_too(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, lock, switched = signed_in
    plan = _typing_a_goal(qtbot, window)
    lock.lock()
    asked = _answering(window, monkeypatch, Answer.Save)
    lock.switch_user()
    assert asked == [["a new goal"]] and switched == [True]
    assert GOAL in _goals(plan)


@pytest.mark.parametrize("how", ["Ctrl+L", "auto-lock"])
def test_locking_keeps_the_text_for_when_the_person_is_back(
    qtbot: QtBot,
    signed_in: tuple[MainWindow, LockController, list[bool]],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    window, lock, _ = signed_in
    plan = _typing_a_goal(qtbot, window)
    asked = _answering(window, monkeypatch, Answer.Discard)
    if how == "Ctrl+L":
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        lock.timer.timeout.emit()  # nobody touched it for the auto-lock's minutes
    assert lock.locked and asked == []  # the auto-lock cannot ask, and need not
    screen = lock.screen
    assert screen is not None
    screen.secret.setText("2580")
    screen.unlock()
    assert not lock.locked and plan.new_goal.text() == GOAL and plan.new_goal.isVisible()
