"""The plan editor: one resident's individual plan in its own full-width view.

The sections a) to i) are listed on the left, each with its checklist mark from the service's
view model, and shown one at a time on the right, so every field fits a 1024x768 screen without
scrolling sideways. Every change goes through :meth:`Session.run`: saved at once, undoable.
The header keeps the way back to the resident and the print button in sight.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.plan import Measure
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.services.plan import ExportResult, PlanService
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.export_flow import choose_save_path, export_document, initials, open_written
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import counted, format_date, tr_message, translate
from teamdesk.ui.common.widgets import CommitLineEdit, CommitTextEdit, allow, hint, named
from teamdesk.ui.plan.approval import ApprovalSection
from teamdesk.ui.plan.consent import ConsentSection
from teamdesk.ui.plan.contributions import ContributionsSection
from teamdesk.ui.plan.cooperation import CooperationSection
from teamdesk.ui.plan.coordinator import CoordinatorSection
from teamdesk.ui.plan.evaluation import EvaluationSection
from teamdesk.ui.plan.goals import GoalsSection
from teamdesk.ui.plan.measures import MeasuresSection
from teamdesk.ui.plan.participants import ParticipantsSection
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PLAN_TABLES, PlanState
from teamdesk.ui.session import Session

KEY_ROLE = Qt.ItemDataRole.UserRole


class PlanPage(QWidget):
    """The individual plan of one resident: sections a) to i), approval, versions, printing."""

    exported = Signal(str)
    """A PDF was written; carries its path."""
    prepare_meeting = Signal(str)
    """Prepare a meeting about this plan (issue 5); carries the plan's id."""
    back = Signal()
    """The person is done with the plan and goes back to the resident."""

    def __init__(
        self, session: Session, resident_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self._session = session
        self.state = PlanState(session)
        self.service = self.state.service
        self._shown_plan_id: str | None = None
        self._build()
        session.changed.connect(self._on_changed)
        self.show_resident(resident_id)

    @property
    def plan_id(self) -> str | None:
        return self.state.plan_id

    @property
    def _view(self) -> PlanView | None:
        return self.state.view

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        outer.addWidget(self._stack)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_hint = named(hint(""), "planEmptyHint", self.tr("No individual plan"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = named(
            QPushButton(self.tr("&Start an individual plan")),
            "startPlanButton",
            self.tr("Start an individual plan"),
        )
        self.start_button.clicked.connect(self._start_plan)
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
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        column.addLayout(body, 1)

        state = self.state
        self.goals = GoalsSection(state)
        self.participants = ParticipantsSection(state)
        self.coordinator = CoordinatorSection(state)
        self.contributions = ContributionsSection(state)
        self.measures = MeasuresSection(state)
        self.evaluation = EvaluationSection(state)
        self.consent = ConsentSection(state)
        self.cooperation = CooperationSection(state)
        self.approval = ApprovalSection(
            state,
            lambda: self.export(summary=True),
            lambda: self.prepare_meeting.emit(self.plan_id) if self.plan_id else None,
        )
        self.sections: list[PlanSectionWidget] = [
            self.goals,
            self.participants,
            self.coordinator,
            self.contributions,
            self.measures,
            self.evaluation,
            self.consent,
            self.cooperation,
            self.approval,
        ]
        self.goals.goals_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.measures.follow_goal(
                goal.id if (goal := self.goals.selected_goal()) else None
            )
        )

        self.navigation = named(QListWidget(), "planSections", self.tr("Parts of the plan"))
        self.navigation.setWordWrap(True)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(230)
        self.navigation.setSpacing(1)
        self.navigation.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.section_stack = QStackedWidget()
        self.section_stack.setObjectName("planSectionStack")
        for section in self.sections:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, section.key)
            self.navigation.addItem(item)
            scroll = QScrollArea()
            scroll.setObjectName(f"planSectionScroll_{section.key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self.section_stack.addWidget(scroll)
        self.navigation.currentRowChanged.connect(self._show_section)
        self.navigation.setCurrentRow(0)
        body.addWidget(self.navigation, 1)
        body.addWidget(self.section_stack, 4)

        # The handles tests and the window reach for, kept on the editor itself.
        self.new_goal = self.goals.new_goal
        self.goals_model = self.goals.goals_model
        self.goals_table = self.goals.goals_table
        self.new_measure = self.measures.new_measure
        self.measures_model = self.measures.measures_model
        self.measures_table = self.measures.measures_table
        self.measure_extent = self.measures.measure_extent
        self.measure_goal = self.measures.measure_goal
        self.measure_responsible = self.measures.measure_responsible
        self.coordinator_combo = self.coordinator.coordinator_combo
        self.candidate_hint = self.coordinator.candidate_hint
        self.coordinator_findings = self.coordinator.coordinator_findings
        self.checklist = self.approval.checklist
        self.approve_button = self.approval.approve_button
        self.changes_label = self.approval.changes_label
        self.status_combo = self.approval.status_combo
        self.version_combo = self.approval.version_combo
        self.export_summary_button = self.approval.export_summary_button
        self.prepare_meeting_button = self.approval.prepare_meeting_button
        self.plan_fields: dict[str, CommitLineEdit | CommitTextEdit] = {}
        for section in self.sections:
            self.plan_fields.update(section.plan_fields)

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("planHeader")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(8, 6, 8, 6)
        self.back_button = named(
            QPushButton(self.tr("← &Back to the resident")),
            "planBackButton",
            self.tr("Back to the resident and the list of residents"),
        )
        self.back_button.clicked.connect(self.back)
        layout.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = named(QLabel(), "planTitle", self.tr("Individual plan"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.version_label = named(QLabel(), "planVersion", self.tr("Version and status"))
        self.version_label.setWordWrap(True)
        self.version_label.setProperty("role", "hint")
        titles.addWidget(self.title)
        titles.addWidget(self.version_label)
        layout.addLayout(titles, 1)
        self.export_button = named(
            QPushButton(self.tr("&Print plan (PDF)…")),
            "exportPlanButton",
            self.tr("Write the plan as a PDF and open it"),
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export(summary=False))
        layout.addWidget(self.export_button)
        return header

    # -- navigation ----------------------------------------------------------------------------

    def _show_section(self, row: int) -> None:
        if row >= 0:
            self.section_stack.setCurrentIndex(row)

    def open_section(self, key: str) -> PlanSectionWidget:
        """Show the section ``key`` ("a", "b", ... "ef", ..., "approval") and return it."""
        for row, section in enumerate(self.sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return section
        raise KeyError(key)

    def current_section(self) -> PlanSectionWidget:
        return self.sections[self.section_stack.currentIndex()]

    def _mark_sections(self, view: PlanView) -> None:
        """Each entry says its part and whether the regulation's content is in place."""
        for row, section in enumerate(self.sections):
            item = self.navigation.item(row)
            if section.key == "approval":
                complete = view.completeness.complete
                text = self.tr("Status, approval and versions")
                warns = False
            else:
                info = view.section(section.key)
                complete, warns, text = info.complete, info.warns, translate(info.heading)
            mark = "✔" if complete else "✘"
            state = (
                self.tr("missing something")
                if not complete
                else self.tr("complete, with a note")
                if warns
                else self.tr("complete")
            )
            item.setText(f"{mark} {text}")
            item.setToolTip(state)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}: {state}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
            colour = "#b02a37" if not complete else "#8a6d00" if warns else "#1b5e20"
            item.setForeground(QBrush(QColor(colour)))

    # -- showing -------------------------------------------------------------------------------

    def resident_id(self) -> str | None:
        return self.state.resident_id

    def show_resident(self, resident_id: str | None) -> None:
        """Show the plan of ``resident_id`` (None: an empty page)."""
        self.state.resident_id = resident_id
        self.state.view = None
        self.state.staff = []
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if self.state.resident_id and tables & PLAN_TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read the plan again and show it; fields being typed in keep their text."""
        state, session = self.state, self._session
        rid = state.resident_id
        if rid is None:
            self.empty_hint.setText(self.tr("Choose a resident to see their individual plan."))
            self.start_button.hide()
            self._stack.setCurrentIndex(0)
            return
        plan = session.read(lambda: self.service.plan_of_resident(rid), None)
        if plan is None:
            state.view = None
            resident = session.read(lambda: session.team.resident(rid), None)
            name = resident.display_name if resident else ""
            if self._shared_plan():
                missing = self.tr("{name} has no shared development plan yet.")
                start = self.tr("&Start a shared development plan")
            else:
                missing = self.tr("{name} has no individual plan yet.")
                start = self.tr("&Start an individual plan")
            self.empty_hint.setText(missing.format(name=name))
            self.start_button.setText(start)
            self.start_button.setAccessibleName(start.replace("&", ""))
            self.start_button.show()
            why_not = session.read(self.service.why_not_start, None)
            allow(self.start_button, tr_message(why_not) if why_not else None)
            self._stack.setCurrentIndex(0)
            return
        view = session.read(lambda: self.service.page(plan.id), None)
        if view is None:
            return
        if not state.staff:
            # The pickers offer the staff of the resident's own unit, not the municipality's.
            unit_id = session.read(lambda: session.team.resident(rid).unit_id, None)
            state.staff = session.read(
                lambda: session.team.staff(include_inactive=False, unit_id=unit_id), []
            )
        state.view = view
        state.loading = True
        try:
            self._show(view)
        finally:
            state.loading = False
        self._stack.setCurrentIndex(1)

    def _arrange(self, keys: list[str]) -> None:
        """Put the sections in the order of the house's plan profile (``keys``; the approval
        part last), keeping the one the person is on."""
        order = {key: i for i, key in enumerate(keys)}
        wanted = sorted(self.sections, key=lambda s: order.get(s.key, len(order)))
        if wanted == self.sections:
            return
        current = self.current_section()
        scrolls: dict[str, QWidget] = {}
        for i, section in enumerate(self.sections):
            scroll = self.section_stack.widget(i)
            assert scroll is not None
            scrolls[section.key] = scroll
        self.navigation.blockSignals(True)
        try:
            for scroll in scrolls.values():
                self.section_stack.removeWidget(scroll)
            self.navigation.clear()
            self.sections = wanted
            for section in wanted:
                item = QListWidgetItem()
                item.setData(KEY_ROLE, section.key)
                self.navigation.addItem(item)
                self.section_stack.addWidget(scrolls[section.key])
            row = wanted.index(current)
            self.navigation.setCurrentRow(row)
            self.section_stack.setCurrentIndex(row)
        finally:
            self.navigation.blockSignals(False)

    def _show(self, view: PlanView) -> None:
        content = view.content
        self._arrange([s.key for s in view.sections])
        self.title.setText(
            self.tr("{plan} of {name}").format(
                plan=translate(view.profile.plan_title), name=content.resident_name
            )
        )
        self.version_label.setText(self._version_text(view))
        reason = tr_message(view.why_not_edit) if view.why_not_edit else None
        same_plan = view.plan.id == self._shown_plan_id
        keys = {s.key for s in view.sections}
        for section in self.sections:
            section.set_edit_reason(reason)
            if section.key in keys:
                section.show_section(view.section(section.key))
            section.show_view(view)
            section.show_plan_fields(view, same_plan)
        self._shown_plan_id = view.plan.id
        self._mark_sections(view)

    def _version_text(self, view: PlanView) -> str:
        latest = view.latest_version
        if latest is None:
            return self.tr("Draft: not approved yet.")
        text = self.tr("Version {number}, approved {date} by {who}.").format(
            number=latest.number, date=format_date(latest.approved_on), who=latest.approved_by
        )
        if view.unapproved_changes:
            changes = len(view.unapproved_changes)
            text += " " + counted(
                self.tr("%n change(s) since, not approved yet.", "", changes), changes
            )
        return text

    def selected_measure(self) -> Measure | None:
        return self.measures.selected_measure()

    # -- changing ------------------------------------------------------------------------------

    def _shared_plan(self) -> bool:
        """Whether the house writes the Danish shared development plan (its plan profile)."""
        profile = self._session.read(self.service.plan_profile, None)
        return profile is PlanProfile.SHARED_DEVELOPMENT_PLAN

    def _start_plan(self) -> None:
        rid = self.state.resident_id
        if rid is not None:
            what = (
                self.tr("Start shared development plan")
                if self._shared_plan()
                else self.tr("Start individual plan")
            )
            self.state.run(what, lambda: self.service.create_plan(rid))

    # -- export --------------------------------------------------------------------------------

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

    def export(self, summary: bool = False) -> Operation[ExportResult] | None:
        """Write the plan (or "My plan") as a PDF where the person chooses, off the GUI
        thread, then open it; returns the running operation (None when nothing started)."""
        view = self.state.view
        if view is None:
            return None
        version = self.version_combo.currentData()
        stem = initials(view.content.resident_name)
        suffix = f"-v{version}" if version else ("-draft" if not view.is_approved_as_is else "")
        kind = self.tr("my-plan") if summary else self.tr("individual-plan")
        pid = view.plan.id
        return export_document(
            self._session,
            kind="plan",
            suggested=f"{kind}-{stem}{suffix}.pdf",
            suffix=".pdf",
            choose=self.choose_export_path,
            write=lambda ctx, path: PlanService(ctx).export_pdf(
                pid, path, version=version, summary=summary, translate=translate
            ),
            open_file=self.open_file,
            on_written=lambda result: self.exported.emit(str(result.path)),
        )
