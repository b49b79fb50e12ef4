"""The import of a house's list (a rota, its staff, its residents) as the program offers it
(issue 13): which column holds what, chosen once and remembered by the services; a preview that
lists what is not found before anything is written; Import writes it as one undoable step, and
Cancel writes nothing.

The dialog itself writes nothing. Every change of the mapping asks the service for a new
preview (which only reads); :attr:`ImportDialog.preview` holds the last good one, and whoever
opened the dialog commits it through the session when the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.text import Message
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.ui.common.text import date_problem, format_date, parse_date, refusal_text, tr_message
from teamdesk.ui.common.widgets import clear_invalid, hint, mark_invalid, named

P = TypeVar("P")
NOT_IN_FILE = ""


@dataclass(frozen=True)
class MappingField:
    """One thing the import needs to know: which column holds it (``choices`` None: one of
    the file's columns, or none), which of fixed ``choices`` (value, label) applies, or a date
    (``is_date``)."""

    key: str
    label: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] | None = None
    is_date: bool = False


class ImportDialog(QDialog, Generic[P]):
    """Choose the columns, see the preview, then Import or Cancel."""

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        columns: Sequence[str],
        fields: Sequence[MappingField],
        mapping: Mapping[str, str],
        make_preview: Callable[[dict[str, str]], P],
        describe: Callable[[P], list[Message]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._fields = list(fields)
        self._make_preview = make_preview
        self._describe = describe
        self.preview: P | None = None
        self.pickers: dict[str, QComboBox | QLineEdit] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(hint(intro))
        form = QFormLayout()
        for spec in self._fields:
            picker: QComboBox | QLineEdit
            if spec.is_date:
                picker = named(QLineEdit(), f"mapping_{spec.key}", spec.label)
                picker.setText(mapping.get(spec.key, ""))
                picker.setPlaceholderText(format_date(date.today()))
                picker.editingFinished.connect(self.refresh)
            else:
                picker = named(QComboBox(), f"mapping_{spec.key}", spec.label)
                if spec.choices is not None:
                    for value, label in spec.choices:
                        picker.addItem(label, value)
                else:
                    if not spec.required:
                        picker.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
                    for column in columns:
                        if column:
                            picker.addItem(column, column)
                wanted = mapping.get(spec.key)
                for row in range(picker.count()):
                    if picker.itemData(row) == wanted:
                        picker.setCurrentIndex(row)
                        break
                picker.currentIndexChanged.connect(lambda _row: self.refresh())
            self.pickers[spec.key] = picker
            form.addRow(spec.label, picker)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What the import will do:")))
        self.preview_text = named(
            QPlainTextEdit(),
            "importPreview",
            self.tr("Preview of the import"),
            self.tr("What is not found is listed first; nothing is written before Import."),
        )
        self.preview_text.setReadOnly(True)
        self.preview_text.setMinimumSize(520, 180)
        layout.addWidget(self.preview_text, 1)
        self.buttons = QDialogButtonBox()
        self.import_button = named(
            QPushButton(self.tr("Import")), "importButton", self.tr("Import")
        )
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelImportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def mapping(self) -> dict[str, str]:
        """The choices as they stand: field -> column (or value); "" for a column chosen as not
        in the file; an empty date is left out."""
        chosen: dict[str, str] = {}
        for key, picker in self.pickers.items():
            if isinstance(picker, QLineEdit):
                if picker.text().strip():
                    chosen[key] = picker.text().strip()
            else:
                chosen[key] = str(picker.currentData() or "")
        return chosen

    def refresh(self) -> None:
        """Ask for a new preview with the mapping as it stands; a refusal is shown in its place
        and Import is off until the file or the mapping is put right."""
        self.preview = None
        mapping = self.mapping()
        for spec in self._fields:
            picker = self.pickers[spec.key]
            if isinstance(picker, QLineEdit):
                clear_invalid(picker)
                text = picker.text().strip()
                try:
                    day = parse_date(text) if text else None
                except ValueError:
                    day = None
                if text and day is None:
                    mark_invalid(picker, date_problem(text))
                    self._show_problem(date_problem(text))
                    return
                if day is not None:
                    mapping[spec.key] = day.isoformat()
        try:
            preview = self._make_preview(mapping)
        except (ServiceError, StoreError) as error:
            self._show_problem(refusal_text(error))
            return
        self.preview = preview
        self.preview_text.setPlainText("\n\n".join(tr_message(m) for m in self._describe(preview)))
        self.import_button.setEnabled(True)

    def _show_problem(self, sentence: str) -> None:
        self.preview_text.setPlainText(sentence)
        self.import_button.setEnabled(False)

    def accept(self) -> None:
        if self.preview is None:
            return
        super().accept()
