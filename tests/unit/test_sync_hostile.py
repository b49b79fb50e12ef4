"""Bad change sets and a hostile folder (issue 11): each refused or held with a sentence,
nothing applied, nothing lost; large sets applied in short steps; a clock far ahead held until
it catches up or a person decides; the folder vanishing, a full disk, PCs syncing at once."""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_disks_and_interruptions import _fill, small_disk
from tests.unit.test_sync import ACTOR, HOUSE, PC
from tests.unit.test_sync_store import dump

from teamdesk.store import schema
from teamdesk.store.ids import HybridLogicalClock
from teamdesk.store.keyring import new_database_key
from teamdesk.store.store import Store
from teamdesk.sync import engine
from teamdesk.sync.changeset import seal, sync_key, unseal
from teamdesk.sync.engine import APPLY_STEP, MAX_AHEAD_MS
from teamdesk.sync.transport import Candidate, FolderTransport, TransportError


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def pcs(tmp_path: Path, db_key: bytes, shared: Path) -> Iterator[list[PC]]:
    made = [
        PC(tmp_path / name / "teamdesk.sqlite3", db_key, shared, name)
        for name in ("staffroom", "laptop", "office")
    ]
    yield made
    for pc in made:
        pc.store.close()


def _files(shared: Path, pc: PC) -> list[Path]:
    return sorted((shared / HOUSE / pc.store.replica_id).glob("*.tdcs"))


def _remote_rows(store: Store) -> int:
    return len(store.query("SELECT 1 FROM change WHERE received_from IS NOT NULL"))


# -- large sets in short steps ----------------------------------------------------------------


def test_a_large_set_is_applied_in_steps_of_whole_rows(pcs: list[PC]) -> None:
    staffroom, laptop, _ = pcs
    unit = staffroom.store.insert("unit", {"name": "U"}, actor=ACTOR)
    for n in range(APPLY_STEP):  # each resident is several entries: steps must not split one
        staffroom.store.insert("resident", {"name": f"R{n}", "unit_id": unit}, actor=ACTOR)
    staffroom.sync()
    steps: list[int] = []
    original = laptop.store.apply_remote

    def counted(changes, *args, **kwargs):  # type: ignore[no-untyped-def]
        steps.append(len(changes))
        rows = {(c.table, c.row_id) for c in changes}
        for table, row_id in rows:  # every entry of a row is in the same step
            made = staffroom.store.query(
                "SELECT COUNT(*) AS n FROM change WHERE table_name = ? AND row_id = ?",
                (table, row_id),
            )
            assert sum(1 for c in changes if (c.table, c.row_id) == (table, row_id)) == int(
                made[0]["n"]
            )
        return original(changes, *args, **kwargs)

    laptop.store.apply_remote = counted  # type: ignore[method-assign]
    report = laptop.sync()
    assert report.applied_sets == 1 and report.problems == []
    assert len(steps) > 1 and max(steps) <= APPLY_STEP
    assert dump(laptop.store) == dump(staffroom.store)


