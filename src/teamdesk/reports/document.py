"""The one document layer every TeamDesk printout uses: tagged PDF/A-2a through Typst.

A report (the plan, "My plan", an agenda, minutes, the access log, the coordinator overview)
describes itself as a list of blocks (a title, section headings, label-value facts, tables whose
heading row repeats on every page, tinted boxes, a goal in the resident's own words, signature
lines) with a :class:`Document`. :meth:`Document.render` hands the blocks as JSON to one Typst
template (``resources/typst/teamdesk.typ``), which lays them out on A4 with the same header and
footer on every page. What a person typed only ever becomes text there, never markup.

Why Typst (see docs/ARCHITECTURE.md for the measurements): it writes **tagged** PDF/A-2a
(headings, paragraphs, tables with header cells, reading order, the document's language), so a
resident using a screen reader can read their own plan; it lays out the 11-page plan in a few
tens of milliseconds; it shapes Arabic and Hebrew and breaks rows of any length over pages
itself. Fonts come from ``resources/fonts`` and are embedded as subsets: DejaVu Sans for Latin
(Norwegian, Danish, Sámi, Polish), Greek, Cyrillic, Hebrew and Arabic, Noto Sans Ethiopic for
Tigrinya and Amharic. A letter none of them has (Chinese, say) prints as the replacement
character "\ufffd", never as an empty box.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from teamdesk.domain.text import N_, as_written, format_clock, format_day, language_of, quoted
from teamdesk.domain.text import Translate as Translate
from teamdesk.resources import find_resource_dir, resource_dirs

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
TEMPLATE = "teamdesk.typ"
# What a letter no shipped font has prints as: visible, and searchable in the PDF's text.
NOT_PRINTABLE = "\ufffd"
_LAYOUT_CHARACTERS = frozenset("\n")
# Other control characters (a tab pasted from Word or a spreadsheet, a vertical tab or form
# feed, a carriage return) have no glyph in any font: they print as a space.
_AS_SPACE = {c: " " for c in (*range(0x00, 0x20), 0x7F) if chr(c) not in _LAYOUT_CHARACTERS}

# Colours are named here and defined in the template: ink, muted, accent, warn, and the light
# tints accent-light, warn-light, warning-light, row-shade.
Colour = str
INK: Colour = "ink"
MUTED: Colour = "muted"
ACCENT: Colour = "accent"
WARN: Colour = "warn"
ACCENT_LIGHT: Colour = "accent-light"
WARN_LIGHT: Colour = "warn-light"
WARNING_LIGHT: Colour = "warning-light"

log = logging.getLogger(__name__)


class PrintError(RuntimeError):
    """The document could not be laid out (a fault of ours, never of the text printed)."""


def _shipped(kind: str, file: str, what: str) -> Path:
    """The folder of shipped ``kind`` files holding ``file`` (see :mod:`teamdesk.resources`);
    refuses to go on without it, naming where it looked."""
    found = find_resource_dir(kind, lambda d: (d / file).is_file())
    if found is None:
        raise FileNotFoundError(
            f"{what} (looked in "
            + ", ".join(str(c) for c in resource_dirs(kind))
            + "). Reinstall TeamDesk."
        )
    return found


def fonts_dir() -> Path:
    """Where the shipped fonts are: a PDF must embed its fonts, so none is no document."""
    return _shipped("fonts", FONT_FILES[0], "The fonts TeamDesk prints with are missing")


def template_dir() -> Path:
    """The folder with the Typst template."""
    return _shipped("typst", TEMPLATE, "TeamDesk's print template is missing")


@lru_cache(maxsize=1)
def _printable() -> frozenset[int]:
    """Every code point some shipped font can draw."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    folder = fonts_dir()
    found: set[int] = set()
    for name in FONT_FILES:
        font = TTFont(folder / name, lazy=True)
        table = font["cmap"]
        # The Windows Unicode subtables (full repertoire, else the basic plane) are what every
        # shipped font has; reading just one is several times faster than the "best" search.
        subtable = table.getcmap(3, 10) or table.getcmap(3, 1)
        found.update(subtable.cmap if subtable is not None else font.getBestCmap() or {})
        font.close()
    return frozenset(found)


