"""Row ids and the hybrid logical clock that orders changes across PCs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import uuid6


def new_id() -> str:
    """A new UUIDv7 as text: time-ordered, born on this PC, never colliding with another's."""
    return str(uuid6.uuid7())


class HybridLogicalClock:
    """A hybrid logical clock: wall-clock milliseconds plus a counter, as a sortable string.

    Strings compare in time order: ``"<ms:015d>-<counter:05d>"``. The clock never goes back,
    even when the wall clock does, and :meth:`observe` moves it past a time seen from another PC.
    """

    def __init__(self, wall_ms: Callable[[], int] | None = None, last: str | None = None) -> None:
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._ms, self._counter = self.parse(last) if last else (0, 0)
        self._lock = threading.Lock()

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        """Split a stamp into milliseconds and counter; refuses text that is not a stamp."""
        ms, counter = stamp.split("-", 1)
        return int(ms), int(counter)

    @staticmethod
    def format(ms: int, counter: int) -> str:
        return f"{ms:015d}-{counter:05d}"

    def now(self) -> str:
        """A new stamp, later than every stamp this clock has given or observed."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
            return self.format(self._ms, self._counter)

    def observe(self, stamp: str) -> None:
        """Move the clock past ``stamp`` (from the database or another PC)."""
        ms, counter = self.parse(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter
