"""The main window: navigation between Today, Residents, Staff and Teams, warnings, undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk import __version__
from teamdesk.domain.accounts import ROLE_TITLES
from teamdesk.services import ui_queries
from teamdesk.services.context import Permission
from teamdesk.ui.common.background import BackgroundReader
from teamdesk.ui.common.operations import BusyIndicator
from teamdesk.ui.common.text import translate
from teamdesk.ui.common.widgets import DraftLineEdit, install_steady_input, named
from teamdesk.ui.overview import HouseOverview
from teamdesk.ui.rota.day_one import DayOneImports
from teamdesk.ui.session import Session
from teamdesk.ui.today_view import TodayView
from teamdesk.ui.warnings_panel import WarningsPanel

if TYPE_CHECKING:
    from teamdesk.ui.coordinators.mentoring_view import CoordinatorsView
    from teamdesk.ui.guide import GuideDialog
    from teamdesk.ui.meetings.evaluations_view import EvaluationsView
    from teamdesk.ui.meetings.meetings_view import MeetingsView
    from teamdesk.ui.people.residents_view import ResidentsView
    from teamdesk.ui.people.staff_view import StaffView
    from teamdesk.ui.people.teams_view import TeamsView
    from teamdesk.ui.relations.page import RelationsView
    from teamdesk.ui.rota.handover_dialog import HandoverDialog
    from teamdesk.ui.rota.rota_page import RotaPage
    from teamdesk.ui.settings_dialog import HouseSettingsDialog
    from teamdesk.ui.sync.conflicts_view import ConflictsDialog

STYLE_SHEET = """
QLabel[role="title"] { font-size: 17pt; font-weight: 600; }
QLabel[role="hint"] { color: #555555; }
QLabel[role="subheading"] { font-weight: 600; margin-top: 6px; }
QLabel[role="banner"] {
    padding: 8px 10px; border-radius: 4px; background: #eef3f8; border: 1px solid #c9d6e3;
}
QLabel[role="banner"][kind="alert"] {
    background: #fde3e1; border-color: #e0a39c; color: #8a1c12; font-weight: 600;
}
QLabel[role="banner"][kind="ok"] { background: #e8f4ea; border-color: #a9d3b0; color: #1d4d26; }
QLabel[role="warnings"] {
    padding: 6px 10px; background: #fff4d6; border: 1px solid #e6cf8a; border-radius: 4px;
    color: #5c4300;
}
QPlainTextEdit[role="ownWords"] {
    font-style: italic; font-size: 12pt; background: #fbf8f1; border: 1px solid #e2d6b5;
    border-left: 4px solid #c9a227; padding: 6px;
}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"] {
    border: 2px solid #c0392b; background: #fdecea;
}
QListWidget#navigation { font-size: 12pt; border: none; background: #f1f3f5; outline: 0; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2f6690; color: white; }
QLabel#statusMessage[kind="refused"] { color: #8a1c12; font-weight: 600; }
QLabel[role="refusal"] { color: #8a1c12; }
QLabel#dataLocation[demo="true"] {
    background: #c9a227; color: black; font-weight: 700; padding: 1px 8px; border-radius: 3px;
}
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QTableView, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QCheckBox, QGroupBox QPushButton, QGroupBox QSpinBox, QGroupBox QDateEdit {
    font-weight: normal;
}
"""


class _RemembersLayout(Protocol):
    """A page that keeps its column widths and splitters between runs."""

    def save_state(self) -> None: ...


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen page, the warnings panel below, undo in Edit."""

    _warnings_fitted: int | None = None
    """The warnings panel's height as fit_warnings last set it; -1 when restored."""
    PAGES = (
        "today",
        "residents",
        "staff",
        "teams",
        "meetings",
        "coordinators",
        "evaluations",
        "relations",
        "rota",
    )

    def __init__(
        self,
        session: Session,
        reader: BackgroundReader,
        settings: QSettings,
        *,
        location: str,
        demo: bool = False,
        remember_layout: bool = True,
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if app is not None:
            install_steady_input(app)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("TeamDesk"))
        self.session = session
        self.reader = reader
        self._settings = settings
        self._closed = False
        self._restoring = False
        self._demo = demo
        self._remember_layout = remember_layout
        self._guide: GuideDialog | None = None
        # The warnings panel is fitted once the layout has settled: a height asked for while
        # the window is still being laid out is overruled by the layout.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_warnings)
        actor = session.ctx.actor
        role = translate(ROLE_TITLES[actor.role])
        # Who is working is always in sight on a shared PC: in the title and the status bar.
        self.setWindowTitle(
            self.tr("{program} — {name} ({role})").format(
                program=self.tr("TeamDesk — DEMO (fictional people)") if demo else "TeamDesk",
                name=actor.name,
                role=role,
            )
        )
        self.setStyleSheet(STYLE_SHEET)

        self.overview = HouseOverview(session, reader, self)
        self.today = TodayView(session, self.overview)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # Today is what a person sees first; every other page is imported and built when it
        # is first shown (or first needed), so signing in does not wait for seven pages.
        self._built: dict[str, QWidget] = {"today": self.today}
        self.pages.addWidget(self.today)
        for _key in self.PAGES[1:]:
            self.pages.addWidget(QWidget())

        self.navigation = named(QListWidget(), "navigation", self.tr("Go to page"))
        for text in (
            self.tr("Today"),
            self.tr("Residents"),
            self.tr("Staff"),
            self.tr("Teams"),
            self.tr("Meetings"),
            self.tr("Coordinators"),
            self.tr("Evaluations"),
            self.tr("Teamwork"),
            self.tr("Rota"),
        ):
            item = QListWidgetItem(text)
            item.setSizeHint(QSize(150, 44))
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(160)
        self.navigation.currentRowChanged.connect(self._show_row)
        # Nothing lingers after the person moves on: a refusal belongs to the page it came from.
        self.navigation.currentRowChanged.connect(lambda _row: self.clear_messages())

        # Refusals and errors show in the page, above what was tried, not only in the status
        # bar where a hurried person does not look.
        self.banner = named(QLabel(), "pageBanner", self.tr("What was refused"))
        self.banner.setProperty("kind", "refused")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "QLabel#pageBanner { background: #fdecea; border: 1px solid #b02a37;"
            " border-radius: 4px; padding: 6px 10px; color: #6b0f1a; }"
        )
        self.banner.hide()
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.banner)
        column_layout.addWidget(self.pages, 1)

        body = QWidget()
        self._body = body  # kept here too: a lock takes it out of the window for a while
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(column, 1)
        self.setCentralWidget(body)

        self.warnings = WarningsPanel(session, self.overview, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings)

        self.status_message = named(QLabel(), "statusMessage", self.tr("Last message"))
        self.status_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_location = named(QLabel(), "dataLocation", self.tr("Where the data is"))
        self._data_folder = location
        if demo:
            self.data_location.setText(self.tr("DEMO"))
            self.data_location.setProperty("demo", True)
            self.data_location.setToolTip(
                self.tr("Demo data in {folder}; nothing here is about real people.").format(
                    folder=location
                )
            )
        else:
            self.data_location.setText(location)
            self.data_location.setProperty("role", "hint")
        self.signed_in_as = named(
            QLabel(self.tr("{name} · {role}").format(name=actor.name, role=role)),
            "signedInAs",
            self.tr("Signed in"),
        )
        self.signed_in_as.setProperty("role", "subheading")
        self.switch_user_button = named(
            QPushButton(self.tr("Switch user")),
            "statusSwitchUser",
            self.tr("Switch user"),
            self.tr("Sign out, so that someone else can sign in"),
        )
        self.switch_user_button.setToolTip(self.tr("Sign out, so that someone else can sign in"))
        self.switch_user_button.hide()  # shown once a lock controller handles switching
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_message, 1)
        # What runs in the background ("Writing plan.pdf…"), beside the person's name.
        self.busy = BusyIndicator(self.session.ops)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.signed_in_as)
        self.statusBar().addPermanentWidget(self.switch_user_button)
        self.statusBar().addPermanentWidget(self.data_location)

        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self._fade_message)

        self._build_menus()
        self._connect()
        self._restore()
        self.navigation.setCurrentRow(0)

    # -- building ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        stack = self.session.undo_stack
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.add_resident_action = QAction(self.tr("&New resident…"), self)
        self.add_resident_action.setObjectName("newResidentAction")
        self.add_resident_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_resident_action.triggered.connect(self._new_resident)
        file_menu.addAction(self.add_resident_action)
        self.house_settings_action = QAction(self.tr("&House settings…"), self)
        self.house_settings_action.setObjectName("houseSettingsAction")
        may = self.session.ctx.can(Permission.EDIT_SETTINGS)
        self.house_settings_action.setEnabled(may)
        self.house_settings_action.setVisible(may)
        self.house_settings_action.triggered.connect(self.open_house_settings)
        file_menu.addAction(self.house_settings_action)
        file_menu.addSeparator()
        self.imports = DayOneImports(self.session, self)
        self.import_staff_action = QAction(self.tr("Import &staff from Excel or CSV…"), self)
        self.import_staff_action.setObjectName("importStaffAction")
        self.import_staff_action.triggered.connect(lambda: self.imports.choose("staff"))
        self.import_residents_action = QAction(
            self.tr("Import &residents from Excel or CSV…"), self
        )
        self.import_residents_action.setObjectName("importResidentsAction")
        self.import_residents_action.triggered.connect(lambda: self.imports.choose("residents"))
        for action, kind in (
            (self.import_staff_action, "staff"),
            (self.import_residents_action, "residents"),
        ):
            reason = self.imports.why_not(kind)  # type: ignore[arg-type]
            action.setEnabled(reason is None)
            action.setStatusTip(reason or "")
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find_action = QAction(self.tr("&Find…"), self)
        find_action.setObjectName("findAction")
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(find_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.setObjectName("goMenu")
        names = (
            self.tr("&Today"),
            self.tr("&Residents"),
            self.tr("&Staff"),
            self.tr("T&eams"),
            self.tr("&Meetings"),
            self.tr("&Coordinators"),
            self.tr("Due for e&valuation"),
            self.tr("Teamwor&k"),
            self.tr("R&ota"),
        )
        self.page_actions: list[QAction] = []
        for i, (key, text) in enumerate(zip(self.PAGES, names, strict=True)):
            action = QAction(text, self)
            action.setObjectName(f"go{key.capitalize()}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, page=i: self.go_to(page))
            go_menu.addAction(action)
            self.page_actions.append(action)
        go_menu.addSeparator()
        self.handover_action = QAction(self.tr("&Hand-over sheet…"), self)
        self.handover_action.setObjectName("handoverAction")
        self.handover_action.setShortcut(QKeySequence("Ctrl+H"))
        self.handover_action.setStatusTip(
            self.tr("Residents with none of their people on this shift or the next")
        )
        self.handover_action.triggered.connect(self.open_handover)
        go_menu.addAction(self.handover_action)
        self.warnings_action = QAction(self.tr("&Warnings"), self)
        self.warnings_action.setObjectName("goWarningsAction")
        self.warnings_action.setShortcut(QKeySequence("F6"))
        self.warnings_action.triggered.connect(self.focus_warnings)
        go_menu.addAction(self.warnings_action)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self)
        self.conflicts_action.setObjectName("goConflictsAction")
        self.conflicts_action.setStatusTip(
            self.tr("What was changed on two PCs at once and waits for a person to choose")
        )
        self.conflicts_action.triggered.connect(self.open_conflicts)
        go_menu.addAction(self.conflicts_action)
        toggle = self.warnings.toggleViewAction()
        toggle.setText(self.tr("Show warnings &panel"))
        toggle.setObjectName("toggleWarningsAction")
        toggle.triggered.connect(lambda checked: self._remember_warnings_hidden(not checked))
        self.warnings.closed_by_person.connect(self._warnings_closed_by_person)
        self.warnings.fitted.connect(self._fit_timer.start)
        # The dock renames its toggle after its title ("Warnings (10)"); the toggle keeps its
        # name and the count goes on the Go menu's item.
        self.warnings.windowTitleChanged.connect(lambda _t: self._show_warnings_count())
        go_menu.addAction(toggle)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.setToolTip(self.tr("Short help for the page you are on"))
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About TeamDesk"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.session.refused.connect(self.show_refusal)
        self.session.saved.connect(
            lambda text: self.show_message(self.tr("Saved: {what}.").format(what=text))
        )
        self.session.told.connect(self.show_message)
        self.today.open_resident.connect(self.open_resident)
        self.today.open_plan.connect(self.open_resident_plan)
        self.today.open_meeting.connect(self.open_meeting)
        self.today.import_list.connect(self.imports.choose)
        # Today's first list changes the page's height (an empty house offers its import): the
        # warnings panel is fitted again once it is laid out.
        self.today.loaded.connect(self._fit_timer.start)
        self.warnings.open_resident.connect(self.open_resident)
        self.warnings.open_staff.connect(self.open_staff)
        self.warnings.open_conflicts.connect(self.open_conflicts)

    # -- pages, built when first needed ------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.PAGES):
            self._page(self.PAGES[row])
        self.pages.setCurrentIndex(row)

    def is_built(self, key: str) -> bool:
        """Whether the page ``key`` (one of :data:`PAGES`) was built yet."""
        return key in self._built

    def _page(self, key: str) -> QWidget:
        """The page ``key``, imported, built and wired the first time it is asked for."""
        built = self._built.get(key)
        if built is not None:
            return built
        session, settings = self.session, self._settings
        page: QWidget
        if key == "residents":
            from teamdesk.ui.people.residents_view import ResidentsView

            residents = ResidentsView(session, settings)
            residents.open_staff.connect(self.open_staff)
            residents.page.plan_page.prepare_meeting.connect(self.prepare_meeting)
            page = residents
        elif key == "staff":
            from teamdesk.ui.people.staff_view import StaffView

            staff = StaffView(session, settings)
            staff.open_resident.connect(self.open_resident)
            page = staff
        elif key == "teams":
            from teamdesk.ui.people.teams_view import TeamsView

            teams = TeamsView(session, settings)
            teams.open_resident.connect(self.open_resident)
            teams.open_staff.connect(self.open_staff)
            page = teams
        elif key == "meetings":
            from teamdesk.ui.meetings.meetings_view import MeetingsView

            meetings = MeetingsView(session, settings)
            meetings.open_resident.connect(self.open_resident)
            page = meetings
        elif key == "coordinators":
            from teamdesk.ui.coordinators.mentoring_view import CoordinatorsView

            coordinators = CoordinatorsView(session, settings)
            coordinators.open_staff.connect(self.open_staff)
            page = coordinators
        elif key == "evaluations":
            from teamdesk.ui.meetings.evaluations_view import EvaluationsView

            evaluations = EvaluationsView(session, settings)
            evaluations.open_plan.connect(self.open_resident_plan)
            page = evaluations
        elif key == "relations":
            from teamdesk.ui.relations.page import RelationsView

            page = RelationsView(session, settings)
        elif key == "rota":
            from teamdesk.ui.rota.rota_page import RotaPage

            page = RotaPage(session)
        else:
            raise KeyError(key)
        index = self.PAGES.index(key)
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built[key] = page
        return page

    @property
    def residents(self) -> ResidentsView:
        return cast("ResidentsView", self._page("residents"))

    @property
    def staff(self) -> StaffView:
        return cast("StaffView", self._page("staff"))

    @property
    def teams(self) -> TeamsView:
        return cast("TeamsView", self._page("teams"))

    @property
    def meetings(self) -> MeetingsView:
        return cast("MeetingsView", self._page("meetings"))

    @property
    def coordinators(self) -> CoordinatorsView:
        return cast("CoordinatorsView", self._page("coordinators"))

    @property
    def evaluations(self) -> EvaluationsView:
        return cast("EvaluationsView", self._page("evaluations"))

    @property
    def relations(self) -> RelationsView:
        return cast("RelationsView", self._page("relations"))

    @property
    def rota(self) -> RotaPage:
        return cast("RotaPage", self._page("rota"))

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        state = self._settings.value("window/state")
        self._restoring = True  # restoring a hidden dock closes it: not the person's choice
        try:
            restored = state is not None and self.restoreState(state)
        finally:
            self._restoring = False
        # The panel takes the height its warnings need (see fit_warnings) until the person
        # drags its edge; a height restored from the last session is theirs.
        self._warnings_fitted = -1 if restored else None
        # The warnings belong to the house: shown at every sign-in unless this person hid
        # them, whatever the last window's state was (a lock hides the panel before closing).
        self.warnings.setVisible(not self._warnings_hidden())

    def _first_size(self) -> None:
        """The window's size on a PC where it has never been shown: roomy on a large screen,
        the whole screen on a laptop (1366x768), never larger than the screen, where its right
        edge and the warnings panel would be out of sight."""
        wanted = QSize(1400, 900)
        room = self._screen_room() or wanted
        if room.width() < wanted.width() or room.height() < wanted.height():
            self.resize(wanted.boundedTo(room))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(wanted)

    def _screen_room(self) -> QSize | None:
        """The room the screen this window opens on leaves for windows."""
        screen = self.screen()
        return screen.availableGeometry().size() if screen is not None else None

    def fit_warnings(self) -> None:
        """Give the warnings panel no more height than its warnings need (issue 10): on a
        768 px high screen it took a quarter of the height for a sentence and five lines. A
        panel the person dragged smaller stays so; one this method sized follows its
        warnings."""
        dock = self.warnings
        if dock.isHidden() or dock.isFloating():
            return
        needed = dock.needed_height(self.height())
        fitted = self._warnings_fitted
        ours = fitted is None or abs(dock.height() - fitted) <= 2
        if dock.height() > needed + 2 or (ours and dock.height() < needed - 2):
            self.resizeDocks([dock], [needed], Qt.Orientation.Vertical)
            self._warnings_fitted = needed
            # Asked for while the window is still being laid out (just shown), the height can
            # be undone by the layout's next pass: it is asked for once more after it.
            QTimer.singleShot(0, self, lambda: self._fit_settled(needed))

    def _fit_settled(self, asked: int) -> None:
        dock = self.warnings
        if dock.isVisible() and self._warnings_fitted == asked and abs(dock.height() - asked) > 2:
            self.resizeDocks([dock], [asked], Qt.Orientation.Vertical)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit_timer.start()

    def _warnings_key(self) -> str:
        actor = self.session.ctx.actor
        return f"warnings/hiddenBy/{actor.account_id or actor.name}"

    def _warnings_hidden(self) -> bool:
        return str(self._settings.value(self._warnings_key(), "false")).lower() == "true"

    def _warnings_closed_by_person(self) -> None:
        if not self._restoring:
            self._remember_warnings_hidden(True)

    def _remember_warnings_hidden(self, hidden: bool) -> None:
        self._settings.setValue(self._warnings_key(), "true" if hidden else "false")

    def _show_warnings_count(self) -> None:
        self.warnings.toggleViewAction().setText(self.tr("Show warnings &panel"))
        count = self.warnings.model.rowCount()
        self.warnings_action.setText(
            self.tr("&Warnings ({count})").format(count=count)
            if self.warnings.is_loaded()
            else self.tr("&Warnings")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.overview.is_loaded():
            self.overview.reload()

    # -- navigation --------------------------------------------------------------------------

    def go_to(self, page: int) -> None:
        self.navigation.setCurrentRow(page)
        current = self.pages.currentWidget()
        if current is not None:
            current.setFocus()

    def current_page(self) -> str:
        return self.PAGES[self.pages.currentIndex()]

    def open_resident(self, resident_id: str) -> None:
        """Show a resident's page from anywhere (a warning, today's list, a staff member)."""
        self.navigation.setCurrentRow(1)
        if self.residents.show_resident(resident_id):
            self.residents.table.setFocus()
        else:
            self.show_refusal(self.tr("This resident no longer exists."))

    def open_resident_plan(self, resident_id: str) -> None:
        """Show a resident's page on the Individual plan tab (from Due for evaluation)."""
        self.open_resident(resident_id)
        page = self.residents.page
        if page.resident_id() == resident_id:
            page.tabs.setCurrentWidget(page.plan_page)

    def open_meeting(self, meeting_id: str) -> None:
        """Show a meeting on the Meetings page (from "My plans" on Today)."""
        self.navigation.setCurrentRow(self.PAGES.index("meetings"))
        self.meetings.show_meeting(meeting_id)

    def open_staff(self, staff_id: str) -> None:
        self.navigation.setCurrentRow(2)
        if self.staff.show_staff(staff_id):
            self.staff.table.setFocus()
        else:
            self.show_refusal(self.tr("This staff member no longer exists."))

    def prepare_meeting(self, plan_id: str) -> str | None:
        """Prepare a meeting about a plan (from the plan page) and show it on Meetings."""
        self.navigation.setCurrentRow(self.PAGES.index("meetings"))
        return self.meetings.prepare_for_plan(plan_id, open_planned=True)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.today:
            self.navigation.setCurrentRow(1)
        key = self.current_page()
        if key in ("residents", "staff", "teams", "meetings"):
            getattr(self, key).focus_search()

    def focus_warnings(self) -> None:
        self.warnings.show()
        self.warnings.raise_()
        self.warnings.list.setFocus()
        if not self.warnings.list.currentIndex().isValid() and self.warnings.model.rowCount():
            self.warnings.list.setCurrentIndex(self.warnings.model.index(0, 0))

    def open_handover(self) -> HandoverDialog:
        """The shift leader's hand-over sheet, beside the window."""
        from teamdesk.ui.rota.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.handover_dialog = dialog
        dialog.show()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        """Open the Conflicts view (what waits for a person after PCs synced), or bring it
        to the front when it is open."""
        from teamdesk.ui.sync.conflicts_view import ConflictsDialog

        for existing in self.findChildren(ConflictsDialog):
            if existing.isVisible():
                existing.reload()
                existing.raise_()
                existing.activateWindow()
                return existing
        dialog = ConflictsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._conflicts_closed)
        dialog.show()
        return dialog

    def _conflicts_closed(self, _result: int) -> None:
        # A choice may have been about a table the warnings do not watch (a goal, minutes).
        self.overview.reload()

    def open_house_settings(self) -> HouseSettingsDialog | None:
        """Open the house settings; refused for those who may not change them."""
        from teamdesk.ui.settings_dialog import HouseSettingsDialog

        if not self.session.ctx.can(Permission.EDIT_SETTINGS):
            self.show_refusal(
                self.tr("Only leaders and administrators may change the house settings.")
            )
            return None
        dialog = HouseSettingsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _new_resident(self) -> None:
        self.navigation.setCurrentRow(1)
        self.residents.new_name.setFocus()

    # -- undo and messages -------------------------------------------------------------------

    def undo(self) -> None:
        stack = self.session.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.show_message(self.tr("Undone: {what}.").format(what=text))

    def redo(self) -> None:
        stack = self.session.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self.show_message(self.tr("Redone: {what}.").format(what=text))

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo")
        )

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo")
        )

    def show_message(self, text: str) -> None:
        """A quiet confirmation in the status bar; a refusal shown before is now past."""
        self.banner.hide()
        self.banner.setText("")
        self.status_message.setProperty("kind", "")
        self._polish(self.status_message)
        self.status_message.setText(text)
        self._message_timer.start()

    def show_refusal(self, text: str) -> None:
        """A refusal shows in the page, above what was tried, until the next message or
        until the person goes to another page."""
        self._message_timer.stop()
        self.status_message.setText("")
        self.banner.setText(text)
        self.banner.show()

    def clear_messages(self) -> None:
        self.banner.hide()
        self.banner.setText("")
        self.status_message.setText("")

    def _fade_message(self) -> None:
        self.status_message.setText("")

    @staticmethod
    def _polish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def guide_page(self) -> str:
        """The guide's page for where the person is: the plan when a resident's plan is open."""
        page = self.current_page()
        if page == "residents":
            resident = self.residents.page
            if resident.tabs.currentWidget() is resident.plan_page:
                return "plan"
        return page

    def open_guide(self) -> GuideDialog:
        """Open the guide at the page the person is on (F1); it stays open beside the window."""
        if self._guide is None:
            from teamdesk.ui.guide import GuideDialog

            self._guide = GuideDialog(self)
        self._guide.show_page(self.guide_page())
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def about_text(self) -> str:
        """What Help › About says: the version, where the data is, the database's schema."""
        return self.tr(
            "TeamDesk {version}: teams, individual plans and meetings for housing "
            "communities.\n\nData folder: {location}\nDatabase schema version: {schema}"
        ).format(
            version=__version__,
            location=self._data_folder,
            schema=ui_queries.schema_version(self.session.ctx),
        )

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About TeamDesk"), self.about_text())

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # a field being typed in saves on losing focus
        if not self._closed and not self.settle_drafts():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def pending_drafts(self) -> list[DraftLineEdit]:
        """Lines where something new was typed and not yet added, hidden ones too (locked)."""
        return [d for d in self._body.findChildren(DraftLineEdit) if d.has_draft()]

    def ask_about_drafts(self, what: list[str]) -> QMessageBox.StandardButton:
        """Ask whether to add what was typed; tests answer for the person."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Typed text not saved yet"),
            self.tr("{name} typed text that is not saved yet: {what}. Save it?").format(
                name=self.session.ctx.actor.name, what=", ".join(what)
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("draftsQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def settle_drafts(self) -> bool:
        """Before the window closes or hands over to someone else: add what was typed, throw
        it away, or stay (False). A draft that is refused stays, with the refusal shown."""
        drafts = self.pending_drafts()
        if not drafts:
            return True
        answer = self.ask_about_drafts([d.draft_what for d in drafts])
        if answer == QMessageBox.StandardButton.Save:
            return all([d.save_draft() for d in drafts])
        if answer == QMessageBox.StandardButton.Discard:
            for d in drafts:
                d.clear()
            return True
        return False

    def settle_operations(self) -> None:
        """Before the window closes or locks: what runs in the background is finished (or
        cancelled where that is safe) and its outcome shown now, never half-written and never
        arriving on a locked screen."""
        self.session.ops.finish_all()

    def shutdown(self) -> None:
        """Finish background work, save the window's layout and stop background reading;
        safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.settle_operations()
        self.reader.shutdown()
        if not self._remember_layout:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        for key, view in self._built.items():
            if key != "today":
                cast("_RemembersLayout", view).save_state()
        self._settings.sync()
