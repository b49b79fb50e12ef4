"""The Coordinators page: the leader's overview of every coordinator (gaps first) with their
training and mentor, mentorships with their guidance sessions, and coordinator networks.

A shell with one widget per tab (:mod:`overview_tab`, :mod:`mentorships_tab`,
:mod:`networks_tab`); what each may change comes from the service's
:class:`~teamdesk.services.mentoring.MentoringRights`. Every change goes through
:meth:`Session.run`: saved when made, on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from teamdesk.services.mentoring import MentoringService
from teamdesk.ui.common.widgets import named
from teamdesk.ui.coordinators.mentorships_tab import MentorshipsTab
from teamdesk.ui.coordinators.networks_tab import NetworksTab
from teamdesk.ui.coordinators.overview_tab import OverviewTab
from teamdesk.ui.coordinators.state import MENTORING_TABLES, CoordinatorsState
from teamdesk.ui.session import Session

__all__ = ["MENTORING_TABLES", "CoordinatorsView"]


class CoordinatorsView(QWidget):
    """Coordinators: the leader's overview, mentorships and networks, on three tabs."""

    open_staff = Signal(str)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coordinatorsView")
        self.state = CoordinatorsState(session)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)
        self.overview = OverviewTab(self.state, settings)
        self.mentorships = MentorshipsTab(self.state)
        self.networks = NetworksTab(self.state)
        self.tabs = named(QTabWidget(), "coordinatorsTabs", self.tr("Coordinators"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.mentorships, self.tr("&Mentorships"))
        self.tabs.addTab(self.networks, self.tr("&Networks"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        session.changed.connect(self._on_changed)

    @property
    def service(self) -> MentoringService:
        return self.state.service

    def save_state(self) -> None:
        self.overview.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "staff" in tables:
            self.state.forget_staff()
        if tables & MENTORING_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def reload(self) -> None:
        """Read the current tab again; the chosen rows stay chosen."""
        self._timer.stop()
        self._stale = False
        self.state.loading = True
        try:
            tab = self.tabs.currentWidget()
            if tab is self.overview:
                self.overview.load()
            elif tab is self.mentorships:
                self.mentorships.load()
            else:
                self.networks.load()
        finally:
            self.state.loading = False

    def show_coordinator(self, staff_id: str) -> bool:
        """Choose a coordinator in the overview (from a warning, say)."""
        self.tabs.setCurrentWidget(self.overview)
        self.overview.chosen_staff = staff_id
        self.reload()
        return self.overview.overview_model.row_of(staff_id) >= 0

    def focus_search(self) -> None:
        self.tabs.currentWidget().setFocus()
