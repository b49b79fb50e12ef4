"""Signed grants, the signed-in account's own keys and the audit anchor, as sign-in, the account
services, backups and restores use them (the mechanism is in :mod:`teamdesk.store.trust`).

- At sign-in the password opens the account's own secret; a slot from before grants were signed
  gets one. An administrator's sign-in unseals the grant key; the first administrator to sign
  in to a database whose grants were never signed creates it and signs every account's grant as
  the database has it (the migration). An administrator holding the grant key also adds the
  keys of accounts that have signed in since to their grants, and seals the grant key to
  administrators who lack it.
- The role a session acts with is the database's only when it matches a grant that verifies;
  otherwise it is read-only (an administrator who holds the grant key stays administrator so
  they can put things right), with a warning for the person and, through the findings, for
  leaders.
- Sign-in, sign-out, backups and restores write their audit event and, in the same
  transaction, record the chain's head in the database's meta table and in the key file. A head
  that does not agree is not overwritten (so ``check`` keeps reporting it) except by a restore.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from teamdesk.domain.accounts import Account, AccountRole
from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.text import N_, Message
from teamdesk.store import account_repo
from teamdesk.store.errors import KeyringError, StoreError
from teamdesk.store.integrity import (
    ANCHOR_META,
    GRANT_PUBLIC_META,
    anchor_problems,
    as_committed,
    grant_mismatch,
    grant_problems,
    next_anchor_count,
)
from teamdesk.store.keyring import (
    Keyring,
    KeySlot,
    OpenedSlot,
    file_lock,
    keyring_path,
    load_keyring,
    lock_path,
    save_keyring,
    wrap_key,
)
from teamdesk.store.store import Store
from teamdesk.store.trust import (
    AccountKeys,
    Anchor,
    Grant,
    GrantKey,
    SessionKeys,
    grant_associated,
    new_secret,
    seal,
    unseal,
)


def _rows(store: Store) -> list[tuple[str, str, str | None, bool]]:
    return [
        (str(r["id"]), str(r["role"]), r["unit_id"], bool(r["active"]))
        for r in store.query(
            "SELECT id, role, unit_id, active FROM account WHERE deleted_at IS NULL"
        )
    ]


def sealed_for(ring: Keyring, slot: KeySlot | None, grant_key: GrantKey | None) -> bytes:
    """The grant key sealed to ``slot``'s account (empty when it cannot be)."""
    if grant_key is None or slot is None or not slot.box_public:
        return b""
    return seal(slot.box_public, grant_key.raw, grant_associated(ring.database_id, slot.account_id))


def establish(
    store: Store,
    slot: KeySlot,
    opened: OpenedSlot,
    password: str,
    account: Account,
) -> tuple[SessionKeys | None, list[Message]]:
    """The signed-in account's keys (and the grant key for an administrator holding it), with
    warnings for the person; upgrades the key file as described in the module's notes. The
    store signs its audit events with the account's key from here on. A key file that cannot be
    written (a read-only folder) leaves the session without keys, never without sign-in."""
    warnings: list[Message] = []
    path = keyring_path(store.path)
    distrusted = False
    first_anchor: Anchor | None = None
    try:
        with file_lock(lock_path(store.path)):
            with store.transaction():
                ring, first_anchor, keys, grant_key, distrusted = _establish_in(
                    store, path, slot, opened, password, account, warnings
                )
            if first_anchor is not None and store.key is not None and not store.in_transaction:
                # Committed: the first anchor settled (see anchored_audit). Not written, it
                # stays pending, which agrees with the database.
                settled = first_anchor.settled().with_mac(ring.database_id, store.key)
                with contextlib.suppress(OSError):
                    save_keyring(path, replace(ring, anchor=settled))
    except (OSError, KeyringError, StoreError):
        return None, warnings
    store.signer = (account.id, keys)
    return SessionKeys(account.id, keys, grant_key, trusts_grant_key=not distrusted), warnings


