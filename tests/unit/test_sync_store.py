"""The store's part of syncing several PCs (issue 11): clock, replica identity, remote apply."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teamdesk.store.ids import HybridLogicalClock
from teamdesk.store.replica import replica_path
from teamdesk.store.schema import LOCAL_ONLY_TABLES
from teamdesk.store.store import RemoteChange, Store, open_store

ACTOR = "acct-1"


def remote_changes(store: Store, since: int = 0) -> list[RemoteChange]:
    """The store's own change entries, as another PC would receive them."""
    return [
        RemoteChange(
            table=str(r["table_name"]),
            row_id=str(r["row_id"]),
            column=str(r["column_name"]),
            value=r["value"],
            hlc=str(r["hlc"]),
            replica_id=str(r["replica_id"]),
            actor=str(r["actor"]),
            base_hlc=r["base_hlc"],
            base_replica=r["base_replica"],
            also_base=r["also_base"],
            actor_id=r["actor_id"],
        )
        for r in store.query("SELECT * FROM change WHERE seq > ? ORDER BY seq", (since,))
    ]


def created_of(store: Store, changes: list[RemoteChange]) -> dict[tuple[str, str], str]:
    out = {}
    for c in changes:
        row = store.get(c.table, c.row_id)
        if row is not None:
            out[(c.table, c.row_id)] = str(row["created_at"])
    return out


