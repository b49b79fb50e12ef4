"""Item models: a small table model over a list of service results, and the lazy residents model.

``RowsModel`` serves short lists (a resident's team, a team's staff, today's coverage). The
residents list can hold tens of thousands of people, so ``ResidentsModel`` holds ids only, fetches
the rows of a page when the view first shows them, and filters on cached, case-folded search text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from teamdesk.domain.team import Role
from teamdesk.services import ui_queries
from teamdesk.services.ui_queries import ResidentListRow, ResidentSort
from teamdesk.ui.common.text import format_date, name_order, translate
from teamdesk.ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the record a row shows (resident, staff, assignment...)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""How a row is marked: "alert", "warning", "muted" or "" (see ``RowKind``)."""

Index = QModelIndex | QPersistentModelIndex


class RowKind(StrEnum):
    """How a row stands out."""

    NORMAL = ""
    ALERT = "alert"
    WARNING = "warning"
    MUTED = "muted"


_BACKGROUND = {
    RowKind.ALERT: QColor("#fde3e1"),
    RowKind.WARNING: QColor("#fff4d6"),
}
_FOREGROUND = {
    RowKind.ALERT: QColor("#8a1c12"),
    RowKind.WARNING: QColor("#5c4300"),
    RowKind.MUTED: QColor("#6b6b6b"),
}


