"""Issue 9, row 13: a PIN re-opens the same person's session in the same run, and nothing
derived from it is ever written (a 4-digit PIN's hash in a file is cracked in minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from teamdesk.services.accounts import AccountFieldRefused
from teamdesk.services.signin import (
    PasswordRequired,
    UserSession,
    WrongPassword,
    set_up_first_administrator,
    sign_in,
)
from teamdesk.store import schema
from teamdesk.store.backup import backup_database, check_backup, list_backups
from teamdesk.store.connection import configure_for_writing, connect
from teamdesk.store.keyring import new_database_key
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import Store, open_store, to_db, utc_now

PASSWORD = "correct horse"
# Eight digits: a shorter PIN turns up by chance in the hashes a database holds.
PIN = "47119583"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> UserSession:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    yield session
    session.store.close()


def _dump(store: Store) -> str:
    """Every table's schema and every value in it, as text (the decrypted database)."""
    parts = []
    for table in store.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        parts.append(str(table["sql"]))
        for row in store.query(f'SELECT * FROM "{table["name"]}"'):
            parts.extend(repr(value) for value in tuple(row))
    return "\n".join(parts)


def test_the_pin_reopens_the_session_and_leaves_no_trace_in_any_file(
    admin: UserSession, location: DataLocation
) -> None:
    admin.set_pin(PIN)
    verifier = admin._pin
    assert verifier is not None
    admin.lock()
    with pytest.raises(WrongPassword):
        admin.unlock_with_pin("0000")
    admin.unlock_with_pin(PIN)
    assert not admin.locked
    dump = _dump(admin.store)
    assert PIN not in dump
    assert "$argon2" not in dump
    assert "pin_hash" not in dump
    admin.sign_out()

    files = [p for p in location.directory.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-keys.json") for p in files)
    for path in files:
        data = path.read_bytes()
        assert verifier.digest not in data, path.name
        assert verifier.key not in data, path.name
        assert verifier.digest.hex().encode() not in data, path.name


def test_the_next_sign_in_has_no_pin_until_one_is_set_again(location: DataLocation) -> None:
    first = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    first.set_pin(PIN)
    first.sign_out()
    again = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        assert not again.has_pin and not again.pin_allowed
        again.lock()
        with pytest.raises(PasswordRequired, match="Type your password"):
            again.unlock_with_pin(PIN)
        again.unlock_with_password(PASSWORD)
        again.set_pin("2580")
        assert again.pin_allowed
        again.clear_pin()
        assert not again.pin_allowed
    finally:
        again.sign_out()


def test_a_bad_pin_is_refused_beside_its_field_and_a_locked_session_cannot_change_it(
    admin: UserSession,
) -> None:
    with pytest.raises(AccountFieldRefused) as refused:
        admin.set_pin("12")
    assert refused.value.field == "pin"
    admin.lock()
    with pytest.raises(PasswordRequired):
        admin.set_pin("2580")
    assert not admin.has_pin


OLD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$OLDPINHASHOLDPINHASH"


def _schema_4_database(path: Path, key: bytes) -> None:
    """A database as TeamDesk wrote it before schema 5: Anne's PIN hash in her account row and
    in the change log."""
    stored = OLD_HASH
    conn = connect(path, key)
    configure_for_writing(conn)
    for number, migration in enumerate(schema.MIGRATIONS[:4], start=1):
        conn.execute("BEGIN IMMEDIATE")
        migration(conn)
        if number == 1:
            conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
            conn.execute("INSERT INTO meta (key, value) VALUES ('replica_id', 'r1')")
        conn.execute(f"PRAGMA user_version={number}")
        conn.execute("COMMIT")
    at = to_db(utc_now())
    conn.execute(
        "INSERT INTO account (id, name, role, pin_hash, created_at, updated_at, updated_by) "
        "VALUES ('a1', 'Anne', 'administrator', ?, ?, ?, 'Anne')",
        (stored, at, at),
    )
    conn.execute(
        "INSERT INTO change (table_name, row_id, column_name, value, hlc, replica_id, actor) "
        "VALUES ('account', 'a1', 'pin_hash', ?, '000000000000001-00000', 'r1', 'Anne')",
        (stored,),
    )
    conn.execute(
        "INSERT INTO change (table_name, row_id, column_name, value, hlc, replica_id, actor) "
        "VALUES ('account', 'a1', 'name', 'Anne', '000000000000001-00001', 'r1', 'Anne')"
    )
    conn.commit()
    conn.close()


def test_the_migration_removes_the_pin_hashes_a_database_held(tmp_path: Path) -> None:
    """A database from before (schema 4) kept each PIN's Argon2 hash in the account row and in
    the change log; opening it drops both."""
    path = tmp_path / "old.sqlite3"
    key = new_database_key()
    _schema_4_database(path, key)

    store = open_store(path, key=key, backup_dir=tmp_path / "backups")
    try:
        columns = {r["name"] for r in store.query("PRAGMA table_info(account)")}
        assert "pin_hash" not in columns and "name" in columns
        assert [r["column_name"] for r in store.query("SELECT column_name FROM change")] == ["name"]
        assert "OLDPINHASH" not in _dump(store)
        assert store.query_one("SELECT name FROM account WHERE id = 'a1'")["name"] == "Anne"
    finally:
        store.close()


def _decrypted(path: Path, key: bytes) -> str:
    conn = connect(path, key, read_only=True)
    try:
        parts = []
        for table in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'SELECT * FROM "{table[0]}"'):
                parts.extend(repr(value) for value in tuple(row))
        return "\n".join(parts)
    finally:
        conn.close()


