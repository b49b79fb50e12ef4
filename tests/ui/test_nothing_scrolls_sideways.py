"""At 1024x768, the smallest screen TeamDesk is made for, nothing scrolls sideways: every page,
a resident, each section of the plan editor, a meeting and every tab of the Coordinators page
fit the width (issue 10, row 5). The rota grid alone scrolls sideways, through the weeks of its
cycle, by design (issue 13); the page around it fits."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from teamdesk.services.context import ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.ui.main_window import MainWindow

SIZE = (1024, 768)
# What scrolls sideways by design: the rota's staff by the 84 days of a 12-week cycle.
SCROLL_SIDEWAYS = frozenset({"rotaGrid"})


def _sideways(window: MainWindow) -> list[str]:
    """The scroll areas on screen whose content is wider than they are."""
    QApplication.processEvents()
    import os

    if os.environ.get("SHOTS"):
        _sideways.n = getattr(_sideways, "n", 0) + 1
        window.grab().save(f"/tmp/d18/shot{_sideways.n:02d}.png")
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if area.objectName() in SCROLL_SIDEWAYS:
            continue
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            parent = area.parentWidget()
            where = []
            while parent is not None and len(where) < 4:
                if parent.objectName():
                    where.append(parent.objectName())
                parent = parent.parentWidget()
            found.append(f"{type(area).__name__} {area.objectName()!r} in {'/'.join(where)}")
    return found


def _each_tab(window: MainWindow, what: str, found: dict[str, list[str]]) -> None:
    found[what] = _sideways(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found[f"{what}, tab {tabs.tabText(index)}"] = _sideways(window)
        tabs.setCurrentIndex(0)


def test_no_page_needs_a_horizontal_scroll_bar_at_1024x768(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    # The first unit has a 12-week rota with staff on it, so the Rota page shows its grid.
    unit = TeamService(demo_ctx).units()[0]
    rotas = RotaService(demo_ctx)
    rota_id = str(rotas.create_rota(unit.id, demo_ctx.today(), 12).row_id)
    staff = TeamService(demo_ctx).staff(include_inactive=False, unit_id=unit.id)[:4]
    rotas.set_codes(rota_id, {(s.id, d): "DANL"[d % 4] for s in staff for d in range(84)})
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == SIZE)
    found: dict[str, list[str]] = {}
    for index, key in enumerate(window.PAGES):
        window.go_to(index)
        _each_tab(window, key, found)
        if key == "rota":
            assert window.rota.grid.isVisible() and window.rota.model.rowCount() == 4

    row = demo_ctx.store.query_one(
        "SELECT p.resident_id FROM plan p WHERE p.status = 'under_revision' "
        "AND p.deleted_at IS NULL"
    )
    assert row is not None
    window.open_resident(row["resident_id"])
    _each_tab(window, "a resident", found)
    window.open_resident_plan(row["resident_id"])
    plan = window.residents.page.plan_page
    for section in plan.sections:
        plan.open_section(section.key)
        found[f"plan section {section.key}"] = _sideways(window)

    meeting = demo_ctx.store.query_one(
        "SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY meeting_date LIMIT 1"
    )
    assert meeting is not None
    window.open_meeting(meeting["id"])
    found["a meeting"] = _sideways(window)

    wide = {what: areas for what, areas in found.items() if areas}
    assert not wide, "\n".join(f"{what}: {'; '.join(areas)}" for what, areas in wide.items())
