"""One meeting about a resident's plan: when and where, who comes, the agenda with minutes, and
the decisions; every edit saved when made and undoable; the invitation, minutes and calendar
file one click away.

A shell over one widget per section (:mod:`details`, :mod:`participants`, :mod:`agenda`,
:mod:`decisions`). It reads a :class:`~teamdesk.services.meetings.MeetingPage` and hands it to
each; whether anything may be changed, and why not, is the page's ``why_not_edit``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from teamdesk.domain.findings import Severity
from teamdesk.domain.meetings import AgendaItem
from teamdesk.services.exports import DocumentExport
from teamdesk.services.meetings import MeetingPage, MeetingService
from teamdesk.ui.common.export_flow import choose_save_path, export_document, initials, open_written
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import counted, tr_message, translate
from teamdesk.ui.common.widgets import hint, named
from teamdesk.ui.meetings.agenda import AgendaSection
from teamdesk.ui.meetings.decisions import DecisionsSection
from teamdesk.ui.meetings.details import MeetingDetails
from teamdesk.ui.meetings.meeting_state import MEETING_TABLES, MeetingState, button
from teamdesk.ui.meetings.participants import ParticipantsSection
from teamdesk.ui.session import Session

__all__ = ["MEETING_TABLES", "MeetingEditor"]


class MeetingEditor(QWidget):
    """Prepare, hold and document one meeting."""

    exported = Signal(str)
    """A file was written; carries its path."""
    open_resident = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._session = session
        self.state = MeetingState(session)
        self._build()
        session.changed.connect(self._on_changed)

    @property
    def service(self) -> MeetingService:
        return self.state.service

    @property
    def meeting_id(self) -> str | None:
        return self.state.meeting_id

    @property
    def page(self) -> MeetingPage | None:
        return self.state.page

    def selected_item(self) -> AgendaItem | None:
        return self.agenda.selected_item()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        outer.addWidget(self._stack)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_hint = named(
            hint(
                self.tr(
                    "Choose a meeting in the list, or prepare one from a resident's individual "
                    "plan (Prepare a meeting)."
                )
            ),
            "meetingEmptyHint",
            self.tr("No meeting chosen"),
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(2)
        self._stack.addWidget(empty)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        self.title = named(QLabel(), "meetingTitle", self.tr("Meeting"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.subtitle = named(QLabel(), "meetingSubtitle", self.tr("About the meeting"))
        self.subtitle.setProperty("role", "hint")
        self.subtitle.setWordWrap(True)
        self.professionals = named(
            QLabel(), "meetingProfessionals", self.tr("Professionals around the resident")
        )
        self.professionals.setProperty("role", "banner")
        self.professionals.setWordWrap(True)
        self.findings = named(QLabel(), "meetingFindings", self.tr("What to look at"))
        self.findings.setProperty("role", "warnings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.title, self.subtitle, self.professionals, self.findings):
            layout.addWidget(widget)
        self.details = MeetingDetails(self.state)
        self.participants = ParticipantsSection(self.state)
        self.agenda = AgendaSection(self.state)
        self.decisions = DecisionsSection(self.state, self.agenda.selected_item)
        for section in (self.details, self.participants, self.agenda, self.decisions):
            layout.addWidget(section)
        layout.addLayout(self._build_exports())
        layout.addStretch(1)
        self._stack.addWidget(body)

    def _build_exports(self) -> QGridLayout:
        # Two a row: three in one row made the editor wider than a 1024 px screen.
        row = QGridLayout()
        self.agenda_pdf_button = button(
            self.tr("Print invitation and &agenda (PDF)…"),
            "exportAgendaButton",
            self.tr("Write the invitation with the agenda as a PDF and open it"),
            self.export_agenda,
        )
        self.minutes_pdf_button = button(
            self.tr("Print mi&nutes (PDF)…"),
            "exportMinutesButton",
            self.tr("Write the minutes as a PDF and open it"),
            self.export_minutes,
        )
        self.ics_button = button(
            self.tr("Calendar &invitation (.ics)…"),
            "exportIcsButton",
            self.tr("Write a calendar invitation Outlook opens"),
            self.export_ics,
        )
        row.addWidget(self.agenda_pdf_button, 0, 0)
        row.addWidget(self.minutes_pdf_button, 0, 1)
        row.addWidget(self.ics_button, 1, 0)
        row.setColumnStretch(2, 1)
        return row

    # -- showing -----------------------------------------------------------------------------

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show ``meeting_id`` (None: the empty page)."""
        if meeting_id != self.state.meeting_id:
            self.agenda.minutes_edit.mark_saved()
        self.state.meeting_id = meeting_id
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "staff" in tables:
            self.state.forget_staff()
        if self.state.meeting_id and tables & MEETING_TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read the meeting again and show it; fields being typed in keep their text."""
        mid = self.state.meeting_id
        service = self.state.service
        page = (
            self._session.read(lambda: service.meeting(mid), None, gone_is_quiet=True)
            if mid
            else None
        )
        self.state.page = page
        if page is None:
            self._stack.setCurrentIndex(0)
            return
        self.state.loading = True
        try:
            self._show(page)
        finally:
            self.state.loading = False
        self._stack.setCurrentIndex(1)

    def _show(self, page: MeetingPage) -> None:
        m = page.meeting
        self.title.setText(
            self.tr("{kind} – {resident}").format(
                kind=translate(m.kind.label), resident=m.resident_name
            )
        )
        bits = [
            translate(m.status.label),
            self.tr("coordinator {name}").format(name=page.coordinator_name or "—"),
        ]
        if not page.may_edit:
            bits.append(self.tr("only the plan's coordinator or a leader changes this meeting"))
        self.subtitle.setText(" · ".join(bits))
        self.professionals.setText(
            counted(
                self.tr(
                    "%n professional(s) around {resident}. As few professionals as possible: "
                    "does everyone need to come?",
                    "",
                    page.professionals,
                ),
                page.professionals,
            ).format(resident=m.resident_name)
        )
        shown = [f for f in page.findings if f.severity is not Severity.INFO] + [
            f for f in page.findings if f.severity is Severity.INFO
        ]
        self.findings.setText(
            "<br/>".join(f"• {html.escape(tr_message(f.message))}" for f in shown)
        )
        self.findings.setVisible(bool(shown))
        for section in (self.details, self.participants, self.agenda, self.decisions):
            section.show_page(page)

    # -- exports -----------------------------------------------------------------------------

    def choose_export_path(self, suggested: str, file_filter: str) -> Path | None:
        """Ask where to write a file (the folder meeting papers went to last time); None
        cancels."""
        return choose_save_path(self, "meeting", self.tr("Save as"), suggested, file_filter)

    def open_file(self, path: Path) -> None:
        """Open a written file in the system's program for it, or say where it is."""
        open_written(self, path)

    def _export(
        self,
        stem: str,
        suffix: str,
        file_filter: str,
        write: Callable[[MeetingService, str, Path], DocumentExport],
    ) -> Operation[DocumentExport] | None:
        """Write a meeting paper off the GUI thread (see :func:`export_document`)."""
        page = self.state.page
        if page is None:
            return None
        m = page.meeting
        return export_document(
            self._session,
            kind="meeting",
            suggested=f"{stem}-{initials(m.resident_name)}-{m.day.isoformat()}{suffix}",
            suffix=suffix,
            choose=lambda name: self.choose_export_path(name, file_filter),
            write=lambda ctx, path: write(MeetingService(ctx), m.id, path),
            open_file=self.open_file,
            on_written=lambda result: self.exported.emit(str(result.path)),
        )

    def export_agenda(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("agenda"),
            ".pdf",
            self.tr("PDF documents (*.pdf)"),
            lambda service, mid, path: service.export_agenda(mid, path, translate=translate),
        )

    def export_minutes(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("minutes"),
            ".pdf",
            self.tr("PDF documents (*.pdf)"),
            lambda service, mid, path: service.export_minutes(mid, path, translate=translate),
        )

    def export_ics(self) -> Operation[DocumentExport] | None:
        return self._export(
            self.tr("invitation"),
            ".ics",
            self.tr("Calendar files (*.ics)"),
            lambda service, mid, path: service.export_ics(mid, path, translate=translate),
        )
