"""The choices the warnings panel offers for rules a merge of two PCs broke (issue 11).

Each PC kept the rule; together they broke it: two primary contacts, two living plans, one
plan approved twice as the same version (an approved version is never renumbered or changed,
so one of the two is withdrawn). The finding says what happened and carries its
choices (:class:`teamdesk.domain.findings.Choice`); :meth:`MergeChoiceService.choose` takes
one. Every choice is an ordinary service write: the permission, unit and plan checks of the
writes it is made of, one transaction through the store's write path (logged, audited) and
one outcome for the undo stack. Nothing is removed that the log cannot bring back.
"""

from __future__ import annotations

from teamdesk.domain.findings import Choice
from teamdesk.domain.plan import PlanStatus
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import NotFound, Permission, ServiceContext
from teamdesk.services.plan import PlanService, require_plan_edit
from teamdesk.services.team import Outcome, TeamService
from teamdesk.store import plan_repo, team_repo

_SETTLED = N_("This was settled already, here or on another PC; nothing was changed.")


class MergeChoiceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def choose(self, choice: Choice) -> Outcome:
        """Take one of a finding's choices (each checks the rights its writes need)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        actions = {
            "keep_assignment": self.keep_assignment,
            "keep_plan": self.keep_plan,
            "keep_approval": self.keep_approval,
        }
        action = actions.get(choice.action)
        if action is None:
            raise ValueError(f"no such choice: {choice.action}")
        return action(choice.target)

    def keep_assignment(self, assignment_id: str) -> Outcome:
        """Keep this person in their role for the resident; end the others' assignments in the
        same role (two PCs each chose a primary contact)."""
        self.ctx.require(Permission.EDIT_TEAMS)
        row = self.store.get("assignment", assignment_id)
        if row is None or row["deleted_at"] is not None:
            raise NotFound(Message(N_("This assignment no longer exists.")))
        kept = team_repo.assignment_from_row(row)
        team = TeamService(self.ctx)
        today = self.ctx.today()
        others = [
            a
            for a in team_repo.assignments(self.store, resident_id=kept.resident_id)
            if a.role is kept.role and a.id != kept.id and a.current_on(today)
        ]
        if not kept.current_on(today) or not others:
            raise NotFound(Message(_SETTLED))
        with self.store.recording() as changes, self.store.transaction():
            for other in others:
                team.end_assignment(other.id)
        return Outcome(changes, assignment_id, team.resident_findings(kept.resident_id, today))

    def keep_plan(self, plan_id: str) -> Outcome:
        """Keep this plan; end the resident's other living plans (each PC started one). The
        ended plans stay, readable, in the resident's history."""
        plans = PlanService(self.ctx)
        kept = plans.plan(plan_id)
        require_plan_edit(self.ctx, kept)
        others = [
            p
            for p in plan_repo.plans_of_resident(self.store, kept.resident_id)
            if p.id != plan_id and p.status is not PlanStatus.ENDED
        ]
        if kept.status is PlanStatus.ENDED or not others:
            raise NotFound(Message(_SETTLED))
        with self.store.recording() as changes, self.store.transaction():
            for other in others:
                plans.set_status(other.id, PlanStatus.ENDED)
        return Outcome(changes, plan_id)

    def keep_approval(self, version_id: str) -> Outcome:
        """Keep this approval of a version number; withdraw the others of the same number (the
        plan was approved on two PCs at once). A withdrawn approval stays in the log."""
        version, twins = self._twins(version_id)
        with self.store.recording() as changes, self.store.transaction():
            for twin in twins:
                self.store.tombstone(
                    "plan_version",
                    twin,
                    actor=self.ctx.who,
                    summary=f"withdrew a second approval of version {version['number']}",
                )
        return Outcome(changes, version_id)

    def _twins(self, version_id: str) -> tuple[dict[str, object], list[str]]:
        """An approval, checked (permission, unit, plan), and the other approvals with its
        number, oldest first."""
        self.ctx.require(Permission.APPROVE_PLANS)
        row = self.store.get("plan_version", version_id)
        if row is None or row["deleted_at"] is not None:
            raise NotFound(Message(_SETTLED))
        plan = PlanService(self.ctx).plan(str(row["plan_id"]))
        require_plan_edit(self.ctx, plan)
        twins = [
            str(r["id"])
            for r in self.store.query(
                "SELECT id FROM plan_version WHERE plan_id = ? AND number = ? AND id != ? "
                "AND deleted_at IS NULL ORDER BY created_at, id",
                (plan.id, row["number"], version_id),
            )
        ]
        if not twins:
            raise NotFound(Message(_SETTLED))
        return dict(row), twins
