"""Accounts and one's own password: the administrator's list of accounts (add, new password,
switch off and on, role, unit and staff record), everyone's own password and PIN, and the
auto-lock time.

Thin over :mod:`teamdesk.services.accounts`: every check (who may, which password is good enough,
the last administrator) is the service's, and a refusal is shown as its sentence beside the
field it is about, with what was typed left in place. Account changes are not put on the undo
stack: each also rewrites the key file beside the database, which an undo of the row alone
would not put back.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.accounts import ROLE_TITLES, Account, AccountRole
from teamdesk.services.accounts import (
    AccountFieldRefused,
    AccountListing,
    AccountService,
    auto_lock_minutes,
    set_auto_lock_minutes,
)
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.signin import UserSession
from teamdesk.services.team import TeamService
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import counted, refusal_text, something_went_wrong, translate
from teamdesk.ui.common.widgets import clear_invalid, mark_invalid, named, password_rule_hint
from teamdesk.ui.people.resident_page import configure_table, select_row

log = logging.getLogger(__name__)

ACCOUNTS_TAB = "accounts"
OWN_TAB = "own"
LOCKING_TAB = "locking"


class FieldNote(QLabel):
    """A sentence beside a field: why what was typed was refused, or that it was saved."""

    def __init__(self, object_name: str, accessible_name: str) -> None:
        super().__init__()
        named(self, object_name, accessible_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def refuse(self, text: str, field: QWidget | None = None) -> None:
        self.setStyleSheet("color: #a4000f;")
        self.setText(text)
        self.show()
        if field is not None:
            mark_invalid(field, text)

    def confirm(self, text: str) -> None:
        self.setStyleSheet("color: #1d4d26;")
        self.setText(text)
        self.show()

    def clear(self) -> None:
        self.setText("")
        self.hide()


def _password_field(object_name: str, accessible_name: str) -> QLineEdit:
    field = named(QLineEdit(), object_name, accessible_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _button(text: str, object_name: str, accessible_name: str) -> QPushButton:
    button = named(QPushButton(text), object_name, accessible_name)
    # Enter in a field acts on that field's own form, never on a button of another form.
    button.setAutoDefault(False)
    return button


def _with_note(field: QWidget, note: FieldNote) -> QWidget:
    """The field with its note right below it, as one row of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    return box


