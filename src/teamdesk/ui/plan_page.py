"""A resident's individual plan: every part of a) to i), saved as it is typed, undoable.

The page reads a :class:`~teamdesk.services.plan.PlanPage` and shows it; every change goes
through :meth:`Session.run`, so it is saved at once and lands on the window's undo stack. The
completeness checklist, the version and the approve and export buttons stay in a side panel
that does not scroll away.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import (
    PLAN_FIELD_LABELS,
    CaseRoleKind,
    Goal,
    Measure,
    Participant,
    ParticipantKind,
    PlanStatus,
)
from teamdesk.domain.plan_rules import PlanItem
from teamdesk.domain.team import Staff
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.plan import (
    CoordinatorCandidate,
    CoordinatorRefused,
    ExportResult,
    PlanService,
)
from teamdesk.services.plan import (
    PlanPage as PlanView,
)
from teamdesk.services.team import Outcome
from teamdesk.ui.export_flow import choose_save_path, export_document, initials, open_written
from teamdesk.ui.labels import coordinator_choice
from teamdesk.ui.models import Column, RowKind, RowsModel
from teamdesk.ui.resident_page import configure_table, fit_rows
from teamdesk.ui.session import Session
from teamdesk.ui.text import (
    date_problem,
    format_date,
    parse_date,
    refusal_text,
    tr_message,
    translate,
)
from teamdesk.ui.widgets import (
    CommitLineEdit,
    CommitTextEdit,
    DateEdit,
    DraftLineEdit,
    allow,
    clear_invalid,
    hint,
    index_of_data,
    is_invalid,
    mark_invalid,
    named,
    show_choice,
)

# Buttons that change the plan: disabled, with the service's reason, for whoever may only read.
EDIT_BUTTONS = (
    "addGoalButton",
    "addSubGoalButton",
    "removeGoalButton",
    "addParticipantButton",
    "removeParticipantButton",
    "addMeasureButton",
    "removeMeasureButton",
    "recordConsentButton",
    "withdrawConsentButton",
)

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

GoalRow = tuple[str, Goal]
MeasureRow = tuple[str, Measure]


class PlanPage(QWidget):
    """The individual plan of one resident, with its checklist, versions and exports."""

    exported = Signal(str)
    """A PDF was written; carries its path."""
    prepare_meeting = Signal(str)
    """Prepare a meeting about this plan (issue 5); carries the plan's id."""

    def __init__(
        self, session: Session, resident_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self._session = session
        self._shown_plan_id: str | None = None
        self.service = PlanService(session.ctx)
        self._resident_id: str | None = None
        self._view: PlanView | None = None
        self._staff: list[Staff] = []
        self._loading = False
        self._build()
        session.changed.connect(self._on_changed)
        self.show_resident(resident_id)

    # -- small helpers -----------------------------------------------------------------------

    @property
    def plan_id(self) -> str | None:
        return self._view.plan.id if self._view else None

    def _run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        return self._session.run(description, action)

    def _line(self, name: str, accessible: str, placeholder: str = "") -> CommitLineEdit:
        edit = named(CommitLineEdit(), name, accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _date(self, name: str, accessible: str, placeholder: str = "") -> DateEdit:
        edit = named(DateEdit(), name, accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _text(
        self, name: str, accessible: str, placeholder: str = "", height: int = 64
    ) -> CommitTextEdit:
        edit = named(CommitTextEdit(), name, accessible)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(height)
        return edit

    def _button(
        self, text: str, name: str, accessible: str, slot: Callable[[], Any]
    ) -> QPushButton:
        button = named(QPushButton(text), name, accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, model: RowsModel, name: str, accessible: str, stretch: int = 1) -> QTableView:
        view = named(QTableView(), name, accessible)
        view.setModel(model)
        configure_table(view)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        outer.addWidget(self._stack)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_hint = named(hint(""), "planEmptyHint", self.tr("No individual plan"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = self._button(
            self.tr("&Start an individual plan"),
            "startPlanButton",
            self.tr("Start an individual plan"),
            self._start_plan,
        )
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)

        page = QWidget()
        self._stack.addWidget(page)
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(12, 8, 12, 12)
        form.setSpacing(10)
        form.addWidget(self._build_goals())
        form.addWidget(self._build_participants())
        form.addWidget(self._build_coordinator())
        form.addWidget(self._build_contributions())
        form.addWidget(self._build_measures())
        form.addWidget(self._build_evaluation())
        form.addWidget(self._build_consent())
        form.addWidget(self._build_cooperation())
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        columns.addWidget(scroll, 1)
        columns.addWidget(self._build_side())

    def _build_side(self) -> QWidget:
        side = QFrame()
        side.setObjectName("planSidePanel")
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setFixedWidth(320)
        layout = QVBoxLayout(side)
        self.title = named(QLabel(), "planTitle", self.tr("Individual plan"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.version_label = named(QLabel(), "planVersion", self.tr("Version and status"))
        self.version_label.setWordWrap(True)
        layout.addWidget(self.version_label)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Status:")))
        self.status_combo = named(QComboBox(), "planStatusCombo", self.tr("Status of the plan"))
        for status in PlanStatus:
            self.status_combo.addItem(translate(status.label), status)
        self.status_combo.activated.connect(lambda _i: self._set_status())
        status_row.addWidget(self.status_combo, 1)
        layout.addLayout(status_row)

        self.approve_button = self._button(
            self.tr("&Approve this version"),
            "approveButton",
            self.tr("Approve the plan as a new version"),
            self._approve,
        )
        layout.addWidget(self.approve_button)

        versions = QLabel(self.tr("Versions"))
        versions.setProperty("role", "subheading")
        layout.addWidget(versions)
        self.version_combo = named(QComboBox(), "versionCombo", self.tr("Version to view or print"))
        self.version_combo.activated.connect(lambda _i: self._show_changes())
        layout.addWidget(self.version_combo)
        self.changes_label = named(QLabel(), "planChanges", self.tr("What changed"))
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.changes_label)
        self.export_button = self._button(
            self.tr("&Print plan (PDF)…"),
            "exportPlanButton",
            self.tr("Write the plan as a PDF and open it"),
            lambda: self.export(summary=False),
        )
        self.export_summary_button = self._button(
            self.tr('Print "&My plan" (PDF)…'),
            "exportSummaryButton",
            self.tr("Write the resident's one-page My plan as a PDF and open it"),
            lambda: self.export(summary=True),
        )
        layout.addWidget(self.export_button)
        layout.addWidget(self.export_summary_button)
        self.prepare_meeting_button = self._button(
            self.tr("Pr&epare a meeting…"),
            "preparePlanMeetingButton",
            self.tr("Prepare a meeting about this plan: invitation and agenda drafted from it"),
            lambda: self.prepare_meeting.emit(self.plan_id) if self.plan_id else None,
        )
        why_not = self._session.ctx.why_not(Permission.PREPARE_MEETINGS)
        allow(self.prepare_meeting_button, tr_message(why_not) if why_not else None)
        layout.addWidget(self.prepare_meeting_button)
        # The checklist comes last: the buttons above stay in view however long it grows.
        heading = QLabel(self.tr("Is the plan complete?"))
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.checklist = named(QLabel(), "planChecklist", self.tr("Completeness checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop)
        checklist_scroll = QScrollArea()
        checklist_scroll.setWidgetResizable(True)
        checklist_scroll.setFrameShape(QFrame.Shape.NoFrame)
        checklist_scroll.setWidget(self.checklist)
        layout.addWidget(checklist_scroll, 1)
        return side

    def _build_goals(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.A.heading))
        box.setObjectName("goalsBox")
        layout = QVBoxLayout(box)
        self.goals_intro = hint("")
        layout.addWidget(self.goals_intro)
        self.goals_model = RowsModel(
            [
                Column(self.tr("No."), lambda r: r[0]),
                Column(self.tr("Goal, in the resident's own words"), lambda r: f"«{r[1].text}»"),
                Column(self.tr("Evaluate by"), lambda r: format_date(r[1].evaluation_date)),
            ],
            key=lambda r: r[1].id,
            parent=self,
        )
        self.goals_table = self._table(self.goals_model, "goalsTable", self.tr("Goals"))
        self.goals_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())
        layout.addWidget(self.goals_table)
        add = QHBoxLayout()
        self.new_goal = named(
            DraftLineEdit(self.tr("a new goal"), lambda: self.add_goal(sub=False)),
            "newGoalEdit",
            self.tr("New goal"),
        )
        self.new_goal.setPlaceholderText(
            self.tr("A new goal, as the resident says it… (Enter adds)")
        )
        self.new_goal.returnPressed.connect(lambda: self.add_goal(sub=False))
        add.addWidget(self.new_goal, 1)
        add.addWidget(
            self._button(
                self.tr("Add &goal"),
                "addGoalButton",
                self.tr("Add goal"),
                lambda: self.add_goal(sub=False),
            )
        )
        add.addWidget(
            self._button(
                self.tr("Add as sub-goal"),
                "addSubGoalButton",
                self.tr("Add as a sub-goal of the chosen goal"),
                lambda: self.add_goal(sub=True),
            )
        )
        layout.addLayout(add)
        edit = QHBoxLayout()
        self.goal_text = self._line("goalTextEdit", self.tr("Chosen goal's words"))
        self.goal_text.editingFinished.connect(lambda: self._commit_goal("text"))
        self.goal_date = self._date(
            "goalEvaluationEdit",
            self.tr("Chosen goal's evaluation date"),
            self.tr("Evaluate by (date)"),
        )
        self.goal_date.editingFinished.connect(lambda: self._commit_goal("evaluation_date"))
        edit.addWidget(self.goal_text, 3)
        edit.addWidget(self.goal_date.field, 1)
        edit.addWidget(
            self._button(
                self.tr("Remove"),
                "removeGoalButton",
                self.tr("Remove the chosen goal"),
                self._remove_goal,
            )
        )
        layout.addLayout(edit)
        grid = QFormLayout()
        self.plan_fields: dict[str, CommitLineEdit | CommitTextEdit] = {}
        for key, name in (("resources", "resourcesEdit"), ("needs", "needsEdit")):
            widget = self._text(name, translate(PLAN_FIELD_LABELS[key]))
            self._bind_plan_field(key, widget)
            grid.addRow(translate(PLAN_FIELD_LABELS[key]), widget)
        layout.addLayout(grid)
        return box

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.B.heading))
        box.setObjectName("participantsBox")
        layout = QVBoxLayout(box)
        self.participants_model = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Who"), lambda p: translate(p.kind.label)),
                Column(self.tr("Organisation"), lambda p: p.organisation),
                Column(self.tr("Role"), lambda p: translate(p.role)),
                Column(self.tr("Contact"), lambda p: p.contact),
                Column(self.tr("May share information"), self._share_text),
            ],
            key=lambda p: p.id,
            kind=self._share_kind,
            parent=self,
        )
        self.participants_table = self._table(
            self.participants_model, "participantsTable", self.tr("Who takes part"), stretch=5
        )
        self.participants_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_participant()
        )
        layout.addWidget(self.participants_table)
        add = QHBoxLayout()
        self.participant_kind = named(QComboBox(), "newParticipantKind", self.tr("Who they are"))
        for kind in (
            ParticipantKind.SERVICE,
            ParticipantKind.RELATIVE,
            ParticipantKind.STAFF,
            ParticipantKind.RESIDENT,
        ):
            self.participant_kind.addItem(translate(kind.label), kind)
        self.new_participant = named(
            DraftLineEdit(self.tr("a new participant"), lambda: self.add_participant()),
            "newParticipantName",
            self.tr("Name"),
        )
        self.new_participant.setPlaceholderText(self.tr("Name"))
        self.new_participant_org = named(
            QLineEdit(), "newParticipantOrganisation", self.tr("Organisation")
        )
        self.new_participant_org.setPlaceholderText(self.tr("Organisation (NAV, GP…)"))
        self.new_participant_org.returnPressed.connect(self.add_participant)
        self.new_participant.returnPressed.connect(self.add_participant)
        add.addWidget(self.participant_kind)
        add.addWidget(self.new_participant, 2)
        add.addWidget(self.new_participant_org, 2)
        add.addWidget(
            self._button(
                self.tr("Add &participant"),
                "addParticipantButton",
                self.tr("Add participant"),
                self.add_participant,
            )
        )
        layout.addLayout(add)
        grid = QGridLayout()
        self.participant_fields: dict[str, CommitLineEdit] = {}
        labels = [
            ("name", self.tr("Name")),
            ("organisation", self.tr("Organisation")),
            ("role", self.tr("Role")),
            ("contact", self.tr("Contact")),
            ("contribution", self.tr("Contributes")),
            ("share_scope", self.tr("May share")),
            ("share_consent_date", self.tr("Consent to share given")),
            ("share_consent_expires", self.tr("Consent expires")),
        ]
        for i, (key, label) in enumerate(labels):
            edit = (
                self._date(f"participant_{key}", label)
                if key in ("share_consent_date", "share_consent_expires")
                else self._line(f"participant_{key}", label)
            )
            edit.editingFinished.connect(lambda k=key: self._commit_participant(k))
            self.participant_fields[key] = edit
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(
                edit.field if isinstance(edit, DateEdit) else edit, i // 2, (i % 2) * 2 + 1
            )
        layout.addLayout(grid)
        remove = QHBoxLayout()
        remove.addStretch(1)
        remove.addWidget(
            self._button(
                self.tr("Remove participant"),
                "removeParticipantButton",
                self.tr("Remove the chosen participant"),
                self._remove_participant,
            )
        )
        layout.addLayout(remove)
        return box

    def _build_coordinator(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.C.heading))
        box.setObjectName("coordinatorBox")
        layout = QVBoxLayout(box)
        self.coordinator_label = named(QLabel(), "coordinatorName", self.tr("Coordinator"))
        self.coordinator_label.setProperty("role", "subheading")
        self.coordinator_findings = named(
            QLabel(), "coordinatorFindings", self.tr("About the coordinator")
        )
        self.coordinator_findings.setWordWrap(True)
        layout.addWidget(self.coordinator_label)
        layout.addWidget(self.coordinator_findings)
        row = QHBoxLayout()
        self.coordinator_combo = named(
            QComboBox(), "coordinatorCombo", self.tr("Staff member to coordinate")
        )
        self.coordinator_combo.setMinimumContentsLength(24)
        self.coordinator_combo.currentIndexChanged.connect(lambda _i: self._preview_candidate())
        row.addWidget(self.coordinator_combo, 1)
        row.addWidget(
            self._button(
                self.tr("Make &coordinator"),
                "assignCoordinatorButton",
                self.tr("Make the chosen staff member coordinator"),
                self.assign_coordinator,
            )
        )
        layout.addLayout(row)
        self.candidate_hint = named(hint(""), "candidateHint", self.tr("About the chosen person"))
        layout.addWidget(self.candidate_hint)
        self.case_roles_label = named(hint(""), "caseRoles", self.tr("Case roles"))
        layout.addWidget(self.case_roles_label)
        roles = QHBoxLayout()
        self.case_role_staff = named(QComboBox(), "caseRoleStaff", self.tr("Staff member"))
        self.case_role_kind = named(QComboBox(), "caseRoleKind", self.tr("Case role"))
        for kind in CaseRoleKind:
            self.case_role_kind.addItem(translate(kind.label), kind)
        roles.addWidget(QLabel(self.tr("Case role:")))
        roles.addWidget(self.case_role_staff, 1)
        roles.addWidget(self.case_role_kind, 1)
        roles.addWidget(
            self._button(
                self.tr("Record"),
                "addCaseRoleButton",
                self.tr("Record the case role"),
                self._add_case_role,
            )
        )
        layout.addLayout(roles)
        return box

    def _build_contributions(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.D.heading))
        box.setObjectName("contributionsBox")
        layout = QVBoxLayout(box)
        widget = self._text(
            "residentContributionEdit", translate(PLAN_FIELD_LABELS["resident_contribution"])
        )
        self._bind_plan_field("resident_contribution", widget)
        layout.addWidget(QLabel(translate(PLAN_FIELD_LABELS["resident_contribution"])))
        layout.addWidget(widget)
        layout.addWidget(
            hint(
                self.tr(
                    "What services and relatives contribute is written on each participant above."
                )
            )
        )
        return box

    def _build_measures(self) -> QGroupBox:
        box = QGroupBox(self.tr("e) and f) Measures: extent, who is responsible, how"))
        box.setObjectName("measuresBox")
        layout = QVBoxLayout(box)
        self.measures_model = RowsModel(
            [
                Column(self.tr("No."), lambda r: r[0]),
                Column(self.tr("Measure"), lambda r: r[1].what),
                Column(self.tr("Extent"), lambda r: r[1].extent),
                Column(self.tr("Responsible"), self._responsible_text),
                Column(self.tr("Goal"), self._measure_goal_text),
            ],
            key=lambda r: r[1].id,
            kind=lambda r: RowKind.NORMAL if r[1].has_responsible else RowKind.WARNING,
            parent=self,
        )
        self.measures_table = self._table(self.measures_model, "measuresTable", self.tr("Measures"))
        self.measures_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_measure()
        )
        layout.addWidget(self.measures_table)
        add = QHBoxLayout()
        self.new_measure = named(
            DraftLineEdit(self.tr("a new measure"), lambda: self.add_measure()),
            "newMeasureEdit",
            self.tr("New measure"),
        )
        self.new_measure.setPlaceholderText(
            self.tr("A new measure, for the chosen goal… (Enter adds)")
        )
        self.new_measure.returnPressed.connect(self.add_measure)
        add.addWidget(self.new_measure, 1)
        add.addWidget(
            self._button(
                self.tr("Add &measure"),
                "addMeasureButton",
                self.tr("Add measure"),
                self.add_measure,
            )
        )
        layout.addLayout(add)
        grid = QFormLayout()
        self.measure_what = self._line("measureWhatEdit", self.tr("What"))
        self.measure_what.editingFinished.connect(lambda: self._commit_measure("what"))
        self.measure_extent = self._line(
            "measureExtentEdit", self.tr("Extent"), self.tr("How much or how often")
        )
        self.measure_extent.editingFinished.connect(lambda: self._commit_measure("extent"))
        self.measure_how = self._text("measureHowEdit", self.tr("How it is carried out"))
        self.measure_how.editingFinished.connect(lambda: self._commit_measure("how"))
        self.measure_goal = named(QComboBox(), "measureGoalCombo", self.tr("Goal it serves"))
        self.measure_goal.activated.connect(lambda _i: self._commit_measure("goal_id"))
        self.measure_responsible = named(
            QComboBox(), "measureResponsibleCombo", self.tr("Responsible")
        )
        self.measure_responsible.activated.connect(lambda _i: self._commit_responsible())
        grid.addRow(self.tr("What"), self.measure_what)
        grid.addRow(self.tr("Extent"), self.measure_extent)
        grid.addRow(self.tr("Responsible"), self.measure_responsible)
        grid.addRow(self.tr("Goal"), self.measure_goal)
        grid.addRow(self.tr("How (f)"), self.measure_how)
        layout.addLayout(grid)
        remove = QHBoxLayout()
        remove.addStretch(1)
        remove.addWidget(
            self._button(
                self.tr("Remove measure"),
                "removeMeasureButton",
                self.tr("Remove the chosen measure"),
                self._remove_measure,
            )
        )
        layout.addLayout(remove)
        return box

    def _build_evaluation(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.G.heading))
        box.setObjectName("evaluationBox")
        grid = QFormLayout(box)
        example = self.tr("e.g. {example}").format(example=format_date(self._session.ctx.today()))
        for key in ("period_from", "period_to", "evaluation_date", "next_meeting"):
            edit = self._date(f"{key}Edit", translate(PLAN_FIELD_LABELS[key]), example)
            self._bind_plan_field(key, edit)
            grid.addRow(translate(PLAN_FIELD_LABELS[key]), edit.field)
        method = self._line(
            "evaluationMethodEdit", translate(PLAN_FIELD_LABELS["evaluation_method"])
        )
        self._bind_plan_field("evaluation_method", method)
        grid.addRow(translate(PLAN_FIELD_LABELS["evaluation_method"]), method)
        return box

    def _build_consent(self) -> QGroupBox:
        box = QGroupBox(translate(PlanItem.H.heading))
        box.setObjectName("consentBox")
        layout = QVBoxLayout(box)
        self.consent_label = named(QLabel(), "consentStatus", self.tr("Consent to the plan"))
        self.consent_label.setWordWrap(True)
        layout.addWidget(self.consent_label)
        row = QHBoxLayout()
        self.consent_date = named(DateEdit(), "consentDateEdit", self.tr("Consent given on"))
        self.consent_date.setPlaceholderText(self.tr("Given on (date)"))
        self.consent_how = named(QLineEdit(), "consentHowEdit", self.tr("How consent was given"))
        self.consent_how.setPlaceholderText(self.tr("How (spoken in a meeting, in writing…)"))
        self.consent_how.returnPressed.connect(self.record_consent)
        row.addWidget(self.consent_date.field, 1)
        row.addWidget(self.consent_how, 2)
        row.addWidget(
            self._button(
                self.tr("Record c&onsent"),
                "recordConsentButton",
                self.tr("Record consent to the plan"),
                self.record_consent,
            )
        )
        row.addWidget(
            self._button(
                self.tr("Withdrawn"),
                "withdrawConsentButton",
                self.tr("Record that consent was withdrawn"),
                self._withdraw_consent,
            )
        )
        layout.addLayout(row)
        layout.addWidget(
            hint(self.tr("Consent to share information is recorded on each participant above."))
        )
        return box

    def _build_cooperation(self) -> QGroupBox:
        box = QGroupBox(self.tr("i) Cooperation, background and taking part"))
        box.setObjectName("cooperationBox")
        grid = QFormLayout(box)
        for key, name in (
            ("cooperation", "cooperationEdit"),
            ("language_culture", "languageCultureEdit"),
            ("participation", "participationEdit"),
        ):
            widget = self._text(name, translate(PLAN_FIELD_LABELS[key]))
            self._bind_plan_field(key, widget)
            grid.addRow(translate(PLAN_FIELD_LABELS[key]), widget)
        return box

    def _bind_plan_field(self, key: str, widget: CommitLineEdit | CommitTextEdit) -> None:
        self.plan_fields[key] = widget
        widget.editingFinished.connect(lambda: self._commit_plan_field(key))

    # -- showing -----------------------------------------------------------------------------

    def resident_id(self) -> str | None:
        return self._resident_id

    def show_resident(self, resident_id: str | None) -> None:
        """Show the plan of ``resident_id`` (None: an empty page)."""
        self._resident_id = resident_id
        self._view = None
        self._staff = []
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if self._resident_id and tables & PLAN_TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read the plan again and show it; fields being typed in keep their text."""
        rid = self._resident_id
        if rid is None:
            self.empty_hint.setText(self.tr("Choose a resident to see their individual plan."))
            self.start_button.hide()
            self._stack.setCurrentIndex(0)
            return
        plan = self._session.read(lambda: self.service.plan_of_resident(rid), None)
        if plan is None:
            self._view = None
            resident = self._session.read(lambda: self._session.team.resident(rid), None)
            name = resident.display_name if resident else ""
            self.empty_hint.setText(self.tr("{name} has no individual plan yet.").format(name=name))
            self.start_button.show()
            why_not = self._session.read(self.service.why_not_start, None)
            allow(self.start_button, tr_message(why_not) if why_not else None)
            self._stack.setCurrentIndex(0)
            return
        view = self._session.read(lambda: self.service.page(plan.id), None)
        if view is None:
            return
        if not self._staff:
            # The pickers offer the staff of the resident's own unit, not the municipality's.
            unit_id = self._session.read(lambda: self._session.team.resident(rid).unit_id, None)
            self._staff = self._session.read(
                lambda: self._session.team.staff(include_inactive=False, unit_id=unit_id), []
            )
        self._view = view
        self._loading = True
        try:
            self._show(view)
        finally:
            self._loading = False
        self._stack.setCurrentIndex(1)

    def _show(self, view: PlanView) -> None:
        content, plan = view.content, view.plan
        self.title.setText(self.tr("Individual plan of {name}").format(name=content.resident_name))
        self.version_label.setText(self._version_text(view))
        self.status_combo.setCurrentIndex(self.status_combo.findData(plan.status))
        why_not = self._session.read(lambda: self.service.why_not_approve(plan.id), None)
        allow(self.approve_button, tr_message(why_not) if why_not else None)
        why_not = self._session.read(lambda: self.service.why_not_edit(plan.id), None)
        for name in EDIT_BUTTONS:
            button = self.findChild(QPushButton, name)
            if button is not None:
                allow(button, tr_message(why_not) if why_not else None)
        self.goals_intro.setText(
            self.tr("Goals in {name}'s own words: write them as {name} says them.").format(
                name=content.resident_name
            )
        )
        goal_rows: list[GoalRow] = []
        for i, main in enumerate(content.main_goals(), start=1):
            goal_rows.append((str(i), main))
            goal_rows += [
                (f"{i}.{j}", sub) for j, sub in enumerate(content.sub_goals(main.id), start=1)
            ]
        self.goals_model.set_rows(goal_rows)
        fit_rows(self.goals_table, 2, 10)
        self._show_goal()
        self.participants_model.set_rows(content.ordered_participants())
        fit_rows(self.participants_table, 2, 10)
        self._show_participant()
        measures = [(str(i), m) for i, m in enumerate(content.ordered_measures(), start=1)]
        self.measures_model.set_rows(measures)
        fit_rows(self.measures_table, 2, 12)
        self._fill_measure_choices(goal_rows)
        self._show_measure()
        for key, widget in self.plan_fields.items():
            value = getattr(plan, key)
            text = (
                format_date(value)
                if isinstance(value, date)
                or key in ("period_from", "period_to", "evaluation_date", "next_meeting")
                else value
            )
            if plan.id == self._shown_plan_id and is_invalid(widget):
                continue  # refused text (a date that is not one) stays with its reason
            clear_invalid(widget)
            widget.show_saved(text or "")
        self._shown_plan_id = plan.id
        self._show_coordinator(view)
        self._show_consent(view)
        self._show_checklist(view)
        self._fill_versions(view)

    def _version_text(self, view: PlanView) -> str:
        latest = view.latest_version
        if latest is None:
            return self.tr("Draft: not approved yet.")
        text = self.tr("Version {number}, approved {date} by {who}.").format(
            number=latest.number, date=format_date(latest.approved_on), who=latest.approved_by
        )
        if view.unapproved_changes:
            text += " " + self.tr(
                "%n change(s) since, not approved yet.", "", len(view.unapproved_changes)
            )
        return text

    def _show_checklist(self, view: PlanView) -> None:
        lines = []
        for item in PlanItem:
            found = view.completeness.for_item(item)
            missing = [f for f in found if f.severity is Severity.ALERT]
            mark, colour = ("✔", "#2e7d32") if not missing else ("✘", "#b02a37")
            lines.append(
                f"<p style='margin:4px 0'><span style='color:{colour}'>{mark}</span> "
                f"<b>{_esc(translate(item.heading))}</b>"
            )
            for f in found:
                style = "color:#b02a37" if f.severity is Severity.ALERT else "color:#8a6d00"
                lines.append(f"<br/><span style='{style}'>• {_esc(tr_message(f.message))}</span>")
            lines.append("</p>")
        if view.completeness.complete:
            lines.insert(
                0,
                "<p><b>"
                + _esc(self.tr("Everything the regulation asks for is in place."))
                + "</b></p>",
            )
        self.checklist.setText("".join(lines))

    def _fill_versions(self, view: PlanView) -> None:
        current = self.version_combo.currentData()
        self.version_combo.clear()
        self.version_combo.addItem(self.tr("The plan as it is now"), None)
        for v in reversed(view.versions):
            self.version_combo.addItem(
                self.tr("Version {number} ({date})").format(
                    number=v.number, date=format_date(v.approved_on)
                ),
                v.number,
            )
        index = self.version_combo.findData(current)
        self.version_combo.setCurrentIndex(max(0, index))
        self._show_changes()

    def _show_changes(self) -> None:
        view = self._view
        if view is None:
            return
        number = self.version_combo.currentData()
        if number is None:
            changes = view.unapproved_changes
            title = self.tr("Changed since the last approved version:") if view.versions else ""
        else:
            pid = view.plan.id
            changes = self._session.read(lambda: self.service.changes(pid, number), [])
            title = self.tr("Changed in version {number}:").format(number=number)
        if not changes:
            self.changes_label.setText("")
            return
        items = "".join(f"<li>{_esc(tr_message(m))}</li>" for m in changes[:12])
        more = ""
        if len(changes) > 12:
            more = _esc(self.tr("… and {count} more.").format(count=len(changes) - 12))
        self.changes_label.setText(f"<b>{_esc(title)}</b><ul>{items}</ul>{more}")

    # -- goals -------------------------------------------------------------------------------

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def selected_goal(self) -> Goal | None:
        row = self._selected(self.goals_table, self.goals_model)
        return row[1] if row else None

    def _show_goal(self) -> None:
        goal = self.selected_goal()
        for w in (self.goal_text, self.goal_date):
            w.setEnabled(goal is not None)
            clear_invalid(w)
        self.goal_text.show_saved(goal.text if goal else "")
        self.goal_date.show_saved(format_date(goal.evaluation_date) if goal else "")

    def add_goal(self, sub: bool = False) -> None:
        """Add the typed goal (as a sub-goal of the chosen main goal when ``sub``)."""
        pid, text = self.plan_id, self.new_goal.text().strip()
        if pid is None or not text:
            return
        parent = self.selected_goal() if sub else None
        if sub and parent is not None and parent.parent_id is not None:
            parent = self._view.content.goal(parent.parent_id) if self._view else None
        parent_id = parent.id if parent else None
        outcome = self._run(
            self.tr("Add goal"), lambda: self.service.add_goal(pid, text, parent_id=parent_id)
        )
        if outcome is not None:
            self.new_goal.clear()
            self._select(self.goals_table, self.goals_model, outcome.row_id)

    def _commit_goal(self, key: str) -> None:
        goal = self.selected_goal()
        if goal is None or self._loading:
            return
        widget = self.goal_text if key == "text" else self.goal_date
        value: object = widget.text()
        if key == "evaluation_date":
            try:
                value = parse_date(widget.text(), self._session.ctx.today())
            except ValueError:
                mark_invalid(widget, date_problem(widget.text(), self._session.ctx.today()))
                return
        clear_invalid(widget)
        gid = goal.id
        self._run(self.tr("Change goal"), lambda: self.service.update_goal(gid, **{key: value}))

    def _remove_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            gid = goal.id
            self._run(self.tr("Remove goal"), lambda: self.service.remove_goal(gid))

    # -- participants ------------------------------------------------------------------------

    def selected_participant(self) -> Participant | None:
        row = self._selected(self.participants_table, self.participants_model)
        return row if isinstance(row, Participant) else None

    def _share_text(self, p: Participant) -> str:
        if not p.is_external:
            return ""
        if p.share_consent_date is None:
            return self.tr("No consent recorded")
        today = self._session.ctx.today()
        if p.share_consent_expires and p.share_consent_expires < today:
            return self.tr("Expired {date}").format(date=format_date(p.share_consent_expires))
        if p.share_consent_expires:
            return self.tr("Until {date}").format(date=format_date(p.share_consent_expires))
        return self.tr("Yes, since {date}").format(date=format_date(p.share_consent_date))

    def _share_kind(self, p: Participant) -> RowKind:
        if p.is_external and not p.share_consent_valid_on(self._session.ctx.today()):
            return RowKind.WARNING
        return RowKind.NORMAL

    def _show_participant(self) -> None:
        p = self.selected_participant()
        for key, widget in self.participant_fields.items():
            widget.setEnabled(p is not None)
            clear_invalid(widget)
            value = getattr(p, key) if p else ""
            widget.show_saved(format_date(value) if isinstance(value, date) else (value or ""))

    def add_participant(self) -> None:
        """Add the typed participant; a staff member's name is looked up when it matches."""
        pid, name = self.plan_id, self.new_participant.text().strip()
        if pid is None or not name:
            return
        kind = self.participant_kind.currentData()
        org = self.new_participant_org.text().strip()
        staff_id = next((s.id for s in self._staff if s.name.casefold() == name.casefold()), None)
        fields: dict[str, object] = {"organisation": org}
        if kind is ParticipantKind.STAFF and staff_id:
            fields["staff_id"] = staff_id
        outcome = self._run(
            self.tr("Add participant"),
            lambda: self.service.add_participant(pid, kind, name, **fields),
        )
        if outcome is not None:
            self.new_participant.clear()
            self.new_participant_org.clear()
            self._select(self.participants_table, self.participants_model, outcome.row_id)

    def _commit_participant(self, key: str) -> None:
        p = self.selected_participant()
        if p is None or self._loading:
            return
        widget = self.participant_fields[key]
        value: object = widget.text()
        if key in ("share_consent_date", "share_consent_expires"):
            try:
                value = parse_date(widget.text(), self._session.ctx.today())
            except ValueError:
                mark_invalid(widget, date_problem(widget.text(), self._session.ctx.today()))
                return
        clear_invalid(widget)
        if getattr(p, key) == value:
            return
        pid = p.id
        outcome = self._run(
            self.tr("Change participant"),
            lambda: self.service.update_participant(pid, **{key: value}),
        )
        if outcome is None:
            mark_invalid(widget, self._session.last_refusal)

    def _remove_participant(self) -> None:
        p = self.selected_participant()
        if p is not None:
            pid = p.id
            self._run(self.tr("Remove participant"), lambda: self.service.remove_participant(pid))

    # -- coordinator -------------------------------------------------------------------------

    def _show_coordinator(self, view: PlanView) -> None:
        content = view.content
        name = content.coordinator_name
        self.coordinator_label.setText(name or self.tr("No coordinator chosen yet."))
        notes = [tr_message(f.message) for f in view.coordinator_findings]
        if view.plan.coordinator_override_reason:
            notes.append(
                self.tr("A leader allowed this despite a role conflict: {reason}").format(
                    reason=view.plan.coordinator_override_reason
                )
            )
        self.coordinator_findings.setText("\n".join(notes))
        self.coordinator_findings.setVisible(bool(notes))
        pid = view.plan.id
        candidates: list[CoordinatorCandidate] = self._session.read(
            lambda: self.service.coordinator_candidates(pid), []
        )
        self.coordinator_combo.blockSignals(True)
        self.coordinator_combo.clear()
        self._candidates = {c.staff.id: c for c in candidates}
        stored = content.plan.coordinator_id
        if stored is None:
            # Shows that nobody is chosen rather than the first candidate as if chosen.
            self.coordinator_combo.addItem(self.tr("(nobody chosen yet)"), None)
        for c in candidates:
            self.coordinator_combo.addItem(
                coordinator_choice(c.staff.name, (f.code for f in c.findings)), c.staff.id
            )
        # The stored coordinator, never the pick left over from another plan.
        show_choice(self.coordinator_combo, stored, name or None)
        self.coordinator_combo.blockSignals(False)
        self._preview_candidate()
        roles = [
            self.tr("{staff}: {role}").format(staff=name, role=translate(r.kind.label))
            for r, name in view.case_roles
        ]
        self.case_roles_label.setText(
            self.tr("Case roles on this resident: {roles}").format(roles="; ".join(roles))
            if roles
            else self.tr("No one has a conflicting case role on this resident.")
        )
        current_staff = self.case_role_staff.currentData()
        self.case_role_staff.clear()
        for s in self._staff:
            self.case_role_staff.addItem(s.name, s.id)
        self.case_role_staff.setCurrentIndex(
            max(0, index_of_data(self.case_role_staff, current_staff))
        )

    def _preview_candidate(self) -> None:
        candidate = getattr(self, "_candidates", {}).get(self.coordinator_combo.currentData())
        if candidate is None or not candidate.findings:
            self.candidate_hint.setText("")
            return
        self.candidate_hint.setText("\n".join(tr_message(f.message) for f in candidate.findings))

    def ask_override_reason(self, explanation: str) -> str | None:
        """Ask a leader for the written reason to override a role conflict; None cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Override the role conflict?"),
            explanation
            + "\n\n"
            + self.tr(
                "To go ahead anyway, write why. The reason is kept "
                "on the plan and in the audit log."
            ),
        )
        return text.strip() if ok and text.strip() else None

    def assign_coordinator(self) -> None:
        """Make the chosen staff member coordinator; a role conflict asks a leader for a reason."""
        pid, staff_id = self.plan_id, self.coordinator_combo.currentData()
        if pid is None or staff_id is None:
            return
        try:
            outcome = self.service.assign_coordinator(pid, staff_id)
        except CoordinatorRefused as refused:
            if not refused.can_override:
                self._session.run(self.tr("Choose coordinator"), _raise(refused))
                return
            reason = self.ask_override_reason(refusal_text(refused))
            if reason is None:
                return
            self._run(
                self.tr("Choose coordinator (role conflict overridden)"),
                lambda: self.service.assign_coordinator(pid, staff_id, override_reason=reason),
            )
            return
        except (ServiceError, StoreError) as error:
            self._session.run(self.tr("Choose coordinator"), _raise(error))
            return
        self._session.run(self.tr("Choose coordinator"), lambda: outcome)

    def _add_case_role(self) -> None:
        rid, staff_id = self._resident_id, self.case_role_staff.currentData()
        kind = self.case_role_kind.currentData()
        if rid is None or staff_id is None:
            return
        self._run(
            self.tr("Record case role"), lambda: self.service.add_case_role(staff_id, rid, kind)
        )

    # -- measures ----------------------------------------------------------------------------

    def _responsible_text(self, row: MeasureRow) -> str:
        if self._view is None:
            return ""
        return self._view.content.responsible_name(row[1]) or self.tr("Nobody yet")

    def _measure_goal_text(self, row: MeasureRow) -> str:
        return self._view.content.goal_number(row[1].goal_id) if self._view else ""

    def selected_measure(self) -> Measure | None:
        row = self._selected(self.measures_table, self.measures_model)
        return row[1] if row else None

    def _fill_measure_choices(self, goals: list[GoalRow]) -> None:
        self.measure_goal.clear()
        self.measure_goal.addItem(self.tr("(no goal)"), None)
        for number, goal in goals:
            self.measure_goal.addItem(f"{number}. {goal.text}", goal.id)
        self._fill_responsible_choices()

    def _fill_responsible_choices(self) -> None:
        """The unit's staff and the plan's other participants; filled anew for each measure, so
        a stored person added for one measure is not offered for the next."""
        self.measure_responsible.clear()
        self.measure_responsible.addItem(self.tr("(nobody yet)"), None)
        for s in self._staff:
            self.measure_responsible.addItem(s.name, ("staff", s.id))
        if self._view:
            for p in self._view.content.ordered_participants():
                if p.kind is not ParticipantKind.STAFF or not p.staff_id:
                    self.measure_responsible.addItem(p.display_name, ("participant", p.id))

    def _show_measure(self) -> None:
        m = self.selected_measure()
        widgets = (
            self.measure_what,
            self.measure_extent,
            self.measure_how,
            self.measure_goal,
            self.measure_responsible,
        )
        for w in widgets:
            w.setEnabled(m is not None)
        self.measure_what.show_saved(m.what if m else "")
        self.measure_extent.show_saved(m.extent if m else "")
        self.measure_how.show_saved(m.how if m else "")
        show_choice(self.measure_goal, m.goal_id if m else None)
        key: tuple[str, str] | None = None
        if m and m.responsible_staff_id:
            key = ("staff", m.responsible_staff_id)
        elif m and m.responsible_participant_id:
            key = ("participant", m.responsible_participant_id)
        self._fill_responsible_choices()
        missing = self._view.content.responsible_name(m) if m and self._view else ""
        show_choice(self.measure_responsible, key, missing or None)

    def add_measure(self) -> None:
        """Add the typed measure, serving the chosen goal."""
        pid, what = self.plan_id, self.new_measure.text().strip()
        if pid is None or not what:
            return
        goal = self.selected_goal()
        goal_id = goal.id if goal else None
        outcome = self._run(
            self.tr("Add measure"), lambda: self.service.add_measure(pid, what, goal_id=goal_id)
        )
        if outcome is not None:
            self.new_measure.clear()
            self._select(self.measures_table, self.measures_model, outcome.row_id)

    def _commit_measure(self, key: str) -> None:
        m = self.selected_measure()
        if m is None or self._loading:
            return
        value: object
        if key == "goal_id":
            value = self.measure_goal.currentData()
        elif key == "how":
            value = self.measure_how.toPlainText()
        else:
            value = (self.measure_what if key == "what" else self.measure_extent).text()
        if getattr(m, key) == value:
            return
        mid = m.id
        self._run(
            self.tr("Change measure"), lambda: self.service.update_measure(mid, **{key: value})
        )

    def _commit_responsible(self) -> None:
        m = self.selected_measure()
        if m is None or self._loading:
            return
        choice = self.measure_responsible.currentData()
        fields: dict[str, object] = {
            "responsible_staff_id": None,
            "responsible_participant_id": None,
        }
        if choice is not None:
            fields[f"responsible_{choice[0]}_id"] = choice[1]
        mid = m.id
        self._run(self.tr("Choose responsible"), lambda: self.service.update_measure(mid, **fields))

    def _remove_measure(self) -> None:
        m = self.selected_measure()
        if m is not None:
            mid = m.id
            self._run(self.tr("Remove measure"), lambda: self.service.remove_measure(mid))

    # -- plan fields, consent, status, approval ----------------------------------------------

    def _commit_plan_field(self, key: str) -> None:
        pid = self.plan_id
        if pid is None or self._loading or self._view is None:
            return
        widget = self.plan_fields[key]
        text = widget.toPlainText() if isinstance(widget, CommitTextEdit) else widget.text()
        value: object = text
        if key in ("period_from", "period_to", "evaluation_date", "next_meeting"):
            try:
                value = parse_date(text, self._session.ctx.today())
            except ValueError:
                mark_invalid(widget, date_problem(text, self._session.ctx.today()))
                return
        if getattr(self._view.plan, key) == value:
            clear_invalid(widget)
            return
        label = translate(PLAN_FIELD_LABELS[key])
        outcome = self._run(
            self.tr("Change {field}").format(field=label.lower()),
            lambda: self.service.update_plan(pid, **{key: value}),
        )
        if outcome is None:
            mark_invalid(widget, self._session.last_refusal)
        else:
            clear_invalid(widget)

    def _show_consent(self, view: PlanView) -> None:
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
            self.consent_date.setText(format_date(self._session.ctx.today()))

    def record_consent(self) -> None:
        """Record the resident's consent with the typed date and how it was given."""
        pid = self.plan_id
        if pid is None:
            return
        try:
            day = parse_date(self.consent_date.text(), self._session.ctx.today())
        except ValueError:
            text = self.consent_date.text()
            mark_invalid(self.consent_date, date_problem(text, self._session.ctx.today()))
            return
        clear_invalid(self.consent_date)
        how = self.consent_how.text()
        given = day or self._session.ctx.today()
        if (
            self._run(
                self.tr("Record consent"), lambda: self.service.record_consent(pid, given, how)
            )
            is not None
        ):
            self.consent_how.clear()

    def _withdraw_consent(self) -> None:
        pid = self.plan_id
        if pid is not None:
            self._run(self.tr("Consent withdrawn"), lambda: self.service.withdraw_consent(pid))

    def _set_status(self) -> None:
        pid, status = self.plan_id, self.status_combo.currentData()
        if pid is None or self._view is None or status == self._view.plan.status:
            return
        if (
            self._run(self.tr("Change status"), lambda: self.service.set_status(pid, status))
            is None
        ):
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._view.plan.status))

    def _start_plan(self) -> None:
        rid = self._resident_id
        if rid is not None:
            self._run(self.tr("Start individual plan"), lambda: self.service.create_plan(rid))

    def _approve(self) -> None:
        pid = self.plan_id
        if pid is not None:
            self._run(self.tr("Approve version"), lambda: self.service.approve_version(pid))

    # -- export ------------------------------------------------------------------------------

    def choose_export_path(self, suggested: str) -> Path | None:
        """Ask where to write the PDF (the folder plans went to last time); None cancels."""
        return choose_save_path(
            self,
            "plan",
            self.tr("Save the plan as PDF"),
            suggested,
            self.tr("PDF documents (*.pdf)"),
        )

    def open_file(self, path: Path) -> None:
        """Open a written PDF in the system's viewer, or say where it is."""
        open_written(self, path)

    def export(self, summary: bool = False) -> ExportResult | None:
        """Write the plan (or "My plan") as a PDF where the person chooses, then open it."""
        view = self._view
        if view is None:
            return None
        version = self.version_combo.currentData()
        stem = initials(view.content.resident_name)
        suffix = f"-v{version}" if version else ("-draft" if not view.is_approved_as_is else "")
        kind = self.tr("my-plan") if summary else self.tr("individual-plan")
        pid = view.plan.id
        result = export_document(
            self._session,
            kind="plan",
            suggested=f"{kind}-{stem}{suffix}.pdf",
            suffix=".pdf",
            choose=self.choose_export_path,
            write=lambda path: self.service.export_pdf(
                pid, path, version=version, summary=summary, translate=translate
            ),
            open_file=self.open_file,
        )
        if result is None:
            return None
        self.exported.emit(str(result.path))
        return result

    # -- selection helper --------------------------------------------------------------------

    def _select(self, table: QTableView, model: RowsModel, key: str | None) -> None:
        if key is None:
            return
        row = model.row_of(key)
        if row >= 0:
            table.setCurrentIndex(model.index(row, 0))


def _raise(error: Exception) -> Callable[[], Outcome]:
    def action() -> Outcome:
        raise error

    return action


def _esc(text: str) -> str:
    return html.escape(text)
