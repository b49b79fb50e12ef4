"""Publishing a house to a folder and joining a new PC from it (issue 11)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_sync_store import dump

from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.context import PermissionDenied
from teamdesk.services.joining import STAGING_PREFIX, JoinRefused, join_house
from teamdesk.services.signin import FolderState, UserSession, WrongPassword, folder_state, sign_in
from teamdesk.services.sync import SyncFailed, SyncService
from teamdesk.store.connection import connect
from teamdesk.store.integrity import check_integrity
from teamdesk.store.paths import DataLocation
from teamdesk.sync.changeset import sync_key
from teamdesk.sync.snapshot import read_snapshot_header, unseal_snapshot
from teamdesk.sync.transport import SNAPSHOT_SUFFIX, remove_stale_temporaries

ADMIN = "Demo Administrator"


@pytest.fixture(scope="module")
def published_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo house published to a share (copied for each test: the demo takes seconds)."""
    root = tmp_path_factory.mktemp("published")
    staffroom = DataLocation(root / "staffroom", "test")
    create_demo_folder(staffroom)
    (root / "share").mkdir()
    session = sign_in(staffroom, ADMIN, DEMO_PASSWORD, daily_backup=False)
    try:
        SyncService(session.ctx).publish(str(root / "share"))
    finally:
        session.sign_out()
    return root


@pytest.fixture
def house(published_template: Path, tmp_path: Path) -> Iterator[Path]:
    shutil.copytree(published_template, tmp_path / "house", symlinks=True)
    yield tmp_path / "house"


def _session(location: DataLocation, who: str = ADMIN) -> UserSession:
    return sign_in(location, who, DEMO_PASSWORD, daily_backup=False)


def _staffroom(house: Path) -> DataLocation:
    # The copy of the template is a copy of its data folder: it gets a replica id of its own,
    # as the staff-room PC had when it published (its changes keep their id).
    return DataLocation(house / "staffroom", "test")


