"""The rota rules for the leader (issue 13): a resident whose people are on too few of the
cycle's shifts, and a primary contact with too few shifts to follow their resident up."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.rota import Rota, RotaShift, ShiftKind
from teamdesk.domain.rota_rules import RotaRuleSettings, rota_findings, uncovered_shifts
from teamdesk.domain.team import Assignment, Resident, Role, Staff
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService

KINDS = {
    "d": ShiftKind("d", "D", "Day", time(7, 30), time(15, 30)),
    "a": ShiftKind("a", "A", "Evening", time(15, 0), time(22, 30)),
    "n": ShiftKind("n", "N", "Night", time(22, 15), time(7, 45)),
    "l": ShiftKind("l", "L", "Long day", time(8, 0), time(20, 0)),
}
ROTA = Rota("r", "u", 2, date(2026, 11, 23))


def _shifts(staff_id: str, kind: str, days: range | list[int]) -> list[RotaShift]:
    return [RotaShift(f"{staff_id}{d}", "r", staff_id, d, kind) for d in days]


def test_a_long_day_covers_the_day_and_the_evening_shift_but_not_the_night() -> None:
    pattern = _shifts("berit", "l", [0]) + _shifts("even", "d", [1])
    missing = {(day, kind.code) for day, kind in uncovered_shifts(ROTA, KINDS, pattern, ["berit"])}
    assert (0, "D") not in missing and (0, "A") not in missing and (0, "L") not in missing
    assert (0, "N") in missing and (1, "D") in missing  # Even is not Berit's
    both = uncovered_shifts(ROTA, KINDS, pattern, ["berit", "even"])
    assert (1, "D") not in {(d, k.code) for d, k in both}
    # 07:30-15:30 is 7.5 of the long day's 12 hours: more than half, so Even covers it.
    assert (1, "L") not in {(d, k.code) for d, k in both}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "s", "m", "x"]), st.sampled_from(list(KINDS)), st.integers(0, 13)
        ),
        max_size=40,
    )
)
def test_a_shift_counts_as_covered_only_when_one_of_the_people_works_it(
    entries: list[tuple[str, str, int]],
) -> None:
    pattern = [RotaShift(str(i), "r", who, day, kind) for i, (who, kind, day) in enumerate(entries)]
    people = ["p", "s", "m"]
    missing = {(day, kind.id) for day, kind in uncovered_shifts(ROTA, KINDS, pattern, people)}
    for day in range(ROTA.cycle_days):
        for kind in KINDS:
            worked = {
                e.shift_kind_id for e in pattern if e.cycle_day == day and e.staff_id in people
            }
            assert ((day, kind) not in missing) == (
                kind in worked or any(_overlaps_half(KINDS[w], KINDS[kind]) for w in worked)
            )


def _overlaps_half(worked: ShiftKind, asked: ShiftKind) -> bool:
    day = date(2000, 1, 3)
    wb, we = worked.span_on(day)
    ab, ae = asked.span_on(day)
    return (min(we, ae) - max(wb, ab)) * 2 >= ae - ab


def test_the_findings_name_the_resident_the_count_and_the_first_shifts() -> None:
    per = Resident("per", "Per Hansen", "u")
    staff = {s: Staff(s, s.capitalize()) for s in ("berit", "even")}
    held = [
        Assignment("a1", "per", "berit", Role.PRIMARY, date(2025, 1, 1)),
        Assignment("a2", "per", "even", Role.SECONDARY, date(2025, 1, 1)),
    ]
    pattern = _shifts("berit", "d", range(0, 14, 2)) + _shifts("even", "a", range(14))
    found = rota_findings(ROTA, KINDS, pattern, [per], held, staff, RotaRuleSettings(10, 60))
    by_code = {f.code: f for f in found}
    text = by_code["rota_uncovered"].message.render()
    # 14 nights, and on the 7 days Berit is off the day shift and the long day (Even's evening
    # is under half of either)
    assert "on 28 of the rota's shifts (the limit is 10)" in text
    assert (
        "the first: week 1 monday N, week 1 tuesday D, week 1 tuesday L, week 1 tuesday N, "
        "week 1 wednesday N, week 1 thursday D." in text
    )
    few = by_code["rota_primary_few_shifts"]
    assert (few.subject_kind, few.subject_id) == ("staff", "berit")
    assert "on shift on 7 of the rota's 14 days (50 %, under 60 %)" in few.message.render()
    none = rota_findings(ROTA, KINDS, pattern, [per], held, staff, RotaRuleSettings(28, 50))
    assert [f.code for f in none] == []  # 28 is not more than 28, 50 % is not under 50 %
    away = rota_findings(ROTA, KINDS, pattern, [per], held, staff, RotaRuleSettings(99, 60), [])
    assert [f.code for f in away] == []  # nobody on this rota's lines: not known to work little


def test_the_leader_sees_the_rota_rules_and_sets_their_limits(
    ctx: ServiceContext, store: object
) -> None:
    team = TeamService(ctx)
    unit = str(team.create_unit("Solsikken").row_id)
    per = str(team.create_resident("Per Hansen", unit_id=unit).row_id)
    berit = str(team.create_staff("Berit", unit_id=unit).row_id)
    team.assign(per, berit, Role.PRIMARY, date(2025, 1, 1))
    rotas = RotaService(ctx)
    start = TODAY - timedelta(days=TODAY.weekday())
    rota = str(rotas.create_rota(unit, start, 2).row_id)
    rotas.set_codes(rota, {(berit, d): "D" for d in range(3)})
    # 50 of the 56 shifts have nobody of Per's (the default limit is 84); Berit works 3 of 14
    # days (21 %, under 30 %).
    assert {f.code for f in rotas.findings(rota)} == {"rota_primary_few_shifts"}
    rotas.set_rule_limits(max_uncovered=40, min_primary_percent=20)
    assert rotas.rule_settings() == RotaRuleSettings(40, 20)
    assert {f.code for f in rotas.findings(rota)} == {"rota_uncovered"}
    with pytest.raises(InvalidInput):
        rotas.set_rule_limits(min_primary_percent=120)
    coordinator = ServiceContext(
        ctx.store, Actor("Kari Koordinator", AccountRole.COORDINATOR), today=lambda: TODAY
    )
    with pytest.raises(PermissionDenied):
        RotaService(coordinator).set_rule_limits(max_uncovered=1)


def test_the_house_findings_are_every_unit_rota_rules_for_the_leader_alone(
    ctx: ServiceContext,
) -> None:
    """The warnings panel's rota warnings: the same as each rota's own, for every unit, read
    once for the house; nothing for a coordinator, who does not plan the rota."""
    team, rotas = TeamService(ctx), RotaService(ctx)
    start = TODAY - timedelta(days=TODAY.weekday())
    for name, days in (("Solsikken", 3), ("Fjordglimt", 12)):
        unit = str(team.create_unit(name).row_id)
        resident = str(team.create_resident(f"Per {name}", unit_id=unit).row_id)
        primary = str(team.create_staff(f"Berit {name}", unit_id=unit).row_id)
        team.assign(resident, primary, Role.PRIMARY, date(2025, 1, 1))
        rota = str(rotas.create_rota(unit, start, 2).row_id)
        rotas.set_codes(rota, {(primary, d): "D" for d in range(days)})
    rotas.set_rule_limits(max_uncovered=40)
    found = rotas.house_findings()
    assert {(f.code, f.subject_id) for f in found} == {
        (f.code, f.subject_id) for u in rotas.rotas() for f in rotas.findings(u.id)
    }
    assert {f.code for f in found} == {"rota_uncovered", "rota_primary_few_shifts"}
    # Solsikken's Per misses 50 of 56 shifts and his primary works 3 of 14 days; Fjordglimt's
    # Per misses 32 (under the limit of 40) and his primary works 12 of 14 days.
    assert sorted(f.text.count("Solsikken") > 0 for f in found) == [True, True]
    assert any("the first: week 1" in f.text for f in found)
    coordinator = ServiceContext(
        ctx.store, Actor("Kari Koordinator", AccountRole.COORDINATOR), today=lambda: TODAY
    )
    assert RotaService(coordinator).house_findings() == []
