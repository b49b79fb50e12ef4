"""The shift leader's hand-over sheet (issue 13): residents with none of their people on this
shift or the next, grouped by unit, on screen and as a one-page PDF."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Role
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.handover import NEXT_SHIFT, THIS_SHIFT, HandoverService
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.store.store import Store

START = TODAY - timedelta(days=TODAY.weekday())


@pytest.fixture
def house(ctx: ServiceContext) -> dict[str, str]:
    team = TeamService(ctx)
    ids: dict[str, str] = {}
    for unit in ("Solsikken", "Fjordglimt"):
        ids[unit] = str(team.create_unit(unit).row_id)
    ids["per"] = str(team.create_resident("Per Hansen", unit_id=ids["Solsikken"], room="3").row_id)
    ids["kari"] = str(team.create_resident("Kari Dal", unit_id=ids["Fjordglimt"], room="12").row_id)
    for name in ("Berit", "Even", "Ola"):
        ids[name] = str(team.create_staff(name, unit_id=ids["Solsikken"]).row_id)
    team.assign(ids["per"], ids["Berit"], Role.PRIMARY, date(2025, 1, 1))
    team.assign(ids["per"], ids["Even"], Role.SECONDARY, date(2025, 1, 1))
    team.assign(ids["kari"], ids["Ola"], Role.PRIMARY, date(2025, 1, 1))
    rotas = RotaService(ctx)
    rota = str(rotas.create_rota(ids["Solsikken"], START).row_id)
    day = (TODAY - START).days
    rotas.set_codes(
        rota, {(ids["Berit"], day): "D", (ids["Even"], day): "A", (ids["Ola"], day): "D"}
    )
    return ids


def test_the_sheet_lists_who_has_nobody_on_this_shift_or_the_next(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    service = HandoverService(ctx)
    now = service.handover(THIS_SHIFT, datetime.combine(TODAY, time(7, 50)))
    assert now is not None and now.shift.kind.code == "D" and now.uncovered == 0
    assert now.residents == 2
    evening = service.handover(NEXT_SHIFT, datetime.combine(TODAY, time(14, 0)))
    assert evening is not None and evening.shift.kind.code == "A"
    assert [(unit, [line.resident_name for line in lines]) for unit, lines in evening.groups] == [
        ("Fjordglimt", ["Kari Dal"])
    ]  # Per's secondary contact is on the evening shift; nobody of Kari's is
    night = service.handover(NEXT_SHIFT, datetime.combine(TODAY, time(20, 0)))
    assert night is not None and night.shift.kind.code == "N" and night.shift.day == TODAY
    assert [u for u, _ in night.groups] == ["Fjordglimt", "Solsikken"]
    [per] = night.groups[1][1]
    assert (per.resident_name, per.room, per.primary) == ("Per Hansen", "3", "Berit")
    # At 03:00 the night shift began yesterday.
    early = service.handover(THIS_SHIFT, datetime.combine(TODAY, time(3, 0)))
    assert early is not None and early.shift.day == TODAY - timedelta(days=1)


def test_the_sheet_prints_on_one_page_and_the_print_is_audited(
    ctx: ServiceContext, house: dict[str, str], tmp_path: Path, store: Store
) -> None:
    out = tmp_path / "overlevering.pdf"
    written = HandoverService(ctx).export(
        out, NEXT_SHIFT, moment=datetime.combine(TODAY, time(20, 0))
    )
    assert written.pages == 1 and out.read_bytes().startswith(b"%PDF")
    last = store.query_one("SELECT summary FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert last is not None and "hand-over sheet (2 residents)" in last[0]


def test_a_house_without_a_rota_has_no_sheet_and_reading_needs_the_right(
    ctx: ServiceContext, store: Store, tmp_path: Path
) -> None:
    assert HandoverService(ctx).handover() is None
    with pytest.raises(InvalidInput, match="no rota yet"):
        HandoverService(ctx).export(tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    nobody = ServiceContext(store, Actor("Ukjent", AccountRole.READ_ONLY), today=lambda: TODAY)
    with pytest.raises(PermissionDenied):
        HandoverService(nobody).export(tmp_path / "x.pdf")
