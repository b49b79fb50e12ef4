"""Plan rules as a coordinator meets them: what is missing, who may coordinate, what changed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import (
    CaseRole,
    CaseRoleKind,
    Goal,
    Measure,
    Participant,
    ParticipantKind,
    Plan,
    PlanContent,
    PlanStatus,
)
from teamdesk.domain.plan_rules import (
    CoordinatorCheck,
    CoordinatorFacts,
    DueEvaluation,
    PlanItem,
    coordinator_findings,
    due_for_evaluation,
    item_of,
    plan_changes,
    plan_completeness,
)
from teamdesk.domain.team import Staff

DAY = date(2026, 11, 25)
BERIT = Staff("s-berit", "Berit Sykepleier")


def _complete() -> PlanContent:
    plan = Plan(
        id="p1",
        resident_id="r1",
        status=PlanStatus.DRAFT,
        resources="Blid",
        needs="Struktur",
        coordinator_id="s-berit",
        resident_contribution="Lager kaffe",
        period_from=date(2026, 1, 1),
        period_to=date(2027, 12, 31),
        evaluation_date=date(2027, 6, 1),
        evaluation_method="Samtale",
        consent_date=date(2026, 1, 5),
        consent_how="Muntlig",
        consent_recorded_by="Kari",
        cooperation="Fastlege og NAV",
        language_culture="Norsk",
        participation="Leder møtet",
    )
    return PlanContent(
        plan=plan,
        resident_name="Per Hansen",
        goals=(
            Goal("g1", "Gå tur med hunden", evaluation_date=date(2027, 3, 1)),
            Goal("g2", "Gå alene", parent_id="g1"),
        ),
        participants=(
            Participant("pa0", ParticipantKind.RESIDENT, "Per Hansen"),
            Participant(
                "pa1",
                ParticipantKind.SERVICE,
                "Nora Lie",
                organisation="NAV",
                contact="55",
                contribution="Oppfølging",
                share_scope="Arbeid",
                share_consent_date=date(2026, 1, 5),
                share_consent_expires=date(2027, 1, 31),
            ),
        ),
        measures=(
            Measure(
                "m1",
                "Morgentur",
                extent="Daglig",
                how="Følge",
                goal_id="g1",
                responsible_staff_id="s-berit",
            ),
        ),
        staff_names={"s-berit": "Berit Sykepleier"},
    )


def test_a_complete_plan_passes_without_anything_missing() -> None:
    check = plan_completeness(_complete(), DAY)
    assert check.complete, [f.text for f in check.findings]
    assert check.findings == ()


def test_an_empty_draft_lists_every_regulation_item_as_missing() -> None:
    empty = PlanContent(Plan("p1", "r1"), "Per Hansen")
    check = plan_completeness(empty, DAY)
    assert not check.complete
    missing_items = {item_of(f) for f in check.missing}
    assert missing_items == {PlanItem(x) for x in "abcdefghi"} - {PlanItem.F}
    texts = [f.text for f in check.missing]
    assert (
        "No goal is written yet. Ask Per Hansen what matters most and write it in "
        "Per Hansen's own words." in texts
    )
    assert "No coordinator is chosen." in texts


def test_measures_without_anyone_responsible_are_named_in_plain_words() -> None:
    content = _complete()
    content = replace(content, measures=(replace(content.measures[0], responsible_staff_id=None),))
    texts = [f.text for f in plan_completeness(content, DAY).missing]
    assert "No measure has a responsible person. Choose who is responsible for each." in texts


def test_an_expired_consent_to_share_blocks_approval_and_says_when() -> None:
    content = _complete()
    nav = replace(content.participants[1], share_consent_expires=date(2026, 10, 1))
    content = replace(content, participants=(content.participants[0], nav))
    check = plan_completeness(content, DAY)
    [expired] = check.missing
    assert expired.text.startswith("Consent to share information with NAV expired 2026-10-01.")
    assert expired.subject_kind == "participant" and expired.subject_id == "pa1"


def test_a_consent_about_to_expire_and_an_overdue_evaluation_are_warnings_only() -> None:
    content = _complete()
    nav = replace(content.participants[1], share_consent_expires=DAY + timedelta(days=10))
    plan = replace(content.plan, evaluation_date=DAY - timedelta(days=1))
    content = replace(content, plan=plan, participants=(content.participants[0], nav))
    check = plan_completeness(content, DAY)
    assert check.complete
    assert {f.code for f in check.findings} == {"h.share_consent_expiring", "g.evaluation_overdue"}
    assert all(f.severity is Severity.WARNING for f in check.findings)


def test_findings_come_in_the_regulation_order() -> None:
    empty = PlanContent(Plan("p1", "r1"), "Per Hansen")
    order = [item_of(f) for f in plan_completeness(empty, DAY).findings]
    ranks = [list(PlanItem).index(i) for i in order]
    assert ranks == sorted(ranks)


@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_each_measure_missing_a_part_is_reported_and_a_whole_one_is_not(
    parts: list[tuple[bool, bool, bool]],
) -> None:
    base = _complete()
    measures = tuple(
        Measure(
            f"m{i}",
            f"Tiltak {i}",
            extent="Daglig" if extent else "",
            how="Slik" if how else "",
            goal_id="g1",
            responsible_staff_id="s-berit" if responsible else None,
        )
        for i, (extent, how, responsible) in enumerate(parts)
    )
    check = plan_completeness(replace(base, measures=measures), DAY)
    about = {(f.code, f.subject_id) for f in check.findings if f.subject_kind == "measure"}
    anyone = any(r for _, _, r in parts)
    for i, (extent, how, responsible) in enumerate(parts):
        assert (("e.no_extent", f"m{i}") in about) is not extent
        assert (("f.no_how", f"m{i}") in about) is not how
        if anyone:
            assert (("e.measure_without_responsible", f"m{i}") in about) is not responsible
    assert check.complete is all(all(p) for p in parts)


# -- coordinator ---------------------------------------------------------------------------


def _codes(facts: CoordinatorFacts) -> set[str]:
    return {f.code for f in coordinator_findings(facts, DAY)}


def test_a_trained_active_staff_member_without_conflict_may_coordinate() -> None:
    assert _codes(CoordinatorFacts(BERIT, "Per Hansen", trained=True)) == set()


def test_a_role_conflict_blocks_and_says_what_to_do_instead() -> None:
    role = CaseRole("c1", BERIT.id, "r1", CaseRoleKind.ALLOCATES_SERVICES)
    [finding] = coordinator_findings(
        CoordinatorFacts(BERIT, "Per Hansen", case_roles=[role], trained=True), DAY
    )
    assert finding.code == CoordinatorCheck.ROLE_CONFLICT
    assert finding.severity is Severity.ALERT
    assert "Berit Sykepleier decides or allocates services for Per Hansen" in finding.text
    assert "Let another staff member coordinate, or split the roles" in finding.text


def test_an_ended_case_role_is_no_conflict() -> None:
    role = CaseRole("c1", BERIT.id, "r1", CaseRoleKind.SUPERVISORY, valid_to=DAY - timedelta(1))
    assert _codes(CoordinatorFacts(BERIT, "Per", case_roles=[role], trained=True)) == set()


def test_untrained_and_busy_coordinators_get_warnings_not_blocks() -> None:
    facts = CoordinatorFacts(BERIT, "Per Hansen", trained=False, other_plans=5, max_plans=5)
    found = coordinator_findings(facts, DAY)
    assert {f.code for f in found} == {CoordinatorCheck.UNTRAINED, CoordinatorCheck.WORKLOAD}
    assert all(f.severity is Severity.WARNING for f in found)
    assert (
        "would coordinate 6 plans; the house has set at most 5" in found[-1].text
        or "would coordinate 6 plans; the house has set at most 5" in found[0].text
    )


def test_inactive_staff_cannot_coordinate() -> None:
    gone = replace(BERIT, active=False)
    assert CoordinatorCheck.INACTIVE in _codes(CoordinatorFacts(gone, "Per", trained=True))


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=30))
def test_the_workload_warning_starts_just_above_the_limit(others: int, limit: int) -> None:
    facts = CoordinatorFacts(BERIT, "Per", trained=True, other_plans=others, max_plans=limit)
    assert (CoordinatorCheck.WORKLOAD in _codes(facts)) is (others + 1 > limit)


# -- versions ------------------------------------------------------------------------------


def test_what_changed_between_versions_reads_as_sentences() -> None:
    old = _complete()
    new = replace(
        old,
        plan=replace(old.plan, period_to=date(2028, 6, 30), coordinator_id="s-hilde"),
        goals=(
            replace(old.goals[0], text="Gå tur med hunden hver dag"),
            Goal("g3", "Lære å lage middag"),
        ),
        measures=(replace(old.measures[0], extent="To ganger daglig"),),
        staff_names={**old.staff_names, "s-hilde": "Hilde Helsefag"},
    )
    texts = [m.render() for m in plan_changes(old, new)]
    assert "Plan period to changed from 2027-12-31 to 2028-06-30." in texts
    assert "Coordinator changed from Berit Sykepleier to Hilde Helsefag." in texts
    assert "Goal reworded: «Gå tur med hunden» is now «Gå tur med hunden hver dag»." in texts
    assert "Goal added: «Lære å lage middag»." in texts
    assert "Goal removed: «Gå alene»." in texts
    assert "Extent of «Morgentur» changed from «Daglig» to «To ganger daglig»." in texts
    assert plan_changes(new, new) == []


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_day = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@given(
    resources=_text,
    goal_text=_text,
    evaluation=st.none() | _day,
    expires=st.none() | _day,
    status=st.sampled_from(PlanStatus),
)
def test_a_version_snapshot_reads_back_exactly_through_json(
    resources: str,
    goal_text: str,
    evaluation: date | None,
    expires: date | None,
    status: PlanStatus,
) -> None:
    base = _complete()
    content = replace(
        base,
        plan=replace(base.plan, resources=resources, evaluation_date=evaluation, status=status),
        goals=(replace(base.goals[0], text=goal_text),),
        participants=(replace(base.participants[1], share_consent_expires=expires),),
    )
    stored = json.dumps(content.to_json(), ensure_ascii=False)
    assert PlanContent.from_json(json.loads(stored)) == content


# -- due for evaluation --------------------------------------------------------------------


@given(st.lists(st.integers(min_value=-400, max_value=400), max_size=20))
def test_due_evaluations_are_overdue_first_and_within_thirty_days(offsets: list[int]) -> None:
    items = [
        DueEvaluation(f"r{i}", f"Beboer {i}", f"p{i}", DAY + timedelta(days=o))
        for i, o in enumerate(offsets)
    ]
    due = due_for_evaluation(items, DAY)
    assert [d.due for d in due] == sorted(d.due for d in due)
    assert all(d.days_left(DAY) <= 30 for d in due)
    assert len(due) == sum(o <= 30 for o in offsets)
    overdue = [d.is_overdue(DAY) for d in due]
    assert overdue == sorted(overdue, reverse=True)
