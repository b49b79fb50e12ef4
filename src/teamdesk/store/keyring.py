"""The key file beside the encrypted database: the database key, wrapped once per account.

The database is encrypted with one random 256-bit key. Each account holds a *key slot*: that
key encrypted (AES-256-GCM) under a key derived from the account's password with Argon2id. So
any staff member can open the shared database with their own password, a copied database is
noise without one, and changing or resetting a password rewrites one slot and nothing else.

The key file is what the sign-in screen needs before anything is decrypted: account ids, the
names to pick from, and the slots. It is not authoritative: an account's role, whether it is
active, and everything else live inside the encrypted database, which is checked after the key
is unwrapped. A slot is bound (as GCM associated data) to its account id and to this key file's
database id, so slots cannot be moved between accounts or installations.

The file is JSON, written atomically (temporary file, fsync, rename) under a lock file, so two
TeamDesk processes never lose each other's change and a crash leaves the old or the new file.
Each slot also carries the account's count of wrong passwords (:class:`SlotTries`), so the
10-try lock lives where deleting it is noticed; :mod:`teamdesk.store.signin_record` says why
and what that costs.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teamdesk.store.connection import KEY_BYTES
from teamdesk.store.errors import KeyringError
from teamdesk.store.paths import keyring_path as keyring_path
from teamdesk.store.paths import lock_path as lock_path
from teamdesk.store.private import open_private, private_dir
from teamdesk.store.trust import (
    SECRET_BYTES,
    AccountKeys,
    Anchor,
    Grant,
    database_key_associated,
    database_key_id,
    new_secret,
    unseal,
)

FORMAT = "teamdesk-keyring"
FORMAT_VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
PUBLIC_KEY_BYTES = 32  # Ed25519 and X25519 public keys


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings, stored with each slot so they can be raised later."""

    time_cost: int
    memory_kib: int
    parallelism: int


# RFC 9106's second recommended profile (64 MiB): about a tenth of a second on an office PC.
DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4)
# For accounts whose password is public anyway (the demo prints it), and for tests.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)

# What a key file may ask of Argon2id. The settings are read from the file before any password
# is checked, so a damaged or hostile file must not be able to ask for no work at all (time
# cost 0 is an error in Argon2), a gigabyte-sized allocation or an hour of hashing: values
# outside these bounds are refused with a sentence, never tried. The upper bounds leave room
# to raise DEFAULT_KDF many times over on an office PC.
KDF_TIME_COST = range(1, 33)
KDF_MEMORY_KIB = range(8 * 1024, 1024 * 1024 + 1)
KDF_PARALLELISM = range(1, 17)
SALT_LENGTHS = range(SALT_BYTES, 65)
WRAPPED_KEY_BYTES = KEY_BYTES + 16  # the key and GCM's 16-byte tag


def kdf_problem(params: KdfParams) -> str | None:
    """Why a key file's Argon2id settings are refused, or None when they are sane."""
    for label, value, bounds in (
        ("time cost", params.time_cost, KDF_TIME_COST),
        ("memory (KiB)", params.memory_kib, KDF_MEMORY_KIB),
        ("parallelism", params.parallelism, KDF_PARALLELISM),
    ):
        if value not in bounds:
            return (
                f"its key derivation {label} is {value}, outside the sane range "
                f"{bounds.start} to {bounds.stop - 1}"
            )
    return None


class PasswordMismatch(Exception):
    """The password does not open this key slot."""


class SlotDamaged(Exception):
    """The key slot's encrypted parts are not as they were written (a damaged disk, an edit
    by hand): no password can open it, so a try is not counted as a wrong password."""


@dataclass(frozen=True)
class SlotTries:
    """Wrong passwords typed for one account, kept in its slot (see
    :mod:`teamdesk.store.signin_record` for why here): the run of failures that locks it, until
    when, and how many the audit log has not been told about yet, the last at what time."""

    failures: int = 0
    locked_until: datetime | None = None
    unreported: int = 0
    last_failed_at: datetime | None = None


NO_TRIES = SlotTries()
# A count beyond this in a key file is damage, not typing.
MAX_COUNTED_TRIES = 1_000_000


