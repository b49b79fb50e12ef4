"""The hand-over sheet as a PDF for the start of a shift (issue 13): the shift, then by unit the
residents none of whose people are on it, with their room, primary contact and who is away.
Built from the hand-over service's sheet; never queries the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from teamdesk.domain.text import N_, as_written, format_day
from teamdesk.reports.document import MUTED, Document, PageFrame, Translate
from teamdesk.services.handover import Handover


@dataclass(frozen=True)
class HandoverPrint:
    """Everything the sheet shows."""

    sheet: Handover
    printed_at: datetime
    printed_by: str


def render_handover(doc: HandoverPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The tagged PDF/A-2a bytes and the number of pages."""
    t: Translate = translate or as_written
    shift = doc.sheet.shift
    name = t(shift.kind.name)
    when = t(N_("{day}, {hours}")).format(
        day=format_day(shift.day, t), hours=shift.kind.hours_in(t)
    )
    w = Document(
        PageFrame(
            subject=name,
            title=t(N_("Hand-over sheet")),
            version_label=when,
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        t,
    )
    w.title(t(N_("Hand-over: {shift}")).format(shift=name), when)
    w.paragraph(
        t(
            N_(
                "Residents with none of their people on this shift: {uncovered} of {total}. "
                "Choose someone who covers each of them at the start of the shift."
            )
        ).format(uncovered=doc.sheet.uncovered, total=doc.sheet.residents),
        size=9.5,
        colour=MUTED,
    )
    if not doc.sheet.groups:
        w.paragraph(t(N_("Every resident has one of their people on this shift.")), size=10)
        return w.render()
    for unit, lines in doc.sheet.groups:
        w.heading(unit or t(N_("No unit")))
        w.table(
            (t(N_("Resident")), t(N_("Room")), t(N_("Primary contact")), t(N_("Away"))),
            [
                [line.resident_name, line.room, line.primary or "—", ", ".join(line.away) or "—"]
                for line in lines
            ],
            (56, 18, 48, 48),
            size=9,
        )
    return w.render()
