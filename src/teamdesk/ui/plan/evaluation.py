"""Section g): the plan period, when and how the plan is evaluated, the next meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import format_date, translate
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState


class EvaluationSection(PlanSectionWidget):
    """g) Plan period and evaluation."""

    key = "g"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        example = self.tr("e.g. {example}").format(example=format_date(state.today()))
        for key in ("period_from", "period_to", "evaluation_date", "next_meeting"):
            edit = self.date_field(f"{key}Edit", translate(PLAN_FIELD_LABELS[key]), example)
            self.plan_field(key, edit)
            form.addRow(translate(PLAN_FIELD_LABELS[key]), edit.field)
        method = self.line(
            "evaluationMethodEdit", translate(PLAN_FIELD_LABELS["evaluation_method"])
        )
        self.plan_field("evaluation_method", method)
        form.addRow(translate(PLAN_FIELD_LABELS["evaluation_method"]), method)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def show_view(self, view: PlanView) -> None:
        """Only the plan's own fields, which the editor fills."""
