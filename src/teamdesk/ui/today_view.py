"""The Today page: for every resident, who to turn to today and why; alerts first."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from teamdesk.domain.findings import Finding
from teamdesk.domain.rules import Coverage, CoverageKind
from teamdesk.ui.models import Column, RowKind, RowsModel
from teamdesk.ui.overview import HouseOverview
from teamdesk.ui.resident_page import configure_table
from teamdesk.ui.residents_view import ListTable
from teamdesk.ui.session import Session
from teamdesk.ui.text import counted, tr_message
from teamdesk.ui.widgets import named


class TodayView(QWidget):
    """Today's coverage, read in the background so a large municipality never freezes the window."""

    open_resident = Signal(str)
    loaded = Signal()
    """Today's coverage is on screen (the smoke test waits for this)."""

    def __init__(
        self, session: Session, overview: HouseOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._session = session
        self._overview = overview
        self._loaded_once = False

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
                Column(
                    self.tr("Why"),
                    lambda c: tr_message(c.explanation),
                    tooltip=lambda c: tr_message(c.explanation),
                ),
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
        header.resizeSection(0, 240)
        header.resizeSection(1, 200)
        header.resizeSection(3, 220)
        self.table.doubleClicked.connect(self._open)
        self.table.activated_row.connect(self._open)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        overview.loaded.connect(self._show)
        overview.failed.connect(self._failed)
        self.setFocusProxy(self.table)
        self._show_title()
        self.summary.setText(self.tr("Reading today's coverage…"))

    def is_loaded(self) -> bool:
        return self._loaded_once

    def _who_text(self, cover: Coverage) -> str:
        if cover.kind is CoverageKind.NONE:
            return self.tr("Nobody known on duty")
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

    def _show(self, coverage: list[Coverage], _findings: list[Finding]) -> None:
        self._show_title()
        self.model.set_rows(coverage)
        # Alerts are read in full: their rows grow to show the whole sentence.
        for row, cover in enumerate(coverage):
            if not cover.is_alert:
                break
            self.table.resizeRowToContents(row)
            self.table.setRowHeight(row, self.table.rowHeight(row) + 10)
        alerts = sum(1 for c in coverage if c.is_alert)
        covered_by_others = sum(
            1 for c in coverage if c.kind in (CoverageKind.SECONDARY, CoverageKind.MEMBER)
        )
        if not coverage:
            text = self.tr(
                "Nobody lives here yet. Add residents on the Residents page, then give each a "
                "team; today's coverage shows here."
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
