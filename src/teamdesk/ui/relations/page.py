"""The "Teamwork" page (issue 15): the residents with their latest check-in, what waits
for the signed-in person's answer, and the chosen resident's results and trend.

A leader or the plan's coordinator starts and closes a check-in, prints its one-page form and
types in the forms that come back; staff who work with the resident answer for themselves on
the shared PC. Answers are not undoable: once handed in, nothing ties them to the person.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.relations import (
    STANDARD_TIES,
    RelationsReport,
    Round,
    RoundStatus,
    tie_name,
)
from teamdesk.services.exports import DocumentExport
from teamdesk.services.relations import RelationService, RoundPage
from teamdesk.services.team import Outcome
from teamdesk.ui.common.export_flow import choose_save_path, export_document, open_written
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.operations import Operation
from teamdesk.ui.common.text import format_date, translate
from teamdesk.ui.common.widgets import ListTable, configure_table, hint, named, select_row
from teamdesk.ui.relations.answer import AnswerDialog
from teamdesk.ui.relations.results import ResultsPanel
from teamdesk.ui.session import Session

RELATION_TABLES = frozenset(
    {"relation_round", "relation_respondent", "relation_tally", "resident", "plan_participant"}
)


@dataclass(frozen=True)
class Subject:
    """A line of the page's list: a whole unit or a resident, with the latest check-in."""

    key: str
    name: str
    latest: Round | None
    respondents: int
    stale: bool
    resident_id: str | None = None
    unit_id: str | None = None


