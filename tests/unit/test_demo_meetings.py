"""The demo shows coordinator development and meetings in the states a leader and a coordinator
meet: mentorships with guidance, a network, a gap to fix, and meetings held and coming."""

from __future__ import annotations

from tests.support import TODAY

from teamdesk.domain.meetings import MeetingStatus
from teamdesk.domain.mentoring import MentoringCheck
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService


def test_the_demo_has_mentoring_a_network_and_meetings(ctx: ServiceContext) -> None:
    create_demo(ctx)
    mentoring = MentoringService(ctx)
    rows = mentoring.mentorships()
    assert any(r.mentorship.is_open(TODAY) and r.sessions >= 3 for r in rows)
    assert any(not r.mentorship.is_open(TODAY) for r in rows)
    [network] = mentoring.networks()
    detail = mentoring.network(network.id)
    assert len(detail.members) == 5
    assert any(m.held_on > TODAY for m in detail.meetings)
    assert any(rate == (1, 2) for rate in detail.rates.values())
    gaps = {g.code for r in mentoring.overview() for g in r.gaps}
    assert MentoringCheck.UNTRAINED_WITHOUT_MENTOR in gaps
    meetings = MeetingService(ctx)
    assert len(meetings.upcoming()) == 3
    held = [
        m
        for r in ctx.store.query("SELECT id FROM meeting WHERE status = 'held'")
        for m in [meetings.meeting(r["id"])]
    ]
    assert len(held) == 2
    decisions = [a for m in held for a in m.actions]
    assert any(a.item.done_on for a in decisions)
    assert any(a.item.is_overdue(TODAY) for a in decisions)
    assert any(a.item.measure_id for a in decisions)
    assert any(f.code == "meeting_without_next" for m in held for f in m.findings)
    assert all(m.meeting.status is MeetingStatus.HELD for m in held)
