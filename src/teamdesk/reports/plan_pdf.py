"""The individual plan as an archival PDF, and the resident's one-page "My plan".

Built from a :class:`PlanPrint` the plan service assembles; nothing here reads the database.
Sections follow the regulation's order a) to i). The resident's goals are set apart as their
own words (quoted, in italics, on a tinted band); the measures table repeats its header row on
every page; the consent section ends with signature lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fpdf.enums import XPos, YPos

from teamdesk.domain.plan import Goal, ParticipantKind, PlanContent
from teamdesk.domain.plan_rules import Completeness, PlanItem
from teamdesk.domain.text import N_, format_day
from teamdesk.reports.document import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_FAMILY,
    INK,
    MUTED,
    WARN,
    BandLine,
    PageFrame,
    Translate,
)
from teamdesk.reports.sections import DocumentWriter


@dataclass(frozen=True)
class PlanPrint:
    """Everything a printed plan shows: the content and which version of it this is."""

    content: PlanContent
    version: int | None  # None: the working draft
    printed_at: datetime
    printed_by: str
    today: date
    approved_by: str = ""
    approved_on: date | None = None
    based_on: int | None = None  # for a draft: the approved version it revises
    completeness: Completeness | None = None  # for a draft: what is still missing

    @property
    def is_draft(self) -> bool:
        return self.version is None


def _d(day: date | None, t: Translate) -> str:
    """A date as the print language writes it (15.06.2027 in Norwegian); "" for none."""
    return format_day(day, t)


def _version_label(doc: PlanPrint, t: Translate) -> str:
    if doc.version is not None:
        return t(N_("Version {number}, approved {date} by {who}")).format(
            number=doc.version, date=_d(doc.approved_on, t), who=doc.approved_by
        )
    if doc.based_on is not None:
        return t(N_("DRAFT – changes to version {number}, not approved")).format(
            number=doc.based_on
        )
    return t(N_("DRAFT – not approved"))


class _PlanWriter(DocumentWriter):
    """Writes one plan document section by section, on the shared document blocks."""

    def __init__(self, doc: PlanPrint, translate: Translate | None, title: str) -> None:
        self.doc = doc
        self.c = doc.content
        t: Translate = translate or (lambda text: text)
        super().__init__(
            PageFrame(
                subject=self.c.resident_name,
                title=t(title),
                version_label=_version_label(doc, t),
                draft=doc.is_draft,
                printed_at=doc.printed_at,
                printed_by=doc.printed_by,
            ),
            t,
        )

    # -- small blocks ------------------------------------------------------------------------

    def own_words(
        self,
        goal: Goal,
        number: str,
        *,
        sub: bool = False,
        size: float = 11.5,
        show_date: bool = True,
        max_lines: int | None = None,
    ) -> None:
        """A goal as the resident said it: quoted, italic, on a tinted band with an accent bar.
        A goal longer than a page goes on over the next; ``max_lines`` cuts it with "…"."""
        pdf = self.pdf
        indent = 12 if sub else 0
        number_w = 10
        text_w = pdf.epw - indent - number_w - 6
        font_size = size - (1.5 if sub else 0)
        pdf.set_font(FONT_FAMILY, "I", font_size)
        line = font_size * 0.5
        # Break the text into lines once and draw those lines, instead of laying the paragraph
        # out twice (once to measure the band, once to write it): the plan's biggest cost.
        lines = pdf.lines_of(f"«{goal.text.strip()}»", text_w, line)
        if max_lines is not None:
            lines = self.clipped(lines, max_lines, text_w)
        band = [BandLine(number, 2.5, line, "B", font_size, ACCENT, same_line=True)]
        band += [BandLine(text, 2.5 + number_w, line, "I", font_size) for text in lines]
        if show_date and goal.evaluation_date:
            date_line = self.t(N_("Evaluate by {date}")).format(
                date=_d(goal.evaluation_date, self.t)
            )
            band.append(BandLine(date_line, 2.5 + number_w, 4.5, "", 8.5, MUTED))
        pdf.band(band, indent=indent, fill=ACCENT_LIGHT, bar=ACCENT)
        pdf.ln(2)

    def clipped(self, lines: list[str], max_lines: int, width: float) -> list[str]:
        """At most ``max_lines`` of ``lines``, the last one ending in "…" when some were left
        out (in the current font)."""
        if len(lines) <= max_lines:
            return lines
        last = self.pdf.fit_text(lines[max_lines - 1].rstrip() + " …", width)
        if not last.endswith("…"):
            last += "…"
        return [*lines[: max_lines - 1], last]

    # -- the plan ----------------------------------------------------------------------------

    def title_block(self) -> None:
        pdf, c, t = self.pdf, self.c, self.t
        plan = c.plan
        pdf.set_font(FONT_FAMILY, "B", 20)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 10, t(N_("Individual plan")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT_FAMILY, "", 14)
        pdf.set_text_color(*INK)
        pdf.multi_cell(0, 8, c.resident_name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        period = ""
        if plan.period_from or plan.period_to:
            period = f"{_d(plan.period_from, t)} – {_d(plan.period_to, t)}".strip()
        version = _version_label(self.doc, t)
        self.facts(
            [
                (t(N_("Status")), t(plan.status.label)),
                (t(N_("Version")), version),
                (t(N_("Plan period")), period),
                (t(N_("Coordinator")), c.coordinator_name),
                (t(N_("Evaluation of the plan")), _d(plan.evaluation_date, t)),
                (t(N_("Next meeting")), _d(plan.next_meeting, t)),
            ]
        )
        missing = self.doc.completeness.missing if self.doc.completeness else []
        if self.doc.is_draft and missing:
            self.missing_box([f.text for f in missing])

    def missing_box(self, lines: list[str]) -> None:
        shown = lines[:8]
        if len(lines) > len(shown):
            shown.append(self.t(N_("… and {count} more.")).format(count=len(lines) - len(shown)))
        self.pdf.ln(1)
        self.box(self.t(N_("This draft is not ready for approval. Missing:")), shown, warn=True)

    def section_a(self) -> None:
        c, t, pdf = self.c, self.t, self.pdf
        self.heading(t(PlanItem.A.heading))
        self.label(t(N_("Goals, in {resident}'s own words")).format(resident=c.resident_name))
        goals = c.main_goals()
        if not goals:
            pdf.not_written()
        for i, goal in enumerate(goals, start=1):
            self.own_words(goal, str(i))
            for j, sub in enumerate(c.sub_goals(goal.id), start=1):
                self.own_words(sub, f"{i}.{j}", sub=True)
        pdf.ln(1)
        self.label(t(N_("Resources")))
        self.text_or_placeholder(c.plan.resources)
        self.label(t(N_("Needs for services")))
        self.text_or_placeholder(c.plan.needs)

    def section_b(self) -> None:
        c, t = self.c, self.t
        self.heading(t(PlanItem.B.heading))
        people = c.ordered_participants()
        if not people:
            self.pdf.not_written()
            return
        rows = []
        for p in people:
            role = t(p.kind.label)
            if p.role.strip():
                role = (
                    f"{role}: {t(p.role.strip())}"
                    if p.kind is not ParticipantKind.RESIDENT
                    else t(p.role.strip())
                )
            rows.append([p.name, role, p.organisation, p.contact])
        self.table(
            [t(N_("Name")), t(N_("Role")), t(N_("Organisation")), t(N_("Contact"))],
            rows,
            (40, 45, 40, 45),
        )

    def section_c(self) -> None:
        c, t, pdf = self.c, self.t, self.pdf
        self.heading(t(PlanItem.C.heading))
        if not c.coordinator_name:
            pdf.paragraph(t(N_("No coordinator is chosen yet.")), style="I", colour=WARN)
            return
        pdf.paragraph(c.coordinator_name, size=11, style="B")
        pdf.paragraph(
            t(N_("Responsible for coordinating the services and for the progress of the plan.")),
            size=9.5,
            colour=MUTED,
        )

    def section_d(self) -> None:
        c, t = self.c, self.t
        self.heading(t(PlanItem.D.heading))
        self.label(c.resident_name)
        self.text_or_placeholder(c.plan.resident_contribution)
        others = [
            p
            for p in c.ordered_participants()
            if p.kind is not ParticipantKind.RESIDENT and (p.is_external or p.contribution.strip())
        ]
        if others:
            rows = [
                [p.display_name, p.contribution.strip() or t(N_("Not written yet."))]
                for p in others
            ]
            self.table([t(N_("Who")), t(N_("Contributes"))], rows, (55, 115))

    def section_e(self) -> None:
        c, t = self.c, self.t
        self.heading(t(PlanItem.E.heading))
        measures = c.ordered_measures()
        if not measures:
            self.pdf.not_written()
            return
        rows = [
            [
                str(i),
                m.what,
                m.extent or "—",
                c.responsible_name(m) or t(N_("Nobody yet")),
                c.goal_number(m.goal_id) or "—",
            ]
            for i, m in enumerate(measures, start=1)
        ]
        self.table(
            [t(N_("No.")), t(N_("Measure")), t(N_("Extent")), t(N_("Responsible")), t(N_("Goal"))],
            rows,
            (10, 68, 38, 40, 14),
        )

    def section_f(self) -> None:
        c, t, pdf = self.c, self.t, self.pdf
        self.heading(t(PlanItem.F.heading))
        measures = c.ordered_measures()
        if not measures:
            pdf.not_written()
            return
        for i, m in enumerate(measures, start=1):
            pdf.set_font(FONT_FAMILY, "B", 10)
            pdf.ensure_space(12)
            pdf.multi_cell(0, 5.5, f"{i}. {m.what}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.text_or_placeholder(m.how, indent=5)

    def section_g(self) -> None:
        c, t = self.c, self.t
        plan = c.plan
        self.heading(t(PlanItem.G.heading))
        rows = [
            (t(N_("Plan period from")), _d(plan.period_from, t)),
            (t(N_("Plan period to")), _d(plan.period_to, t)),
            (t(N_("Evaluation of the plan")), _d(plan.evaluation_date, t)),
            (t(N_("How it is evaluated")), plan.evaluation_method.strip()),
            (t(N_("Next meeting")), _d(plan.next_meeting, t)),
        ]
        for i, goal in enumerate(c.main_goals(), start=1):
            rows.append(
                (t(N_("Evaluation of goal {number}")).format(number=i), _d(goal.evaluation_date, t))
            )
        self.facts(rows)

    def section_h(self) -> None:
        c, t, pdf = self.c, self.t, self.pdf
        plan = c.plan
        self.heading(t(PlanItem.H.heading))
        self.label(t(N_("Consent to the plan")))
        if plan.has_consent:
            self.facts(
                [
                    (t(N_("Given on")), _d(plan.consent_date, t)),
                    (t(N_("How it was given")), plan.consent_how),
                    (t(N_("Recorded by")), plan.consent_recorded_by),
                ]
            )
        else:
            pdf.paragraph(t(N_("Not recorded yet.")), style="I", colour=WARN)
        pdf.ln(2)
        external = [p for p in c.ordered_participants() if p.is_external]
        if external:
            self.label(t(N_("Consent to share information with the participants")))
            rows = []
            for p in external:
                expires = _d(p.share_consent_expires, t)
                if p.share_consent_expires and p.share_consent_expires < self.doc.today:
                    expires = t(N_("{date} (expired)")).format(date=expires)
                rows.append(
                    [
                        p.display_name,
                        p.share_scope.strip()
                        or ("—" if p.share_consent_date else t(N_("No consent recorded"))),
                        _d(p.share_consent_date, t) or "—",
                        expires or ("—" if p.share_consent_date else ""),
                    ]
                )
            self.table(
                [
                    t(N_("Participant")),
                    t(N_("What may be shared")),
                    t(N_("Given")),
                    t(N_("Expires")),
                ],
                rows,
                (50, 68, 26, 26),
            )
        self.signatures()

    def signatures(self) -> None:
        c, t, pdf = self.c, self.t, self.pdf
        signers = [
            c.resident_name,
            t(N_("Coordinator: {name}")).format(name=c.coordinator_name or "…"),
            t(N_("Guardian or representative (if any)")),
        ]
        pdf.ensure_space(16 + 17 * len(signers))
        pdf.ln(4)
        pdf.set_font(FONT_FAMILY, "", 9.5)
        pdf.multi_cell(
            0,
            5,
            t(N_("We have taken part in making this plan and agree to it.")),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(4)
        sig_w, gap = 105, 10
        for name in signers:
            pdf.ln(9)
            y = pdf.get_y()
            pdf.set_draw_color(*INK)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, y, pdf.l_margin + sig_w, y)
            pdf.line(pdf.l_margin + sig_w + gap, y, pdf.w - pdf.r_margin, y)
            pdf.set_font(FONT_FAMILY, "", 8.5)
            pdf.set_text_color(*MUTED)
            pdf.set_xy(pdf.l_margin, y + 0.8)
            pdf.cell(
                sig_w,
                4,
                pdf.fit_text(t(N_("Signature, {name}")).format(name=name), sig_w - 1),
                new_x=XPos.RIGHT,
                new_y=YPos.TOP,
            )
            pdf.set_x(pdf.l_margin + sig_w + gap)
            pdf.cell(0, 4, t(N_("Date")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(*INK)
            pdf.ln(2)

    def section_i(self) -> None:
        self.heading(self.t(PlanItem.I.heading))
        self.text_or_placeholder(self.c.plan.cooperation)

    def section_notes(self) -> None:
        c, t = self.c, self.t
        self.heading(t(PlanItem.NOTES.heading))
        self.label(t(N_("Language and cultural background")))
        self.text_or_placeholder(c.plan.language_culture)
        self.label(t(N_("How {resident} and relatives take part")).format(resident=c.resident_name))
        self.text_or_placeholder(c.plan.participation)

    def write_plan(self) -> tuple[bytes, int]:
        self.pdf.add_page()
        self.title_block()
        for section in (
            self.section_a,
            self.section_b,
            self.section_c,
            self.section_d,
            self.section_e,
            self.section_f,
            self.section_g,
            self.section_h,
            self.section_i,
            self.section_notes,
        ):
            section()
        return bytes(self.pdf.output()), self.pdf.pages_count


def render_plan(doc: PlanPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The whole plan as PDF/A-2B bytes, and its number of pages."""
    return _PlanWriter(doc, translate, N_("Individual plan")).write_plan()


