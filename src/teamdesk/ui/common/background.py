"""Slow reads off the GUI thread: one worker thread with its own database connection.

Today's coverage and the house-wide rule findings look at every resident, which takes a second
or more in a large municipality. The views ask for them here and get the result on the GUI
thread, so the window stays responsive. The reads run on a
:class:`~teamdesk.ui.common.connection_thread.ConnectionThread` (its own connection, which
only reads here); every write stays on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from teamdesk.services.context import ServiceContext
from teamdesk.ui.common.connection_thread import ConnectionThread, Outcome
from teamdesk.ui.common.text import refusal_text, something_went_wrong

Query = Callable[[ServiceContext], Any]


class BackgroundReader(QObject):
    """Runs named read queries on a worker thread; the newest result per name wins.

    Asking again for a name while its query runs queues one more run, so a burst of edits
    costs at most two reads, and a result that an edit made stale is never shown.
    """

    def __init__(
        self, open_context: Callable[[], ServiceContext], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = ConnectionThread(open_context, "teamdeskReader", self)
        self._generation: dict[str, int] = {}
        self._running: set[str] = set()
        self._pending: dict[str, tuple[Query, Callable[[Any], None], Callable[[str], None]]] = {}
        self._callbacks: dict[str, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._shut = False

    def request(
        self,
        key: str,
        query: Query,
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``query`` in the background and hand its result to ``on_result`` on this thread."""
        if not self._worker.running:
            return
        if key in self._running:
            self._pending[key] = (query, on_result, on_error)
            return
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._running.add(key)
        self._callbacks[key] = (on_result, on_error)
        self._worker.submit(query, lambda outcome: self._finished(key, generation, outcome))

    def busy(self) -> bool:
        return bool(self._running)

    def _finished(self, key: str, generation: int, outcome: Outcome) -> None:
        self._running.discard(key)
        if self._shut:
            return  # a read that ended as the window closed: whoever asked may be gone
        callbacks = self._callbacks.pop(key, None)
        pending = self._pending.pop(key, None)
        if pending is not None:
            # The data changed while this ran: its result is stale, run again.
            self.request(key, *pending)
            return
        if callbacks is None or generation != self._generation.get(key):
            return
        on_result, on_error = callbacks
        if outcome.refused is not None:
            on_error(refusal_text(outcome.refused))
        elif outcome.failed:
            on_error(something_went_wrong())
        else:
            on_result(outcome.result)

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread; waits for a running read, whose
        result is dropped."""
        self._shut = True
        self._worker.shutdown()
