"""The shift leader's hand-over sheet (issue 13): this shift or the next, the residents with none
of their people on it grouped by unit, and Print for the shift's start (a one-page PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.rota import Shift
from teamdesk.services.context import Permission
from teamdesk.services.exports import DocumentExport
from teamdesk.services.handover import NEXT_SHIFT, THIS_SHIFT, Handover, HandoverService
from teamdesk.ui.common.export_flow import choose_save_path, export_document, open_written
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import format_date, tr_message, translate
from teamdesk.ui.common.widgets import allow, hint, named
from teamdesk.ui.session import Session


class HandoverDialog(QDialog):
    """Who has nobody of theirs on this shift or the next, and the sheet to print."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand-over sheet"))
        self.setAccessibleName(self.tr("Hand-over sheet"))
        self._session = session
        self._service = HandoverService(session.ctx)
        self.sheet: Handover | None = None
        now, upcoming = session.read(self._service.shifts, (None, None))

        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        self.this_shift = named(
            QRadioButton(self._shift_text(self.tr("This shift"), now)),
            "handoverThisShift",
            self.tr("This shift"),
        )
        self.next_shift = named(
            QRadioButton(self._shift_text(self.tr("Next shift"), upcoming)),
            "handoverNextShift",
            self.tr("The next shift: who to hand over to"),
        )
        self.this_shift.setChecked(True)
        self.this_shift.toggled.connect(lambda _on: self.reload())
        choice.addWidget(self.this_shift)
        choice.addWidget(self.next_shift)
        choice.addStretch(1)
        layout.addLayout(choice)
        self.summary = named(hint(""), "handoverSummary", self.tr("Summary"))
        layout.addWidget(self.summary)
        self.tree = named(
            QTreeWidget(),
            "handoverTree",
            self.tr("Residents with none of their people on the shift, by unit"),
        )
        self.tree.setHeaderLabels(
            [self.tr("Resident"), self.tr("Room"), self.tr("Primary contact"), self.tr("Away")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumSize(560, 280)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox()
        self.print_button = named(
            QPushButton(self.tr("Print…")),
            "handoverPrint",
            self.tr("Save the hand-over sheet as a PDF to print"),
        )
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("handoverClose")
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        reason = session.ctx.why_not(Permission.EXPORT)
        allow(self.print_button, tr_message(reason) if reason is not None else None)
        layout.addWidget(buttons)
        self.reload()

    def _shift_text(self, label: str, shift: Shift | None) -> str:
        if shift is None:
            return label
        return self.tr("{label}: {shift}, {day} {hours}").format(
            label=label,
            shift=translate(shift.kind.name).lower(),
            day=format_date(shift.day),
            hours=shift.kind.hours_in(translate),
        )

    def which(self) -> str:
        return THIS_SHIFT if self.this_shift.isChecked() else NEXT_SHIFT

    def reload(self) -> None:
        """Read the sheet for the chosen shift again."""
        which = self.which()
        self.sheet = self._session.read(lambda: self._service.handover(which), None)
        self.tree.clear()
        if self.sheet is None:
            self.summary.setText(
                self.tr("The house has no rota yet, so there is no shift to hand over.")
            )
            self.print_button.setEnabled(False)
            return
        self.summary.setText(
            self.tr(
                "Residents with none of their people on this shift: {uncovered} of {total}. "
                "Choose someone who covers each of them at the start of the shift."
            ).format(uncovered=self.sheet.uncovered, total=self.sheet.residents)
        )
        for unit, lines in self.sheet.groups:
            group = QTreeWidgetItem([unit or self.tr("No unit")])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for line in lines:
                group.addChild(
                    QTreeWidgetItem(
                        [line.resident_name, line.room, line.primary, ", ".join(line.away)]
                    )
                )
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def print_sheet(self) -> Operation[DocumentExport] | None:
        """Save the sheet as a PDF (then the system's viewer prints it)."""
        which = self.which()
        today = self._session.ctx.today().isoformat()
        return export_document(
            self._session,
            kind="handover",
            suggested=self.tr("hand-over") + f"-{today}.pdf",
            suffix=".pdf",
            choose=self.choose_export_path,
            write=lambda ctx, path: HandoverService(ctx).export(path, which, translate=translate),
            open_file=self.open_file,
        )

    def choose_export_path(self, suggested: str) -> Path | None:
        return choose_save_path(
            self, "handover", self.tr("Save as"), suggested, self.tr("PDF documents (*.pdf)")
        )

    def open_file(self, path: Path) -> None:
        open_written(self, path)
