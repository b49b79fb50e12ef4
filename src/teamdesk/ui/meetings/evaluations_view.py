"""The "Due for evaluation" page: every plan and goal whose evaluation date has passed or is near,
across the residents the acting person may see, the most overdue first (issue 4)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from teamdesk.domain.plan_rules import EVALUATION_HORIZON_DAYS, DueEvaluation
from teamdesk.services.plan import PlanService
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import format_date
from teamdesk.ui.common.widgets import ListTable, named
from teamdesk.ui.people.resident_page import configure_table, select_row
from teamdesk.ui.plan.state import PLAN_TABLES
from teamdesk.ui.session import Session


@dataclass(frozen=True)
class DueRow:
    """One evaluation on the list, with the goal's number as its plan shows it."""

    item: DueEvaluation
    goal_number: str = ""

    @property
    def key(self) -> str:
        return self.item.goal_id or self.item.plan_id


class EvaluationsView(QWidget):
    """Evaluations that are overdue or due within the horizon; Enter opens the resident's plan."""

    open_plan = Signal(str)
    """A row was opened: the resident's id, to show on the Individual plan tab."""

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluationsView")
        self.setAccessibleName(self.tr("Due for evaluation"))
        self._session = session
        self._settings = settings
        self._plans = PlanService(session.ctx)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.title = named(
            QLabel(self.tr("Due for evaluation")), "evaluationsTitle", self.tr("Due for evaluation")
        )
        self.title.setProperty("role", "title")
        self.summary = named(QLabel(), "evaluationsSummary", self.tr("Summary of evaluations due"))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "banner")
        self.model = RowsModel(
            [
                Column(self.tr("Resident"), lambda r: r.item.resident_name),
                Column(self.tr("What"), self._what_text, tooltip=self._what_text),
                Column(self.tr("Due"), lambda r: format_date(r.item.due)),
                Column(self.tr("Status"), self._status_text),
                Column(self.tr("Coordinator"), self._coordinator_text),
            ],
            key=lambda r: r.key,
            kind=self._kind,
            parent=self,
        )
        self.table = named(
            ListTable(),
            "evaluationsTable",
            self.tr("Plans and goals due for evaluation"),
            self.tr("Press Enter to open the resident's individual plan."),
        )
        self.table.setModel(self.model)
        configure_table(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.doubleClicked.connect(self._open)
        self.table.activated_row.connect(self._open)
        self.empty = named(
            QLabel(
                self.tr(
                    "No evaluations are due: no plan or goal has an evaluation date that has "
                    "passed or falls within the next {days} days."
                ).format(days=EVALUATION_HORIZON_DAYS)
            ),
            "evaluationsEmpty",
            self.tr("Nothing is due for evaluation"),
        )
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.setFocusProxy(self.table)
        session.changed.connect(self._on_changed)

    def save_state(self) -> None:
        """Nothing to remember yet; the main window asks every page."""

    # -- texts -------------------------------------------------------------------------------

    def _what_text(self, row: DueRow) -> str:
        if row.item.goal_id is None:
            return self.tr("The plan")
        if row.goal_number:
            return self.tr("Goal {number}: «{text}»").format(
                number=row.goal_number, text=row.item.goal_text
            )
        return self.tr("Goal: «{text}»").format(text=row.item.goal_text)

    def _status_text(self, row: DueRow) -> str:
        days = row.item.days_left(self._session.ctx.today())
        if days < -1:
            return self.tr("overdue by {days} days").format(days=-days)
        if days == -1:
            return self.tr("overdue by 1 day")
        if days == 0:
            return self.tr("due today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in {days} days").format(days=days)

    def _coordinator_text(self, row: DueRow) -> str:
        return row.item.coordinator_name or self.tr("No coordinator")

    def _kind(self, row: DueRow) -> RowKind:
        return RowKind.WARNING if row.item.is_overdue(self._session.ctx.today()) else RowKind.NORMAL

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & PLAN_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def reload(self) -> None:
        """Read the evaluations due again; the chosen row stays chosen."""
        self._timer.stop()
        self._stale = False
        current = self.table.currentIndex()
        chosen = self.model.row_at(current.row()).key if current.isValid() else None
        items: list[DueEvaluation] = self._session.read(self._plans.due_for_evaluation, [])
        numbers = self._goal_numbers(items)
        self.model.set_rows([DueRow(i, numbers.get(i.goal_id or "", "")) for i in items])
        today = self._session.ctx.today()
        overdue = sum(1 for i in items if i.is_overdue(today))
        self.summary.setText(
            self.tr(
                "{overdue} overdue, {soon} due within the next {days} days. Double-click a row "
                "or press Enter to open the resident's individual plan."
            ).format(overdue=overdue, soon=len(items) - overdue, days=EVALUATION_HORIZON_DAYS)
        )
        self.summary.setVisible(bool(items))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            select_row(self.table, row)

    def _goal_numbers(self, items: list[DueEvaluation]) -> dict[str, str]:
        """Each due goal's number ("2", "2.1") as its plan shows it."""
        numbers: dict[str, str] = {}
        for plan_id in sorted({i.plan_id for i in items if i.goal_id}):
            content = self._session.read(
                functools.partial(self._plans.content, plan_id), None, gone_is_quiet=True
            )
            if content is None:
                continue
            for item in items:
                if item.plan_id == plan_id and item.goal_id:
                    numbers[item.goal_id] = content.goal_number(item.goal_id)
        return numbers

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    # -- opening -----------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_plan.emit(self.model.row_at(index.row()).item.resident_id)
