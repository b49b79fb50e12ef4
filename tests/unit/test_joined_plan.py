"""The Danish profile's joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7) and its
goal words (indsatsmål split into delmål): the completeness check in both profiles, the
service's rules, the Danish printout read back, and a merge of the new columns between PCs."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.plan_support import PlanHouse, build_plan_house
from tests.unit.test_plan_rules import _complete
from tests.unit.test_sync_merge import exchange

from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import Goal, Participant, ParticipantKind, PlanContent
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.domain.plan_rules import Completeness, plan_changes, plan_completeness
from teamdesk.domain.text import Translate
from teamdesk.services.context import InvalidInput, ServiceContext
from teamdesk.services.plan import ApprovalRefused, PlanService
from teamdesk.store.store import Store, open_store

DAY = date(2026, 11, 25)
NO = PlanProfile.INDIVIDUAL_PLAN
DK = PlanProfile.SHARED_DEVELOPMENT_PLAN


def _danish() -> Translate:
    from teamdesk.ui.language import text_translator

    danish = text_translator("da")
    assert danish is not None
    return danish


def _codes(check: Completeness, severity: Severity | None = None) -> set[str]:
    return {f.code for f in check.findings if severity is None or f.severity is severity}


def _content(**fields: object) -> PlanContent:
    """A complete plan, with someone from the citizen's network, and ``fields`` on the plan."""
    content = _complete()
    mother = Participant(
        "pa9",
        ParticipantKind.RELATIVE,
        "Åse Hansen",
        contact="900",
        contribution="Besøg",
        share_scope="Hverdagen",
        share_consent_date=date(2026, 1, 5),
    )
    return replace(
        content,
        plan=replace(content.plan, **fields),
        participants=(*content.participants, mother),
    )


# -- completeness ------------------------------------------------------------------------------


def test_a_joined_plan_without_consent_to_share_across_areas_is_not_complete_in_danish() -> None:
    joined = _content(joined_plan=True, replaces_plans="Jobcentrets plan\nBehandlingsplan")
    check = plan_completeness(joined, DAY, DK)
    assert _codes(check, Severity.ALERT) == {"h.joined_no_consent"}
    assert not check.complete
    sentence = check.missing[0].message.in_language(_danish())
    assert sentence.startswith("Planen er en helhedsorienteret plan, men Per Hansens samtykke")
    assert "på tværs af områder" in sentence
    consented = _content(
        joined_plan=True,
        replaces_plans="Jobcentrets plan",
        joined_consent_date=date(2026, 2, 1),
        joined_consent_recorded_by="Kari",
    )
    assert plan_completeness(consented, DAY, DK).findings == ()


def test_a_joined_plan_that_names_no_plan_it_replaces_gets_a_note() -> None:
    joined = _content(
        joined_plan=True, joined_consent_date=date(2026, 2, 1), joined_consent_recorded_by="Kari"
    )
    check = plan_completeness(joined, DAY, DK)
    assert _codes(check) == {"h.joined_no_replaces"}
    assert check.complete


def test_the_norwegian_profile_is_unaffected_by_the_joined_plan() -> None:
    ordinary = _content()
    joined = _content(joined_plan=True)
    assert plan_completeness(joined, DAY, NO) == plan_completeness(ordinary, DAY, NO)
    assert plan_completeness(ordinary, DAY, NO).findings == ()
    # The Norwegian sentences keep saying goal: the Danish words are the Danish profile's.
    bare = replace(ordinary, goals=(), measures=())
    sentence = next(f for f in plan_completeness(bare, DAY, NO).findings if f.code == "a.no_goal")
    assert sentence.text.startswith("No goal is written yet.")


def test_the_danish_sentences_speak_of_intervention_goals_and_sub_goals() -> None:
    danish = _danish()
    bare = replace(_content(), goals=())
    found = {f.code: f for f in plan_completeness(bare, DAY, DK).findings}
    no_goal = found["a.no_goal"].message.in_language(danish)
    assert "indsatsmål" in no_goal and "delmål" in no_goal, no_goal
    not_linked = found["e.no_goal"].message.in_language(danish)
    assert "indsatsmål eller delmål" in not_linked, not_linked
    # An intervention goal is split into sub-goals, evaluated along the way: one that is not
    # gets a note in the Danish profile, none in the Norwegian.
    walk = Goal("g1", "Gå tur med hunden", evaluation_date=DAY + timedelta(days=90))
    alone = replace(_content(), goals=(walk,))
    note = next(f for f in plan_completeness(alone, DAY, DK).findings if f.code == "a.no_sub_goal")
    assert note.severity is Severity.WARNING
    assert "delmål" in note.message.in_language(danish)
    assert "a.no_sub_goal" not in _codes(plan_completeness(alone, DAY, NO))


