"""Sections e) and f): the measures, their extent, who is responsible, how they are carried out
and the goal each serves."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from teamdesk.domain.plan import Measure, ParticipantKind
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.widgets import DraftLineEdit, fit_rows, index_of_data, named, show_choice
from teamdesk.ui.plan.goals import GoalRow, numbered_goals
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState

MeasureRow = tuple[str, Measure]


class MeasuresSection(PlanSectionWidget):
    """e) and f) Measures."""

    key = "ef"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
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
        self.measures_table = self.table(
            self.measures_model, "measuresTable", self.tr("Measures"), narrow=(0, 4)
        )
        self.measures_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_measure()
        )
        layout.addWidget(self.measures_table)
        # What acts on the chosen measure sits right under the list.
        self.measure_buttons = QHBoxLayout()
        self.move_up, self.move_down = self.move_buttons(
            "measure", self.tr("measure"), self.move_measure, self.measures_table
        )
        self.measure_buttons.addWidget(self.move_up)
        self.measure_buttons.addWidget(self.move_down)
        self.measure_buttons.addStretch(1)
        self.remove_button = self.button(
            self.tr("Remove measure"),
            "removeMeasureButton",
            self.tr("Remove the chosen measure"),
            self._remove_measure,
        )
        self.measure_buttons.addWidget(self.remove_button)
        layout.addLayout(self.measure_buttons)
        self.new_measure = self.editing(
            named(
                DraftLineEdit(self.tr("a new measure"), lambda: self.add_measure()),
                "newMeasureEdit",
                self.tr("New measure"),
            )
        )
        self.new_measure.setPlaceholderText(
            self.tr("A new measure, for the chosen goal… (Enter adds)")
        )
        self.new_measure.returnPressed.connect(self.add_measure)
        layout.addWidget(self.new_measure)
        self.new_measure_goal = self.combo(
            "newMeasureGoalCombo", self.tr("Goal a new measure serves")
        )
        self._followed: str | None = None
        layout.addLayout(
            self.row(
                self.new_measure_goal,
                self.button(
                    self.tr("Add &measure"),
                    "addMeasureButton",
                    self.tr("Add measure"),
                    self.add_measure,
                ),
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.measure_what = self.line("measureWhatEdit", self.tr("What"))
        self.measure_what.editingFinished.connect(lambda: self._commit_measure("what"))
        self.measure_extent = self.line(
            "measureExtentEdit", self.tr("Extent"), self.tr("How much or how often")
        )
        self.measure_extent.editingFinished.connect(lambda: self._commit_measure("extent"))
        self.measure_how = self.text_field("measureHowEdit", self.tr("How it is carried out"))
        self.measure_how.editingFinished.connect(lambda: self._commit_measure("how"))
        self.measure_goal = self.combo("measureGoalCombo", self.tr("Goal it serves"))
        self.measure_goal.activated.connect(lambda _i: self._commit_measure("goal_id"))
        self.measure_responsible = self.combo("measureResponsibleCombo", self.tr("Responsible"))
        self.measure_responsible.activated.connect(lambda _i: self._commit_responsible())
        form.addRow(self.tr("What"), self.measure_what)
        form.addRow(self.tr("Extent"), self.measure_extent)
        form.addRow(self.tr("Responsible"), self.measure_responsible)
        form.addRow(self.tr("Goal"), self.measure_goal)
        form.addRow(self.tr("How (f)"), self.measure_how)
        layout.addLayout(form)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------

    def show_view(self, view: PlanView) -> None:
        rows = [(str(i), m) for i, m in enumerate(view.content.ordered_measures(), start=1)]
        self.measures_model.set_rows(rows)
        fit_rows(self.measures_table, 2, 12)
        self._fill_goal_choices(numbered_goals(view))
        self._show_measure()

    def _responsible_text(self, row: MeasureRow) -> str:
        view = self.state.view
        if view is None:
            return ""
        return view.content.responsible_name(row[1]) or self.tr("Nobody yet")

    def _measure_goal_text(self, row: MeasureRow) -> str:
        view = self.state.view
        return view.content.goal_number(row[1].goal_id) if view else ""

    def selected_measure(self) -> Measure | None:
        row = self.selected_row(self.measures_table, self.measures_model)
        return row[1] if row else None

    def _fill_goal_choices(self, goals: list[GoalRow]) -> None:
        chosen = self.new_measure_goal.currentData()
        for combo in (self.measure_goal, self.new_measure_goal):
            combo.clear()
            combo.addItem(self.tr("(no goal)"), None)
            for number, goal in goals:
                combo.addItem(f"{number}. {goal.text}", goal.id)
        self.new_measure_goal.setItemText(0, self.tr("For no goal"))
        wanted = chosen if index_of_data(self.new_measure_goal, chosen) > 0 else self._followed
        self.new_measure_goal.setCurrentIndex(max(0, index_of_data(self.new_measure_goal, wanted)))
        self._fill_responsible_choices()

    def _fill_responsible_choices(self) -> None:
        """The unit's staff and the plan's other participants; filled anew for each measure, so
        a stored person added for one measure is not offered for the next."""
        self.measure_responsible.clear()
        self.measure_responsible.addItem(self.tr("(nobody yet)"), None)
        for s in self.state.staff:
            self.measure_responsible.addItem(s.name, ("staff", s.id))
        view = self.state.view
        if view:
            for p in view.content.ordered_participants():
                if p.kind is not ParticipantKind.STAFF or not p.staff_id:
                    self.measure_responsible.addItem(p.display_name, ("participant", p.id))

    def _show_measure(self) -> None:
        m = self.selected_measure()
        for w in (
            self.measure_what,
            self.measure_extent,
            self.measure_how,
            self.measure_goal,
            self.measure_responsible,
            self.remove_button,
        ):
            self.enable(w, m is not None)
        view = self.state.view
        up, down = view.measure_moves(m.id if m else None) if view else (False, False)
        self.enable(self.move_up, up)
        self.enable(self.move_down, down)
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
        missing = view.content.responsible_name(m) if m and view else ""
        show_choice(self.measure_responsible, key, missing or None)

    # -- changing ------------------------------------------------------------------------------

    def add_measure(self, goal_id: str | None = None) -> None:
        """Add the typed measure, serving ``goal_id`` (by default the goal chosen in a))."""
        state = self.state
        pid, what = state.plan_id, self.new_measure.text().strip()
        if pid is None or not what:
            return
        if goal_id is None:
            goal_id = self.new_measure_goal.currentData()
        outcome = state.run(
            self.tr("Add measure"), lambda: state.service.add_measure(pid, what, goal_id=goal_id)
        )
        if outcome is not None:
            self.new_measure.clear()
            self.select_key(self.measures_table, self.measures_model, outcome.row_id)

    def follow_goal(self, goal_id: str | None) -> None:
        """A goal was chosen in section a): a new measure serves it unless the person picks
        another."""
        found = index_of_data(self.new_measure_goal, goal_id)
        if goal_id is not None and found >= 0:
            self.new_measure_goal.setCurrentIndex(found)
        self._followed = goal_id

    def _commit_measure(self, key: str) -> None:
        m = self.selected_measure()
        state = self.state
        if m is None or state.loading:
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
        state.run(
            self.tr("Change measure"), lambda: state.service.update_measure(mid, **{key: value})
        )

    def _commit_responsible(self) -> None:
        m = self.selected_measure()
        state = self.state
        if m is None or state.loading:
            return
        choice = self.measure_responsible.currentData()
        fields: dict[str, object] = {
            "responsible_staff_id": None,
            "responsible_participant_id": None,
        }
        if choice is not None:
            fields[f"responsible_{choice[0]}_id"] = choice[1]
        mid = m.id
        state.run(
            self.tr("Choose responsible"), lambda: state.service.update_measure(mid, **fields)
        )

    def move_measure(self, step: int) -> None:
        """Move the chosen measure up (-1) or down (1) among those serving the same goal."""
        m = self.selected_measure()
        if m is None:
            return
        mid, state = m.id, self.state
        if state.run(self.tr("Move measure"), lambda: state.service.move_measure(mid, step)):
            self.select_key(self.measures_table, self.measures_model, mid)

    def _remove_measure(self) -> None:
        m = self.selected_measure()
        if m is not None:
            mid = m.id
            self.state.run(
                self.tr("Remove measure"), lambda: self.state.service.remove_measure(mid)
            )