def _establish_in(
    store: Store,
    path: Path,
    slot: KeySlot,
    opened: OpenedSlot,
    password: str,
    account: Account,
    warnings: list[Message],
) -> tuple[Keyring, Anchor | None, AccountKeys, GrantKey | None, bool]:
    """:func:`establish`'s work in its transaction: the key file as written (before the
    commit), the first anchor when this wrote it (pending), the account's keys, the grant key
    and whether the grant key in the key file is distrusted."""
    distrusted = False
    first_anchor: Anchor | None = None
    # A first anchor whose sign-in stopped before the commit never happened.
    written = load_keyring(path)
    ring = as_committed(store, written)
    current = ring.slot(slot.account_id) or slot
    keys = opened.keys
    trusted = opened.trusted_grant_public
    if ring is not written and trusted == written.grant_public:
        trusted = None  # the grant key of that sign-in: the database never had it
    changed = False
    if keys is None:
        # A slot from before grants were signed: give the account its own keys now.
        keys = AccountKeys(new_secret())
        current = wrap_key(
            ring,
            opened.database_key,
            current.account_id,
            current.name,
            password,
            current.kdf,
            account_secret=keys.secret,
            sealed_grant_key=current.sealed_grant_key,
        )
        trusted = ring.grant_public
        changed = True
    elif opened.rewrap:
        # The database was re-keyed since: the new key, sealed to the account, is
        # wrapped under the password now (the sealed copy is dropped).
        same_trust = replace(ring, grant_public=trusted or b"")
        current = _rewrapped(same_trust, current, opened, password, keys)
        changed = True
    meta_public = store.meta(GRANT_PUBLIC_META) or ""
    if trusted and ring.grant_public and trusted != ring.grant_public:
        distrusted = True
        warnings.append(
            Message(
                N_(
                    "The key that signs roles in the key file is not the one your "
                    "account trusts: someone replaced it. Roles are read-only until an "
                    "administrator has looked into it; run 'teamdesk check'."
                )
            )
        )
    elif trusted and not ring.grant_public and not meta_public:
        # Anyone who opens the database can remove the grant key from it and the key file;
        # that looks like a database from before grants were signed, whose rows act as they
        # say. This account trusted a grant key, so it was there and someone removed it.
        distrusted = True
        warnings.append(
            Message(
                N_(
                    "The key that signs roles is gone from the key file and the database, "
                    "though your account trusts one: someone removed it. Roles are read-only "
                    "until an administrator has looked into it; run 'teamdesk check'."
                )
            )
        )
    elif not trusted and ring.grant_public and ring.grant_public.hex() == meta_public:
        current = _rewrapped(ring, current, opened, password, keys)
        changed = True
    grant_key = None if distrusted else unsealed_grant_key(ring, current, keys)
    if (
        grant_key is None
        and not distrusted
        and not ring.grant_public
        and not meta_public
        and account.role is AccountRole.ADMINISTRATOR
        and account.active
    ):
        grant_key = GrantKey.generate()
        ring = replace(ring, grant_public=grant_key.public)
        ring = ring.with_slot(
            replace(
                _rewrapped(ring, current, opened, password, keys),
                sealed_grant_key=b"",
            )
        )
        current = ring.slot(current.account_id) or current
        current = replace(current, sealed_grant_key=sealed_for(ring, current, grant_key))
        ring = ring.with_slot(current)
        ring = _sign_all(ring, store, grant_key)
        store.set_meta(GRANT_PUBLIC_META, grant_key.public.hex())
        # The audit log's head is anchored from now on (see anchored_audit), pending
        # until the commit: a key file written but not committed is one the database
        # never had (integrity.unfinished_first_anchor).
        if store.key is not None and ring.anchor is None:
            head = store.audit_head() or (0, "")
            first_anchor = Anchor(next_anchor_count(store, ring), head[0], head[1])
            pending = first_anchor.pending_after("").with_mac(ring.database_id, store.key)
            ring = replace(ring, anchor=pending)
            store.set_meta(ANCHOR_META, first_anchor.text())
        changed = True
    else:
        ring = ring.with_slot(current)
    if grant_key is not None:
        covered = _cover(ring, store, grant_key)
        changed = changed or covered != ring
        ring = covered
    if changed:
        save_keyring(path, ring)
    return ring, first_anchor, keys, grant_key, distrusted


def _rewrapped(
    ring: Keyring, slot: KeySlot, opened: OpenedSlot, password: str, keys: AccountKeys
) -> KeySlot:
    """``slot`` wrapped anew (same secret) so it trusts ``ring``'s grant key."""
    return wrap_key(
        ring,
        opened.database_key,
        slot.account_id,
        slot.name,
        password,
        slot.kdf,
        account_secret=keys.secret,
        sealed_grant_key=slot.sealed_grant_key,
    )


