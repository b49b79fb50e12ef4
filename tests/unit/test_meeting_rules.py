"""Meeting rules as a coordinator meets them: the agenda drafted from the plan, the next meeting
at most six months ahead, and decisions with exactly one responsible person and a date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from teamdesk.domain.meetings import (
    ActionItem,
    AgendaKind,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    MeetingStatus,
    OpenAction,
    action_item_problem,
    add_months,
    count_professionals,
    draft_agenda,
    draft_participants,
    latest_next_meeting,
    meeting_findings,
    next_meeting_problem,
    propose_next_meeting,
)
from teamdesk.domain.plan import (
    Goal,
    Measure,
    Participant,
    ParticipantKind,
    Plan,
    PlanContent,
)

DAY = date(2026, 11, 25)


def _content() -> PlanContent:
    return PlanContent(
        plan=Plan("p1", "r1", coordinator_id="s-berit", evaluation_date=date(2027, 6, 1)),
        resident_name="Per Hansen",
        goals=(
            Goal("g1", "Jeg vil gå tur med hunden min hver morgen.", None, DAY + timedelta(days=5)),
            Goal("g2", "Jeg vil jobbe på kafeen.", None, date(2027, 3, 1), position="a1"),
        ),
        participants=(
            Participant("pa0", ParticipantKind.RESIDENT, "Per Hansen"),
            Participant(
                "pa1",
                ParticipantKind.SERVICE,
                "Nora Lie",
                organisation="NAV",
                share_consent_date=date(2026, 1, 1),
                share_consent_expires=DAY + timedelta(days=20),
                position="a1",
            ),
            Participant("pa2", ParticipantKind.RELATIVE, "Åse Hansen", position="a2"),
            Participant(
                "pa3", ParticipantKind.STAFF, "Hilde Helsefag", staff_id="s-hilde", position="a3"
            ),
        ),
        measures=(
            Measure("m1", "Morgentur", goal_id="g1", responsible_staff_id="s-hilde"),
            Measure("m2", "Arbeidstrening", goal_id="g2", responsible_participant_id="pa1"),
        ),
        staff_names={"s-berit": "Berit Sykepleier", "s-hilde": "Hilde Helsefag"},
    )


def test_the_agenda_is_drafted_from_what_the_plan_has_due() -> None:
    open_action = OpenAction(
        ActionItem("a1", "old", "Søke om støttekontakt", DAY - timedelta(days=3), "s-hilde"),
        "Hilde Helsefag",
    )
    items = draft_agenda(_content(), DAY, [open_action])
    kinds = [i.kind for i in items]
    assert kinds == [
        AgendaKind.OPENING,
        AgendaKind.GOAL_EVALUATION,
        AgendaKind.FOLLOW_UP,
        AgendaKind.CONSENT,
        AgendaKind.NEXT_MEETING,
    ]
    goal = items[1]
    assert goal.title.render() == "Evaluate goal 1: «Jeg vil gå tur med hunden min hver morgen.»"
    assert goal.detail is not None
    assert "Morgentur (Hilde Helsefag)" in goal.detail.render()
    assert goal.ref_id == "g1"
    follow = items[2]
    assert follow.title.render() == "Follow up: Søke om støttekontakt"
    assert follow.detail is not None and "(overdue)" in follow.detail.render()
    assert items[3].title.render() == "Renew the consent to share information with NAV"
    # The goal due in March is within six months and at least four weeks away: proposed.
    assert items[-1].detail is not None
    assert items[-1].detail.render() == "Proposed 2027-03-01 (at most six months ahead)."


def test_the_plans_own_evaluation_is_on_the_agenda_when_it_is_due() -> None:
    content = _content()
    content = replace(content, plan=replace(content.plan, evaluation_date=DAY))
    kinds = [i.kind for i in draft_agenda(content, DAY)]
    assert kinds[1] == AgendaKind.PLAN_EVALUATION


def test_without_an_evaluation_in_range_the_next_meeting_is_six_months_ahead() -> None:
    content = replace(_content(), goals=())
    assert propose_next_meeting(content, DAY) == date(2027, 5, 25)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 400))
def test_the_proposed_next_meeting_is_never_more_than_six_months_ahead(
    day: date, goal_offset: int
) -> None:
    content = _content()
    goal = replace(content.goals[1], evaluation_date=day + timedelta(days=goal_offset))
    content = replace(content, goals=(goal,), plan=replace(content.plan, evaluation_date=None))
    proposed = propose_next_meeting(content, day)
    assert day < proposed <= latest_next_meeting(day)
    assert next_meeting_problem(day, proposed) is None


def test_a_next_meeting_beyond_six_months_or_before_this_one_is_refused_in_words() -> None:
    problem = next_meeting_problem(DAY, DAY + timedelta(days=200))
    assert problem is not None
    assert problem.render() == (
        "The next meeting is set at most six months ahead, by 2027-05-25, so the plan is "
        "followed up in time."
    )
    assert next_meeting_problem(DAY, DAY) is not None
    assert next_meeting_problem(DAY, None) is None


@given(st.text(max_size=5), st.booleans(), st.booleans(), st.booleans())
def test_a_decision_needs_words_exactly_one_responsible_and_a_date(
    what: str, staff: bool, participant: bool, due: bool
) -> None:
    problem = action_item_problem(
        what, DAY if due else None, "s1" if staff else None, "p1" if participant else None
    )
    fine = bool(what.strip()) and (staff != participant) and due
    assert (problem is None) is fine


def test_participants_come_from_the_plan_then_coordinator_and_contacts_each_once() -> None:
    drafts = draft_participants(
        _content(),
        [("s-hilde", "Hilde Helsefag", "Primary contact"), ("s-ola", "Ola", "Secondary contact")],
    )
    assert [d.name for d in drafts] == [
        "Per Hansen",
        "Nora Lie",
        "Åse Hansen",
        "Hilde Helsefag",
        "Berit Sykepleier",
        "Ola",
    ]
    assert drafts[1].plan_participant_id == "pa1"


def test_the_professionals_are_counted_and_no_number_of_them_is_invented_as_too_many() -> None:
    """ "As few professionals as possible" has no number in its sources (Serviceloven § 141,
    source 004): the meeting shows the count and the principle, and no count raises a finding."""
    resident = MeetingParticipant("x0", ParticipantKind.RESIDENT, "Per")
    pros = [MeetingParticipant(f"x{i}", ParticipantKind.STAFF, f"S{i}") for i in range(1, 13)]
    relative = MeetingParticipant("x99", ParticipantKind.RELATIVE, "Åse")
    assert count_professionals([resident, relative, *pros[:5]]) == 5
    meeting = Meeting("m1", "p1", MeetingKind.RESPONSIBILITY_GROUP, DAY, resident_name="Per")
    for many in (1, 5, 12):
        assert meeting_findings(meeting, [resident, *pros[:many]], [], DAY) == []
    codes = {f.code for f in meeting_findings(meeting, pros[:2], [], DAY)}
    assert codes == {"meeting_without_resident"}


def test_a_held_meeting_without_a_next_meeting_and_an_overdue_decision_are_flagged() -> None:
    meeting = Meeting(
        "m1", "p1", MeetingKind.PLAN, DAY - timedelta(days=30), status=MeetingStatus.HELD
    )
    late = ActionItem("a1", "m1", "Ringe NAV", DAY - timedelta(days=1), "s1")
    done = replace(late, id="a2", done_on=DAY - timedelta(days=2))
    resident = MeetingParticipant("x0", ParticipantKind.RESIDENT, "Per")
    found = meeting_findings(meeting, [resident], [late, done], DAY)
    assert [(f.code, f.subject_id) for f in found] == [
        ("action_item_overdue", "a1"),
        ("meeting_without_next", "m1"),
    ]