def test_making_a_plan_a_joined_plan_is_a_change_between_versions() -> None:
    before = _content()
    after = _content(joined_plan=True, replaces_plans="Jobcentrets plan")
    said = [m.template for m in plan_changes(before, after)]
    assert "The plan was made a joined plan." in said
    assert "{field} written." in said
    undone = [m.template for m in plan_changes(after, before)]
    assert undone[0] == "The plan is no longer a joined plan."


# -- the service -------------------------------------------------------------------------------


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def test_only_the_danish_profile_makes_joined_plans(ctx: ServiceContext, house: PlanHouse) -> None:
    svc = PlanService(ctx)
    with pytest.raises(InvalidInput) as refused:
        svc.set_joined_plan(house.plan, True)
    assert "Danish shared development plan" in str(refused.value)
    assert not svc.content(house.plan).plan.joined_plan
    svc.set_plan_profile(DK)
    svc.set_joined_plan(house.plan, True)
    assert svc.content(house.plan).plan.joined_plan


def test_the_consent_to_share_across_areas_records_the_day_and_who(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    svc.set_plan_profile(DK)
    with pytest.raises(InvalidInput):
        svc.record_joined_consent(house.plan, ctx.today())  # not a joined plan yet
    svc.set_joined_plan(house.plan, True)
    with pytest.raises(InvalidInput):
        svc.record_joined_consent(house.plan, ctx.today() + timedelta(days=1))
    svc.update_plan(house.plan, replaces_plans="Jobcentrets plan\nBehandlingsplan")
    with pytest.raises(ApprovalRefused) as refused:
        svc.approve_version(house.plan)
    assert [f.code for f in refused.value.missing if f.code.startswith("h.")] == [
        "h.joined_no_consent"
    ]
    svc.record_joined_consent(house.plan, ctx.today() - timedelta(days=3))
    plan = svc.content(house.plan).plan
    assert (plan.joined_consent_date, plan.joined_consent_recorded_by) == (
        ctx.today() - timedelta(days=3),
        ctx.actor.name,
    )
    assert plan.replaces_plans == "Jobcentrets plan\nBehandlingsplan"
    approved = svc.approve_version(house.plan)
    frozen = svc.version_content(house.plan, 1)
    assert approved.row_id and frozen.plan.joined_consent_date == plan.joined_consent_date
    svc.withdraw_joined_consent(house.plan)
    assert svc.content(house.plan).plan.joined_consent_date is None


def test_the_store_refuses_a_consent_day_without_who_recorded_it(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        ctx.store.update("plan", house.plan, {"joined_consent_date": DAY}, actor="x")


# -- the printout, read back in Danish -----------------------------------------------------------


def test_the_danish_printout_shows_the_joined_plan_its_consent_and_the_goal_words(
    ctx: ServiceContext, house: PlanHouse, tmp_path: Path
) -> None:
    svc = PlanService(ctx)
    svc.set_plan_profile(DK)
    svc.set_joined_plan(house.plan, True)
    svc.update_plan(house.plan, replaces_plans="Jobcentrets plan og behandlingsplanen")
    svc.record_joined_consent(house.plan, date(2026, 11, 2))
    svc.add_goal(house.plan, "Tage bussen alene", parent_id=house.goal_1)

    def flat(path: Path) -> str:
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        return " ".join(text.split())

    printed = flat(svc.export_pdf(house.plan, tmp_path / "plan.pdf", translate=_danish()).path)
    assert "Helhedsorienteret plan (serviceloven § 141, stk. 7)" in printed
    assert "Jobcentrets plan og behandlingsplanen" in printed
    assert "Samtykke til at dele oplysninger på tværs af områder" in printed
    assert "02.11.2026" in printed and ctx.actor.name in printed
    assert "Indsatsmål og deres delmål med" in printed
    assert "Indsatsmål ·" in printed or printed.count("Indsatsmål") >= 3
    assert "Delmål" in printed
    assert "Evaluering af indsatsmål 1" in printed
    # Without the consent the printout says so.
    svc.withdraw_joined_consent(house.plan)
    printed = flat(svc.export_pdf(house.plan, tmp_path / "plan2.pdf", translate=_danish()).path)
    after = printed.split("Samtykke til at dele oplysninger på tværs af områder", 1)[1]
    assert after.lstrip().startswith("Ikke registreret endnu.")


def test_the_norwegian_printout_has_no_joined_plan(
    ctx: ServiceContext, house: PlanHouse, tmp_path: Path
) -> None:
    svc = PlanService(ctx)
    svc.set_plan_profile(DK)
    svc.set_joined_plan(house.plan, True)
    svc.set_plan_profile(NO)
    path = svc.export_pdf(house.plan, tmp_path / "plan.pdf").path
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Joined plan" not in text and "Intervention goal" not in text


# -- two PCs -----------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def test_the_joined_plan_columns_merge_between_two_pcs(pair: tuple[Store, Store]) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Birgit"}, actor="Kari")
    plan = a.insert("plan", {"resident_id": resident}, actor="Kari")
    exchange(a, b)
    # One PC marks the plan joined and lists what it replaces; the other records the consent
    # and, meanwhile, adds a line of its own to the list.
    a.update(
        "plan", plan, {"joined_plan": True, "replaces_plans": "Jobcentrets plan\n"}, actor="Kari"
    )
    exchange(a, b)
    b.update(
        "plan",
        plan,
        {"joined_consent_date": "2026-11-02", "joined_consent_recorded_by": "Mette"},
        actor="Mette",
    )
    b.update("plan", plan, {"replaces_plans": "Jobcentrets plan\nBehandlingsplan\n"}, actor="Mette")
    a.update("plan", plan, {"replaces_plans": "Handleplan\nJobcentrets plan\n"}, actor="Kari")
    exchange(a, b)
    rows = [a.get("plan", plan), b.get("plan", plan)]
    assert rows[0] is not None and rows[1] is not None
    for row in rows:
        assert row["joined_plan"] == 1
        assert (row["joined_consent_date"], row["joined_consent_recorded_by"]) == (
            "2026-11-02",
            "Mette",
        )
        # Free text merged three-way: both PCs' lines are kept.
        assert row["replaces_plans"] == "Handleplan\nJobcentrets plan\nBehandlingsplan\n"
    # Withdrawn on one PC; later, on the other, recorded again on a new day by the same
    # person (so only the day changes there): the later write wins whole, and the day never
    # stands without who recorded it.
    b.update(
        "plan", plan, {"joined_consent_date": None, "joined_consent_recorded_by": ""}, actor="Mette"
    )
    a.update("plan", plan, {"joined_consent_date": "2026-11-20"}, actor="Mette")
    exchange(a, b)
    after = [a.get("plan", plan), b.get("plan", plan)]
    assert after[0] is not None and after[1] is not None
    assert [(r["joined_consent_date"], r["joined_consent_recorded_by"]) for r in after] == [
        ("2026-11-20", "Mette"),
        ("2026-11-20", "Mette"),
    ]


# -- as few professionals as possible, on the meeting -------------------------------------------


def test_the_danish_meeting_printout_and_page_count_the_professionals_with_no_limit(
    ctx: ServiceContext, house: PlanHouse, tmp_path: Path
) -> None:
    from teamdesk.domain.meetings import MeetingKind
    from teamdesk.services.meetings import MeetingService

    PlanService(ctx).set_plan_profile(DK)
    meetings = MeetingService(ctx)
    meeting = meetings.prepare_meeting(house.plan, MeetingKind.REHAB, DAY).row_id or ""
    page = meetings.meeting(meeting)
    assert page.professionals >= 1
    # Counted and shown, never held against a number nobody has a source for.
    assert [f.code for f in page.findings if "professional" in f.code] == []
    path = meetings.export_agenda(meeting, tmp_path / "dagsorden.pdf", translate=_danish()).path
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    count = "fagperson omkring" if page.professionals == 1 else "fagpersoner omkring"
    assert f"{page.professionals} {count} Per Åsmund Hansen" in flat, flat
    assert "Vi holder gruppen så lille, som vi kan." in flat
