"""Sign-in, roles and encryption at rest, as a person on a shared PC meets them."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole, lockout_after
from teamdesk.services.accounts import AccountService, auto_lock_minutes, set_auto_lock_minutes
from teamdesk.services.context import PermissionDenied, ServiceError
from teamdesk.services.signin import (
    AccountLocked,
    FolderState,
    PasswordChecked,
    PasswordRequired,
    SignInRefused,
    UserSession,
    WrongPassword,
    folder_state,
    set_up_first_administrator,
    sign_in,
    sign_in_names,
)
from teamdesk.services.team import InvalidInput, TeamService
from teamdesk.store.keyring import (
    NO_TRIES,
    PasswordMismatch,
    keyring_path,
    load_keyring,
    new_database_key,
    new_keyring,
    unwrap_key,
    wrap_key,
)
from teamdesk.store.paths import DataLocation

ADMIN_PASSWORD = "correct horse"


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> UserSession:
    session = set_up_first_administrator(location, "Anne Admin", ADMIN_PASSWORD)
    yield session
    session.store.close()


def _add(admin: UserSession, name: str, role: AccountRole, **fields: object) -> str:
    outcome = AccountService(admin.ctx).create_account(name, role, f"{name} secret", **fields)
    assert outcome.row_id
    return outcome.row_id


def test_a_new_folder_is_set_up_with_its_first_administrator(location: DataLocation) -> None:
    assert folder_state(location) is FolderState.NEW
    session = set_up_first_administrator(location, "  Anne   Admin ", ADMIN_PASSWORD)
    try:
        assert session.account.name == "Anne Admin"
        assert session.account.role is AccountRole.ADMINISTRATOR
    finally:
        session.sign_out()
    assert folder_state(location) is FolderState.READY
    assert [n.name for n in sign_in_names(location)] == ["Anne Admin"]
    with pytest.raises(SignInRefused, match="already set up"):
        set_up_first_administrator(location, "Someone Else", ADMIN_PASSWORD)


def test_a_short_password_is_refused_at_set_up(location: DataLocation) -> None:
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        set_up_first_administrator(location, "Anne Admin", "short")
    assert folder_state(location) is FolderState.NEW


def test_plain_sqlite_cannot_read_the_file_and_no_name_is_in_its_bytes(
    admin: UserSession, location: DataLocation
) -> None:
    TeamService(admin.ctx).create_resident("Ragnhild Sæther", what_matters="Morgenkaffe i ro")
    admin.sign_out()
    raw = sqlite3.connect(location.database)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        raw.execute("SELECT name FROM sqlite_master").fetchall()
    raw.close()
    files = [p for p in location.directory.rglob("*") if p.is_file()]
    assert files, "the data folder holds files"
    for path in files:
        data = path.read_bytes()
        for secret in ("Ragnhild", "Sæther", "Morgenkaffe"):
            assert secret.encode("utf-8") not in data, (path.name, secret)
            assert secret.encode("utf-16-le") not in data, (path.name, secret)


def test_staff_sign_in_with_their_own_password(admin: UserSession, location: DataLocation) -> None:
    _add(admin, "Ola Ansatt", AccountRole.STAFF)
    admin.sign_out()
    assert [n.name for n in sign_in_names(location)] == ["Anne Admin", "Ola Ansatt"]
    session = sign_in(location, "ola ansatt", "Ola Ansatt secret")
    try:
        assert session.account.role is AccountRole.STAFF
        events = session.store.query(
            "SELECT action, actor FROM audit_event WHERE action = 'sign_in'"
        )
        assert ("sign_in", "Ola Ansatt") in [tuple(e) for e in events]
    finally:
        session.sign_out()


def test_ten_wrong_passwords_lock_the_account_for_a_growing_time(
    admin: UserSession, location: DataLocation
) -> None:
    _add(admin, "Ola Ansatt", AccountRole.STAFF)
    admin.sign_out()
    clock = Clock()
    for attempt in range(1, 10):
        with pytest.raises(WrongPassword, match=f"{10 - attempt} more tries"):
            sign_in(location, "Ola Ansatt", "guess", now=clock)
    with pytest.raises(AccountLocked) as locked:
        sign_in(location, "Ola Ansatt", "guess", now=clock)
    assert locked.value.until == clock.at + timedelta(minutes=1)
    # While locked, even the right password is refused.
    with pytest.raises(AccountLocked):
        sign_in(location, "Ola Ansatt", "Ola Ansatt secret", now=clock)
    clock.at += timedelta(minutes=2)
    with pytest.raises(AccountLocked) as longer:
        sign_in(location, "Ola Ansatt", "guess again", now=clock)
    assert longer.value.until == clock.at + timedelta(minutes=2)
    assert lockout_after(10) < lockout_after(11) < lockout_after(12) <= lockout_after(40)
    assert lockout_after(40) == timedelta(days=1)
    clock.at += timedelta(minutes=3)
    session = sign_in(location, "Ola Ansatt", "Ola Ansatt secret", now=clock)
    try:
        failed = session.store.query(
            "SELECT summary FROM audit_event WHERE action = 'sign_in_failed' AND actor = ?",
            ("Ola Ansatt",),
        )
        assert [r["summary"].split(" ")[0] for r in failed] == ["11"]
    finally:
        session.sign_out()
    # A successful sign-in starts the count afresh.
    with pytest.raises(WrongPassword, match="9 more tries"):
        sign_in(location, "Ola Ansatt", "guess", now=clock)


def test_a_wrong_password_changes_neither_the_database_nor_any_key(
    admin: UserSession, location: DataLocation
) -> None:
    admin.sign_out()
    database = _digest(location.database)
    keys = load_keyring(keyring_path(location.database))
    with pytest.raises(WrongPassword) as caught:
        sign_in(location, "Anne Admin", "not the password")
    assert "not right" in str(caught.value)
    assert _digest(location.database) == database
    # Only the count of wrong tries in the account's slot changed.
    after = load_keyring(keyring_path(location.database))
    assert after.database_id == keys.database_id
    assert [replace(s, tries=NO_TRIES) for s in after.slots] == list(keys.slots)
    assert after.slots[0].tries.failures == 1


def test_an_unknown_name_is_explained(admin: UserSession, location: DataLocation) -> None:
    with pytest.raises(SignInRefused, match="no account named Nobody"):
        sign_in(location, "Nobody", ADMIN_PASSWORD)


def test_changing_a_password_rewraps_the_key_and_loses_nothing(
    admin: UserSession, location: DataLocation
) -> None:
    TeamService(admin.ctx).create_unit("Lindealléen")
    ring_before = load_keyring(keyring_path(location.database))
    AccountService(admin.ctx).change_own_password(ADMIN_PASSWORD, "a brand new one")
    with pytest.raises(ServiceError, match="current password is not right"):
        AccountService(admin.ctx).change_own_password("wrong", "another new one")
    admin.sign_out()
    ring_after = load_keyring(keyring_path(location.database))
    assert ring_after.database_id == ring_before.database_id
    with pytest.raises(WrongPassword):
        sign_in(location, "Anne Admin", ADMIN_PASSWORD)
    session = sign_in(location, "Anne Admin", "a brand new one")
    try:
        assert [u.name for u in TeamService(session.ctx).units()] == ["Lindealléen"]
    finally:
        session.sign_out()


def test_an_administrator_resets_a_forgotten_password_and_lifts_the_lock(
    admin: UserSession, location: DataLocation
) -> None:
    ola = _add(admin, "Ola Ansatt", AccountRole.STAFF)
    for _ in range(10):
        with pytest.raises((WrongPassword, AccountLocked)):
            sign_in(location, "Ola Ansatt", "forgot it")
    AccountService(admin.ctx).reset_password(ola, "fresh start 1")
    session = sign_in(location, "Ola Ansatt", "fresh start 1")
    session.sign_out()


def test_a_deactivated_account_can_no_longer_sign_in(
    admin: UserSession, location: DataLocation
) -> None:
    ola = _add(admin, "Ola Ansatt", AccountRole.STAFF)
    AccountService(admin.ctx).deactivate(ola)
    assert [n.name for n in sign_in_names(location)] == ["Anne Admin"]
    with pytest.raises(SignInRefused):
        sign_in(location, "Ola Ansatt", "Ola Ansatt secret")
    with pytest.raises(InvalidInput, match="only active administrator"):
        AccountService(admin.ctx).deactivate(admin.account.id)


def test_a_key_slot_opens_only_with_its_password_and_only_for_its_account() -> None:
    ring = new_keyring()
    key = new_database_key()
    slot = wrap_key(ring, key, "account-1", "Kari", "kari's password")
    assert unwrap_key(ring, slot, "kari's password") == key
    with pytest.raises(PasswordMismatch):
        unwrap_key(ring, slot, "Kari's password")
    moved = type(slot)("account-2", "Per", slot.kdf, slot.salt, slot.nonce, slot.wrapped_key)
    with pytest.raises(PasswordMismatch):
        unwrap_key(ring, moved, "kari's password")
    # The same password typed with a decomposed "å" is the same password.
    slot = wrap_key(ring, key, "account-1", "Kari", "bl\u00e5b\u00e6r og r\u00f8mme")
    assert unwrap_key(ring, slot, "bla\u030ab\u00e6r og r\u00f8mme") == key


# -- locking with a PIN ------------------------------------------------------------------


def test_a_locked_session_reopens_with_the_pin_and_five_wrong_pins_need_the_password(
    admin: UserSession,
) -> None:
    admin.set_pin("4711")
    admin.lock()
    assert admin.locked
    admin.unlock_with_pin("4711")
    assert not admin.locked
    admin.lock()
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassword, match=f"{left} more tries"):
            admin.unlock_with_pin("0000")
    with pytest.raises(PasswordRequired, match="password"):
        admin.unlock_with_pin("1234")
    with pytest.raises(PasswordRequired):
        admin.unlock_with_pin("4711")
    assert admin.locked
    with pytest.raises(WrongPassword):
        admin.unlock_with_password("nope nope")
    admin.unlock_with_password(ADMIN_PASSWORD)
    assert not admin.locked and admin.pin_allowed


def test_a_password_check_reopens_only_the_session_whose_key_it_found(
    admin: UserSession,
) -> None:
    admin.lock()
    with pytest.raises(WrongPassword):
        admin.unlock_checked(PasswordChecked(secrets.token_bytes(32)))
    assert admin.locked
    admin.unlock_checked(admin.check_password(ADMIN_PASSWORD))
    assert not admin.locked


def test_a_pin_must_be_digits_and_not_one_repeated(admin: UserSession) -> None:
    for bad in ("12a4", "123", "1111"):
        with pytest.raises(InvalidInput):
            admin.set_pin(bad)


def test_auto_lock_defaults_to_five_minutes_and_is_configurable(admin: UserSession) -> None:
    assert auto_lock_minutes(admin.ctx) == 5
    set_auto_lock_minutes(admin.ctx, 10)
    assert auto_lock_minutes(admin.ctx) == 10
    with pytest.raises(InvalidInput):
        set_auto_lock_minutes(admin.ctx, 0)


# -- roles are checked in the services ---------------------------------------------------


def test_roles_are_refused_by_the_services_themselves(
    admin: UserSession, location: DataLocation
) -> None:
    unit_a = TeamService(admin.ctx).create_unit("A").row_id
    unit_b = TeamService(admin.ctx).create_unit("B").row_id
    resident_b = TeamService(admin.ctx).create_resident("Per i B", unit_id=unit_b).row_id
    assert resident_b
    _add(admin, "Sara Staff", AccountRole.STAFF, unit_id=unit_a)
    _add(admin, "Lise Lese", AccountRole.READ_ONLY)
    _add(admin, "Kari Leder", AccountRole.LEADER)
    _add(admin, "Kim Koordinator", AccountRole.COORDINATOR)

    def as_(name: str) -> UserSession:
        return sign_in(location, name, f"{name} secret", daily_backup=False)

    staff = as_("Sara Staff")
    try:
        with pytest.raises(PermissionDenied, match="may not do this"):
            TeamService(staff.ctx).create_resident("Ny Beboer")
        with pytest.raises(PermissionDenied, match="another unit"):
            TeamService(staff.ctx).resident(resident_b)
        assert [r.name for r in TeamService(staff.ctx).residents()] == []
        with pytest.raises(PermissionDenied):
            AccountService(staff.ctx).accounts()
    finally:
        staff.store.close()
    reader = as_("Lise Lese")
    try:
        assert [r.name for r in TeamService(reader.ctx).residents()] == ["Per i B"]
        with pytest.raises(PermissionDenied):
            TeamService(reader.ctx).update_resident(resident_b, room="12")
    finally:
        reader.store.close()
    coordinator = as_("Kim Koordinator")
    try:
        with pytest.raises(PermissionDenied):
            AccountService(coordinator.ctx).create_account(
                "Sneaky", AccountRole.ADMINISTRATOR, "password123"
            )
    finally:
        coordinator.store.close()
    leader = as_("Kari Leder")
    try:
        TeamService(leader.ctx).update_resident(resident_b, room="12")
        with pytest.raises(PermissionDenied):
            AccountService(leader.ctx).reset_password(admin.account.id, "taken over!")
    finally:
        leader.store.close()
