"""Reading the team structure: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from teamdesk.domain.collation import house_order
from teamdesk.domain.rules import TeamRuleSettings, TeamSnapshot
from teamdesk.domain.team import (
    DEFAULT_ROLE_LABELS,
    Absence,
    Assignment,
    Education,
    Resident,
    Role,
    Staff,
    Team,
    TeamMembership,
    Unit,
)
from teamdesk.store.rows import LIVE, optional_date
from teamdesk.store.store import Store

# Plain dict lookups: Enum(value) is slow when thousands of rows are read.
_ROLES = {r.value: r for r in Role}
_EDUCATIONS = {e.value: e for e in Education}


def resident_from_row(row: sqlite3.Row) -> Resident:
    return Resident(
        id=row["id"],
        name=row["name"],
        unit_id=row["unit_id"],
        preferred_name=row["preferred_name"],
        room=row["room"],
        moved_in=optional_date(row["moved_in"]),
        moved_out=optional_date(row["moved_out"]),
        what_matters=row["what_matters"],
        team_id=row["team_id"],
    )


def staff_from_row(row: sqlite3.Row) -> Staff:
    return Staff(
        id=row["id"],
        name=row["name"],
        initials=row["initials"],
        education=_EDUCATIONS[row["education"]],
        peer_worker=bool(row["peer_worker"]),
        fte_percent=row["fte_percent"],
        unit_id=row["unit_id"],
        active=bool(row["active"]),
        employee_number=row["employee_number"],
    )


def assignment_from_row(row: sqlite3.Row) -> Assignment:
    valid_from = optional_date(row["valid_from"])
    assert valid_from is not None
    return Assignment(
        id=row["id"],
        resident_id=row["resident_id"],
        staff_id=row["staff_id"],
        role=_ROLES[row["role"]],
        valid_from=valid_from,
        valid_to=optional_date(row["valid_to"]),
    )


def absence_from_row(row: sqlite3.Row) -> Absence:
    from_date, to_date = optional_date(row["from_date"]), optional_date(row["to_date"])
    assert from_date is not None and to_date is not None
    return Absence(row["id"], row["staff_id"], from_date, to_date, row["reason"])


def units(store: Store) -> list[Unit]:
    rows = store.query(f"SELECT id, name FROM unit WHERE {LIVE} ORDER BY name COLLATE NAME")
    return [Unit(r["id"], r["name"]) for r in rows]


def unit(store: Store, unit_id: str | None) -> Unit | None:
    """One unit by id (None for no id or a deleted unit)."""
    if not unit_id:
        return None
    row = store.query_one(f"SELECT id, name FROM unit WHERE id = ? AND {LIVE}", (unit_id,))
    return Unit(row["id"], row["name"]) if row else None


def team(store: Store, team_id: str | None) -> Team | None:
    """One team by id (None for no id or a deleted team)."""
    if not team_id:
        return None
    row = store.query_one(f"SELECT id, name, unit_id FROM team WHERE id = ? AND {LIVE}", (team_id,))
    return Team(row["id"], row["name"], row["unit_id"]) if row else None


def staff_by_ids(store: Store, staff_ids: Iterable[str]) -> dict[str, Staff]:
    """The staff with these ids (deleted ones left out)."""
    ids = sorted(set(staff_ids))
    if not ids:
        return {}
    rows = store.query(
        f"SELECT * FROM staff WHERE {LIVE} AND id IN ({', '.join('?' for _ in ids)})",
        ids,
    )
    return {r["id"]: staff_from_row(r) for r in rows}


def teams(store: Store) -> list[Team]:
    rows = store.query(
        f"SELECT id, name, unit_id FROM team WHERE {LIVE} ORDER BY name COLLATE NAME"
    )
    return [Team(r["id"], r["name"], r["unit_id"]) for r in rows]


def team_memberships(store: Store, team_id: str | None = None) -> list[TeamMembership]:
    sql = f"SELECT id, team_id, staff_id FROM team_membership WHERE {LIVE}"
    params: tuple[str, ...] = ()
    if team_id is not None:
        sql += " AND team_id = ?"
        params = (team_id,)
    return [TeamMembership(r["id"], r["team_id"], r["staff_id"]) for r in store.query(sql, params)]


def residents(store: Store) -> list[Resident]:
    """Residents by name, in the Danish and Norwegian alphabet."""
    rows = store.query(f"SELECT * FROM resident WHERE {LIVE} ORDER BY id")
    return [resident_from_row(r) for r in _by_name(rows)]


def _by_name(rows: list[Any]) -> list[Any]:
    """``rows`` by their name in the house's alphabet (:func:`house_order`). A long list is
    put in order here rather than by ``COLLATE NAME``, which calls into Python for every
    comparison and costs five times as much for the municipality's 4,000 staff."""
    return sorted(rows, key=lambda r: house_order(str(r["name"])))


