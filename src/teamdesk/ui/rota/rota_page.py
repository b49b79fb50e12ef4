"""The Rota page (issue 13): a unit's rota as a grid of staff by days of the cycle.

A leader types a shift code into a day (Enter writes it and moves to the next day; Delete
makes the selected days days off), copies a week onto another, adds and removes staff, and
imports the rota from the house's Excel or CSV file through a preview. Every change is one
step on the window's undo stack. The page itself scrolls only down; the grid scrolls sideways
through the weeks of the cycle, so the page fits a 1024 px wide screen.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Finding
from teamdesk.domain.rota import DEFAULT_CYCLE_WEEKS, MAX_CYCLE_WEEKS
from teamdesk.domain.team import Staff
from teamdesk.services.context import Permission
from teamdesk.services.rota import RotaService, RotaView
from teamdesk.services.rota_import import (
    WHO_EMPLOYEE_NUMBER,
    WHO_NAME,
    RotaImportService,
    RotaMapping,
    RotaPreview,
)
from teamdesk.services.team import TeamService
from teamdesk.ui.common.text import (
    counted,
    date_problem,
    format_date,
    parse_date,
    tr_message,
    translate,
)
from teamdesk.ui.common.widgets import allow, hint, named, pass_undo_to_window
from teamdesk.ui.rota.import_dialog import ImportDialog, MappingField
from teamdesk.ui.session import Session

if TYPE_CHECKING:
    from teamdesk.ui.rota.shift_kinds_dialog import ShiftKindsDialog

Index = QModelIndex | QPersistentModelIndex
ROTA_TABLES = frozenset({"rota", "rota_line", "rota_shift", "shift_kind", "staff", "unit"})
# One soft colour per shift kind, in the house's order of shifts (day, evening, night, long).
SHIFT_COLOURS = ("#fff1b8", "#ffd8a8", "#c5d9f1", "#d3ecc9", "#e8d5f0", "#f6d0d0", "#d0f0ef")
DAY_COLUMN_WIDTH = 38


class RotaGridModel(QAbstractTableModel):
    """Staff (rows) by days of the cycle (columns); a cell shows the shift's code."""

    typed = Signal(object, str)
    """A code was typed into a day: (the index, the text). The page writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: RotaView | None = None
        self.editable = False
        self._colours: dict[str, QColor] = {}

    def show(self, view: RotaView | None, editable: bool) -> None:
        """Show ``view``; the same people over the same days are updated in place, so the
        current day and an open editor stay where they are after a write."""
        same_shape = (
            view is not None
            and self.view is not None
            and [s.id for s in view.staff] == [s.id for s in self.view.staff]
            and view.rota.id == self.view.rota.id
            and view.rota.cycle_days == self.view.rota.cycle_days
            and view.kinds.keys() == self.view.kinds.keys()
        )
        if same_shape and view is not None:
            self.view = view
            self.editable = editable
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))
            return
        self.beginResetModel()
        self.view = view
        self.editable = editable
        kinds = list(view.kinds) if view is not None else []
        self._colours = {
            kind: QColor(SHIFT_COLOURS[i % len(SHIFT_COLOURS)]) for i, kind in enumerate(kinds)
        }
        self.endResetModel()

    def staff_at(self, row: int) -> Staff:
        assert self.view is not None
        return self.view.staff[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self.view.staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else self.view.rota.cycle_days

    def code_at(self, row: int, day: int) -> str:
        """The code in a day of the grid; "" for a day off."""
        if self.view is None:
            return ""
        shift = self.view.shifts.get((self.view.staff[row].id, day))
        kind = self.view.kinds.get(shift.shift_kind_id) if shift is not None else None
        return kind.code if kind is not None else ""

    def day_name(self, day: int) -> str:
        """ "week 2, Tuesday" for a day of the cycle."""
        assert self.view is not None
        weekday = (self.view.rota.starts_on + timedelta(days=day)).isoweekday()
        return self.tr("week {week}, {weekday}").format(
            week=day // 7 + 1, weekday=QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row, day = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.code_at(row, day)
        shift = self.view.shifts.get((self.view.staff[row].id, day))
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colours.get(shift.shift_kind_id) if shift is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            kind = self.view.kinds.get(shift.shift_kind_id) if shift is not None else None
            what = (
                self.tr("{code} {name} {hours}").format(
                    code=kind.code, name=translate(kind.name), hours=kind.hours_in(translate)
                )
                if kind is not None
                else self.tr("day off")
            )
            return self.tr("{person}, {day}: {shift}").format(
                person=self.view.staff[row].name, day=self.day_name(day), shift=what
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self.view.staff):
                return None
            person = self.view.staff[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if person.fte_percent < 100:
                    return self.tr("{name} ({fte} %)").format(
                        name=person.name, fte=person.fte_percent
                    )
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}: position {fte} %").format(
                    name=person.name, fte=person.fte_percent
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            weekday = (self.view.rota.starts_on + timedelta(days=section)).isoweekday()
            short = QLocale().dayName(weekday, QLocale.FormatType.ShortFormat).strip(".")[:2]
            week = self.tr("W{week}").format(week=section // 7 + 1) if section % 7 == 0 else ""
            return f"{week}\n{short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.day_name(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        text = str(value or "").strip()
        if text == self.code_at(index.row(), index.column()):
            return False
        self.typed.emit(self.index(index.row(), index.column()), text)
        return False  # the page writes it; the model shows it once it is stored


class RotaGrid(QTableView):
    """The grid: type a code and Enter (the next day is then current), Delete for days off."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(DAY_COLUMN_WIDTH)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter: as in a spreadsheet, the next day is ready for the next code.
            current = self.currentIndex()
            if current.isValid() and current.column() + 1 < self.model().columnCount():
                self.setCurrentIndex(current.siblingAtColumn(current.column() + 1))

    def selected_days(self) -> list[tuple[int, int]]:
        """The selected (row, day) cells, the current one where none is selected."""
        cells = sorted({(i.row(), i.column()) for i in self.selectedIndexes()})
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = [(current.row(), current.column())]
        return cells


