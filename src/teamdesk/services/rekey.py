"""Replacing the database key after an account was switched off (the mechanism and its
crash-safety are in :mod:`teamdesk.store.rekey`).

Switching an account off removes its slot, so its password opens the key file no more; but
the key itself is unchanged, and whoever once held an account could have kept it. Replacing it
needs the database closed everywhere, so it is done as the administrator's session closes:
the audit event is written first (signed, anchored), then the session signs out and the file is
re-keyed. Every other account gets the new key at its next sign-in, without noticing.
"""

from __future__ import annotations

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import Permission, ServiceError
from teamdesk.services.signin import UserSession
from teamdesk.services.sync import FOLDER_META
from teamdesk.services.trust import anchored_audit
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.rekey import missing_own_keys, replace_database_key


def sign_out_replacing_database_key(session: UserSession) -> None:
    """Sign ``session`` out and replace the database key (administrators only). Raises
    :class:`ServiceError` (the session stays signed in) or
    :class:`teamdesk.store.rekey.RekeyRefused` (signed out; TeamDesk was open elsewhere) with a
    sentence when it cannot be done; either way the database keeps its key, unchanged. Not
    for a PC that syncs: the change sets' key comes from the database key (see
    :func:`teamdesk.sync.changeset.sync_key`)."""
    ctx = session.ctx
    ctx.require(Permission.MANAGE_ACCOUNTS)
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
        raise ServiceError(
            Message(
                N_(
                    "The database key was not replaced, because this PC syncs with other PCs, "
                    "which read its changes with a key that comes from it. Nothing was changed."
                )
            )
        )
    old_key = store.key
    anchored_audit(
        store,
        "database_key_replaced",
        actor=ctx.who,
        summary="the database key is replaced as this session closes (unless TeamDesk is "
        "open elsewhere), so a switched-off account's old key no longer opens it",
    )
    session.sign_out()
    replace_database_key(session.location.database, old_key)
