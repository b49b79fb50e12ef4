"""A worker thread that keeps a database connection of its own, for work that comes again and
again: the window's background reads (Today's coverage, the house's rule findings) and sync
rounds.

It is the long-lived sibling of :mod:`teamdesk.ui.common.operations` and keeps the same rules:
no widget is touched on the worker, the worker's connection is never the GUI's (SQLite
connections are not shared between threads here), its writes go through the services and the
store's one write path, and a failure reaches the GUI thread as a sentence. One thread per kind
of recurring work (not a thread per job as an operation has) so that its connection, opened on
first use, is reused.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from teamdesk.services.context import ServiceContext
from teamdesk.services.errors import ServiceError, StoreError

log = logging.getLogger(__name__)

Job = Callable[[ServiceContext], Any]


@dataclass(frozen=True)
class Outcome:
    """What a job gave: its result, or the refusal it met (``refused``), or an unexpected
    failure (``failed``: logged with its traceback, said as "something went wrong")."""

    result: Any = None
    refused: ServiceError | StoreError | None = None
    failed: bool = False


@dataclass(frozen=True)
class _Submitted:
    job: Job
    deliver: Callable[[Outcome], None]


class _Runner(QObject):
    finished = Signal(object, object)  # _Submitted, Outcome

    def __init__(self, open_context: Callable[[], ServiceContext], name: str) -> None:
        super().__init__()
        self._open_context = open_context
        self._name = name
        self._ctx: ServiceContext | None = None
        self.pending = 0
        self.lock = threading.Lock()
        self.idle = threading.Event()
        self.idle.set()

    @Slot(object)
    def run(self, submitted: _Submitted) -> None:
        try:
            if self._ctx is None:
                self._ctx = self._open_context()
            outcome = Outcome(result=submitted.job(self._ctx))
        except (ServiceError, StoreError) as error:
            outcome = Outcome(refused=error)
        except Exception:
            log.exception("background work on %s failed", self._name)
            outcome = Outcome(failed=True)
        finally:
            with self.lock:
                self.pending -= 1
                if self.pending == 0:
                    self.idle.set()
        self.finished.emit(submitted, outcome)

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.store.close()
            self._ctx = None


# Every connection thread of this process, for :func:`hold_all_connections`.
_LIVE: weakref.WeakSet[ConnectionThread] = weakref.WeakSet()


class ConnectionThread(QObject):
    """Runs jobs one after another on a named worker thread with its own connection; each
    job's :class:`Outcome` is handed to its ``deliver`` on this object's (the GUI) thread."""

    _submit = Signal(object)

    def __init__(
        self,
        open_context: Callable[[], ServiceContext],
        name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._runner = _Runner(open_context, name)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        # Jobs asked for while held (see hold); None when not held.
        self._held: list[_Submitted] | None = None
        self._thread.start()
        _LIVE.add(self)

    @property
    def running(self) -> bool:
        """Whether jobs are still accepted (False after :meth:`shutdown`)."""
        return self._thread.isRunning()

    def submit(self, job: Job, deliver: Callable[[Outcome], None]) -> bool:
        """Queue ``job``; False (and nothing queued) once the thread has stopped."""
        if not self._thread.isRunning():
            return False
        if self._held is not None:
            self._held.append(_Submitted(job, deliver))
            return True
        self._emit(_Submitted(job, deliver))
        return True

    def _emit(self, submitted: _Submitted) -> None:
        with self._runner.lock:
            self._runner.pending += 1
            self._runner.idle.clear()
        self._submit.emit(submitted)

    def hold(self, seconds: float) -> bool:
        """Close the worker's connection once its queued jobs are done, and start no job
        until :meth:`resume` (those asked for meanwhile wait; the next one opens a connection
        anew). False, nothing held, when the jobs took more than ``seconds``."""
        self._held = []
        if not self.wait_idle(seconds):
            self.resume()
            return False
        self._runner.close()  # the worker is idle: its connection is not in use
        return True

    def resume(self) -> None:
        """Start the jobs asked for while held, and the ones after them."""
        held, self._held = self._held or [], None
        for submitted in held:
            self._emit(submitted)

    def wait_idle(self, seconds: float) -> bool:
        """Block until no job is queued or running (False if ``seconds`` passed first); for
        quitting, where the event loop no longer runs."""
        return self._runner.idle.wait(seconds)

    @Slot(object, object)
    def _finished(self, submitted: _Submitted, outcome: Outcome) -> None:
        submitted.deliver(outcome)

    def shutdown(self, wait_seconds: float | None = None) -> bool:
        """Stop the thread once its jobs are done and close its connection. With
        ``wait_seconds``, gives up (False, the thread left running) if they take longer."""
        if self._thread.isRunning():
            if wait_seconds is not None and not self.wait_idle(wait_seconds):
                return False
            self._thread.quit()
            self._thread.wait()
        self._runner.close()
        return True


def hold_all_connections(seconds: float = 30.0) -> Callable[[], None] | None:
    """Hold every connection thread of this process (see :meth:`ConnectionThread.hold`), so
    that none has the database open, for replacing its key; returns what resumes them, or None
    (nothing held) when one was still busy after ``seconds``."""
    held: list[ConnectionThread] = []

    def resume() -> None:
        for thread in held:
            thread.resume()

    for thread in list(_LIVE):
        if not thread.running:
            continue
        if not thread.hold(seconds):
            resume()
            return None
        held.append(thread)
    return resume