# -- "My plan": one page for the resident -------------------------------------------------------


class _SummaryWriter(_PlanWriter):
    """Writes "My plan" on one page at one text size, with at most ``limit`` goals and
    measures and at most ``max_lines`` lines of any one text. Nothing is drawn below the top
    of the footer: a block that does not fit is cut, and the page then says that there is more
    in the full plan."""

    def __init__(
        self, doc: PlanPrint, translate: Translate | None, scale: float, limit: int, max_lines: int
    ) -> None:
        super().__init__(doc, translate, N_("My plan"))
        self.scale = scale
        self.limit = limit
        self.max_lines = max_lines
        # One page only: no automatic page break; the caller shrinks the text until it fits.
        self.pdf.set_auto_page_break(False)
        self.more_line = 7 * scale
        self.bottom = self.pdf.h - 20 - self.more_line  # leaves room for "More in the full plan."
        self.shortened = False  # some text was cut: say so on the page
        self.overflowed = False  # a block did not fit at all: try smaller text

    def room(self) -> float:
        """How many millimetres are left above the footer (and the "more" line)."""
        return self.bottom - self.pdf.get_y() if not self.overflowed else -1.0

    def big_heading(self, text: str) -> None:
        pdf = self.pdf
        if self.room() < 4 * self.scale + 8 * self.scale + 6.2 * self.scale:
            self.overflowed = True
            return
        pdf.ln(4 * self.scale)
        pdf.set_font(FONT_FAMILY, "B", 14 * self.scale)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 8 * self.scale, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)

    def line_text(
        self,
        text: str,
        *,
        style: str = "",
        colour: tuple[int, int, int] = INK,
        indent: float = 0,
        size: float = 12,
        line: float = 6.2,
    ) -> None:
        """A paragraph, cut to ``max_lines`` lines and to the room left on the page."""
        pdf = self.pdf
        size, line = size * self.scale, line * self.scale
        width = pdf.epw - indent
        pdf.set_font(FONT_FAMILY, style, size)
        lines = pdf.lines_of(text, width, line)
        fit = min(self.max_lines, int(self.room() // line))
        if fit < len(lines):
            if fit < 1:
                self.overflowed = True
                return
            self.shortened = True
            if fit < self.max_lines:
                self.overflowed = True
            lines = self.clipped(lines, fit, width)
        pdf.set_text_color(*colour)
        for text_line in lines:
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width, line, text_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)

    def goal(self, goal: Goal, number: str) -> None:
        pdf = self.pdf
        size = 12.5 * self.scale
        line = size * 0.5
        pdf.set_font(FONT_FAMILY, "I", size)
        count = len(pdf.lines_of(f"«{goal.text.strip()}»", pdf.epw - 16, line))
        fit = min(self.max_lines, int((self.room() - 6) // line))
        if fit < 1:
            self.overflowed = True
            return
        if fit < count:
            self.shortened = True
            self.overflowed = self.overflowed or fit < self.max_lines
        self.own_words(goal, number, size=size, show_date=False, max_lines=fit)

    def write_summary(self) -> _SummaryWriter:
        c, t, pdf = self.c, self.t, self.pdf
        pdf.add_page()
        pdf.set_font(FONT_FAMILY, "B", 22 * self.scale)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 11 * self.scale, t(N_("My plan")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line_text(c.resident_name, size=14, line=8)

        self.big_heading(t(N_("My goals")))
        goals = c.main_goals()
        if not goals:
            self.line_text(t(N_("We have not written my goals yet.")), style="I", colour=MUTED)
        for i, goal in enumerate(goals[: self.limit], start=1):
            self.goal(goal, str(i))
        if len(goals) > self.limit:
            self.line_text(
                t(N_("… and {count} more goals in my full plan.")).format(
                    count=len(goals) - self.limit
                ),
                style="I",
                colour=MUTED,
            )

        self.big_heading(t(N_("Who helps me with what")))
        measures = c.ordered_measures()
        if not measures:
            self.line_text(t(N_("We have not decided this yet.")), style="I", colour=MUTED)
        helpers: dict[str, list[str]] = {}
        for m in measures:
            who = c.responsible_name(m) or t(N_("We will find out who"))
            what = m.what.strip()
            if m.extent.strip():
                what = f"{what} ({m.extent.strip()})"
            helpers.setdefault(who, []).append(what)
        shown = 0
        # Every helper gets a line before anyone gets many: who helps matters most.
        per_helper = max(1, self.limit // max(1, len(helpers)))
        for who, tasks in helpers.items():
            if shown >= max(self.limit, len(helpers)):
                break
            self.line_text(t(N_("{name} helps me with:")).format(name=who), style="B")
            for task in tasks[:per_helper]:
                self.line_text(f"• {task}", indent=5)
                shown += 1
        if len(measures) > shown:
            self.line_text(
                t(N_("… and {count} more in my full plan.")).format(count=len(measures) - shown),
                style="I",
                colour=MUTED,
            )

        self.big_heading(t(N_("My coordinator")))
        if c.coordinator_name:
            self.line_text(c.coordinator_name, style="B")
            self.line_text(
                t(
                    N_(
                        "My coordinator helps me and everyone else to work together "
                        "on my plan, and calls the meetings."
                    )
                ),
                colour=MUTED,
            )
        else:
            self.line_text(t(N_("Not chosen yet.")), colour=MUTED)

        self.big_heading(t(N_("Next meeting")))
        plan = c.plan
        if plan.next_meeting:
            self.line_text(_d(plan.next_meeting, t))
        else:
            self.line_text(t(N_("Not set yet. Ask my coordinator.")), colour=MUTED)
        if plan.evaluation_date:
            self.line_text(
                t(N_("We look at the whole plan together again by {date}.")).format(
                    date=_d(plan.evaluation_date, t)
                ),
                colour=MUTED,
            )
        return self

    def more_in_the_full_plan(self) -> None:
        """The line at the foot of the page that says the page does not show everything."""
        pdf = self.pdf
        pdf.set_xy(pdf.l_margin, min(pdf.get_y() + 3 * self.scale, self.bottom + 1))
        pdf.set_font(FONT_FAMILY, "I", 11 * self.scale)
        pdf.set_text_color(*ACCENT)
        text = pdf.fit_text(self.t(N_("More in the full plan.")), pdf.epw)
        pdf.cell(0, self.more_line - 1, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)


def render_summary(doc: PlanPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The resident's one-page "My plan" as PDF/A-2B bytes (always one page): my goals, who
    helps me with what, my coordinator, the next meeting. Long plans get smaller text, then
    "and N more" lines and shortened texts, rather than a second page; whatever is left out,
    the page says "More in the full plan"."""
    attempts = [
        (1.0, 99, 12),
        (0.9, 99, 10),
        (0.8, 99, 8),
        (0.8, 6, 5),
        (0.75, 4, 4),
        (0.7, 3, 3),
        (0.65, 2, 2),
    ]
    writer: _SummaryWriter | None = None
    for scale, limit, max_lines in attempts:
        writer = _SummaryWriter(doc, translate, scale, limit, max_lines).write_summary()
        if not writer.overflowed:
            break
    assert writer is not None
    if writer.shortened or writer.overflowed:
        writer.more_in_the_full_plan()
    return bytes(writer.pdf.output()), writer.pdf.pages_count
