"""Opening never trusts a file blindly: a WAL that does not belong to the database is never
replayed, a damaged file is never written to, and a file that is not a TeamDesk database is
never replaced; each refusal leaves the database, its WAL and its shared-memory file as they
were, byte for byte (issue 9, rows 1-3)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from teamdesk.services.signin import set_up_first_administrator, sign_in
from teamdesk.store import guard
from teamdesk.store.connection import PAGE_SIZE
from teamdesk.store.errors import (
    DatabaseCorruptError,
    NotATeamDeskDatabaseError,
    StaleWalError,
)
from teamdesk.store.keyring import new_database_key
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import open_store

PASSWORD = "correct horse"

# A writer that commits and then dies without closing anything, like a power cut or kill -9.
_CRASHING_WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from teamdesk.store.store import open_store
    store = open_store(Path(sys.argv[1]), key=bytes.fromhex(sys.argv[2]), create=False)
    for i in range(int(sys.argv[4])):
        store.insert("unit", {"name": f"{sys.argv[3]} {i} " + "x" * 300}, actor="crash")
    os._exit(0)
    """
)


def _crash_after_writing(database: Path, key: bytes, name: str, count: int = 3) -> None:
    subprocess.run(
        [sys.executable, "-c", _CRASHING_WRITER, str(database), key.hex(), name, str(count)],
        check=True,
    )


