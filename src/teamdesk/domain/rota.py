"""Shifts and rotas: who of the staff is in the house at a given moment (issue 13).

A house names its own shift kinds (a code, a name, a start and an end; a night shift ends the
next morning). A unit's rota is a cycle of N weeks that repeats from a start date, giving each
staff member on it a shift (or none) per day of the cycle. A one-off change for one staff member
on one date (a swap, an extra shift, a sick leave covered by someone else, a day off) overrides
the pattern without editing it, and a recorded absence cancels what the person would have
worked.

A shift belongs to the date it starts on: the night shift that starts at 22:15 on Monday is
Monday's, and it counts at 03:00 on Tuesday too. An absence on Monday cancels it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple

from teamdesk.domain.team import Absence
from teamdesk.domain.text import N_, Hours, Translate

DEFAULT_CYCLE_WEEKS = 12
MAX_CYCLE_WEEKS = 52


@dataclass(frozen=True, slots=True)
class ShiftKind:
    """One of the house's shifts: ``end`` at or before ``start`` means it ends the next day."""

    id: str
    code: str
    name: str
    start: time
    end: time

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def span_on(self, day: date) -> tuple[datetime, datetime]:
        """When this shift, started on ``day``, begins and ends."""
        begins = datetime.combine(day, self.start)
        ends = datetime.combine(day + timedelta(days=1) if self.crosses_midnight else day, self.end)
        return begins, ends

    @property
    def hours(self) -> str:
        """ "07:30–15:30", as a rota prints it (in ISO's 24-hour form, for the log and scripts;
        a person reads :meth:`hours_in` their language)."""
        return str(self.span)

    @property
    def span(self) -> Hours:
        """The hours as a value a sentence writes in its own language."""
        return Hours(self.start, self.end)

    def hours_in(self, translate: Translate) -> str:
        """ "07:30–15:30" as ``translate``'s language writes times (Danish "07.30–15.30")."""
        return self.span.in_language(translate)


# The defaults; the codes are how Norwegian rotas often write them (A for aften), and
# every house changes them to its own. The names are marked for translation: a name the house
# typed itself is shown as typed.
DEFAULT_SHIFT_KINDS: tuple[tuple[str, str, time, time], ...] = (
    ("D", N_("Day"), time(7, 30), time(15, 30)),
    ("A", N_("Evening"), time(15, 0), time(22, 30)),
    ("N", N_("Night"), time(22, 15), time(7, 45)),
    ("L", N_("Long day"), time(8, 0), time(20, 0)),
)


@dataclass(frozen=True, slots=True)
class Rota:
    """A unit's rota: a cycle of ``cycle_weeks`` weeks repeating from ``starts_on``."""

    id: str
    unit_id: str | None
    cycle_weeks: int
    starts_on: date
    name: str = ""

    @property
    def cycle_days(self) -> int:
        return self.cycle_weeks * 7

    def cycle_day(self, day: date) -> int | None:
        """Which day of the cycle ``day`` is (0 is the first); None before the rota starts."""
        offset = (day - self.starts_on).days
        if offset < 0:
            return None
        return offset % self.cycle_days

    def dates_of(self, cycle_day: int, from_day: date, to_day: date) -> list[date]:
        """The dates from ``from_day`` to ``to_day`` that are ``cycle_day`` of this rota."""
        first = max(from_day, self.starts_on)
        shift = (cycle_day - (first - self.starts_on).days) % self.cycle_days
        found = []
        day = first + timedelta(days=shift)
        while day <= to_day:
            found.append(day)
            day += timedelta(days=self.cycle_days)
        return found


class RotaShift(NamedTuple):
    """In ``rota``, ``staff_id`` works ``shift_kind_id`` on ``cycle_day`` of every cycle.

    A named tuple, not a frozen dataclass: coverage at a moment reads some 12,000 of them in
    a municipality, and a tuple is made several times faster."""

    id: str
    rota_id: str
    staff_id: str
    cycle_day: int
    shift_kind_id: str


class ChangeKind(StrEnum):
    """Why one date differs from the rota."""

    SWAP = "swap"
    EXTRA = "extra"
    COVER = "cover"
    OFF = "off"

    @property
    def label(self) -> str:
        return _CHANGE_LABELS[self]


