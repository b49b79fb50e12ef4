"""A person with an account and the files can write anything into them; `teamdesk check` and
sign-in notice it (issue 9, row 8): signed grants, signed audit events, and the audit log's head
anchored in the key file."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from teamdesk import cli
from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import PermissionDenied
from teamdesk.services.recovery import back_up_now
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.connection import connect
from teamdesk.store.integrity import check_integrity
from teamdesk.store.keyring import keyring_path, load_keyring, save_keyring, unwrap_key, wrap_key
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import GENESIS_HASH, audit_hash

PASSWORD = "correct horse"
RITA = "Rita Read"
RITA_PASSWORD = "Rita Read secret"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    """An installation with an administrator, a leader and a read-only account tied to a unit,
    used a little (sign-ins, a backup, changes) and closed."""
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    teams = TeamService(admin.ctx)
    unit = teams.create_unit("Nord").row_id
    teams.create_unit("Sør")
    teams.create_resident("Per Hansen", unit_id=unit)
    accounts = AccountService(admin.ctx)
    accounts.create_account(RITA, AccountRole.READ_ONLY, RITA_PASSWORD, unit_id=unit)
    accounts.create_account("Leif Leader", AccountRole.LEADER, "Leif Leader secret")
    back_up_now(admin)
    admin.sign_out()
    for who, password in ((RITA, RITA_PASSWORD), ("Leif Leader", "Leif Leader secret")):
        sign_in(location, who, password, daily_backup=False).sign_out()
    return location


@contextmanager
def _attacker(location: DataLocation) -> Iterator[sqlite3.Connection]:
    """What Rita (read-only) can do: unwrap the database key with her own password and write
    to the file with any SQLite tool, around TeamDesk (closing it cleanly, so no WAL is left)."""
    ring = load_keyring(keyring_path(location.database))
    slot = next(s for s in ring.slots if s.name == RITA)
    conn = connect(location.database, unwrap_key(ring, slot, RITA_PASSWORD))
    conn.isolation_level = None
    try:
        yield conn
    finally:
        conn.close()


def _rechain(conn: sqlite3.Connection, start: int = 1) -> None:
    """Recompute every hash from event ``start`` on, as a careful forger would."""
    rows = conn.execute("SELECT * FROM audit_event ORDER BY seq").fetchall()
    prev = GENESIS_HASH
    for row in rows:
        if row["seq"] >= start:
            digest = audit_hash(
                prev,
                row["id"],
                row["at"],
                row["actor"],
                row["action"],
                row["table_name"],
                row["row_id"],
                row["summary"],
            )
            conn.execute(
                "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev, digest, row["seq"]),
            )
            prev = digest
        else:
            prev = row["hash"]
    head = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    anchor = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
    if head and anchor:
        count = anchor[0].split(":")[0]
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_anchor'",
            (f"{count}:{head[0]}:{head[1]}",),
        )


def _raise_role(location: DataLocation) -> None:
    with _attacker(location) as conn:
        conn.execute("UPDATE account SET role = 'administrator' WHERE name = ?", (RITA,))


def _remove_unit(location: DataLocation) -> None:
    with _attacker(location) as conn:
        conn.execute("UPDATE account SET unit_id = NULL WHERE name = ?", (RITA,))


def _forge_account(location: DataLocation) -> None:
    with _attacker(location) as conn:
        row = conn.execute("SELECT * FROM account WHERE name = ?", (RITA,)).fetchone()
        values = dict(row)
        values.update(id=uuid.uuid4().hex, name="Mallory", role="administrator")
        cols = ", ".join(values)
        conn.execute(
            f"INSERT INTO account ({cols}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )


def _delete_tail(location: DataLocation) -> None:
    with _attacker(location) as conn:
        conn.execute("DELETE FROM audit_event WHERE seq > (SELECT MAX(seq) - 3 FROM audit_event)")


def _delete_all(location: DataLocation) -> None:
    with _attacker(location) as conn:
        conn.execute("DELETE FROM audit_event")
        conn.execute("DELETE FROM meta WHERE key = 'audit_anchor'")


def _rebuild_chain(location: DataLocation) -> None:
    with _attacker(location) as conn:
        conn.execute("UPDATE audit_event SET at = '2020-01-01T00:00:00+00:00'")
        _rechain(conn)


def _append_forged(location: DataLocation) -> None:
    with _attacker(location) as conn:
        last = conn.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
        event = (uuid.uuid4().hex, "2026-11-30T10:00:00+00:00", "Anne Admin", "open")
        summary = "opened the record of Per Hansen"
        digest = audit_hash(last[0], *event, "resident", "x", summary)
        conn.execute(
            "INSERT INTO audit_event (id, at, actor, action, table_name, row_id, summary, "
            "prev_hash, hash, signed_by, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*event, "resident", "x", summary, last[0], digest, None, None),
        )


def _edit_row(location: DataLocation) -> None:
    with _attacker(location) as conn:
        target = conn.execute(
            "SELECT seq FROM audit_event WHERE actor = ? ORDER BY seq LIMIT 1", (RITA,)
        ).fetchone()[0]
        conn.execute("UPDATE audit_event SET actor = 'Anne Admin' WHERE seq = ?", (target,))
        _rechain(conn, target)


def _roll_back_anchor(location: DataLocation) -> None:
    # An older copy of the key file: the one beside the backup taken before Rita signed in.
    path = keyring_path(location.database)
    copy = next(location.backups.glob("*-keys.json"))
    data = json.loads(path.read_text())
    data["audit_anchor"] = json.loads(copy.read_text())["audit_anchor"]
    path.write_text(json.dumps(data))


def _remove_anchor(location: DataLocation) -> None:
    path = keyring_path(location.database)
    data = json.loads(path.read_text())
    del data["audit_anchor"]
    path.write_text(json.dumps(data))


TAMPERING: dict[str, Callable[[DataLocation], None]] = {
    "role raised in the account row": _raise_role,
    "unit grant removed": _remove_unit,
    "forged account row": _forge_account,
    "audit tail deleted": _delete_tail,
    "all audit events deleted": _delete_all,
    "chain rebuilt with new hashes": _rebuild_chain,
    "forged event appended": _append_forged,
    "audit event edited and re-hashed": _edit_row,
    "anchor in the key file rolled back": _roll_back_anchor,
    "anchor in the key file removed": _remove_anchor,
}


def _check(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    code = cli.main(["check", "--data-dir", str(location.directory), "--user", "Anne Admin"])
    return code, capsys.readouterr().out


def test_an_untouched_installation_is_sound(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out
    assert ": sound" in out
    # And still after the check's own sign-in, twice.
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_OK


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_check_reports_each_kind_of_tampering(
    kind: str,
    location: DataLocation,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    TAMPERING[kind](location)
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_REFUSED, f"{kind} went unnoticed:\n{out}"
    assert "NOT SOUND" in out and "problem:" in out
    # A later sign-in does not paper over it: the check still reports it.
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_REFUSED


def test_a_raised_role_gives_no_more_than_read_only_and_leaders_are_warned(
    location: DataLocation,
) -> None:
    _raise_role(location)
    rita = sign_in(location, RITA, RITA_PASSWORD, daily_backup=False)
    try:
        assert rita.account.role is AccountRole.READ_ONLY
        assert any("not the one an administrator signed" in m.render() for m in rita.trust_warnings)
        with pytest.raises(PermissionDenied):
            AccountService(rita.ctx).accounts()
    finally:
        rita.sign_out()
    leader = sign_in(location, "Leif Leader", "Leif Leader secret", daily_backup=False)
    try:
        texts = [f.text for f in TeamService(leader.ctx).findings() if f.code == "tampering"]
        assert any(RITA in t for t in texts)
    finally:
        leader.sign_out()


def test_a_removed_unit_grant_does_not_open_other_units(location: DataLocation) -> None:
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    teams = TeamService(admin.ctx)
    south = next(u.id for u in teams.units() if u.name == "Sør")
    teams.create_resident("Siri Sør", unit_id=south)
    admin.sign_out()
    _remove_unit(location)
    rita = sign_in(location, RITA, RITA_PASSWORD, daily_backup=False)
    try:
        # The unit taken off her row by hand does not count: she stays in the unit granted.
        assert rita.account.role is AccountRole.READ_ONLY and rita.trust_warnings
        assert rita.account.unit_id is not None
        assert [r.name for r in TeamService(rita.ctx).residents()] == ["Per Hansen"]
    finally:
        rita.sign_out()


def test_grants_changed_by_an_administrator_verify_and_take_effect(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    accounts = AccountService(admin.ctx)
    rita = next(a for a in accounts.accounts() if a.name == RITA)
    accounts.update_account(rita.id, role=AccountRole.COORDINATOR)
    accounts.reset_password(rita.id, "Rita's new password")
    accounts.create_account("Nina Admin", AccountRole.ADMINISTRATOR, "Nina Admin secret")
    admin.sign_out()
    session = sign_in(location, RITA, "Rita's new password", daily_backup=False)
    assert session.account.role is AccountRole.COORDINATOR and not session.trust_warnings
    session.sign_out()
    # The new administrator holds the grant key and can change grants in turn.
    nina = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    assert nina.keys is not None and nina.keys.grant_key is not None
    AccountService(nina.ctx).update_account(rita.id, role=AccountRole.STAFF)
    nina.sign_out()
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_OK


PASSWORDS = {"Anne Admin": PASSWORD, RITA: RITA_PASSWORD, "Leif Leader": "Leif Leader secret"}


def _wipe_the_grant_key(location: DataLocation) -> None:
    """What anyone who can open the database can do: remove the grant key, the grants and the
    anchor from the key file and the database, and the events' signatures."""
    path = keyring_path(location.database)
    data = json.loads(path.read_text())
    for field in ("grant_public", "grants", "audit_anchor"):
        data.pop(field)
    for slot in data["slots"]:
        slot.pop("sealed_grant_key", None)
    path.write_text(json.dumps(data))
    with _attacker(location) as conn:
        conn.execute("DELETE FROM meta WHERE key IN ('grant_public_key', 'audit_anchor')")
        conn.execute("UPDATE audit_event SET signed_by = NULL, signature = NULL")