@dataclass(frozen=True)
class Column:
    """One column of a ``RowsModel``: its header and how a row gives its text."""

    title: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    order: Callable[[Any], Any] | None = None
    """What the column sorts by when its text does not (a number, a date); without it the
    text, in the alphabetical order of the person's language (æ, ø, å after z in Danish)."""


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows (service results), each with a stable id.

    With ``search`` it filters in the model on cached, case-folded text (every typed word must
    occur), and ``sort`` orders by a column's text; both keep the current row where it survives.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], str],
        kind: Callable[[Any], RowKind] | None = None,
        parent: Any = None,
        *,
        search: Callable[[Any], str] | None = None,
        icon: Callable[[Any], QIcon | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._kind = kind
        self._search = search
        self._icon = icon
        self._all: list[Any] = []
        self._haystack: list[str] = []
        self._filter = ""
        self._sort: tuple[int, bool] | None = None
        self._rows: list[Any] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``; the same ids in the same order only repaint, so selection stays."""
        self._all = list(rows)
        self._haystack = [self._search(r).casefold() for r in rows] if self._search else []
        self._show()

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self._show()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self._sort = (column, order == Qt.SortOrder.DescendingOrder)
            self._show()

    def _show(self) -> None:
        rows = self._all
        words = self._filter.casefold().split()
        if words and self._haystack:
            rows = [
                r for r, h in zip(rows, self._haystack, strict=True) if all(w in h for w in words)
            ]
        if self._sort is not None:
            column, descending = self._sort
            chosen = self._columns[column]
            if chosen.order is not None:
                rows = sorted(rows, key=chosen.order, reverse=descending)
            else:
                text = chosen.text
                rows = sorted(rows, key=lambda r: name_order(text(r)), reverse=descending)
        self._replace(rows)

    def _replace(self, rows: list[Any]) -> None:
        keys = [self._key(r) for r in rows]
        if keys == self._keys:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self._columns) - 1)
                )
            return
        if len(keys) == len(self._keys) and set(keys) == set(self._keys):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            new_row = {k: i for i, k in enumerate(keys)}
            moved = [
                self.index(new_row[self._keys[p.row()]], p.column()) if p.isValid() else p
                for p in old
            ]
            self._rows, self._keys = rows, keys
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._rows, self._keys = rows, keys
        self.endResetModel()

    def set_titles(self, titles: Sequence[str]) -> None:
        for i, title in enumerate(titles):
            if self._columns[i].title != title:
                self._columns[i] = Column(title, self._columns[i].text, self._columns[i].tooltip)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, i, i)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def find(self, key: str) -> Any:
        """The row with this id, shown or filtered out; None when there is none."""
        return next((r for r in self._all if self._key(r) == key), None)

    def total(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def row_of(self, key: str) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            # An editable combo box puts the chosen item's edit text in its line edit.
            Qt.ItemDataRole.EditRole,
        ):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == ID_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row) if self._icon and index.column() == 0 else None
        kind = self._kind(row) if self._kind else RowKind.NORMAL
        if role == KIND_ROLE:
            return kind.value
        return _kind_data(kind, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None


def _kind_data(kind: RowKind, role: int) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole and kind in _BACKGROUND:
        return QBrush(_BACKGROUND[kind])
    if role == Qt.ItemDataRole.ForegroundRole and kind in _FOREGROUND:
        return QBrush(_FOREGROUND[kind])
    if role == Qt.ItemDataRole.FontRole and kind is RowKind.ALERT:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.FontRole and kind is RowKind.MUTED:
        font = QFont()
        font.setItalic(True)
        return font
    return None


class ResidentsModel(QAbstractTableModel):
    """All residents as ids in list order; rows are fetched a page at a time when shown.

    Search-as-you-type filters a cached, case-folded text per resident in memory, so a
    keystroke costs no query even with tens of thousands of residents.
    """

    PAGE_SIZE = 100
    SORTS = (
        ResidentSort.NAME,
        ResidentSort.ROOM,
        ResidentSort.UNIT,
        ResidentSort.PRIMARY,
        ResidentSort.MOVED_IN,
    )

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ordered: list[str] = []
        self._search_text: dict[str, str] = {}
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._rows: dict[str, ResidentListRow | None] = {}
        self._search = ""
        self._matches: dict[str, list[str]] = {}
        self._matches_of: tuple[list[str], dict[str, str]] | None = None
        self._include_moved_out = False
        self._only: frozenset[str] | None = None
        self._sort = ResidentSort.NAME
        self._descending = False
        self._day = date.today()
        self._primary_title = ""

    # -- what the list shows -----------------------------------------------------------------

    def reload(self, *, names_changed: bool = True) -> None:
        """Read the order (and, when names may have changed, the search text) again."""
        ctx = self._session.ctx
        self._day = ctx.today()
        self._primary_title = self._session.read(
            lambda: translate(self._session.team.rule_settings().label(Role.PRIMARY)), ""
        )
        if names_changed or not self._search_text:
            self._search_text = self._session.read(lambda: ui_queries.resident_search_text(ctx), {})
        self._ordered = self._query_order()
        self._apply(ui_queries.matching_ids(self._ordered, self._search_text, self._search))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.SORTS) - 1)

    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        key = text.casefold()
        if (
            self._matches_of is None
            or self._matches_of[0] is not self._ordered
            or self._matches_of[1] is not self._search_text
        ):
            # The list or the names changed since: earlier results no longer hold.
            self._matches = {}
            self._matches_of = (self._ordered, self._search_text)
        found = self._matches.get(key)
        if found is None:
            # Typing on: whoever matches the longer text matched the shorter one, so only the
            # rows shown now need looking at. Backspace finds its earlier result above.
            narrowing = bool(self._search) and key.startswith(self._search.casefold())
            base = self._ids if narrowing else self._ordered
            found = ui_queries.matching_ids(base, self._search_text, text)
            if len(self._matches) > 64:
                self._matches.clear()
            self._matches[key] = found
        self._search = text
        self._apply(found)

    def search(self) -> str:
        return self._search

    def set_include_moved_out(self, include: bool) -> None:
        if include == self._include_moved_out:
            return
        self._include_moved_out = include
        self._ordered = self._query_order()
        self._apply(ui_queries.matching_ids(self._ordered, self._search_text, self._search))

    def include_moved_out(self) -> bool:
        return self._include_moved_out

    def set_only(self, ids: frozenset[str] | None) -> None:
        """List only these residents (the person's own), or everyone again with None."""
        if ids == self._only:
            return
        self._only = ids
        self._ordered = self._query_order()
        self._apply(ui_queries.matching_ids(self._ordered, self._search_text, self._search))

    def only(self) -> frozenset[str] | None:
        return self._only

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self.SORTS[column] if 0 <= column < len(self.SORTS) else ResidentSort.NAME
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self._ordered = self._query_order()
        self._apply(ui_queries.matching_ids(self._ordered, self._search_text, self._search))

    def _query_order(self) -> list[str]:
        ctx = self._session.ctx
        ordered: list[str] = self._session.read(
            lambda: ui_queries.resident_ids(
                ctx,
                self._sort,
                descending=self._descending,
                include_moved_out=self._include_moved_out,
                day=self._day,
            ),
            [],
        )
        if self._only is not None:
            ordered = [i for i in ordered if i in self._only]
        return ordered

    def _apply(self, ids: list[str]) -> None:
        """Show ``ids``; a new order of the same people keeps the selection, else reset."""
        self._rows.clear()
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1)
                )
            return
        if len(ids) == len(self._ids) and set(ids) == set(self._row_of):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            new_row = {rid: i for i, rid in enumerate(ids)}
            moved = [
                self.index(new_row[self._ids[p.row()]], p.column()) if p.isValid() else p
                for p in old
            ]
            self._set_ids(ids)
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._set_ids(ids)
        self.endResetModel()

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._row_of = {rid: i for i, rid in enumerate(ids)}

    # -- lookups -----------------------------------------------------------------------------

    def row_of(self, resident_id: str) -> int:
        return self._row_of.get(resident_id, -1)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def knows(self, resident_id: str) -> bool:
        """Whether the resident exists at all (shown or filtered out)."""
        return resident_id in self._search_text

    def fetched_rows(self) -> int:
        """How many rows have been read from the database since the last change (for tests)."""
        return len(self._rows)

    def _row(self, row: int) -> ResidentListRow | None:
        rid = self._ids[row]
        if rid not in self._rows:
            start = row - row % self.PAGE_SIZE
            page = self._ids[start : start + self.PAGE_SIZE]
            ctx = self._session.ctx
            found = self._session.read(lambda: ui_queries.resident_rows(ctx, page, self._day), {})
            for pid in page:
                # A resident removed since the list was read shows as a placeholder.
                self._rows[pid] = found.get(pid)
        return self._rows[rid]

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.SORTS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            KIND_ROLE,
        ):
            return None
        resident = self._row(index.row())
        if resident is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("(this resident was removed)") if index.column() == 0 else ""
            return _kind_data(RowKind.MUTED, role)
        moved_out = not resident.lives_here_on(self._day)
        if role == KIND_ROLE:
            return RowKind.MUTED.value if moved_out else RowKind.NORMAL.value
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return _kind_data(RowKind.MUTED, role) if moved_out else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if moved_out:
                return self.tr("Moved out on {date}").format(date=format_date(resident.moved_out))
            return None
        column = self.SORTS[index.column()]
        if column is ResidentSort.NAME:
            return resident.display_name
        if column is ResidentSort.ROOM:
            return resident.room
        if column is ResidentSort.UNIT:
            return resident.unit_name
        if column is ResidentSort.PRIMARY:
            return resident.primary_name or ("—" if not moved_out else "")
        return format_date(resident.moved_in)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            ResidentSort.NAME: self.tr("Name"),
            ResidentSort.ROOM: self.tr("Room"),
            ResidentSort.UNIT: self.tr("Unit"),
            ResidentSort.PRIMARY: self._primary_title or self.tr("Primary contact"),
            ResidentSort.MOVED_IN: self.tr("Moved in"),
        }
        if 0 <= section < len(self.SORTS):
            return titles[self.SORTS[section]]
        return None
