"""The person whose role did not verify is told at sign-in (issue 9, row 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.store.connection import connect
from teamdesk.store.keyring import keyring_path, load_keyring, unwrap_key
from teamdesk.store.paths import DataLocation
from teamdesk.ui.security.signin_screen import SignInDialog


def test_a_role_raised_outside_teamdesk_signs_in_read_only_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_demo(tmp_path / "demo")
    location = DataLocation(tmp_path / "demo", "--demo")
    ring = load_keyring(keyring_path(location.database))
    slot = next(s for s in ring.slots if s.name == "Demo Read-only")
    conn = connect(location.database, unwrap_key(ring, slot, DEMO_PASSWORD))
    conn.isolation_level = None
    conn.execute("UPDATE account SET role = 'administrator' WHERE name = 'Demo Read-only'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog = SignInDialog(location, demo=True)
    qtbot.addWidget(dialog)
    row = next(
        i for i in range(dialog.names.count()) if dialog.names.item(i).text() == "Demo Read-only"
    )
    dialog.names.setCurrentRow(row)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None
    try:
        assert dialog.session.account.role is AccountRole.READ_ONLY
        assert len(shown) == 1 and "read-only" in shown[0]
    finally:
        dialog.session.sign_out()
