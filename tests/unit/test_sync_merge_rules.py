"""Rules that span rows, after a merge (issue 11): shown in the warnings, never settled
silently. Two PCs each keep the rule; together they break it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.unit.test_sync_merge import exchange

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.conflicts import merge_rule_findings
from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.store.store import Store, open_store

TODAY = date(2026, 11, 30)


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def leader(store: Store) -> ServiceContext:
    return ServiceContext(store, Actor("Kari Leder", AccountRole.LEADER), today=lambda: TODAY)


def test_a_plan_started_on_each_pc_is_said_after_the_merge(pair: tuple[Store, Store]) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    exchange(a, b)
    a.insert("plan", {"resident_id": resident}, actor="Kari")
    b.insert("plan", {"resident_id": resident}, actor="Per")
    assert merge_rule_findings(leader(a)) == []
    exchange(a, b)
    [finding] = merge_rule_findings(leader(b))
    assert finding.code == "plans_after_merge"
    assert (finding.subject_kind, finding.subject_id) == ("resident", resident)
    assert "Ola has 2 individual plans in use at once" in finding.text


def test_a_plan_approved_on_each_pc_as_the_same_version_is_said(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    plan = a.insert("plan", {"resident_id": resident}, actor="Kari")
    exchange(a, b)
    for store, who in ((a, "Kari"), (b, "Per")):
        store.insert(
            "plan_version",
            {
                "plan_id": plan,
                "number": 1,
                "approved_by": who,
                "approved_on": "2026-11-30",
                "snapshot": "{}",
            },
            actor=who,
        )
    exchange(a, b)
    [finding] = merge_rule_findings(leader(a))
    assert finding.code == "approvals_after_merge"
    assert "approved as version 1 on two PCs at once" in finding.text
    assert "Kari" in finding.text and "Per" in finding.text


def test_a_primary_contact_set_on_each_pc_is_a_warning_after_the_merge(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    kari = a.insert("staff", {"name": "Kari", "initials": "KA"}, actor="Kari")
    per = a.insert("staff", {"name": "Per", "initials": "PE"}, actor="Kari")
    exchange(a, b)
    for store, staff in ((a, kari), (b, per)):
        store.insert(
            "assignment",
            {
                "resident_id": resident,
                "staff_id": staff,
                "role": "primary",
                "valid_from": "2026-01-01",
            },
            actor="Kari",
        )
    exchange(a, b)
    _coverage, findings = TeamService(leader(a)).today_overview()
    assert [f.subject_id for f in findings if f.code == "several_primary"] == [resident]
