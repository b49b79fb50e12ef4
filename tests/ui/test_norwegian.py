"""A Norwegian member of staff starts TeamDesk in Norwegian: the window, Qt's own buttons, the
warnings, and what they print all speak bokmål. English stays the default elsewhere."""

from __future__ import annotations

import argparse
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.ui_support import make_window

from teamdesk.app import gui_arguments
from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.meetings import MeetingService
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.text import counted, translate
from teamdesk.ui.common.widgets import DateEdit
from teamdesk.ui.language import choose_language, install_language, translations_dir
from teamdesk.ui.launch import run_gui
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.plan import PlanPage
from teamdesk.ui.security.accounts_dialog import AccountsDialog
from teamdesk.ui.security.security_dialogs import AccessLogDialog, BackupsDialog
from teamdesk.ui.security.signin_screen import SignInDialog
from teamdesk.ui.session import Session


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    """TeamDesk as ``teamdesk --language nb`` starts it; English again afterwards."""
    options = gui_arguments().parse_args(["--language", "nb"])
    assert install_language(qapp, choose_language(options.language))
    yield
    install_language(qapp, "en")


@pytest.fixture
def norwegian_window(
    norwegian: None,
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    settings: QSettings,
    request: pytest.FixtureRequest,
) -> Iterator[MainWindow]:
    win = make_window(demo_ctx, settings, request)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.today.is_loaded)
    yield win
    win.close()


def test_the_main_window_speaks_norwegian_with_language_nb(norwegian_window: MainWindow) -> None:
    win = norwegian_window
    pages = [win.navigation.item(i).text() for i in range(win.navigation.count())]
    assert pages == [
        "I dag",
        "Beboere",
        "Ansatte",
        "Team",
        "Møter",
        "Koordinatorer",
        "Evalueringer",
        "Samarbeid",
        "Turnus",
    ]
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:3] == ["&Fil", "&Rediger", "&Gå til"]
    assert win.today.title.text().startswith("I dag")
    assert win.today.model.index(0, 1).data() == "Ingen kjent kontakt på vakt"
    assert "ingen kjent kontakt på vakt" in win.today.summary.text()
    file_menu = win.findChild(QMenu, "fileMenu")
    assert file_menu is not None and file_menu.actions()[0].text() == "&Ny beboer …"


def test_warnings_put_the_role_into_the_sentence_in_norwegian(
    norwegian_window: MainWindow, qtbot: QtBot
) -> None:
    model = norwegian_window.warnings.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("er fortsatt teammedlem for" in text for text in texts), texts
    assert not any("Team member" in text or "team member" in text for text in texts)


def test_qt_s_own_buttons_and_dates_are_norwegian_too(norwegian: None) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal


