"""Conflicts: what waits for a person after PCs synced, with the versions side by side.

A text edited on two PCs whose edits overlap shows both versions (and the text they were both
made on); the person keeps one, or edits a combination, and saves it. A record deleted on one PC
while edited on another was kept; the person keeps it or deletes it after all. Each choice is a
normal write through :mod:`teamdesk.services.conflicts` (checked, logged, audited, undoable with
Edit > Undo) and, once synced, settles the item on every PC.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.conflicts import ConflictService, WaitingItem
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.common.widgets import named
from teamdesk.ui.session import Session


class ConflictsDialog(QDialog):
    """The list of what waits on the left; the chosen item's versions on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts: edited on two PCs"))
        self.resize(980, 600)
        self._session = session
        self._service = ConflictService(session.ctx)
        self._items: list[WaitingItem] = []

        self.hint = named(QLabel(), "conflictsHint", self.tr("About conflicts"))
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.list = named(QListWidget(), "conflictsList", self.tr("What waits for a person"))
        self.list.currentRowChanged.connect(self._show_item)

        # A text edited on two PCs.
        text_page = QWidget()
        grid = QGridLayout(text_page)
        self.left_label = QLabel(self.tr("Version 1"))
        self.right_label = QLabel(self.tr("Version 2"))
        self.left = named(QPlainTextEdit(), "conflictLeft", self.tr("Version 1"))
        self.right = named(QPlainTextEdit(), "conflictRight", self.tr("Version 2"))
        self.other = named(QComboBox(), "conflictOtherVersion", self.tr("Version 2"))
        self.other.currentIndexChanged.connect(self._show_other)
        for pane in (self.left, self.right):
            pane.setReadOnly(True)
        self.base = named(QPlainTextEdit(), "conflictBase", self.tr("Before either edit"))
        self.base.setReadOnly(True)
        self.base.setMaximumHeight(90)
        self.combined = named(
            QPlainTextEdit(), "conflictCombined", self.tr("Your combination of the two")
        )
        self.choose_left = named(
            QPushButton(self.tr("Keep version 1")), "chooseLeft", self.tr("Keep version 1")
        )
        self.choose_right = named(
            QPushButton(self.tr("Keep version 2")), "chooseRight", self.tr("Keep version 2")
        )
        self.save_combined = named(
            QPushButton(self.tr("Save the combination")),
            "saveCombined",
            self.tr("Save the combination"),
        )
        self.choose_left.clicked.connect(lambda: self._choose(self.left.toPlainText()))
        self.choose_right.clicked.connect(lambda: self._choose(self.right.toPlainText()))
        self.save_combined.clicked.connect(lambda: self._choose(self.combined.toPlainText()))
        right_head = QHBoxLayout()
        right_head.addWidget(self.right_label)
        right_head.addWidget(self.other, 1)
        grid.addWidget(self.left_label, 0, 0)
        grid.addLayout(right_head, 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        grid.addWidget(self.choose_left, 2, 0)
        grid.addWidget(self.choose_right, 2, 1)
        grid.addWidget(QLabel(self.tr("Before either edit")), 3, 0, 1, 2)
        grid.addWidget(self.base, 4, 0, 1, 2)
        grid.addWidget(
            QLabel(self.tr("Or combine them here (start from version 1 and add from version 2):")),
            5,
            0,
            1,
            2,
        )
        grid.addWidget(self.combined, 6, 0, 1, 2)
        grid.addWidget(self.save_combined, 7, 1)

        # A record deleted on one PC while edited on another.
        deleted_page = QWidget()
        deleted_layout = QVBoxLayout(deleted_page)
        self.deleted_text = named(QLabel(), "conflictDeletedText", self.tr("What happened"))
        self.deleted_text.setWordWrap(True)
        self.keep_record = named(
            QPushButton(self.tr("Keep it")), "keepRecord", self.tr("Keep the record")
        )
        self.delete_record = named(
            QPushButton(self.tr("Delete it after all")),
            "deleteRecord",
            self.tr("Delete the record after all"),
        )
        self.keep_record.clicked.connect(self._keep)
        self.delete_record.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_record)
        buttons.addWidget(self.delete_record)
        buttons.addStretch(1)
        deleted_layout.addWidget(self.deleted_text)
        deleted_layout.addLayout(buttons)
        deleted_layout.addStretch(1)

        self.empty = named(QLabel(), "conflictsEmpty", self.tr("Nothing waits"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(text_page)
        self.pages.addWidget(deleted_page)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        session.changed.connect(lambda _tables: self.reload())
        self.reload()

    def reload(self) -> None:
        """Read again what waits, keeping the chosen item when it still waits."""
        current = self.current_item()
        keep = current.key if current is not None else None
        self._items = self._session.read(self._service.waiting, [])
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            label = (
                f"{item.record} · {tr_message(item.field)}"
                if item.record
                else tr_message(item.field)
            )
            entry = QListWidgetItem(label)
            entry.setToolTip(label)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if self._items:
            self.hint.setText(
                self.tr(
                    "These were changed on two PCs at once and need a person. Nothing was "
                    "lost: every version is kept until you choose."
                )
            )
            row = next((n for n, i in enumerate(self._items) if i.key == keep), 0)
            self.list.setCurrentRow(row)
            self._show_item(row)
        else:
            self.hint.setText(self.tr("Nothing waits for a person: every PC's edits merged."))
            self.empty.setText(self.tr("No conflicts."))
            self.pages.setCurrentIndex(0)

    def current_item(self) -> WaitingItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show_item(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            self.pages.setCurrentIndex(0)
            return
        item = self._items[row]
        if item.kind == "deleted" and item.kept_for_inside:
            self.deleted_text.setText(
                self.tr(
                    "{record} ({what}) was deleted on one PC while something under it (a "
                    "sub-goal) was changed or added on another. It was kept so that change "
                    "can be seen. Keep it, or delete it after all together with what is "
                    "under it."
                ).format(record=item.record or "?", what=tr_message(item.field))
            )
            self.pages.setCurrentIndex(2)
            return
        if item.kind == "deleted":
            self.deleted_text.setText(
                self.tr(
                    "{record} ({what}) was deleted on one PC while it was changed on another. "
                    "The change was kept, and the record with it. Keep it, or delete it after "
                    "all now that you have seen the change."
                ).format(record=item.record or "?", what=tr_message(item.field))
            )
            self.pages.setCurrentIndex(2)
            return
        first = item.versions[0] if item.versions else None
        self.left.setPlainText(first.text if first else item.shown)
        self.left_label.setText(
            self.tr("Version 1 (shown now), by {author}, {time} UTC").format(
                author=first.author, time=first.written_at
            )
            if first
            else self.tr("Version 1")
        )
        self.other.blockSignals(True)
        self.other.clear()
        for n, version in enumerate(item.versions[1:], start=2):
            self.other.addItem(
                self.tr("Version {n}, by {author}, {time} UTC").format(
                    n=n, author=version.author, time=version.written_at
                )
            )
        self.other.blockSignals(False)
        self.other.setVisible(len(item.versions) > 2)
        self._show_other(0)
        self.base.setPlainText(item.base)
        self.combined.setPlainText(first.text if first else item.shown)
        self.pages.setCurrentIndex(1)

    def _show_other(self, index: int) -> None:
        item = self.current_item()
        if item is None or item.kind != "text":
            return
        others = item.versions[1:]
        if not 0 <= index < len(others):
            self.right.setPlainText("")
            return
        version = others[index]
        self.right.setPlainText(version.text)
        self.right_label.setText(
            self.tr("Version 2, by {author}, {time} UTC").format(
                author=version.author, time=version.written_at
            )
            if len(others) == 1
            else self.tr("Another version:")
        )

    def _choose(self, text: str) -> None:
        item = self.current_item()
        if item is None:
            return
        self._session.run(
            self.tr("Choose a text edited on two PCs"),
            lambda: self._service.choose_text(item.table, item.row_id, item.column, text),
        )
        self.reload()

    def _keep(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._session.run(
            self.tr("Keep a record edited on another PC"),
            lambda: self._service.keep_record(item.table, item.row_id),
        )
        self.reload()

    def _delete(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._session.run(
            self.tr("Delete a record after all"),
            lambda: self._service.delete_record(item.table, item.row_id),
        )
        self.reload()
