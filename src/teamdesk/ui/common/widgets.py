"""Small widgets shared by the views: fields that save when a person is done with them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.accounts import password_rule
from teamdesk.ui.common.text import tr_message

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    """Give a widget the object name tests use and the name a screen reader says."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def index_of_data(combo: QComboBox, value: object) -> int:
    """The row of the choice holding ``value``, compared with ``==``; -1 when none does.

    ``QComboBox.findData`` compares a Python object such as a tuple by identity, so a stored
    ``("staff", id)`` read again from the database never matched and the picker showed
    "(nobody yet)" while the table named the person.
    """
    for row in range(combo.count()):
        if combo.itemData(row) == value:
            return row
    return -1


def show_choice(combo: QComboBox, value: object, missing_label: str | None = None) -> None:
    """Show the stored ``value`` in a picker, without emitting ``activated`` (no save).

    A stored value that is not among the choices (a person of another unit, no longer active)
    is added under ``missing_label`` rather than showing someone else; without a label the
    picker shows nothing chosen.
    """
    row = index_of_data(combo, value)
    if row < 0 and missing_label is not None:
        combo.addItem(missing_label, value)
        row = combo.count() - 1
    combo.setCurrentIndex(row)


def allow(widget: QWidget, reason: str | None) -> None:
    """Enable ``widget``, or disable it with the reason (from the service) as its tooltip and
    accessible description, so a person learns why before trying rather than after."""
    widget.setEnabled(reason is None)
    widget.setToolTip(reason or "")
    widget.setAccessibleDescription(reason or "")


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def mark_invalid(widget: QWidget, reason: str) -> None:
    """Show that what a person typed was refused, keeping the text, and say why."""
    widget.setProperty("invalid", True)
    widget.setToolTip(reason)
    widget.setAccessibleDescription(reason)
    if isinstance(widget, DateEdit):
        widget.problem.setText(reason)
        widget.problem.show()
    _repolish(widget)


def clear_invalid(widget: QWidget) -> None:
    if widget.property("invalid"):
        widget.setProperty("invalid", False)
        widget.setToolTip("")
        widget.setAccessibleDescription("")
        _repolish(widget)
    if isinstance(widget, DateEdit):
        widget.problem.hide()
        widget.problem.clear()


def is_invalid(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def _passes_undo_on(event: QEvent, undo_available: bool, redo_available: bool) -> bool:
    """Whether an undo/redo shortcut should go to the window's undo stack, not the field.

    A field first undoes its own unsaved typing; once it has none, Ctrl+Z undoes the last saved
    change, as a person expects.
    """
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not undo_available
    if event.matches(QKeySequence.StandardKey.Redo):
        return not redo_available
    return False


class CommitLineEdit(QLineEdit):
    """A line edit whose text is saved on Enter or when focus leaves (``editingFinished``)."""

    def event(self, event: QEvent) -> bool:
        if _passes_undo_on(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)

    def show_saved(self, text: str) -> None:
        """Show the stored value; a field being typed in or holding refused text keeps it."""
        if is_invalid(self) or (self.hasFocus() and self.isModified()):
            return
        if self.text() != text or self.isUndoAvailable() or self.isRedoAvailable():
            # setText also clears the field's own undo history: after a save, Ctrl+Z belongs
            # to the window's undo stack.
            self.setText(text)
        self.setModified(False)


class DateEdit(CommitLineEdit):
    """A date field (typed: ``15.6.2027``, ``15.6.``, ISO ...) that says in words, on a line
    under it, when what was typed is not a date or was refused: a red border alone is missed.

    Put :attr:`field` (the edit with its message line) into the layout, not the edit itself.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QWidget(parent)
        self.problem = QLabel(self.field)
        self.problem.setWordWrap(True)
        self.problem.setProperty("problem", True)
        self.problem.setStyleSheet("color: #b02a37;")
        self.problem.hide()
        column = QVBoxLayout(self.field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self)
        column.addWidget(self.problem)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.problem.setObjectName(f"{name}Problem")


class DraftLineEdit(QLineEdit):
    """A line for something new (a goal, a measure, an agenda item) that is added on Enter or
    with a button. Until then its text is a draft: the window keeps it while locked and asks
    before it closes or hands over to another person, so nothing typed is lost unasked."""

    def __init__(
        self, what: str, save: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.draft_what = what
        self._save = save

    def has_draft(self) -> bool:
        return bool(self.text().strip())

    def save_draft(self) -> bool:
        """Add what was typed as Enter would; False when it was refused (the text stays)."""
        self._save()
        return not self.has_draft()


class _PassUndo(QObject):
    """Lets Ctrl+Z reach the window's undo stack from a spin box that has no typing to undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and _passes_undo_on(
            event, watched.isUndoAvailable(), watched.isRedoAvailable()
        ):
            event.ignore()
            return True
        return False


