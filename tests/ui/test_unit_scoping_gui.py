"""Staff tied to a unit open TeamDesk and see their own unit's residents, today and warnings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.ui.main_window import MainWindow


@pytest.fixture
def staff_window(
    qtbot: QtBot, demo_ctx: ServiceContext, settings: QSettings, request: pytest.FixtureRequest
) -> Iterator[tuple[MainWindow, set[str]]]:
    team = TeamService(demo_ctx)
    unit = team.units()[0]
    own = {r.id for r in team.residents() if r.unit_id in (None, unit.id)}
    assert 0 < len(own) < len(team.residents()), "the demo has residents in several units"
    staff = ServiceContext(
        demo_ctx.store, Actor("Demo Staff", AccountRole.STAFF, unit_id=unit.id), demo_ctx.today
    )
    window = make_window(staff, settings, request)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.today.is_loaded)
    qtbot.waitUntil(window.warnings.is_loaded)
    yield window, own
    window.close()


def test_staff_of_one_unit_see_only_that_units_residents_everywhere(
    staff_window: tuple[MainWindow, set[str]],
) -> None:
    window, own = staff_window
    window.go_to(1)
    listed = {window.residents.model.id_at(r) for r in range(window.residents.model.rowCount())}
    assert listed and listed <= own
    covered = {c.resident_id for c in window.today.model.rows()}
    assert covered and covered <= own
    about = {f.subject_id for f in window.warnings.model.rows() if f.subject_kind == "resident"}
    assert about <= own