def resident(store: Store, resident_id: str) -> Resident | None:
    row = store.query_one(f"SELECT * FROM resident WHERE id = ? AND {LIVE}", (resident_id,))
    return resident_from_row(row) if row else None


def resident_names_ever(store: Store, resident_id: str) -> set[str]:
    """Every name and preferred name the resident has had, read from the change log: what a
    document that must not name them (an .ics) has to leave out, even after a rename."""
    rows = store.query(
        "SELECT DISTINCT value FROM change WHERE table_name = 'resident' AND row_id = ? "
        "AND column_name IN ('name', 'preferred_name')",
        (resident_id,),
    )
    return {str(r["value"]) for r in rows if r["value"]}


def staff(store: Store, include_inactive: bool = True, unit_id: str | None = None) -> list[Staff]:
    """Staff by name; with ``unit_id``, only that unit's."""
    sql = f"SELECT * FROM staff WHERE {LIVE}"
    params: list[str] = []
    if not include_inactive:
        sql += " AND active = 1"
    if unit_id is not None:
        sql += " AND unit_id = ?"
        params.append(unit_id)
    rows = store.query(sql + " ORDER BY id", params)
    return [staff_from_row(r) for r in _by_name(rows)]


def staff_member(store: Store, staff_id: str) -> Staff | None:
    row = store.query_one(f"SELECT * FROM staff WHERE id = ? AND {LIVE}", (staff_id,))
    return staff_from_row(row) if row else None


def assignments(
    store: Store, *, resident_id: str | None = None, staff_id: str | None = None
) -> list[Assignment]:
    """Assignments, current and past, oldest first."""
    sql = f"SELECT * FROM assignment WHERE {LIVE}"
    params: list[str] = []
    if resident_id is not None:
        sql += " AND resident_id = ?"
        params.append(resident_id)
    if staff_id is not None:
        sql += " AND staff_id = ?"
        params.append(staff_id)
    rows = store.query(sql + " ORDER BY valid_from, created_at", params)
    return [assignment_from_row(r) for r in rows]


def absences(
    store: Store, *, staff_ids: Iterable[str] | None = None, around: date | None = None
) -> list[Absence]:
    """Absences; with ``around``, only those that cover that day."""
    sql = f"SELECT * FROM absence WHERE {LIVE}"
    params: list[str] = []
    if around is not None:
        sql += " AND from_date <= ? AND to_date >= ?"
        params += [around.isoformat(), around.isoformat()]
    if staff_ids is not None:
        ids = list(staff_ids)
        sql += f" AND staff_id IN ({', '.join('?' for _ in ids)})"
        params += ids
    return [absence_from_row(r) for r in store.query(sql + " ORDER BY from_date", params)]


