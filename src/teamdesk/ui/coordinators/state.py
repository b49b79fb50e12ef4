"""What the Coordinators page's tabs share: the session, the mentoring service, the unit's staff,
what the acting person may change (the service's :class:`MentoringRights`), and small builders.

The page shell owns one :class:`CoordinatorsState` and hands it to each tab; a tab reads the
service through it and writes through :meth:`Session.run`, so every change is saved when made
and lands on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLineEdit, QPushButton, QTableView, QWidget

from teamdesk.domain.team import Staff
from teamdesk.domain.text import Message
from teamdesk.services.mentoring import MentoringRights, MentoringService
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import RowsModel
from teamdesk.ui.common.text import date_problem, parse_date, tr_message
from teamdesk.ui.common.widgets import allow, clear_invalid, configure_table, mark_invalid, named
from teamdesk.ui.common.widgets import fit_combo as fit_combo
from teamdesk.ui.session import Session

MENTORING_TABLES = frozenset(
    {
        "training",
        "mentorship",
        "guidance_session",
        "coordinator_network",
        "network_member",
        "network_meeting",
        "network_attendance",
        "plan",
        "plan_goal",
        "case_role",
        "staff",
        "setting",
    }
)


class CoordinatorsState:
    """The session, the service and the staff list every tab of the Coordinators page uses."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.service = MentoringService(session.ctx)
        self.loading = False
        """True while a tab fills its fields, so filling them saves nothing."""
        self._staff: list[Staff] | None = None

    def today(self) -> date:
        return self.session.ctx.today()

    def rights(self) -> MentoringRights:
        """What the acting person may change, from the service (read afresh: a role can
        change while the page is open)."""
        return self.service.rights()

    def active_staff(self) -> list[Staff]:
        """The active staff the acting person sees, read once until the staff change."""
        if self._staff is None:
            self._staff = self.session.read(
                lambda: self.session.team.staff(include_inactive=False), []
            )
        return self._staff

    def forget_staff(self) -> None:
        self._staff = None

    def run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        return self.session.run(description, action)


def raising(error: Exception) -> Callable[[], Outcome]:
    """An action that fails with ``error``, so a refusal found early is reported the same way
    as one the service raises."""

    def action() -> Outcome:
        raise error

    return action


def allow_all(widgets: Iterable[QWidget], why_not: Message | None) -> None:
    """Enable the widgets, or disable them with the service's reason as tooltip."""
    reason = tr_message(why_not) if why_not is not None else None
    for widget in widgets:
        allow(widget, reason)


def table(model: RowsModel, name: str, accessible: str, stretch: int) -> QTableView:
    view = named(QTableView(), name, accessible)
    view.setModel(model)
    configure_table(view)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def button(text: str, name: str, accessible: str, slot: Callable[[], Any]) -> QPushButton:
    made = named(QPushButton(text), name, accessible)
    made.clicked.connect(lambda _checked=False: slot())
    return made


def selected(view: QTableView, model: RowsModel) -> Any:
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def typed_day(edit: QLineEdit, today: date) -> date | None:
    """The date typed in ``edit``, or None (and the field marked) when it is not one."""
    try:
        day = parse_date(edit.text(), today)
    except ValueError:
        day = None
    if day is None:
        mark_invalid(edit, date_problem(edit.text(), today))
    else:
        clear_invalid(edit)
    return day
