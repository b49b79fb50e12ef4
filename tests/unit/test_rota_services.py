"""Rotas through the services on a real database file: a leader sets up the rota, a coordinator
records a swap, and Today's question "who is here now" changes with the hour (issue 13)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.rota import ChangeKind
from teamdesk.domain.rules import CoverageKind
from teamdesk.domain.team import Education, Role
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.services.undo import UndoConflict, reapply, revert
from teamdesk.store.store import Store

START = TODAY - timedelta(days=TODAY.weekday())  # the Monday of this week


@pytest.fixture
def house(ctx: ServiceContext) -> dict[str, str]:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken bofellesskap").row_id
    assert unit is not None
    ids = {"unit": unit}
    ids["per"] = str(team.create_resident("Per Hansen", unit_id=unit).row_id)
    ids["berit"] = str(
        team.create_staff("Berit Sykepleier", education=Education.BACHELOR, unit_id=unit).row_id
    )
    ids["even"] = str(
        team.create_staff("Even Moen", education=Education.HEALTH_WORKER, unit_id=unit).row_id
    )
    ids["ola"] = str(team.create_staff("Ola Assistent", unit_id=unit).row_id)
    team.assign(ids["per"], ids["berit"], Role.PRIMARY, from_date=date(2025, 1, 1))
    team.assign(ids["per"], ids["even"], Role.SECONDARY, from_date=date(2025, 1, 1))
    team.assign(ids["per"], ids["ola"], Role.MEMBER, from_date=date(2025, 1, 1))
    ids["rota"] = str(RotaService(ctx).create_rota(unit, START).row_id)
    return ids


def _kind(ctx: ServiceContext, code: str) -> str:
    return RotaService(ctx).shift_kind_by_code(code).id


def _cycle_day(day: date) -> int:
    return (day - START).days % 84


def test_a_new_rota_has_twelve_weeks_and_the_usual_four_shifts(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    rotas = RotaService(ctx)
    [rota] = rotas.rotas()
    assert (rota.cycle_weeks, rota.starts_on, rota.unit_id) == (12, START, house["unit"])
    kinds = {k.code: (k.name, k.hours) for k in rotas.shift_kinds()}
    assert kinds == {
        "D": ("Day", "07:30–15:30"),
        "A": ("Evening", "15:00–22:30"),
        "N": ("Night", "22:15–07:45"),
        "L": ("Long day", "08:00–20:00"),
    }
    with pytest.raises(InvalidInput, match="already has a rota"):
        rotas.create_rota(house["unit"], START)


def test_coverage_at_three_in_the_afternoon_and_three_at_night_on_a_real_file(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    rotas = RotaService(ctx)
    yesterday = TODAY - timedelta(days=1)
    rotas.set_shifts(
        house["rota"],
        {
            (house["berit"], _cycle_day(TODAY)): _kind(ctx, "D"),
            (house["even"], _cycle_day(yesterday)): _kind(ctx, "N"),
            (house["ola"], _cycle_day(TODAY)): _kind(ctx, "A"),
        },
    )
    team = TeamService(ctx)
    [afternoon] = team.coverage_at(datetime.combine(TODAY, time(15, 0)))
    [night] = team.coverage_at(datetime.combine(TODAY, time(3, 0)))
    assert (afternoon.kind, afternoon.staff_name) == (CoverageKind.PRIMARY, "Berit Sykepleier")
    assert (night.kind, night.staff_name) == (CoverageKind.SECONDARY, "Even Moen")
    assert night.explanation.render() == (
        "Even Moen covers: the primary contact is off until the day shift."
    )
    # The resident page asks at the present hour of the context's day.
    ctx.now = lambda: datetime.combine(TODAY, time(18, 0))
    card = team.team_card(house["per"])
    assert card.coverage is not None and card.coverage.staff_name == "Ola Assistent"
    overview, _ = team.today_overview()
    assert overview[0].staff_name == "Ola Assistent"


def test_a_coordinator_records_a_swap_but_may_not_change_the_rota(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    RotaService(ctx).set_shifts(
        house["rota"], {(house["berit"], _cycle_day(TODAY)): _kind(ctx, "D")}
    )
    coordinator = ServiceContext(
        ctx.store, Actor("Kim Koordinator", AccountRole.COORDINATOR), today=lambda: TODAY
    )
    rotas = RotaService(coordinator)
    with pytest.raises(PermissionDenied, match="change rotas and shift kinds"):
        rotas.set_shifts(house["rota"], {(house["ola"], 0): _kind(ctx, "D")})
    rotas.swap(TODAY, house["berit"], house["ola"])
    assert [s.kind.code for s in rotas.shifts_of(house["ola"], TODAY, TODAY)] == ["D"]
    assert rotas.shifts_of(house["berit"], TODAY, TODAY) == []
    # The pattern itself is untouched: next cycle Berit works that day again.
    later = TODAY + timedelta(weeks=12)
    assert [s.kind.code for s in rotas.shifts_of(house["berit"], later, later)] == ["D"]
    staff = ServiceContext(ctx.store, Actor("Sam Staff", AccountRole.STAFF), today=lambda: TODAY)
    with pytest.raises(PermissionDenied):
        RotaService(staff).record_change(house["ola"], TODAY, ChangeKind.OFF)


def test_setting_many_days_is_one_undoable_step_that_sync_carries(
    ctx: ServiceContext, house: dict[str, str], store: Store
) -> None:
    rotas = RotaService(ctx)
    day_shift = _kind(ctx, "D")
    cells = {(house["berit"], d): day_shift for d in range(5)}
    outcome = rotas.set_shifts(house["rota"], cells)
    view = rotas.view(house["rota"])
    assert len(view.shifts) == 5 and [s.name for s in view.staff] == ["Berit Sykepleier"]
    logged = store.query(
        "SELECT COUNT(DISTINCT row_id) FROM change WHERE table_name = 'rota_shift'"
    )[0][0]
    assert logged == 5
    revert(ctx, outcome.changes)
    assert rotas.view(house["rota"]).shifts == {}


def test_a_copied_week_and_a_shorter_cycle(ctx: ServiceContext, house: dict[str, str]) -> None:
    rotas = RotaService(ctx)
    rotas.set_shifts(house["rota"], {(house["ola"], 2): _kind(ctx, "N")})
    rotas.set_shifts(house["rota"], {(house["ola"], 8 * 7 + 1): _kind(ctx, "D")})
    rotas.copy_week(house["rota"], 1, 9)
    shifts = rotas.view(house["rota"]).shifts
    assert (house["ola"], 8 * 7 + 2) in shifts and (house["ola"], 8 * 7 + 1) not in shifts
    with pytest.raises(InvalidInput, match="after week 6"):
        rotas.update_rota(house["rota"], cycle_weeks=6)
    with pytest.raises(InvalidInput, match="no week 13"):
        rotas.copy_week(house["rota"], 1, 13)


def test_shift_kinds_refuse_what_is_not_a_shift(ctx: ServiceContext, house: dict[str, str]) -> None:
    rotas = RotaService(ctx)
    with pytest.raises(InvalidInput, match="already the Day shift's"):
        rotas.create_shift_kind("d", "Dagvakt 2", "07:00", "15:00")
    with pytest.raises(InvalidInput, match="not a time of day"):
        rotas.create_shift_kind("K", "Kveld", "15:00", "25:00")
    with pytest.raises(InvalidInput, match="starts and ends"):
        rotas.create_shift_kind("K", "Kveld", "15:00", "15.00")
    created = rotas.create_shift_kind("K", "Kveldsvakt", "14.30", "2200").row_id
    assert created is not None
    rotas.set_shifts(house["rota"], {(house["ola"], 0): created})
    with pytest.raises(InvalidInput, match="used on 1 day in the rotas"):
        rotas.remove_shift_kind(created)


def test_codes_typed_into_the_grid_are_one_step_and_an_unknown_code_writes_nothing(
    ctx: ServiceContext, house: dict[str, str], store: Store
) -> None:
    rotas = RotaService(ctx)
    rotas.set_codes(
        house["rota"], {(house["even"], 0): "d", (house["even"], 1): "N", (house["ola"], 0): "L"}
    )
    view = rotas.view(house["rota"])
    codes = {key: view.kinds[s.shift_kind_id].code for key, s in view.shifts.items()}
    assert codes == {(house["even"], 0): "D", (house["even"], 1): "N", (house["ola"], 0): "L"}
    before = store.query_one("SELECT COUNT(*) FROM change")[0]  # type: ignore[index]
    with pytest.raises(InvalidInput, match="no shift with the code Q7"):
        rotas.set_codes(house["rota"], {(house["even"], 0): "-", (house["ola"], 0): "Q7"})
    assert store.query_one("SELECT COUNT(*) FROM change")[0] == before  # type: ignore[index]
    rotas.set_codes(house["rota"], {(house["even"], 0): "-", (house["ola"], 0): ""})
    assert set(rotas.view(house["rota"]).shifts) == {(house["even"], 1)}
    coordinator = ServiceContext(
        store, Actor("Kari Koordinator", AccountRole.COORDINATOR), today=lambda: TODAY
    )
    with pytest.raises(PermissionDenied):
        RotaService(coordinator).set_codes(house["rota"], {(house["even"], 2): "D"})


def test_undoing_a_big_rota_edit_is_one_step_with_one_audit_event_per_table(
    ctx: ServiceContext, house: dict[str, str], store: Store
) -> None:
    """An import's thousands of new shifts are taken back in bulk, not row by row: one audit
    event for the shifts and one for the lines, and redo and a second undo still work."""
    rotas = RotaService(ctx)
    night = _kind(ctx, "N")
    cells = {(house[who], d): night for who in ("berit", "even", "ola") for d in range(60)}
    outcome = rotas.set_shifts(house["rota"], cells)
    events = store.query_one("SELECT COUNT(*) FROM audit_event")[0]
    revert(ctx, outcome.changes)
    assert rotas.view(house["rota"]).shifts == {}
    assert rotas.view(house["rota"]).staff == []
    assert store.query_one("SELECT COUNT(*) FROM audit_event")[0] == events + 2
    reapply(ctx, outcome.changes)
    assert len(rotas.view(house["rota"]).shifts) == 180
    revert(ctx, outcome.changes)
    assert rotas.view(house["rota"]).shifts == {}


def test_undoing_a_big_rota_edit_is_refused_whole_when_someone_changed_a_day_since(
    ctx: ServiceContext, house: dict[str, str], store: Store
) -> None:
    rotas = RotaService(ctx)
    cells = {(house["berit"], d): _kind(ctx, "D") for d in range(20)}
    outcome = rotas.set_shifts(house["rota"], cells)
    other = ServiceContext(store, Actor("Lise Leder", AccountRole.LEADER), lambda: TODAY)
    RotaService(other).set_shifts(house["rota"], {(house["berit"], 7): _kind(ctx, "A")})
    with pytest.raises(UndoConflict, match="Lise Leder"):
        revert(ctx, outcome.changes)
    assert len(rotas.view(house["rota"]).shifts) == 20


def test_the_next_shift_is_whom_to_hand_over_to_and_its_reason_names_it(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    """At 14:00 the day shift's Berit is here; the next shift is the evening's, and on it only
    Ola is: he is whom to hand over to. At 23:00 the next shift is tomorrow's day shift."""
    rotas = RotaService(ctx)
    tomorrow = TODAY + timedelta(days=1)
    rotas.set_shifts(
        house["rota"],
        {
            (house["berit"], _cycle_day(TODAY)): _kind(ctx, "D"),
            (house["ola"], _cycle_day(TODAY)): _kind(ctx, "A"),
            (house["even"], _cycle_day(tomorrow)): _kind(ctx, "D"),
        },
    )
    team = TeamService(ctx)
    two = datetime.combine(TODAY, time(14, 0))
    [now] = team.coverage_at(two)
    upcoming, [then] = team.coverage_next_shift(two)
    assert now.staff_name == "Berit Sykepleier"
    assert upcoming is not None and (upcoming.kind.code, upcoming.day) == ("A", TODAY)
    assert (then.kind, then.staff_name, then.house_shift) == (
        CoverageKind.MEMBER,
        "Ola Assistent",
        upcoming.kind,
    )
    late = datetime.combine(TODAY, time(23, 0))
    upcoming, [then] = team.coverage_next_shift(late)
    assert upcoming is not None and (upcoming.kind.code, upcoming.day) == ("D", tomorrow)
    assert then.staff_name == "Even Moen"
    assert then.explanation.render() == "Even Moen covers: no primary contact is on this shift."
    upcoming, [then] = team.coverage_next_shift(datetime.combine(TODAY, time(16, 0)))
    assert upcoming is not None and upcoming.kind.code == "N" and then.is_alert
    assert then.explanation.render().startswith(
        "Nobody of Per Hansen's people is on the night shift (22:15–07:45)."
    )


def test_a_limit_set_again_after_its_first_setting_was_undone_is_read(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    """Undoing a setting's first value removes its row; setting it again brings the row back
    with the new value (it was written into the removed row and never read)."""
    rotas, team = RotaService(ctx), TeamService(ctx)
    revert(ctx, rotas.set_rule_limits(min_primary_percent=45).changes)
    rotas.set_rule_limits(min_primary_percent=50)
    assert rotas.rule_settings().min_primary_percent == 50
    revert(ctx, team.set_max_primary_per_staff(7).changes)
    team.set_max_primary_per_staff(6)
    assert team.rule_settings().max_primary_per_staff == 6
