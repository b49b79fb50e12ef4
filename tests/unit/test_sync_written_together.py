"""A rule that spans columns holds after any merge (issue 11): the columns of one fact are
written together, so per-column last-writer-wins takes all of them from the same write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_sync_merge import exchange

from teamdesk.store.store import Store, open_store


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def test_a_decision_keeps_exactly_one_responsible_person_after_a_merge(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    plan = a.insert("plan", {"resident_id": resident}, actor="Kari")
    mari = a.insert("staff", {"name": "Mari"}, actor="Kari")
    even = a.insert("staff", {"name": "Even"}, actor="Kari")
    per = a.insert(
        "plan_participant", {"plan_id": plan, "kind": "relative", "name": "Per"}, actor="Kari"
    )
    meeting = a.insert(
        "meeting",
        {"plan_id": plan, "kind": "plan_meeting", "meeting_date": "2026-12-01"},
        actor="Kari",
    )
    decision = a.insert(
        "action_item",
        {
            "meeting_id": meeting,
            "what": "Ring NAV",
            "due_date": "2026-12-15",
            "responsible_staff_id": mari,
        },
        actor="Kari",
    )
    exchange(a, b)
    # On one PC the relative Per takes it over; later, on the other, Even does (a staff member
    # replacing a staff member: the participant column was empty before and after).
    b.update(
        "action_item",
        decision,
        {"responsible_staff_id": None, "responsible_participant_id": per},
        actor="Per",
    )
    a.update(
        "action_item",
        decision,
        {"responsible_staff_id": even, "responsible_participant_id": None},
        actor="Kari",
    )
    exchange(a, b)
    for store in (a, b):
        row = store.get("action_item", decision)
        assert row is not None
        # The later write wins whole: Even, and not Per beside him.
        assert (row["responsible_staff_id"], row["responsible_participant_id"]) == (even, None)


def test_every_check_that_spans_columns_has_its_columns_written_together() -> None:
    """A CHECK naming two columns of a table is a rule a per-column merge could break: each
    such pair is declared, so one is not added later without it."""
    import re

    from teamdesk.store import schema

    source = Path(schema.__file__).read_text(encoding="utf-8")
    spanning: set[tuple[str, frozenset[str]]] = set()
    for table, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\s*\);", source, re.S):
        for check in re.findall(r"\n\s*CHECK \((.*)\)\s*$", body, re.M):
            columns = frozenset(re.findall(r"\b(\w+_id)\b", check))
            if len(columns) > 1:
                spanning.add((table, columns))
    assert spanning, "the schema's spanning checks were not found"
    for table, columns in spanning:
        assert any(columns <= g for g in schema.WRITTEN_TOGETHER.get(table, ())), table
