"""Section h): the resident's consent to the plan, when and how it was given; in the Danish
profile also whether the plan is a joined plan (helhedsorienteret plan, Serviceloven § 141
stk. 7) and the citizen's consent to share information across areas that it needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import date_problem, format_date, parse_date, translate
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
        self.joined_box = self._build_joined_plan()
        layout.addWidget(self.joined_box)
        layout.addStretch(1)

    def _build_joined_plan(self) -> QGroupBox:
        """The Danish profile's joined plan: the mark, the plans it replaces, the consent."""
        box = named(
            QGroupBox(self.tr("Joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7)")),
            "joinedPlanBox",
            self.tr("Joined plan"),
        )
        column = QVBoxLayout(box)
        self.joined = self.editing(
            named(
                QCheckBox(
                    self.tr("This plan is a &joined plan that replaces the citizen's other plans")
                ),
                "joinedPlanCheck",
                self.tr("Joined plan that replaces the citizen's other plans"),
            )
        )
        self.joined.clicked.connect(self._set_joined)
        column.addWidget(self.joined)
        replaces_label = translate(PLAN_FIELD_LABELS["replaces_plans"])
        self.replaces = self.text_field(
            "replacesPlansEdit",
            replaces_label,
            self.tr("For example: the jobcentre's plan, a treatment plan (one a line)"),
        )
        self.replaces.setMaximumHeight(88)  # a few lines: the consent stays in sight below
        self.plan_field("replaces_plans", self.replaces)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(replaces_label, self.replaces)
        column.addLayout(form)
        self.joined_consent_label = named(
            QLabel(), "joinedConsentStatus", self.tr("Consent to share information across areas")
        )
        self.joined_consent_label.setWordWrap(True)
        column.addWidget(self.joined_consent_label)
        self.joined_consent_date = self.date_field(
            "joinedConsentDateEdit",
            self.tr("Consent to share information across areas given on"),
            self.tr("Given on (date)"),
        )
        self.joined_consent_date.returnPressed.connect(self.record_joined_consent)
        dates = QFormLayout()
        dates.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dates.addRow(self.tr("Consent to share given on"), self.joined_consent_date.field)
        column.addLayout(dates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.record_joined_button = self.button(
            self.tr("Record consent to &share"),
            "recordJoinedConsentButton",
            self.tr("Record consent to share information across areas"),
            self.record_joined_consent,
        )
        self.withdraw_joined_button = self.button(
            self.tr("Withdrawn"),
            "withdrawJoinedConsentButton",
            self.tr("Record that consent to share information across areas was withdrawn"),
            self._withdraw_joined_consent,
        )
        buttons.addWidget(self.record_joined_button)
        buttons.addWidget(self.withdraw_joined_button)
        column.addLayout(buttons)
        return box

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
        self._show_joined_plan(view)

    def _show_joined_plan(self, view: PlanView) -> None:
        """Only the Danish profile has joined plans; its fields open when the plan is one."""
        plan = view.plan
        self.joined_box.setVisible(view.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN)
        self.joined.setChecked(plan.joined_plan)
        for widget in (
            self.replaces,
            self.joined_consent_date,
            self.joined_consent_date.field,
            self.record_joined_button,
        ):
            self.enable(widget, plan.joined_plan)
        self.enable(self.withdraw_joined_button, plan.has_joined_consent)
        name = view.content.resident_name
        if plan.has_joined_consent:
            text = self.tr(
                "{name} consented to sharing information across areas on {date}; recorded by {who}."
            ).format(
                name=name,
                date=format_date(plan.joined_consent_date),
                who=plan.joined_consent_recorded_by,
            )
        elif plan.joined_plan:
            text = self.tr(
                "{name}'s consent to sharing information across areas is not recorded yet. A "
                "joined plan needs it."
            ).format(name=name)
        else:
            text = self.tr(
                "Mark the plan as a joined plan when it replaces {name}'s other plans; it then "
                "needs {name}'s consent to sharing information across areas."
            ).format(name=name)
        self.joined_consent_label.setText(text)
        if not self.joined_consent_date.text():
            self.joined_consent_date.setText(format_date(self.state.today()))

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

    def _set_joined(self, joined: bool) -> None:
        pid = self.state.plan_id
        if pid is None:
            return
        outcome = self.state.run(
            self.tr("Joined plan"), lambda: self.state.service.set_joined_plan(pid, joined)
        )
        if outcome is None and self.state.view is not None:
            self.joined.setChecked(self.state.view.plan.joined_plan)

    def record_joined_consent(self) -> None:
        """Record the citizen's consent to share information across areas on the typed date."""
        state = self.state
        pid = state.plan_id
        if pid is None:
            return
        text = self.joined_consent_date.text()
        try:
            day = parse_date(text, state.today())
        except ValueError:
            mark_invalid(self.joined_consent_date, date_problem(text, state.today()))
            return
        clear_invalid(self.joined_consent_date)
        given = day or state.today()
        state.run(
            self.tr("Record consent to share"),
            lambda: state.service.record_joined_consent(pid, given),
        )

    def _withdraw_joined_consent(self) -> None:
        pid = self.state.plan_id
        if pid is not None:
            self.state.run(
                self.tr("Consent to share withdrawn"),
                lambda: self.state.service.withdraw_joined_consent(pid),
            )
