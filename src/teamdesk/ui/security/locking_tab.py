"""The tab of "Accounts and passwords" for those who change the house's settings: how long a
window waits without use before it locks itself."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from teamdesk.services.accounts import auto_lock_minutes, set_auto_lock_minutes
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.signin import UserSession
from teamdesk.ui.common.text import counted
from teamdesk.ui.common.widgets import clear_invalid, named
from teamdesk.ui.security.account_forms import FieldNote, attempt, buddy_label, with_note


class LockingTab(QWidget):
    """The auto-lock time, for everyone who signs in on this database."""

    def __init__(
        self,
        session: UserSession,
        on_auto_lock_changed: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockingTab")
        self.session = session
        self._on_auto_lock_changed = on_auto_lock_changed
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
            buddy_label(self.tr("Lock the window a&fter:"), self.auto_lock),
            with_note(self.auto_lock, self.auto_lock_note),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)

    def save_auto_lock(self, minutes: int) -> None:
        def refused(text: str, _field: str) -> None:
            self.auto_lock_note.refuse(text, self.auto_lock)

        if attempt(lambda: set_auto_lock_minutes(self.session.ctx, minutes), refused):
            clear_invalid(self.auto_lock)
            self.auto_lock_note.confirm(
                counted(
                    self.tr("Saved: the window locks after %n minute(s) without use.", "", minutes),
                    minutes,
                )
            )
            if self._on_auto_lock_changed is not None:
                self._on_auto_lock_changed(minutes)
