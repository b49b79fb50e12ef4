"""Section b): who takes part (the resident, relatives, services, staff), their details,
contribution and consent to share information."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QWidget

from teamdesk.domain.plan import Participant, ParticipantKind
from teamdesk.domain.plan_profile import PROFESSIONALS_COUNT, PROFESSIONALS_PRINCIPLE, PlanProfile
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import date_problem, format_date, parse_date, translate
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    DateEdit,
    DraftLineEdit,
    clear_invalid,
    fit_rows,
    hint,
    mark_invalid,
    named,
)
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState

CONSENT_DATES = ("share_consent_date", "share_consent_expires")


class ParticipantsSection(PlanSectionWidget):
    """b) Who takes part."""

    key = "b"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
        # The Danish plan counts the professionals around the citizen, under its principle.
        self.professionals = named(
            hint(""), "professionalsCount", self.tr("Professionals around the resident")
        )
        layout.addWidget(self.professionals)
        self.participants_model = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Who"), lambda p: translate(p.kind.label)),
                Column(self.tr("Role"), lambda p: translate(p.role)),
                Column(self.tr("May share information"), self._share_text),
            ],
            key=lambda p: p.id,
            kind=self._share_kind,
            parent=self,
        )
        self.participants_table = self.table(
            self.participants_model, "participantsTable", self.tr("Who takes part"), narrow=()
        )
        self.participants_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_participant()
        )
        layout.addWidget(self.participants_table)

        self.participant_kind = self.combo("newParticipantKind", self.tr("Who they are"))
        for kind in (
            ParticipantKind.SERVICE,
            ParticipantKind.RELATIVE,
            ParticipantKind.STAFF,
            ParticipantKind.RESIDENT,
        ):
            self.participant_kind.addItem(translate(kind.label), kind)
        self.new_participant = self.editing(
            named(
                DraftLineEdit(self.tr("a new participant"), lambda: self.add_participant()),
                "newParticipantName",
                self.tr("Name"),
            )
        )
        self.new_participant.setPlaceholderText(self.tr("Name"))
        self.new_participant_org = self.editing(
            named(QLineEdit(), "newParticipantOrganisation", self.tr("Organisation"))
        )
        self.new_participant_org.setPlaceholderText(self.tr("Organisation (NAV, GP…)"))
        self.new_participant_org.returnPressed.connect(self.add_participant)
        self.new_participant.returnPressed.connect(self.add_participant)
        adding = QHBoxLayout()
        adding.addWidget(self.participant_kind)
        adding.addWidget(self.new_participant, 2)
        adding.addWidget(self.new_participant_org, 2)
        layout.addLayout(adding)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(
            self.button(
                self.tr("Add &participant"),
                "addParticipantButton",
                self.tr("Add participant"),
                self.add_participant,
            )
        )
        layout.addLayout(add_row)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.participant_fields: dict[str, CommitLineEdit] = {}
        labels = [
            ("name", self.tr("Name")),
            ("organisation", self.tr("Organisation")),
            ("role", self.tr("Role")),
            ("contact", self.tr("Contact")),
            ("contribution", self.tr("Contributes")),
            ("share_scope", self.tr("May share")),
            ("share_consent_date", self.tr("Consent to share given")),
            ("share_consent_expires", self.tr("Consent expires")),
        ]
        for key, label in labels:
            edit = (
                self.date_field(f"participant_{key}", label)
                if key in CONSENT_DATES
                else self.line(f"participant_{key}", label)
            )
            edit.editingFinished.connect(lambda k=key: self._commit_participant(k))
            self.participant_fields[key] = edit
            form.addRow(label, edit.field if isinstance(edit, DateEdit) else edit)
        layout.addLayout(form)
        remove = QHBoxLayout()
        remove.addStretch(1)
        self.remove_button = self.button(
            self.tr("Remove participant"),
            "removeParticipantButton",
            self.tr("Remove the chosen participant"),
            self._remove_participant,
        )
        remove.addWidget(self.remove_button)
        layout.addLayout(remove)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------

    def show_view(self, view: PlanView) -> None:
        shared = view.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN
        self.professionals.setVisible(shared)
        if shared:
            count = translate(PROFESSIONALS_COUNT).format(
                resident=view.content.resident_name, count=len(view.professionals)
            )
            names = ", ".join(view.professionals)
            self.professionals.setText(f"{count} {translate(PROFESSIONALS_PRINCIPLE)}")
            self.professionals.setToolTip(names)
        self.participants_model.set_rows(view.content.ordered_participants())
        fit_rows(self.participants_table, 2, 10)
        self._show_participant()

    def selected_participant(self) -> Participant | None:
        row = self.selected_row(self.participants_table, self.participants_model)
        return row if isinstance(row, Participant) else None

    def _share_text(self, p: Participant) -> str:
        if not p.is_external:
            return ""
        if p.share_consent_date is None:
            return self.tr("No consent recorded")
        today = self.state.today()
        if p.share_consent_expires and p.share_consent_expires < today:
            return self.tr("Expired {date}").format(date=format_date(p.share_consent_expires))
        if p.share_consent_expires:
            return self.tr("Until {date}").format(date=format_date(p.share_consent_expires))
        return self.tr("Yes, since {date}").format(date=format_date(p.share_consent_date))

    def _share_kind(self, p: Participant) -> RowKind:
        if p.is_external and not p.share_consent_valid_on(self.state.today()):
            return RowKind.WARNING
        return RowKind.NORMAL

    def _show_participant(self) -> None:
        p = self.selected_participant()
        for key, widget in self.participant_fields.items():
            self.enable(widget, p is not None)
            if isinstance(widget, DateEdit):
                self.enable(widget.field, p is not None)
            clear_invalid(widget)
            value = getattr(p, key) if p else ""
            widget.show_saved(format_date(value) if isinstance(value, date) else (value or ""))
        self.enable(self.remove_button, p is not None)

    # -- changing ------------------------------------------------------------------------------

    def add_participant(self) -> None:
        """Add the typed participant; a staff member's name is looked up when it matches."""
        state = self.state
        pid, name = state.plan_id, self.new_participant.text().strip()
        if pid is None or not name:
            return
        kind = self.participant_kind.currentData()
        org = self.new_participant_org.text().strip()
        staff_id = next((s.id for s in state.staff if s.name.casefold() == name.casefold()), None)
        fields: dict[str, object] = {"organisation": org}
        if kind is ParticipantKind.STAFF and staff_id:
            fields["staff_id"] = staff_id
        outcome = state.run(
            self.tr("Add participant"),
            lambda: state.service.add_participant(pid, kind, name, **fields),
        )
        if outcome is not None:
            self.new_participant.clear()
            self.new_participant_org.clear()
            self.select_key(self.participants_table, self.participants_model, outcome.row_id)

    def _commit_participant(self, key: str) -> None:
        p = self.selected_participant()
        state = self.state
        if p is None or state.loading:
            return
        widget = self.participant_fields[key]
        value: object = widget.text()
        if key in CONSENT_DATES:
            try:
                value = parse_date(widget.text(), state.today())
            except ValueError:
                mark_invalid(widget, date_problem(widget.text(), state.today()))
                return
        clear_invalid(widget)
        if getattr(p, key) == value:
            return
        pid = p.id
        outcome = state.run(
            self.tr("Change participant"),
            lambda: state.service.update_participant(pid, **{key: value}),
        )
        if outcome is None:
            mark_invalid(widget, state.session.last_refusal)

    def _remove_participant(self) -> None:
        p = self.selected_participant()
        if p is not None:
            pid = p.id
            self.state.run(
                self.tr("Remove participant"), lambda: self.state.service.remove_participant(pid)
            )
