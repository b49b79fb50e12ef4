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


def test_the_migration_removes_the_pin_hashes_a_database_held(tmp_path: Path) -> None:
    """A database from before (schema 4) kept each PIN's Argon2 hash in the account row and in
    the change log; opening it drops both."""
    path = tmp_path / "old.sqlite3"
    key = new_database_key()
    stored = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$OLDPINHASHOLDPINHASH"
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

    store = open_store(path, key=key, backup_dir=tmp_path / "backups")
    try:
        columns = {r["name"] for r in store.query("PRAGMA table_info(account)")}
        assert "pin_hash" not in columns and "name" in columns
        assert [r["column_name"] for r in store.query("SELECT column_name FROM change")] == ["name"]
        assert "OLDPINHASH" not in _dump(store)
        assert store.query_one("SELECT name FROM account WHERE id = 'a1'")["name"] == "Anne"
    finally:
        store.close()