def test_a_new_pc_joins_signs_in_and_holds_what_the_house_holds(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    joined = join_house(laptop, str(house / "share"), "demo administrator", DEMO_PASSWORD)
    assert joined.folder == str((house / "share").resolve())

    # The first sign-in works, for any account of the house, and the copy is sound.
    session = _session(laptop, "Demo Leader")
    try:
        assert check_integrity(session.store).sound
        assert SyncService(session.ctx).status().folder == joined.folder
        report = SyncService(session.ctx).sync_now()
        assert report.problems == [] and report.applied_sets == 0  # the snapshot held them
        # Nothing of the staff room's is sent as made here: the laptop's first set (sent for
        # its sign-in, to anchor its own audit log) holds no change and no event.
        sent = session.store.latest_outgoing()
        assert sent is not None and report.published == 1
        assert session.store.outgoing_changes(sent) == []
        assert session.store.outgoing_audit(sent).events == ()
        laptop_rows = dump(session.store)
        laptop_replica = session.store.replica_id
    finally:
        session.sign_out()
    session = _session(_staffroom(house))
    try:
        assert dump(session.store) == laptop_rows
        assert session.store.replica_id != laptop_replica
    finally:
        session.sign_out()


def test_edits_after_joining_travel_both_ways(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    join_house(laptop, str(house / "share"), ADMIN, DEMO_PASSWORD)
    staffroom = _staffroom(house)
    for location, name in ((staffroom, "Staff room unit"), (laptop, "Laptop unit")):
        session = _session(location, "Demo Leader")
        try:
            session.store.insert("unit", {"name": name}, actor="Demo Leader")
            # (the copied staff room remembers the template's share: name this one)
            SyncService(session.ctx).sync_now(str(house / "share"))
        finally:
            session.sign_out()
    rows = []
    for location in (staffroom, laptop):
        session = _session(location, "Demo Leader")
        try:
            SyncService(session.ctx).sync_now()
            rows.append(dump(session.store))
            names = {r["name"] for r in session.store.query("SELECT name FROM unit")}
            assert {"Staff room unit", "Laptop unit"} <= names
        finally:
            session.sign_out()
    assert rows[0] == rows[1]


def test_a_snapshot_carries_neither_this_pcs_own_values_nor_its_ballot_box(
    house: Path,
) -> None:
    session = _session(_staffroom(house))
    try:
        with session.store.transaction():
            session.store.cast_ballot("a-round", '{"answers": "secret"}')
        SyncService(session.ctx).publish(str(house / "share"))
        own = session.store.meta("sync_pc_secret")
        assert own is not None
        database_key = session.store.key or b""
        replica = session.store.replica_id
    finally:
        session.sign_out()
    # The copy in the folder itself, opened with the house's key.
    (snapshot,) = (house / "share").rglob(f"{replica}/*{SNAPSHOT_SUFFIX}")
    house_id = read_snapshot_header(snapshot.read_bytes()).house
    copy = unseal_snapshot(
        snapshot.read_bytes(), key=sync_key(database_key, house_id), house_id=house_id
    )
    copied = house / "copy.sqlite3"
    copied.write_bytes(copy.database)
    conn = connect(copied, database_key, read_only=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM relation_ballot").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE 'sync%'").fetchone()[0] == 0
    finally:
        conn.close()
    laptop = DataLocation(house / "laptop", "test")
    join_house(laptop, str(house / "share"), ADMIN, DEMO_PASSWORD)
    session = _session(laptop)
    try:
        assert session.store.ballots("a-round") == []
        assert session.store.meta("sync_pc_secret") != own
    finally:
        session.sign_out()


def test_the_folder_reveals_no_names(house: Path) -> None:
    everything = b"".join(p.read_bytes() for p in (house / "share").rglob("*") if p.is_file())
    for name in (ADMIN, "Demo Leader", "Demo", "Administrator"):
        assert name.encode() not in everything


def test_only_an_empty_data_folder_joins(house: Path) -> None:
    with pytest.raises(JoinRefused, match="already holds a TeamDesk database"):
        join_house(_staffroom(house), str(house / "share"), ADMIN, DEMO_PASSWORD)


def test_a_wrong_folder_says_so_and_changes_nothing(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    empty = house / "empty"
    empty.mkdir()
    with pytest.raises(JoinRefused, match="holds no published TeamDesk house"):
        join_house(laptop, str(empty), ADMIN, DEMO_PASSWORD)
    with pytest.raises(SyncFailed, match="cannot be reached"):
        join_house(laptop, str(house / "nowhere"), ADMIN, DEMO_PASSWORD)
    with pytest.raises(SyncFailed, match="server address"):
        join_house(laptop, "postgresql://hub.kommune.no/teamdesk", ADMIN, DEMO_PASSWORD)
    assert folder_state(laptop) is FolderState.NEW


def test_a_wrong_password_or_name_says_so_and_changes_nothing(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    with pytest.raises(WrongPassword, match="password for Demo Administrator is not right"):
        join_house(laptop, str(house / "share"), ADMIN, "not the password")
    with pytest.raises(JoinRefused, match="has an account named Nobody"):
        join_house(laptop, str(house / "share"), "Nobody", DEMO_PASSWORD)
    assert folder_state(laptop) is FolderState.NEW


def test_only_an_administrator_joins_a_pc(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    with pytest.raises(JoinRefused, match="Only an administrator"):
        join_house(laptop, str(house / "share"), "Demo Leader", DEMO_PASSWORD)
    assert folder_state(laptop) is FolderState.NEW
    assert not any(laptop.directory.glob(STAGING_PREFIX + "*"))


def test_only_an_administrator_publishes(house: Path) -> None:
    session = _session(_staffroom(house), "Demo Leader")
    try:
        with pytest.raises(PermissionDenied):
            SyncService(session.ctx).publish(str(house / "share"))
    finally:
        session.sign_out()


def test_a_damaged_snapshot_is_refused_and_nothing_is_taken(house: Path) -> None:
    (snapshot,) = (house / "share").rglob("*" + SNAPSHOT_SUFFIX)
    data = bytearray(snapshot.read_bytes())
    data[-100] ^= 0x01
    snapshot.write_bytes(bytes(data))
    laptop = DataLocation(house / "laptop", "test")
    with pytest.raises(JoinRefused, match="damaged, cut short or was altered"):
        join_house(laptop, str(house / "share"), ADMIN, DEMO_PASSWORD)
    assert folder_state(laptop) is FolderState.NEW


def test_a_folder_of_another_house_is_refused_for_sync(house: Path, tmp_path: Path) -> None:
    other = DataLocation(tmp_path / "other-house", "test")
    create_demo_folder(other)
    session = _session(other)
    try:
        with pytest.raises(SyncFailed, match="holds another house's TeamDesk"):
            SyncService(session.ctx).sync_now(str(house / "share"))
        assert SyncService(session.ctx).status().folder is None
        # Publishing it there is how two houses share one folder; then each syncs its own.
        SyncService(session.ctx).publish(str(house / "share"))
        assert SyncService(session.ctx).sync_now().problems == []
    finally:
        session.sign_out()
    laptop = DataLocation(house / "laptop", "test")
    # Two houses in the folder: the name and password say which one this PC joins.
    joined = join_house(laptop, str(house / "share"), ADMIN, DEMO_PASSWORD)
    session = _session(laptop)
    try:
        from teamdesk.store.keyring import keyring_path, load_keyring

        assert load_keyring(keyring_path(laptop.database)).database_id == joined.house_id
    finally:
        session.sign_out()


def test_what_a_killed_publish_left_is_removed_and_never_read(house: Path) -> None:
    share = house / "share"
    session = _session(_staffroom(house))
    try:
        (house_dir,) = (p for p in share.iterdir() if p.is_dir())
        replica_dir = house_dir / session.store.replica_id  # only this PC writes here
        replica_dir.mkdir()
        gone = _a_finished_process()
        leftovers = [
            replica_dir / f".snapshot-0000000009-abcd{SNAPSHOT_SUFFIX}.{gone}-0a0b0c0d.tmp",
            replica_dir / f".0000000009.tdcs.{gone}-0a0b0c0d.tmp",
        ]
        for leftover in leftovers:
            leftover.write_bytes(b"half a file")
        alive = replica_dir / f".0000000010.tdcs.{os.getppid()}-0a0b0c0d.tmp"
        alive.write_bytes(b"being written by a running process")

        # A join reads no temporary file (none is a snapshot) and still works.
        join_house(DataLocation(house / "laptop", "test"), str(share), ADMIN, DEMO_PASSWORD)
        SyncService(session.ctx).publish(str(share))
    finally:
        session.sign_out()
    assert not any(p.exists() for p in leftovers)
    assert alive.exists()  # its process still runs: not touched
    assert remove_stale_temporaries(replica_dir) == []
    assert len(list(replica_dir.glob("*" + SNAPSHOT_SUFFIX))) == 1


def test_a_join_killed_half_way_is_cleaned_up_by_the_next(house: Path) -> None:
    laptop = DataLocation(house / "laptop", "test")
    laptop.directory.mkdir()
    leftover = laptop.directory / f"{STAGING_PREFIX}{_a_finished_process()}-x1"
    leftover.mkdir()
    (leftover / "teamdesk.sqlite3").write_bytes(b"half a copy")
    join_house(laptop, str(house / "share"), ADMIN, DEMO_PASSWORD)
    assert not leftover.exists()
    _session(laptop).sign_out()


def _a_finished_process() -> int:
    """The id of a process that has ended (so nothing runs under it now)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
