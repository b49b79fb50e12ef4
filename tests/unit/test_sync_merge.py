"""Merging what two PCs typed (issue 11): free text three-way, overlaps kept for a person,
a person's choice travels, a delete that meets an edit keeps the edit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.test_sync_store import dump, remote_changes

from teamdesk.domain.textmerge import merge_texts, split_text
from teamdesk.store.store import Store, open_store

ACTOR = "acct-1"


def mark(store: Store) -> int:
    return int(store.query_one("SELECT COALESCE(MAX(seq), 0) AS m FROM change")["m"])


def exchange(a: Store, b: Store) -> None:
    """Each PC applies everything the other has logged (duplicates are no-ops)."""
    for source, target in ((a, b), (b, a)):
        changes = remote_changes(source)
        created = {}
        for c in changes:
            row = source.get(c.table, c.row_id)
            if row is not None:
                created[(c.table, c.row_id)] = str(row["created_at"])
        target.apply_remote(
            changes, created, actor=ACTOR, received_from=source.replica_id, summary="test"
        )


def waiting(store: Store) -> list[tuple[str, str, str]]:
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in store.query(
            "SELECT table_name, row_id, column_name FROM sync_conflict ORDER BY 1, 2, 3"
        )
    ]


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def what_matters(store: Store, resident: str) -> object:
    row = store.get("resident", resident)
    assert row is not None
    return row["what_matters"]


# -- the text merge itself --------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("ab .!?\n\t,")))
def test_a_text_cut_into_sentences_joins_back_to_itself(text: str) -> None:
    assert "".join(split_text(text)) == text


def test_edits_of_different_sentences_merge_and_overlapping_ones_stop() -> None:
    base = "Hagen om sommeren. Kaffe om morgenen. Musikk."
    ours = "Hagen om sommeren og høsten. Kaffe om morgenen. Musikk."
    theirs = "Hagen om sommeren. Kaffe om morgenen. Musikk fra 60-tallet."
    merged = "Hagen om sommeren og høsten. Kaffe om morgenen. Musikk fra 60-tallet."
    assert merge_texts(base, ours, theirs) == merged == merge_texts(base, theirs, ours)
    assert merge_texts(base, ours, "Hagen om våren. Kaffe om morgenen. Musikk.") is None
    # The same change made on both: once, not twice.
    assert merge_texts(base, ours, ours) == ours


# -- in the store ----------------------------------------------------------------------------


def test_edits_of_different_sentences_on_two_pcs_merge_on_both(pair: tuple[Store, Store]) -> None:
    a, b = pair
    resident = a.insert(
        "resident", {"name": "Ola", "what_matters": "Hagen. Kaffe. Musikk."}, actor=ACTOR
    )
    exchange(a, b)
    a.update("resident", resident, {"what_matters": "Hagen og roser. Kaffe. Musikk."}, actor=ACTOR)
    b.update("resident", resident, {"what_matters": "Hagen. Kaffe. Musikk og dans."}, actor=ACTOR)
    exchange(a, b)
    assert what_matters(a, resident) == "Hagen og roser. Kaffe. Musikk og dans."
    assert dump(a) == dump(b)
    assert waiting(a) == waiting(b) == []
    # An edit of the merged text is made on both versions: no conflict comes back later.
    b.update(
        "resident", resident, {"what_matters": "Hagen og roser. Te. Musikk og dans."}, actor=ACTOR
    )
    exchange(a, b)
    assert what_matters(a, resident) == "Hagen og roser. Te. Musikk og dans."
    assert dump(a) == dump(b)
    assert waiting(a) == waiting(b) == []


def test_overlapping_edits_wait_for_a_person_whose_choice_ends_it_on_both(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor=ACTOR)
    exchange(a, b)
    a.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor=ACTOR)
    b.update("resident", resident, {"what_matters": "Hagen og musikk."}, actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == waiting(b) == [("resident", resident, "what_matters")]
    assert dump(a) == dump(b)
    shown = what_matters(a, resident)
    # Editing the text shown does not end it: the other version was never seen.
    a.update("resident", resident, {"what_matters": f"{shown} Og sol."}, actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == waiting(b) == [("resident", resident, "what_matters")]
    # Choosing the text already shown still ends it, here and, once synced, there.
    chosen = what_matters(b, resident)
    b.resolve("resident", resident, "what_matters", chosen, actor=ACTOR)
    assert waiting(b) == []
    assert waiting(a) != []
    exchange(a, b)
    assert waiting(a) == waiting(b) == []
    assert what_matters(a, resident) == what_matters(b, resident) == chosen
    assert dump(a) == dump(b)


def test_a_delete_that_meets_an_edit_keeps_the_edit_and_says_so(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor=ACTOR)
    exchange(a, b)
    a.tombstone("resident", resident, actor=ACTOR)
    b.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor=ACTOR)
    exchange(a, b)
    for store in (a, b):
        row = store.get("resident", resident)
        assert row is not None
        assert row["deleted_at"] is None
        assert row["what_matters"] == "Hagen og kaffe."
    assert waiting(a) == waiting(b) == [("resident", resident, "deleted_at")]
    assert dump(a) == dump(b)
    # A person who still wants it deleted says so, having seen the edit: deleted on both.
    a.resolve("resident", resident, "deleted_at", "2026-11-30T12:00:00+00:00", actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == waiting(b) == []
    assert b.get("resident", resident)["deleted_at"] is not None  # type: ignore[index]
    assert dump(a) == dump(b)


def test_a_delete_made_after_seeing_the_edit_deletes(pair: tuple[Store, Store]) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor=ACTOR)
    exchange(a, b)
    b.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor=ACTOR)
    exchange(a, b)
    a.tombstone("resident", resident, actor=ACTOR)
    exchange(a, b)
    assert b.get("resident", resident)["deleted_at"] is not None  # type: ignore[index]
    assert waiting(a) == waiting(b) == []
    assert dump(a) == dump(b)


def test_keeping_a_row_a_delete_met_ends_the_notice_on_both(pair: tuple[Store, Store]) -> None:
    a, b = pair
    staff = a.insert("staff", {"name": "Kari", "initials": "KA"}, actor=ACTOR)
    exchange(a, b)
    a.tombstone("staff", staff, actor=ACTOR)
    b.update("staff", staff, {"initials": "KN"}, actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == [("staff", staff, "deleted_at")]
    b.resolve("staff", staff, "deleted_at", None, actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == waiting(b) == []
    assert a.get("staff", staff)["deleted_at"] is None  # type: ignore[index]
    assert dump(a) == dump(b)


def _goal_with_sub_goal(store: Store) -> tuple[str, str, str]:
    resident = store.insert("resident", {"name": "Ola"}, actor=ACTOR)
    plan = store.insert("plan", {"resident_id": resident}, actor=ACTOR)
    goal = store.insert("plan_goal", {"plan_id": plan, "text": "Bo hjemme."}, actor=ACTOR)
    sub = store.insert(
        "plan_goal", {"plan_id": plan, "parent_id": goal, "text": "Handle selv."}, actor=ACTOR
    )
    return plan, goal, sub


def _remove_goal(store: Store, goal: str) -> None:
    """What PlanService.remove_goal writes: the goal and its live sub-goals, in one step."""
    with store.transaction():
        for sub in store.query(
            "SELECT id FROM plan_goal WHERE parent_id = ? AND deleted_at IS NULL", (goal,)
        ):
            store.tombstone("plan_goal", str(sub["id"]), actor=ACTOR)
        store.tombstone("plan_goal", goal, actor=ACTOR)


def _shown_goals(store: Store, plan: str) -> list[str]:
    from teamdesk.store import plan_repo

    row = plan_repo.plan(store, plan)
    assert row is not None
    return sorted(g.text for g in plan_repo.content(store, row).goals)


def test_a_sub_goal_edited_while_its_goal_was_removed_elsewhere_keeps_both_and_says_so(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    plan, goal, sub = _goal_with_sub_goal(a)
    exchange(a, b)
    _remove_goal(a, goal)
    b.update("plan_goal", sub, {"text": "Handle selv på Rema."}, actor=ACTOR)
    exchange(a, b)
    for store in (a, b):
        # The edit is shown where it was made: under its goal, which came back for it.
        assert _shown_goals(store, plan) == ["Bo hjemme.", "Handle selv på Rema."]
    # Both the goal and the sub-goal wait for a person to keep or delete them.
    assert (
        waiting(a)
        == waiting(b)
        == sorted([("plan_goal", goal, "deleted_at"), ("plan_goal", sub, "deleted_at")])
    )
    assert dump(a) == dump(b)
    # Deleting the sub-goal after all lets the goal's delete stand again, on both.
    a.resolve("plan_goal", sub, "deleted_at", "2026-11-30T12:00:00+00:00", actor=ACTOR)
    exchange(a, b)
    assert _shown_goals(a, plan) == _shown_goals(b, plan) == []
    assert waiting(a) == waiting(b) == []
    assert dump(a) == dump(b)


def test_a_sub_goal_added_while_its_goal_was_removed_elsewhere_is_shown(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    plan, goal, _sub = _goal_with_sub_goal(a)
    exchange(a, b)
    b.insert("plan_goal", {"plan_id": plan, "parent_id": goal, "text": "Lage mat."}, actor=ACTOR)
    _remove_goal(a, goal)
    exchange(a, b)
    for store in (a, b):
        assert _shown_goals(store, plan) == ["Bo hjemme.", "Lage mat."]
    assert waiting(a) == waiting(b) == [("plan_goal", goal, "deleted_at")]
    assert dump(a) == dump(b)
    # Keeping the goal ends the notice on both.
    b.resolve("plan_goal", goal, "deleted_at", None, actor=ACTOR)
    exchange(a, b)
    assert waiting(a) == waiting(b) == []
    assert dump(a) == dump(b)


def test_a_goal_removed_with_its_sub_goals_seen_stays_removed(pair: tuple[Store, Store]) -> None:
    a, b = pair
    plan, goal, sub = _goal_with_sub_goal(a)
    exchange(a, b)
    b.update("plan_goal", sub, {"text": "Handle selv på Rema."}, actor=ACTOR)
    exchange(a, b)
    _remove_goal(a, goal)
    exchange(a, b)
    assert _shown_goals(a, plan) == _shown_goals(b, plan) == []
    assert waiting(a) == waiting(b) == []
    assert dump(a) == dump(b)
