"""Who covers each resident now is read from a house kept between readings (issue 13: coverage
at a moment in 50 ms for a municipality), and never from a kept house that is out of date: a
write on this PC, a write on another connection to the same file (the window's writes seen by
the background reader), a change set applied by sync and a write rolled back each show at the
next reading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support import TODAY
from tests.unit.test_sync import PC

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Education, Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.store import team_repo
from teamdesk.store.store import Store, open_store

START = TODAY - timedelta(days=TODAY.weekday())
TEN = datetime.combine(TODAY, time(10, 0))


def _context(store: Store) -> ServiceContext:
    return ServiceContext(store, Actor("Kari Leder", AccountRole.LEADER), today=lambda: TODAY)


def _house(ctx: ServiceContext) -> dict[str, str]:
    """Per Hansen's primary contact Berit and secondary contact Even both on today's day
    shift: at ten Berit covers, unless she is away."""
    team = TeamService(ctx)
    unit = str(team.create_unit("Solsikken bofellesskap").row_id)
    ids = {"unit": unit, "per": str(team.create_resident("Per Hansen", unit_id=unit).row_id)}
    for key, name, education in (
        ("berit", "Berit Sykepleier", Education.BACHELOR),
        ("even", "Even Moen", Education.HEALTH_WORKER),
    ):
        ids[key] = str(team.create_staff(name, education=education, unit_id=unit).row_id)
    team.assign(ids["per"], ids["berit"], Role.PRIMARY, from_date=date(2025, 1, 1))
    team.assign(ids["per"], ids["even"], Role.SECONDARY, from_date=date(2025, 1, 1))
    rotas = RotaService(ctx)
    rota = str(rotas.create_rota(unit, START).row_id)
    day_shift = rotas.shift_kind_by_code("D").id
    today = (TODAY - START).days
    rotas.set_shifts(rota, {(ids["berit"], today): day_shift, (ids["even"], today): day_shift})
    return ids


def _who(ctx: ServiceContext) -> str | None:
    [cover] = TeamService(ctx).coverage_at(TEN)
    return cover.staff_name


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the house's residents, staff and assignments were read from the file."""
    counted: list[int] = []
    real: Callable[..., Any] = team_repo.snapshot

    def counting(*args: Any, **kwargs: Any) -> Any:
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(team_repo, "snapshot", counting)
    return counted


def test_asking_again_reads_nothing_and_a_write_here_shows_at_once(
    ctx: ServiceContext, reads: list[int]
) -> None:
    ids = _house(ctx)
    assert _who(ctx) == "Berit Sykepleier"
    assert _who(ctx) == "Berit Sykepleier"
    TeamService(ctx).coverage_at(TEN + timedelta(hours=2))  # another moment of the same day
    assert len(reads) == 1  # kept: nothing changed in between
    TeamService(ctx).record_absence(ids["berit"], TODAY, TODAY, "Sick")
    assert _who(ctx) == "Even Moen"
    assert len(reads) == 2
    # The next shift and the day's coverage read the same kept house.
    [by_day] = TeamService(ctx).coverage(TODAY)
    assert by_day.staff_name == "Even Moen"


def test_a_write_on_another_connection_shows_on_this_one(
    ctx: ServiceContext, db_path: Path, db_key: bytes
) -> None:
    """The background reader has a connection of its own; the window writes on another."""
    ids = _house(ctx)
    reader = open_store(db_path, key=db_key)
    try:
        assert _who(_context(reader)) == "Berit Sykepleier"
        TeamService(ctx).record_absence(ids["berit"], TODAY, TODAY, "Sick")
        assert _who(_context(reader)) == "Even Moen"
        TeamService(ctx).assign(ids["per"], ids["even"], Role.PRIMARY, from_date=TODAY)
        [cover] = TeamService(_context(reader)).coverage_at(TEN)
        assert (cover.staff_name, cover.kind.value) == ("Even Moen", "primary")
    finally:
        reader.close()


def test_a_change_set_applied_by_sync_shows_at_the_next_reading(
    tmp_path: Path, db_key: bytes
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    office, laptop = (
        PC(tmp_path / name / "teamdesk.sqlite3", db_key, share, name)
        for name in ("office", "laptop")
    )
    try:
        ids = _house(_context(office.store))
        office.sync()
        assert laptop.sync().applied_sets == 1
        assert _who(_context(laptop.store)) == "Berit Sykepleier"
        TeamService(_context(office.store)).record_absence(ids["berit"], TODAY, TODAY, "Sick")
        office.sync()
        assert laptop.sync().applied_sets == 1
        assert _who(_context(laptop.store)) == "Even Moen"
    finally:
        office.store.close()
        laptop.store.close()


def test_a_write_rolled_back_is_not_kept(ctx: ServiceContext) -> None:
    """Asked inside a transaction, the answer shows what the transaction wrote; rolled back,
    the next answer must not be the one that was read inside it."""
    ids = _house(ctx)
    assert _who(ctx) == "Berit Sykepleier"
    with pytest.raises(RuntimeError), ctx.store.transaction():
        TeamService(ctx).record_absence(ids["berit"], TODAY, TODAY, "Sick")
        assert _who(ctx) == "Even Moen"
        raise RuntimeError("the person cancelled")
    assert _who(ctx) == "Berit Sykepleier"


@pytest.fixture
def two_units(ctx: ServiceContext) -> Iterator[tuple[ServiceContext, dict[str, str]]]:
    ids = _house(ctx)
    other = TeamService(ctx).create_unit("Granly").row_id
    TeamService(ctx).create_resident("Åse Granly", unit_id=other)
    yield ctx, ids


def test_a_person_tied_to_a_unit_never_gets_the_whole_house_kept_for_another(
    two_units: tuple[ServiceContext, dict[str, str]],
) -> None:
    ctx, ids = two_units
    everyone = TeamService(ctx).coverage_at(TEN)
    assert {c.resident_name for c in everyone} == {"Per Hansen", "Åse Granly"}
    tied = ServiceContext(
        ctx.store,
        Actor("Kim Koordinator", AccountRole.COORDINATOR, unit_id=ids["unit"]),
        today=lambda: TODAY,
    )
    assert [c.resident_name for c in TeamService(tied).coverage_at(TEN)] == ["Per Hansen"]
