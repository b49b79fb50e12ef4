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
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.access_log import ACTION_TITLES, AccessEvent, AccessLogService
from teamdesk.services.bootstrap import another_context
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.recovery import (
    BackupCheck,
    Restored,
    checked_backups,
    restore,
    take_backup,
)
from teamdesk.services.signin import UserSession
from teamdesk.ui.common.export_flow import choose_save_path, initials, remember_folder
from teamdesk.ui.common.operations import (
    BusyIndicator,
    Operation,
    Operations,
    Progress,
    on_own_connection,
    wait_for,
)
from teamdesk.ui.common.text import format_moment, refusal_text, translate

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
            return format_moment(event.at)
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
        self._open_context = lambda: another_context(session.ctx)
        self.ops = Operations(
            lambda sentence: QMessageBox.warning(self, self.windowTitle(), sentence), self
        )
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
        layout.addWidget(BusyIndicator(self.ops))
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

    def export(self, _checked: bool = False, path: Path | None = None) -> Operation[int] | None:
        """Write the log as filtered to a PDF, off the GUI thread; a second click while it
        is written does nothing. Returns the running operation (None when nothing started)."""
        if self.ops.running("export"):
            return None
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
        resident_id, target, open_context = self.resident_id, path, self._open_context
        return self.ops.run(
            "export",
            self.tr("Writing {file}…").format(file=target.name),
            on_own_connection(
                open_context,
                lambda ctx: AccessLogService(ctx).export_pdf(
                    resident_id,
                    target,
                    person=person,
                    since=since,
                    until=until,
                    translate=translate,
                ),
            ),
            lambda _pages: remember_folder("access-log", target.parent),
        )

    def done(self, result: int) -> None:
        self.ops.finish_all()  # a log being written is finished first, never left half
        super().done(result)


class BackupsDialog(QDialog):
    """The backups with their checks; back up now; restore one (administrators).

    Checking decrypts every backup, and a backup copies the whole database: both run off the
    GUI thread (:mod:`teamdesk.ui.common.operations`), the dialog saying what runs. Closing the
    dialog stops the checking between two backups and waits for a backup being taken.
    """

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
        self.ops = Operations(self._warn, self)
        self._stale = False  # the list changed while it was being checked
        self._closing = False
        self.checks: list[BackupCheck] = []
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.model = _BackupsModel()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.busy = BusyIndicator(self.ops)
        self.now_button = QPushButton(self.tr("&Back up now"))
        self.now_button.setObjectName("backupNow")
        self.now_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(session.ctx.can(Permission.RESTORE_BACKUPS))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.reload()

    def _warn(self, sentence: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), sentence)

    def reload(self) -> None:
        """Check every backup again, in the background; the list fills when done."""
        if self.ops.running("check"):
            self._stale = True
            return
        location, key = self.session.location, self.session.store.key or b""

        def check(progress: Progress) -> list[BackupCheck]:
            def step(done: int, total: int) -> None:
                progress.check()  # closing the dialog stops between two backups
                progress.report(done, total)

            return checked_backups(location, key, step)

        self.ops.run(
            "check",
            self.tr("Checking the backups…"),
            check,
            self._show_checks,
            on_cancel=self._checked,
            cancellable=True,
        )

    def _show_checks(self, checks: list[BackupCheck]) -> None:
        self.checks = checks
        self.model.replace(checks)
        self.table.resizeColumnsToContents()
        self._checked()

    def _checked(self) -> None:
        if self._stale and not self._closing:
            self._stale = False
            self.reload()

    def back_up(self) -> None:
        """Take a backup now, in the background; a second click while it runs does nothing."""
        if self.ops.running("back-up"):
            return
        user = self.session
        backups = user.location.backups
        self.ops.run(
            "back-up",
            self.tr("Taking a backup…"),
            on_own_connection(
                lambda: another_context(user.ctx), lambda ctx: take_backup(ctx, backups)
            ),
            lambda _path: self.reload(),
        )

    def done(self, result: int) -> None:
        """Closing stops the checking and waits for a backup being taken (never half)."""
        self._closing = True
        self.ops.finish_all()
        super().done(result)

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
            ).format(taken=format_moment(check.info.taken_at)),
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
            format_moment(check.info.taken_at),
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
        """Carry out a requested restore, now that the database is closed: off the GUI thread
        (it copies and checks the whole file), with a box saying so, waiting until it is done
        (the program must not start again on a half-restored folder)."""
        check, self.pending_restore = self.pending_restore, None
        if check is None or self.session.store.key is None:
            return
        title = QCoreApplication.translate("SecurityMenu", "Restore")
        session, key = self.session, self.session.store.key
        ops = Operations(lambda sentence: QMessageBox.warning(None, title, sentence))
        box = QProgressDialog()
        box.setObjectName("restoreProgress")
        box.setWindowTitle(title)
        box.setLabelText(QCoreApplication.translate("SecurityMenu", "Restoring the backup…"))
        box.setCancelButton(None)  # a restore half-way is finished or undone, never stopped
        box.setRange(0, 0)
        box.setMinimumDuration(0)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.show()
        operation = ops.run(
            "restore",
            box.labelText(),
            lambda _progress: restore(
                session.location, key, session.account, check.info.path, keys=session.keys
            ),
            self._restored,
        )
        wait_for(operation)
        box.close()
        box.deleteLater()
        ops.deleteLater()

    def _restored(self, result: Restored) -> None:
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
