"""The house's shifts (issue 13): a code, a name, a start and an end; an end at or before the
start means the shift ends the next morning. Opened from the Rota page ("Shifts…").

Everyone who reads the rota sees the list; the leader (and the administrator) adds, changes and
removes shifts. Each change goes through the services, is one undoable step, and a refusal (a
code in use, a time that is none, a shift a rota still uses) is a sentence under the form that
keeps what was typed.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.rota import ShiftKind
from teamdesk.services.context import Permission
from teamdesk.services.rota import CODE_MAX_LENGTH, RotaService
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import format_time, tr_message, translate
from teamdesk.ui.common.widgets import (
    ListTable,
    allow,
    clear_invalid,
    columns_follow_contents,
    configure_table,
    fit_rows,
    hint,
    mark_invalid,
    named,
)
from teamdesk.ui.session import Session

SHIFT_TABLES = frozenset({"shift_kind"})


class ShiftKindsDialog(QDialog):
    """The house's shift kinds: the list, and a form to add, change or remove one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftKindsDialog")
        self.setWindowTitle(self.tr("The house's shifts"))
        self.setAccessibleName(self.tr("The house's shifts"))
        self._session = session
        self._rotas = RotaService(session.ctx)
        reason = session.ctx.why_not(Permission.EDIT_ROTA)
        self._why_not = tr_message(reason) if reason is not None else None
        self.kinds: list[ShiftKind] = []

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "A shift that ends at or before it starts ends the next morning (a night "
                    "shift). The codes are what the rota grid and imported files use."
                )
            )
        )
        self.model = RowsModel(
            [
                Column(self.tr("Code"), lambda k: k.code),
                Column(self.tr("Name"), lambda k: translate(k.name)),
                Column(self.tr("Hours"), lambda k: k.hours_in(translate)),
                Column(
                    self.tr("Ends"),
                    lambda k: (
                        self.tr("the next day") if k.crosses_midnight else self.tr("same day")
                    ),
                ),
            ],
            key=lambda k: k.id,
            parent=self,
        )
        self.table = named(
            ListTable(),
            "shiftKindsTable",
            self.tr("The house's shifts"),
            self.tr("Choose a shift to change or remove it in the form below."),
        )
        self.table.setModel(self.model)
        configure_table(self.table)
        columns_follow_contents(self.table, stretch=1)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        layout.addWidget(self.table)

        form = QGridLayout()
        self.code = named(QLineEdit(), "shiftKindCode", self.tr("Shift code"))
        self.code.setMaxLength(CODE_MAX_LENGTH)
        self.name = named(QLineEdit(), "shiftKindName", self.tr("Shift name"))
        self.starts = named(QLineEdit(), "shiftKindStarts", self.tr("Starts at"))
        self.ends = named(QLineEdit(), "shiftKindEnds", self.tr("Ends at"))
        self.starts.setPlaceholderText(format_time(time(7, 30)))
        self.ends.setPlaceholderText(format_time(time(15, 30)))
        for row, (text, field) in enumerate(
            (
                (self.tr("C&ode:"), self.code),
                (self.tr("&Name:"), self.name),
                (self.tr("&Starts:"), self.starts),
                (self.tr("&Ends:"), self.ends),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, row // 2, (row % 2) * 2)
            form.addWidget(field, row // 2, (row % 2) * 2 + 1)
        layout.addLayout(form)
        self.refusal = named(QLabel(), "shiftKindRefusal", self.tr("Why the shift was not saved"))
        self.refusal.setProperty("role", "refusal")
        self.refusal.setWordWrap(True)
        layout.addWidget(self.refusal)

        buttons = QHBoxLayout()
        self.add_button = named(
            QPushButton(self.tr("&Add as a new shift")), "shiftKindAdd", self.tr("Add a shift")
        )
        self.save_button = named(
            QPushButton(self.tr("Sa&ve changes")),
            "shiftKindSave",
            self.tr("Save the changes to the chosen shift"),
        )
        self.remove_button = named(
            QPushButton(self.tr("&Remove")), "shiftKindRemove", self.tr("Remove the chosen shift")
        )
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.save_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
            allow(button, self._why_not)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if self._why_not is not None:
            for field in (self.code, self.name, self.starts, self.ends):
                field.setReadOnly(True)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        session.changed.connect(self._changed)
        self.reload()
        self.setMinimumWidth(520)

    def _ends_text(self, kind: ShiftKind) -> str:
        return self.tr("the next day") if kind.crosses_midnight else self.tr("the same day")

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & SHIFT_TABLES:
            self.reload()

    def reload(self) -> None:
        """Show the house's shifts again, keeping the chosen one where it is still there."""
        current = self.chosen()
        self.kinds = self._session.read(self._rotas.shift_kinds, [])
        self.model.set_rows(self.kinds)
        fit_rows(self.table, minimum=4, maximum=8)
        ids = [k.id for k in self.kinds]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        self._allow_choice()

    def chosen(self) -> ShiftKind | None:
        row = self.table.currentIndex().row()
        return self.kinds[row] if 0 <= row < len(self.kinds) else None

    def _allow_choice(self) -> None:
        if self._why_not is None:
            chosen = self.chosen() is not None
            self.save_button.setEnabled(chosen)
            self.remove_button.setEnabled(chosen)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if 0 <= current.row() < len(self.kinds):
            kind = self.kinds[current.row()]
            self.code.setText(kind.code)
            self.name.setText(translate(kind.name))
            self.starts.setText(format_time(kind.start))
            self.ends.setText(format_time(kind.end))
            self._settle(None)
        self._allow_choice()

    def _settle(self, refusal: str | None) -> None:
        self.refusal.setText(refusal or "")
        for field in (self.code, self.name, self.starts, self.ends):
            if refusal:
                mark_invalid(field, refusal)
            else:
                clear_invalid(field)

    def _fields(self) -> tuple[str, str, str, str]:
        return self.code.text(), self.name.text(), self.starts.text(), self.ends.text()

    def _done(self, ok: bool) -> bool:
        self._settle(None if ok else self._session.last_refusal)
        return ok

    def add(self) -> bool:
        """Add the shift the form describes, as one undoable step."""
        code, name, starts, ends = self._fields()
        outcome = self._session.run(
            self.tr("Add the shift {code}").format(code=code.strip()),
            lambda: self._rotas.create_shift_kind(code, name, starts, ends),
        )
        return self._done(outcome is not None)

    def save(self) -> bool:
        """Save the form onto the chosen shift, as one undoable step."""
        kind = self.chosen()
        if kind is None:
            return False
        code, name, starts, ends = self._fields()
        # A default name is shown translated; left as shown, the stored name stays.
        stored_name = kind.name if name == translate(kind.name) else name
        outcome = self._session.run(
            self.tr("Change the shift {code}").format(code=kind.code),
            lambda: self._rotas.update_shift_kind(
                kind.id, code=code, name=stored_name, starts=starts, ends=ends
            ),
        )
        return self._done(outcome is not None)

    def remove(self) -> bool:
        """Remove the chosen shift (refused while a rota uses it), as one undoable step."""
        kind = self.chosen()
        if kind is None:
            return False
        outcome = self._session.run(
            self.tr("Remove the shift {code}").format(code=kind.code),
            lambda: self._rotas.remove_shift_kind(kind.id),
        )
        return self._done(outcome is not None)