@dataclass(frozen=True)
class KeySlot:
    """One account's copy of the database key, encrypted under its password, and the count of
    wrong passwords typed for it."""

    account_id: str
    name: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    # The account's own secret (see :mod:`teamdesk.store.trust`) with the grant key's public
    # half it trusts, wrapped under the same password; the public halves of its keys; and, for
    # an administrator, the grant key sealed to it. Empty in a slot written before grants were
    # signed (filled at the account's next sign-in).
    secrets_nonce: bytes = b""
    wrapped_secrets: bytes = b""
    signing_public: bytes = b""
    box_public: bytes = b""
    sealed_grant_key: bytes = b""
    tries: SlotTries = NO_TRIES
    # After the database was re-keyed: the new database key sealed to the account's own key
    # (its password still opens only the old one), until its next sign-in wraps the new key
    # under the password (see :mod:`teamdesk.store.rekey`).
    sealed_database_key: bytes = b""
    # Read from a file whose check for this slot did not match (see :func:`_slot_check`).
    damaged: bool = False
    # Where two PCs of a house hold different slots for one account, the one with the higher
    # version wins (:func:`merged_slots`): a counter, one above every version the key file
    # that wrote it had seen (:meth:`Keyring.next_slot_version`), so a slot written after
    # another PC's was taken beats it whatever either PC's clock says. 0 in a slot from before
    # versions were kept.
    version: int = 0
    # When the slot was written (UTC, ISO 8601; empty in a slot from before slots travelled).
    # It orders only slots without a version (written before versions were kept, or by a PC
    # not updated yet, which still orders by it): a PC's wrong clock decides nothing else.
    stamp: str = ""


@dataclass(frozen=True)
class OpenedSlot:
    """What a password opens in its slot: the database key, and the account's own keys with
    the grant key it trusts (None in a slot from before grants were signed)."""

    database_key: bytes
    keys: AccountKeys | None = None
    trusted_grant_public: bytes | None = None
    # The database key came sealed (the database was re-keyed since the password last
    # wrapped it): the sign-in wraps it under the password.
    rewrap: bool = False


@dataclass(frozen=True)
class PendingRekey:
    """A re-key under way (see :mod:`teamdesk.store.rekey`): the new key's id, the name of the
    re-keyed copy waiting beside the database, and the audit anchor under the new key. While
    the copy is there the old key is the database's; once it has taken the database's place
    (the copy is gone) the new one is."""

    key_id: str
    copy: str
    anchor: Anchor | None


@dataclass(frozen=True)
class Keyring:
    """The whole key file: which installation it belongs to, one slot per account, the signed
    grants with the grant key's public half, and the audit log's anchor."""

    database_id: str
    slots: tuple[KeySlot, ...] = ()
    grant_public: bytes = b""
    grants: tuple[Grant, ...] = ()
    anchor: Anchor | None = None
    # Which database key the slots open (:func:`database_key_id`); empty until the database
    # is first re-keyed (then every slot opens the installation's first key).
    key_id: str = ""
    rekey: PendingRekey | None = None
    # The highest slot version this key file has seen, kept also for slots it no longer holds
    # (an account switched off, a slot another PC offered that lost): a slot written here is
    # numbered above it (a Lamport clock per house, see :attr:`KeySlot.version`).
    slot_clock: int = 0

    def slot(self, account_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.account_id == account_id), None)

    def grant(self, account_id: str) -> Grant | None:
        return next((g for g in self.grants if g.account_id == account_id), None)

    def with_grant(self, grant: Grant) -> Keyring:
        others = tuple(g for g in self.grants if g.account_id != grant.account_id)
        return replace(self, grants=(*others, grant))

    def with_slot(self, slot: KeySlot) -> Keyring:
        """This key file with ``slot`` added, or replacing the account's old slot. A new wrap
        (new password, new keys) keeps the old slot's count of wrong passwords: only
        :func:`teamdesk.store.signin_record.update_signin_record` changes it."""
        old = self.slot(slot.account_id)
        if old is not None and slot.tries == NO_TRIES:
            slot = replace(slot, tries=old.tries)
        others = tuple(s for s in self.slots if s.account_id != slot.account_id)
        return replace(self, slots=(*others, slot), slot_clock=max(self.slot_clock, slot.version))

    def without(self, account_id: str) -> Keyring:
        gone = self.slot(account_id)
        return replace(
            self,
            slots=tuple(s for s in self.slots if s.account_id != account_id),
            slot_clock=max(self.slot_clock, gone.version if gone is not None else 0),
        )

    def renamed(self, account_id: str, name: str) -> Keyring:
        return replace(
            self,
            slots=tuple(
                self.written(replace(s, name=name)) if s.account_id == account_id else s
                for s in self.slots
            ),
        )

    @property
    def seen_version(self) -> int:
        """The highest slot version this key file has seen."""
        return max(self.slot_clock, *(s.version for s in self.slots), 0)

    def next_slot_version(self) -> int:
        """The version a slot written now gets: above every version this key file has seen,
        so the other PCs of the house take it over every slot this PC had taken."""
        return self.seen_version + 1

    def written(self, slot: KeySlot) -> KeySlot:
        """``slot`` as changed here now (a new password, name or sealed grant key): with the
        next version, and the moment as the stamp PCs not yet updated order by."""
        return replace(slot, version=self.next_slot_version(), stamp=slot_stamp())


