"""The door to the data: first-run set-up of the first administrator, and the sign-in screen.

Both are thin: they collect a name and a password and call :mod:`teamdesk.services.signin`.
A damaged database found at sign-in offers to restore the newest sound backup, or to quit; the
damaged file is never written to (the restore keeps it aside).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.accounts import ROLE_TITLES, person_labels
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import DatabaseCorruptError, NotATeamDeskDatabaseError, StoreError
from teamdesk.services.locations import DataLocation, keyring_path
from teamdesk.ui.common.operations import BusyIndicator, Operations, Progress, wait_for
from teamdesk.ui.common.text import format_moment, refusal_text, tr_message, translate
from teamdesk.ui.common.widgets import password_rule_hint

if TYPE_CHECKING:
    from teamdesk.services.recovery import BackupCheck, Restored
    from teamdesk.services.signin import SignInName, UserSession

# Signing in, setting up and restoring (SQLCipher, the crypto libraries, Argon2, the write
# path) are imported where they are used: the sign-in screen is on screen first, and they
# load while the person finds their name (see SignInDialog's ``load_later``).

ENV_USER = "TEAMDESK_USER"
WARM_UP_DELAY_MS = 50
ENV_PASSWORD = "TEAMDESK_PASSWORD"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signInError")
    label.setAccessibleName(QApplication.translate("SignIn", "What went wrong"))
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4000f;")
    label.hide()
    return label


def _password_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class FirstRunDialog(QDialog):
    """Set up an empty data folder: the first administrator's name and password."""

    def __init__(self, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Set up TeamDesk"))
        self.location = location
        self.session: UserSession | None = None
        intro = QLabel(
            self.tr(
                "Welcome. This data folder is empty:\n{folder}\n\nCreate the first "
                "administrator. They can then add accounts for everyone else. The data is "
                "encrypted; it opens only with a password."
            ).format(folder=str(location.directory))
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("setUpName")
        self.name.setAccessibleName(self.tr("Your name"))
        self.password = _password_field("setUpPassword", self.tr("Password"))
        self.repeat = _password_field("setUpRepeat", self.tr("Password again"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.repeat)
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create administrator and open")
        )
        buttons.accepted.connect(self.set_up)
        buttons.rejected.connect(self.reject)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # A PC of a house that already exists joins it from the shared folder instead.
        self.join_button = QPushButton(self.tr("&Join a house from a shared folder…"))
        self.join_button.setObjectName("joinHouseButton")
        self.join_button.clicked.connect(lambda _checked=False: self.join_house())
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ops = Operations(self._refused, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(password_rule_hint("setUpPasswordRule"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(BusyIndicator(self.ops))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._quitting = False

    def set_up(self) -> None:
        """Create the administrator and the database in the background (the password's key
        derivation takes a second or more); a second click while it runs does nothing."""
        if self.password.text() != self.repeat.text():
            self._show(self.tr("The two passwords are not the same. Type them again."))
            return
        if self.ops.running("set-up"):
            return
        from teamdesk.services.signin import set_up_first_administrator

        location, name, password = self.location, self.name.text(), self.password.text()
        self.error.hide()
        self.create_button.setEnabled(False)
        self.ops.run(
            "set-up",
            self.tr("Setting up…"),
            lambda _progress: set_up_first_administrator(location, name, password),
            self._set_up,
        )

    def join_house(self) -> None:
        """Join a house another PC published (the dialog is imported only when asked for, so
        the sign-in screen stays quick to show)."""
        from teamdesk.ui.sync.house_dialogs import JoinHouseDialog

        dialog = JoinHouseDialog(self.location, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session is not None:
            self.session = dialog.session
            self.accept()

    def _set_up(self, session: UserSession) -> None:
        self.create_button.setEnabled(True)
        if self._quitting:
            session.sign_out()  # the person chose Cancel meanwhile; the folder is set up
            return
        self.session = session
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.create_button.setEnabled(True)
        self._show(sentence)

    def done(self, result: int) -> None:
        self._quitting = result != QDialog.DialogCode.Accepted
        self.ops.finish_all()
        super().done(result)

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class SignInDialog(QDialog):
    """Pick your name, type your password. In the demo the shared password is shown.

    With ``load_later`` the screen shows at once and lists the names a moment later (the
    sign-in machinery, SQLCipher and the crypto libraries are imported meanwhile, and what a
    killed TeamDesk left half-done is finished first); if the folder turns out to need
    something other than a sign-in, the dialog ends with :attr:`RECHECK`.
    """

    RECHECK = 2

    def __init__(
        self,
        location: DataLocation,
        *,
        demo: bool = False,
        names: list[SignInName] | None = None,
        parent: QWidget | None = None,
        daily_backup: bool = True,
        load_later: bool = False,
        warm_up: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._daily_backup = daily_backup
        self._demo = demo
        self._warm_up = warm_up
        self.names_loaded = False
        self.setWindowTitle(
            self.tr("Sign in to TeamDesk — DEMO") if demo else self.tr("Sign in to TeamDesk")
        )
        self.location = location
        self.session: UserSession | None = None
        self._quitting = False
        self.names = QListWidget()
        self.names.setObjectName("signInNames")
        self.names.setAccessibleName(self.tr("Who are you?"))
        self.password = _password_field("signInPassword", self.tr("Password"))
        # One click on one's name and the password is next: switching user takes two actions.
        self.names.itemActivated.connect(lambda _item: self.password.setFocus())
        self.names.itemClicked.connect(lambda _item: self.password.setFocus())
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("&Who are you?"))
        who.setBuddy(self.names)
        layout.addWidget(who)
        layout.addWidget(self.names)
        if demo:
            from teamdesk.services.bootstrap import DEMO_PASSWORD, demo_accounts

            hint = QLabel(
                self.tr(
                    "This is the demo, with fictional people. Every demo account has the "
                    "password <b>{password}</b>. Roles: {roles}."
                ).format(
                    password=DEMO_PASSWORD,
                    # The names are data (the command line signs in with them); the role
                    # each stands for is said in the person's language.
                    roles=", ".join(
                        f"{name} ({translate(ROLE_TITLES[role]).lower()})"
                        for name, role in demo_accounts(translate)
                    ),
                )
            )
            hint.setObjectName("demoPasswordHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.password.setText(DEMO_PASSWORD)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        layout.addWidget(password_label)
        layout.addWidget(self.password)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.names.currentRowChanged.connect(lambda _row: self.error.hide())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Unwrapping the key (Argon2id) and opening the database take a second or more: off
        # the GUI thread, with "Signing in…" shown (see teamdesk.ui.common.operations).
        self.ops = Operations(self.show_error, self)
        self.busy = BusyIndicator(self.ops)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.password.setFocus()
        if load_later:
            waiting = QListWidgetItem(self.tr("Finding the accounts…"))
            waiting.setFlags(Qt.ItemFlag.NoItemFlags)
            self.names.addItem(waiting)
            self.sign_in_button.setEnabled(False)
        else:
            from teamdesk.services.signin import sign_in_names

            self._fill_names(names if names is not None else sign_in_names(location))
        # The names are looked up once the screen has been drawn (see paintEvent).
        self.load_on_paint = load_later

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.load_on_paint:
            # After this first drawing is on screen: a timer set at show() could run before
            # the window system shows the window, and the screen would wait for the imports.
            self.load_on_paint = False
            QTimer.singleShot(0, self.ensure_names)

    def ensure_names(self) -> None:
        """List the names now if they are not listed yet (the folder is first brought to a
        sound state); ends the dialog with :attr:`RECHECK` when the folder is not ready for a
        sign-in after all, or cannot be read (the start-up then says why)."""
        if self.names_loaded or self.result() == self.RECHECK:
            return
        from teamdesk.services.signin import FolderState, folder_state, sign_in_names

        try:
            ready = folder_state(self.location) is FolderState.READY
            names = sign_in_names(self.location) if ready else []
        except (ServiceError, StoreError, OSError):
            ready = False
        if not ready:
            self.done(self.RECHECK)
            return
        self.names.clear()
        self.sign_in_button.setEnabled(True)
        self._fill_names(names)

    def _fill_names(self, names: list[SignInName]) -> None:
        # Two accounts made apart on two PCs may share a name: the start of each one's id
        # tells them apart (and an administrator can rename one).
        labels = person_labels((entry.account_id, entry.name) for entry in names)
        for entry in names:
            item = QListWidgetItem(labels[entry.account_id])
            item.setData(Qt.ItemDataRole.UserRole, entry.account_id)
            self.names.addItem(item)
        self.names_loaded = True
        if self._demo:
            from teamdesk.services.bootstrap import (
                DANISH_DEMO_ACCOUNTS,
                DEMO_ACCOUNTS,
                demo_accounts,
            )

            # The language's demo first; a demo folder made in the other language still opens.
            for accounts in (demo_accounts(translate), DEMO_ACCOUNTS, DANISH_DEMO_ACCOUNTS):
                leader = self.names.findItems(accounts[1][0], Qt.MatchFlag.MatchExactly)
                if leader:
                    self.names.setCurrentItem(leader[0])
                    break
        elif self.names.count():
            self.names.setCurrentRow(0)
        if self._warm_up is not None:
            # What comes after sign-in (the main window's modules) is imported while the
            # person types, a moment after the names show.
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm)

    def _warm(self) -> None:
        # Never beside a sign-in already running: two threads importing the same modules can
        # meet in the import machinery's locks. (A sign-in asked for meanwhile waits the
        # import's few hundred milliseconds: this runs on the window's thread.)
        warm_up, self._warm_up = self._warm_up, None
        if warm_up is not None and not self.ops.busy and self.session is None:
            warm_up()

    def chosen_account(self) -> str | None:
        item = self.names.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def sign_in(self) -> None:
        """Sign in with the chosen name and the typed password, in the background; a second
        click (or Enter) while it runs does nothing."""
        account = self.chosen_account() if self.names_loaded else None
        if account is None:
            self.show_error(self.tr("Choose your name in the list first."))
            return
        if self.ops.running("sign-in"):
            return
        location, password = self.location, self.password.text()
        daily_backup = self._daily_backup
        from teamdesk.services.signin import sign_in

        def job(_progress: Progress) -> UserSession | DatabaseCorruptError:
            try:
                return sign_in(location, account, password, daily_backup=daily_backup)
            except DatabaseCorruptError as damaged:
                return damaged  # the choice to restore is asked on the GUI thread

        self.error.hide()
        self.sign_in_button.setEnabled(False)
        self.ops.run(
            "sign-in",
            self.tr("Signing in…"),
            job,
            lambda outcome: self._signed_in(outcome, account, password),
            on_failure=self._refused,
        )

    def _signed_in(
        self, outcome: UserSession | DatabaseCorruptError, account: str, password: str
    ) -> None:
        self.sign_in_button.setEnabled(True)
        if self._quitting:
            if not isinstance(outcome, DatabaseCorruptError):
                outcome.sign_out()  # the person chose Quit meanwhile
            return
        if isinstance(outcome, DatabaseCorruptError):
            if offer_restore(self, self.location, account, password, outcome):
                QTimer.singleShot(0, self.sign_in)  # once this sign-in has ended
            return
        self.session = outcome
        self._tell_trust_warnings()
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.selectAll()
        self.show_error(sentence)

    def _tell_trust_warnings(self) -> None:
        """Say so when the account's role did not verify and the session is limited (issue 9);
        leaders and administrators also see it in the warnings panel."""
        if self.session is None or not self.session.trust_warnings:
            return
        box = QMessageBox(self)
        box.setObjectName("trustWarnings")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Your role could not be confirmed"))
        box.setText("\n\n".join(tr_message(m) for m in self.session.trust_warnings))
        box.exec()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        # Quit while signing in: wait for it (a second or two) and close what it opened.
        self._quitting = result != QDialog.DialogCode.Accepted
        self.ops.finish_all()
        self.password.clear()
        super().done(result)


def offer_restore(
    parent: SignInDialog, location: DataLocation, account: str, password: str, error: StoreError
) -> bool:
    """The damaged-database choice: restore the newest sound backup, or quit. Returns True
    when a backup was restored."""
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabase")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("SignInDialog", "The database is damaged"))
    box.setText(refusal_text(error))
    restore_button = box.addButton(
        QApplication.translate("SignInDialog", "Restore the newest sound backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QApplication.translate("SignInDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        parent.reject()
        return False

    from teamdesk.services.recovery import newest_sound_backup, restore, unlock_offline_keys

    def job(_progress: Progress) -> tuple[BackupCheck, Restored] | None:
        # Unwrapping the key, checking backups and copying one in: seconds, off the GUI thread.
        unlocked = unlock_offline_keys(location, account, password, Permission.READ_RESIDENTS)
        newest = newest_sound_backup(location.backups, unlocked.key)
        if newest is None:
            return None
        restored = restore(
            location,
            unlocked.key,
            unlocked.account,
            newest.info.path,
            because_damaged=True,
            keys=unlocked.keys,
        )
        return newest, restored

    outcome: list[tuple[BackupCheck, Restored] | None] = []
    wait_for(
        parent.ops.run(
            "restore",
            QApplication.translate("SignInDialog", "Restoring the newest sound backup…"),
            job,
            outcome.append,
            on_failure=parent.show_error,
        )
    )
    if not outcome:
        return False  # refused: the sentence is shown
    if outcome[0] is None:
        parent.show_error(
            QApplication.translate(
                "SignInDialog",
                "There is no sound backup in {folder}. The damaged file was left as it "
                "was; ask your IT contact for help.",
            ).format(folder=str(location.backups))
        )
        return False
    newest, result = outcome[0]
    QMessageBox.information(
        parent,
        QApplication.translate("SignInDialog", "Backup restored"),
        QApplication.translate(
            "SignInDialog",
            "The backup from {taken} is now the database. The damaged file was kept as {aside}.",
        ).format(
            taken=format_moment(newest.info.taken_at),
            aside=str(result.kept_aside) if result.kept_aside else "-",
        ),
    )
    return True


def obtain_session(
    location: DataLocation,
    *,
    demo: bool,
    smoke_test: bool,
    parent: QWidget | None = None,
    shown: Callable[[], None] | None = None,
    warm_up: Callable[[], None] | None = None,
) -> UserSession | None:
    """Set up or sign in to ``location``; None when the person chose to quit.

    Raises a StoreError with its sentence for a folder that cannot be opened at all. The smoke
    test signs in without a person, through the real sign-in screen (``shown`` is called once
    it is on screen, for the start-up measurement): the demo's leader, or ``TEAMDESK_USER``
    with ``TEAMDESK_PASSWORD`` (setting up a new folder with them as its administrator).
    """
    if _looks_ready(location):
        # The usual start: the screen first, the names a moment later.
        if smoke_test:
            session = _smoke_test_sign_in(
                location, demo, shown or (lambda: None), later=True, warm_up=warm_up
            )
            if session is not None:
                return session
        else:
            dialog = SignInDialog(
                location, demo=demo, parent=parent, load_later=True, warm_up=warm_up
            )
            result = dialog.exec()
            if result != SignInDialog.RECHECK:
                return dialog.session if result == QDialog.DialogCode.Accepted else None
    from teamdesk.services.signin import FolderState, folder_state, set_up_first_administrator

    state = folder_state(location)
    if state is FolderState.KEYS_MISSING:
        raise NotATeamDeskDatabaseError(
            location.database,
            f"there is no key file ({keyring_path(location.database).name}) beside it, so it "
            "cannot be opened",
        )
    if smoke_test:
        if state is FolderState.NEW:
            user, password = _smoke_test_credentials(demo)
            (shown or (lambda: None))()
            return set_up_first_administrator(location, user, password)
        found = _smoke_test_sign_in(location, demo, shown or (lambda: None), later=False)
        assert found is not None  # only a screen that loads its names later asks to re-check
        return found
    if state is FolderState.NEW:
        first = FirstRunDialog(location, parent)
        return first.session if first.exec() == QDialog.DialogCode.Accepted else None
    dialog = SignInDialog(location, demo=demo, parent=parent)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None


def _looks_ready(location: DataLocation) -> bool:
    """A database with its key file beside it: a sign-in, most likely (checked for real once
    the screen shows; anything else ends it with RECHECK)."""
    return location.database.is_file() and keyring_path(location.database).is_file()


def _smoke_test_credentials(demo: bool) -> tuple[str, str]:
    if demo:
        from teamdesk.services.bootstrap import DEMO_PASSWORD, demo_accounts

        return demo_accounts(translate)[1][0], DEMO_PASSWORD
    env_user, env_password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    if not env_user or env_password is None:
        raise ServiceError(_needs_credentials())
    return env_user, env_password


def _smoke_test_sign_in(
    location: DataLocation,
    demo: bool,
    shown: Callable[[], None],
    *,
    later: bool,
    warm_up: Callable[[], None] | None = None,
) -> UserSession | None:
    """Sign in through the real screen as a person would; None when the screen found the
    folder needs something else (``later`` only)."""
    user, password = _smoke_test_credentials(demo)
    dialog = SignInDialog(
        location, demo=demo, daily_backup=False, load_later=later, warm_up=warm_up
    )
    dialog.load_on_paint = False  # looked up below, once the drawn screen has been timed
    dialog.show()
    QApplication.processEvents()
    shown()
    dialog.ensure_names()
    if dialog.result() == SignInDialog.RECHECK:
        return None
    found = dialog.names.findItems(user, Qt.MatchFlag.MatchExactly)
    if not found:
        raise ServiceError(
            Message(
                N_("The smoke test cannot sign in: there is no account named {name} here."),
                {"name": user},
            )
        )
    dialog.names.setCurrentItem(found[0])
    dialog.password.setText(password)
    # As a person would: Sign in, in the background; a refusal ends the smoke test.
    refused: list[str] = []

    def watch() -> None:
        if dialog.error.isVisible() and not dialog.ops.running("sign-in"):
            refused.append(dialog.error.text())
            dialog.reject()

    watcher = QTimer(dialog)
    watcher.timeout.connect(watch)
    watcher.start(50)
    QTimer.singleShot(0, dialog.sign_in)
    dialog.exec()
    watcher.stop()
    if dialog.session is None:
        raise ServiceError(
            Message(
                N_("The smoke test could not sign in: {reason}"),
                {"reason": refused[0] if refused else ""},
            )
        )
    return dialog.session


def _needs_credentials() -> Message:
    return Message(
        N_(
            "The smoke test signs in without a person: set TEAMDESK_USER and "
            "TEAMDESK_PASSWORD, or use --demo."
        )
    )