def snapshot(store: Store, day: date, *, only_unit: str | None = None) -> TeamSnapshot:
    """Everything the team rules need on ``day``, in four queries whatever the size of the house.

    Only residents living in the house that day and assignments that hold that day are loaded;
    this is the hot path of the Today view, so rows are read as plain tuples. With
    ``only_unit``, only the residents of that unit (and those tied to no unit) and their
    assignments are read: the filter is in the SQL, so a unit's staff never wait for the
    whole municipality.
    """
    iso = day.isoformat()
    fromiso = date.fromisoformat
    in_unit = ""
    unit_params: tuple[str, ...] = ()
    if only_unit is not None:
        in_unit = " AND (unit_id IS NULL OR unit_id = ?)"
        unit_params = (only_unit,)
    # Only the columns the rules read; long free text (what matters to me) stays on disk.
    res = {
        r[0]: Resident(
            r[0],
            r[1],
            r[2],
            r[3],
            moved_in=fromiso(r[4]) if r[4] else None,
            moved_out=fromiso(r[5]) if r[5] else None,
            team_id=r[6],
        )
        for r in store.conn.execute(
            "SELECT id, name, unit_id, preferred_name, moved_in, moved_out, team_id "
            f"FROM resident WHERE {LIVE} AND (moved_in IS NULL OR moved_in <= ?) "
            f"AND (moved_out IS NULL OR moved_out >= ?){in_unit}",
            (iso, iso, *unit_params),
        )
    }
    staff_map = {
        r[0]: Staff(
            r[0], r[1], education=_EDUCATIONS[r[2]], active=bool(r[3]), fte_percent=int(r[4])
        )
        for r in store.conn.execute(
            f"SELECT id, name, education, active, fte_percent FROM staff WHERE {LIVE}"
        )
    }
    current = [
        Assignment(r[0], r[1], r[2], _ROLES[r[3]], fromiso(r[4]), fromiso(r[5]) if r[5] else None)
        for r in store.conn.execute(
            "SELECT id, resident_id, staff_id, role, valid_from, valid_to FROM assignment "
            f"WHERE {LIVE} AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"
            + (
                f" AND resident_id IN (SELECT id FROM resident WHERE {LIVE}{in_unit})"
                if only_unit is not None
                else ""
            ),
            (iso, iso, *unit_params),
        )
    ]
    return TeamSnapshot(res, staff_map, current, absences(store, around=day))


def setting(store: Store, key: str) -> str | None:
    row = store.query_one(f"SELECT value FROM setting WHERE id = ? AND {LIVE}", (key,))
    return str(row["value"]) if row else None


def rule_settings(store: Store) -> TeamRuleSettings:
    """The house's rule settings, falling back to the defaults."""
    labels = dict(DEFAULT_ROLE_LABELS)
    for role in Role:
        custom = setting(store, f"role_label.{role.value}")
        if custom:
            labels[role] = custom
    limit = setting(store, "max_primary_per_staff")
    if limit and limit.isdigit():
        return TeamRuleSettings(max_primary_per_staff=int(limit), role_labels=labels)
    return TeamRuleSettings(role_labels=labels)


def snapshot_for_resident(store: Store, resident_id: str, day: date) -> TeamSnapshot:
    """A snapshot just big enough to judge one resident's team: their assignments, and every
    assignment of the staff on it (so workload rules count right)."""
    own = assignments(store, resident_id=resident_id)
    staff_ids = sorted({a.staff_id for a in own})
    related: list[Assignment] = list(own)
    if staff_ids:
        marks = ", ".join("?" for _ in staff_ids)
        rows = store.query(
            f"SELECT * FROM assignment WHERE {LIVE} AND resident_id != ? AND staff_id IN ({marks})",
            [resident_id, *staff_ids],
        )
        related += [assignment_from_row(r) for r in rows]
    resident_ids = sorted({a.resident_id for a in related} | {resident_id})
    res_rows = store.query(
        f"SELECT * FROM resident WHERE {LIVE} AND id IN ({', '.join('?' for _ in resident_ids)})",
        resident_ids,
    )
    staff_rows = (
        store.query(
            f"SELECT * FROM staff WHERE {LIVE} AND id IN ({', '.join('?' for _ in staff_ids)})",
            staff_ids,
        )
        if staff_ids
        else []
    )
    return TeamSnapshot(
        residents={r["id"]: resident_from_row(r) for r in res_rows},
        staff={r["id"]: staff_from_row(r) for r in staff_rows},
        assignments=related,
        absences=absences(store, staff_ids=staff_ids, around=day),
    )
