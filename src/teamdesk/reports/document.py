"""The shared frame of TeamDesk's PDF documents: PDF/A-2B, embedded fonts, header and footer.

Every page carries a header (who the document is about, what it is, which version, DRAFT when
not approved) and a footer ("Page N of M", when and by whom it was printed). Fonts come from
``resources/fonts`` (DejaVu Sans, with Norwegian and Danish letters; licence beside them) and
are embedded as subsets, so a document looks the same on every PC and in the archive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from teamdesk.domain.text import N_

FONT_FAMILY = "DejaVuSans"
FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
}

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


def fonts_dir() -> Path:
    """Where the shipped fonts are: inside the installed package, or the source tree's
    ``resources/fonts``. Refuses to go on without them (a PDF must embed its fonts)."""
    here = Path(__file__).resolve()
    candidates = [
        here.parent.parent / "resources" / "fonts",  # installed: teamdesk/resources/fonts
        here.parents[3] / "resources" / "fonts",  # source tree: <repo>/resources/fonts
    ]
    for candidate in candidates:
        if (candidate / FONT_FILES[""]).is_file():
            return candidate
    raise FileNotFoundError(
        "The fonts TeamDesk prints with are missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall TeamDesk."
    )


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    subject: str  # the resident's name
    title: str  # "Individual plan", "My plan"
    version_label: str  # "Version 3, approved 2026-09-01 by Kari Leder" or "Draft"
    draft: bool
    printed_at: datetime
    printed_by: str


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

    # -- frame -------------------------------------------------------------------------------

    def header(self) -> None:
        frame = self.frame
        self.set_y(10)
        self.set_font(FONT_FAMILY, "B", 9)
        self.set_text_color(*INK)
        left = f"{frame.subject} · {frame.title}"
        self.cell(self.epw * 0.62, 5, left, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font(FONT_FAMILY, "", 8.5)
        if frame.draft:
            self.set_text_color(*WARN)
            self.set_font(FONT_FAMILY, "B", 9)
        else:
            self.set_text_color(*MUTED)
        self.cell(0, 5, frame.version_label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
            at=frame.printed_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=frame.printed_by
        )
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
        lines = self.multi_cell(width, line_height, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        return float(len(lines)) * line_height

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
