"""What makes tampering visible when everyone with an account holds the one database key.

The database key opens the whole file, so a person with any account and a copy of the files
can read everything and write anything into them. What they cannot do is make the writes
look genuine:

- **Grants** (an account's role, unit and whether it is active) are signed with the
  installation's *grant key* (Ed25519). Its public half is in the key file and in the
  database's meta table; its private half is sealed, in the key file, to each administrator
  (to the account's own X25519 key, whose private half is wrapped under the account's
  password like the database key). An account whose database row does not match a grant that
  verifies gets no more than read-only.
- **Account keys**: each account has a random 32-byte secret, wrapped under its password in its
  key slot; from it come an Ed25519 key that signs every audit event the account's session
  writes, and the X25519 key the grant key is sealed to. The public halves are in the slot, and
  the Ed25519 one is covered by the account's signed grant, so an event cannot be forged in
  another person's name.
- **The audit anchor**: the head of the audit chain (count, sequence number, hash) is recorded
  in the key file (and so in every backup's copy) at each sign-in, sign-out, backup and
  restore, with a MAC under a key derived from the database key; the database's meta table
  records the same anchor, written in the same transaction as the event. Deleting the tail
  or all of the log, rebuilding the chain, or rolling the key file's anchor back no longer
  agree with the other side.

The checks themselves are in :mod:`teamdesk.store.integrity` and :mod:`teamdesk.services.trust`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from functools import cached_property

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SECRET_BYTES = 32
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


# -- an account's own keys ------------------------------------------------------------------


@dataclass(frozen=True)
class AccountKeys:
    """The keys that come from an account's secret: one signs its audit events, one opens
    what is sealed to it (the grant key, for administrators)."""

    secret: bytes

    # Derived once per session (every audit event is signed with it).
    @cached_property
    def signing(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(_hkdf(self.secret, b"teamdesk-account-sign"))

    @cached_property
    def box(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(_hkdf(self.secret, b"teamdesk-account-box"))

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def public_key(raw: bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from its 32 raw bytes (to verify many signatures with)."""
    return Ed25519PublicKey.from_public_bytes(raw)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is ``public``'s Ed25519 signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- sealing the grant key to an administrator -----------------------------------------------


def seal(box_public: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """``plaintext`` encrypted so only the holder of ``box_public``'s private key opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(box_public))
    key = _hkdf(shared, b"teamdesk-seal" + ephemeral_public + box_public)
    nonce = secrets.token_bytes(12)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(keys: AccountKeys, sealed: bytes, associated: bytes) -> bytes | None:
    """What :func:`seal` sealed to this account; None when it was not sealed to it or was
    changed."""
    if len(sealed) < 32 + 12 + 16:
        return None
    ephemeral_public, nonce, body = sealed[:32], sealed[32:44], sealed[44:]
    try:
        shared = keys.box.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _hkdf(shared, b"teamdesk-seal" + ephemeral_public + keys.box_public)
        return AESGCM(key).decrypt(nonce, body, associated)
    except (InvalidTag, ValueError):
        return None


# -- the installation's grant key -------------------------------------------------------------


@dataclass(frozen=True)
class GrantKey:
    """The private half of the installation's grant key (held only while an administrator is
    signed in)."""

    raw: bytes

    @staticmethod
    def generate() -> GrantKey:
        key = Ed25519PrivateKey.generate()
        return GrantKey(key.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION))

    @property
    def public(self) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(self.raw)
        return key.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.raw).sign(data)


@dataclass(frozen=True)
class Grant:
    """What an administrator granted an account, signed with the grant key."""

    account_id: str
    role: str
    unit_id: str | None
    active: bool
    # The account's own public signing keys, oldest first (a new one comes with each password
    # an administrator resets, and the old ones keep verifying the events signed with them).
    # Empty for an account that has not signed in since grants were first signed; its key is
    # added at an administrator's next sign-in.
    signing_keys: tuple[bytes, ...] = ()
    signature: bytes = b""

    def message(self, database_id: str) -> bytes:
        return "\x1f".join(
            [
                "teamdesk-grant-v1",
                database_id,
                self.account_id,
                self.role,
                self.unit_id or "",
                "1" if self.active else "0",
                ",".join(k.hex() for k in self.signing_keys),
            ]
        ).encode("utf-8")

    def signed(self, database_id: str, key: GrantKey) -> Grant:
        return replace(self, signature=key.sign(self.message(database_id)))

    def verifies(self, database_id: str, grant_public: bytes) -> bool:
        return bool(grant_public) and verify(
            grant_public, self.signature, self.message(database_id)
        )

    def same_terms(self, role: str, unit_id: str | None, active: bool) -> bool:
        return self.role == role and self.unit_id == unit_id and self.active == active

    def with_key(self, signing_public: bytes) -> Grant:
        """This grant (unsigned) with ``signing_public`` among its keys."""
        if not signing_public or signing_public in self.signing_keys:
            return self
        return replace(self, signing_keys=(*self.signing_keys, signing_public), signature=b"")


@dataclass(frozen=True)
class SessionKeys:
    """The signed-in account's own keys, and the grant key while an administrator holding it
    is signed in."""

    account_id: str
    keys: AccountKeys
    grant_key: GrantKey | None = None
    # False when the key file's grant key is not the one the account's slot trusts.
    trusts_grant_key: bool = True


def database_key_id(key: bytes) -> str:
    """Which database key this is, without telling it: the key file names the key its slots
    must open once the database was re-keyed (see :mod:`teamdesk.store.rekey`)."""
    return _hkdf(key, b"teamdesk-database-key-id")[:16].hex()


def database_key_associated(database_id: str, account_id: str, key_id: str) -> bytes:
    """What a database key sealed to an account is bound to: the installation, the account and
    the key's id."""
    return f"teamdesk-database-key-v1\x1f{database_id}\x1f{account_id}\x1f{key_id}".encode()


