"""Answering a check-in on the shared PC in under two minutes: one grid, the roles and services
down and the seven statements across. Typing a number (1-5, 0 or ? for "don't know") fills the
box and moves on, so a whole form is a row of key presses; the statement of the box in focus is
written out above the grid. The same dialog serves the coordinator typing in a printed form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.relations import (
    DIMENSIONS,
    DONT_KNOW,
    SCALE_LABELS,
    Answers,
    Dimension,
    Round,
    tie_name,
)
from teamdesk.ui.common.text import translate
from teamdesk.ui.common.widgets import named
from teamdesk.ui.relations.results import two_lines

_FILLED = QColor("#e8f0f8")
_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
    Qt.Key.Key_0: DONT_KNOW,
    Qt.Key.Key_Question: DONT_KNOW,
    Qt.Key.Key_Minus: DONT_KNOW,
}

Index = QModelIndex | QPersistentModelIndex


class AnswerModel(QAbstractTableModel):
    """One person's answers: a value (1-5, or 0 for don't know) per tie and statement, or
    none where the box is left empty."""

    def __init__(self, ties: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ties = ties
        self.values: dict[tuple[int, int], int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ties)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DIMENSIONS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.values.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return "?" if value == DONT_KNOW else str(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate(SCALE_LABELS[value]) if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            dimension = DIMENSIONS[index.column()]
            answer = translate(SCALE_LABELS[value]) if value is not None else "—"
            return f"{translate(dimension.statement)}\n{answer}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value is not None:
            return QBrush(_FILLED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return f"{section + 1}\n{two_lines(translate(DIMENSIONS[section].label))}"
            return tie_name(self.ties[section], translate)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return translate(DIMENSIONS[section].statement)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_value(self, row: int, column: int, value: int | None) -> None:
        if value is None:
            self.values.pop((row, column), None)
        else:
            self.values[(row, column)] = value
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def answers(self) -> Answers:
        out: dict[str, dict[Dimension, int]] = {}
        for (row, column), value in sorted(self.values.items()):
            out.setdefault(self.ties[row], {})[DIMENSIONS[column]] = value
        return out


class AnswerDialog(QDialog):
    """The check-in form on screen. ``answers()`` holds what was typed once it is accepted; the
    page hands it to the service (the dialog itself writes nothing)."""

    def __init__(
        self, rnd: Round, *, on_paper: bool, entered_by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setWindowTitle(self.tr("How we work together — {subject}").format(subject=rnd.subject))
        self.setAccessibleName(self.windowTitle())
        self.round = rnd
        layout = QVBoxLayout(self)
        if on_paper:
            intro = self.tr(
                "Type in one printed form, box by box as it is written. It is recorded as "
                "entered by {name}; the form carries no name. Throw the paper away afterwards."
            ).format(name=entered_by)
        else:
            intro = self.tr(
                "Seven short statements about each role or service you work with for "
                "{subject}. Your answers are anonymous: they are counted when the check-in "
                "closes, and nobody can see what you answered."
            ).format(subject=rnd.subject)
        self.intro = named(QLabel(intro), "answerIntro", self.tr("About this form"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.keys = named(
            QLabel(
                self.tr(
                    "Type 1 to 5 in each box (1 = disagree strongly, 5 = agree strongly), 0 or ? "
                    "for don't know; the cursor moves on by itself. Delete empties a box. Leave "
                    "a row empty for those you do not work with."
                )
            ),
            "answerKeys",
            self.tr("How to answer"),
        )
        self.keys.setProperty("role", "hint")
        self.keys.setWordWrap(True)
        layout.addWidget(self.keys)
        self.statement = named(QLabel(), "answerStatement", self.tr("The statement"))
        self.statement.setProperty("role", "banner")
        self.statement.setWordWrap(True)
        font = self.statement.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.statement.setFont(font)
        layout.addWidget(self.statement)
        self.model = AnswerModel(rnd.ties, self)
        self.table = named(
            QTableView(),
            "answerTable",
            self.tr("Answers: roles and services down, statements across"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.progress = named(QLabel(), "answerProgress", self.tr("How much is filled in"))
        self.progress.setProperty("role", "hint")
        layout.addWidget(self.progress)
        self.problem = named(QLabel(), "answerProblem", self.tr("What is missing"))
        self.problem.setProperty("role", "refusal")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.hand_in_button = named(
            QPushButton(self.tr("Hand in")),
            "handInButton",
            self.tr("Hand in the answers"),
            self.tr("Ctrl+Enter hands in from anywhere in the form"),
        )
        self.hand_in_button.setAutoDefault(False)
        buttons.addButton(self.hand_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("answerCancelButton")
        cancel.setAutoDefault(False)
        self.hand_in_button.clicked.connect(self._hand_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._hand_in)
        self.model.dataChanged.connect(lambda *_args: self._show_progress())
        self.resize(960, 600)  # fits a 1024x768 screen with the taskbar
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        self._show_progress()

    def answers(self) -> Answers:
        return self.model.answers()

    # -- typing ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self._hand_in()  # also when the window system delivers no shortcut
                return True
            if event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                return False
            key = Qt.Key(event.key())
            if key in _KEYS or event.text() == "?":
                self.type_value(_KEYS.get(key, DONT_KNOW))
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                current = self.table.currentIndex()
                if current.isValid():
                    self.model.set_value(current.row(), current.column(), None)
                return True
        return super().eventFilter(watched, event)

    def type_value(self, value: int) -> None:
        """Fill the box in focus and move to the next one (the next row after the last
        statement; the Hand in button after the last box)."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        self.model.set_value(current.row(), current.column(), value)
        row, column = current.row(), current.column() + 1
        if column >= self.model.columnCount():
            row, column = row + 1, 0
        if row >= self.model.rowCount():
            self.hand_in_button.setFocus()
            return
        self.table.setCurrentIndex(self.model.index(row, column))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        dimension = DIMENSIONS[current.column()]
        self.statement.setText(
            self.tr("{tie} · statement {number} of {count}: {statement}").format(
                tie=tie_name(self.round.ties[current.row()], translate),
                number=current.column() + 1,
                count=len(DIMENSIONS),
                statement=translate(dimension.statement),
            )
        )

    def _show_progress(self) -> None:
        total = self.model.rowCount() * self.model.columnCount()
        self.progress.setText(
            self.tr("{filled} of {total} boxes filled in.").format(
                filled=len(self.model.values), total=total
            )
        )

    def _hand_in(self) -> None:
        if not self.model.values:
            self.problem.setText(self.tr("Answer at least one statement before handing in."))
            self.problem.show()
            self.table.setFocus()
            return
        self.accept()