def pass_undo_to_window(spin_box: QAbstractSpinBox) -> None:
    line = spin_box.findChild(QLineEdit)
    if line is not None:
        line.installEventFilter(_PassUndo(spin_box))


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text saved when focus leaves or on Ctrl+Enter; emits ``editingFinished``."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        doc = self.document()
        if _passes_undo_on(event, doc.isUndoAvailable(), doc.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.editingFinished.emit()

    def show_saved(self, text: str) -> None:
        if is_invalid(self) or (self.hasFocus() and self.document().isModified()):
            return
        doc = self.document()
        if self.toPlainText() != text or doc.isUndoAvailable() or doc.isRedoAvailable():
            self.setPlainText(text)
        self.document().setModified(False)

    def mark_saved(self) -> None:
        self.document().setModified(False)


def configure_table(view: QTableView) -> None:
    """The look every list in TeamDesk shares: whole rows, one at a time, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected row (focus alone would only mark a cell)."""
    model = view.model()
    if 0 <= row < model.rowCount():
        index = model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)


def fit_rows(view: QTableView, minimum: int = 2, maximum: int = 8) -> None:
    """Make a short table just tall enough for its rows, so a page reads top to bottom."""
    rows = max(minimum, min(maximum, view.model().rowCount()))
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet line of help or an empty-state sentence."""
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def page_scroll(page: QWidget, object_name: str) -> QScrollArea:
    """A record's page in a frameless scroll area that Tab passes through to the fields (the
    area scrolls to whichever field has focus)."""
    scroll = QScrollArea()
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(page)
    return scroll


def list_beside_page(
    view: QWidget,
    left: QWidget,
    right: QWidget,
    *,
    object_name: str,
    settings: QSettings,
    settings_key: str,
    sizes: tuple[int, int],
    stretch: tuple[int, int] = (2, 3),
) -> QSplitter:
    """Fill ``view`` with a list on the left and its record's page on the right, split where
    the person left the divider last time (``settings_key`` in QSettings)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(object_name)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    state = settings.value(settings_key)
    if state is not None:
        splitter.restoreState(state)
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter


def password_rule_hint(name: str) -> QLabel:
    """The rule for a new password, shown above the fields before anything is typed."""
    hint = QLabel(tr_message(password_rule()))
    hint.setObjectName(name)
    hint.setProperty("role", "hint")
    hint.setWordWrap(True)
    return hint


class SteadyInput(QObject):
    """One application-wide filter so that nothing changes what a person did not mean to change.

    - A drop-down, spin box or date field changes on the mouse wheel only when it has focus:
      scrolling the page over an unfocused one scrolls the page (issue 10: the wheel changed a
      measure's responsible person, and it was saved). Such fields take focus by click or Tab
      only (``StrongFocus``), never by the wheel.
    - A double-click on a button is one click: the second press of a double-click arrives as
      ``MouseButtonDblClick``, which a button would otherwise treat as a second click (two
      meetings prepared instead of one).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox):
            if not watched.hasFocus():
                area = _scroll_area_around(watched)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                return True
        elif (
            kind == QEvent.Type.MouseButtonDblClick
            and isinstance(watched, QAbstractButton)
            and not watched.isCheckable()
        ):
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_steady_input(app: QCoreApplication) -> SteadyInput:
    """Install :class:`SteadyInput` on the application once, however often this is called."""
    existing = app.findChild(SteadyInput)
    if isinstance(existing, SteadyInput):
        return existing
    guard = SteadyInput(app)
    app.installEventFilter(guard)
    return guard


def columns_follow_contents(view: QTableView, stretch: int) -> None:
    """Size a short table's columns by their contents and let column ``stretch`` take the rest
    of the width. The header keeps this itself whenever the rows change: a table sized once by
    hand (``resizeColumnsToContents`` after each reload) lost its stretch on the next edit and
    left its last column narrow with a gap beside it (issue 10, row 15)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    model = view.model()
    for column in range(model.columnCount() if model is not None else 0):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )


