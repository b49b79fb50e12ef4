"""What the sections of the meeting editor share: the session, the meeting shown (the service's
:class:`~teamdesk.services.meetings.MeetingPage`), the staff to invite, and small builders.

The editor shell owns one :class:`MeetingState` and hands it to each section; a section reads the
view model from it (``page.why_not_edit`` says whether, and why not, it may change anything) and
writes through :meth:`MeetingState.run`, so every change is saved when made and is undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QWidget

from teamdesk.domain.team import Staff
from teamdesk.domain.text import Message
from teamdesk.services.meetings import MeetingPage, MeetingService
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import RowsModel
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    allow,
    clear_invalid,
    configure_table,
    mark_invalid,
    named,
    select_row,
)
from teamdesk.ui.session import Session

MEETING_TABLES = frozenset(
    {
        "meeting",
        "meeting_participant",
        "agenda_item",
        "action_item",
        "plan",
        "plan_participant",
        "plan_measure",
        "plan_goal",
        "staff",
        "resident",
    }
)


class MeetingState:
    """The meeting being edited and the means to change it, shared by the editor's sections."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.service = MeetingService(session.ctx)
        self.meeting_id: str | None = None
        self.page: MeetingPage | None = None
        self.loading = False
        """True while the editor fills its fields, so filling them saves nothing."""
        self._staff: list[Staff] | None = None

    @property
    def why_not_edit(self) -> Message | None:
        """Why nothing of the meeting may be changed now (from the view model); None: it may."""
        if self.page is None:
            return None
        return self.page.why_not_edit

    @property
    def editable(self) -> bool:
        return self.page is not None and self.page.editable

    def active_staff(self) -> list[Staff]:
        if self._staff is None:
            self._staff = self.session.read(
                lambda: self.session.team.staff(include_inactive=False), []
            )
        return self._staff

    def forget_staff(self) -> None:
        self._staff = None

    def run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        return self.session.run(description, action)

    def run_marking(
        self, description: str, action: Callable[[], Outcome], widget: QWidget
    ) -> Outcome | None:
        """Run a change typed into ``widget``: a refusal marks the field with its sentence."""
        outcome = self.run(description, action)
        if outcome is None:
            mark_invalid(widget, self.session.last_refusal)
        else:
            clear_invalid(widget)
        return outcome


def allow_when(widgets: Iterable[QWidget], why_not: Message | None, condition: bool) -> None:
    """Enable the widgets when the meeting may be changed and ``condition`` holds; when it may
    not, disable them with the reason as tooltip."""
    reason = tr_message(why_not) if why_not is not None else None
    for widget in widgets:
        allow(widget, reason)
        if reason is None:
            widget.setEnabled(condition)


def button(text: str, name: str, accessible: str, slot: Callable[[], Any]) -> QPushButton:
    made = named(QPushButton(text), name, accessible)
    made.clicked.connect(lambda _checked=False: slot())
    return made


def line(name: str, accessible: str, placeholder: str = "") -> CommitLineEdit:
    edit = named(CommitLineEdit(), name, accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def table(
    model: RowsModel, name: str, accessible: str, stretch: int, wrap: bool = False
) -> QTableView:
    view = named(QTableView(), name, accessible)
    view.setModel(model)
    configure_table(view)
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def selected(view: QTableView, model: RowsModel) -> Any:
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def select_key(view: QTableView, model: RowsModel, key: str | None) -> None:
    if key is None:
        return
    row = model.row_of(key)
    if row >= 0:
        select_row(view, row)