class StartDialog(QDialog):
    """Start a check-in: until when, and which roles and services it asks about (one a line,
    the team's roles and the plan's services written in already)."""

    def __init__(self, subject: str, ties: tuple[str, ...], today: date, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("startCheckinDialog")
        self.setWindowTitle(self.tr("Start a check-in about {subject}").format(subject=subject))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Everyone who works with {subject} answers seven short statements about "
                    "each role or service below, anonymously. Results show when the check-in "
                    "closes, and only where at least three people answered."
                ).format(subject=subject)
            )
        )
        form = QFormLayout()
        self.ends = named(QDateEdit(), "checkinEndDate", self.tr("Open until"))
        self.ends.setCalendarPopup(True)
        end = today + timedelta(days=14)
        self.ends.setDate(QDate(end.year, end.month, end.day))
        self.ends.setMinimumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Open until"), self.ends)
        self.ties = named(
            QPlainTextEdit(), "checkinTies", self.tr("Roles and services to ask about")
        )
        self.ties.setPlainText("\n".join(tie_name(t, translate) for t in ties))
        self.ties.setTabChangesFocus(True)
        form.addRow(self.tr("Ask about (one a line)"), self.ties)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        ok.setObjectName("startCheckinButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def end_date(self) -> date:
        d = self.ends.date()
        return date(d.year(), d.month(), d.day())

    def chosen_ties(self) -> list[str]:
        """The lines, with a standard role written in this language stored by its key."""
        keys = {translate(label).casefold(): key for key, label in STANDARD_TIES.items()}
        lines = [line.strip() for line in self.ties.toPlainText().splitlines()]
        return [keys.get(line.casefold(), line) for line in lines if line]


class RelationsView(QWidget):
    """Residents and their check-ins on the left; the chosen one's results on the right."""

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationsView")
        self.setAccessibleName(self.tr("How we work together"))
        self._session = session
        self._settings = settings
        self.service = RelationService(session.ctx)
        self._stale = True
        self._chosen: str | None = None
        self._page: RoundPage | None = None
        self._waiting: list[Round] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = named(
            QLabel(self.tr("How we work together")),
            "relationsTitle",
            self.tr("How we work together"),
        )
        title.setProperty("role", "title")
        layout.addWidget(title)
        waiting_row = QHBoxLayout()
        self.waiting = named(QLabel(), "checkinWaiting", self.tr("A check-in waits for you"))
        self.waiting.setProperty("role", "banner")
        self.waiting.setWordWrap(True)
        self.answer_waiting_button = self._button(
            self.tr("&Answer now"),
            "answerWaitingButton",
            self.tr("Answer the check-in that waits for you; it takes under two minutes"),
            self.answer_waiting,
        )
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.answer_waiting_button)
        layout.addLayout(waiting_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("relationsSplitter")
        self.splitter = splitter
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(
            hint(
                self.tr(
                    "Whole units first, then residents: those with an open check-in, then those "
                    "whose team has had none for six months."
                )
            )
        )
        self.model = RowsModel(
            [
                Column(self.tr("Resident or unit"), lambda r: r.name),
                Column(self.tr("Check-in"), self._status_text, tooltip=self._status_text),
            ],
            key=lambda r: r.key,
            kind=self._kind,
            parent=self,
        )
        self.table = named(ListTable(), "relationsTable", self.tr("Residents and their check-ins"))
        self.table.setModel(self.model)
        configure_table(self.table)
        # Both columns share the width and cut their text short (the check-in's state has it
        # whole as a tooltip): at 1024 px the list scrolled sideways (issue 10).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        left_layout.addWidget(self.table, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 12, 12)
        self.resident_title = named(QLabel(), "relationsResident", self.tr("Resident"))
        self.resident_title.setProperty("role", "subheading")
        right_layout.addWidget(self.resident_title)
        self.status = named(QLabel(), "checkinStatus", self.tr("The check-in's state"))
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.start_button = self._button(
            self.tr("&Start a check-in…"),
            "startCheckinOpenButton",
            self.tr("Start a check-in about this resident's team"),
            self.start,
        )
        self.answer_button = self._button(
            self.tr("A&nswer…"),
            "answerCheckinButton",
            self.tr("Answer the open check-in for yourself"),
            self.answer,
        )
        self.paper_button = self._button(
            self.tr("&Type in a form…"),
            "enterFormButton",
            self.tr("Type in a printed form filled in by someone without an account"),
            self.enter_form,
        )
        self.form_button = self._button(
            self.tr("Print the &form…"),
            "printFormButton",
            self.tr("Print the one-page form for people without an account"),
            self.print_form,
        )
        self.close_button = self._button(
            self.tr("&Close now"),
            "closeCheckinButton",
            self.tr("Close the check-in now and count the answers"),
            self.close_round,
        )
        self.print_button = self._button(
            self.tr("&Print results…"),
            "printResultsButton",
            self.tr("Write the results as a PDF and open it"),
            self.print_results,
        )
        # Two short rows, so the buttons fit beside the list on a 1024-pixel screen.
        for b in (self.answer_button, self.start_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        paper = QHBoxLayout()
        for b in (self.form_button, self.paper_button, self.print_button):
            paper.addWidget(b)
        paper.addStretch(1)
        right_layout.addLayout(paper)
        self.results = ResultsPanel()
        right_layout.addWidget(self.results)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("relationsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 900])
        splitter.setChildrenCollapsible(False)
        state = self._settings.value("relations/splitter")
        if state is not None:
            splitter.restoreState(state)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        session.changed.connect(self._on_changed)

    def _button(
        self, text: str, name: str, accessible: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = named(QPushButton(text), name, accessible.replace("&", ""))
        button.setToolTip(accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def save_state(self) -> None:
        self._settings.setValue("relations/splitter", self.splitter.saveState())

    # -- texts -------------------------------------------------------------------------------

    def _status_text(self, row: Subject) -> str:
        rnd = row.latest
        today = self._session.ctx.today()
        if rnd is None:
            return self.tr("No check-in yet")
        if rnd.is_open_on(today):
            return self.tr("Open until {date}: {count} answered").format(
                date=format_date(rnd.ends_on), count=row.respondents
            )
        end = format_date(rnd.closed_on or rnd.ends_on)
        if row.stale:
            return self.tr("Last ended {date}; due for a new one").format(date=end)
        return self.tr("Ended {date}").format(date=end)

    def _kind(self, row: Subject) -> RowKind:
        return RowKind.WARNING if row.stale else RowKind.NORMAL

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & RELATION_TABLES:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def reload(self) -> None:
        """Read the residents, what waits for the signed-in person, and the chosen one."""
        self._timer.stop()
        self._stale = False
        rows = [
            Subject(
                u.key,
                self.tr("Whole unit: {name}").format(name=u.unit.name),
                u.latest,
                u.respondents,
                False,
                unit_id=u.unit.id,
            )
            for u in self._session.read(self.service.units, [])
        ] + [
            Subject(
                r.key,
                r.resident.display_name,
                r.latest,
                r.respondents,
                r.stale,
                resident_id=r.resident.id,
            )
            for r in self._session.read(self.service.overview, [])
        ]
        self.model.set_rows(rows)
        self._waiting = self._session.read(self.service.waiting_for_me, [])
        if self._waiting:
            first = self._waiting[0]
            self.waiting.setText(
                self.tr(
                    "A check-in about how we work with {subject} waits for your answer, until "
                    "{date}. It takes under two minutes."
                ).format(subject=first.subject, date=format_date(first.ends_on))
            )
        self.waiting.setVisible(bool(self._waiting))
        self.answer_waiting_button.setVisible(bool(self._waiting))
        if self._chosen is None and rows:
            self._chosen = next((r.key for r in rows if r.resident_id), rows[0].key)
        row = self.model.row_of(self._chosen or "")
        if row >= 0:
            select_row(self.table, row)
        self._show_chosen()

    def show_resident(self, resident_id: str) -> bool:
        """Choose a resident (from elsewhere in the program)."""
        self._chosen = resident_id
        self.reload()
        return self.model.row_of(resident_id) >= 0

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            chosen: Subject = self.model.row_at(current.row())
            if chosen.key != self._chosen:
                self._chosen = chosen.key
                self._show_chosen()

    def _chosen_subject(self) -> Subject | None:
        row = self.model.row_of(self._chosen or "")
        found: Subject | None = self.model.row_at(row) if row >= 0 else None
        return found

    def _show_chosen(self) -> None:
        report: RelationsReport | None = None
        self._page = None
        chosen = self._chosen_subject()
        if chosen is not None and chosen.resident_id is not None:
            report = self._session.read(
                functools.partial(self.service.report, chosen.resident_id),
                None,
                gone_is_quiet=True,
            )
        elif chosen is not None and chosen.unit_id is not None:
            report = self._session.read(
                functools.partial(self.service.unit_report, chosen.unit_id),
                None,
                gone_is_quiet=True,
            )
        self.resident_title.setText(chosen.name if chosen else "")
        open_round = report.open_rounds[-1] if report and report.open_rounds else None
        if open_round is not None:
            self._page = self._session.read(
                functools.partial(self.service.round_page, open_round.id), None
            )
        may_start = bool(
            chosen
            and self._session.read(
                functools.partial(self.service.may_start, chosen.resident_id), False
            )
        )
        page = self._page
        is_open = page is not None and page.round.status is RoundStatus.OPEN
        self.start_button.setEnabled(may_start and not is_open)
        self.answer_button.setEnabled(bool(page and page.may_answer))
        may_run = bool(page and page.may_run and is_open)
        for b in (self.paper_button, self.form_button, self.close_button):
            b.setEnabled(may_run)
        self.print_button.setEnabled(
            bool(report and report.latest and chosen and chosen.resident_id)
        )
        self.status.setText(self._status_sentence(page, may_start, chosen))
        self.results.show_report(report)
        for b in (
            self.start_button,
            self.answer_button,
            self.paper_button,
            self.form_button,
            self.close_button,
            self.print_button,
        ):
            b.setVisible(chosen is not None)

    def _status_sentence(
        self, page: RoundPage | None, may_start: bool, chosen: Subject | None
    ) -> str:
        if chosen is None:
            return self.tr("Choose a resident in the list.")
        if page is None:
            if may_start:
                return self.tr(
                    "No check-in is open. Start one to hear how the team works together."
                )
            return self.tr("No check-in is open. A leader or the plan's coordinator starts one.")
        text = self.tr(
            "Open until {date}: {count} have answered. Results show when it closes."
        ).format(date=format_date(page.round.ends_on), count=page.respondents)
        if page.has_answered:
            text += " " + self.tr("You have answered. Thank you!")
        return text

    # -- writing -----------------------------------------------------------------------------

    def _write(self, description: str, action: Callable[[], object]) -> bool:
        """Run a write that has no undo (answers, a start, a close); say it and reload."""

        def run() -> Outcome:
            action()
            return Outcome([])

        if self._session.run(description, run) is None:
            return False
        self._session.changed.emit(RELATION_TABLES)
        self._session.saved.emit(description)
        return True

    def start(self) -> StartDialog | None:
        chosen = self._chosen_subject()
        if chosen is None:
            return None
        ties = self._session.read(
            functools.partial(self.service.default_ties, chosen.resident_id), ()
        )
        dialog = StartDialog(chosen.name, ties, self._session.ctx.today(), self)

        def started() -> None:
            self._write(
                self.tr("Started a check-in about {subject}").format(subject=chosen.name),
                lambda: self.service.start_round(
                    dialog.end_date(),
                    dialog.chosen_ties(),
                    resident_id=chosen.resident_id,
                    unit_id=chosen.unit_id,
                ),
            )

        dialog.accepted.connect(started)
        dialog.open()
        return dialog

    def _answer_dialog(self, rnd: Round, *, on_paper: bool) -> AnswerDialog:
        dialog = AnswerDialog(
            rnd, on_paper=on_paper, entered_by=self._session.ctx.actor.name, parent=self
        )

        def handed_in() -> None:
            answers = dialog.answers()
            if on_paper:
                self._write(
                    self.tr("Typed in a printed form"),
                    lambda: self.service.enter_paper_form(rnd.id, answers),
                )
            else:
                self._write(
                    self.tr("Your answers were handed in anonymously"),
                    lambda: self.service.answer(rnd.id, answers),
                )

        dialog.accepted.connect(handed_in)
        dialog.open()
        return dialog

    def answer(self) -> AnswerDialog | None:
        if self._page is None:
            return None
        return self._answer_dialog(self._page.round, on_paper=False)

    def answer_waiting(self) -> AnswerDialog | None:
        if not self._waiting:
            return None
        return self._answer_dialog(self._waiting[0], on_paper=False)

    def enter_form(self) -> AnswerDialog | None:
        if self._page is None:
            return None
        return self._answer_dialog(self._page.round, on_paper=True)

    def confirm(self, text: str) -> bool:
        """Ask before something that cannot be undone; tests answer for the person."""
        answer = QMessageBox.question(self, self.tr("How we work together"), text)
        return answer == QMessageBox.StandardButton.Yes

    def close_round(self) -> None:
        page = self._page
        if page is None:
            return
        if not self.confirm(
            self.tr(
                "Close the check-in about {subject} now? The answers are counted and can no "
                "longer be changed, and nobody else can answer."
            ).format(subject=page.round.subject)
        ):
            return
        self._write(
            self.tr("Closed the check-in about {subject}").format(subject=page.round.subject),
            lambda: self.service.close_round(page.round.id),
        )

    # -- printing ----------------------------------------------------------------------------

    def choose_export_path(self, suggested: str) -> Path | None:
        return choose_save_path(
            self, "relations", self.tr("Save as"), suggested, self.tr("PDF documents (*.pdf)")
        )

    def open_file(self, path: Path) -> None:
        open_written(self, path)

    def print_results(self) -> Operation[DocumentExport] | None:
        chosen = self._chosen_subject()
        if chosen is None or chosen.resident_id is None:
            return None
        resident_id = chosen.resident_id
        today = self._session.ctx.today().isoformat()
        return export_document(
            self._session,
            kind="relations",
            suggested=self.tr("how-we-work-together") + f"-{today}.pdf",
            suffix=".pdf",
            choose=self.choose_export_path,
            write=lambda ctx, path: RelationService(ctx).export_report(
                resident_id, path, fmt="pdf", translate=translate
            ),
            open_file=self.open_file,
        )

    def print_form(self) -> Operation[DocumentExport] | None:
        page = self._page
        if page is None:
            return None
        round_id = page.round.id
        return export_document(
            self._session,
            kind="relations",
            suggested=self.tr("check-in-form") + ".pdf",
            suffix=".pdf",
            choose=self.choose_export_path,
            write=lambda ctx, path: RelationService(ctx).export_form(
                round_id, path, translate=translate
            ),
            open_file=self.open_file,
        )
