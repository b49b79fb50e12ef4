"""The administrator's tab of "Accounts and passwords": the list of accounts with who can sign in,
the selected account (role, unit, staff record, a new password, switch off) and a new account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.accounts import ROLE_TITLES, AccountRole
from teamdesk.domain.team import Unit
from teamdesk.services.accounts import AccountListing, AccountService
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.rekey import key_replacement_refusal
from teamdesk.services.signin import UserSession
from teamdesk.services.team import TeamService
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import counted, refusal_text, tr_message, translate
from teamdesk.ui.common.widgets import (
    clear_invalid,
    configure_table,
    named,
    password_rule_hint,
    select_row,
)
from teamdesk.ui.security.account_forms import (
    FieldNote,
    attempt,
    buddy_label,
    button,
    choose,
    password_field,
    role_combo,
    with_note,
)
from teamdesk.ui.security.key_replacement import KeyReplacementFlow


class AccountsTab(QWidget):
    """Every account: add one, give a new password, switch off, change role, unit or record."""

    def __init__(
        self,
        session: UserSession,
        key_replacement: KeyReplacementFlow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTab")
        self.session = session
        # Asks before an account is switched off; tests answer for the person.
        self.confirm: Callable[[str], bool] = self._ask
        # Offers to replace the database key after an account is switched off (tests answer).
        self.offer_key_replacement: Callable[[str], bool] = self._ask_key_replacement
        self.key_replacement = key_replacement
        if key_replacement is not None:
            key_replacement.started.connect(self._key_replacement_started)
            key_replacement.finished.connect(self._key_replacement_finished)
        self._units: list[Unit] = []
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
        self.key_note = FieldNote("keyReplacementNote", self.tr("About the database key"))

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.count)
        left.addWidget(self.key_note)

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

        row = QHBoxLayout(self)
        row.addLayout(left, 5)
        row.addWidget(scroll, 4)
        self.reload_accounts()

    @property
    def _service(self) -> AccountService:
        # The session's account may change here (its role): a fresh context each time.
        return AccountService(self.session.ctx)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.window().windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_key_replacement(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(), text, parent=self)
        box.setObjectName("keyReplacementOffer")
        replace: QAbstractButton = box.addButton(
            self.tr("&Replace the key now"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.exec()
        return box.clickedButton() is replace

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
        self.edit_role = role_combo("accountRole", self.tr("Role of the selected account"))
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
        self.reset_password = password_field("resetPassword", self.tr("New password"))
        self.reset_repeat = password_field("resetPasswordAgain", self.tr("New password again"))
        self.reset_password_note = FieldNote("resetPasswordNote", self.tr("About the new password"))
        self.reset_repeat_note = FieldNote(
            "resetPasswordAgainNote", self.tr("About the password typed again")
        )
        self.reset_button = button(
            self.tr("Set &new password"), "resetPasswordButton", self.tr("Set new password")
        )
        self.reset_button.clicked.connect(self.set_new_password)
        self.reset_repeat.returnPressed.connect(self.set_new_password)
        self.switch_off_button = button(
            self.tr("S&witch off…"), "deactivateAccount", self.tr("Switch the account off")
        )
        self.switch_off_button.clicked.connect(self.switch_off)
        self.selected_note = FieldNote("selectedAccountNote", self.tr("What happened"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label(self.tr("&Role:"), self.edit_role), self.edit_role)
        form.addRow(buddy_label(self.tr("&Unit:"), self.edit_unit), self.edit_unit)
        form.addRow(
            buddy_label(self.tr("Staff recor&d:"), self.edit_staff),
            with_note(self.edit_staff, self.edit_note),
        )
        form.addRow(
            buddy_label(self.tr("New &password:"), self.reset_password),
            with_note(self.reset_password, self.reset_password_note),
        )
        form.addRow(
            buddy_label(self.tr("Password a&gain:"), self.reset_repeat),
            with_note(self.reset_repeat, self.reset_repeat_note),
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
        self.new_role = role_combo("newAccountRole", self.tr("Role of the new account"))
        choose(self.new_role, AccountRole.STAFF.value)
        self.new_unit = named(QComboBox(), "newAccountUnit", self.tr("Unit of the new account"))
        self.new_staff = named(
            QComboBox(), "newAccountStaff", self.tr("Staff record of the new account")
        )
        self.new_unit.currentIndexChanged.connect(lambda _i: self._fill_new_staff())
        self.new_password = password_field("newAccountPassword", self.tr("First password"))
        self.new_password_note = FieldNote("newAccountPasswordNote", self.tr("About the password"))
        self.new_repeat = password_field("newAccountPasswordAgain", self.tr("Password again"))
        self.new_repeat_note = FieldNote(
            "newAccountPasswordAgainNote", self.tr("About the password typed again")
        )
        self.create_button = button(
            self.tr("&Create account"), "createAccount", self.tr("Create account")
        )
        self.create_button.clicked.connect(self.create_account)
        self.new_repeat.returnPressed.connect(self.create_account)
        self.new_note = FieldNote("newAccountNote", self.tr("What happened"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            buddy_label(self.tr("Nam&e:"), self.new_name),
            with_note(self.new_name, self.new_name_note),
        )
        form.addRow(buddy_label(self.tr("R&ole:"), self.new_role), self.new_role)
        form.addRow(buddy_label(self.tr("Un&it:"), self.new_unit), self.new_unit)
        form.addRow(buddy_label(self.tr("Staf&f record:"), self.new_staff), self.new_staff)
        form.addRow(
            buddy_label(self.tr("First pa&ssword:"), self.new_password),
            with_note(self.new_password, self.new_password_note),
        )
        form.addRow(
            buddy_label(self.tr("Password again:"), self.new_repeat),
            with_note(self.new_repeat, self.new_repeat_note),
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
        choose(combo, chosen)

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
        choose(combo, chosen)

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
        choose(self.edit_role, account.role.value)
        self._fill_units(self.edit_unit, account.unit_id)
        self._fill_staff(self.edit_staff, account.unit_id, account.staff_id)
        if account.active:
            self.reset_button.setText(self.tr("Set &new password"))
            self.reset_button.setAccessibleName(self.tr("Set new password"))
        else:
            self.reset_button.setText(self.tr("Switch o&n with this password"))
            self.reset_button.setAccessibleName(self.tr("Switch on with this password"))
        self.switch_off_button.setEnabled(listing.may_switch_off)

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

        if attempt(lambda: self._service.update_account(account.id, **changes), refused):
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

        if not attempt(lambda: self._service.reset_password(account.id, password), refused):
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

        if attempt(lambda: self._service.deactivate(account.id), refused):
            self.reload_accounts(account.id)
            self.selected_note.confirm(
                self.tr("{name} is switched off and can no longer sign in.").format(
                    name=account.name
                )
            )
            self.offer_to_replace_key(account.name)

    def offer_to_replace_key(self, name: str) -> None:
        """After ``name`` was switched off: offer to replace the database key, or say why it
        cannot be replaced here."""
        if self.key_replacement is None:
            return
        self.key_note.clear()
        why = self.tr(
            "A copy of the key file {name} may have kept still opens the database, and any "
            "copy of the database they took, even though they can no longer sign in."
        ).format(name=name)
        refusal = key_replacement_refusal(self.session)
        if refusal is not None:
            self.key_note.refuse(f"{why} {tr_message(refusal)}")
            return
        question = self.tr(
            "{why} Replace the database key now, so that their copy opens nothing? Everyone "
            "else signs in as before. This PC does not sync with other PCs, so no other PC "
            "is affected. TeamDesk must be closed on other PCs and in other windows first; "
            "you stay signed in here."
        ).format(why=why)
        if self.offer_key_replacement(question):
            self.key_replacement.start()

    def _key_replacement_started(self) -> None:
        # Nothing here may touch the database while its connection is closed.
        self.window().setEnabled(False)

    def _key_replacement_finished(self, replaced: bool, text: str) -> None:
        self.window().setEnabled(True)
        if replaced:
            self.key_note.confirm(text)
        else:
            self.key_note.refuse(text)
        if not self.session.store.closed:
            self.reload_accounts()

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

        if not attempt(create, refused):
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
        """The signed-in person's account as it is now (an administrator may have changed
        their own role or name here)."""
        if account_id == self.session.account.id:
            self.session.account = self._service.account(account_id)
