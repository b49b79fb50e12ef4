"""The check-in trend as a small chart: one SVG, shown on screen by Qt's SVG renderer and
embedded as vector graphics in the PDF by the Typst template, so the screen and the paper show
the same chart.

Drawn with leather (a small pure-Python charting library that writes plain SVG attributes,
which both QtSvg's SVG Tiny renderer and Typst read). Imported only when a chart is drawn, so
neither start-up nor the sign-in screen pays for it. See docs/ARCHITECTURE.md, "Charts".
"""

from __future__ import annotations

from collections.abc import Sequence

from teamdesk.domain.relations import TrendPoint, tie_name
from teamdesk.domain.text import N_, Translate, as_written, format_day

# Told apart without colour: each line has its own dash pattern, the overall line is thickest.
# Dark blue, orange and greys stay apart for the common colour-vision deficiencies and in
# grey-scale print (they differ in lightness as well as hue).
_OVERALL = "#08519c"
_TIE_STYLES = (("#d95f02", "6 3"), ("#4d4d4d", "2 3"), ("#7f7f7f", "10 3 2 3"), ("#b15928", "1 2"))
MAX_TIE_LINES = len(_TIE_STYLES)


def trend_svg(
    points: Sequence[TrendPoint],
    translate: Translate | None = None,
    *,
    ties: Sequence[str] = (),
    font_family: str = "DejaVuSans",
    width: int = 560,
    height: int = 260,
) -> str:
    """The index of each sealed round (1-5) over time, overall and for up to four ``ties``;
    a round where a tie had too few answers leaves a gap in that tie's line. Empty text when
    no round has figures."""
    import leather

    t: Translate = translate or as_written
    theme = leather.theme
    theme.background_color = "#ffffff"
    for name in ("title", "legend", "tick", "axis_title"):
        setattr(theme, f"{name}_font_family", font_family)
    theme.tick_font_size = 11
    theme.legend_font_size = 11
    theme.margin = 0.02  # a share of the width (leather reads only a float here)
    chart = leather.Chart()
    chart.add_x_scale(0.5, max(len(points), 1) + 0.5)
    chart.add_y_scale(1, 5)
    labels = {i + 1: format_day(p.day, t) for i, p in enumerate(points)}
    chart.add_x_axis(
        ticks=list(labels), tick_formatter=lambda value, _index, _count: labels.get(value, "")
    )
    chart.add_y_axis(ticks=[1, 2, 3, 4, 5])
    overall = [(i + 1, p.index) for i, p in enumerate(points) if p.index is not None]
    if overall:
        chart.add_line(overall, name=t(N_("All ties")), stroke_color=_OVERALL, width=3)
    for tie, (colour, dashes) in zip(ties[:MAX_TIE_LINES], _TIE_STYLES, strict=False):
        series = [
            (i + 1, p.ties.get(tie)) for i, p in enumerate(points) if p.ties.get(tie) is not None
        ]
        if series:
            chart.add_line(
                series,
                name=tie_name(tie, t),
                stroke_color=colour,
                width=2,
                stroke_dasharray=dashes,
            )
    if not overall:
        return ""  # nothing sealed yet: the caller says so in words
    svg = str(chart.to_svg(width=width, height=height))
    # A viewBox lets Typst and Qt scale the chart to the space they give it.
    return svg.replace("<svg ", f'<svg viewBox="0 0 {width} {height}" ', 1)
