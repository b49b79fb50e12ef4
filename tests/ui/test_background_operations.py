"""Slow work runs off the GUI thread (issue 10, row 16): while a plan is printed, backups are
checked or taken, a backup is restored or someone signs in, the window keeps answering; a
second click starts nothing; a failure is a sentence; a cancel stops the work.

A job here is held on a threading.Event until the test lets it go, and the test proves that the
event loop ran meanwhile (a timer fired while the job was still held). Nothing is timed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk.domain.text import N_, Message
from teamdesk.services import recovery, signin
from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.services.locations import DataLocation
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.ui.common import export_flow
from teamdesk.ui.common.operations import Operations, Progress
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.security import security_dialogs
from teamdesk.ui.security.security_dialogs import BackupsDialog, SecurityMenu
from teamdesk.ui.security.signin_screen import SignInDialog
from teamdesk.ui.session import Session

WAIT = 20  # seconds a held job waits at most, so old code that runs it inline cannot hang


class Gate:
    """Holds a job until the test lets it go; counts how often a job came to it."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.calls = 0

    def hold(self) -> None:
        self.calls += 1
        self.reached.set()
        self.opened.wait(WAIT)

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.hold()
            return function(*args, **kwargs)

        return held

    @property
    def holding(self) -> bool:
        return self.reached.is_set() and not self.opened.is_set()


