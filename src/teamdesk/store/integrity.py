"""Checks that a database is sound: SQLite's own checks, the audit log's hash chain, and what
the key file beside it signs and anchors (grants, the chain's head, each event's signature)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from teamdesk.store import account_repo
from teamdesk.store.backup import BackupInfo
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import Keyring, keyring_path, load_keyring
from teamdesk.store.store import GENESIS_HASH, Store, audit_hash, audit_signed_bytes
from teamdesk.store.trust import Anchor, public_key


@dataclass(frozen=True)
class IntegrityReport:
    """What the checks found; ``sound`` when nothing is wrong."""

    problems: list[str]
    audit_events: int

    @property
    def sound(self) -> bool:
        return not self.problems


def check_integrity(store: Store) -> IntegrityReport:
    """Run SQLite's integrity and foreign-key checks and verify the audit hash chain."""
    problems: list[str] = []
    for row in store.query("PRAGMA integrity_check"):
        if row[0] != "ok":
            problems.append(f"integrity: {row[0]}")
    for row in store.query("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {row[0]} row {row[1]} points to a missing {row[2]}")
    count, chain = verify_audit_chain(store)
    peers = verify_peer_audit_chains(store)
    return IntegrityReport(problems + chain + peers + verify_trust(store), count)


def verify_peer_audit_chains(store: Store) -> list[str]:
    """Walk each other PC's audit chain this PC keeps (issue 11), from where it was first
    seen to the newest head: every link and every hash."""
    problems: list[str] = []
    for head in store.query(
        "SELECT replica_id, first_hash, seq, hash FROM sync_peer_audit_head ORDER BY replica_id"
    ):
        replica = str(head["replica_id"])
        prev = str(head["first_hash"])
        for row in store.query(
            "SELECT seq, id, at, actor, action, table_name, row_id, summary, prev_hash, hash "
            "FROM sync_peer_audit WHERE replica_id = ? ORDER BY seq",
            (replica,),
        ):
            where = f"audit log of the PC {replica}: event {row['seq']}"
            if row["prev_hash"] != prev:
                problems.append(f"{where} does not follow the one before it")
            expected = audit_hash(
                row["prev_hash"],
                row["id"],
                row["at"],
                row["actor"],
                row["action"],
                row["table_name"],
                row["row_id"],
                row["summary"],
            )
            if row["hash"] != expected:
                problems.append(f"{where} was altered after it was received")
            prev = row["hash"]
        if prev != head["hash"]:
            problems.append(f"audit log of the PC {replica}: its newest events are missing")
    return problems


def verify_audit_chain(store: Store) -> tuple[int, list[str]]:
    """Walk the audit log in order; report every event whose link or hash does not match."""
    problems: list[str] = []
    prev = GENESIS_HASH
    count = 0
    cursor = store.conn.execute(
        "SELECT seq, id, at, actor, action, table_name, row_id, summary, prev_hash, hash "
        "FROM audit_event ORDER BY seq"
    )
    for row in cursor:
        count += 1
        if row["prev_hash"] != prev:
            problems.append(f"audit log: event {row['seq']} does not follow the one before it")
        expected = audit_hash(
            row["prev_hash"],
            row["id"],
            row["at"],
            row["actor"],
            row["action"],
            row["table_name"],
            row["row_id"],
            row["summary"],
        )
        if row["hash"] != expected:
            problems.append(f"audit log: event {row['seq']} was altered after it was written")
        prev = row["hash"]
    return count, problems


# -- what the key file anchors and signs (issue 9; see teamdesk.store.trust) -----------------

GRANT_PUBLIC_META = "grant_public_key"
ANCHOR_META = "audit_anchor"


def grant_mismatch(
    ring: Keyring, role: str, unit_id: str | None, active: bool, account_id: str
) -> str | None:
    """Why an account's row does not match a grant that verifies; None when it does."""
    grant = ring.grant(account_id)
    if grant is None:
        return "it has no signed grant (the row was added or changed outside TeamDesk)"
    if not grant.verifies(ring.database_id, ring.grant_public):
        return "the signature of its grant does not verify (the key file was changed by hand)"
    if not grant.same_terms(role, unit_id, active):
        return (
            f"its role, unit or state ({role}, {unit_id or 'every unit'}, "
            f"{'active' if active else 'switched off'}) is not what an administrator granted "
            f"({grant.role}, {grant.unit_id or 'every unit'}, "
            f"{'active' if grant.active else 'switched off'})"
        )
    return None


def load_ring_beside(store: Store) -> Keyring | None:
    """The key file beside the store's database; None when there is none (a store opened by
    a tool or a test without one)."""
    path = keyring_path(store.path)
    if not path.exists():
        return None
    return load_keyring(path)


