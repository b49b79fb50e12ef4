"""A resident's check-in results on paper and as data: what works first, then the grid of ties
by dimensions (shade plus value), the ties to agree on with one suggestion per weak dimension,
and the trend. Built from the relation service's results; no database here.

The grid's shades are one blue from light to dark, so they read in grey-scale print and for
colour-blind readers, and every shaded cell also prints its number.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from teamdesk.domain.relations import (
    DIMENSIONS,
    MIN_RESPONDENTS,
    RelationsReport,
    Round,
    RoundResult,
    TieResult,
    band,
    tie_name,
)
from teamdesk.domain.text import N_, Translate, as_written, format_day
from teamdesk.reports.csv_table import csv_text, decimal_mark
from teamdesk.reports.document import MUTED, Document, PageFrame

# Light (weak) to dark (strong): one hue, rising darkness; text turns white from step 4.
SHADES: dict[int, str] = {
    1: "#eff3ff",
    2: "#c6dbef",
    3: "#9ecae1",
    4: "#4292c6",
    5: "#08519c",
}
NO_FIGURE = "#f5f5f5"
# The font the chart's SVG names (one of the fonts every document embeds).
CHART_FONT = "DejaVu Sans"


def shade_of(value: float) -> str:
    return SHADES[band(value)]


def text_on(value: float) -> str:
    return "#ffffff" if band(value) >= 4 else "ink"


def figure(value: float | None, translate: Translate | None = None) -> str:
    """A mean with one decimal, with the decimal mark of ``translate``'s language (3.5;
    Norwegian and Danish 3,5); a point without one (the command line's output)."""
    return "—" if value is None else f"{value:.1f}".replace(".", decimal_mark(translate))


@dataclass(frozen=True)
class RelationsPrint:
    """The report and who printed it when."""

    report: RelationsReport
    printed_at: datetime
    printed_by: str


def _strength_lines(result: RoundResult, t: Translate) -> list[str]:
    return [
        t(N_("{tie}: {dimension} ({value})")).format(
            tie=tie_name(s.tie, t), dimension=t(s.dimension.label), value=figure(s.mean, t)
        )
        for s in result.strengths
    ]


def _suggestion_lines(row: TieResult, t: Translate) -> list[str]:
    return [
        f"{t(s.dimension.label)} ({figure(s.mean, t)}): "
        + t(s.dimension.suggestion).format(tie=tie_name(row.tie, t))
        for s in row.suggestions
    ]


def render_pdf(doc: RelationsPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The results as tagged PDF/A-2a bytes and the number of pages."""
    from teamdesk.reports.relation_chart import trend_svg

    t: Translate = translate or as_written
    report = doc.report
    subject: str = report.subject
    results: list[RoundResult] = report.results
    latest = results[-1] if results else None
    title = t(N_("How we work together"))
    w = Document(
        PageFrame(
            subject=subject,
            title=title,
            version_label=(
                t(N_("Check-in ended {date}")).format(
                    date=format_day(latest.round.closed_on or latest.round.ends_on, t)
                )
                if latest
                else t(N_("No results yet"))
            ),
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        t,
    )
    w.title(title, subject)
    w.paragraph(
        t(
            N_(
                "Answers are about how roles and services work together, never about one "
                "person. Figures are shown only where at least {count} people answered."
            )
        ).format(count=MIN_RESPONDENTS),
        size=9.5,
        colour=MUTED,
    )
    if latest is None:
        w.text_or_placeholder("", placeholder=t(N_("No check-in has been completed yet.")))
        return w.render()
    w.paragraph(
        t(
            N_("{count} people took part. Scale: 1 (disagree strongly) to 5 (agree strongly).")
        ).format(count=latest.respondents),
        size=9.5,
    )
    w.heading(t(N_("What works")))
    strengths = _strength_lines(latest, t)
    if strengths:
        for line in strengths:
            w.paragraph(f"• {line}", size=10, indent=2)
    else:
        w.paragraph(t(N_("No tie stands out yet; the grid shows where you are closest.")), size=10)
    w.heading(t(N_("Ties and dimensions")))
    _grid(w, latest, t)
    to_agree = latest.to_agree
    if to_agree:
        w.heading(t(N_("Things to agree on together")))
        for row in to_agree:
            w.label(f"{tie_name(row.tie, t)} ({figure(row.index, t)})")
            for line in _suggestion_lines(row, t):
                w.paragraph(f"• {line}", size=9.5, indent=4)
    hidden = latest.hidden
    if hidden:
        w.paragraph(
            t(
                N_(
                    "Fewer than {count} people answered about: {ties}. No figures are shown for "
                    "them, so nobody's answers can be recognised."
                )
            ).format(count=MIN_RESPONDENTS, ties=", ".join(tie_name(r.tie, t) for r in hidden)),
            size=9.5,
            colour=MUTED,
        )
    trend = report.trend
    w.heading(t(N_("Over time")))
    shown_ties = [r.tie for r in latest.shown][:2]
    svg = trend_svg(trend, t, ties=shown_ties, font_family=CHART_FONT)
    if len(trend) < 2 or not svg:
        w.paragraph(t(N_("The trend shows from the second completed check-in on.")), size=9.5)
    else:
        # The chart's words for a screen reader: the index of each round, in order.
        alt = "; ".join(
            f"{format_day(p.day, t)}: {figure(p.index, t)}" for p in trend if p.index is not None
        )
        w.svg(svg, width=85, alt=f"{t(N_('Index'))}: {alt}")
    return w.render()


def _grid(w: Document, result: RoundResult, t: Translate) -> None:
    """Ties down, dimensions across, the index last: each cell shaded and numbered (a table
    with header cells, so a screen reader reads it row by row)."""
    head = [t(N_("Working with"))] + [t(d.label) for d in DIMENSIONS] + [t(N_("Index"))]
    rows: list[list[dict[str, object]]] = []
    for row in result.ties:
        cells: list[dict[str, object]] = [
            {"text": tie_name(row.tie, t), "ink": "ink" if row.shown else MUTED}
        ]
        values = [row.means[d] for d in DIMENSIONS] + [row.index]
        for i, value in enumerate(values):
            last = i == len(DIMENSIONS)
            if not row.shown or value is None:
                cells.append({"text": "—", "fill": NO_FIGURE, "ink": MUTED, "bold": last})
            else:
                cells.append(
                    {
                        "text": figure(value, t),
                        "fill": shade_of(value),
                        "ink": text_on(value),
                        "bold": last,
                    }
                )
        rows.append(cells)
    w.shaded_table(head, rows, [40.0] + [18.0] * (len(DIMENSIONS) + 1))
    # The key: the five shades with their meaning, so a grey-scale copy reads the same.
    key: list[dict[str, object]] = [{"text": t(N_("Shade:")), "ink": MUTED}]
    key += [
        {"text": str(step), "fill": SHADES[step], "ink": text_on(float(step))}
        for step in range(1, 6)
    ]
    key += [{"text": ""}] * (len(DIMENSIONS) + 1 - 5)
    w.shaded_table([], [key], [40.0] + [18.0] * (len(DIMENSIONS) + 1), size=8)


# -- data exports --------------------------------------------------------------------------


def as_json(report: RelationsReport) -> str:
    """Every sealed round's figures as JSON: ties, dimensions and indexes, never people."""
    results: list[RoundResult] = report.results
    payload = {
        "resident": report.subject,
        "minimum_answers": MIN_RESPONDENTS,
        "rounds": [
            {
                "started_on": r.round.started_on.isoformat(),
                "ended_on": (r.round.closed_on or r.round.ends_on).isoformat(),
                "people": r.respondents,
                "index": _rounded(r.index),
                "ties": [
                    {
                        "tie": tie_name(row.tie),
                        "answered": row.respondents,
                        "shown": row.shown,
                        "index": _rounded(row.index),
                        "dimensions": {d.value: _rounded(row.means[d]) for d in DIMENSIONS},
                        "suggestions": [
                            s.dimension.suggestion.format(tie=tie_name(row.tie))
                            for s in row.suggestions
                        ],
                    }
                    for row in r.ties
                ],
            }
            for r in results
        ],
        "open_rounds": [
            {"started_on": o.started_on.isoformat(), "ends_on": o.ends_on.isoformat()}
            for o in report.open_rounds
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def as_csv(report: RelationsReport, translate: Translate | None = None) -> str:
    """:func:`as_table` as CSV text for scripts (comma-separated, decimal point)."""
    return csv_text(as_table(report, translate))


def as_table(report: RelationsReport, translate: Translate | None = None) -> list[list[object]]:
    """One line per round and tie: the tie, how many answered, each dimension and the index
    (empty where fewer than three answered); the headings first."""
    t: Translate = translate or as_written
    results: list[RoundResult] = report.results
    header: list[object] = [
        t(N_("Check-in ended")),
        t(N_("Working with")),
        t(N_("Answered")),
        *(t(d.label) for d in DIMENSIONS),
        t(N_("Index")),
    ]
    rows: list[list[object]] = [header]
    for r in results:
        for row in r.ties:
            rows.append(
                [
                    r.round.closed_on or r.round.ends_on,
                    tie_name(row.tie, t),
                    row.respondents,
                    *(_cell(row.means[d]) for d in DIMENSIONS),
                    _cell(row.index),
                ]
            )
    return rows


def _cell(value: float | None) -> float | str:
    """A figure as a number (the spreadsheet's decimal mark is the writer's); empty for none."""
    return "" if value is None else round(value, 2)


# -- the printable form --------------------------------------------------------------------


@dataclass(frozen=True)
class FormPrint:
    """A round's blank form and who printed it when."""

    round: Round
    printed_at: datetime
    printed_by: str


def render_form(doc: FormPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """One page for a person without an account: the seven statements, numbered, and a box per
    role or service and statement for a number from 1 to 5 or a question mark. No name on it."""
    t: Translate = translate or as_written
    rnd = doc.round
    title = t(N_("How we work together"))
    w = Document(
        PageFrame(
            subject=rnd.subject,
            title=title,
            version_label=t(N_("Answer by {date}")).format(date=format_day(rnd.ends_on, t)),
            draft=False,
            printed_at=doc.printed_at,
            printed_by=doc.printed_by,
        ),
        t,
    )
    w.title(title, rnd.subject)
    w.paragraph(
        t(
            N_(
                "Do not write your name. For each role or service you work with, write a number "
                "in each box: 1 = disagree strongly, 2 = disagree, 3 = neither, 4 = agree, "
                "5 = agree strongly, ? = don't know. Leave a row empty for those you do not "
                "work with. The coordinator enters the form and then throws it away."
            )
        ),
        size=9.5,
    )
    w.heading(t(N_("The statements")))
    for number, dimension in enumerate(DIMENSIONS, start=1):
        w.paragraph(f"{number}. {t(dimension.statement)}", size=9.5, indent=2)
    w.heading(t(N_("Your answers")))
    # A box per role or service and statement, to write a number in by hand.
    head = [t(N_("Working with"))] + [str(n) for n in range(1, len(DIMENSIONS) + 1)]
    box: dict[str, object] = {"text": "", "box": True}
    rows: list[list[dict[str, object]]] = [
        [{"text": tie_name(tie, t)}, *([box] * len(DIMENSIONS))] for tie in rnd.ties
    ]
    w.shaded_table(head, rows, [52.0] + [17.0] * len(DIMENSIONS), size=9.5)
    return w.render()
