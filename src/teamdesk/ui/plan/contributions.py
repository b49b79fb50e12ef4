"""Section d): what the resident contributes (services' and relatives' contributions are
written on each participant)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import translate
from teamdesk.ui.common.widgets import hint
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState


class ContributionsSection(PlanSectionWidget):
    """d) What each contributes."""

    key = "d"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
        label = translate(PLAN_FIELD_LABELS["resident_contribution"])
        widget = self.text_field("residentContributionEdit", label, height=96)
        self.plan_field("resident_contribution", widget)
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        layout.addWidget(caption)
        layout.addWidget(widget)
        layout.addWidget(
            hint(
                self.tr(
                    "What services and relatives contribute is written on each participant "
                    "(section b)."
                )
            )
        )
        layout.addStretch(1)

    def show_view(self, view: PlanView) -> None:
        """Only the plan's own field, which the editor fills."""