def slot_stamp() -> str:
    """The moment a slot is written, as its stamp (UTC, to the microsecond, sortable)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def slot_order(database_id: str, slot: KeySlot) -> tuple[int, str, str]:
    """How two versions of one account's slot are ordered: the higher version; between slots
    without one (from before versions were kept) the later stamp; then the slot's check, so
    every PC picks the same one. A clock decides only between slots written before versions
    were kept: a PC whose clock runs a year ahead cannot outrank a slot written after its own
    was taken, and two slots written apart with one version are ordered by their content."""
    return slot.version, slot.stamp if slot.version == 0 else "", _slot_check(database_id, slot)


def merged_slots(ring: Keyring, others: Iterable[KeySlot]) -> Keyring:
    """``ring`` with each of ``others`` (slots another PC of the house holds) taken where this
    key file has no slot for the account or an older one (:func:`slot_order`). Never drops a
    slot; damaged ones are not taken; this PC's count of wrong passwords for an account stays
    this PC's (sign-in counters are local)."""
    for other in others:
        if other.damaged:
            continue
        # Every version offered counts as seen, taken or not (a Lamport clock).
        ring = replace(ring, slot_clock=max(ring.slot_clock, other.version))
        mine = ring.slot(other.account_id)
        if mine is not None and slot_order(ring.database_id, other) <= slot_order(
            ring.database_id, mine
        ):
            continue
        kept = mine.tries if mine is not None else NO_TRIES
        others_kept = tuple(s for s in ring.slots if s.account_id != other.account_id)
        ring = replace(ring, slots=(*others_kept, replace(other, tries=kept)))
    return ring


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def new_keyring() -> Keyring:
    return Keyring(database_id=secrets.token_hex(16))


