"""Team services as a leader and staff use them: refusals in sentences, history kept, undo."""

from __future__ import annotations

import inspect
from datetime import date, datetime, time, timedelta

import pytest
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.rules import CoverageKind
from teamdesk.domain.team import Education, Role
from teamdesk.services import team as team_module
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.team import InvalidInput, Outcome, TeamService
from teamdesk.services.undo import reapply, revert


@pytest.fixture
def svc(ctx: ServiceContext) -> TeamService:
    return TeamService(ctx)


@pytest.fixture
def house(svc: TeamService) -> dict[str, str]:
    unit = svc.create_unit("Solsikken bofellesskap").row_id
    team = svc.create_team("Lag Nord", unit).row_id
    ids = {"unit": unit, "team": team}
    ids["per"] = svc.create_resident("Per Hansen", unit_id=unit, team_id=team, room="101").row_id
    ids["berit"] = svc.create_staff("Berit Sykepleier", education=Education.BACHELOR).row_id
    ids["hilde"] = svc.create_staff("Hilde Helsefag", education=Education.HEALTH_WORKER).row_id
    ids["ola"] = svc.create_staff("Ola Assistent", education=Education.OTHER).row_id
    return {k: v for k, v in ids.items() if v is not None}


def test_assigning_a_primary_without_bachelor_saves_and_warns(
    svc: TeamService, house: dict[str, str]
) -> None:
    outcome = svc.assign(house["per"], house["ola"], Role.PRIMARY)
    assert outcome.row_id is not None
    assert "primary_without_bachelor" in {f.code for f in outcome.findings}
    card = svc.team_card(house["per"])
    assert [s.name for _, s in card.primary] == ["Ola Assistent"]


def test_a_new_primary_ends_the_old_one_and_history_remembers(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["berit"], Role.PRIMARY, from_date=date(2025, 1, 1))
    svc.assign(house["per"], house["hilde"], Role.PRIMARY, from_date=date(2026, 6, 1))
    card = svc.team_card(house["per"])
    assert [s.name for _, s in card.primary] == ["Hilde Helsefag"]
    earlier = [(a.valid_from, a.valid_to, s.name) for a, s in card.history]
    assert (date(2025, 1, 1), date(2026, 5, 31), "Berit Sykepleier") in earlier


def test_moving_a_person_from_member_to_primary_ends_the_member_role(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["berit"], Role.MEMBER, from_date=date(2025, 1, 1))
    svc.assign(house["per"], house["berit"], Role.PRIMARY)
    card = svc.team_card(house["per"])
    assert [s.name for _, s in card.primary] == ["Berit Sykepleier"]
    assert card.members == []


def test_assigning_the_same_role_twice_changes_nothing(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["berit"], Role.PRIMARY)
    again = svc.assign(house["per"], house["berit"], Role.PRIMARY)
    assert again.changes == []


def test_inactive_staff_cannot_be_given_a_role(svc: TeamService, house: dict[str, str]) -> None:
    svc.update_staff(house["ola"], active=False)
    with pytest.raises(InvalidInput, match="no longer active"):
        svc.assign(house["per"], house["ola"], Role.MEMBER)


def test_coverage_today_uses_the_secondary_when_the_primary_is_away(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["berit"], Role.PRIMARY, from_date=date(2025, 1, 1))
    svc.assign(house["per"], house["hilde"], Role.SECONDARY, from_date=date(2025, 1, 1))
    svc.record_absence(house["berit"], TODAY, TODAY + timedelta(days=3), "Ferie")
    [cover] = svc.coverage()
    assert (cover.kind, cover.staff_name) == (CoverageKind.SECONDARY, "Hilde Helsefag")


def test_the_today_overview_agrees_with_coverage_and_findings(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["ola"], Role.PRIMARY, from_date=date(2025, 1, 1))
    moment = datetime.combine(TODAY, time(15, 10))
    coverage, findings = svc.today_overview(moment)
    assert coverage == svc.coverage_at(moment)
    assert findings == svc.findings()
    assert {"primary_without_bachelor", "missing_secondary"} <= {f.code for f in findings}


def test_bad_input_is_refused_with_a_sentence(svc: TeamService, house: dict[str, str]) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        svc.create_resident("   ")
    with pytest.raises(InvalidInput, match="before the move-in date"):
        svc.update_resident(house["per"], moved_in=date(2026, 1, 1), moved_out=date(2025, 1, 1))
    with pytest.raises(InvalidInput, match=r"ends .* before it begins"):
        svc.record_absence(house["berit"], TODAY, TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput, match="between 0 and 100"):
        svc.update_staff(house["berit"], fte_percent=140)
    assert svc.resident(house["per"]).moved_out is None


