"""Retiring a lost PC: the house is re-keyed, the PC cannot read what is written afterwards,
its later change sets are refused, what it made before stays (issue 11)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.context import InvalidInput, PermissionDenied
from teamdesk.services.house_keys import held_keys, round_keys
from teamdesk.services.joining import join_house
from teamdesk.services.signin import UserSession, sign_in
from teamdesk.services.sync import SyncFailed, SyncService
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation
from teamdesk.sync.changeset import ChangeSetRefused, read_header, sync_key, unseal
from teamdesk.sync.engine import SyncReport, sync_round
from teamdesk.sync.snapshot import read_snapshot_header, unseal_snapshot
from teamdesk.sync.transport import FolderTransport

ADMIN = "Demo Administrator"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo data folder, made once (copied for each test: the demo takes seconds)."""
    root = tmp_path_factory.mktemp("demo")
    create_demo_folder(DataLocation(root / "staffroom", "test"))
    return root / "staffroom"


@pytest.fixture
def house(demo: Path, tmp_path: Path) -> Iterator[Path]:
    """The staff room publishes the house; a laptop and an office PC join from the share."""
    root = tmp_path / "house"
    shutil.copytree(demo, root / "staffroom")
    (root / "share").mkdir()
    staffroom = _pc(root, "staffroom")
    session = _session(staffroom)
    try:
        SyncService(session.ctx).publish(str(root / "share"))
    finally:
        session.sign_out()
    for name in ("laptop", "office"):
        join_house(_pc(root, name), str(root / "share"), ADMIN, DEMO_PASSWORD)
        _sync(_pc(root, name))  # registers the PC's key, signed by the administrator
    _sync(staffroom)
    yield root


def _pc(house: Path, name: str) -> DataLocation:
    return DataLocation(house / name, "test")


def _session(location: DataLocation, who: str = ADMIN) -> UserSession:
    return sign_in(location, who, DEMO_PASSWORD, daily_backup=False)


def _sync(location: DataLocation, who: str = ADMIN, folder: str | None = None) -> SyncReport:
    session = _session(location, who)
    try:
        return SyncService(session.ctx).sync_now(folder)
    finally:
        session.sign_out()


def _replica(location: DataLocation) -> str:
    session = _session(location)
    try:
        return session.store.replica_id
    finally:
        session.sign_out()


def _edit(location: DataLocation, text: str) -> None:
    session = _session(location, "Demo Leader")
    try:
        resident = session.store.query_one("SELECT id FROM resident ORDER BY id LIMIT 1")
        assert resident is not None
        session.store.update(
            "resident", str(resident["id"]), {"what_matters": text}, actor="Demo Leader"
        )
        SyncService(session.ctx).sync_now()
    finally:
        session.sign_out()


def _what_matters(location: DataLocation) -> str:
    session = _session(location, "Demo Leader")
    try:
        row = session.store.query_one("SELECT what_matters FROM resident ORDER BY id LIMIT 1")
        assert row is not None
        return str(row[0])
    finally:
        session.sign_out()


def _files_since(share: Path, before: set[Path]) -> list[Path]:
    return [p for p in share.rglob("*") if p.is_file() and p not in before]


def test_a_retired_pc_cannot_read_what_is_written_afterwards(house: Path) -> None:
    staffroom, laptop, office = (_pc(house, n) for n in ("staffroom", "laptop", "office"))
    _edit(laptop, "Written on the laptop before it was lost")
    _sync(staffroom)
    lost = _replica(laptop)
    # Everything the lost laptop holds that could open a file: every key in its database.
    session = _session(laptop)
    try:
        laptop_keys = held_keys(session.store, sync_key(session.store.key or b"", _house(laptop)))
    finally:
        session.sign_out()
    share = house / "share"
    before = {p for p in share.rglob("*") if p.is_file()}

    session = _session(staffroom)
    try:
        retired = SyncService(session.ctx).retire_pc(lost)
    finally:
        session.sign_out()
    assert retired.replica_id == lost and retired.last_seq >= 1
    assert retired.pcs_with_key == 1 and retired.pcs_without_key == []
    _edit(staffroom, "Written after the laptop was retired")

    # The other PC gets the new key through its own key pair, whoever is signed in there.
    assert _sync(office, "Demo Staff").problems == []
    assert _what_matters(office) == "Written after the laptop was retired"
    # What the laptop wrote before stays, in the log of every PC.
    session = _session(office)
    try:
        kept = session.store.query(
            "SELECT 1 FROM change WHERE value = 'Written on the laptop before it was lost'"
        )
        assert kept
    finally:
        session.sign_out()

    # Nothing written since opens with any key the laptop holds.
    written = _files_since(share, before)
    sealed = [p for p in written if p.suffix in {".tdcs", ".tdsn"}]
    assert len(sealed) >= 2
    for path in sealed:
        data = path.read_bytes()
        for key in laptop_keys.values():
            with pytest.raises(ChangeSetRefused):
                if path.suffix == ".tdcs":
                    unseal(data, key=key.key, house_id=_house(laptop))
                else:
                    unseal_snapshot(data, key=key.key, house_id=_house(laptop))
        header_key = (
            read_header(data).key_id
            if path.suffix == ".tdcs"
            else read_snapshot_header(data).key_id
        )
        assert header_key not in laptop_keys

    # The laptop itself is told, and syncs no more.
    with pytest.raises(SyncFailed, match="retired this PC"):
        _sync(laptop)


