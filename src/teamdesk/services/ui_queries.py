"""Read queries shaped for the desktop lists: id lists, pages of rows and search text. No Qt.

The residents list must stay quick at tens of thousands of residents, so it works on ids: the
order comes from one SQL query, the rows of the visible page from another, and search-as-you-type
filters a cached, case-folded search text in memory instead of asking the database per keystroke.

Every query that returns residents shows only those the acting person may see: an account tied to
a unit sees that unit's residents (and residents tied to none), administrators see all
(:meth:`ServiceContext.sees_unit`). The filter is in the SQL, so the list never loads rows it would
throw away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from teamdesk.domain.collation import house_order
from teamdesk.domain.team import Assignment, Resident, Role, Staff, Team
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.store import team_repo

LIVE = "deleted_at IS NULL"

_CURRENT_PRIMARY = """
    (SELECT s.name FROM assignment a JOIN staff s ON s.id = a.staff_id
     WHERE a.resident_id = r.id AND a.role = 'primary' AND a.deleted_at IS NULL
       AND a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to >= :day)
     ORDER BY a.valid_from DESC LIMIT 1)
"""


class ResidentSort(StrEnum):
    """The columns the residents list can be ordered by."""

    NAME = "name"
    ROOM = "room"
    UNIT = "unit"
    PRIMARY = "primary"
    MOVED_IN = "moved_in"


# What each order reads besides the name (the names are put in order in Python: the Danish and
# Norwegian alphabet, :func:`house_order`, at a fifth of the cost of a collation SQLite calls
# back into Python for every comparison).
_SORT_SQL = {
    ResidentSort.NAME: "NULL",
    ResidentSort.ROOM: "r.room",
    ResidentSort.UNIT: "u.name",
    ResidentSort.PRIMARY: _CURRENT_PRIMARY,
    ResidentSort.MOVED_IN: "r.moved_in",
}


def _sort_value(sort: ResidentSort, value: object) -> tuple[bool, object]:
    """The key of a row's sort column: no value first (as SQL sorts NULL), names in the house's
    alphabet, rooms without case, dates as stored (ISO sorts as time does)."""
    if value is None:
        return (False, "")
    if sort in (ResidentSort.UNIT, ResidentSort.PRIMARY):
        return (True, house_order(str(value)))
    if sort is ResidentSort.ROOM:
        return (True, str(value).casefold())
    return (True, str(value))


@dataclass(frozen=True)
class ResidentListRow:
    """What one line of the residents list shows."""

    id: str
    name: str
    preferred_name: str
    room: str
    unit_name: str
    primary_name: str
    moved_in: date | None
    moved_out: date | None

    @property
    def display_name(self) -> str:
        if self.preferred_name and self.preferred_name != self.name:
            return f"{self.name} ({self.preferred_name})"
        return self.name

    def lives_here_on(self, day: date) -> bool:
        return self.moved_out is None or day <= self.moved_out


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def visible_units_sql(ctx: ServiceContext, column: str = "r.unit_id") -> str:
    """The SQL condition (with a ``:unit`` parameter, see :func:`visible_units_params`) that
    keeps rows of the units the acting person may see; ``1`` when they see all."""
    if ctx.only_unit is None:
        return "1"
    return f"({column} IS NULL OR {column} = :unit)"


def visible_units_params(ctx: ServiceContext) -> dict[str, str]:
    unit = ctx.only_unit
    return {} if unit is None else {"unit": unit}


def resident_ids(
    ctx: ServiceContext,
    sort: ResidentSort = ResidentSort.NAME,
    *,
    descending: bool = False,
    include_moved_out: bool = False,
    day: date | None = None,
) -> list[str]:
    """Ids of the residents in list order; moved-out residents only when asked for.

    Ties are broken by name and then id, so the order is stable between refreshes.
    """
    ctx.require(Permission.READ_RESIDENTS)
    day = day or ctx.today()
    where = f"r.{LIVE} AND {visible_units_sql(ctx)}"
    if not include_moved_out:
        where += " AND (r.moved_out IS NULL OR r.moved_out >= :day)"
    rows = ctx.store.query(
        f"SELECT r.id, r.name, {_SORT_SQL[sort]} AS sort_value "
        f"FROM resident r LEFT JOIN unit u ON u.id = r.unit_id WHERE {where} ORDER BY r.id",
        {"day": day.isoformat(), **visible_units_params(ctx)},
    )
    # Stable sorts, least significant first: id, then name, then the column, each its own way.
    ordered = sorted(rows, key=lambda r: house_order(str(r["name"])), reverse=descending)
    if sort is not ResidentSort.NAME:
        ordered.sort(key=lambda r: _sort_value(sort, r["sort_value"]), reverse=descending)
    return [str(r["id"]) for r in ordered]


def resident_search_text(ctx: ServiceContext) -> dict[str, str]:
    """For every resident the acting person may see, the case-folded text a search matches:
    names, room and unit."""
    ctx.require(Permission.READ_RESIDENTS)
    rows = ctx.store.query(
        "SELECT r.id, r.name, r.preferred_name, r.room, u.name AS unit_name "
        f"FROM resident r LEFT JOIN unit u ON u.id = r.unit_id "
        f"WHERE r.{LIVE} AND {visible_units_sql(ctx)}",
        visible_units_params(ctx),
    )
    return {
        str(r["id"]): " ".join(
            str(part)
            for part in (r["name"], r["preferred_name"], r["room"], r["unit_name"])
            if part
        ).casefold()
        for r in rows
    }


def matching_ids(ids: Sequence[str], search_text: dict[str, str], search: str) -> list[str]:
    """The ids, in order, whose search text holds every word of ``search`` (any case)."""
    words = search.casefold().split()
    result = list(ids)
    # One pass per word over a shrinking list: cheaper than all() per resident at 25,000.
    for word in words:
        result = [i for i in result if word in search_text.get(i, "")]
    return result


def resident_rows(
    ctx: ServiceContext, ids: Sequence[str], day: date | None = None
) -> dict[str, ResidentListRow]:
    """The list rows of the given residents, by id; deleted or unknown ids, and residents of
    a unit the acting person may not see, are left out."""
    ctx.require(Permission.READ_RESIDENTS)
    if not ids:
        return {}
    day = day or ctx.today()
    found: dict[str, ResidentListRow] = {}
    # SQLite allows a limited number of parameters per statement.
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join(f":id{i}" for i in range(len(chunk)))
        params: dict[str, str] = {f"id{i}": rid for i, rid in enumerate(chunk)}
        params["day"] = day.isoformat()
        params.update(visible_units_params(ctx))
        rows = ctx.store.query(
            "SELECT r.id, r.name, r.preferred_name, r.room, r.moved_in, r.moved_out, "
            f"u.name AS unit_name, {_CURRENT_PRIMARY} AS primary_name "
            "FROM resident r LEFT JOIN unit u ON u.id = r.unit_id "
            f"WHERE r.{LIVE} AND r.id IN ({marks}) AND {visible_units_sql(ctx)}",
            params,
        )
        for r in rows:
            found[str(r["id"])] = ResidentListRow(
                id=str(r["id"]),
                name=str(r["name"]),
                preferred_name=str(r["preferred_name"] or ""),
                room=str(r["room"] or ""),
                unit_name=str(r["unit_name"] or ""),
                primary_name=str(r["primary_name"] or ""),
                moved_in=_date(r["moved_in"]),
                moved_out=_date(r["moved_out"]),
            )
    return found


def residents_on_team(ctx: ServiceContext, team_id: str) -> list[Resident]:
    """The residents tied to a team whom the acting person may see, by name, moved-out ones
    included."""
    ctx.require(Permission.READ_RESIDENTS)
    rows = ctx.store.query(
        f"SELECT * FROM resident WHERE {LIVE} AND team_id = :team "
        f"AND {visible_units_sql(ctx, 'unit_id')} ORDER BY name COLLATE NAME",
        {"team": team_id, **visible_units_params(ctx)},
    )
    return [team_repo.resident_from_row(r) for r in rows]


@dataclass(frozen=True)
class StaffRole:
    """One role a staff member holds for a resident."""

    assignment: Assignment
    resident_id: str
    resident_name: str


def staff_roles(ctx: ServiceContext, staff_id: str, day: date | None = None) -> list[StaffRole]:
    """The roles a staff member holds on ``day`` (default today), primary ones first; roles
    for residents of a unit the acting person may not see are left out."""
    ctx.require(Permission.READ_RESIDENTS)
    day = day or ctx.today()
    current = [a for a in team_repo.assignments(ctx.store, staff_id=staff_id) if a.current_on(day)]
    names: dict[str, str] = {}
    if current:
        ids = sorted({a.resident_id for a in current})
        marks = ", ".join(f":id{i}" for i in range(len(ids)))
        rows = ctx.store.query(
            f"SELECT * FROM resident WHERE {LIVE} AND id IN ({marks}) "
            f"AND {visible_units_sql(ctx, 'unit_id')}",
            {**{f"id{i}": rid for i, rid in enumerate(ids)}, **visible_units_params(ctx)},
        )
        names = {str(r["id"]): team_repo.resident_from_row(r).display_name for r in rows}
    order = {Role.PRIMARY: 0, Role.SECONDARY: 1, Role.MEMBER: 2}
    roles = [
        StaffRole(a, a.resident_id, names[a.resident_id]) for a in current if a.resident_id in names
    ]
    return sorted(roles, key=lambda r: (order[r.assignment.role], house_order(r.resident_name)))


def team_staff_ids(ctx: ServiceContext, team_id: str) -> set[str]:
    """The ids of the staff on a team, without reading every staff member."""
    ctx.require(Permission.READ_RESIDENTS)
    rows = ctx.store.query(
        f"SELECT staff_id FROM team_membership WHERE {LIVE} AND team_id = ?", (team_id,)
    )
    return {str(r["staff_id"]) for r in rows}


def role_candidates(ctx: ServiceContext, unit_id: str | None, team_id: str | None) -> list[Staff]:
    """Who a resident of ``unit_id`` on ``team_id`` can be given a role: the team's staff
    first, then the unit's, then staff of no unit, each by name; active staff the acting person
    may see. Read by index, so the cost follows the size of the unit, not of the municipality
    (a picker of every staff member grew with it)."""
    ctx.require(Permission.READ_RESIDENTS)
    on_team = team_staff_ids(ctx, team_id) if team_id else set()
    rows = ctx.store.query(
        f"SELECT * FROM staff WHERE {LIVE} AND active = 1 AND unit_id IS NULL"
        + (
            f" UNION SELECT * FROM staff WHERE {LIVE} AND active = 1 AND unit_id = ?"
            if unit_id
            else ""
        ),
        (unit_id,) if unit_id else (),
    )
    found = {str(r["id"]): team_repo.staff_from_row(r) for r in rows}
    for staff_id, member in team_repo.staff_by_ids(ctx.store, on_team - found.keys()).items():
        if member.active:
            found[staff_id] = member
    return sorted(
        (s for s in found.values() if ctx.sees_unit(s.unit_id)),
        key=lambda s: (s.id not in on_team, s.unit_id != unit_id, s.name.casefold()),
    )


def staff_named(ctx: ServiceContext, text: str, limit: int = 30) -> list[Staff]:
    """Active staff whose name contains ``text`` (any case), by name, at most ``limit``: for
    giving a role to someone outside the resident's unit, found by typing their name."""
    ctx.require(Permission.READ_RESIDENTS)
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = ctx.store.query(
        f"SELECT * FROM staff WHERE {LIVE} AND active = 1 AND name LIKE ? ESCAPE '\\' "
        "ORDER BY name COLLATE NAME LIMIT ?",
        (pattern, limit * 4),
    )
    found = [team_repo.staff_from_row(r) for r in rows]
    return [s for s in found if ctx.sees_unit(s.unit_id)][:limit]


def teams_for_unit(ctx: ServiceContext, unit_id: str | None) -> list[Team]:
    """The teams a resident of ``unit_id`` can belong to: the unit's own and shared ones."""
    ctx.require(Permission.READ_RESIDENTS)
    rows = ctx.store.query(
        f"SELECT id, name, unit_id FROM team WHERE {LIVE} AND (unit_id IS NULL OR unit_id = ?) "
        "ORDER BY name COLLATE NAME",
        (unit_id,),
    )
    return [Team(str(r["id"]), str(r["name"]), r["unit_id"]) for r in rows]


def schema_version(ctx: ServiceContext) -> int:
    """The database's schema version (Help › About shows it; IT asks for it with a problem)."""
    row = ctx.store.query_one("PRAGMA user_version")
    return int(row[0]) if row is not None else 0
