"""Everyone's tab of "Accounts and passwords": one's own password, and the PIN that opens a
locked window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamdesk.services.accounts import AccountFieldRefused, AccountService
from teamdesk.services.bootstrap import another_context
from teamdesk.services.signin import UserSession
from teamdesk.ui.common.operations import BusyIndicator, Operations, Progress
from teamdesk.ui.common.text import refusal_text
from teamdesk.ui.common.widgets import clear_invalid, named, password_rule_hint
from teamdesk.ui.security.account_forms import (
    FieldNote,
    attempt,
    buddy_label,
    button,
    password_field,
    with_note,
)


class OwnAccountTab(QWidget):
    """My password and PIN."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownAccountTab")
        self.session = session
        who = QLabel(self.tr("You are signed in as {name}.").format(name=self.session.account.name))
        who.setObjectName("ownAccountName")

        password_box = named(QGroupBox(self.tr("Change my password")), "ownPasswordBox", "")
        password_box.setAccessibleName(self.tr("Change my password"))
        self.own_current = password_field("ownCurrentPassword", self.tr("Current password"))
        self.own_current_note = FieldNote(
            "ownCurrentPasswordNote", self.tr("About the current password")
        )
        self.own_new = password_field("ownNewPassword", self.tr("New password"))
        self.own_new_note = FieldNote("ownNewPasswordNote", self.tr("About the new password"))
        self.own_repeat = password_field("ownNewPasswordAgain", self.tr("New password again"))
        self.own_repeat_note = FieldNote(
            "ownNewPasswordAgainNote", self.tr("About the password typed again")
        )
        self.change_password_button = button(
            self.tr("C&hange my password"), "changeOwnPassword", self.tr("Change my password")
        )
        self.change_password_button.clicked.connect(self.change_own_password)
        self.own_repeat.returnPressed.connect(self.change_own_password)
        self.own_password_note = FieldNote("ownPasswordNote", self.tr("What happened"))
        # The old password is checked and the new one hashed with Argon2 (a second or two) on a
        # worker thread with a connection of its own: the dialog keeps answering meanwhile.
        self.ops = Operations(self.own_password_note.refuse, self)
        self.password_busy = BusyIndicator(self.ops, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            buddy_label(self.tr("&Current password:"), self.own_current),
            with_note(self.own_current, self.own_current_note),
        )
        form.addRow(
            buddy_label(self.tr("&New password:"), self.own_new),
            with_note(self.own_new, self.own_new_note),
        )
        form.addRow(
            buddy_label(self.tr("New password a&gain:"), self.own_repeat),
            with_note(self.own_repeat, self.own_repeat_note),
        )
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addStretch(1)
        column = QVBoxLayout(password_box)
        column.addWidget(password_rule_hint("ownPasswordRule"))
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.own_password_note)
        column.addWidget(self.password_busy)

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
        self.own_pin = password_field("ownPin", self.tr("PIN"))
        self.own_pin.setMaxLength(8)
        self.own_pin_note = FieldNote("ownPinNote", self.tr("About the PIN"))
        self.own_pin_repeat = password_field("ownPinAgain", self.tr("PIN again"))
        self.own_pin_repeat.setMaxLength(8)
        self.own_pin_repeat_note = FieldNote(
            "ownPinAgainNote", self.tr("About the PIN typed again")
        )
        self.set_pin_button = button(self.tr("&Set my PIN"), "setOwnPin", self.tr("Set my PIN"))
        self.set_pin_button.clicked.connect(self.set_own_pin)
        self.own_pin_repeat.returnPressed.connect(self.set_own_pin)
        self.clear_pin_button = button(
            self.tr("&Remove my PIN"), "clearOwnPin", self.tr("Remove my PIN")
        )
        self.clear_pin_button.clicked.connect(self.clear_own_pin)
        self.own_pin_result = FieldNote("ownPinResult", self.tr("What happened"))
        pin_form = QFormLayout()
        pin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pin_form.addRow(
            buddy_label(self.tr("&PIN:"), self.own_pin), with_note(self.own_pin, self.own_pin_note)
        )
        pin_form.addRow(
            buddy_label(self.tr("P&IN again:"), self.own_pin_repeat),
            with_note(self.own_pin_repeat, self.own_pin_repeat_note),
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
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self._show_pin_state()

    @property
    def _service(self) -> AccountService:
        return AccountService(self.session.ctx)

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

        if self.ops.busy:  # a second click or Enter while the first change runs
            return
        ctx = self.session.ctx

        def change(_progress: Progress) -> AccountFieldRefused | None:
            own = another_context(ctx)
            try:
                AccountService(own).change_own_password(current, new)
            except AccountFieldRefused as error:
                return error  # said beside its field, on the window's thread
            finally:
                own.store.close()
            return None

        def done(problem: AccountFieldRefused | None) -> None:
            self.change_password_button.setEnabled(True)
            if problem is not None:
                refused(refusal_text(problem), problem.field)
                return
            for field in (self.own_current, self.own_new, self.own_repeat):
                field.clear()
            self.own_password_note.confirm(
                self.tr("Your password is changed. Use the new one from now on.")
            )

        def failed(sentence: str) -> None:
            self.change_password_button.setEnabled(True)
            self.own_password_note.refuse(sentence)

        self.change_password_button.setEnabled(False)
        self.ops.run(
            "change_password",
            self.tr("Changing your password…"),
            change,
            done,
            on_failure=failed,
        )

    def settle(self) -> None:
        """Wait for a password change still running and show its outcome (the dialog closes)."""
        self.ops.finish_all()

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

        if attempt(lambda: self.session.set_pin(pin), refused):
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

        if attempt(lambda: self.session.clear_pin(), refused):
            self._show_pin_state()
            self.own_pin_result.confirm(
                self.tr("Your PIN is removed. A locked window now asks for your password.")
            )
