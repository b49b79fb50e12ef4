"""The Coordinators page: the leader's overview of every coordinator (gaps first) with their
training and mentor, mentorships with their guidance sessions, and coordinator networks.

Every change goes through :meth:`Session.run`: saved when made, on the window's undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Severity
from teamdesk.domain.mentoring import (
    CoordinatorNetwork,
    CoordinatorOverviewRow,
    GuidanceSession,
    MentorSuggestion,
    NetworkMeeting,
    course_label,
)
from teamdesk.domain.plan import Training
from teamdesk.domain.team import Staff
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.exports import DocumentExport
from teamdesk.services.mentoring import (
    MentoringService,
    MentorshipRefused,
    MentorshipRow,
    NetworkDetail,
)
from teamdesk.services.team import Outcome
from teamdesk.ui.common.export_flow import choose_save_path, export_document, open_written
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import (
    counted,
    date_problem,
    format_date,
    parse_date,
    refusal_text,
    tr_message,
    translate,
)
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    DateEdit,
    clear_invalid,
    hint,
    mark_invalid,
    named,
    pass_undo_to_window,
)
from teamdesk.ui.people.resident_page import configure_table, fit_rows, select_row
from teamdesk.ui.session import Session

MENTORING_TABLES = frozenset(
    {
        "training",
        "mentorship",
        "guidance_session",
        "coordinator_network",
        "network_member",
        "network_meeting",
        "network_attendance",
        "plan",
        "plan_goal",
        "case_role",
        "staff",
        "setting",
    }
)
Member = tuple[Any, Staff]


def _raise(error: Exception) -> Callable[[], Outcome]:
    def action() -> Outcome:
        raise error

    return action


def _table(model: RowsModel, name: str, accessible: str, stretch: int) -> QTableView:
    view = named(QTableView(), name, accessible)
    view.setModel(model)
    configure_table(view)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _fit_combo(combo: QComboBox, characters: int) -> None:
    """Let a combo box be as narrow as ``characters`` letters: by default its longest item
    (a course's full name) sets its least width and pushes the buttons beside it out of sight."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def _button(text: str, name: str, accessible: str, slot: Callable[[], Any]) -> QPushButton:
    button = named(QPushButton(text), name, accessible)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _selected(table: QTableView, model: RowsModel) -> Any:
    index = table.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def _day(edit: QLineEdit, today: date) -> date | None:
    """The date typed in ``edit``, or None (and the field marked) when it is not one."""
    try:
        day = parse_date(edit.text(), today)
    except ValueError:
        day = None
    if day is None:
        mark_invalid(edit, date_problem(edit.text(), today))
    else:
        clear_invalid(edit)
    return day


class PairingPanel(QGroupBox):
    """Suggest a mentor for someone and pair them: eligible mentors ranked with the reason, or
    anyone else with a leader's written reason."""

    def __init__(self, session: Session, service: MentoringService, name: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Mentor"))
        self.setObjectName(name)
        self._session = session
        self.service = service
        self._mentee: Staff | None = None
        layout = QVBoxLayout(self)
        self.current = named(QLabel(), f"{name}Current", self.tr("Current mentor"))
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        self.suggest_button = _button(
            self.tr("&Suggest a mentor"),
            f"{name}SuggestButton",
            self.tr("Suggest eligible mentors, with the reason for each"),
            self.suggest,
        )
        layout.addWidget(self.suggest_button)
        self.model = RowsModel(
            [
                Column(self.tr("Mentor"), lambda s: s.staff.name),
                Column(self.tr("Why"), lambda s: tr_message(s.reason)),
            ],
            key=lambda s: s.staff.id,
            parent=self,
        )
        self.table = _table(self.model, f"{name}Suggestions", self.tr("Suggested mentors"), 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._suggestion_chosen())
        layout.addWidget(self.table)
        self.none_hint = hint(self.tr("Nobody eligible has a free place."))
        layout.addWidget(self.none_hint)
        # Mentor and focus each on a line of their own, Pair under them: one row of all three
        # pushed Pair out of sight in a narrow pane (issue 10, row 9).
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mentor_combo = named(QComboBox(), f"{name}MentorCombo", self.tr("Mentor to pair with"))
        _fit_combo(self.mentor_combo, 16)
        self.focus = named(QLineEdit(), f"{name}FocusEdit", self.tr("Focus of the guidance"))
        self.focus.setPlaceholderText(self.tr("e.g. consent and the first meeting"))
        self.pair_button = _button(
            self.tr("&Pair"),
            f"{name}PairButton",
            self.tr("Start the mentorship with the chosen mentor"),
            self.pair,
        )
        form.addRow(self.tr("Mentor"), self.mentor_combo)
        form.addRow(self.tr("Focus"), self.focus)
        layout.addLayout(form)
        pair_row = QHBoxLayout()
        pair_row.addStretch(1)
        pair_row.addWidget(self.pair_button)
        layout.addLayout(pair_row)
        self.table.hide()
        self.none_hint.hide()

    def set_mentee(self, mentee: Staff | None, current_mentor: str, staff: list[Staff]) -> None:
        changed = mentee is None or self._mentee is None or mentee.id != self._mentee.id
        self._mentee = mentee
        may = self._session.ctx.can(Permission.MANAGE_MENTORING)
        if mentee is None:
            self.current.setText(self.tr("Choose someone to find a mentor for."))
        elif current_mentor:
            self.current.setText(
                self.tr("{mentee} is guided by {mentor}.").format(
                    mentee=mentee.name, mentor=current_mentor
                )
            )
        else:
            self.current.setText(self.tr("{mentee} has no mentor.").format(mentee=mentee.name))
        if changed:
            self.model.set_rows([])
            self.table.hide()
            self.none_hint.hide()
        current = self.mentor_combo.currentData()
        self.mentor_combo.clear()
        for s in staff:
            if mentee is None or s.id != mentee.id:
                self.mentor_combo.addItem(s.name, s.id)
        index = self.mentor_combo.findData(current)
        self.mentor_combo.setCurrentIndex(max(index, 0) if self.mentor_combo.count() else -1)
        enabled = may and mentee is not None and not current_mentor
        for w in (self.suggest_button, self.mentor_combo, self.focus, self.pair_button):
            w.setEnabled(enabled)

    def suggest(self) -> list[MentorSuggestion]:
        mentee = self._mentee
        if mentee is None:
            return []
        found: list[MentorSuggestion] = self._session.read(
            lambda: self.service.suggest_mentors(mentee.id), []
        )
        self.model.set_rows(found)
        fit_rows(self.table, 1, 6)
        self.table.setVisible(bool(found))
        self.none_hint.setVisible(not found)
        if found:
            select_row(self.table, 0)
        self._bring_pair_into_view()
        return found

    def _bring_pair_into_view(self) -> None:
        """After the suggestions grew the panel, scroll so that Pair is in sight."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            arranged = content.layout() if content is not None else None
            if arranged is not None:
                arranged.activate()  # place the grown panel now, not at the next paint
            parent.ensureWidgetVisible(self.pair_button, 8, 8)

    def _suggestion_chosen(self) -> None:
        chosen: MentorSuggestion | None = _selected(self.table, self.model)
        if chosen is not None:
            index = self.mentor_combo.findData(chosen.staff.id)
            if index >= 0:
                self.mentor_combo.setCurrentIndex(index)

    def ask_approval_reason(self, explanation: str) -> str | None:
        """Ask a leader why this mentor may guide anyway; None cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Approve this mentor?"),
            explanation
            + "\n\n"
            + self.tr(
                "To pair them anyway, write why. The reason is kept on the mentorship and in "
                "the audit log."
            ),
        )
        return text.strip() if ok and text.strip() else None

    def pair(self) -> Outcome | None:
        mentee, mentor_id = self._mentee, self.mentor_combo.currentData()
        if mentee is None or not mentor_id:
            return None
        focus = self.focus.text()
        mentor_name = self.mentor_combo.currentText()
        what = self.tr("Pair {mentee} with {mentor}").format(mentee=mentee.name, mentor=mentor_name)
        try:
            outcome = self.service.start_mentorship(mentor_id, mentee.id, focus=focus)
        except MentorshipRefused as refused:
            if not refused.can_approve:
                self._session.run(what, _raise(refused))
                return None
            reason = self.ask_approval_reason(refusal_text(refused))
            if reason is None:
                return None
            result = self._session.run(
                what,
                lambda: self.service.start_mentorship(
                    mentor_id, mentee.id, focus=focus, approval_reason=reason
                ),
            )
            if result is not None:
                self.focus.clear()
            return result
        except (ServiceError, StoreError) as error:
            self._session.run(what, _raise(error))
            return None
        self.focus.clear()
        return self._session.run(what, lambda: outcome)


class CoordinatorsView(QWidget):
    """Coordinators: the leader's overview, mentorships and networks, on three tabs."""

    open_staff = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coordinatorsView")
        self._session = session
        self._settings = settings
        self.service = MentoringService(session.ctx)
        self._stale = True
        self._staff: list[Staff] | None = None
        self._chosen_staff: str | None = None
        self._chosen_mentorship: str | None = None
        self._chosen_network: str | None = None
        self._network: NetworkDetail | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)
        self.tabs = named(QTabWidget(), "coordinatorsTabs", self.tr("Coordinators"))
        self.tabs.addTab(self._build_overview(), self.tr("&Overview"))
        self.tabs.addTab(self._build_mentorships(), self.tr("&Mentorships"))
        self.tabs.addTab(self._build_networks(), self.tr("&Networks"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        session.changed.connect(self._on_changed)

    @property
    def may_manage(self) -> bool:
        return self._session.ctx.can(Permission.MANAGE_MENTORING)

    # -- building: overview ------------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        page = QWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("coordinatorsSplitter")
        self.overview_splitter = splitter
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.overview_hint = named(
            hint(
                self.tr(
                    "Every coordinator with their plans, training, mentor, role conflicts and "
                    "overdue evaluations; those with gaps first. Choose one to record a course "
                    "or find a mentor."
                )
            ),
            "overviewHint",
            self.tr("About the overview"),
        )
        left_layout.addWidget(self.overview_hint)
        self.overview_model = RowsModel(
            [
                Column(self.tr("Coordinator"), lambda r: r.staff.name),
                Column(self.tr("Unit"), lambda r: r.record.unit_name),
                Column(self.tr("Plans"), lambda r: str(r.record.living_plans)),
                Column(
                    self.tr("Course"),
                    lambda r: format_date(r.trained_on) if r.trained_on else self.tr("no"),
                ),
                Column(self.tr("Mentor"), lambda r: r.record.mentor_name or "—"),
                Column(
                    self.tr("Conflicts"),
                    lambda r: str(len(r.record.role_conflicts)) if r.record.role_conflicts else "",
                ),
                Column(
                    self.tr("Overdue"),
                    lambda r: (
                        str(r.record.overdue_evaluations) if r.record.overdue_evaluations else ""
                    ),
                ),
                Column(
                    self.tr("Gaps"),
                    lambda r: "; ".join(
                        tr_message(g.message) for g in r.gaps if g.severity is not Severity.INFO
                    ),
                    tooltip=lambda r: "\n".join(tr_message(g.message) for g in r.gaps),
                ),
            ],
            key=lambda r: r.staff.id,
            kind=self._overview_kind,
            parent=self,
        )
        self.overview_table = _table(
            self.overview_model, "coordinatorOverviewTable", self.tr("Coordinator overview"), 7
        )
        self.overview_table.horizontalHeader().setSectionResizeMode(
            7, QHeaderView.ResizeMode.Interactive
        )
        self.overview_table.horizontalHeader().setStretchLastSection(True)
        self.overview_table.setWordWrap(False)
        self.overview_table.selectionModel().currentRowChanged.connect(self._coordinator_chosen)
        left_layout.addWidget(self.overview_table, 1)
        self.overview_count = named(QLabel(), "overviewCount", self.tr("How many coordinators"))
        self.overview_count.setProperty("role", "hint")
        left_layout.addWidget(self.overview_count)
        # Issue 15: teams whose collaboration nobody has checked in on for half a year.
        self.stale_checkins = named(
            QLabel(), "staleCheckins", self.tr("Teams without a check-in for six months")
        )
        self.stale_checkins.setProperty("role", "warnings")
        self.stale_checkins.setWordWrap(True)
        self.stale_checkins.hide()
        left_layout.addWidget(self.stale_checkins)
        exports = QHBoxLayout()
        self.export_pdf_button = _button(
            self.tr("Export as P&DF…"),
            "exportOverviewPdfButton",
            self.tr("Write the overview as a PDF and open it"),
            lambda: self.export_overview("pdf"),
        )
        self.export_csv_button = _button(
            self.tr("Export as &CSV…"),
            "exportOverviewCsvButton",
            self.tr("Write the overview as a CSV file for a spreadsheet"),
            lambda: self.export_overview("csv"),
        )
        exports.addWidget(self.export_pdf_button)
        exports.addWidget(self.export_csv_button)
        exports.addStretch(1)
        left_layout.addLayout(exports)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 12, 12)
        self.coordinator_title = named(QLabel(), "coordinatorTitle", self.tr("Coordinator"))
        self.coordinator_title.setProperty("role", "title")
        right_layout.addWidget(self.coordinator_title)
        self.coordinator_gaps = named(QLabel(), "coordinatorGaps", self.tr("Gaps"))
        self.coordinator_gaps.setProperty("role", "warnings")
        self.coordinator_gaps.setWordWrap(True)
        self.coordinator_gaps.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.coordinator_gaps)
        right_layout.addWidget(self._build_training())
        self.overview_pairing = PairingPanel(self._session, self.service, "overviewPairing")
        right_layout.addWidget(self.overview_pairing)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        self._overview_stack = QStackedWidget()
        self.overview_empty = named(
            hint(self.tr("Choose a coordinator in the list.")),
            "coordinatorEmptyHint",
            self.tr("No coordinator chosen"),
        )
        self.overview_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._overview_stack.addWidget(self.overview_empty)
        self._overview_stack.addWidget(scroll)
        splitter.addWidget(self._overview_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 560])
        splitter.setChildrenCollapsible(False)
        state = self._settings.value("coordinators/splitter")
        if state is not None:
            splitter.restoreState(state)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _build_training(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training"))
        box.setObjectName("trainingBox")
        layout = QVBoxLayout(box)
        self.training_model = RowsModel(
            [
                Column(self.tr("Course"), lambda t: translate(course_label(t.course))),
                Column(self.tr("Completed"), lambda t: format_date(t.completed_on)),
                Column(self.tr("Given by"), lambda t: t.provider),
            ],
            key=lambda t: t.id,
            parent=self,
        )
        self.training_table = _table(self.training_model, "trainingTable", self.tr("Courses"), 0)
        self.training_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_training_buttons()
        )
        layout.addWidget(self.training_table)
        self.training_empty = hint(self.tr("No course recorded."))
        layout.addWidget(self.training_empty)
        form = QFormLayout()
        self.course_combo = named(QComboBox(), "courseCombo", self.tr("Course"))
        self.course_combo.setEditable(True)
        self.course_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _fit_combo(self.course_combo, 16)
        self.course_date = named(DateEdit(), "courseDateEdit", self.tr("Completed on"))
        self.course_date.setPlaceholderText(self.tr("Completed on"))
        self.course_provider = named(QLineEdit(), "courseProviderEdit", self.tr("Given by"))
        self.course_provider.setPlaceholderText(self.tr("Given by (optional)"))
        self.record_course_button = _button(
            self.tr("&Record course"),
            "recordCourseButton",
            self.tr("Record the completed course"),
            self.record_course,
        )
        form.addRow(self.tr("Course"), self.course_combo)
        form.addRow(self.tr("Completed on"), self.course_date.field)
        form.addRow(self.tr("Given by"), self.course_provider)
        layout.addLayout(form)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.record_course_button)
        remove_row.addStretch(1)
        self.remove_course_button = _button(
            self.tr("Remove the chosen course"),
            "removeCourseButton",
            self.tr("Remove the chosen course record"),
            self._remove_course,
        )
        remove_row.addWidget(self.remove_course_button)
        layout.addLayout(remove_row)
        return box

    # -- building: mentorships ---------------------------------------------------------------

    def _build_mentorships(self) -> QWidget:
        page = QWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.show_ended = named(
            QCheckBox(self.tr("Show ended mentorships")),
            "showEndedMentorships",
            self.tr("Show ended mentorships"),
        )
        self.show_ended.toggled.connect(lambda _c: self.reload())
        left_layout.addWidget(self.show_ended)
        self.mentorships_model = RowsModel(
            [
                Column(self.tr("Mentor"), lambda r: r.mentor_name),
                Column(self.tr("Mentee"), lambda r: r.mentee_name),
                Column(self.tr("From"), lambda r: format_date(r.mentorship.start)),
                Column(self.tr("To"), lambda r: format_date(r.mentorship.end)),
                Column(self.tr("Sessions"), lambda r: str(r.sessions)),
                Column(self.tr("Focus"), lambda r: r.mentorship.focus),
            ],
            key=lambda r: r.id,
            kind=lambda r: (
                RowKind.NORMAL if r.mentorship.is_open(self._session.ctx.today()) else RowKind.MUTED
            ),
            parent=self,
        )
        self.mentorships_table = _table(
            self.mentorships_model, "mentorshipsTable", self.tr("Mentorships"), 5
        )
        self.mentorships_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._mentorship_chosen()
        )
        left_layout.addWidget(self.mentorships_table, 1)
        new_box = QGroupBox(self.tr("A new mentorship"))
        new_layout = QVBoxLayout(new_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Who needs a mentor:")))
        self.mentee_combo = named(QComboBox(), "menteeCombo", self.tr("Who needs a mentor"))
        self.mentee_combo.setPlaceholderText(self.tr("Choose a staff member"))
        self.mentee_combo.activated.connect(lambda _i: self._mentee_chosen())
        pick.addWidget(self.mentee_combo, 1)
        new_layout.addLayout(pick)
        self.new_pairing = PairingPanel(self._session, self.service, "newPairing")
        new_layout.addWidget(self.new_pairing)
        left_layout.addWidget(new_box)
        splitter.addWidget(left)

        right = QWidget()
        self._mentorship_stack = QStackedWidget()
        empty = named(
            hint(self.tr("Choose a mentorship to see and log its guidance sessions.")),
            "mentorshipEmptyHint",
            self.tr("No mentorship chosen"),
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._mentorship_stack.addWidget(empty)
        self._mentorship_stack.addWidget(right)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 8, 12, 12)
        self.mentorship_title = named(QLabel(), "mentorshipTitle", self.tr("Mentorship"))
        self.mentorship_title.setProperty("role", "title")
        self.mentorship_title.setWordWrap(True)
        layout.addWidget(self.mentorship_title)
        self.mentorship_note = named(QLabel(), "mentorshipNote", self.tr("About the mentorship"))
        self.mentorship_note.setProperty("role", "hint")
        self.mentorship_note.setWordWrap(True)
        layout.addWidget(self.mentorship_note)
        form = QFormLayout()
        self.focus_edit = named(CommitLineEdit(), "mentorshipFocusEdit", self.tr("Focus"))
        self.focus_edit.editingFinished.connect(self._commit_focus)
        form.addRow(self.tr("Focus"), self.focus_edit)
        end_row = QHBoxLayout()
        self.end_edit = named(DateEdit(), "mentorshipEndEdit", self.tr("Ends on"))
        self.end_edit.setPlaceholderText(self.tr("Open-ended"))
        self.end_edit.editingFinished.connect(self._commit_end)
        self.end_button = _button(
            self.tr("&End the mentorship"),
            "endMentorshipButton",
            self.tr("End the mentorship from today"),
            self._end_mentorship,
        )
        end_row.addWidget(self.end_edit.field, 1)
        end_row.addWidget(self.end_button)
        form.addRow(self.tr("Ends on"), end_row)
        layout.addLayout(form)
        sessions = QGroupBox(self.tr("Guidance sessions"))
        sessions.setObjectName("sessionsBox")
        s_layout = QVBoxLayout(sessions)
        self.sessions_model = RowsModel(
            [
                Column(self.tr("Date"), lambda s: format_date(s.held_on)),
                Column(self.tr("Minutes"), lambda s: str(s.minutes)),
                Column(self.tr("Topics"), lambda s: s.topics),
                Column(self.tr("Notes"), lambda s: s.notes),
            ],
            key=lambda s: s.id,
            parent=self,
        )
        self.sessions_table = _table(
            self.sessions_model, "sessionsTable", self.tr("Guidance sessions"), 3
        )
        self.sessions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_mentorship_buttons()
        )
        s_layout.addWidget(self.sessions_table)
        add = QHBoxLayout()
        self.session_date = named(DateEdit(), "sessionDateEdit", self.tr("Date of the session"))
        self.session_date.setPlaceholderText(self.tr("Date"))
        self.session_date.setMaximumWidth(120)
        self.session_minutes = named(QSpinBox(), "sessionMinutesSpin", self.tr("Length in minutes"))
        self.session_minutes.setRange(5, 600)
        self.session_minutes.setSingleStep(15)
        self.session_minutes.setValue(60)
        self.session_minutes.setSuffix(self.tr(" min"))
        pass_undo_to_window(self.session_minutes)
        self.session_topics = named(QLineEdit(), "sessionTopicsEdit", self.tr("Topics"))
        self.session_topics.setPlaceholderText(self.tr("Topics"))
        self.session_notes = named(QLineEdit(), "sessionNotesEdit", self.tr("Notes"))
        self.session_notes.setPlaceholderText(self.tr("Notes"))
        self.session_notes.returnPressed.connect(self.log_session)
        self.log_session_button = _button(
            self.tr("&Log session"),
            "logSessionButton",
            self.tr("Log the guidance session"),
            self.log_session,
        )
        add.addWidget(self.session_date.field)
        add.addWidget(self.session_minutes)
        add.addWidget(self.session_topics, 2)
        add.addWidget(self.session_notes, 3)
        add.addWidget(self.log_session_button)
        s_layout.addLayout(add)
        remove = QHBoxLayout()
        remove.addStretch(1)
        self.remove_session_button = _button(
            self.tr("Remove the chosen session"),
            "removeSessionButton",
            self.tr("Remove the chosen guidance session"),
            self._remove_session,
        )
        remove.addWidget(self.remove_session_button)
        s_layout.addLayout(remove)
        layout.addWidget(sessions)
        layout.addStretch(1)
        splitter.addWidget(self._mentorship_stack)
        splitter.setSizes([640, 720])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        return page

    # -- building: networks ------------------------------------------------------------------

    def _build_networks(self) -> QWidget:
        page = QWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(
            hint(self.tr("Coordinators meet in networks for guidance and to share experience."))
        )
        self.networks_model = RowsModel(
            [Column(self.tr("Network"), lambda n: n.name)], key=lambda n: n.id, parent=self
        )
        self.networks_table = _table(self.networks_model, "networksTable", self.tr("Networks"), 0)
        self.networks_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._network_chosen()
        )
        left_layout.addWidget(self.networks_table, 1)
        add = QHBoxLayout()
        self.new_network = named(QLineEdit(), "newNetworkEdit", self.tr("Name of a new network"))
        self.new_network.setPlaceholderText(self.tr("Name of a new network"))
        self.new_network.returnPressed.connect(self.add_network)
        self.add_network_button = _button(
            self.tr("Add network"), "addNetworkButton", self.tr("Add network"), self.add_network
        )
        add.addWidget(self.new_network, 1)
        add.addWidget(self.add_network_button)
        left_layout.addLayout(add)
        splitter.addWidget(left)

        right = QWidget()
        self._network_stack = QStackedWidget()
        empty = named(
            hint(self.tr("Choose a network, or add one.")),
            "networkEmptyHint",
            self.tr("No network chosen"),
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._network_stack.addWidget(empty)
        self._network_stack.addWidget(right)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 8, 12, 12)
        self.network_title = named(QLabel(), "networkTitle", self.tr("Network"))
        self.network_title.setProperty("role", "title")
        layout.addWidget(self.network_title)
        self.network_description = named(
            CommitLineEdit(), "networkDescriptionEdit", self.tr("About the network")
        )
        self.network_description.setPlaceholderText(self.tr("How often it meets, and what for"))
        self.network_description.editingFinished.connect(self._commit_description)
        layout.addWidget(self.network_description)
        columns = QHBoxLayout()
        members = QGroupBox(self.tr("Members"))
        members.setObjectName("networkMembersBox")
        m_layout = QVBoxLayout(members)
        self.members_model = RowsModel(
            [
                Column(self.tr("Name"), lambda m: m[1].name),
                Column(self.tr("Came"), self._rate_text),
            ],
            key=lambda m: m[0].id,
            parent=self,
        )
        self.members_table = _table(
            self.members_model, "networkMembersTable", self.tr("Members"), 0
        )
        m_layout.addWidget(self.members_table)
        member_row = QHBoxLayout()
        self.member_picker = named(QComboBox(), "networkMemberPicker", self.tr("Staff to add"))
        self.add_member_button = _button(
            self.tr("Add"),
            "addNetworkMemberButton",
            self.tr("Add to the network"),
            self._add_member,
        )
        self.remove_member_button = _button(
            self.tr("Remove"),
            "removeNetworkMemberButton",
            self.tr("Take the chosen member off the network"),
            self._remove_member,
        )
        member_row.addWidget(self.member_picker, 1)
        member_row.addWidget(self.add_member_button)
        member_row.addWidget(self.remove_member_button)
        m_layout.addLayout(member_row)
        m_layout.addStretch(1)
        columns.addWidget(members, 1)
        meetings = QGroupBox(self.tr("Meetings and attendance"))
        meetings.setObjectName("networkMeetingsBox")
        n_layout = QVBoxLayout(meetings)
        self.network_meetings_model = RowsModel(
            [
                Column(self.tr("Date"), lambda m: format_date(m.held_on)),
                Column(self.tr("Topic"), lambda m: m.topic),
                Column(self.tr("Place"), lambda m: m.place),
            ],
            key=lambda m: m.id,
            kind=lambda m: (
                RowKind.MUTED if m.held_on < self._session.ctx.today() else RowKind.NORMAL
            ),
            parent=self,
        )
        self.network_meetings_table = _table(
            self.network_meetings_model, "networkMeetingsTable", self.tr("Network meetings"), 1
        )
        self.network_meetings_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_attendance()
        )
        n_layout.addWidget(self.network_meetings_table)
        meeting_row = QHBoxLayout()
        self.network_meeting_date = named(DateEdit(), "networkMeetingDateEdit", self.tr("Date"))
        self.network_meeting_date.setPlaceholderText(self.tr("Date"))
        self.network_meeting_date.setMaximumWidth(120)
        self.network_meeting_topic = named(QLineEdit(), "networkMeetingTopicEdit", self.tr("Topic"))
        self.network_meeting_topic.setPlaceholderText(self.tr("Topic"))
        self.network_meeting_topic.returnPressed.connect(self.add_network_meeting)
        self.add_network_meeting_button = _button(
            self.tr("Add meeting"),
            "addNetworkMeetingButton",
            self.tr("Add a meeting date"),
            self.add_network_meeting,
        )
        meeting_row.addWidget(self.network_meeting_date.field)
        meeting_row.addWidget(self.network_meeting_topic, 1)
        meeting_row.addWidget(self.add_network_meeting_button)
        n_layout.addLayout(meeting_row)
        self.attendance_label = QLabel(self.tr("Who came (tick)"))
        self.attendance_label.setProperty("role", "subheading")
        n_layout.addWidget(self.attendance_label)
        self.attendance = named(QListWidget(), "attendanceList", self.tr("Who came"))
        self.attendance.setMaximumHeight(150)
        self.attendance.itemChanged.connect(self._attendance_changed)
        n_layout.addWidget(self.attendance)
        n_layout.addStretch(1)
        columns.addWidget(meetings, 1)
        layout.addLayout(columns)
        layout.addStretch(1)
        splitter.addWidget(self._network_stack)
        splitter.setSizes([380, 980])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        return page

    def save_state(self) -> None:
        self._settings.setValue("coordinators/splitter", self.overview_splitter.saveState())

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "staff" in tables:
            self._staff = None
        if tables & MENTORING_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def _active_staff(self) -> list[Staff]:
        if self._staff is None:
            self._staff = self._session.read(
                lambda: self._session.team.staff(include_inactive=False), []
            )
        return self._staff

    def reload(self) -> None:
        """Read the current tab again; the chosen rows stay chosen."""
        self._timer.stop()
        self._stale = False
        self._loading = True
        try:
            tab = self.tabs.currentIndex()
            if tab == 0:
                self._load_overview()
            elif tab == 1:
                self._load_mentorships()
            else:
                self._load_networks()
        finally:
            self._loading = False

    def _overview_kind(self, row: CoordinatorOverviewRow) -> RowKind:
        if not row.has_gap:
            return RowKind.NORMAL if row.staff.active else RowKind.MUTED
        return RowKind.ALERT if row.worst is Severity.ALERT else RowKind.WARNING

    def _load_overview(self) -> None:
        may = self.may_manage
        for w in (self.export_pdf_button, self.export_csv_button):
            w.setEnabled(may)
        self.overview_table.setVisible(may)
        if not may:
            self.overview_model.set_rows([])
            self.overview_count.setText(
                self.tr(
                    "The coordinator overview is for leaders. Mentorships and networks are on "
                    "the other tabs."
                )
            )
            self._overview_stack.setCurrentIndex(0)
            return
        rows = self._session.read(self.service.overview, [])
        self.overview_model.set_rows(rows)
        self._show_stale_checkins()
        gaps = sum(1 for r in rows if r.has_gap)
        self.overview_count.setText(
            counted(
                self.tr("%n coordinator(s), {gaps} with gaps to close.", "", len(rows)), len(rows)
            ).format(gaps=gaps)
        )
        row = self.overview_model.row_of(self._chosen_staff or "")
        if row >= 0:
            select_row(self.overview_table, row)
        self._show_coordinator()

    def _show_stale_checkins(self) -> None:
        """Name the residents whose team has had no check-in in six months (issue 15)."""
        from teamdesk.domain.relations import STALE_MONTHS
        from teamdesk.services.relations import RelationService

        stale = self._session.read(RelationService(self._session.ctx).stale_teams, [])
        names = [
            f"{s.resident.display_name} ({s.team_name})" if s.team_name else s.resident.display_name
            for s in stale
        ]
        shown = ", ".join(names[:8]) + (" …" if len(names) > 8 else "")
        self.stale_checkins.setText(
            counted(
                self.tr(
                    "%n team(s) without a check-in on working together for {months} months: "
                    "{names}. Start one on Teamwork.",
                    "",
                    len(names),
                ),
                len(names),
            ).format(months=STALE_MONTHS, names=shown)
        )
        self.stale_checkins.setVisible(bool(names))

    def _coordinator_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            chosen: CoordinatorOverviewRow = self.overview_model.row_at(current.row())
            if chosen.staff.id != self._chosen_staff:
                self._chosen_staff = chosen.staff.id
                self._show_coordinator()

    def show_coordinator(self, staff_id: str) -> bool:
        """Choose a coordinator in the overview (from a warning, say)."""
        self.tabs.setCurrentIndex(0)
        self._chosen_staff = staff_id
        self.reload()
        return self.overview_model.row_of(staff_id) >= 0

    def _show_coordinator(self) -> None:
        row: CoordinatorOverviewRow | None = self.overview_model.find(self._chosen_staff or "")
        if row is None:
            self._overview_stack.setCurrentIndex(0)
            return
        staff = row.staff
        self.coordinator_title.setText(staff.name)
        gaps = [f"• {html.escape(tr_message(g.message))}" for g in row.gaps]
        self.coordinator_gaps.setText("<br/>".join(gaps))
        self.coordinator_gaps.setVisible(bool(gaps))
        self.training_model.set_rows(list(row.record.trainings))
        fit_rows(self.training_table, 1, 6)
        self.training_table.setVisible(bool(row.record.trainings))
        self.training_empty.setVisible(not row.record.trainings)
        courses = self._session.read(self.service.courses, [])
        text = self.course_combo.currentText()
        self.course_combo.clear()
        for course in courses:
            self.course_combo.addItem(translate(course_label(course)), course)
        line = self.course_combo.lineEdit()
        if text:
            index = self.course_combo.findText(text)
            self.course_combo.setCurrentIndex(index)
            if index < 0:
                self.course_combo.setEditText(text)
        if line is not None:
            line.setCursorPosition(0)
        if not self.course_date.text():
            self.course_date.setPlaceholderText(
                self.tr("Completed on, e.g. {date}").format(
                    date=format_date(self._session.ctx.today())
                )
            )
        editable = self._session.ctx.can(Permission.EDIT_STAFF)
        for w in (self.course_combo, self.course_date, self.course_provider):
            w.setEnabled(editable)
        self.record_course_button.setEnabled(editable)
        self.overview_pairing.set_mentee(staff, row.record.mentor_name, self._active_staff())
        self._update_training_buttons()
        self._overview_stack.setCurrentIndex(1)

    def _update_training_buttons(self) -> None:
        self.remove_course_button.setEnabled(
            self._session.ctx.can(Permission.EDIT_STAFF)
            and self.training_table.currentIndex().isValid()
            and self.training_table.isVisible()
        )

    def _load_mentorships(self) -> None:
        rows = self._session.read(
            lambda: self.service.mentorships(include_ended=self.show_ended.isChecked()), []
        )
        self.mentorships_model.set_rows(rows)
        row = self.mentorships_model.row_of(self._chosen_mentorship or "")
        if row >= 0:
            select_row(self.mentorships_table, row)
        staff = self._active_staff()
        current = self.mentee_combo.currentData()
        self.mentee_combo.clear()
        for s in staff:
            self.mentee_combo.addItem(s.name, s.id)
        index = self.mentee_combo.findData(current)
        self.mentee_combo.setCurrentIndex(index)
        self.mentee_combo.setEnabled(self.may_manage)
        self._mentee_chosen()
        self._show_mentorship()

    def _mentee_chosen(self) -> None:
        staff_id = self.mentee_combo.currentData()
        mentee = next((s for s in self._active_staff() if s.id == staff_id), None)
        today = self._session.ctx.today()
        current = ""
        if mentee is not None:
            rows: list[MentorshipRow] = self.mentorships_model.rows()
            current = next(
                (
                    r.mentor_name
                    for r in rows
                    if r.mentorship.mentee_id == mentee.id and r.mentorship.is_open(today)
                ),
                "",
            )
        self.new_pairing.set_mentee(mentee, current, self._active_staff())

    def _mentorship_chosen(self) -> None:
        chosen: MentorshipRow | None = _selected(self.mentorships_table, self.mentorships_model)
        if chosen is not None and chosen.id != self._chosen_mentorship:
            self._chosen_mentorship = chosen.id
            self._show_mentorship()

    def _show_mentorship(self) -> None:
        row: MentorshipRow | None = self.mentorships_model.find(self._chosen_mentorship or "")
        if row is None:
            self._mentorship_stack.setCurrentIndex(0)
            return
        m = row.mentorship
        self.mentorship_title.setText(
            self.tr("{mentor} guides {mentee}").format(
                mentor=row.mentor_name, mentee=row.mentee_name
            )
        )
        note = self.tr("Since {start}; %n session(s), {minutes} minutes in all.", "", row.sessions)
        note = note.format(start=format_date(m.start), minutes=row.minutes)
        if m.approval_reason:
            note += " " + self.tr("Approved by {who} as mentor: {reason}").format(
                who=m.approved_by, reason=m.approval_reason
            )
        self.mentorship_note.setText(note)
        clear_invalid(self.end_edit)
        self.focus_edit.show_saved(m.focus)
        self.end_edit.show_saved(format_date(m.end))
        sessions: list[GuidanceSession] = self._session.read(
            lambda: self.service.sessions(m.id), [], gone_is_quiet=True
        )
        self.sessions_model.set_rows(sessions)
        fit_rows(self.sessions_table, 2, 10)
        if not self.session_date.text():
            self.session_date.setPlaceholderText(format_date(self._session.ctx.today()))
        may = self.may_manage
        for w in (
            self.focus_edit,
            self.end_edit,
            self.session_date,
            self.session_minutes,
            self.session_topics,
            self.session_notes,
            self.log_session_button,
        ):
            w.setEnabled(may)
        self.end_button.setEnabled(may and m.is_open(self._session.ctx.today()))
        self._update_mentorship_buttons()
        self._mentorship_stack.setCurrentIndex(1)

    def _update_mentorship_buttons(self) -> None:
        self.remove_session_button.setEnabled(
            self.may_manage and self.sessions_table.currentIndex().isValid()
        )

    def _load_networks(self) -> None:
        networks: list[CoordinatorNetwork] = self._session.read(self.service.networks, [])
        self.networks_model.set_rows(networks)
        for w in (self.new_network, self.add_network_button):
            w.setEnabled(self.may_manage)
        row = self.networks_model.row_of(self._chosen_network or "")
        if row >= 0:
            select_row(self.networks_table, row)
        elif networks and self._chosen_network is None:
            select_row(self.networks_table, 0)
        self._show_network()

    def _network_chosen(self) -> None:
        chosen: CoordinatorNetwork | None = _selected(self.networks_table, self.networks_model)
        if chosen is not None and chosen.id != self._chosen_network:
            self._chosen_network = chosen.id
            self._show_network()

    def _rate_text(self, member: Member) -> str:
        detail = self._network
        if detail is None:
            return ""
        came, held = detail.rates.get(member[1].id, (0, 0))
        return self.tr("{came} of {held}").format(came=came, held=held) if held else ""

    def _show_network(self) -> None:
        nid = self._chosen_network
        detail = (
            self._session.read(lambda: self.service.network(nid), None, gone_is_quiet=True)
            if nid
            else None
        )
        self._network = detail
        if detail is None:
            self._network_stack.setCurrentIndex(0)
            return
        self.network_title.setText(detail.network.name)
        self.network_description.show_saved(detail.network.description)
        self.members_model.set_rows(detail.members)
        fit_rows(self.members_table, 2, 12)
        self.network_meetings_model.set_rows(detail.meetings)
        fit_rows(self.network_meetings_table, 2, 10)
        member_ids = {s.id for _, s in detail.members}
        current = self.member_picker.currentData()
        self.member_picker.clear()
        for s in self._active_staff():
            if s.id not in member_ids:
                self.member_picker.addItem(s.name, s.id)
        index = self.member_picker.findData(current)
        self.member_picker.setCurrentIndex(max(index, 0) if self.member_picker.count() else -1)
        if not self.network_meeting_date.text():
            self.network_meeting_date.setPlaceholderText(format_date(self._session.ctx.today()))
        may = self.may_manage
        for w in (
            self.network_description,
            self.member_picker,
            self.add_member_button,
            self.remove_member_button,
            self.network_meeting_date,
            self.network_meeting_topic,
            self.add_network_meeting_button,
        ):
            w.setEnabled(may)
        self._show_attendance()
        self._network_stack.setCurrentIndex(1)

    def _show_attendance(self) -> None:
        detail = self._network
        meeting: NetworkMeeting | None = _selected(
            self.network_meetings_table, self.network_meetings_model
        )
        self.attendance.blockSignals(True)
        self.attendance.clear()
        if detail is None or meeting is None:
            self.attendance_label.setText(self.tr("Choose a meeting to record who came."))
        elif meeting.held_on > self._session.ctx.today():
            self.attendance_label.setText(
                self.tr("The meeting on {date} has not happened yet.").format(
                    date=format_date(meeting.held_on)
                )
            )
        else:
            self.attendance_label.setText(
                self.tr("Who came on {date} (tick)").format(date=format_date(meeting.held_on))
            )
            present = detail.present.get(meeting.id, frozenset())
            for _member, staff in detail.members:
                item = QListWidgetItem(staff.name)
                item.setData(Qt.ItemDataRole.UserRole, staff.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self.may_manage:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(
                    Qt.CheckState.Checked if staff.id in present else Qt.CheckState.Unchecked
                )
                self.attendance.addItem(item)
        self.attendance.blockSignals(False)

    # -- editing: training -------------------------------------------------------------------

    def record_course(self) -> Outcome | None:
        staff_id = self._chosen_staff
        if staff_id is None:
            return None
        day = _day(self.course_date, self._session.ctx.today())
        if day is None:
            self._session.refused.emit(self.course_date.toolTip())
            return None
        index = self.course_combo.currentIndex()
        text = self.course_combo.currentText().strip()
        course = (
            self.course_combo.itemData(index)
            if index >= 0 and self.course_combo.itemText(index) == text
            else text
        )
        provider = self.course_provider.text()
        outcome = self._session.run(
            self.tr("Record course"),
            lambda: self.service.record_training(staff_id, day, str(course), provider),
        )
        if outcome is not None:
            self.course_date.clear()
            self.course_provider.clear()
        return outcome

    def _remove_course(self) -> None:
        chosen: Training | None = _selected(self.training_table, self.training_model)
        if chosen is not None:
            self._session.run(
                self.tr("Remove course record"), lambda: self.service.remove_training(chosen.id)
            )

    # -- editing: mentorships ----------------------------------------------------------------

    def _commit_focus(self) -> None:
        mid = self._chosen_mentorship
        if mid is None or self._loading:
            return
        text = self.focus_edit.text()
        row: MentorshipRow | None = self.mentorships_model.find(mid)
        if row is None or text.strip() == row.mentorship.focus:
            return
        self._session.run(
            self.tr("Change focus"), lambda: self.service.update_mentorship(mid, focus=text)
        )

    def _commit_end(self) -> None:
        mid = self._chosen_mentorship
        if mid is None or self._loading:
            return
        row: MentorshipRow | None = self.mentorships_model.find(mid)
        text = self.end_edit.text().strip()
        try:
            end = parse_date(text, self._session.ctx.today())
        except ValueError:
            mark_invalid(self.end_edit, date_problem(text, self._session.ctx.today()))
            return
        if row is None or end == row.mentorship.end:
            clear_invalid(self.end_edit)
            return
        if (
            self._session.run(
                self.tr("Change end of mentorship"),
                lambda: self.service.update_mentorship(mid, end=end),
            )
            is None
        ):
            mark_invalid(self.end_edit, self._session.last_refusal)

    def _end_mentorship(self) -> None:
        mid = self._chosen_mentorship
        if mid is not None:
            self._session.run(self.tr("End mentorship"), lambda: self.service.end_mentorship(mid))

    def log_session(self) -> Outcome | None:
        mid = self._chosen_mentorship
        if mid is None:
            return None
        day = (
            self._session.ctx.today()
            if not self.session_date.text().strip()
            else _day(self.session_date, self._session.ctx.today())
        )
        if day is None:
            self._session.refused.emit(self.session_date.toolTip())
            return None
        minutes = self.session_minutes.value()
        topics, notes = self.session_topics.text(), self.session_notes.text()
        outcome = self._session.run(
            self.tr("Log guidance session"),
            lambda: self.service.record_session(mid, day, minutes, topics, notes),
        )
        if outcome is not None:
            for w in (self.session_date, self.session_topics, self.session_notes):
                w.clear()
        return outcome

    def _remove_session(self) -> None:
        chosen: GuidanceSession | None = _selected(self.sessions_table, self.sessions_model)
        if chosen is not None:
            self._session.run(
                self.tr("Remove guidance session"),
                lambda: self.service.remove_session(chosen.id),
            )

    # -- editing: networks -------------------------------------------------------------------

    def add_network(self) -> None:
        name = self.new_network.text()
        outcome = self._session.run(
            self.tr("Add network {name}").format(name=name.strip()),
            lambda: self.service.create_network(name),
        )
        if outcome is None:
            mark_invalid(self.new_network, self._session.last_refusal)
            return
        clear_invalid(self.new_network)
        self.new_network.clear()
        self._chosen_network = outcome.row_id
        self.reload()

    def _commit_description(self) -> None:
        nid, detail = self._chosen_network, self._network
        text = self.network_description.text()
        if (
            nid is None
            or detail is None
            or self._loading
            or text.strip() == detail.network.description
        ):
            return
        self._session.run(
            self.tr("Describe network"),
            lambda: self.service.update_network(nid, description=text),
        )

    def _add_member(self) -> None:
        nid, staff_id = self._chosen_network, self.member_picker.currentData()
        if nid is None or not staff_id:
            return
        self._session.run(
            self.tr("Add {name} to the network").format(name=self.member_picker.currentText()),
            lambda: self.service.add_network_member(nid, staff_id),
        )

    def _remove_member(self) -> None:
        chosen: Member | None = _selected(self.members_table, self.members_model)
        if chosen is not None:
            self._session.run(
                self.tr("Take {name} off the network").format(name=chosen[1].name),
                lambda: self.service.remove_network_member(chosen[0].id),
            )

    def add_network_meeting(self) -> None:
        nid = self._chosen_network
        if nid is None:
            return
        day = _day(self.network_meeting_date, self._session.ctx.today())
        if day is None:
            self._session.refused.emit(self.network_meeting_date.toolTip())
            return
        topic = self.network_meeting_topic.text()
        if self._session.run(
            self.tr("Add network meeting"),
            lambda: self.service.schedule_network_meeting(nid, day, topic),
        ):
            self.network_meeting_date.clear()
            self.network_meeting_topic.clear()

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        meeting: NetworkMeeting | None = _selected(
            self.network_meetings_table, self.network_meetings_model
        )
        if meeting is None:
            return
        staff_id = str(item.data(Qt.ItemDataRole.UserRole))
        present = item.checkState() == Qt.CheckState.Checked
        text = self.tr("{name} came") if present else self.tr("{name} did not come")
        self._session.run(
            text.format(name=item.text()),
            lambda: self.service.set_attendance(meeting.id, staff_id, present),
        )

    # -- exports -----------------------------------------------------------------------------

    def choose_export_path(self, suggested: str, file_filter: str) -> Path | None:
        return choose_save_path(self, "overview", self.tr("Save as"), suggested, file_filter)

    def open_file(self, path: Path) -> None:
        open_written(self, path)

    def export_overview(self, fmt: str) -> Operation[DocumentExport] | None:
        suffix = f".{fmt}"
        file_filter = (
            self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        )
        today = self._session.ctx.today().isoformat()
        return export_document(
            self._session,
            kind="overview",
            suggested=self.tr("coordinator-overview") + f"-{today}{suffix}",
            suffix=suffix,
            choose=lambda name: self.choose_export_path(name, file_filter),
            write=lambda ctx, path: MentoringService(ctx).export_overview(
                path, fmt=fmt, translate=translate
            ),
            open_file=self.open_file,
        )

    def focus_search(self) -> None:
        self.tabs.currentWidget().setFocus()
