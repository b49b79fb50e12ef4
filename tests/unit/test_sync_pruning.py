"""Old change sets leave the folder once every PC has them and a snapshot holds them, so the
folder does not grow with the house's history (issue 11)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.unit.test_sync_store import dump

from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.joining import join_house
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.services.sync import SyncService
from teamdesk.store.paths import DataLocation
from teamdesk.sync.engine import SyncReport
from teamdesk.sync.transport import SNAPSHOT_SUFFIX

ADMIN = "Demo Administrator"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    create_demo_folder(DataLocation(root / "staffroom", "test"))
    return root / "staffroom"


@pytest.fixture
def house(demo: Path, tmp_path: Path) -> Iterator[Path]:
    """The staff room publishes; a laptop and an office PC join and sync once."""
    root = tmp_path / "house"
    shutil.copytree(demo, root / "staffroom")
    (root / "share").mkdir()
    session = _session(_pc(root, "staffroom"))
    try:
        SyncService(session.ctx).publish(str(root / "share"))
    finally:
        session.sign_out()
    for name in ("laptop", "office"):
        join_house(_pc(root, name), str(root / "share"), ADMIN, DEMO_PASSWORD)
        _sync(_pc(root, name))
    yield root


def _pc(house: Path, name: str) -> DataLocation:
    return DataLocation(house / name, "test")


def _session(location: DataLocation, who: str = ADMIN) -> UserSession:
    return sign_in(location, who, DEMO_PASSWORD, daily_backup=False)


def _sync(location: DataLocation) -> SyncReport:
    session = _session(location)
    try:
        return SyncService(session.ctx).sync_now()
    finally:
        session.sign_out()


def _publish(location: DataLocation, share: Path) -> None:
    session = _session(location)
    try:
        SyncService(session.ctx).publish(str(share))
    finally:
        session.sign_out()


def _edits(location: DataLocation, count: int) -> None:
    """``count`` rounds, each sending one new change set."""
    session = _session(location)
    try:
        for n in range(count):
            session.store.insert("unit", {"name": f"{location.directory.name} {n}"}, actor="x")
            SyncService(session.ctx).sync_now()
    finally:
        session.sign_out()


def _replica(location: DataLocation) -> str:
    session = _session(location)
    try:
        return session.store.replica_id
    finally:
        session.sign_out()


def _sets(house: Path, location: DataLocation) -> list[int]:
    replica = _replica(location)
    (folder,) = [p / replica for p in (house / "share").iterdir() if (p / replica).is_dir()]
    return sorted(int(p.name[:10]) for p in folder.glob("*.tdcs"))


def _everyone_syncs(house: Path, *names: str) -> None:
    for name in names:
        _sync(_pc(house, name))


def test_sets_every_pc_has_and_a_snapshot_holds_leave_the_folder(house: Path) -> None:
    staffroom, laptop = _pc(house, "staffroom"), _pc(house, "laptop")
    _edits(staffroom, 3)
    _everyone_syncs(house, "laptop", "office")
    # Set 1 is gone already: both PCs joined from the snapshot taken after it.
    assert _sets(house, staffroom) == [2, 3, 4]
    _publish(staffroom, house / "share")  # a snapshot that holds all four
    _everyone_syncs(house, "staffroom")
    assert _sets(house, staffroom) == [4]  # the newest always stays

    # Nothing is missed: later sets travel, and a PC joining now holds what the others hold.
    _edits(staffroom, 1)
    assert _sync(laptop).problems == []
    newcomer = _pc(house, "newcomer")
    join_house(newcomer, str(house / "share"), ADMIN, DEMO_PASSWORD)
    assert _sync(newcomer).problems == []
    _everyone_syncs(house, "laptop", "newcomer")
    dumps = []
    for location in (staffroom, laptop, newcomer):
        session = _session(location)
        try:
            dumps.append(dump(session.store))
        finally:
            session.sign_out()
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_pc_that_is_behind_keeps_the_sets_it_lacks(house: Path) -> None:
    staffroom = _pc(house, "staffroom")
    _edits(staffroom, 3)
    _everyone_syncs(house, "laptop")  # the office stays offline
    _publish(staffroom, house / "share")
    _everyone_syncs(house, "staffroom")
    assert _sets(house, staffroom) == [2, 3, 4]  # the office has set 1 only
    _everyone_syncs(house, "office", "staffroom")
    assert _sets(house, staffroom) == [4]


def test_a_retired_pc_is_not_waited_for(house: Path) -> None:
    staffroom = _pc(house, "staffroom")
    _edits(staffroom, 3)
    _everyone_syncs(house, "laptop")
    session = _session(staffroom)
    try:
        SyncService(session.ctx).retire_pc(_replica(_pc(house, "office")))  # publishes a snapshot
        SyncService(session.ctx).sync_now()
    finally:
        session.sign_out()
    assert _sets(house, staffroom) == [4]


def test_a_pc_keeps_its_two_newest_snapshots(house: Path) -> None:
    staffroom = _pc(house, "staffroom")
    for _ in range(3):
        _publish(staffroom, house / "share")
    replica = _replica(staffroom)
    snapshots = [p for p in (house / "share").rglob("*" + SNAPSHOT_SUFFIX)]
    assert len([p for p in snapshots if p.parent.name == replica]) == 2
