"""Slow reads off the GUI thread: one worker thread with its own database connection.

Today's coverage and the house-wide rule findings look at every resident, which takes a second
or more in a large municipality. The views ask for them here and get the result as a signal, so
the window stays responsive. The worker opens its own connection (SQLite connections are not
shared between threads here) and only reads; every write stays on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.ui.common.text import refusal_text, something_went_wrong

log = logging.getLogger(__name__)

Query = Callable[[ServiceContext], Any]


@dataclass(frozen=True)
class _Job:
    key: str
    generation: int
    query: Query


class _Worker(QObject):
    finished = Signal(str, int, object, str)  # key, generation, result, error sentence

    def __init__(self, open_context: Callable[[], ServiceContext]) -> None:
        super().__init__()
        self._open_context = open_context
        self._ctx: ServiceContext | None = None

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            if self._ctx is None:
                self._ctx = self._open_context()
            result = job.query(self._ctx)
        except (ServiceError, StoreError) as error:
            self.finished.emit(job.key, job.generation, None, refusal_text(error))
            return
        except Exception:
            log.exception("background read %s failed", job.key)
            self.finished.emit(job.key, job.generation, None, something_went_wrong())
            return
        self.finished.emit(job.key, job.generation, result, "")

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.store.close()
            self._ctx = None


class BackgroundReader(QObject):
    """Runs named read queries on a worker thread; the newest result per name wins.

    Asking again for a name while its query runs queues one more run, so a burst of edits
    costs at most two reads, and a result that an edit made stale is never shown.
    """

    _submit = Signal(object)

    def __init__(
        self, open_context: Callable[[], ServiceContext], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("teamdeskReader")
        self._worker = _Worker(open_context)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._generation: dict[str, int] = {}
        self._running: set[str] = set()
        self._pending: dict[str, tuple[Query, Callable[[Any], None], Callable[[str], None]]] = {}
        self._callbacks: dict[str, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._thread.start()

    def request(
        self,
        key: str,
        query: Query,
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``query`` in the background and hand its result to ``on_result`` on this thread."""
        if not self._thread.isRunning():
            return
        if key in self._running:
            self._pending[key] = (query, on_result, on_error)
            return
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._running.add(key)
        self._callbacks[key] = (on_result, on_error)
        self._submit.emit(_Job(key, generation, query))

    def busy(self) -> bool:
        return bool(self._running)

    @Slot(str, int, object, str)
    def _on_finished(self, key: str, generation: int, result: object, error: str) -> None:
        self._running.discard(key)
        callbacks = self._callbacks.pop(key, None)
        pending = self._pending.pop(key, None)
        if pending is not None:
            # The data changed while this ran: its result is stale, run again.
            self.request(key, *pending)
            return
        if callbacks is None or generation != self._generation.get(key):
            return
        on_result, on_error = callbacks
        if error:
            on_error(error)
        else:
            on_result(result)

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread; waits for a running read."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._worker.close()
