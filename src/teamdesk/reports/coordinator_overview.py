"""The leader's overview of coordinators as a PDF: one table (gaps first), then each
coordinator's gaps in sentences. Built from the mentoring service's rows; no database here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from teamdesk.domain.findings import Severity
from teamdesk.domain.mentoring import CoordinatorOverviewRow
from teamdesk.domain.text import N_, as_written, format_day
from teamdesk.reports.document import (
    MUTED,
    WARN_LIGHT,
    WARNING_LIGHT,
    Colour,
    Document,
    PageFrame,
    Translate,
)


@dataclass(frozen=True)
class OverviewPrint:
    """Everything the printed overview shows."""

    rows: list[CoordinatorOverviewRow]
    today: date
    printed_at: datetime
    printed_by: str
    scope: str = ""  # e.g. the unit the leader sees; empty: all


def render_overview(doc: OverviewPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The overview as tagged PDF/A-2a bytes and its number of pages."""
    t: Translate = translate or as_written
    gaps = sum(1 for r in doc.rows if r.has_gap)
    w = Document(
        PageFrame(
            subject=doc.scope or t(N_("Coordinators")),
            title=t(N_("Coordinator overview")),
            version_label=t(N_("As of {date}")).format(date=format_day(doc.today, t)),
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        t,
    )
    w.title(t(N_("Coordinator overview")), doc.scope)
    w.paragraph(
        t(
            N_(
                "{count} coordinators, {gaps} with gaps to close. Those with gaps come first. "
                "As of {date}."
            )
        ).format(count=len(doc.rows), gaps=gaps, date=format_day(doc.today, t)),
        size=9.5,
        colour=MUTED,
    )
    if not doc.rows:
        w.text_or_placeholder("", placeholder=t(N_("Nobody coordinates a plan yet.")))
        return w.render()
    table_rows = []
    shade: list[Colour | None] = []
    for row in doc.rows:
        r = row.record
        who = r.staff.name + (f"\n{r.unit_name}" if r.unit_name else "")
        if not r.staff.active:
            who += "\n" + t(N_("(no longer active)"))
        mentor = r.mentor_name or "—"
        if r.mentee_names:
            mentor += "\n" + t(N_("Guides: {names}")).format(names=", ".join(r.mentee_names))
        table_rows.append(
            [
                who,
                f"{r.living_plans} ({r.plans_ever})",
                format_day(row.trained_on, t) if row.trained_on else t(N_("No")),
                mentor,
                str(len(r.role_conflicts)) if r.role_conflicts else "—",
                str(r.overdue_evaluations) if r.overdue_evaluations else "—",
            ]
        )
        worst = row.worst if row.has_gap else None
        shade.append(
            WARN_LIGHT
            if worst is Severity.ALERT
            else WARNING_LIGHT
            if worst is Severity.WARNING
            else None
        )
    w.table(
        [
            t(N_("Coordinator")),
            t(N_("Plans (ever)")),
            t(N_("Course done")),
            t(N_("Mentor")),
            t(N_("Role conflicts")),
            t(N_("Overdue evaluations")),
        ],
        table_rows,
        (42, 18, 24, 26, 31, 29),  # wide enough for a date and for "Rollekonflikter"
        size=9,
        shade=shade,
    )
    with_gaps = [r for r in doc.rows if r.gaps]
    if with_gaps:
        w.heading(t(N_("Gaps and notes, coordinator by coordinator")))
        for row in with_gaps:
            w.label(row.staff.name)
            for gap in row.gaps:
                text = gap.message.in_language(t)
                w.paragraph(f"• {text}", size=9.5, indent=4)
            w.space(1.5)
    return w.render()
