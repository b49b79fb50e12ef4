"""An account tied to a unit sees that unit's residents only, in every list; administrators and
accounts tied to no unit see the whole municipality."""

from __future__ import annotations

from datetime import date

import pytest
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Education, Role
from teamdesk.services import ui_queries
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.team import TeamService


@pytest.fixture
def two_units(ctx: ServiceContext) -> dict[str, str]:
    """Solsikken and Fjellro, a resident in each and one tied to no unit; Berit is primary
    contact for four residents: three in Solsikken, one in Fjellro."""
    svc = TeamService(ctx)
    ids: dict[str, str] = {}

    def new(key: str, outcome_id: str | None) -> str:
        assert outcome_id is not None
        ids[key] = outcome_id
        return outcome_id

    sol = new("solsikken", svc.create_unit("Solsikken").row_id)
    fjell = new("fjellro", svc.create_unit("Fjellro").row_id)
    team = new("team", svc.create_team("Lag Nord", sol).row_id)
    new("per", svc.create_resident("Per Solsikke", unit_id=sol, team_id=team).row_id)
    new("pia", svc.create_resident("Pia Solsikke", unit_id=sol, team_id=team).row_id)
    new("pål", svc.create_resident("Pål Solsikke", unit_id=sol).row_id)
    new("fia", svc.create_resident("Fia Fjellro", unit_id=fjell, team_id=team).row_id)
    new("nils", svc.create_resident("Nils Uten Enhet").row_id)
    berit = new("berit", svc.create_staff("Berit", education=Education.BACHELOR).row_id)
    for resident in ("per", "pia", "pål", "fia"):
        svc.assign(ids[resident], berit, Role.PRIMARY, from_date=date(2025, 1, 1))
    return ids


def _as(ctx: ServiceContext, role: AccountRole, unit_id: str | None) -> ServiceContext:
    return ServiceContext(ctx.store, Actor(f"A {role.value}", role, unit_id=unit_id), ctx.today)


def _names(rows: dict[str, ui_queries.ResidentListRow]) -> set[str]:
    return {r.name for r in rows.values()}


