"""The demo municipality is realistic, Norwegian, and shows the rules at work."""

from __future__ import annotations

import pytest

from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.team import TeamService
from teamdesk.store.integrity import check_integrity


def test_the_demo_has_the_promised_size_and_findings(ctx: ServiceContext) -> None:
    summary = create_demo(ctx)
    assert (summary.units, summary.residents, summary.staff) == (3, 25, 40)
    svc = TeamService(ctx)
    codes = {f.code for f in svc.findings()}
    assert {
        "missing_secondary",
        "primary_without_bachelor",
        "too_many_primary",
        "inactive_staff_assigned",
    } <= codes
    coverage = svc.coverage()
    assert any(c.is_alert for c in coverage)
    assert sum(not c.is_alert for c in coverage) >= 20
    assert any("ø" in r.name or "å" in r.name or "æ" in r.name for r in svc.residents())
    assert check_integrity(ctx.store).sound


def test_scale_multiplies_the_demo(ctx: ServiceContext) -> None:
    summary = create_demo(ctx, scale=3)
    assert (summary.residents, summary.staff) == (75, 120)


def test_demo_data_never_goes_into_a_database_with_residents(ctx: ServiceContext) -> None:
    TeamService(ctx).create_resident("Ekte Beboer")
    with pytest.raises(ValueError, match="already holds residents"):
        create_demo(ctx)
