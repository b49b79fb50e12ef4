"""Slow work off the GUI thread: one helper for every operation a person waits for.

In the spirit of Anki's ``CollectionOp``/``QueryOp``: an operation is a *job* (a function run
on a worker thread), what to do *on success* and *on failure* (both run on the GUI thread),
*progress* the job may report, and *cancel* where stopping half-way is safe. While any runs,
the mouse shows a busy cursor and :class:`BusyIndicator` says what runs in the status bar or
the dialog; the window keeps answering clicks and repainting.

The rules the callers keep:

- **No widget in the job.** The job gets a :class:`Progress` and works on values gathered
  before it started; Qt objects are touched only in ``on_success``/``on_failure``.
- **Threads and SQLite.** A job that reads or writes the database opens its own connection
  (``Session.worker_context``: a second ``Store`` on the same file through the one
  connection factory; :func:`on_own_connection`) and closes it when done; the GUI's
  connection is never used from the worker. Its writes go through the services and the
  store's one write path like any other: another connection is to SQLite just another
  writer, serialised by the file's lock.
- **One at a time per kind.** :meth:`Operations.run` starts nothing while an operation with the
  same key runs, so a second click on "Export" or "Back up now" does not start a second one.
- **Closing and locking.** :meth:`Operations.finish_all` cancels what may be cancelled, waits
  for the rest and delivers their outcome at once; the window calls it before it closes or
  locks, so nothing is left half-written and no result arrives on a locked screen.
- **Failures are sentences.** A refusal of the services or the store becomes its sentence, a
  file that cannot be written says why, anything else is logged with its traceback and shown
  as "something went wrong" with where the log is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from teamdesk.services.context import ServiceContext
from teamdesk.services.errors import ServiceError, StoreError
from teamdesk.ui.common.text import refusal_text, something_went_wrong

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job by :meth:`Progress.check` once the person cancelled."""


class Progress:
    """What a job gets: a way to say how far it is, and to notice a cancel. Thread-safe."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done (the indicator shows it)."""
        self._report(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) if the person cancelled; call it only where
        stopping leaves nothing half-done."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()


def file_problem(error: OSError) -> str:
    """The sentence for a file that could not be read or written."""
    return QCoreApplication.translate(
        "ExportFlow", "Could not write {file}: {reason}. Choose another folder."
    ).format(file=str(error.filename or ""), reason=error.strerror or str(error))


class _Worker(QThread):
    """Runs one job; keeps its result or its failure for the GUI thread to pick up."""

    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self.progress = Progress(self.progressed.emit)
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self.result = self._job(self.progress)
        except Cancelled:
            self.cancelled = True
        except Exception as error:  # handed to the GUI thread, which says it as a sentence
            self.error = error
            if not isinstance(error, ServiceError | StoreError | OSError):
                log.error("a background operation failed", exc_info=error)


class Operation(Generic[T]):
    """One job, its callbacks, and its cancel. Made by :meth:`Operations.run`; a plain object
    (the Qt side is its ``Operations`` and its worker thread)."""

    def __init__(
        self,
        owner: Operations,
        key: str,
        label: str,
        worker: _Worker,
        on_success: Callable[[T], None],
        on_failure: Callable[[str], object],
        on_cancel: Callable[[], None] | None,
        cancellable: bool,
    ) -> None:
        self.owner = owner
        self.key = key
        self.label = label
        self.cancellable = cancellable
        self.worker = worker
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._delivered = False

    @property
    def running(self) -> bool:
        """Whether its outcome is still to come."""
        return not self._delivered

    def cancel(self) -> bool:
        """Ask the job to stop at its next safe point; False when it cannot be cancelled."""
        if not self.cancellable:
            return False
        self.worker.progress.cancel()
        return True

    def deliver(self) -> bool:
        """Wait for the job if needed, then run its callback here; False if it already ran."""
        if self._delivered:
            return False
        self.worker.wait()
        self._delivered = True
        worker = self.worker
        if worker.cancelled:
            if self._on_cancel is not None:
                self._on_cancel()
        elif worker.error is not None:
            self._on_failure(_sentence(worker.error))
        else:
            self._on_success(worker.result)
        return True


def _sentence(error: BaseException) -> str:
    if isinstance(error, ServiceError | StoreError):
        return refusal_text(error)
    if isinstance(error, OSError):
        return file_problem(error)
    return something_went_wrong()


