"""Accounts travel between the PCs of a house (issue 11): the row through the change sets,
the key slot (wrapped under the person's own password) and the signed grant through a
document in the sync folder, so a person made on one PC signs in on the other with the same
password, a rename reaches the other PC and a deactivated account stops signing in there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole, person_labels
from teamdesk.services.accounts import AccountService
from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.signin import SignInRefused, sign_in
from teamdesk.services.sync import SyncService
from teamdesk.store.keyring import FAST_KDF, keyring_path, load_keyring
from teamdesk.store.paths import DataLocation

PASSWORD = "a long and private passphrase 7"


def _two_pcs(tmp_path: Path) -> tuple[DataLocation, DataLocation, Path]:
    staffroom = DataLocation(tmp_path / "staffroom", "test")
    create_demo_folder(staffroom)
    laptop = DataLocation(tmp_path / "laptop", "test")
    shutil.copytree(staffroom.directory, laptop.directory)
    share = tmp_path / "share"
    share.mkdir()
    for pc in (staffroom, laptop):
        _sync(pc, share)
    return staffroom, laptop, share


def _sync(pc: DataLocation, share: Path, who: str = "Demo Administrator") -> None:
    session = sign_in(pc, who, DEMO_PASSWORD, daily_backup=False)
    try:
        report = SyncService(session.ctx).sync_now(str(share))
        assert report.problems == []
    finally:
        session.sign_out()


def _admin(pc: DataLocation):  # type: ignore[no-untyped-def]
    return sign_in(pc, "Demo Administrator", DEMO_PASSWORD, daily_backup=False)


def test_an_account_made_on_one_pc_signs_in_on_the_other_with_its_password(
    tmp_path: Path,
) -> None:
    staffroom, laptop, share = _two_pcs(tmp_path)
    session = _admin(staffroom)
    try:
        made = AccountService(session.ctx).create_account(
            "Nina Berg", AccountRole.COORDINATOR, PASSWORD, kdf=FAST_KDF
        )
        nina = str(made.row_id)
        administrator = session.account.id
    finally:
        session.sign_out()
    _sync(staffroom, share)
    _sync(laptop, share)
    # The change log on the laptop names the account that made her, not only its name.
    there = sign_in(laptop, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        made_by = there.store.query(
            "SELECT DISTINCT actor_id, received_from FROM change "
            "WHERE table_name = 'account' AND row_id = ?",
            (nina,),
        )
        assert [(r["actor_id"], r["received_from"] is not None) for r in made_by] == [
            (administrator, True)
        ]
    finally:
        there.sign_out()

    there = sign_in(laptop, "Nina Berg", PASSWORD, daily_backup=False)
    try:
        assert there.account.id == nina
        assert there.account.role is AccountRole.COORDINATOR  # the grant came too
        assert there.trust_warnings == ()
    finally:
        there.sign_out()

    # Renamed on the staff-room PC: the laptop's sign-in list follows at its next sync.
    session = _admin(staffroom)
    try:
        AccountService(session.ctx).update_account(nina, name="Nina Berg Dahl")
    finally:
        session.sign_out()
    _sync(staffroom, share)
    _sync(laptop, share)
    slot = load_keyring(keyring_path(laptop.database)).slot(nina)
    assert slot is not None and slot.name == "Nina Berg Dahl"
    sign_in(laptop, "Nina Berg Dahl", PASSWORD, daily_backup=False).sign_out()

    # Deactivated on the staff-room PC: after the laptop's next sync she cannot sign in there.
    session = _admin(staffroom)
    try:
        AccountService(session.ctx).deactivate(nina)
    finally:
        session.sign_out()
    _sync(staffroom, share)
    _sync(laptop, share)
    with pytest.raises(SignInRefused):
        sign_in(laptop, nina, PASSWORD, daily_backup=False)


def test_accounts_made_apart_with_one_name_both_arrive_and_wrong_tries_stay_local(
    tmp_path: Path,
) -> None:
    from teamdesk.services.signin import WrongPassword

    staffroom, laptop, share = _two_pcs(tmp_path)
    made: dict[str, str] = {}
    for pc, password in ((staffroom, PASSWORD), (laptop, PASSWORD + " on the laptop")):
        session = _admin(pc)
        try:
            outcome = AccountService(session.ctx).create_account(
                "Kari", AccountRole.STAFF, password, kdf=FAST_KDF
            )
            made[password] = str(outcome.row_id)
        finally:
            session.sign_out()
    # A wrong password for the laptop's Kari, typed on the laptop before the sync.
    laptop_kari = made[PASSWORD + " on the laptop"]
    with pytest.raises(WrongPassword):
        sign_in(laptop, laptop_kari, "not her password at all", daily_backup=False)
    for pc in (staffroom, laptop, staffroom):
        _sync(pc, share)
    # Sign-in counters are each PC's own: the laptop keeps its wrong try, the staff-room PC
    # (which now holds her slot too) never saw it.
    tries = {
        pc: load_keyring(keyring_path(pc.database)).slot(laptop_kari) for pc in (staffroom, laptop)
    }
    assert tries[laptop] is not None and tries[laptop].tries.failures == 1
    assert tries[staffroom] is not None and tries[staffroom].tries.failures == 0

    for pc in (staffroom, laptop):
        ring = load_keyring(keyring_path(pc.database))
        assert {made[PASSWORD], laptop_kari} <= {s.account_id for s in ring.slots}
        # By name, two Karis are one too many: nothing is tried (a wrong password would count
        # against the other Kari), and the sentence gives the ids to sign in with.
        before = {s.account_id: s.tries.failures for s in ring.slots}
        with pytest.raises(SignInRefused, match="More than one account is named Kari") as why:
            sign_in(pc, "kari", PASSWORD, daily_backup=False)
        assert laptop_kari in why.value.message.render()
        after = load_keyring(keyring_path(pc.database))
        assert {s.account_id: s.tries.failures for s in after.slots} == before
        for password, account_id in made.items():
            there = sign_in(pc, account_id, password, daily_backup=False)
            try:
                assert there.account.name == "Kari" and there.trust_warnings == ()
            finally:
                there.sign_out()


def test_the_newest_password_wins_on_every_pc_and_an_older_slot_never_comes_back(
    tmp_path: Path,
) -> None:
    from teamdesk.services.signin import WrongPassword
    from teamdesk.store.keyring import merged_slots

    staffroom, laptop, share = _two_pcs(tmp_path)
    new_password = "another long private passphrase 9"
    session = _admin(laptop)
    try:
        AccountService(session.ctx).change_own_password(DEMO_PASSWORD, new_password)
    finally:
        session.sign_out()
    session = sign_in(laptop, "Demo Administrator", new_password, daily_backup=False)
    try:
        SyncService(session.ctx).sync_now(str(share))
    finally:
        session.sign_out()
    before = load_keyring(keyring_path(staffroom.database))
    _sync(staffroom, share, who="Demo Leader")
    # The staff-room PC took the laptop's newer slot: the new password opens it, the old not.
    with pytest.raises(WrongPassword):
        sign_in(staffroom, "Demo Administrator", DEMO_PASSWORD, daily_backup=False)
    sign_in(staffroom, "Demo Administrator", new_password, daily_backup=False).sign_out()
    # The older slot, offered again (a PC that has not synced since), is not taken back.
    after = load_keyring(keyring_path(staffroom.database))
    assert merged_slots(after, before.slots).slots == after.slots


def test_a_slots_document_opens_only_for_its_house_and_key() -> None:
    from teamdesk.store.keyring import new_keyring
    from teamdesk.sync.keyslots import SlotsDocument, open_slots, seal_slots

    ring = new_keyring()
    key = bytes(range(32))
    data = seal_slots(
        SlotsDocument("pc-a", 1, ring), house_id=ring.database_id, key_id="0", key=key
    )
    opened = open_slots(data, house_id=ring.database_id, keys={"0": key})
    assert opened is not None and opened.ring.database_id == ring.database_id
    assert open_slots(data, house_id="another house", keys={"0": key}) is None
    assert open_slots(data, house_id=ring.database_id, keys={"0": bytes(32)}) is None
    flipped = bytearray(data)
    flipped[-1] ^= 1
    assert open_slots(bytes(flipped), house_id=ring.database_id, keys={"0": key}) is None


def test_undo_tells_two_accounts_with_one_name_apart(tmp_path: Path) -> None:
    """Two Karis, made apart on two PCs, set the same evaluation date on one goal while apart;
    the laptop's write is the later. The staff-room Kari's undo is refused as what it is,
    another person's change since (by name alone the newest write looked like her own, and
    the refusal said her step no longer matched what was saved)."""
    from datetime import date

    from teamdesk.services.plan import PlanService
    from teamdesk.services.undo import UndoConflict, revert

    staffroom, laptop, share = _two_pcs(tmp_path)
    karis: dict[str, str] = {}
    for pc in (staffroom, laptop):
        session = _admin(pc)
        try:
            made = AccountService(session.ctx).create_account(
                "Kari", AccountRole.LEADER, PASSWORD, kdf=FAST_KDF
            )
            karis[pc.directory.name] = str(made.row_id)
        finally:
            session.sign_out()
    for pc in (staffroom, laptop, staffroom):
        _sync(pc, share)
    chosen = date(2027, 3, 1)
    here = sign_in(staffroom, karis["staffroom"], PASSWORD, daily_backup=False)
    try:
        goal = str(
            here.store.query_one(
                "SELECT id FROM plan_goal WHERE deleted_at IS NULL "
                "AND (evaluation_date IS NULL OR evaluation_date != ?) LIMIT 1",
                (chosen.isoformat(),),
            )["id"]
        )
        hers = PlanService(here.ctx).update_goal(goal, evaluation_date=chosen)
    finally:
        here.sign_out()
    there = sign_in(laptop, karis["laptop"], PASSWORD, daily_backup=False)
    try:
        PlanService(there.ctx).update_goal(goal, evaluation_date=chosen)
    finally:
        there.sign_out()
    for pc in (laptop, staffroom):
        _sync(pc, share)
    here = sign_in(staffroom, karis["staffroom"], PASSWORD, daily_backup=False)
    try:
        # Named as the other Kari, by as much of her id as tells the two apart.
        other = person_labels((k, "Kari") for k in karis.values())[karis["laptop"]]
        assert other.startswith("Kari (" + karis["laptop"][:8])
        with pytest.raises(UndoConflict) as refused:
            revert(here.ctx, hers.changes)
        assert refused.value.message.render().startswith(f"{other} has changed this since")
        row = here.store.get("plan_goal", goal)
        assert row is not None and row["evaluation_date"] == chosen.isoformat()
    finally:
        here.sign_out()


def test_a_pc_whose_clock_runs_a_year_ahead_does_not_outrank_a_later_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from teamdesk.services.signin import WrongPassword
    from teamdesk.store import keyring

    staffroom, laptop, share = _two_pcs(tmp_path)
    on_laptop, on_staffroom = "changed on the laptop first 1", "changed in the staff room later 2"
    ahead = (datetime.now(UTC) + timedelta(days=365)).isoformat(timespec="microseconds")
    with monkeypatch.context() as wrong_clock:
        # The laptop's clock runs a year ahead when the administrator changes the password.
        wrong_clock.setattr(keyring, "slot_stamp", lambda: ahead)
        session = _admin(laptop)
        try:
            AccountService(session.ctx).change_own_password(DEMO_PASSWORD, on_laptop)
        finally:
            session.sign_out()
    _sync(laptop, share, who="Demo Leader")
    _sync(staffroom, share, who="Demo Leader")
    # The staff-room PC (right clock) took the laptop's password; changed again there, later.
    session = sign_in(staffroom, "Demo Administrator", on_laptop, daily_backup=False)
    try:
        AccountService(session.ctx).change_own_password(on_laptop, on_staffroom)
    finally:
        session.sign_out()
    for pc in (staffroom, laptop, staffroom):
        _sync(pc, share, who="Demo Leader")
    for pc in (staffroom, laptop):
        # The later change stands on both PCs, whatever the laptop's clock said.
        with pytest.raises(WrongPassword):
            sign_in(pc, "Demo Administrator", on_laptop, daily_backup=False)
        sign_in(pc, "Demo Administrator", on_staffroom, daily_backup=False).sign_out()


def test_slot_versions_outrank_stamps_from_before_and_are_never_numbered_again(
    tmp_path: Path,
) -> None:
    import json
    from dataclasses import replace

    from teamdesk.store.keyring import (
        merged_slots,
        new_database_key,
        new_keyring,
        save_keyring,
        wrap_key,
    )

    ring = new_keyring()
    key = new_database_key()
    kari = wrap_key(ring, key, "kari", "Kari", PASSWORD, FAST_KDF)
    # Slots from before versions were kept carry only a clock stamp: read as version 0 and
    # ordered by it among themselves, as before.
    path = tmp_path / "keys.json"
    save_keyring(path, ring.with_slot(kari))
    raw = json.loads(path.read_text(encoding="utf-8"))
    for slot in raw["slots"]:
        slot.pop("version")
        slot["stamp"] = "2027-12-01T00:00:00.000000+00:00"  # a year ahead, from the old code
    raw.pop("slot_clock")
    path.write_text(json.dumps(raw), encoding="utf-8")
    old = load_keyring(path)
    legacy = old.slot("kari")
    assert legacy is not None and legacy.version == 0
    earlier = replace(legacy, stamp="2026-01-01T00:00:00.000000+00:00", salt=bytes(16))
    assert merged_slots(old, [earlier]).slot("kari") == legacy
    # A slot written now outranks it, whatever its stamp says.
    rewritten = wrap_key(old, key, "kari", "Kari", PASSWORD + " new", FAST_KDF)
    assert rewritten.version == 1
    assert merged_slots(old, [rewritten]).slot("kari") == rewritten
    assert merged_slots(old.with_slot(rewritten), [legacy]).slot("kari") == rewritten
    # Switched off and back: the versions seen before are remembered in the key file, so the
    # new slot outranks the old one a PC that has not synced since still offers.
    taken_out = old.with_slot(rewritten).without("kari")
    save_keyring(path, taken_out)
    again = load_keyring(path)
    assert again.slot_clock == 1
    back = wrap_key(again, key, "kari", "Kari", PASSWORD + " back", FAST_KDF)
    assert back.version == 2
    assert merged_slots(again.with_slot(back), [rewritten]).slot("kari") == back


def test_slots_that_arrive_by_sync_reach_the_backups_copies_of_the_key_file(
    tmp_path: Path,
) -> None:
    from teamdesk.services.recovery import back_up_now, restore_key_file
    from teamdesk.services.signin import WrongPassword
    from teamdesk.store.backup import list_backups
    from teamdesk.store.keyring import PasswordMismatch, unwrap_key

    staffroom, laptop, share = _two_pcs(tmp_path)
    new_password = "another long private passphrase 9"
    session = _admin(staffroom)
    try:
        AccountService(session.ctx).change_own_password(DEMO_PASSWORD, new_password)
        AccountService(session.ctx).create_account(
            "Nina Berg", AccountRole.COORDINATOR, PASSWORD, kdf=FAST_KDF
        )
    finally:
        session.sign_out()
    before = set(share.rglob("slots-*.tdks"))
    _sync(staffroom, share, who="Demo Leader")
    # The cloud folder has the staff-room PC's change set but not yet its slots document:
    # the laptop gets Nina's row without her slot, and takes a backup then.
    withheld = tmp_path / "not yet fetched"
    withheld.mkdir()
    late = {path: withheld / path.name for path in set(share.rglob("slots-*.tdks")) - before}
    assert late
    for path, aside in late.items():
        path.rename(aside)
    _sync(laptop, share)
    session = _admin(laptop)
    try:
        assert session.store.query_one("SELECT 1 FROM account WHERE name = 'Nina Berg'")
        back_up_now(session)
    finally:
        session.sign_out()
    for path, aside in late.items():
        aside.rename(path)
    _sync(laptop, share, who="Demo Leader")

    [backup] = list_backups(laptop.backups)
    copy = load_keyring(backup.key_file)
    administrator = next(s for s in copy.slots if s.name == "Demo Administrator")
    # The old password opens the backup's copy no more (the database key never changes, so
    # it would open the backup); the new one does.
    with pytest.raises(PasswordMismatch):
        unwrap_key(copy, administrator, DEMO_PASSWORD)
    assert unwrap_key(copy, administrator, new_password)
    # The key file lost: put back from the newest copy, Nina and the new password open it.
    keyring_path(laptop.database).unlink()
    restore_key_file(laptop, "Nina Berg", PASSWORD)
    sign_in(laptop, "Nina Berg", PASSWORD, daily_backup=False).sign_out()
    with pytest.raises(WrongPassword):
        sign_in(laptop, "Demo Administrator", DEMO_PASSWORD, daily_backup=False)
    sign_in(laptop, "Demo Administrator", new_password, daily_backup=False).sign_out()
    # Switched off on the staff-room PC: her slot leaves the laptop's backup copy too.
    session = sign_in(staffroom, "Demo Administrator", new_password, daily_backup=False)
    try:
        nina = session.store.query_one("SELECT id FROM account WHERE name = 'Nina Berg'")
        assert nina is not None
        AccountService(session.ctx).deactivate(str(nina["id"]))
    finally:
        session.sign_out()
    for pc in (staffroom, laptop):
        _sync(pc, share, who="Demo Leader")
    assert load_keyring(backup.key_file).slot(str(nina["id"])) is None
