"""House settings for leaders and administrators: the house's own role names, the workload
limits the warnings count against, the time zone meetings are held in, how often the house's
PCs sync, and (this PC's own) which folder this PC syncs through.

Every field is saved when a person is done with it, through the services and onto the undo
stack; a refusal is shown as a sentence beside the field, which keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.plan_profile import (
    MAX_FIRST_REVIEW_MONTHS,
    MAX_REVIEW_INTERVAL_MONTHS,
    PlanProfile,
)
from teamdesk.domain.team import DEFAULT_ROLE_LABELS, Role
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.meetings import DEFAULT_TIME_ZONE, MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.plan import PlanService
from teamdesk.services.rota import RotaService
from teamdesk.services.sync import MAX_INTERVAL_MINUTES, SyncService
from teamdesk.services.team import Outcome
from teamdesk.ui.common.text import refusal_text, translate
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    clear_invalid,
    hint,
    mark_invalid,
    named,
    pass_undo_to_window,
)
from teamdesk.ui.session import Session
from teamdesk.ui.sync.sync_status import SyncController

LIMIT_MAXIMUM = 999
ROTA_SHIFTS_MAXIMUM = 9999  # a 52-week cycle of a house with many shift kinds


class HouseSettingsDialog(QDialog):
    """The house's settings, each saved when made; open only for those who may change them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseSettingsDialog")
        self.setWindowTitle(self.tr("House settings"))
        self.setAccessibleName(self.tr("House settings"))
        self._session = session
        self._plans = PlanService(session.ctx)
        self._mentoring = MentoringService(session.ctx)
        self._meetings = MeetingService(session.ctx)
        self.notes: dict[QWidget, QLabel] = {}

        outer = QVBoxLayout(self)
        # The settings scroll rather than squeeze when a 768 px screen is shorter than they are.
        scroll = QScrollArea()
        scroll.setObjectName("houseSettingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                self.tr(
                    "Each change is saved as soon as you leave the field or press Enter. "
                    "Ctrl+Z undoes it."
                )
            )
        )

        roles = QGroupBox(self.tr("Role names"))
        roles.setObjectName("roleNamesGroup")
        roles_grid = QGridLayout(roles)
        roles_grid.addWidget(
            hint(
                self.tr(
                    "The house's own names for the roles on a resident's team. Leave a field "
                    "empty to use the standard name."
                )
            ),
            0,
            0,
            1,
            3,
        )
        self.role_edits: dict[Role, CommitLineEdit] = {}
        role_texts = {
            Role.PRIMARY: (
                "primaryRoleName",
                self.tr("&Primary contact:"),
                self.tr("The house's name for the primary contact"),
            ),
            Role.SECONDARY: (
                "secondaryRoleName",
                self.tr("&Secondary contact:"),
                self.tr("The house's name for the secondary contact"),
            ),
            Role.MEMBER: (
                "memberRoleName",
                self.tr("Team &member:"),
                self.tr("The house's name for a team member"),
            ),
        }
        for row, (role, (object_name, label, accessible)) in enumerate(role_texts.items(), start=1):
            edit = named(CommitLineEdit(), object_name, accessible)
            edit.setPlaceholderText(translate(DEFAULT_ROLE_LABELS[role]))
            edit.editingFinished.connect(lambda r=role: self._save_role(r))
            self.role_edits[role] = edit
            self._add_row(roles_grid, row, label, edit)
        layout.addWidget(roles)

        limits = QGroupBox(self.tr("Workload limits"))
        limits.setObjectName("limitsGroup")
        limits_grid = QGridLayout(limits)
        limits_grid.addWidget(
            hint(self.tr("A warning appears when someone has more than this.")), 0, 0, 1, 3
        )
        self.max_primary = self._limit(
            "maxPrimaryPerStaff", self.tr("Most residents one person is primary contact for")
        )
        self.max_plans = self._limit(
            "maxPlansPerCoordinator", self.tr("Most individual plans one coordinator holds")
        )
        self.max_mentees = self._limit(
            "maxMenteesPerMentor", self.tr("Most coordinators one mentor guides")
        )
        self._add_row(limits_grid, 1, self.tr("Residents per p&rimary contact:"), self.max_primary)
        self._add_row(limits_grid, 2, self.tr("Plans per &coordinator:"), self.max_plans)
        self._add_row(limits_grid, 3, self.tr("Mentees per m&entor:"), self.max_mentees)
        self.max_primary.valueChanged.connect(lambda _v: self._save_max_primary())
        self.max_plans.valueChanged.connect(lambda _v: self._save_max_plans())
        self.max_mentees.valueChanged.connect(lambda _v: self._save_max_mentees())
        layout.addWidget(limits)
        layout.addWidget(self._build_rota_limits())

        plans = QGroupBox(self.tr("Plans"))
        plans.setObjectName("plansGroup")
        plans_column = QVBoxLayout(plans)
        plans_column.addWidget(
            hint(
                self.tr(
                    "Decides the plan's parts, their order, what must be in place before it is "
                    "approved, and the printed headings. The plans keep what is written in them."
                )
            )
        )
        plans_grid = QGridLayout()
        plans_column.addLayout(plans_grid)
        self.plan_profile = named(
            QComboBox(), "planProfile", self.tr("The plan the house writes for its residents")
        )
        self.plan_profile.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_profile.setMinimumContentsLength(30)
        for profile in PlanProfile:
            self.plan_profile.addItem(translate(profile.label), profile.value)
            self.plan_profile.setItemData(
                self.plan_profile.count() - 1,
                translate(profile.label),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.plan_profile.activated.connect(lambda _i: self._save_plan_profile())
        profile_label = QLabel(self.tr("&Kind of plan:"))
        profile_label.setBuddy(self.plan_profile)
        profile_note = named(QLabel(), "planProfileNote", self.tr("Why the change was not saved"))
        profile_note.setWordWrap(True)
        profile_note.setProperty("role", "refusal")
        self.notes[self.plan_profile] = profile_note
        plans_grid.addWidget(profile_label, 0, 0)
        plans_grid.addWidget(self.plan_profile, 0, 1, 1, 2)
        plans_grid.addWidget(profile_note, 1, 1, 1, 2)
        self.first_review = self._limit(
            "firstReviewMonths",
            self.tr("Months after moving in by which a plan is first followed up"),
        )
        self.first_review.setMaximum(MAX_FIRST_REVIEW_MONTHS)
        self.review_interval = self._limit(
            "reviewIntervalMonths", self.tr("Months at most between follow-ups of a plan")
        )
        self.review_interval.setMaximum(MAX_REVIEW_INTERVAL_MONTHS)
        for spin in (self.first_review, self.review_interval):
            spin.setSuffix(self.tr(" months"))
            spin.valueChanged.connect(lambda _v: self._save_review_cadence())
        first_label = self.tr("First &follow-up after moving in:")
        self._add_row(plans_grid, 2, first_label, self.first_review)
        self._add_row(plans_grid, 3, self.tr("Then at least e&very:"), self.review_interval)
        plans_column.addWidget(
            hint(
                self.tr(
                    "Used by the Danish plan: the law sets no interval for adults, so the "
                    "house chooses (often 3 months after moving in, then every 12)."
                )
            )
        )
        layout.addWidget(plans)

        meetings = QGroupBox(self.tr("Meetings"))
        meetings.setObjectName("meetingsGroup")
        meetings_grid = QGridLayout(meetings)
        self.time_zone = named(
            CommitLineEdit(),
            "meetingTimeZone",
            self.tr("Time zone meetings are held in"),
        )
        self.time_zone.setPlaceholderText(DEFAULT_TIME_ZONE)
        completer = QCompleter(sorted(available_timezones()), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.editingFinished.connect(self._save_time_zone)
        self._add_row(meetings_grid, 0, self.tr("&Time zone:"), self.time_zone)
        meetings_grid.addWidget(
            hint(self.tr("Used for meeting invitations sent to calendars (.ics).")), 1, 1, 1, 2
        )
        layout.addWidget(meetings)

        sync = QGroupBox(self.tr("Sync between PCs"))
        sync.setObjectName("syncGroup")
        sync_grid = QGridLayout(sync)
        self._sync = SyncService(session.ctx)
        self.sync_minutes = named(
            QSpinBox(), "syncMinutes", self.tr("Minutes between syncs, on every PC of the house")
        )
        self.sync_minutes.setRange(1, MAX_INTERVAL_MINUTES)
        self.sync_minutes.setKeyboardTracking(False)
        self.sync_minutes.setSuffix(self.tr(" min"))
        pass_undo_to_window(self.sync_minutes)
        self.sync_minutes.valueChanged.connect(lambda _v: self._save_sync_minutes())
        self._add_row(sync_grid, 0, self.tr("Sync &every:"), self.sync_minutes)
        self.sync_folder = named(QLabel(), "syncFolder", self.tr("This PC's sync folder"))
        self.sync_folder.setWordWrap(True)
        self.sync_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = named(
            QPushButton(self.tr("C&hoose…")),
            "chooseSyncFolder",
            self.tr("Choose the folder this PC syncs through"),
        )
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda _checked=False: self.choose_sync_folder())
        folder_label = QLabel(self.tr("This PC's sync folder:"))
        folder_label.setBuddy(choose)
        sync_grid.addWidget(folder_label, 1, 0)
        sync_grid.addWidget(self.sync_folder, 1, 1)
        sync_grid.addWidget(choose, 1, 2)
        sync_grid.addWidget(
            hint(
                self.tr(
                    "How often is the house's setting; the folder is this PC's own (a shared "
                    "folder, a OneDrive folder or a USB stick that every PC of the house reaches)."
                )
            ),
            2,
            0,
            1,
            3,
        )
        layout.addWidget(sync)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("houseSettingsButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("houseSettingsClose")
        close.setAccessibleName(self.tr("Close the house settings"))
        close.setAutoDefault(False)
        outer.addWidget(buttons)

        self._saved: dict[str, str] = {}
        self.reload()
        session.changed.connect(self._on_changed)
        self.setMinimumWidth(640)
        screen = self.screen().availableGeometry() if self.screen() else None
        wanted = content.sizeHint().height() + buttons.sizeHint().height() + 40
        if screen is not None:
            wanted = min(wanted, int(screen.height() * 0.9))
        self.resize(max(640, content.sizeHint().width() + 40), wanted)

    # -- building ----------------------------------------------------------------------------

    def _build_rota_limits(self) -> QGroupBox:
        """When the rota rules warn the leader (issue 13)."""
        self._rotas = RotaService(self._session.ctx)
        group = QGroupBox(self.tr("Rota warnings"))
        group.setObjectName("rotaLimitsGroup")
        grid = QGridLayout(group)
        grid.addWidget(
            hint(
                self.tr(
                    "A warning appears when a resident has nobody of their people on more of "
                    "the cycle's shifts than this, and when a primary contact works a smaller "
                    "share of the cycle's days."
                )
            ),
            0,
            0,
            1,
            3,
        )
        self.max_uncovered = self._limit(
            "rotaMaxUncovered",
            self.tr("Most shifts of the cycle with nobody of a resident's people on them"),
        )
        self.max_uncovered.setRange(0, ROTA_SHIFTS_MAXIMUM)
        self.min_primary_percent = self._limit(
            "rotaMinPrimaryPercent",
            self.tr("Least share of the cycle's days a primary contact works"),
        )
        self.min_primary_percent.setRange(0, 100)
        self.min_primary_percent.setSuffix(" %")
        self._add_row(grid, 1, self.tr("Shifts &without a resident's people:"), self.max_uncovered)
        self._add_row(grid, 2, self.tr("Primary contact's &least share:"), self.min_primary_percent)
        self.max_uncovered.valueChanged.connect(lambda _v: self._save_rota_limit("max_uncovered"))
        self.min_primary_percent.valueChanged.connect(
            lambda _v: self._save_rota_limit("min_primary_percent")
        )
        return group

    def _limit(self, object_name: str, accessible: str) -> QSpinBox:
        spin = named(QSpinBox(), object_name, accessible)
        spin.setRange(1, LIMIT_MAXIMUM)
        spin.setKeyboardTracking(False)  # typing "12" saves 12, not 1 and then 12
        pass_undo_to_window(spin)
        return spin

    def _add_row(self, grid: QGridLayout, row: int, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        note = named(
            QLabel(),
            f"{field.objectName()}Note",
            self.tr("Why the change was not saved"),
        )
        note.setWordWrap(True)
        note.setProperty("role", "refusal")
        note.setMinimumWidth(220)
        self.notes[field] = note
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(note, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    # -- showing -----------------------------------------------------------------------------

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "setting" in tables:
            self.reload()

    def reload(self) -> None:
        """Show the stored settings; a field being typed in or holding refused text keeps it."""
        session = self._session
        settings = session.read(session.team.rule_settings, None)
        if settings is not None:
            for role, edit in self.role_edits.items():
                label = settings.role_labels.get(role, "")
                own = "" if label == DEFAULT_ROLE_LABELS[role] else label
                self._saved[f"role.{role.value}"] = own
                edit.show_saved(own)
            self._show_limit("max_primary", self.max_primary, settings.max_primary_per_staff)
        plans = session.read(self._plans.max_plans_per_coordinator, None)
        if plans is not None:
            self._show_limit("max_plans", self.max_plans, plans)
        profile = session.read(self._plans.plan_profile, None)
        if profile is not None:
            self._saved["plan_profile"] = profile.value
            self.plan_profile.setCurrentIndex(self.plan_profile.findData(profile.value))
            self._settle(self.plan_profile, None)
        cadence = session.read(self._plans.review_cadence, None)
        if cadence is not None:
            self._show_limit("first_review", self.first_review, cadence.first_months)
            self._show_limit("review_interval", self.review_interval, cadence.interval_months)
        mentees = session.read(self._mentoring.max_mentees, None)
        if mentees is not None:
            self._show_limit("max_mentees", self.max_mentees, mentees)
        rota = session.read(self._rotas.rule_settings, None)
        if rota is not None:
            self._show_limit("max_uncovered", self.max_uncovered, rota.max_uncovered)
            self._show_limit(
                "min_primary_percent", self.min_primary_percent, rota.min_primary_percent
            )
        minutes = session.read(self._sync.interval_minutes, None)
        if minutes is not None:
            self._show_limit("sync_minutes", self.sync_minutes, minutes)
        folder = session.read(self._sync.folder, None)
        self.sync_folder.setText(folder or self.tr("None chosen yet"))
        zone = session.read(self._meetings.time_zone, None)
        if zone is not None:
            shown = "" if zone == DEFAULT_TIME_ZONE else zone
            self._saved["time_zone"] = shown
            self.time_zone.show_saved(shown)

    def _show_limit(self, key: str, spin: QSpinBox, value: int) -> None:
        self._saved[key] = str(value)
        if spin.value() != value:
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._settle(spin, None)

    def _settle(self, field: QWidget, refusal: str | None) -> None:
        note = self.notes[field]
        if refusal:
            mark_invalid(field, refusal)
            note.setText(refusal)
        else:
            clear_invalid(field)
            note.setText("")

    # -- saving ------------------------------------------------------------------------------

    def _save(
        self,
        key: str,
        value: str,
        field: QWidget,
        description: str,
        action: Callable[[], Outcome],
    ) -> bool:
        if self._saved.get(key) == value:
            self._settle(field, None)
            return True
        outcome = self._session.run(description, action)
        if outcome is None:
            self._settle(field, self._session.last_refusal)
            return False
        self._saved[key] = value
        self._settle(field, None)
        return True

    def _save_role(self, role: Role) -> None:
        edit = self.role_edits[role]
        label = edit.text().strip()
        team = self._session.team
        if self._save(
            f"role.{role.value}",
            label,
            edit,
            self.tr("Rename the role {role}").format(role=translate(DEFAULT_ROLE_LABELS[role])),
            lambda: team.set_role_label(role, label),
        ):
            edit.setModified(False)

    def _save_max_primary(self) -> None:
        limit = self.max_primary.value()
        team = self._session.team
        self._save(
            "max_primary",
            str(limit),
            self.max_primary,
            self.tr("Change the residents per primary contact to {limit}").format(limit=limit),
            lambda: team.set_max_primary_per_staff(limit),
        )

    def _save_max_plans(self) -> None:
        limit = self.max_plans.value()
        self._save(
            "max_plans",
            str(limit),
            self.max_plans,
            self.tr("Change the plans per coordinator to {limit}").format(limit=limit),
            lambda: self._plans.set_max_plans_per_coordinator(limit),
        )

    def _save_plan_profile(self) -> None:
        value = str(self.plan_profile.currentData())
        profile = PlanProfile(value)
        self._save(
            "plan_profile",
            value,
            self.plan_profile,
            self.tr("Write plans as: {profile}").format(profile=translate(profile.label)),
            lambda: self._plans.set_plan_profile(profile),
        )

    def _save_review_cadence(self) -> None:
        first, every = self.first_review.value(), self.review_interval.value()
        if self._saved.get("first_review") == str(first):
            key, field = "review_interval", self.review_interval
        else:
            key, field = "first_review", self.first_review
        ok = self._save(
            key,
            str(first if key == "first_review" else every),
            field,
            self.tr("Follow plans up {first} months after moving in, then every {every}").format(
                first=first, every=every
            ),
            lambda: self._plans.set_review_cadence(first, every),
        )
        if ok:
            self._saved["first_review"], self._saved["review_interval"] = str(first), str(every)

    def _save_max_mentees(self) -> None:
        limit = self.max_mentees.value()
        self._save(
            "max_mentees",
            str(limit),
            self.max_mentees,
            self.tr("Change the mentees per mentor to {limit}").format(limit=limit),
            lambda: self._mentoring.set_max_mentees(limit),
        )

    def _save_rota_limit(self, key: str) -> None:
        field = self.max_uncovered if key == "max_uncovered" else self.min_primary_percent
        value = field.value()
        if key == "max_uncovered":
            what = self.tr("Warn of more than {limit} shifts without a resident's people")
        else:
            what = self.tr("Warn of a primary contact working under {limit} % of the days")
        limits = {key: value}
        self._save(
            key,
            str(value),
            field,
            what.format(limit=value),
            lambda: self._rotas.set_rule_limits(**limits),
        )

    def _save_time_zone(self) -> None:
        zone = self.time_zone.text().strip()
        if self._save(
            "time_zone",
            zone,
            self.time_zone,
            self.tr("Change the meetings' time zone"),
            lambda: self._meetings.set_time_zone(zone),
        ):
            self.time_zone.setModified(False)

    def _save_sync_minutes(self) -> None:
        minutes = self.sync_minutes.value()
        self._save(
            "sync_minutes",
            str(minutes),
            self.sync_minutes,
            self.tr("Sync every {minutes} minutes").format(minutes=minutes),
            lambda: self._sync.set_interval_minutes(minutes),
        )

    def choose_sync_folder(self, folder: str | None = None) -> None:
        """This PC's sync folder, through File > Sync folder when the window has it (so the
        first round runs at once); asks with a folder dialog when ``folder`` is not given."""
        window = self.parent()
        controller = (
            window.findChild(SyncController, "syncController") if window is not None else None
        )
        if isinstance(controller, SyncController):
            controller.choose_folder(folder)
        else:
            if folder is None:
                folder = QFileDialog.getExistingDirectory(
                    self, self.tr("Choose the folder this PC syncs through")
                )
            if folder:
                try:
                    self._sync.set_folder(folder)
                    self._settle(self.sync_minutes, None)
                except (ServiceError, StoreError) as error:
                    self._settle(self.sync_minutes, refusal_text(error))
        self.reload()
