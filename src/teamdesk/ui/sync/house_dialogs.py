"""Publishing the house, joining a PC to it and retiring a PC, in the program (issue 11).

An administrator publishes the house to a shared folder (File > Publish this house…) and retires
a lost PC (File > Retire a PC…); on a new PC, the set-up screen offers to join a house from a
shared folder instead of starting an empty one. The work runs off the GUI thread through the
operations helper; refusals are the services' sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.errors import ServiceError, StoreError
from teamdesk.services.joining import join_house
from teamdesk.services.locations import DataLocation
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.services.sync import HousePc, PublishReport, RetireReport, SyncService
from teamdesk.ui.common.operations import BusyIndicator, Operations, Progress, on_own_connection
from teamdesk.ui.common.text import counted, refusal_text

if TYPE_CHECKING:
    from teamdesk.ui.session import Session

ROLE_REPLICA = Qt.ItemDataRole.UserRole


class HouseActions(QObject):
    """File > Publish this house… and File > Retire a PC…, for administrators."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        add: Callable[[QAction], None],
    ) -> None:
        super().__init__(window)
        self.setObjectName("houseActions")
        self.window = window
        self.session = session
        self.publish_action = QAction(self.tr("&Publish this house to a folder…"), window)
        self.publish_action.setObjectName("publishHouseAction")
        self.publish_action.triggered.connect(lambda _checked=False: self.publish())
        self.retire_action = QAction(self.tr("&Retire a PC…"), window)
        self.retire_action.setObjectName("retirePcAction")
        self.retire_action.triggered.connect(lambda _checked=False: self.retire())
        may = session.ctx.can(Permission.MANAGE_ACCOUNTS)
        for action in (self.publish_action, self.retire_action):
            action.setEnabled(may)
            action.setVisible(may)
            add(action)

    def choose_folder(self) -> str:
        """The folder to publish to (a folder dialog; tests answer for the person)."""
        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose the shared folder to publish the house to")
        )

    def publish(self, folder: str | None = None) -> bool:
        """Publish the house to ``folder`` (asked for when None) in the background."""
        chosen = folder if folder is not None else self.choose_folder()
        if not chosen:
            return False

        def done(report: PublishReport) -> None:
            self.session.told.emit(
                self.tr(
                    'The house is published to {folder}. On a new PC, choose "Join a house '
                    'from a shared folder" when TeamDesk first starts there, and sign in as an '
                    "administrator."
                ).format(folder=chosen)
            )
            del report

        def work(ctx: ServiceContext) -> PublishReport:
            return SyncService(ctx).publish(chosen)

        started = self.session.ops.run(
            "publish-house",
            self.tr("Publishing the house…"),
            on_own_connection(self.session.worker_context, work),
            done,
        )
        return started is not None

    def retire(self) -> None:
        dialog = RetirePcDialog(self.session, self.window)
        dialog.exec()


