"""Replacing the database key after an account was switched off (the mechanism and its
crash-safety are in :mod:`teamdesk.store.rekey`).

Switching an account off removes its slot, so its password opens the key file no more; but
the key itself is unchanged, and whoever once held an account could have kept a copy of the
key file, and of the database with it. Replacing the key needs the database closed everywhere.
Two ways:

- :func:`sign_out_replacing_database_key` (the command line): the audit event is written
  first (signed, anchored), then the session signs out and the file is re-keyed.
- :func:`begin_replacing_database_key` (the program's Accounts window): the same event, then
  the session's connection is closed, :meth:`KeyReplacement.run` re-keys and opens the file
  again (on a worker thread), and :meth:`KeyReplacement.finish` hands the new connection to the
  session's store, so the person stays signed in and every view keeps its store. The window
  first closes its other connections (the re-key refuses while any is open, as it does while
  another TeamDesk has the folder open).

Every other account gets the new key at its next sign-in, without noticing. A PC that syncs is
refused: the change sets' key comes from the database key (see
:func:`teamdesk.sync.changeset.sync_key`), so the other PCs could read its changes no more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.signin import UserSession
from teamdesk.services.sync import FOLDER_META
from teamdesk.services.trust import anchored_audit
from teamdesk.store.errors import KeyringError, StoreError
from teamdesk.store.keyring import keyring_path, load_keyring, new_database_key
from teamdesk.store.rekey import missing_own_keys, replace_database_key
from teamdesk.store.store import Store, open_store
from teamdesk.store.trust import database_key_id

log = logging.getLogger(__name__)

SYNCING_REFUSAL = N_(
    "The database key was not replaced, because this PC syncs with other PCs: they read its "
    "changes with a key that comes from the database key, so after a new key they could read "
    "them no more and would have to join the house again. Nothing was changed."
)


def check_key_replacement(session: UserSession) -> None:
    """Refuse (:class:`ServiceError`, nothing changed) what :func:`sign_out_replacing_database_key`
    and :func:`begin_replacing_database_key` cannot do: a session without the right to manage
    accounts, accounts that could not be given the new key, a PC that syncs."""
    session.ctx.require(Permission.MANAGE_ACCOUNTS)
    store = session.store
    if store.key is None:
        raise RuntimeError("the store was opened without its key")
    missing = missing_own_keys(load_keyring(keyring_path(store.path)))
    if missing:
        raise ServiceError(
            Message(
                N_(
                    "The database key was not replaced, because these accounts have not "
                    "signed in since roles were signed and so cannot be given the new key: "
                    "{names}. Give them a new password, or switch them off, and try again."
                ),
                {"names": ", ".join(sorted(missing))},
            )
        )
    if store.meta(FOLDER_META) or store.peer_watermarks():
        raise ServiceError(Message(SYNCING_REFUSAL))


def sign_out_replacing_database_key(session: UserSession) -> None:
    """Sign ``session`` out and replace the database key (administrators only). Raises
    :class:`ServiceError` (the session stays signed in) or
    :class:`teamdesk.store.rekey.RekeyRefused` (signed out; TeamDesk was open elsewhere) with a
    sentence when it cannot be done; either way the database keeps its key, unchanged."""
    check_key_replacement(session)
    store = session.store
    old_key = store.key
    assert old_key is not None
    anchored_audit(
        store,
        "database_key_replaced",
        actor=session.ctx.who,
        summary="the database key is replaced as this session closes (unless TeamDesk is "
        "open elsewhere), so a switched-off account's old key no longer opens it",
    )
    session.sign_out()
    replace_database_key(session.location.database, old_key)


@dataclass
class KeyReplacement:
    """A re-key for a session that stays signed in (see the module's notes): made by
    :func:`begin_replacing_database_key` with the session's connection closed."""

    session: UserSession
    old_key: bytes = field(repr=False)
    new_key: bytes = field(repr=False)
    reopened: Store | None = None
    problem: StoreError | OSError | None = None

    def run(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Re-key the file and open it again with the key it has now (any thread; touches
        nothing of the session's). A refusal is kept for :meth:`finish`; only a file that can
        be opened with neither key raises, and the session stays closed."""
        location = self.session.location
        try:
            replace_database_key(
                location.database, self.old_key, new_key=self.new_key, progress=progress
            )
        except (StoreError, OSError) as problem:
            self.problem = problem
        self.reopened = open_store(
            location.database,
            key=self.new_key if self.replaced else self.old_key,
            create=False,
            now=self.session.store.now,
            backup_dir=location.backups,
        )

    @property
    def replaced(self) -> bool:
        """Whether the file has the new key (the key file says so once the copy took the
        database's place, even when a later step failed)."""
        try:
            ring = load_keyring(keyring_path(self.session.location.database))
        except (KeyringError, OSError):
            return self.problem is None
        return ring.key_id == database_key_id(self.new_key)

    def finish(self) -> None:
        """On the session's own thread after :meth:`run`: the session's store goes on with
        the new connection. Raises the refusal, as a sentence, when the key was not replaced
        (the store then goes on with the old key; the audit log says it was kept)."""
        if self.reopened is None:
            raise RuntimeError("finish() before run() opened the database again")
        store = self.session.store
        store.continue_on(self.reopened)
        self.reopened = None
        if store.key == self.new_key:
            if self.problem is not None:
                log.warning("the key was replaced; a later step failed: %s", self.problem)
            return
        anchored_audit(
            store,
            "database_key_kept",
            actor=self.session.ctx.who,
            summary=f"the database key was not replaced: {self.problem}",
        )
        if isinstance(self.problem, StoreError):
            raise self.problem
        raise ServiceError(
            Message(
                N_(
                    "The database key was not replaced: {reason}. The database keeps its key; "
                    "nothing was changed."
                ),
                {"reason": str(self.problem)},
            )
        )


def begin_replacing_database_key(session: UserSession) -> KeyReplacement:
    """Start replacing the database key while ``session`` stays signed in (administrators
    only): refuses as :func:`check_key_replacement` says, then writes the audit event and
    closes the session's connection; the caller runs :meth:`KeyReplacement.run` (it may on a
    worker thread) and then :meth:`KeyReplacement.finish` on the session's thread. Close every
    other connection of this process first, or the re-key is refused as "open elsewhere"."""
    check_key_replacement(session)
    store = session.store
    old_key = store.key
    assert old_key is not None
    anchored_audit(
        store,
        "database_key_replaced",
        actor=session.ctx.who,
        summary="the database key is replaced while this session stays signed in (unless "
        "TeamDesk is open elsewhere), so a switched-off account's old key no longer opens it",
    )
    store.close()
    return KeyReplacement(session, old_key, new_database_key())


def key_replacement_refusal(session: UserSession) -> Message | None:
    """Why the database key cannot be replaced now (see :func:`check_key_replacement`), so a
    window offers it only when it can be; None when it can (TeamDesk open elsewhere is found
    only when it is tried)."""
    try:
        check_key_replacement(session)
    except ServiceError as refused:
        return refused.message
    return None
