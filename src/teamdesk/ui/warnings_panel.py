"""The warnings panel: every team rule finding in the house, and a way to the record it is about."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.findings import Choice, Finding, Severity, sorted_findings
from teamdesk.services.merge_choices import MergeChoiceService
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.common.widgets import named
from teamdesk.ui.overview import HouseOverview
from teamdesk.ui.session import Session


def finding_key(finding: Finding) -> str:
    return f"{finding.code}:{finding.subject_kind}:{finding.subject_id}:{finding.text}"


class FindingsList(QListView):
    """The findings; Enter or a double-click opens the record a finding is about."""

    open_finding = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, RowsModel) and index.isValid():
            self.open_finding.emit(model.row_at(index.row()))


class WarningsPanel(QDockWidget):
    """A dock listing rule findings, most serious first."""

    open_resident = Signal(str)
    open_staff = Signal(str)
    open_conflicts = Signal()
    closed_by_person = Signal()  # the panel's close button, not a lock hiding it
    fitted = Signal()
    """The findings were shown: the height the panel needs may have changed."""

    def __init__(
        self, session: Session, overview: HouseOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Warnings"), parent)
        self.setObjectName("warningsDock")
        self.setAccessibleName(self.tr("Warnings"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._session = session
        self._loaded_once = False
        style = self.style()
        self._icons = {
            Severity.ALERT: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self.model = RowsModel(
            [Column(self.tr("Warning"), lambda f: tr_message(f.message))],
            key=finding_key,
            kind=lambda f: RowKind.ALERT if f.severity is Severity.ALERT else RowKind.NORMAL,
            icon=self._icon,
            parent=self,
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)
        self.hint = named(QLabel(), "warningsHint", self.tr("About the warnings"))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.list = named(
            FindingsList(),
            "warningsList",
            self.tr("Warnings"),
            self.tr("Press Enter to open the resident or staff member a warning is about."),
        )
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self.list._open)
        self.list.open_finding.connect(self._open)
        self.hint.setText(self.tr("Checking the teams…"))
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        # The choices that settle the warning chosen, when it has some (rules a merge of two
        # PCs broke: "Keep Mari as primary contact" / "Keep Even as primary contact").
        self.choices = named(QWidget(), "warningChoices", self.tr("Ways to settle this warning"))
        self._choice_layout = QHBoxLayout(self.choices)
        self._choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choices.setVisible(False)
        layout.addWidget(self.choices)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_choices())
        self.model.modelReset.connect(self._show_choices)
        self.setWidget(body)
        self.setFocusProxy(self.list)
        overview.findings_loaded.connect(self._show)
        overview.failed.connect(self._failed)
        # A leader's rota warnings (issue 13) come on their own, after today's.
        self._house: list[Finding] = []
        self._rota: list[Finding] = []
        overview.rota_loaded.connect(self._show_rota)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed_by_person.emit()

    def _icon(self, finding: Finding) -> QIcon:
        return self._icons[finding.severity]

    def is_loaded(self) -> bool:
        return self._loaded_once

    def _show_rota(self, findings: list[Finding]) -> None:
        self._rota = findings
        if self._loaded_once:
            self._show(self._house)

    def _show(self, house: list[Finding]) -> None:
        self._loaded_once = True
        self._house = house
        findings = sorted_findings(house + self._rota)
        self.model.set_rows(findings)
        count = len(findings)
        self.setWindowTitle(
            self.tr("Warnings ({count})").format(count=count) if count else self.tr("Warnings")
        )
        how = self.tr(
            "Rules the teams do not meet today. Double-click a warning or press Enter "
            "to open the resident or staff member it is about."
        )
        # With warnings listed, the list says it all and the how-to is its tooltip: the line
        # above it took room from the page on a 768 px high screen.
        self.list.setToolTip(how if count else "")
        self.hint.setText(
            how if count else self.tr("No warnings: every team meets the house's rules today.")
        )
        self.hint.setVisible(not count)
        self.list.setVisible(bool(count))
        self.fitted.emit()

    def current_finding(self) -> Finding | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        finding: Finding = self.model.row_at(index.row())
        return finding

    def choice_buttons(self) -> list[QPushButton]:
        return self.choices.findChildren(QPushButton)

    def _show_choices(self) -> None:
        while self._choice_layout.count():
            item = self._choice_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
                widget.setParent(None)
        finding = self.current_finding()
        choices = finding.choices if finding is not None else ()
        for choice in choices:
            button = QPushButton(tr_message(choice.label))
            button.setToolTip(
                self.tr(
                    "Keeps this one; the others are ended or withdrawn. Edit > Undo takes it back."
                )
            )
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            self._choice_layout.addWidget(button)
        self._choice_layout.addStretch(1)
        if self.choices.isHidden() == bool(choices):
            self.choices.setVisible(bool(choices))
            self.fitted.emit()  # the buttons' row takes height, or gives it back

    def _choose(self, choice: Choice) -> None:
        service = MergeChoiceService(self._session.ctx)
        self._session.run(tr_message(choice.label), lambda: service.choose(choice))

    def _failed(self, sentence: str) -> None:
        self.hint.setText(sentence)
        self.hint.show()
        self.fitted.emit()

    def needed_height(self, window_height: int) -> int:
        """The height that shows what there is and no more: the sentence when there is no
        warning, else the first few warnings (the list scrolls for the rest), never more than
        a sixth of the window's height so the page keeps the room on a 768 px high screen."""
        body = self.widget()
        chrome = max(self.height() - body.height(), 0) if self.isVisible() else 0
        chrome = chrome or self.fontMetrics().height() + 10  # the title bar, before it is shown
        arranged = body.layout()
        if arranged is not None:
            margins = arranged.contentsMargins()
            chrome += margins.top() + margins.bottom()
        if self.list.isHidden():
            return chrome + self.hint.heightForWidth(max(self.width(), 400))
        rows = sum(
            self.list.sizeHintForRow(row) + 2 * self.list.spacing()
            for row in range(min(self.model.rowCount(), 5))
        )
        rows += 2 * self.list.frameWidth()
        # The buttons of a warning's choices, when one is chosen, come on top: never at the
        # list's expense.
        buttons = 0 if self.choices.isHidden() else self.choices.sizeHint().height() + 4
        return min(chrome + rows + buttons, max(window_height // 6, chrome + 60) + buttons)

    def _open(self, finding: Finding) -> None:
        if finding.subject_kind == "staff":
            self.open_staff.emit(finding.subject_id)
        elif finding.subject_kind == "resident":
            self.open_resident.emit(finding.subject_id)
        elif finding.subject_kind == "conflicts":
            self.open_conflicts.emit()
        # Other warnings (backups failing) are about the house: there is no record to open.