def test_backups_from_before_schema_5_lose_the_pin_hashes_too(tmp_path: Path) -> None:
    """Backups taken before the migration are kept for good and held every PIN's hash: the
    migration rewrites them without the hashes, everything else kept; a backup another key
    encrypted is not touched."""
    path = tmp_path / "old.sqlite3"
    key = new_database_key()
    _schema_4_database(path, key)
    backups = tmp_path / "backups"
    conn = connect(path, key)
    daily = backup_database(conn, backups, "daily", key=key)
    conn.close()
    stranger = tmp_path / "stranger.sqlite3"
    _schema_4_database(stranger, new_database_key())
    foreign = backups / "teamdesk-20200101T000000Z-daily.sqlite3"
    foreign.write_bytes(stranger.read_bytes())
    assert OLD_HASH in _decrypted(daily, key)

    store = open_store(path, key=key, backup_dir=backups)
    store.close()
    old = [b for b in list_backups(backups) if b.path != foreign]
    assert {b.label for b in old} == {"daily", "before-migration-v4"}
    for info in old:
        text = _decrypted(info.path, key)
        assert "OLDPINHASH" not in text and "Anne" in text, info.label
        check = check_backup(info, key)
        assert check.sound and check.schema_version == 4  # still the backup it was
        conn = connect(info.path, key, read_only=True)
        try:  # rebuilt: no free page keeps the old rows' bytes
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        finally:
            conn.close()
    assert foreign.read_bytes() == stranger.read_bytes()
    assert not list(backups.glob("*.partial*"))


def test_a_backup_that_cannot_be_rewritten_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy without the hashes is counted before it replaces the backup: a copy that
    differs (here: one row short) is dropped, the backup stays byte for byte, the database
    opens all the same."""
    import teamdesk.store.backup as backup_module

    path = tmp_path / "old.sqlite3"
    key = new_database_key()
    _schema_4_database(path, key)
    backups = tmp_path / "backups"
    conn = connect(path, key)
    daily = backup_database(conn, backups, "daily", key=key)
    conn.close()
    before = daily.read_bytes()
    counts = backup_module._row_counts
    seen: list[int] = []

    def one_short(conn: object) -> dict[str, int]:
        found = counts(conn)  # type: ignore[arg-type]
        seen.append(1)
        return found if len(seen) % 2 else dict(found, account=found["account"] - 1)

    monkeypatch.setattr(backup_module, "_row_counts", one_short)
    store = open_store(path, key=key, backup_dir=backups)
    try:
        assert store.query_one("SELECT name FROM account")["name"] == "Anne"
    finally:
        store.close()
    assert daily.read_bytes() == before
    assert OLD_HASH in _decrypted(daily, key)
    assert not list(backups.glob("*.partial*"))
