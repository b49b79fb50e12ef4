"""The demo shows individual plans in every state a coordinator meets."""

from __future__ import annotations

from tests.support import TODAY

from teamdesk.domain.plan import PlanStatus
from teamdesk.domain.plan_rules import CoordinatorCheck
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.plan import PlanService


def test_the_demo_has_plans_in_every_state(ctx: ServiceContext) -> None:
    summary = create_demo(ctx)
    assert summary.plans == 7
    svc = PlanService(ctx)
    pages = [svc.page(r["id"]) for r in ctx.store.query("SELECT id FROM plan")]
    statuses = {p.plan.status for p in pages}
    assert {PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.UNDER_REVISION} <= statuses
    assert any(len(p.versions) >= 2 and p.unapproved_changes for p in pages)
    missing = {f.code for p in pages for f in p.completeness.missing}
    assert "h.share_consent_expired" in missing
    assert any(p.plan.coordinator_override_reason for p in pages)
    assert any(
        f.code == CoordinatorCheck.ROLE_CONFLICT for p in pages for f in p.coordinator_findings
    )
    assert any(r for p in pages for r in p.case_roles if not p.plan.coordinator_id)
    due = svc.due_for_evaluation()
    assert due[0].is_overdue(TODAY)
    assert any(not d.is_overdue(TODAY) for d in due)