class RotaPage(QWidget):
    """A unit's rota to read, and for those who may, to edit and import."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaPage")
        self._session = session
        self._team = TeamService(session.ctx)
        self._rotas = RotaService(session.ctx)
        self._importer = RotaImportService(session.ctx)
        self._stale = True
        self._units_stale = True
        self.view: RotaView | None = None
        self.found: list[Finding] = []
        self.import_dialog: ImportDialog[RotaPreview] | None = None
        reason = session.ctx.why_not(Permission.EDIT_ROTA)
        self._why_not = tr_message(reason) if reason is not None else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = named(QLabel(self.tr("Rota")), "rotaTitle", self.tr("Rota"))
        title.setProperty("role", "title")
        layout.addWidget(title)

        top = QHBoxLayout()
        self.unit_picker = named(QComboBox(), "rotaUnit", self.tr("Unit"))
        self.unit_picker.setMinimumContentsLength(16)
        self.unit_picker.currentIndexChanged.connect(lambda _row: self.reload())
        top.addWidget(QLabel(self.tr("Unit:")))
        top.addWidget(self.unit_picker)
        self.import_button = named(
            QPushButton(self.tr("Import from Excel or CSV…")),
            "rotaImportButton",
            self.tr("Import the rota from Excel or CSV"),
        )
        self.import_button.clicked.connect(self.choose_file)
        top.addWidget(self.import_button)
        self.undo_button = named(
            QPushButton(self.tr("Undo")), "rotaUndoButton", self.tr("Undo the last change")
        )
        self.undo_button.setEnabled(session.undo_stack.canUndo())
        session.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.clicked.connect(session.undo_stack.undo)
        top.addWidget(self.undo_button)
        self.shifts_button = named(
            QPushButton(self.tr("Shifts…")),
            "rotaShiftKindsButton",
            self.tr("The house's shifts: codes, names and times"),
        )
        self.shifts_button.clicked.connect(self.open_shift_kinds)
        top.addWidget(self.shifts_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.about = named(hint(""), "rotaAbout", self.tr("About this rota"))
        layout.addWidget(self.about)

        # A unit without a rota: make an empty one (or import one, above).
        self.new_box = QWidget()
        self.new_box.setObjectName("newRotaBox")
        new_row = QHBoxLayout(self.new_box)
        new_row.setContentsMargins(0, 0, 0, 0)
        self.new_start = named(QLineEdit(), "newRotaStart", self.tr("First day of the cycle"))
        self.new_start.setPlaceholderText(format_date(session.ctx.today()))
        self.new_weeks = named(QSpinBox(), "newRotaWeeks", self.tr("Weeks in the cycle"))
        self.new_weeks.setRange(1, MAX_CYCLE_WEEKS)
        self.new_weeks.setValue(DEFAULT_CYCLE_WEEKS)
        pass_undo_to_window(self.new_weeks)
        self.new_button = named(
            QPushButton(self.tr("Make an empty rota")), "newRotaButton", self.tr("Make a rota")
        )
        self.new_button.clicked.connect(self.make_rota)
        new_row.addWidget(QLabel(self.tr("First day:")))
        new_row.addWidget(self.new_start)
        new_row.addWidget(QLabel(self.tr("Weeks:")))
        new_row.addWidget(self.new_weeks)
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        layout.addWidget(self.new_box)

        self.edit_box = QWidget()
        self.edit_box.setObjectName("rotaEditBox")
        edit = QVBoxLayout(self.edit_box)
        edit.setContentsMargins(0, 0, 0, 0)
        people = QHBoxLayout()
        self.staff_picker = named(QComboBox(), "rotaAddStaff", self.tr("Staff to add"))
        self.staff_picker.setMinimumContentsLength(24)
        self.add_button = named(
            QPushButton(self.tr("Add to the rota")), "rotaAddButton", self.tr("Add to the rota")
        )
        self.add_button.clicked.connect(self.add_staff)
        self.remove_button = named(
            QPushButton(self.tr("Take off the rota")),
            "rotaRemoveButton",
            self.tr("Take the selected person off the rota"),
        )
        self.remove_button.clicked.connect(self.remove_staff)
        people.addWidget(self.staff_picker)
        people.addWidget(self.add_button)
        people.addWidget(self.remove_button)
        people.addStretch(1)
        edit.addLayout(people)
        weeks = QHBoxLayout()
        self.show_week = named(QSpinBox(), "rotaShowWeek", self.tr("Show week"))
        self.show_week.setMinimum(1)
        self.show_week.valueChanged.connect(self.scroll_to_week)
        pass_undo_to_window(self.show_week)
        self.copy_from = named(QSpinBox(), "rotaCopyFrom", self.tr("Copy week"))
        self.copy_to = named(QSpinBox(), "rotaCopyTo", self.tr("Onto week"))
        for spin in (self.copy_from, self.copy_to):
            spin.setMinimum(1)
            pass_undo_to_window(spin)
        self.copy_button = named(
            QPushButton(self.tr("Copy")), "rotaCopyButton", self.tr("Copy the week")
        )
        self.copy_button.clicked.connect(self.copy_week)
        weeks.addWidget(QLabel(self.tr("Show week:")))
        weeks.addWidget(self.show_week)
        weeks.addSpacing(24)
        weeks.addWidget(QLabel(self.tr("Copy week")))
        weeks.addWidget(self.copy_from)
        weeks.addWidget(QLabel(self.tr("onto week")))
        weeks.addWidget(self.copy_to)
        weeks.addWidget(self.copy_button)
        weeks.addStretch(1)
        edit.addLayout(weeks)
        layout.addWidget(self.edit_box)

        self.model = RotaGridModel(self)
        self.model.typed.connect(self._typed)
        self.grid = named(
            RotaGrid(),
            "rotaGrid",
            self.tr("The rota: staff by days of the cycle"),
            self.tr("Type a shift code and press Enter; Delete makes the selected days days off."),
        )
        self.grid.setModel(self.model)
        self.grid.clear_requested.connect(self.clear_selected)
        layout.addWidget(self.grid, 1)
        self.legend = named(hint(""), "rotaLegend", self.tr("The house's shifts"))
        layout.addWidget(self.legend)
        self.findings = named(QLabel(), "rotaFindings", self.tr("Warnings about the rota"))
        self.findings.setProperty("role", "warnings")
        self.findings.setWordWrap(True)
        self.findings.hide()
        layout.addWidget(self.findings)

        for widget in (
            self.import_button,
            self.new_button,
            self.add_button,
            self.remove_button,
            self.copy_button,
        ):
            allow(widget, self._why_not)
        session.changed.connect(self._changed)
        self.setFocusProxy(self.grid)

    def save_state(self) -> None:
        """Nothing of this page's layout is kept between runs (the window asks every page)."""

    # -- reading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & ROTA_TABLES:
            self._stale = True
            self._units_stale = self._units_stale or "unit" in tables
            if self.isVisible():
                self.reload()

    def unit_id(self) -> str | None:
        data = self.unit_picker.currentData()
        return str(data) if data else None

    def _fill_units(self) -> None:
        ctx = self._session.ctx
        units = self._session.read(self._team.units, [])
        shown = [u for u in units if ctx.sees_unit(u.id)]
        wanted = self.unit_picker.currentData()
        self.unit_picker.blockSignals(True)
        self.unit_picker.clear()
        if not shown:
            self.unit_picker.addItem(self.tr("The house"), "")
        for unit in shown:
            self.unit_picker.addItem(unit.name, unit.id)
        row = self.unit_picker.findData(wanted) if wanted is not None else -1
        self.unit_picker.setCurrentIndex(max(row, 0))
        self.unit_picker.blockSignals(False)

    def reload(self) -> None:
        """Read the chosen unit's rota again and show it."""
        self._stale = False
        if self.unit_picker.count() == 0 or self._units_stale:
            self._units_stale = False
            self._fill_units()
        unit_id = self.unit_id()
        rota = self._session.read(lambda: self._rotas.rota_of_unit(unit_id), None)
        view = (
            self._session.read(lambda: self._rotas.view(rota.id), None, gone_is_quiet=True)
            if rota is not None
            else None
        )
        self.view = view
        self.model.show(view, editable=view is not None and self._why_not is None)
        self.new_box.setVisible(view is None)
        self.edit_box.setVisible(view is not None)
        self.grid.setVisible(view is not None)
        if view is None:
            self.about.setText(
                self.tr(
                    "This unit has no rota yet. Import it from the house's Excel or CSV file, "
                    "or make an empty one and type it in."
                )
            )
            self.legend.clear()
        else:
            weeks = view.rota.cycle_weeks
            self.about.setText(
                counted(
                    self.tr(
                        "A cycle of %n week(s), repeating from {day}. Type a shift code into a "
                        "day and press Enter; Delete makes the selected days days off.",
                        "",
                        weeks,
                    ),
                    weeks,
                ).format(day=format_date(view.rota.starts_on))
            )
            self.legend.setText(
                "   ".join(
                    f"{k.code} = {translate(k.name)} {k.hours_in(translate)}"
                    for k in view.kinds.values()
                )
            )
            for spin in (self.show_week, self.copy_from, self.copy_to):
                spin.setMaximum(weeks)
            self._fill_staff_picker(view)
        self._show_findings(view)
        self.loaded.emit()

    def _show_findings(self, view: RotaView | None) -> None:
        """The rota rules for the unit's residents, the first few in full."""
        found = (
            self._session.read(lambda: self._rotas.findings(view.rota.id), [])
            if view is not None
            else []
        )
        self.found = found
        if not found:
            self.findings.hide()
            return
        sentences = [tr_message(f.message) for f in found]
        # The first in full; all of them on hover, so the grid keeps its height at 768 px.
        text = sentences[0]
        if len(found) > 1:
            text = self.tr("%n warnings about the rota. The first: {first}", "", len(found)).format(
                first=text
            )
        self.findings.setText(text)
        self.findings.setToolTip("\n\n".join(sentences))
        self.findings.setAccessibleDescription("\n".join(sentences))
        self.findings.show()

    def _fill_staff_picker(self, view: RotaView) -> None:
        unit_id = view.rota.unit_id
        on_rota = {s.id for s in view.staff}
        everyone = self._session.read(lambda: self._team.staff(include_inactive=False), [])
        offered = [s for s in everyone if s.unit_id in (None, unit_id) and s.id not in on_rota]
        self.staff_picker.clear()
        self.staff_picker.setPlaceholderText(
            self.tr("Everyone of the unit is on the rota") if not offered else ""
        )
        for person in offered:
            self.staff_picker.addItem(person.name, person.id)
        self.add_button.setEnabled(bool(offered) and self._why_not is None)

    def scroll_to_week(self, week: int) -> None:
        """Bring the week's first day to the grid's left edge (the grid scrolls by days)."""
        if self.model.columnCount():
            column = min((week - 1) * 7, self.model.columnCount() - 1)
            self.grid.horizontalScrollBar().setValue(column)

    # -- writing -----------------------------------------------------------------------------

    def _cells_for(self, index: QModelIndex) -> list[tuple[int, int]]:
        """The days a typed code goes into: the selection when the typed day is in it."""
        selected = self.grid.selected_days()
        where = (index.row(), index.column())
        return selected if where in selected else [where]

    def _typed(self, index: QModelIndex, text: str) -> None:
        self.set_codes(self._cells_for(index), text)

    def set_codes(self, cells: list[tuple[int, int]], text: str) -> bool:
        """Write ``text`` (a shift code; empty for a day off) into the (row, day) cells, as one
        undoable step; a code the house does not have is refused with a sentence."""
        view = self.view
        if view is None or not cells:
            return False
        codes = {(view.staff[row].id, day): text for row, day in cells}
        known = {k.code.casefold(): k.code for k in view.kinds.values()}
        text = known.get(text.strip().casefold(), text.strip())
        if len(cells) == 1:
            row, day = cells[0]
            person = view.staff[row].name
            what = (
                self.tr("{code} for {person}, {day}").format(
                    code=text, person=person, day=self.model.day_name(day)
                )
                if text
                else self.tr("Day off for {person}, {day}").format(
                    person=person, day=self.model.day_name(day)
                )
            )
        else:
            what = self.tr("%n days of the rota", "", len(cells))
        outcome = self._session.run(what, lambda: self._rotas.set_codes(view.rota.id, codes))
        return outcome is not None

    def clear_selected(self) -> None:
        if self.model.editable:
            self.set_codes(self.grid.selected_days(), "")

    def copy_week(self) -> None:
        view = self.view
        if view is None:
            return
        source, target = self.copy_from.value(), self.copy_to.value()
        self._session.run(
            self.tr("Copy week {source} onto week {target}").format(source=source, target=target),
            lambda: self._rotas.copy_week(view.rota.id, source, target),
        )

    def add_staff(self) -> None:
        view, staff_id = self.view, self.staff_picker.currentData()
        if view is None or not staff_id:
            return
        name = self.staff_picker.currentText()
        self._session.run(
            self.tr("Add {name} to the rota").format(name=name),
            lambda: self._rotas.add_to_rota(view.rota.id, str(staff_id)),
        )

    def remove_staff(self) -> None:
        view, current = self.view, self.grid.currentIndex()
        if view is None or not current.isValid():
            self._session.told.emit(self.tr("Choose a person in the rota first."))
            return
        person = view.staff[current.row()]
        self._session.run(
            self.tr("Take {name} off the rota").format(name=person.name),
            lambda: self._rotas.remove_from_rota(view.rota.id, person.id),
        )

    def make_rota(self) -> None:
        text = self.new_start.text().strip()
        try:
            day = parse_date(text, self._session.ctx.today()) if text else None
        except ValueError:
            day = None
        if text and day is None:
            self._session.refused.emit(date_problem(text))
            return
        start = day or self._session.ctx.today()
        unit_id, weeks = self.unit_id(), self.new_weeks.value()
        self._session.run(
            self.tr("Make a rota for {unit}").format(unit=self.unit_picker.currentText()),
            lambda: self._rotas.create_rota(unit_id, start, weeks),
        )

    def open_shift_kinds(self) -> ShiftKindsDialog:
        """The house's shifts, to read and, for a leader, to add, change or remove."""
        from teamdesk.ui.rota.shift_kinds_dialog import ShiftKindsDialog

        dialog = ShiftKindsDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shift_kinds_dialog = dialog
        dialog.show()
        return dialog

    # -- import ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a rota"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> ImportDialog[RotaPreview] | None:
        """Open the import of ``path`` into the chosen unit's rota: the preview first, and the
        write only when the person presses Import (one undoable step)."""
        unit_id = self.unit_id()
        found = self._session.read(lambda: self._importer.columns(path, unit_id), None)
        if found is None:
            return None
        columns, start = found
        mapping = {"who_column": start.who_column, "who": start.who}

        def make_preview(chosen: dict[str, str]) -> RotaPreview:
            given = (
                RotaMapping(chosen["who_column"], chosen.get("who", WHO_NAME))
                if chosen.get("who_column")
                else None
            )
            starts = chosen.get("starts")
            return self._importer.preview(
                path, unit_id, given, date.fromisoformat(starts) if starts else None
            )

        fields = [
            MappingField("who_column", self.tr("Column that names the person"), required=True),
            MappingField(
                "who",
                self.tr("It holds"),
                choices=(
                    (WHO_NAME, self.tr("names")),
                    (WHO_EMPLOYEE_NUMBER, self.tr("employee numbers")),
                ),
            ),
        ]
        if self.view is None:
            fields.append(
                MappingField("starts", self.tr("First day of the cycle (day 1)"), is_date=True)
            )
        dialog: ImportDialog[RotaPreview] = ImportDialog(
            title=self.tr("Import the rota of {unit}").format(unit=self.unit_picker.currentText()),
            intro=self.tr(
                "From {file}. Choose the column that names the person; TeamDesk remembers it "
                "for this unit. Nothing is written until you press Import."
            ).format(file=path.name),
            columns=columns,
            fields=fields,
            mapping=mapping,
            make_preview=make_preview,
            describe=lambda p: p.summary(),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._commit_import(dialog, path))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _commit_import(self, dialog: ImportDialog[RotaPreview], path: Path) -> None:
        preview = dialog.preview
        if preview is None:
            return
        self._session.run(
            self.tr("Import the rota from {file}").format(file=path.name),
            lambda: self._importer.commit(preview),
        )
