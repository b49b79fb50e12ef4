"""Section c): the coordinator, what the checks say about them, and case roles that conflict."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QInputDialog, QLabel, QWidget

from teamdesk.domain.plan import CaseRoleKind
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.plan import CoordinatorCandidate, CoordinatorRefused
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.labels import coordinator_choice
from teamdesk.ui.common.text import refusal_text, tr_message, translate
from teamdesk.ui.common.widgets import hint, index_of_data, named, show_choice
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState, raising


class CoordinatorSection(PlanSectionWidget):
    """c) Coordinator."""

    key = "c"

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = self.body
        self._candidates: dict[str, CoordinatorCandidate] = {}
        self.coordinator_label = named(QLabel(), "coordinatorName", self.tr("Coordinator"))
        self.coordinator_label.setProperty("role", "subheading")
        self.coordinator_label.setWordWrap(True)
        self.coordinator_findings = named(
            QLabel(), "coordinatorFindings", self.tr("About the coordinator")
        )
        self.coordinator_findings.setWordWrap(True)
        layout.addWidget(self.coordinator_label)
        layout.addWidget(self.coordinator_findings)
        self.coordinator_combo = self.combo(
            "coordinatorCombo", self.tr("Staff member to coordinate")
        )
        self.coordinator_combo.currentIndexChanged.connect(lambda _i: self._preview_candidate())
        layout.addLayout(
            self.row(
                self.coordinator_combo,
                self.button(
                    self.tr("Make &coordinator"),
                    "assignCoordinatorButton",
                    self.tr("Make the chosen staff member coordinator"),
                    self.assign_coordinator,
                ),
            )
        )
        self.candidate_hint = named(hint(""), "candidateHint", self.tr("About the chosen person"))
        layout.addWidget(self.candidate_hint)

        roles_title = QLabel(self.tr("Case roles"))
        roles_title.setProperty("role", "subheading")
        layout.addWidget(roles_title)
        self.case_roles_label = named(hint(""), "caseRoles", self.tr("Case roles"))
        layout.addWidget(self.case_roles_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.case_role_staff = self.combo("caseRoleStaff", self.tr("Staff member"))
        self.case_role_kind = self.combo("caseRoleKind", self.tr("Case role"))
        for kind in CaseRoleKind:
            self.case_role_kind.addItem(translate(kind.label), kind)
        form.addRow(self.tr("Staff member"), self.case_role_staff)
        form.addRow(self.tr("Case role:"), self.case_role_kind)
        layout.addLayout(form)
        record = QHBoxLayout()
        record.addStretch(1)
        record.addWidget(
            self.button(
                self.tr("Record"),
                "addCaseRoleButton",
                self.tr("Record the case role"),
                self._add_case_role,
            )
        )
        layout.addLayout(record)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------

    def show_view(self, view: PlanView) -> None:
        state = self.state
        content = view.content
        name = content.coordinator_name
        self.coordinator_label.setText(name or self.tr("No coordinator chosen yet."))
        notes = [tr_message(f.message) for f in view.coordinator_findings]
        if view.plan.coordinator_override_reason:
            notes.append(
                self.tr("A leader allowed this despite a role conflict: {reason}").format(
                    reason=view.plan.coordinator_override_reason
                )
            )
        self.coordinator_findings.setText("\n".join(notes))
        self.coordinator_findings.setVisible(bool(notes))
        pid = view.plan.id
        candidates: list[CoordinatorCandidate] = state.session.read(
            lambda: state.service.coordinator_candidates(pid), []
        )
        self.coordinator_combo.blockSignals(True)
        self.coordinator_combo.clear()
        self._candidates = {c.staff.id: c for c in candidates}
        stored = content.plan.coordinator_id
        if stored is None:
            # Shows that nobody is chosen rather than the first candidate as if chosen.
            self.coordinator_combo.addItem(self.tr("(nobody chosen yet)"), None)
        for c in candidates:
            self.coordinator_combo.addItem(
                coordinator_choice(c.staff.name, (f.code for f in c.findings)), c.staff.id
            )
        # The stored coordinator, never the pick left over from another plan.
        show_choice(self.coordinator_combo, stored, name or None)
        self.coordinator_combo.blockSignals(False)
        self._preview_candidate()
        roles = [
            self.tr("{staff}: {role}").format(staff=who, role=translate(r.kind.label))
            for r, who in view.case_roles
        ]
        self.case_roles_label.setText(
            self.tr("Case roles on this resident: {roles}").format(roles="; ".join(roles))
            if roles
            else self.tr("No one has a conflicting case role on this resident.")
        )
        current_staff = self.case_role_staff.currentData()
        self.case_role_staff.clear()
        for s in state.staff:
            self.case_role_staff.addItem(s.name, s.id)
        self.case_role_staff.setCurrentIndex(
            max(0, index_of_data(self.case_role_staff, current_staff))
        )

    def _preview_candidate(self) -> None:
        candidate = self._candidates.get(self.coordinator_combo.currentData())
        if candidate is None or not candidate.findings:
            self.candidate_hint.setText("")
            return
        self.candidate_hint.setText("\n".join(tr_message(f.message) for f in candidate.findings))

    # -- changing ------------------------------------------------------------------------------

    def ask_override_reason(self, explanation: str) -> str | None:
        """Ask a leader for the written reason to override a role conflict; None cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Override the role conflict?"),
            explanation
            + "\n\n"
            + self.tr(
                "To go ahead anyway, write why. The reason is kept "
                "on the plan and in the audit log."
            ),
        )
        return text.strip() if ok and text.strip() else None

    def assign_coordinator(self) -> None:
        """Make the chosen staff member coordinator; a role conflict asks a leader for a reason."""
        state = self.state
        pid, staff_id = state.plan_id, self.coordinator_combo.currentData()
        if pid is None or staff_id is None:
            return
        try:
            outcome = state.service.assign_coordinator(pid, staff_id)
        except CoordinatorRefused as refused:
            if not refused.can_override:
                state.run(self.tr("Choose coordinator"), raising(refused))
                return
            reason = self.ask_override_reason(refusal_text(refused))
            if reason is None:
                return
            state.run(
                self.tr("Choose coordinator (role conflict overridden)"),
                lambda: state.service.assign_coordinator(pid, staff_id, override_reason=reason),
            )
            return
        except (ServiceError, StoreError) as error:
            state.run(self.tr("Choose coordinator"), raising(error))
            return
        state.run(self.tr("Choose coordinator"), lambda: outcome)

    def _add_case_role(self) -> None:
        state = self.state
        rid, staff_id = state.resident_id, self.case_role_staff.currentData()
        kind = self.case_role_kind.currentData()
        if rid is None or staff_id is None:
            return
        state.run(
            self.tr("Record case role"), lambda: state.service.add_case_role(staff_id, rid, kind)
        )
