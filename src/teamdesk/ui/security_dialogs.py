"""The access log of a resident (leaders), and backups with restore, in the main window's menus.

Thin dialogs over :mod:`teamdesk.services.access_log` and :mod:`teamdesk.services.recovery`.
A restore needs the database closed: the dialog asks, the person is signed out, the backup is
put in place (the current file kept aside) and the sign-in screen comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.access_log import ACTION_TITLES, AccessEvent, AccessLogService
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.recovery import BackupCheck, back_up_now, checked_backups, restore
from teamdesk.services.signin import UserSession
from teamdesk.ui.export_flow import choose_save_path, initials, remember_folder
from teamdesk.ui.text import refusal_text, translate

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("SecurityMenu", ...)``, translated."""
    return QCoreApplication.translate("SecurityMenu", text)


class AccessEventsModel(QAbstractTableModel):
    """The events of one resident's access log, newest first."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("SecurityMenu", "When"),
        QT_TRANSLATE_NOOP("SecurityMenu", "Who"),
        QT_TRANSLATE_NOOP("SecurityMenu", "Did"),
        QT_TRANSLATE_NOOP("SecurityMenu", "What"),
    )

    def __init__(self, events: list[AccessEvent]) -> None:
        super().__init__()
        self.events = events

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        event = self.events[index.row()]
        column = index.column()
        if column == 0:
            return event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return event.person
        if column == 2:
            return translate(ACTION_TITLES.get(event.action, event.action))
        return event.summary

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(str(self.HEADINGS[section]))
        return None

    def replace(self, events: list[AccessEvent]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()


class AccessLogDialog(QDialog):
    """Who opened or changed this resident's record: filter by person and period, export."""

    def __init__(
        self, session: UserSession, resident_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessLogDialog")
        self.service = AccessLogService(session.ctx)
        self.resident_id = resident_id
        name = session.store.query_one("SELECT name FROM resident WHERE id = ?", (resident_id,))
        self.resident_name = str(name["name"]) if name else "?"
        self.setWindowTitle(self.tr("Access log — {name}").format(name=self.resident_name))
        self.person = QComboBox()
        self.person.setObjectName("accessPerson")
        self.person.setAccessibleName(self.tr("Person"))
        self.person.addItem(self.tr("Everyone"), None)
        for person in self.service.people_in_log(resident_id):
            self.person.addItem(person, person)
        self.whole = QCheckBox(self.tr("&Whole history"))
        self.whole.setObjectName("accessWhole")
        self.whole.setChecked(True)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.since.setObjectName("accessSince")
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(today)
        self.until.setObjectName("accessUntil")
        self.until.setAccessibleName(self.tr("To"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.person, 1)
        filters.addWidget(self.whole)
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("To:")))
        filters.addWidget(self.until)
        self.model = AccessEventsModel([])
        self.table = QTableView()
        self.table.setObjectName("accessEvents")
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        export = QPushButton(self.tr("&Export as PDF…"))
        export.setObjectName("accessExport")
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
        for signal in (
            self.person.currentIndexChanged,
            self.whole.toggled,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.reload)
        self.reload()

    def _filters(self) -> tuple[str | None, date | None, date | None]:
        person = self.person.currentData()
        if self.whole.isChecked():
            return person, None, None
        return person, self.since.date().toPython(), self.until.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        self.since.setEnabled(not self.whole.isChecked())
        self.until.setEnabled(not self.whole.isChecked())
        person, since, until = self._filters()
        try:
            events = self.service.resident_access(
                self.resident_id, person=person, since=since, until=until
            )
        except (ServiceError, StoreError) as error:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(error))
            return
        self.model.replace(events)
        self.table.resizeColumnsToContents()

    def export(self, _checked: bool = False, path: Path | None = None) -> Path | None:
        if path is None:
            path = choose_save_path(
                self,
                "access-log",
                self.tr("Save the access log"),
                f"access-log-{initials(self.resident_name)}.pdf",
                self.tr("PDF documents (*.pdf)"),
            )
            if path is None:
                return None
        person, since, until = self._filters()
        try:
            self.service.export_pdf(
                self.resident_id, path, person=person, since=since, until=until, translate=translate
            )
        except (ServiceError, StoreError, OSError) as error:
            text = str(error) if isinstance(error, OSError) else refusal_text(error)
            QMessageBox.warning(self, self.windowTitle(), text)
            return None
        remember_folder("access-log", path.parent)
        return path