class SearchField(QLineEdit):
    """A search box; Down or Enter moves on into the list it filters."""

    into_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):
            button.setObjectName("clearSearchButton")
            button.setAccessibleName(self.tr("Clear the search"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.into_list.emit()
            return
        super().keyPressEvent(event)


class ListTable(QTableView):
    """A list whose Enter key opens the current row (double-click does the same)."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ColumnsStepAside(QObject):
    """A list's columns that do not fit its width step aside, the least needed first, and come
    back when there is room, so that a list never scrolls sideways and its first column (the
    name) is never cut: on a 1024 px screen the residents list beside a resident's page had to
    be scrolled to see anything but the name. What a hidden column says is on the record's page.

    ``least_needed_first`` lists the columns that may step aside, in that order; a column hidden
    before this is installed (one unit's name for someone who sees one unit) stays hidden.
    """

    def __init__(self, view: QTableView, least_needed_first: Sequence[int]) -> None:
        super().__init__(view)
        self.setObjectName("columnsStepAside")
        self._view = view
        self._order = list(least_needed_first)
        model = view.model()
        count = model.columnCount() if model is not None else 0
        self._never = {c for c in range(count) if view.isColumnHidden(c)}
        header = view.horizontalHeader()
        self._widths = {c: header.sectionSize(c) for c in range(count) if c not in self._never}
        self._fitting = False
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # A column sized by hand or to its names changes what fits.
        header.sectionResized.connect(lambda *_: self.fit())
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(lambda *_: self.fit())
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _need(self, column: int) -> int:
        header = self._view.horizontalHeader()
        mode = header.sectionResizeMode(column)
        if mode == QHeaderView.ResizeMode.Stretch:
            return header.minimumSectionSize()
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            return max(
                header.sectionSizeFromContents(column).width(), self._view.sizeHintForColumn(column)
            )
        # The last column shown may be stretched over the room that is left: that width is
        # the list's, not the column's, and is not kept.
        stretched = header.stretchLastSection() and column == self._last_shown()
        if not stretched and not self._view.isColumnHidden(column):
            self._widths[column] = header.sectionSize(column)
        return self._widths.get(column, header.defaultSectionSize())

    def _last_shown(self) -> int:
        header = self._view.horizontalHeader()
        for visual in reversed(range(header.count())):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return -1

    def fit(self) -> None:
        """Show the columns the width takes, the most needed first."""
        view = self._view
        model = view.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit(view, model)
        finally:
            self._fitting = False

    def _fit(self, view: QTableView, model: QAbstractItemModel) -> None:
        columns = [c for c in range(model.columnCount()) if c not in self._never]
        needs = {c: self._need(c) for c in columns}
        room = view.viewport().width()
        shown = {c for c in columns if c not in self._order}
        total = sum(needs[c] for c in shown)
        for column in reversed(self._order):  # the most needed first, each if it fits
            if column in needs and total + needs[column] <= room:
                shown.add(column)
                total += needs[column]
        for column in columns:
            if view.isColumnHidden(column) == (column in shown):
                view.setColumnHidden(column, column not in shown)


def fit_combo(combo: QComboBox, characters: int) -> None:
    """Let a combo box be as narrow as ``characters`` letters: by default its longest item (a
    course's or an education's full name) sets its least width and pushes what is beside it
    out of sight, or makes the page scroll sideways on a small screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
