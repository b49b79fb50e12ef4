"""Change sets: what one PC made since its last one, sealed for the shared folder.

A change set is numbered per replica (1, 2, 3, ...). On disk it is::

    b"TDCS" | version (1 byte) | header length (2 bytes) | header (JSON) | nonce (12) | ciphertext

The header says which house, which replica, which number and which schema the set was made by,
in clear so that a set of another house or of a newer TeamDesk is told apart without its key; it
holds ids only, no names. The body (zlib-compressed JSON) is sealed with AES-256-GCM under a key
derived (HKDF-SHA256) from the house's database key and the house id, with everything before the
nonce as associated data: a flipped byte anywhere, a cut-off file, or a header moved onto
another set's body is refused, never half-read.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from teamdesk.domain.text import N_, Message
from teamdesk.store.store import AuditEntry, AuditTrail, RemoteChange, Value

MAGIC = b"TDCS"
# Version 1: sealed with the base key (derived from the database key). Version 2: the header
# names the house key it is sealed with (see :mod:`teamdesk.sync.housekeys`), so a TeamDesk from
# before re-keying keeps such a set as "newer" instead of calling it damaged.
FORMAT_VERSION = 1
KEYED_FORMAT_VERSION = 2
BASE_KEY_ID = "0"
NONCE_BYTES = 12
_PREFIX = struct.Struct(">4sBH")
# A change set is read whole into memory: a file larger than this is not one of ours.
MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Header:
    house: str
    replica: str
    seq: int
    schema: int
    key_id: str = BASE_KEY_ID


@dataclass(frozen=True)
class ChangeSet:
    """One replica's numbered batch of change entries, with what it had seen of the others."""

    replica: str
    seq: int
    schema: int
    pc_name: str
    changes: tuple[RemoteChange, ...]
    # Creation time of each row the set touches, keyed by (table, row id).
    created: dict[tuple[str, str], str] = field(default_factory=dict)
    # How far this replica had applied each other replica's sets when it made this one.
    seen: dict[str, int] = field(default_factory=dict)
    # Its audit chain's head and the events since its previous set (issue 11).
    audit: AuditTrail = field(default_factory=AuditTrail)


class ChangeSetRefused(Exception):
    """A file that cannot be applied; ``message`` says why in one sentence."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class OtherHouse(ChangeSetRefused):
    pass


class Damaged(ChangeSetRefused):
    pass


def sync_key(database_key: bytes, house_id: str) -> bytes:
    """The key change sets are sealed with: one per house, never the database key itself."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=house_id.encode("utf-8"),
        info=b"teamdesk-sync-v1 change sets",
    ).derive(database_key)


def seal(changeset: ChangeSet, *, key: bytes, house_id: str, key_id: str = BASE_KEY_ID) -> bytes:
    """The change set as the bytes of its file, sealed with ``key`` (the house key
    ``key_id``)."""
    fields: dict[str, Any] = {
        "house": house_id,
        "replica": changeset.replica,
        "seq": changeset.seq,
        "schema": changeset.schema,
    }
    version = FORMAT_VERSION
    if key_id != BASE_KEY_ID:
        fields["key"] = key_id
        version = KEYED_FORMAT_VERSION
    header = json.dumps(fields, sort_keys=True).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, version, len(header)) + header
    body = zlib.compress(json.dumps(_body(changeset), separators=(",", ":")).encode("utf-8"))
    nonce = os.urandom(NONCE_BYTES)
    return prefix + nonce + AESGCM(key).encrypt(nonce, body, prefix)


