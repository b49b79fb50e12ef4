"""Screenshots of the main pages at 1024x768 and 1366x768 (issue 10): Today, a resident, the plan
editor and a meeting. They are looked at by a person, not compared pixel by pixel; this test
makes them and checks each is a whole window's picture. To refresh the ones in the README:

    TEAMDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen \\
        uv run pytest tests/ui/test_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teamdesk.services.context import ServiceContext
from teamdesk.ui.main_window import MainWindow

SCREENS = [(1024, 768), (1366, 768)]


def _folder(tmp_path: Path) -> Path:
    wanted = os.environ.get("TEAMDESK_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shoot(window: MainWindow, folder: Path, name: str, size: tuple[int, int]) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}-{size[0]}x{size[1]}.png"
    picture = window.grab()
    assert picture.save(str(path))
    assert (picture.width(), picture.height()) == size
    return path


@pytest.mark.parametrize("size", SCREENS)
def test_screenshots_of_today_a_resident_the_plan_and_a_meeting(
    qtbot: QtBot,
    window: MainWindow,
    demo_ctx: ServiceContext,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    folder = _folder(tmp_path)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    shots = [_shoot(window, folder, "today", size)]

    row = demo_ctx.store.query_one(
        "SELECT p.id, p.resident_id FROM plan p WHERE p.status = 'under_revision' "
        "AND p.deleted_at IS NULL"
    )
    assert row is not None
    window.open_resident(row["resident_id"])
    shots.append(_shoot(window, folder, "resident", size))

    window.open_resident_plan(row["resident_id"])
    plan = window.residents.page.plan_page
    plan.open_section("ef")
    if plan.measures_model.rowCount():
        plan.measures_table.selectRow(0)
    shots.append(_shoot(window, folder, "plan-editor", size))
    plan.open_section("a")

    meeting = demo_ctx.store.query_one(
        "SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY meeting_date LIMIT 1"
    )
    assert meeting is not None
    window.navigation.setCurrentRow(window.PAGES.index("meetings"))
    window.meetings.show_meeting(meeting["id"])
    shots.append(_shoot(window, folder, "meeting", size))
    assert all(path.stat().st_size > 10_000 for path in shots)


@pytest.mark.parametrize("size", SCREENS)
def test_screenshots_of_the_rota_grid(
    qtbot: QtBot,
    window: MainWindow,
    demo_ctx: ServiceContext,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    """The rota page of the first unit (issue 13): the page fits, the grid scrolls sideways."""
    from datetime import timedelta

    from teamdesk.services.rota import RotaService
    from teamdesk.services.team import TeamService

    team = TeamService(demo_ctx)
    unit = team.units()[0]
    rotas = RotaService(demo_ctx)
    rota = rotas.rota_of_unit(unit.id)
    if rota is None:
        today = demo_ctx.today()
        rota_id = rotas.create_rota(unit.id, today - timedelta(days=today.weekday()), 12).row_id
        assert rota_id is not None
        staff = team.staff(include_inactive=False, unit_id=unit.id)
        pattern = "DDAA-NN--LL-DAA--DDN-"
        rotas.set_codes(
            rota_id,
            {
                (person.id, day): pattern[(day + 3 * n) % len(pattern)]
                for n, person in enumerate(staff)
                for day in range(84)
            },
        )
    folder = _folder(tmp_path)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.navigation.setCurrentRow(window.PAGES.index("rota"))
    window.rota.reload()
    path = _shoot(window, folder, "rota", size)
    assert path.stat().st_size > 10_000
