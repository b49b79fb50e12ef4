"""Section h): the resident's consent to the plan, when and how it was given."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import date_problem, format_date, parse_date
from teamdesk.ui.common.widgets import clear_invalid, hint, mark_invalid, named
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState


class ConsentSection(PlanSectionWidget):
    """h) Consent."""

    key = "h"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
        self.consent_label = named(QLabel(), "consentStatus", self.tr("Consent to the plan"))
        self.consent_label.setWordWrap(True)
        layout.addWidget(self.consent_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.consent_date = self.date_field(
            "consentDateEdit", self.tr("Consent given on"), self.tr("Given on (date)")
        )
        self.consent_how = self.editing(
            named(QLineEdit(), "consentHowEdit", self.tr("How consent was given"))
        )
        self.consent_how.setPlaceholderText(self.tr("How (spoken in a meeting, in writing…)"))
        self.consent_how.returnPressed.connect(self.record_consent)
        form.addRow(self.tr("Consent given on"), self.consent_date.field)
        form.addRow(self.tr("How consent was given"), self.consent_how)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            self.button(
                self.tr("Record c&onsent"),
                "recordConsentButton",
                self.tr("Record consent to the plan"),
                self.record_consent,
            )
        )
        buttons.addWidget(
            self.button(
                self.tr("Withdrawn"),
                "withdrawConsentButton",
                self.tr("Record that consent was withdrawn"),
                self._withdraw_consent,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                self.tr("Consent to share information is recorded on each participant (section b).")
            )
        )
        layout.addStretch(1)

    def show_view(self, view: PlanView) -> None:
        plan = view.plan
        if plan.has_consent:
            self.consent_label.setText(
                self.tr("{name} consented on {date} ({how}); recorded by {who}.").format(
                    name=view.content.resident_name,
                    date=format_date(plan.consent_date),
                    how=plan.consent_how,
                    who=plan.consent_recorded_by,
                )
            )
        else:
            self.consent_label.setText(
                self.tr("{name}'s consent to the plan is not recorded yet.").format(
                    name=view.content.resident_name
                )
            )
        if not self.consent_date.text():
            self.consent_date.setText(format_date(self.state.today()))

    def record_consent(self) -> None:
        """Record the resident's consent with the typed date and how it was given."""
        state = self.state
        pid = state.plan_id
        if pid is None:
            return
        text = self.consent_date.text()
        try:
            day = parse_date(text, state.today())
        except ValueError:
            mark_invalid(self.consent_date, date_problem(text, state.today()))
            return
        clear_invalid(self.consent_date)
        how = self.consent_how.text()
        given = day or state.today()
        outcome = state.run(
            self.tr("Record consent"), lambda: state.service.record_consent(pid, given, how)
        )
        if outcome is not None:
            self.consent_how.clear()

    def _withdraw_consent(self) -> None:
        pid = self.state.plan_id
        if pid is not None:
            self.state.run(
                self.tr("Consent withdrawn"), lambda: self.state.service.withdraw_consent(pid)
            )
