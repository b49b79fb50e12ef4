"""Issue 9, row 11: the 10-try lock cannot be undone by deleting or forging a file beside the
database, and what reaches the audit log about failed sign-ins is the database's name with a
count marked unverified, never text from a file."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountService
from teamdesk.services.recovery import restore_key_file
from teamdesk.services.signin import (
    AccountLocked,
    SignInRefused,
    UserSession,
    WrongPassword,
    set_up_first_administrator,
    sign_in,
)
from teamdesk.store.backup import list_backups
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation
from teamdesk.store.signin_record import legacy_signin_record_path

PASSWORD = "correct horse"
OLA = "ola secret"


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def ola_id(location: DataLocation) -> str:
    admin = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    try:
        row_id = AccountService(admin.ctx).create_account("Ola", AccountRole.STAFF, OLA).row_id
        assert row_id
    finally:
        admin.sign_out()
    return row_id


def _lock_out(location: DataLocation, clock: Clock) -> None:
    for _ in range(9):
        with pytest.raises(WrongPassword):
            sign_in(location, "Ola", "a guess", now=clock, daily_backup=False)
    with pytest.raises(AccountLocked):
        sign_in(location, "Ola", "a guess", now=clock, daily_backup=False)


def _audit(session: UserSession, action: str) -> list[tuple[str, str, str]]:
    rows = session.store.query(
        "SELECT actor, row_id, summary FROM audit_event WHERE action = ? ORDER BY seq", (action,)
    )
    return [(r["actor"], r["row_id"], r["summary"]) for r in rows]


def test_deleting_or_damaging_the_file_beside_the_database_keeps_the_lock(
    location: DataLocation, ola_id: str
) -> None:
    clock = Clock()
    _lock_out(location, clock)
    beside = [
        p
        for p in location.directory.iterdir()
        if p.is_file() and p.name.endswith(".json") and p != keyring_path(location.database)
    ]
    for path in beside:
        path.unlink()
    legacy_signin_record_path(location.database).write_text("{not json", encoding="utf-8")
    with pytest.raises(AccountLocked):
        sign_in(location, "Ola", OLA, now=clock, daily_backup=False)
    clock.at += timedelta(minutes=2)
    sign_in(location, "Ola", OLA, now=clock, daily_backup=False).sign_out()


def test_a_forged_sign_in_file_puts_nothing_into_the_audit_chain(
    location: DataLocation, ola_id: str
) -> None:
    forged = {
        "accounts": {},
        "pending": [
            {
                "account_id": ola_id,
                "name": "Nobody Real",
                "at": "2026-11-25T08:00:00+00:00",
                "action": "made_administrator",
            }
        ],
    }
    legacy_signin_record_path(location.database).write_text(json.dumps(forged), encoding="utf-8")
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        actors = {r["actor"] for r in session.store.query("SELECT actor FROM audit_event")}
        actions = {r["action"] for r in session.store.query("SELECT action FROM audit_event")}
        assert "Nobody Real" not in actors
        assert "made_administrator" not in actions
        assert _audit(session, "sign_in_failed") == []
    finally:
        session.sign_out()


def test_wrong_passwords_reach_the_audit_log_as_an_unverified_count_under_the_database_name(
    location: DataLocation, ola_id: str
) -> None:
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            sign_in(location, "Ola", "a guess", now=clock, daily_backup=False)
    # The key file's name for the slot is not what the audit log says.
    path = keyring_path(location.database)
    data = json.loads(path.read_text(encoding="utf-8"))
    for slot in data["slots"]:
        if slot["account_id"] == ola_id:
            assert slot["tries"]["unreported"] == 3
            slot["name"] = "Forged Name"
    path.write_text(json.dumps(data), encoding="utf-8")

    session = sign_in(location, "Anne Admin", PASSWORD, now=clock, daily_backup=False)
    try:
        [(actor, row_id, summary)] = _audit(session, "sign_in_failed")
        assert (actor, row_id) == ("Ola", ola_id)
        assert summary.startswith("3 wrong password(s), the last at 2026-11-25T08:00:00")
        assert "unverified" in summary
    finally:
        session.sign_out()
    assert all(s.tries.unreported == 0 for s in load_keyring(path).slots)
    # Reported once: the next sign-in does not report them again.
    again = sign_in(location, "Anne Admin", PASSWORD, now=clock, daily_backup=False)
    try:
        assert len(_audit(again, "sign_in_failed")) == 1
    finally:
        again.sign_out()


def test_a_damaged_count_in_the_key_file_is_refused_not_read_as_zero(
    location: DataLocation, ola_id: str
) -> None:
    clock = Clock()
    _lock_out(location, clock)
    path = keyring_path(location.database)
    data = json.loads(path.read_text(encoding="utf-8"))
    for slot in data["slots"]:
        if slot["account_id"] == ola_id:
            slot["tries"]["locked_until"] = "tomorrow"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KeyringError, match="damaged"):
        sign_in(location, "Ola", OLA, now=clock, daily_backup=False)


def test_a_deleted_key_file_is_no_way_around_the_lock(location: DataLocation, ola_id: str) -> None:
    """Without its key file nobody signs in; putting it back from a backup's copy counts the
    wrong passwords in that copy, so guessing through the restore locks too."""
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=True)
    admin.sign_out()
    assert list_backups(location.backups)
    keyring_path(location.database).unlink()
    clock = Clock()
    for _ in range(9):
        with pytest.raises(WrongPassword):
            restore_key_file(location, "Ola", "a guess", now=clock)
    with pytest.raises(AccountLocked):
        restore_key_file(location, "Ola", "a guess", now=clock)
    with pytest.raises(AccountLocked):
        restore_key_file(location, "Ola", OLA, now=clock)
    assert not keyring_path(location.database).exists()


def _flip_in_slot(location: DataLocation, account_id: str, drop_check: bool = False) -> None:
    """One bit of the slot's encrypted key changed, as a failing disk or a careless edit does;
    with ``drop_check``, a key file as written before slots carried a check."""
    path = keyring_path(location.database)
    data = json.loads(path.read_text(encoding="utf-8"))
    slot = next(s for s in data["slots"] if s["account_id"] == account_id)
    raw = bytearray(base64.b64decode(slot["wrapped_key"]))
    raw[5] ^= 0x01
    slot["wrapped_key"] = base64.b64encode(bytes(raw)).decode("ascii")
    if drop_check:
        for s in data["slots"]:
            s.pop("check", None)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_damaged_key_slot_is_said_as_damage_not_as_a_wrong_password(
    location: DataLocation, ola_id: str
) -> None:
    # Issue 9: a mangled slot counted as a wrong password: the person was told their right
    # password was wrong, and ten tries locked the account. Now the slot's check tells the two
    # apart: the right sentence, nothing counted, other accounts sign in as before.
    _flip_in_slot(location, ola_id)
    for _ in range(12):  # more than the tries that lock an account
        with pytest.raises(SignInRefused) as refused:
            sign_in(location, "Ola", OLA, daily_backup=False)
        assert not isinstance(refused.value, WrongPassword | AccountLocked)
    sentence = refused.value.message.render()
    assert "damaged" in sentence and "restore --key-file" in sentence
    assert load_keyring(keyring_path(location.database)).slot(ola_id) is not None
    session = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    session.sign_out()


def test_a_key_file_from_before_checks_still_counts_a_wrong_password(
    location: DataLocation, ola_id: str
) -> None:
    _flip_in_slot(location, ola_id, drop_check=True)
    with pytest.raises(WrongPassword):
        sign_in(location, "Ola", OLA, daily_backup=False)
    admin = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    admin.sign_out()
    # The next write of the file gives every slot its check again.
    assert "check" in json.loads(keyring_path(location.database).read_text())["slots"][0]
