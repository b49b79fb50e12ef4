"""Day one in the program (issue 13): the house's staff list and its residents with their
contacts come in from its Excel or CSV files through the same dialog as the rota: the columns
(the ones used last, else guessed from the headings), a preview that lists what is not known
before anything is written, Cancel writes nothing, Import is one undoable step.

Offered from the File menu and, while nobody lives in the house yet, on the Today page.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from teamdesk.domain.text import Message
from teamdesk.services.context import Permission
from teamdesk.services.resident_import import ResidentImportService, ResidentPreview
from teamdesk.services.staff_import import StaffImportService, StaffPreview
from teamdesk.services.team import Outcome
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.rota.import_dialog import ImportDialog, MappingField
from teamdesk.ui.session import Session

ListKind = Literal["staff", "residents"]


class _Preview(Protocol):
    def summary(self) -> list[Message]: ...


P = TypeVar("P", bound=_Preview)


class ListImporter(Protocol[P]):
    """What the staff and resident imports have in common."""

    def columns(self, path: Path) -> tuple[list[str], Mapping[str, str]]: ...

    def preview(self, path: Path, mapping: Mapping[str, str]) -> P: ...

    def commit(self, preview: P) -> Outcome: ...


LIST_TABLES = frozenset({"staff", "resident", "assignment"})


class DayOneImports(QObject):
    """Opens the staff and resident imports for a window; holds the open dialog for tests."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._staff = StaffImportService(session.ctx)
        self._residents = ResidentImportService(session.ctx)
        self.dialog: ImportDialog[Any] | None = None  # the one open now (tests look at it)

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
        fields = [
            MappingField("name", self.tr("Name"), required=True),
            MappingField("employee_number", self.tr("Employee number")),
            MappingField("education", self.tr("Education")),
            MappingField("fte_percent", self.tr("Position (%)")),
            MappingField("unit", self.tr("Unit")),
            MappingField("peer_worker", self.tr("Peer worker (yes/no)")),
        ]
        return self._open(
            path,
            self._staff,
            fields,
            title=self.tr("Import the staff list"),
            intro=self.tr(
                "From {file}. Check which column holds what; TeamDesk remembers it for the next "
                "list. Staff already registered are left as they are. Nothing is written until "
                "you press Import."
            ),
            action=self.tr("Import staff from {file}"),
        )

    def _start_residents(self, path: Path) -> ImportDialog[ResidentPreview] | None:
        fields = [
            MappingField("name", self.tr("Name"), required=True),
            MappingField("room", self.tr("Room")),
            MappingField("unit", self.tr("Unit")),
            MappingField("moved_in", self.tr("Moved in")),
            MappingField("primary", self.tr("Primary contact")),
            MappingField("secondary", self.tr("Secondary contact")),
            MappingField("members", self.tr("Team members")),
        ]
        return self._open(
            path,
            self._residents,
            fields,
            title=self.tr("Import the residents and their contacts"),
            intro=self.tr(
                "From {file}. Check which column holds what; TeamDesk remembers it for the next "
                "list. Contacts are found among the staff by name or employee number, so import "
                "the staff list first. Nothing is written until you press Import."
            ),
            action=self.tr("Import residents from {file}"),
        )

    def _open(
        self,
        path: Path,
        importer: ListImporter[P],
        fields: list[MappingField],
        *,
        title: str,
        intro: str,
        action: str,
    ) -> ImportDialog[P] | None:
        """The import dialog of one list: its columns, the preview, one undoable write."""
        found = self._session.read(lambda: importer.columns(path), None)
        if found is None:
            return None
        columns, mapping = found
        dialog: ImportDialog[P] = ImportDialog(
            title=title,
            intro=intro.format(file=path.name),
            columns=columns,
            fields=fields,
            mapping=mapping,
            make_preview=lambda chosen: importer.preview(path, chosen),
            describe=lambda p: p.summary(),
            parent=self._parent,
        )

        def commit() -> None:
            preview = dialog.preview
            if preview is not None:
                self._session.run(action.format(file=path.name), lambda: importer.commit(preview))

        dialog.accepted.connect(commit)
        self.dialog = dialog
        dialog.open()
        return dialog
