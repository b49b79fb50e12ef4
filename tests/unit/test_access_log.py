"""The access log: a leader sees who opened or changed a resident's record, and can hand the
resident a PDF of it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.team import Role
from teamdesk.services.access_log import AccessLogService
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.store.integrity import check_integrity


@pytest.fixture
def house(ctx: ServiceContext) -> dict[str, str]:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken").row_id
    per = team.create_resident("Per Hansen", unit_id=unit).row_id
    other = team.create_resident("Åse Berg", unit_id=unit).row_id
    berit = team.create_staff("Berit Olsen", education="bachelor", unit_id=unit).row_id
    assert unit and per and other and berit
    return {"unit": unit, "per": per, "other": other, "berit": berit}


def _as(ctx: ServiceContext, name: str, role: AccountRole) -> ServiceContext:
    return ServiceContext(ctx.store, Actor(name, role), today=lambda: TODAY)


def test_opening_a_record_is_logged_and_the_leader_sees_who_looked_and_changed(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    staff = _as(ctx, "Sara Staff", AccountRole.STAFF)
    coordinator = _as(ctx, "Kim Koordinator", AccountRole.COORDINATOR)
    card = AccessLogService(staff).open_resident_record(house["per"])
    assert card.resident.name == "Per Hansen"
    TeamService(coordinator).assign(house["per"], house["berit"], Role.PRIMARY, TODAY)
    AccessLogService(staff).open_resident_record(house["other"])

    events = AccessLogService(ctx).resident_access(house["per"])
    seen = [(e.person, e.action) for e in events]
    assert ("Sara Staff", "open") in seen
    assert ("Kim Koordinator", "create") in seen  # the assignment is part of Per's record
    assert ("Kari Leder", "create") in seen  # registering him
    assert all(e.row_id != house["other"] for e in events)
    assert [
        e.person for e in AccessLogService(ctx).resident_access(house["per"], person="Sara Staff")
    ] == ["Sara Staff"]
    assert "Sara Staff" in AccessLogService(ctx).people_in_log(house["per"])
    tomorrow = TODAY + timedelta(days=3650)
    assert AccessLogService(ctx).resident_access(house["per"], since=tomorrow) == []
    assert check_integrity(ctx.store).sound


def test_staff_cannot_read_the_access_log(ctx: ServiceContext, house: dict[str, str]) -> None:
    staff = _as(ctx, "Sara Staff", AccountRole.STAFF)
    with pytest.raises(PermissionDenied):
        AccessLogService(staff).resident_access(house["per"])
    with pytest.raises(PermissionDenied):
        AccessLogService(_as(ctx, "Lise", AccountRole.READ_ONLY)).record_export(house["per"], "x")


def test_the_access_log_as_a_pdf_for_the_resident(
    ctx: ServiceContext, house: dict[str, str], tmp_path: Path
) -> None:
    AccessLogService(_as(ctx, "Sara Staff", AccountRole.STAFF)).open_resident_record(house["per"])
    out = tmp_path / "access.pdf"
    pages = AccessLogService(ctx).export_pdf(house["per"], out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Per Hansen" in text and "Sara Staff" in text and "opened" in text
    exports = ctx.store.query(
        "SELECT actor FROM audit_event WHERE action = 'export' AND row_id = ?", (house["per"],)
    )
    assert [e["actor"] for e in exports] == ["Kari Leder"]


def test_the_resident_page_logs_one_opening_not_every_redraw(
    ctx: ServiceContext, house: dict[str, str]
) -> None:
    staff = _as(ctx, "Sara Staff", AccountRole.STAFF)
    for _ in range(3):
        TeamService(staff).team_card(house["per"])
    opens = ctx.store.query(
        "SELECT actor FROM audit_event WHERE action = 'open' AND row_id = ?", (house["per"],)
    )
    assert [o["actor"] for o in opens] == ["Sara Staff"]
