"""Signing in: first-run set-up, sign-in with a password, locking and re-opening a session.

Qt-free, so the GUI's sign-in screen, the CLI's ``--user`` and the tests share one flow:

- An empty data folder is set up by creating the first administrator (a fresh database key,
  wrapped under that person's password).
- Sign-in picks an account from the key file, unwraps the database key with the password,
  opens the encrypted database and checks there that the account exists and is active.
  Ten wrong passwords in a row lock the account for a time that doubles with each further
  wrong try. Every sign-in and every failed one ends up in the hash-chained audit log (failed
  ones are queued beside the database until the next successful sign-in can write them).
- A signed-in :class:`UserSession` can be locked; the same person re-opens it in the same run with
  their PIN (five wrong PINs and the password is required) or their password.

The PIN lives in this process only. It is 4 to 8 digits, so anything that could check a guess
offline (a hash in the shared database, a file) would give it away in minutes to anyone with an
account; and it only has to re-open this person's session in this run. So the session keeps a
keyed hash of it under a random key made for the purpose, in memory, and nothing PIN-related is
ever written (schema migration 5 removed the old stored PIN hashes).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from teamdesk.domain.accounts import (
    MAX_PASSWORD_TRIES,
    MAX_PIN_TRIES,
    Account,
    AccountRole,
    locked_until,
    password_problem,
    pin_problem,
)
from teamdesk.domain.text import N_, Message, Moment
from teamdesk.services.accounts import AccountFieldRefused
from teamdesk.services.context import InvalidInput, ServiceContext, ServiceError
from teamdesk.services.inputs import name_text
from teamdesk.services.restore_record import prepare_settlement, record_settlement
from teamdesk.services.trust import anchored_audit, effective_account, establish
from teamdesk.store import account_repo
from teamdesk.store.backup import DAILY_LABEL, backup_database, backup_due, prune_backups
from teamdesk.store.errors import KeyringError, StoreError
from teamdesk.store.ids import new_id
from teamdesk.store.keyring import (
    KdfParams,
    Keyring,
    KeySlot,
    OpenedSlot,
    PasswordMismatch,
    SlotDamaged,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    new_database_key,
    new_keyring,
    open_slot,
    save_keyring,
    wrap_key,
)
from teamdesk.store.paths import DataLocation
from teamdesk.store.signin_record import SignInRecord, update_signin_record
from teamdesk.store.store import (
    Store,
    file_errors,
    finish_interrupted_work,
    open_store,
    utc_now,
)
from teamdesk.store.trust import SessionKeys


class SignInRefused(ServiceError):
    """Sign-in did not succeed; ``message`` says why and what to do."""


class WrongPassword(SignInRefused):
    """The password does not match the account."""


class AccountLocked(SignInRefused):
    """Too many wrong passwords: the account is locked until ``until``."""

    def __init__(self, message: Message, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class PasswordRequired(SignInRefused):
    """The PIN may no longer re-open this session (no PIN, or five wrong ones)."""


class FolderState(StrEnum):
    """What a data folder holds, as far as signing in is concerned."""

    NEW = "new"  # nothing yet: the first administrator is set up
    READY = "ready"  # a database and its key file: sign in
    KEYS_MISSING = "keys_missing"  # a database but no key file: nothing can open it
    DATABASE_MISSING = "database_missing"  # keys and backups but no database: restore


_P = ParamSpec("_P")
_T = TypeVar("_T")


def _file_errors_in_folder(
    action: Callable[Concatenate[DataLocation, _P], _T],
) -> Callable[Concatenate[DataLocation, _P], _T]:
    """``action`` on a data folder, with a read-only folder or a full disk said as a sentence
    (see :func:`teamdesk.store.store.file_errors`)."""

    @functools.wraps(action)
    def acting(location: DataLocation, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        with file_errors(location.directory):
            return action(location, *args, **kwargs)

    return acting


@dataclass(frozen=True)
class SignInName:
    """A name on the sign-in screen."""

    account_id: str
    name: str


def folder_state(location: DataLocation) -> FolderState:
    """Whether ``location`` needs set-up, can be signed in to, or lacks a piece. What a killed
    TeamDesk left half-done there (a restore, a backup) is first finished or undone."""
    finish_interrupted_work(location.database, location.backups)
    has_db = location.database.exists()
    has_keys = keyring_path(location.database).exists()
    if has_db:
        return FolderState.READY if has_keys else FolderState.KEYS_MISSING
    backups = list(location.backups.glob("teamdesk-*.sqlite3"))
    # A backup keeps a copy of the key file beside it, so backups alone can be restored.
    if backups and (has_keys or any(keyring_path(b).exists() for b in backups)):
        return FolderState.DATABASE_MISSING
    # Keys without a database or any backup protect nothing: set-up may begin again.
    return FolderState.NEW


def sign_in_names(location: DataLocation) -> list[SignInName]:
    """The accounts that can sign in, by name (from the key file; nothing is decrypted)."""
    ring = load_keyring(keyring_path(location.database))
    return sorted(
        (SignInName(s.account_id, s.name) for s in ring.slots), key=lambda n: n.name.casefold()
    )


@dataclass(frozen=True)
class _PinVerifier:
    """A PIN as this run can check it and nothing else can: HMAC-SHA256 under a random key
    made when the PIN is set. Held in memory only; never written anywhere."""

    key: bytes
    digest: bytes

    @staticmethod
    def _mac(key: bytes, pin: str) -> bytes:
        text = unicodedata.normalize("NFKC", pin).encode("utf-8")
        return hmac.new(key, text, hashlib.sha256).digest()

    @classmethod
    def of(cls, pin: str) -> _PinVerifier:
        key = secrets.token_bytes(32)
        return cls(key, cls._mac(key, pin))

    def matches(self, pin: str) -> bool:
        return hmac.compare_digest(self._mac(self.key, pin), self.digest)


@dataclass(frozen=True)
class PasswordChecked:
    """A password found right for a locked session's account (:meth:`UserSession.check_password`):
    the database key its slot opened, for :meth:`UserSession.unlock_checked` to compare."""

    database_key: bytes = field(repr=False)


@dataclass
class UserSession:
    """A signed-in person with the database open. Lock it when they step away; only they can
    re-open it in this run (PIN or password); anyone else signs in anew ("Switch user")."""

    location: DataLocation
    store: Store
    account: Account
    now: Callable[[], datetime] = utc_now
    locked: bool = False
    pin_failures: int = 0
    backup_taken: bool = field(default=False)
    _pin: _PinVerifier | None = field(default=None, repr=False)
    # The account's own keys (and the grant key for an administrator who holds it), and what
    # sign-in found about the account's grant (see teamdesk.services.trust).
    keys: SessionKeys | None = None
    trust_warnings: tuple[Message, ...] = ()
    # Why the day's backup could not be taken at sign-in (the person is told; work goes on).
    backup_problem: Message | None = None

    @property
    def ctx(self) -> ServiceContext:
        return ServiceContext(self.store, self.account.actor(), keys=self.keys)

    @property
    def has_pin(self) -> bool:
        """Whether a PIN was set for this session (in this run; it is never stored)."""
        return self._pin is not None

    @property
    def pin_allowed(self) -> bool:
        """Whether the PIN may still re-open the session (a PIN is set, fewer than 5 wrong)."""
        return self.has_pin and self.pin_failures < MAX_PIN_TRIES

    def set_pin(self, pin: str) -> None:
        """Set the PIN that re-opens this session after it locks, for this run only (kept in
        memory, see the module's notes); refuses a PIN that is not 4 to 8 digits or is one
        digit repeated. Only the open session can do it, so only its own person."""
        if self.locked:
            raise PasswordRequired(_password_required(self.has_pin))
        problem = pin_problem(pin)
        if problem is not None:
            raise AccountFieldRefused(problem, "pin")
        self._pin = _PinVerifier.of(pin)
        self.pin_failures = 0
        self._audit("pin_set", "set a PIN for this session (kept in memory only)")

    def clear_pin(self) -> None:
        """Forget this session's PIN: a locked window then asks for the password."""
        if self.locked:
            raise PasswordRequired(_password_required(self.has_pin))
        if self._pin is None:
            return
        self._pin = None
        self._audit("pin_removed", "removed the session's PIN")

    def _audit(self, action: str, summary: str = "") -> None:
        """An event about this session's own account (lock, PIN, sign-out...)."""
        self.store.audit(
            action,
            actor=self.account.name,
            table="account",
            row_id=self.account.id,
            summary=summary,
        )

    def lock(self) -> None:
        """Lock the session (auto-lock or Ctrl+L); the database stays open for this person."""
        if not self.locked:
            self.locked = True
            self._audit("lock")

    def unlock_with_pin(self, pin: str) -> None:
        """Re-open a locked session with the PIN; the fifth wrong PIN requires the password."""
        if not self.pin_allowed or self._pin is None:
            raise PasswordRequired(_password_required(self.has_pin))
        # The account may have changed since sign-in (deactivated by an administrator).
        self._current_account()
        if self._pin.matches(pin):
            self._unlocked("PIN")
            return
        self.pin_failures += 1
        self._audit("unlock_failed", "wrong PIN")
        if not self.pin_allowed:
            raise PasswordRequired(_password_required(self.has_pin))
        raise WrongPassword(
            Message(
                N_("That PIN is not right. {left} more tries, then the password is needed."),
                {"left": MAX_PIN_TRIES - self.pin_failures},
            )
        )

    def unlock_with_password(self, password: str) -> None:
        """Re-open a locked session with the password (counts toward the account lock)."""
        self.unlock_checked(self.check_password(password))

    def check_password(self, password: str) -> PasswordChecked:
        """The slow half of re-opening with the password: the account's slot in the key file
        opened with it (Argon2, a second or so), a wrong password counted toward the account
        lock. It touches the key file only, never the session's database connection, so the
        window runs it on a worker thread and keeps answering; :meth:`unlock_checked` finishes
        the unlock on the session's own thread."""
        return PasswordChecked(_unwrap_for(self.location, self.account.id, password, self.now))

    def unlock_checked(self, checked: PasswordChecked) -> None:
        """Re-open the session with what :meth:`check_password` found: only the key of this
        session's database re-opens it (a check made for another folder does not)."""
        key = self.store.key
        if key is None or not hmac.compare_digest(checked.database_key, key):
            raise WrongPassword(Message(N_("That password does not open this TeamDesk.")))
        self._current_account()
        self._unlocked("password")

    def sign_out(self) -> None:
        """Close the session ("Switch user" or quitting); the database is closed and the PIN
        forgotten. The audit log's head is recorded in the key file (see
        :func:`anchored_audit`)."""
        self._pin = None
        if self.store.closed:
            return  # a re-key that could not open the file again (see services.rekey)
        try:
            anchored_audit(
                self.store,
                "sign_out",
                actor=self.account.name,
                table="account",
                row_id=self.account.id,
            )
        finally:
            self.store.close()

    def _current_account(self) -> Account:
        current = account_repo.account(self.store, self.account.id)
        if current is None or not current.active:
            raise SignInRefused(
                Message(
                    N_("The account {name} can no longer sign in. Ask an administrator."),
                    {"name": self.account.name},
                )
            )
        self.account, _ = effective_account(self.store, current, self.keys)
        return self.account

    def _unlocked(self, how: str) -> None:
        self.locked = False
        self.pin_failures = 0
        self._audit("unlock", f"with {how}")


def _password_required(has_pin: bool) -> Message:
    if not has_pin:
        return Message(N_("Type your password to continue."))
    return Message(
        N_("The PIN was wrong {n} times. Type your password to continue."), {"n": MAX_PIN_TRIES}
    )


@_file_errors_in_folder
def set_up_first_administrator(
    location: DataLocation,
    name: str,
    password: str,
    *,
    now: Callable[[], datetime] = utc_now,
    kdf: KdfParams | None = None,
    demo: bool = False,
) -> UserSession:
    """Create the database of an empty data folder with its first administrator, signed in.

    Refuses a folder that already holds a database, an empty name and a weak password (not
    for ``demo``: the demo's accounts share a password printed on its sign-in screen, over
    fiction only). The key file is written first: a crash before the database exists leaves a
    folder that is set up again from the start.
    """
    with file_errors(location.directory):
        if folder_state(location) is not FolderState.NEW:
            raise SignInRefused(
                Message(
                    N_("{folder} is already set up. Sign in instead."),
                    {"folder": str(location.directory)},
                )
            )
        # The same rule as every other account's name: one line, no control or bidi
        # characters, not longer than a name may be.
        name = " ".join(name_text(name, N_("account's name")).split())
        problem = None if demo else password_problem(password)
        if problem is not None:
            raise InvalidInput(problem)
        database_key = new_database_key()
        account_id = new_id()
        ring = new_keyring()
        with file_lock(lock_path(location.database)):
            save_keyring(
                keyring_path(location.database),
                ring.with_slot(wrap_key(ring, database_key, account_id, name, password, kdf)),
            )
        store = open_store(
            location.database, key=database_key, now=now, backup_dir=location.backups
        )
    try:
        store.insert(
            "account",
            {"name": name, "role": AccountRole.ADMINISTRATOR},
            actor=name,
            row_id=account_id,
            summary=f"set up TeamDesk with the first administrator, {name}",
        )
        account = account_repo.account(store, account_id)
        assert account is not None
        # The first administrator's sign-in makes the grant key and signs their grant.
        ring = load_keyring(keyring_path(location.database))
        slot = ring.slot(account_id)
        assert slot is not None
        keys, _ = establish(store, slot, open_slot(ring, slot, password), password, account)
        anchored_audit(store, "sign_in", actor=name, table="account", row_id=account_id)
    except BaseException:
        store.close()
        raise
    return UserSession(location, store, account, now=now, keys=keys)


@_file_errors_in_folder
def sign_in(
    location: DataLocation,
    who: str,
    password: str,
    *,
    now: Callable[[], datetime] = utc_now,
    daily_backup: bool = True,
) -> UserSession:
    """Sign in as the account ``who`` (its id or its name, any case) with ``password``.

    Refuses an unknown name, a wrong password (counted; the tenth in a row locks the account
    for a growing time), a locked account, and an account that is inactive in the database.
    On success writes the queued failed sign-ins and this sign-in to the audit log, and takes
    the day's backup when the newest is more than a day old.
    """
    ring = load_keyring(keyring_path(location.database))
    slot = _find_slot(ring, who)
    opened = _open_for(location, slot.account_id, password, now, ring=ring)
    store = open_store(
        location.database,
        key=opened.database_key,
        create=False,
        now=now,
        backup_dir=location.backups,
    )
    try:
        account = account_repo.account(store, slot.account_id)
        if account is None or not account.active:
            raise SignInRefused(
                Message(
                    N_(
                        "The account {name} is not active in this database (it was switched "
                        "off, or the database was restored from an older backup). Ask an "
                        "administrator."
                    ),
                    {"name": slot.name},
                )
            )
        # A restore stopped half-way left its bookkeeping to whoever signs in next.
        settlement = prepare_settlement(store, now())
        keys, warnings = establish(store, slot, opened, password, account)
        if settlement is not None:
            record_settlement(store, account.name, settlement)
        account, limits = effective_account(store, account, keys)
        owed = update_signin_record(location.database, _unreported)
        with store.transaction():
            _report_failures(store, owed)
        # Only once they are in the audit log; a count that cannot be cleared is reported again.
        with contextlib.suppress(KeyringError, OSError):
            update_signin_record(location.database, lambda r: _reported(r, owed))
        notices = [store.opening_notice] if store.opening_notice is not None else []
        for notice in notices:
            # Kept in the audit log too: the person may dismiss the box, the leader asks later.
            anchored_audit(store, "opening_notice", actor=account.name, summary=notice.render())
        anchored_audit(store, "sign_in", actor=account.name, table="account", row_id=account.id)
        session = UserSession(
            location,
            store,
            account,
            now=now,
            keys=keys,
            trust_warnings=(*notices, *warnings, *limits),
        )
        if daily_backup:
            try:
                session.backup_taken = take_daily_backup(store, location, now())
            except StoreError as problem:
                session.backup_problem = problem.message
    except BaseException:
        store.close()
        raise
    return session


def take_daily_backup(store: Store, location: DataLocation, now: datetime) -> bool:
    """Back up when the newest backup is more than a day old, then prune by the rotation;
    returns whether a backup was taken. A backup that fails raises its sentence (no room, a
    read-only folder), which the caller shows without refusing the sign-in; nothing of it is
    left behind."""
    if store.key is None or not backup_due(location.backups, now):
        return False
    backup_database(store.conn, location.backups, DAILY_LABEL, key=store.key, now=now)
    # The backup is taken; when pruning fails an old one stays until the next sign-in prunes.
    with contextlib.suppress(OSError):
        prune_backups(location.backups)
    return True


def _find_slot(ring: Keyring, who: str) -> KeySlot:
    for slot in ring.slots:
        if slot.account_id == who:
            return slot
    wanted = " ".join(who.split()).casefold()
    named = [slot for slot in ring.slots if slot.name.casefold() == wanted]
    if len(named) > 1:
        # Accounts made apart on two PCs may share a name: a password tried against the wrong
        # one would count toward locking someone else out, so none is tried.
        raise SignInRefused(
            Message(
                N_(
                    "More than one account is named {name} here, so nothing was tried. Sign "
                    "in with your account id ({ids}), and ask an administrator to rename one "
                    "so people can tell them apart."
                ),
                {"name": named[0].name, "ids": ", ".join(s.account_id for s in named)},
            )
        )
    if named:
        return named[0]
    raise SignInRefused(
        Message(
            N_(
                "There is no account named {name} here. Check the spelling, or ask an "
                "administrator."
            ),
            {"name": who},
        )
    )


def _unwrap_for(
    location: DataLocation,
    account_id: str,
    password: str,
    now: Callable[[], datetime],
    *,
    ring: Keyring | None = None,
    key_file: Path | None = None,
) -> bytes:
    """The database key for ``account_id``, counting a wrong password toward the lock in
    ``key_file`` (the file ``ring`` was read from: the data folder's key file unless named)."""
    return _open_for(location, account_id, password, now, ring=ring, key_file=key_file).database_key


def _open_for(
    location: DataLocation,
    account_id: str,
    password: str,
    now: Callable[[], datetime],
    *,
    ring: Keyring | None = None,
    key_file: Path | None = None,
) -> OpenedSlot:
    """What ``password`` opens in the slot of ``account_id``, counting a wrong password
    toward the lock in ``key_file`` (the file ``ring`` was read from: the data folder's key
    file unless named)."""
    key_file = key_file or keyring_path(location.database)
    ring = ring or load_keyring(key_file)
    slot = ring.slot(account_id)
    if slot is None:
        raise SignInRefused(Message(N_("This account can no longer sign in here.")))
    at = now()

    def still_locked(record: SignInRecord) -> datetime | None:
        until = record.tries(account_id).locked_until
        return until if until is not None and until > at else None

    until = update_signin_record(location.database, still_locked, key_file=key_file)
    if until is not None:
        raise _locked(slot.name, until)
    try:
        opened = open_slot(ring, slot, password)
    except SlotDamaged:
        raise SignInRefused(
            Message(
                N_(
                    "The key file's entry for {name} is damaged, so no password can open it "
                    "(this is not a wrong password, and nothing was counted). Other accounts "
                    "can still sign in. An administrator puts the key file back from a backup: "
                    "teamdesk restore --key-file."
                ),
                {"name": slot.name},
            )
        ) from None
    except PasswordMismatch:

        def count_failure(record: SignInRecord) -> tuple[int, datetime | None]:
            tries = record.tries(account_id)
            tries.failures += 1
            tries.locked_until = locked_until(tries.failures, at)
            tries.unreported += 1
            tries.last_failed_at = at
            return tries.failures, tries.locked_until

        try:
            failures, lock = update_signin_record(
                location.database, count_failure, key_file=key_file
            )
        except OSError as exc:
            raise WrongPassword(
                Message(
                    N_(
                        "The password is not right for {name}, and TeamDesk could not count "
                        "the wrong try in the key file ({error}). Ask your IT contact to make "
                        "the data folder writable."
                    ),
                    {"name": slot.name, "error": exc.strerror or str(exc)},
                )
            ) from None
        if lock is not None:
            raise _locked(slot.name, lock) from None
        left = MAX_PASSWORD_TRIES - failures
        raise WrongPassword(
            Message(
                N_(
                    "The password is not right for {name}. {left} more tries before the "
                    "account is locked for a while."
                ),
                {"name": slot.name, "left": left},
            )
        ) from None
    # The right password ends the run; a key file that cannot be written (a read-only folder)
    # keeps the count, which never stops this person.
    with contextlib.suppress(OSError):
        update_signin_record(
            location.database, lambda r: r.tries(account_id).lift(), key_file=key_file
        )
    return opened


def _unreported(record: SignInRecord) -> dict[str, tuple[int, datetime | None]]:
    return {
        account_id: (tries.unreported, tries.last_failed_at)
        for account_id, tries in record.accounts.items()
        if tries.unreported
    }


def _report_failures(store: Store, owed: dict[str, tuple[int, datetime | None]]) -> None:
    """Write the wrong passwords the key file counted into the audit log, one event per
    account, marked unverified (see :mod:`teamdesk.store.signin_record`): the account's name
    comes from the database, only the number and the time from the file."""
    for account_id, (count, last) in sorted(owed.items()):
        account = account_repo.account(store, account_id)
        if account is None:
            continue  # a slot the database does not know: nothing to say it about
        when = f", the last at {last.isoformat(timespec='seconds')}" if last else ""
        store.audit(
            "sign_in_failed",
            actor=account.name,
            table="account",
            row_id=account.id,
            summary=f"{count} wrong password(s){when}, as counted in the key file (unverified)",
        )


def _reported(record: SignInRecord, owed: dict[str, tuple[int, datetime | None]]) -> None:
    """Take the counts just written to the audit log off what is owed (tries typed meanwhile
    stay owed)."""
    for account_id, (count, _last) in owed.items():
        if account_id in record.accounts:
            tries = record.accounts[account_id]
            tries.unreported = max(0, tries.unreported - count)


def _locked(name: str, until: datetime) -> AccountLocked:
    return AccountLocked(
        Message(
            N_(
                "{name} is locked after too many wrong passwords, until {until} (UTC). Try "
                "again then, or ask an administrator to set a new password."
            ),
            {"name": name, "until": Moment(until)},
        ),
        until,
    )
