"""The Meetings page: upcoming meetings, a resident's meeting history, or open decisions by
responsible person on the left; the chosen meeting in the editor on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.meetings import Meeting, MeetingKind, MeetingStatus
from teamdesk.domain.team import Resident
from teamdesk.services.meetings import ActionRow, MeetingService
from teamdesk.services.plan import PlanService
from teamdesk.ui.common.models import Column, Index, RowKind, RowsModel
from teamdesk.ui.common.text import counted, format_date, format_time, name_order, translate
from teamdesk.ui.common.widgets import ColumnsStepAside, ListTable, named
from teamdesk.ui.meetings.meeting_editor import MEETING_TABLES, MeetingEditor
from teamdesk.ui.people.resident_page import configure_table, select_row
from teamdesk.ui.session import Session

UPCOMING, RESIDENT, DECISIONS = 0, 1, 2
PersonAction = tuple[str, ActionRow]


class PickerModel(RowsModel):
    """Rows for an editable combo box, which reads its items' text in the edit role."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class MeetingsView(QWidget):
    """Meetings and decisions beside the meeting being prepared or documented."""

    open_resident = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsView")
        self._session = session
        self._settings = settings
        self.service = MeetingService(session.ctx)
        self._plans = PlanService(session.ctx)
        self._stale = True
        self._resident_id: str | None = None
        self._residents_loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.mode = named(QComboBox(), "meetingsModeCombo", self.tr("What to list"))
        self.mode.addItem(self.tr("Upcoming meetings"))
        self.mode.addItem(self.tr("A resident's meetings"))
        self.mode.addItem(self.tr("Open decisions by responsible person"))
        self.mode.currentIndexChanged.connect(lambda _i: self.reload())
        left_layout.addWidget(self.mode)

        resident_row = QHBoxLayout()
        self.resident_model = PickerModel(
            [Column("", lambda r: f"{r.display_name} · {r.room}" if r.room else r.display_name)],
            key=lambda r: r.id,
            parent=self,
        )
        self.resident_picker = named(
            QComboBox(),
            "meetingResidentPicker",
            self.tr("Resident whose meetings to list"),
            self.tr("Type part of a name."),
        )
        self.resident_picker.setEditable(True)
        self.resident_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.resident_picker.setModel(self.resident_model)
        completer = QCompleter(self.resident_model, self.resident_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.resident_picker.setCompleter(completer)
        self.resident_picker.activated.connect(lambda _i: self._resident_chosen())
        self.prepare_button = named(
            QPushButton(self.tr("&Prepare a meeting")),
            "prepareMeetingButton",
            self.tr("Prepare a meeting about the chosen resident's plan"),
        )
        self.prepare_button.clicked.connect(lambda _c=False: self.prepare_for_resident())
        resident_row.addWidget(self.resident_picker, 1)
        resident_row.addWidget(self.prepare_button)
        self.resident_bar = QWidget()
        self.resident_bar.setLayout(resident_row)
        resident_row.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.resident_bar)

        self.meetings_model = RowsModel(
            [
                Column(self.tr("When"), lambda m: f"{format_date(m.day)} {format_time(m.start)}"),
                Column(self.tr("Resident"), lambda m: m.resident_name),
                Column(self.tr("Kind"), lambda m: translate(m.kind.label)),
                Column(self.tr("Status"), lambda m: translate(m.status.label)),
            ],
            key=lambda m: m.id,
            kind=self._meeting_kind,
            parent=self,
        )
        self.meetings_table = named(ListTable(), "meetingsTable", self.tr("Meetings"))
        self.meetings_table.setModel(self.meetings_model)
        configure_table(self.meetings_table)
        header = self.meetings_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.meetings_model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        ColumnsStepAside(self.meetings_table, (2, 3))
        self.meetings_table.selectionModel().currentRowChanged.connect(self._meeting_chosen)
        self.actions_model = RowsModel(
            [
                Column(self.tr("Responsible"), lambda r: r[0]),
                Column(self.tr("Decision"), lambda r: r[1].item.what),
                Column(self.tr("Due"), lambda r: format_date(r[1].item.due)),
                Column(self.tr("Resident"), lambda r: r[1].meeting.resident_name),
            ],
            key=lambda r: r[1].item.id,
            kind=self._action_kind,
            parent=self,
        )
        self.actions_table = named(
            ListTable(), "openDecisionsTable", self.tr("Open decisions by responsible person")
        )
        self.actions_table.setModel(self.actions_model)
        configure_table(self.actions_table)
        header = self.actions_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.actions_model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        ColumnsStepAside(self.actions_table, (3, 2))
        self.actions_table.selectionModel().currentRowChanged.connect(self._action_chosen)
        self._lists = QStackedWidget()
        self._lists.addWidget(self.meetings_table)
        self._lists.addWidget(self.actions_table)
        left_layout.addWidget(self._lists, 1)
        self.count = named(QLabel(), "meetingsCount", self.tr("How many are listed"))
        self.count.setProperty("role", "hint")
        self.count.setWordWrap(True)
        left_layout.addWidget(self.count)

        self.editor = MeetingEditor(session)
        self.editor.open_resident.connect(self.open_resident)
        scroll = QScrollArea()
        scroll.setObjectName("meetingScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("meetingsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([560, 900])
        self.splitter.setChildrenCollapsible(False)
        state = settings.value("meetings/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.mode)
        session.changed.connect(self._on_changed)
        self._show_mode()

    def save_state(self) -> None:
        self._settings.setValue("meetings/splitter", self.splitter.saveState())

    def _meeting_kind(self, m: Meeting) -> RowKind:
        if m.status is MeetingStatus.CANCELLED:
            return RowKind.MUTED
        if m.status is MeetingStatus.PLANNED and m.day < self._session.ctx.today():
            return RowKind.WARNING  # its day has passed and it is not marked held
        return RowKind.NORMAL

    def _action_kind(self, row: PersonAction) -> RowKind:
        overdue = row[1].item.is_overdue(self._session.ctx.today())
        return RowKind.WARNING if overdue else RowKind.NORMAL

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "resident" in tables:
            self._residents_loaded = False
        if tables & MEETING_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def _show_mode(self) -> None:
        mode = self.mode.currentIndex()
        self.resident_bar.setVisible(mode == RESIDENT)
        self._lists.setCurrentIndex(1 if mode == DECISIONS else 0)

    def reload(self) -> None:
        """Read the list for the chosen mode again; the chosen meeting stays chosen."""
        self._timer.stop()
        self._stale = False
        self._show_mode()
        mode = self.mode.currentIndex()
        if mode == RESIDENT:
            self._load_residents()
        if mode == DECISIONS:
            groups = self._session.read(self.service.open_actions_by_person, [])
            rows: list[PersonAction] = [(p.name, r) for p in groups for r in p.items]
            self.actions_model.set_rows(rows)
            self.count.setText(
                counted(
                    self.tr("%n open decision(s), {people} responsible.", "", len(rows)), len(rows)
                ).format(people=counted(self.tr("%n person(s)", "", len(groups)), len(groups)))
                if rows
                else self.tr("No open decisions.")
            )
            return
        if mode == RESIDENT:
            rid = self._resident_id
            meetings = (
                self._session.read(lambda: self.service.history(rid), [], gone_is_quiet=True)
                if rid
                else []
            )
            self.count.setText(
                counted(
                    self.tr("%n meeting(s), the latest first.", "", len(meetings)), len(meetings)
                )
                if rid
                else self.tr("Choose a resident to see their meetings.")
            )
        else:
            meetings = self._session.read(self.service.upcoming, [])
            self.count.setText(
                counted(self.tr("%n upcoming meeting(s).", "", len(meetings)), len(meetings))
                if meetings
                else self.tr(
                    "No meetings are planned. Prepare one from a resident's individual plan."
                )
            )
        self.meetings_model.set_rows(meetings)
        self._keep_current()

    def _load_residents(self) -> None:
        if self._residents_loaded:
            row = self.resident_model.row_of(self._resident_id or "")
            if row >= 0 and row != self.resident_picker.currentIndex():
                self.resident_picker.setCurrentIndex(row)
            return
        residents: list[Resident] = self._session.read(self._session.team.residents, [])
        today = self._session.ctx.today()
        text = self.resident_picker.currentText()
        self.resident_model.set_rows(
            sorted(
                (r for r in residents if r.lives_here_on(today)),
                key=lambda r: name_order(r.display_name),
            )
        )
        self._residents_loaded = True
        row = self.resident_model.row_of(self._resident_id or "")
        if row >= 0:
            self.resident_picker.setCurrentIndex(row)
        else:
            self.resident_picker.setCurrentIndex(-1)
            self.resident_picker.setEditText(text)

    def _keep_current(self) -> None:
        mid = self.editor.meeting_id
        row = self.meetings_model.row_of(mid) if mid else -1
        if row >= 0:
            select_row(self.meetings_table, row)

    # -- choosing ----------------------------------------------------------------------------

    def _meeting_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            meeting: Meeting = self.meetings_model.row_at(current.row())
            if meeting.id != self.editor.meeting_id:
                self.editor.show_meeting(meeting.id)

    def _action_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row: PersonAction = self.actions_model.row_at(current.row())
            if row[1].meeting.id != self.editor.meeting_id:
                self.editor.show_meeting(row[1].meeting.id)

    def _resident_chosen(self) -> None:
        index = self.resident_picker.currentIndex()
        if 0 <= index < self.resident_model.rowCount():
            resident: Resident = self.resident_model.row_at(index)
            self.show_resident(resident.id)

    def show_resident(self, resident_id: str) -> None:
        """List every meeting about a resident."""
        self._resident_id = resident_id
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(RESIDENT)
        self.mode.blockSignals(False)
        self._residents_loaded = False
        self.reload()

    def show_meeting(self, meeting_id: str) -> None:
        """Open a meeting in the editor, listed among its resident's meetings."""
        page = self._session.read(lambda: self.service.meeting(meeting_id), None)
        if page is None:
            return
        self.editor.show_meeting(meeting_id)
        self.show_resident(page.meeting.resident_id)

    def prepare_for_resident(self) -> str | None:
        """Prepare a meeting about the chosen resident's plan."""
        rid = self._resident_id
        if rid is None:
            self._session.refused.emit(self.tr("Choose a resident first."))
            return None
        plan = self._session.read(lambda: self._plans.plan_of_resident(rid), None)
        if plan is None:
            self._session.refused.emit(
                self.tr(
                    "This resident has no individual plan yet. A meeting is prepared from the "
                    "plan: start one on the resident's Individual plan tab."
                )
            )
            return None
        return self.prepare_for_plan(plan.id)

    def prepare_for_plan(
        self,
        plan_id: str,
        kind: MeetingKind = MeetingKind.RESPONSIBILITY_GROUP,
        *,
        open_planned: bool = False,
    ) -> str | None:
        """Prepare a meeting about a plan (participants and agenda drafted from it) and open
        it; its day, time and place can be changed at once. Returns the meeting's id.

        With ``open_planned``, a meeting already planned about the plan is opened instead of
        preparing another (the plan page's button: one click finds the coming meeting)."""
        if open_planned:
            planned = [
                m for m in self._session.read(self.service.upcoming, []) if m.plan_id == plan_id
            ]
            if planned:
                self.show_meeting(planned[0].id)
                self._session.told.emit(
                    self.tr(
                        "A meeting about this plan is already planned ({date}); it is open here. "
                        "To prepare another, use Prepare a meeting."
                    ).format(date=format_date(planned[0].day))
                )
                return planned[0].id
        outcome = self._session.run(
            self.tr("Prepare a meeting"),
            lambda: self.service.prepare_meeting(plan_id, kind, translate=translate),
        )
        if outcome is None or outcome.row_id is None:
            return None
        self.show_meeting(outcome.row_id)
        self.editor.details.date_edit.setFocus()
        return outcome.row_id

    def focus_search(self) -> None:
        self.mode.setCurrentIndex(RESIDENT)
        self.resident_picker.setFocus()