def _trio(database: Path) -> dict[str, str | None]:
    """The database, its WAL and its shared-memory file, each by hash (None when absent)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
        for p in (database, guard.wal_path(database), guard.shm_path(database))
    }


def _units(database: Path, key: bytes) -> set[str]:
    store = open_store(database, key=key, create=False)
    try:
        return {r["name"].split(" ")[0] for r in store.query("SELECT name FROM unit")}
    finally:
        store.close()


def test_a_stale_wal_put_back_is_never_replayed(db_path: Path, db_key: bytes) -> None:
    store = open_store(db_path, key=db_key)
    store.insert("unit", {"name": "Before"}, actor="a")
    store.close()
    _crash_after_writing(db_path, db_key, "Crashed")
    wal = guard.wal_path(db_path)
    assert guard.read_wal_header(wal) is not None
    old_wal = wal.read_bytes()

    # The next run finds the crashed run's WAL (it belongs), writes more and closes cleanly.
    store = open_store(db_path, key=db_key, create=False)
    for i in range(40):
        store.insert("unit", {"name": f"Later {i} " + "y" * 500}, actor="a")
    store.close()
    assert not wal.exists()

    # Someone puts the old WAL back (an older copy of the folder, a backup tool).
    wal.write_bytes(old_wal)
    before = _trio(db_path)
    with pytest.raises(StaleWalError) as caught:
        open_store(db_path, key=db_key, create=False)
    assert "did not apply it and changed nothing" in str(caught.value)
    assert _trio(db_path) == before

    # Moving it out of the folder, as the sentence says, opens everything written since.
    wal.rename(db_path.parent / "kept-for-it")
    assert _units(db_path, db_key) == {"Before", "Crashed", "Later"}


def test_signing_in_with_a_stale_wal_beside_the_database_is_refused(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    set_up_first_administrator(location, "Anne Admin", PASSWORD).sign_out()
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    key = session.store.key
    assert key is not None
    session.sign_out()
    _crash_after_writing(location.database, key, "Crashed")
    old_wal = guard.wal_path(location.database).read_bytes()
    sign_in(location, "Anne Admin", PASSWORD, daily_backup=False).sign_out()
    guard.wal_path(location.database).write_bytes(old_wal)
    before = _trio(location.database)
    with pytest.raises(StaleWalError):
        sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    assert _trio(location.database) == before


def test_the_wal_of_a_run_that_crashed_is_kept(db_path: Path, db_key: bytes) -> None:
    """A crash leaves a WAL that belongs: every commit in it is there at the next start, also
    when SQLite started the WAL anew many times before the crash."""
    open_store(db_path, key=db_key).close()
    _crash_after_writing(db_path, db_key, "Crashed", count=2500)
    assert (
        guard.judge_wal(guard.read_wal_header(guard.wal_path(db_path)), guard.load_guard(db_path))
        is guard.WalVerdict.OURS
    )
    store = open_store(db_path, key=db_key, create=False)
    try:
        assert store.query_one("SELECT COUNT(*) FROM unit WHERE name LIKE 'Crashed %'")[0] == 2500
    finally:
        store.close()


def test_a_wal_without_a_guard_is_checked_on_a_copy_before_it_is_replayed(
    db_path: Path, db_key: bytes
) -> None:
    open_store(db_path, key=db_key).close()
    _crash_after_writing(db_path, db_key, "Crashed")
    guard.guard_path(db_path).unlink()
    assert _units(db_path, db_key) == {"Crashed"}


def test_a_damaged_database_beside_a_crashed_runs_wal_is_refused_untouched(
    db_path: Path, db_key: bytes
) -> None:
    store = open_store(db_path, key=db_key)
    for i in range(30):
        store.insert("unit", {"name": f"Unit {i} " + "z" * 900}, actor="a")
    store.close()
    _crash_after_writing(db_path, db_key, "Crashed", count=3)
    data = bytearray(db_path.read_bytes())
    data[3 * PAGE_SIZE + 700] ^= 0x40
    db_path.write_bytes(bytes(data))
    before = _trio(db_path)
    with pytest.raises(DatabaseCorruptError) as caught:
        open_store(db_path, key=db_key, create=False)
    assert "TeamDesk did not change it" in str(caught.value)
    assert _trio(db_path) == before


def test_the_successor_of_the_recorded_wal_belongs() -> None:
    recorded = guard.WalHeader(checkpoint=4, salt1=0xFFFFFFFF, salt2=7)
    after_reset = guard.WalHeader(checkpoint=5, salt1=0, salt2=991)
    older = guard.WalHeader(checkpoint=3, salt1=0xFFFFFFFE, salt2=5)
    live = guard.Guard(closed=False, wal=recorded)
    assert guard.judge_wal(recorded, live) is guard.WalVerdict.OURS
    assert guard.judge_wal(after_reset, live) is guard.WalVerdict.OURS
    assert guard.judge_wal(older, live) is guard.WalVerdict.STALE
    assert guard.judge_wal(recorded, guard.Guard(closed=True)) is guard.WalVerdict.STALE
    assert guard.judge_wal(older, None) is guard.WalVerdict.UNKNOWN
    assert guard.judge_wal(None, guard.Guard(closed=True)) is guard.WalVerdict.NONE


@pytest.mark.parametrize("page", [2, 5, 9, -1])
def test_a_flipped_byte_is_found_before_sign_in_writes_anything(tmp_path: Path, page: int) -> None:
    location = DataLocation(tmp_path / "data", "test")
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    for i in range(30):
        session.store.insert("unit", {"name": f"Unit {i} " + "z" * 900}, actor="Anne Admin")
    session.sign_out()
    data = bytearray(location.database.read_bytes())
    pages = len(data) // PAGE_SIZE
    index = (page if page >= 0 else pages - 1) * PAGE_SIZE + 1500
    data[index] ^= 0x01
    location.database.write_bytes(bytes(data))
    before = _trio(location.database)
    with pytest.raises(DatabaseCorruptError):
        sign_in(location, "Anne Admin", PASSWORD)
    assert _trio(location.database) == before


def test_a_sound_file_is_not_checked_again_while_it_is_unchanged(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(db_path, key=db_key).close()
    recorded = guard.load_guard(db_path)
    assert recorded is not None and recorded.closed
    assert recorded.verified == guard.FileStamp.of(db_path)
    from teamdesk.store import store as store_module

    checked: list[Path] = []
    real = store_module._check_file

    def counting(path: Path, key: bytes, **kwargs: object) -> None:
        checked.append(path)
        real(path, key, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "_check_file", counting)
    open_store(db_path, key=db_key, create=False).close()
    assert checked == []
    os.utime(db_path, ns=(1, 1))  # any change of the file, even of its times alone
    open_store(db_path, key=db_key, create=False).close()
    assert checked == [db_path]


@pytest.mark.parametrize(
    "content",
    [b"x", b"\x00" * 100, os.urandom(PAGE_SIZE - 1), os.urandom(PAGE_SIZE)],
    ids=["one-byte", "hundred-zero-bytes", "almost-a-page", "a-page-of-noise"],
)
def test_a_file_that_is_not_a_sound_database_is_never_replaced(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "teamdesk.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotATeamDeskDatabaseError):
        open_store(path, key=new_database_key())
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teamdesk.sqlite3"]


def test_a_one_byte_database_in_a_data_folder_is_refused_at_sign_in(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data", "test")
    set_up_first_administrator(location, "Anne Admin", PASSWORD).sign_out()
    shutil.rmtree(location.backups, ignore_errors=True)
    location.database.write_bytes(b"x")
    with pytest.raises(NotATeamDeskDatabaseError):
        sign_in(location, "Anne Admin", PASSWORD)
    assert location.database.read_bytes() == b"x"


def test_a_crashed_runs_wal_with_a_damaged_header_is_kept_and_the_person_is_told(
    tmp_path: Path,
) -> None:
    """SQLite skips a WAL whose header it cannot read, without a word: the commits in it are
    not in the database. Opening says so, keeps a copy of the WAL, and records it."""
    location = DataLocation(tmp_path / "data", "test")
    set_up_first_administrator(location, "Anne Admin", PASSWORD).sign_out()
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    key = session.store.key
    assert key is not None
    session.sign_out()
    _crash_after_writing(location.database, key, "Crashed")
    wal = guard.wal_path(location.database)
    damaged = bytearray(wal.read_bytes())
    damaged[16] ^= 0xFF  # salt 1: the header's checksum no longer matches
    wal.write_bytes(bytes(damaged))

    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        told = [m.render() for m in session.trust_warnings]
        kept = list(location.directory.glob(f"{wal.name}.unreadable-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
        assert any(wal.name in t and kept[0].name in t and "may be missing" in t for t in told)
        logged = session.store.query_one(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'opening_notice'"
        )
        assert logged is not None and logged[0] == 1
    finally:
        session.sign_out()
    # Said once: the next sign-in finds a closed, sound folder.
    again = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        assert again.trust_warnings == ()
    finally:
        again.sign_out()