def test_what_a_retired_pc_publishes_afterwards_is_refused(house: Path) -> None:
    staffroom, laptop, office = (_pc(house, n) for n in ("staffroom", "laptop", "office"))
    lost = _replica(laptop)
    session = _session(staffroom)
    try:
        SyncService(session.ctx).retire_pc(lost)
    finally:
        session.sign_out()
    # Whoever holds the laptop writes with the keys it has, bypassing the program's refusal.
    session = _session(laptop, "Demo Leader")
    try:
        resident = session.store.query_one("SELECT id FROM resident ORDER BY id LIMIT 1")
        assert resident is not None
        session.store.update(
            "resident", str(resident["id"]), {"room": "Forged"}, actor="Demo Leader"
        )
        house_id = _house(laptop)
        sync_round(
            session.store,
            FolderTransport(house / "share", house_id),
            key=sync_key(session.store.key or b"", house_id),
            house_id=house_id,
            actor="Demo Leader",
            pc_name="laptop",
        )
    finally:
        session.sign_out()
    report = _sync(office)
    assert any("was retired from the house" in m.render() for m in report.problems)
    session = _session(office)
    try:
        assert session.store.query("SELECT 1 FROM resident WHERE room = 'Forged'") == []
    finally:
        session.sign_out()


def test_a_pc_joining_after_the_retirement_reads_everything(house: Path) -> None:
    staffroom, laptop = _pc(house, "staffroom"), _pc(house, "laptop")
    _edit(laptop, "Before")
    _sync(staffroom)
    session = _session(staffroom)
    try:
        SyncService(session.ctx).retire_pc(_replica(laptop))
    finally:
        session.sign_out()
    _edit(staffroom, "After")
    newcomer = _pc(house, "newcomer")
    join_house(newcomer, str(house / "share"), ADMIN, DEMO_PASSWORD)
    assert _sync(newcomer).problems == []
    assert _what_matters(newcomer) == "After"
    session = _session(newcomer)
    try:
        keys = round_keys(session.store, sync_key(session.store.key or b"", _house(newcomer)))
        assert keys.sealing != "0" and _replica(laptop) in keys.retired
    finally:
        session.sign_out()


def test_two_administrators_re_keying_offline_end_with_one_key(house: Path) -> None:
    staffroom, laptop, office = (_pc(house, n) for n in ("staffroom", "laptop", "office"))
    lost = _replica(laptop)
    # Both retire the lost laptop, each before seeing the other's new key.
    for location in (staffroom, office):
        session = _session(location)
        try:
            SyncService(session.ctx).retire_pc(lost)
        finally:
            session.sign_out()
    chosen = []
    for location in (staffroom, office, staffroom):
        _sync(location, "Demo Staff")
        session = _session(location)
        try:
            keys = round_keys(session.store, sync_key(session.store.key or b"", _house(location)))
            chosen.append((keys.sealing, sorted(keys.keys), dict(keys.retired)))
        finally:
            session.sign_out()
    assert chosen[1] == chosen[2]
    assert len(chosen[2][1]) == 3  # the base key and both new ones, each still readable
    _edit(office, "Sealed with the one key both chose")
    _sync(staffroom)
    assert _what_matters(staffroom) == "Sealed with the one key both chose"


