"""A Danish member of staff starts TeamDesk in Danish: every page and dialog, Qt's own buttons,
counts, dates and the printed plan speak Danish, with the Danish field's words (tovholder,
kontaktperson, indsats), and no English text of the program is left on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.test_norwegian import _shown_texts, demo_plan_resident, translations_dir_for_tests
from tests.ui.ui_support import make_window

from teamdesk.app import gui_arguments
from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo
from teamdesk.services.context import ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.paths import DataLocation
from teamdesk.ui.common.text import translate
from teamdesk.ui.language import choose_language, install_language
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.meetings.meeting_editor import MeetingEditor
from teamdesk.ui.security.accounts_dialog import AccountsDialog
from teamdesk.ui.security.security_dialogs import AccessLogDialog, BackupsDialog
from teamdesk.ui.security.signin_screen import SignInDialog
from teamdesk.ui.session import Session


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    """TeamDesk as ``teamdesk --language da`` starts it; English again afterwards."""
    options = gui_arguments().parse_args(["--language", "da"])
    assert install_language(qapp, choose_language(options.language))
    yield
    install_language(qapp, "en")


@pytest.fixture
def danish_window(
    danish: None,
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


def _english_sources() -> set[str]:
    """Every English text of the program whose Danish is different, without accelerators
    ("Teams" and "Status" are Danish words too)."""
    root = ET.parse(translations_dir_for_tests() / "teamdesk_da.ts").getroot()
    english = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        said = forms or [None if translation is None else translation.text]
        plain = source.replace("&", "").strip()
        if plain and any(text and text.replace("&", "").strip() != plain for text in said):
            english.add(plain)
    return english


def _english_in(root: QWidget, english: set[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in _shown_texts(root):
        plain = text.replace("&", "").strip()
        if plain in english or plain.rstrip(".…: ") in english:
            found.append((where, text))
    return found


def test_the_main_window_speaks_danish_with_language_da(danish_window: MainWindow) -> None:
    win = danish_window
    pages = [win.navigation.item(i).text() for i in range(win.navigation.count())]
    assert pages == [
        "I dag",
        "Beboere",
        "Medarbejdere",
        "Teams",
        "Møder",
        "Tovholdere",
        "Evalueringer",
        "Samarbejde",
        "Vagtplan",
    ]
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:3] == ["&Filer", "&Rediger", "&Gå til"]
    assert win.today.model.index(0, 1).data() == "Ingen kendt kontakt på vagt"
    file_menu = win.findChild(QMenu, "fileMenu")
    assert file_menu is not None and file_menu.actions()[0].text() == "&Ny beboer …"


def test_warnings_use_the_danish_role_names(danish_window: MainWindow, qtbot: QtBot) -> None:
    model = danish_window.warnings.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("er stadig teammedlem for" in text for text in texts), texts
    assert not any("primærkontakt" in text.lower() for text in texts), texts
    assert not any("team member" in text.lower() for text in texts), texts


def test_qt_s_own_buttons_counts_and_locale_are_danish(danish: None) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annullér"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert QLocale().language() == QLocale.Language.Danish
    said = QCoreApplication.translate
    assert said("MeetingsView", "%n meeting(s), the latest first.", "", 1) == (
        "1 møde, det seneste først."
    )
    assert said("MeetingsView", "%n meeting(s), the latest first.", "", 4) == (
        "4 møder, det seneste først."
    )
    assert translate("{year}-{month}-{day}") == "{day}.{month}.{year}"


def test_the_save_dialog_speaks_danish(danish: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Gem som", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    english = {"Look in:", "File name:", "Files of type:", "Save", "Back", "Forward", "Name"}
    english |= {"Parent Directory", "Create New Folder", "List View", "Detail View", "Size"}
    found = [(w, t) for w, t in _shown_texts(dialog) if t.replace("&", "") in english]
    assert not found, found
    texts = [text for _where, text in _shown_texts(dialog)]
    assert "&Se i:" in texts and "&Gem" in texts


PDF_ENGLISH_HEADINGS = ("Individual plan", "Goals", "Measures", "Coordinator", "Consent", "Page ")


def test_the_printed_plan_is_danish_with_no_english_heading(
    danish: None, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    plan_id = demo_ctx.store.query("SELECT id FROM plan WHERE deleted_at IS NULL LIMIT 1")[0][0]
    result = PlanService(demo_ctx).export_pdf(plan_id, tmp_path / "plan.pdf", translate=translate)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(result.path).pages
    )
    assert "Handleplan" in text
    assert f"Side 1 af {result.pages}" in text
    assert "c) Tovholder" in text
    assert re.search(r"\b\d{2}\.\d{2}\.\d{4}\b", text)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    assert not [h for h in PDF_ENGLISH_HEADINGS if h in text], text[:400]


def test_meeting_times_are_written_the_danish_way(
    danish: None, demo_ctx: ServiceContext, tmp_path: Path, qtbot: QtBot
) -> None:
    meeting_id = demo_ctx.store.query(
        "SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    )[0][0]
    meetings = MeetingService(demo_ctx)
    meetings.update_meeting(meeting_id, start="14.30")
    minutes = meetings.export_minutes(meeting_id, tmp_path / "referat.pdf", translate=translate)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(minutes.path).pages
    )
    assert re.search(r"\b14\.30–\d{2}\.\d{2}\b", text), text[:400]
    assert not re.search(r"\b\d{2}:\d{2}\b", text), re.findall(r"\b\d{2}:\d{2}\b", text)
    editor = MeetingEditor(Session(demo_ctx))
    qtbot.addWidget(editor)
    editor.show_meeting(meeting_id)
    assert editor.details.time_edit.text() == "14.30"
    assert editor.details.time_edit.placeholderText() == "10.00"


def test_every_page_of_the_window_speaks_danish_only(
    danish_window: MainWindow, qtbot: QtBot
) -> None:
    win = danish_window
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


def test_sign_in_accounts_access_log_and_backups_speak_danish_only(
    danish: None, qtbot: QtBot, tmp_path: Path
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
