"""The individual plan editor: a shell with the sections a) to i) beside it, one module each."""

from teamdesk.ui.plan.editor import PlanPage

__all__ = ["PlanPage"]
