"""The Today page: for every resident, who to turn to today and why; alerts first. For a
coordinator, "My plans" above it: what is due in their own plans, one click from each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.accounts import AccountRole
from teamdesk.domain.rota import Shift
from teamdesk.domain.rules import Coverage, CoverageKind
from teamdesk.services.my_plans import MyPlans, MyPlansService, MyWorkItem, MyWorkKind
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import counted, format_date, tr_message, translate
from teamdesk.ui.common.widgets import (
    ListTable,
    columns_follow_contents,
    configure_table,
    fit_rows,
    hint,
    named,
)
from teamdesk.ui.overview import HouseOverview
from teamdesk.ui.session import Session


@dataclass(frozen=True)
class _Waiting:
    """A resident on Today's list whose coverage is still being read (the first reading)."""

    resident_id: str
    resident_name: str
    is_alert: bool = False
    away: tuple[str, ...] = ()


# The tables whose changes can change "My plans".
MY_PLAN_TABLES = frozenset(
    {"plan", "plan_goal", "plan_participant", "meeting", "action_item", "resident", "unit"}
)


class TodayView(QWidget):
    """Today's coverage, read in the background so a large municipality never freezes the window."""

    open_resident = Signal(str)
    open_plan = Signal(str)
    """An item of "My plans" was chosen: the resident's id, to show on the plan tab."""
    open_meeting = Signal(str)
    """A meeting or a decision of "My plans" was chosen: the meeting's id."""
    loaded = Signal()
    """Today's coverage is on screen (the smoke test waits for this)."""
    listed = Signal()
    """Today's residents are listed, their coverage still being read (the first reading)."""
    import_list = Signal(str)
    """The person asked to import the house's "staff" or "residents" list (day one)."""

    def __init__(
        self, session: Session, overview: HouseOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._session = session
        self._overview = overview
        self._loaded_once = False
        self._now: list[Coverage] = []
        # The alert rows at the top of the table, and those already grown to their sentence.
        self._alert_rows = 0
        self._fitted: set[int] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.title = named(QLabel(), "todayTitle", self.tr("Today"))
        self.title.setProperty("role", "title")
        self.summary = named(QLabel(), "todaySummary", self.tr("Summary of today"))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "banner")
        self.summary.setProperty("kind", "muted")
        self.model = RowsModel(
            [
                Column(self.tr("Resident"), lambda c: c.resident_name),
                Column(self.tr("Turn to"), self._who_text),
                Column(self.tr("Why"), self._why_text, tooltip=self._why_text),
                Column(self.tr("Away today"), lambda c: ", ".join(c.away)),
            ],
            key=lambda c: c.resident_id,
            kind=lambda c: RowKind.ALERT if c.is_alert else RowKind.NORMAL,
            parent=self,
        )
        self.table = named(
            ListTable(),
            "coverageTable",
            self.tr("Who covers each resident today"),
            self.tr("Press Enter to open the resident."),
        )
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fit_columns(1200)
        self.table.doubleClicked.connect(self._open)
        self.table.verticalScrollBar().valueChanged.connect(self._fit_alert_rows)
        self.table.activated_row.connect(self._open)
        layout.addWidget(self.title)
        layout.addWidget(self._build_my_plans())
        layout.addWidget(self._build_shift_switch())
        layout.addWidget(self.summary)
        layout.addWidget(self._build_day_one())
        layout.addWidget(self.table, 1)
        overview.listed.connect(self._show_residents)
        overview.coverage_loaded.connect(self._show)
        overview.next_loaded.connect(self._show_next)
        overview.failed.connect(self._failed)
        self.setFocusProxy(self.table)
        self._show_title()
        self.summary.setText(self.tr("Reading today's coverage…"))

    def _build_shift_switch(self) -> QWidget:
        """This shift or the next ("who should I hand over to?"); shown where there is a rota."""
        self.shift_box = QWidget()
        self.shift_box.setObjectName("todayShiftBox")
        row = QHBoxLayout(self.shift_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.shift_choice = named(
            QComboBox(),
            "todayShiftChoice",
            self.tr("Which shift"),
            self.tr("Who covers each resident now, or on the next shift: whom to hand over to."),
        )
        self.shift_choice.addItem(self.tr("This shift"), "now")
        self.shift_choice.addItem(self.tr("The next shift: whom to hand over to"), "next")
        label = QLabel(self.tr("Sh&ift:"))
        label.setBuddy(self.shift_choice)
        self.shift_choice.currentIndexChanged.connect(self._shift_chosen)
        row.addWidget(label)
        row.addWidget(self.shift_choice)
        row.addStretch(1)
        self.shift_box.hide()
        return self.shift_box

    def showing_next_shift(self) -> bool:
        return bool(self.shift_choice.currentData() == "next")

    def _shift_chosen(self, _row: int) -> None:
        wanted = self.showing_next_shift()
        self._overview.want_next_shift(wanted)
        if wanted:
            self.summary.setText(self.tr("Reading the next shift's coverage…"))
        else:
            self._show_coverage(self._now)

    def _build_day_one(self) -> QWidget:
        """A new house's first step, shown while nobody lives here: its lists from Excel."""
        self.day_one = QWidget()
        self.day_one.setObjectName("dayOneBox")
        row = QHBoxLayout(self.day_one)
        row.setContentsMargins(0, 0, 0, 0)
        self.import_staff_button = named(
            QPushButton(self.tr("Import the staff list…")),
            "todayImportStaff",
            self.tr("Import the staff list from Excel or CSV"),
        )
        self.import_residents_button = named(
            QPushButton(self.tr("Import the residents and their contacts…")),
            "todayImportResidents",
            self.tr("Import the residents and their contacts from Excel or CSV"),
        )
        self.import_staff_button.clicked.connect(lambda: self.import_list.emit("staff"))
        self.import_residents_button.clicked.connect(lambda: self.import_list.emit("residents"))
        row.addWidget(self.import_staff_button)
        row.addWidget(self.import_residents_button)
        row.addStretch(1)
        self.day_one.hide()
        return self.day_one

    def is_loaded(self) -> bool:
        return self._loaded_once

    def _fit_columns(self, width: int) -> None:
        """Share the width so "Why" keeps room for its sentence on a 1024 px screen: the
        resident, who to turn to and who is away get 240, 200 and 220 px at most, and together
        never more than 45 % of the table; "Why" has the rest."""
        scale = min(1.0, 0.45 * width / 660)
        header = self.table.horizontalHeader()
        for column, pixels in ((0, 240), (1, 200), (3, 220)):
            header.resizeSection(column, max(80, int(pixels * scale)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns(self.table.viewport().width())
        self._fitted.clear()  # the sentences wrap anew at the new width
        self._fit_alert_rows()

    def _fit_alert_rows(self) -> None:
        """Alerts are read in full: an alert row grows to show its whole sentence once it is
        in view. At night most of a municipality's residents can be alerts, and growing
        2,000 rows at once kept the list from showing for seconds (issue 13)."""
        table = self.table
        row = max(0, table.rowAt(0))
        # Before the first layout the viewport has no height yet: fit a screenful anyway.
        room = max(table.viewport().height(), 800)
        used = 0
        while row < self._alert_rows and used < room:
            if row not in self._fitted:
                table.resizeRowToContents(row)
                table.setRowHeight(row, table.rowHeight(row) + 10)
                self._fitted.add(row)
            used += table.rowHeight(row)
            row += 1

    # -- my plans ----------------------------------------------------------------------------

    def _build_my_plans(self) -> QGroupBox:
        self._my_service = MyPlansService(self._session.ctx)
        self._my_stale = True
        self._my_timer = QTimer(self)
        self._my_timer.setSingleShot(True)
        self._my_timer.setInterval(0)
        self._my_timer.timeout.connect(self.load_my_plans)
        self.my_box = QGroupBox(self.tr("My plans"))
        self.my_box.setObjectName("myPlansBox")
        box_layout = QVBoxLayout(self.my_box)
        self.my_summary = named(hint(""), "myPlansSummary", self.tr("Summary of my plans"))
        box_layout.addWidget(self.my_summary)
        self.my_model = RowsModel(
            [
                Column(self.tr("When"), lambda i: format_date(i.day)),
                Column(self.tr("Resident"), lambda i: i.resident_name),
                Column(
                    self.tr("What"),
                    lambda i: tr_message(i.what),
                    tooltip=lambda i: tr_message(i.what) + "\n" + self._opens_text(i),
                ),
            ],
            key=lambda i: i.key,
            kind=lambda i: RowKind.ALERT if i.overdue else RowKind.NORMAL,
            parent=self,
        )
        self.my_table = named(
            ListTable(),
            "myPlansTable",
            self.tr("My plans: what is due"),
            self.tr("One click or Enter opens the plan or the meeting."),
        )
        self.my_table.setModel(self.my_model)
        configure_table(self.my_table)
        columns_follow_contents(self.my_table, stretch=2)
        self.my_table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.my_table.clicked.connect(self._open_mine)
        self.my_table.activated_row.connect(self._open_mine)
        box_layout.addWidget(self.my_table)
        self._session.changed.connect(self._my_changed)
        self.my_box.hide()
        return self.my_box

    def _opens_text(self, item: MyWorkItem) -> str:
        if item.meeting_id is not None:
            return self.tr("Click to open the meeting.")
        return self.tr("Click to open the plan.")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._my_stale and self._loaded_once:
            self._my_timer.start()  # something changed while another page was shown

    def _my_changed(self, tables: frozenset[str]) -> None:
        if tables & MY_PLAN_TABLES:
            self._my_stale = True
            if self.isVisible():
                self._my_timer.start()

    def load_my_plans(self) -> MyPlans | None:
        """Read "My plans" again: shown for a coordinator, and for anyone whose staff record
        coordinates a plan or has a decision to carry out; hidden for everyone else."""
        self._my_timer.stop()
        self._my_stale = False
        actor = self._session.ctx.actor
        found: MyPlans | None = self._session.read(self._my_service.my_plans, None)
        coordinator = actor.role is AccountRole.COORDINATOR
        if found is None or not (coordinator or found.plans or found.items):
            self.my_box.hide()
            return found
        self.my_model.set_rows(found.items)
        fit_rows(self.my_table, minimum=1, maximum=6)
        self.my_table.setVisible(bool(found.items))
        overdue = sum(1 for i in found.items if i.overdue)
        if not found.linked:
            text = self.tr(
                "Your account is not tied to a staff record, so TeamDesk cannot tell which "
                "plans are yours. An administrator can tie it under Accounts."
            )
        elif not found.items:
            text = counted(
                self.tr("You coordinate %n plan(s). Nothing is due in them now.", "", found.plans),
                found.plans,
            )
        else:
            parts = [
                counted(self.tr("You coordinate %n plan(s).", "", found.plans), found.plans),
                counted(self.tr("%n thing(s) to see to.", "", len(found.items)), len(found.items)),
            ]
            if overdue:
                parts.append(self.tr("%n overdue, at the top.", "", overdue))
            parts.append(self.tr("Click a line to open it."))
            text = " ".join(parts)
        self.my_summary.setText(text)
        self.my_box.show()
        return found

    def _open_mine(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self.my_model.rowCount():
            return
        item: MyWorkItem = self.my_model.row_at(index.row())
        if item.kind in (MyWorkKind.MEETING, MyWorkKind.DECISION) and item.meeting_id:
            self.open_meeting.emit(item.meeting_id)
        else:
            self.open_plan.emit(item.resident_id)

    def _why_text(self, cover: Coverage | _Waiting) -> str:
        return "" if isinstance(cover, _Waiting) else tr_message(cover.explanation)

    def _who_text(self, cover: Coverage | _Waiting) -> str:
        if isinstance(cover, _Waiting):
            return ""  # the summary above says coverage is being read
        if cover.kind is CoverageKind.NONE:
            return self.tr("Nobody known on duty")
        if cover.staff_fte < 100 and cover.staff_name:
            # A part-time position beside the name (issue 13): fewer shifts to find them on.
            return self.tr("{name} ({fte} %)").format(name=cover.staff_name, fte=cover.staff_fte)
        return cover.staff_name or ""

    def _show_title(self) -> None:
        today = self._session.ctx.today()
        day = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self.title.setText(self.tr("Today, {day}").format(day=day))

    def reload(self) -> None:
        """Ask for today's coverage again; the table updates when it arrives."""
        self._show_title()
        self._overview.reload()

    def _show_residents(self, residents: list[tuple[str, str]]) -> None:
        """The first reading: list who lives here while who covers them is worked out (at
        scale 100 with rotas that is about half a second more)."""
        if self._loaded_once or self.model.rowCount():
            return  # coverage came first, or is already shown
        self.model.set_rows([_Waiting(resident_id, name) for resident_id, name in residents])
        self.listed.emit()

    def _show(self, coverage: list[Coverage]) -> None:
        self._show_title()
        if self._my_stale or not self._loaded_once:
            self.load_my_plans()
        self._now = coverage
        # The switch is there while the house has a rota: coverage then names the shift.
        self.shift_box.setVisible(bool(coverage) and coverage[0].house_shift is not None)
        if self.showing_next_shift() and self.shift_box.isVisibleTo(self):
            return  # the next shift's coverage comes on its own (next_loaded)
        if self.showing_next_shift():
            self.shift_choice.setCurrentIndex(0)  # no rota any more: only "now" is known
        self._show_coverage(coverage)

    def _show_next(self, shift: Shift | None, coverage: list[Coverage]) -> None:
        if not self.showing_next_shift():
            return
        if shift is None:
            self.shift_choice.setCurrentIndex(0)
            return
        self._show_coverage(coverage, shift)

    def _show_coverage(self, coverage: list[Coverage], upcoming: Shift | None = None) -> None:
        """Show ``coverage``: now, or for the ``upcoming`` shift."""
        self.model.set_rows(coverage)
        alerts = sum(1 for c in coverage if c.is_alert)
        self._alert_rows = alerts
        self._fitted.clear()
        self._fit_alert_rows()
        covered_by_others = sum(
            1 for c in coverage if c.kind in (CoverageKind.SECONDARY, CoverageKind.MEMBER)
        )
        self.day_one.setVisible(not coverage)
        if not coverage:
            text = self.tr(
                "Nobody lives here yet. Import the house's staff list and residents from Excel "
                "or CSV, or add residents on the Residents page and give each a team; today's "
                "coverage shows here."
            )
            kind = "muted"
        else:
            parts = [counted(self.tr("%n resident(s) today.", "", len(coverage)), len(coverage))]
            if alerts == 1:
                parts.append(self.tr("1 resident has nobody known on duty: see the top row."))
            elif alerts:
                parts.append(
                    self.tr("%n residents have nobody known on duty: see the top rows.", "", alerts)
                )
            else:
                parts.append(self.tr("Everyone has someone known on duty."))
            if covered_by_others:
                parts.append(
                    self.tr(
                        "%n covered by someone other than their primary contact.",
                        "",
                        covered_by_others,
                    )
                )
            shift = coverage[0].house_shift
            if upcoming is not None:
                # Who to hand over to (issue 13): the next shift, from when.
                parts.insert(
                    0,
                    self.tr("Next: the {shift} shift, {day} {hours}.").format(
                        shift=translate(upcoming.kind.name).lower(),
                        day=format_date(upcoming.day),
                        hours=upcoming.kind.hours_in(translate),
                    ),
                )
            elif shift is not None:
                # Coverage is for this moment's shift (issue 13): say which one.
                parts.insert(
                    0,
                    self.tr("Now: the {shift} shift ({hours}).").format(
                        shift=translate(shift.name).lower(), hours=shift.hours_in(translate)
                    ),
                )
            text = " ".join(parts)
            kind = "alert" if alerts else "ok"
        self.summary.setText(text)
        self.summary.setProperty("kind", kind)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self._loaded_once = True
        self.loaded.emit()

    def _failed(self, sentence: str) -> None:
        self.summary.setText(sentence)
        self.summary.setProperty("kind", "alert")
        self._session.refused.emit(sentence)

    def _open(self, index: QModelIndex) -> None:
        row = index.row()
        if index.isValid() and row < self.model.rowCount():
            self.open_resident.emit(self.model.row_at(row).resident_id)
