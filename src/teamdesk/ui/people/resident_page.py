"""One resident: details that save as they are typed, their own words, and their team card."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.domain.rules import CoverageKind
from teamdesk.domain.team import Assignment, Role, Staff, Team, Unit
from teamdesk.services import ui_queries
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamCard
from teamdesk.ui.common.labels import education_short, role_label
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import date_problem, format_date, parse_date, tr_message, translate
from teamdesk.ui.common.widgets import (  # the table helpers stay importable from here
    CommitLineEdit,
    CommitTextEdit,
    DateEdit,
    clear_invalid,
    columns_follow_contents,
    configure_table,
    fit_rows,
    hint,
    is_invalid,
    mark_invalid,
    named,
    select_row,
)
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.session import Session

__all__ = ["ResidentPage", "configure_table", "fit_rows", "select_row"]

TEXT_FIELDS = ("name", "preferred_name", "room")
DATE_FIELDS = ("moved_in", "moved_out")
RESIDENT_TABLES = frozenset(
    {"resident", "assignment", "staff", "absence", "team", "team_membership", "unit", "setting"}
)

AssignmentRow = tuple[Assignment, Staff]


class ResidentPage(QWidget):
    """Details, "what matters to me", team card, warnings and history of one resident."""

    open_staff = Signal(str)
    """A staff member was chosen (double-click in the team or history)."""
    plan_opened = Signal(bool)
    """The individual plan tab was opened (True) or left (False): the plan editor takes the
    whole width, so the list of residents makes room while it is open."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentPage")
        self._session = session
        self._resident_id: str | None = None
        self._card: TeamCard | None = None
        self._loading = False
        self._drafts: dict[tuple[str, str], tuple[str, str]] = {}
        self._units: list[Unit] = []
        self._units_stale = True
        self._teams: list[Team] = []
        self._picker_for: tuple[str | None, str | None] | None = None
        self._build()
        session.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_hint = named(
            hint(self.tr("Choose a resident in the list, or add a new one below the list.")),
            "residentEmptyHint",
            self.tr("No resident chosen"),
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)

        page = QWidget()
        # The resident's details on one tab, their individual plan on the other (issue 4).
        self.plan_page = PlanPage(self._session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("residentTabs")
        self.tabs.addTab(page, self.tr("&Resident"))
        self.tabs.addTab(self.plan_page, self.tr("Individual &plan"))
        self._name_plan_tab()
        self.tabs.currentChanged.connect(lambda _i: self._sync_plan_page())
        self.tabs.currentChanged.connect(
            lambda _i: self.plan_opened.emit(self.tabs.currentWidget() is self.plan_page)
        )
        self.plan_page.back.connect(lambda: self.tabs.setCurrentIndex(0))
        self._stack.addWidget(self.tabs)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)

        self.title = named(QLabel(), "residentTitle", self.tr("Resident"))
        self.title.setProperty("role", "title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = named(QLabel(), "residentSubtitle", self.tr("Where the resident lives"))
        self.subtitle.setProperty("role", "hint")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.coverage = named(QLabel(), "residentCoverage", self.tr("Who covers today"))
        self.coverage.setWordWrap(True)
        self.coverage.setProperty("role", "banner")
        layout.addWidget(self.coverage)

        self.warnings = named(QLabel(), "residentWarnings", self.tr("Warnings for this resident"))
        self.warnings.setWordWrap(True)
        self.warnings.setProperty("role", "warnings")
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.warnings)

        # One column, read top to bottom: who they are, their words, their team, its past.
        layout.addWidget(self._build_details())
        layout.addWidget(self._build_what_matters())
        layout.addWidget(self._build_team())
        layout.addWidget(self._build_history())
        layout.addStretch(1)

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        box.setObjectName("residentDetails")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields: dict[str, CommitLineEdit] = {}

        def line(field: str, object_name: str, accessible: str) -> CommitLineEdit:
            kind = DateEdit if field in DATE_FIELDS else CommitLineEdit
            edit = named(kind(), object_name, accessible)
            edit.editingFinished.connect(lambda: self._commit_field(field))
            self.fields[field] = edit
            return edit

        def place(label: str, widget: QWidget, row: int, column: int) -> None:
            lab = QLabel(label)
            lab.setBuddy(widget)
            grid.addWidget(lab, row, column)
            grid.addWidget(
                widget.field if isinstance(widget, DateEdit) else widget, row, column + 1
            )

        # Made in reading order, so Tab moves left to right, then down.
        place(self.tr("&Name"), line("name", "residentName", self.tr("Name")), 0, 0)
        preferred = line("preferred_name", "residentPreferredName", self.tr("Preferred name"))
        preferred.setPlaceholderText(self.tr("What they like to be called"))
        place(self.tr("&Preferred name"), preferred, 0, 2)
        self.unit_combo = named(QComboBox(), "residentUnit", self.tr("Unit"))
        self.unit_combo.activated.connect(lambda _i: self._commit_choice("unit_id"))
        place(self.tr("&Unit"), self.unit_combo, 1, 0)
        self.team_combo = named(QComboBox(), "residentTeam", self.tr("Team"))
        self.team_combo.activated.connect(lambda _i: self._commit_choice("team_id"))
        place(self.tr("&Team"), self.team_combo, 1, 2)
        place(self.tr("&Room"), line("room", "residentRoom", self.tr("Room")), 2, 0)
        place(self.tr("Moved &in"), line("moved_in", "residentMovedIn", self.tr("Moved in")), 2, 2)
        moved_out = line("moved_out", "residentMovedOut", self.tr("Moved out"))
        place(self.tr("Moved &out"), moved_out, 3, 2)
        for combo in (self.unit_combo, self.team_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        return box

    def _build_what_matters(self) -> QGroupBox:
        box = QGroupBox(self.tr("What matters to me"))
        box.setObjectName("whatMattersBox")
        layout = QVBoxLayout(box)
        self.what_matters_intro = named(
            QLabel(), "whatMattersIntro", self.tr("Whose words these are")
        )
        self.what_matters_intro.setProperty("role", "hint")
        self.what_matters_intro.setWordWrap(True)
        self.what_matters = named(
            CommitTextEdit(),
            "residentWhatMatters",
            self.tr("What matters to me, in the resident's own words"),
        )
        self.what_matters.setProperty("role", "ownWords")
        self.what_matters.setPlaceholderText(
            self.tr("Write down what the resident says matters to them, in their own words.")
        )
        self.what_matters.setFixedHeight(96)
        self.what_matters.editingFinished.connect(self._commit_what_matters)
        layout.addWidget(self.what_matters_intro)
        layout.addWidget(self.what_matters)
        return box

    def _build_team(self) -> QGroupBox:
        box = QGroupBox(self.tr("Team"))
        box.setObjectName("teamCardBox")
        layout = QVBoxLayout(box)
        self.team_model = RowsModel(
            [
                Column(self.tr("Role"), lambda r: self._role_text(r[0].role)),
                Column(self.tr("Name"), lambda r: r[1].name, tooltip=self._inactive_tip),
                Column(self.tr("Education"), lambda r: education_short(r[1].education)),
                Column(self.tr("Since"), lambda r: format_date(r[0].valid_from)),
            ],
            key=lambda r: r[0].id,
            kind=lambda r: RowKind.WARNING if not r[1].active else RowKind.NORMAL,
            parent=self,
        )
        self.team_table = named(QTableView(), "residentTeamTable", self.tr("The resident's team"))
        self.team_table.setModel(self.team_model)
        configure_table(self.team_table)
        columns_follow_contents(self.team_table, stretch=1)
        self.team_table.doubleClicked.connect(
            lambda index: self.open_staff.emit(self.team_model.row_at(index.row())[1].id)
        )
        self.team_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.team_empty = hint(self.tr("Nobody has a role for this resident yet."))
        layout.addWidget(self.team_table)
        layout.addWidget(self.team_empty)

        self.end_button = named(
            QPushButton(self.tr("&End this role")),
            "endAssignmentButton",
            self.tr("End the chosen role"),
            self.tr("The chosen person keeps the role until yesterday; the history keeps it."),
        )
        self.end_button.clicked.connect(self._end_assignment)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.end_button)
        layout.addLayout(end_row)

        assign_title = QLabel(self.tr("Give someone a role"))
        assign_title.setProperty("role", "subheading")
        layout.addWidget(assign_title)
        assign = QHBoxLayout()
        self.staff_model = RowsModel(
            [Column("", self._staff_choice_text)], key=lambda s: s.id, parent=self
        )
        self.staff_picker = named(
            QComboBox(),
            "assignStaffPicker",
            self.tr("Staff member to give a role"),
            self.tr("Type part of a name; only active staff are listed."),
        )
        self.staff_picker.setEditable(True)
        self.staff_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff_picker.setModel(self.staff_model)
        self.staff_picker.setMinimumContentsLength(18)
        self.staff_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = QCompleter(self.staff_model, self.staff_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.staff_picker.setCompleter(completer)
        line = self.staff_picker.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Type a name…"))
        line.setObjectName("assignStaffPickerText")
        line.setAccessibleName(self.tr("Staff member to give a role"))
        line.returnPressed.connect(self._assign)
        line.textEdited.connect(self._find_staff_elsewhere)
        self.role_combo = named(QComboBox(), "assignRoleCombo", self.tr("Role to give"))
        for role in Role:
            self.role_combo.addItem(role.default_label, role)
        self.assign_button = named(
            QPushButton(self.tr("&Give role")), "assignButton", self.tr("Give the role")
        )
        self.assign_button.clicked.connect(self._assign)
        assign.addWidget(self.staff_picker, 3)
        assign.addWidget(self.role_combo, 2)
        assign.addWidget(self.assign_button)
        layout.addLayout(assign)
        return box

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("History of roles"))
        box.setObjectName("historyBox")
        layout = QVBoxLayout(box)
        self.history_model = RowsModel(
            [
                Column(self.tr("Role"), lambda r: self._role_text(r[0].role)),
                Column(self.tr("Name"), lambda r: r[1].name),
                Column(self.tr("From"), lambda r: format_date(r[0].valid_from)),
                Column(
                    self.tr("To"),
                    lambda r: format_date(r[0].valid_to) if r[0].valid_to else self.tr("now"),
                ),
            ],
            key=lambda r: r[0].id,
            kind=lambda r: RowKind.MUTED if r[0].valid_to else RowKind.NORMAL,
            parent=self,
        )
        self.history_table = named(
            QTableView(), "residentHistoryTable", self.tr("History of the resident's roles")
        )
        self.history_table.setModel(self.history_model)
        configure_table(self.history_table)
        columns_follow_contents(self.history_table, stretch=1)
        self.history_table.doubleClicked.connect(
            lambda index: self.open_staff.emit(self.history_model.row_at(index.row())[1].id)
        )
        layout.addWidget(self.history_table)
        return box

    # -- showing -----------------------------------------------------------------------------

    def resident_id(self) -> str | None:
        return self._resident_id

    def show_resident(self, resident_id: str | None) -> None:
        """Show a resident (None: the empty page). Showing the one shown already does nothing."""
        if resident_id == self._resident_id and (resident_id is None or self._card is not None):
            return
        self._resident_id = resident_id
        for widget in (*self.fields.values(), self.what_matters):
            clear_invalid(widget)
        self._card = None
        self.refresh()
        self._sync_plan_page()

    def _sync_plan_page(self) -> None:
        """Load the plan only when its tab is open, so choosing a resident stays quick."""
        on_plan_tab = self.tabs.currentWidget() is self.plan_page
        if on_plan_tab and self.plan_page.resident_id() != self._resident_id:
            self.plan_page.show_resident(self._resident_id)

    def refresh(self) -> None:
        """Read the team card again and show it; fields being typed in keep their text."""
        rid = self._resident_id
        if rid is None:
            self._stack.setCurrentIndex(0)
            return
        team = self._session.team
        card = self._session.read(lambda: team.team_card(rid), None, gone_is_quiet=True)
        if card is None:
            self._resident_id = None
            self._card = None
            self._stack.setCurrentIndex(0)
            return
        if (
            self._card is None
            or self._card.resident.unit_id != card.resident.unit_id
            or self._card.resident.team_id != card.resident.team_id
        ):
            self._fill_choices(card)
        self._card = card
        self._loading = True
        try:
            self._show_card(card)
        finally:
            self._loading = False
        self._stack.setCurrentIndex(1)

    def _fill_choices(self, card: TeamCard) -> None:
        """Fill the unit, team and staff choices; each is rebuilt only when what it lists
        changed, so moving from one resident to the next stays quick in a large municipality."""
        team = self._session.team
        ctx = self._session.ctx
        resident = card.resident
        self._loading = True
        try:
            if self._units_stale or self.unit_combo.count() == 0:
                self._units = self._session.read(team.units, [])
                self._units_stale = False
                self.unit_combo.clear()
                self.unit_combo.addItem(self.tr("(no unit)"), None)
                for unit in self._units:
                    self.unit_combo.addItem(unit.name, unit.id)
            teams = self._session.read(lambda: ui_queries.teams_for_unit(ctx, resident.unit_id), [])
            if resident.team_id and all(t.id != resident.team_id for t in teams) and card.team:
                teams.append(card.team)
            if [t.id for t in teams] != [t.id for t in self._teams]:
                self._teams = teams
                self.team_combo.clear()
                self.team_combo.addItem(self.tr("(no team)"), None)
                for t in teams:
                    self.team_combo.addItem(t.name, t.id)
            self._fill_staff_picker(card)
        finally:
            self._loading = False

    def _fill_staff_picker(self, card: TeamCard) -> None:
        resident = card.resident
        key = (resident.unit_id, resident.team_id)
        if self._picker_for == key:
            return
        ctx = self._session.ctx
        # The resident's team first, then the unit, then staff of no unit, each by name.
        ordered = self._session.read(
            lambda: ui_queries.role_candidates(ctx, resident.unit_id, resident.team_id), []
        )
        text = self.staff_picker.currentText()
        self.staff_model.set_rows(ordered)
        self.staff_picker.setCurrentIndex(-1)
        self.staff_picker.setEditText(text)
        self._picker_for = key

    def _find_staff_elsewhere(self, text: str) -> None:
        """The picker lists the resident's team and unit; a typed name that matches none of
        them is looked up among everyone the person may see, and the matches join the list."""
        wanted = text.strip().casefold()
        rows: list[Staff] = self.staff_model.rows()
        if len(wanted) < 2 or any(wanted in self._staff_choice_text(s).casefold() for s in rows):
            return
        ctx = self._session.ctx
        found = self._session.read(lambda: ui_queries.staff_named(ctx, text.strip()), [])
        known = {s.id for s in rows}
        extra = [s for s in found if s.id not in known]
        if not extra:
            return
        line = self.staff_picker.lineEdit()
        assert line is not None
        cursor = line.cursorPosition()
        self.staff_model.set_rows(rows + extra)
        self.staff_picker.setCurrentIndex(-1)
        self.staff_picker.setEditText(text)
        line.setCursorPosition(cursor)
        self._picker_for = None  # the next resident gets the plain list again

    def _show_card(self, card: TeamCard) -> None:
        resident = card.resident
        settings = card.role_labels
        self.title.setText(resident.display_name)
        where = [
            card.unit.name if card.unit else self.tr("No unit"),
            self.tr("room {room}").format(room=resident.room) if resident.room else "",
            card.team.name if card.team else "",
        ]
        if resident.moved_out and resident.moved_out < self._session.ctx.today():
            where.append(self.tr("moved out {date}").format(date=format_date(resident.moved_out)))
        self.subtitle.setText(" · ".join(w for w in where if w))

        for field in TEXT_FIELDS:
            self._show_field(field, str(getattr(resident, field) or ""))
        for field in DATE_FIELDS:
            self._show_field(field, format_date(getattr(resident, field)))
        example = format_date(self._session.ctx.today())
        for field in DATE_FIELDS:
            self.fields[field].setPlaceholderText(self.tr("e.g. {example}").format(example=example))
        draft = self._drafts.get((resident.id, "what_matters"))
        if draft is not None and not is_invalid(self.what_matters):
            self.what_matters.setPlainText(draft[0])
            mark_invalid(self.what_matters, draft[1])
        self.what_matters.show_saved(resident.what_matters)
        first = resident.preferred_name or resident.name.split(" ")[0]
        self.what_matters_intro.setText(
            self.tr("In {name}'s own words. Write what {name} says, as {name} says it.").format(
                name=first
            )
        )
        self._select_combo(self.unit_combo, resident.unit_id)
        self._select_combo(self.team_combo, resident.team_id)

        self._show_coverage(card)
        self._show_warnings(card.findings)
        current = [*card.primary, *card.secondary, *card.members]
        self.team_model.set_titles(
            [self.tr("Role"), self.tr("Name"), self.tr("Education"), self.tr("Since")]
        )
        self.team_model.set_rows(current)
        fit_rows(self.team_table, minimum=1, maximum=8)
        self.team_table.setVisible(bool(current))
        self.team_empty.setVisible(not current)
        self.history_model.set_rows(card.history)
        fit_rows(self.history_table, minimum=2, maximum=10)

        for i, role in enumerate(Role):
            self.role_combo.setItemText(i, role_label(settings, role))
        if self.role_combo.property("chosen_for") != resident.id:
            # Suggest the role the team lacks first.
            suggestion = (
                Role.PRIMARY
                if not card.primary
                else Role.SECONDARY
                if not card.secondary
                else Role.MEMBER
            )
            self.role_combo.setCurrentIndex(list(Role).index(suggestion))
            self.role_combo.setProperty("chosen_for", resident.id)
        self._update_buttons()

    def _show_field(self, field: str, saved: str) -> None:
        widget = self.fields[field]
        rid = self._resident_id or ""
        draft = self._drafts.get((rid, field))
        if draft is not None and not is_invalid(widget):
            # Text the person typed that was refused: give it back, still marked.
            widget.setText(draft[0])
            mark_invalid(widget, draft[1])
        widget.show_saved(saved)

    def _show_coverage(self, card: TeamCard) -> None:
        cover = card.coverage
        if cover is None:
            self.coverage.setText(self.tr("Does not live here today, so nobody covers today."))
            self.coverage.setProperty("kind", "muted")
        else:
            text = self.tr("Today: {why}").format(why=tr_message(cover.explanation))
            if cover.away:
                text += " " + self.tr("Away today: {names}.").format(names=", ".join(cover.away))
            self.coverage.setText(text)
            self.coverage.setProperty("kind", "alert" if cover.kind is CoverageKind.NONE else "ok")
        self.coverage.style().unpolish(self.coverage)
        self.coverage.style().polish(self.coverage)

    def _show_warnings(self, findings: list[Finding]) -> None:
        if not findings:
            self.warnings.hide()
            self.warnings.setText("")
            return
        items = "".join(f"<li>{html.escape(tr_message(f.message))}</li>" for f in findings)
        title = (
            self.tr("Alert for this resident's team:")
            if any(f.severity is Severity.ALERT for f in findings)
            else self.tr("Warnings for this resident's team:")
        )
        self.warnings.setText(
            f"<b>{html.escape(title)}</b><ul style='margin:2px 0 0 -20px'>{items}</ul>"
        )
        self.warnings.show()

    @staticmethod
    def _select_combo(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _role_text(self, role: Role) -> str:
        settings = self._card.role_labels if self._card else None
        return role_label(settings, role) if settings else translate(role.default_label)

    def _inactive_tip(self, row: AssignmentRow) -> str:
        if row[1].active:
            return ""
        return self.tr(
            "{staff} no longer works here. End this role and choose someone else."
        ).format(staff=row[1].name)

    def _staff_choice_text(self, staff: Staff) -> str:
        return f"{staff.name} · {education_short(staff.education)}"

    def _update_buttons(self, *_args: Any) -> None:
        self.end_button.setEnabled(self.team_table.currentIndex().isValid())

    # -- saving ------------------------------------------------------------------------------

    def _resident_label(self) -> str:
        return self._card.resident.display_name if self._card else ""

    def _commit_field(self, field: str) -> None:
        if self._loading or self._card is None or self._resident_id is None:
            return
        widget = self.fields[field]
        text = widget.text()
        value: Any
        if field in DATE_FIELDS:
            try:
                value = parse_date(text, self._session.ctx.today())
            except ValueError:
                self._refuse(
                    field,
                    widget,
                    text,
                    announce=True,
                    reason=date_problem(text, self._session.ctx.today()),
                )
                return
        else:
            value = text
        current = getattr(self._card.resident, field)
        unchanged = value == current or (field in TEXT_FIELDS and text.strip() == current)
        if unchanged:
            self._accepted(field, widget)
            widget.show_saved(format_date(current) if field in DATE_FIELDS else current)
            return
        what = {
            "name": self.tr("name"),
            "preferred_name": self.tr("preferred name"),
            "room": self.tr("room"),
            "moved_in": self.tr("move-in date"),
            "moved_out": self.tr("move-out date"),
        }[field]
        self._save(field, widget, text, what, {field: value})

    def _commit_what_matters(self) -> None:
        if self._loading or self._card is None:
            return
        text = self.what_matters.toPlainText()
        if text == self._card.resident.what_matters:
            self._accepted("what_matters", self.what_matters)
            self.what_matters.mark_saved()
            return
        self._save(
            "what_matters", self.what_matters, text, self.tr("what matters"), {"what_matters": text}
        )

    def _commit_choice(self, field: str) -> None:
        if self._loading or self._card is None:
            return
        combo = self.unit_combo if field == "unit_id" else self.team_combo
        value = combo.currentData()
        if value == getattr(self._card.resident, field):
            return
        what = self.tr("unit") if field == "unit_id" else self.tr("team")
        outcome = self._run_update(what, {field: value})
        if outcome is None:
            self.refresh()

    def _save(
        self,
        field: str,
        widget: CommitLineEdit | CommitTextEdit,
        text: str,
        what: str,
        values: dict[str, Any],
    ) -> None:
        self._accepted(field, widget)
        if isinstance(widget, CommitLineEdit):
            widget.setModified(False)
        else:
            widget.mark_saved()
        if self._run_update(what, values) is None:
            self._refuse(field, widget, text, reason=self._session.last_refusal)

    def _run_update(self, what: str, values: dict[str, Any]) -> Any:
        rid = self._resident_id
        assert rid is not None
        team = self._session.team
        return self._session.run(
            self.tr("Change {what} of {resident}").format(
                what=what, resident=self._resident_label()
            ),
            lambda: team.update_resident(rid, **values),
        )

    def _refuse(
        self,
        field: str,
        widget: CommitLineEdit | CommitTextEdit,
        text: str,
        *,
        reason: str,
        announce: bool = False,
    ) -> None:
        """Keep what the person typed, mark it, and remember it should they look elsewhere."""
        mark_invalid(widget, reason)
        if self._resident_id is not None:
            self._drafts[(self._resident_id, field)] = (text, reason)
        if announce:
            self._session.refused.emit(reason)

    def _accepted(self, field: str, widget: QWidget) -> None:
        clear_invalid(widget)
        if self._resident_id is not None:
            self._drafts.pop((self._resident_id, field), None)

    # -- roles -------------------------------------------------------------------------------

    def chosen_staff(self) -> Staff | None:
        """The staff member the picker names: the chosen entry, or the one the text matches."""
        text = self.staff_picker.currentText().strip().casefold()
        if not text:
            return None
        rows: list[Staff] = self.staff_model.rows()
        index = self.staff_picker.currentIndex()
        if 0 <= index < len(rows) and self._staff_choice_text(rows[index]).casefold() == text:
            return rows[index]
        exact = [
            s for s in rows if text in (s.name.casefold(), self._staff_choice_text(s).casefold())
        ]
        if len(exact) == 1:
            return exact[0]
        partial = [s for s in rows if text in self._staff_choice_text(s).casefold()]
        return partial[0] if len(partial) == 1 else None

    def _assign(self) -> None:
        if self._card is None or self._resident_id is None:
            return
        staff = self.chosen_staff()
        if staff is None:
            reason = (
                self.tr("Choose a staff member from the list first.")
                if not self.staff_picker.currentText().strip()
                else self.tr(
                    "No single active staff member matches “{text}”. Type more of the name and "
                    "choose from the list."
                ).format(text=self.staff_picker.currentText())
            )
            mark_invalid(self.staff_picker, reason)
            self._session.refused.emit(reason)
            return
        clear_invalid(self.staff_picker)
        role = Role(self.role_combo.currentData())
        rid = self._resident_id
        team = self._session.team
        outcome = self._session.run(
            self.tr("Make {staff} {role} for {resident}").format(
                staff=staff.name,
                role=role_label(self._card.role_labels, role).lower(),
                resident=self._resident_label(),
            ),
            lambda: team.assign(rid, staff.id, role),
        )
        if outcome is not None:
            self.staff_picker.setCurrentIndex(-1)
            self.staff_picker.setEditText("")
            self.role_combo.setProperty("chosen_for", None)

    def _end_assignment(self) -> None:
        index = self.team_table.currentIndex()
        if not index.isValid() or self._card is None:
            return
        assignment, staff = self.team_model.row_at(index.row())
        team = self._session.team
        self._session.run(
            self.tr("End {staff} as {role} for {resident}").format(
                staff=staff.name,
                role=role_label(self._card.role_labels, assignment.role).lower(),
                resident=self._resident_label(),
            ),
            lambda: team.end_assignment(assignment.id),
        )

    # -- changes -----------------------------------------------------------------------------

    def _name_plan_tab(self) -> None:
        """The plan tab names the plan the house writes (its plan profile, a house setting)."""
        try:
            profile = PlanService(self._session.ctx).plan_profile()
        except (ServiceError, StoreError):
            return
        shared = profile is PlanProfile.SHARED_DEVELOPMENT_PLAN
        self.tabs.setTabText(
            self.tabs.indexOf(self.plan_page),
            self.tr("Shared development &plan") if shared else self.tr("Individual &plan"),
        )

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "setting" in tables:
            self._name_plan_tab()
        if "staff" in tables:
            self._picker_for = None
        if "unit" in tables:
            self._units_stale = True
        if tables & {"team", "team_membership"}:
            self._teams = []
            self._picker_for = None
        if tables & RESIDENT_TABLES and self._resident_id is not None:
            if tables & {"unit", "team", "staff", "team_membership"}:
                self._card = None  # choices (units, teams, staff picker) need refilling
            self.refresh()
