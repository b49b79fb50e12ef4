"""What every section of the plan editor shares: the session, the plan shown, the unit's staff.

The editor shell owns one :class:`PlanState` and hands it to each section; a section reads the
service's view model from it and writes through :meth:`PlanState.run`, so every change is saved
at once, lands on the window's undo stack, and is refused with the service's sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from teamdesk.domain.team import Staff
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.services.plan import PlanService
from teamdesk.services.team import Outcome
from teamdesk.ui.session import Session

PLAN_TABLES = frozenset(
    {
        "plan",
        "plan_goal",
        "plan_participant",
        "plan_measure",
        "plan_version",
        "case_role",
        "training",
        "staff",
        "resident",
        "setting",
    }
)


class PlanState:
    """The plan being edited and the means to change it, shared by the editor's sections."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.service = PlanService(session.ctx)
        self.resident_id: str | None = None
        self.view: PlanView | None = None
        self.staff: list[Staff] = []
        """Active staff of the resident's unit, for the pickers."""
        self.loading = False
        """True while the editor fills its fields, so filling them saves nothing."""

    @property
    def plan_id(self) -> str | None:
        return self.view.plan.id if self.view else None

    def today(self) -> date:
        return self.session.ctx.today()

    def run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        """Run a change through the session: saved, undoable, or refused with a sentence."""
        return self.session.run(description, action)


def raising(error: Exception) -> Callable[[], Outcome]:
    """An action that fails with ``error``, so a refusal found early is reported the same way
    as one the service raises."""

    def action() -> Outcome:
        raise error

    return action
