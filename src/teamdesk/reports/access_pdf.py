"""The access log of one resident as a PDF: who opened or changed their record, and when.

For a resident who asks who has read their data (GDPR art. 15), and for a leader's review.
Built from the access-log service's rows; never queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from teamdesk.domain.text import N_, as_written, format_day
from teamdesk.reports.document import MUTED, Document, PageFrame, Translate, format_moment


@dataclass(frozen=True)
class AccessRow:
    """One line of the log: when, who, what they did, and to which part of the record."""

    at: datetime
    person: str
    action: str
    what: str


@dataclass(frozen=True)
class AccessPrint:
    """Everything the document shows."""

    resident_name: str
    rows: list[AccessRow]
    person: str | None
    since: date | None
    until: date | None
    printed_at: datetime
    printed_by: str


def render_access_log(doc: AccessPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages."""
    t: Translate = translate or as_written
    w = Document(
        PageFrame(
            subject=doc.resident_name,
            title=t(N_("Access log")),
            version_label=t(N_("{n} events")).format(n=len(doc.rows)),
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        t,
    )
    w.paragraph(
        t(N_("Who opened or changed the record of {name}")).format(name=doc.resident_name),
        size=15,
        style="B",
    )
    scope = [
        t(N_("Person: {who}")).format(who=doc.person or t(N_("everyone"))),
        t(N_("From: {day}")).format(day=format_day(doc.since, t) or "—"),
        t(N_("To: {day}")).format(day=format_day(doc.until, t) or "—"),
    ]
    w.paragraph("   ".join(scope), size=9, colour=MUTED)
    w.space(3)
    if not doc.rows:
        w.paragraph(t(N_("Nobody opened or changed the record in this period.")), size=9)
        return w.render()
    # The shared table: a row of any length goes on over the page, under a repeated heading.
    w.table(
        (t(N_("When")), t(N_("Who")), t(N_("Did")), t(N_("What"))),
        [[format_moment(row.at, t), row.person, t(row.action), row.what] for row in doc.rows],
        (34, 42, 28, 66),
        size=8.5,
    )
    return w.render()
