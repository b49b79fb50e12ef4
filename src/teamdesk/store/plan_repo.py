"""Reading individual plans: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from teamdesk.domain.plan import (
    COORDINATOR_COURSE,
    CaseRole,
    CaseRoleKind,
    Goal,
    Measure,
    Participant,
    ParticipantKind,
    Plan,
    PlanContent,
    PlanStatus,
)
from teamdesk.domain.plan_profile import DEFAULT_PLAN_PROFILE, PlanProfile
from teamdesk.domain.plan_rules import DueEvaluation
from teamdesk.store.rows import LIVE, optional_date
from teamdesk.store.store import Store


def plan_from_row(row: sqlite3.Row) -> Plan:
    return Plan(
        id=row["id"],
        resident_id=row["resident_id"],
        status=PlanStatus(row["status"]),
        resources=row["resources"],
        needs=row["needs"],
        coordinator_id=row["coordinator_id"],
        coordinator_override_reason=row["coordinator_override_reason"],
        resident_contribution=row["resident_contribution"],
        period_from=optional_date(row["period_from"]),
        period_to=optional_date(row["period_to"]),
        evaluation_date=optional_date(row["evaluation_date"]),
        evaluation_method=row["evaluation_method"],
        next_meeting=optional_date(row["next_meeting"]),
        consent_date=optional_date(row["consent_date"]),
        consent_how=row["consent_how"],
        consent_recorded_by=row["consent_recorded_by"],
        cooperation=row["cooperation"],
        language_culture=row["language_culture"],
        participation=row["participation"],
        joined_plan=bool(row["joined_plan"]),
        replaces_plans=row["replaces_plans"],
        joined_consent_date=optional_date(row["joined_consent_date"]),
        joined_consent_recorded_by=row["joined_consent_recorded_by"],
    )


def goal_from_row(row: sqlite3.Row) -> Goal:
    return Goal(
        id=row["id"],
        text=row["text"],
        parent_id=row["parent_id"],
        evaluation_date=optional_date(row["evaluation_date"]),
        position=row["position"],
    )


def participant_from_row(row: sqlite3.Row) -> Participant:
    return Participant(
        id=row["id"],
        kind=ParticipantKind(row["kind"]),
        name=row["name"],
        organisation=row["organisation"],
        role=row["role"],
        contact=row["contact"],
        staff_id=row["staff_id"],
        contribution=row["contribution"],
        share_scope=row["share_scope"],
        share_consent_date=optional_date(row["share_consent_date"]),
        share_consent_expires=optional_date(row["share_consent_expires"]),
        position=row["position"],
    )


def measure_from_row(row: sqlite3.Row) -> Measure:
    return Measure(
        id=row["id"],
        what=row["what"],
        extent=row["extent"],
        how=row["how"],
        goal_id=row["goal_id"],
        responsible_staff_id=row["responsible_staff_id"],
        responsible_participant_id=row["responsible_participant_id"],
        position=row["position"],
    )


def case_role_from_row(row: sqlite3.Row) -> CaseRole:
    return CaseRole(
        id=row["id"],
        staff_id=row["staff_id"],
        resident_id=row["resident_id"],
        kind=CaseRoleKind(row["kind"]),
        note=row["note"],
        valid_from=optional_date(row["valid_from"]),
        valid_to=optional_date(row["valid_to"]),
    )


def plan(store: Store, plan_id: str) -> Plan | None:
    row = store.query_one(f"SELECT * FROM plan WHERE id = ? AND {LIVE}", (plan_id,))
    return plan_from_row(row) if row else None


def plans_of_resident(store: Store, resident_id: str) -> list[Plan]:
    """A resident's plans, the newest first (at most one is not ended)."""
    rows = store.query(
        f"SELECT * FROM plan WHERE resident_id = ? AND {LIVE} ORDER BY created_at DESC, id DESC",
        (resident_id,),
    )
    return [plan_from_row(r) for r in rows]


