"""Starting the GUI: the data location, the QApplication, the main window, the smoke test."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from teamdesk.domain.text import language_of
from teamdesk.resources import find_resource_dir
from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.locations import DataLocation, demo_data_dir, log_dir, resolve_data_dir
from teamdesk.ui.common.text import refusal_text, tr_message, translate
from teamdesk.ui.common.widgets import install_steady_input
from teamdesk.ui.language import choose_language, install_language
from teamdesk.ui.security.signin_screen import obtain_session

EXIT_OK = 0
EXIT_SMOKE_FAILED = 1
EXIT_CANNOT_OPEN = 2
SMOKE_TIMEOUT_MS = 120_000
ICON_FILE = "teamdesk.svg"

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("TeamDesk")
    app.setApplicationName("TeamDesk")
    app.setApplicationDisplayName("TeamDesk")
    app.setWindowIcon(application_icon())
    install_steady_input(app)
    return app


def application_icon() -> QIcon:
    """TeamDesk's icon, drawn from its SVG at whatever size the window system asks for (an
    empty icon if the file is missing: the program still runs)."""
    folder = find_resource_dir("icons", lambda d: (d / ICON_FILE).is_file())
    return QIcon(str(folder / ICON_FILE)) if folder is not None else QIcon()


def _print_ms(what: str, process_start: float) -> None:
    """A moment of the smoke test, in milliseconds since the process started (read by
    tests/perf/run.py): the sign-in screen shown, signed in, Today's residents listed, Today
    ready (their coverage on screen)."""
    print(f"{what}={round((time.perf_counter() - process_start) * 1000)}", flush=True)


def _log_to_file() -> None:
    """Bugs go to a log file with their traceback (the message box names the folder)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "teamdesk.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("teamdesk").addHandler(handler)


def _refuse_to_start(text: str, smoke_test: bool) -> int:
    print(text, file=sys.stderr)
    if not smoke_test:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("TeamDesk", "TeamDesk cannot open its data"),
            text,
        )
        box.setObjectName("startupError")
        box.exec()
    return EXIT_CANNOT_OPEN


def run_gui(options: argparse.Namespace, process_start: float) -> int:
    """Start the GUI: sign in, run the main window, and after "Switch user" sign in again."""
    app = _application()
    install_language(app, choose_language(getattr(options, "language", None)))
    if not options.smoke_test:
        _log_to_file()
    while True:
        switch_user: list[bool] = []
        code = _run_window(options, process_start, app, switch_user)
        if not switch_user:
            return code


def _import_window() -> None:
    """The main window's modules, imported by the sign-in screen while the person types
    (the screen itself does not wait for them)."""
    import teamdesk.ui.main_window
    import teamdesk.ui.security.accounts_dialog
    import teamdesk.ui.security.lock
    import teamdesk.ui.security.security_dialogs
    import teamdesk.ui.sync.sync_status  # noqa: F401