class BackupsDialog(QDialog):
    """The backups with their checks; back up now; restore one (administrators)."""

    def __init__(
        self,
        session: UserSession,
        request_restore: Callable[[BackupCheck], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.session = session
        self._request_restore = request_restore
        self.checks: list[BackupCheck] = []
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.model = _BackupsModel()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        now = QPushButton(self.tr("&Back up now"))
        now.setObjectName("backupNow")
        now.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(session.ctx.can(Permission.RESTORE_BACKUPS))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        self.checks = checked_backups(self.session.location, self.session.store.key or b"")
        self.model.replace(self.checks)
        self.table.resizeColumnsToContents()

    def back_up(self) -> None:
        try:
            back_up_now(self.session)
        except (ServiceError, StoreError) as error:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(error))
        self.reload()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        check = self.checks[rows[0].row()]
        if not check.sound:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("This backup is not sound ({detail}); choose another.").format(
                    detail=check.detail
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "TeamDesk will sign you out, put the backup from {taken} in place of the "
                "database and keep the current file aside (nothing is deleted). Everyone then "
                "signs in again. Close TeamDesk on other PCs' windows to this folder first."
            ).format(taken=check.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._request_restore(check)
            self.accept()


class _BackupsModel(QAbstractTableModel):
    HEADINGS = (
        QT_TRANSLATE_NOOP("SecurityMenu", "Taken"),
        QT_TRANSLATE_NOOP("SecurityMenu", "Kind"),
        QT_TRANSLATE_NOOP("SecurityMenu", "Check"),
        QT_TRANSLATE_NOOP("SecurityMenu", "Key file"),
        QT_TRANSLATE_NOOP("SecurityMenu", "File"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.checks: list[BackupCheck] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.checks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        check = self.checks[index.row()]
        return (
            check.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            check.info.label,
            QCoreApplication.translate("SecurityMenu", "sound") if check.sound else check.detail,
            QCoreApplication.translate("SecurityMenu", "kept beside it")
            if check.info.has_key_file
            else QCoreApplication.translate("SecurityMenu", "missing"),
            check.info.path.name,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(str(self.HEADINGS[section]))
        return None

    def replace(self, checks: list[BackupCheck]) -> None:
        self.beginResetModel()
        self.checks = checks
        self.endResetModel()


class SecurityMenu:
    """Adds "Access log of this resident…" and "Backups…" to the main window, and carries out
    a requested restore once the person has been signed out."""

    def __init__(
        self,
        window: QMainWindow,
        session: UserSession,
        current_resident: Callable[[], str | None],
        sign_out_for_restore: Callable[[], None],
    ) -> None:
        self.window = window
        self.session = session
        self._current_resident = current_resident
        self._sign_out_for_restore = sign_out_for_restore
        self.pending_restore: BackupCheck | None = None
        self.access_action = QAction(
            QCoreApplication.translate("SecurityMenu", "&Access log of this resident…"), window
        )
        self.access_action.setObjectName("accessLogAction")
        self.access_action.setEnabled(session.ctx.can(Permission.READ_AUDIT))
        self.access_action.triggered.connect(self.show_access_log)
        self.backups_action = QAction(
            QCoreApplication.translate("SecurityMenu", "&Backups…"), window
        )
        self.backups_action.setObjectName("backupsAction")
        self.backups_action.setEnabled(session.ctx.can(Permission.MAKE_BACKUPS))
        self.backups_action.triggered.connect(self.show_backups)
        file_menu = window.findChild(QMenu, "fileMenu")
        if file_menu is not None and file_menu.actions():
            quit_action = file_menu.actions()[-1]
            file_menu.insertAction(quit_action, self.access_action)
            file_menu.insertAction(quit_action, self.backups_action)
            file_menu.insertSeparator(quit_action)

    def show_access_log(self) -> AccessLogDialog | None:
        resident_id = self._current_resident()
        if resident_id is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("SecurityMenu", "Access log"),
                QCoreApplication.translate(
                    "SecurityMenu", "Open a resident first, then choose this again."
                ),
            )
            return None
        dialog = AccessLogDialog(self.session, resident_id, self.window)
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.session, self._request_restore, self.window)
        dialog.open()
        return dialog

    def _request_restore(self, check: BackupCheck) -> None:
        self.pending_restore = check
        self._sign_out_for_restore()

    def run_after_sign_out(self) -> None:
        """Carry out a requested restore, now that the database is closed."""
        check, self.pending_restore = self.pending_restore, None
        if check is None or self.session.store.key is None:
            return
        try:
            result = restore(
                self.session.location,
                self.session.store.key,
                self.session.account,
                check.info.path,
                keys=self.session.keys,
            )
        except (ServiceError, StoreError) as error:
            QMessageBox.warning(
                None, QCoreApplication.translate("SecurityMenu", "Restore"), refusal_text(error)
            )
            return
        text = QCoreApplication.translate(
            "SecurityMenu", "The backup is now the database. The previous file was kept as {aside}."
        ).format(aside=str(result.kept_aside) if result.kept_aside else "-")
        if result.cannot_sign_in:
            text += " " + QCoreApplication.translate(
                "SecurityMenu",
                "These accounts need a new password from an administrator before they can sign "
                "in: {names}.",
            ).format(names=", ".join(result.cannot_sign_in))
        QMessageBox.information(
            None, QCoreApplication.translate("SecurityMenu", "Backup restored"), text
        )
