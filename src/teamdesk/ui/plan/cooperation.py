"""Section i): cooperation with other services, language and culture, how the resident takes
part."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.domain.plan_profile import PlanProfile
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
        self.labels: dict[str, QLabel] = {}
        for key, name in (
            ("cooperation", "cooperationEdit"),
            ("language_culture", "languageCultureEdit"),
            ("participation", "participationEdit"),
        ):
            widget = self.text_field(name, translate(PLAN_FIELD_LABELS[key]), height=80)
            self.plan_field(key, widget)
            label = QLabel(translate(PLAN_FIELD_LABELS[key]))
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def show_view(self, view: PlanView) -> None:
        """The plan's own fields the editor fills; the Danish plan asks the cooperation text
        for the other circumstances § 141 names."""
        field = self.plan_fields["cooperation"]
        if view.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
            text = self.tr(
                "Housing, work, personal help, treatment and aids, and who else works with "
                "the citizen"
            )
        else:
            text = translate(PLAN_FIELD_LABELS["cooperation"])
        self.labels["cooperation"].setText(text)
        field.setAccessibleName(text)