def _run_window(
    options: argparse.Namespace,
    process_start: float,
    app: QApplication,
    switch_user: list[bool],
) -> int:
    """Open the main window on the chosen data directory; returns the process exit code.

    ``--demo`` opens (and on first use fills) the separate demo directory. ``--smoke-test``
    prints ``ready_ms=N`` once Today shows data and exits 0. A database that cannot be opened
    is reported as a sentence, left untouched, and gives exit code 2.
    """
    smoke_test = bool(options.smoke_test)
    try:
        if options.demo:
            from teamdesk.services.bootstrap import prepare_demo  # builds or checks the demo

            chosen = options.data_dir
            directory = Path(chosen).expanduser() if chosen else demo_data_dir()
            if not chosen and language_of(translate) == "da":
                # The Danish demo is a Danish municipality of its own, beside the Norwegian one.
                directory = directory.with_name(directory.name + "-da")
            # agendas in the chosen language; a folder named by hand must be empty or a demo
            prepare_demo(directory, translate=translate, demo_folder=not chosen, rotas=True)
            location = DataLocation(directory, "--demo")
        else:
            location = resolve_data_dir(options.data_dir)
        user_session = obtain_session(
            location,
            demo=bool(options.demo),
            smoke_test=smoke_test,
            shown=lambda: _print_ms("signin_screen_ms", process_start),
            warm_up=_import_window,
        )
    except (StoreError, ServiceError) as error:
        return _refuse_to_start(refusal_text(error), smoke_test)
    except OSError as error:
        text = QApplication.translate(
            "TeamDesk",
            "TeamDesk could not open its data folder: {error}. Check that the folder exists "
            "and that you may write to it, or choose another with --data-dir.",
        ).format(error=error)
        return _refuse_to_start(text, smoke_test)

    if user_session is None:
        return EXIT_OK  # the person chose Quit at sign-in
    if smoke_test:
        _print_ms("signed_in_ms", process_start)
    # The window's pages and dialogs are imported once someone has signed in, so the sign-in
    # screen does not wait for them (a third of the program's imports).
    from teamdesk.services.accounts import auto_lock_minutes
    from teamdesk.services.bootstrap import open_location
    from teamdesk.ui.common.background import BackgroundReader
    from teamdesk.ui.main_window import MainWindow
    from teamdesk.ui.security.accounts_dialog import AccountsMenu
    from teamdesk.ui.security.lock import LockController
    from teamdesk.ui.security.security_dialogs import SecurityMenu
    from teamdesk.ui.session import Session
    from teamdesk.ui.sync.sync_status import SyncController, hook_lock

    store = user_session.store
    ctx = user_session.ctx
    session = Session(ctx)

    def open_reader_context() -> ServiceContext:
        return ServiceContext(
            open_location(location, store.key or b"", store.signer), ctx.actor, ctx.today
        )

    reader = BackgroundReader(open_reader_context)
    settings = QSettings("TeamDesk", "TeamDesk")
    window = MainWindow(
        session,
        reader,
        settings,
        location=str(location.directory),
        demo=bool(options.demo),
        remember_layout=not smoke_test,
    )
    code = {"value": EXIT_OK}
    watchdog = QTimer()
    if smoke_test:

        def ready() -> None:
            if code.get("ready"):
                return
            code["ready"] = 1
            _print_ms("ready_ms", process_start)
            # Let the window paint once with the data before leaving. exit(), not quit():
            # quit() first asks every window to close, which is not what a smoke test means.
            QTimer.singleShot(0, lambda: app.exit(EXIT_OK))

        def too_slow() -> None:
            print("smoke test: Today did not show data in time", file=sys.stderr)
            code["value"] = EXIT_SMOKE_FAILED
            app.exit(EXIT_SMOKE_FAILED)

        window.today.loaded.connect(ready)

        def listed() -> None:
            if not code.get("listed"):
                code["listed"] = 1
                _print_ms("list_ms", process_start)

        window.today.listed.connect(listed)
        # Stopped when this window's run ends: a watchdog left pending would end whatever the
        # process runs two minutes later (a second run in the same process, as tests do).
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(too_slow)
        watchdog.start(SMOKE_TIMEOUT_MS)

    def hand_over() -> None:
        switch_user.append(True)  # "Switch user": back to the sign-in screen
        window.close()

    lock = LockController(window, user_session, auto_lock_minutes(ctx), hand_over)
    security = SecurityMenu(
        window,
        user_session,
        # The residents page is built when first shown: ask it only when the menu is used.
        lambda: window.residents.page.resident_id() if window.is_built("residents") else None,
        hand_over,
    )

    def session_lost(text: str) -> None:
        # The database could not be opened again after a re-key: back to the sign-in screen.
        QMessageBox.warning(window, QApplication.translate("TeamDesk", "Sign in again"), text)
        hand_over()

    AccountsMenu(  # lives as long as the window
        window,
        user_session,
        lock.set_minutes,
        operations=session.ops,
        before_key_replacement=window.settle_operations,
        on_session_lost=session_lost,
    )
    # Sync on a connection of its own, like the reader: at sign-in, on a timer, on lock, on quit.
    sync = SyncController(window, session, open_reader_context)
    hook_lock(sync, lock)
    window.show()
    if not smoke_test:
        QTimer.singleShot(0, sync.start)
    problem = user_session.backup_problem
    if problem is not None and not smoke_test:
        # Work goes on, but the person must know the day's backup was not taken, and why.
        notice = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("TeamDesk", "No backup today"),
            tr_message(problem),
            QMessageBox.StandardButton.Ok,
            window,
        )
        notice.setObjectName("backupProblem")
        notice.setModal(False)
        QTimer.singleShot(0, notice.show)
    result = app.exec()
    watchdog.stop()
    lock.stop()
    window.shutdown()
    sync.shutdown(final_round=not smoke_test)
    # Gone when the run ends, not at whichever event loop runs next: a smoke run leaves its
    # window open (exit(), not quit()), and a window waiting to be deleted kept its
    # application-wide Ctrl+L, so the next window's Ctrl+L was ambiguous and did nothing.
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
    user_session.sign_out()
    security.run_after_sign_out()
    return code["value"] if smoke_test else result