def _staff_names(store: Store, ids: Iterable[str | None]) -> dict[str, tuple[str, bool]]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = store.query(
        f"SELECT id, name, active FROM staff WHERE id IN ({', '.join('?' for _ in wanted)})",
        wanted,
    )
    return {r["id"]: (r["name"], bool(r["active"])) for r in rows}


def content(store: Store, plan_row: Plan) -> PlanContent:
    """The working copy of a plan as one value, staff names resolved."""
    goals = tuple(
        goal_from_row(r)
        for r in store.query(
            f"SELECT * FROM plan_goal WHERE plan_id = ? AND {LIVE} ORDER BY position, id",
            (plan_row.id,),
        )
    )
    live_goal_ids = {g.id for g in goals}
    # A sub-goal whose main goal was removed would hang in the air; it goes with its parent.
    goals = tuple(g for g in goals if g.parent_id is None or g.parent_id in live_goal_ids)
    participants = tuple(
        participant_from_row(r)
        for r in store.query(
            f"SELECT * FROM plan_participant WHERE plan_id = ? AND {LIVE} ORDER BY position, id",
            (plan_row.id,),
        )
    )
    participant_ids = {p.id for p in participants}
    goal_ids = {g.id for g in goals}
    measures = []
    for r in store.query(
        f"SELECT * FROM plan_measure WHERE plan_id = ? AND {LIVE} ORDER BY position, id",
        (plan_row.id,),
    ):
        m = measure_from_row(r)
        # Links to removed goals or participants read as "not linked" until undone.
        if m.goal_id not in goal_ids:
            m = replace(m, goal_id=None)
        if m.responsible_participant_id not in participant_ids:
            m = replace(m, responsible_participant_id=None)
        measures.append(m)
    staff = _staff_names(
        store,
        [plan_row.coordinator_id]
        + [m.responsible_staff_id for m in measures]
        + [p.staff_id for p in participants],
    )
    resident = store.query_one(
        "SELECT name, preferred_name FROM resident WHERE id = ?", (plan_row.resident_id,)
    )
    resident_name = ""
    if resident is not None:
        resident_name = resident["name"]
        if resident["preferred_name"] and resident["preferred_name"] != resident["name"]:
            resident_name = f"{resident['name']} ({resident['preferred_name']})"
    coordinator = staff.get(plan_row.coordinator_id or "")
    return PlanContent(
        plan=plan_row,
        resident_name=resident_name,
        goals=goals,
        participants=participants,
        measures=tuple(measures),
        staff_names={k: v[0] for k, v in staff.items()},
        coordinator_active=coordinator[1] if coordinator else True,
    )


@dataclass(frozen=True)
class PlanVersionInfo:
    """An approved version's heading: its number, who approved it and when."""

    id: str
    plan_id: str
    number: int
    approved_by: str
    approved_on: date


def versions(store: Store, plan_id: str) -> list[PlanVersionInfo]:
    """The approved versions of a plan, the oldest first."""
    rows = store.query(
        f"SELECT id, plan_id, number, approved_by, approved_on FROM plan_version "
        f"WHERE plan_id = ? AND {LIVE} ORDER BY number",
        (plan_id,),
    )
    return [
        PlanVersionInfo(
            r["id"],
            r["plan_id"],
            r["number"],
            r["approved_by"],
            date.fromisoformat(r["approved_on"]),
        )
        for r in rows
    ]


def version_content(store: Store, plan_id: str, number: int) -> PlanContent | None:
    row = store.query_one(
        f"SELECT snapshot FROM plan_version WHERE plan_id = ? AND number = ? AND {LIVE}",
        (plan_id, number),
    )
    return PlanContent.from_json(json.loads(row["snapshot"])) if row else None


def highest_version_number(store: Store, plan_id: str) -> int:
    """The highest version number ever given, undone approvals included, so numbers are
    never reused."""
    row = store.query_one("SELECT MAX(number) AS n FROM plan_version WHERE plan_id = ?", (plan_id,))
    return int(row["n"]) if row and row["n"] is not None else 0