@lru_cache(maxsize=1)
def _fonts() -> Any:
    """The shipped fonts, loaded once per process (Typst's own and the system's are left out,
    so a document looks the same on every PC)."""
    import typst

    return typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(fonts_dir())]
    )


def printable(text: str) -> str:
    """``text`` as it can be printed: control characters (tabs) a space, letters no shipped
    font has the replacement character."""
    text = text.translate(_AS_SPACE)
    fonts = _printable()
    unknown = {ord(ch): NOT_PRINTABLE for ch in set(text) if ord(ch) not in fonts and ch != "\n"}
    return text.translate(unknown) if unknown else text


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    subject: str  # the resident's name
    title: str  # "Individual plan", "My plan"
    version_label: str  # "Version 3, approved 2026-09-01 by Kari Leder" or "Draft"
    draft: bool
    printed_at: datetime
    printed_by: str


def format_moment(moment: datetime, translate: Translate) -> str:
    """A moment in local time as the print language writes dates and times: 15.06.2027 14:05
    (Danish 15.06.2027 14.05)."""
    local = moment.astimezone()
    return f"{format_day(local.date(), translate)} {format_clock(local.time(), translate)}"


class Document:
    """A document described block by block, then laid out by the template in one go."""

    def __init__(
        self, frame: PageFrame, translate: Translate | None = None, *, scale: float = 1.0
    ) -> None:
        self.t: Translate = translate or as_written
        self.frame = frame
        self.scale = scale
        self.blocks: list[dict[str, Any]] = []

    # -- blocks ------------------------------------------------------------------------------

    def add(self, kind: str, **fields: Any) -> None:
        self.blocks.append({"k": kind, **fields})

    def title(self, text: str, subtitle: str = "") -> None:
        self.add("title", text=text, sub=subtitle)

    def heading(self, text: str) -> None:
        """A section heading (tagged as a heading of level 2 under the title)."""
        self.add("heading", text=text)

    def label(self, text: str, indent: float = 0, size: float = 10.5) -> None:
        """A bold line kept with what follows it."""
        self.add("label", text=text, indent=indent, size=size)

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        colour: Colour = INK,
        indent: float = 0,
        max_lines: int = 0,
    ) -> None:
        """``style`` is "", "B", "I" or "BI"; ``max_lines`` cuts a longer text with "…" (and the
        document's "more" line then shows)."""
        self.add(
            "para", text=text, size=size, style=style, colour=colour, indent=indent, lines=max_lines
        )

    def not_written(self, indent: float = 0) -> None:
        """The grey placeholder for an empty part of the document."""
        self.paragraph(
            self.t(N_("Not written yet.")), size=9.5, style="I", colour=MUTED, indent=indent
        )

    def text_or_placeholder(self, text: str, indent: float = 0, placeholder: str = "") -> None:
        if text.strip():
            self.paragraph(text.strip(), indent=indent)
        elif placeholder:
            self.paragraph(placeholder, size=9.5, style="I", colour=MUTED, indent=indent)
        else:
            self.not_written(indent)

    def space(self, millimetres: float) -> None:
        self.add("space", mm=millimetres)

    def facts(self, rows: Sequence[tuple[str, str]], label_width: float = 52) -> None:
        """Label-value lines, such as a meeting's time and place ("—" for an empty value)."""
        self.add("facts", rows=[[k, v] for k, v in rows], label_width=label_width)

    def table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 9.5,
        shade: Sequence[Colour | None] | None = None,
    ) -> None:
        """A table whose heading row repeats at the top of every page it runs onto (tagged as
        header cells); a row of any length breaks over pages. ``widths`` are relative; the table
        fills the page. ``shade`` gives a row its own background (a row with a gap)."""
        for row in rows:
            if len(row) != len(headings):
                raise ValueError("every row needs one cell per heading")
        self.add(
            "table",
            head=list(headings),
            rows=[list(r) for r in rows],
            widths=list(widths),
            size=size,
            shade=list(shade or ()),
        )

    def shaded_table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[dict[str, object]]],
        widths: Sequence[float],
        *,
        size: float = 9,
    ) -> None:
        """A table of cells each with its own background and text colour (``{"text": ...,
        "fill": "#rrggbb", "ink": "#rrggbb" or a colour name, "bold": bool}``), such as a grid
        of figures shaded by value; no heading row when ``headings`` is empty."""
        for row in rows:
            if len(row) != len(widths) or (headings and len(headings) != len(widths)):
                raise ValueError("every row needs one cell per column")
        self.add(
            "cells",
            head=list(headings),
            rows=[[dict(cell) for cell in row] for row in rows],
            widths=list(widths),
            size=size,
        )

    def svg(self, svg: str, *, width: float, alt: str) -> None:
        """A vector picture (a chart) ``width`` percent of the text's width; ``alt`` is what a
        screen reader says for it."""
        self.add("svg", svg=svg, width=width, alt=alt)

    def box(self, heading: str, lines: Sequence[str], *, warn: bool = False) -> None:
        """A tinted box with a bold first line and bullet lines (a note, or what is missing);
        a long box flows on to the next page."""
        self.add("box", heading=heading, lines=list(lines), warn=warn)

    def numbered_item(self, number: str, title: str, detail: str = "") -> None:
        """An agenda item: its number in the accent colour, the title in bold, a quiet detail."""
        self.add("item", number=number, title=title, detail=detail)

    def goal(
        self,
        number: str,
        text: str,
        *,
        sub: bool = False,
        size: float = 11.5,
        evaluate_by: str = "",
        max_lines: int = 0,
    ) -> None:
        """A goal as the resident said it: quoted, italic, on a tinted band with an accent bar;
        a goal longer than a page goes on over the next."""
        self.add(
            "goal",
            number=number,
            text=quoted(text.strip(), self.t),
            sub=sub,
            size=size - (1.5 if sub else 0),
            date=evaluate_by,
            lines=max_lines,
        )

    def signatures(self, intro: str, rows: Sequence[tuple[str, str]]) -> None:
        """Lines to sign on, kept together: (who signs, the date label) per line."""
        self.add("signatures", intro=intro, rows=[list(r) for r in rows])

    def more_line(self, text: str) -> None:
        """A line at the foot of a one-page document, shown only when a text was cut."""
        self.add("more", text=text)

    # -- output ------------------------------------------------------------------------------

    def _data(self, one_page: bool) -> str:
        t, frame = self.t, self.frame
        printed = t(N_("Printed {at} by {who}")).format(
            at=format_moment(frame.printed_at, t), who=frame.printed_by
        )
        data = {
            # The PDF's /Lang, and the layout's hyphenation and quotes.
            "lang": language_of(t),
            "scale": self.scale,
            "one_page": one_page,
            "frame": {
                "title": frame.title,
                "subject": frame.subject,
                "subject_title": f"{frame.subject} · {frame.title}",
                "version_label": frame.version_label,
                "draft": frame.draft,
                "printed_by": frame.printed_by,
                "printed": printed,
                "page_pattern": t(N_("Page {page} of {pages}")),
            },
            "blocks": self.blocks,
        }
        return json.dumps(_clean(data), ensure_ascii=False)

    def render(self, *, one_page: bool = False) -> tuple[bytes, int]:
        """The document as tagged PDF/A-2a bytes, and its number of pages."""
        import typst

        folder = template_dir()
        compiler = typst.Compiler(
            str(folder / TEMPLATE),
            root=str(folder),
            font_paths=_fonts(),
            ignore_system_fonts=True,
            sys_inputs={"doc": self._data(one_page)},
        )
        moment = self.frame.printed_at.astimezone(UTC).replace(microsecond=0)
        try:
            pdf, warnings = compiler.compile_with_warnings(
                format="pdf", pdf_standards=["a-2a"], timestamp=moment
            )
            pages = compiler.query("<teamdesk-pages>", field="value", one=True)
        except typst.TypstError as exc:
            log.error("the document could not be laid out: %s\n%s", exc.message, exc.diagnostic)
            raise PrintError(f"The document could not be laid out: {exc.message}") from exc
        for warning in warnings or ():
            log.warning("layout: %s", getattr(warning, "message", warning))
        assert isinstance(pdf, bytes)
        return pdf, int(json.loads(pages) if isinstance(pages, str) else pages)


def _clean(value: Any) -> Any:
    """Every string in the document made printable (see :func:`printable`)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value
