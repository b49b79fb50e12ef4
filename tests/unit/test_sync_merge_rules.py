"""Rules that span rows, after a merge (issue 11): shown in the warnings, never settled
silently. Two PCs each keep the rule; together they break it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.unit.test_sync_merge import exchange

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.text import DATE_PATTERN
from teamdesk.services.conflicts import merge_rule_findings
from teamdesk.services.context import NotFound, PermissionDenied, ServiceContext
from teamdesk.services.merge_choices import MergeChoiceService
from teamdesk.services.team import TeamService
from teamdesk.services.undo import revert
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


def staff_member(store: Store) -> ServiceContext:
    return ServiceContext(store, Actor("Siri", AccountRole.STAFF), today=lambda: TODAY)


def two_primaries(a: Store, b: Store) -> tuple[str, str, str]:
    """A resident given a primary contact on each PC (Mari on one, Even on the other)."""
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    mari = a.insert("staff", {"name": "Mari", "initials": "MA"}, actor="Kari")
    even = a.insert("staff", {"name": "Even", "initials": "EV"}, actor="Kari")
    exchange(a, b)
    ids = []
    for store, staff in ((a, mari), (b, even)):
        ids.append(
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
        )
    exchange(a, b)
    return resident, ids[0], ids[1]


def test_two_primary_contacts_offer_to_keep_either_and_keeping_one_ends_the_other(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    _resident, mari, even = two_primaries(a, b)
    ctx = leader(a)
    [finding] = [f for f in TeamService(ctx).findings(TODAY) if f.code == "several_primary"]
    assert [(c.label.render(), c.action, c.target) for c in finding.choices] == [
        ("Keep Even as primary contact", "keep_assignment", even),
        ("Keep Mari as primary contact", "keep_assignment", mari),
    ]
    outcome = MergeChoiceService(ctx).choose(finding.choices[1])
    assert not [f for f in TeamService(ctx).findings(TODAY) if f.code == "several_primary"]
    ended = a.get("assignment", even)
    assert ended is not None and ended["valid_to"] is not None
    audited = a.query_one("SELECT actor FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert audited is not None and audited["actor"] == "Kari Leder"
    # Undoable: the two are back, and so is the warning.
    revert(ctx, outcome.changes)
    assert [f for f in TeamService(ctx).findings(TODAY) if f.code == "several_primary"]
    # Chosen again on the other PC after a sync, the first choice says it was settled.
    MergeChoiceService(ctx).choose(finding.choices[1])
    exchange(a, b)
    with pytest.raises(NotFound, match="settled already"):
        MergeChoiceService(leader(b)).choose(finding.choices[0])


def test_a_choice_needs_the_right_to_make_the_writes_it_is_made_of(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    _resident, mari, _even = two_primaries(a, b)
    with pytest.raises(PermissionDenied):
        MergeChoiceService(staff_member(a)).keep_assignment(mari)
    assert a.query_one("SELECT 1 FROM assignment WHERE valid_to IS NOT NULL") is None


def _day_first(text: str, *_: object) -> str:
    return "{day}.{month}.{year}" if text == DATE_PATTERN else text


def test_two_living_plans_offer_to_keep_either_and_keeping_one_ends_the_other(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    exchange(a, b)
    first = a.insert("plan", {"resident_id": resident}, actor="Kari")
    second = b.insert("plan", {"resident_id": resident}, actor="Per")
    exchange(a, b)
    ctx = leader(b)
    [finding] = merge_rule_findings(ctx)
    labels = [c.label.render() for c in finding.choices]
    assert {c.target for c in finding.choices} == {first, second}
    assert any(label.startswith("Keep the plan Per started on ") for label in labels)
    # Shown as the reader's language writes dates (it printed the ISO date in every language).
    dotted = [c.label.in_language(_day_first) for c in finding.choices]
    assert all(re.search(r"started on \d\d\.\d\d\.\d{4}$", label) for label in dotted), dotted
    [keep_first] = [c for c in finding.choices if c.target == first]
    outcome = MergeChoiceService(ctx).choose(keep_first)
    assert merge_rule_findings(ctx) == []
    assert b.get("plan", second)["status"] == "ended"  # type: ignore[index]
    revert(ctx, outcome.changes)
    assert b.get("plan", second)["status"] != "ended"  # type: ignore[index]


def approved_twice(a: Store, b: Store) -> tuple[str, str, str]:
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    plan = a.insert("plan", {"resident_id": resident}, actor="Kari")
    exchange(a, b)
    ids = []
    for store, who in ((a, "Kari"), (b, "Per")):
        ids.append(
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
        )
    exchange(a, b)
    return plan, ids[0], ids[1]


def test_an_approval_made_twice_offers_to_keep_either_and_withdraws_the_other(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    _plan, kari, per = approved_twice(a, b)
    ctx = leader(a)
    [finding] = merge_rule_findings(ctx)
    labels = {c.label.render(): c for c in finding.choices}
    assert set(labels) == {
        "Keep the approval by Kari on 2026-11-30",
        "Keep the approval by Per on 2026-11-30",
    }
    # Keep Kari's: Per's is withdrawn (kept in the log), undoably.
    outcome = MergeChoiceService(ctx).choose(labels["Keep the approval by Kari on 2026-11-30"])
    assert merge_rule_findings(ctx) == []
    assert a.get("plan_version", per)["deleted_at"] is not None  # type: ignore[index]
    revert(ctx, outcome.changes)
    assert a.get("plan_version", per)["deleted_at"] is None  # type: ignore[index]
    assert merge_rule_findings(ctx) != []
    assert a.get("plan_version", kari)["deleted_at"] is None  # type: ignore[index]
