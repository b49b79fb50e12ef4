"""Section a): the goals in the resident's own words, with sub-goals and evaluation dates, and
the resident's resources and needs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from teamdesk.domain.plan import PLAN_FIELD_LABELS, Goal
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.domain.text import quoted
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import date_problem, format_date, parse_date, translate
from teamdesk.ui.common.widgets import (
    DraftLineEdit,
    clear_invalid,
    fit_rows,
    hint,
    mark_invalid,
    named,
)
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState

GoalRow = tuple[str, Goal]


def numbered_goals(view: PlanView) -> list[GoalRow]:
    """The goals in the plan's order, numbered 1, 1.1, 1.2, 2 ..."""
    content = view.content
    rows: list[GoalRow] = []
    for i, main in enumerate(content.main_goals(), start=1):
        rows.append((str(i), main))
        rows += [(f"{i}.{j}", sub) for j, sub in enumerate(content.sub_goals(main.id), start=1)]
    return rows


class GoalsSection(PlanSectionWidget):
    """a) Goals, resources and needs."""

    key = "a"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
        self.goals_intro = hint("")
        layout.addWidget(self.goals_intro)
        self.goals_model = RowsModel(
            [
                Column(self.tr("No."), lambda r: r[0]),
                Column(
                    self.tr("Goal, in the resident's own words"),
                    lambda r: quoted(r[1].text, translate),
                ),
                Column(self.tr("Evaluate by"), lambda r: format_date(r[1].evaluation_date)),
            ],
            key=lambda r: r[1].id,
            parent=self,
        )
        self.goals_table = self.table(
            self.goals_model, "goalsTable", self.tr("Goals"), narrow=(0, 2)
        )
        self.goals_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())
        layout.addWidget(self.goals_table)
        # What acts on the chosen goal sits right under the list.
        self.goal_buttons = QHBoxLayout()
        self.move_up, self.move_down = self.move_buttons(
            "goal", self.tr("goal"), self.move_goal, self.goals_table
        )
        self.goal_buttons.addWidget(self.move_up)
        self.goal_buttons.addWidget(self.move_down)
        self.goal_buttons.addStretch(1)
        self.remove_button = self.button(
            self.tr("Remove"),
            "removeGoalButton",
            self.tr("Remove the chosen goal"),
            self._remove_goal,
        )
        self.goal_buttons.addWidget(self.remove_button)
        layout.addLayout(self.goal_buttons)

        self.new_goal = self.editing(
            named(
                DraftLineEdit(self.tr("a new goal"), lambda: self.add_goal(sub=False)),
                "newGoalEdit",
                self.tr("New goal"),
            )
        )
        self.new_goal.setPlaceholderText(
            self.tr("A new goal, as the resident says it… (Enter adds)")
        )
        self.new_goal.returnPressed.connect(lambda: self.add_goal(sub=False))
        layout.addWidget(self.new_goal)
        adding = QHBoxLayout()
        adding.addStretch(1)
        self.add_goal_button = self.button(
            self.tr("Add &goal"),
            "addGoalButton",
            self.tr("Add goal"),
            lambda: self.add_goal(sub=False),
        )
        adding.addWidget(self.add_goal_button)
        adding.addWidget(
            self.button(
                self.tr("Add as sub-goal"),
                "addSubGoalButton",
                self.tr("Add as a sub-goal of the chosen goal"),
                lambda: self.add_goal(sub=True),
            )
        )
        layout.addLayout(adding)

        chosen = QFormLayout()
        chosen.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.goal_text = self.line("goalTextEdit", self.tr("Chosen goal's words"))
        self.goal_text.editingFinished.connect(lambda: self._commit_goal("text"))
        self.goal_date = self.date_field(
            "goalEvaluationEdit",
            self.tr("Chosen goal's evaluation date"),
            self.tr("Evaluate by (date)"),
        )
        self.goal_date.editingFinished.connect(lambda: self._commit_goal("evaluation_date"))
        self.chosen_label = QLabel(self.tr("Chosen goal"))
        self.chosen_label.setBuddy(self.goal_text)
        chosen.addRow(self.chosen_label, self.goal_text)
        chosen.addRow(self.tr("Evaluate by"), self.goal_date.field)
        layout.addLayout(chosen)

        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, name in (("resources", "resourcesEdit"), ("needs", "needsEdit")):
            widget = self.text_field(name, translate(PLAN_FIELD_LABELS[key]))
            self.plan_field(key, widget)
            fields.addRow(translate(PLAN_FIELD_LABELS[key]), widget)
        layout.addLayout(fields)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------

    def show_view(self, view: PlanView) -> None:
        name = view.content.resident_name
        self._show_goal_words(view.profile)
        if view.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
            intro = self.tr(
                "Intervention goals in {name}'s own words, each split into sub-goals that are "
                "evaluated along the way."
            )
        else:
            intro = self.tr("Goals in {name}'s own words: write them as {name} says them.")
        self.goals_intro.setText(intro.format(name=name))
        self.goals_model.set_rows(numbered_goals(view))
        fit_rows(self.goals_table, 2, 10)
        self._show_goal()

    def _show_goal_words(self, profile: PlanProfile) -> None:
        """The profile's words for goals: the Danish plan's intervention goals (indsatsmål) and
        sub-goals (delmål), the Norwegian plan's goals."""
        if profile is PlanProfile.SHARED_DEVELOPMENT_PLAN:
            column = self.tr("Intervention goal or sub-goal, in the citizen's own words")
            table = translate(profile.goal_words.goals)
            add, add_name = self.tr("Add intervention &goal"), self.tr("Add intervention goal")
            placeholder = self.tr("A new intervention goal, as the citizen says it… (Enter adds)")
            chosen = self.tr("Chosen intervention goal or sub-goal")
        else:
            column = self.tr("Goal, in the resident's own words")
            table = self.tr("Goals")
            add, add_name = self.tr("Add &goal"), self.tr("Add goal")
            placeholder = self.tr("A new goal, as the resident says it… (Enter adds)")
            chosen = self.tr("Chosen goal")
        self.goals_model.set_titles([self.tr("No."), column, self.tr("Evaluate by")])
        self.goals_table.setAccessibleName(table)
        self.add_goal_button.setText(add)
        self.add_goal_button.setAccessibleName(add_name)
        self.new_goal.setPlaceholderText(placeholder)
        self.chosen_label.setText(chosen)

    def selected_goal(self) -> Goal | None:
        row = self.selected_row(self.goals_table, self.goals_model)
        return row[1] if row else None

    def _show_goal(self) -> None:
        goal = self.selected_goal()
        for w in (self.goal_text, self.goal_date):
            self.enable(w, goal is not None)
            clear_invalid(w)
        self.enable(self.remove_button, goal is not None)
        view = self.state.view
        up, down = view.goal_moves(goal.id if goal else None) if view else (False, False)
        self.enable(self.move_up, up)
        self.enable(self.move_down, down)
        self.goal_text.show_saved(goal.text if goal else "")
        self.goal_date.show_saved(format_date(goal.evaluation_date) if goal else "")

    # -- changing ------------------------------------------------------------------------------

    def add_goal(self, sub: bool = False) -> None:
        """Add the typed goal (as a sub-goal of the chosen main goal when ``sub``)."""
        state = self.state
        pid, text = state.plan_id, self.new_goal.text().strip()
        if pid is None or not text:
            return
        parent = self.selected_goal() if sub else None
        if sub and parent is not None and parent.parent_id is not None:
            parent = state.view.content.goal(parent.parent_id) if state.view else None
        parent_id = parent.id if parent else None
        outcome = state.run(
            self.tr("Add goal"), lambda: state.service.add_goal(pid, text, parent_id=parent_id)
        )
        if outcome is not None:
            self.new_goal.clear()
            self.select_key(self.goals_table, self.goals_model, outcome.row_id)

    def _commit_goal(self, key: str) -> None:
        goal = self.selected_goal()
        state = self.state
        if goal is None or state.loading:
            return
        widget = self.goal_text if key == "text" else self.goal_date
        value: object = widget.text()
        if key == "evaluation_date":
            try:
                value = parse_date(widget.text(), state.today())
            except ValueError:
                mark_invalid(widget, date_problem(widget.text(), state.today()))
                return
        clear_invalid(widget)
        if getattr(goal, key) == value:
            return
        gid = goal.id
        state.run(self.tr("Change goal"), lambda: state.service.update_goal(gid, **{key: value}))

    def move_goal(self, step: int) -> None:
        """Move the chosen goal up (-1) or down (1) among its siblings; it stays chosen."""
        goal = self.selected_goal()
        if goal is None:
            return
        gid, state = goal.id, self.state
        if state.run(self.tr("Move goal"), lambda: state.service.move_goal(gid, step)):
            self.select_key(self.goals_table, self.goals_model, gid)

    def _remove_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            gid = goal.id
            self.state.run(self.tr("Remove goal"), lambda: self.state.service.remove_goal(gid))
