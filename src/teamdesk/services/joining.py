"""A new PC joins a house from the sync folder an administrator published it to (issue 11).

The data folder must be empty (a PC holds one house). An administrator's name and password
open their join slot in the newest snapshot of the house (see :mod:`teamdesk.sync.snapshot`);
the database key it gives opens the snapshot: the key file and a copy of the database. Both
are put together in a hidden folder inside the data folder, the copy is made this PC's (a new
replica id, every entry in it marked as made elsewhere, the publisher's sets counted as
applied), and only then moved into place, key file first and the database last, as the demo
is: a kill half-way leaves a folder that is not set up, and the next join starts again. The
first sign-in then works as on any PC, and the next sync brings what was made since.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from teamdesk.domain.accounts import AccountRole
from teamdesk.domain.text import N_, Message
from teamdesk.services.signin import (
    FolderState,
    SignInRefused,
    WrongPassword,
    folder_state,
)
from teamdesk.services.sync import FOLDER_META, JoinResult, SyncFailed, sync_place
from teamdesk.store import account_repo
from teamdesk.store.keyring import (
    OpenedSlot,
    PasswordMismatch,
    keyring_path,
    open_slot,
    parse_keyring,
    save_keyring,
)
from teamdesk.store.paths import DataLocation
from teamdesk.store.private import private_dir
from teamdesk.store.store import fsync_dir, open_store
from teamdesk.sync.changeset import BASE_KEY_ID, ChangeSetRefused, sync_key
from teamdesk.sync.housekeys import KEY_SUFFIX, KeyDocument, recipient_for_account
from teamdesk.sync.snapshot import (
    JoinSlot,
    SnapshotHeader,
    newest_snapshot_data,
    open_join_slot,
    unseal_snapshot,
)
from teamdesk.sync.transport import HouseTransport, SyncPlace, TransportError

STAGING_PREFIX = ".teamdesk-join-"


class JoinRefused(SignInRefused):
    """This PC cannot join from that folder; the sentence says why. Nothing was changed."""


def join_house(location: DataLocation, folder: str, who: str, password: str) -> JoinResult:
    """Make ``location`` (an empty data folder) a PC of the house published to ``folder``,
    as the administrator ``who`` with ``password``. Refuses with a sentence, changing nothing:
    a data folder already set up, a folder that cannot be reached or holds no published
    house, a name no house there knows, a wrong password, an account that is not an
    administrator, a damaged snapshot."""
    if folder_state(location) is not FolderState.NEW:
        raise JoinRefused(
            Message(
                N_(
                    "This PC already holds a TeamDesk database in {folder}. A PC joins a "
                    "house only with an empty data folder; nothing was changed."
                ),
                {"folder": str(location.directory)},
            )
        )
    place = sync_place(folder)
    houses = place.houses()
    if not houses:
        raise JoinRefused(
            Message(
                N_(
                    "The folder {folder} holds no published TeamDesk house. Choose the folder "
                    "an administrator published the house to, or ask them to publish it."
                ),
                {"folder": place.describe()},
            )
        )
    found: list[tuple[str, bytes, SnapshotHeader, JoinSlot]] = []
    try:
        for house in houses:
            newest = newest_snapshot_data(place.house(house))
            if newest is None:
                continue
            _, data, header = newest
            slot = header.slot_for(who)
            if slot is not None and header.house == house:
                found.append((house, data, header, slot))
    except TransportError as exc:
        raise SyncFailed(exc.message) from exc
    if not found:
        raise JoinRefused(
            Message(
                N_(
                    "No house published in {folder} has an account named {name}. Check the "
                    "spelling; joining a PC needs an administrator of the house."
                ),
                {"folder": place.describe(), "name": who},
            )
        )
    for house, data, header, slot in found:
        try:
            opened = open_join_slot(header, slot, password)
        except PasswordMismatch:
            continue
        except ChangeSetRefused as refused:
            raise JoinRefused(refused.message) from refused
        try:
            key = _snapshot_key(place.house(house), header, slot, opened, who)
        except TransportError as exc:
            raise SyncFailed(exc.message) from exc
        return _take(
            location, place, house, data, opened.database_key, key, slot.account_id, who, password
        )
    raise WrongPassword(
        Message(N_("The password for {name} is not right. Nothing was changed."), {"name": who})
    )


def _snapshot_key(
    transport: HouseTransport,
    header: SnapshotHeader,
    slot: JoinSlot,
    opened: OpenedSlot,
    who: str,
) -> bytes:
    """The key the snapshot is sealed with: the base key, or a house key sealed to this
    administrator in a key document signed by an account of the snapshot's join slots."""
    if header.key_id == BASE_KEY_ID:
        return sync_key(opened.database_key, header.house)
    signers = {s.account_id: s.signing_public for s in header.slots}
    for _, _, data in transport.documents(KEY_SUFFIX):
        try:
            document = KeyDocument.from_bytes(data)
        except ChangeSetRefused:
            continue
        if document.key_id != header.key_id or document.house != header.house:
            continue
        if not document.verifies(signers.get(document.signer, b"")):
            continue
        house_key = (
            document.open(recipient_for_account(slot.account_id), opened.keys)
            if opened.keys is not None
            else None
        )
        if house_key is not None:
            return house_key.key
    raise JoinRefused(
        Message(
            N_(
                "The house was given a new key after a PC was retired, and {name} was not an "
                "administrator then, so it cannot open it. An administrator of that time joins "
                "this PC, or publishes the house again first."
            ),
            {"name": who},
        )
    )