def read_header(data: bytes) -> Header:
    """The clear header of a change-set file; refuses what is not one."""
    if len(data) < _PREFIX.size:
        raise Damaged(Message(N_("A change set in the sync folder is cut short.")))
    magic, version, length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise Damaged(Message(N_("A file in the sync folder is not a TeamDesk change set.")))
    if version not in (FORMAT_VERSION, KEYED_FORMAT_VERSION):
        raise Damaged(
            Message(
                N_(
                    "A change set in the sync folder was written by a newer TeamDesk; it is "
                    "kept until this PC's TeamDesk is updated."
                )
            )
        )
    raw = data[_PREFIX.size : _PREFIX.size + length]
    if len(raw) != length:
        raise Damaged(Message(N_("A change set in the sync folder is cut short.")))
    try:
        fields = json.loads(raw)
        key_id = str(fields["key"]) if version == KEYED_FORMAT_VERSION else BASE_KEY_ID
        if version == KEYED_FORMAT_VERSION and key_id == BASE_KEY_ID:
            raise ValueError("a keyed set names the base key")
        return Header(
            str(fields["house"]),
            str(fields["replica"]),
            int(fields["seq"]),
            int(fields["schema"]),
            key_id,
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise Damaged(
            Message(N_("A change set in the sync folder is damaged; it was not applied."))
        ) from exc


def unseal(data: bytes, *, key: bytes, house_id: str) -> ChangeSet:
    """Open a change-set file: refuses another house's, a damaged, cut-off or altered one."""
    header = read_header(data)
    if header.house != house_id:
        raise OtherHouse(
            Message(
                N_(
                    "A change set in the sync folder belongs to another house; it was not "
                    "applied. Check that this PC syncs with the right folder."
                )
            )
        )
    prefix_end = _PREFIX.size + _PREFIX.unpack_from(data)[2]
    prefix = data[:prefix_end]
    nonce = data[prefix_end : prefix_end + NONCE_BYTES]
    try:
        body = AESGCM(key).decrypt(nonce, data[prefix_end + NONCE_BYTES :], prefix)
        fields = json.loads(zlib.decompress(body))
        changeset = _from_body(fields, header)
    except (InvalidTag, ValueError, zlib.error, KeyError, TypeError, IndexError) as exc:
        raise Damaged(
            Message(
                N_(
                    "A change set in the sync folder is damaged, cut short or was altered; it "
                    "was not applied."
                )
            )
        ) from exc
    return changeset


def _value_out(value: Value) -> Any:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    return value


def _value_in(value: Any) -> Value:
    if isinstance(value, dict):
        return base64.b64decode(str(value["$b"]))
    if value is None or isinstance(value, str | int | float):
        return value
    raise ValueError(f"not a stored value: {value!r}")


def _body(changeset: ChangeSet) -> dict[str, Any]:
    return {
        "replica": changeset.replica,
        "seq": changeset.seq,
        "pc": changeset.pc_name,
        "seen": changeset.seen,
        "changes": [
            [
                c.table,
                c.row_id,
                c.column,
                _value_out(c.value),
                c.hlc,
                c.replica_id,
                c.actor,
                c.base_hlc,
                c.base_replica,
                c.also_base,
                c.actor_id,
            ]
            for c in changeset.changes
        ],
        "created": [[t, r, at] for (t, r), at in sorted(changeset.created.items())],
        "audit": {
            "head": None if changeset.audit.head is None else list(changeset.audit.head),
            "events": [
                [
                    e.seq,
                    e.id,
                    e.at,
                    e.actor,
                    e.action,
                    e.table,
                    e.row_id,
                    e.summary,
                    e.prev_hash,
                    e.hash,
                    e.signed_by,
                    e.signature,
                ]
                for e in changeset.audit.events
            ],
        },
    }


def _audit_in(fields: dict[str, Any]) -> AuditTrail:
    """The audit trail of a set (sets made before schema 13 carry none)."""
    audit = fields.get("audit")
    if not audit or audit.get("head") is None:
        return AuditTrail()
    seq, digest = audit["head"]
    return AuditTrail(
        (int(seq), str(digest)),
        tuple(
            AuditEntry(
                int(e[0]),
                str(e[1]),
                str(e[2]),
                str(e[3]),
                str(e[4]),
                None if e[5] is None else str(e[5]),
                None if e[6] is None else str(e[6]),
                str(e[7]),
                str(e[8]),
                str(e[9]),
                None if e[10] is None else str(e[10]),
                None if e[11] is None else str(e[11]),
            )
            for e in audit["events"]
        ),
    )


def _from_body(fields: dict[str, Any], header: Header) -> ChangeSet:
    if fields["replica"] != header.replica or int(fields["seq"]) != header.seq:
        raise ValueError("header and body disagree")
    changes = tuple(
        RemoteChange(
            table=str(c[0]),
            row_id=str(c[1]),
            column=str(c[2]),
            value=_value_in(c[3]),
            hlc=str(c[4]),
            replica_id=str(c[5]),
            actor=str(c[6]),
            base_hlc=None if c[7] is None else str(c[7]),
            base_replica=None if c[8] is None else str(c[8]),
            # Sets made before schema 9 have no tenth field.
            also_base=None if len(c) < 10 or c[9] is None else str(c[9]),
            # Sets made before schema 14 do not name the account.
            actor_id=None if len(c) < 11 or c[10] is None else str(c[10]),
        )
        for c in fields["changes"]
    )
    return ChangeSet(
        replica=header.replica,
        seq=header.seq,
        schema=header.schema,
        pc_name=str(fields["pc"]),
        changes=changes,
        created={(str(t), str(r)): str(at) for t, r, at in fields["created"]},
        seen={str(k): int(v) for k, v in dict(fields["seen"]).items()},
        audit=_audit_in(fields),
    )
