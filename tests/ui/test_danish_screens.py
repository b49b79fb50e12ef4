"""What a Danish member of staff sees on screen writes dates the Danish way (30.11.2026),
times with a dot (14.30) and lists in the Danish alphabet (æ, ø, å after z), on every page of
the Danish demo (``--demo --language da``) with its rotas."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.test_norwegian import _shown_texts
from tests.ui.ui_support import make_window

from teamdesk.services.access_log import AccessEvent
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.demo_rota import add_demo_rotas
from teamdesk.store.backup import BackupCheck, BackupInfo
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import format_moment, format_time, translate
from teamdesk.ui.language import install_language
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.security.security_dialogs import AccessEventsModel, _BackupsModel
from teamdesk.ui.sync.sync_status import SyncController

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
COLON_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "da")
    yield
    install_language(qapp, "en")


@pytest.fixture
def danish_demo_window(
    danish: None,
    qtbot: QtBot,
    ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
) -> Iterator[MainWindow]:
    create_demo(ctx, translate=translate)
    add_demo_rotas(ctx, translate=translate)
    win = make_window(ctx, settings, request, demo=True)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


def _seen(root: QWidget) -> list[tuple[str, str]]:
    """Every text shown in ``root``: labels, fields and headings, and the cells of its tables
    and lists (their text and tooltips, the first 60 rows)."""
    seen = list(_shown_texts(root))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's column count is not for callers
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 60)):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        seen.append((view.objectName() or type(view).__name__, value))
    return seen


def _not_danish(root: QWidget, where: str) -> list[tuple[str, str, str]]:
    return [
        (where, widget, text)
        for widget, text in _seen(root)
        if ISO_DATE.search(text) or COLON_TIME.search(text)
    ]


def test_every_page_of_the_danish_demo_writes_dates_and_times_the_danish_way(
    danish_demo_window: MainWindow, qtbot: QtBot
) -> None:
    win = danish_demo_window
    found: list[tuple[str, str, str]] = []
    for row in range(win.navigation.count()):
        win.navigation.setCurrentRow(row)
        qtbot.wait(80)
        found += _not_danish(win, win.navigation.item(row).text())
    store = win.session.ctx.store
    revised = store.query_one(
        "SELECT resident_id FROM plan WHERE status = 'under_revision' AND deleted_at IS NULL"
    )
    assert revised is not None
    rid = str(revised["resident_id"])
    win.open_resident(rid)
    qtbot.wait(100)
    found += _not_danish(win, "resident")
    win.open_resident_plan(rid)
    qtbot.wait(100)
    plan = win.residents.page.plan_page
    for section in list(plan.sections):
        plan.open_section(section.key)
        qtbot.wait(30)
        found += _not_danish(win, f"plan {section.key}")
    approval = plan.open_section("approval")
    qtbot.wait(50)
    changes = approval.changes_label.text()  # type: ignore[attr-defined]
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", changes), "the change list has dates to check"
    for meeting in store.query("SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY id"):
        win.navigation.setCurrentRow(win.PAGES.index("meetings"))
        win.meetings.show_meeting(str(meeting["id"]))
        qtbot.wait(50)
        found += _not_danish(win, "meeting")
    assert not found, sorted(set(found))


def test_danish_times_and_moments_on_screen(danish: None) -> None:
    assert format_time(time(14, 30)) == "14.30"
    moment = datetime(2026, 11, 30, 14, 30).astimezone()
    assert format_moment(moment) == "30.11.2026 14.30"


def test_a_sorted_table_is_in_the_danish_alphabet(danish: None) -> None:
    names = ["Øystein", "Zakarias", "Åse", "Aage", "Ærø", "Anne"]
    model = RowsModel(
        [
            Column("Navn", lambda r: r[0]),
            Column("Stilling", lambda r: f"{r[1]} %", order=lambda r: r[1]),
        ],
        key=lambda r: r[0],
    )
    model.set_rows([(n, p) for n, p in zip(names, (100, 50, 80, 75, 60, 90), strict=True)])
    model.sort(0)
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == ["Anne", "Zakarias", "Ærø", "Øystein", "Aage", "Åse"]
    model.sort(1)
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == [
        "50 %", "60 %", "75 %", "80 %", "90 %", "100 %"
    ]  # fmt: skip


def test_screenshots_of_the_danish_change_list_and_rota(
    danish_demo_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The plan editor's change list and the rota page in ``--demo --language da`` at
    1366x768, for a person to look at (``TEAMDESK_SCREENSHOTS=folder`` keeps them)."""
    win = danish_demo_window
    folder = Path(os.environ.get("TEAMDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == (1366, 768))
    revised = win.session.ctx.store.query_one(
        "SELECT resident_id FROM plan WHERE status = 'under_revision' AND deleted_at IS NULL"
    )
    assert revised is not None
    win.open_resident_plan(str(revised["resident_id"]))
    win.residents.page.plan_page.open_section("approval")
    qtbot.wait(100)
    shots = [folder / "da-plan-changes-1366x768.png", folder / "da-rota-1366x768.png"]
    assert win.grab().save(str(shots[0]))
    win.navigation.setCurrentRow(win.PAGES.index("rota"))
    win.rota.reload()
    qtbot.wait(200)
    assert win.grab().save(str(shots[1]))
    assert all(shot.stat().st_size > 10_000 for shot in shots)


def test_the_access_log_and_the_backups_list_write_moments_the_danish_way(
    danish: None, tmp_path: Path
) -> None:
    moment = datetime(2026, 11, 30, 14, 30).astimezone()
    events = AccessEventsModel([AccessEvent(1, moment, "Mette Jensen", "read", None, None, "")])
    assert events.index(0, 0).data() == "30.11.2026 14.30"
    backups = _BackupsModel()
    backups.checks = [BackupCheck(BackupInfo(tmp_path / "b.sqlite3", moment, "daily"), True, "")]
    assert backups.index(0, 0).data() == "30.11.2026 14.30"


def test_the_sync_line_writes_its_times_the_danish_way(danish: None) -> None:
    today = datetime.now().astimezone().replace(hour=14, minute=30, second=0, microsecond=0)
    when = SyncController._when  # the status line's "last synced" (it needs no window)
    assert when(QObject(), today.isoformat()) == "14.30"
    earlier = datetime(2026, 11, 2, 9, 5).astimezone()
    assert when(QObject(), earlier.isoformat()) == "02.11.2026 09.05"


def test_the_shifts_editor_writes_and_reads_danish_times(
    danish_demo_window: MainWindow, qtbot: QtBot
) -> None:
    win = danish_demo_window
    win.navigation.setCurrentRow(win.PAGES.index("rota"))
    dialog = win.rota.open_shift_kinds()
    qtbot.waitExposed(dialog)
    assert dialog.starts.placeholderText() == "07.30"
    day = [k.code for k in dialog.kinds].index("D")
    assert dialog.model.index(day, 2).data() == "07.30–15.30"
    dialog.table.selectRow(day)
    assert (dialog.starts.text(), dialog.ends.text()) == ("07.30", "15.30")
    assert dialog.name.text() == "Dagvagt"
    dialog.ends.setText("15.45")
    assert dialog.save()
    kind = next(k for k in dialog.kinds if k.code == "D")
    assert kind.end == time(15, 45) and kind.name == "Dagvagt"
    dialog.close()
