"""Today shows its list soon in a municipality with rotas (issue 13: it took ~3.5 s at scale
100). At night most residents can be alerts, and an alert row grows to show its whole sentence:
growing 2,000 rows at once took seconds, so a row grows when it comes into view. And on the
first reading the residents are listed before who covers them is worked out."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.ui import overview
from teamdesk.ui.main_window import MainWindow

RESIDENTS = 150


def test_alert_rows_grow_as_they_come_into_view(
    empty_window: MainWindow, ctx: ServiceContext, qtbot: QtBot
) -> None:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken bofellesskap").row_id
    for n in range(RESIDENTS):  # nobody's people known: every row is an alert
        team.create_resident(f"Beboer {n:03d}", unit_id=unit)
    today = empty_window.today
    empty_window.go_to(empty_window.PAGES.index("today"))
    today.reload()
    qtbot.waitUntil(lambda: today.model.rowCount() == RESIDENTS)
    table = today.table
    default = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) > default  # in view: the whole sentence
    last = RESIDENTS - 1
    assert table.rowHeight(last) == default  # far below: not yet

    def scrolled_to_the_end() -> bool:
        # Rows grow as they come into view, so the end moves down while one scrolls.
        table.scrollToBottom()
        return table.rowHeight(last) > default

    qtbot.waitUntil(scrolled_to_the_end)
    assert all(c.is_alert for c in today.model.rows())


def test_the_residents_are_listed_before_their_coverage_is_worked_out(
    ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken bofellesskap").row_id
    for name in ("Per Hansen", "Åse Berg", "Ola Nordmann"):
        team.create_resident(name, unit_id=unit)
    worked_out = threading.Event()
    real = overview._coverage

    def slow_coverage(reader_ctx: ServiceContext) -> object:
        worked_out.wait(30)  # coverage takes its time, as at scale 100 with rotas
        return real(reader_ctx)

    monkeypatch.setattr(overview, "_coverage", slow_coverage)
    window = make_window(ctx, settings, request)
    qtbot.addWidget(window)
    try:
        window.show()
        today = window.today
        qtbot.waitUntil(lambda: today.model.rowCount() == 3)
        assert not today.is_loaded()
        names = [today.model.index(row, 0).data() for row in range(3)]
        assert names == ["Ola Nordmann", "Per Hansen", "Åse Berg"]  # as coverage lists them
        assert today.model.index(0, 1).data() == ""  # who covers: not known yet
        assert "Reading" in today.summary.text()
        worked_out.set()
        qtbot.waitUntil(today.is_loaded)
        assert today.model.index(0, 1).data() == "Nobody known on duty"
    finally:
        worked_out.set()
        window.close()
