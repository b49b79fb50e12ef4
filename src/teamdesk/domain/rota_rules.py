"""Rules about a unit's rota as a whole (issue 13), for the leader who plans it.

- A resident whose people (primary and secondary contact and team members) have nobody on a
  shift of the cycle for more than ``max_uncovered`` of the cycle's shifts is a warning, with
  the shifts listed (the first few).
- A primary contact who is on shift on fewer than ``min_primary_percent`` of the cycle's days
  has too few shifts to follow their resident up: a warning.

Both read the rota's pattern (the cycle), not one date: one-off changes and absences come and go,
the pattern is what the leader plans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from teamdesk.domain.findings import Finding, Severity, sorted_findings
from teamdesk.domain.rota import Rota, RotaShift, ShiftKind
from teamdesk.domain.team import Assignment, Resident, Role, Staff
from teamdesk.domain.text import N_, Message, Term

DEFAULT_MAX_UNCOVERED = 84  # a third of a 12-week cycle's day, evening and night shifts
DEFAULT_MIN_PRIMARY_PERCENT = 30
SHIFTS_LISTED = 6


@dataclass(frozen=True)
class RotaRuleSettings:
    """The house's limits for the rota rules."""

    max_uncovered: int = DEFAULT_MAX_UNCOVERED
    min_primary_percent: int = DEFAULT_MIN_PRIMARY_PERCENT


def uncovered_shifts(
    rota: Rota,
    kinds: Mapping[str, ShiftKind],
    pattern: Iterable[RotaShift],
    people: Iterable[str],
) -> list[tuple[int, ShiftKind]]:
    """The (cycle day, shift) pairs of the cycle on which none of ``people`` works that shift.

    A long shift covers the shifts it overlaps by half or more (a long day is on the day and on
    the evening shift)."""
    ordered = _ordered(kinds)
    on = _worked(rota, _covering(kinds), pattern, set(people))
    return [
        (day, kind)
        for day in range(rota.cycle_days)
        for kind in ordered
        if (day, kind.id) not in on
    ]


def _ordered(kinds: Mapping[str, ShiftKind]) -> list[ShiftKind]:
    return sorted(kinds.values(), key=lambda k: (k.start, k.code))


def _covering(kinds: Mapping[str, ShiftKind]) -> dict[str, list[str]]:
    """Which shifts each kind covers, worked out once, not once per day of the rota."""
    ordered = _ordered(kinds)
    return {w.id: [k.id for k in ordered if _covers(w, k)] for w in kinds.values()}


def _worked(
    rota: Rota,
    covering: Mapping[str, list[str]],
    pattern: Iterable[RotaShift],
    wanted: set[str],
) -> set[tuple[int, str]]:
    """The (cycle day, shift id) pairs of the cycle that one of ``wanted`` works."""
    on: set[tuple[int, str]] = set()
    for entry in pattern:
        if entry.staff_id in wanted and 0 <= entry.cycle_day < rota.cycle_days:
            for kind_id in covering.get(entry.shift_kind_id, ()):
                on.add((entry.cycle_day, kind_id))
    return on


def _covers(worked: ShiftKind, asked: ShiftKind) -> bool:
    """Whether someone working ``worked`` is there for most of ``asked`` (on the same date)."""
    if worked.id == asked.id:
        return True
    day = _REFERENCE
    w_begins, w_ends = worked.span_on(day)
    a_begins, a_ends = asked.span_on(day)
    overlap = min(w_ends, a_ends) - max(w_begins, a_begins)
    return overlap * 2 >= a_ends - a_begins


