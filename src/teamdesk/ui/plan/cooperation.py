"""Section i): cooperation with other services, language and culture, how the resident takes
part."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import translate
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState


class CooperationSection(PlanSectionWidget):
    """i) Cooperation, background and taking part."""

    key = "i"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, name in (
            ("cooperation", "cooperationEdit"),
            ("language_culture", "languageCultureEdit"),
            ("participation", "participationEdit"),
        ):
            widget = self.text_field(name, translate(PLAN_FIELD_LABELS[key]), height=80)
            self.plan_field(key, widget)
            form.addRow(translate(PLAN_FIELD_LABELS[key]), widget)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def show_view(self, view: PlanView) -> None:
        """Only the plan's own fields, which the editor fills."""
