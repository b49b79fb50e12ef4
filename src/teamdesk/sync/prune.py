"""Letting old files go: a PC removes its own change sets once every PC has them (issue 11).

A folder that keeps every change set forever grows with the house's history, and a PC syncing
from far behind would replay it all. Snapshots already spare a joining PC that; this module lets
each PC remove its *own* old change sets (no PC touches another's files) when nobody can need
them any more:

- every PC of the house that is not retired has applied them: each PC says how far it has
  applied every other PC's sets in a small *acknowledgement* (``ack-<n>.tdak``, sealed with the
  house key like a change set, written when that changed; its own older ones removed);
- the newest snapshot holds them (a PC joining from it starts after them);
- never this PC's newest set (it is how a set a crash kept from the folder is written again).

A PC the others know (it published, or its key is in the folder) that never acknowledged keeps
everything waiting: a PC offline for months still finds every set it lacks. A PC that is gone
for good is retired, and then no longer waited for. A snapshot's owner keeps its two newest.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teamdesk.store.store import Store
from teamdesk.sync.changeset import BASE_KEY_ID
from teamdesk.sync.snapshot import newest_snapshot
from teamdesk.sync.transport import HouseTransport

ACK_SUFFIX = ".tdak"
ACK_PREFIX = "ack-"
ACKED_META = "sync_ack_written"  # the watermarks the newest acknowledgement said, and its number
PRUNED_META = "sync_pruned"  # this PC's sets up to this number are removed from the folder
KEEP_SNAPSHOTS = 2
_LENGTH = struct.Struct(">H")
NONCE_BYTES = 12


@dataclass(frozen=True)
class Ack:
    replica: str
    number: int
    applied: dict[str, int]


def seal_ack(ack: Ack, *, house_id: str, key_id: str, key: bytes) -> bytes:
    header = json.dumps(
        {"house": house_id, "replica": ack.replica, "n": ack.number, "key": key_id},
        sort_keys=True,
    ).encode("utf-8")
    prefix = _LENGTH.pack(len(header)) + header
    nonce = os.urandom(NONCE_BYTES)
    body = json.dumps(ack.applied, sort_keys=True).encode("utf-8")
    return prefix + nonce + AESGCM(key).encrypt(nonce, body, prefix)


def open_ack(data: bytes, *, house_id: str, keys: Mapping[str, bytes]) -> Ack | None:
    """An acknowledgement; None for one this PC cannot open or trust (it is then not counted,
    which only keeps files longer)."""
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
        applied = {str(k): int(v) for k, v in json.loads(body).items()}
        return Ack(str(fields["replica"]), int(fields["n"]), applied)
    except (ValueError, KeyError, TypeError, InvalidTag, struct.error):
        return None


def acknowledge(
    store: Store, transport: HouseTransport, *, house_id: str, key_id: str, key: bytes
) -> bool:
    """Write an acknowledgement of how far this PC has applied the others' sets, when that
    changed since the last one; remove this PC's older ones. Returns whether one was written."""
    applied = store.peer_watermarks()
    raw = store.meta(ACKED_META)
    last: dict[str, Any] = json.loads(raw) if raw else {"n": 0, "applied": {}}
    if not applied or applied == last["applied"]:
        return False
    number = int(last["n"]) + 1
    data = seal_ack(
        Ack(store.replica_id, number, applied), house_id=house_id, key_id=key_id, key=key
    )
    transport.publish_document(store.replica_id, f"{ACK_PREFIX}{number:010d}{ACK_SUFFIX}", data)
    with store.transaction():
        store.set_meta(ACKED_META, json.dumps({"n": number, "applied": applied}, sort_keys=True))
    transport.remove_documents(
        store.replica_id,
        [f"{ACK_PREFIX}{n:010d}{ACK_SUFFIX}" for n in range(max(1, number - 5), number)],
    )
    return True


def acknowledgements(
    transport: HouseTransport, *, house_id: str, keys: Mapping[str, bytes]
) -> dict[str, dict[str, int]]:
    """Each PC's newest acknowledgement that opens: replica -> how far it applied whom."""
    newest: dict[str, Ack] = {}
    for replica, _, data in transport.documents(ACK_SUFFIX):
        ack = open_ack(data, house_id=house_id, keys=keys)
        if ack is None or ack.replica != replica:
            continue
        if replica not in newest or ack.number > newest[replica].number:
            newest[replica] = ack
    return {replica: ack.applied for replica, ack in newest.items()}


def prune(
    store: Store,
    transport: HouseTransport,
    *,
    house_id: str,
    keys: Mapping[str, bytes],
    others: Iterable[str],
) -> int:
    """Remove this PC's own change sets every one of ``others`` (the house's PCs that are not
    retired) has applied and the newest snapshot holds. Returns up to which number."""
    me = store.replica_id
    latest = store.latest_outgoing()
    if latest is None or latest.seq < 2:
        return 0
    snapshot = newest_snapshot(transport)
    if snapshot is None:
        return 0
    header = snapshot[2]
    bound = header.seq if header.replica == me else header.seen.get(me, 0)
    acks = acknowledgements(transport, house_id=house_id, keys=keys)
    for replica in others:
        if replica == me:
            continue
        if replica not in acks:
            return 0  # a PC that never said how far it is: keep everything for it
        bound = min(bound, acks[replica].get(me, 0))
    bound = min(bound, latest.seq - 1)
    done = int(store.meta(PRUNED_META) or 0)
    if bound <= done:
        return 0
    transport.remove_sets(me, bound)
    with store.transaction():
        store.set_meta(PRUNED_META, str(bound))
    return bound