def case_roles(
    store: Store, *, resident_id: str | None = None, staff_id: str | None = None
) -> list[CaseRole]:
    sql = f"SELECT * FROM case_role WHERE {LIVE}"
    params: list[str] = []
    if resident_id is not None:
        sql += " AND resident_id = ?"
        params.append(resident_id)
    if staff_id is not None:
        sql += " AND staff_id = ?"
        params.append(staff_id)
    return [case_role_from_row(r) for r in store.query(sql + " ORDER BY created_at", params)]


def has_completed(store: Store, staff_id: str, course: str = COORDINATOR_COURSE) -> bool:
    row = store.query_one(
        f"SELECT 1 FROM training WHERE staff_id = ? AND course = ? AND {LIVE} LIMIT 1",
        (staff_id, course),
    )
    return row is not None


def plans_coordinated(store: Store, staff_id: str, except_plan: str | None = None) -> int:
    """How many living (not ended) plans ``staff_id`` coordinates."""
    row = store.query_one(
        f"SELECT COUNT(*) AS n FROM plan WHERE coordinator_id = ? AND status != 'ended' "
        f"AND {LIVE} AND id != ?",
        (staff_id, except_plan or ""),
    )
    return int(row["n"]) if row else 0


def evaluation_dates(store: Store, until: date) -> list[DueEvaluation]:
    """Plan and goal evaluation dates up to ``until`` for every living plan of a resident
    who has not moved out."""
    common = f"""
        FROM plan p JOIN resident r ON r.id = p.resident_id
        LEFT JOIN staff s ON s.id = p.coordinator_id
        WHERE p.{LIVE} AND r.{LIVE} AND p.status != 'ended' AND r.moved_out IS NULL
    """
    rows = store.query(
        f"SELECT p.id AS plan_id, r.id AS resident_id, r.name AS resident_name, "
        f"s.name AS coordinator, p.evaluation_date AS due {common} "
        f"AND p.evaluation_date IS NOT NULL AND p.evaluation_date <= ?",
        (until.isoformat(),),
    )
    with_goals = common.replace("WHERE", "JOIN plan_goal g ON g.plan_id = p.id WHERE", 1)
    out = [
        DueEvaluation(
            r["resident_id"],
            r["resident_name"],
            r["plan_id"],
            date.fromisoformat(r["due"]),
            coordinator_name=r["coordinator"] or "",
        )
        for r in rows
    ]
    rows = store.query(
        f"SELECT p.id AS plan_id, r.id AS resident_id, r.name AS resident_name, "
        f"s.name AS coordinator, g.id AS goal_id, g.text AS goal_text, "
        f"g.evaluation_date AS due {with_goals} "
        f"AND g.{LIVE} AND g.evaluation_date IS NOT NULL AND g.evaluation_date <= ? "
        "AND (g.parent_id IS NULL OR EXISTS (SELECT 1 FROM plan_goal m "
        "WHERE m.id = g.parent_id AND m.deleted_at IS NULL))",
        (until.isoformat(),),
    )
    out += [
        DueEvaluation(
            r["resident_id"],
            r["resident_name"],
            r["plan_id"],
            date.fromisoformat(r["due"]),
            goal_id=r["goal_id"],
            goal_text=r["goal_text"],
            coordinator_name=r["coordinator"] or "",
        )
        for r in rows
    ]
    return out


def plan_profile(store: Store) -> PlanProfile:
    """The house's plan profile (the Norwegian individual plan unless the house chose another)."""
    row = store.query_one(f"SELECT value FROM setting WHERE id = 'plan_profile' AND {LIVE}")
    try:
        return PlanProfile(str(row["value"])) if row else DEFAULT_PLAN_PROFILE
    except ValueError:
        return DEFAULT_PLAN_PROFILE


def max_plans_per_coordinator(store: Store, default: int) -> int:
    row = store.query_one(
        f"SELECT value FROM setting WHERE id = 'max_plans_per_coordinator' AND {LIVE}"
    )
    value = str(row["value"]) if row else ""
    return int(value) if value.isdigit() and int(value) > 0 else default