def unsealed_grant_key(ring: Keyring, slot: KeySlot, keys: AccountKeys) -> GrantKey | None:
    if not slot.sealed_grant_key or not ring.grant_public:
        return None
    raw = unseal(keys, slot.sealed_grant_key, grant_associated(ring.database_id, slot.account_id))
    if raw is None:
        return None
    key = GrantKey(raw)
    return key if key.public == ring.grant_public else None


def _sign_all(ring: Keyring, store: Store, grant_key: GrantKey) -> Keyring:
    """The migration: every account's grant signed as the database has it."""
    for account_id, role, unit_id, active in _rows(store):
        slot = ring.slot(account_id)
        keys = (slot.signing_public,) if slot is not None and slot.signing_public else ()
        grant = Grant(account_id, role, unit_id, active, keys)
        ring = ring.with_grant(grant.signed(ring.database_id, grant_key))
    return ring


def _cover(ring: Keyring, store: Store, grant_key: GrantKey) -> Keyring:
    """Add the keys of accounts that signed in since to their (verified, matching) grants, and
    seal the grant key to administrators that lack it."""
    for account_id, role, unit_id, active in _rows(store):
        if grant_mismatch(ring, role, unit_id, active, account_id) is not None:
            continue
        grant = ring.grant(account_id)
        slot = ring.slot(account_id)
        if grant is None or slot is None:
            continue
        if slot.signing_public and not grant.signing_keys:
            ring = ring.with_grant(
                grant.with_key(slot.signing_public).signed(ring.database_id, grant_key)
            )
        if role == AccountRole.ADMINISTRATOR.value and active and not slot.sealed_grant_key:
            sealed = sealed_for(ring, slot, grant_key)
            if sealed:
                # A new version, so the other PCs of the house take the changed slot.
                ring = ring.with_slot(ring.written(replace(slot, sealed_grant_key=sealed)))
    return ring


def effective_account(
    store: Store, account: Account, keys: SessionKeys | None
) -> tuple[Account, list[Message]]:
    """The account as the session may act: the database's role when it matches a grant that
    verifies, else read-only (see the module's notes)."""
    try:
        ring = as_committed(store, load_keyring(keyring_path(store.path)))
    except KeyringError:
        return account, []
    meta_public = store.meta(GRANT_PUBLIC_META) or ""
    distrusted = keys is not None and not keys.trusts_grant_key
    if not ring.grant_public and not meta_public and not distrusted:
        return account, []  # grants not signed yet: the migration signs them
    wrong: str | None
    if ring.grant_public.hex() != meta_public or distrusted:
        wrong = "the key that signs roles was replaced or removed"
    else:
        wrong = grant_mismatch(
            ring, account.role.value, account.unit_id, account.active, account.id
        )
    if wrong is None:
        return account, []
    holds_key = keys is not None and keys.grant_key is not None
    if holds_key and account.role is AccountRole.ADMINISTRATOR:
        return account, [
            Message(
                N_(
                    "Your account's grant does not match the database ({problem}). You hold "
                    "the key that signs roles, so you stay administrator: check the accounts."
                ),
                {"problem": wrong},
            )
        ]
    # Read-only, and within the unit an administrator granted when there is a grant that
    # verifies (a unit taken off the row by hand does not open the other units).
    grant = ring.grant(account.id)
    unit_id = account.unit_id
    if grant is not None and grant.verifies(ring.database_id, ring.grant_public):
        unit_id = grant.unit_id
    limited = replace(account, role=AccountRole.READ_ONLY, unit_id=unit_id)
    return limited, [
        Message(
            N_(
                "The role of {name} in the database is not the one an administrator signed "
                "({problem}), so this session is read-only. Ask an administrator."
            ),
            {
                "name": account_repo.label(account_repo.labels(store), account.id, account.name),
                "problem": wrong,
            },
        )
    ]


