"""The Staff page: everyone on staff, one person's details, their roles and their absences."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.team import Absence, Education, Staff, Unit
from teamdesk.services import ui_queries
from teamdesk.services.ui_queries import StaffRole
from teamdesk.ui.common.labels import education_short, role_label
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import date_format, format_date, translate
from teamdesk.ui.common.widgets import (
    ColumnsStepAside,
    CommitLineEdit,
    ListTable,
    SearchField,
    clear_invalid,
    columns_follow_contents,
    fit_combo,
    hint,
    list_beside_page,
    mark_invalid,
    named,
    page_scroll,
    pass_undo_to_window,
)
from teamdesk.ui.people.resident_page import configure_table, fit_rows, select_row
from teamdesk.ui.session import Session

STAFF_TABLES = frozenset({"staff", "unit", "assignment", "absence", "resident", "setting"})


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StaffPage(QWidget):
    """One staff member: details that save as they change, their roles and absences."""

    open_resident = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self._session = session
        self._staff_id: str | None = None
        self._staff: Staff | None = None
        self._units: list[Unit] | None = None
        self._loading = False
        self._build()

    def _build(self) -> None:
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_hint = named(
            hint(self.tr("Choose a staff member in the list, or add a new one below the list.")),
            "staffEmptyHint",
            self.tr("No staff member chosen"),
        )
        empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_hint)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)

        page = QWidget()
        self._stack.addWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.title = named(QLabel(), "staffTitle", self.tr("Staff member"))
        self.title.setProperty("role", "title")
        self.subtitle = named(QLabel(), "staffSubtitle", self.tr("About the staff member"))
        self.subtitle.setProperty("role", "hint")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        left = right = layout

        details = QGroupBox(self.tr("Details"))
        details.setObjectName("staffDetails")
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = named(CommitLineEdit(), "staffName", self.tr("Name"))
        self.name.editingFinished.connect(lambda: self._commit_text("name", self.name))
        self.initials = named(CommitLineEdit(), "staffInitials", self.tr("Initials"))
        self.initials.setMaxLength(6)
        self.initials.setMaximumWidth(120)
        self.initials.editingFinished.connect(lambda: self._commit_text("initials", self.initials))
        self.education = named(QComboBox(), "staffEducation", self.tr("Education"))
        fit_combo(self.education, 20)
        for education in Education:
            self.education.addItem(translate(education.label), education)
        self.education.activated.connect(
            lambda _i: self._commit(
                "education", Education(self.education.currentData()), self.tr("education")
            )
        )
        self.peer_worker = named(
            QCheckBox(self.tr("&Peer worker (employed for lived experience)")),
            "staffPeerWorker",
            self.tr("Peer worker"),
        )
        self.peer_worker.clicked.connect(
            lambda checked: self._commit("peer_worker", checked, self.tr("peer worker"))
        )
        self.fte = named(QSpinBox(), "staffFte", self.tr("Position in percent"))
        self.fte.setRange(0, 100)
        self.fte.setMaximumWidth(120)
        self.fte.setSuffix(" %")
        self.fte.setSingleStep(5)
        self.fte.setKeyboardTracking(False)
        pass_undo_to_window(self.fte)
        self.fte.editingFinished.connect(
            lambda: self._commit("fte_percent", self.fte.value(), self.tr("position"))
        )
        self.unit = named(QComboBox(), "staffUnit", self.tr("Unit"))
        self.unit.activated.connect(
            lambda _i: self._commit("unit_id", self.unit.currentData(), self.tr("unit"))
        )
        self.active = named(
            QCheckBox(self.tr("&Active (works here now)")), "staffActive", self.tr("Active")
        )
        self.active.clicked.connect(
            lambda checked: self._commit("active", checked, self.tr("active"))
        )

        def row(label: str, widget: QWidget) -> None:
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)

        row(self.tr("&Name"), self.name)
        row(self.tr("&Initials"), self.initials)
        row(self.tr("&Education"), self.education)
        form.addRow("", self.peer_worker)
        row(self.tr("Pos&ition"), self.fte)
        row(self.tr("&Unit"), self.unit)
        form.addRow("", self.active)
        left.addWidget(details)

        roles = QGroupBox(self.tr("Roles for residents"))
        roles.setObjectName("staffRolesBox")
        roles_layout = QVBoxLayout(roles)
        self.roles_model = RowsModel(
            [
                Column(self.tr("Role"), self._role_text),
                Column(self.tr("Resident"), lambda r: r.resident_name),
                Column(self.tr("Since"), lambda r: format_date(r.assignment.valid_from)),
            ],
            key=lambda r: r.assignment.id,
            parent=self,
        )
        self.roles_table = named(
            ListTable(),
            "staffRolesTable",
            self.tr("The staff member's roles"),
            self.tr("Press Enter to open the resident."),
        )
        self.roles_table.setModel(self.roles_model)
        configure_table(self.roles_table)
        columns_follow_contents(self.roles_table, stretch=1)
        self.roles_table.doubleClicked.connect(self._open_role)
        self.roles_table.activated_row.connect(self._open_role)
        self.roles_empty = hint(self.tr("No roles for any resident."))
        roles_layout.addWidget(self.roles_table)
        roles_layout.addWidget(self.roles_empty)
        left.addWidget(roles)

        absences = QGroupBox(self.tr("Absences"))
        absences.setObjectName("absencesBox")
        abs_layout = QVBoxLayout(absences)
        self.absence_model = RowsModel(
            [
                Column(self.tr("From"), lambda a: format_date(a.from_date)),
                Column(self.tr("To"), lambda a: format_date(a.to_date)),
                Column(self.tr("Reason"), lambda a: a.reason),
            ],
            key=lambda a: a.id,
            kind=self._absence_kind,
            parent=self,
        )
        self.absence_table = named(
            ListTable(), "absenceTable", self.tr("The staff member's absences")
        )
        self.absence_table.setModel(self.absence_model)
        configure_table(self.absence_table)
        columns_follow_contents(self.absence_table, stretch=2)
        self.absence_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.absence_empty = hint(self.tr("No absences recorded."))
        self.cancel_absence_button = named(
            QPushButton(self.tr("&Cancel this absence")),
            "cancelAbsenceButton",
            self.tr("Cancel the chosen absence"),
        )
        self.cancel_absence_button.clicked.connect(self._cancel_absence)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_absence_button)

        add_title = QLabel(self.tr("Record an absence"))
        add_title.setProperty("role", "subheading")
        add_form = QFormLayout()
        self.absence_from = self._date_edit("absenceFrom", self.tr("First day away"))
        self.absence_to = self._date_edit("absenceTo", self.tr("Last day away"))
        self.absence_reason = named(QLineEdit(), "absenceReason", self.tr("Reason for absence"))
        self.absence_reason.setPlaceholderText(self.tr("Holiday, sick leave, course… (optional)"))
        self.absence_reason.returnPressed.connect(self._record_absence)
        self.record_absence_button = named(
            QPushButton(self.tr("&Record absence")),
            "recordAbsenceButton",
            self.tr("Record the absence"),
        )
        self.record_absence_button.clicked.connect(self._record_absence)
        dates = QHBoxLayout()
        dates.addWidget(self.absence_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.absence_to)
        dates.addStretch(1)
        from_label = QLabel(self.tr("&Away from"))
        from_label.setBuddy(self.absence_from)
        add_form.addRow(from_label, dates)
        reason_label = QLabel(self.tr("Rea&son"))
        reason_label.setBuddy(self.absence_reason)
        add_form.addRow(reason_label, self.absence_reason)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_absence_button)

        abs_layout.addWidget(self.absence_table)
        abs_layout.addWidget(self.absence_empty)
        abs_layout.addLayout(cancel_row)
        abs_layout.addWidget(add_title)
        abs_layout.addLayout(add_form)
        abs_layout.addLayout(record_row)
        right.addWidget(absences)
        layout.addStretch(1)

    def _date_edit(self, object_name: str, accessible: str) -> QDateEdit:
        edit = named(QDateEdit(), object_name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        today = self._session.ctx.today()
        edit.setDate(QDate(today.year, today.month, today.day))
        return edit

    # -- showing -----------------------------------------------------------------------------

    def staff_id(self) -> str | None:
        return self._staff_id

    def show_staff(self, staff_id: str | None) -> None:
        if staff_id == self._staff_id and (staff_id is None or self._staff is not None):
            return
        self._staff_id = staff_id
        self._staff = None
        for widget in (self.name, self.initials):
            clear_invalid(widget)
        today = self._session.ctx.today()
        self.absence_from.setDate(QDate(today.year, today.month, today.day))
        self.absence_to.setDate(QDate(today.year, today.month, today.day))
        self.absence_reason.clear()
        self.refresh()

    def refresh(self) -> None:
        sid = self._staff_id
        if sid is None:
            self._stack.setCurrentIndex(0)
            return
        team = self._session.team
        staff = self._session.read(lambda: team.staff_member(sid), None, gone_is_quiet=True)
        if staff is None:
            self._staff_id = None
            self._stack.setCurrentIndex(0)
            return
        if self._units is None:
            self._units = self._session.read(team.units, [])
            self._loading = True
            self.unit.clear()
            self.unit.addItem(self.tr("(no unit)"), None)
            for unit in self._units:
                self.unit.addItem(unit.name, unit.id)
            self._loading = False
        self._staff = staff
        roles = self._session.read(lambda: ui_queries.staff_roles(self._session.ctx, sid), [])
        absences = self._session.read(lambda: team.absences(sid), [])
        self._settings = self._session.read(team.rule_settings, None)
        self._loading = True
        try:
            self.title.setText(staff.name)
            units = {u.id: u.name for u in self._units}
            about = [
                education_short(staff.education),
                self.tr("{fte} % position").format(fte=staff.fte_percent),
                units.get(staff.unit_id or "", ""),
                self.tr("peer worker") if staff.peer_worker else "",
                self.tr("no longer active") if not staff.active else "",
            ]
            self.subtitle.setText(" · ".join(a for a in about if a))
            self.name.show_saved(staff.name)
            self.initials.show_saved(staff.initials)
            self.education.setCurrentIndex(list(Education).index(staff.education))
            self.peer_worker.setChecked(staff.peer_worker)
            typing = self.fte.hasFocus() and self.fte.cleanText() != str(self.fte.value())
            if not typing:
                self.fte.setValue(staff.fte_percent)
            index = self.unit.findData(staff.unit_id)
            self.unit.setCurrentIndex(index if index >= 0 else 0)
            self.active.setChecked(staff.active)
            self.roles_model.set_rows(roles)
            self.roles_table.setVisible(bool(roles))
            self.roles_empty.setVisible(not roles)
            fit_rows(self.roles_table, minimum=1, maximum=10)
            newest_first = sorted(absences, key=lambda a: a.from_date, reverse=True)
            self.absence_model.set_rows(newest_first)
            self.absence_table.setVisible(bool(absences))
            self.absence_empty.setVisible(not absences)
            fit_rows(self.absence_table, minimum=1, maximum=8)
        finally:
            self._loading = False
        self._update_buttons()
        self._stack.setCurrentIndex(1)

    def _role_text(self, role: StaffRole) -> str:
        if self._settings is None:
            return translate(role.assignment.role.default_label)
        return role_label(self._settings, role.assignment.role)

    def _absence_kind(self, absence: Absence) -> RowKind:
        today = self._session.ctx.today()
        if absence.covers(today):
            return RowKind.WARNING
        return RowKind.MUTED if absence.to_date < today else RowKind.NORMAL

    def _update_buttons(self, *_args: Any) -> None:
        self.cancel_absence_button.setEnabled(self.absence_table.currentIndex().isValid())

    def _open_role(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_resident.emit(self.roles_model.row_at(index.row()).resident_id)

    # -- saving ------------------------------------------------------------------------------

    def _commit_text(self, field: str, widget: CommitLineEdit) -> None:
        if self._loading or self._staff is None:
            return
        text = widget.text()
        if text.strip() == getattr(self._staff, field):
            clear_invalid(widget)
            return
        clear_invalid(widget)
        widget.setModified(False)
        what = self.tr("name") if field == "name" else self.tr("initials")
        if not self._run_update(what, {field: text.strip() if field == "initials" else text}):
            widget.setText(text)
            mark_invalid(widget, self._session.last_refusal)

    def _commit(self, field: str, value: object, what: str) -> None:
        if self._loading or self._staff is None:
            return
        if value == getattr(self._staff, field):
            return
        if not self._run_update(what, {field: value}):
            self.refresh()

    def _run_update(self, what: str, values: dict[str, object]) -> bool:
        sid = self._staff_id
        assert sid is not None and self._staff is not None
        team = self._session.team
        outcome = self._session.run(
            self.tr("Change {what} of {staff}").format(what=what, staff=self._staff.name),
            lambda: team.update_staff(sid, **values),
        )
        return outcome is not None

    def _record_absence(self) -> None:
        if self._staff is None or self._staff_id is None:
            return
        sid, name = self._staff_id, self._staff.name
        start = _to_date(self.absence_from.date())
        end = _to_date(self.absence_to.date())
        reason = self.absence_reason.text()
        team = self._session.team
        outcome = self._session.run(
            self.tr("Record absence for {staff}").format(staff=name),
            lambda: team.record_absence(sid, start, end, reason),
        )
        if outcome is None:
            mark_invalid(self.absence_to, self._session.last_refusal)
            return
        clear_invalid(self.absence_to)
        self.absence_reason.clear()

    def _cancel_absence(self) -> None:
        index = self.absence_table.currentIndex()
        if not index.isValid() or self._staff is None:
            return
        absence: Absence = self.absence_model.row_at(index.row())
        team = self._session.team
        self._session.run(
            self.tr("Cancel absence of {staff} from {day}").format(
                staff=self._staff.name, day=format_date(absence.from_date)
            ),
            lambda: team.cancel_absence(absence.id),
        )


class StaffView(QWidget):
    """Search and list of staff beside the chosen staff member's page."""

    open_resident = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffView")
        self._session = session
        self._settings = settings
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)

        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("Education"), lambda s: education_short(s.education)),
                Column(
                    self.tr("Position"),
                    lambda s: f"{s.fte_percent} %",
                    order=lambda s: s.fte_percent,
                ),
                Column(self.tr("Unit"), self._unit_name),
            ],
            key=lambda s: s.id,
            kind=lambda s: RowKind.MUTED if not s.active else RowKind.NORMAL,
            parent=self,
            search=lambda s: f"{s.name} {s.initials} {self._unit_name(s)}",
        )
        self._unit_names: dict[str, str] = {}
        self.page = StaffPage(session)
        self.page.open_resident.connect(self.open_resident)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.search = named(SearchField(), "staffSearch", self.tr("Search staff"))
        self.search.setPlaceholderText(self.tr("Search by name, initials or unit (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.search.into_list.connect(self._into_list)
        self.table = named(ListTable(), "staffTable", self.tr("Staff"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 120)
        header.resizeSection(2, 70)
        header.resizeSection(3, 150)
        ColumnsStepAside(self.table, (3, 2, 1))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated_row.connect(lambda _i: self.page.name.setFocus())
        self.model.modelReset.connect(self._keep_current)
        self.model.layoutChanged.connect(self._keep_current)
        self.count = named(QLabel(), "staffCount", self.tr("How many staff are listed"))
        self.count.setProperty("role", "hint")
        add_row = QHBoxLayout()
        self.new_name = named(QLineEdit(), "newStaffName", self.tr("Name of a new staff member"))
        self.new_name.setPlaceholderText(self.tr("Name of a new staff member"))
        self.new_name.returnPressed.connect(self.add_staff)
        self.add_button = named(
            QPushButton(self.tr("&Add staff member")),
            "addStaffButton",
            self.tr("Add staff member"),
        )
        self.add_button.clicked.connect(self.add_staff)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(add_row)

        self.splitter = list_beside_page(
            self,
            left,
            page_scroll(self.page, "staffPageScroll"),
            object_name="staffSplitter",
            settings=settings,
            settings_key="staff/splitter",
            sizes=(560, 680),
        )
        self.setFocusProxy(self.search)
        session.changed.connect(self._on_changed)

    def save_state(self) -> None:
        self._settings.setValue("staff/splitter", self.splitter.saveState())

    def _unit_name(self, staff: Staff) -> str:
        return self._unit_names.get(staff.unit_id or "", "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"staff", "unit"}:
            self._stale = True
            if self.isVisible():
                self._timer.start()
        if tables & STAFF_TABLES and self.page.staff_id() is not None:
            self.page.refresh()

    def reload(self) -> None:
        self._timer.stop()
        self._stale = False
        team = self._session.team
        self._unit_names = {u.id: u.name for u in self._session.read(team.units, [])}
        self.model.set_rows(self._session.read(team.staff, []))
        self._update_count()
        self._keep_current()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if total == 0:
            self.count.setText(self.tr("No staff yet. Add the first one below."))
        elif shown != total:
            self.count.setText(self.tr("{shown} of {total} staff").format(shown=shown, total=total))
        else:
            self.count.setText(self.tr("{total} staff").format(total=total))

    def _search_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _into_list(self) -> None:
        if self.model.rowCount():
            selected = self.table.selectionModel().selectedRows()
            select_row(self.table, selected[0].row() if selected else 0)
            self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.page.show_staff(self.model.row_at(current.row()).id)

    def _keep_current(self) -> None:
        sid = self.page.staff_id()
        if sid is None:
            return
        row = self.model.row_of(sid)
        if row < 0:
            return
        select_row(self.table, row)

    def show_staff(self, staff_id: str) -> bool:
        if self._stale:
            self.reload()
        if self.model.row_of(staff_id) < 0 and self.search.text():
            self.search.clear()
        self.page.show_staff(staff_id)
        self._keep_current()
        return self.page.staff_id() == staff_id

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def add_staff(self) -> None:
        name = self.new_name.text()
        team = self._session.team
        outcome = self._session.run(
            self.tr("Add staff member {name}").format(name=name.strip()),
            lambda: team.create_staff(name),
        )
        if outcome is None or outcome.row_id is None:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.search.clear()
        self.reload()
        self.show_staff(outcome.row_id)
        self.page.education.setFocus()
