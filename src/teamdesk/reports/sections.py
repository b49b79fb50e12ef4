"""Building blocks for TeamDesk documents other than the plan, in the plan's look: a title, accent
headings, label-value facts, tables whose heading row repeats on every page, and tinted boxes.

They draw on :class:`~teamdesk.reports.document.TeamDeskPdf` (PDF/A-2B, embedded DejaVu fonts,
header and footer on every page), so every TeamDesk document shares one frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from teamdesk.reports.document import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_FAMILY,
    INK,
    MUTED,
    ROW_SHADE,
    RULE,
    WARN,
    WARN_LIGHT,
    PageFrame,
    TeamDeskPdf,
    Translate,
)

Colour = tuple[int, int, int]


class DocumentWriter:
    """Writes a document block by block onto a :class:`TeamDeskPdf`."""

    def __init__(self, frame: PageFrame, translate: Translate | None = None) -> None:
        self.t: Translate = translate or (lambda text: text)
        self.pdf = TeamDeskPdf(frame, self.t)

    def title(self, text: str, subtitle: str = "") -> None:
        pdf = self.pdf
        pdf.set_font(FONT_FAMILY, "B", 20)
        pdf.set_text_color(*ACCENT)
        pdf.multi_cell(0, 10, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            pdf.set_font(FONT_FAMILY, "", 14)
            pdf.set_text_color(*INK)
            pdf.multi_cell(0, 8, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)
        pdf.ln(3)

    def heading(self, text: str) -> None:
        pdf = self.pdf
        pdf.ensure_space(28)
        pdf.ln(5)
        pdf.set_font(FONT_FAMILY, "B", 13)
        pdf.set_text_color(*ACCENT)
        pdf.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 30, pdf.get_y())
        pdf.ln(3)
        pdf.set_text_color(*INK)

    def label(self, text: str, indent: float = 0, size: float = 10.5) -> None:
        pdf = self.pdf
        pdf.set_font(FONT_FAMILY, "B", size)
        height = pdf.text_height(text, pdf.epw - indent, 6)
        pdf.ensure_space(height + 8)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        colour: Colour = INK,
        indent: float = 0,
    ) -> None:
        self.pdf.paragraph(text, size=size, style=style, colour=colour, indent=indent)

    def text_or_placeholder(self, text: str, indent: float = 0, placeholder: str = "") -> None:
        if text.strip():
            self.pdf.paragraph(text.strip(), indent=indent)
        elif placeholder:
            self.pdf.paragraph(placeholder, size=9.5, style="I", colour=MUTED, indent=indent)
        else:
            self.pdf.not_written(indent)
        self.pdf.ln(1.5)

    def facts(self, rows: Sequence[tuple[str, str]], label_width: float = 52) -> None:
        """Label-value lines, such as a meeting's time and place."""
        pdf = self.pdf
        for key, value in rows:
            pdf.set_font(FONT_FAMILY, "", 10)
            height = pdf.text_height(value or "—", pdf.epw - label_width, 5.5)
            pdf.ensure_space(height)
            pdf.set_font(FONT_FAMILY, "", 9.5)
            pdf.set_text_color(*MUTED)
            pdf.cell(label_width, 5.5, key, new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.set_text_color(*INK)
            pdf.set_font(FONT_FAMILY, "", 10)
            pdf.multi_cell(
                pdf.epw - label_width, 5.5, value or "—", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )

    def table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 9.5,
        shade: Sequence[Colour | None] | None = None,
    ) -> None:
        """A table whose heading row repeats at the top of every page it runs onto; ``shade``
        gives a row its own background (e.g. for a row with a gap)."""
        pdf = self.pdf
        pdf.set_font(FONT_FAMILY, "", size)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        pdf.set_fill_color(255, 255, 255)
        pdf.ensure_space(22)
        with pdf.table(
            col_widths=tuple(widths),
            width=pdf.epw,
            text_align="LEFT",
            v_align="TOP",
            line_height=size * 0.52,
            padding=(1.6, 1.8),
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", color=ACCENT, fill_color=ACCENT_LIGHT),
            cell_fill_color=ROW_SHADE,
            cell_fill_mode="ROWS",
            repeat_headings=1,
        ) as table:
            head = table.row()
            for text in headings:
                head.cell(text)
            for i, values in enumerate(rows):
                colour = shade[i] if shade is not None and i < len(shade) else None
                style = FontFace(fill_color=colour) if colour is not None else None
                row = table.row(style=style)
                for value in values:
                    row.cell(value)
        pdf.ln(2)

    def box(self, heading: str, lines: Sequence[str], *, warn: bool = False) -> None:
        """A tinted box with a bold first line and bullet lines (a note, or what is missing)."""
        pdf = self.pdf
        pdf.ln(2)
        pdf.set_font(FONT_FAMILY, "", 9)
        width = pdf.epw - 8
        height = 9 + sum(pdf.text_height(f"• {x}", width, 4.6) for x in lines) + 2
        pdf.ensure_space(height)
        x0, y0 = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(*(WARN_LIGHT if warn else ACCENT_LIGHT))
        pdf.rect(x0, y0, pdf.epw, height, style="F")
        pdf.set_xy(x0 + 4, y0 + 2)
        pdf.set_font(FONT_FAMILY, "B", 9.5)
        pdf.set_text_color(*(WARN if warn else ACCENT))
        pdf.cell(0, 5.5, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)
        pdf.set_font(FONT_FAMILY, "", 9)
        for text in lines:
            pdf.set_x(x0 + 4)
            pdf.multi_cell(width, 4.6, f"• {text}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(y0 + height + 1)

    def numbered_item(self, number: str, title: str, detail: str = "") -> None:
        """An agenda item: its number in the accent colour, the title in bold, a quiet detail."""
        pdf = self.pdf
        number_w = 10
        pdf.set_font(FONT_FAMILY, "B", 11)
        height = pdf.text_height(title, pdf.epw - number_w, 6)
        if detail:
            pdf.set_font(FONT_FAMILY, "", 9.5)
            height += pdf.text_height(detail, pdf.epw - number_w, 5)
        pdf.ensure_space(height + 10)
        pdf.set_font(FONT_FAMILY, "B", 11)
        pdf.set_text_color(*ACCENT)
        pdf.cell(number_w, 6, number, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_text_color(*INK)
        pdf.multi_cell(pdf.epw - number_w, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if detail:
            pdf.set_x(pdf.l_margin + number_w)
            pdf.set_font(FONT_FAMILY, "", 9.5)
            pdf.set_text_color(*MUTED)
            pdf.multi_cell(pdf.epw - number_w, 5, detail, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(*INK)
        pdf.ln(1.5)

    def output(self) -> tuple[bytes, int]:
        return bytes(self.pdf.output()), self.pdf.pages_count
