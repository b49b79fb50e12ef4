"""A house published to the sync folder: a snapshot a new PC joins from.

A new PC must not replay years of change sets, and it needs the house's key file to sign in at
all. So publishing writes one file per snapshot::

    b"TDSN" | version (1 byte) | header length (4 bytes) | header (JSON) | nonce (12) | ciphertext

The header is in clear: which house and replica, how many of that replica's change sets the
snapshot holds (``seq``), the schema, and the *join slots*: each account's copy of the database
key wrapped under its password, exactly as in the key file, with the account's name replaced by
a salted hash (the folder reveals no names; a guessed name can be confirmed, as with the key
file itself). An administrator's name and password open a join slot; the database key they give
opens the body, sealed with AES-256-GCM under the house's change-set key (the header as
associated data): the key file whole (names, signed grants, the audit anchor) and a consistent
copy of the database (SQLite's backup API, still encrypted with the database key).

Nothing else secret travels: without a password that opens a slot, the file is noise.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import unicodedata
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teamdesk.domain.text import N_, Message
from teamdesk.store import schema
from teamdesk.store.keyring import (
    NO_TRIES,
    KdfParams,
    Keyring,
    KeySlot,
    OpenedSlot,
    keyring_text,
    open_slot,
)
from teamdesk.store.store import Store
from teamdesk.sync.changeset import BASE_KEY_ID, Damaged, OtherHouse
from teamdesk.sync.transport import HouseTransport, SnapshotRef, TransportError

MAGIC = b"TDSN"
FORMAT_VERSION = 1
NONCE_BYTES = 12
_PREFIX = struct.Struct(">4sBI")
_KEYRING_LENGTH = struct.Struct(">I")
# A header longer than this is not one of ours (a house of a few hundred accounts needs ~100 KiB).
MAX_HEADER_BYTES = 8 * 1024 * 1024
# A PC keeps its two newest snapshots in the folder (one may still be on its way to another PC
# through a sync client when the next is written).
KEEP_SNAPSHOTS = 2


@dataclass(frozen=True)
class JoinSlot:
    """An account's wrapped database key as published: its name only as a salted hash."""

    account_id: str
    name_hash: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    # The account's own keys, wrapped under the same password, and their public halves: an
    # administrator's opens the house key the snapshot is sealed with after a re-keying.
    secrets_nonce: bytes = b""
    wrapped_secrets: bytes = b""
    signing_public: bytes = b""
    box_public: bytes = b""


@dataclass(frozen=True)
class SnapshotHeader:
    house: str
    replica: str
    seq: int
    schema: int
    made: str  # the publishing PC's clock stamp when the snapshot was taken
    key_id: str  # the house key the body is sealed with (see teamdesk.sync.housekeys)
    # How far the database holds each other PC's sets (so a PC knows it may let old ones go).
    seen: dict[str, int]
    slots: tuple[JoinSlot, ...]

    def slot_for(self, who: str) -> JoinSlot | None:
        """The join slot of the account named (or with the id) ``who``."""
        wanted = name_hash(self.house, who)
        return next(
            (s for s in self.slots if s.account_id == who or s.name_hash == wanted),
            None,
        )


@dataclass(frozen=True)
class Snapshot:
    header: SnapshotHeader
    keyring_json: bytes
    pc_name: str
    database: bytes