def _take(
    location: DataLocation,
    place: SyncPlace,
    house: str,
    data: bytes,
    database_key: bytes,
    snapshot_key: bytes,
    account_id: str,
    who: str,
    password: str,
) -> JoinResult:
    try:
        snapshot = unseal_snapshot(data, key=snapshot_key, house_id=house)
        ring = parse_keyring(snapshot.keyring_json.decode("utf-8"))
    except ChangeSetRefused as refused:
        raise JoinRefused(refused.message) from refused
    except (ValueError, UnicodeDecodeError) as exc:
        raise JoinRefused(Message(N_("A snapshot in the sync folder is damaged."))) from exc
    slot = ring.slot(account_id)
    if ring.database_id != house or slot is None:
        raise JoinRefused(Message(N_("A snapshot in the sync folder is damaged.")))
    try:
        # The account's own keys sign the audit event that records the join.
        opened = open_slot(ring, slot, password)
    except PasswordMismatch as exc:
        raise JoinRefused(Message(N_("A snapshot in the sync folder is damaged."))) from exc
    private_dir(location.directory)
    remove_unfinished_joins(location)
    staging = Path(
        tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=location.directory)
    )
    try:
        staged = staging / location.database.name
        save_keyring(keyring_path(staged), ring)
        with open(staged, "xb") as fh:
            fh.write(snapshot.database)
            fh.flush()
            os.fsync(fh.fileno())
        store = open_store(staged, key=database_key, create=False, backup_dir=staging / "backups")
        if opened.keys is not None:
            store.signer = (account_id, opened.keys)
        try:
            account = account_repo.account(store, account_id)
            if account is None or not account.active or account.role != AccountRole.ADMINISTRATOR:
                raise JoinRefused(
                    Message(
                        N_(
                            "Only an administrator of the house can join a PC to it, and "
                            "{name} is not one. Nothing was changed."
                        ),
                        {"name": who},
                    )
                )
            store.settle_joined(snapshot.header.replica, snapshot.header.seq, snapshot.pc_name)
            store.set_meta(FOLDER_META, place.remembered())
            with store.transaction():
                store.audit(
                    "sync",
                    actor=account.name,
                    summary="this PC joined the house from the sync folder "
                    f"(snapshot after change set {snapshot.header.seq} of another PC)",
                )
        finally:
            store.close()
        os.replace(keyring_path(staged), keyring_path(location.database))
        os.replace(staged, location.database)
        fsync_dir(location.directory)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return JoinResult(house, snapshot.pc_name, place.remembered())


def remove_unfinished_joins(location: DataLocation) -> None:
    """Remove the hidden folders of joins that were killed half-way (their process is gone)."""
    from teamdesk.store.private import process_running

    if not location.directory.is_dir():
        return
    for leftover in location.directory.glob(STAGING_PREFIX + "*"):
        owner = leftover.name[len(STAGING_PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and process_running(int(owner)):
            continue
        with contextlib.suppress(OSError):
            shutil.rmtree(leftover)
