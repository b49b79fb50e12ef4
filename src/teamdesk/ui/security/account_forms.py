"""What the tabs of "Accounts and passwords" share: a sentence beside a field, password fields,
buttons that never act on another form, and running a service call with its refusal shown
beside the field it is about."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from teamdesk.domain.accounts import ROLE_TITLES, AccountRole
from teamdesk.services.accounts import AccountFieldRefused
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.ui.common.text import refusal_text, something_went_wrong, translate
from teamdesk.ui.common.widgets import mark_invalid, named

log = logging.getLogger(__name__)


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


def password_field(object_name: str, accessible_name: str) -> QLineEdit:
    field = named(QLineEdit(), object_name, accessible_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def button(text: str, object_name: str, accessible_name: str) -> QPushButton:
    button = named(QPushButton(text), object_name, accessible_name)
    # Enter in a field acts on that field's own form, never on a button of another form.
    button.setAutoDefault(False)
    return button


def with_note(field: QWidget, note: FieldNote) -> QWidget:
    """The field with its note right below it, as one row of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    return box


def role_combo(object_name: str, accessible_name: str) -> QComboBox:
    combo = named(QComboBox(), object_name, accessible_name)
    for role in AccountRole:
        combo.addItem(translate(ROLE_TITLES[role]), role.value)
    return combo


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def attempt(action: Callable[[], object], refused: Callable[[str, str], None]) -> bool:
    """Run a service call; a refusal goes to ``refused(sentence, field)`` ("" when the refusal
    is about no one field) and gives False."""
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


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form's label whose mnemonic moves to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