def test_the_printed_plan_is_norwegian_too(
    norwegian: None, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    plans = PlanService(demo_ctx)
    plan_id = demo_ctx.store.query("SELECT id FROM plan WHERE deleted_at IS NULL LIMIT 1")[0][0]
    result = plans.export_pdf(plan_id, tmp_path / "plan.pdf", translate=translate)
    pages = PdfReader(result.path).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    assert "Individuell plan" in text
    assert f"Side 1 av {result.pages}" in text
    assert "a) Mål, ressurser og behov" in text
    assert "Individual plan" not in text


def test_the_language_comes_from_the_option_then_the_environment_then_the_system() -> None:
    assert choose_language("nb", {"TEAMDESK_LANGUAGE": "da"}, ["en-US"]) == "nb"
    assert choose_language(None, {"TEAMDESK_LANGUAGE": "da_DK.UTF-8"}, ["nb-NO"]) == "da"
    assert choose_language(None, {}, ["nb-Latn-NO", "nb-NO", "nb"]) == "nb"
    assert choose_language(None, {}, ["nn-NO"]) == "nb"  # Nynorsk readers get bokmål
    assert choose_language(None, {}, ["no"]) == "nb"
    assert choose_language(None, {"TEAMDESK_LANGUAGE": "klingon"}, ["da-DK"]) == "da"
    assert choose_language(None, {}, ["sv-SE", "de-DE"]) == "en"
    assert choose_language(None, {}, ["C"]) == "en"


def test_the_tests_themselves_run_in_english() -> None:
    assert choose_language(None) == "en"
    assert QCoreApplication.translate("MainWindow", "Today") == "Today"


def test_the_demo_opens_in_norwegian_when_asked(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    options = argparse.Namespace(data_dir=None, demo=True, smoke_test=True, language="nb")
    try:
        assert run_gui(options, process_start=time.perf_counter()) == 0
        assert QCoreApplication.translate("MainWindow", "Today") == "I dag"
    finally:
        install_language(qapp, "en")
    assert "ready_ms=" in capsys.readouterr().out


def test_a_norwegian_demo_drafts_its_meeting_agendas_in_norwegian(
    norwegian: None, ctx: ServiceContext
) -> None:
    create_demo(ctx, translate=translate)
    titles = [row["title"] for row in ctx.store.query("SELECT title FROM agenda_item")]
    assert any(title.startswith("Velkommen: hvordan har") for title in titles), titles
    assert not any(title.startswith("Welcome") for title in titles)


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NORWEGIAN_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_printed_dates_are_written_the_norwegian_way(
    norwegian: None, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    plan_id = demo_ctx.store.query(
        "SELECT id FROM plan WHERE deleted_at IS NULL AND evaluation_date IS NOT NULL LIMIT 1"
    )[0][0]
    plan = PlanService(demo_ctx).export_pdf(plan_id, tmp_path / "plan.pdf", translate=translate)
    meeting_id = demo_ctx.store.query("SELECT id FROM meeting WHERE deleted_at IS NULL LIMIT 1")[0][
        0
    ]
    minutes = MeetingService(demo_ctx).export_minutes(
        meeting_id, tmp_path / "minutes.pdf", translate=translate
    )
    for path in (plan.path, minutes.path):
        text = _pdf_text(path)
        assert NORWEGIAN_DATE.search(text), text[:400]
        assert not ISO_DATE.search(text), ISO_DATE.findall(text)


def test_dates_are_typed_the_norwegian_way_and_a_wrong_one_is_said_in_words(
    norwegian: None, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    resident_id, plan_id = demo_ctx.store.query(
        "SELECT resident_id, id FROM plan WHERE deleted_at IS NULL AND status = 'draft' LIMIT 1"
    )[0]
    page = PlanPage(Session(demo_ctx), resident_id)
    qtbot.addWidget(page)
    page.show()
    page.open_section("g")
    field = page.plan_fields["evaluation_date"]
    assert isinstance(field, DateEdit)
    plans = PlanService(demo_ctx)
    this_year = demo_ctx.today().year
    for typed, meant in (
        ("15.6.2027", date(2027, 6, 15)),
        ("14.06.27", date(2027, 6, 14)),
        ("13.6.", date(this_year, 6, 13)),
        ("1/6", date(this_year, 6, 1)),
        ("2027-06-12", date(2027, 6, 12)),
    ):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert plans.plan(plan_id).evaluation_date == meant, typed
        assert field.text() == meant.strftime("%d.%m.%Y")
        assert field.problem.isHidden()
    field.selectAll()
    qtbot.keyClicks(field, "31.6.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert plans.plan(plan_id).evaluation_date == date(2027, 6, 12)
    assert field.text() == "31.6."
    assert field.problem.isVisible()
    assert "«31.6.» er ikke en dato" in field.problem.text()
    # Saving another field keeps the refused text and its reason in view.
    other = page.plan_fields["next_meeting"]
    other.setFocus()
    other.selectAll()
    qtbot.keyClicks(other, "2.7.")
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert plans.plan(plan_id).next_meeting == date(this_year, 7, 2)
    assert field.text() == "31.6." and field.problem.isVisible()


def _english_sources() -> set[str]:
    """Every English text of the program whose Norwegian is different, without accelerators."""
    root = ET.parse(translations_dir_for_tests() / "teamdesk_nb.ts").getroot()
    english = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        said = forms or [None if translation is None else translation.text]
        if source and any(text and text != source for text in said):
            english.add(source.replace("&", "").strip())
    return english


def translations_dir_for_tests() -> Path:
    folder = translations_dir()
    assert folder is not None
    return folder


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in ``root``'s visible widgets:
    labels, buttons, fields' hints, group titles, tabs, table headings, lists, menus, tooltips."""
    shown: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            shown.append((widget.objectName() or type(widget).__name__, text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, widget.item(i).text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        elif isinstance(widget, QMenuBar):
            for menu_action in widget.actions():
                add(widget, menu_action.text())
                menu = menu_action.menu()
                if isinstance(menu, QMenu):
                    for action in menu.actions():
                        add(menu, action.text())
    return shown


def _english_in(root: QWidget, english: set[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in _shown_texts(root):
        plain = text.replace("&", "").strip()
        if plain in english or plain.rstrip(".…: ") in english:
            found.append((where, text))
    return found


def test_every_page_of_the_window_speaks_norwegian_only(
    norwegian_window: MainWindow, qtbot: QtBot
) -> None:
    win = norwegian_window
    english = _english_sources()
    assert "Today" in english and "Save as" in english  # the check knows what English looks like
    found: list[tuple[str, str, str]] = []
    for row in range(win.navigation.count()):
        win.navigation.setCurrentRow(row)
        qtbot.wait(50)
        page = win.navigation.item(row).text()
        found += [(page, where, text) for where, text in _english_in(win, english)]
    rid = demo_plan_resident(win)
    win.open_resident(rid)
    qtbot.wait(100)
    found += [("resident", where, text) for where, text in _english_in(win, english)]
    win.open_resident_plan(rid)
    qtbot.wait(100)
    found += [("plan", where, text) for where, text in _english_in(win, english)]
    meeting_id = win.session.ctx.store.query(
        "SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    )[0][0]
    win.meetings.show_meeting(meeting_id)
    win.navigation.setCurrentRow(win.PAGES.index("meetings"))
    qtbot.wait(100)
    found += [("meeting", where, text) for where, text in _english_in(win, english)]
    settings = win.open_house_settings()
    assert settings is not None
    qtbot.waitExposed(settings)
    found += [("settings", where, text) for where, text in _english_in(settings, english)]
    settings.close()
    assert not found, sorted({(where, text) for _page, where, text in found})


def demo_plan_resident(win: MainWindow) -> str:
    rows = win.session.ctx.store.query(
        "SELECT resident_id FROM plan WHERE deleted_at IS NULL ORDER BY resident_id LIMIT 1"
    )
    return str(rows[0][0])


def test_the_save_dialog_speaks_norwegian(norwegian: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Lagre som", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    english = {"Look in:", "File name:", "Files of type:", "Save", "Back", "Forward", "Name"}
    english |= {"Parent Directory", "Create New Folder", "List View", "Detail View", "Size"}
    english |= {"Date Modified", "Go back", "Go forward", "Change to list view mode"}
    found = [
        (where, text) for where, text in _shown_texts(dialog) if text.replace("&", "") in english
    ]
    assert not found, found
    texts = [text for _where, text in _shown_texts(dialog)]
    assert "&Se i:" in texts and "&Lagre" in texts


def test_counts_are_said_in_the_singular_and_the_plural(norwegian: None) -> None:
    def said(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    assert said("MeetingsView", "%n meeting(s), the latest first.", 1) == "1 møte, det siste først."
    assert (
        said("MeetingsView", "%n meeting(s), the latest first.", 3) == "3 møter, det siste først."
    )
    assert said("TeamsView", "%n resident(s)", 1) == "1 beboer"
    assert said("TeamsView", "%n resident(s)", 2) == "2 beboere"


def test_english_counts_read_right_without_a_translation() -> None:
    assert counted("%n meeting(s), the latest first.".replace("%n", "1"), 1) == (
        "1 meeting, the latest first."
    )
    assert counted("3 open decision(s), 2 person(s) responsible.", 3) == (
        "3 open decisions, 2 people responsible."
    )
    assert counted("12 staff", 12) == "12 staff"


def test_sign_in_accounts_access_log_and_backups_speak_norwegian_only(
    norwegian: None, qtbot: QtBot, tmp_path: Path
) -> None:
    prepare_demo(tmp_path / "demo")
    location = DataLocation(tmp_path / "demo", "--demo")
    english = _english_sources()
    found: list[tuple[str, str, str]] = []
    signing_in = SignInDialog(location, demo=True)
    qtbot.addWidget(signing_in)
    signing_in.show()
    qtbot.waitExposed(signing_in)
    found += [("sign-in", w, t) for w, t in _english_in(signing_in, english)]
    signing_in.close()
    admin = sign_in(location, "Demo Administrator", DEMO_PASSWORD, daily_backup=False)
    try:
        accounts = AccountsDialog(admin)
        qtbot.addWidget(accounts)
        accounts.show()
        qtbot.waitExposed(accounts)
        for tab in range(accounts.tabs.count()):
            accounts.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            found += [("accounts", w, t) for w, t in _english_in(accounts, english)]
        accounts.close()
    finally:
        admin.sign_out()
    leader = sign_in(location, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        resident = TeamService(leader.ctx).residents()[0]
        for dialog in (AccessLogDialog(leader, resident.id), BackupsDialog(leader, print)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            found += [(dialog.objectName(), w, t) for w, t in _english_in(dialog, english)]
            dialog.close()
    finally:
        leader.sign_out()
    assert not found, sorted(set(found))
