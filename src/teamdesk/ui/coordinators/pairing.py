"""Suggest a mentor and pair: used on the overview (for the chosen coordinator) and under
"A new mentorship" on the Mentorships tab."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
)

from teamdesk.domain.mentoring import MentorSuggestion
from teamdesk.domain.team import Staff
from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.mentoring import MentoringService, MentorshipRefused
from teamdesk.services.team import Outcome
from teamdesk.ui.common.models import Column, RowsModel
from teamdesk.ui.common.text import refusal_text, tr_message
from teamdesk.ui.common.widgets import fit_rows, hint, named, select_row
from teamdesk.ui.coordinators.state import (
    allow_all,
    button,
    fit_combo,
    raising,
    selected,
    table,
)
from teamdesk.ui.session import Session


class PairingPanel(QGroupBox):
    """Suggest a mentor for someone and pair them: eligible mentors ranked with the reason, or
    anyone else with a leader's written reason."""

    def __init__(self, session: Session, service: MentoringService, name: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Mentor"))
        self.setObjectName(name)
        self._session = session
        self.service = service
        self._mentee: Staff | None = None
        layout = QVBoxLayout(self)
        self.current = named(QLabel(), f"{name}Current", self.tr("Current mentor"))
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        self.suggest_button = button(
            self.tr("&Suggest a mentor"),
            f"{name}SuggestButton",
            self.tr("Suggest eligible mentors, with the reason for each"),
            self.suggest,
        )
        layout.addWidget(self.suggest_button)
        self.model = RowsModel(
            [
                Column(self.tr("Mentor"), lambda s: s.staff.name),
                Column(self.tr("Why"), lambda s: tr_message(s.reason)),
            ],
            key=lambda s: s.staff.id,
            parent=self,
        )
        self.table = table(self.model, f"{name}Suggestions", self.tr("Suggested mentors"), 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._suggestion_chosen())
        layout.addWidget(self.table)
        self.none_hint = hint(self.tr("Nobody eligible has a free place."))
        layout.addWidget(self.none_hint)
        # Mentor and focus each on a line of their own, Pair under them: one row of all three
        # pushed Pair out of sight in a narrow pane (issue 10, row 9).
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mentor_combo = named(QComboBox(), f"{name}MentorCombo", self.tr("Mentor to pair with"))
        fit_combo(self.mentor_combo, 16)
        self.focus = named(QLineEdit(), f"{name}FocusEdit", self.tr("Focus of the guidance"))
        self.focus.setPlaceholderText(self.tr("e.g. consent and the first meeting"))
        self.pair_button = button(
            self.tr("&Pair"),
            f"{name}PairButton",
            self.tr("Start the mentorship with the chosen mentor"),
            self.pair,
        )
        form.addRow(self.tr("Mentor"), self.mentor_combo)
        form.addRow(self.tr("Focus"), self.focus)
        layout.addLayout(form)
        pair_row = QHBoxLayout()
        pair_row.addStretch(1)
        pair_row.addWidget(self.pair_button)
        layout.addLayout(pair_row)
        self.table.hide()
        self.none_hint.hide()

    def set_mentee(self, mentee: Staff | None, current_mentor: str, staff: list[Staff]) -> None:
        changed = mentee is None or self._mentee is None or mentee.id != self._mentee.id
        self._mentee = mentee
        why_not = self.service.rights().why_not_manage
        if mentee is None:
            self.current.setText(self.tr("Choose someone to find a mentor for."))
        elif current_mentor:
            self.current.setText(
                self.tr("{mentee} is guided by {mentor}.").format(
                    mentee=mentee.name, mentor=current_mentor
                )
            )
        else:
            self.current.setText(self.tr("{mentee} has no mentor.").format(mentee=mentee.name))
        if changed:
            self.model.set_rows([])
            self.table.hide()
            self.none_hint.hide()
        current = self.mentor_combo.currentData()
        self.mentor_combo.clear()
        for s in staff:
            if mentee is None or s.id != mentee.id:
                self.mentor_combo.addItem(s.name, s.id)
        index = self.mentor_combo.findData(current)
        self.mentor_combo.setCurrentIndex(max(index, 0) if self.mentor_combo.count() else -1)
        enabled = why_not is None and mentee is not None and not current_mentor
        for w in (self.mentor_combo, self.focus):
            w.setEnabled(enabled)
        allow_all((self.suggest_button, self.pair_button), why_not)
        if why_not is None:
            self.suggest_button.setEnabled(enabled)
            self.pair_button.setEnabled(enabled)

    def suggest(self) -> list[MentorSuggestion]:
        mentee = self._mentee
        if mentee is None:
            return []
        found: list[MentorSuggestion] = self._session.read(
            lambda: self.service.suggest_mentors(mentee.id), []
        )
        self.model.set_rows(found)
        fit_rows(self.table, 1, 6)
        self.table.setVisible(bool(found))
        self.none_hint.setVisible(not found)
        if found:
            select_row(self.table, 0)
        self._bring_pair_into_view()
        return found

    def _bring_pair_into_view(self) -> None:
        """After the suggestions grew the panel, scroll so that Pair is in sight."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            arranged = content.layout() if content is not None else None
            if arranged is not None:
                arranged.activate()  # place the grown panel now, not at the next paint
            parent.ensureWidgetVisible(self.pair_button, 8, 8)

    def _suggestion_chosen(self) -> None:
        chosen: MentorSuggestion | None = selected(self.table, self.model)
        if chosen is not None:
            index = self.mentor_combo.findData(chosen.staff.id)
            if index >= 0:
                self.mentor_combo.setCurrentIndex(index)

    def ask_approval_reason(self, explanation: str) -> str | None:
        """Ask a leader why this mentor may guide anyway; None cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Approve this mentor?"),
            explanation
            + "\n\n"
            + self.tr(
                "To pair them anyway, write why. The reason is kept on the mentorship and in "
                "the audit log."
            ),
        )
        return text.strip() if ok and text.strip() else None

    def pair(self) -> Outcome | None:
        mentee, mentor_id = self._mentee, self.mentor_combo.currentData()
        if mentee is None or not mentor_id:
            return None
        focus = self.focus.text()
        mentor_name = self.mentor_combo.currentText()
        what = self.tr("Pair {mentee} with {mentor}").format(mentee=mentee.name, mentor=mentor_name)
        try:
            outcome = self.service.start_mentorship(mentor_id, mentee.id, focus=focus)
        except MentorshipRefused as refused:
            if not refused.can_approve:
                self._session.run(what, raising(refused))
                return None
            reason = self.ask_approval_reason(refusal_text(refused))
            if reason is None:
                return None
            result = self._session.run(
                what,
                lambda: self.service.start_mentorship(
                    mentor_id, mentee.id, focus=focus, approval_reason=reason
                ),
            )
            if result is not None:
                self.focus.clear()
            return result
        except (ServiceError, StoreError) as error:
            self._session.run(what, raising(error))
            return None
        self.focus.clear()
        return self._session.run(what, lambda: outcome)
