"""A leader reads who opened a resident's record and exports it; backups from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.paths import DataLocation
from teamdesk.ui.security.security_dialogs import AccessLogDialog, BackupsDialog


@pytest.fixture
def demo(tmp_path: Path) -> DataLocation:
    prepare_demo(tmp_path / "demo")
    return DataLocation(tmp_path / "demo", "--demo")


def _as(location: DataLocation, name: str) -> UserSession:
    return sign_in(location, name, DEMO_PASSWORD, daily_backup=False)


def test_a_leader_sees_who_opened_the_record_and_filters_by_person(
    qtbot: QtBot, demo: DataLocation, tmp_path: Path
) -> None:
    staff = _as(demo, "Demo Staff")
    resident = TeamService(staff.ctx).residents()[0]
    TeamService(staff.ctx).team_card(resident.id)
    staff.sign_out()
    leader = _as(demo, "Demo Leader")
    try:
        dialog = AccessLogDialog(leader, resident.id)
        qtbot.addWidget(dialog)
        people = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        assert "Demo Staff" in people
        dialog.person.setCurrentIndex(people.index("Demo Staff"))
        rows = dialog.model.rowCount()
        assert rows == 1
        assert dialog.model.index(0, 2).data() == "opened"
        written = dialog.export(path=tmp_path / "log.pdf")
        assert written is not None
        qtbot.waitUntil(lambda: not written.running)
        out = tmp_path / "log.pdf"
        text = PdfReader(out).pages[0].extract_text()
        assert resident.name in text and "Demo Staff" in text
    finally:
        leader.sign_out()


def test_backups_are_listed_with_their_checks_and_made_on_demand(
    qtbot: QtBot, demo: DataLocation
) -> None:
    leader = _as(demo, "Demo Leader")
    requested: list[object] = []
    try:
        dialog = BackupsDialog(leader, requested.append)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.ops.busy)  # checked in the background
        assert dialog.model.rowCount() == 0
        dialog.back_up()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        assert dialog.model.index(0, 2).data() == "sound"
        assert dialog.model.index(0, 3).data() == "kept beside it"
        assert not dialog.restore_button.isEnabled()  # leaders do not restore
    finally:
        leader.sign_out()