class RetirePcDialog(QDialog):
    """Choose a PC of the house to retire, with what that does and does not do."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retirePcDialog")
        self.setWindowTitle(self.tr("Retire a PC"))
        self.session = session
        self.result_report: RetireReport | None = None
        intro = QLabel(
            self.tr(
                "Retire a PC that was lost, stolen or given away. What it synced so far stays. "
                "The house gets a new key that PC does not have, so it cannot read what is "
                "written afterwards, and what it sends later is refused. It keeps what it "
                "already had: if an administrator signed in on it, have their password reset "
                "and retire it again. Also remove its access to the shared folder."
            )
        )
        intro.setWordWrap(True)
        self.pcs = QListWidget()
        self.pcs.setObjectName("retirePcList")
        self.pcs.setAccessibleName(self.tr("The house's other PCs"))
        self.error = QLabel()
        self.error.setObjectName("retirePcError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.hide()
        self.ops = Operations(self._refused, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retire_button = QPushButton(self.tr("Retire this PC"))
        self.retire_button.setObjectName("retirePcButton")
        self.retire_button.setEnabled(False)
        buttons.addButton(self.retire_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retire_button.clicked.connect(lambda _checked=False: self.retire_chosen())
        buttons.rejected.connect(self.reject)
        self.pcs.currentItemChanged.connect(
            lambda item, _old: self.retire_button.setEnabled(item is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pcs)
        layout.addWidget(self.error)
        layout.addWidget(BusyIndicator(self.ops))
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.load()

    def load(self) -> None:
        self.pcs.clear()
        try:
            known: list[HousePc] = SyncService(self.session.ctx).pcs()
        except (ServiceError, StoreError) as error:
            self._refused(refusal_text(error))
            return
        for pc in known:
            name = pc.name or self.tr("(has not sent changes yet)")
            text = f"{name} — {pc.replica_id}"
            if pc.retired:
                text += " " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(ROLE_REPLICA, pc.replica_id)
            self.pcs.addItem(item)
        if not known:
            self._refused(
                self.tr("No other PC has synced with this one yet. Sync first (File > Sync now).")
            )

    def confirm(self, name: str) -> bool:
        """Ask before retiring; tests answer for the person."""
        answer = QMessageBox.question(
            self,
            self.tr("Retire a PC"),
            self.tr("Retire {pc}? This cannot be undone; the PC can join again later.").format(
                pc=name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def retire_chosen(self) -> bool:
        item = self.pcs.currentItem()
        if item is None or self.ops.running("retire-pc"):
            return False
        replica = str(item.data(ROLE_REPLICA))
        if not self.confirm(item.text()):
            return False
        self.error.hide()
        self.retire_button.setEnabled(False)

        def work(ctx: ServiceContext) -> RetireReport:
            return SyncService(ctx).retire_pc(replica)

        self.ops.run(
            "retire-pc",
            self.tr("Retiring the PC and giving the house a new key…"),
            on_own_connection(self.session.worker_context, work),
            self._retired,
        )
        return True

    def _retired(self, report: RetireReport) -> None:
        self.result_report = report
        text = counted(
            self.tr(
                "{pc} is retired. The house has a new key, given to %n other PC(s) and the "
                "administrators.",
                "",
                report.pcs_with_key,
            ),
            report.pcs_with_key,
        ).format(pc=report.name or report.replica_id)
        if report.pcs_without_key:
            text += " " + self.tr(
                "These PCs get it when an administrator signs in there and syncs: {pcs}."
            ).format(pcs=", ".join(report.pcs_without_key))
        self.session.told.emit(text)
        self.load()

    def _refused(self, sentence: str) -> None:
        self.retire_button.setEnabled(self.pcs.currentItem() is not None)
        self.error.setText(sentence)
        self.error.show()

    def done(self, result: int) -> None:
        self.ops.finish_all()
        super().done(result)


class JoinHouseDialog(QDialog):
    """On a new PC: join a house another PC published to a shared folder, as an administrator
    of that house; the person is then signed in."""

    def __init__(self, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinHouseDialog")
        self.setWindowTitle(self.tr("Join a house"))
        self.location = location
        self.session: UserSession | None = None
        intro = QLabel(
            self.tr(
                "Make this PC one of a house's PCs. An administrator published the house to a "
                "shared folder; choose that folder and sign in as an administrator of the house. "
                "Everyone can then sign in here with their own password."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setObjectName("joinFolder")
        self.folder.setAccessibleName(self.tr("Shared folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("joinBrowse")
        browse.clicked.connect(lambda _checked=False: self._browse())
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setObjectName("joinName")
        self.name.setAccessibleName(self.tr("Administrator's name"))
        self.password = QLineEdit()
        self.password.setObjectName("joinPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Shared &folder:"), row)
        form.addRow(self.tr("Administrator's &name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("joinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.join_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("Join this PC and sign in"))
        self.join_button.setObjectName("joinButton")
        buttons.accepted.connect(self.join)
        buttons.rejected.connect(self.reject)
        self.ops = Operations(self._refused, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(BusyIndicator(self.ops))
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._quitting = False

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared folder the house was published to")
        )
        if chosen:
            self.folder.setText(chosen)

    def join(self) -> None:
        """Join in the background (the password's key derivation and the copy take seconds);
        a second click while it runs does nothing."""
        if self.ops.running("join"):
            return
        location = self.location
        folder, name, password = self.folder.text(), self.name.text(), self.password.text()
        self.error.hide()
        self.join_button.setEnabled(False)

        def job(_progress: Progress) -> UserSession:
            join_house(location, folder, name, password)
            return sign_in(location, name, password)

        self.ops.run("join", self.tr("Joining the house…"), job, self._joined)

    def _joined(self, session: UserSession) -> None:
        self.join_button.setEnabled(True)
        if self._quitting:
            session.sign_out()  # the person chose Cancel meanwhile; the PC has joined
            return
        self.session = session
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.join_button.setEnabled(True)
        self.error.setText(sentence)
        self.error.show()

    def done(self, result: int) -> None:
        self._quitting = result != QDialog.DialogCode.Accepted
        self.ops.finish_all()
        super().done(result)