def verify_trust(store: Store, *, signatures: bool = True) -> list[str]:
    """What the key file's grants and audit anchor say against the database (and, with
    ``signatures``, every audit event's signature); an empty list when they agree."""
    try:
        ring = load_ring_beside(store)
    except KeyringError as exc:
        return [f"key file: {exc}"]
    if ring is None:
        return []
    problems = grant_problems(store, ring) + anchor_problems(store, ring)
    if signatures:
        problems += signature_problems(store, ring)
    return problems


def unfinished_first_anchor(store: Store, ring: Keyring) -> bool:
    """Whether the key file holds what the first administrator's sign-in writes once per
    installation (the grant key, every grant signed, the first audit anchor) from a sign-in
    stopped before the database committed its part: the anchor is pending after none (its MAC
    holds, the event it names is in the log) and the database records neither an anchor nor a
    grant key. The write never happened, as far as the database knows (see
    :func:`as_committed`); the next administrator's sign-in does it again."""
    anchor = ring.anchor
    if anchor is None or not anchor.pending or anchor.previous != "" or store.key is None:
        return False
    if store.meta(ANCHOR_META) or store.meta(GRANT_PUBLIC_META):
        return False
    if not anchor.mac_matches(ring.database_id, store.key):
        return False
    if anchor.seq == 0:
        return True
    row = store.query_one("SELECT hash FROM audit_event WHERE seq = ?", (anchor.seq,))
    return row is not None and row["hash"] == anchor.hash


def as_committed(store: Store, ring: Keyring) -> Keyring:
    """``ring`` as the database knows it: without an unfinished first anchor's grant key,
    grants, anchor and sealed grant keys (:func:`unfinished_first_anchor`), as before that
    sign-in; ``ring`` itself otherwise. (Wiping those by hand was already possible; either
    way ``check`` reports unsigned grants until an administrator signs in.)"""
    if not unfinished_first_anchor(store, ring):
        return ring
    return replace(
        ring,
        grant_public=b"",
        grants=(),
        anchor=None,
        slots=tuple(replace(s, sealed_grant_key=b"") for s in ring.slots),
    )


def grant_problems(store: Store, ring: Keyring) -> list[str]:
    ring = as_committed(store, ring)
    meta_public = store.meta(GRANT_PUBLIC_META) or ""
    rows = store.query(
        "SELECT id, name, role, unit_id, active FROM account WHERE deleted_at IS NULL"
    )
    if not ring.grant_public and not meta_public:
        if rows:
            return [
                f"unsigned grants: the roles and units of {len(rows)} account(s) are not signed "
                "yet; they are signed when an administrator next signs in"
            ]
        return []
    problems: list[str] = []
    labels = account_repo.labels(store)
    if ring.grant_public.hex() != meta_public:
        problems.append(
            "grants: the key that signs roles in the key file is not the one the database "
            "records (it was replaced or removed)"
        )
    for row in rows:
        wrong = grant_mismatch(
            ring, str(row["role"]), row["unit_id"], bool(row["active"]), str(row["id"])
        )
        if wrong is not None:
            who = account_repo.label(labels, row["id"], row["name"])
            problems.append(f"account {who}: {wrong}")
    return problems


def anchor_problems(store: Store, ring: Keyring) -> list[str]:
    ring = as_committed(store, ring)
    meta_text = store.meta(ANCHOR_META)
    recorded = Anchor.parse(meta_text) if meta_text else None
    kept = in_file = ring.anchor
    if not (ring.grant_public or store.meta(GRANT_PUBLIC_META) or recorded or kept):
        return []  # from before the log was anchored
    problems: list[str] = []
    if kept is None:
        problems.append(
            "audit anchor: the key file has no record of the audit log's head (it was removed)"
        )
    elif store.key is not None and not kept.mac_matches(ring.database_id, store.key):
        problems.append("audit anchor: the key file's record of the audit log was changed by hand")
    if recorded is None:
        problems.append("audit anchor: the database has no record of its anchor (it was removed)")
    if kept is not None and recorded is not None and in_flight(store, kept, recorded):
        # TeamDesk stopped between writing the key file and the database's commit: the
        # database is exactly where the key file says it was before, without the event.
        kept = recorded
    if kept is not None and recorded is not None:
        if kept.count < recorded.count:
            problems.append(
                f"audit anchor: the key file's record (number {kept.count}) is older than the "
                f"database's (number {recorded.count}): it was rolled back"
            )
        elif kept.count > recorded.count:
            problems.append(
                f"audit anchor: the key file records anchor number {kept.count} at event "
                f"{kept.seq}, the database only number {recorded.count}: the end of the audit "
                "log was deleted, or the database was replaced by an older copy"
            )
        elif not kept.same_head(recorded):
            problems.append("audit anchor: the key file and the database record different heads")
    if in_file is not None:
        problems += _copy_problems(store, ring, in_file)
    seen: set[int] = set()
    for anchor in (a for a in (kept, recorded) if a is not None):
        if anchor.seq in seen or anchor.seq == 0:
            continue
        seen.add(anchor.seq)
        row = store.query_one("SELECT hash FROM audit_event WHERE seq = ?", (anchor.seq,))
        if row is None:
            problems.append(
                f"audit log: event {anchor.seq}, recorded outside the database, is missing (the "
                "end of the log, or all of it, was deleted)"
            )
        elif row["hash"] != anchor.hash:
            problems.append(
                f"audit log: event {anchor.seq} is not the one recorded outside the database "
                "(the chain was rebuilt)"
            )
    return problems