def rota_findings(
    rota: Rota,
    kinds: Mapping[str, ShiftKind],
    pattern: Iterable[RotaShift],
    residents: Iterable[Resident],
    assignments: Iterable[Assignment],
    staff: Mapping[str, Staff],
    settings: RotaRuleSettings | None = None,
    on_rota: Iterable[str] | None = None,
) -> list[Finding]:
    """The rota rules for ``residents`` (the unit's, with their current ``assignments``), most
    serious first. The primary-contact rule looks only at people ``on_rota`` (default: everyone
    with a shift in ``pattern``): of someone on no rota the program does not know when they
    work."""
    settings = settings or RotaRuleSettings()
    shifts = list(pattern)
    days_on: dict[str, set[int]] = defaultdict(set)
    by_staff: dict[str, list[RotaShift]] = defaultdict(list)
    for entry in shifts:
        days_on[entry.staff_id].add(entry.cycle_day)
        by_staff[entry.staff_id].append(entry)
    lines = set(on_rota) if on_rota is not None else set(days_on)
    covering = _covering(kinds)
    people: dict[str, list[Assignment]] = defaultdict(list)
    for a in assignments:
        people[a.resident_id].append(a)
    findings: list[Finding] = []
    warned_primary: set[str] = set()
    for resident in residents:
        held = [a for a in people.get(resident.id, []) if a.staff_id in staff]
        if not held:
            continue
        team = {a.staff_id for a in held}
        theirs = [e for staff_id in team for e in by_staff.get(staff_id, ())]
        # Counted first; the shifts themselves are listed only for a warning.
        worked = _worked(rota, covering, theirs, team)
        if rota.cycle_days * len(kinds) - len(worked) > settings.max_uncovered:
            missing = uncovered_shifts(rota, kinds, theirs, team)
            items = [_shift_on(rota, day, kind) for day, kind in missing[:SHIFTS_LISTED]]
            listed = items[-1]
            for item in reversed(items[:-1]):
                listed = Message(N_("{first}, {rest}"), {"first": item, "rest": listed})
            findings.append(
                Finding(
                    "rota_uncovered",
                    Severity.WARNING,
                    Message(
                        N_(
                            "Nobody of {resident}'s people is on {count} of the rota's shifts "
                            "(the limit is {limit}); the first: {shifts}. Consider someone on "
                            "those shifts for the team."
                        ),
                        {
                            "resident": resident.display_name,
                            "count": len(missing),
                            "limit": settings.max_uncovered,
                            "shifts": listed,
                        },
                    ),
                    "resident",
                    resident.id,
                )
            )
        for a in held:
            if a.role is not Role.PRIMARY or a.staff_id in warned_primary:
                continue
            if a.staff_id not in lines:
                continue
            share = round(100 * len(days_on.get(a.staff_id, ())) / rota.cycle_days)
            if share < settings.min_primary_percent:
                warned_primary.add(a.staff_id)
                findings.append(
                    Finding(
                        "rota_primary_few_shifts",
                        Severity.WARNING,
                        Message(
                            N_(
                                "{staff} is primary contact for {resident} but is on shift on "
                                "{days} of the rota's {cycle} days ({share} %, under "
                                "{limit} %): too few to follow {resident} up."
                            ),
                            {
                                "staff": staff[a.staff_id].name,
                                "resident": resident.display_name,
                                "days": len(days_on.get(a.staff_id, ())),
                                "cycle": rota.cycle_days,
                                "share": share,
                                "limit": settings.min_primary_percent,
                            },
                        ),
                        "staff",
                        a.staff_id,
                    )
                )
    return sorted_findings(findings)


def _shift_on(rota: Rota, day: int, kind: ShiftKind) -> Message:
    """ "week 2, Tuesday: N" for a shift of the cycle, in the sentence's language."""
    weekday = (rota.starts_on + timedelta(days=day)).weekday()
    return Message(
        N_("week {week} {weekday} {code}"),
        {"week": day // 7 + 1, "weekday": Term(_WEEKDAYS[weekday], lower=True), "code": kind.code},
    )


_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
WEEKDAY_NAMES = _WEEKDAYS  # Monday first, marked for translation (the CLI's rota heads too)
_REFERENCE = date(2000, 1, 3)  # any date: a shift's span on it, to compare shifts by overlap
