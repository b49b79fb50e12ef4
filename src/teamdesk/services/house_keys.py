"""This PC's share of the house keys (see :mod:`teamdesk.sync.housekeys`).

Kept in the database's own ``meta`` table (local to this file, never a change entry):

- ``house_keys``: every house key this PC holds, by id (a snapshot carries them, so a PC that
  joins reads every set still in the folder);
- ``house_retired``: the retired PCs and the last of their change sets that is applied;
- ``sync_pc_secret``: this PC's own key pair, bound to its replica id (a copy or a restore gets
  a new one). Never in a snapshot: :meth:`teamdesk.store.store.Store.copy_bytes` leaves every
  ``sync_`` value out.

Each round first reads the folder's house keys: one signed by an active administrator of the
house (their signing key as this PC's key file has it) is taken, the key opened with this PC's
key or the signed-in person's, its retired PCs recorded. Then this PC's public key is published
when it is not yet, signed by the person signed in.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

from teamdesk.domain.accounts import AccountRole
from teamdesk.domain.text import N_, Message
from teamdesk.store import account_repo
from teamdesk.store.keyring import Keyring
from teamdesk.store.store import Store
from teamdesk.store.trust import AccountKeys, SessionKeys, new_secret
from teamdesk.sync.changeset import BASE_KEY_ID, ChangeSetRefused
from teamdesk.sync.engine import RoundKeys
from teamdesk.sync.housekeys import (
    KEY_SUFFIX,
    PC_SUFFIX,
    HouseKey,
    KeyDocument,
    PcDocument,
    newest,
    recipient_for_account,
    recipient_for_pc,
)
from teamdesk.sync.transport import HouseTransport

HOUSE_KEYS_META = "house_keys"
RETIRED_META = "house_retired"
PC_SECRET_META = "sync_pc_secret"


def held_keys(store: Store, base_key: bytes) -> dict[str, HouseKey]:
    """The house keys this PC holds, the base key among them."""
    keys = {BASE_KEY_ID: HouseKey(BASE_KEY_ID, 0, base_key)}
    raw = store.meta(HOUSE_KEYS_META)
    if raw:
        for key_id, (epoch, text) in json.loads(raw).items():
            keys[str(key_id)] = HouseKey(str(key_id), int(epoch), base64.b64decode(text))
    return keys


def keep_key(store: Store, held: dict[str, HouseKey], key: HouseKey) -> None:
    """Add ``key`` to the house keys this PC holds (in the caller's transaction)."""
    _save_keys(store, {**held, key.key_id: key})


def _save_keys(store: Store, keys: dict[str, HouseKey]) -> None:
    store.set_meta(
        HOUSE_KEYS_META,
        json.dumps(
            {
                k.key_id: [k.epoch, base64.b64encode(k.key).decode("ascii")]
                for k in keys.values()
                if k.key_id != BASE_KEY_ID
            },
            sort_keys=True,
        ),
    )


def retired(store: Store) -> dict[str, int]:
    """The retired PCs (replica ids) and the last of their change sets that is applied."""
    raw = store.meta(RETIRED_META)
    return {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}


def round_keys(store: Store, base_key: bytes) -> RoundKeys:
    keys = held_keys(store, base_key)
    return RoundKeys({k.key_id: k.key for k in keys.values()}, newest(keys).key_id, retired(store))


def pc_keys(store: Store) -> AccountKeys:
    """This PC's own key pair, made the first time (and anew for a copy or a restore, which is
    another replica)."""
    raw = store.meta(PC_SECRET_META)
    if raw:
        fields = json.loads(raw)
        if fields.get("replica") == store.replica_id:
            return AccountKeys(base64.b64decode(fields["secret"]))
    secret = new_secret()
    with store.transaction():
        store.set_meta(
            PC_SECRET_META,
            json.dumps(
                {
                    "replica": store.replica_id,
                    "secret": base64.b64encode(secret).decode("ascii"),
                }
            ),
        )
    return AccountKeys(secret)


def signed_by_administrator(
    store: Store, ring: Keyring, account_id: str, verifies: Callable[[bytes], bool]
) -> bool:
    """Whether ``account_id`` is an active administrator here whose signing key (as this PC's
    key file has it) ``verifies`` (a document's ``verifies`` method) accepts."""
    slot = ring.slot(account_id)
    account = account_repo.account(store, account_id)
    if slot is None or account is None or not account.active:
        return False
    if account.role != AccountRole.ADMINISTRATOR:
        return False
    return verifies(slot.signing_public)


def signed_by_account(
    store: Store, ring: Keyring, account_id: str, verifies: Callable[[bytes], bool]
) -> bool:
    """Whether ``account_id`` is an active account here whose signing key ``verifies``."""
    slot = ring.slot(account_id)
    account = account_repo.account(store, account_id)
    if slot is None or account is None or not account.active:
        return False
    return verifies(slot.signing_public)


def valid_key_documents(
    store: Store, transport: HouseTransport, ring: Keyring, house_id: str
) -> tuple[list[KeyDocument], list[Message]]:
    """The house keys in the folder signed by an administrator of this house."""
    documents: list[KeyDocument] = []
    problems: list[Message] = []
    for _, _, data in transport.documents(KEY_SUFFIX):
        try:
            document = KeyDocument.from_bytes(data)
        except ChangeSetRefused as refused:
            problems.append(refused.message)
            continue
        if document.house != house_id:
            continue
        if not signed_by_administrator(store, ring, document.signer, document.verifies):
            problems.append(
                Message(
                    N_(
                        "A house key in the sync folder is not signed by an administrator of "
                        "this house; it was ignored."
                    )
                )
            )
            continue
        documents.append(document)
    return documents, problems


def valid_pc_documents(
    store: Store, transport: HouseTransport, ring: Keyring, house_id: str
) -> dict[str, PcDocument]:
    """The PCs' public keys in the folder, signed by an account of this house, by replica (the
    newest file wins where a PC has several; they are only ever added)."""
    found: dict[str, PcDocument] = {}
    for replica, _, data in transport.documents(PC_SUFFIX):
        try:
            document = PcDocument.from_bytes(data)
        except ChangeSetRefused:
            continue
        if document.house != house_id or document.replica != replica:
            continue
        if signed_by_account(store, ring, document.signer, document.verifies):
            found[replica] = document
    return found


def learn(
    store: Store,
    transport: HouseTransport,
    ring: Keyring,
    *,
    house_id: str,
    base_key: bytes,
    session: SessionKeys | None,
) -> list[Message]:
    """Take the folder's house keys this PC or the signed-in person can open, and the PCs they
    retire; publish this PC's public key when the folder lacks it. Returns problems to say."""
    documents, problems = valid_key_documents(store, transport, ring, house_id)
    keys = held_keys(store, base_key)
    gone = retired(store)
    mine = pc_keys(store)
    changed = False
    for document in documents:
        for replica, last in document.retired.items():
            # The lowest of what the administrators said, so every PC ends the same.
            if replica not in gone or last < gone[replica]:
                gone[replica] = last
                changed = True
    for document in documents:
        if document.key_id in keys or store.replica_id in gone:
            continue  # a retired PC takes no new key, whoever signs in there
        opened = document.open(recipient_for_pc(store.replica_id), mine)
        if opened is None and session is not None:
            opened = document.open(recipient_for_account(session.account_id), session.keys)
        if opened is not None:
            keys[opened.key_id] = opened
            changed = True
    if changed:
        with store.transaction():
            _save_keys(store, keys)
            store.set_meta(RETIRED_META, json.dumps(gone, sort_keys=True))
    if store.replica_id not in gone and session is not None:
        register_pc(store, transport, ring, house_id=house_id, session=session)
    return problems


def register_pc(
    store: Store, transport: HouseTransport, ring: Keyring, *, house_id: str, session: SessionKeys
) -> bool:
    """Publish this PC's public key, signed by the signed-in person, unless it is there."""
    mine = pc_keys(store)
    present = valid_pc_documents(store, transport, ring, house_id).get(store.replica_id)
    if present is not None and present.box_public == mine.box_public:
        return False
    document = PcDocument.signed(
        house_id, store.replica_id, mine.box_public, session.account_id, session.keys
    )
    transport.publish_document(store.replica_id, document.name(), document.to_bytes())
    return True