def name_hash(house: str, name: str) -> str:
    """How an account's name appears in the folder: hashed with the house id, after the same
    normalising sign-in does (spaces, case, composed letters)."""
    normal = unicodedata.normalize("NFC", " ".join(name.split()).casefold())
    return hashlib.sha256(f"teamdesk-join-v1\x1f{house}\x1f{normal}".encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal_snapshot(
    *,
    house: str,
    replica: str,
    seq: int,
    schema: int,
    made: str,
    ring: Keyring,
    keyring_json: bytes,
    pc_name: str,
    database: bytes,
    key: bytes,
    key_id: str = BASE_KEY_ID,
    seen: dict[str, int] | None = None,
) -> bytes:
    """The bytes of a snapshot file."""
    header = json.dumps(
        {
            "house": house,
            "replica": replica,
            "seq": seq,
            "schema": schema,
            "made": made,
            "key": key_id,
            "seen": seen or {},
            "slots": [
                {
                    "account_id": s.account_id,
                    "name_hash": name_hash(house, s.name),
                    "kdf": [s.kdf.time_cost, s.kdf.memory_kib, s.kdf.parallelism],
                    "salt": _b64(s.salt),
                    "nonce": _b64(s.nonce),
                    "wrapped_key": _b64(s.wrapped_key),
                    "secrets_nonce": _b64(s.secrets_nonce),
                    "wrapped_secrets": _b64(s.wrapped_secrets),
                    "signing_public": _b64(s.signing_public),
                    "box_public": _b64(s.box_public),
                }
                for s in ring.slots
            ],
        },
        sort_keys=True,
    ).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header)) + header
    pc = pc_name.encode("utf-8")
    body = (
        _KEYRING_LENGTH.pack(len(keyring_json))
        + keyring_json
        + _KEYRING_LENGTH.pack(len(pc))
        + pc
        + database
    )
    nonce = os.urandom(NONCE_BYTES)
    return prefix + nonce + AESGCM(key).encrypt(nonce, body, prefix)


