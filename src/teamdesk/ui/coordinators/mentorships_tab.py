"""The Coordinators page's Mentorships tab: the mentorships, a new one, and the chosen one's
focus, end and guidance sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.mentoring import GuidanceSession
from teamdesk.services.mentoring import MentorshipRow
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import counted, date_problem, format_date, parse_date
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    DateEdit,
    clear_invalid,
    fit_rows,
    hint,
    mark_invalid,
    named,
    pass_undo_to_window,
    select_row,
)
from teamdesk.ui.coordinators.pairing import PairingPanel
from teamdesk.ui.coordinators.state import (
    CoordinatorsState,
    allow_all,
    button,
    selected,
    table,
    typed_day,
)


class MentorshipsTab(QWidget):
    """Mentorships with their guidance sessions; a leader starts, changes and ends them."""

    def __init__(self, state: CoordinatorsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorsMentorshipsTab")
        self._state = state
        self.chosen_mentorship: str | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setSizes([640, 720])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # -- building ----------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.show_ended = named(
            QCheckBox(self.tr("Show ended mentorships")),
            "showEndedMentorships",
            self.tr("Show ended mentorships"),
        )
        self.show_ended.toggled.connect(lambda _c: self.load())
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
            kind=lambda r: RowKind.NORMAL if r.is_open else RowKind.MUTED,
            parent=self,
        )
        self.mentorships_table = table(
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
        self.new_pairing = PairingPanel(self._state.session, self._state.service, "newPairing")
        new_layout.addWidget(self.new_pairing)
        left_layout.addWidget(new_box)
        return left

    def _build_detail(self) -> QWidget:
        right = QWidget()
        self._stack = QStackedWidget()
        empty = named(
            hint(self.tr("Choose a mentorship to see and log its guidance sessions.")),
            "mentorshipEmptyHint",
            self.tr("No mentorship chosen"),
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(empty)
        self._stack.addWidget(right)
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
        self.end_button = button(
            self.tr("&End the mentorship"),
            "endMentorshipButton",
            self.tr("End the mentorship from today"),
            self._end_mentorship,
        )
        end_row.addWidget(self.end_edit.field, 1)
        end_row.addWidget(self.end_button)
        form.addRow(self.tr("Ends on"), end_row)
        layout.addLayout(form)
        layout.addWidget(self._build_sessions())
        layout.addStretch(1)
        return self._stack

    def _build_sessions(self) -> QGroupBox:
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
        self.sessions_table = table(
            self.sessions_model, "sessionsTable", self.tr("Guidance sessions"), 3
        )
        self.sessions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
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
        self.log_session_button = button(
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
        self.remove_session_button = button(
            self.tr("Remove the chosen session"),
            "removeSessionButton",
            self.tr("Remove the chosen guidance session"),
            self._remove_session,
        )
        remove.addWidget(self.remove_session_button)
        s_layout.addLayout(remove)
        return sessions

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the mentorships again; the chosen one stays chosen."""
        state = self._state
        rows = state.session.read(
            lambda: state.service.mentorships(include_ended=self.show_ended.isChecked()), []
        )
        self.mentorships_model.set_rows(rows)
        row = self.mentorships_model.row_of(self.chosen_mentorship or "")
        if row >= 0:
            select_row(self.mentorships_table, row)
        current = self.mentee_combo.currentData()
        self.mentee_combo.clear()
        for s in state.active_staff():
            self.mentee_combo.addItem(s.name, s.id)
        self.mentee_combo.setCurrentIndex(self.mentee_combo.findData(current))
        self.mentee_combo.setEnabled(state.rights().may_manage)
        self._mentee_chosen()
        self._show_mentorship()

    def _mentee_chosen(self) -> None:
        staff_id = self.mentee_combo.currentData()
        staff = self._state.active_staff()
        mentee = next((s for s in staff if s.id == staff_id), None)
        current = ""
        if mentee is not None:
            rows: list[MentorshipRow] = self.mentorships_model.rows()
            current = next(
                (r.mentor_name for r in rows if r.mentorship.mentee_id == mentee.id and r.is_open),
                "",
            )
        self.new_pairing.set_mentee(mentee, current, staff)

    def _mentorship_chosen(self) -> None:
        chosen: MentorshipRow | None = selected(self.mentorships_table, self.mentorships_model)
        if chosen is not None and chosen.id != self.chosen_mentorship:
            self.chosen_mentorship = chosen.id
            self._show_mentorship()

    def _show_mentorship(self) -> None:
        row: MentorshipRow | None = self.mentorships_model.find(self.chosen_mentorship or "")
        if row is None:
            self._stack.setCurrentIndex(0)
            return
        m = row.mentorship
        self.mentorship_title.setText(
            self.tr("{mentor} guides {mentee}").format(
                mentor=row.mentor_name, mentee=row.mentee_name
            )
        )
        note = counted(
            self.tr("Since {start}; %n session(s), {minutes} minutes in all.", "", row.sessions),
            row.sessions,
        ).format(start=format_date(m.start), minutes=row.minutes)
        if m.approval_reason:
            note += " " + self.tr("Approved by {who} as mentor: {reason}").format(
                who=m.approved_by, reason=m.approval_reason
            )
        self.mentorship_note.setText(note)
        clear_invalid(self.end_edit)
        self.focus_edit.show_saved(m.focus)
        self.end_edit.show_saved(format_date(m.end))
        sessions: list[GuidanceSession] = self._state.session.read(
            lambda: self._state.service.sessions(m.id), [], gone_is_quiet=True
        )
        self.sessions_model.set_rows(sessions)
        fit_rows(self.sessions_table, 2, 10)
        if not self.session_date.text():
            self.session_date.setPlaceholderText(format_date(self._state.today()))
        why_not = self._state.rights().why_not_manage
        for w in (
            self.focus_edit,
            self.end_edit,
            self.session_date,
            self.session_minutes,
            self.session_topics,
            self.session_notes,
        ):
            w.setEnabled(why_not is None)
        allow_all((self.log_session_button, self.end_button), why_not)
        if why_not is None:
            self.end_button.setEnabled(row.is_open)
        self._update_buttons()
        self._stack.setCurrentIndex(1)

    def _update_buttons(self) -> None:
        why_not = self._state.rights().why_not_manage
        allow_all((self.remove_session_button,), why_not)
        if why_not is None:
            self.remove_session_button.setEnabled(self.sessions_table.currentIndex().isValid())

    # -- editing -----------------------------------------------------------------------------

    def _commit_focus(self) -> None:
        mid = self.chosen_mentorship
        if mid is None or self._state.loading:
            return
        text = self.focus_edit.text()
        row: MentorshipRow | None = self.mentorships_model.find(mid)
        if row is None or text.strip() == row.mentorship.focus:
            return
        self._state.run(
            self.tr("Change focus"), lambda: self._state.service.update_mentorship(mid, focus=text)
        )

    def _commit_end(self) -> None:
        mid = self.chosen_mentorship
        if mid is None or self._state.loading:
            return
        row: MentorshipRow | None = self.mentorships_model.find(mid)
        text = self.end_edit.text().strip()
        try:
            end = parse_date(text, self._state.today())
        except ValueError:
            mark_invalid(self.end_edit, date_problem(text, self._state.today()))
            return
        if row is None or end == row.mentorship.end:
            clear_invalid(self.end_edit)
            return
        if (
            self._state.run(
                self.tr("Change end of mentorship"),
                lambda: self._state.service.update_mentorship(mid, end=end),
            )
            is None
        ):
            mark_invalid(self.end_edit, self._state.session.last_refusal)

    def _end_mentorship(self) -> None:
        mid = self.chosen_mentorship
        if mid is not None:
            self._state.run(
                self.tr("End mentorship"), lambda: self._state.service.end_mentorship(mid)
            )

    def log_session(self) -> Outcome | None:
        mid = self.chosen_mentorship
        if mid is None:
            return None
        today = self._state.today()
        day = today if not self.session_date.text().strip() else typed_day(self.session_date, today)
        if day is None:
            self._state.session.refused.emit(self.session_date.toolTip())
            return None
        minutes = self.session_minutes.value()
        topics, notes = self.session_topics.text(), self.session_notes.text()
        outcome = self._state.run(
            self.tr("Log guidance session"),
            lambda: self._state.service.record_session(mid, day, minutes, topics, notes),
        )
        if outcome is not None:
            for w in (self.session_date, self.session_topics, self.session_notes):
                w.clear()
        return outcome

    def _remove_session(self) -> None:
        chosen: GuidanceSession | None = selected(self.sessions_table, self.sessions_model)
        if chosen is not None:
            self._state.run(
                self.tr("Remove guidance session"),
                lambda: self._state.service.remove_session(chosen.id),
            )
