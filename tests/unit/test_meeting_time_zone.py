"""A leader sets the house's meeting time zone; a wrong name or a staff account is refused, and
the change undoes like any other."""

from __future__ import annotations

import pytest

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import InvalidInput, PermissionDenied, ServiceContext
from teamdesk.services.meetings import DEFAULT_TIME_ZONE, MeetingService
from teamdesk.services.undo import revert


def test_a_leader_sets_the_meetings_time_zone_and_empty_restores_the_default(
    ctx: ServiceContext,
) -> None:
    svc = MeetingService(ctx)
    assert svc.time_zone() == DEFAULT_TIME_ZONE
    first = svc.set_time_zone(" Atlantic/Reykjavik ")
    assert svc.time_zone() == "Atlantic/Reykjavik"
    svc.set_time_zone("Europe/Stockholm")
    assert svc.time_zone() == "Europe/Stockholm"
    svc.set_time_zone("")
    assert svc.time_zone() == DEFAULT_TIME_ZONE
    assert first.row_id == "time_zone"


def test_an_unknown_time_zone_is_refused_with_a_sentence(ctx: ServiceContext) -> None:
    svc = MeetingService(ctx)
    with pytest.raises(InvalidInput) as refused:
        svc.set_time_zone("Oslo time")
    assert "“Oslo time” is not a time zone" in str(refused.value)
    assert "Europe/Oslo" in str(refused.value)
    assert svc.time_zone() == DEFAULT_TIME_ZONE


def test_setting_the_time_zone_undoes(ctx: ServiceContext) -> None:
    svc = MeetingService(ctx)
    outcome = svc.set_time_zone("Europe/Helsinki")
    revert(ctx, outcome.changes)
    assert svc.time_zone() == DEFAULT_TIME_ZONE


def test_staff_may_not_change_the_time_zone(ctx: ServiceContext) -> None:
    staff = ServiceContext(ctx.store, Actor("Siri Ansatt", AccountRole.STAFF), ctx.today)
    with pytest.raises(PermissionDenied):
        MeetingService(staff).set_time_zone("Europe/Oslo")
