"""Row ids and the hybrid logical clock that orders changes across PCs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import uuid6


def new_id() -> str:
    """A new UUIDv7 as text: time-ordered, born on this PC, never colliding with another's."""
    return str(uuid6.uuid7())


# Counters below this are written as five digits, as TeamDesk always has; larger ones get a
# marker letter that sorts after every digit, then a letter saying how many digits follow, so a
# stamp's text order is its time order for any counter (the old "%05d" put 100000 before 99999).
_SHORT_COUNTER = 100_000
_LONG_MARK = "x"
_MAX_DIGITS = 25


def encode_counter(counter: int) -> str:
    """The counter as text that sorts like the number (see ``_LONG_MARK``)."""
    if counter < 0:
        raise ValueError(f"a clock counter is never negative: {counter}")
    if counter < _SHORT_COUNTER:
        return f"{counter:05d}"
    digits = str(counter)
    if len(digits) > _MAX_DIGITS:
        raise ValueError(f"clock counter too large: {counter}")
    return f"{_LONG_MARK}{chr(ord('a') + len(digits))}{digits}"


def decode_counter(text: str) -> int:
    if text.startswith(_LONG_MARK):
        digits = text[2:]
        if len(text) < 3 or ord(text[1]) - ord("a") != len(digits) or not digits.isdigit():
            raise ValueError(f"not a clock counter: {text!r}")
        return int(digits)
    if len(text) == 5 and text.isdigit():
        return int(text)
    if len(text) > 5 and text.isdigit():
        return int(text)  # written by an older TeamDesk past 99,999 (sorted wrongly then)
    raise ValueError(f"not a clock counter: {text!r}")


class HybridLogicalClock:
    """A hybrid logical clock: wall-clock milliseconds plus a counter, as a sortable string.

    Strings compare in time order: ``"<ms:015d>-<counter>"`` (see :func:`encode_counter`). The
    clock never goes back, even when the wall clock does, and :meth:`observe` moves it past a
    time seen from another PC or another TeamDesk process on the same file.
    """

    def __init__(self, wall_ms: Callable[[], int] | None = None, last: str | None = None) -> None:
        self._wall_ms = wall_ms or wall_clock_ms
        self._ms, self._counter = self.parse(last) if last else (0, 0)
        self._lock = threading.Lock()

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        """Split a stamp into milliseconds and counter; refuses text that is not a stamp."""
        ms, counter = stamp.split("-", 1)
        if len(ms) != 15 or not ms.isdigit():
            raise ValueError(f"not a clock stamp: {stamp!r}")
        return int(ms), decode_counter(counter)

    @staticmethod
    def format(ms: int, counter: int) -> str:
        return f"{ms:015d}-{encode_counter(counter)}"

    @classmethod
    def normalize(cls, stamp: str) -> str:
        """A stamp in today's encoding (an older TeamDesk wrote counters past 99,999 plainly)."""
        return cls.format(*cls.parse(stamp))

    def wall_ms(self) -> int:
        """This PC's wall clock, as the clock reads it."""
        return self._wall_ms()

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


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000
