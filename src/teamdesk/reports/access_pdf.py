"""The access log of one resident as a PDF: who opened or changed their record, and when.

For a resident who asks who has read their data (GDPR art. 15), and for a leader's review.
Built from the access-log service's rows; never queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fpdf.enums import XPos, YPos

from teamdesk.domain.text import N_
from teamdesk.reports.document import (
    FONT_FAMILY,
    MUTED,
    ROW_SHADE,
    PageFrame,
    TeamDeskPdf,
    Translate,
)


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
    t: Translate = translate or (lambda text: text)
    pdf = TeamDeskPdf(
        PageFrame(
            subject=doc.resident_name,
            title=t(N_("Access log")),
            version_label=t(N_("{n} events")).format(n=len(doc.rows)),
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        translate,
    )
    pdf.add_page()
    pdf.paragraph(
        t(N_("Who opened or changed the record of {name}")).format(name=doc.resident_name),
        size=15,
        style="B",
        line=7,
    )
    scope = [
        t(N_("Person: {who}")).format(who=doc.person or t(N_("everyone"))),
        t(N_("From: {day}")).format(day=doc.since.isoformat() if doc.since else "—"),
        t(N_("To: {day}")).format(day=doc.until.isoformat() if doc.until else "—"),
    ]
    pdf.paragraph("   ".join(scope), size=9, colour=MUTED)
    pdf.ln(3)
    widths = (34.0, 42.0, 28.0, pdf.epw - 104.0)
    headings = (t(N_("When")), t(N_("Who")), t(N_("Did")), t(N_("What")))
    pdf.set_font(FONT_FAMILY, "B", 9)
    for width, heading in zip(widths, headings, strict=True):
        pdf.cell(width, 6, heading, border="B", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.ln(6)
    pdf.set_font(FONT_FAMILY, "", 8.5)
    if not doc.rows:
        pdf.paragraph(t(N_("Nobody opened or changed the record in this period.")), size=9)
    for index, row in enumerate(doc.rows):
        cells = (
            row.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            row.person,
            t(row.action),
            row.what,
        )
        height = max(
            pdf.text_height(text, width - 1, 4.5) for text, width in zip(cells, widths, strict=True)
        )
        pdf.ensure_space(height + 1)
        y = pdf.get_y()
        if index % 2:
            pdf.set_fill_color(*ROW_SHADE)
            pdf.rect(pdf.l_margin, y, pdf.epw, height, style="F")
        x = pdf.l_margin
        for text, width in zip(cells, widths, strict=True):
            pdf.set_xy(x, y)
            pdf.multi_cell(width - 1, 4.5, text, new_x=XPos.RIGHT, new_y=YPos.TOP)
            x += width
        pdf.set_xy(pdf.l_margin, y + height)
    data = bytes(pdf.output())
    return data, pdf.page_no()
