"""The Teams page: the teams, and for the chosen one its staff and its residents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.team import Resident, Staff, Team, TeamMembership
from teamdesk.services import ui_queries
from teamdesk.ui.common.labels import education_short
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import counted, name_order
from teamdesk.ui.common.widgets import (
    ListTable,
    SearchField,
    clear_invalid,
    columns_follow_contents,
    hint,
    list_beside_page,
    mark_invalid,
    named,
)
from teamdesk.ui.people.resident_page import configure_table, select_row
from teamdesk.ui.session import Session

TEAM_TABLES = frozenset({"team", "team_membership", "staff", "resident", "unit"})

Member = tuple[TeamMembership, Staff]


class TeamsView(QWidget):
    """Teams beside the chosen team's staff and residents."""

    open_resident = Signal(str)
    open_staff = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamsView")
        self._session = session
        self._settings = settings
        self._stale = True
        self._team: Team | None = None
        self._unit_names: dict[str, str] = {}
        self._active_staff: list[Staff] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)

        self.model = RowsModel(
            [
                Column(self.tr("Team"), lambda t: t.name),
                Column(self.tr("Unit"), self._unit_name),
            ],
            key=lambda t: t.id,
            parent=self,
            search=lambda t: f"{t.name} {self._unit_name(t)}",
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.search = named(SearchField(), "teamSearch", self.tr("Search teams"))
        self.search.setPlaceholderText(self.tr("Search by team or unit (Ctrl+F)"))
        self.search.textChanged.connect(self.model.set_filter)
        self.search.into_list.connect(self._into_list)
        self.table = named(ListTable(), "teamsTable", self.tr("Teams"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().resizeSection(1, 200)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated_row.connect(lambda _i: self.staff_table.setFocus())
        self.model.modelReset.connect(self._keep_current)
        self.model.layoutChanged.connect(self._keep_current)
        add_row = QHBoxLayout()
        self.new_name = named(QLineEdit(), "newTeamName", self.tr("Name of a new team"))
        self.new_name.setPlaceholderText(self.tr("Name of a new team"))
        self.new_name.returnPressed.connect(self.add_team)
        self.add_button = named(
            QPushButton(self.tr("&Add team")), "addTeamButton", self.tr("Add team")
        )
        self.add_button.clicked.connect(self.add_team)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        self.count = named(QLabel(), "teamCount", self.tr("How many teams are listed"))
        self.count.setProperty("role", "hint")
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(add_row)

        self._stack = QStackedWidget()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_hint = named(
            hint(self.tr("Choose a team in the list, or add a new one below the list.")),
            "teamEmptyHint",
            self.tr("No team chosen"),
        )
        empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_hint)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)
        self._stack.addWidget(self._build_team_page())

        self.splitter = list_beside_page(
            self,
            left,
            self._stack,
            object_name="teamsSplitter",
            settings=settings,
            settings_key="teams/splitter",
            sizes=(420, 980),
        )
        self.setFocusProxy(self.search)
        session.changed.connect(self._on_changed)

    def _build_team_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.title = named(QLabel(), "teamTitle", self.tr("Team"))
        self.title.setProperty("role", "title")
        self.subtitle = named(QLabel(), "teamSubtitle", self.tr("About the team"))
        self.subtitle.setProperty("role", "hint")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        layout.addLayout(columns, 1)

        staff_box = QGroupBox(self.tr("Staff on this team"))
        staff_box.setObjectName("teamStaffBox")
        staff_layout = QVBoxLayout(staff_box)
        self.staff_model = RowsModel(
            [
                Column(self.tr("Name"), lambda m: m[1].name),
                Column(self.tr("Education"), lambda m: education_short(m[1].education)),
                Column(self.tr("Position"), lambda m: f"{m[1].fte_percent} %"),
            ],
            key=lambda m: m[0].id,
            kind=lambda m: RowKind.MUTED if not m[1].active else RowKind.NORMAL,
            parent=self,
        )
        self.staff_table = named(
            ListTable(),
            "teamStaffTable",
            self.tr("Staff on this team"),
            self.tr("Press Enter to open the staff member."),
        )
        self.staff_table.setModel(self.staff_model)
        configure_table(self.staff_table)
        columns_follow_contents(self.staff_table, stretch=0)
        self.staff_table.doubleClicked.connect(self._open_member)
        self.staff_table.activated_row.connect(self._open_member)
        self.staff_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.staff_empty = hint(self.tr("Nobody is on this team yet."))
        self.remove_button = named(
            QPushButton(self.tr("&Remove from team")),
            "removeFromTeamButton",
            self.tr("Remove the chosen staff member from the team"),
        )
        self.remove_button.clicked.connect(self._remove_member)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        self.picker_model = RowsModel(
            [Column("", lambda s: f"{s.name} · {education_short(s.education)}")],
            key=lambda s: s.id,
            parent=self,
        )
        self.staff_picker = named(
            QComboBox(),
            "teamStaffPicker",
            self.tr("Staff member to add to the team"),
            self.tr("Type part of a name; only active staff are listed."),
        )
        self.staff_picker.setEditable(True)
        self.staff_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff_picker.setModel(self.picker_model)
        completer = QCompleter(self.picker_model, self.staff_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.staff_picker.setCompleter(completer)
        line = self.staff_picker.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setObjectName("teamStaffPickerText")
        line.setAccessibleName(self.tr("Staff member to add to the team"))
        line.setPlaceholderText(self.tr("Type a name…"))
        line.returnPressed.connect(self._add_member)
        self.add_member_button = named(
            QPushButton(self.tr("Add to &team")), "addToTeamButton", self.tr("Add to team")
        )
        self.add_member_button.clicked.connect(self._add_member)
        add_row = QHBoxLayout()
        add_row.addWidget(self.staff_picker, 1)
        add_row.addWidget(self.add_member_button)
        staff_layout.addWidget(self.staff_table, 1)
        staff_layout.addWidget(self.staff_empty)
        staff_layout.addLayout(remove_row)
        staff_layout.addLayout(add_row)
        columns.addWidget(staff_box, 1)

        residents_box = QGroupBox(self.tr("Residents of this team"))
        residents_box.setObjectName("teamResidentsBox")
        residents_layout = QVBoxLayout(residents_box)
        self.residents_model = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.display_name),
                Column(self.tr("Room"), lambda r: r.room),
            ],
            key=lambda r: r.id,
            kind=self._resident_kind,
            parent=self,
        )
        self.residents_table = named(
            ListTable(),
            "teamResidentsTable",
            self.tr("Residents of this team"),
            self.tr("Press Enter to open the resident."),
        )
        self.residents_table.setModel(self.residents_model)
        configure_table(self.residents_table)
        columns_follow_contents(self.residents_table, stretch=0)
        self.residents_table.doubleClicked.connect(self._open_resident)
        self.residents_table.activated_row.connect(self._open_resident)
        self.residents_empty = hint(
            self.tr("No residents belong to this team. Choose the team on a resident's page.")
        )
        residents_layout.addWidget(self.residents_table, 1)
        residents_layout.addWidget(self.residents_empty)
        columns.addWidget(residents_box, 1)
        return page

    def save_state(self) -> None:
        self._settings.setValue("teams/splitter", self.splitter.saveState())

    def _unit_name(self, team: Team) -> str:
        return self._unit_names.get(team.unit_id or "", "")

    def _resident_kind(self, resident: Resident) -> RowKind:
        lives_here = resident.lives_here_on(self._session.ctx.today())
        return RowKind.NORMAL if lives_here else RowKind.MUTED

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "staff" in tables:
            self._active_staff = None
        if tables & TEAM_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def reload(self) -> None:
        self._timer.stop()
        self._stale = False
        team = self._session.team
        self._unit_names = {u.id: u.name for u in self._session.read(team.units, [])}
        self.model.set_rows(self._session.read(team.teams, []))
        total = self.model.total()
        self.count.setText(
            self.tr("No teams yet. Add the first one below.")
            if total == 0
            else self.tr("{total} teams").format(total=total)
        )
        self._keep_current()
        self._show_team()

    def _keep_current(self) -> None:
        if self._team is None:
            return
        row = self.model.row_of(self._team.id)
        if row < 0:
            return
        select_row(self.table, row)

    def _into_list(self) -> None:
        if self.model.rowCount():
            selected = self.table.selectionModel().selectedRows()
            select_row(self.table, selected[0].row() if selected else 0)
            self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            chosen = self.model.row_at(current.row())
            if self._team is None or chosen.id != self._team.id:
                self._team = chosen
                self._show_team()

    def show_team(self, team_id: str) -> bool:
        if self._stale:
            self.reload()
        if self.model.row_of(team_id) < 0:
            self.search.clear()
        row = self.model.row_of(team_id)
        if row < 0:
            return False
        self._team = self.model.row_at(row)
        self._keep_current()
        self._show_team()
        return True

    def _show_team(self) -> None:
        team = self.model.find(self._team.id) if self._team is not None else None
        self._team = team
        if team is None:
            self._stack.setCurrentIndex(0)
            return
        ts = self._session.team
        members: list[Member] = self._session.read(lambda: ts.team_members(team.id), [])
        residents = self._session.read(
            lambda: ui_queries.residents_on_team(self._session.ctx, team.id), []
        )
        self.title.setText(team.name)
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    self._unit_name(team),
                    self.tr("%n staff", "", len(members)),
                    counted(self.tr("%n resident(s)", "", len(residents)), len(residents)),
                )
                if part
            )
        )
        self.staff_model.set_rows(members)
        self.staff_table.setVisible(bool(members))
        self.staff_empty.setVisible(not members)
        self.residents_model.set_rows(residents)
        self.residents_table.setVisible(bool(residents))
        self.residents_empty.setVisible(not residents)
        self._fill_picker(team, {s.id for _, s in members})
        self._update_buttons()
        self._stack.setCurrentIndex(1)

    def _fill_picker(self, team: Team, on_team: set[str]) -> None:
        if self._active_staff is None:
            self._active_staff = self._session.read(
                lambda: self._session.team.staff(include_inactive=False), []
            )
        choices = sorted(
            (s for s in self._active_staff if s.id not in on_team),
            key=lambda s: (s.unit_id != team.unit_id, name_order(s.name)),
        )
        text = self.staff_picker.currentText()
        self.picker_model.set_rows(choices)
        self.staff_picker.setCurrentIndex(-1)
        self.staff_picker.setEditText(text)

    def _update_buttons(self, *_args: Any) -> None:
        self.remove_button.setEnabled(self.staff_table.currentIndex().isValid())

    # -- opening and editing -----------------------------------------------------------------

    def _open_member(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_staff.emit(self.staff_model.row_at(index.row())[1].id)

    def _open_resident(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_resident.emit(self.residents_model.row_at(index.row()).id)

    def chosen_staff(self) -> Staff | None:
        text = self.staff_picker.currentText().strip().casefold()
        if not text:
            return None
        rows: list[Staff] = self.picker_model.rows()
        matches = [
            s
            for s in rows
            if text == s.name.casefold()
            or text == f"{s.name} · {education_short(s.education)}".casefold()
        ]
        if len(matches) != 1:
            matches = [s for s in rows if text in s.name.casefold()]
        return matches[0] if len(matches) == 1 else None

    def _add_member(self) -> None:
        if self._team is None:
            return
        staff = self.chosen_staff()
        if staff is None:
            reason = self.tr(
                "Choose one active staff member from the list; type more of the name if several "
                "match."
            )
            mark_invalid(self.staff_picker, reason)
            self._session.refused.emit(reason)
            return
        clear_invalid(self.staff_picker)
        team_id, team_name = self._team.id, self._team.name
        ts = self._session.team
        outcome = self._session.run(
            self.tr("Add {staff} to {team}").format(staff=staff.name, team=team_name),
            lambda: ts.add_to_team(team_id, staff.id),
        )
        if outcome is not None:
            self.staff_picker.setCurrentIndex(-1)
            self.staff_picker.setEditText("")
            self._show_team()

    def _remove_member(self) -> None:
        index = self.staff_table.currentIndex()
        if not index.isValid() or self._team is None:
            return
        membership, staff = self.staff_model.row_at(index.row())
        ts = self._session.team
        if self._session.run(
            self.tr("Remove {staff} from {team}").format(staff=staff.name, team=self._team.name),
            lambda: ts.remove_from_team(membership.id),
        ):
            self._show_team()

    def add_team(self) -> None:
        name = self.new_name.text()
        ts = self._session.team
        outcome = self._session.run(
            self.tr("Add team {name}").format(name=name.strip()),
            lambda: ts.create_team(name),
        )
        if outcome is None or outcome.row_id is None:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.reload()
        self.show_team(outcome.row_id)
        self.staff_picker.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
