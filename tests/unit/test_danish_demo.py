"""`teamdesk --demo --language da` opens a Danish municipality: Danish names, a bosted with
afdelinger, plans in the Danish shared development plan with a tovholder each, REHAB meetings;
made the same way every time. The Norwegian demo stays Norwegian."""

from __future__ import annotations

from pathlib import Path

from teamdesk.domain.meetings import MeetingKind
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.services.bootstrap import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_folder
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import FIRST_NAMES, UNIT_NAMES, create_demo
from teamdesk.services.demo_words import DANISH, DANISH_FIRST_NAMES, DANISH_UNIT_NAMES
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.integrity import check_integrity
from teamdesk.store.paths import DataLocation


def danish(text: str, n: int = -1, /) -> str:
    """A translator that says it is Danish (the demo asks only that)."""
    return "da" if text == "en" else text


def _texts(ctx: ServiceContext) -> list[str]:
    rows = ctx.store.query(
        "SELECT resources || needs || cooperation || participation AS t FROM plan "
        "UNION ALL SELECT text FROM plan_goal UNION ALL SELECT what FROM plan_measure "
        "UNION ALL SELECT name || organisation || contribution FROM plan_participant "
        "UNION ALL SELECT place FROM meeting"
    )
    return [str(r["t"]) for r in rows]


def test_the_danish_demo_is_a_danish_municipality(ctx: ServiceContext) -> None:
    summary = create_demo(ctx, translate=danish)
    assert (summary.units, summary.residents, summary.plans) == (3, 25, 7)
    team = TeamService(ctx)
    units = [u.name for u in team.units()]
    assert units and all(u in DANISH_UNIT_NAMES and ", afdeling " in u for u in units)
    assert len({u.split(",")[0] for u in units}) == 1, "one bosted, its afdelinger"
    assert all(r.name.split()[0] in DANISH_FIRST_NAMES for r in team.residents())
    # No Norwegian text of the demo is left in the plans, goals, people or meeting places.
    norwegian = {k for k, v in DANISH.items() if k != v}
    assert not [t for t in _texts(ctx) if t in norwegian or any(n in t for n in ("NAV", "kafe"))]
    assert check_integrity(ctx.store).sound


def test_its_plans_are_danish_plans_with_a_tovholder_each(ctx: ServiceContext) -> None:
    create_demo(ctx, translate=danish)
    plans = PlanService(ctx)
    assert plans.plan_profile() is PlanProfile.SHARED_DEVELOPMENT_PLAN
    rows = ctx.store.query("SELECT id, coordinator_id FROM plan WHERE deleted_at IS NULL")
    assert len(rows) == 7 and all(r["coordinator_id"] for r in rows)
    approved = [r["id"] for r in rows if plans.versions(r["id"])]
    assert len(approved) >= 4
    page = plans.page(approved[0])
    assert [s.key for s in page.sections][:4] == ["a", "b", "c", "ef"]
    assert page.professionals, "the count of professionals has people to count"
    kinds = [str(r["kind"]) for r in ctx.store.query("SELECT kind FROM meeting")]
    assert kinds.count(MeetingKind.REHAB.value) >= 3
    assert MeetingKind.RESPONSIBILITY_GROUP.value not in kinds


def test_the_danish_demo_is_the_same_every_time(ctx: ServiceContext, tmp_path: Path) -> None:
    create_demo(ctx, translate=danish)
    first = sorted(r.name for r in TeamService(ctx).residents())
    location = DataLocation(tmp_path / "again", "test")
    create_demo_folder(location, translate=danish)
    session = sign_in(location, DEMO_ACCOUNTS[0][0], DEMO_PASSWORD)
    try:
        again = sorted(r.name for r in TeamService(session.ctx).residents())
    finally:
        session.store.close()
    assert again == first


def test_the_norwegian_demo_stays_norwegian(ctx: ServiceContext) -> None:
    create_demo(ctx)
    team = TeamService(ctx)
    assert all(u.name in UNIT_NAMES for u in team.units())
    assert all(r.name.split()[0] in FIRST_NAMES for r in team.residents())
    assert PlanService(ctx).plan_profile() is PlanProfile.INDIVIDUAL_PLAN
    assert any("NAV" in t for t in _texts(ctx))