def test_undo_and_redo_of_an_assignment(
    ctx: ServiceContext, svc: TeamService, house: dict[str, str]
) -> None:
    svc.assign(house["per"], house["berit"], Role.PRIMARY, from_date=date(2025, 1, 1))
    change = svc.assign(house["per"], house["ola"], Role.PRIMARY)
    revert(ctx, change.changes)
    assert [s.name for _, s in svc.team_card(house["per"]).primary] == ["Berit Sykepleier"]
    reapply(ctx, change.changes)
    assert [s.name for _, s in svc.team_card(house["per"]).primary] == ["Ola Assistent"]


def test_a_read_only_account_is_refused_by_the_service_itself(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    reader = TeamService(ServiceContext(ctx.store, Actor("Les Kun", AccountRole.READ_ONLY)))
    assert reader.resident(house["per"]).name == "Per Hansen"
    with pytest.raises(PermissionDenied, match="may not do this"):
        reader.update_resident(house["per"], room="999")
    with pytest.raises(PermissionDenied):
        reader.assign(house["per"], house["berit"], Role.PRIMARY)


def test_the_house_renames_roles_and_sets_the_workload_limit(
    svc: TeamService, house: dict[str, str]
) -> None:
    svc.set_role_label(Role.PRIMARY, "Sjefen")
    svc.set_max_primary_per_staff(5)
    settings = svc.rule_settings()
    assert settings.label(Role.PRIMARY) == "Sjefen"
    assert settings.max_primary_per_staff == 5


# -- every write goes through the one write path --------------------------------------------


def _write_calls(svc: TeamService, h: dict[str, str]) -> dict[str, Outcome]:
    """One realistic call of every TeamService method that writes."""
    calls = {
        "create_unit": lambda: svc.create_unit("Havblikk"),
        "create_team": lambda: svc.create_team("Lag Sør", h["unit"]),
        "add_to_team": lambda: svc.add_to_team(h["team"], h["ola"]),
        "remove_from_team": lambda: svc.remove_from_team(
            svc.add_to_team(h["team"], h["hilde"]).row_id or ""
        ),
        "create_resident": lambda: svc.create_resident("Kari Nordmann", unit_id=h["unit"]),
        "update_resident": lambda: svc.update_resident(h["per"], what_matters="Å gå tur."),
        "create_staff": lambda: svc.create_staff("Nils Ny"),
        "update_staff": lambda: svc.update_staff(h["ola"], fte_percent=60),
        "assign": lambda: svc.assign(h["per"], h["berit"], Role.PRIMARY),
        "end_assignment": lambda: svc.end_assignment(
            svc.assign(h["per"], h["hilde"], Role.SECONDARY, date(2025, 1, 1)).row_id or ""
        ),
        "record_absence": lambda: svc.record_absence(h["ola"], TODAY, TODAY, "Kurs"),
        "cancel_absence": lambda: svc.cancel_absence(
            svc.record_absence(h["berit"], TODAY, TODAY).row_id or ""
        ),
        "set_max_primary_per_staff": lambda: svc.set_max_primary_per_staff(4),
        "set_role_label": lambda: svc.set_role_label(Role.MEMBER, "Nest-nestsjef"),
    }
    return {name: call() for name, call in calls.items()}


def test_every_writing_service_leaves_change_log_and_audit_rows(
    ctx: ServiceContext, svc: TeamService, house: dict[str, str]
) -> None:
    writers = {
        name
        for name, fn in inspect.getmembers(TeamService, inspect.isfunction)
        if not name.startswith("_")
        and inspect.signature(fn).return_annotation in (Outcome, "Outcome")
    }
    outcomes = _write_calls(svc, house)
    assert writers == set(outcomes), "add a call for each new writing service above"
    store = ctx.store
    for name, outcome in outcomes.items():
        assert outcome.changes, f"{name} changed nothing"
        for change in outcome.changes:
            logged = store.query(
                "SELECT column_name, value FROM change WHERE table_name = ? AND row_id = ?",
                (change.table, change.row_id),
            )
            for column, value in change.after.items():
                assert (column, value) in [(r[0], r[1]) for r in logged], (name, column)
            audit = store.query(
                "SELECT actor FROM audit_event WHERE table_name = ? AND row_id = ?",
                (change.table, change.row_id),
            )
            assert audit and all(a["actor"] == ctx.actor.name for a in audit), name


def test_module_exposes_only_the_service_class_for_writes() -> None:
    # Writes live on TeamService so the test above sees them all.
    loose = [
        name
        for name, fn in inspect.getmembers(team_module, inspect.isfunction)
        if fn.__module__ == team_module.__name__ and not name.startswith("_")
    ]
    assert loose == []
