"""Writing a document a person asked for, the same way from every page.

One flow: ask where (the save dialog opens in the folder this kind of document went to last
time), write off the GUI thread (a failure is a sentence, and nothing is half written), say
what was written, and open it. When no program opens it (no PDF viewer on the PC), the person
is told where the file is and offered "Show in folder" instead of silence.

File names carry the resident's initials, never the full name: a shared PC's Documents folder
is seen by everyone who signs in there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from teamdesk.services.context import ServiceContext
from teamdesk.ui.common.operations import Operation, on_own_connection
from teamdesk.ui.session import Session


class Written(Protocol):
    """What a service's export gives back: at least where it wrote."""

    @property
    def path(self) -> Path: ...


R = TypeVar("R", bound=Written)
_FOLDERS = "exportFolders"  # QSettings group: the last folder per kind of document


def initials(name: str) -> str:
    """The initials of a name as a file name may carry them: "Per Åsmund Hansen" gives "PÅH",
    "Anne-Lise Berg" gives "ALB"; "" for no letters."""
    words = name.replace("-", " ").split()
    return "".join(word[0].upper() for word in words if word[0].isalnum())


def _settings() -> QSettings:
    return QSettings("TeamDesk", "TeamDesk")


def last_folder(kind: str) -> Path:
    """Where a document of ``kind`` was last saved; the Documents folder before the first."""
    stored = _settings().value(f"{_FOLDERS}/{kind}", "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents)


def remember_folder(kind: str, folder: Path) -> None:
    """Open the save dialog for ``kind`` in ``folder`` next time."""
    _settings().setValue(f"{_FOLDERS}/{kind}", str(folder))


def choose_save_path(
    parent: QWidget, kind: str, title: str, suggested: str, file_filter: str
) -> Path | None:
    """Ask where to write; the dialog opens in the last folder of this kind. None cancels."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(last_folder(kind) / suggested), file_filter
    )
    return Path(path) if path else None


def show_in_folder(path: Path) -> bool:
    """Open the folder a file is in, in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def open_written(parent: QWidget, path: Path) -> QMessageBox | None:
    """Open a written file in the system's program for it. When none opens it, say where the
    file is and offer "Show in folder" (a box that does not block the window); it is returned."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    box = QMessageBox(parent)
    box.setObjectName("notOpenedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportFlow", "File written"))
    box.setText(
        QCoreApplication.translate(
            "ExportFlow", "TeamDesk wrote {file} in {folder}, but no program on this PC opened it."
        ).format(file=path.name, folder=str(path.parent))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ExportFlow", "Open the folder to find the file, or print it from there."
        )
    )
    show = box.addButton(
        QCoreApplication.translate("ExportFlow", "Show in folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    show.setObjectName("showInFolderButton")
    box.addButton(QMessageBox.StandardButton.Close)
    show.clicked.connect(lambda: show_in_folder(path))
    box.open()
    return box


def export_document(
    session: Session,
    *,
    kind: str,
    suggested: str,
    suffix: str,
    choose: Callable[[str], Path | None],
    write: Callable[[ServiceContext, Path], R],
    open_file: Callable[[Path], object],
    on_written: Callable[[R], None] | None = None,
) -> Operation[R] | None:
    """The export flow: ``choose`` a path (None cancels), give it ``suffix``, ``write`` it
    through the services on a worker thread with a connection of its own (rendering a long
    plan takes seconds; the window stays usable), then report it, remember its folder for
    ``kind``, ``open_file`` it and hand it to ``on_written``.

    While a document is being written, another export of it neither asks nor starts (a
    double-click writes once). A refusal or a file that cannot be written is said
    through the session; nothing is half written (the services write whole files or none).
    Returns the running operation, None when nothing started.
    """
    key = f"export:{kind}:{suggested}"  # the same document: a double-click writes it once
    if session.ops.running(key):
        return None
    path = choose(suggested)
    if path is None:
        return None
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    target = path

    def work(ctx: ServiceContext) -> R:
        try:
            return write(ctx, target)
        except OSError as error:
            # Said with the file the person chose, not a temporary name beside it.
            raise OSError(error.errno, error.strerror, str(target)) from error

    def written(result: R) -> None:
        remember_folder(kind, result.path.parent)
        session.saved.emit(
            QCoreApplication.translate("ExportFlow", "Wrote {file}").format(file=str(result.path))
        )
        open_file(result.path)
        if on_written is not None:
            on_written(result)

    return session.ops.run(
        key,
        QCoreApplication.translate("ExportFlow", "Writing {file}…").format(file=target.name),
        on_own_connection(session.worker_context, work),
        written,
    )
