"""The plan profile, a house setting: the Norwegian individual plan (items a) to i)) or the
Danish shared development plan (Serviceloven § 141). One data model; the profile decides the
sections, their order, what is required, the sentences and the printed headings."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.plan_support import PlanHouse, build_plan_house
from tests.unit.test_plan_rules import _complete

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import Participant, ParticipantKind, PlanContent
from teamdesk.domain.plan_profile import PlanProfile, ReviewCadence
from teamdesk.domain.plan_rules import (
    PLAN_ITEM_HEADINGS,
    SHARED_PLAN_HEADINGS,
    Completeness,
    plan_completeness,
    plan_sections,
)
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.plan import ApprovalRefused, PlanService

DAY = date(2026, 11, 25)
NO = PlanProfile.INDIVIDUAL_PLAN
DK = PlanProfile.SHARED_DEVELOPMENT_PLAN


def _codes(check: Completeness, severity: Severity | None = None) -> set[str]:
    return {f.code for f in check.findings if severity is None or f.severity is severity}


def _with(content: PlanContent, **fields: object) -> PlanContent:
    return replace(content, plan=replace(content.plan, **fields))


def _with_relative(content: PlanContent) -> PlanContent:
    mother = Participant(
        "pa9",
        ParticipantKind.RELATIVE,
        "Åse Hansen",
        contact="900",
        contribution="Besøg",
        share_scope="Hverdagen",
        share_consent_date=date(2026, 1, 5),
    )
    return replace(content, participants=(*content.participants, mother))


# -- completeness, profile by profile -----------------------------------------------------------


def test_a_complete_plan_is_complete_in_both_profiles() -> None:
    content = _with_relative(_complete())
    assert plan_completeness(content, DAY, NO).findings == ()
    danish = plan_completeness(content, DAY, DK)
    assert danish.complete, [f.text for f in danish.findings]


def test_the_danish_plan_requires_the_expected_duration_the_norwegian_does_not() -> None:
    content = _with(_complete(), period_to=None)
    assert "g.no_duration" not in _codes(plan_completeness(content, DAY, NO))
    danish = plan_completeness(content, DAY, DK)
    assert "g.no_duration" in _codes(danish, Severity.ALERT)
    assert not danish.complete


def test_contribution_and_evaluation_method_block_only_the_norwegian_plan() -> None:
    content = _with(_complete(), resident_contribution="", evaluation_method="")
    norwegian = plan_completeness(content, DAY, NO)
    danish = plan_completeness(_with_relative(content), DAY, DK)
    blocking = {"d.no_resident_contribution", "g.no_evaluation_method"}
    assert blocking <= _codes(norwegian, Severity.ALERT)
    assert not norwegian.complete
    assert blocking <= _codes(danish, Severity.WARNING)
    assert danish.complete


def test_the_danish_plan_asks_for_housing_work_help_treatment_and_aids() -> None:
    content = _with(_complete(), cooperation=" ")
    [norwegian] = [f for f in plan_completeness(content, DAY, NO).missing if f.code[0] == "i"]
    [danish] = [f for f in plan_completeness(content, DAY, DK).missing if f.code[0] == "i"]
    assert "cooperation with other services" in norwegian.text
    assert "Housing, work, personal help, treatment and aids" in danish.text


def test_the_danish_plan_is_an_offer_the_citizen_may_decline() -> None:
    content = _with(_complete(), consent_date=None, consent_how="")
    [norwegian] = [f for f in plan_completeness(content, DAY, NO).missing if f.code[0] == "h"]
    [danish] = [f for f in plan_completeness(content, DAY, DK).missing if f.code[0] == "h"]
    assert "consent to the plan is not recorded" in norwegian.text
    assert "offer" in danish.text and "declines" in danish.text


def test_the_danish_plan_asks_for_the_citizen_s_own_network() -> None:
    content = _complete()  # the resident and a service, nobody of the resident's own
    assert "b.no_network" not in _codes(plan_completeness(content, DAY, NO))
    assert "b.no_network" in _codes(plan_completeness(content, DAY, DK), Severity.WARNING)
    assert "b.no_network" not in _codes(plan_completeness(_with_relative(content), DAY, DK))


def test_the_first_follow_up_follows_the_house_s_cadence_after_moving_in() -> None:
    content = _with_relative(_with(_complete(), evaluation_date=date(2027, 6, 1)))
    moved_in = date(2026, 10, 1)  # first follow-up by 2027-01-01 with the default 3 months
    danish = plan_completeness(content, DAY, DK, ReviewCadence(), moved_in)
    [late] = [f for f in danish.findings if f.code == "g.first_follow_up_late"]
    assert late.severity is Severity.WARNING
    assert "within 3 months of moving in, by 2027-01-01" in late.text
    patient = plan_completeness(content, DAY, DK, ReviewCadence(first_months=9), moved_in)
    assert "g.first_follow_up_late" not in _codes(patient)
    assert "g.first_follow_up_late" not in _codes(
        plan_completeness(content, DAY, NO, ReviewCadence(), moved_in)
    )


def test_later_follow_ups_come_at_least_every_interval() -> None:
    content = _with_relative(_with(_complete(), evaluation_date=date(2028, 3, 1)))
    moved_in = date(2020, 1, 1)
    yearly = plan_completeness(content, DAY, DK, ReviewCadence(), moved_in)
    assert "g.follow_up_too_far" in _codes(yearly, Severity.WARNING)
    two_yearly = plan_completeness(content, DAY, DK, ReviewCadence(3, 24), moved_in)
    assert "g.follow_up_too_far" not in _codes(two_yearly)
    assert "g.follow_up_too_far" not in _codes(plan_completeness(content, DAY, NO))


def test_the_sections_follow_the_profile_s_order_and_headings() -> None:
    check = plan_completeness(PlanContent(replace(_complete().plan, resources=""), "Per"), DAY)
    norwegian = plan_sections(check, NO)
    danish = plan_sections(check, DK)
    assert [s.key for s in norwegian] == ["a", "b", "c", "d", "ef", "g", "h", "i"]
    assert [s.key for s in danish] == ["a", "b", "c", "ef", "d", "g", "i", "h"]
    assert norwegian[0].heading.startswith("a)")
    assert not any(re.match(r"[a-i]\)", s.heading) for s in danish)
    assert danish[0].heading == "The citizen's own perspective: goals, resources and needs"
    # The same findings, filed under the same part, whatever the order.
    assert norwegian[0].findings == danish[0].findings and not danish[0].complete


def test_professionals_are_counted_once_and_the_network_is_not() -> None:
    content = _with_relative(_complete())
    berit_again = Participant("pa5", ParticipantKind.STAFF, "Berit", staff_id="s-berit")
    content = replace(content, participants=(*content.participants, berit_again))
    # Berit coordinates, takes part and is responsible for a measure; Nora Lie is from NAV.
    assert content.professionals() == ["Berit Sykepleier", "Nora Lie (NAV)"]


# -- the house setting, through the services ---------------------------------------------------


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def test_a_leader_chooses_the_profile_and_the_plan_page_follows_it(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    svc = PlanService(ctx)
    assert svc.plan_profile() is NO
    assert [s.key for s in svc.page(house.plan).sections][3] == "d"
    svc.set_plan_profile(DK)
    page = svc.page(house.plan)
    assert page.profile is DK and svc.plan_profile() is DK
    assert [s.key for s in page.sections] == ["a", "b", "c", "ef", "d", "g", "i", "h"]
    assert set(page.professionals) == {"Berit Sykepleier", "Hilde Helsefag", "Nora Lie (NAV)"}
    svc.set_review_cadence(2, 6)
    assert svc.review_cadence() == ReviewCadence(2, 6)


def test_only_those_who_may_change_settings_choose_the_profile(
    ctx: ServiceContext, house: PlanHouse
) -> None:
    staff = PlanService(
        ServiceContext(ctx.store, Actor("Sara Ansatt", AccountRole.STAFF), today=ctx.today)
    )
    with pytest.raises(PermissionDenied):
        staff.set_plan_profile(DK)
    with pytest.raises(PermissionDenied):
        staff.set_review_cadence(3, 12)
    assert PlanService(ctx).plan_profile() is NO
    with pytest.raises(InvalidInput):
        PlanService(ctx).set_review_cadence(0, 12)
    with pytest.raises(InvalidInput):
        PlanService(ctx).set_review_cadence(3, 99)


def test_approval_asks_what_the_house_s_profile_asks(ctx: ServiceContext, house: PlanHouse) -> None:
    svc = PlanService(ctx)
    svc.update_plan(house.plan, period_to=None)
    svc.set_plan_profile(DK)
    with pytest.raises(ApprovalRefused) as refused:
        svc.approve_version(house.plan)
    assert "how long the measures are expected to last" in str(refused.value)
    svc.set_plan_profile(NO)
    assert svc.approve_version(house.plan).row_id


def test_the_danish_plan_printed_in_danish_has_no_english_heading(
    ctx: ServiceContext, house: PlanHouse, tmp_path: Path
) -> None:
    from teamdesk.ui.language import text_translator

    danish = text_translator("da")
    assert danish is not None
    svc = PlanService(ctx)
    svc.set_plan_profile(DK)
    path = svc.export_pdf(house.plan, tmp_path / "plan.pdf", translate=danish).path
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Fælles udviklingsplan" in flat
    for heading in SHARED_PLAN_HEADINGS.values():
        assert danish(heading) != heading, heading
        assert " ".join(danish(heading).split()) in flat, danish(heading)
    english = [*SHARED_PLAN_HEADINGS.values(), *PLAN_ITEM_HEADINGS.values(), "Shared development"]
    assert [h for h in english if h in flat] == []
    # The count of professionals and the principle stand on the plan.
    assert "så få fagpersoner som muligt" in flat
