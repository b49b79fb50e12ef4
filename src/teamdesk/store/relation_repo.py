"""Reading check-in rounds and their sealed counts (issue 15). Writes go through the services;
the ballot box has its own store methods (see :meth:`Store.cast_ballot`)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from teamdesk.domain.relations import (
    DIMENSIONS,
    Answers,
    Dimension,
    Round,
    RoundStatus,
    Tally,
)
from teamdesk.store.rows import LIVE, optional_date
from teamdesk.store.store import Store

_DIMENSIONS = {d.value: d for d in DIMENSIONS}


def round_from_row(row: sqlite3.Row) -> Round:
    keys = row.keys()
    return Round(
        id=row["id"],
        ties=tuple(json.loads(row["ties"])),
        started_on=date.fromisoformat(row["started_on"]),
        ends_on=date.fromisoformat(row["ends_on"]),
        status=RoundStatus(row["status"]),
        resident_id=row["resident_id"],
        unit_id=row["unit_id"],
        closed_on=optional_date(row["closed_on"]),
        started_by=row["started_by"],
        subject=row["subject"] if "subject" in keys and row["subject"] else "",
    )


_SELECT = (
    "SELECT r.*, COALESCE(res.name, u.name) AS subject, COALESCE(res.unit_id, r.unit_id) "
    "AS scope_unit FROM relation_round r LEFT JOIN resident res ON res.id = r.resident_id "
    "LEFT JOIN unit u ON u.id = r.unit_id WHERE r.deleted_at IS NULL"
)


def round_(store: Store, round_id: str) -> tuple[Round, str | None] | None:
    """A round and the unit it belongs to (the resident's unit for a resident's round)."""
    row = store.query_one(_SELECT + " AND r.id = ?", (round_id,))
    return (round_from_row(row), row["scope_unit"]) if row else None


def rounds(
    store: Store, *, resident_id: str | None = None, unit_id: str | None = None
) -> list[Round]:
    """Rounds of one resident or of one unit, oldest first."""
    if resident_id is not None:
        rows = store.query(_SELECT + " AND r.resident_id = ? ORDER BY r.started_on", (resident_id,))
    else:
        rows = store.query(_SELECT + " AND r.unit_id = ? ORDER BY r.started_on", (unit_id,))
    return [round_from_row(r) for r in rows]


def all_rounds(store: Store, only_unit: str | None) -> list[tuple[Round, str | None]]:
    """Every round (of the unit, when one is given), newest first."""
    sql = _SELECT
    params: tuple[str, ...] = ()
    if only_unit is not None:
        sql += " AND (scope_unit IS NULL OR scope_unit = ?)"
        params = (only_unit,)
    rows = store.query(sql + " ORDER BY r.started_on DESC", params)
    return [(round_from_row(r), r["scope_unit"]) for r in rows]


def respondents(store: Store, round_id: str) -> int:
    row = store.query_one(
        f"SELECT COUNT(*) FROM relation_respondent WHERE round_id = ? AND {LIVE}", (round_id,)
    )
    return int(row[0]) if row else 0


def has_answered(store: Store, round_id: str, staff_id: str) -> bool:
    return (
        store.query_one(
            f"SELECT 1 FROM relation_respondent WHERE round_id = ? AND staff_id = ? AND {LIVE}",
            (round_id, staff_id),
        )
        is not None
    )


def tallies(
    store: Store, round_id: str
) -> tuple[dict[tuple[str, Dimension], Tally], dict[str, int]]:
    """The sealed counts of a round, added up over the PCs that sealed answers, and per tie the
    number of people whose answers were counted.

    A PC that took fewer than three answers about a tie sealed only their number, no counts
    (see :meth:`RelationService._seal`); those people are not counted here, so a tie shows
    figures only when the counts behind them hold at least three people."""
    rows = store.query(
        "SELECT sealed_on_replica, tie, dimension, respondents, n1, n2, n3, n4, n5, dont_know "
        f"FROM relation_tally WHERE round_id = ? AND {LIVE}",
        (round_id,),
    )
    out: dict[tuple[str, Dimension], Tally] = {}
    per_tie: dict[str, dict[str, int]] = {}
    kept: set[tuple[str, str]] = set()  # (tie, PC) whose counts were sealed
    for r in rows:
        dimension = _DIMENSIONS.get(r["dimension"])
        if dimension is None:
            continue
        tally = out.setdefault((r["tie"], dimension), Tally())
        for value in (1, 2, 3, 4, 5):
            tally.add(value, int(r[f"n{value}"]))
        tally.add(0, int(r["dont_know"]))
        # Respondents per tie: the same on each dimension's row of one sealing; summed per PC.
        per_tie.setdefault(r["tie"], {})[r["sealed_on_replica"]] = int(r["respondents"])
        if any(int(r[c]) for c in ("n1", "n2", "n3", "n4", "n5", "dont_know")):
            kept.add((r["tie"], r["sealed_on_replica"]))
    return out, {
        tie: sum(n for pc, n in by.items() if (tie, pc) in kept) for tie, by in per_tie.items()
    }


def sealed_replicas(store: Store, round_id: str) -> set[str]:
    rows = store.query(
        f"SELECT DISTINCT sealed_on_replica FROM relation_tally WHERE round_id = ? AND {LIVE}",
        (round_id,),
    )
    return {str(r[0]) for r in rows}


def ballots(store: Store, round_id: str) -> list[Answers]:
    """The ballots in this PC's box for a round, decoded (unknown dimensions are skipped)."""
    out: list[Answers] = []
    for text in store.ballots(round_id):
        data = json.loads(text)
        out.append(
            {
                tie: {_DIMENSIONS[d]: int(v) for d, v in values.items() if d in _DIMENSIONS}
                for tie, values in data.items()
            }
        )
    return out


def ballot_json(answers: Answers) -> str:
    """One person's answers as stored in the ballot box: keys sorted, so two ballots with the
    same answers are the same text whatever order the form was filled in."""
    return json.dumps(
        {
            tie: {d.value: int(v) for d, v in sorted(values.items())}
            for tie, values in answers.items()
            if values
        },
        sort_keys=True,
    )


def last_started_by_resident(store: Store) -> dict[str, date]:
    """The latest round's start date per resident."""
    rows = store.query(
        f"SELECT resident_id, MAX(started_on) AS last FROM relation_round WHERE {LIVE} "
        "AND resident_id IS NOT NULL GROUP BY resident_id"
    )
    return {str(r["resident_id"]): date.fromisoformat(r["last"]) for r in rows}
