"""The last part of the plan editor: status, approval, versions and what changed, the whole
checklist, and the resident's own one-page "My plan"."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from teamdesk.domain.findings import Severity
from teamdesk.domain.plan import PlanStatus
from teamdesk.domain.plan_profile import PlanProfile
from teamdesk.domain.plan_rules import PlanSection as SectionInfo
from teamdesk.domain.plan_rules import item_heading, print_order
from teamdesk.services.plan import PlanPage as PlanView
from teamdesk.ui.common.text import format_date, tr_message, translate
from teamdesk.ui.common.widgets import allow, named
from teamdesk.ui.plan.section import PlanSectionWidget
from teamdesk.ui.plan.state import PlanState


def _esc(text: str) -> str:
    return html.escape(text)


class ApprovalSection(PlanSectionWidget):
    """Status, approval, versions and printing."""

    key = "approval"

    def __init__(
        self,
        state: PlanState,
        print_summary: Callable[[], object],
        prepare_meeting: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, parent)
        layout = self.body
        self.heading.setText(self.tr("Status, approval and versions"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status_combo = self.combo("planStatusCombo", self.tr("Status of the plan"))
        for status in PlanStatus:
            self.status_combo.addItem(translate(status.label), status)
        self.status_combo.activated.connect(lambda _i: self._set_status())
        form.addRow(self.tr("Status:"), self.status_combo)
        self.version_combo = self.combo(
            "versionCombo", self.tr("Version to view or print"), edits=False
        )
        self.version_combo.activated.connect(lambda _i: self.show_changes())
        form.addRow(self.tr("Versions"), self.version_combo)
        layout.addLayout(form)
        self.changes_label = named(QLabel(), "planChanges", self.tr("What changed"))
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.changes_label)
        self.approve_button = self.button(
            self.tr("&Approve this version"),
            "approveButton",
            self.tr("Approve the plan as a new version"),
            self._approve,
            edits=False,  # its own reason: only leaders approve
        )
        self.export_summary_button = self.button(
            self.tr('Print "&My plan" (PDF)…'),
            "exportSummaryButton",
            self.tr("Write the resident's one-page My plan as a PDF and open it"),
            print_summary,
            edits=False,
        )
        self.prepare_meeting_button = self.button(
            self.tr("Pr&epare a meeting…"),
            "preparePlanMeetingButton",
            self.tr("Prepare a meeting about this plan: invitation and agenda drafted from it"),
            prepare_meeting,
            edits=False,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        more = QHBoxLayout()
        more.addWidget(self.export_summary_button)
        more.addWidget(self.prepare_meeting_button)
        more.addStretch(1)
        layout.addLayout(more)
        checklist_title = QLabel(self.tr("Is the plan complete?"))
        checklist_title.setProperty("role", "subheading")
        layout.addWidget(checklist_title)
        self.checklist = named(QLabel(), "planChecklist", self.tr("Completeness checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.checklist)
        layout.addStretch(1)

    def show_section(self, info: SectionInfo) -> None:
        """This part has no letter of its own; the whole checklist is shown instead."""

    def show_view(self, view: PlanView) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(view.plan.status))
        why = view.why_not_approve
        allow(self.approve_button, tr_message(why) if why else None)
        why = view.why_not_prepare_meeting
        allow(self.prepare_meeting_button, tr_message(why) if why else None)
        self._show_checklist(view)
        self._fill_versions(view)

    def _show_checklist(self, view: PlanView) -> None:
        lines = []
        for item in print_order(view.profile):
            found = view.completeness.for_item(item)
            missing = [f for f in found if f.severity is Severity.ALERT]
            mark, colour = ("✔", "#2e7d32") if not missing else ("✘", "#b02a37")
            lines.append(
                f"<p style='margin:4px 0'><span style='color:{colour}'>{mark}</span> "
                f"<b>{_esc(translate(item_heading(item, view.profile)))}</b>"
            )
            for f in found:
                style = "color:#b02a37" if f.severity is Severity.ALERT else "color:#8a6d00"
                lines.append(f"<br/><span style='{style}'>• {_esc(tr_message(f.message))}</span>")
            lines.append("</p>")
        if view.completeness.complete:
            lines.insert(
                0,
                "<p><b>"
                + _esc(
                    self.tr("Everything the plan asks for is in place.")
                    if view.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN
                    else self.tr("Everything the regulation asks for is in place.")
                )
                + "</b></p>",
            )
        self.checklist.setText("".join(lines))

    def _fill_versions(self, view: PlanView) -> None:
        current = self.version_combo.currentData()
        self.version_combo.clear()
        self.version_combo.addItem(self.tr("The plan as it is now"), None)
        for v in reversed(view.versions):
            self.version_combo.addItem(
                self.tr("Version {number} ({date})").format(
                    number=v.number, date=format_date(v.approved_on)
                ),
                v.number,
            )
        index = self.version_combo.findData(current)
        self.version_combo.setCurrentIndex(max(0, index))
        self.show_changes()

    def show_changes(self) -> None:
        state = self.state
        view = state.view
        if view is None:
            return
        number = self.version_combo.currentData()
        if number is None:
            changes = view.unapproved_changes
            title = self.tr("Changed since the last approved version:") if view.versions else ""
        else:
            pid = view.plan.id
            changes = state.session.read(lambda: state.service.changes(pid, number), [])
            title = self.tr("Changed in version {number}:").format(number=number)
        if not changes:
            self.changes_label.setText("")
            return
        items = "".join(f"<li>{_esc(tr_message(m))}</li>" for m in changes[:12])
        more = ""
        if len(changes) > 12:
            more = _esc(self.tr("… and {count} more.").format(count=len(changes) - 12))
        self.changes_label.setText(f"<b>{_esc(title)}</b><ul>{items}</ul>{more}")

    # -- changing ------------------------------------------------------------------------------

    def _set_status(self) -> None:
        state = self.state
        pid, status, view = state.plan_id, self.status_combo.currentData(), state.view
        if pid is None or view is None or status == view.plan.status:
            return
        if (
            state.run(self.tr("Change status"), lambda: state.service.set_status(pid, status))
            is None
        ):
            self.status_combo.setCurrentIndex(self.status_combo.findData(view.plan.status))

    def _approve(self) -> None:
        pid = self.state.plan_id
        if pid is not None:
            self.state.run(
                self.tr("Approve version"), lambda: self.state.service.approve_version(pid)
            )