def sign_grant(
    ring: Keyring,
    grant_key: GrantKey | None,
    account_id: str,
    role: AccountRole,
    unit_id: str | None,
    active: bool,
    new_signing_key: bytes = b"",
) -> Keyring:
    """``ring`` with the account's grant signed anew for these terms (keeping its earlier
    signing keys); unchanged when grants are not signed yet or the acting administrator does
    not hold the grant key (then the account keeps no more than read-only until one who does
    signs)."""
    if grant_key is None or not ring.grant_public:
        return ring
    previous = ring.grant(account_id)
    keys = previous.signing_keys if previous is not None else ()
    grant = Grant(account_id, role.value, unit_id, active, keys).with_key(new_signing_key)
    return ring.with_grant(grant.signed(ring.database_id, grant_key))


# -- the audit anchor -------------------------------------------------------------------------


def anchored_audit(
    store: Store,
    action: str,
    *,
    actor: str,
    table: str | None = None,
    row_id: str | None = None,
    summary: str = "",
    rebase: bool = False,
) -> bool:
    """Write an audit event and record the chain's new head beside the database (meta table
    and key file). A head that does not agree with the key file's is not extended unless
    ``rebase`` (a restore): the event is written without an anchor. Returns whether the head
    was recorded.

    The key file is written twice: before the commit with the anchor *pending* (naming the
    database's anchor before this write), so a key file that cannot be written undoes the
    event; and after the commit, settled. Killed between the two, the folder is in one of two
    states ``check`` knows as sound (see :class:`teamdesk.store.trust.Anchor`)."""
    if store.key is None:
        store.audit(action, actor=actor, table=table, row_id=row_id, summary=summary)
        return False
    path = keyring_path(store.path)
    try:
        with file_lock(lock_path(store.path)):
            with store.transaction():
                ring = as_committed(store, load_keyring(path))
                # Not anchored yet (a database from before grants were signed) or not
                # agreeing: the event is written, the record is left as it is.
                agrees = ring.anchor is not None and not anchor_problems(store, ring)
                store.audit(action, actor=actor, table=table, row_id=row_id, summary=summary)
                if not agrees and not rebase:
                    return False
                head = store.audit_head()
                assert head is not None
                before = store.meta(ANCHOR_META) or ""
                if rebase:
                    count = next_anchor_count(store, ring)
                else:
                    assert ring.anchor is not None
                    recorded = Anchor.parse(before)
                    count = max(ring.anchor.count, recorded.count if recorded else 0) + 1
                anchor = Anchor(count, head[0], head[1])
                store.set_meta(ANCHOR_META, anchor.text())
                if ring.grant_public and not store.meta(GRANT_PUBLIC_META) and rebase:
                    store.set_meta(GRANT_PUBLIC_META, ring.grant_public.hex())
                # Written before the commit: if it fails, the event and the meta row are
                # undone.
                pending = anchor.pending_after(before).with_mac(ring.database_id, store.key)
                save_keyring(path, replace(ring, anchor=pending))
            if store.in_transaction:
                return True  # an outer transaction commits it; the anchor stays pending
            try:
                settled = anchor.settled().with_mac(ring.database_id, store.key)
                save_keyring(path, replace(ring, anchor=settled))
            except OSError:
                pass  # committed; a pending anchor that agrees with the database is sound
        return True
    except (OSError, KeyringError):
        store.audit(action, actor=actor, table=table, row_id=row_id, summary=summary)
        return False


def trust_findings(store: Store) -> list[Finding]:
    """Signs of tampering for the warnings panel (grants and the anchor; the signatures of
    every event are checked by ``teamdesk check``)."""
    try:
        ring = load_keyring(keyring_path(store.path))
    except KeyringError:
        return []
    problems = grant_problems(store, ring) + anchor_problems(store, ring)
    return [
        Finding(
            "tampering",
            Severity.ALERT,
            Message(
                N_(
                    "TeamDesk found a sign of tampering or an unfinished change: {problem}. "
                    "Run 'teamdesk check' and tell your IT contact."
                ),
                {"problem": problem},
            ),
            "house",
            "",
        )
        for problem in problems
    ]


def key_file_of(database: Path) -> Path:
    return keyring_path(database)


def record_head_anew(store: Store, actor: str, problems: list[str]) -> None:
    """An administrator who has looked into what ``check`` reported about the audit anchor
    (say, TeamDesk stopped between writing the key file and the database) records the log's
    head anew; the event says what was accepted, so nothing is hidden."""
    anchored_audit(
        store,
        "audit_head_recorded",
        rebase=True,
        actor=actor,
        summary="recorded the audit log's head anew after: " + "; ".join(problems),
    )
