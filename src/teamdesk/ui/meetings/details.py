"""The meeting editor's "When and where": kind, date, time, length, place, status and the date
of the next meeting."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from teamdesk.domain.meetings import MeetingKind, MeetingStatus
from teamdesk.services.meetings import MeetingPage
from teamdesk.services.team import Outcome
from teamdesk.ui.common.text import date_problem, format_date, format_time, parse_date, translate
from teamdesk.ui.common.widgets import (
    DateEdit,
    clear_invalid,
    fit_combo,
    mark_invalid,
    named,
    pass_undo_to_window,
)
from teamdesk.ui.meetings.meeting_state import MeetingState, allow_when, button, line


class MeetingDetails(QGroupBox):
    """When and where the meeting is, its status, and when the next one is."""

    def __init__(self, state: MeetingState) -> None:
        super().__init__()
        self.setTitle(self.tr("When and where"))
        self.setObjectName("meetingDetailsBox")
        self._state = state
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_combo = named(QComboBox(), "meetingKindCombo", self.tr("Kind of meeting"))
        fit_combo(self.kind_combo, 16)
        for kind in MeetingKind:
            self.kind_combo.addItem(translate(kind.label), kind)
        self.kind_combo.activated.connect(lambda _i: self._commit_kind())
        form.addRow(self.tr("Kind"), self.kind_combo)
        when = QHBoxLayout()
        self.date_edit = named(DateEdit(), "meetingDateEdit", self.tr("Date of the meeting"))
        self.date_edit.editingFinished.connect(self._commit_date)
        self.time_edit = line("meetingTimeEdit", self.tr("Start time"), format_time(time(10, 0)))
        self.time_edit.setMaximumWidth(90)
        self.time_edit.editingFinished.connect(self._commit_time)
        self.duration_spin = named(QSpinBox(), "meetingDurationSpin", self.tr("Length in minutes"))
        self.duration_spin.setRange(5, 600)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setKeyboardTracking(False)
        self.duration_spin.editingFinished.connect(self._commit_duration)
        pass_undo_to_window(self.duration_spin)
        when.addWidget(self.date_edit.field, 2)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.time_edit)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.duration_spin)
        when.addStretch(1)
        form.addRow(self.tr("When"), when)
        self.place_edit = line("meetingPlaceEdit", self.tr("Place"), self.tr("Where we meet"))
        self.place_edit.editingFinished.connect(self._commit_place)
        form.addRow(self.tr("Where"), self.place_edit)
        self.status_combo = named(QComboBox(), "meetingStatusCombo", self.tr("Status"))
        for status in MeetingStatus:
            self.status_combo.addItem(translate(status.label), status)
        self.status_combo.activated.connect(lambda _i: self._commit_status())
        form.addRow(self.tr("Status"), self.status_combo)
        nxt = QHBoxLayout()
        self.next_edit = named(DateEdit(), "nextMeetingEdit", self.tr("Date of the next meeting"))
        self.next_edit.editingFinished.connect(self._commit_next)
        self.use_proposed = button(
            self.tr("Use the proposed date"),
            "useProposedNextButton",
            self.tr("Set the next meeting to the proposed date"),
            self._use_proposed,
        )
        nxt.addWidget(self.next_edit.field, 1)
        nxt.addWidget(self.use_proposed)
        form.addRow(self.tr("Next meeting"), nxt)

    def show_page(self, page: MeetingPage) -> None:
        m = page.meeting
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(m.kind))
        self.status_combo.setCurrentIndex(self.status_combo.findData(m.status))
        for edit, text in (
            (self.date_edit, format_date(m.day)),
            (self.time_edit, format_time(m.start)),
            (self.place_edit, m.place),
            (self.next_edit, format_date(m.next_meeting)),
        ):
            clear_invalid(edit)
            edit.show_saved(text)
        if not self.duration_spin.hasFocus():
            self.duration_spin.setValue(m.duration_minutes)
        self.next_edit.setPlaceholderText(
            self.tr("Proposed {date}; at most {latest}").format(
                date=format_date(page.proposed_next), latest=format_date(page.latest_next)
            )
        )
        for w in (
            self.kind_combo,
            self.date_edit,
            self.time_edit,
            self.duration_spin,
            self.place_edit,
            self.next_edit,
        ):
            w.setEnabled(page.editable)
        allow_when((self.use_proposed,), page.why_not_edit, True)
        allow_when((self.status_combo,), page.why_not_prepare, True)

    # -- saving ------------------------------------------------------------------------------

    def _update(self, what: str, widget: QWidget | None, **fields: object) -> Outcome | None:
        state = self._state
        mid = state.meeting_id
        if mid is None or state.loading:
            return None
        action = lambda: state.service.update_meeting(mid, **fields)  # noqa: E731
        if widget is None:
            return state.run(what, action)
        return state.run_marking(what, action, widget)

    def _commit_kind(self) -> None:
        page, kind = self._state.page, self.kind_combo.currentData()
        if page is not None and kind != page.meeting.kind:
            self._update(self.tr("Change kind of meeting"), None, kind=kind)

    def _commit_date(self) -> None:
        today = self._state.session.ctx.today()
        try:
            day = parse_date(self.date_edit.text(), today)
        except ValueError:
            reason = date_problem(self.date_edit.text(), today)
            mark_invalid(self.date_edit, reason)
            self._state.session.refused.emit(reason)
            return
        if day is None:
            reason = self.tr("Write the date as {example}.").format(example=format_date(today))
            mark_invalid(self.date_edit, reason)
            self._state.session.refused.emit(reason)
            return
        page = self._state.page
        if page is not None and day != page.meeting.day:
            self._update(self.tr("Move the meeting"), self.date_edit, day=day)

    def _commit_time(self) -> None:
        page = self._state.page
        if page is not None and self.time_edit.text().strip() != format_time(page.meeting.start):
            self._update(self.tr("Change start time"), self.time_edit, start=self.time_edit.text())

    def _commit_duration(self) -> None:
        page = self._state.page
        if page is not None and self.duration_spin.value() != page.meeting.duration_minutes:
            self._update(
                self.tr("Change length"), None, duration_minutes=self.duration_spin.value()
            )

    def _commit_place(self) -> None:
        page = self._state.page
        if page is not None and self.place_edit.text().strip() != page.meeting.place:
            self._update(self.tr("Change place"), self.place_edit, place=self.place_edit.text())

    def _commit_status(self) -> None:
        state = self._state
        mid, page, status = state.meeting_id, state.page, self.status_combo.currentData()
        if mid is None or page is None or status == page.meeting.status:
            return
        if (
            state.run(self.tr("Change status"), lambda: state.service.set_status(mid, status))
            is None
        ):
            self.status_combo.setCurrentIndex(self.status_combo.findData(page.meeting.status))

    def _commit_next(self) -> None:
        state = self._state
        mid, page = state.meeting_id, state.page
        if mid is None or page is None:
            return
        text = self.next_edit.text()
        today = state.session.ctx.today()
        try:
            day = parse_date(text, today)
        except ValueError:
            reason = date_problem(text, today)
            mark_invalid(self.next_edit, reason)
            state.session.refused.emit(reason)
            return
        if day == page.meeting.next_meeting:
            clear_invalid(self.next_edit)
            return
        state.run_marking(
            self.tr("Set the next meeting"),
            lambda: state.service.set_next_meeting(mid, day),
            self.next_edit,
        )

    def _use_proposed(self) -> None:
        page = self._state.page
        if page is not None:
            self.next_edit.setText(format_date(page.proposed_next))
            self._commit_next()
