"""Accounts and one's own password: the administrator's list of accounts (add, new password,
switch off and on, role, unit and staff record), everyone's own password and PIN, and the
auto-lock time.

A dialog over one widget per tab (:mod:`accounts_tab`, :mod:`own_account_tab`,
:mod:`locking_tab`); which tabs a person gets is the service's
:class:`~teamdesk.services.accounts.AccountRights`. Thin over :mod:`teamdesk.services.accounts`:
every check (who may, which password is good enough, the last administrator) is the service's,
and a refusal is shown as its sentence beside the field it is about, with what was typed left in
place. Account changes are not put on the undo stack: each also rewrites the key file beside the
database, which an undo of the row alone would not put back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.accounts import AccountService
from teamdesk.services.signin import UserSession
from teamdesk.ui.common.operations import BusyIndicator, Operations
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.common.widgets import named
from teamdesk.ui.security.accounts_tab import AccountsTab
from teamdesk.ui.security.key_replacement import KeyReplacementFlow
from teamdesk.ui.security.locking_tab import LockingTab
from teamdesk.ui.security.own_account_tab import OwnAccountTab

ACCOUNTS_TAB = "accounts"
OWN_TAB = "own"
LOCKING_TAB = "locking"


class AccountsDialog(QDialog):
    """Tabs: Accounts (administrators), My password and PIN (everyone), Locking (those who
    change settings)."""

    def __init__(
        self,
        session: UserSession,
        *,
        on_auto_lock_changed: Callable[[int], None] | None = None,
        operations: Operations | None = None,
        before_key_replacement: Callable[[], None] | None = None,
        on_session_lost: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``operations`` runs the re-key (the window's, so that locking and closing wait
        for it; the dialog's own without one), ``before_key_replacement`` finishes what the
        window runs on other connections, ``on_session_lost`` takes the person back to the
        sign-in screen when the database could not be opened again."""
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setAccessibleName(self.tr("Accounts and passwords"))
        self.setWindowTitle(self.tr("Accounts and passwords"))
        self.session = session
        self.tabs = named(QTabWidget(), "accountsTabs", self.tr("Sections"))
        self._tab_index: dict[str, int] = {}
        rights = AccountService(session.ctx).rights()
        self.accounts: AccountsTab | None = None
        self.locking: LockingTab | None = None
        self.operations = operations or Operations(lambda _text: None, self)
        self.key_replacement: KeyReplacementFlow | None = None
        self._before_key_replacement = before_key_replacement
        if rights.may_manage_accounts:
            self.key_replacement = KeyReplacementFlow(
                session,
                self.operations,
                before=self._settle_before_key_replacement,
                on_lost=on_session_lost,
                parent=self,
            )
            self.accounts = AccountsTab(session, self.key_replacement)
            self._tab_index[ACCOUNTS_TAB] = self.tabs.addTab(self.accounts, self.tr("&Accounts"))
        self.own = OwnAccountTab(session)
        self._tab_index[OWN_TAB] = self.tabs.addTab(self.own, self.tr("&My password and PIN"))
        if rights.may_change_locking:
            self.locking = LockingTab(session, on_auto_lock_changed)
            self._tab_index[LOCKING_TAB] = self.tabs.addTab(self.locking, self.tr("&Locking"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeAccounts", self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(BusyIndicator(self.operations, self))
        layout.addWidget(buttons)
        if self.accounts is not None:
            self.resize(1180, 700)
        else:
            self.resize(820, 440)

    def done(self, result: int) -> None:
        if self.key_replacement is not None and self.key_replacement.running:
            return  # the database is closed until the re-key ends; it ends by itself
        # A password change still running is finished first: its key file is written whole.
        self.own.settle()
        super().done(result)

    def _settle_before_key_replacement(self) -> None:
        """What runs on connections of its own ends first (the window's work, a password
        change here), or the re-key would find the database open."""
        if self._before_key_replacement is not None:
            self._before_key_replacement()
        self.own.settle()

    def show_tab(self, name: str) -> bool:
        """Show the tab ``name`` (``accounts``, ``own``, ``locking``); False if not offered."""
        index = self._tab_index.get(name)
        if index is None:
            return False
        self.tabs.setCurrentIndex(index)
        return True

    def has_tab(self, name: str) -> bool:
        return name in self._tab_index


class AccountsMenu(QObject):
    """Adds "Accounts…" (administrators) and "My password and PIN…" (everyone) to the main
    window's File menu; both open :class:`AccountsDialog`. Lives as long as the window."""

    def __init__(
        self,
        window: QMainWindow,
        session: UserSession,
        on_auto_lock_changed: Callable[[int], None] | None = None,
        *,
        operations: Operations | None = None,
        before_key_replacement: Callable[[], None] | None = None,
        on_session_lost: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("accountsMenu")
        self.window = window
        self.session = session
        self._on_auto_lock_changed = on_auto_lock_changed
        self._operations = operations
        self._before_key_replacement = before_key_replacement
        self._on_session_lost = on_session_lost
        self.accounts_action = QAction(
            QCoreApplication.translate("AccountsMenu", "A&ccounts…"), window
        )
        self.accounts_action.setObjectName("accountsAction")
        why_not = AccountService(session.ctx).rights().why_not_manage_accounts
        self.accounts_action.setEnabled(why_not is None)
        self.accounts_action.setToolTip(tr_message(why_not) if why_not is not None else "")
        self.accounts_action.triggered.connect(lambda: self.show(ACCOUNTS_TAB))
        self.own_action = QAction(
            QCoreApplication.translate("AccountsMenu", "My &password and PIN…"), window
        )
        self.own_action.setObjectName("ownPasswordAction")
        self.own_action.triggered.connect(lambda: self.show(OWN_TAB))
        file_menu = window.findChild(QMenu, "fileMenu")
        if file_menu is not None and file_menu.actions():
            quit_action = file_menu.actions()[-1]
            file_menu.insertAction(quit_action, self.accounts_action)
            file_menu.insertAction(quit_action, self.own_action)
            file_menu.insertSeparator(quit_action)

    def show(self, tab: str) -> AccountsDialog:
        dialog = AccountsDialog(
            self.session,
            on_auto_lock_changed=self._on_auto_lock_changed,
            operations=self._operations,
            before_key_replacement=self._before_key_replacement,
            on_session_lost=self._on_session_lost,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_tab(tab)
        dialog.open()
        return dialog