class Operations(QObject):
    """Starts operations, one per key at a time, and shows that work is going on.

    ``on_failure`` says a failure to the person when a caller does not say it itself (the
    window shows it beside what was tried). A busy cursor is shown while any operation runs.
    """

    busy_changed = Signal()
    """An operation started or ended; :meth:`current` says what runs now."""
    progressed = Signal(str, int, int)
    """An operation (by key) reported ``done`` of ``total`` steps."""
    ended = Signal(str)
    """An operation (by key) delivered its outcome (success, failure or cancel)."""

    def __init__(self, on_failure: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default_failure = on_failure
        self._running: dict[str, Operation[Any]] = {}
        # Finished worker threads, kept until the next start: a QThread is not deleted from
        # inside the delivery of its own signal.
        self._spent: list[_Worker] = []

    def run(
        self,
        key: str,
        label: str,
        job: Callable[[Progress], T],
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[str], object] | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = False,
    ) -> Operation[T] | None:
        """Run ``job`` on a worker thread, then ``on_success(result)`` or ``on_failure(sentence)``
        on this one. While an operation with ``key`` runs, nothing starts and None is returned.
        ``label`` says what runs ("Writing the plan…")."""
        if key in self._running:
            return None
        self._spent = [w for w in self._spent if not w.isFinished()]
        worker = _Worker(job)
        worker.setObjectName(f"operation:{key}")
        operation: Operation[T] = Operation(
            self,
            key,
            label,
            worker,
            on_success,
            on_failure or self._default_failure,
            on_cancel,
            cancellable,
        )
        self._running[key] = operation
        # Emitted on the worker thread; these slots run on this object's (the GUI) thread.
        worker.progressed.connect(self._worker_progressed)
        worker.finished.connect(self._worker_finished)
        if len(self._running) == 1:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker.start()
        self.busy_changed.emit()
        return operation

    def running(self, key: str) -> bool:
        return key in self._running

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def current(self) -> Operation[Any] | None:
        """The newest running operation (for the indicator)."""
        return next(reversed(self._running.values()), None)

    def finish_all(self) -> None:
        """Cancel what may be cancelled, wait for the rest and deliver every outcome now:
        before the window closes or locks, so nothing is half-written or arrives later."""
        for operation in list(self._running.values()):
            operation.cancel()
        for operation in list(self._running.values()):
            self._deliver(operation)

    def _operation_of(self, worker: QObject | None) -> Operation[Any] | None:
        return next((o for o in self._running.values() if o.worker is worker), None)

    @Slot(int, int)
    def _worker_progressed(self, done: int, total: int) -> None:
        operation = self._operation_of(self.sender())
        if operation is not None:
            self.progressed.emit(operation.key, done, total)

    @Slot()
    def _worker_finished(self) -> None:
        operation = self._operation_of(self.sender())
        if operation is not None:
            self._deliver(operation)

    def _deliver(self, operation: Operation[Any]) -> None:
        try:
            if not operation.deliver():
                return
        finally:
            if self._running.get(operation.key) is operation and not operation.running:
                del self._running[operation.key]
                self._spent.append(operation.worker)
                if not self._running:
                    QGuiApplication.restoreOverrideCursor()
                self.busy_changed.emit()
                self.ended.emit(operation.key)


def wait_for(operation: Operation[Any] | None) -> None:
    """Keep the event loop running (windows repaint and answer) until ``operation`` has
    delivered its outcome: for work the next step must wait for, such as a restore before
    the sign-in screen comes back."""
    if operation is None or not operation.running:
        return
    loop = QEventLoop()
    operation.owner.ended.connect(loop.quit)
    loop.exec()
    operation.owner.ended.disconnect(loop.quit)


def on_own_connection(
    open_context: Callable[[], ServiceContext], work: Callable[[ServiceContext], T]
) -> Callable[[Progress], T]:
    """A job that runs ``work`` on a connection of its own (``Session.worker_context``),
    closed when it is done, whatever happened."""

    def job(_progress: Progress) -> T:
        ctx = open_context()
        try:
            return work(ctx)
        finally:
            ctx.store.close()

    return job


class BusyIndicator(QWidget):
    """ "Writing the plan…" with a progress bar while operations run; hidden when none does."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self._operations = operations
        self.label = QLabel()
        self.label.setObjectName("busyLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("busyProgress")
        self.bar.setAccessibleName(QCoreApplication.translate("Operations", "Progress"))
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)  # the bar stays beside its sentence in a wide column
        operations.busy_changed.connect(self._refresh)
        operations.progressed.connect(self._progressed)
        self._shown: str | None = None
        self.hide()

    def _refresh(self) -> None:
        current = self._operations.current()
        if current is None:
            self._shown = None
            self.hide()
            return
        if current.key != self._shown:
            self._shown = current.key
            self.label.setText(current.label)
            self.bar.setRange(0, 0)  # moving until the job says how far it is
        self.show()

    def _progressed(self, key: str, done: int, total: int) -> None:
        if key == self._shown:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
