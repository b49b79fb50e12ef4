"""GUI fixtures: a demo municipality in a real database file, and the main window over it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.ui.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot resize windows to their size hints, raise a
    # completer's popup or grab the keyboard for it; that is the test platform talking, not
    # TeamDesk.
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "propagateSizeHints",
                    "This plugin does not support raise",
                    "This plugin does not support grabbing the keyboard",
                )
            )


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """QSettings written by any code path lands in the test's folder, never a real profile."""
    folder = tmp_path / "qsettings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """``waitUntil`` gives up after 5 s by default; on a loaded two-core machine a first load
    of Today has taken longer. A wait bound is not a timing assertion, so it is made roomy:
    a condition that never comes true still fails the test."""
    real = QtBot.waitUntil

    def wait_until(self: QtBot, callback: Callable[[], object], *, timeout: int = 30_000) -> None:
        real(self, callback, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", wait_until)


@pytest.fixture(autouse=True)
def _drafts_never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed at a test's end with typed text left would ask in a modal box that no
    one answers; tests that are about that question answer it themselves."""
    monkeypatch.setattr(
        MainWindow, "ask_about_drafts", lambda _self, _what: QMessageBox.StandardButton.Discard
    )


@pytest.fixture(autouse=True)
def _a_desktop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen platform's screen is 800x600, smaller than any PC TeamDesk is made for;
    the window opens as on a desktop screen. Tests of other sizes resize the window."""
    monkeypatch.setattr(MainWindow, "_screen_room", lambda _self: QSize(1920, 1080))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    """The shared ``ctx`` (a real database file, fixed today) filled with the demo house."""
    create_demo(ctx)
    return ctx


@pytest.fixture
def window(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
) -> Iterator[MainWindow]:
    """The main window on the demo house, shown, with Today's coverage on screen."""
    win = make_window(demo_ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


@pytest.fixture
def empty_window(
    qtbot: QtBot, ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The main window on a new, empty database."""
    win = make_window(ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()