def _role_combo(object_name: str, accessible_name: str) -> QComboBox:
    combo = named(QComboBox(), object_name, accessible_name)
    for role in AccountRole:
        combo.addItem(translate(ROLE_TITLES[role]), role.value)
    return combo


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class AccountsDialog(QDialog):
    """Tabs: Accounts (administrators), My password and PIN (everyone), Locking (those who
    change settings)."""

    def __init__(
        self,
        session: UserSession,
        *,
        on_auto_lock_changed: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setAccessibleName(self.tr("Accounts and passwords"))
        self.setWindowTitle(self.tr("Accounts and passwords"))
        self.session = session
        self._on_auto_lock_changed = on_auto_lock_changed
        # Asks before an account is switched off; tests answer for the person.
        self.confirm: Callable[[str], bool] = self._ask
        self.tabs = named(QTabWidget(), "accountsTabs", self.tr("Sections"))
        self._tab_index: dict[str, int] = {}
        ctx = session.ctx
        if ctx.can(Permission.MANAGE_ACCOUNTS):
            self._tab_index[ACCOUNTS_TAB] = self.tabs.addTab(
                self._accounts_tab(), self.tr("&Accounts")
            )
        self._tab_index[OWN_TAB] = self.tabs.addTab(
            self._own_tab(), self.tr("&My password and PIN")
        )
        if ctx.can(Permission.EDIT_SETTINGS):
            self._tab_index[LOCKING_TAB] = self.tabs.addTab(
                self._locking_tab(), self.tr("&Locking")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeAccounts", self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        if ACCOUNTS_TAB in self._tab_index:
            self.resize(1180, 700)
        else:
            self.resize(820, 440)
        if ACCOUNTS_TAB in self._tab_index:
            self.reload_accounts()

    # -- helpers -----------------------------------------------------------------------------

    def show_tab(self, name: str) -> bool:
        """Show the tab ``name`` (``accounts``, ``own``, ``locking``); False if not offered."""
        index = self._tab_index.get(name)
        if index is None:
            return False
        self.tabs.setCurrentIndex(index)
        return True

    def has_tab(self, name: str) -> bool:
        return name in self._tab_index

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _attempt(self, action: Callable[[], object], refused: Callable[[str, str], None]) -> bool:
        """Run a service call; a refusal goes to ``refused(sentence, field)`` ("" when the
        refusal is about no one field) and gives False."""
        try:
            action()
        except AccountFieldRefused as error:
            refused(refusal_text(error), error.field)
            return False
        except (ServiceError, StoreError) as error:
            refused(refusal_text(error), "")
            return False
        except Exception:
            log.exception("an account change failed")
            refused(something_went_wrong(), "")
            return False
        return True

    @property
    def _service(self) -> AccountService:
        # The session's account may change here (its role): a fresh context each time.
        return AccountService(self.session.ctx)

    def _refresh_own_account(self) -> None:
        """The signed-in person's account as it is now (an administrator may have changed their
        own role or name here)."""
        own: Account = self._service.account(self.session.account.id)
        self.session.account = own

    # -- the accounts tab --------------------------------------------------------------------

    def _accounts_tab(self) -> QWidget:
        tab = QWidget()
        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda a: a.account.name),
                Column(self.tr("Role"), lambda a: translate(ROLE_TITLES[a.account.role])),
                Column(self.tr("Unit"), lambda a: a.unit_name or self.tr("All units")),
                Column(self.tr("Staff record"), lambda a: a.staff_name),
                Column(self.tr("Sign-in"), self._state_text, tooltip=self._state_tooltip),
            ],
            key=lambda a: a.account.id,
            kind=self._state_kind,
            parent=self,
        )
        self.table = named(QTableView(), "accountList", self.tr("Accounts"))
        self.table.setModel(self.model)
        configure_table(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A house has tens of accounts, not thousands: the columns fit what they show.
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.count = named(QLabel(), "accountCount", self.tr("How many accounts"))
        self.count.setProperty("role", "hint")

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.count)

        forms = QWidget()
        right = QVBoxLayout(forms)
        right.setContentsMargins(0, 0, 6, 0)
        right.addWidget(self._selected_box())
        right.addWidget(self._new_account_box())
        right.addStretch(1)
        # On a small screen the forms scroll rather than squeeze their sentences.
        scroll = named(QScrollArea(), "accountForms", self.tr("Account forms"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(forms)
        scroll.setMinimumWidth(440)

        row = QHBoxLayout(tab)
        row.addLayout(left, 5)
        row.addWidget(scroll, 4)
        return tab

    def _state_text(self, listing: AccountListing) -> str:
        if not listing.account.active:
            return self.tr("Switched off")
        if not listing.has_key:
            return self.tr("Needs a new password")
        return self.tr("Can sign in")

    def _state_tooltip(self, listing: AccountListing) -> str:
        if not listing.account.active:
            return self.tr("Set a new password to switch the account on again.")
        if not listing.has_key:
            return self.tr(
                "The key file holds no key for this account (a backup from before was "
                "restored). Set a new password so the person can sign in."
            )
        return ""

    @staticmethod
    def _state_kind(listing: AccountListing) -> RowKind:
        if not listing.account.active:
            return RowKind.MUTED
        return RowKind.NORMAL if listing.has_key else RowKind.WARNING

    def _selected_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Selected account")), "selectedAccount", "")
        box.setAccessibleName(self.tr("Selected account"))
        self.selected_box = box
        self.edit_role = _role_combo("accountRole", self.tr("Role of the selected account"))
        self.edit_unit = named(QComboBox(), "accountUnit", self.tr("Unit of the selected account"))
        self.edit_staff = named(
            QComboBox(), "accountStaff", self.tr("Staff record of the selected account")
        )
        self.edit_note = FieldNote("accountEditNote", self.tr("About the role, unit or record"))
        for combo, column_name in (
            (self.edit_role, "role"),
            (self.edit_unit, "unit_id"),
            (self.edit_staff, "staff_id"),
        ):
            combo.activated.connect(lambda _i, c=column_name: self._edit_selected(c))
        self.reset_password = _password_field("resetPassword", self.tr("New password"))
        self.reset_repeat = _password_field("resetPasswordAgain", self.tr("New password again"))
        self.reset_password_note = FieldNote("resetPasswordNote", self.tr("About the new password"))
        self.reset_repeat_note = FieldNote(
            "resetPasswordAgainNote", self.tr("About the password typed again")
        )
        self.reset_button = _button(
            self.tr("Set &new password"), "resetPasswordButton", self.tr("Set new password")
        )
        self.reset_button.clicked.connect(self.set_new_password)
        self.reset_repeat.returnPressed.connect(self.set_new_password)
        self.switch_off_button = _button(
            self.tr("S&witch off…"), "deactivateAccount", self.tr("Switch the account off")
        )
        self.switch_off_button.clicked.connect(self.switch_off)
        self.selected_note = FieldNote("selectedAccountNote", self.tr("What happened"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Role:"), self.edit_role), self.edit_role)
        form.addRow(self._label(self.tr("&Unit:"), self.edit_unit), self.edit_unit)
        form.addRow(
            self._label(self.tr("Staff recor&d:"), self.edit_staff),
            _with_note(self.edit_staff, self.edit_note),
        )
        form.addRow(
            self._label(self.tr("New &password:"), self.reset_password),
            _with_note(self.reset_password, self.reset_password_note),
        )
        form.addRow(
            self._label(self.tr("Password a&gain:"), self.reset_repeat),
            _with_note(self.reset_repeat, self.reset_repeat_note),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_off_button)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(password_rule_hint("resetPasswordRule"))
        column.addLayout(buttons)
        column.addWidget(self.selected_note)
        for field in (self.reset_password, self.reset_repeat):
            field.textEdited.connect(lambda _t, f=field: self._typed(f))
        box.setEnabled(False)
        return box

    def _new_account_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("New account")), "newAccount", "")
        box.setAccessibleName(self.tr("New account"))
        self.new_name = named(QLineEdit(), "newAccountName", self.tr("Name of the new account"))
        self.new_name.setPlaceholderText(self.tr("as shown at sign-in, e.g. Kari Nordmann"))
        self.new_name_note = FieldNote("newAccountNameNote", self.tr("About the name"))
        self.new_role = _role_combo("newAccountRole", self.tr("Role of the new account"))
        _choose(self.new_role, AccountRole.STAFF.value)
        self.new_unit = named(QComboBox(), "newAccountUnit", self.tr("Unit of the new account"))
        self.new_staff = named(
            QComboBox(), "newAccountStaff", self.tr("Staff record of the new account")
        )
        self.new_unit.currentIndexChanged.connect(lambda _i: self._fill_new_staff())
        self.new_password = _password_field("newAccountPassword", self.tr("First password"))
        self.new_password_note = FieldNote("newAccountPasswordNote", self.tr("About the password"))
        self.new_repeat = _password_field("newAccountPasswordAgain", self.tr("Password again"))
        self.new_repeat_note = FieldNote(
            "newAccountPasswordAgainNote", self.tr("About the password typed again")
        )
        self.create_button = _button(
            self.tr("&Create account"), "createAccount", self.tr("Create account")
        )
        self.create_button.clicked.connect(self.create_account)
        self.new_repeat.returnPressed.connect(self.create_account)
        self.new_note = FieldNote("newAccountNote", self.tr("What happened"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(self.tr("Nam&e:"), self.new_name),
            _with_note(self.new_name, self.new_name_note),
        )
        form.addRow(self._label(self.tr("R&ole:"), self.new_role), self.new_role)
        form.addRow(self._label(self.tr("Un&it:"), self.new_unit), self.new_unit)
        form.addRow(self._label(self.tr("Staf&f record:"), self.new_staff), self.new_staff)
        form.addRow(
            self._label(self.tr("First pa&ssword:"), self.new_password),
            _with_note(self.new_password, self.new_password_note),
        )
        form.addRow(
            self._label(self.tr("Password again:"), self.new_repeat),
            _with_note(self.new_repeat, self.new_repeat_note),
        )
        hint = QLabel(
            self.tr(
                "Give the password to the person in private; they can change it under My "
                "password and PIN."
            )
        )
        hint.setObjectName("newAccountHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(password_rule_hint("newAccountPasswordRule"))
        column.addLayout(form)
        column.addWidget(hint)
        column.addLayout(buttons)
        column.addWidget(self.new_note)
        for field in (self.new_name, self.new_password, self.new_repeat):
            field.textEdited.connect(lambda _t, f=field: self._typed(f))
        return box

    # Mnemonics: the tabs take A, M and L; within a tab every letter is used once.
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _typed(self, field: QLineEdit) -> None:
        """Typing into a refused field takes the refusal away (its note goes with it)."""
        clear_invalid(field)
        notes = {
            self.new_name: self.new_name_note,
            self.new_password: self.new_password_note,
            self.new_repeat: self.new_repeat_note,
            self.reset_password: self.reset_password_note,
            self.reset_repeat: self.reset_repeat_note,
        }
        note = notes.get(field)
        if note is not None:
            note.clear()

    def _fill_units(self, combo: QComboBox, chosen: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("All units"), None)
        for unit in self._units:
            combo.addItem(unit.name, unit.id)
        _choose(combo, chosen)

    def _fill_staff(self, combo: QComboBox, unit_id: str | None, chosen: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("No staff record"), None)
        try:
            staff = self._service.staff_choices(unit_id)
        except (ServiceError, StoreError) as error:
            self.edit_note.refuse(refusal_text(error))
            staff = []
        for member in staff:
            combo.addItem(member.name, member.id)
        if chosen is not None and combo.findData(chosen) < 0:
            # A record that is no longer a choice (switched off, another unit) still shows.
            combo.addItem(self.tr("(a record no longer offered)"), chosen)
        _choose(combo, chosen)

    def _fill_new_staff(self) -> None:
        self._fill_staff(self.new_staff, self.new_unit.currentData(), self.new_staff.currentData())

    def reload_accounts(self, select: str | None = None) -> None:
        """Read the accounts again; keeps (or moves to ``select``) the selected account."""
        keep = select or self.selected_id()
        try:
            listing = self._service.listing()
            self._units = TeamService(self.session.ctx).units()
        except (ServiceError, StoreError) as error:
            self.new_note.refuse(refusal_text(error))
            return
        self.model.set_rows(listing)
        off = sum(1 for a in listing if not a.account.active)
        self.count.setText(
            counted(
                self.tr("%n account(s), {off} switched off.", "", len(listing)), len(listing)
            ).format(off=off)
            if off
            else counted(self.tr("%n account(s).", "", len(listing)), len(listing))
        )
        if self.new_unit.count() == 0:
            self._fill_units(self.new_unit, None)
            self._fill_new_staff()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            select_row(self.table, row)
        self._show_selected()

    def selected_id(self) -> str | None:
        if not hasattr(self, "table"):
            return None
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        listing: AccountListing = self.model.row_at(index.row())
        return listing.account.id

    def selected(self) -> AccountListing | None:
        account_id = self.selected_id()
        return self.model.find(account_id) if account_id else None

    def _show_selected(self) -> None:
        listing = self.selected()
        self.selected_box.setEnabled(listing is not None)
        self.edit_note.clear()
        if listing is None:
            self.selected_box.setTitle(self.tr("Selected account"))
            return
        account = listing.account
        if self.selected_box.property("account") != account.id:
            # Another account: what was typed for the last one is not meant for this one.
            self.selected_box.setProperty("account", account.id)
            for field in (self.reset_password, self.reset_repeat):
                field.clear()
                self._typed(field)
            self.selected_note.clear()
        self.selected_box.setTitle(self.tr("Selected account: {name}").format(name=account.name))
        _choose(self.edit_role, account.role.value)
        self._fill_units(self.edit_unit, account.unit_id)
        self._fill_staff(self.edit_staff, account.unit_id, account.staff_id)
        if account.active:
            self.reset_button.setText(self.tr("Set &new password"))
            self.reset_button.setAccessibleName(self.tr("Set new password"))
        else:
            self.reset_button.setText(self.tr("Switch o&n with this password"))
            self.reset_button.setAccessibleName(self.tr("Switch on with this password"))
        self.switch_off_button.setEnabled(account.active)

    def _edit_selected(self, field: str) -> None:
        listing = self.selected()
        if listing is None:
            return
        account = listing.account
        combos = {"role": self.edit_role, "unit_id": self.edit_unit, "staff_id": self.edit_staff}
        combo = combos[field]
        value = combo.currentData()
        stored = account.role.value if field == "role" else getattr(account, field)
        if value == stored:
            return
        changes: dict[str, object] = {field: value}
        if field == "unit_id" and account.staff_id is not None:
            self._fill_staff(self.edit_staff, value, account.staff_id)

        def refused(text: str, _field: str) -> None:
            self._show_selected()  # back to what is stored
            self.edit_note.refuse(text, combo)

        if self._attempt(lambda: self._service.update_account(account.id, **changes), refused):
            self._after_own_change(account.id)
            self.reload_accounts(account.id)
            self.selected_note.confirm(self.tr("Saved."))

    def set_new_password(self) -> None:
        """Give the selected account a new password (and switch it on if it was off)."""
        listing = self.selected()
        if listing is None:
            return
        account = listing.account
        password, again = self.reset_password.text(), self.reset_repeat.text()
        self.selected_note.clear()
        if password != again:
            self.reset_repeat_note.refuse(
                self.tr("The two passwords are not the same. Type the password again."),
                self.reset_repeat,
            )
            return

        def refused(text: str, field: str) -> None:
            if field == "password":
                self.reset_password_note.refuse(text, self.reset_password)
            else:
                self.selected_note.refuse(text)

        if not self._attempt(lambda: self._service.reset_password(account.id, password), refused):
            return
        for field in (self.reset_password, self.reset_repeat):
            field.clear()
        self.reload_accounts(account.id)
        self.selected_note.confirm(
            self.tr("{name} can sign in with the new password now.").format(name=account.name)
            if account.active
            else self.tr(
                "{name} is switched on again and can sign in with the new password."
            ).format(name=account.name)
        )

    def switch_off(self) -> None:
        """Stop the selected account from signing in (asks first)."""
        listing = self.selected()
        if listing is None or not listing.account.active:
            return
        account = listing.account
        question = self.tr(
            "Switch off {name}? They can no longer sign in. Their name stays in the access log; "
            "a new password switches the account on again."
        ).format(name=account.name)
        if not self.confirm(question):
            return

        def refused(text: str, _field: str) -> None:
            self.selected_note.refuse(text)

        if self._attempt(lambda: self._service.deactivate(account.id), refused):
            self.reload_accounts(account.id)
            self.selected_note.confirm(
                self.tr("{name} is switched off and can no longer sign in.").format(
                    name=account.name
                )
            )

    def create_account(self) -> None:
        """Create the account typed in the New account form."""
        self.new_note.clear()
        name = self.new_name.text()
        password, again = self.new_password.text(), self.new_repeat.text()
        if password != again:
            self.new_repeat_note.refuse(
                self.tr("The two passwords are not the same. Type the password again."),
                self.new_repeat,
            )
            return
        role = AccountRole(str(self.new_role.currentData()))
        unit_id = self.new_unit.currentData()
        staff_id = self.new_staff.currentData()
        created: list[str | None] = []

        def refused(text: str, field: str) -> None:
            if field == "name":
                self.new_name_note.refuse(text, self.new_name)
            elif field == "password":
                self.new_password_note.refuse(text, self.new_password)
            else:
                self.new_note.refuse(text)

        def create() -> None:
            outcome = self._service.create_account(
                name, role, password, unit_id=unit_id, staff_id=staff_id
            )
            created.append(outcome.row_id)

        if not self._attempt(create, refused):
            return
        for field in (self.new_name, self.new_password, self.new_repeat):
            field.clear()
        self.reload_accounts(created[0])
        self.new_note.confirm(
            self.tr("{name} can sign in now, with the password you gave.").format(
                name=" ".join(name.split())
            )
        )

    def _after_own_change(self, account_id: str) -> None:
        if account_id == self.session.account.id:
            self._refresh_own_account()

    # -- one's own password and PIN ------------------------------------------------------------

    def _own_tab(self) -> QWidget:
        tab = QWidget()
        who = QLabel(self.tr("You are signed in as {name}.").format(name=self.session.account.name))
        who.setObjectName("ownAccountName")

        password_box = named(QGroupBox(self.tr("Change my password")), "ownPasswordBox", "")
        password_box.setAccessibleName(self.tr("Change my password"))
        self.own_current = _password_field("ownCurrentPassword", self.tr("Current password"))
        self.own_current_note = FieldNote(
            "ownCurrentPasswordNote", self.tr("About the current password")
        )
        self.own_new = _password_field("ownNewPassword", self.tr("New password"))
        self.own_new_note = FieldNote("ownNewPasswordNote", self.tr("About the new password"))
        self.own_repeat = _password_field("ownNewPasswordAgain", self.tr("New password again"))
        self.own_repeat_note = FieldNote(
            "ownNewPasswordAgainNote", self.tr("About the password typed again")
        )
        self.change_password_button = _button(
            self.tr("C&hange my password"), "changeOwnPassword", self.tr("Change my password")
        )
        self.change_password_button.clicked.connect(self.change_own_password)
        self.own_repeat.returnPressed.connect(self.change_own_password)
        self.own_password_note = FieldNote("ownPasswordNote", self.tr("What happened"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(self.tr("&Current password:"), self.own_current),
            _with_note(self.own_current, self.own_current_note),
        )
        form.addRow(
            self._label(self.tr("&New password:"), self.own_new),
            _with_note(self.own_new, self.own_new_note),
        )
        form.addRow(
            self._label(self.tr("New password a&gain:"), self.own_repeat),
            _with_note(self.own_repeat, self.own_repeat_note),
        )
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addStretch(1)
        column = QVBoxLayout(password_box)
        column.addWidget(password_rule_hint("ownPasswordRule"))
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.own_password_note)

        pin_box = named(QGroupBox(self.tr("PIN for unlocking")), "ownPinBox", "")
        pin_box.setAccessibleName(self.tr("PIN for unlocking"))
        pin_hint = QLabel(
            self.tr(
                "A PIN of 4 to 8 digits opens your locked window again while TeamDesk stays "
                "open. It is kept in memory only, never saved, so set it again after each "
                "sign-in. After 5 wrong PINs the password is needed. To sign in, the password "
                "is always needed."
            )
        )
        pin_hint.setObjectName("ownPinHint")
        pin_hint.setProperty("role", "hint")
        pin_hint.setWordWrap(True)
        self.pin_state = named(QLabel(), "ownPinState", self.tr("Whether you have a PIN"))
        self.own_pin = _password_field("ownPin", self.tr("PIN"))
        self.own_pin.setMaxLength(8)
        self.own_pin_note = FieldNote("ownPinNote", self.tr("About the PIN"))
        self.own_pin_repeat = _password_field("ownPinAgain", self.tr("PIN again"))
        self.own_pin_repeat.setMaxLength(8)
        self.own_pin_repeat_note = FieldNote(
            "ownPinAgainNote", self.tr("About the PIN typed again")
        )
        self.set_pin_button = _button(self.tr("&Set my PIN"), "setOwnPin", self.tr("Set my PIN"))
        self.set_pin_button.clicked.connect(self.set_own_pin)
        self.own_pin_repeat.returnPressed.connect(self.set_own_pin)
        self.clear_pin_button = _button(
            self.tr("&Remove my PIN"), "clearOwnPin", self.tr("Remove my PIN")
        )
        self.clear_pin_button.clicked.connect(self.clear_own_pin)
        self.own_pin_result = FieldNote("ownPinResult", self.tr("What happened"))
        pin_form = QFormLayout()
        pin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pin_form.addRow(
            self._label(self.tr("&PIN:"), self.own_pin), _with_note(self.own_pin, self.own_pin_note)
        )
        pin_form.addRow(
            self._label(self.tr("P&IN again:"), self.own_pin_repeat),
            _with_note(self.own_pin_repeat, self.own_pin_repeat_note),
        )
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.set_pin_button)
        pin_row.addWidget(self.clear_pin_button)
        pin_row.addStretch(1)
        pin_column = QVBoxLayout(pin_box)
        pin_column.addWidget(pin_hint)
        pin_column.addWidget(self.pin_state)
        pin_column.addLayout(pin_form)
        pin_column.addLayout(pin_row)
        pin_column.addWidget(self.own_pin_result)

        for field, note in (
            (self.own_current, self.own_current_note),
            (self.own_new, self.own_new_note),
            (self.own_repeat, self.own_repeat_note),
            (self.own_pin, self.own_pin_note),
            (self.own_pin_repeat, self.own_pin_repeat_note),
        ):
            field.textEdited.connect(lambda _t, f=field, n=note: self._retyped(f, n))

        boxes = QHBoxLayout()
        boxes.addWidget(password_box, 1)
        boxes.addWidget(pin_box, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(who)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self._show_pin_state()
        return tab

    @staticmethod
    def _retyped(field: QLineEdit, note: FieldNote) -> None:
        clear_invalid(field)
        note.clear()

    def _show_pin_state(self) -> None:
        has_pin = self.session.has_pin
        self.pin_state.setText(
            self.tr("You have a PIN.") if has_pin else self.tr("You have no PIN yet.")
        )
        self.clear_pin_button.setEnabled(has_pin)

    def change_own_password(self) -> None:
        self.own_password_note.clear()
        current, new, again = self.own_current.text(), self.own_new.text(), self.own_repeat.text()
        if new != again:
            self.own_repeat_note.refuse(
                self.tr("The two new passwords are not the same. Type the new password again."),
                self.own_repeat,
            )
            return

        def refused(text: str, field: str) -> None:
            if field == "current_password":
                self.own_current_note.refuse(text, self.own_current)
            elif field == "password":
                self.own_new_note.refuse(text, self.own_new)
            else:
                self.own_password_note.refuse(text)

        if self._attempt(lambda: self._service.change_own_password(current, new), refused):
            for field in (self.own_current, self.own_new, self.own_repeat):
                field.clear()
            self.own_password_note.confirm(
                self.tr("Your password is changed. Use the new one from now on.")
            )

    def set_own_pin(self) -> None:
        self.own_pin_result.clear()
        pin, again = self.own_pin.text(), self.own_pin_repeat.text()
        if pin != again:
            self.own_pin_repeat_note.refuse(
                self.tr("The two PINs are not the same. Type the PIN again."), self.own_pin_repeat
            )
            return

        def refused(text: str, field: str) -> None:
            if field == "pin":
                self.own_pin_note.refuse(text, self.own_pin)
            else:
                self.own_pin_result.refuse(text)

        if self._attempt(lambda: self.session.set_pin(pin), refused):
            for field in (self.own_pin, self.own_pin_repeat):
                field.clear()
            self._show_pin_state()
            self.own_pin_result.confirm(
                self.tr("Your PIN is set. It opens your window after it locks.")
            )

    def clear_own_pin(self) -> None:
        self.own_pin_result.clear()

        def refused(text: str, _field: str) -> None:
            self.own_pin_result.refuse(text)

        if self._attempt(lambda: self.session.clear_pin(), refused):
            self._show_pin_state()
            self.own_pin_result.confirm(
                self.tr("Your PIN is removed. A locked window now asks for your password.")
            )

    # -- the auto-lock setting -----------------------------------------------------------------

    def _locking_tab(self) -> QWidget:
        tab = QWidget()
        self.auto_lock = named(
            QSpinBox(), "autoLockMinutes", self.tr("Minutes without use before the window locks")
        )
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setMaximumWidth(160)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        # Saved when the person is done (Enter, leaving the field, an arrow click), not per key.
        self.auto_lock.setKeyboardTracking(False)
        with contextlib.suppress(ServiceError, StoreError):
            self.auto_lock.setValue(auto_lock_minutes(self.session.ctx))
        self.auto_lock.valueChanged.connect(self.save_auto_lock)
        self.auto_lock_note = FieldNote("autoLockNote", self.tr("About the auto-lock time"))
        hint = QLabel(
            self.tr(
                "On a shared PC the window locks itself after this many minutes without a key "
                "press or mouse movement, for everyone who signs in here. Ctrl+L locks at once."
            )
        )
        hint.setObjectName("autoLockHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(
            self._label(self.tr("Lock the window a&fter:"), self.auto_lock),
            _with_note(self.auto_lock, self.auto_lock_note),
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def save_auto_lock(self, minutes: int) -> None:
        def refused(text: str, _field: str) -> None:
            self.auto_lock_note.refuse(text, self.auto_lock)

        if self._attempt(lambda: set_auto_lock_minutes(self.session.ctx, minutes), refused):
            clear_invalid(self.auto_lock)
            self.auto_lock_note.confirm(
                counted(
                    self.tr("Saved: the window locks after %n minute(s) without use.", "", minutes),
                    minutes,
                )
            )
            if self._on_auto_lock_changed is not None:
                self._on_auto_lock_changed(minutes)


class AccountsMenu(QObject):
    """Adds "Accounts…" (administrators) and "My password and PIN…" (everyone) to the main
    window's File menu; both open :class:`AccountsDialog`. Lives as long as the window."""

    def __init__(
        self,
        window: QMainWindow,
        session: UserSession,
        on_auto_lock_changed: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("accountsMenu")
        self.window = window
        self.session = session
        self._on_auto_lock_changed = on_auto_lock_changed
        self.accounts_action = QAction(
            QCoreApplication.translate("AccountsMenu", "A&ccounts…"), window
        )
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.setEnabled(session.ctx.can(Permission.MANAGE_ACCOUNTS))
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
            self.session, on_auto_lock_changed=self._on_auto_lock_changed, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_tab(tab)
        dialog.open()
        return dialog
