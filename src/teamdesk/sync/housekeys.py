"""House keys: what change sets and snapshots are sealed with, and re-keying when a PC leaves.

At first every set is sealed with the *base key*, derived from the database key (key id "0").
Everyone who can sign in anywhere holds the database key, and so does a lost laptop. Retiring
that laptop therefore makes a new random *house key* (a new key id, one epoch later) that never
passes through the database key:

- every PC of the house has a key pair of its own (:class:`PcDocument`): the private half stays
  in its own database (never in a snapshot), the public half is published to the folder, signed
  by the account that was signed in when it was made;
- the new key is sealed (X25519, :func:`teamdesk.store.trust.seal`) to each PC that is not
  retired, and to each active administrator (so a new PC can still join: an administrator's
  password opens their own key in the published key file, and that opens the house key), in a
  :class:`KeyDocument` signed by the administrator who retired the PC;
- the document also names the retired PC and the last of its change sets that stays: later ones
  are refused by every PC.

From then on each PC seals what it publishes with the newest key it holds (highest epoch, then
key id, so two administrators who re-key offline at once end with one key in use and both
readable). The lost laptop holds the base key and the old house keys only: it cannot open what
is written afterwards. What it cannot be made to forget (its own copy of the database, old
change sets) stays readable to whoever holds it and a password, as with any copy; see the
README's "Several PCs".
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from teamdesk.domain.text import N_, Message
from teamdesk.store.trust import AccountKeys, seal, unseal, verify
from teamdesk.sync.changeset import BASE_KEY_ID, Damaged

KEY_SUFFIX = ".tdkey"
PC_SUFFIX = ".tdpc"
KEY_BYTES = 32


@dataclass(frozen=True)
class HouseKey:
    key_id: str
    epoch: int
    key: bytes


def newest(keys: dict[str, HouseKey]) -> HouseKey:
    """The key new sets are sealed with: highest epoch, then key id (the same on every PC)."""
    return max(keys.values(), key=lambda k: (k.epoch, k.key_id))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def _damaged() -> Damaged:
    return Damaged(Message(N_("A house key in the sync folder is damaged; it was ignored.")))


def recipient_for_pc(replica: str) -> str:
    return f"pc:{replica}"


def recipient_for_account(account_id: str) -> str:
    return f"account:{account_id}"


def _associated(house: str, key_id: str, recipient: str) -> bytes:
    return f"teamdesk-house-key-v1\x1f{house}\x1f{key_id}\x1f{recipient}".encode()


@dataclass(frozen=True)
class KeyDocument:
    """A new house key, sealed to each recipient, and the PCs retired with it; signed."""

    house: str
    key_id: str
    epoch: int
    made_by: str
    retired: dict[str, int]
    sealed: dict[str, bytes]
    signer: str
    signature: bytes = b""

    def signed_bytes(self) -> bytes:
        return json.dumps(
            {
                "kind": "teamdesk-house-key-v1",
                "house": self.house,
                "key_id": self.key_id,
                "epoch": self.epoch,
                "made_by": self.made_by,
                "retired": self.retired,
                "sealed": {k: _b64(v) for k, v in sorted(self.sealed.items())},
                "signer": self.signer,
            },
            sort_keys=True,
        ).encode("utf-8")

    def to_bytes(self) -> bytes:
        fields = json.loads(self.signed_bytes())
        fields["signature"] = _b64(self.signature)
        return json.dumps(fields, sort_keys=True, indent=1).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> KeyDocument:
        try:
            fields = json.loads(data)
            if fields.get("kind") != "teamdesk-house-key-v1":
                raise ValueError("not a house key")
            document = KeyDocument(
                house=str(fields["house"]),
                key_id=str(fields["key_id"]),
                epoch=int(fields["epoch"]),
                made_by=str(fields["made_by"]),
                retired={str(k): int(v) for k, v in dict(fields["retired"]).items()},
                sealed={str(k): _unb64(v) for k, v in dict(fields["sealed"]).items()},
                signer=str(fields["signer"]),
                signature=_unb64(fields["signature"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise _damaged() from exc
        if document.key_id == BASE_KEY_ID or document.epoch < 1:
            raise _damaged()
        return document

    def verifies(self, signing_public: bytes) -> bool:
        return bool(signing_public) and verify(signing_public, self.signature, self.signed_bytes())

    def open(self, recipient: str, keys: AccountKeys) -> HouseKey | None:
        """The key sealed to ``recipient`` (whose private key ``keys`` holds), or None."""
        sealed = self.sealed.get(recipient)
        if sealed is None:
            return None
        key = unseal(keys, sealed, _associated(self.house, self.key_id, recipient))
        if key is None or len(key) != KEY_BYTES:
            return None
        return HouseKey(self.key_id, self.epoch, key)


def new_key_document(
    *,
    house: str,
    epoch: int,
    made_by: str,
    retired: dict[str, int],
    recipients: dict[str, bytes],
    signer: str,
    signer_keys: AccountKeys,
) -> tuple[KeyDocument, HouseKey]:
    """A new random house key sealed to each recipient (name -> X25519 public key), signed."""
    key = HouseKey(secrets.token_hex(16), epoch, secrets.token_bytes(KEY_BYTES))
    sealed = {
        name: seal(public, key.key, _associated(house, key.key_id, name))
        for name, public in sorted(recipients.items())
    }
    unsigned = KeyDocument(house, key.key_id, epoch, made_by, dict(retired), sealed, signer)
    return replace(unsigned, signature=signer_keys.sign(unsigned.signed_bytes())), key


@dataclass(frozen=True)
class PcDocument:
    """A PC's public key, signed by the account signed in when it was made."""

    house: str
    replica: str
    box_public: bytes
    signer: str
    signature: bytes = b""

    def signed_bytes(self) -> bytes:
        return json.dumps(
            {
                "kind": "teamdesk-pc-key-v1",
                "house": self.house,
                "replica": self.replica,
                "box_public": _b64(self.box_public),
                "signer": self.signer,
            },
            sort_keys=True,
        ).encode("utf-8")

    def to_bytes(self) -> bytes:
        fields = json.loads(self.signed_bytes())
        fields["signature"] = _b64(self.signature)
        return json.dumps(fields, sort_keys=True, indent=1).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> PcDocument:
        try:
            fields = json.loads(data)
            if fields.get("kind") != "teamdesk-pc-key-v1":
                raise ValueError("not a PC key")
            document = PcDocument(
                house=str(fields["house"]),
                replica=str(fields["replica"]),
                box_public=_unb64(fields["box_public"]),
                signer=str(fields["signer"]),
                signature=_unb64(fields["signature"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise _damaged() from exc
        if len(document.box_public) != 32:
            raise _damaged()
        return document

    def verifies(self, signing_public: bytes) -> bool:
        return bool(signing_public) and verify(signing_public, self.signature, self.signed_bytes())

    def name(self) -> str:
        return f"pc-{self.box_public.hex()[:16]}{PC_SUFFIX}"

    @staticmethod
    def signed(
        house: str, replica: str, box_public: bytes, signer: str, keys: AccountKeys
    ) -> PcDocument:
        unsigned = PcDocument(house, replica, box_public, signer)
        return PcDocument(house, replica, box_public, signer, keys.sign(unsigned.signed_bytes()))