def loop_ran_while(qtbot: QtBot, gate: Gate) -> bool:
    """Whether the event loop ran a timer while ``gate`` held its job."""
    seen: list[bool] = []
    QTimer.singleShot(0, lambda: seen.append(gate.holding))
    qtbot.waitUntil(lambda: bool(seen), timeout=(WAIT + 10) * 1000)
    return seen[0]


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, house: PlanHouse) -> Iterator[PlanPage]:
    page = PlanPage(Session(ctx), house.resident)
    qtbot.addWidget(page)
    page.show()
    yield page
    page._session.ops.finish_all()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The save dialog answers with plan.pdf in the test's folder; records each time it asked."""
    asked: list[Path] = []

    def answer(*_args: Any) -> tuple[str, str]:
        asked.append(tmp_path / "plan.pdf")
        return str(tmp_path / "plan.pdf"), ""

    monkeypatch.setattr(export_flow.QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(export_flow.QDesktopServices, "openUrl", lambda _url: True)
    return asked


def test_printing_a_plan_leaves_the_window_answering_and_a_second_click_prints_once(
    qtbot: QtBot,
    page: PlanPage,
    save_as: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = Gate()
    monkeypatch.setattr(PlanService, "export_pdf", gate.wrap(PlanService.export_pdf))
    first = page.export()
    assert gate.reached.wait(WAIT)
    assert loop_ran_while(qtbot, gate)  # before: the window froze until the PDF was written
    assert page.export() is None  # the second click while it is written
    assert len(save_as) == 1  # ...did not even ask where again
    with qtbot.waitSignal(page.exported):
        gate.opened.set()
    assert first is not None and not first.running
    assert gate.calls == 1
    assert (tmp_path / "plan.pdf").stat().st_size > 0


def test_the_status_bar_says_what_runs_and_the_cursor_is_busy(
    qtbot: QtBot, window: MainWindow
) -> None:
    gate = Gate()
    operation = window.session.ops.run(
        "test", "Writing plan.pdf…", lambda _progress: gate.hold(), lambda _result: None
    )
    assert operation is not None and gate.reached.wait(WAIT)
    qtbot.waitUntil(window.busy.isVisible)
    assert window.busy.label.text() == "Writing plan.pdf…"
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None
    assert loop_ran_while(qtbot, gate)
    gate.opened.set()
    qtbot.waitUntil(lambda: not window.busy.isVisible())
    assert QGuiApplication.overrideCursor() is None


def test_a_failed_print_is_said_as_a_sentence_never_a_traceback(
    qtbot: QtBot, page: PlanPage, save_as: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    page._session.refused.connect(said.append)

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise ServiceError(Message(N_("This plan no longer exists.")))

    monkeypatch.setattr(PlanService, "export_pdf", refused)
    page.export()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["This plan no longer exists."]

    def bug(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug deep in the PDF engine")

    monkeypatch.setattr(PlanService, "export_pdf", bug)
    page.export()  # before: the RuntimeError escaped into Qt's event handler
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1].startswith("Something went wrong") and "Traceback" not in said[1]
    assert "RuntimeError" not in said[1]


def test_a_full_disk_is_said_with_the_file_the_person_chose(
    qtbot: QtBot, page: PlanPage, save_as: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    page._session.refused.connect(said.append)

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(28, "No space left on device", "/tmp/.plan.pdf.partial")

    monkeypatch.setattr(PlanService, "export_pdf", full)
    page.export()
    qtbot.waitUntil(lambda: bool(said))
    assert "No space left on device" in said[0] and str(save_as[0]) in said[0]


def test_cancel_stops_a_job_at_its_next_safe_point(qtbot: QtBot) -> None:
    ops = Operations(lambda _sentence: None)
    outcome: list[str] = []
    started = threading.Event()

    def job(progress: Progress) -> str:
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.01)

    operation = ops.run(
        "endless",
        "Checking…",
        job,
        lambda _result: outcome.append("done"),
        on_cancel=lambda: outcome.append("cancelled"),
        cancellable=True,
    )
    assert operation is not None and started.wait(WAIT)
    assert operation.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"] and not ops.busy


def test_a_job_that_cannot_be_cancelled_is_finished_before_the_window_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    gate = Gate()
    outcome: list[str] = []
    window.session.ops.run(
        "test", "Taking a backup…", lambda _progress: gate.hold() or "whole", outcome.append
    )
    assert gate.reached.wait(WAIT)
    threading.Timer(0.05, gate.opened.set).start()  # the job ends while close waits for it
    window.close()
    assert outcome == ["whole"]  # delivered before the window went, not after


@pytest.fixture
def demo(tmp_path: Path) -> DataLocation:
    prepare_demo(tmp_path / "demo")
    return DataLocation(tmp_path / "demo", "--demo")


def _as(location: DataLocation, name: str) -> UserSession:
    return sign_in(location, name, DEMO_PASSWORD, daily_backup=False)


def test_the_backups_dialog_opens_at_once_and_checks_in_the_background(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = _as(demo, "Demo Administrator")
    try:
        recovery.back_up_now(admin)
        gate = Gate()
        monkeypatch.setattr(recovery, "check_backup", gate.wrap(recovery.check_backup))
        dialog = BackupsDialog(admin, lambda _check: None)  # before: checked every backup here
        qtbot.addWidget(dialog)
        dialog.show()
        assert gate.reached.wait(WAIT)
        assert loop_ran_while(qtbot, gate)
        assert dialog.busy.isVisible() and dialog.busy.label.text() == "Checking the backups…"
        gate.opened.set()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        assert dialog.model.index(0, 2).data() == "sound"
    finally:
        admin.sign_out()


def test_closing_the_backups_dialog_stops_the_checking(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = _as(demo, "Demo Administrator")
    try:
        recovery.back_up_now(admin)
        recovery.back_up_now(admin)
        gate = Gate()
        monkeypatch.setattr(recovery, "check_backup", gate.wrap(recovery.check_backup))
        dialog = BackupsDialog(admin, lambda _check: None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert gate.reached.wait(WAIT)
        threading.Timer(0.05, gate.opened.set).start()
        dialog.reject()  # cancels; the backup being checked is finished, the next not begun
        assert gate.calls == 1
        assert not dialog.ops.busy and dialog.model.rowCount() == 0
    finally:
        admin.sign_out()


def test_back_up_now_runs_once_however_often_it_is_clicked(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    leader = _as(demo, "Demo Leader")
    try:
        gate = Gate()
        monkeypatch.setattr(security_dialogs, "take_backup", gate.wrap(recovery.take_backup))
        dialog = BackupsDialog(leader, lambda _check: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.ops.busy)
        dialog.now_button.click()
        assert gate.reached.wait(WAIT)
        dialog.now_button.click()  # before: a second backup, after the first, window frozen
        assert loop_ran_while(qtbot, gate)
        gate.opened.set()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.ops.busy)
        assert gate.calls == 1
        assert len(list(demo.backups.glob("*.sqlite3"))) == 1
    finally:
        leader.sign_out()


def test_signing_in_leaves_the_dialog_answering_and_enter_twice_signs_in_once(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    monkeypatch.setattr(signin, "sign_in", gate.wrap(signin.sign_in))
    dialog = SignInDialog(demo, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sign_in()
    assert gate.reached.wait(WAIT)
    assert loop_ran_while(qtbot, gate)  # before: frozen during the key derivation
    dialog.sign_in()
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.busy.label.text() == "Signing in…"
    gate.opened.set()
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert gate.calls == 1
    assert dialog.session is not None
    dialog.session.sign_out()


def test_quitting_while_signing_in_closes_what_was_opened(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    opened: list[UserSession] = []

    def signing_in(*args: Any, **kwargs: Any) -> UserSession:
        gate.hold()
        session = sign_in(*args, **kwargs)
        opened.append(session)
        return session

    monkeypatch.setattr(signin, "sign_in", signing_in)
    dialog = SignInDialog(demo, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sign_in()
    assert gate.reached.wait(WAIT)
    threading.Timer(0.05, gate.opened.set).start()
    dialog.reject()  # Quit
    assert dialog.session is None
    assert len(opened) == 1 and opened[0].store._closed


def test_a_restore_runs_in_the_background_with_a_box_saying_so(
    qtbot: QtBot, demo: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = _as(demo, "Demo Administrator")
    recovery.back_up_now(admin)
    [check] = recovery.checked_backups(admin.location, admin.store.key or b"")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = SecurityMenu(window, admin, lambda: None, lambda: None)
    menu.pending_restore = check
    admin.sign_out()
    gate = Gate()
    monkeypatch.setattr(security_dialogs, "restore", gate.wrap(recovery.restore))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    boxes: list[bool] = []

    def look() -> None:
        # While the restore is held: the event loop runs and the box says what happens.
        boxes.append(
            gate.holding
            and any(w.objectName() == "restoreProgress" for w in QApplication.topLevelWidgets())
        )
        gate.opened.set()

    def when_held() -> None:
        if gate.reached.is_set():
            look()
        else:
            QTimer.singleShot(10, when_held)

    QTimer.singleShot(0, when_held)
    menu.run_after_sign_out()  # returns only when the restore is done
    assert boxes == [True]
    assert gate.calls == 1
    assert told and told[0].startswith("The backup is now the database.")
