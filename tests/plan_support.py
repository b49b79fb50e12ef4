"""A house with one resident and a complete individual plan, built through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tests.support import TODAY

from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.team import Education
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamService

GOAL_1 = "Jeg vil gå tur med hunden min hver morgen."
GOAL_2 = "Jeg vil jobbe på kafeen to dager i uka."
SUB_GOAL = "Gå til parken alene på søndager."


@dataclass
class PlanHouse:
    """Ids of what :func:`build_plan_house` made."""

    unit: str
    resident: str
    berit: str
    hilde: str
    ola: str
    plan: str = ""
    goal_1: str = ""
    goal_2: str = ""
    nav: str = ""
    mother: str = ""
    measure_1: str = ""


def build_plan_house(ctx: ServiceContext, *, complete: bool = True) -> PlanHouse:
    """A resident, three staff and a plan; ``complete`` fills every part a) to i)."""
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken bofellesskap").row_id or ""
    h = PlanHouse(
        unit=unit,
        resident=team.create_resident("Per Åsmund Hansen", unit_id=unit, room="101").row_id or "",
        berit=team.create_staff(
            "Berit Sykepleier", education=Education.BACHELOR, unit_id=unit
        ).row_id
        or "",
        hilde=team.create_staff(
            "Hilde Helsefag", education=Education.HEALTH_WORKER, unit_id=unit
        ).row_id
        or "",
        ola=team.create_staff("Ola Ødegård", unit_id=unit).row_id or "",
    )
    svc = PlanService(ctx)
    h.plan = svc.create_plan(h.resident, period_from=date(2026, 1, 1)).row_id or ""
    if not complete:
        return h
    svc.record_training(h.berit, date(2025, 5, 1))
    h.goal_1 = svc.add_goal(h.plan, GOAL_1, evaluation_date=date(2027, 3, 1)).row_id or ""
    svc.add_goal(h.plan, SUB_GOAL, parent_id=h.goal_1)
    h.goal_2 = svc.add_goal(h.plan, GOAL_2, evaluation_date=date(2027, 5, 1)).row_id or ""
    h.nav = (
        svc.add_participant(
            h.plan,
            ParticipantKind.SERVICE,
            "Nora Lie",
            organisation="NAV",
            role="Veileder",
            contact="55 55 55 55",
            contribution="Arbeidsrettet oppfølging",
            share_scope="Arbeid og helse",
            share_consent_date=date(2026, 1, 10),
            share_consent_expires=date(2027, 6, 30),
        ).row_id
        or ""
    )
    h.mother = (
        svc.add_participant(
            h.plan,
            ParticipantKind.RELATIVE,
            "Åse Hansen",
            role="Mor",
            contact="900 00 000",
            contribution="Besøker Per hver søndag",
            share_scope="Hverdagen",
            share_consent_date=date(2026, 1, 10),
        ).row_id
        or ""
    )
    svc.update_plan(
        h.plan,
        resources="Per er blid og glad i dyr.",
        needs="Struktur i hverdagen og oppfølging på jobb.",
        resident_contribution="Per lager kaffe til møtene.",
        period_to=date(2027, 12, 31),
        evaluation_date=date(2027, 6, 1),
        evaluation_method="Samtale med Per hvert halvår.",
        next_meeting=date(2026, 12, 10),
        cooperation="Fastlegen og NAV samarbeider om arbeidstrening.",
        language_culture="Norsk er morsmålet.",
        participation="Per leder selv deler av møtet; mor deltar når Per vil.",
    )
    h.measure_1 = (
        svc.add_measure(
            h.plan,
            "Morgentur med hunden",
            extent="Hver morgen, 30 minutter",
            how="Hilde går sammen med Per de første ukene.",
            goal_id=h.goal_1,
            responsible_staff_id=h.hilde,
        ).row_id
        or ""
    )
    svc.add_measure(
        h.plan,
        "Arbeidstrening på kafeen",
        extent="To dager i uka",
        how="NAV følger opp arbeidsgiveren.",
        goal_id=h.goal_2,
        responsible_participant_id=h.nav,
    )
    svc.assign_coordinator(h.plan, h.berit)
    svc.record_consent(h.plan, TODAY, "Muntlig i møte, Per sa ja")
    return h