def test_a_grant_key_removed_by_hand_leaves_roles_read_only_not_signed_anew(
    location: DataLocation,
) -> None:
    """Removing the grant key from both files made it look like a database from before grants
    were signed: every role acted as its row said, and the next administrator's sign-in signed
    whatever the rows said (a read-only account that set its own row to administrator became
    one). The accounts' slots still trust the grant key, so it was removed: read-only."""
    _wipe_the_grant_key(location)
    with _attacker(location) as conn:
        conn.execute("UPDATE account SET role = 'administrator' WHERE name = ?", (RITA,))
    rita = sign_in(location, RITA, RITA_PASSWORD, daily_backup=False)
    try:
        assert rita.account.role is AccountRole.READ_ONLY
        assert any("someone removed it" in m.render() for m in rita.trust_warnings)
        with pytest.raises(PermissionDenied):
            AccountService(rita.ctx).create_account("Mallory", AccountRole.ADMINISTRATOR, "x" * 12)
    finally:
        rita.sign_out()
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        assert admin.account.role is AccountRole.READ_ONLY
        assert any("someone removed it" in m.render() for m in admin.trust_warnings)
    finally:
        admin.sign_out()
    assert not load_keyring(keyring_path(location.database)).grant_public  # nothing signed anew


def test_grants_of_an_older_database_are_signed_at_an_administrators_first_sign_in(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The database as it was before grants were signed: no grant key, no grants, no anchor,
    # no signatures, and key slots that trust no grant key.
    _wipe_the_grant_key(location)
    path = keyring_path(location.database)
    ring = load_keyring(path)
    database_key = unwrap_key(ring, ring.slots[0], PASSWORD)
    for name, password in PASSWORDS.items():
        slot = next(s for s in ring.slots if s.name == name)
        old = wrap_key(ring, database_key, slot.account_id, name, password, slot.kdf)
        ring = ring.with_slot(replace(old, version=slot.version))
    save_keyring(path, ring)
    # Accounts keep working until then; the check says the grants are not signed yet.
    leader = sign_in(location, "Leif Leader", "Leif Leader secret", daily_backup=False)
    try:
        assert leader.account.role is AccountRole.LEADER
        problems = check_integrity(leader.store).problems
        assert any("unsigned grants" in p for p in problems), problems
    finally:
        leader.sign_out()
    # An administrator's sign-in (here the check's own) signs them.
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out
    assert load_keyring(keyring_path(location.database)).grant_public


def test_the_demo_signs_its_grants(tmp_path: Path) -> None:
    from teamdesk.services.bootstrap import DEMO_PASSWORD, prepare_demo

    prepare_demo(tmp_path / "demo")
    location = DataLocation(tmp_path / "demo", "--demo")
    session = sign_in(location, "Demo Read-only", DEMO_PASSWORD, daily_backup=False)
    try:
        assert session.account.role is AccountRole.READ_ONLY and not session.trust_warnings
        assert check_integrity(session.store).sound, check_integrity(session.store).problems
    finally:
        session.sign_out()
    ring = load_keyring(keyring_path(location.database))
    assert ring.grant_public and len(ring.grants) == 5


def test_a_signed_in_session_writes_signed_events(location: DataLocation) -> None:
    session: UserSession = sign_in(location, RITA, RITA_PASSWORD, daily_backup=False)
    try:
        row = session.store.query_one(
            "SELECT signed_by, signature FROM audit_event ORDER BY seq DESC LIMIT 1"
        )
        assert row is not None and row["signed_by"] == session.account.id and row["signature"]
    finally:
        session.sign_out()


def test_after_a_restore_the_restored_grants_verify_and_the_check_is_sound(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from teamdesk.services.context import Permission
    from teamdesk.services.recovery import restore, unlock_offline_keys

    backup = sorted(location.backups.glob("*-manual.sqlite3"))[-1]
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    accounts = AccountService(admin.ctx)
    rita = next(a for a in accounts.accounts() if a.name == RITA)
    accounts.update_account(rita.id, role=AccountRole.LEADER)
    accounts.reset_password(rita.id, "Rita's new password")
    admin.sign_out()
    unlocked = unlock_offline_keys(location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS)
    restore(location, unlocked.key, unlocked.account, backup, keys=unlocked.keys)
    # Rita keeps today's password and has the role the backup gave her, with no warning.
    session = sign_in(location, RITA, "Rita's new password", daily_backup=False)
    assert session.account.role is AccountRole.READ_ONLY and not session.trust_warnings
    session.sign_out()
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out


def test_an_administrator_records_the_head_anew_after_looking_into_it(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _delete_tail(location)
    assert _check(location, monkeypatch, capsys)[0] == cli.EXIT_REFUSED
    # Only an administrator may accept it.
    monkeypatch.setenv("TEAMDESK_PASSWORD", "Leif Leader secret")
    args = ["check", "--data-dir", str(location.directory), "--record-audit-head"]
    assert cli.main([*args, "--user", "Leif Leader"]) == cli.EXIT_REFUSED
    capsys.readouterr()
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    cli.main([*args, "--user", "Anne Admin"])
    assert "recorded anew" in capsys.readouterr().out
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_OK, out
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        row = admin.store.query_one(
            "SELECT summary FROM audit_event WHERE action = 'audit_head_recorded'"
        )
        assert row is not None and "is missing" in row["summary"]
    finally:
        admin.sign_out()


def test_rolling_back_the_database_and_the_key_file_together_is_told_by_a_later_backup(
    location: DataLocation,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    # Rita keeps a copy of the database and the key file as they are now ...
    saved = tmp_path / "saved"
    saved.mkdir()
    for path in (location.database, keyring_path(location.database)):
        shutil.copy2(path, saved / path.name)
    # ... the others work on and take a backup ...
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    TeamService(admin.ctx).create_resident("Kari Nordmann")
    back_up_now(admin)
    admin.sign_out()
    # ... and she puts both back: the log and its anchor agree with each other again.
    for path in saved.iterdir():
        shutil.copy2(path, location.directory / path.name)
    code, out = _check(location, monkeypatch, capsys)
    assert code == cli.EXIT_REFUSED, out
    assert "rolled back" in out and "beside the backup" in out


def test_an_administrator_without_the_grant_key_cannot_change_grants_until_given_it(
    location: DataLocation,
) -> None:
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    AccountService(admin.ctx).create_account(
        "Nina Admin", AccountRole.ADMINISTRATOR, "Nina Admin secret"
    )
    admin.sign_out()
    # Nina's slot lost its sealed grant key (as for an administrator made before grants were
    # signed, whose slot had no key of its own to seal it to).
    path = keyring_path(location.database)
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["name"] == "Nina Admin":
            del slot["sealed_grant_key"]
    path.write_text(json.dumps(data))
    nina = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    try:
        assert nina.account.role is AccountRole.ADMINISTRATOR
        accounts = AccountService(nina.ctx)
        rita = next(a for a in accounts.accounts() if a.name == RITA)
        with pytest.raises(PermissionDenied, match="Nothing was changed"):
            accounts.update_account(rita.id, role=AccountRole.STAFF)
        assert accounts.account(rita.id).role is AccountRole.READ_ONLY
    finally:
        nina.sign_out()
    # An administrator who holds it gives it to her at their sign-in.
    sign_in(location, "Anne Admin", PASSWORD, daily_backup=False).sign_out()
    nina = sign_in(location, "Nina Admin", "Nina Admin secret", daily_backup=False)
    try:
        assert nina.keys is not None and nina.keys.grant_key is not None
        AccountService(nina.ctx).update_account(rita.id, role=AccountRole.STAFF)
    finally:
        nina.sign_out()
