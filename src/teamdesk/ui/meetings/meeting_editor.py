"""One meeting about a resident's plan: when and where, who comes, the agenda with minutes, and
the decisions; every edit saved when made and undoable; the invitation, minutes and calendar
file one click away.

The editor reads a :class:`~teamdesk.services.meetings.MeetingPage` and shows it; every change
goes through :meth:`Session.run`, so it is saved at once and lands on the window's undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Severity
from teamdesk.domain.meetings import (
    AgendaItem,
    AgendaKind,
    MeetingKind,
    MeetingParticipant,
    MeetingStatus,
)
from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.team import Staff
from teamdesk.services.exports import DocumentExport
from teamdesk.services.meetings import ActionRow, MeetingPage, MeetingService
from teamdesk.services.team import Outcome
from teamdesk.ui.common.export_flow import choose_save_path, export_document, initials, open_written
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import (
    date_problem,
    format_date,
    format_time,
    parse_date,
    tr_message,
    translate,
)
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    CommitTextEdit,
    DateEdit,
    DraftLineEdit,
    clear_invalid,
    hint,
    mark_invalid,
    named,
    pass_undo_to_window,
)
from teamdesk.ui.people.resident_page import configure_table, fit_rows, select_row
from teamdesk.ui.session import Session

MEETING_TABLES = frozenset(
    {
        "meeting",
        "meeting_participant",
        "agenda_item",
        "action_item",
        "plan",
        "plan_participant",
        "plan_measure",
        "plan_goal",
        "staff",
        "resident",
    }
)

AgendaRow = tuple[str, AgendaItem]


class MeetingEditor(QWidget):
    """Prepare, hold and document one meeting."""

    exported = Signal(str)
    """A file was written; carries its path."""
    open_resident = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._session = session
        self.service = MeetingService(session.ctx)
        self._meeting_id: str | None = None
        self._page: MeetingPage | None = None
        self._staff: list[Staff] | None = None
        self._loading = False
        self._build()
        session.changed.connect(self._on_changed)

    # -- small helpers -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    @property
    def page(self) -> MeetingPage | None:
        return self._page

    def _run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        return self._session.run(description, action)

    def _button(
        self, text: str, name: str, accessible: str, slot: Callable[[], Any]
    ) -> QPushButton:
        button = named(QPushButton(text), name, accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _line(self, name: str, accessible: str, placeholder: str = "") -> CommitLineEdit:
        edit = named(CommitLineEdit(), name, accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _date(self, name: str, accessible: str) -> DateEdit:
        return named(DateEdit(), name, accessible)

    def _table(
        self, model: RowsModel, name: str, accessible: str, stretch: int, wrap: bool = False
    ) -> QTableView:
        view = named(QTableView(), name, accessible)
        view.setModel(model)
        configure_table(view)
        view.setWordWrap(wrap)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        if wrap:
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
        self.empty_hint = named(
            hint(
                self.tr(
                    "Choose a meeting in the list, or prepare one from a resident's individual "
                    "plan (Prepare a meeting)."
                )
            ),
            "meetingEmptyHint",
            self.tr("No meeting chosen"),
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        self.title = named(QLabel(), "meetingTitle", self.tr("Meeting"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.subtitle = named(QLabel(), "meetingSubtitle", self.tr("About the meeting"))
        self.subtitle.setProperty("role", "hint")
        self.subtitle.setWordWrap(True)
        self.professionals = named(
            QLabel(), "meetingProfessionals", self.tr("Professionals around the resident")
        )
        self.professionals.setProperty("role", "banner")
        self.professionals.setWordWrap(True)
        self.findings = named(QLabel(), "meetingFindings", self.tr("What to look at"))
        self.findings.setProperty("role", "warnings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.title, self.subtitle, self.professionals, self.findings):
            layout.addWidget(widget)
        layout.addWidget(self._build_details())
        layout.addWidget(self._build_participants())
        layout.addWidget(self._build_agenda())
        layout.addWidget(self._build_decisions())
        layout.addLayout(self._build_exports())
        layout.addStretch(1)
        self._stack.addWidget(body)

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("When and where"))
        box.setObjectName("meetingDetailsBox")
        form = QFormLayout(box)
        self.kind_combo = named(QComboBox(), "meetingKindCombo", self.tr("Kind of meeting"))
        for kind in MeetingKind:
            self.kind_combo.addItem(translate(kind.label), kind)
        self.kind_combo.activated.connect(lambda _i: self._commit_kind())
        form.addRow(self.tr("Kind"), self.kind_combo)
        when = QHBoxLayout()
        self.date_edit = self._date("meetingDateEdit", self.tr("Date of the meeting"))
        self.date_edit.editingFinished.connect(self._commit_date)
        self.time_edit = self._line(
            "meetingTimeEdit", self.tr("Start time"), format_time(time(10, 0))
        )
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
        self.place_edit = self._line("meetingPlaceEdit", self.tr("Place"), self.tr("Where we meet"))
        self.place_edit.editingFinished.connect(self._commit_place)
        form.addRow(self.tr("Where"), self.place_edit)
        self.status_combo = named(QComboBox(), "meetingStatusCombo", self.tr("Status"))
        for status in MeetingStatus:
            self.status_combo.addItem(translate(status.label), status)
        self.status_combo.activated.connect(lambda _i: self._commit_status())
        form.addRow(self.tr("Status"), self.status_combo)
        nxt = QHBoxLayout()
        self.next_edit = self._date("nextMeetingEdit", self.tr("Date of the next meeting"))
        self.next_edit.editingFinished.connect(self._commit_next)
        self.use_proposed = self._button(
            self.tr("Use the proposed date"),
            "useProposedNextButton",
            self.tr("Set the next meeting to the proposed date"),
            self._use_proposed,
        )
        nxt.addWidget(self.next_edit.field, 1)
        nxt.addWidget(self.use_proposed)
        form.addRow(self.tr("Next meeting"), nxt)
        return box

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who is invited"))
        box.setObjectName("meetingParticipantsBox")
        layout = QVBoxLayout(box)
        self.participants_model = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Role"), self._role_text),
                Column(self.tr("Organisation"), lambda p: p.organisation),
                Column(
                    self.tr("Professional"),
                    lambda p: self.tr("yes") if p.is_professional else "",
                ),
                Column(self.tr("Came"), self._presence_text),
            ],
            key=lambda p: p.id,
            kind=lambda p: RowKind.MUTED if p.present is False else RowKind.NORMAL,
            parent=self,
        )
        self.participants_table = self._table(
            self.participants_model, "meetingParticipantsTable", self.tr("Who is invited"), 0
        )
        self.participants_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        layout.addWidget(self.participants_table)
        row = QHBoxLayout()
        self.came_button = self._button(
            self.tr("Came"),
            "cameButton",
            self.tr("The chosen person came"),
            lambda: self._presence(True),
        )
        self.away_button = self._button(
            self.tr("Did not come"),
            "didNotComeButton",
            self.tr("The chosen person did not come"),
            lambda: self._presence(False),
        )
        self.remove_participant_button = self._button(
            self.tr("Remove from the list"),
            "removeParticipantButton",
            self.tr("Take the chosen person off the list"),
            self._remove_participant,
        )
        row.addWidget(self.came_button)
        row.addWidget(self.away_button)
        row.addStretch(1)
        row.addWidget(self.remove_participant_button)
        layout.addLayout(row)
        add = QHBoxLayout()
        self.staff_picker = named(
            QComboBox(), "inviteStaffPicker", self.tr("Staff member to invite")
        )
        self.staff_picker.setMinimumWidth(200)
        self.invite_staff_button = self._button(
            self.tr("Invite"),
            "inviteStaffButton",
            self.tr("Invite the chosen staff member"),
            self._invite_staff,
        )
        self.new_name = named(
            QLineEdit(), "inviteNameEdit", self.tr("Name of someone else to invite")
        )
        self.new_name.setPlaceholderText(self.tr("Someone else: name (e.g. the GP)"))
        self.new_name.returnPressed.connect(self._invite_person)
        self.new_kind = named(QComboBox(), "inviteKindCombo", self.tr("Who the person is"))
        for kind in (ParticipantKind.SERVICE, ParticipantKind.RELATIVE, ParticipantKind.RESIDENT):
            self.new_kind.addItem(translate(kind.label), kind)
        self.invite_person_button = self._button(
            self.tr("Invite"),
            "invitePersonButton",
            self.tr("Invite the person named"),
            self._invite_person,
        )
        add.addWidget(self.staff_picker, 2)
        add.addWidget(self.invite_staff_button)
        add.addSpacing(12)
        add.addWidget(self.new_name, 2)
        add.addWidget(self.new_kind, 1)
        add.addWidget(self.invite_person_button)
        layout.addLayout(add)
        return box

    def _build_agenda(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agenda and minutes"))
        box.setObjectName("meetingAgendaBox")
        layout = QVBoxLayout(box)
        layout.addWidget(
            hint(
                self.tr(
                    "Drafted from the plan in the language TeamDesk spoke when the meeting was "
                    "prepared; from then on the words are the meeting's own. Reorder, add, remove "
                    "or reword items; write the minutes under each item during or after the "
                    "meeting."
                )
            )
        )
        self.agenda_model = RowsModel(
            [
                Column(self.tr("No."), lambda r: r[0]),
                Column(self.tr("Item"), lambda r: r[1].title),
                Column(self.tr("From the plan"), lambda r: r[1].detail),
                Column(self.tr("Minutes"), lambda r: "✔" if r[1].minutes.strip() else ""),
            ],
            key=lambda r: r[1].id,
            parent=self,
        )
        self.agenda_table = self._table(
            self.agenda_model, "agendaTable", self.tr("Agenda"), 2, wrap=True
        )
        self.agenda_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        layout.addWidget(self.agenda_table)
        row = QHBoxLayout()
        self.up_button = self._button(
            self.tr("Move up"),
            "agendaUpButton",
            self.tr("Move the chosen item up"),
            lambda: self._move(-1),
        )
        self.down_button = self._button(
            self.tr("Move down"),
            "agendaDownButton",
            self.tr("Move the chosen item down"),
            lambda: self._move(1),
        )
        self.remove_item_button = self._button(
            self.tr("Remove item"),
            "removeAgendaItemButton",
            self.tr("Remove the chosen item from the agenda"),
            self._remove_item,
        )
        self.new_item = named(
            DraftLineEdit(self.tr("a new agenda item"), lambda: self.add_item()),
            "newAgendaItemEdit",
            self.tr("New agenda item"),
        )
        self.new_item.setPlaceholderText(self.tr("A new item… (Enter adds)"))
        self.new_item.returnPressed.connect(self.add_item)
        self.add_item_button = self._button(
            self.tr("Add item"), "addAgendaItemButton", self.tr("Add agenda item"), self.add_item
        )
        self.relations_item_button = self._button(
            self.tr("How we work together"),
            "addRelationsItemButton",
            self.tr("Add the latest check-in on how we work together to the agenda"),
            self.add_relations_item,
        )
        self.relations_item_button.setToolTip(
            self.tr("Add the latest check-in on how we work together to the agenda")
        )
        for w in (self.up_button, self.down_button, self.remove_item_button):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.new_item, 1)
        row.addWidget(self.add_item_button)
        row.addWidget(self.relations_item_button)
        layout.addLayout(row)
        self.item_title = self._line("agendaItemTitleEdit", self.tr("The chosen item's words"))
        self.item_title.editingFinished.connect(self._commit_item_title)
        title_row = QFormLayout()
        title_row.addRow(self.tr("Chosen item"), self.item_title)
        layout.addLayout(title_row)
        self.minutes_label = QLabel(self.tr("Minutes for the chosen item"))
        self.minutes_label.setProperty("role", "subheading")
        layout.addWidget(self.minutes_label)
        self.minutes_edit = named(
            CommitTextEdit(), "agendaMinutesEdit", self.tr("Minutes for the chosen item")
        )
        self.minutes_edit.setPlaceholderText(
            self.tr("What was said and agreed under this item… (saved when you leave the field)")
        )
        self.minutes_edit.setFixedHeight(90)
        self.minutes_edit.editingFinished.connect(self._commit_minutes)
        layout.addWidget(self.minutes_edit)
        return box

    def _build_decisions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decisions: who does what, by when"))
        box.setObjectName("meetingDecisionsBox")
        layout = QVBoxLayout(box)
        self.actions_model = RowsModel(
            [
                Column(self.tr("Decision"), lambda a: a.item.what),
                Column(self.tr("Responsible"), lambda a: a.responsible_name),
                Column(self.tr("Due"), lambda a: format_date(a.item.due)),
                Column(self.tr("Status"), self._action_status),
            ],
            key=lambda a: a.item.id,
            kind=self._action_kind,
            parent=self,
        )
        self.actions_table = self._table(
            self.actions_model, "decisionsTable", self.tr("Decisions"), 0
        )
        self.actions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        layout.addWidget(self.actions_table)
        row = QHBoxLayout()
        self.done_button = self._button(
            self.tr("Mark done"),
            "decisionDoneButton",
            self.tr("Mark the chosen decision done"),
            self._toggle_done,
        )
        self.measure_button = self._button(
            self.tr("Make it a plan &measure"),
            "makeMeasureButton",
            self.tr("Turn the chosen decision into a measure of the plan"),
            self.make_measure,
        )
        self.remove_action_button = self._button(
            self.tr("Remove decision"),
            "removeDecisionButton",
            self.tr("Remove the chosen decision"),
            self._remove_action,
        )
        row.addWidget(self.done_button)
        row.addWidget(self.measure_button)
        row.addStretch(1)
        row.addWidget(self.remove_action_button)
        layout.addLayout(row)
        form = QHBoxLayout()
        self.decision_what = named(
            DraftLineEdit(self.tr("a decision"), lambda: self.record_decision()),
            "decisionWhatEdit",
            self.tr("What was decided"),
        )
        self.decision_what.setPlaceholderText(self.tr("What was decided…"))
        self.responsible_combo = named(
            QComboBox(), "decisionResponsibleCombo", self.tr("Who is responsible")
        )
        self.responsible_combo.setMinimumWidth(170)
        self.responsible_combo.setPlaceholderText(self.tr("Who is responsible?"))
        self.decision_due = self._date("decisionDueEdit", self.tr("Due date"))
        self.decision_due.setPlaceholderText(self.tr("Due date"))
        self.decision_due.setMaximumWidth(130)
        self.decision_due.returnPressed.connect(self.record_decision)
        self.record_button = self._button(
            self.tr("&Record decision"),
            "recordDecisionButton",
            self.tr("Record the decision under the chosen agenda item"),
            self.record_decision,
        )
        form.addWidget(self.decision_what, 3)
        form.addWidget(self.responsible_combo, 2)
        form.addWidget(self.decision_due.field, 1)
        form.addWidget(self.record_button)
        layout.addLayout(form)
        return box

    def _build_exports(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.agenda_pdf_button = self._button(
            self.tr("Print invitation and &agenda (PDF)…"),
            "exportAgendaButton",
            self.tr("Write the invitation with the agenda as a PDF and open it"),
            self.export_agenda,
        )
        self.minutes_pdf_button = self._button(
            self.tr("Print mi&nutes (PDF)…"),
            "exportMinutesButton",
            self.tr("Write the minutes as a PDF and open it"),
            self.export_minutes,
        )
        self.ics_button = self._button(
            self.tr("Calendar &invitation (.ics)…"),
            "exportIcsButton",
            self.tr("Write a calendar invitation Outlook opens"),
            self.export_ics,
        )
        row.addWidget(self.agenda_pdf_button)
        row.addWidget(self.minutes_pdf_button)
        row.addWidget(self.ics_button)
        row.addStretch(1)
        return row

    # -- texts -------------------------------------------------------------------------------

    def _role_text(self, p: MeetingParticipant) -> str:
        role = translate(p.role) if p.role else ""
        if p.kind is ParticipantKind.RESIDENT:
            return role or translate(p.kind.label)
        kind = translate(p.kind.label)
        return f"{kind}: {role}" if role else kind

    def _presence_text(self, p: MeetingParticipant) -> str:
        if p.present is None:
            return ""
        return self.tr("yes") if p.present else self.tr("no")

    def _action_status(self, a: ActionRow) -> str:
        if a.item.done_on is not None:
            text = self.tr("Done {date}").format(date=format_date(a.item.done_on))
        elif a.item.is_overdue(self._session.ctx.today()):
            text = self.tr("Overdue")
        else:
            text = self.tr("Open")
        if a.item.measure_id:
            text += " · " + self.tr("plan measure")
        return text

    def _action_kind(self, a: ActionRow) -> RowKind:
        if a.item.done_on is not None:
            return RowKind.MUTED
        if a.item.is_overdue(self._session.ctx.today()):
            return RowKind.WARNING
        return RowKind.NORMAL

    # -- showing -----------------------------------------------------------------------------

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show ``meeting_id`` (None: the empty page)."""
        if meeting_id != self._meeting_id:
            self.minutes_edit.mark_saved()
        self._meeting_id = meeting_id
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "staff" in tables:
            self._staff = None
        if self._meeting_id and tables & MEETING_TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read the meeting again and show it; fields being typed in keep their text."""
        mid = self._meeting_id
        page = (
            self._session.read(lambda: self.service.meeting(mid), None, gone_is_quiet=True)
            if mid
            else None
        )
        self._page = page
        if page is None:
            self._stack.setCurrentIndex(0)
            return
        self._loading = True
        try:
            self._show(page)
        finally:
            self._loading = False
        self._stack.setCurrentIndex(1)

    def _show(self, page: MeetingPage) -> None:
        m = page.meeting
        self.title.setText(
            self.tr("{kind} – {resident}").format(
                kind=translate(m.kind.label), resident=m.resident_name
            )
        )
        bits = [
            translate(m.status.label),
            self.tr("coordinator {name}").format(name=page.coordinator_name or "—"),
        ]
        if not page.may_edit:
            bits.append(self.tr("only the plan's coordinator or a leader changes this meeting"))
        self.subtitle.setText(" · ".join(bits))
        self.professionals.setText(
            self.tr(
                "%n professional(s) around {resident}. As few professionals as possible: "
                "does everyone need to come?",
                "",
                page.professionals,
            ).format(resident=m.resident_name)
        )
        shown = [f for f in page.findings if f.severity is not Severity.INFO] + [
            f for f in page.findings if f.severity is Severity.INFO
        ]
        self.findings.setText(
            "<br/>".join(f"• {html.escape(tr_message(f.message))}" for f in shown)
        )
        self.findings.setVisible(bool(shown))
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
        self.participants_model.set_rows(page.participants)
        fit_rows(self.participants_table, 2, 12)
        self._fill_staff_picker(page)
        self.agenda_model.set_rows([(str(i), a) for i, a in enumerate(page.agenda, start=1)])
        fit_rows(self.agenda_table, 2, 14)
        if not self.agenda_table.currentIndex().isValid() and page.agenda:
            select_row(self.agenda_table, 0)
        self._show_item()
        self.actions_model.set_rows(page.actions)
        fit_rows(self.actions_table, 1, 10)
        current = self.responsible_combo.currentData()
        self.responsible_combo.clear()
        for choice in page.responsible_choices:
            self.responsible_combo.addItem(choice.name, choice.key)
        index = self.responsible_combo.findData(current)
        self.responsible_combo.setCurrentIndex(index if index >= 0 else -1)
        if not self.decision_due.text():
            self.decision_due.setPlaceholderText(
                self.tr("Due, e.g. {date}").format(date=format_date(m.day))
            )
        editable = page.may_edit and m.status is not MeetingStatus.CANCELLED
        for w in (
            self.kind_combo,
            self.date_edit,
            self.time_edit,
            self.duration_spin,
            self.place_edit,
            self.next_edit,
            self.use_proposed,
            self.staff_picker,
            self.invite_staff_button,
            self.new_name,
            self.new_kind,
            self.invite_person_button,
            self.new_item,
            self.add_item_button,
            self.decision_what,
            self.responsible_combo,
            self.decision_due,
            self.record_button,
        ):
            w.setEnabled(editable)
        self.status_combo.setEnabled(page.may_edit)
        self._update_buttons()

    def _fill_staff_picker(self, page: MeetingPage) -> None:
        if self._staff is None:
            self._staff = self._session.read(
                lambda: self._session.team.staff(include_inactive=False), []
            )
        invited = {p.staff_id for p in page.participants if p.staff_id}
        unit = page.meeting.unit_id
        choices = sorted(
            (s for s in self._staff if s.id not in invited),
            key=lambda s: (s.unit_id != unit, s.name.casefold()),
        )
        current = self.staff_picker.currentData()
        self.staff_picker.clear()
        for s in choices:
            self.staff_picker.addItem(s.name, s.id)
        index = self.staff_picker.findData(current)
        self.staff_picker.setCurrentIndex(max(index, 0) if choices else -1)

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def selected_participant(self) -> MeetingParticipant | None:
        row: MeetingParticipant | None = self._selected(
            self.participants_table, self.participants_model
        )
        return row

    def selected_item(self) -> AgendaItem | None:
        row: AgendaRow | None = self._selected(self.agenda_table, self.agenda_model)
        return row[1] if row else None

    def selected_action(self) -> ActionRow | None:
        row: ActionRow | None = self._selected(self.actions_table, self.actions_model)
        return row

    def _show_item(self) -> None:
        item = self.selected_item()
        editable = bool(self._page and self._page.may_edit)
        self.item_title.setEnabled(item is not None and editable)
        self.minutes_edit.setEnabled(item is not None and editable)
        clear_invalid(self.item_title)
        if item is None:
            self.item_title.show_saved("")
            self.minutes_edit.show_saved("")
            self.minutes_label.setText(self.tr("Minutes: choose an agenda item first"))
        else:
            self.item_title.show_saved(item.title)
            self.minutes_edit.show_saved(item.minutes)
            self.minutes_label.setText(
                self.tr("Minutes for item {number}").format(
                    number=self.agenda_model.row_of(item.id) + 1
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self._page
        editable = bool(
            page and page.may_edit and page.meeting.status is not MeetingStatus.CANCELLED
        )
        item = self.selected_item()
        rows = self.agenda_model.rowCount()
        row = self.agenda_model.row_of(item.id) if item else -1
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < rows - 1)
        self.remove_item_button.setEnabled(editable and item is not None)
        person = self.selected_participant()
        for w in (self.came_button, self.away_button, self.remove_participant_button):
            w.setEnabled(editable and person is not None)
        action = self.selected_action()
        self.done_button.setEnabled(editable and action is not None)
        self.done_button.setText(
            self.tr("Open again") if action and action.item.done_on else self.tr("Mark done")
        )
        self.measure_button.setEnabled(
            editable and action is not None and not action.item.measure_id
        )
        self.remove_action_button.setEnabled(editable and action is not None)

    # -- editing the meeting -----------------------------------------------------------------

    def _update(self, what: str, widget: QWidget | None, **fields: object) -> Outcome | None:
        mid = self._meeting_id
        if mid is None or self._loading:
            return None
        outcome = self._run(what, lambda: self.service.update_meeting(mid, **fields))
        if widget is not None:
            if outcome is None:
                mark_invalid(widget, self._session.last_refusal)
            else:
                clear_invalid(widget)
        return outcome

    def _commit_kind(self) -> None:
        kind = self.kind_combo.currentData()
        if self._page is not None and kind != self._page.meeting.kind:
            self._update(self.tr("Change kind of meeting"), None, kind=kind)

    def _commit_date(self) -> None:
        today = self._session.ctx.today()
        try:
            day = parse_date(self.date_edit.text(), today)
        except ValueError:
            reason = date_problem(self.date_edit.text(), today)
            mark_invalid(self.date_edit, reason)
            self._session.refused.emit(reason)
            return
        if day is None:
            reason = self.tr("Write the date as {example}.").format(example=format_date(today))
            mark_invalid(self.date_edit, reason)
            self._session.refused.emit(reason)
            return
        if self._page is not None and day != self._page.meeting.day:
            self._update(self.tr("Move the meeting"), self.date_edit, day=day)

    def _commit_time(self) -> None:
        if self._page is not None and self.time_edit.text().strip() != format_time(
            self._page.meeting.start
        ):
            self._update(self.tr("Change start time"), self.time_edit, start=self.time_edit.text())

    def _commit_duration(self) -> None:
        if (
            self._page is not None
            and self.duration_spin.value() != self._page.meeting.duration_minutes
        ):
            self._update(
                self.tr("Change length"), None, duration_minutes=self.duration_spin.value()
            )

    def _commit_place(self) -> None:
        if self._page is not None and self.place_edit.text().strip() != self._page.meeting.place:
            self._update(self.tr("Change place"), self.place_edit, place=self.place_edit.text())

    def _commit_status(self) -> None:
        mid, status = self._meeting_id, self.status_combo.currentData()
        if mid is None or self._page is None or status == self._page.meeting.status:
            return
        if (
            self._run(self.tr("Change status"), lambda: self.service.set_status(mid, status))
            is None
        ):
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._page.meeting.status))

    def _commit_next(self) -> None:
        mid = self._meeting_id
        if mid is None or self._page is None:
            return
        text = self.next_edit.text()
        try:
            day = parse_date(text, self._session.ctx.today())
        except ValueError:
            reason = date_problem(text, self._session.ctx.today())
            mark_invalid(self.next_edit, reason)
            self._session.refused.emit(reason)
            return
        if day == self._page.meeting.next_meeting:
            clear_invalid(self.next_edit)
            return
        outcome = self._run(
            self.tr("Set the next meeting"), lambda: self.service.set_next_meeting(mid, day)
        )
        if outcome is None:
            mark_invalid(self.next_edit, self._session.last_refusal)
        else:
            clear_invalid(self.next_edit)

    def _use_proposed(self) -> None:
        if self._page is not None:
            self.next_edit.setText(format_date(self._page.proposed_next))
            self._commit_next()

    # -- participants ------------------------------------------------------------------------

    def _presence(self, present: bool) -> None:
        person = self.selected_participant()
        if person is None:
            return
        text = self.tr("{name} came") if present else self.tr("{name} did not come")
        self._run(
            text.format(name=person.name), lambda: self.service.set_presence(person.id, present)
        )

    def _remove_participant(self) -> None:
        person = self.selected_participant()
        if person is not None:
            self._run(
                self.tr("Take {name} off the list").format(name=person.name),
                lambda: self.service.remove_participant(person.id),
            )

    def _invite_staff(self) -> None:
        mid, staff_id = self._meeting_id, self.staff_picker.currentData()
        if mid is None or not staff_id:
            return
        name = self.staff_picker.currentText()
        self._run(
            self.tr("Invite {name}").format(name=name),
            lambda: self.service.add_participant(mid, staff_id=staff_id),
        )

    def _invite_person(self) -> None:
        mid = self._meeting_id
        name, kind = self.new_name.text(), self.new_kind.currentData()
        if mid is None:
            return
        outcome = self._run(
            self.tr("Invite {name}").format(name=name.strip()),
            lambda: self.service.add_participant(mid, name, kind),
        )
        if outcome is None:
            mark_invalid(self.new_name, self._session.last_refusal)
        else:
            clear_invalid(self.new_name)
            self.new_name.clear()

    # -- agenda ------------------------------------------------------------------------------

    def add_item(self) -> None:
        mid, text = self._meeting_id, self.new_item.text()
        if mid is None:
            return
        outcome = self._run(
            self.tr("Add agenda item"), lambda: self.service.add_agenda_item(mid, text)
        )
        if outcome is None:
            mark_invalid(self.new_item, self._session.last_refusal)
            return
        clear_invalid(self.new_item)
        self.new_item.clear()
        self._select(self.agenda_table, self.agenda_model, outcome.row_id)

    def add_relations_item(self) -> None:
        """Add "How we work together" with the latest check-in's results (issue 15)."""
        from teamdesk.services.relations import RelationService

        mid, page = self._meeting_id, self._page
        if mid is None or page is None:
            return
        relations = RelationService(self._session.ctx)
        item = self._session.read(
            lambda: relations.agenda_item(page.meeting.resident_id, translate), None
        )
        if item is None:
            return
        title, detail = item
        outcome = self._run(
            self.tr("Add agenda item"), lambda: self.service.add_agenda_item(mid, title, detail)
        )
        if outcome is not None:
            self._select(self.agenda_table, self.agenda_model, outcome.row_id)

    def _move(self, offset: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        outcome = self._run(
            self.tr("Move agenda item"), lambda: self.service.move_agenda_item(item.id, offset)
        )
        if outcome is not None:
            self._select(self.agenda_table, self.agenda_model, item.id)

    def _remove_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._run(
                self.tr("Remove agenda item"), lambda: self.service.remove_agenda_item(item.id)
            )

    def _commit_item_title(self) -> None:
        item = self.selected_item()
        text = self.item_title.text()
        if item is None or self._loading or text.strip() == item.title:
            return
        outcome = self._run(
            self.tr("Reword agenda item"),
            lambda: self.service.update_agenda_item(item.id, title=text),
        )
        if outcome is None:
            mark_invalid(self.item_title, self._session.last_refusal)
        else:
            clear_invalid(self.item_title)

    def _commit_minutes(self) -> None:
        item = self.selected_item()
        text = self.minutes_edit.toPlainText()
        if item is None or self._loading or text.rstrip() == item.minutes:
            self.minutes_edit.mark_saved()
            return
        if (
            self._run(
                self.tr("Write minutes"),
                lambda: self.service.update_agenda_item(item.id, minutes=text),
            )
            is not None
        ):
            self.minutes_edit.mark_saved()

    def write_minutes(self, text: str) -> None:
        """Type ``text`` as the chosen item's minutes and save them (as leaving the field does)."""
        self.minutes_edit.setPlainText(text)
        self.minutes_edit.document().setModified(True)
        self._commit_minutes()

    # -- decisions ---------------------------------------------------------------------------

    def record_decision(self) -> Outcome | None:
        """Record what the form says as a decision under the chosen agenda item."""
        mid = self._meeting_id
        if mid is None:
            return None
        what = self.decision_what.text()
        key = self.responsible_combo.currentData()
        staff_id = (
            key.split(":", 1)[1] if isinstance(key, str) and key.startswith("staff:") else None
        )
        participant_id = (
            key.split(":", 1)[1]
            if isinstance(key, str) and key.startswith("participant:")
            else None
        )
        due_text = self.decision_due.text()
        try:
            due = parse_date(due_text, self._session.ctx.today())
        except ValueError:
            reason = date_problem(due_text, self._session.ctx.today())
            mark_invalid(self.decision_due, reason)
            self._session.refused.emit(reason)
            return None
        item = self.selected_item()
        outcome = self._run(
            self.tr("Record decision"),
            lambda: self.service.record_decision(
                mid,
                what,
                due,
                responsible_staff_id=staff_id,
                responsible_participant_id=participant_id,
                agenda_item_id=item.id if item else None,
            ),
        )
        if outcome is None:
            mark_invalid(self.decision_what, self._session.last_refusal)
            return None
        for w in (self.decision_what, self.decision_due):
            clear_invalid(w)
            w.clear()
        self._select(self.actions_table, self.actions_model, outcome.row_id)
        return outcome

    def _toggle_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        done = action.item.done_on is None
        self._run(
            self.tr("Mark decision done") if done else self.tr("Open decision again"),
            lambda: self.service.set_action_done(action.item.id, done),
        )

    def make_measure(self) -> Outcome | None:
        """Turn the chosen decision into a measure of the plan; a decision made under a goal's
        evaluation serves that goal."""
        action = self.selected_action()
        page = self._page
        if action is None or page is None:
            return None
        goal_id = None
        item = next((a for a in page.agenda if a.id == action.item.agenda_item_id), None)
        if item is not None and item.kind is AgendaKind.GOAL_EVALUATION:
            goal_id = item.ref_id
        how = self.tr("Decided at the meeting on {date}.").format(
            date=format_date(page.meeting.day)
        )
        return self._run(
            self.tr("Make «{what}» a plan measure").format(what=action.item.what),
            lambda: self.service.make_measure(action.item.id, goal_id=goal_id, how=how),
        )

    def _remove_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(
                self.tr("Remove decision"),
                lambda: self.service.remove_action_item(action.item.id),
            )

    # -- exports -----------------------------------------------------------------------------

    def choose_export_path(self, suggested: str, file_filter: str) -> Path | None:
        """Ask where to write a file (the folder meeting papers went to last time); None
        cancels."""
        return choose_save_path(self, "meeting", self.tr("Save as"), suggested, file_filter)

    def open_file(self, path: Path) -> None:
        """Open a written file in the system's program for it, or say where it is."""
        open_written(self, path)

    def _export(
        self,
        stem: str,
        suffix: str,
        file_filter: str,
        write: Callable[[MeetingService, str, Path], DocumentExport],
    ) -> Operation[DocumentExport] | None:
        """Write a meeting paper off the GUI thread (see :func:`export_document`)."""
        page = self._page
        if page is None:
            return None
        m = page.meeting
        return export_document(
            self._session,
            kind="meeting",
            suggested=f"{stem}-{initials(m.resident_name)}-{m.day.isoformat()}{suffix}",
            suffix=suffix,
            choose=lambda name: self.choose_export_path(name, file_filter),
            write=lambda ctx, path: write(MeetingService(ctx), m.id, path),
            open_file=self.open_file,
            on_written=lambda result: self.exported.emit(str(result.path)),
        )

    def export_agenda(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("agenda"),
            ".pdf",
            self.tr("PDF documents (*.pdf)"),
            lambda service, mid, path: service.export_agenda(mid, path, translate=translate),
        )

    def export_minutes(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("minutes"),
            ".pdf",
            self.tr("PDF documents (*.pdf)"),
            lambda service, mid, path: service.export_minutes(mid, path, translate=translate),
        )

    def export_ics(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("invitation"),
            ".ics",
            self.tr("Calendar files (*.ics)"),
            lambda service, mid, path: service.export_ics(mid, path, translate=translate),
        )

    # -- selection helper --------------------------------------------------------------------

    def _select(self, table: QTableView, model: RowsModel, key: str | None) -> None:
        if key is None:
            return
        row = model.row_of(key)
        if row >= 0:
            select_row(table, row)