def read_snapshot_header(data: bytes) -> SnapshotHeader:
    """The clear header of a snapshot file; refuses what is not one."""
    if len(data) < _PREFIX.size:
        raise Damaged(Message(N_("A snapshot in the sync folder is cut short.")))
    magic, version, length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise Damaged(Message(N_("A file in the sync folder is not a TeamDesk snapshot.")))
    if version != FORMAT_VERSION:
        raise Damaged(
            Message(
                N_(
                    "The house in the sync folder was published by a newer TeamDesk. Update "
                    "TeamDesk on this PC, then join again."
                )
            )
        )
    raw = data[_PREFIX.size : _PREFIX.size + length]
    if length > MAX_HEADER_BYTES or len(raw) != length:
        raise Damaged(Message(N_("A snapshot in the sync folder is cut short.")))
    try:
        fields = json.loads(raw)
        return SnapshotHeader(
            house=str(fields["house"]),
            replica=str(fields["replica"]),
            seq=int(fields["seq"]),
            schema=int(fields["schema"]),
            made=str(fields["made"]),
            key_id=str(fields["key"]),
            seen={str(k): int(v) for k, v in dict(fields.get("seen", {})).items()},
            slots=tuple(
                JoinSlot(
                    account_id=str(s["account_id"]),
                    name_hash=str(s["name_hash"]),
                    kdf=KdfParams(int(s["kdf"][0]), int(s["kdf"][1]), int(s["kdf"][2])),
                    salt=base64.b64decode(s["salt"], validate=True),
                    nonce=base64.b64decode(s["nonce"], validate=True),
                    wrapped_key=base64.b64decode(s["wrapped_key"], validate=True),
                    secrets_nonce=base64.b64decode(s["secrets_nonce"], validate=True),
                    wrapped_secrets=base64.b64decode(s["wrapped_secrets"], validate=True),
                    signing_public=base64.b64decode(s["signing_public"], validate=True),
                    box_public=base64.b64decode(s["box_public"], validate=True),
                )
                for s in fields["slots"]
            ),
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise Damaged(Message(N_("A snapshot in the sync folder is damaged."))) from exc


def open_join_slot(header: SnapshotHeader, slot: JoinSlot, password: str) -> OpenedSlot:
    """The database key (and the account's own keys) a password opens in a join slot; raises
    :class:`teamdesk.store.keyring.PasswordMismatch` for a wrong one. The key derivation's
    settings are checked first, as for the key file (a hostile file asks for no hour of work)."""
    from teamdesk.store.keyring import kdf_problem

    if kdf_problem(slot.kdf) is not None:
        raise Damaged(Message(N_("A snapshot in the sync folder is damaged.")))
    ring = Keyring(database_id=header.house)
    key_slot = KeySlot(
        slot.account_id,
        "",
        slot.kdf,
        slot.salt,
        slot.nonce,
        slot.wrapped_key,
        slot.secrets_nonce,
        slot.wrapped_secrets,
        slot.signing_public,
        slot.box_public,
    )
    return open_slot(ring, key_slot, password)


def unseal_snapshot(data: bytes, *, key: bytes, house_id: str) -> Snapshot:
    """Open a snapshot file; refuses another house's, a damaged, cut-off or altered one."""
    header = read_snapshot_header(data)
    if header.house != house_id:
        raise OtherHouse(Message(N_("A snapshot in the sync folder belongs to another house.")))
    prefix_end = _PREFIX.size + _PREFIX.unpack_from(data)[2]
    prefix = data[:prefix_end]
    nonce = data[prefix_end : prefix_end + NONCE_BYTES]
    try:
        body = AESGCM(key).decrypt(nonce, data[prefix_end + NONCE_BYTES :], prefix)
        (length,) = _KEYRING_LENGTH.unpack_from(body)
        at = _KEYRING_LENGTH.size
        keyring_json = body[at : at + length]
        at += length
        (pc_length,) = _KEYRING_LENGTH.unpack_from(body, at)
        at += _KEYRING_LENGTH.size
        pc_name = body[at : at + pc_length].decode("utf-8")
        database = body[at + pc_length :]
        if len(keyring_json) != length or not database:
            raise ValueError("cut short")
    except (InvalidTag, ValueError, struct.error) as exc:
        raise Damaged(
            Message(
                N_(
                    "A snapshot in the sync folder is damaged, cut short or was altered; "
                    "nothing was taken from it."
                )
            )
        ) from exc
    return Snapshot(header, keyring_json, pc_name, database)


def publish_snapshot(
    store: Store,
    transport: HouseTransport,
    *,
    ring: Keyring,
    key: bytes,
    key_id: str,
    house_id: str,
    pc_name: str,
) -> int:
    """Publish a snapshot of this PC's database with the key file ``ring`` (its counts of
    wrong passwords left out: they are this PC's). Returns how many of this replica's sets it
    holds; call after a round has published this PC's changes, so the joining PC starts from
    them."""
    latest = store.latest_outgoing()
    seq = latest.seq if latest is not None else 0
    clean = replace(ring, slots=tuple(replace(s, tries=NO_TRIES) for s in ring.slots))
    data = seal_snapshot(
        house=house_id,
        replica=store.replica_id,
        seq=seq,
        schema=schema.latest_version(),
        made=store.clock.now(),
        ring=clean,
        keyring_json=keyring_text(clean).encode("utf-8"),
        pc_name=pc_name,
        database=store.copy_bytes(),
        key=key,
        key_id=key_id,
        seen=store.peer_watermarks(),
    )
    transport.publish_snapshot(store.replica_id, seq, data)
    transport.remove_snapshots(store.replica_id, KEEP_SNAPSHOTS)
    return seq


def newest_snapshot(transport: HouseTransport) -> tuple[SnapshotRef, bytes, SnapshotHeader] | None:
    """The newest readable snapshot of a house (by the stamp its publisher gave it, never by
    a file's time); None when there is none."""
    best: tuple[SnapshotRef, SnapshotHeader] | None = None
    for ref in transport.snapshots():
        try:
            header = read_snapshot_header(transport.snapshot_header(ref))
        except (Damaged, TransportError):
            continue
        if header.replica != ref.replica:
            continue
        if best is None or (header.made, header.seq) > (best[1].made, best[1].seq):
            best = (ref, header)
    if best is None:
        return None
    return best[0], b"", best[1]


def newest_snapshot_data(
    transport: HouseTransport,
) -> tuple[SnapshotRef, bytes, SnapshotHeader] | None:
    """The newest snapshot with its bytes (see :func:`newest_snapshot`)."""
    newest = newest_snapshot(transport)
    if newest is None:
        return None
    ref, _, header = newest
    return ref, transport.read_snapshot(ref), header
