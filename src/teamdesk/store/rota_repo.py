"""Reading rotas and shifts: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, time, timedelta

from teamdesk.domain.rota import ChangeKind, Roster, Rota, RotaShift, ShiftChange, ShiftKind
from teamdesk.domain.team import Absence
from teamdesk.store.rows import LIVE
from teamdesk.store.store import Store
from teamdesk.store.team_repo import absence_from_row

_CHANGE_KINDS = {k.value: k for k in ChangeKind}


def shift_kind_from_row(row: sqlite3.Row) -> ShiftKind:
    return ShiftKind(
        row["id"],
        row["code"],
        row["name"],
        time.fromisoformat(row["starts"]),
        time.fromisoformat(row["ends"]),
    )


def rota_from_row(row: sqlite3.Row) -> Rota:
    return Rota(
        row["id"],
        row["unit_id"],
        int(row["cycle_weeks"]),
        date.fromisoformat(row["starts_on"]),
        row["name"],
    )


def change_from_row(row: sqlite3.Row) -> ShiftChange:
    return ShiftChange(
        row["id"],
        row["staff_id"],
        date.fromisoformat(row["day"]),
        _CHANGE_KINDS[row["kind"]],
        row["shift_kind_id"],
        row["covers_staff_id"],
        row["note"],
    )


def shift_kinds(store: Store) -> dict[str, ShiftKind]:
    """The house's shift kinds by id, in order of their start."""
    rows = store.query(f"SELECT * FROM shift_kind WHERE {LIVE} ORDER BY starts, code")
    return {r["id"]: shift_kind_from_row(r) for r in rows}


def rotas(store: Store, *, only_unit: str | None = None) -> list[Rota]:
    """Every live rota (with ``only_unit``, that unit's and those of no unit)."""
    sql = f"SELECT * FROM rota WHERE {LIVE}"
    params: tuple[str, ...] = ()
    if only_unit is not None:
        sql += " AND (unit_id IS NULL OR unit_id = ?)"
        params = (only_unit,)
    return [rota_from_row(r) for r in store.query(sql + " ORDER BY starts_on", params)]


def rota(store: Store, rota_id: str) -> Rota | None:
    row = store.query_one(f"SELECT * FROM rota WHERE id = ? AND {LIVE}", (rota_id,))
    return rota_from_row(row) if row else None


def rota_of_unit(store: Store, unit_id: str | None) -> Rota | None:
    """The unit's rota (a unit has one), or None."""
    if unit_id is None:
        row = store.query_one(f"SELECT * FROM rota WHERE unit_id IS NULL AND {LIVE}")
    else:
        row = store.query_one(f"SELECT * FROM rota WHERE unit_id = ? AND {LIVE}", (unit_id,))
    return rota_from_row(row) if row else None


def rota_lines(store: Store, rota_id: str) -> dict[str, str]:
    """The staff on a rota: staff id -> the line's row id."""
    rows = store.query(
        f"SELECT id, staff_id FROM rota_line WHERE rota_id = ? AND {LIVE} ORDER BY created_at",
        (rota_id,),
    )
    return {str(r["staff_id"]): str(r["id"]) for r in rows}


def rota_shifts(store: Store, rota_id: str) -> list[RotaShift]:
    """Every shift of a rota's cycle."""
    rows = store.query(
        f"SELECT * FROM rota_shift WHERE rota_id = ? AND {LIVE} ORDER BY staff_id, cycle_day",
        (rota_id,),
    )
    return [_rota_shift(r) for r in rows]


def shifts_of_rotas(store: Store, rota_ids: list[str]) -> dict[str, list[RotaShift]]:
    """Every shift of the cycles of these rotas, by rota: a few queries for a municipality's
    300 rotas, rows read as plain tuples."""
    found: dict[str, list[RotaShift]] = {}
    for start in range(0, len(rota_ids), 500):
        chunk = rota_ids[start : start + 500]
        for row in store.conn.execute(
            "SELECT id, rota_id, staff_id, cycle_day, shift_kind_id FROM rota_shift "
            f"WHERE {LIVE} AND rota_id IN ({', '.join('?' for _ in chunk)}) "
            "ORDER BY rota_id, staff_id, cycle_day",
            chunk,
        ):
            found.setdefault(row[1], []).append(
                RotaShift(row[0], row[1], row[2], int(row[3]), row[4])
            )
    return found


