"""Helpers the GUI tests share: the main window over a database, as the program builds it."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QSettings

from teamdesk.services.context import ServiceContext
from teamdesk.store.store import Store, open_store
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.session import Session


def open_second_connection(store: Store, request: pytest.FixtureRequest) -> Store:
    """Another connection to the same file, as the GUI's background reader opens one."""
    if "key" in inspect.signature(open_store).parameters:
        key = request.getfixturevalue("db_key")
        return open_store(store.path, key=key, create=False)  # type: ignore[call-arg]
    return open_store(store.path, create=False)


def make_window(
    ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
    *,
    demo: bool = False,
) -> MainWindow:
    """The main window with its background reader on a second connection to the same file."""
    session = Session(ctx)
    reader = BackgroundReader(
        lambda: ServiceContext(open_second_connection(ctx.store, request), ctx.actor, ctx.today)
    )
    return MainWindow(session, reader, settings, location=str(ctx.store.path.parent), demo=demo)


def modules_imported_by(module: str, watched: Iterable[str]) -> list[str]:
    """Which of ``watched`` a fresh Python process has imported after importing ``module``
    (what a start-up pays for, measured where no test has imported anything yet)."""
    probe = (
        f"import sys, {module}; "
        f"print('\\n'.join(sorted(m for m in sys.modules if m in {sorted(watched)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split()