def normalize_password(password: str) -> bytes:
    """The same password typed on two keyboards (composed or decomposed "ø") is the same."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key for a password: Argon2id over the normalized password."""
    return hash_secret_raw(
        normalize_password(password),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _associated_data(database_id: str, account_id: str) -> bytes:
    return "\x1f".join(["teamdesk-keyslot-v1", database_id, account_id]).encode("utf-8")


def wrap_key(
    keyring: Keyring,
    database_key: bytes,
    account_id: str,
    name: str,
    password: str,
    kdf: KdfParams | None = None,
    *,
    account_secret: bytes | None = None,
    sealed_grant_key: bytes = b"",
) -> KeySlot:
    """A new slot holding ``database_key`` for an account, opened by ``password``, with the
    account's own secret (a new one unless ``account_secret`` is kept) and the grant key the
    key file names as the one it trusts."""
    params = kdf or DEFAULT_KDF
    problem = kdf_problem(params)
    if problem is not None:
        raise ValueError(problem)
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_key(password, salt, params)
    associated = _associated_data(keyring.database_id, account_id)
    wrapped = AESGCM(kek).encrypt(nonce, database_key, associated)
    secret = account_secret or new_secret()
    secrets_nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped_secrets = AESGCM(kek).encrypt(
        secrets_nonce, secret + keyring.grant_public, associated + b"\x1fsecrets"
    )
    keys = AccountKeys(secret)
    return KeySlot(
        account_id,
        name,
        params,
        salt,
        nonce,
        wrapped,
        secrets_nonce,
        wrapped_secrets,
        keys.signing_public,
        keys.box_public,
        sealed_grant_key,
        version=keyring.next_slot_version(),
        stamp=slot_stamp(),
    )


def unwrap_key(keyring: Keyring, slot: KeySlot, password: str) -> bytes:
    """The database key from ``slot``; raises :class:`PasswordMismatch` for a wrong password
    (or a slot that was tampered with or moved)."""
    return open_slot(keyring, slot, password).database_key


def open_slot(keyring: Keyring, slot: KeySlot, password: str) -> OpenedSlot:
    """Everything ``password`` opens in ``slot``; raises :class:`PasswordMismatch` for a wrong
    password (or a slot that was tampered with or moved), :class:`SlotDamaged` before trying
    one when the slot's check says its encrypted parts were changed."""
    if slot.damaged:
        raise SlotDamaged(slot.account_id)
    kek = derive_key(password, slot.salt, slot.kdf)
    associated = _associated_data(keyring.database_id, slot.account_id)
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, associated)
    except InvalidTag:
        raise PasswordMismatch(slot.account_id) from None
    if len(key) != KEY_BYTES:
        raise PasswordMismatch(slot.account_id)
    if not slot.wrapped_secrets:
        return OpenedSlot(key)
    try:
        inner = AESGCM(kek).decrypt(
            slot.secrets_nonce, slot.wrapped_secrets, associated + b"\x1fsecrets"
        )
    except InvalidTag:
        return OpenedSlot(key)
    keys = AccountKeys(inner[:SECRET_BYTES])
    if keys.signing_public != slot.signing_public or keys.box_public != slot.box_public:
        # The public halves beside it were changed: trust nothing but the database key.
        return OpenedSlot(key)
    trusted = inner[SECRET_BYTES:]
    if keyring.key_id and slot.sealed_database_key and database_key_id(key) != keyring.key_id:
        # Re-keyed since this password wrapped the key: the new key was sealed to the account.
        sealed = unseal(
            keys,
            slot.sealed_database_key,
            database_key_associated(keyring.database_id, slot.account_id, keyring.key_id),
        )
        if sealed is not None and database_key_id(sealed) == keyring.key_id:
            return OpenedSlot(sealed, keys, trusted, rewrap=True)
    return OpenedSlot(key, keys, trusted)


# -- the file ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _slot_check(database_id: str, slot: KeySlot) -> str:
    """A checksum of what the password opens (the encrypted key and its parameters), written
    beside each slot: on a sign-in that fails, it tells a damaged slot (restore the key file)
    from a wrong password. Not a defence: whoever can edit the file can recompute it; the
    encryption's own tag is what refuses a forged slot."""
    digest = hashlib.sha256()
    for part in (
        database_id.encode("utf-8"),
        slot.account_id.encode("utf-8"),
        f"{slot.kdf.time_cost}:{slot.kdf.memory_kib}:{slot.kdf.parallelism}".encode(),
        slot.salt,
        slot.nonce,
        slot.wrapped_key,
        slot.secrets_nonce,
        slot.wrapped_secrets,
    ):
        digest.update(len(part).to_bytes(4, "big") + part)
    return digest.hexdigest()[:32]


def _to_json(keyring: Keyring) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "database_id": keyring.database_id,
        "slots": [
            {
                "account_id": s.account_id,
                "name": s.name,
                "kdf": {
                    "algorithm": "argon2id",
                    "time_cost": s.kdf.time_cost,
                    "memory_kib": s.kdf.memory_kib,
                    "parallelism": s.kdf.parallelism,
                },
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
                **_account_key_fields(s),
                **(
                    {"sealed_database_key": _b64(s.sealed_database_key)}
                    if s.sealed_database_key
                    else {}
                ),
                "check": _slot_check(keyring.database_id, s),
                **({"tries": _tries_to_json(s.tries)} if s.tries != NO_TRIES else {}),
                **({"version": s.version} if s.version else {}),
                **({"stamp": s.stamp} if s.stamp else {}),
            }
            for s in keyring.slots
        ],
        **({"slot_clock": keyring.slot_clock} if keyring.slot_clock else {}),
        **_trust_fields(keyring),
    }


