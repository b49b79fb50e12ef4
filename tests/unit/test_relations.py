"""The relational-coordination check-in (issue 15): scoring, the rules of a round, anonymity
after sealing, and the report read back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from tests.plan_support import PlanHouse, build_plan_house
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.relations import (
    DIMENSIONS,
    DONT_KNOW,
    Dimension,
    Round,
    months_before,
    round_result,
    tally_ballots,
    tie_index,
)
from teamdesk.domain.team import Role
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.relations import RelationService
from teamdesk.services.team import TeamService

ALL = list(DIMENSIONS)


def _all(value: int) -> dict[Dimension, int]:
    return dict.fromkeys(ALL, value)


# -- scoring -------------------------------------------------------------------------------

answer = st.sampled_from([DONT_KNOW, 1, 2, 3, 4, 5])
ballot = st.fixed_dictionaries({d: answer for d in ALL})


@given(st.lists(ballot, min_size=3, max_size=12))
def test_a_ties_index_stays_on_the_scale(ballots: list[dict[Dimension, int]]) -> None:
    tallies, per_tie = tally_ballots({"@night": b} for b in ballots)
    rnd = Round("r", ("@night",), TODAY, TODAY)
    result = round_result(rnd, len(ballots), tallies, per_tie)
    index = result.ties[0].index
    if all(v == DONT_KNOW for b in ballots for v in b.values()):
        assert index is None
    else:
        assert index is not None and 1.0 <= index <= 5.0


@given(st.lists(ballot, min_size=3, max_size=10), st.data())
def test_agreeing_more_never_lowers_a_ties_index(
    ballots: list[dict[Dimension, int]], data: st.DataObject
) -> None:
    rnd = Round("r", ("@night",), TODAY, TODAY)
    who = data.draw(st.integers(0, len(ballots) - 1))
    dimension = data.draw(st.sampled_from(ALL))
    before_value = ballots[who][dimension]
    if before_value in (DONT_KNOW, 5):
        return
    raised = [dict(b) for b in ballots]
    raised[who][dimension] = data.draw(st.integers(before_value + 1, 5))
    low = round_result(rnd, len(ballots), *tally_ballots({"@night": b} for b in ballots))
    high = round_result(rnd, len(ballots), *tally_ballots({"@night": b} for b in raised))
    assert low.ties[0].index is not None and high.ties[0].index is not None
    assert high.ties[0].index >= low.ties[0].index


def test_fewer_than_three_answers_about_a_tie_show_no_figures() -> None:
    rnd = Round("r", ("@night", "NAV"), TODAY, TODAY)
    ballots = [{"@night": _all(2), "NAV": _all(5)}, {"@night": _all(3), "NAV": _all(4)}]
    ballots.append({"@night": _all(1)})
    result = round_result(rnd, 3, *tally_ballots(ballots))
    night, nav = result.ties
    assert night.tie == "@night" and night.shown and night.index == pytest.approx(2.0)
    assert nav.tie == "NAV" and not nav.shown
    assert nav.index is None and set(nav.means.values()) == {None} and not nav.suggestions
    # The weakest dimensions of a shown tie get a suggestion each: three, not a wall of faults.
    assert [s.dimension for s in night.suggestions] == ALL[:3]
    assert tie_index([None, None]) is None


def test_six_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert months_before(date(2026, 11, 25), 6) == date(2026, 5, 25)
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)


# -- a round in a house ----------------------------------------------------------------------


@dataclass
class CheckinHouse:
    house: PlanHouse
    ctx: ServiceContext
    extra: str

    def as_(
        self, name: str, staff_id: str | None, role: AccountRole = AccountRole.STAFF
    ) -> RelationService:
        return RelationService(
            ServiceContext(
                self.ctx.store, Actor(name, role, staff_id=staff_id), today=self.ctx.today
            )
        )


@pytest.fixture
def checkin(ctx: ServiceContext) -> CheckinHouse:
    h = build_plan_house(ctx)
    team = TeamService(ctx)
    team.assign(h.resident, h.berit, Role.PRIMARY, date(2026, 1, 1))
    team.assign(h.resident, h.hilde, Role.SECONDARY, date(2026, 1, 1))
    team.assign(h.resident, h.ola, Role.MEMBER, date(2026, 1, 1))
    extra = team.create_staff("Siri Utenfor", unit_id=h.unit).row_id or ""
    return CheckinHouse(h, ctx, extra)


def _answer_three_and_a_form(c: CheckinHouse, round_id: str) -> None:
    h = c.house
    c.as_("Berit Sykepleier", h.berit).answer(
        round_id, {"@night": _all(2), "NAV": _all(4), "@relatives": _all(5)}
    )
    c.as_("Hilde Helsefag", h.hilde).answer(
        round_id, {"@night": {**_all(3), Dimension.TIMELY: 1}, "NAV": _all(5)}
    )
    c.as_("Ola Ødegård", h.ola).answer(
        round_id, {"@night": {**_all(2), Dimension.FREQUENT: DONT_KNOW}, "NAV": _all(4)}
    )
    RelationService(c.ctx).enter_paper_form(
        round_id, {"@night": _all(3), "NAV": _all(5), "@relatives": _all(4)}
    )


def test_a_round_runs_from_start_to_results(checkin: CheckinHouse) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    ties = svc.default_ties(h.resident)
    assert ties == ("@primary", "@secondary", "@member", "@night", "NAV", "@relatives")
    round_id = svc.start_round(TODAY + timedelta(days=14), ties, resident_id=h.resident)
    assert [r.id for r in checkin.as_("Berit Sykepleier", h.berit).waiting_for_me()] == [round_id]
    _answer_three_and_a_form(checkin, round_id)
    page = svc.round_page(round_id)
    assert page.respondents == 4 and page.result is None  # nothing shown while open
    assert checkin.as_("Berit Sykepleier", h.berit).waiting_for_me() == []
    svc.close_round(round_id)
    result = svc.round_page(round_id).result
    assert result is not None and result.respondents == 4
    shown = [r.tie for r in result.ties if r.shown]
    assert shown == ["@night", "NAV"]  # weakest first
    night = result.ties[0]
    assert night.means[Dimension.TIMELY] == pytest.approx((2 + 1 + 2 + 3) / 4)
    assert night.means[Dimension.FREQUENT] == pytest.approx((2 + 3 + 3) / 3)  # don't know left out
    assert night.suggestions[0].dimension is Dimension.TIMELY
    assert result.strengths and result.strengths[0].tie == "NAV"
    relatives = next(r for r in result.ties if r.tie == "@relatives")
    assert relatives.respondents == 0 and not relatives.shown  # two: not counted at all


def test_answers_are_anonymous_once_the_round_is_sealed(
    checkin: CheckinHouse, tmp_path: Path
) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    round_id = svc.start_round(
        TODAY + timedelta(days=14), svc.default_ties(h.resident), resident_id=h.resident
    )
    _answer_three_and_a_form(checkin, round_id)
    store = checkin.ctx.store
    assert len(store.ballots(round_id)) == 4
    svc.close_round(round_id)
    # The ballot box is empty: what is left are counts.
    assert store.ballots(round_id) == []
    respondents = {"Berit Sykepleier", "Hilde Helsefag", "Ola Ødegård"}
    # Whatever a respondent wrote is only that they took part: never a count, never an answer.
    written = store.query(
        "SELECT DISTINCT table_name FROM change WHERE actor IN (?, ?, ?)", tuple(respondents)
    )
    assert {r[0] for r in written} == {"relation_respondent"}
    events = store.query(
        "SELECT DISTINCT table_name FROM audit_event WHERE actor IN (?, ?, ?)", tuple(respondents)
    )
    assert {r[0] for r in events} == {"relation_respondent"}
    # The people are named nowhere in the tallies, and a tie two people answered about keeps no
    # counts at all, not even in the database.
    respondent_columns = {r[1] for r in store.query("PRAGMA table_info(relation_respondent)")}
    assert respondent_columns.isdisjoint({"tie", "dimension", "answers", "value"})
    relatives = store.query(
        "SELECT n1 + n2 + n3 + n4 + n5 + dont_know AS total, respondents FROM relation_tally "
        "WHERE round_id = ? AND tie = '@relatives'",
        (round_id,),
    )
    assert relatives and {(r["total"], r["respondents"]) for r in relatives} == {(0, 2)}
    for fmt in ("json", "csv"):
        out = tmp_path / f"relations.{fmt}"
        svc.export_report(h.resident, out, fmt=fmt)
        text = out.read_text(encoding="utf-8")
        assert not any(name in text for name in respondents)
    data = json.loads((tmp_path / "relations.json").read_text(encoding="utf-8"))
    assert [t["tie"] for t in data["rounds"][0]["ties"]][:2] == ["Night staff", "NAV"]


def test_who_may_start_answer_and_enter_forms(checkin: CheckinHouse) -> None:
    h = checkin.house
    leader = RelationService(checkin.ctx)
    end = TODAY + timedelta(days=10)
    with pytest.raises(PermissionDenied):
        checkin.as_("Berit Sykepleier", h.berit).start_round(
            end, ["@night"], resident_id=h.resident
        )
    with pytest.raises(PermissionDenied):  # a coordinator, but not of this plan
        checkin.as_("Ola Ødegård", h.ola, AccountRole.COORDINATOR).start_round(
            end, ["@night"], resident_id=h.resident
        )
    round_id = leader.start_round(end, ["@night", "NAV"], resident_id=h.resident)
    with pytest.raises(InvalidInput):  # one open round at a time
        leader.start_round(end, ["@night"], resident_id=h.resident)
    with pytest.raises(PermissionDenied):  # works in the unit, but not with this resident
        checkin.as_("Siri Utenfor", checkin.extra).answer(round_id, {"@night": _all(3)})
    berit = checkin.as_("Berit Sykepleier", h.berit)
    with pytest.raises(PermissionDenied):
        berit.enter_paper_form(round_id, {"@night": _all(3)})
    with pytest.raises(InvalidInput):
        berit.answer(round_id, {"GP": _all(3)})  # not a tie of this round
    with pytest.raises(InvalidInput):
        berit.answer(round_id, {"@night": {Dimension.TIMELY: 7}})
    with pytest.raises(InvalidInput):
        berit.answer(round_id, {})
    berit.answer(round_id, {"@night": _all(3)})
    with pytest.raises(InvalidInput):
        berit.answer(round_id, {"@night": _all(4)})
    with pytest.raises(InvalidInput):
        leader.start_round(TODAY - timedelta(days=1), ["@night"], unit_id=h.unit)


def test_a_round_past_its_end_date_is_sealed_when_next_looked_at(checkin: CheckinHouse) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    round_id = svc.start_round(
        TODAY + timedelta(days=3), ["@night", "NAV", "@relatives"], resident_id=h.resident
    )
    _answer_three_and_a_form(checkin, round_id)
    later = RelationService(
        ServiceContext(
            checkin.ctx.store, checkin.ctx.actor, today=lambda: TODAY + timedelta(days=4)
        )
    )
    page = later.round_page(round_id)
    assert page.result is not None and page.round.closed_on == TODAY + timedelta(days=3)
    assert checkin.ctx.store.ballots(round_id) == []
    with pytest.raises(InvalidInput):
        checkin.as_("Berit Sykepleier", h.berit).answer(round_id, {"@night": _all(3)})


def test_teams_without_a_check_in_for_six_months_are_listed(checkin: CheckinHouse) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    assert [s.resident.id for s in svc.stale_teams()] == [h.resident]
    svc.start_round(TODAY + timedelta(days=3), ["@night"], resident_id=h.resident)
    assert svc.stale_teams() == []


def test_the_printed_report_leads_with_what_works_and_shows_the_trend(
    checkin: CheckinHouse, tmp_path: Path
) -> None:
    h = checkin.house
    store = checkin.ctx.store
    first = RelationService(
        ServiceContext(store, checkin.ctx.actor, today=lambda: TODAY - timedelta(days=200))
    )
    old = first.start_round(TODAY - timedelta(days=190), ["@night", "NAV"], resident_id=h.resident)
    for name, staff in (
        ("Berit Sykepleier", h.berit),
        ("Hilde Helsefag", h.hilde),
        ("Ola Ødegård", h.ola),
    ):
        RelationService(
            ServiceContext(
                store,
                Actor(name, AccountRole.STAFF, staff_id=staff),
                today=lambda: TODAY - timedelta(days=200),
            )
        ).answer(old, {"@night": _all(2), "NAV": _all(4)})
    first.close_round(old)
    svc = RelationService(checkin.ctx)
    new = svc.start_round(
        TODAY + timedelta(days=3), ["@night", "NAV", "@relatives"], resident_id=h.resident
    )
    _answer_three_and_a_form(checkin, new)
    svc.close_round(new)
    report = svc.report(h.resident)
    assert (report.trend[0].index or 0) < (report.trend[1].index or 0)
    out = tmp_path / "relations.pdf"
    result = svc.export_report(h.resident, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert result.pages >= 1
    for expected in ("How we work together", "What works", "Night staff", "NAV", "Over time"):
        assert expected in text
    assert text.index("What works") < text.index("Things to agree on together")
    assert "Berit" not in text


def test_the_demo_shows_an_improved_tie_and_a_weak_one(ctx: ServiceContext) -> None:
    from teamdesk.services.demo import create_demo

    create_demo(ctx)
    svc = RelationService(ctx)
    rows = ctx.store.query(
        "SELECT DISTINCT resident_id FROM relation_round WHERE status = 'closed'"
    )
    reports = [svc.report(str(r["resident_id"])) for r in rows]
    assert len(reports) == 2 and all(len(r.results) == 2 for r in reports)
    night = [
        [next(t.index for t in res.ties if t.tie == "@night") for res in r.results] for r in reports
    ]
    improved = [n for n in night if (n[0] or 0) + 1 < (n[1] or 0)]
    assert len(improved) == 1
    weakest = [r.latest.ties[0] for r in reports if r.latest is not None]
    assert any(not t.tie.startswith("@") and (t.index or 5) < 3 for t in weakest)


def test_the_printed_form_has_the_statements_and_no_name(
    checkin: CheckinHouse, tmp_path: Path
) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    round_id = svc.start_round(
        TODAY + timedelta(days=7), svc.default_ties(h.resident), resident_id=h.resident
    )
    out = tmp_path / "form.pdf"
    result = svc.export_form(round_id, out)
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert result.pages == 1 and len(reader.pages) == 1
    assert "Do not write your name" in text
    for dimension in DIMENSIONS:
        assert dimension.statement[:30] in text.replace("\n", " ")
    assert "Night staff" in text and "NAV" in text
    with pytest.raises(PermissionDenied):
        checkin.as_("Berit Sykepleier", h.berit).export_form(round_id, tmp_path / "x.pdf")


def test_the_meeting_agenda_item_says_what_works_then_what_to_agree_on(
    checkin: CheckinHouse,
) -> None:
    h = checkin.house
    svc = RelationService(checkin.ctx)
    title, detail = svc.agenda_item(h.resident)
    assert title == "How we work together" and "No check-in" in detail
    round_id = svc.start_round(
        TODAY + timedelta(days=7), ["@night", "NAV", "@relatives"], resident_id=h.resident
    )
    _answer_three_and_a_form(checkin, round_id)
    svc.close_round(round_id)
    title, detail = svc.agenda_item(h.resident)
    assert detail.index("What works: NAV") < detail.index("To agree on together: Night staff")
    assert "4 people took part" in detail


def test_each_pc_seals_its_own_ballots_and_small_groups_stay_uncounted(
    checkin: CheckinHouse,
) -> None:
    """A round closed on another PC is sealed here at the next look; counts add up across PCs,
    and a PC that took fewer than three answers about a tie keeps no counts of them."""
    h = checkin.house
    store = checkin.ctx.store
    svc = RelationService(checkin.ctx)
    round_id = svc.start_round(
        TODAY + timedelta(days=7), ["@night", "NAV", "@relatives"], resident_id=h.resident
    )
    _answer_three_and_a_form(checkin, round_id)
    # Another PC sealed its own ballots (two answers about the night staff: no counts) and
    # closed the round; what it sealed arrives here by sync.
    other = "another-pc"
    for dimension in DIMENSIONS:
        store.insert(
            "relation_tally",
            {
                "round_id": round_id,
                "sealed_on_replica": other,
                "tie": "@night",
                "dimension": dimension.value,
                "respondents": 2,
            },
            actor="Nora Annen",
        )
    store.update("relation_round", round_id, {"status": "closed", "closed_on": TODAY}, actor="x")
    page = svc.round_page(round_id)
    assert store.ballots(round_id) == []  # sealed here at the first look
    assert page.result is not None
    night = next(t for t in page.result.ties if t.tie == "@night")
    assert night.respondents == 4 and night.shown  # this PC's four; the other's two uncounted
    assert night.means[Dimension.TIMELY] == pytest.approx((2 + 1 + 2 + 3) / 4)