def test_a_retired_pc_takes_no_new_key_even_with_an_administrator_signed_in(
    house: Path,
) -> None:
    staffroom, laptop = _pc(house, "staffroom"), _pc(house, "laptop")
    session = _session(staffroom)
    try:
        SyncService(session.ctx).retire_pc(_replica(laptop))
    finally:
        session.sign_out()
    with pytest.raises(SyncFailed, match="retired this PC"):
        _sync(laptop, ADMIN)
    session = _session(laptop)
    try:
        keys = held_keys(session.store, sync_key(session.store.key or b"", _house(laptop)))
        assert list(keys) == ["0"]
    finally:
        session.sign_out()


def test_retiring_needs_an_administrator_and_a_pc_that_is_known(house: Path) -> None:
    session = _session(_pc(house, "staffroom"), "Demo Leader")
    try:
        with pytest.raises(PermissionDenied):
            SyncService(session.ctx).retire_pc("laptop")
    finally:
        session.sign_out()
    session = _session(_pc(house, "staffroom"))
    try:
        service = SyncService(session.ctx)
        with pytest.raises(InvalidInput, match="No PC named Nowhere"):
            service.retire_pc("Nowhere")
        with pytest.raises(InvalidInput, match="Several PCs are named"):
            service.retire_pc(service.pcs()[0].name)  # every test PC has this machine's name
        with pytest.raises(InvalidInput, match="the PC you are working on"):
            service.retire_pc(session.store.replica_id)
    finally:
        session.sign_out()


def _house(location: DataLocation) -> str:
    return load_keyring(keyring_path(location.database)).database_id


def test_a_pc_not_given_the_new_key_waits_until_an_administrator_syncs_there(
    demo: Path, tmp_path: Path
) -> None:
    root = tmp_path / "late"
    shutil.copytree(demo, root / "staffroom")
    (root / "share").mkdir()
    staffroom, laptop, office = (_pc(root, n) for n in ("staffroom", "laptop", "office"))
    session = _session(staffroom)
    try:
        SyncService(session.ctx).publish(str(root / "share"))
    finally:
        session.sign_out()
    join_house(office, str(root / "share"), ADMIN, DEMO_PASSWORD)
    _sync(office)
    join_house(laptop, str(root / "share"), ADMIN, DEMO_PASSWORD)  # its key is not out yet
    session = _session(staffroom)
    try:
        report = SyncService(session.ctx).retire_pc(_replica(office))
    finally:
        session.sign_out()
    assert report.pcs_with_key == 0
    _edit(staffroom, "Sealed with the new key")

    waiting = _sync(laptop, "Demo Staff")
    assert any("has not been given yet" in m.render() for m in waiting.problems)
    assert _what_matters(laptop) != "Sealed with the new key"
    assert _sync(laptop, ADMIN).problems == []
    assert _what_matters(laptop) == "Sealed with the new key"


def test_a_house_key_not_signed_by_an_administrator_is_ignored(house: Path) -> None:
    from teamdesk.store.trust import AccountKeys, new_secret
    from teamdesk.sync.housekeys import KEY_SUFFIX, new_key_document, recipient_for_pc

    staffroom, laptop = _pc(house, "staffroom"), _pc(house, "laptop")
    house_id = _house(staffroom)
    # Someone with write access to the folder (and a leader's account id) makes a key of their
    # own for everyone, retiring the staff room.
    session = _session(staffroom, "Demo Leader")
    try:
        leader_id = session.account.id
        staffroom_id = session.store.replica_id
    finally:
        session.sign_out()
    forged, _ = new_key_document(
        house=house_id,
        epoch=7,
        made_by="someone",
        retired={staffroom_id: 0},
        recipients={recipient_for_pc(_replica(laptop)): AccountKeys(new_secret()).box_public},
        signer=leader_id,
        signer_keys=AccountKeys(new_secret()),
    )
    (house / "share" / house_id / "someone").mkdir()
    (house / "share" / house_id / "someone" / f"key-{forged.key_id}{KEY_SUFFIX}").write_bytes(
        forged.to_bytes()
    )
    report = _sync(staffroom)
    assert any("not signed by an administrator" in m.render() for m in report.problems)
    _edit(staffroom, "Still sealed with the house's own key")
    assert all("not signed by an administrator" in m.render() for m in _sync(laptop).problems)
    assert _what_matters(laptop) == "Still sealed with the house's own key"
