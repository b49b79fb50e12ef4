"""Accounts: who may sign in, with which role, and their passwords. (A PIN belongs to one
session in one run and is never stored: see ``UserSession.set_pin`` in the sign-in service.)

An account is a row in the encrypted database (authoritative: name, role, unit, active) plus
a key slot in the key file beside it (the database key wrapped under the account's password).
Changing or resetting a password rewrites that one slot; the database is not re-encrypted
and nothing in it changes but the audit log.

Each backup keeps a copy of the key file, and the database key changes only when an
administrator replaces it (:mod:`teamdesk.services.rekey`, after switching an account off), so
an old slot in a copy would still open the database: a new password, a new name or a
switched-off account is carried into every backup's copy that holds the account (see
:func:`teamdesk.store.backup.update_key_copies`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from teamdesk.domain.accounts import Account, AccountRole, password_problem
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import (
    InvalidInput,
    NotFound,
    Permission,
    PermissionDenied,
    ServiceContext,
    ServiceError,
)
from teamdesk.services.inputs import name_text
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome
from teamdesk.services.trust import sealed_for, sign_grant
from teamdesk.store import account_repo, team_repo
from teamdesk.store.backup import update_key_copies
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import (
    KdfParams,
    Keyring,
    PasswordMismatch,
    SlotDamaged,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    open_slot,
    save_keyring,
    wrap_key,
)
from teamdesk.store.paths import DataLocation
from teamdesk.store.signin_record import update_signin_record
from teamdesk.store.trust import AccountKeys, GrantKey

ACCOUNT_FIELDS = frozenset({"name", "role", "staff_id", "unit_id"})


class AccountFieldRefused(InvalidInput):
    """What was typed into one field of an account form cannot be used; ``field`` names it
    (``name``, ``role``, ``password``, ``current_password``, or ``pin`` for a session's PIN),
    so a form shows the sentence beside that field."""

    def __init__(self, message: Message, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class AccountListing:
    """One line of an administrator's list of accounts."""

    account: Account
    unit_name: str
    staff_name: str
    # Whether the key file holds a key for the account (after restoring an older backup an
    # active account can lack one until an administrator gives it a new password).
    has_key: bool

    @property
    def can_sign_in(self) -> bool:
        return self.account.active and self.has_key

    @property
    def may_switch_off(self) -> bool:
        """Whether the account is on, so that it can be switched off."""
        return self.account.active


@dataclass(frozen=True)
class AccountRights:
    """Which parts of "Accounts and passwords" the acting person may use; each reason says why
    not (for the menu's tooltip), None where they may. Everyone changes their own password."""

    why_not_manage_accounts: Message | None
    why_not_change_locking: Message | None

    @property
    def may_manage_accounts(self) -> bool:
        return self.why_not_manage_accounts is None

    @property
    def may_change_locking(self) -> bool:
        return self.why_not_change_locking is None


class AccountService:
    """Creating accounts, roles and passwords. Administrators manage everyone's; each person
    changes their own password."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def rights(self) -> AccountRights:
        """What the acting person may do with accounts and the auto-lock time."""
        return AccountRights(
            why_not_manage_accounts=self.ctx.why_not(Permission.MANAGE_ACCOUNTS),
            why_not_change_locking=self.ctx.why_not(Permission.EDIT_SETTINGS),
        )

    # -- reading -------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Every account, active or not, by name."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        return account_repo.accounts(self.store)

    def listing(self) -> list[AccountListing]:
        """Every account with its unit's and staff record's names and whether it can sign in,
        by name."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        found = account_repo.accounts(self.store)
        try:
            keyed = {s.account_id for s in load_keyring(keyring_path(self.store.path)).slots}
        except KeyringError:
            keyed = set()
        units = {u.id: u.name for u in team_repo.units(self.store)}
        staff = team_repo.staff_by_ids(self.store, (a.staff_id for a in found if a.staff_id))
        return [
            AccountListing(
                account=a,
                unit_name=units.get(a.unit_id or "", ""),
                staff_name=staff[a.staff_id].name if a.staff_id in staff else "",
                has_key=a.id in keyed,
            )
            for a in found
        ]

    def staff_choices(self, unit_id: str | None) -> list[Staff]:
        """The active staff an account tied to ``unit_id`` can be linked to, by name: that
        unit's and those tied to no unit (every active staff member for no unit)."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        sql = "SELECT * FROM staff WHERE deleted_at IS NULL AND active = 1"
        params: tuple[str, ...] = ()
        if unit_id is not None:
            sql += " AND (unit_id IS NULL OR unit_id = ?)"
            params = (unit_id,)
        rows = self.store.query(sql + " ORDER BY name COLLATE NAME", params)
        return [team_repo.staff_from_row(r) for r in rows]

    def account(self, account_id: str) -> Account:
        """One account; a person may always read their own."""
        if account_id != self.ctx.actor.account_id:
            self.ctx.require(Permission.MANAGE_ACCOUNTS)
        found = account_repo.account(self.store, account_id)
        if found is None:
            raise NotFound(Message(N_("This account no longer exists.")))
        return found

    # -- administrators ------------------------------------------------------------------

    def create_account(
        self,
        name: str,
        role: AccountRole,
        password: str,
        *,
        staff_id: str | None = None,
        unit_id: str | None = None,
        kdf: KdfParams | None = None,
        demo: bool = False,
    ) -> Outcome:
        """Create an account that can sign in with ``password``; refuses an empty or taken
        name and a weak password (not for ``demo`` accounts, whose password is printed on the
        demo's sign-in screen)."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        name = _account_name(name)
        self._refuse_taken(name, None)
        if not demo:
            _refuse_weak(password)
        self._refuse_unsigned()
        database_key = self._database_key()
        with (
            self.store.recording() as changes,
            file_lock(lock_path(self.store.path)),
            self.store.transaction(),
        ):
            row_id = self.store.insert(
                "account",
                {
                    "name": name,
                    "role": AccountRole(role),
                    "staff_id": staff_id,
                    "unit_id": unit_id,
                },
                actor=self.ctx.who,
                summary=f"created account {name} ({AccountRole(role).value})",
            )
            # The key file is written inside the transaction: if it fails, the row is undone.
            path = keyring_path(self.store.path)
            ring = load_keyring(path)
            slot = wrap_key(ring, database_key, row_id, name, password, kdf)
            if AccountRole(role) is AccountRole.ADMINISTRATOR:
                slot = replace(slot, sealed_grant_key=sealed_for(ring, slot, self._grant_key()))
            ring = sign_grant(
                ring.with_slot(slot),
                self._grant_key(),
                row_id,
                AccountRole(role),
                unit_id,
                True,
                slot.signing_public,
            )
            save_keyring(path, ring)
        return Outcome(changes, row_id)

    def update_account(self, account_id: str, **fields: object) -> Outcome:
        """Change an account's name, role, unit or staff record; refuses to leave the
        installation without an active administrator."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        unknown = set(fields) - ACCOUNT_FIELDS
        if unknown:
            raise ValueError(f"unknown account fields {sorted(unknown)}")
        current = self.account(account_id)
        values = dict(fields)
        if "name" in values:
            values["name"] = _account_name(values["name"])
            self._refuse_taken(str(values["name"]), account_id)
        if "role" in values:
            values["role"] = AccountRole(str(values["role"]))
            if values["role"] is not AccountRole.ADMINISTRATOR:
                self._refuse_last_administrator(current)
        if "role" in values or "unit_id" in values:
            self._refuse_unsigned()
        with (
            self.store.recording() as changes,
            file_lock(lock_path(self.store.path)),
            self.store.transaction(),
        ):
            self.store.update("account", account_id, values, actor=self.ctx.who)
            path = keyring_path(self.store.path)
            ring = load_keyring(path)
            unchanged = ring
            if "name" in values and values["name"] != current.name:
                ring = ring.renamed(account_id, str(values["name"]))
            if "role" in values or "unit_id" in values:
                role = AccountRole(str(values.get("role", current.role)))
                unit_id = values.get("unit_id", current.unit_id)
                ring = self._regranted(ring, account_id, role, unit_id, current.active)
            if ring != unchanged:
                self._save_ring(ring, account_id)
        return Outcome(changes, account_id)

    def deactivate(self, account_id: str) -> Outcome:
        """Stop an account from signing in: its key slot is removed and the row marked
        inactive (kept for the audit log). Refuses the last active administrator. The key the
        person could have kept opens the database until an administrator replaces it
        (:func:`teamdesk.services.rekey.sign_out_replacing_database_key`)."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        current = self.account(account_id)
        self._refuse_last_administrator(current)
        self._refuse_unsigned()
        with (
            self.store.recording() as changes,
            file_lock(lock_path(self.store.path)),
            self.store.transaction(),
        ):
            self.store.update(
                "account",
                account_id,
                {"active": False},
                actor=self.ctx.who,
                summary=f"deactivated account {current.name}",
            )
            path = keyring_path(self.store.path)
            ring = sign_grant(
                load_keyring(path).without(account_id),
                self._grant_key(),
                account_id,
                current.role,
                current.unit_id,
                False,
            )
            self._save_ring(ring, account_id)
        return Outcome(changes, account_id)

    def reset_password(
        self, account_id: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Give an account a new password (a forgotten one, or an account made active again):
        re-wraps the key for it and lifts a lock from wrong tries. Nothing is re-encrypted."""
        self.ctx.require(Permission.MANAGE_ACCOUNTS)
        account = self.account(account_id)
        _refuse_weak(new_password)
        self._refuse_unsigned()
        with file_lock(lock_path(self.store.path)), self.store.transaction():
            if not account.active:
                self.store.update(
                    "account",
                    account_id,
                    {"active": True},
                    actor=self.ctx.who,
                    summary=f"reactivated account {account.name}",
                )
            self._rewrap(account, new_password, kdf)
            self.store.audit(
                "password_reset",
                actor=self.ctx.who,
                table="account",
                row_id=account_id,
                summary=f"reset the password of {account.name}",
            )
        update_signin_record(self.store.path, lambda r: r.tries(account_id).lift())

    # -- one's own -----------------------------------------------------------------------

    def change_own_password(
        self, old_password: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Change the signed-in person's password; refuses when the old one is wrong."""
        account = self._own_account()
        _refuse_weak(new_password)
        path = keyring_path(self.store.path)
        with file_lock(lock_path(self.store.path)), self.store.transaction():
            ring = load_keyring(path)
            slot = ring.slot(account.id)
            try:
                if slot is None:
                    raise PasswordMismatch(account.id)
                opened = open_slot(ring, slot, old_password)
            except SlotDamaged:
                raise AccountFieldRefused(
                    Message(
                        N_(
                            "Your entry in the key file is damaged, so the password cannot be "
                            "changed here; it is unchanged. An administrator puts the key file "
                            "back from a backup (teamdesk restore --key-file)."
                        )
                    ),
                    "current_password",
                ) from None
            except PasswordMismatch:
                raise AccountFieldRefused(
                    Message(N_("The current password is not right; the password is unchanged.")),
                    "current_password",
                ) from None
            # The account keeps its own keys (its grant names them) and its sealed grant key.
            self._rewrap(account, new_password, kdf, keep=opened.keys)
            self.store.audit(
                "password_changed",
                actor=self.ctx.who,
                table="account",
                row_id=account.id,
                summary="changed own password",
            )

    # -- internals -----------------------------------------------------------------------

    def _own_account(self) -> Account:
        account_id = self.ctx.actor.account_id
        if account_id is None:
            raise ServiceError(Message(N_("Sign in first.")))
        return self.account(account_id)

    def _database_key(self) -> bytes:
        if self.store.key is None:
            raise RuntimeError("the store was opened without its key")
        return self.store.key

    def _rewrap(
        self,
        account: Account,
        password: str,
        kdf: KdfParams | None,
        *,
        keep: AccountKeys | None = None,
    ) -> None:
        """A new slot for ``password``: with the account's own keys kept (``keep``, its own
        password change) or new ones, signed into its grant by the acting administrator."""
        path = keyring_path(self.store.path)
        ring = load_keyring(path)
        old = ring.slot(account.id)
        slot = wrap_key(
            ring,
            self._database_key(),
            account.id,
            account.name,
            password,
            kdf,
            account_secret=keep.secret if keep is not None else None,
            sealed_grant_key=old.sealed_grant_key if keep is not None and old else b"",
        )
        ring = ring.with_slot(slot)
        if keep is None:
            # Reset by an administrator: the new key joins the grant, and the grant key is
            # sealed to the new slot of an administrator.
            current = account_repo.account(self.store, account.id) or account
            ring = self._regranted(
                ring, account.id, current.role, current.unit_id, True, slot.signing_public
            )
        self._save_ring(ring, account.id)

    def _refuse_unsigned(self) -> None:
        """Once grants are signed, only a session holding the key that signs them may change
        a role, a unit or who may sign in: an unsigned change would leave the account read-only."""
        try:
            signed = bool(load_keyring(keyring_path(self.store.path)).grant_public)
        except KeyringError:
            return  # the write itself says what is wrong with the key file
        if signed and self._grant_key() is None:
            raise PermissionDenied(
                Message(
                    N_(
                        "Roles and units are signed with the key that signs roles, and this "
                        "session does not hold it (an administrator who holds it gives it to "
                        "you at their next sign-in). Nothing was changed."
                    )
                )
            )

    def _grant_key(self) -> GrantKey | None:
        keys = self.ctx.keys
        return keys.grant_key if keys is not None else None

    def _regranted(
        self,
        ring: Keyring,
        account_id: str,
        role: AccountRole,
        unit_id: object,
        active: bool,
        new_key: bytes = b"",
    ) -> Keyring:
        """``ring`` with the account's grant signed for these terms, and the grant key sealed
        to it when it is an administrator (taken away when it no longer is)."""
        grant_key = self._grant_key()
        unit = None if unit_id is None else str(unit_id)
        ring = sign_grant(ring, grant_key, account_id, role, unit, active, new_key)
        slot = ring.slot(account_id)
        if slot is not None:
            if role is AccountRole.ADMINISTRATOR:
                sealed = slot.sealed_grant_key or sealed_for(ring, slot, grant_key)
            else:
                sealed = b""
            if sealed != slot.sealed_grant_key:
                # A new version, so the other PCs of the house take the changed slot.
                slot = ring.written(replace(slot, sealed_grant_key=sealed))
            ring = ring.with_slot(slot)
        return ring

    def _save_ring(self, ring: Keyring, account_id: str) -> None:
        """Write the key file (the caller holds its lock), then carry the account's change into
        the backups' copies of it."""
        save_keyring(keyring_path(self.store.path), ring)
        update_key_copies(DataLocation(self.store.path.parent, "").backups, ring, account_id)

    def _refuse_taken(self, name: str, own_id: str | None) -> None:
        for other in account_repo.accounts(self.store):
            if other.id != own_id and other.name.casefold() == name.casefold():
                raise AccountFieldRefused(
                    Message(
                        N_("There is already an account named {name}. Choose another name."),
                        {"name": name},
                    ),
                    "name",
                )

    def _refuse_last_administrator(self, account: Account) -> None:
        admins = account_repo.active_administrators(self.store)
        if account.role is AccountRole.ADMINISTRATOR and admins == [account.id]:
            raise AccountFieldRefused(
                Message(
                    N_(
                        "{name} is the only active administrator. Make another account an "
                        "administrator first, so someone can still manage accounts."
                    ),
                    {"name": account.name},
                ),
                "role",
            )


def _account_name(value: object) -> str:
    if not str(value or "").strip():
        raise AccountFieldRefused(Message(N_("The account's name cannot be empty.")), "name")
    try:
        name = name_text(value, N_("account's name"))
    except InvalidInput as refused:
        raise AccountFieldRefused(refused.message, "name") from None
    return " ".join(name.split())


def _refuse_weak(password: str) -> None:
    problem = password_problem(password)
    if problem is not None:
        raise AccountFieldRefused(problem, "password")


AUTO_LOCK_SETTING = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 5


def auto_lock_minutes(ctx: ServiceContext) -> int:
    """Minutes without input after which a session locks itself (the house's setting)."""
    ctx.require(Permission.READ_RESIDENTS)
    row = ctx.store.get("setting", AUTO_LOCK_SETTING)
    try:
        minutes = int(row["value"]) if row is not None and not row["deleted_at"] else 0
    except ValueError:
        minutes = 0
    return minutes if minutes > 0 else DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(ctx: ServiceContext, minutes: int) -> None:
    """Set the auto-lock time for this installation; refuses less than 1 or more than 60."""
    ctx.require(Permission.EDIT_SETTINGS)
    if not 1 <= minutes <= 60:
        raise InvalidInput(Message(N_("Auto-lock is between 1 and 60 minutes.")))
    write_setting(ctx, AUTO_LOCK_SETTING, str(minutes))
