"""Reading training, mentorships, guidance sessions, coordinator networks and the facts the
coordinator overview needs: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from teamdesk.domain.mentoring import (
    DEFAULT_MAX_MENTEES,
    CoordinatorNetwork,
    GuidanceSession,
    Mentorship,
    NetworkAttendance,
    NetworkMeeting,
    NetworkMember,
)
from teamdesk.domain.plan import CaseRoleKind, Training
from teamdesk.store.rows import LIVE, optional_date
from teamdesk.store.store import Store


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _in(ids: Sequence[str]) -> str:
    return ", ".join("?" for _ in ids)


def training_from_row(row: sqlite3.Row) -> Training:
    return Training(
        id=row["id"],
        staff_id=row["staff_id"],
        course=row["course"],
        completed_on=_day(row["completed_on"]),
        provider=row["provider"],
    )


def mentorship_from_row(row: sqlite3.Row) -> Mentorship:
    return Mentorship(
        id=row["id"],
        mentor_id=row["mentor_id"],
        mentee_id=row["mentee_id"],
        start=_day(row["start_date"]),
        end=optional_date(row["end_date"]),
        focus=row["focus"],
        approval_reason=row["approval_reason"],
        approved_by=row["approved_by"],
    )


def session_from_row(row: sqlite3.Row) -> GuidanceSession:
    return GuidanceSession(
        id=row["id"],
        mentorship_id=row["mentorship_id"],
        held_on=_day(row["held_on"]),
        minutes=row["minutes"],
        topics=row["topics"],
        notes=row["notes"],
    )


# -- training ---------------------------------------------------------------------------------


def trainings(store: Store, staff_ids: Iterable[str] | None = None) -> list[Training]:
    """Completed courses, of some staff or everyone; the oldest first."""
    sql = f"SELECT * FROM training WHERE {LIVE}"
    params: list[str] = []
    if staff_ids is not None:
        wanted = sorted(set(staff_ids))
        if not wanted:
            return []
        sql += f" AND staff_id IN ({_in(wanted)})"
        params = wanted
    rows = store.query(sql + " ORDER BY completed_on, id", params)
    return [training_from_row(r) for r in rows]


def training(store: Store, training_id: str) -> Training | None:
    row = store.query_one(f"SELECT * FROM training WHERE id = ? AND {LIVE}", (training_id,))
    return training_from_row(row) if row else None


def courses_in_use(store: Store) -> list[str]:
    """Every course name recorded so far, for the course picker."""
    rows = store.query(f"SELECT DISTINCT course FROM training WHERE {LIVE} ORDER BY course")
    return [r["course"] for r in rows]


# -- mentorships ------------------------------------------------------------------------------


def mentorships(store: Store, staff_id: str | None = None) -> list[Mentorship]:
    """Mentorships (of one staff member as mentor or mentee, or all), the newest first."""
    sql = f"SELECT * FROM mentorship WHERE {LIVE}"
    params: list[str] = []
    if staff_id is not None:
        sql += " AND (mentor_id = ? OR mentee_id = ?)"
        params = [staff_id, staff_id]
    rows = store.query(sql + " ORDER BY start_date DESC, id DESC", params)
    return [mentorship_from_row(r) for r in rows]


def mentorship(store: Store, mentorship_id: str) -> Mentorship | None:
    row = store.query_one(f"SELECT * FROM mentorship WHERE id = ? AND {LIVE}", (mentorship_id,))
    return mentorship_from_row(row) if row else None


def open_mentorships(store: Store, day: date) -> list[Mentorship]:
    """Mentorships not ended by ``day`` (running or planned)."""
    rows = store.query(
        f"SELECT * FROM mentorship WHERE {LIVE} AND (end_date IS NULL OR end_date >= ?)",
        (day.isoformat(),),
    )
    return [mentorship_from_row(r) for r in rows]


def sessions(store: Store, mentorship_id: str) -> list[GuidanceSession]:
    """The guidance sessions of a mentorship, the newest first."""
    rows = store.query(
        f"SELECT * FROM guidance_session WHERE mentorship_id = ? AND {LIVE} "
        "ORDER BY held_on DESC, id DESC",
        (mentorship_id,),
    )
    return [session_from_row(r) for r in rows]


def session_totals(store: Store) -> dict[str, tuple[int, int, date | None]]:
    """Per mentorship: (number of sessions, minutes in all, the last session's date)."""
    rows = store.query(
        f"SELECT mentorship_id, COUNT(*) AS n, SUM(minutes) AS m, MAX(held_on) AS last "
        f"FROM guidance_session WHERE {LIVE} GROUP BY mentorship_id"
    )
    return {r["mentorship_id"]: (r["n"], r["m"] or 0, optional_date(r["last"])) for r in rows}


def max_mentees(store: Store) -> int:
    row = store.query_one(f"SELECT value FROM setting WHERE id = 'max_mentees' AND {LIVE}")
    value = str(row["value"]) if row else ""
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_MENTEES


# -- plans behind each coordinator -------------------------------------------------------------


def plan_counts(store: Store) -> dict[str, tuple[int, int]]:
    """Per staff member who has coordinated: (living plans now, plans ever)."""
    rows = store.query(
        f"SELECT coordinator_id, SUM(status != 'ended') AS living, COUNT(*) AS ever "
        f"FROM plan WHERE {LIVE} AND coordinator_id IS NOT NULL GROUP BY coordinator_id"
    )
    return {r["coordinator_id"]: (int(r["living"] or 0), int(r["ever"])) for r in rows}


@dataclass(frozen=True)
class ConflictRow:
    coordinator_id: str
    resident_name: str
    kind: CaseRoleKind
    override_reason: str


def coordinator_conflicts(store: Store, day: date) -> list[ConflictRow]:
    """Current case roles a coordinator holds on a resident whose living plan they coordinate."""
    iso = day.isoformat()
    rows = store.query(
        f"""
        SELECT p.coordinator_id, r.name AS resident, c.kind, p.coordinator_override_reason
        FROM plan p
        JOIN case_role c ON c.resident_id = p.resident_id AND c.staff_id = p.coordinator_id
        JOIN resident r ON r.id = p.resident_id
        WHERE p.{LIVE} AND c.{LIVE} AND p.status != 'ended'
          AND (c.valid_from IS NULL OR c.valid_from <= ?)
          AND (c.valid_to IS NULL OR c.valid_to >= ?)
        ORDER BY r.name COLLATE NAME, c.kind
        """,
        (iso, iso),
    )
    return [
        ConflictRow(
            r["coordinator_id"],
            r["resident"],
            CaseRoleKind(r["kind"]),
            r["coordinator_override_reason"],
        )
        for r in rows
    ]


def overdue_evaluations(store: Store, day: date) -> dict[str, int]:
    """Per coordinator: evaluations of the plan or a main goal due before ``day`` in the living
    plans of residents who still live here (what the plan's completeness check warns about)."""
    iso = day.isoformat()
    common = f"""
        FROM plan p JOIN resident r ON r.id = p.resident_id
        WHERE p.{LIVE} AND r.{LIVE} AND p.status != 'ended' AND r.moved_out IS NULL
          AND p.coordinator_id IS NOT NULL
    """
    counts: dict[str, int] = defaultdict(int)
    for r in store.query(
        f"SELECT p.coordinator_id AS c, COUNT(*) AS n {common} "
        "AND p.evaluation_date IS NOT NULL AND p.evaluation_date < ? GROUP BY p.coordinator_id",
        (iso,),
    ):
        counts[r["c"]] += r["n"]
    with_goals = common.replace("WHERE", "JOIN plan_goal g ON g.plan_id = p.id WHERE", 1)
    for r in store.query(
        f"SELECT p.coordinator_id AS c, COUNT(*) AS n {with_goals} AND g.{LIVE} "
        "AND g.parent_id IS NULL AND g.evaluation_date IS NOT NULL AND g.evaluation_date < ? "
        "GROUP BY p.coordinator_id",
        (iso,),
    ):
        counts[r["c"]] += r["n"]
    return dict(counts)


def unit_names(store: Store) -> dict[str, str]:
    return {r["id"]: r["name"] for r in store.query(f"SELECT id, name FROM unit WHERE {LIVE}")}


# -- networks ---------------------------------------------------------------------------------


def networks(store: Store) -> list[CoordinatorNetwork]:
    rows = store.query(
        f"SELECT * FROM coordinator_network WHERE {LIVE} ORDER BY name COLLATE NAME, id"
    )
    return [CoordinatorNetwork(r["id"], r["name"], r["unit_id"], r["description"]) for r in rows]


def network(store: Store, network_id: str) -> CoordinatorNetwork | None:
    r = store.query_one(f"SELECT * FROM coordinator_network WHERE id = ? AND {LIVE}", (network_id,))
    return CoordinatorNetwork(r["id"], r["name"], r["unit_id"], r["description"]) if r else None


def network_members(store: Store, network_id: str | None = None) -> list[NetworkMember]:
    sql = f"SELECT * FROM network_member WHERE {LIVE}"
    params: list[str] = []
    if network_id is not None:
        sql += " AND network_id = ?"
        params = [network_id]
    rows = store.query(sql + " ORDER BY created_at, id", params)
    return [
        NetworkMember(r["id"], r["network_id"], r["staff_id"], optional_date(r["joined_on"]))
        for r in rows
    ]


def network_meetings(store: Store, network_id: str) -> list[NetworkMeeting]:
    """A network's meetings, the latest first."""
    rows = store.query(
        f"SELECT * FROM network_meeting WHERE network_id = ? AND {LIVE} "
        "ORDER BY held_on DESC, id DESC",
        (network_id,),
    )
    return [
        NetworkMeeting(r["id"], r["network_id"], _day(r["held_on"]), r["topic"], r["place"])
        for r in rows
    ]


def network_meeting(store: Store, meeting_id: str) -> NetworkMeeting | None:
    r = store.query_one(f"SELECT * FROM network_meeting WHERE id = ? AND {LIVE}", (meeting_id,))
    if r is None:
        return None
    return NetworkMeeting(r["id"], r["network_id"], _day(r["held_on"]), r["topic"], r["place"])


def attendance(store: Store, meeting_ids: Sequence[str]) -> list[NetworkAttendance]:
    if not meeting_ids:
        return []
    rows = store.query(
        f"SELECT * FROM network_attendance WHERE {LIVE} AND meeting_id IN ({_in(meeting_ids)})",
        list(meeting_ids),
    )
    return [
        NetworkAttendance(r["id"], r["meeting_id"], r["staff_id"], bool(r["present"])) for r in rows
    ]


def network_names_by_staff(store: Store) -> dict[str, list[str]]:
    rows = store.query(
        f"SELECT m.staff_id, n.name FROM network_member m "
        f"JOIN coordinator_network n ON n.id = m.network_id "
        f"WHERE m.{LIVE} AND n.{LIVE} ORDER BY n.name COLLATE NAME"
    )
    out: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        out[r["staff_id"]].append(r["name"])
    return dict(out)
