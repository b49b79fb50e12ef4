"""The meeting editor's "Who is invited": the list with who came, and inviting staff or someone
else (the GP, a relative, the resident)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout

from teamdesk.domain.meetings import MeetingParticipant
from teamdesk.domain.plan import ParticipantKind
from teamdesk.services.meetings import MeetingPage
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import name_order, translate
from teamdesk.ui.common.widgets import fit_rows, named
from teamdesk.ui.meetings.meeting_state import MeetingState, allow_when, button, selected, table


class ParticipantsSection(QGroupBox):
    """Who is invited, who came, and inviting more."""

    def __init__(self, state: MeetingState) -> None:
        super().__init__()
        self.setTitle(self.tr("Who is invited"))
        self.setObjectName("meetingParticipantsBox")
        self._state = state
        layout = QVBoxLayout(self)
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
        self.participants_table = table(
            self.participants_model, "meetingParticipantsTable", self.tr("Who is invited"), 0
        )
        self.participants_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_buttons()
        )
        layout.addWidget(self.participants_table)
        row = QHBoxLayout()
        self.came_button = button(
            self.tr("Came"),
            "cameButton",
            self.tr("The chosen person came"),
            lambda: self._presence(True),
        )
        self.away_button = button(
            self.tr("Did not come"),
            "didNotComeButton",
            self.tr("The chosen person did not come"),
            lambda: self._presence(False),
        )
        self.remove_participant_button = button(
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
        # Staff on one line, someone else on the next: side by side they made the editor
        # wider than a 1024 px screen.
        staff_row = QHBoxLayout()
        self.staff_picker = named(
            QComboBox(), "inviteStaffPicker", self.tr("Staff member to invite")
        )
        self.staff_picker.setMinimumWidth(200)
        self.invite_staff_button = button(
            self.tr("Invite"),
            "inviteStaffButton",
            self.tr("Invite the chosen staff member"),
            self._invite_staff,
        )
        staff_row.addWidget(self.staff_picker, 1)
        staff_row.addWidget(self.invite_staff_button)
        layout.addLayout(staff_row)
        other_row = QHBoxLayout()
        self.new_name = named(
            QLineEdit(), "inviteNameEdit", self.tr("Name of someone else to invite")
        )
        self.new_name.setPlaceholderText(self.tr("Someone else: name (e.g. the GP)"))
        self.new_name.returnPressed.connect(self._invite_person)
        self.new_kind = named(QComboBox(), "inviteKindCombo", self.tr("Who the person is"))
        for kind in (ParticipantKind.SERVICE, ParticipantKind.RELATIVE, ParticipantKind.RESIDENT):
            self.new_kind.addItem(translate(kind.label), kind)
        self.invite_person_button = button(
            self.tr("Invite"),
            "invitePersonButton",
            self.tr("Invite the person named"),
            self._invite_person,
        )
        other_row.addWidget(self.new_name, 2)
        other_row.addWidget(self.new_kind, 1)
        other_row.addWidget(self.invite_person_button)
        layout.addLayout(other_row)

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

    # -- showing -----------------------------------------------------------------------------

    def show_page(self, page: MeetingPage) -> None:
        self.participants_model.set_rows(page.participants)
        fit_rows(self.participants_table, 2, 12)
        invited = {p.staff_id for p in page.participants if p.staff_id}
        unit = page.meeting.unit_id
        choices = sorted(
            (s for s in self._state.active_staff() if s.id not in invited),
            key=lambda s: (s.unit_id != unit, name_order(s.name)),
        )
        current = self.staff_picker.currentData()
        self.staff_picker.clear()
        for s in choices:
            self.staff_picker.addItem(s.name, s.id)
        index = self.staff_picker.findData(current)
        self.staff_picker.setCurrentIndex(max(index, 0) if choices else -1)
        for w in (self.staff_picker, self.new_name, self.new_kind):
            w.setEnabled(page.editable)
        allow_when((self.invite_staff_button, self.invite_person_button), page.why_not_edit, True)
        self.update_buttons()

    def selected_participant(self) -> MeetingParticipant | None:
        row: MeetingParticipant | None = selected(self.participants_table, self.participants_model)
        return row

    def update_buttons(self) -> None:
        allow_when(
            (self.came_button, self.away_button, self.remove_participant_button),
            self._state.why_not_edit,
            self._state.editable and self.selected_participant() is not None,
        )

    # -- editing -----------------------------------------------------------------------------

    def _presence(self, present: bool) -> None:
        person = self.selected_participant()
        if person is None:
            return
        text = self.tr("{name} came") if present else self.tr("{name} did not come")
        self._state.run(
            text.format(name=person.name),
            lambda: self._state.service.set_presence(person.id, present),
        )

    def _remove_participant(self) -> None:
        person = self.selected_participant()
        if person is not None:
            self._state.run(
                self.tr("Take {name} off the list").format(name=person.name),
                lambda: self._state.service.remove_participant(person.id),
            )

    def _invite_staff(self) -> None:
        mid, staff_id = self._state.meeting_id, self.staff_picker.currentData()
        if mid is None or not staff_id:
            return
        name = self.staff_picker.currentText()
        self._state.run(
            self.tr("Invite {name}").format(name=name),
            lambda: self._state.service.add_participant(mid, staff_id=staff_id),
        )

    def _invite_person(self) -> None:
        mid = self._state.meeting_id
        name, kind = self.new_name.text(), self.new_kind.currentData()
        if mid is None:
            return
        outcome = self._state.run_marking(
            self.tr("Invite {name}").format(name=name.strip()),
            lambda: self._state.service.add_participant(mid, name, kind),
            self.new_name,
        )
        if outcome is not None:
            self.new_name.clear()
