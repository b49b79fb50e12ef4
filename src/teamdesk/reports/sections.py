"""Building blocks for TeamDesk documents other than the plan, in the plan's look: a title, accent
headings, label-value facts, tables whose heading row repeats on every page, and tinted boxes.

They draw on :class:`~teamdesk.reports.document.TeamDeskPdf` (PDF/A-2B, embedded DejaVu fonts,
header and footer on every page), so every TeamDesk document shares one frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from fpdf.enums import XPos, YPos

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
    BandLine,
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
        gives a row its own background (e.g. for a row with a gap).

        Drawn here rather than with fpdf2's tables, which refuse a row taller than a page
        ("row ... too high"): a row of any length is split between lines and goes on below the
        repeated heading on the next page. ``widths`` are relative; the table fills the page.
        """
        pdf = self.pdf
        scale = pdf.epw / sum(widths)
        columns = [w * scale for w in widths]
        line = size * 0.52
        pad_x, pad_y = 0.4, 1.6  # fpdf2 adds its cell margin (1 mm) inside
        pdf.set_font(FONT_FAMILY, "B", size)
        head_lines = [
            pdf.lines_of(text, w - 2 * pad_x, line)
            for text, w in zip(headings, columns, strict=True)
        ]
        head_h = max(len(cell) for cell in head_lines) * line + 2 * pad_y
        paged = pdf.auto_page_break

        def draw_heading() -> None:
            pdf.set_font(FONT_FAMILY, "B", size)
            self._table_row(head_lines, columns, 0, None, line, (pad_x, pad_y), ACCENT_LIGHT)
            pdf.set_font(FONT_FAMILY, "", size)

        # The heading and at least the first lines of the first row stay together.
        pdf.ensure_space(head_h + 3 * line + 2 * pad_y)
        draw_heading()
        for index, values in enumerate(rows):
            pdf.set_font(FONT_FAMILY, "", size)
            cells = [
                pdf.lines_of(text, w - 2 * pad_x, line)
                for text, w in zip(values, columns, strict=True)
            ]
            count = max(len(cell) for cell in cells)
            colour = shade[index] if shade is not None and index < len(shade) else None
            fill = colour if colour is not None else (ROW_SHADE if index % 2 == 0 else None)
            first, fresh = 0, False
            while first < count:
                room = (
                    int((pdf.page_break_trigger - pdf.get_y() - 2 * pad_y + 0.01) // line)
                    if paged
                    else count
                )
                left = count - first
                # Keep a short row whole, and never leave a single line of a row at a page's foot.
                if not fresh and room < min(left, 2 if left > 3 else left):
                    pdf.add_page()
                    draw_heading()
                    fresh = True
                    continue
                take = max(1, min(room, left))
                fresh = False
                self._table_row(cells, columns, first, take, line, (pad_x, pad_y), fill)
                first += take
        pdf.ln(2)

    def _table_row(
        self,
        cells: Sequence[Sequence[str]],
        columns: Sequence[float],
        first: int,
        count: int | None,
        line: float,
        padding: tuple[float, float],
        fill: Colour | None,
    ) -> None:
        """Lines ``first`` to ``first + count`` of one table row (all lines when ``count`` is
        None), on ``fill``, with a rule below. The heading row is drawn in bold accent."""
        pdf = self.pdf
        pad_x, pad_y = padding
        heading = count is None
        if count is None:
            count = max(len(cell) for cell in cells)
        top = pdf.get_y()
        height = count * line + 2 * pad_y
        if fill is not None:
            pdf.set_fill_color(*fill)
            pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
        pdf.set_text_color(*(ACCENT if heading else INK))
        x = pdf.l_margin
        for cell, width in zip(cells, columns, strict=True):
            for n, text in enumerate(cell[first : first + count]):
                pdf.set_xy(x + pad_x, top + pad_y + n * line)
                pdf.cell(width - 2 * pad_x, line, text)
            x += width
        pdf.set_text_color(*INK)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, top + height, pdf.l_margin + pdf.epw, top + height)
        pdf.set_xy(pdf.l_margin, top + height)

    def box(self, heading: str, lines: Sequence[str], *, warn: bool = False) -> None:
        """A tinted box with a bold first line and bullet lines (a note, or what is missing);
        a long box flows on to the next page."""
        pdf = self.pdf
        pdf.ln(2)
        width = pdf.epw - 8
        pdf.set_font(FONT_FAMILY, "B", 9.5)
        band = [
            BandLine(text, 4, 5.5, "B", 9.5, WARN if warn else ACCENT)
            for text in pdf.lines_of(heading, width, 5.5)
        ]
        pdf.set_font(FONT_FAMILY, "", 9)
        for text in lines:
            bullet = pdf.lines_of(f"• {text}", width, 4.6)
            band += [BandLine(part, 4, 4.6, "", 9) for part in bullet]
        pdf.band(band, fill=WARN_LIGHT if warn else ACCENT_LIGHT)
        pdf.ln(1)

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
