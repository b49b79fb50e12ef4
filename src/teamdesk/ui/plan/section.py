"""The base of every section of the plan editor: a heading, the section's own checklist
findings, fields that save as they are typed, and buttons that move rows up and down.

What a section shows as allowed or warned comes from the service's view model
(:class:`teamdesk.services.plan.PlanPage`): its ``why_not_edit`` disables every field and button
that changes the plan, with the reason as tooltip, and its ``sections`` hold the findings.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import PLAN_FIELD_LABELS
from teamdesk.domain.plan_rules import PlanSection as SectionInfo
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.models import RowsModel
from teamdesk.ui.common.text import (
    date_problem,
    format_date,
    parse_date,
    tr_message,
    translate,
)
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    CommitTextEdit,
    DateEdit,
    clear_invalid,
    configure_table,
    is_invalid,
    mark_invalid,
    named,
)
from teamdesk.ui.plan.state import PlanState

PLAN_DATE_KEYS = frozenset({"period_from", "period_to", "evaluation_date", "next_meeting"})

W = TypeVar("W", bound=QWidget)


class _MoveKeys(QObject):
    """Alt+Up and Alt+Down in a list move its chosen row, as the Move buttons do."""

    def __init__(self, move: Callable[[int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._move = move

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


class PlanSectionWidget(QWidget):
    """One section of the plan (a letter or two of the regulation), shown one at a time."""

    key = ""
    """The key of this section in the view model's ``sections``."""

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._edits: list[QWidget] = []
        self._reason: str | None = None
        self.plan_fields: dict[str, CommitLineEdit | CommitTextEdit] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 12)
        self._layout.setSpacing(8)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self._layout.addWidget(self.heading)
        self.findings = named(
            QLabel(), f"findings_{self.key}", self.tr("What the checklist says about this part")
        )
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.findings)

    # -- building ------------------------------------------------------------------------------

    @property
    def body(self) -> QVBoxLayout:
        return self._layout

    def editing(self, widget: W) -> W:
        """Register a field or button that changes the plan: disabled, with the reason, for
        whoever may only read it."""
        self._edits.append(widget.field if isinstance(widget, DateEdit) else widget)
        if isinstance(widget, DateEdit):
            self._edits.append(widget)
        return widget

    def line(self, name: str, accessible: str, placeholder: str = "") -> CommitLineEdit:
        edit = self.editing(named(CommitLineEdit(), name, accessible))
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def date_field(self, name: str, accessible: str, placeholder: str = "") -> DateEdit:
        edit = self.editing(named(DateEdit(), name, accessible))
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def text_field(
        self, name: str, accessible: str, placeholder: str = "", height: int = 64
    ) -> CommitTextEdit:
        edit = self.editing(named(CommitTextEdit(), name, accessible))
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(max(height, 160))
        return edit

    def combo(self, name: str, accessible: str, *, edits: bool = True) -> QComboBox:
        """A picker that never asks for more width than a narrow screen has."""
        box = named(QComboBox(), name, accessible)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        return self.editing(box) if edits else box

    def button(
        self,
        text: str,
        name: str,
        accessible: str,
        slot: Callable[[], Any],
        *,
        edits: bool = True,
    ) -> QPushButton:
        button = named(QPushButton(text), name, accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return self.editing(button) if edits else button

    def table(
        self, model: RowsModel, name: str, accessible: str, narrow: tuple[int, ...] = (0,)
    ) -> QTableView:
        """A list of the plan's rows that fits the width it gets: the ``narrow`` columns (a
        number, a date) as wide as their text, the others share what is left and wrap."""
        view = named(QTableView(), name, accessible)
        view.setModel(model)
        configure_table(view)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        for column in range(model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.ResizeToContents
                if column in narrow
                else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def row(self, *widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
        layout = QHBoxLayout()
        for i, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if (i == 0 and stretch_first) else 0)
        return layout

    def move_buttons(
        self, prefix: str, what: str, move: Callable[[int], None], table: QTableView
    ) -> tuple[QPushButton, QPushButton]:
        """Move up / Move down buttons for the chosen row, also on Alt+Up and Alt+Down in the
        list."""
        up = self.button(
            self.tr("Move up"),
            f"{prefix}MoveUpButton",
            self.tr("Move the chosen {what} up (Alt+Up)").format(what=what),
            lambda: move(-1),
        )
        down = self.button(
            self.tr("Move down"),
            f"{prefix}MoveDownButton",
            self.tr("Move the chosen {what} down (Alt+Down)").format(what=what),
            lambda: move(1),
        )
        table.installEventFilter(_MoveKeys(move, table))
        return up, down

    def plan_field(self, key: str, widget: CommitLineEdit | CommitTextEdit) -> None:
        """Bind a field to one of the plan's own texts or dates (saved when the person is done)."""
        self.plan_fields[key] = widget
        widget.editingFinished.connect(lambda: self.commit_plan_field(key))

    def commit_plan_field(self, key: str) -> None:
        state = self.state
        pid, view = state.plan_id, state.view
        if pid is None or state.loading or view is None:
            return
        widget = self.plan_fields[key]
        text = widget.toPlainText() if isinstance(widget, CommitTextEdit) else widget.text()
        value: object = text
        if key in PLAN_DATE_KEYS:
            try:
                value = parse_date(text, state.today())
            except ValueError:
                mark_invalid(widget, date_problem(text, state.today()))
                return
        if getattr(view.plan, key) == value:
            clear_invalid(widget)
            return
        label = translate(PLAN_FIELD_LABELS[key])
        outcome = state.run(
            self.tr("Change {field}").format(field=label.lower()),
            lambda: state.service.update_plan(pid, **{key: value}),
        )
        if outcome is None:
            mark_invalid(widget, state.session.last_refusal)
        else:
            clear_invalid(widget)

    def show_plan_fields(self, view: PlanView, same_plan: bool) -> None:
        """Show the plan's own texts and dates; refused text (a date that is not one) stays
        with its reason while the same plan is shown."""
        for key, widget in self.plan_fields.items():
            value = getattr(view.plan, key)
            text = format_date(value) if key in PLAN_DATE_KEYS else value
            if same_plan and is_invalid(widget):
                continue
            clear_invalid(widget)
            widget.show_saved(text or "")

    # -- showing -------------------------------------------------------------------------------

    @property
    def may_edit(self) -> bool:
        return self._reason is None

    def enable(self, widget: QWidget, condition: bool) -> None:
        """Enable a field only when the person may edit the plan and ``condition`` holds."""
        widget.setEnabled(condition and self.may_edit)

    def set_edit_reason(self, reason: str | None) -> None:
        """Disable every changing field and button with ``reason`` (None: enable them)."""
        for widget in self._edits:
            widget.setEnabled(reason is None)
            if reason is not None:
                widget.setToolTip(reason)
                widget.setAccessibleDescription(reason)
            elif self._reason is not None and widget.toolTip() == self._reason:
                widget.setToolTip("")
                widget.setAccessibleDescription("")
        self._reason = reason

    def show_section(self, info: SectionInfo) -> None:
        """The heading and what the completeness check found in this section."""
        self.heading.setText(translate(info.heading))
        lines = []
        for f in info.findings:
            colour = "#b02a37" if f.severity is Severity.ALERT else "#8a6d00"
            lines.append(
                f"<span style='color:{colour}'>• {html.escape(tr_message(f.message))}</span>"
            )
        self.findings.setText("<br/>".join(lines))
        self.findings.setVisible(bool(lines))

    def show_view(self, view: PlanView) -> None:
        """Show the plan; fields being typed in keep their text."""
        raise NotImplementedError

    def selected_row(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def select_key(self, table: QTableView, model: RowsModel, key: str | None) -> None:
        if key is None:
            return
        found = model.row_of(key)
        if found >= 0:
            table.setCurrentIndex(model.index(found, 0))
