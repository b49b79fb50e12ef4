"""The meeting editor's "Agenda and minutes": the items in order, and the minutes under the
chosen one."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from teamdesk.domain.meetings import AgendaItem
from teamdesk.services.meetings import MeetingPage
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import translate
from teamdesk.ui.common.widgets import (
    CommitTextEdit,
    DraftLineEdit,
    clear_invalid,
    fit_rows,
    hint,
    named,
    select_row,
)
from teamdesk.ui.meetings.meeting_state import (
    MeetingState,
    allow_when,
    button,
    line,
    select_key,
    selected,
    table,
)

AgendaRow = tuple[str, AgendaItem]


class AgendaSection(QGroupBox):
    """The agenda, drafted from the plan, and the minutes written under each item."""

    def __init__(self, state: MeetingState) -> None:
        super().__init__()
        self.setTitle(self.tr("Agenda and minutes"))
        self.setObjectName("meetingAgendaBox")
        self._state = state
        layout = QVBoxLayout(self)
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
        self.agenda_table = table(self.agenda_model, "agendaTable", self.tr("Agenda"), 2, wrap=True)
        self.agenda_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_item())
        layout.addWidget(self.agenda_table)
        # The buttons that act on the chosen item on one line, the new item on the next: on
        # one line they made the editor wider than a 1024 px screen.
        row = QHBoxLayout()
        self.up_button = button(
            self.tr("Move up"),
            "agendaUpButton",
            self.tr("Move the chosen item up"),
            lambda: self._move(-1),
        )
        self.down_button = button(
            self.tr("Move down"),
            "agendaDownButton",
            self.tr("Move the chosen item down"),
            lambda: self._move(1),
        )
        self.remove_item_button = button(
            self.tr("Remove item"),
            "removeAgendaItemButton",
            self.tr("Remove the chosen item from the agenda"),
            self._remove_item,
        )
        for w in (self.up_button, self.down_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.remove_item_button)
        layout.addLayout(row)
        new_row = QHBoxLayout()
        self.new_item = named(
            DraftLineEdit(self.tr("a new agenda item"), lambda: self.add_item()),
            "newAgendaItemEdit",
            self.tr("New agenda item"),
        )
        self.new_item.setPlaceholderText(self.tr("A new item… (Enter adds)"))
        self.new_item.returnPressed.connect(self.add_item)
        self.add_item_button = button(
            self.tr("Add item"), "addAgendaItemButton", self.tr("Add agenda item"), self.add_item
        )
        self.relations_item_button = button(
            self.tr("How we work together"),
            "addRelationsItemButton",
            self.tr("Add the latest check-in on how we work together to the agenda"),
            self.add_relations_item,
        )
        self.relations_item_button.setToolTip(
            self.tr("Add the latest check-in on how we work together to the agenda")
        )
        new_row.addWidget(self.new_item, 1)
        new_row.addWidget(self.add_item_button)
        new_row.addWidget(self.relations_item_button)
        layout.addLayout(new_row)
        self.item_title = line("agendaItemTitleEdit", self.tr("The chosen item's words"))
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

    # -- showing -----------------------------------------------------------------------------

    def show_page(self, page: MeetingPage) -> None:
        self.agenda_model.set_rows([(str(i), a) for i, a in enumerate(page.agenda, start=1)])
        fit_rows(self.agenda_table, 2, 14)
        if not self.agenda_table.currentIndex().isValid() and page.agenda:
            select_row(self.agenda_table, 0)
        self.new_item.setEnabled(page.editable)
        self.relations_item_button.setEnabled(page.editable)
        allow_when((self.add_item_button,), page.why_not_edit, True)
        self.show_item()

    def selected_item(self) -> AgendaItem | None:
        row: AgendaRow | None = selected(self.agenda_table, self.agenda_model)
        return row[1] if row else None

    def show_item(self) -> None:
        item = self.selected_item()
        editable = self._state.editable
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
        self.update_buttons()

    def update_buttons(self) -> None:
        item = self.selected_item()
        rows = self.agenda_model.rowCount()
        row = self.agenda_model.row_of(item.id) if item else -1
        why_not, editable = self._state.why_not_edit, self._state.editable
        allow_when((self.up_button,), why_not, editable and row > 0)
        allow_when((self.down_button,), why_not, editable and 0 <= row < rows - 1)
        allow_when((self.remove_item_button,), why_not, editable and item is not None)

    # -- editing -----------------------------------------------------------------------------

    def add_item(self) -> None:
        state = self._state
        mid, text = state.meeting_id, self.new_item.text()
        if mid is None:
            return
        outcome = state.run_marking(
            self.tr("Add agenda item"),
            lambda: state.service.add_agenda_item(mid, text),
            self.new_item,
        )
        if outcome is not None:
            self.new_item.clear()
            select_key(self.agenda_table, self.agenda_model, outcome.row_id)

    def add_relations_item(self) -> None:
        """Add "How we work together" with the latest check-in's results (issue 15)."""
        from teamdesk.services.relations import RelationService

        state = self._state
        mid, page = state.meeting_id, state.page
        if mid is None or page is None:
            return
        relations = RelationService(state.session.ctx)
        item = state.session.read(
            lambda: relations.agenda_item(page.meeting.resident_id, translate), None
        )
        if item is None:
            return
        title, detail = item
        outcome = state.run(
            self.tr("Add agenda item"), lambda: state.service.add_agenda_item(mid, title, detail)
        )
        if outcome is not None:
            select_key(self.agenda_table, self.agenda_model, outcome.row_id)

    def _move(self, offset: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        outcome = self._state.run(
            self.tr("Move agenda item"),
            lambda: self._state.service.move_agenda_item(item.id, offset),
        )
        if outcome is not None:
            select_key(self.agenda_table, self.agenda_model, item.id)

    def _remove_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._state.run(
                self.tr("Remove agenda item"),
                lambda: self._state.service.remove_agenda_item(item.id),
            )

    def _commit_item_title(self) -> None:
        item = self.selected_item()
        text = self.item_title.text()
        if item is None or self._state.loading or text.strip() == item.title:
            return
        self._state.run_marking(
            self.tr("Reword agenda item"),
            lambda: self._state.service.update_agenda_item(item.id, title=text),
            self.item_title,
        )

    def _commit_minutes(self) -> None:
        item = self.selected_item()
        text = self.minutes_edit.toPlainText()
        if item is None or self._state.loading or text.rstrip() == item.minutes:
            self.minutes_edit.mark_saved()
            return
        if (
            self._state.run(
                self.tr("Write minutes"),
                lambda: self._state.service.update_agenda_item(item.id, minutes=text),
            )
            is not None
        ):
            self.minutes_edit.mark_saved()

    def write_minutes(self, text: str) -> None:
        """Type ``text`` as the chosen item's minutes and save them (as leaving the field does)."""
        self.minutes_edit.setPlainText(text)
        self.minutes_edit.document().setModified(True)
        self._commit_minutes()
