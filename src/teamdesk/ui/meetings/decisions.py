"""The meeting editor's "Decisions": who does what by when, done or open, and a decision made
a measure of the plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout

from teamdesk.domain.meetings import AgendaItem, AgendaKind
from teamdesk.services.meetings import ActionRow, MeetingPage
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import date_problem, format_date, parse_date
from teamdesk.ui.common.widgets import (
    DateEdit,
    DraftLineEdit,
    clear_invalid,
    fit_combo,
    fit_rows,
    mark_invalid,
    named,
)
from teamdesk.ui.meetings.meeting_state import (
    MeetingState,
    allow_when,
    button,
    select_key,
    selected,
    table,
)


class DecisionsSection(QGroupBox):
    """The decisions of the meeting; a new one is recorded under the chosen agenda item."""

    def __init__(self, state: MeetingState, chosen_item: Callable[[], AgendaItem | None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Decisions: who does what, by when"))
        self.setObjectName("meetingDecisionsBox")
        self._state = state
        self._chosen_item = chosen_item
        layout = QVBoxLayout(self)
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
        self.actions_table = table(self.actions_model, "decisionsTable", self.tr("Decisions"), 0)
        self.actions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_buttons()
        )
        layout.addWidget(self.actions_table)
        row = QHBoxLayout()
        self.done_button = button(
            self.tr("Mark done"),
            "decisionDoneButton",
            self.tr("Mark the chosen decision done"),
            self._toggle_done,
        )
        self.measure_button = button(
            self.tr("Make it a plan &measure"),
            "makeMeasureButton",
            self.tr("Turn the chosen decision into a measure of the plan"),
            self.make_measure,
        )
        self.remove_action_button = button(
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
        # What was decided on a line of its own, who and by when under it: in one row they
        # made the editor wider than a 1024 px screen.
        self.decision_what = named(
            DraftLineEdit(self.tr("a decision"), lambda: self.record_decision()),
            "decisionWhatEdit",
            self.tr("What was decided"),
        )
        self.decision_what.setPlaceholderText(self.tr("What was decided…"))
        layout.addWidget(self.decision_what)
        form = QHBoxLayout()
        self.responsible_combo = named(
            QComboBox(), "decisionResponsibleCombo", self.tr("Who is responsible")
        )
        fit_combo(self.responsible_combo, 14)
        self.responsible_combo.setPlaceholderText(self.tr("Who is responsible?"))
        self.decision_due = named(DateEdit(), "decisionDueEdit", self.tr("Due date"))
        self.decision_due.setPlaceholderText(self.tr("Due date"))
        self.decision_due.setMaximumWidth(130)
        self.decision_due.returnPressed.connect(self.record_decision)
        self.record_button = button(
            self.tr("&Record decision"),
            "recordDecisionButton",
            self.tr("Record the decision under the chosen agenda item"),
            self.record_decision,
        )
        form.addWidget(self.responsible_combo, 2)
        form.addWidget(self.decision_due.field, 1)
        form.addWidget(self.record_button)
        layout.addLayout(form)

    # -- texts -------------------------------------------------------------------------------

    def _action_status(self, a: ActionRow) -> str:
        if a.item.done_on is not None:
            text = self.tr("Done {date}").format(date=format_date(a.item.done_on))
        elif a.item.is_overdue(self._state.session.ctx.today()):
            text = self.tr("Overdue")
        else:
            text = self.tr("Open")
        if a.item.measure_id:
            text += " · " + self.tr("plan measure")
        return text

    def _action_kind(self, a: ActionRow) -> RowKind:
        if a.item.done_on is not None:
            return RowKind.MUTED
        if a.item.is_overdue(self._state.session.ctx.today()):
            return RowKind.WARNING
        return RowKind.NORMAL

    # -- showing -----------------------------------------------------------------------------

    def show_page(self, page: MeetingPage) -> None:
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
                self.tr("Due, e.g. {date}").format(date=format_date(page.meeting.day))
            )
        for w in (self.decision_what, self.responsible_combo, self.decision_due):
            w.setEnabled(page.editable)
        allow_when((self.record_button,), page.why_not_edit, True)
        self.update_buttons()

    def selected_action(self) -> ActionRow | None:
        row: ActionRow | None = selected(self.actions_table, self.actions_model)
        return row

    def update_buttons(self) -> None:
        action = self.selected_action()
        why_not, editable = self._state.why_not_edit, self._state.editable
        chosen = editable and action is not None
        allow_when((self.done_button, self.remove_action_button), why_not, chosen)
        allow_when(
            (self.measure_button,),
            why_not,
            chosen and action is not None and not action.item.measure_id,
        )
        self.done_button.setText(
            self.tr("Open again") if action and action.item.done_on else self.tr("Mark done")
        )

    # -- editing -----------------------------------------------------------------------------

    def record_decision(self) -> Outcome | None:
        """Record what the form says as a decision under the chosen agenda item."""
        state = self._state
        mid = state.meeting_id
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
        today = state.session.ctx.today()
        try:
            due = parse_date(due_text, today)
        except ValueError:
            reason = date_problem(due_text, today)
            mark_invalid(self.decision_due, reason)
            state.session.refused.emit(reason)
            return None
        item = self._chosen_item()
        outcome = state.run_marking(
            self.tr("Record decision"),
            lambda: state.service.record_decision(
                mid,
                what,
                due,
                responsible_staff_id=staff_id,
                responsible_participant_id=participant_id,
                agenda_item_id=item.id if item else None,
            ),
            self.decision_what,
        )
        if outcome is None:
            return None
        for w in (self.decision_what, self.decision_due):
            clear_invalid(w)
            w.clear()
        select_key(self.actions_table, self.actions_model, outcome.row_id)
        return outcome

    def _toggle_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        done = action.item.done_on is None
        self._state.run(
            self.tr("Mark decision done") if done else self.tr("Open decision again"),
            lambda: self._state.service.set_action_done(action.item.id, done),
        )

    def make_measure(self) -> Outcome | None:
        """Turn the chosen decision into a measure of the plan; a decision made under a goal's
        evaluation serves that goal."""
        action = self.selected_action()
        page = self._state.page
        if action is None or page is None:
            return None
        goal_id = None
        item = next((a for a in page.agenda if a.id == action.item.agenda_item_id), None)
        if item is not None and item.kind is AgendaKind.GOAL_EVALUATION:
            goal_id = item.ref_id
        how = self.tr("Decided at the meeting on {date}.").format(
            date=format_date(page.meeting.day)
        )
        return self._state.run(
            self.tr("Make «{what}» a plan measure").format(what=action.item.what),
            lambda: self._state.service.make_measure(action.item.id, goal_id=goal_id, how=how),
        )

    def _remove_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._state.run(
                self.tr("Remove decision"),
                lambda: self._state.service.remove_action_item(action.item.id),
            )
