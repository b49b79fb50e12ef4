"""A house setting set again after its first value was undone is read (undoing the first value
removes the setting's row; a later value was written into the removed row and never read)."""

from __future__ import annotations

from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.services.context import ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.plan import PlanService
from teamdesk.services.sync import SyncService
from teamdesk.services.undo import revert


def test_every_setting_set_again_after_an_undo_is_read(ctx: ServiceContext) -> None:
    plans, mentoring = PlanService(ctx), MentoringService(ctx)
    meetings, sync = MeetingService(ctx), SyncService(ctx)

    revert(ctx, plans.set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN).changes)
    plans.set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
    assert plans.plan_profile() is PlanProfile.SHARED_DEVELOPMENT_PLAN

    revert(ctx, plans.set_review_cadence(4, 6).changes)
    plans.set_review_cadence(2, 9)
    cadence = plans.review_cadence()
    assert (cadence.first_months, cadence.interval_months) == (2, 9)

    revert(ctx, plans.set_max_plans_per_coordinator(9).changes)
    plans.set_max_plans_per_coordinator(8)
    assert plans.max_plans_per_coordinator() == 8

    revert(ctx, mentoring.set_max_mentees(5).changes)
    mentoring.set_max_mentees(4)
    assert mentoring.max_mentees() == 4

    revert(ctx, meetings.set_time_zone("Europe/Copenhagen").changes)
    meetings.set_time_zone("Europe/Copenhagen")
    assert meetings.time_zone() == "Europe/Copenhagen"

    revert(ctx, sync.set_interval_minutes(30).changes)
    sync.set_interval_minutes(20)
    assert sync.interval_minutes() == 20