def _account_key_fields(slot: KeySlot) -> dict[str, Any]:
    if not slot.wrapped_secrets:
        return {}
    fields: dict[str, Any] = {
        "secrets_nonce": _b64(slot.secrets_nonce),
        "wrapped_secrets": _b64(slot.wrapped_secrets),
        "signing_public": _b64(slot.signing_public),
        "box_public": _b64(slot.box_public),
    }
    if slot.sealed_grant_key:
        fields["sealed_grant_key"] = _b64(slot.sealed_grant_key)
    return fields


def _trust_fields(keyring: Keyring) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if keyring.grant_public:
        fields["grant_public"] = _b64(keyring.grant_public)
        fields["grants"] = [
            {
                "account_id": g.account_id,
                "role": g.role,
                "unit_id": g.unit_id,
                "active": g.active,
                "signing_keys": [_b64(k) for k in g.signing_keys],
                "signature": _b64(g.signature),
            }
            for g in keyring.grants
        ]
    if keyring.anchor is not None:
        fields["audit_anchor"] = _anchor_to_json(keyring.anchor)
    if keyring.key_id:
        fields["database_key_id"] = keyring.key_id
    if keyring.rekey is not None:
        fields["rekey"] = {
            "key_id": keyring.rekey.key_id,
            "copy": keyring.rekey.copy,
            "audit_anchor": (
                _anchor_to_json(keyring.rekey.anchor) if keyring.rekey.anchor else None
            ),
        }
    return fields


def _anchor_to_json(a: Anchor) -> dict[str, Any]:
    fields: dict[str, Any] = {"count": a.count, "seq": a.seq, "hash": a.hash, "mac": a.mac}
    if a.previous is not None:
        fields["previous"] = a.previous
    return fields


def _grants_from_json(data: dict[str, Any]) -> tuple[bytes, tuple[Grant, ...]]:
    if "grant_public" not in data:
        return b"", ()
    grants = tuple(
        Grant(
            account_id=str(raw["account_id"]),
            role=str(raw["role"]),
            unit_id=None if raw.get("unit_id") is None else str(raw["unit_id"]),
            active=bool(raw["active"]),
            signing_keys=tuple(_unb64(k) for k in raw.get("signing_keys", [])),
            signature=_unb64(raw["signature"]),
        )
        for raw in data.get("grants", [])
    )
    return _unb64(data["grant_public"]), grants


def _rekey_from_json(data: dict[str, Any]) -> PendingRekey | None:
    raw = data.get("rekey")
    if raw is None:
        return None
    copy = str(raw["copy"])
    if "/" in copy or "\\" in copy or not copy.startswith("."):
        raise ValueError("the re-key record names a file outside the folder")
    return PendingRekey(str(raw["key_id"]), copy, _anchor_from_json(raw))


def _anchor_from_json(data: dict[str, Any]) -> Anchor | None:
    raw = data.get("audit_anchor")
    if raw is None:
        return None
    previous = raw.get("previous")
    return Anchor(
        _int(raw["count"]),
        _int(raw["seq"]),
        str(raw["hash"]),
        str(raw["mac"]),
        None if previous is None else str(previous),
    )


def _tries_to_json(tries: SlotTries) -> dict[str, Any]:
    return {
        "failures": tries.failures,
        "locked_until": tries.locked_until.isoformat() if tries.locked_until else None,
        "unreported": tries.unreported,
        "last_failed_at": tries.last_failed_at.isoformat() if tries.last_failed_at else None,
    }


def _tries_from_json(raw: Any) -> SlotTries:
    """A slot's count of wrong passwords; anything odd is damage (a number out of range, a
    time without its zone), refused like the rest of a damaged key file."""
    if raw is None:
        return NO_TRIES
    if not isinstance(raw, dict):
        raise ValueError("a key slot's count of wrong passwords is damaged")
    counts = [_int(raw.get(name, 0)) for name in ("failures", "unreported")]
    if any(not 0 <= n <= MAX_COUNTED_TRIES for n in counts):
        raise ValueError("a key slot's count of wrong passwords is out of range")
    times = [_moment(raw.get(name)) for name in ("locked_until", "last_failed_at")]
    return SlotTries(counts[0], times[0], counts[1], times[1])


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("expected a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a time in the key file has no time zone")
    return moment


