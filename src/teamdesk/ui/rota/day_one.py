"""Day one in the program (issue 13): the house's staff list and its residents with their
contacts come in from its Excel or CSV files through the same dialog as the rota: the columns
(the ones used last, else guessed from the headings), a preview that lists what is not known
before anything is written, Cancel writes nothing, Import is one undoable step.

Offered from the File menu and, while nobody lives in the house yet, on the Today page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from teamdesk.services.context import Permission
from teamdesk.services.resident_import import ResidentImportService, ResidentPreview
from teamdesk.services.staff_import import StaffImportService, StaffPreview
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.rota.import_dialog import ImportDialog, MappingField
from teamdesk.ui.session import Session

ListKind = Literal["staff", "residents"]
LIST_TABLES = frozenset({"staff", "resident", "assignment"})


class DayOneImports(QObject):
    """Opens the staff and resident imports for a window; holds the open dialog for tests."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._staff = StaffImportService(session.ctx)
        self._residents = ResidentImportService(session.ctx)
        self.dialog: ImportDialog[StaffPreview] | ImportDialog[ResidentPreview] | None = None

    def why_not(self, kind: ListKind) -> str | None:
        """Why the acting person may not import this list, or None when they may."""
        needed = (
            [Permission.EDIT_STAFF]
            if kind == "staff"
            else [Permission.EDIT_RESIDENTS, Permission.EDIT_TEAMS]
        )
        for permission in needed:
            reason = self._session.ctx.why_not(permission)
            if reason is not None:
                return tr_message(reason)
        return None

    def choose(self, kind: ListKind) -> None:
        """Ask for the file, then open its import."""
        title = (
            self.tr("Import the staff list")
            if kind == "staff"
            else self.tr("Import the residents and their contacts")
        )
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, title, "", self.tr("Spreadsheets (*.xlsx *.csv *.txt)")
        )
        if path:
            self.start(kind, Path(path))

    def start(
        self, kind: ListKind, path: Path
    ) -> ImportDialog[StaffPreview] | ImportDialog[ResidentPreview] | None:
        """Open the import of ``path``: the preview first, the write on Import."""
        if kind == "staff":
            return self._start_staff(path)
        return self._start_residents(path)

    def _start_staff(self, path: Path) -> ImportDialog[StaffPreview] | None:
        found = self._session.read(lambda: self._staff.columns(path), None)
        if found is None:
            return None
        columns, mapping = found
        fields = [
            MappingField("name", self.tr("Name"), required=True),
            MappingField("employee_number", self.tr("Employee number")),
            MappingField("education", self.tr("Education")),
            MappingField("fte_percent", self.tr("Position (%)")),
            MappingField("unit", self.tr("Unit")),
            MappingField("peer_worker", self.tr("Peer worker (yes/no)")),
        ]
        dialog: ImportDialog[StaffPreview] = ImportDialog(
            title=self.tr("Import the staff list"),
            intro=self.tr(
                "From {file}. Check which column holds what; TeamDesk remembers it for the next "
                "list. Staff already registered are left as they are. Nothing is written until "
                "you press Import."
            ).format(file=path.name),
            columns=columns,
            fields=fields,
            mapping=mapping,
            make_preview=lambda chosen: self._staff.preview(path, chosen),
            describe=lambda p: p.summary(),
            parent=self._parent,
        )

        def commit() -> None:
            preview = dialog.preview
            if preview is not None:
                self._session.run(
                    self.tr("Import staff from {file}").format(file=path.name),
                    lambda: self._staff.commit(preview),
                )

        dialog.accepted.connect(commit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _start_residents(self, path: Path) -> ImportDialog[ResidentPreview] | None:
        found = self._session.read(lambda: self._residents.columns(path), None)
        if found is None:
            return None
        columns, mapping = found
        fields = [
            MappingField("name", self.tr("Name"), required=True),
            MappingField("room", self.tr("Room")),
            MappingField("unit", self.tr("Unit")),
            MappingField("moved_in", self.tr("Moved in")),
            MappingField("primary", self.tr("Primary contact")),
            MappingField("secondary", self.tr("Secondary contact")),
            MappingField("members", self.tr("Team members")),
        ]
        dialog: ImportDialog[ResidentPreview] = ImportDialog(
            title=self.tr("Import the residents and their contacts"),
            intro=self.tr(
                "From {file}. Check which column holds what; TeamDesk remembers it for the next "
                "list. Contacts are found among the staff by name or employee number, so import "
                "the staff list first. Nothing is written until you press Import."
            ).format(file=path.name),
            columns=columns,
            fields=fields,
            mapping=mapping,
            make_preview=lambda chosen: self._residents.preview(path, chosen),
            describe=lambda p: p.summary(),
            parent=self._parent,
        )

        def commit() -> None:
            preview = dialog.preview
            if preview is not None:
                self._session.run(
                    self.tr("Import residents from {file}").format(file=path.name),
                    lambda: self._residents.commit(preview),
                )

        dialog.accepted.connect(commit)
        self.dialog = dialog
        dialog.open()
        return dialog
