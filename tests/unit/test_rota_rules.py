"""Shifts, rotas and shift-aware coverage, as the person starting a shift asks: who of this
resident's people is here now, and if nobody, who covers? (issue 13)"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teamdesk.domain.rota import (
    DEFAULT_SHIFT_KINDS,
    ChangeKind,
    Roster,
    Rota,
    RotaShift,
    ShiftChange,
    ShiftKind,
    parse_clock,
)
from teamdesk.domain.rules import (
    CoverageKind,
    TeamSnapshot,
    coverage_at,
    coverage_for_shift,
    coverage_on,
)
from teamdesk.domain.team import Absence, Assignment, Education, Resident, Role, Staff

START = date(2026, 11, 2)  # a Monday: day 0 of the cycle
DAY = date(2026, 11, 25)  # cycle day 23 of a 12-week rota
KINDS = {
    code: ShiftKind(f"k-{code}", code, name, starts, ends)
    for code, name, starts, ends in DEFAULT_SHIFT_KINDS
}
ROTA = Rota("rota-1", "unit-1", 12, START)
PRIMARY = Staff("s-p", "Berit Sykepleier", education=Education.BACHELOR)
SECONDARY = Staff("s-s", "Even Moen", education=Education.HEALTH_WORKER)
MEMBER = Staff("s-m", "Ola Assistent")
STAFF = {s.id: s for s in (PRIMARY, SECONDARY, MEMBER)}
RESIDENT = Resident("r-1", "Per Hansen")
TEAM = [
    Assignment("a-p", RESIDENT.id, PRIMARY.id, Role.PRIMARY, date(2025, 1, 1)),
    Assignment("a-s", RESIDENT.id, SECONDARY.id, Role.SECONDARY, date(2025, 1, 1)),
    Assignment("a-m", RESIDENT.id, MEMBER.id, Role.MEMBER, date(2025, 1, 1)),
]


def _cycle_day(day: date) -> int:
    cycle = ROTA.cycle_day(day)
    assert cycle is not None
    return cycle


def _works(staff: Staff, day: date, code: str) -> RotaShift:
    return RotaShift(f"rs-{staff.id}-{day}", ROTA.id, staff.id, _cycle_day(day), KINDS[code].id)


def _roster(
    *pattern: RotaShift,
    changes: tuple[ShiftChange, ...] = (),
    absences: tuple[Absence, ...] = (),
    on_rota: tuple[Staff, ...] = (PRIMARY, SECONDARY, MEMBER),
) -> Roster:
    return Roster(
        {k.id: k for k in KINDS.values()},
        {ROTA.id: ROTA},
        [s.id for s in on_rota],
        pattern,
        changes,
        absences,
    )


def _snap(roster: Roster | None, absences: tuple[Absence, ...] = ()) -> TeamSnapshot:
    return TeamSnapshot({RESIDENT.id: RESIDENT}, STAFF, TEAM, absences, roster)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_rota_repeats_from_its_start_and_knows_nothing_before_it() -> None:
    assert ROTA.cycle_day(START) == 0
    assert ROTA.cycle_day(START + timedelta(weeks=12)) == 0
    assert ROTA.cycle_day(START + timedelta(weeks=12, days=3)) == 3
    assert ROTA.cycle_day(START - timedelta(days=1)) is None
    assert ROTA.dates_of(3, START, START + timedelta(weeks=25)) == [
        START + timedelta(days=3),
        START + timedelta(weeks=12, days=3),
        START + timedelta(weeks=24, days=3),
    ]


def test_a_night_shift_counts_on_both_dates_it_spans() -> None:
    roster = _roster(_works(PRIMARY, DAY, "N"))
    night = KINDS["N"]
    assert night.crosses_midnight
    assert roster.shift_at(PRIMARY.id, at(DAY, 22, 0)) is None
    assert roster.shift_at(PRIMARY.id, at(DAY, 23, 0)) is not None
    following = roster.shift_at(PRIMARY.id, at(DAY + timedelta(days=1), 3, 0))
    assert following is not None and following.day == DAY
    assert roster.shift_at(PRIMARY.id, at(DAY + timedelta(days=1), 7, 45)) is None


def test_three_in_the_afternoon_and_three_at_night_have_different_people() -> None:
    roster = _roster(
        _works(PRIMARY, DAY, "D"),
        _works(SECONDARY, DAY - timedelta(days=1), "N"),
        _works(MEMBER, DAY, "A"),
    )
    [afternoon] = coverage_at(_snap(roster), at(DAY, 15, 0))
    [night] = coverage_at(_snap(roster), at(DAY, 3, 0))
    [evening] = coverage_at(_snap(roster), at(DAY, 18, 0))
    assert (afternoon.kind, afternoon.staff_id) == (CoverageKind.PRIMARY, PRIMARY.id)
    assert (night.kind, night.staff_id) == (CoverageKind.SECONDARY, SECONDARY.id)
    assert (evening.kind, evening.staff_id) == (CoverageKind.MEMBER, MEMBER.id)


def test_the_reason_says_when_the_primary_contact_is_back() -> None:
    roster = _roster(_works(PRIMARY, DAY, "A"), _works(SECONDARY, DAY, "D"))
    [cover] = coverage_at(_snap(roster), at(DAY, 10, 0))
    assert cover.explanation.render() == (
        "Even Moen covers: the primary contact is off until the evening shift."
    )
    roster = _roster(_works(PRIMARY, DAY + timedelta(days=1), "D"), _works(SECONDARY, DAY, "A"))
    [cover] = coverage_at(_snap(roster), at(DAY, 18, 0))
    assert cover.explanation.render() == (
        "Even Moen covers: the primary contact is off until the day shift on 2026-11-26."
    )


def test_the_primary_on_shift_is_said_to_be_on_that_shift_not_just_at_work() -> None:
    roster = _roster(_works(PRIMARY, DAY, "D"))
    [cover] = coverage_at(_snap(roster), at(DAY, 9, 0))
    assert cover.explanation.render() == (
        "Berit Sykepleier is the primary contact, on the day shift until 15:30."
    )
    [later] = coverage_at(_snap(roster), at(DAY, 16, 0))
    assert later.is_alert
    assert later.explanation.render().startswith(
        "Nobody of Per Hansen's people is on the evening shift (15:00–22:30)."
    )


def test_an_absence_cancels_the_planned_shift_and_a_cover_brings_someone_in() -> None:
    sick = Absence("ab-1", PRIMARY.id, DAY, DAY, "Syk")
    cover = ShiftChange("c-1", MEMBER.id, DAY, ChangeKind.COVER, KINDS["D"].id, PRIMARY.id)
    roster = _roster(_works(PRIMARY, DAY, "D"), changes=(cover,), absences=(sick,))
    [found] = coverage_at(_snap(roster, (sick,)), at(DAY, 9, 0))
    assert (found.kind, found.staff_id, found.away) == (
        CoverageKind.MEMBER,
        MEMBER.id,
        (PRIMARY.name,),
    )


def test_a_night_begun_before_an_absence_still_counts_after_midnight() -> None:
    holiday = Absence("ab-1", PRIMARY.id, DAY, DAY + timedelta(days=7))
    roster = _roster(_works(PRIMARY, DAY - timedelta(days=1), "N"), absences=(holiday,))
    [cover] = coverage_at(_snap(roster, (holiday,)), at(DAY, 3, 0))
    assert cover.staff_id == PRIMARY.id


def test_one_off_changes_override_the_pattern_without_editing_it() -> None:
    planned = _works(PRIMARY, DAY, "D")
    off = ShiftChange("c-off", PRIMARY.id, DAY, ChangeKind.OFF)
    swapped = ShiftChange("c-swap", PRIMARY.id, DAY, ChangeKind.SWAP, KINDS["A"].id)
    extra = ShiftChange("c-extra", PRIMARY.id, DAY, ChangeKind.EXTRA, KINDS["N"].id)
    assert [s.kind.code for s in _roster(planned).shifts_on(PRIMARY.id, DAY)] == ["D"]
    assert _roster(planned, changes=(off,)).shifts_on(PRIMARY.id, DAY) == []
    codes = [s.kind.code for s in _roster(planned, changes=(swapped,)).shifts_on(PRIMARY.id, DAY)]
    assert codes == ["A"]
    codes = [s.kind.code for s in _roster(planned, changes=(extra,)).shifts_on(PRIMARY.id, DAY)]
    assert codes == ["D", "N"]
    # The next cycle is the rota's again.
    next_cycle = DAY + timedelta(weeks=12)
    assert [
        s.kind.code for s in _roster(planned, changes=(off,)).shifts_on(PRIMARY.id, next_cycle)
    ] == ["D"]


def test_staff_on_no_rota_are_named_only_when_nobody_known_is_here_and_said_so() -> None:
    roster = _roster(_works(MEMBER, DAY, "D"), on_rota=(MEMBER,))
    [cover] = coverage_at(_snap(roster), at(DAY, 9, 0))
    assert cover.staff_id == MEMBER.id
    [evening] = coverage_at(_snap(roster), at(DAY, 18, 0))
    assert (evening.staff_id, evening.known) == (PRIMARY.id, False)
    assert "not away (no rota)" in evening.explanation.render()
    # A house without any rota is told the same, never "at work".
    [no_rota] = coverage_at(_snap(None), at(DAY, 18, 0))
    assert "not away (no rota)" in no_rota.explanation.render()


def test_coverage_for_a_shift_counts_a_long_day_for_day_and_evening() -> None:
    roster = _roster(_works(MEMBER, DAY, "L"))
    for code in ("D", "A"):
        [cover] = coverage_for_shift(_snap(roster), DAY, KINDS[code])
        assert cover.staff_id == MEMBER.id, code
    [night] = coverage_for_shift(_snap(roster), DAY, KINDS["N"])
    assert night.is_alert and "night shift" in night.explanation.render()


def test_the_day_view_counts_only_those_with_a_shift_that_day() -> None:
    roster = _roster(_works(SECONDARY, DAY, "D"))
    [cover] = coverage_on(_snap(roster), DAY)
    assert cover.staff_id == SECONDARY.id


def test_the_house_shift_at_a_moment_is_the_one_begun_last() -> None:
    roster = _roster()
    assert roster.house_shift_at(at(DAY, 15, 10)).kind.code == "A"  # type: ignore[union-attr]
    assert roster.house_shift_at(at(DAY, 3, 0)).kind.code == "N"  # type: ignore[union-attr]
    assert roster.next_house_shift(at(DAY, 16, 0)).kind.code == "N"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7:30", time(7, 30)), ("07.30", time(7, 30)), ("2215", time(22, 15)), ("24:00", time(0))],
)
def test_clock_times_are_read_as_rotas_write_them(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:00", "7", "7:3", "seven", "", "07:60"])
def test_a_clock_time_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_clock(text)


CODES = [None, *KINDS]


@settings(max_examples=150, deadline=None)
@given(
    pattern=st.lists(st.sampled_from(CODES), min_size=9, max_size=9),
    absent=st.lists(st.booleans(), min_size=9, max_size=9),
    changes=st.lists(
        st.tuples(
            st.integers(0, 2),
            st.integers(0, 2),
            st.sampled_from(list(ChangeKind)),
            st.sampled_from(list(KINDS)),
        ),
        max_size=4,
    ),
    minute=st.integers(0, 24 * 60 - 1),
)
def test_the_chosen_person_is_on_shift_never_away_and_the_order_is_kept(
    pattern: list[str | None],
    absent: list[bool],
    changes: list[tuple[int, int, ChangeKind, str]],
    minute: int,
) -> None:
    """Random rotas, absences and changes over three days: whoever coverage names is on shift
    at that moment and not away on the day that shift began, and nobody of a higher role is."""
    people = [PRIMARY, SECONDARY, MEMBER]
    days = [DAY - timedelta(days=1), DAY, DAY + timedelta(days=1)]
    entries = [
        _works(person, day, code)
        for i, (person, day) in enumerate((p, d) for p in people for d in days)
        if (code := pattern[i]) is not None
    ]
    absences = tuple(
        Absence(f"ab-{i}", person.id, day, day)
        for i, (person, day) in enumerate((p, d) for p in people for d in days)
        if absent[i]
    )
    one_offs = tuple(
        ShiftChange(
            f"c-{i}",
            people[who].id,
            days[when],
            kind,
            None if kind is ChangeKind.OFF else KINDS[code].id,
        )
        for i, (who, when, kind, code) in enumerate(changes)
    )
    roster = _roster(*entries, changes=one_offs, absences=absences)
    moment = datetime.combine(DAY, time()) + timedelta(minutes=minute)
    [cover] = coverage_at(_snap(roster, absences), moment)
    here = [p for p in people if roster.shift_at(p.id, moment) is not None]
    if cover.is_alert:
        assert here == []
        return
    shift = roster.shift_at(cover.staff_id or "", moment)
    assert shift is not None and shift.holds_at(moment)
    assert not any(a.staff_id == cover.staff_id and a.covers(shift.day) for a in absences)
    assert cover.staff_id == here[0].id
