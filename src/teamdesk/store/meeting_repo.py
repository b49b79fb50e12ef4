"""Reading meetings, their participants, agenda items and action items: rows in, domain
objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, time

from teamdesk.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    MeetingStatus,
)
from teamdesk.domain.plan import ParticipantKind
from teamdesk.store.rows import LIVE, optional_date
from teamdesk.store.store import Store

_MEETING_SELECT = f"""
    SELECT m.*, p.resident_id, r.name AS resident_name, r.preferred_name, r.unit_id
    FROM meeting m
    JOIN plan p ON p.id = m.plan_id
    JOIN resident r ON r.id = p.resident_id
    WHERE m.{LIVE}
"""


def _resident_name(row: sqlite3.Row) -> str:
    name: str = row["resident_name"]
    preferred = row["preferred_name"]
    return f"{name} ({preferred})" if preferred and preferred != name else name


def meeting_from_row(row: sqlite3.Row) -> Meeting:
    return Meeting(
        id=row["id"],
        plan_id=row["plan_id"],
        kind=MeetingKind(row["kind"]),
        day=date.fromisoformat(row["meeting_date"]),
        start=time.fromisoformat(row["start_time"]),
        duration_minutes=row["duration_minutes"],
        place=row["place"],
        status=MeetingStatus(row["status"]),
        next_meeting=optional_date(row["next_meeting"]),
        revision=row["revision"],
        resident_id=row["resident_id"],
        resident_name=_resident_name(row),
        unit_id=row["unit_id"],
    )


def participant_from_row(row: sqlite3.Row) -> MeetingParticipant:
    present = row["present"]
    return MeetingParticipant(
        id=row["id"],
        kind=ParticipantKind(row["kind"]),
        name=row["name"],
        organisation=row["organisation"],
        role=row["role"],
        contact=row["contact"],
        staff_id=row["staff_id"],
        plan_participant_id=row["plan_participant_id"],
        present=None if present is None else bool(present),
        position=row["position"],
    )


def agenda_item_from_row(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        kind=AgendaKind(row["kind"]),
        title=row["title"],
        detail=row["detail"],
        minutes=row["minutes"],
        ref_id=row["ref_id"],
        position=row["position"],
    )


def action_item_from_row(row: sqlite3.Row) -> ActionItem:
    return ActionItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        what=row["what"],
        due=date.fromisoformat(row["due_date"]),
        responsible_staff_id=row["responsible_staff_id"],
        responsible_participant_id=row["responsible_participant_id"],
        agenda_item_id=row["agenda_item_id"],
        done_on=optional_date(row["done_on"]),
        measure_id=row["measure_id"],
    )


def meeting(store: Store, meeting_id: str) -> Meeting | None:
    row = store.query_one(_MEETING_SELECT + " AND m.id = ?", (meeting_id,))
    return meeting_from_row(row) if row else None


def meetings(
    store: Store,
    *,
    plan_id: str | None = None,
    resident_id: str | None = None,
    from_day: date | None = None,
    until: date | None = None,
    statuses: Sequence[MeetingStatus] | None = None,
) -> list[Meeting]:
    """Meetings matching every filter given, by date and time (the earliest first)."""
    sql = _MEETING_SELECT
    params: list[str] = []
    if plan_id is not None:
        sql += " AND m.plan_id = ?"
        params.append(plan_id)
    if resident_id is not None:
        sql += " AND p.resident_id = ?"
        params.append(resident_id)
    if from_day is not None:
        sql += " AND m.meeting_date >= ?"
        params.append(from_day.isoformat())
    if until is not None:
        sql += " AND m.meeting_date <= ?"
        params.append(until.isoformat())
    if statuses is not None:
        sql += f" AND m.status IN ({', '.join('?' for _ in statuses)})"
        params += [s.value for s in statuses]
    rows = store.query(sql + " ORDER BY m.meeting_date, m.start_time, m.id", params)
    return [meeting_from_row(r) for r in rows]


def participants(store: Store, meeting_id: str) -> list[MeetingParticipant]:
    rows = store.query(
        f"SELECT * FROM meeting_participant WHERE meeting_id = ? AND {LIVE} ORDER BY position, id",
        (meeting_id,),
    )
    return [participant_from_row(r) for r in rows]


def agenda(store: Store, meeting_id: str) -> list[AgendaItem]:
    rows = store.query(
        f"SELECT * FROM agenda_item WHERE meeting_id = ? AND {LIVE} ORDER BY position, id",
        (meeting_id,),
    )
    return [agenda_item_from_row(r) for r in rows]


def action_items(store: Store, meeting_id: str) -> list[ActionItem]:
    rows = store.query(
        f"SELECT * FROM action_item WHERE meeting_id = ? AND {LIVE} ORDER BY created_at, id",
        (meeting_id,),
    )
    return [action_item_from_row(r) for r in rows]


def action_item(store: Store, action_id: str) -> ActionItem | None:
    row = store.query_one(f"SELECT * FROM action_item WHERE id = ? AND {LIVE}", (action_id,))
    return action_item_from_row(row) if row else None


def open_action_items(
    store: Store, *, plan_id: str | None = None, before: tuple[date, str] | None = None
) -> list[tuple[ActionItem, Meeting]]:
    """Open action items of meetings that were not cancelled, with their meeting; of one plan,
    and of meetings before (date, start time) when given; the earliest due first."""
    sql = (
        "SELECT a.*, m.meeting_date, m.start_time FROM action_item a "
        "JOIN meeting m ON m.id = a.meeting_id "
        f"WHERE a.{LIVE} AND m.{LIVE} AND a.done_on IS NULL AND m.status != 'cancelled'"
    )
    params: list[str] = []
    if plan_id is not None:
        sql += " AND m.plan_id = ?"
        params.append(plan_id)
    if before is not None:
        sql += " AND (m.meeting_date < ? OR (m.meeting_date = ? AND m.start_time < ?))"
        params += [before[0].isoformat(), before[0].isoformat(), before[1]]
    rows = store.query(sql + " ORDER BY a.due_date, a.id", params)
    items = [action_item_from_row(r) for r in rows]
    wanted = sorted({i.meeting_id for i in items})
    by_id = {m.id: m for m in _meetings_by_id(store, wanted)}
    return [(i, by_id[i.meeting_id]) for i in items if i.meeting_id in by_id]


def _meetings_by_id(store: Store, ids: Sequence[str]) -> list[Meeting]:
    if not ids:
        return []
    rows = store.query(_MEETING_SELECT + f" AND m.id IN ({', '.join('?' for _ in ids)})", list(ids))
    return [meeting_from_row(r) for r in rows]


def next_position(store: Store, table: str, meeting_id: str) -> int:
    row = store.query_one(
        f"SELECT COALESCE(MAX(position), -1) + 1 AS n FROM {table} WHERE meeting_id = ?",
        (meeting_id,),
    )
    return int(row["n"]) if row else 0


def participant_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Plan participants' display names by id (for responsible persons)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = store.query(
        "SELECT id, name, organisation FROM plan_participant "
        f"WHERE id IN ({', '.join('?' for _ in wanted)})",
        wanted,
    )
    return {
        r["id"]: f"{r['name']} ({r['organisation']})" if r["organisation"] else r["name"]
        for r in rows
    }


def staff_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = store.query(
        f"SELECT id, name FROM staff WHERE id IN ({', '.join('?' for _ in wanted)})", wanted
    )
    return {r["id"]: r["name"] for r in rows}
