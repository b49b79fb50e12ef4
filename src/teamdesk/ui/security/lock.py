"""Locking a signed-in window: after N minutes without input, with Ctrl+L, or from the menu.

Locking hides the views first (the central widget is taken out of the window, the docks, the
status bar and other open windows are hidden, the menus switched off) and only then shows the
lock screen, all in one pass of the event loop, so nothing of the data is drawn while locked.
The same person re-opens it with their PIN (five wrong and the password is needed) or their
password; anyone else uses "Switch user", which signs the person out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.signin import PasswordChecked, UserSession
from teamdesk.ui.common.operations import BusyIndicator, Operations
from teamdesk.ui.common.text import refusal_text

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockScreen(QWidget):
    """What a locked window shows: who is signed in, a PIN or password field, Switch user."""

    def __init__(self, controller: LockController) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("TeamDesk is locked"))
        self.controller = controller
        session = controller.session
        self.title = QLabel(
            self.tr("TeamDesk is locked. {name} is signed in.").format(name=session.account.name)
        )
        self.title.setObjectName("lockTitle")
        self.title.setStyleSheet("font-size: 16pt;")
        self.prompt = QLabel()
        self.secret = QLineEdit()
        self.secret.setObjectName("lockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(280)
        self.secret.returnPressed.connect(self.unlock)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("&Switch user…"))
        switch.setObjectName("lockSwitchUser")
        switch.clicked.connect(controller.switch_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(switch)
        buttons.addStretch(1)
        # The password is checked on a worker thread (Argon2 takes a second or so): the screen
        # keeps painting and says what it does meanwhile.
        self.ops = Operations(self._refused, self)
        self.busy = BusyIndicator(self.ops, self)
        self._closing = False
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.prompt, self.secret, self.error, self.busy):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Ask for the PIN while it may be used, else for the password."""
        if self.controller.session.pin_allowed:
            self.prompt.setText(self.tr("Type your &PIN to continue:"))
            self.secret.setAccessibleName(self.tr("PIN"))
        else:
            self.prompt.setText(self.tr("Type your &password to continue:"))
            self.secret.setAccessibleName(self.tr("Password"))
        self.prompt.setBuddy(self.secret)

    def unlock(self) -> None:
        if self.ops.busy:  # a second Enter while the password is checked
            return
        text = self.secret.text()
        self.secret.clear()
        session = self.controller.session
        if not session.pin_allowed:
            self._set_waiting(True)
            self.ops.run(
                "unlock",
                self.tr("Checking the password…"),
                lambda _progress: session.check_password(text),
                self._password_checked,
            )
            return
        try:
            session.unlock_with_pin(text)
        except (ServiceError, StoreError) as error:
            self._refused(refusal_text(error))
            return
        self.controller.reveal()

    def close_down(self) -> None:
        """The session ends (Switch user, the window closes): a password still being checked
        is waited for and its outcome dropped, so nothing re-opens a session being closed."""
        self._closing = True
        self.ops.finish_all()

    def _password_checked(self, checked: PasswordChecked) -> None:
        if self._closing:
            return
        self._set_waiting(False)
        try:
            self.controller.session.unlock_checked(checked)
        except (ServiceError, StoreError) as error:
            self._refused(refusal_text(error))
            return
        self.controller.reveal()

    def _refused(self, sentence: str) -> None:
        if self._closing:
            return
        self._set_waiting(False)
        self.error.setText(sentence)
        self.error.show()
        self.refresh()
        self.secret.setFocus()

    def _set_waiting(self, waiting: bool) -> None:
        self.secret.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)


class LockController(QObject):
    """Watches for input, locks after ``minutes`` idle or on Ctrl+L, and unlocks."""

    locked_now = Signal()
    """The window was just locked (sync sends what was done before it)."""

    def __init__(
        self,
        window: QMainWindow,
        session: UserSession,
        minutes: int,
        on_switch_user: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._on_switch_user = on_switch_user
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        self._hidden: list[QWidget] = []
        self._body: QWidget | None = None
        self.screen: LockScreen | None = None
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.switch_action = QAction(self.tr("S&witch user…"), window)
        self.switch_action.setObjectName("switchUserAction")
        self.switch_action.triggered.connect(self.switch_user)
        window.addAction(self.lock_action)
        beside_name = getattr(window, "switch_user_button", None)
        if isinstance(beside_name, QPushButton):
            # Beside the signed-in person's name in the status bar: one click away.
            beside_name.clicked.connect(lambda _checked=False: self.switch_user())
            beside_name.show()
        file_menu = window.findChild(QMenu, "fileMenu")
        if file_menu is not None and file_menu.actions():
            quit_action = file_menu.actions()[-1]
            file_menu.insertAction(quit_action, self.lock_action)
            file_menu.insertAction(quit_action, self.switch_action)
            file_menu.insertSeparator(quit_action)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        """Use a new auto-lock time from now on (the setting was changed while signed in)."""
        self.timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Hide every view of the data, then show the lock screen."""
        if self.locked:
            return
        self.timer.stop()
        window = self.window
        settle = getattr(window, "settle_operations", None)
        if callable(settle):
            settle()  # a document being written is finished and shown before the lock
        # First hide: nothing is drawn until the event loop runs again.
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and not isinstance(w, QMenu)
        ]
        self._hidden += [d for d in window.findChildren(QDockWidget) if d.isVisible()]
        if window.statusBar().isVisible():
            self._hidden.append(window.statusBar())
        for widget in self._hidden:
            widget.hide()
        self._body = window.takeCentralWidget()
        if self._body is not None:
            self._body.hide()
        window.menuBar().setEnabled(False)
        self.screen = LockScreen(self)
        window.setCentralWidget(self.screen)
        self.screen.secret.setFocus()
        self.session.lock()
        self.locked_now.emit()

    def reveal(self) -> None:
        """Put the views back after the person unlocked."""
        if self.screen is None:
            return
        window = self.window
        window.takeCentralWidget()
        # Hidden at once: until it is deleted it must not count as an open window to hide
        # (and show again) at the next lock.
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        if self._body is not None:
            window.setCentralWidget(self._body)
            self._body.show()
            self._body = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        window.menuBar().setEnabled(True)
        self.timer.start()

    def switch_user(self) -> None:
        """Lock at once, then hand over to sign-in for someone else; text typed and not
        saved is first saved or discarded as the person says (or the switch is cancelled)."""
        settle = getattr(self.window, "settle_drafts", None)
        if callable(settle) and not settle():
            return
        self.lock()
        if self.screen is not None:
            self.screen.close_down()
        self._on_switch_user()

    def stop(self) -> None:
        self.timer.stop()
        if self.screen is not None:
            self.screen.close_down()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
