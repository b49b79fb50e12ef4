"""Sync in the program: at sign-in, every few minutes, on lock, on quit and on "Sync now".

Rounds run on a :class:`~teamdesk.ui.common.connection_thread.ConnectionThread` (a worker
thread with a database connection of its own, as the window's background reads do), never on
the GUI thread. The worker writes
through the same services and store as the GUI; the engine applies a large change set in short
transactions of whole rows, so an edit made meanwhile waits for the write lock only briefly.

The status bar always says when this PC last synced, how many changes wait to be sent and how
many texts edited on two PCs wait for a person; a failed round says why in one sentence and is
tried again after :data:`RETRY_MS`. How often a round runs is the house's setting (House
settings); which folder is this PC's own (House settings too, or File > Sync folder).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from teamdesk.services.context import Permission, ServiceContext, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.sync import SyncReport, SyncService, SyncStatus
from teamdesk.ui.common.connection_thread import ConnectionThread, Outcome
from teamdesk.ui.common.text import (
    format_moment,
    format_time,
    refusal_text,
    something_went_wrong,
    tr_message,
)
from teamdesk.ui.common.widgets import named
from teamdesk.ui.session import Session
from teamdesk.ui.sync.house_dialogs import HouseActions

log = logging.getLogger(__name__)

# A failed round (the share not connected yet, say) is tried again this much later.
RETRY_MS = 60_000
# How long quitting waits for the last round before leaving it (a kill is safe too: the
# store's transactions and the folder's whole-file writes are what the crash tests prove).
QUIT_WAIT_MS = 30_000


@dataclass(frozen=True)
class RoundResult:
    """What the worker hands back: the round's report (None when no round ran), the status
    after it, the house's interval, and why the round failed (None when it did not)."""

    report: SyncReport | None
    status: SyncStatus | None
    interval_minutes: int
    failure: ServiceError | StoreError | None
    bug: bool = False


def _round(ctx: ServiceContext) -> RoundResult:
    """One round on the worker's connection, and the status after it; a round the folder
    refused still reads the status (what waits to be sent)."""
    service = SyncService(ctx)
    report: SyncReport | None = None
    failure: ServiceError | StoreError | None = None
    try:
        report = service.sync_now()
    except (ServiceError, StoreError) as error:
        failure = error
    return RoundResult(report, service.status(), service.interval_minutes(), failure)


def _result(outcome: Outcome) -> RoundResult:
    if isinstance(outcome.result, RoundResult):
        return outcome.result
    return RoundResult(None, None, 0, outcome.refused, bug=outcome.failed)


