"""A check-in's results on screen, in the order that keeps the talk constructive: what works,
then the grid (each cell a shade and its number, so it reads in grey-scale and for colour-blind
people), then the ties to agree on with one suggestion per weak dimension, then the trend.

The trend chart is the same SVG the PDF embeds (:mod:`teamdesk.reports.relation_chart`); it
and QtSvg are imported when a chart is first drawn, not when the program starts.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from teamdesk.domain.relations import (
    DIMENSIONS,
    MIN_RESPONDENTS,
    RelationsReport,
    RoundResult,
    TieResult,
    band,
    tie_name,
)
from teamdesk.ui.common.text import format_date, translate
from teamdesk.ui.common.widgets import configure_table, named

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

# The printed report's shades (reports/relations_report.py), light (weak) to dark (strong).
SHADES = {
    1: QColor(239, 243, 255),
    2: QColor(198, 219, 239),
    3: QColor(158, 202, 225),
    4: QColor(66, 146, 198),
    5: QColor(8, 81, 156),
}
_NO_FIGURE = QColor(245, 245, 245)
_MUTED = QColor(108, 117, 125)

Index = QModelIndex | QPersistentModelIndex


def figure(value: float | None) -> str:
    """A mean with one decimal as the person's language writes it (3.5; Norwegian 3,5), rounded
    as the printed report rounds it."""
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", str(QLocale().decimalPoint()))


def two_lines(text: str) -> str:
    """A column heading on two lines of about equal length ("Know each" / "other's work")."""
    words = text.split()
    if len(words) < 2:
        return text
    best = min(
        range(1, len(words)),
        key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
    )
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


class GridModel(QAbstractTableModel):
    """Ties down, the seven dimensions and the index across; figures only for shown ties."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[TieResult, ...] = ()

    def set_rows(self, rows: tuple[TieResult, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DIMENSIONS) + 1

    def value(self, row: int, column: int) -> float | None:
        tie = self.rows[row]
        if not tie.shown:
            return None
        return tie.index if column == len(DIMENSIONS) else tie.means[DIMENSIONS[column]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tie = self.rows[index.row()]
        value = self.value(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return figure(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_NO_FIGURE if value is None else SHADES[band(value)])
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None:
                return QBrush(_MUTED)
            return QBrush(QColor("white") if band(value) >= 4 else QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == len(DIMENSIONS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if not tie.shown:
                return self.tr(
                    "Fewer than {count} people answered about {tie}: no figures, so nobody's "
                    "answers can be recognised."
                ).format(count=MIN_RESPONDENTS, tie=tie_name(tie.tie, translate))
            if index.column() == len(DIMENSIONS):
                return self.tr("The index: the average of the seven dimensions.")
            return translate(DIMENSIONS[index.column()].statement)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Vertical
            and not self.rows[section].shown
        ):
            return self.tr("Fewer than {count} people answered: no figures.").format(
                count=MIN_RESPONDENTS
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return tie_name(self.rows[section].tie, translate)
        if section == len(DIMENSIONS):
            return self.tr("Index")
        return two_lines(translate(DIMENSIONS[section].label))


class TrendChart(QWidget):
    """Draws the trend's SVG, scaled to the widget and keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self.svg = ""
        self.setMinimumHeight(170)

    def set_svg(self, svg: str) -> None:
        from PySide6.QtSvg import QSvgRenderer

        self.svg = svg
        self._renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self) if svg else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None or not self._renderer.isValid():
            return
        painter = QPainter(self)
        size = self._renderer.defaultSize()
        scale = min(self.width() / size.width(), self.height() / size.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, size.width() * scale, size.height() * scale))
        painter.end()


def _label(name: str, accessible: str, role: str = "") -> QLabel:
    label = named(QLabel(), name, accessible)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class ResultsPanel(QWidget):
    """The latest sealed round of a resident, with the trend across rounds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationResults")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _label("resultsSummary", self.tr("About these results"))
        layout.addWidget(self.summary)
        self.works_title = QLabel(self.tr("What works"))
        self.works_title.setProperty("role", "subheading")
        layout.addWidget(self.works_title)
        self.works = _label("resultsWhatWorks", self.tr("What works"), "banner")
        self.works.setProperty("kind", "ok")
        layout.addWidget(self.works)
        self.grid_title = QLabel(self.tr("Ties and dimensions"))
        self.grid_title.setProperty("role", "subheading")
        layout.addWidget(self.grid_title)
        self.grid_model = GridModel(self)
        self.grid = named(
            QTableView(),
            "resultsGrid",
            self.tr("Results: roles and services down, dimensions across, the index last"),
        )
        self.grid.setModel(self.grid_model)
        configure_table(self.grid)
        self.grid.setAlternatingRowColors(False)
        self.grid.verticalHeader().setVisible(True)
        self.grid.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.verticalHeader().setDefaultSectionSize(28)
        # Eight columns beside the role names fit in 600 pixels (a 1024-pixel screen).
        head = self.grid.horizontalHeader()
        head.setStretchLastSection(False)  # every column stretches alike
        head.setMinimumSectionSize(40)
        small = head.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        head.setFont(small)
        # The whole grid shows at once: the page scrolls, not the grid.
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.grid)
        self.key = _label("resultsKey", self.tr("How to read the grid"), "hint")
        self.key.setText(
            self.tr(
                "1 = disagree strongly, 5 = agree strongly; the darker the cell, the better it "
                "works. Weakest ties first."
            )
        )
        layout.addWidget(self.key)
        self.agree_title = QLabel(self.tr("Things to agree on together"))
        self.agree_title.setProperty("role", "subheading")
        layout.addWidget(self.agree_title)
        self.agree = _label("resultsToAgree", self.tr("Things to agree on together"))
        self.agree.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.agree)
        self.hidden = _label("resultsTooFew", self.tr("Ties with too few answers"), "hint")
        layout.addWidget(self.hidden)
        self.trend_title = QLabel(self.tr("Over time"))
        self.trend_title.setProperty("role", "subheading")
        layout.addWidget(self.trend_title)
        self.trend_note = _label("resultsTrendNote", self.tr("About the trend"), "hint")
        layout.addWidget(self.trend_note)
        self.chart = named(TrendChart(), "resultsTrendChart", self.tr("Trend of the index"))
        layout.addWidget(self.chart)
        self.show_report(None)

    def show_report(self, report: RelationsReport | None) -> None:
        latest = report.latest if report is not None else None
        parts = [
            self.works_title,
            self.works,
            self.grid_title,
            self.grid,
            self.key,
            self.agree_title,
            self.agree,
            self.hidden,
            self.trend_title,
            self.trend_note,
            self.chart,
        ]
        for w in parts:
            w.setVisible(latest is not None)
        if report is None or latest is None:
            self.summary.setText(self.tr("No check-in has been completed yet."))
            self.grid_model.set_rows(())
            return
        self._show_round(latest)
        self._show_trend(report, latest)

    def _show_round(self, latest: RoundResult) -> None:
        end = latest.round.closed_on or latest.round.ends_on
        self.summary.setText(
            self.tr(
                "Check-in ended {date}: {count} people took part. Answers are about how roles "
                "and services work together, never about one person."
            ).format(date=format_date(end), count=latest.respondents)
        )
        if latest.strengths:
            self.works.setText(
                "\n".join(
                    self.tr("{tie}: {dimension} ({value})").format(
                        tie=tie_name(s.tie, translate),
                        dimension=translate(s.dimension.label),
                        value=figure(s.mean),
                    )
                    for s in latest.strengths
                )
            )
        else:
            self.works.setText(
                self.tr("No tie stands out yet; the grid shows where you are closest.")
            )
        self.grid_model.set_rows(latest.ties)
        header = self.grid.horizontalHeader().sizeHint().height()
        rows = self.grid.verticalHeader().defaultSectionSize() * len(latest.ties)
        self.grid.setFixedHeight(header + rows + 2 * self.grid.frameWidth() + 2)
        to_agree = latest.to_agree
        if to_agree:
            blocks = []
            for row in to_agree:
                name = tie_name(row.tie, translate)
                items = "".join(
                    "<li>"
                    + html.escape(
                        f"{translate(s.dimension.label)} ({figure(s.mean)}): "
                        + translate(s.dimension.suggestion).format(tie=name)
                    )
                    + "</li>"
                    for s in row.suggestions
                )
                blocks.append(f"<b>{html.escape(name)} ({figure(row.index)})</b><ul>{items}</ul>")
            self.agree.setText("".join(blocks))
        else:
            self.agree.setText(html.escape(self.tr("Nothing below 3.5: keep doing what works.")))
        hidden = latest.hidden
        self.hidden.setVisible(bool(hidden))
        self.hidden.setText(
            self.tr(
                "Fewer than {count} people answered about: {ties}. No figures are shown for "
                "them, so nobody's answers can be recognised."
            ).format(
                count=MIN_RESPONDENTS, ties=", ".join(tie_name(r.tie, translate) for r in hidden)
            )
        )

    def _show_trend(self, report: RelationsReport, latest: RoundResult) -> None:
        if len(report.trend) < 2:
            self.trend_note.setText(
                self.tr("The trend shows from the second completed check-in on.")
            )
            self.chart.hide()
            return
        from teamdesk.reports.relation_chart import trend_svg

        self.trend_note.setText(
            self.tr("The index of each check-in: all ties, and the weakest and strongest tie.")
        )
        shown = [r.tie for r in latest.shown]
        ties = [shown[0], shown[-1]] if len(shown) > 1 else shown
        self.chart.set_svg(trend_svg(report.trend, translate, ties=ties, font_family="DejaVu Sans"))
        self.chart.setVisible(bool(self.chart.svg))