def _from_json(data: Any) -> Keyring:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("it is not a TeamDesk key file")
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"it is of a newer format ({data.get('version')})")
    slots = []
    for raw in data["slots"]:
        kdf = raw["kdf"]
        if kdf.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation")
        slot = KeySlot(
            account_id=str(raw["account_id"]),
            name=str(raw["name"]),
            kdf=KdfParams(
                _int(kdf["time_cost"]), _int(kdf["memory_kib"]), _int(kdf["parallelism"])
            ),
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped_key=_unb64(raw["wrapped_key"]),
            secrets_nonce=_unb64(raw.get("secrets_nonce", "")),
            wrapped_secrets=_unb64(raw.get("wrapped_secrets", "")),
            signing_public=_unb64(raw.get("signing_public", "")),
            box_public=_unb64(raw.get("box_public", "")),
            sealed_grant_key=_unb64(raw.get("sealed_grant_key", "")),
            tries=_tries_from_json(raw.get("tries")),
            sealed_database_key=_unb64(raw.get("sealed_database_key", "")),
            version=_int(raw.get("version", 0)),
            stamp=str(raw.get("stamp", "")),
        )
        check = raw.get("check")  # absent in a file written before checks were kept
        if check is not None and check != _slot_check(str(data["database_id"]), slot):
            slot = replace(slot, damaged=True)
        problem = kdf_problem(slot.kdf)
        if problem is not None:
            raise ValueError(problem)
        if len(slot.salt) not in SALT_LENGTHS:
            raise ValueError(f"a key slot's salt is {len(slot.salt)} bytes long")
        if len(slot.nonce) != NONCE_BYTES or len(slot.wrapped_key) != WRAPPED_KEY_BYTES:
            raise ValueError("a key slot has the wrong length")
        if slot.wrapped_secrets and (
            len(slot.secrets_nonce) != NONCE_BYTES
            or len(slot.signing_public) != PUBLIC_KEY_BYTES
            or len(slot.box_public) != PUBLIC_KEY_BYTES
        ):
            raise ValueError("a key slot's own keys have the wrong length")
        slots.append(slot)
    grant_public, grants = _grants_from_json(data)
    if grant_public and len(grant_public) != PUBLIC_KEY_BYTES:
        raise ValueError("the key that signs roles has the wrong length")
    return Keyring(
        str(data["database_id"]),
        tuple(slots),
        grant_public,
        grants,
        _anchor_from_json(data),
        str(data.get("database_key_id", "")),
        _rekey_from_json(data),
        _int(data.get("slot_clock", 0)),
    )


def _int(value: Any) -> int:
    """A whole number from the file (JSON numbers only: no text, no true/false, no 1.5)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, found {value!r:.40}")
    return value


def load_keyring(path: Path) -> Keyring:
    """Read a key file; refuses a missing or damaged one with a sentence."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyringError(path, "the file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyringError(path, f"it cannot be read: {exc}") from None
    try:
        ring = _from_json(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise KeyringError(path, f"it is damaged: {exc}") from None
    return settled_rekey(ring, path.parent)


def settled_rekey(ring: Keyring, folder: Path) -> Keyring:
    """``ring`` as it stands once a re-key's copy has taken the database's place (the copy is
    gone from ``folder``): the new key is the slots' and its anchor the file's. While the copy
    is there the re-key has not happened yet and ``ring`` is returned as it is."""
    pending = ring.rekey
    if pending is None or (folder / pending.copy).exists():
        return ring
    return replace(ring, key_id=pending.key_id, anchor=pending.anchor, rekey=None)


def keyring_text(keyring: Keyring) -> str:
    """The key file's text for ``keyring`` (what :func:`save_keyring` writes)."""
    return json.dumps(_to_json(keyring), indent=2, ensure_ascii=False) + "\n"


def parse_keyring(text: str) -> Keyring:
    """A key file's text read as :func:`load_keyring` reads a file; raises ValueError when it
    is not one."""
    try:
        return _from_json(json.loads(text))
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValueError(str(exc)) from exc


def save_keyring(path: Path, keyring: Keyring) -> None:
    """Write the key file atomically: the old file or the new one, never half of either."""
    write_atomically(path, keyring_text(keyring))


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new content."""
    private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(open_private(temporary, flags), "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if needed) between TeamDesk processes, so a
    read-change-write of the key file or the sign-in record never loses another's change."""
    private_dir(path.parent)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    with os.fdopen(open_private(path, flags), "r+b") as fh:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