def lines_of_rotas(store: Store, rota_ids: list[str]) -> dict[str, set[str]]:
    """The staff on each of these rotas."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(rota_ids), 500):
        chunk = rota_ids[start : start + 500]
        for row in store.conn.execute(
            f"SELECT rota_id, staff_id FROM rota_line WHERE {LIVE} "
            f"AND rota_id IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ):
            found.setdefault(str(row[0]), set()).add(str(row[1]))
    return found


def _rota_shift(r: sqlite3.Row) -> RotaShift:
    return RotaShift(r["id"], r["rota_id"], r["staff_id"], int(r["cycle_day"]), r["shift_kind_id"])


def shift_changes(
    store: Store, from_day: date, to_day: date, staff_ids: Iterable[str] | None = None
) -> list[ShiftChange]:
    """One-off changes dated ``from_day`` to ``to_day``."""
    sql = f"SELECT * FROM shift_change WHERE {LIVE} AND day >= ? AND day <= ?"
    params: list[str] = [from_day.isoformat(), to_day.isoformat()]
    if staff_ids is not None:
        ids = sorted(set(staff_ids))
        sql += f" AND staff_id IN ({', '.join('?' for _ in ids)})"
        params += ids
    return [change_from_row(r) for r in store.query(sql + " ORDER BY day, created_at", params)]


def absences_between(
    store: Store, from_day: date, to_day: date, staff_ids: Iterable[str] | None = None
) -> list[Absence]:
    """Absences overlapping ``from_day`` to ``to_day`` (read through the end-date index, or
    with ``staff_ids`` through the staff index)."""
    sql = f"SELECT * FROM absence WHERE {LIVE} AND from_date <= ? AND to_date >= ?"
    params: list[str] = [to_day.isoformat(), from_day.isoformat()]
    if staff_ids is not None:
        ids = sorted(set(staff_ids))
        sql += f" AND staff_id IN ({', '.join('?' for _ in ids)})"
        params += ids
    return [absence_from_row(r) for r in store.query(sql, params)]


def _rotas_of_staff(store: Store, staff_ids: list[str]) -> list[Rota]:
    """The live rotas with a line for any of ``staff_ids`` (read through the staff index)."""
    if not staff_ids:
        return []
    marks = ", ".join("?" for _ in staff_ids)
    rota_ids = sorted(
        {
            str(r[0])
            for r in store.conn.execute(
                f"SELECT rota_id FROM rota_line WHERE {LIVE} AND staff_id IN ({marks})",
                staff_ids,
            )
        }
    )
    if not rota_ids:
        return []
    rows = store.query(
        f"SELECT * FROM rota WHERE {LIVE} AND id IN ({', '.join('?' for _ in rota_ids)})",
        rota_ids,
    )
    return sorted((rota_from_row(r) for r in rows), key=lambda r: (r.starts_on, r.id))


def roster(
    store: Store,
    from_day: date,
    to_day: date,
    *,
    only_unit: str | None = None,
    staff_ids: Iterable[str] | None = None,
) -> Roster | None:
    """The house's shifts starting from ``from_day`` to ``to_day``: only the cycle days those
    dates fall on are read, so this costs the same in a 12-week rota as in a 1-week one.
    None where the house has no rota at all.

    With ``staff_ids`` (one resident's team) only those people's shifts are read, through the
    staff indexes, so a resident's page costs the same in a house with one unit as in a
    municipality with fifty; None where none of them is on a rota."""
    wanted = None if staff_ids is None else sorted(set(staff_ids))
    found = rotas(store, only_unit=only_unit) if wanted is None else _rotas_of_staff(store, wanted)
    if not found:
        return None
    kinds = shift_kinds(store)
    rota_ids = [r.id for r in found]
    marks = ", ".join("?" for _ in rota_ids)
    on_rota = [
        str(r[0])
        for r in store.conn.execute(
            f"SELECT DISTINCT staff_id FROM rota_line WHERE {LIVE} AND rota_id IN ({marks})",
            rota_ids,
        )
        if wanted is None or str(r[0]) in wanted
    ]
    # Rotas whose dates fall on the same cycle days (most start on the same Monday) are read
    # with one query: a municipality's 300 rotas cost a few queries, not 300.
    by_days: dict[tuple[int, ...], list[str]] = {}
    for r in found:
        days = tuple(
            sorted(
                {
                    d
                    for offset in range((to_day - from_day).days + 1)
                    if (d := r.cycle_day(from_day + timedelta(days=offset))) is not None
                }
            )
        )
        if days:
            by_days.setdefault(days, []).append(r.id)
    pattern: list[RotaShift] = []
    for days, ids in by_days.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            pattern += [
                RotaShift(row[0], row[4], row[1], int(row[2]), row[3])
                for row in store.conn.execute(
                    "SELECT id, staff_id, cycle_day, shift_kind_id, rota_id FROM rota_shift "
                    f"WHERE {LIVE} AND rota_id IN ({', '.join('?' for _ in chunk)}) "
                    f"AND cycle_day IN ({', '.join('?' for _ in days)})",
                    (*chunk, *days),
                )
                if wanted is None or row[1] in wanted
            ]
    return Roster(
        kinds,
        {r.id: r for r in found},
        on_rota,
        pattern,
        shift_changes(store, from_day, to_day, wanted),
        absences_between(store, from_day, to_day, wanted),
    )