def send(source: Store, target: Store, since: int = 0) -> int:
    changes = remote_changes(source, since)
    return target.apply_remote(
        changes,
        created_of(source, changes),
        actor=ACTOR,
        received_from=source.replica_id,
        summary="test",
    ).applied


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        str(r["name"])
        for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r["name"]).startswith("sqlite_") and str(r["name"]) not in LOCAL_ONLY_TABLES
    ]
    return {t: [tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


# -- the clock --------------------------------------------------------------------------------


def test_a_stamp_past_99999_ticks_in_one_millisecond_still_sorts_after_the_earlier_ones() -> None:
    earlier = HybridLogicalClock.format(1_700_000_000_000, 99_999)
    later = HybridLogicalClock.format(1_700_000_000_000, 100_000)
    assert earlier < later
    assert HybridLogicalClock.parse(later) == (1_700_000_000_000, 100_000)


@given(
    st.tuples(st.integers(0, 10**15 - 1), st.integers(0, 10**20)),
    st.tuples(st.integers(0, 10**15 - 1), st.integers(0, 10**20)),
)
def test_stamp_text_sorts_like_time_for_any_counter(x: tuple[int, int], y: tuple[int, int]) -> None:
    sx, sy = HybridLogicalClock.format(*x), HybridLogicalClock.format(*y)
    assert (sx < sy) == (x < y)
    assert HybridLogicalClock.parse(sx) == x


def test_a_clock_frozen_in_one_millisecond_keeps_counting_in_order() -> None:
    clock = HybridLogicalClock(wall_ms=lambda: 5, last=HybridLogicalClock.format(5, 99_990))
    stamps = [clock.now() for _ in range(20)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 20


def test_two_processes_on_one_file_share_one_clock(db_path: Path, db_key: bytes) -> None:
    """Each open has its own clock object; stamps still never repeat and always grow."""
    first = open_store(db_path, key=db_key)
    second = open_store(db_path, key=db_key)
    try:
        first.clock = HybridLogicalClock(wall_ms=lambda: 1_000)
        second.clock = HybridLogicalClock(wall_ms=lambda: 1_000)
        row = first.insert("unit", {"name": "A"}, actor=ACTOR)
        for n in range(6):
            (first if n % 2 else second).update("unit", row, {"name": f"A{n}"}, actor=ACTOR)
        stamps = [str(r["hlc"]) for r in first.query("SELECT hlc FROM change ORDER BY seq")]
        assert stamps == sorted(stamps)
        assert len(set(stamps)) == len(stamps)
    finally:
        first.close()
        second.close()


# -- replica identity -------------------------------------------------------------------------


def test_the_replica_id_stays_across_opens_and_is_shared_by_two_processes(
    db_path: Path, db_key: bytes
) -> None:
    first = open_store(db_path, key=db_key)
    second = open_store(db_path, key=db_key)
    assert first.replica_id == second.replica_id
    first.close()
    second.close()
    again = open_store(db_path, key=db_key)
    assert again.replica_id == first.replica_id
    again.close()


def test_a_copied_data_folder_gets_its_own_replica_id(tmp_path: Path, db_key: bytes) -> None:
    original = tmp_path / "pc1" / "teamdesk.sqlite3"
    store = open_store(original, key=db_key)
    store.insert("unit", {"name": "A"}, actor=ACTOR)
    first_id = store.replica_id
    store.close()
    copy = tmp_path / "pc2"
    shutil.copytree(original.parent, copy)
    assert replica_path(copy / "teamdesk.sqlite3").exists()  # the record was copied too
    copied = open_store(copy / "teamdesk.sqlite3", key=db_key)
    try:
        assert copied.replica_id != first_id
        assert copied.query_one("SELECT COUNT(*) AS n FROM unit")["n"] == 1
    finally:
        copied.close()
    still = open_store(original, key=db_key)
    assert still.replica_id == first_id
    still.close()


def test_a_file_put_back_in_place_gets_a_new_replica_id(db_path: Path, db_key: bytes) -> None:
    """As after a restore: the same name, another file."""
    store = open_store(db_path, key=db_key)
    first_id = store.replica_id
    store.close()
    spare = db_path.with_name("spare.sqlite3")
    shutil.copyfile(db_path, spare)
    os.replace(spare, db_path)
    reopened = open_store(db_path, key=db_key)
    try:
        assert reopened.replica_id != first_id
    finally:
        reopened.close()


# -- applying another PC's changes ------------------------------------------------------------


def test_applying_the_same_changes_twice_changes_nothing_the_second_time(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    unit = a.insert("unit", {"name": "Solsiden"}, actor=ACTOR)
    a.insert("resident", {"name": "Ola", "unit_id": unit, "what_matters": "Hagen"}, actor=ACTOR)
    assert send(a, b) == len(remote_changes(a)) == 4
    before = dump(b)
    changes_before = b.query_one("SELECT COUNT(*) AS n FROM change")["n"]
    assert send(a, b) == 0
    assert dump(b) == before == dump(a)
    assert b.query_one("SELECT COUNT(*) AS n FROM change")["n"] == changes_before


def test_each_column_keeps_its_latest_edit_whichever_pc_made_it(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    staff = a.insert("staff", {"name": "Kari", "initials": "KA", "fte_percent": 100}, actor=ACTOR)
    send(a, b)
    mark = {s: int(s.query_one("SELECT MAX(seq) AS m FROM change")["m"]) for s in (a, b)}
    a.update("staff", staff, {"initials": "KN"}, actor=ACTOR)
    b.update("staff", staff, {"initials": "KK", "fte_percent": 80}, actor=ACTOR)  # later
    send(a, b, mark[a])
    send(b, a, mark[b])
    assert dump(a) == dump(b)
    row = a.get("staff", staff)
    assert row is not None
    assert (row["initials"], row["fte_percent"]) == ("KK", 80)
    assert not a.query("SELECT * FROM sync_conflict")


def test_equal_stamps_from_two_pcs_are_settled_by_replica_id_on_both(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    unit = a.insert("unit", {"name": "Start"}, actor=ACTOR)
    send(a, b)
    mark = {s: int(s.query_one("SELECT MAX(seq) AS m FROM change")["m"]) for s in (a, b)}
    frozen = HybridLogicalClock.format(9_000_000_000_000, 0)
    for s, name in ((a, "From A"), (b, "From B")):
        s.clock = HybridLogicalClock(wall_ms=lambda: 9_000_000_000_000)
        s.update("unit", unit, {"name": name}, actor=ACTOR)
        assert s.get("unit", unit)["updated_at"] == frozen  # type: ignore[index]
    send(a, b, mark[a])
    send(b, a, mark[b])
    winner = "From A" if a.replica_id > b.replica_id else "From B"
    assert a.get("unit", unit)["name"] == b.get("unit", unit)["name"] == winner  # type: ignore[index]


def test_a_text_edited_on_two_pcs_keeps_both_texts_and_is_marked(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen"}, actor=ACTOR)
    send(a, b)
    mark = {s: int(s.query_one("SELECT MAX(seq) AS m FROM change")["m"]) for s in (a, b)}
    a.update("resident", resident, {"what_matters": "Hagen og kaffe"}, actor=ACTOR)
    b.update("resident", resident, {"what_matters": "Hagen og musikk"}, actor=ACTOR)
    send(a, b, mark[a])
    send(b, a, mark[b])
    assert dump(a) == dump(b)
    for s in (a, b):
        texts = {
            str(r["value"])
            for r in s.query(
                "SELECT value FROM change WHERE row_id = ? AND column_name = 'what_matters'",
                (resident,),
            )
        }
        assert {"Hagen og kaffe", "Hagen og musikk"} <= texts
        marked = s.query("SELECT table_name, row_id, column_name FROM sync_conflict")
        assert [tuple(r) for r in marked] == [("resident", resident, "what_matters")]


def test_a_text_edited_after_seeing_the_other_pcs_edit_is_no_conflict(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen"}, actor=ACTOR)
    send(a, b)
    mark = int(b.query_one("SELECT MAX(seq) AS m FROM change")["m"])
    b.update("resident", resident, {"what_matters": "Hagen og musikk"}, actor=ACTOR)
    send(b, a, mark)
    assert not a.query("SELECT * FROM sync_conflict")
    assert a.get("resident", resident)["what_matters"] == "Hagen og musikk"  # type: ignore[index]


def test_changes_for_a_table_that_never_travels_are_refused_whole(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    a.insert("unit", {"name": "A"}, actor=ACTOR)
    changes = remote_changes(a)
    forged = [*changes, RemoteChange("account", "x", "role", "administrator", "9", "r", "x")]
    with pytest.raises(ValueError):
        b.apply_remote(forged, {}, actor=ACTOR, received_from="r", summary="test")
    assert not b.query("SELECT * FROM unit")


def test_a_stamp_an_older_teamdesk_wrote_past_99999_is_rewritten_in_order() -> None:
    old = "000000000000005-100000"  # what "%05d" made of 100,000: sorted before 99,999
    assert old < HybridLogicalClock.format(5, 99_999)
    assert HybridLogicalClock.normalize(old) > HybridLogicalClock.format(5, 99_999)
