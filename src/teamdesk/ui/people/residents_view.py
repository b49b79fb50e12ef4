"""The Residents page: a searchable list of everyone and, beside it, the chosen resident."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.my_plans import MyPlansService
from teamdesk.ui.common.models import ResidentsModel
from teamdesk.ui.common.text import counted
from teamdesk.ui.common.widgets import (
    ColumnsStepAside,
    DraftLineEdit,
    ListTable,
    SearchField,
    list_beside_page,
    named,
    page_scroll,
)
from teamdesk.ui.people.resident_page import ResidentPage, configure_table, select_row
from teamdesk.ui.session import Session

LIST_TABLES = frozenset({"resident", "unit", "assignment", "staff", "setting"})
# The least and the most width of the residents list's name column, in pixels.
NAME_WIDTH = (170, 300)


# ListTable and SearchField live in ui/common/widgets.py; importing them from here still works.
__all__ = ["ListTable", "ResidentsView", "SearchField"]


class ResidentsView(QWidget):
    """Search, list and the resident page, side by side."""

    open_staff = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("residentsView")
        self._session = session
        self._settings = settings
        self._stale = True
        self._refresh_names = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.reload)

        self.model = ResidentsModel(session, self)
        self.page = ResidentPage(session)
        self.page.open_staff.connect(self.open_staff)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.search = named(
            SearchField(),
            "residentSearch",
            self.tr("Search residents"),
            self.tr("Filters the list as you type: name, room or unit."),
        )
        self.search.setPlaceholderText(self.tr("Search by name, room or unit (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.search.into_list.connect(self._into_list)
        self.show_moved_out = named(
            QCheckBox(self.tr("Show residents who have &moved out")),
            "showMovedOut",
            self.tr("Show residents who have moved out"),
        )
        self.show_moved_out.toggled.connect(self._moved_out_toggled)
        # "Mine" means: residents whose plan I coordinate, and those I have a role for today
        # (primary or secondary contact, team member). The box says so, for sighted people
        # and screen readers alike.
        mine_means = self.tr(
            "Residents whose plan you coordinate, and those you are primary contact, "
            "secondary contact or team member for today."
        )
        self.only_mine = named(
            QCheckBox(self.tr("Only &mine")), "onlyMine", self.tr("Only my residents"), mine_means
        )
        self.only_mine.setToolTip(mine_means)
        self.only_mine.setVisible(session.ctx.actor.staff_id is not None)
        self.only_mine.toggled.connect(self._only_mine_toggled)
        self._my_ids: frozenset[str] | None = None
        self._mine_service = MyPlansService(session.ctx)

        self.table = named(ListTable(), "residentsTable", self.tr("Residents"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Names first and whole: a stretching name column shrank to 40 px ("Ah…") whenever the
        # other columns' widths filled the list. Now the name column is as wide as the names
        # (see _fit_names), the others have fixed widths, the unit is elided, and columns that
        # do not fit step aside rather than cut a name or make the list scroll sideways.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        header.resizeSection(0, NAME_WIDTH[0])
        header.resizeSection(1, 55)
        header.resizeSection(2, 140)
        header.resizeSection(3, 140)
        header.resizeSection(4, 90)
        # Someone who sees one unit only (a coordinator, staff) reads its name on every row;
        # the resident's page says it, and the names get the room.
        self.table.setColumnHidden(2, session.ctx.only_unit is not None)
        # Moved in, unit, room, then primary contact: "who do I turn to" stays longest.
        ColumnsStepAside(self.table, (4, 2, 1, 3))
        self._names_fitted = False
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated_row.connect(lambda _i: self.page.setFocus())
        self.model.modelReset.connect(self._keep_current)
        self.model.layoutChanged.connect(self._keep_current)

        self.count = named(QLabel(), "residentCount", self.tr("How many residents are listed"))
        self.count.setProperty("role", "hint")

        add_row = QHBoxLayout()
        self.new_name = named(
            DraftLineEdit(self.tr("a new resident"), lambda: self.add_resident()),
            "newResidentName",
            self.tr("Name of a new resident"),
        )
        self.new_name.setPlaceholderText(self.tr("Name of a new resident"))
        self.new_name.returnPressed.connect(self.add_resident)
        self.add_button = named(
            QPushButton(self.tr("&Add resident")), "addResidentButton", self.tr("Add resident")
        )
        self.add_button.clicked.connect(self.add_resident)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        left_layout.addWidget(self.search)
        # One box a line: side by side they widened the list and squeezed the resident's page.
        left_layout.addWidget(self.only_mine)
        left_layout.addWidget(self.show_moved_out)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(add_row)

        # The resident's page (team card, plan) needs the room more than the list does.
        self.splitter = list_beside_page(
            self,
            left,
            page_scroll(self.page, "residentPageScroll"),
            object_name="residentsSplitter",
            settings=settings,
            settings_key="residents/splitter",
            sizes=(460, 800),
            stretch=(1, 2),
        )
        # The plan editor needs the whole width (issue 10): the list steps aside while it is open.
        self.page.plan_opened.connect(lambda opened: left.setVisible(not opened))
        session.changed.connect(self._on_changed)
        self.setFocusProxy(self.search)

    def save_state(self) -> None:
        self._settings.setValue("residents/splitter", self.splitter.saveState())

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        mine_changed = self.only_mine.isChecked() and "plan" in tables
        if not tables & LIST_TABLES and not mine_changed:
            return
        self._refresh_names = self._refresh_names or bool(tables & {"resident", "unit"})
        self._stale = True
        if self.isVisible():
            # After the event that caused it, so a click on the list lands where it was aimed.
            self._refresh_timer.start()

    def reload(self) -> None:
        """Read the list again (names and order), keeping the chosen resident chosen."""
        self._refresh_timer.stop()
        self._stale = False
        if self.only_mine.isChecked():
            self._my_ids = None  # roles or plans may have changed: ask again
            self.model.set_only(self._mine())
        self.model.reload(names_changed=self._refresh_names)
        self._refresh_names = False
        self._update_count()
        self._fit_names()
        self._keep_current()

    def _fit_names(self) -> None:
        """Once, when the first names are read: make the name column as wide as the names on
        screen (within limits). Not again after an edit, so columns stay where they are."""
        if self._names_fitted or self.model.rowCount() == 0:
            return
        self._names_fitted = True
        wanted = self.table.sizeHintForColumn(0) + 12
        least, most = NAME_WIDTH
        self.table.horizontalHeader().resizeSection(0, max(least, min(wanted, most)))

    def _mine(self) -> frozenset[str]:
        if self._my_ids is None:
            found: set[str] = self._session.read(self._mine_service.my_resident_ids, set())
            self._my_ids = frozenset(found)
        return self._my_ids

    def _only_mine_toggled(self, checked: bool) -> None:
        self._my_ids = None
        self.model.set_only(self._mine() if checked else None)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.only() is not None and not self.model.search().strip():
            self.count.setText(
                counted(
                    self.tr(
                        "Your residents: %n. You coordinate their plan or have a role for them.",
                        "",
                        shown,
                    ),
                    shown,
                )
            )
        elif self.model.search().strip():
            if shown == 1:
                self.count.setText(self.tr("1 resident matches"))
            else:
                self.count.setText(self.tr("{shown} residents match").format(shown=shown))
        elif shown == 0:
            self.count.setText(self.tr("No residents yet. Add the first one below."))
        elif shown == 1:
            self.count.setText(self.tr("1 resident"))
        else:
            self.count.setText(self.tr("{shown} residents").format(shown=shown))

    # -- choosing ----------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _moved_out_toggled(self, checked: bool) -> None:
        self.model.set_include_moved_out(checked)
        self._update_count()

    def _into_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        selected = self.table.selectionModel().selectedRows()
        select_row(self.table, selected[0].row() if selected else 0)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.page.show_resident(self.model.id_at(current.row()))

    def _keep_current(self) -> None:
        """After the list changed, point it at the resident the page shows again."""
        rid = self.page.resident_id()
        if rid is None:
            return
        row = self.model.row_of(rid)
        if row < 0:
            return
        select_row(self.table, row)

    def show_resident(self, resident_id: str) -> bool:
        """Choose a resident, widening the list if a search or filter hides them."""
        if self._stale:
            self.reload()
        if self.model.row_of(resident_id) < 0 and self.search.text():
            self.search.clear()
        if self.model.row_of(resident_id) < 0 and self.only_mine.isChecked():
            self.only_mine.setChecked(False)
        if self.model.row_of(resident_id) < 0 and not self.show_moved_out.isChecked():
            self.show_moved_out.setChecked(True)
        self.page.show_resident(resident_id)
        if self.page.resident_id() != resident_id:
            return False
        self._keep_current()
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- adding ------------------------------------------------------------------------------

    def add_resident(self) -> None:
        name = self.new_name.text()
        team = self._session.team
        outcome = self._session.run(
            self.tr("Add resident {name}").format(name=name.strip()),
            lambda: team.create_resident(name),
        )
        if outcome is None or outcome.row_id is None:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.search.clear()
        self.reload()
        self.show_resident(outcome.row_id)
        self.page.fields["preferred_name"].setFocus()
