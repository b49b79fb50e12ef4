"""The chosen coordinator's courses on the overview: the list, record a course, remove one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.mentoring import course_label
from teamdesk.domain.plan import Training
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import format_date, translate
from teamdesk.ui.common.widgets import DateEdit, fit_rows, hint, named
from teamdesk.ui.coordinators.state import (
    CoordinatorsState,
    allow_all,
    button,
    fit_combo,
    selected,
    table,
    typed_day,
)


class TrainingPanel(QGroupBox):
    """Training: the courses a staff member completed, and a form to record one."""

    def __init__(self, state: CoordinatorsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self.setObjectName("trainingBox")
        self._state = state
        self._staff_id: str | None = None
        layout = QVBoxLayout(self)
        self.training_model = RowsModel(
            [
                Column(self.tr("Course"), lambda t: translate(course_label(t.course))),
                Column(self.tr("Completed"), lambda t: format_date(t.completed_on)),
                Column(self.tr("Given by"), lambda t: t.provider),
            ],
            key=lambda t: t.id,
            parent=self,
        )
        self.training_table = table(self.training_model, "trainingTable", self.tr("Courses"), 0)
        self.training_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        layout.addWidget(self.training_table)
        self.training_empty = hint(self.tr("No course recorded."))
        layout.addWidget(self.training_empty)
        form = QFormLayout()
        self.course_combo = named(QComboBox(), "courseCombo", self.tr("Course"))
        self.course_combo.setEditable(True)
        self.course_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fit_combo(self.course_combo, 16)
        self.course_date = named(DateEdit(), "courseDateEdit", self.tr("Completed on"))
        self.course_date.setPlaceholderText(self.tr("Completed on"))
        self.course_provider = named(QLineEdit(), "courseProviderEdit", self.tr("Given by"))
        self.course_provider.setPlaceholderText(self.tr("Given by (optional)"))
        self.record_course_button = button(
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
        self.remove_course_button = button(
            self.tr("Remove the chosen course"),
            "removeCourseButton",
            self.tr("Remove the chosen course record"),
            self._remove_course,
        )
        remove_row.addWidget(self.remove_course_button)
        layout.addLayout(remove_row)

    def show_trainings(self, staff_id: str, trainings: list[Training]) -> None:
        """Show ``staff_id``'s courses; what is being typed into the form stays."""
        self._staff_id = staff_id
        self.training_model.set_rows(trainings)
        fit_rows(self.training_table, 1, 6)
        self.training_table.setVisible(bool(trainings))
        self.training_empty.setVisible(not trainings)
        courses = self._state.session.read(self._state.service.courses, [])
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
                self.tr("Completed on, e.g. {date}").format(date=format_date(self._state.today()))
            )
        why_not = self._state.rights().why_not_record_training
        for w in (self.course_combo, self.course_date, self.course_provider):
            w.setEnabled(why_not is None)
        allow_all((self.record_course_button,), why_not)
        self._update_buttons()

    def _update_buttons(self) -> None:
        why_not = self._state.rights().why_not_record_training
        allow_all((self.remove_course_button,), why_not)
        if why_not is None:
            self.remove_course_button.setEnabled(
                self.training_table.currentIndex().isValid() and self.training_table.isVisible()
            )

    def record_course(self) -> Outcome | None:
        staff_id = self._staff_id
        if staff_id is None:
            return None
        day = typed_day(self.course_date, self._state.today())
        if day is None:
            self._state.session.refused.emit(self.course_date.toolTip())
            return None
        index = self.course_combo.currentIndex()
        text = self.course_combo.currentText().strip()
        course = (
            self.course_combo.itemData(index)
            if index >= 0 and self.course_combo.itemText(index) == text
            else text
        )
        provider = self.course_provider.text()
        outcome = self._state.run(
            self.tr("Record course"),
            lambda: self._state.service.record_training(staff_id, day, str(course), provider),
        )
        if outcome is not None:
            self.course_date.clear()
            self.course_provider.clear()
        return outcome

    def _remove_course(self) -> None:
        chosen: Training | None = selected(self.training_table, self.training_model)
        if chosen is not None:
            self._state.run(
                self.tr("Remove course record"),
                lambda: self._state.service.remove_training(chosen.id),
            )