def grant_associated(database_id: str, account_id: str) -> bytes:
    """What a sealed grant key is bound to: the installation and the administrator."""
    return f"teamdesk-grant-key-v1\x1f{database_id}\x1f{account_id}".encode()


# -- the audit anchor -------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The audit chain's head as recorded outside the database: the ``count``-th anchor,
    at event ``seq`` whose hash is ``hash``.

    The key file is written before the database commits the event it anchors (so a key file
    that cannot be written undoes the event), and once more after. Until that second write the
    anchor is *pending*: ``previous`` is the anchor the database recorded before this write
    (its :meth:`text`). A crash between the two leaves the database exactly at ``previous``
    without the anchored event, which ``check`` recognises as a write that never committed
    rather than a deleted tail. A key file that says the write finished (no ``previous``)
    leaves no such way out: the anchored event and the database's record must be there."""

    count: int
    seq: int
    hash: str
    mac: str = ""
    previous: str | None = None

    def text(self) -> str:
        """How the database's meta table records it."""
        return f"{self.count}:{self.seq}:{self.hash}"

    @staticmethod
    def parse(text: str) -> Anchor | None:
        try:
            count, seq, digest = text.split(":")
            return Anchor(int(count), int(seq), digest)
        except ValueError:
            return None

    @property
    def pending(self) -> bool:
        return self.previous is not None

    def pending_after(self, previous: str) -> Anchor:
        """This anchor (unsigned) as written before the commit, the database at ``previous``."""
        return Anchor(self.count, self.seq, self.hash, "", previous)

    def settled(self) -> Anchor:
        """This anchor (unsigned) as written once the database has committed it."""
        return Anchor(self.count, self.seq, self.hash)

    def with_mac(self, database_id: str, database_key: bytes) -> Anchor:
        return replace(self, mac=self._mac(database_id, database_key))

    def mac_matches(self, database_id: str, database_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self._mac(database_id, database_key))

    def _mac(self, database_id: str, database_key: bytes) -> str:
        key = _hkdf(database_key, b"teamdesk-anchor")
        payload = f"teamdesk-anchor-v1\x1f{database_id}\x1f{self.text()}"
        if self.previous is not None:
            # Covered too, so "pending" cannot be put on a settled anchor without the key.
            payload += f"\x1fpending\x1f{self.previous}"
        return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()

    def same_head(self, other: Anchor) -> bool:
        return (self.count, self.seq, self.hash) == (other.count, other.seq, other.hash)