_CHANGE_LABELS = {
    ChangeKind.SWAP: N_("Swapped shift"),
    ChangeKind.EXTRA: N_("Extra shift"),
    ChangeKind.COVER: N_("Covers sick leave"),
    ChangeKind.OFF: N_("Off this day"),
}


@dataclass(frozen=True, slots=True)
class ShiftChange:
    """A one-off change for one staff member on one date.

    A swap, a cover or a day off replaces what the rota says for that date (a day off has no
    shift); an extra shift is worked on top of it. ``covers_staff_id`` names whose sick leave
    a cover is for.
    """

    id: str
    staff_id: str
    day: date
    kind: ChangeKind
    shift_kind_id: str | None = None
    covers_staff_id: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Shift:
    """A shift someone works: who, the date it starts on, which kind, and from when to when."""

    staff_id: str
    day: date
    kind: ShiftKind
    begins: datetime
    ends: datetime
    change: ChangeKind | None = None

    def holds_at(self, moment: datetime) -> bool:
        return self.begins <= moment < self.ends


class Roster:
    """The shifts of a house's staff around some dates: pattern, changes and absences.

    Built from what the store loaded (the rota days around a moment, not the whole cycle), so
    asking about 4,000 staff stays quick. ``on_rota`` is everyone with a line in a rota: for
    them, no shift means "not here"; for anyone else the program does not know.
    """

    def __init__(
        self,
        shift_kinds: Mapping[str, ShiftKind],
        rotas: Mapping[str, Rota],
        on_rota: Iterable[str],
        pattern: Iterable[RotaShift],
        changes: Iterable[ShiftChange] = (),
        absences: Iterable[Absence] = (),
    ) -> None:
        self.shift_kinds = dict(shift_kinds)
        self.rotas = dict(rotas)
        self.on_rota = frozenset(on_rota)
        self._pattern: dict[str, list[RotaShift]] = defaultdict(list)
        for entry in pattern:
            if entry.rota_id in self.rotas and entry.shift_kind_id in self.shift_kinds:
                self._pattern[entry.staff_id].append(entry)
        self._changes: dict[tuple[str, date], list[ShiftChange]] = defaultdict(list)
        for change in changes:
            self._changes[(change.staff_id, change.day)].append(change)
        self._absences: dict[str, list[Absence]] = defaultdict(list)
        for absence in absences:
            self._absences[absence.staff_id].append(absence)
        # Each person's shifts of a date, worked out once: a roster is kept between readings
        # while nothing changes (issue 13), and Today asks about the same people every time.
        self._shifts: dict[tuple[str, date], list[Shift]] = {}
        self._by_day: dict[date, dict[str, list[Shift]]] = {}

    def knows(self, staff_id: str) -> bool:
        """Whether a rota says when this person works."""
        return staff_id in self.on_rota

    def is_absent(self, staff_id: str, day: date) -> bool:
        absences = self._absences.get(staff_id)
        if not absences:
            return False  # most people, most days: no generator to make
        return any(a.covers(day) for a in absences)

    def planned(self, staff_id: str, day: date) -> list[Shift]:
        """What the rotas give ``staff_id`` on ``day``, before changes and absences."""
        found = []
        for entry in self._pattern.get(staff_id, ()):
            rota = self.rotas[entry.rota_id]
            if rota.cycle_day(day) == entry.cycle_day:
                found.append(self._shift(staff_id, day, self.shift_kinds[entry.shift_kind_id]))
        return found

    def shifts_on(self, staff_id: str, day: date) -> list[Shift]:
        """The shifts ``staff_id`` works starting on ``day``: the rota's, unless a change
        replaces it (extra shifts are added), and none at all on a day they are away. The list
        is the roster's own (worked out once): read it, never change it."""
        found = self._shifts.get((staff_id, day))
        if found is None:
            found = self._shifts[(staff_id, day)] = self._work_out(staff_id, day)
        return found

    def _work_out(self, staff_id: str, day: date) -> list[Shift]:
        if self.is_absent(staff_id, day):
            return []
        changes = self._changes.get((staff_id, day))
        if not changes:
            found = self.planned(staff_id, day)  # most people, most days: the rota as it is
        else:
            replacing = [c for c in changes if c.kind is not ChangeKind.EXTRA]
            found = [] if replacing else self.planned(staff_id, day)
            for change in changes:
                kind = self.shift_kinds.get(change.shift_kind_id or "")
                if change.kind is not ChangeKind.OFF and kind is not None:
                    found.append(self._shift(staff_id, day, kind, change.kind))
        if len(found) > 1:
            found.sort(key=lambda s: s.begins)
        return found

    def shift_at(self, staff_id: str, moment: datetime) -> Shift | None:
        """The shift ``staff_id`` is on at ``moment`` (a night shift begun the day before
        counts), or None."""
        day = moment.date()
        for start_day in (day, day - timedelta(days=1)):
            for shift in self.shifts_on(staff_id, start_day):
                if shift.holds_at(moment):
                    return shift
        return None

    def on_shift_at(self, moment: datetime) -> dict[str, Shift]:
        """Everyone on shift at ``moment`` and the shift they are on: what :meth:`shift_at`
        says of each person, for the whole house at once (Today asks about thousands)."""
        day = moment.date()
        found: dict[str, Shift] = {}
        for start_day in (day, day - timedelta(days=1)):
            for staff_id, shifts in self._shifts_of_day(start_day).items():
                if staff_id in found:
                    continue
                for shift in shifts:
                    if shift.begins <= moment < shift.ends:
                        found[staff_id] = shift
                        break
        return found

    def _shifts_of_day(self, day: date) -> dict[str, list[Shift]]:
        """Everyone's shifts starting on ``day`` (those with none left out), worked out once."""
        known = self._by_day.get(day)
        if known is None:
            people = set(self._pattern) | {staff_id for staff_id, _ in self._changes}
            known = {}
            for staff_id in sorted(people):
                shifts = self.shifts_on(staff_id, day)
                if shifts:
                    known[staff_id] = shifts
            self._by_day[day] = known
        return known

    def next_shift(self, staff_id: str, after: datetime, days: int = 1) -> Shift | None:
        """The first shift of ``staff_id`` that begins after ``after``, looking ``days`` days
        ahead (only as far as the roster was loaded)."""
        for offset in range(days + 1):
            for shift in self.shifts_on(staff_id, after.date() + timedelta(days=offset)):
                if shift.begins > after:
                    return shift
        return None

    def house_shift_at(self, moment: datetime) -> Shift | None:
        """The house's shift at ``moment``: of the kinds running then, the one begun last (at
        15:10 the evening shift has taken over from the day shift)."""
        running = []
        for kind in self.shift_kinds.values():
            for start_day in (moment.date(), moment.date() - timedelta(days=1)):
                begins, ends = kind.span_on(start_day)
                if begins <= moment < ends:
                    running.append(Shift("", start_day, kind, begins, ends))
        return max(running, key=lambda s: (s.begins, s.kind.code), default=None)

    def next_house_shift(self, moment: datetime) -> Shift | None:
        """The house's next shift to begin after ``moment`` (whom to hand over to)."""
        upcoming = []
        for kind in self.shift_kinds.values():
            for start_day in (moment.date(), moment.date() + timedelta(days=1)):
                begins, ends = kind.span_on(start_day)
                if begins > moment:
                    upcoming.append(Shift("", start_day, kind, begins, ends))
        return min(upcoming, key=lambda s: (s.begins, s.kind.code), default=None)

    @staticmethod
    def _shift(
        staff_id: str, day: date, kind: ShiftKind, change: ChangeKind | None = None
    ) -> Shift:
        begins, ends = kind.span_on(day)
        return Shift(staff_id, day, kind, begins, ends, change)


def middle_of(kind: ShiftKind, day: date) -> datetime:
    """The moment that stands for a whole shift: its middle (who is here then is on it; a long
    day counts for both the day and the evening shift)."""
    begins, ends = kind.span_on(day)
    return begins + (ends - begins) / 2


def parse_clock(text: str) -> time:
    """A clock time as rotas write it: ``7:30``, ``07:30``, ``07.30`` or ``0730``; ValueError
    otherwise."""
    cleaned = text.strip().replace(".", ":")
    if ":" not in cleaned and cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    hours, _, minutes = cleaned.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        raise ValueError(text)
    if int(hours) == 24 and int(minutes) == 0:
        return time(0, 0)
    return time(int(hours), int(minutes))
