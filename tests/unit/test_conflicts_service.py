"""Choosing between versions after PCs synced (issue 11): listed with both versions, chosen
through a service (checked, audited, undoable), and settled on every PC once synced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_sync_merge import exchange

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.conflicts import ConflictService, conflict_findings
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.undo import revert
from teamdesk.store.store import Store, open_store


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def leader(store: Store, name: str = "Kari Leder") -> ConflictService:
    return ConflictService(ServiceContext(store, Actor(name, AccountRole.LEADER)))


def overlapping(a: Store, b: Store) -> str:
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor="Kari")
    exchange(a, b)
    a.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor="Kari")
    b.update("resident", resident, {"what_matters": "Hagen og musikk."}, actor="Per")
    exchange(a, b)
    return resident


def test_a_text_edited_on_two_pcs_is_listed_with_both_versions_and_the_base(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = overlapping(a, b)
    [item] = leader(a).waiting()
    assert (item.table, item.row_id, item.column, item.kind) == (
        "resident",
        resident,
        "what_matters",
        "text",
    )
    assert item.record == "Ola"
    assert item.field.render() == "What matters to me"
    assert {v.text for v in item.versions} == {"Hagen og kaffe.", "Hagen og musikk."}
    assert {v.author for v in item.versions} == {"Kari", "Per"}
    assert item.versions[0].text == item.shown
    assert item.base == "Hagen."
    [finding] = conflict_findings(leader(a).ctx)
    assert finding.subject_kind == "conflicts"
    assert "waits for a person to choose" in finding.text


def test_a_choice_is_audited_undoable_and_settles_it_on_both_pcs(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = overlapping(a, b)
    service = leader(b)
    combined = "Hagen, kaffe og musikk."
    shown_before = b.get("resident", resident)["what_matters"]  # type: ignore[index]
    outcome = service.choose_text("resident", resident, "what_matters", combined)
    assert b.get("resident", resident)["what_matters"] == combined  # type: ignore[index]
    assert service.waiting() == []
    audited = b.query_one("SELECT actor, action FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert tuple(audited) == ("Kari Leder", "resolve")  # type: ignore[arg-type]
    exchange(a, b)
    assert leader(a).waiting() == []
    assert a.get("resident", resident)["what_matters"] == combined  # type: ignore[index]
    # Undo puts back the text shown before the choice.
    revert(service.ctx, outcome.changes)
    assert b.get("resident", resident)["what_matters"] == shown_before  # type: ignore[index]


def test_someone_who_may_not_edit_residents_cannot_choose(pair: tuple[Store, Store]) -> None:
    a, b = pair
    resident = overlapping(a, b)
    reader = ConflictService(ServiceContext(a, Actor("Lise", AccountRole.READ_ONLY)))
    assert len(reader.waiting()) == 1
    with pytest.raises(PermissionDenied):
        reader.choose_text("resident", resident, "what_matters", "Noe annet.")
    assert len(leader(a).waiting()) == 1


def test_a_record_deleted_on_one_pc_and_edited_on_another_can_be_deleted_after_all(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor="Kari")
    exchange(a, b)
    a.tombstone("resident", resident, actor="Kari")
    b.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor="Per")
    exchange(a, b)
    [item] = leader(a).waiting()
    assert item.kind == "deleted" and item.record == "Ola"
    leader(a).delete_record("resident", resident)
    exchange(a, b)
    assert leader(b).waiting() == []
    assert b.get("resident", resident)["deleted_at"] is not None  # type: ignore[index]
    with pytest.raises(Exception, match="settled already"):
        leader(b).keep_record("resident", resident)


def test_a_goal_kept_for_a_sub_goal_edited_elsewhere_is_listed_and_deleted_with_it(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola"}, actor="Kari")
    plan = a.insert("plan", {"resident_id": resident}, actor="Kari")
    goal = a.insert("plan_goal", {"plan_id": plan, "text": "Bo hjemme."}, actor="Kari")
    sub = a.insert(
        "plan_goal", {"plan_id": plan, "parent_id": goal, "text": "Handle."}, actor="Kari"
    )
    exchange(a, b)
    with a.transaction():
        a.tombstone("plan_goal", sub, actor="Kari")
        a.tombstone("plan_goal", goal, actor="Kari")
    b.update("plan_goal", sub, {"text": "Handle selv."}, actor="Per")
    exchange(a, b)
    # Both are listed: the sub-goal (edited while deleted) and the goal it lives in.
    items = leader(a).waiting()
    assert sorted((i.row_id, i.kind) for i in items) == sorted(
        [(goal, "deleted"), (sub, "deleted")]
    )
    assert all(i.subject_id == resident for i in items)
    # The goal says it was kept for what is under it; the sub-goal, for its own edit.
    assert {i.row_id: i.kept_for_inside for i in items} == {goal: True, sub: False}
    service = leader(a)
    outcome = service.delete_record("plan_goal", goal)
    assert a.get("plan_goal", goal)["deleted_at"] is not None  # type: ignore[index]
    # Undo brings the sub-goal back, and the goal it lives in, which waits again.
    revert(service.ctx, outcome.changes)
    assert a.get("plan_goal", sub)["deleted_at"] is None  # type: ignore[index]
    assert [i.row_id for i in service.waiting()] == [goal]
    outcome = service.delete_record("plan_goal", goal)
    exchange(a, b)
    assert leader(b).waiting() == []
    for store in (a, b):
        assert store.get("plan_goal", goal)["deleted_at"] is not None  # type: ignore[index]
        assert store.get("plan_goal", sub)["deleted_at"] is not None  # type: ignore[index]