def test_staff_of_a_unit_see_only_their_unit_in_the_residents_list(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    staff = _as(ctx, AccountRole.STAFF, two_units["solsikken"])
    ids = ui_queries.resident_ids(staff)
    assert _names(ui_queries.resident_rows(staff, ids)) == {
        "Per Solsikke",
        "Pia Solsikke",
        "Pål Solsikke",
        "Nils Uten Enhet",
    }
    assert two_units["fia"] not in ui_queries.resident_search_text(staff)
    # Asking for another unit's resident by id gives nothing, not the row.
    assert ui_queries.resident_rows(staff, [two_units["fia"]]) == {}
    assert [r.name for r in ui_queries.residents_on_team(staff, two_units["team"])] == [
        "Per Solsikke",
        "Pia Solsikke",
    ]
    assert {r.resident_name for r in ui_queries.staff_roles(staff, two_units["berit"])} == {
        "Per Solsikke",
        "Pia Solsikke",
        "Pål Solsikke",
    }


@pytest.mark.parametrize("role", [AccountRole.ADMINISTRATOR, AccountRole.LEADER])
def test_administrators_and_unit_free_accounts_see_every_resident(
    ctx: ServiceContext, two_units: dict[str, str], role: AccountRole
) -> None:
    # An administrator sees everything even when tied to a unit; a leader tied to none does.
    unit = two_units["solsikken"] if role is AccountRole.ADMINISTRATOR else None
    everyone = _as(ctx, role, unit)
    ids = ui_queries.resident_ids(everyone)
    assert len(ids) == 5
    assert len(ui_queries.resident_search_text(everyone)) == 5
    assert "Fia Fjellro" in _names(ui_queries.resident_rows(everyone, ids))


def test_todays_coverage_and_warnings_name_nobody_from_another_unit(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    fjellro = _as(ctx, AccountRole.COORDINATOR, two_units["fjellro"])
    svc = TeamService(fjellro)
    coverage, findings = svc.today_overview(TODAY)
    assert {c.resident_name for c in coverage} == {"Fia Fjellro", "Nils Uten Enhet"}
    assert coverage == svc.coverage_at(coverage[0].moment) and findings == svc.findings(TODAY)
    seen = {f.subject_id for f in findings if f.subject_kind == "resident"}
    assert seen <= {two_units["fia"], two_units["nils"]}
    text = " ".join(f.text for f in findings)
    assert "Solsikke" not in text
    # Berit's four primaries are over the limit of three, but Fjellro sees one of them.
    assert "too_many_primary" not in {f.code for f in findings}


def test_a_workload_warning_counts_and_names_only_the_units_residents(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    everyone = TeamService(ctx)
    [overload] = [f for f in everyone.findings(TODAY) if f.code == "too_many_primary"]
    assert "Fia Fjellro" in overload.text
    solsikken = TeamService(_as(ctx, AccountRole.STAFF, two_units["solsikken"]))
    assert "too_many_primary" not in {f.code for f in solsikken.findings(TODAY)}
    on_page = solsikken.resident_findings(two_units["per"], TODAY)
    assert all("Fjellro" not in f.text for f in on_page)


def test_the_staff_list_of_a_unit_account_holds_its_unit_and_unit_free_staff(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    svc = TeamService(ctx)
    svc.create_staff("Sol Ansatt", unit_id=two_units["solsikken"])
    svc.create_staff("Fjell Ansatt", unit_id=two_units["fjellro"])
    staff = TeamService(_as(ctx, AccountRole.STAFF, two_units["solsikken"]))
    assert {s.name for s in staff.staff()} == {"Sol Ansatt", "Berit"}
    admin = TeamService(_as(ctx, AccountRole.ADMINISTRATOR, two_units["solsikken"]))
    assert {s.name for s in admin.staff()} == {"Sol Ansatt", "Fjell Ansatt", "Berit"}


def test_a_read_only_account_of_a_unit_sees_no_absences_staff_or_teams_of_another(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    """Issue 9, row 15: absences and staff names of another unit stay out of reach too."""
    svc = TeamService(ctx)
    sol = svc.create_staff("Sol Ansatt", unit_id=two_units["solsikken"]).row_id or ""
    fjell = svc.create_staff("Fjell Ansatt", unit_id=two_units["fjellro"]).row_id or ""
    fjell_team = svc.create_team("Lag Fjell", two_units["fjellro"]).row_id or ""
    svc.add_to_team(fjell_team, fjell)
    for who in (sol, fjell, two_units["berit"]):
        svc.record_absence(who, date(2026, 12, 1), date(2026, 12, 3), reason="Kurs")
    reader = TeamService(_as(ctx, AccountRole.READ_ONLY, two_units["solsikken"]))
    assert {a.staff_id for a in reader.absences()} == {sol, two_units["berit"]}
    assert [a.staff_id for a in reader.absences(sol)] == [sol]
    with pytest.raises(PermissionDenied, match="works in another unit"):
        reader.absences(fjell)
    with pytest.raises(PermissionDenied, match="works in another unit"):
        reader.staff_member(fjell)
    with pytest.raises(PermissionDenied, match="works in another unit"):
        reader.team_members(fjell_team)
    assert {t.name for t in reader.teams()} == {"Lag Nord"}
    assert reader.staff_member(sol).name == "Sol Ansatt"
    everyone = TeamService(_as(ctx, AccountRole.READ_ONLY, None))
    assert len(everyone.absences()) == 3
    assert [s.name for _, s in everyone.team_members(fjell_team)] == ["Fjell Ansatt"]


def test_a_leader_of_a_unit_cannot_end_cancel_or_remove_another_units_records(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    """Found by tests/hostile/run.py: a unit-bound leader ended another unit's assignments,
    cancelled its absences and took its staff off its teams by id; each is refused now and
    the record is left as it was, while the leader's own unit works as before."""
    svc = TeamService(ctx)
    fjell = two_units["fjellro"]
    nurse = svc.create_staff("Fjell Ansatt", unit_id=fjell).row_id or ""
    team = svc.create_team("Lag Fjell", fjell).row_id or ""
    membership = svc.add_to_team(team, nurse).row_id or ""
    absence = svc.record_absence(nurse, date(2026, 12, 1), date(2026, 12, 3)).row_id or ""
    assignment = svc.assign(two_units["fia"], nurse, Role.SECONDARY, date(2025, 1, 1)).row_id
    assert assignment is not None
    own_nurse = svc.create_staff("Sol Ansatt", unit_id=two_units["solsikken"]).row_id or ""
    leader = TeamService(_as(ctx, AccountRole.LEADER, two_units["solsikken"]))
    before = ctx.store.query_one("SELECT MAX(seq) FROM change")[0]
    for refused in (
        lambda: leader.end_assignment(assignment),
        lambda: leader.cancel_absence(absence),
        lambda: leader.remove_from_team(membership),
        lambda: leader.add_to_team(team, own_nurse),
    ):
        with pytest.raises(PermissionDenied, match="works in another unit"):
            refused()
    assert ctx.store.query_one("SELECT MAX(seq) FROM change")[0] == before
    own_absence = leader.record_absence(own_nurse, date(2026, 12, 1), date(2026, 12, 2))
    leader.cancel_absence(own_absence.row_id or "")
    own_team = leader.create_team("Lag Sol", two_units["solsikken"]).row_id or ""
    leader.remove_from_team(leader.add_to_team(own_team, own_nurse).row_id or "")


def test_a_leader_of_a_unit_neither_reads_nor_keeps_another_units_courses(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    """Found by tests/hostile/run.py: courses of another unit's staff were read and recorded."""
    from teamdesk.services.mentoring import MentoringService

    svc = TeamService(ctx)
    nurse = svc.create_staff("Fjell Ansatt", unit_id=two_units["fjellro"]).row_id or ""
    training = MentoringService(ctx).record_training(nurse, date(2025, 5, 1)).row_id or ""
    own = svc.create_staff("Sol Ansatt", unit_id=two_units["solsikken"]).row_id or ""
    unit_ctx = _as(ctx, AccountRole.LEADER, two_units["solsikken"])
    leader = MentoringService(unit_ctx)
    for refused in (
        lambda: leader.trainings(nurse),
        lambda: leader.record_training(nurse, date(2025, 6, 1)),
        lambda: leader.remove_training(training),
        lambda: MentoringService(_as(ctx, AccountRole.READ_ONLY, two_units["solsikken"])).trainings(
            nurse
        ),
    ):
        with pytest.raises(PermissionDenied, match="works in another unit"):
            refused()
    assert len(MentoringService(ctx).trainings(nurse).trainings) == 1
    leader.record_training(own, date(2025, 6, 1))
    assert leader.trainings(own).trained_on == date(2025, 6, 1)


def test_a_leader_of_a_unit_neither_reads_nor_records_case_roles_in_another_unit(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    """Found by tests/hostile/run.py: a unit-bound leader read the case roles on another unit's
    resident and recorded new ones there."""
    from teamdesk.domain.plan import CaseRoleKind
    from teamdesk.services.plan import PlanService

    svc = TeamService(ctx)
    fjell_nurse = svc.create_staff("Fjell Ansatt", unit_id=two_units["fjellro"]).row_id or ""
    sol_nurse = svc.create_staff("Sol Ansatt", unit_id=two_units["solsikken"]).row_id or ""
    role = PlanService(ctx).add_case_role(fjell_nurse, two_units["fia"], CaseRoleKind.SUPERVISORY)
    leader = PlanService(_as(ctx, AccountRole.LEADER, two_units["solsikken"]))
    before = ctx.store.query_one("SELECT MAX(seq) FROM change")[0]
    for refused in (
        lambda: leader.case_roles(two_units["fia"]),
        lambda: leader.add_case_role(sol_nurse, two_units["fia"], CaseRoleKind.ALLOCATES_BUDGET),
        lambda: leader.add_case_role(fjell_nurse, two_units["per"], CaseRoleKind.ALLOCATES_BUDGET),
        lambda: leader.end_case_role(role.row_id or ""),
    ):
        with pytest.raises(PermissionDenied, match="works in another unit"):
            refused()
    assert ctx.store.query_one("SELECT MAX(seq) FROM change")[0] == before
    leader.add_case_role(sol_nurse, two_units["per"], CaseRoleKind.ALLOCATES_BUDGET)
    assert [name for _, name in leader.case_roles(two_units["per"])] == ["Sol Ansatt"]


def test_a_leader_of_one_unit_changes_neither_the_houses_units_nor_its_settings(
    ctx: ServiceContext, two_units: dict[str, str]
) -> None:
    from teamdesk.services.accounts import set_auto_lock_minutes
    from teamdesk.services.context import Permission
    from teamdesk.services.plan import PlanService

    leader = _as(ctx, AccountRole.LEADER, two_units["solsikken"])
    attempts = {
        "create a unit": lambda: TeamService(leader).create_unit("Ny enhet"),
        "primary limit": lambda: TeamService(leader).set_max_primary_per_staff(9),
        "plan limit": lambda: PlanService(leader).set_max_plans_per_coordinator(9),
        "auto-lock": lambda: set_auto_lock_minutes(leader, 30),
    }
    for what, attempt in attempts.items():
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert "for the whole house" in refused.value.message.render(), what
    assert not leader.can(Permission.EDIT_SETTINGS)  # the House settings menu is greyed out
    why = leader.why_not(Permission.EDIT_SETTINGS)
    assert why is not None and "works for one unit" in why.render()
    units = ctx.store.query_one("SELECT COUNT(*) FROM unit")
    assert units is not None and units[0] == 2
    # A leader tied to no unit, and an administrator, still may.
    for role in (AccountRole.LEADER, AccountRole.ADMINISTRATOR):
        assert TeamService(_as(ctx, role, None)).create_unit(f"Enhet {role.value}").row_id
    assert (
        TeamService(_as(ctx, AccountRole.ADMINISTRATOR, two_units["fjellro"]))
        .create_unit("Enhet for en administrator med enhet")
        .row_id
    )
