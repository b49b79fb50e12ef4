"""The Coordinators page's Overview tab: every coordinator with their gaps (for leaders), and
for the chosen one their training and mentor; PDF and CSV export of the list."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Severity
from teamdesk.domain.mentoring import CoordinatorOverviewRow
from teamdesk.services.exports import DocumentExport
from teamdesk.services.mentoring import MentoringService
from teamdesk.ui.common.export_flow import choose_save_path, export_document, open_written
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import counted, format_date, tr_message, translate
from teamdesk.ui.common.widgets import ColumnsStepAside, hint, named, select_row
from teamdesk.ui.coordinators.pairing import PairingPanel
from teamdesk.ui.coordinators.state import CoordinatorsState, allow_all, button, table
from teamdesk.ui.coordinators.training import TrainingPanel


def overview_kind(row: CoordinatorOverviewRow) -> RowKind:
    """How a coordinator's row is marked: from the gaps the service found."""
    if not row.has_gap:
        return RowKind.NORMAL if row.staff.active else RowKind.MUTED
    return RowKind.ALERT if row.worst is Severity.ALERT else RowKind.WARNING


class OverviewTab(QWidget):
    """The leader's overview of coordinators, gaps first, with the chosen one beside it."""

    def __init__(
        self, state: CoordinatorsState, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorsOverviewTab")
        self._state = state
        self._settings = settings
        self.chosen_staff: str | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("coordinatorsSplitter")
        self.overview_splitter = splitter
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 560])
        splitter.setChildrenCollapsible(False)
        saved = self._settings.value("coordinators/splitter")
        if saved is not None:
            splitter.restoreState(saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_list(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.overview_hint = named(
            hint(
                self.tr(
                    "Every coordinator with their plans, training, mentor, role conflicts and "
                    "overdue evaluations; those with gaps first. Choose one to record a course "
                    "or find a mentor."
                )
            ),
            "overviewHint",
            self.tr("About the overview"),
        )
        left_layout.addWidget(self.overview_hint)
        self.overview_model = RowsModel(
            [
                Column(self.tr("Coordinator"), lambda r: r.staff.name),
                Column(self.tr("Unit"), lambda r: r.record.unit_name),
                Column(self.tr("Plans"), lambda r: str(r.record.living_plans)),
                Column(
                    self.tr("Course"),
                    lambda r: format_date(r.trained_on) if r.trained_on else self.tr("no"),
                ),
                Column(self.tr("Mentor"), lambda r: r.record.mentor_name or "—"),
                Column(
                    self.tr("Conflicts"),
                    lambda r: str(len(r.record.role_conflicts)) if r.record.role_conflicts else "",
                ),
                Column(
                    self.tr("Overdue"),
                    lambda r: (
                        str(r.record.overdue_evaluations) if r.record.overdue_evaluations else ""
                    ),
                ),
                Column(
                    self.tr("Gaps"),
                    lambda r: "; ".join(
                        tr_message(g.message) for g in r.gaps if g.severity is not Severity.INFO
                    ),
                    tooltip=lambda r: "\n".join(tr_message(g.message) for g in r.gaps),
                ),
            ],
            key=lambda r: r.staff.id,
            kind=overview_kind,
            parent=self,
        )
        self.overview_table = table(
            self.overview_model, "coordinatorOverviewTable", self.tr("Coordinator overview"), 7
        )
        # The gaps take the width that is left, cut short with the whole text as tooltip: a
        # column sized by hand kept its width and made the list scroll sideways.
        self.overview_table.setWordWrap(False)
        # The gaps say what matters; unit, mentor, course, plans and counts step aside first.
        ColumnsStepAside(self.overview_table, (1, 4, 3, 2, 5, 6))
        self.overview_table.selectionModel().currentRowChanged.connect(self._coordinator_chosen)
        left_layout.addWidget(self.overview_table, 1)
        self.overview_count = named(QLabel(), "overviewCount", self.tr("How many coordinators"))
        self.overview_count.setProperty("role", "hint")
        left_layout.addWidget(self.overview_count)
        # Issue 15: teams whose collaboration nobody has checked in on for half a year.
        self.stale_checkins = named(
            QLabel(), "staleCheckins", self.tr("Teams without a check-in for six months")
        )
        self.stale_checkins.setProperty("role", "warnings")
        self.stale_checkins.setWordWrap(True)
        self.stale_checkins.hide()
        left_layout.addWidget(self.stale_checkins)
        exports = QHBoxLayout()
        self.export_pdf_button = button(
            self.tr("Export as P&DF…"),
            "exportOverviewPdfButton",
            self.tr("Write the overview as a PDF and open it"),
            lambda: self.export_overview("pdf"),
        )
        self.export_csv_button = button(
            self.tr("Export as &CSV…"),
            "exportOverviewCsvButton",
            self.tr("Write the overview as a CSV file for a spreadsheet"),
            lambda: self.export_overview("csv"),
        )
        exports.addWidget(self.export_pdf_button)
        exports.addWidget(self.export_csv_button)
        exports.addStretch(1)
        left_layout.addLayout(exports)
        return left

    def _build_detail(self) -> QWidget:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 12, 12)
        self.coordinator_title = named(QLabel(), "coordinatorTitle", self.tr("Coordinator"))
        self.coordinator_title.setProperty("role", "title")
        right_layout.addWidget(self.coordinator_title)
        self.coordinator_gaps = named(QLabel(), "coordinatorGaps", self.tr("Gaps"))
        self.coordinator_gaps.setProperty("role", "warnings")
        self.coordinator_gaps.setWordWrap(True)
        self.coordinator_gaps.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.coordinator_gaps)
        self.training = TrainingPanel(self._state)
        right_layout.addWidget(self.training)
        self.overview_pairing = PairingPanel(
            self._state.session, self._state.service, "overviewPairing"
        )
        right_layout.addWidget(self.overview_pairing)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        self._stack = QStackedWidget()
        self.overview_empty = named(
            hint(self.tr("Choose a coordinator in the list.")),
            "coordinatorEmptyHint",
            self.tr("No coordinator chosen"),
        )
        self.overview_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.overview_empty)
        self._stack.addWidget(scroll)
        return self._stack

    def save_state(self) -> None:
        self._settings.setValue("coordinators/splitter", self.overview_splitter.saveState())

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        rights = self._state.rights()
        allow_all((self.export_pdf_button, self.export_csv_button), rights.why_not_manage)
        self.overview_table.setVisible(rights.may_manage)
        if not rights.may_manage:
            self.overview_model.set_rows([])
            self.overview_count.setText(
                self.tr(
                    "The coordinator overview is for leaders. Mentorships and networks are on "
                    "the other tabs."
                )
            )
            self._stack.setCurrentIndex(0)
            return
        rows = self._state.session.read(self._state.service.overview, [])
        self.overview_model.set_rows(rows)
        self._show_stale_checkins()
        gaps = sum(1 for r in rows if r.has_gap)
        self.overview_count.setText(
            counted(
                self.tr("%n coordinator(s), {gaps} with gaps to close.", "", len(rows)), len(rows)
            ).format(gaps=gaps)
        )
        row = self.overview_model.row_of(self.chosen_staff or "")
        if row >= 0:
            select_row(self.overview_table, row)
        self._show_coordinator()

    def _show_stale_checkins(self) -> None:
        """Name the residents whose team has had no check-in in six months (issue 15)."""
        from teamdesk.domain.relations import STALE_MONTHS
        from teamdesk.services.relations import RelationService

        session = self._state.session
        stale = session.read(RelationService(session.ctx).stale_teams, [])
        names = [
            f"{s.resident.display_name} ({s.team_name})" if s.team_name else s.resident.display_name
            for s in stale
        ]
        shown = ", ".join(names[:8])
        if len(names) > 8:
            rest = len(names) - 8
            shown = counted(self.tr("{names} and %n more", "", rest), rest).format(names=shown)
        self.stale_checkins.setText(
            counted(
                self.tr(
                    "%n team(s) without a check-in on working together for {months} months: "
                    "{names}. Start one on Teamwork.",
                    "",
                    len(names),
                ),
                len(names),
            ).format(months=STALE_MONTHS, names=shown)
        )
        self.stale_checkins.setVisible(bool(names))

    def _coordinator_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            chosen: CoordinatorOverviewRow = self.overview_model.row_at(current.row())
            if chosen.staff.id != self.chosen_staff:
                self.chosen_staff = chosen.staff.id
                self._show_coordinator()

    def _show_coordinator(self) -> None:
        row: CoordinatorOverviewRow | None = self.overview_model.find(self.chosen_staff or "")
        if row is None:
            self._stack.setCurrentIndex(0)
            return
        staff = row.staff
        self.coordinator_title.setText(staff.name)
        gaps = [f"• {html.escape(tr_message(g.message))}" for g in row.gaps]
        self.coordinator_gaps.setText("<br/>".join(gaps))
        self.coordinator_gaps.setVisible(bool(gaps))
        self.training.show_trainings(staff.id, list(row.record.trainings))
        self.overview_pairing.set_mentee(staff, row.record.mentor_name, self._state.active_staff())
        self._stack.setCurrentIndex(1)

    # -- exports -----------------------------------------------------------------------------

    def choose_export_path(self, suggested: str, file_filter: str) -> Path | None:
        return choose_save_path(self, "overview", self.tr("Save as"), suggested, file_filter)

    def open_file(self, path: Path) -> None:
        open_written(self, path)

    def export_overview(self, fmt: str) -> Operation[DocumentExport] | None:
        suffix = f".{fmt}"
        file_filter = (
            self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        )
        today = self._state.today().isoformat()
        return export_document(
            self._state.session,
            kind="overview",
            suggested=self.tr("coordinator-overview") + f"-{today}{suffix}",
            suffix=suffix,
            choose=lambda name: self.choose_export_path(name, file_filter),
            write=lambda ctx, path: MentoringService(ctx).export_overview(
                path, fmt=fmt, translate=translate
            ),
            open_file=self.open_file,
        )