def test_a_set_interrupted_between_steps_is_finished_by_the_next_round(pcs: list[PC]) -> None:
    staffroom, laptop, _ = pcs
    unit = staffroom.store.insert("unit", {"name": "U"}, actor=ACTOR)
    for n in range(APPLY_STEP):
        staffroom.store.insert("resident", {"name": f"R{n}", "unit_id": unit}, actor=ACTOR)
    staffroom.sync()
    original = laptop.store.apply_remote
    calls = {"n": 0}

    def dies_on_the_third(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # stands in for the process ending here
        return original(*args, **kwargs)

    laptop.store.apply_remote = dies_on_the_third  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        laptop.sync()
    laptop.store.apply_remote = original  # type: ignore[method-assign]
    assert laptop.store.peer_watermarks() == {}  # not recorded as applied
    partly = _remote_rows(laptop.store)
    assert 0 < partly < len(staffroom.store.query("SELECT 1 FROM change"))
    report = laptop.sync()
    assert report.applied_sets == 1 and report.problems == []
    assert report.applied_changes == len(staffroom.store.query("SELECT 1 FROM change")) - partly
    assert dump(laptop.store) == dump(staffroom.store)


def test_a_large_set_with_an_unknown_column_is_refused_before_any_step(
    pcs: list[PC], shared: Path
) -> None:
    staffroom, laptop, _ = pcs
    unit = staffroom.store.insert("unit", {"name": "U"}, actor=ACTOR)
    for n in range(APPLY_STEP):
        staffroom.store.insert("resident", {"name": f"R{n}", "unit_id": unit}, actor=ACTOR)
    staffroom.sync()
    (path,) = _files(shared, staffroom)
    changeset = unseal(path.read_bytes(), key=staffroom.key, house_id=HOUSE)
    last = changeset.changes[-1]
    bad = type(last)(**{**last.__dict__, "column": "favourite_colour"})
    tampered = type(changeset)(**{**changeset.__dict__, "changes": (*changeset.changes, bad)})
    path.write_bytes(seal(tampered, key=staffroom.key, house_id=HOUSE))
    report = laptop.sync()
    assert report.applied_sets == 0
    assert "could not be applied here" in str(report.problems[0])
    assert _remote_rows(laptop.store) == 0 and path.exists()


# -- bad change sets: refused or held, nothing applied, nothing lost ----------------------------


def test_a_change_set_of_another_house_in_the_folder_is_refused_and_kept(
    pcs: list[PC], shared: Path
) -> None:
    staffroom, laptop, _ = pcs
    staffroom.store.insert("unit", {"name": "A"}, actor=ACTOR)
    staffroom.sync()
    (path,) = _files(shared, staffroom)
    stranger = unseal(path.read_bytes(), key=staffroom.key, house_id=HOUSE)
    other = path.with_name("0000000001-OTHER.tdcs")
    other.write_bytes(seal(stranger, key=sync_key(new_database_key(), "house-2"), house_id="h2"))
    path.unlink()
    report = laptop.sync()
    assert report.applied_sets == 0 and _remote_rows(laptop.store) == 0
    assert "belongs to another house" in str(report.problems[0])
    assert other.exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_damaged_only_copy_is_refused_kept_and_applied_once_whole(
    pcs: list[PC], shared: Path, damage: str
) -> None:
    """A file a sync client is still downloading (cut short) or a disk damaged: refused with a
    sentence, the file left alone; once the whole file is there it is applied."""
    staffroom, laptop, _ = pcs
    staffroom.store.insert("unit", {"name": "A"}, actor=ACTOR)
    staffroom.sync()
    (path,) = _files(shared, staffroom)
    whole = path.read_bytes()
    broken = {
        "flip": whole[:-20] + bytes([whole[-20] ^ 0x04]) + whole[-19:],
        "truncate": whole[: len(whole) // 2],
        "empty": b"",
    }[damage]
    path.write_bytes(broken)
    report = laptop.sync()
    assert report.applied_sets == 0 and _remote_rows(laptop.store) == 0
    assert any("cut short" in str(p) or "damaged" in str(p) for p in report.problems)
    assert path.read_bytes() == broken  # never written to by the reader
    path.write_bytes(whole)
    assert laptop.sync().applied_sets == 1
    assert dump(laptop.store) == dump(staffroom.store)


def test_a_set_of_a_newer_teamdesk_is_kept_until_this_one_is_updated(
    pcs: list[PC], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staffroom, laptop, _ = pcs
    newest = schema.latest_version()
    monkeypatch.setattr(schema, "latest_version", lambda: newest + 1)
    staffroom.store.insert("unit", {"name": "From a newer TeamDesk"}, actor=ACTOR)
    staffroom.sync()
    monkeypatch.setattr(schema, "latest_version", lambda: newest)
    report = laptop.sync()
    assert report.applied_sets == 0 and _remote_rows(laptop.store) == 0
    assert "made by a newer TeamDesk" in str(report.problems[0])
    held = laptop.store.query_one("SELECT reason FROM sync_held")
    assert held is not None and held["reason"] == "newer_schema"
    assert len(_files(shared, staffroom)) == 1
    monkeypatch.setattr(schema, "latest_version", lambda: newest + 1)  # "updated"
    assert laptop.sync().applied_sets == 1
    assert laptop.store.query("SELECT 1 FROM sync_held") == []


def _future(pc: PC, ahead_ms: int) -> None:
    wall = pc.store.clock.wall_ms()
    pc.store.clock = HybridLogicalClock(wall_ms=lambda: wall + ahead_ms)


def test_a_set_held_for_a_clock_ahead_applies_once_this_clock_catches_up(pcs: list[PC]) -> None:
    staffroom, laptop, _ = pcs
    _future(staffroom, MAX_AHEAD_MS + 3_600_000)
    staffroom.store.insert("unit", {"name": "Ahead"}, actor=ACTOR)
    staffroom.sync()
    assert laptop.sync().applied_sets == 0
    assert laptop.sync().applied_sets == 0  # still held, still said
    _future(laptop, 3_600_000)  # an hour later, the stamps are within the margin
    report = laptop.sync()
    assert report.applied_sets == 1 and report.problems == []
    assert laptop.store.query("SELECT 1 FROM sync_held") == []


def test_a_person_may_apply_a_set_held_for_its_clock_anyway(pcs: list[PC]) -> None:
    staffroom, laptop, _ = pcs
    _future(staffroom, MAX_AHEAD_MS + 3_600_000)
    staffroom.store.insert("unit", {"name": "Ahead"}, actor=ACTOR)
    staffroom.sync()
    laptop.sync()
    assert laptop.store.accept_held(staffroom.store.replica_id, "clock_ahead") == 1
    laptop.sync()  # the decision survives a round that would hold it again
    assert laptop.store.query_one("SELECT name FROM unit")["name"] == "Ahead"  # type: ignore[index]
    assert laptop.store.query("SELECT 1 FROM sync_held") == []


def test_sets_from_several_pcs_ahead_say_this_pcs_clock_is_behind(pcs: list[PC]) -> None:
    staffroom, laptop, office = pcs
    for pc in (staffroom, office):
        _future(pc, MAX_AHEAD_MS + 86_400_000)
        pc.store.insert("unit", {"name": pc.name}, actor=ACTOR)
        pc.sync()
    report = laptop.sync()
    assert report.applied_sets == 0
    assert "this PC's clock is probably behind" in str(report.problems[0])
    assert sum("clock of the PC" in str(p) for p in report.problems) == 2


# -- the folder: vanishing, full, shared by PCs syncing at once -------------------------------


class VanishingFolder(FolderTransport):
    """The share drops out after this PC's set is written, before the others' are read."""

    def candidates(self, exclude: str, after: dict[str, int]) -> Iterator[Candidate]:
        shutil.rmtree(self.folder)
        return super().candidates(exclude, after)


def test_a_folder_vanishing_mid_sync_loses_nothing(pcs: list[PC], shared: Path) -> None:
    staffroom, laptop, _ = pcs
    staffroom.store.insert("unit", {"name": "A"}, actor=ACTOR)
    staffroom.transport = VanishingFolder(shared, HOUSE)
    with pytest.raises(TransportError, match="cannot be reached"):
        staffroom.sync()
    shared.mkdir()
    staffroom.transport = FolderTransport(shared, HOUSE)
    assert staffroom.sync().published == 1  # the set whose file vanished is written again
    assert laptop.sync().applied_sets == 1
    assert dump(laptop.store) == dump(staffroom.store)


def test_a_full_disk_is_a_sentence_and_the_next_sync_completes(
    pcs: list[PC], tmp_path: Path
) -> None:
    staffroom, laptop, _ = pcs
    with small_disk(tmp_path / "usb", "1m") as usb:
        staffroom.transport = FolderTransport(usb, HOUSE)
        laptop.transport = FolderTransport(usb, HOUSE)
        staffroom.store.insert("unit", {"name": "A" * 2000}, actor=ACTOR)
        filler = _fill(usb)
        with pytest.raises(TransportError, match="could not write"):
            staffroom.sync()
        assert not [p for p in usb.rglob("*") if p.is_file() and p != filler]  # nothing torn
        filler.unlink()
        assert staffroom.sync().published == 1
        assert laptop.sync().applied_sets == 1
    assert dump(laptop.store) == dump(staffroom.store)


def test_three_pcs_syncing_at_the_same_moment_end_identical(pcs: list[PC]) -> None:
    unit = pcs[0].store.insert("unit", {"name": "U"}, actor=ACTOR)
    pcs[0].sync()
    for pc in pcs[1:]:
        pc.sync()
    for round_ in range(4):
        for pc in pcs:
            pc.store.insert("team", {"name": f"{pc.name} {round_}", "unit_id": unit}, actor=ACTOR)
            pc.store.update("unit", unit, {"name": f"{pc.name} {round_}"}, actor=ACTOR)
        start = threading.Barrier(len(pcs))
        failures: list[BaseException] = []

        def run(pc: PC, start: threading.Barrier, failures: list[BaseException]) -> None:
            try:
                start.wait()
                pc.sync()
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=run, args=(pc, start, failures)) for pc in pcs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
    for _ in range(2):
        for pc in pcs:
            assert pc.sync().problems == []
    assert dump(pcs[0].store) == dump(pcs[1].store) == dump(pcs[2].store)


def test_the_record_of_what_is_applied_never_goes_back(pcs: list[PC]) -> None:
    """Two TeamDesk processes on one file may both apply a set; the slower one's older
    watermark must not undo the faster one's."""
    laptop = pcs[1].store
    laptop.advance_peer("r-other", 5, "Office")
    laptop.advance_peer("r-other", 3, "Office")
    assert laptop.peer_watermarks() == {"r-other": 5}


def test_a_set_another_process_applied_meanwhile_is_not_applied_again(
    pcs: list[PC], db_key: bytes
) -> None:
    from teamdesk.store.store import open_store

    staffroom, laptop, _ = pcs
    staffroom.store.insert("unit", {"name": "A"}, actor=ACTOR)
    staffroom.sync()
    second = open_store(laptop.store.path, key=db_key, create=False)
    try:
        original = engine._apply

        def other_process_first(store, changeset, *, actor):  # type: ignore[no-untyped-def]
            with contextlib.suppress(Exception):
                original(second, changeset, actor=actor)  # the other process wins the race
            return original(store, changeset, actor=actor)

        engine._apply = other_process_first  # type: ignore[assignment]
        try:
            laptop.sync()
        finally:
            engine._apply = original
        audits = laptop.store.query(
            "SELECT 1 FROM audit_event WHERE summary LIKE 'applied % from another PC%'"
        )
        assert len(audits) == 1
    finally:
        second.close()