class SyncController(QObject):
    """The status-bar line, File > Sync now / Sync folder, the timer, and the worker."""

    round_done = Signal(object)
    """A round (or a status read) finished; carries its :class:`RoundResult`."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        open_context: Callable[[], ServiceContext],
    ) -> None:
        super().__init__(window)
        self.setObjectName("syncController")
        self.window = window
        self.session = session
        self.service = SyncService(session.ctx)
        self._open_context = open_context
        self._worker: ConnectionThread | None = None
        self._running = False
        self._again = False
        self._stopped = False
        self.interval_ms = 5 * 60_000
        self.last: RoundResult | None = None

        self.label = named(QLabel(), "syncStatus", self.tr("Sync"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(False)
        window.statusBar().addPermanentWidget(self.label)

        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

        may_sync = session.ctx.can(Permission.SYNC)
        self.sync_now_action = QAction(self.tr("S&ync now"), window)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.triggered.connect(lambda _checked=False: self.sync_now())
        self.folder_action = QAction(self.tr("Sync &folder…"), window)
        self.folder_action.setObjectName("syncFolderAction")
        self.folder_action.triggered.connect(lambda _checked=False: self.choose_folder())
        self.apply_held_action = QAction(self.tr("Apply changes held for a wrong cloc&k…"), window)
        self.apply_held_action.setObjectName("applyHeldAction")
        self.apply_held_action.triggered.connect(lambda _checked=False: self.apply_held())
        self.apply_held_action.setVisible(False)
        for action in (self.sync_now_action, self.folder_action):
            action.setEnabled(may_sync)
            action.setVisible(may_sync)
        file_menu = window.findChild(QMenu, "fileMenu")
        if file_menu is not None and file_menu.actions():
            before = file_menu.actions()[-1]  # Quit
            for action in (self.sync_now_action, self.folder_action, self.apply_held_action):
                file_menu.insertAction(before, action)
            # For administrators: publish the house, retire a PC (see house_dialogs).
            self.house = HouseActions(
                window, session, lambda action: file_menu.insertAction(before, action)
            )
            file_menu.insertSeparator(before)
        window.addAction(self.sync_now_action)
        # An edit here is one more change waiting to be sent: say so without waiting for a round.
        session.changed.connect(lambda _tables: self.refresh_counts())
        self._show_idle()

    # -- what the status bar says -----------------------------------------------------------

    def _folder(self) -> str | None:
        try:
            return self.service.folder()
        except (ServiceError, StoreError):
            return None

    def _show_idle(self) -> None:
        if not self.session.ctx.can(Permission.SYNC):
            self.label.hide()
            return
        if self._folder() is None:
            self._say(
                self.tr("Not synced: no sync folder chosen (File > Sync folder)."), refused=False
            )
        else:
            self._say(self.tr("Sync folder chosen; not synced yet in this session."), False)

    def _say(self, text: str, refused: bool, details: list[str] | None = None) -> None:
        self.label.setText(text)
        self.label.setProperty("kind", "refused" if refused else "")
        self.label.setStyleSheet("color: #8a1c12; font-weight: 600;" if refused else "")
        self.label.setToolTip("\n".join([text, *(details or [])]))

    def _when(self, stamp: str | None) -> str:
        if not stamp:
            return self.tr("never")
        try:
            moment = datetime.fromisoformat(stamp).astimezone()
        except ValueError:
            return stamp
        if moment.date() == datetime.now().astimezone().date():
            return format_time(moment.time())
        return format_moment(moment)

    def _show(self, result: RoundResult) -> None:
        status = result.status
        problems = [tr_message(m) for m in (result.report.problems if result.report else [])]
        if status is not None:
            problems += [p for p in status.held if p not in problems]
        summary = ""
        if status is not None:
            summary = self.tr(
                "Last synced: {when}. Waiting to be sent: {waiting}. Conflicts to resolve: "
                "{conflicts}."
            ).format(
                when=self._when(status.last_synced),
                waiting=status.changes_waiting,
                conflicts=status.conflicts,
            )
        if result.failure is not None or result.bug:
            failure = result.failure
            reason = something_went_wrong() if failure is None else refusal_text(failure)
            self._say(
                self.tr("Sync failed: {reason} Trying again in a minute.").format(reason=reason),
                True,
                [summary] if summary else [],
            )
            return
        if status is not None and status.folder is None:
            self._show_idle()
            return
        if problems:
            self._say(f"{summary} {problems[0]}", True, problems[1:])
        else:
            self._say(summary, False)

    def refresh_counts(self) -> None:
        """Show what waits now (after an edit here), keeping the last round's outcome. A few
        counts read on this thread; no round runs here."""
        last = self.last
        if last is None or self._running or self._stopped or last.status is None:
            return
        try:
            status = self.service.status()
        except (ServiceError, StoreError):
            return
        # The last round's own problems are kept; what it applied is not applied again.
        report = last.report
        if report is not None:
            report = SyncReport(problems=list(report.problems))
        self._show(RoundResult(report, status, last.interval_minutes, last.failure, last.bug))

    # -- running rounds ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """At sign-in: a round at once when this PC has a sync folder."""
        if self._folder() is not None and self.session.ctx.can(Permission.SYNC):
            self.sync_now()

    def sync_now(self) -> None:
        """Run a round in the background (one more after the running one, if one runs)."""
        if self._stopped or not self.session.ctx.can(Permission.SYNC):
            return
        if self._folder() is None:
            self._show_idle()
            return
        self.timer.stop()
        if self._running:
            self._again = True
            return
        self._running = True
        self._say(self.tr("Syncing…"), False)
        self._ensure_worker().submit(_round, self._finished)

    def _ensure_worker(self) -> ConnectionThread:
        if self._worker is None:
            self._worker = ConnectionThread(self._open_context, "teamdeskSync", self)
        return self._worker

    def _finished(self, outcome: Outcome) -> None:
        result = _result(outcome)
        self._running = False
        self.last = result
        if result.interval_minutes:
            self.interval_ms = result.interval_minutes * 60_000
        self._show(result)
        held = bool(result.status and result.status.clock_held)
        may_decide = self.session.ctx.can(Permission.EDIT_SETTINGS)
        self.apply_held_action.setVisible(held and may_decide)
        self.apply_held_action.setEnabled(held and may_decide)
        if result.report is not None and result.report.tables:
            # What other PCs changed shows at once in the open pages.
            self.session.changed.emit(frozenset(result.report.tables))
        self.round_done.emit(result)
        if self._stopped:
            return
        if self._again:
            self._again = False
            self.sync_now()
            return
        failed = result.failure is not None or result.bug
        self.timer.start(min(RETRY_MS, self.interval_ms) if failed else self.interval_ms)

    # -- the person's choices ----------------------------------------------------------------

    def choose_folder(self, folder: str | None = None) -> bool:
        """Choose this PC's sync folder (asks with a folder dialog when none is given), then
        sync. A folder that cannot be reached is refused with a sentence."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Choose the folder this PC syncs through")
            )
            if not folder:
                return False
        try:
            self.service.set_folder(folder)
        except (ServiceError, StoreError) as error:
            self.session.refused.emit(refusal_text(error))
            return False
        self.session.told.emit(self.tr("This PC now syncs through {folder}.").format(folder=folder))
        self.sync_now()
        return True

    def confirm_apply_held(self, held: str) -> bool:
        """Ask before applying changes stamped ahead; tests answer for the person."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Apply changes held for a wrong clock"),
            self.tr(
                "{held}\n\nApplied now, these changes keep winning over later edits of the same "
                "fields until that time has passed. Put the wrong clock right first if you can. "
                "Apply them anyway?"
            ).format(held=held),
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply_held(self) -> int:
        """After the person confirms, apply the sets held for a clock ahead at the next round."""
        status = self.last.status if self.last is not None else None
        if status is None or not status.clock_held:
            return 0
        if not self.confirm_apply_held("\n".join(status.held)):
            return 0
        count = 0
        try:
            for replica, _name in status.clock_held:
                count += self.service.apply_held_anyway(replica)
        except (ServiceError, StoreError) as error:
            self.session.refused.emit(refusal_text(error))
            return count
        self.sync_now()
        return count

    # -- lock and quit -----------------------------------------------------------------------

    def on_lock(self) -> None:
        """Locking the window syncs what was done before it."""
        self.sync_now()

    def shutdown(self, *, final_round: bool = True) -> None:
        """On quit or sign-out: one last round (when this PC syncs), then stop the worker."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        worker = self._worker
        if final_round and self._folder() is not None and self.session.ctx.can(Permission.SYNC):
            worker = self._ensure_worker()
            if worker.wait_idle(QUIT_WAIT_MS / 1000):
                worker.submit(_round, self._finished)
        if worker is not None and not worker.shutdown(QUIT_WAIT_MS / 1000):
            log.warning("the last sync round did not end in time; leaving it")


def hook_lock(controller: SyncController, lock: QObject) -> None:
    """Sync when the window locks (the lock controller's ``locked_now`` signal)."""
    signal = getattr(lock, "locked_now", None)
    if signal is not None:
        signal.connect(controller.on_lock)


def status_widget(window: QWidget) -> QLabel | None:
    """The status-bar line of a window's sync, for tests and the accessibility walk."""
    return window.findChild(QLabel, "syncStatus")