def in_flight(store: Store, kept: Anchor, recorded: Anchor) -> bool:
    """Whether the key file's anchor is one whose write never committed (see
    :class:`teamdesk.store.trust.Anchor`): pending, after exactly the anchor the database
    records, and the event it anchors is not in the log. A settled anchor is never in flight,
    so deleting the log's end (and putting the database's record back) is still reported."""
    if not kept.pending or kept.previous != recorded.text() or kept.count <= recorded.count:
        return False
    row = store.query_one("SELECT hash FROM audit_event WHERE seq = ?", (kept.seq,))
    return row is None or row["hash"] != kept.hash


def signature_problems(store: Store, ring: Keyring) -> list[str]:
    """Every audit event after the first signed one must be signed by an account whose key an
    administrator granted it."""
    ring = as_committed(store, ring)
    keys: dict[str, list[Ed25519PublicKey]] = {
        g.account_id: [public_key(k) for k in g.signing_keys if len(k) == 32]
        for g in ring.grants
        if g.verifies(ring.database_id, ring.grant_public)
    }
    problems: list[str] = []
    signing = False
    labels = account_repo.labels(store)
    cursor = store.conn.execute(
        "SELECT seq, hash, actor, signed_by, signature FROM audit_event ORDER BY seq"
    )
    for row in cursor:
        signature = row["signature"]
        if not signature:
            if signing:
                problems.append(
                    f"audit log: event {row['seq']} is not signed by any account (it was added "
                    "outside TeamDesk)"
                )
            continue
        signing = True
        granted = keys.get(str(row["signed_by"]), ())
        data = audit_signed_bytes(str(row["hash"]))
        try:
            raw = bytes.fromhex(str(signature))
        except ValueError:
            raw = b""
        if not any(_verifies(k, raw, data) for k in granted):
            who = account_repo.label(labels, row["signed_by"], row["actor"])
            problems.append(
                f"audit log: the signature of event {row['seq']} (signed as {who}) does not "
                "verify with a key an administrator granted (it was forged or altered)"
            )
        if len(problems) > 50:
            problems.append("audit log: more problems were not listed")
            break
    return problems


def _verifies(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def _copy_problems(store: Store, ring: Keyring, kept: Anchor) -> list[str]:
    """The backups' copies of the key file record the head as it was at each backup; one that
    records a later anchor than the key file means the key file (and the log with it) was
    rolled back. (A restore records its anchor above every copy's.)"""
    problems: list[str] = []
    for info, anchor in copy_anchors(store, ring):
        if anchor.count > kept.count:
            problems.append(
                f"audit anchor: the copy of the key file beside the backup {info.path.name} "
                f"records anchor number {anchor.count} at event {anchor.seq}, later than the "
                f"key file's number {kept.count}: the key file and the audit log were rolled "
                "back"
            )
    return problems


def copy_anchors(store: Store, ring: Keyring) -> list[tuple[BackupInfo, Anchor]]:
    """The anchors the backups' copies of this installation's key file record (those whose MAC
    holds)."""
    from teamdesk.store.backup import list_backups

    found: list[tuple[BackupInfo, Anchor]] = []
    for info in list_backups(store.path.parent / "backups"):
        try:
            copy = load_keyring(info.key_file) if info.has_key_file else None
        except KeyringError:
            continue
        anchor = copy.anchor if copy is not None else None
        if copy is None or anchor is None or copy.database_id != ring.database_id:
            continue
        if store.key is not None and not anchor.mac_matches(ring.database_id, store.key):
            continue
        found.append((info, anchor))
    return found


def next_anchor_count(store: Store, ring: Keyring) -> int:
    """The number a new anchor that starts the record afresh gets: above every one recorded
    in the key file, the database and the backups' copies."""
    meta_text = store.meta(ANCHOR_META)
    recorded = Anchor.parse(meta_text) if meta_text else None
    counts = [a.count for a in (ring.anchor, recorded) if a is not None]
    counts += [a.count for _, a in copy_anchors(store, ring)]
    return max(counts, default=0) + 1
