"""The shared frame of TeamDesk's PDF documents: PDF/A-2B, embedded fonts, header and footer.

Every page carries a header (who the document is about, what it is, which version, DRAFT when
not approved) and a footer ("Page N of M", when and by whom it was printed). Fonts come from
``resources/fonts`` (licences beside them) and are embedded as subsets, so a document looks the
same on every PC and in the archive: DejaVu Sans for Latin (Norwegian, Danish, Sámi, Polish),
Greek, Cyrillic, Hebrew and Arabic letters, and Noto Sans Ethiopic for Tigrinya and Amharic.
Arabic and Hebrew are shaped and laid right to left (HarfBuzz, through fpdf2). A letter none of
these fonts has (Chinese, say) prints as the replacement character "\ufffd", never as an empty
box or nothing at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from teamdesk.domain.text import N_, format_clock, format_day
from teamdesk.resources import find_resource_dir, resource_dirs

FONT_FAMILY = "DejaVuSans"
FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
}
# Letters DejaVu Sans lacks: Ethiopic (Tigrinya, Amharic names). Used only for those letters.
ETHIOPIC_FAMILY = "NotoSansEthiopic"
ETHIOPIC_FILES = {
    "": "NotoSansEthiopic-Regular.ttf",
    "B": "NotoSansEthiopic-Bold.ttf",
}
# What a letter no shipped font has prints as: visible, and searchable in the PDF's text.
NOT_PRINTABLE = "\ufffd"
# Scripts whose letters join or run right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and
# the Arabic presentation forms. Only text with these goes through the (slower) shaping engine.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LAYOUT_CHARACTERS = frozenset("\n\r")
# Other control characters (a tab pasted from Word or a spreadsheet, a vertical tab or form
# feed) have no glyph in any font: they print as a space.
_AS_SPACE = {c: " " for c in (*range(0x00, 0x20), 0x7F) if chr(c) not in _LAYOUT_CHARACTERS}

# Colours (RGB): dark text, a muted grey for secondary text, an accent for headings and the
# resident's own words, and a warm red for DRAFT and for what is missing.
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)
ACCENT_LIGHT = (232, 240, 248)
RULE = (190, 198, 206)
WARN = (176, 42, 55)
WARN_LIGHT = (251, 236, 238)
ROW_SHADE = (244, 246, 248)

Translate = Callable[[str], str]


def _require_shaper() -> None:
    """Arabic and Hebrew print joined and right to left only through HarfBuzz (fpdf2 shapes
    with ``uharfbuzz``): a missing one is said plainly, before fpdf2 fails in its own words."""
    try:
        import uharfbuzz  # type: ignore[import-untyped]  # noqa: F401  (fpdf2 uses it)
    except ImportError as exc:
        raise RuntimeError(
            "TeamDesk cannot print Arabic or Hebrew letters: the text shaper (uharfbuzz) is "
            "missing. Reinstall TeamDesk."
        ) from exc


def fonts_dir() -> Path:
    """Where the shipped fonts are (see :mod:`teamdesk.resources`). Refuses to go on without
    them (a PDF must embed its fonts)."""
    found = find_resource_dir("fonts", lambda d: (d / FONT_FILES[""]).is_file())
    if found is None:
        raise FileNotFoundError(
            "The fonts TeamDesk prints with are missing (looked in "
            + ", ".join(str(c) for c in resource_dirs("fonts"))
            + "). Reinstall TeamDesk."
        )
    return found


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    subject: str  # the resident's name
    title: str  # "Individual plan", "My plan"
    version_label: str  # "Version 3, approved 2026-09-01 by Kari Leder" or "Draft"
    draft: bool
    printed_at: datetime
    printed_by: str


@dataclass(frozen=True)
class BandLine:
    """One line of a :meth:`TeamDeskPdf.band`: where it starts (mm from the band's left edge),
    its font and colour, and how far the next line is below it (0: the next line is drawn on
    the same line, such as a goal's text beside its number)."""

    text: str
    x: float
    height: float
    style: str = ""
    size: float = 10
    colour: tuple[int, int, int] = INK
    same_line: bool = False

    @property
    def advance(self) -> float:
        return 0.0 if self.same_line else self.height


def format_moment(moment: datetime, translate: Translate) -> str:
    """A moment in local time as the print language writes dates and times: 15.06.2027 14:05
    (Danish 15.06.2027 14.05)."""
    local = moment.astimezone()
    return f"{format_day(local.date(), translate)} {format_clock(local.time(), translate)}"


class TeamDeskPdf(FPDF):
    """An A4 PDF/A-2B document with TeamDesk's fonts, header and footer."""

    def __init__(self, frame: PageFrame, translate: Translate | None = None) -> None:
        super().__init__(
            orientation="portrait", unit="mm", format="A4", enforce_compliance="PDF/A-2B"
        )
        self.frame = frame
        self.t: Translate = translate or (lambda text: text)
        folder = fonts_dir()
        for style, file in FONT_FILES.items():
            self.add_font(FONT_FAMILY, style, str(folder / file))
        for style, file in ETHIOPIC_FILES.items():
            self.add_font(ETHIOPIC_FAMILY, style, str(folder / file))
        # Every code point some shipped font can draw; the rest print as NOT_PRINTABLE.
        self._printable: frozenset[int] = frozenset().union(
            *(getattr(font, "cmap", {}).keys() for font in self.fonts.values())
        )
        self._fallback_on = False
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(True, margin=20)
        self.set_title(f"{frame.title} – {frame.subject}")
        self.set_author(frame.printed_by)
        self.set_subject(frame.title)
        self.set_creator("TeamDesk")
        self.set_lang("en")
        self.creation_date = frame.printed_at.astimezone(UTC)
        self.alias_nb_pages()
        self.set_text_color(*INK)

    # -- text --------------------------------------------------------------------------------

    def normalize_text(self, text: str) -> str:
        """Every piece of text passes here before it is measured or drawn (fpdf2 calls it from
        ``cell``, ``multi_cell`` and ``get_string_width``, and so from tables too). Letters the
        current font lacks are drawn from another shipped font (the upright DejaVu Sans for
        Arabic in italics, Noto Sans Ethiopic for Tigrinya); letters no font has become
        NOT_PRINTABLE instead of an empty box, and control characters (tabs) a space.
        Shaping (joined Arabic letters, right-to-left order) is switched on only for text that
        needs it, since it is several times slower."""
        text = text.translate(_AS_SPACE)
        cmap = getattr(self.current_font, "cmap", None)
        if cmap is not None:
            missing = [
                ch for ch in set(text) if ord(ch) not in cmap and ch not in _LAYOUT_CHARACTERS
            ]
            unknown = {ord(ch): NOT_PRINTABLE for ch in missing if ord(ch) not in self._printable}
            if unknown:
                text = text.translate(unknown)
            self._use_fallback(bool(missing))
            shaping = _NEEDS_SHAPING.search(text) is not None
            if shaping != (self.text_shaping is not None):
                if shaping:
                    _require_shaper()
                # The documents read left to right; an Arabic name inside runs right to left.
                self.set_text_shaping(shaping, direction="ltr" if shaping else None)
        return super().normalize_text(text)

    def _use_fallback(self, on: bool) -> None:
        # Fallback fonts make fpdf2 look at every letter, so they are on only while needed.
        if on != self._fallback_on:
            self.set_fallback_fonts([FONT_FAMILY, ETHIOPIC_FAMILY] if on else [], False)
            self._fallback_on = on

    def fit_text(self, text: str, width: float) -> str:
        """``text`` cut with "…" so that it fits on one line ``width`` wide in the current font
        (for headers, footers and labels, where the whole text is printed elsewhere)."""
        text = " ".join(text.split())
        if self.get_string_width(text) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with the ellipsis
            middle = (low + high + 1) // 2
            if self.get_string_width(text[:middle].rstrip() + "…") <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"

    def lines_of(self, text: str, width: float, line_height: float) -> list[str]:
        """``text`` broken into the lines a paragraph ``width`` wide shows, in the current font
        (words longer than a line are broken between letters)."""
        lines = self.multi_cell(width, line_height, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        return [str(line) for line in lines] or [""]

    # -- frame -------------------------------------------------------------------------------

    def header(self) -> None:
        frame = self.frame
        self.set_y(10)
        # The version label on the right, the subject and title on the left; a very long name
        # or label is cut with "…" here (the document's body prints it whole).
        label_style, label_size = ("B", 9.0) if frame.draft else ("", 8.5)
        self.set_font(FONT_FAMILY, label_style, label_size)
        label = self.fit_text(frame.version_label, self.epw * 0.55)
        label_w = self.get_string_width(label) + 1
        self.set_font(FONT_FAMILY, "B", 9)
        self.set_text_color(*INK)
        left_w = self.epw - label_w - 3
        title_w = self.get_string_width(f" · {frame.title}")
        subject = self.fit_text(frame.subject, max(20.0, left_w - title_w))
        left = self.fit_text(f"{subject} · {frame.title}", left_w)
        self.cell(left_w, 5, left, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font(FONT_FAMILY, label_style, label_size)
        self.set_text_color(*(WARN if frame.draft else MUTED))
        self.cell(0, 5, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(*INK)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        frame = self.frame
        self.set_y(-14)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font(FONT_FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        printed = self.t(N_("Printed {at} by {who}")).format(
            at=format_moment(frame.printed_at, self.t), who=frame.printed_by
        )
        printed = self.fit_text(printed, self.epw * 0.68)
        self.cell(self.epw * 0.7, 4, printed, new_x=XPos.RIGHT, new_y=YPos.TOP)
        page = self.t(N_("Page {page} of {pages}")).format(
            page=self.page_no(), pages=self.str_alias_nb_pages
        )
        self.cell(0, 4, page, align="R")
        self.set_text_color(*INK)

    # -- building blocks ---------------------------------------------------------------------

    def ensure_space(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres still fit on this one (never in a
        one-page document, which turns automatic page breaks off)."""
        if self.auto_page_break and self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def text_height(self, text: str, width: float, line_height: float) -> float:
        """How tall ``text`` would be as a paragraph ``width`` wide, in the current font."""
        return float(len(self.lines_of(text, width, line_height))) * line_height

    def band(
        self,
        lines: Sequence[BandLine],
        *,
        indent: float = 0,
        fill: tuple[int, int, int],
        bar: tuple[int, int, int] | None = None,
        padding: float = 2,
    ) -> None:
        """Lines on a tinted band (a goal in the resident's own words, a note), the band drawn
        piece by piece so that a long text flows on to the next page instead of running over
        the footer. ``bar`` draws an accent bar down the band's left edge."""
        x0, width = self.l_margin + indent, self.epw - indent
        total = sum(line.advance for line in lines) + 2 * padding
        if total <= self.page_break_trigger - self.t_margin:
            self.ensure_space(total)  # a band that fits on a page is kept whole
        start = 0
        while start < len(lines):
            top = self.get_y()
            room = (
                self.page_break_trigger - top - 2 * padding
                if self.auto_page_break
                else float("inf")
            )
            end, used = start, 0.0
            while end < len(lines) and used + lines[end].advance <= room:
                used += lines[end].advance
                end += 1
            rest = len(lines) - start
            fresh_page = top <= self.t_margin + 0.5
            # Not a lone line at the foot of a page; at the top of a page, always progress.
            if (end - start < min(2, rest) or end == start) and not fresh_page:
                self.add_page()
                continue
            end = max(end, start + 1)
            used = sum(line.advance for line in lines[start:end])
            self.set_fill_color(*fill)
            self.rect(x0, top, width, used + 2 * padding, style="F")
            if bar is not None:
                self.set_fill_color(*bar)
                self.rect(x0, top, 1.2, used + 2 * padding, style="F")
            y = top + padding
            for line in lines[start:end]:
                self.set_font(FONT_FAMILY, line.style, line.size)
                self.set_text_color(*line.colour)
                self.set_xy(x0 + line.x, y)
                self.cell(width - line.x - padding, line.height, line.text)
                y += line.advance
            self.set_text_color(*INK)
            self.set_xy(self.l_margin, top + used + 2 * padding)
            start = end
            if start < len(lines):
                self.add_page()

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        line: float = 5,
        colour: tuple[int, int, int] = INK,
        indent: float = 0,
    ) -> None:
        self.set_font(FONT_FAMILY, style, size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, line, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)

    def not_written(self, indent: float = 0) -> None:
        """The grey placeholder for an empty part of the document."""
        self.paragraph(
            self.t(N_("Not written yet.")), size=9.5, style="I", colour=MUTED, indent=indent
        )
