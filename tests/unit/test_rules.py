"""Team composition rules and daily coverage, as a leader would read them."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from teamdesk.domain.rules import (
    CoverageKind,
    TeamRuleSettings,
    TeamSnapshot,
    coverage_on,
    team_findings,
)
from teamdesk.domain.team import Absence, Assignment, Education, Resident, Role, Staff

DAY = date(2026, 11, 25)
BACHELOR = Staff("s-bach", "Berit Sykepleier", education=Education.BACHELOR)
HEALTH = Staff("s-hfa", "Hilde Helsefag", education=Education.HEALTH_WORKER)
OTHER = Staff("s-oth", "Ola Assistent", education=Education.OTHER)
ALL_STAFF = {s.id: s for s in (BACHELOR, HEALTH, OTHER)}
RESIDENT = Resident("r-1", "Per Hansen")


def _a(
    staff: Staff,
    role: Role,
    start: date = date(2025, 1, 1),
    end: date | None = None,
    resident: Resident = RESIDENT,
) -> Assignment:
    return Assignment(f"a-{staff.id}-{role}-{start}", resident.id, staff.id, role, start, end)


def _snap(
    *assignments: Assignment,
    absences: tuple[Absence, ...] = (),
    residents: tuple[Resident, ...] = (RESIDENT,),
    staff: dict[str, Staff] | None = None,
) -> TeamSnapshot:
    return TeamSnapshot(
        {r.id: r for r in residents}, staff or ALL_STAFF, list(assignments), list(absences)
    )


def _codes(snapshot: TeamSnapshot, settings: TeamRuleSettings | None = None) -> list[str]:
    return sorted(f.code for f in team_findings(snapshot, DAY, settings))


def test_a_well_composed_team_has_no_findings() -> None:
    assert (
        _codes(
            _snap(_a(BACHELOR, Role.PRIMARY), _a(HEALTH, Role.SECONDARY), _a(OTHER, Role.MEMBER))
        )
        == []
    )


def test_a_resident_without_contacts_gets_both_warnings_in_plain_words() -> None:
    findings = team_findings(_snap(), DAY)
    assert sorted(f.code for f in findings) == ["missing_primary", "missing_secondary"]
    assert findings[0].subject_id == RESIDENT.id
    assert "Per Hansen has no primary contact" in " ".join(f.text for f in findings)


def test_primary_without_bachelor_is_a_warning_that_explains_why() -> None:
    findings = team_findings(_snap(_a(HEALTH, Role.PRIMARY), _a(BACHELOR, Role.SECONDARY)), DAY)
    [finding] = [f for f in findings if f.code == "primary_without_bachelor"]
    assert "Hilde Helsefag" in finding.text and "no bachelor-level education" in finding.text
    assert finding.severity.value == "warning"


def test_secondary_needs_health_worker_or_higher() -> None:
    assert "secondary_without_health_education" in _codes(
        _snap(_a(BACHELOR, Role.PRIMARY), _a(OTHER, Role.SECONDARY))
    )
    assert "secondary_without_health_education" not in _codes(
        _snap(_a(HEALTH, Role.PRIMARY), _a(BACHELOR, Role.SECONDARY))
    )


def test_the_same_person_as_primary_and_secondary_is_flagged() -> None:
    assert "primary_is_secondary" in _codes(
        _snap(_a(BACHELOR, Role.PRIMARY), _a(BACHELOR, Role.SECONDARY))
    )


def test_primary_for_more_residents_than_the_house_allows() -> None:
    residents = tuple(Resident(f"r-{i}", f"Beboer {i}") for i in range(4))
    assignments = [_a(BACHELOR, Role.PRIMARY, resident=r) for r in residents]
    assignments += [_a(HEALTH, Role.SECONDARY, resident=r) for r in residents]
    snap = _snap(*assignments, residents=residents)
    assert "too_many_primary" in _codes(snap)
    assert "too_many_primary" not in _codes(snap, TeamRuleSettings(max_primary_per_staff=4))


def test_inactive_staff_still_assigned_is_flagged() -> None:
    gone = Staff("s-gone", "Geir Sluttet", education=Education.BACHELOR, active=False)
    snap = _snap(
        _a(gone, Role.PRIMARY), _a(HEALTH, Role.SECONDARY), staff={**ALL_STAFF, gone.id: gone}
    )
    assert "inactive_staff_assigned" in _codes(snap)


def test_ended_assignments_and_moved_out_residents_do_not_count() -> None:
    ended = _a(BACHELOR, Role.PRIMARY, end=DAY - timedelta(days=1))
    assert "missing_primary" in _codes(_snap(ended, _a(HEALTH, Role.SECONDARY)))
    moved = Resident("r-2", "Flyttet Ut", moved_out=DAY - timedelta(days=3))
    assert _codes(_snap(residents=(moved,))) == []


def test_the_house_names_the_roles() -> None:
    settings = TeamRuleSettings(role_labels={Role.PRIMARY: "Sjefen"})
    texts = [f.text for f in team_findings(_snap(_a(HEALTH, Role.SECONDARY)), DAY, settings)]
    assert any("has no sjefen" in t for t in texts)


def _away(staff: Staff) -> Absence:
    return Absence(f"ab-{staff.id}", staff.id, DAY - timedelta(days=1), DAY + timedelta(days=1))


def test_coverage_falls_back_from_primary_to_secondary_to_member_to_alert() -> None:
    team = (_a(BACHELOR, Role.PRIMARY), _a(HEALTH, Role.SECONDARY), _a(OTHER, Role.MEMBER))
    assert coverage_on(_snap(*team), DAY)[0].staff_id == BACHELOR.id
    c = coverage_on(_snap(*team, absences=(_away(BACHELOR),)), DAY)[0]
    assert (c.kind, c.staff_id, c.away) == (CoverageKind.SECONDARY, HEALTH.id, (BACHELOR.name,))
    c = coverage_on(_snap(*team, absences=(_away(BACHELOR), _away(HEALTH))), DAY)[0]
    assert (c.kind, c.staff_id) == (CoverageKind.MEMBER, OTHER.id)
    c = coverage_on(_snap(*team, absences=tuple(_away(s) for s in ALL_STAFF.values())), DAY)[0]
    assert c.is_alert and c.staff_id is None
    assert "No known contact on duty for Per Hansen" in c.explanation.render()


def test_an_absence_that_ended_yesterday_does_not_count() -> None:
    old = Absence("ab", BACHELOR.id, DAY - timedelta(days=5), DAY - timedelta(days=1))
    assert coverage_on(_snap(_a(BACHELOR, Role.PRIMARY), absences=(old,)), DAY)[0].kind is (
        CoverageKind.PRIMARY
    )


staff_strategy = st.lists(
    st.builds(
        Staff,
        id=st.sampled_from(["a", "b", "c", "d", "e"]),
        name=st.text(min_size=1),
        education=st.sampled_from(list(Education)),
        active=st.booleans(),
    ),
    unique_by=lambda s: s.id,
    min_size=1,
)


@given(
    staff=staff_strategy,
    roles=st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d", "e"]),
            st.sampled_from(list(Role)),
            st.integers(-30, 30),
            st.one_of(st.none(), st.integers(-30, 30)),
        )
    ),
    away=st.sets(st.sampled_from(["a", "b", "c", "d", "e"])),
)
def test_coverage_always_names_someone_present_and_active_or_raises_an_alert(
    staff: list[Staff], roles: list[tuple[str, Role, int, int | None]], away: set[str]
) -> None:
    staff_map = {s.id: s for s in staff}
    assignments = [
        Assignment(
            f"x{i}",
            RESIDENT.id,
            sid,
            role,
            DAY + timedelta(days=start),
            None if end is None else DAY + timedelta(days=end),
        )
        for i, (sid, role, start, end) in enumerate(roles)
        if sid in staff_map
    ]
    absences = tuple(Absence(f"ab{s}", s, DAY, DAY) for s in away)
    [c] = coverage_on(_snap(*assignments, absences=absences, staff=staff_map), DAY)
    current = [a for a in assignments if a.current_on(DAY)]
    eligible = [a for a in current if staff_map[a.staff_id].active and a.staff_id not in away]
    if c.is_alert:
        assert not eligible
    else:
        assert c.staff_id in {a.staff_id for a in eligible}
        assert staff_map[c.staff_id].active and c.staff_id not in away
        best = min({Role.PRIMARY: 0, Role.SECONDARY: 1, Role.MEMBER: 2}[a.role] for a in eligible)
        assert c.kind.value == [Role.PRIMARY, Role.SECONDARY, Role.MEMBER][best].value
