"""Key slots and grants travel between the PCs of a house (issue 11).

An account made, renamed, given a new password or deactivated on one PC must reach the others:
its row travels in the change sets like any other, but signing in needs the account's *key
slot* (the database key wrapped under a key derived from the person's password, bound to the
house id and the account id, see :mod:`teamdesk.store.keyring`) and, for the role to count,
the *grant* an administrator signed. Both are already safe to hand over as they are: a slot
opens only with the person's password, a grant verifies only with the house's grant key.

So after each round every PC writes what its key file holds (slots without this PC's count of
wrong passwords, the signed grants, which database key the slots open) as a small document,
``slots-<n>.tdks``, sealed with the house key like an acknowledgement, when that changed; it
removes its own older ones. Each
PC merges the newest document of every other PC into its key file under the key file's lock:
per account the slot written later wins, by a counter rather than a clock
(:func:`teamdesk.store.keyring.merged_slots`,
:attr:`teamdesk.store.keyring.KeySlot.version`), a slot is never
dropped because another PC lacks it, slots are taken only from a key file whose slots open the
same database key (not across a re-key made on one PC), and a grant is taken when it verifies
and states what the database now says of the account (its row, merged by the change sets, is
authoritative). The folder sees neither names nor slots, only sealed bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teamdesk.store.keyring import NO_TRIES, Keyring, keyring_text, parse_keyring
from teamdesk.sync.changeset import BASE_KEY_ID
from teamdesk.sync.transport import HouseTransport

SLOTS_SUFFIX = ".tdks"
SLOTS_PREFIX = "slots-"
SLOTS_META = "sync_slots_written"  # the number and digest of the newest document written here
_LENGTH = struct.Struct(">H")
NONCE_BYTES = 12


@dataclass(frozen=True)
class SlotsDocument:
    replica: str
    number: int
    ring: Keyring


def shared_part(ring: Keyring) -> Keyring:
    """What of a key file travels: the slots without their counts of wrong passwords (local to
    each PC), the grant key's public half and the grants; never the audit anchor."""
    return replace(
        ring,
        slots=tuple(
            replace(s, tries=NO_TRIES)
            for s in sorted(ring.slots, key=lambda s: s.account_id)
            if not s.damaged
        ),
        grants=tuple(sorted(ring.grants, key=lambda g: g.account_id)),
        anchor=None,
        rekey=None,
    )


def digest(ring: Keyring) -> str:
    return hashlib.sha256(keyring_text(shared_part(ring)).encode("utf-8")).hexdigest()


def seal_slots(document: SlotsDocument, *, house_id: str, key_id: str, key: bytes) -> bytes:
    header = json.dumps(
        {"house": house_id, "replica": document.replica, "n": document.number, "key": key_id},
        sort_keys=True,
    ).encode("utf-8")
    prefix = _LENGTH.pack(len(header)) + header
    nonce = os.urandom(NONCE_BYTES)
    body = keyring_text(shared_part(document.ring)).encode("utf-8")
    return prefix + nonce + AESGCM(key).encrypt(nonce, body, prefix)


def open_slots(data: bytes, *, house_id: str, keys: Mapping[str, bytes]) -> SlotsDocument | None:
    """A PC's slots document; None for one this PC cannot open or trust (a key it does not hold
    yet, another house, damage): then nothing of it is taken."""
    try:
        (length,) = _LENGTH.unpack_from(data)
        prefix = data[: _LENGTH.size + length]
        fields = json.loads(prefix[_LENGTH.size :])
        if fields["house"] != house_id:
            return None
        key = keys.get(str(fields.get("key", BASE_KEY_ID)))
        if key is None:
            return None
        nonce = data[len(prefix) : len(prefix) + NONCE_BYTES]
        body = AESGCM(key).decrypt(nonce, data[len(prefix) + NONCE_BYTES :], prefix)
        ring = parse_keyring(body.decode("utf-8"))
        if ring.database_id != house_id:
            return None
        return SlotsDocument(str(fields["replica"]), int(fields["n"]), ring)
    except (ValueError, KeyError, TypeError, InvalidTag, struct.error, UnicodeDecodeError):
        return None


def others_slots(
    transport: HouseTransport, *, me: str, house_id: str, keys: Mapping[str, bytes]
) -> list[SlotsDocument]:
    """The newest slots document of every other PC that opens."""
    newest: dict[str, SlotsDocument] = {}
    for replica, _, data in transport.documents(SLOTS_SUFFIX):
        if replica == me:
            continue
        document = open_slots(data, house_id=house_id, keys=keys)
        if document is None or document.replica != replica:
            continue
        if replica not in newest or document.number > newest[replica].number:
            newest[replica] = document
    return [newest[r] for r in sorted(newest)]


def share_slots(
    transport: HouseTransport,
    ring: Keyring,
    *,
    me: str,
    written: str | None,
    house_id: str,
    key_id: str,
    key: bytes,
) -> str | None:
    """Write this PC's slots document when the key file's shared part changed since the last
    one (``written``: what :data:`SLOTS_META` holds), removing this PC's older ones. Returns
    the new value for :data:`SLOTS_META`, or None when nothing was written."""
    last: dict[str, Any] = json.loads(written) if written else {}
    if last.get("replica") != me:
        # Never written here, or by the file this one was copied or restored from (another
        # replica id): start this PC's own documents.
        last = {"n": 0, "digest": ""}
    now = digest(ring)
    if now == last["digest"]:
        return None
    number = int(last["n"]) + 1
    data = seal_slots(SlotsDocument(me, number, ring), house_id=house_id, key_id=key_id, key=key)
    transport.publish_document(me, f"{SLOTS_PREFIX}{number:010d}{SLOTS_SUFFIX}", data)
    transport.remove_documents(
        me, [f"{SLOTS_PREFIX}{n:010d}{SLOTS_SUFFIX}" for n in range(max(1, number - 5), number)]
    )
    return json.dumps({"replica": me, "n": number, "digest": now}, sort_keys=True)
