"""The sync service: the folder is remembered, rounds are audited, status says what waits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.context import ServiceContext
from teamdesk.services.signin import sign_in
from teamdesk.services.sync import SyncFailed, SyncService
from teamdesk.store.paths import DataLocation


def test_a_round_is_audited_remembered_and_counted_in_the_status(tmp_path: Path) -> None:
    staffroom = DataLocation(tmp_path / "staffroom", "test")
    create_demo_folder(staffroom)
    laptop = DataLocation(tmp_path / "laptop", "test")
    shutil.copytree(staffroom.directory, laptop.directory)
    share = tmp_path / "share"
    share.mkdir()

    session = sign_in(staffroom, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        service = SyncService(ServiceContext(session.store, session.account.actor()))
        before = service.status()
        assert before.folder is None and before.last_synced is None
        assert before.changes_waiting > 0
        with pytest.raises(SyncFailed, match="no sync folder yet"):
            service.sync_now()
        assert service.sync_now(str(share)).published == 1
        after = service.status()
        assert after.folder == str(share.resolve())
        assert after.changes_waiting == 0 and after.last_synced is not None
        audited = session.store.query(
            "SELECT actor, summary FROM audit_event WHERE action = 'sync' ORDER BY seq DESC"
        )
        assert audited[0]["actor"] == "Demo Leader"
        assert "published 1 change set" in audited[0]["summary"]
    finally:
        session.sign_out()

    session = sign_in(laptop, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        service = SyncService(ServiceContext(session.store, session.account.actor()))
        report = service.sync_now(str(share))
        assert report.applied_sets == 1 and report.problems == []
        assert [peer[1] for peer in service.status().peers] == [1]
    finally:
        session.sign_out()


def test_this_pcs_folder_and_the_houses_interval_are_settings(tmp_path: Path) -> None:
    from teamdesk.domain.accounts import AccountRole, Actor
    from teamdesk.services.context import InvalidInput, PermissionDenied

    location = DataLocation(tmp_path / "pc", "test")
    create_demo_folder(location)
    share = tmp_path / "share"
    share.mkdir()
    session = sign_in(location, "Demo Leader", DEMO_PASSWORD, daily_backup=False)
    try:
        service = SyncService(ServiceContext(session.store, session.account.actor()))
        with pytest.raises(InvalidInput, match="cannot be reached"):
            service.set_folder(str(tmp_path / "gone"))
        # A hub's address (a later version) is not taken for a folder that happens to be
        # missing: the sentence says this version syncs through a folder.
        with pytest.raises(InvalidInput, match="server address"):
            service.set_folder("postgresql://hub.kommune.no/teamdesk")
        with pytest.raises(SyncFailed, match="server address"):
            service.sync_now("postgresql://hub.kommune.no/teamdesk")
        assert service.folder() is None
        assert service.set_folder(str(share)) == str(share.resolve())
        assert service.folder() == str(share.resolve())
        assert service.interval_minutes() == 5
        for wrong in (0, 241):
            with pytest.raises(InvalidInput, match="1 to 240 minutes"):
                service.set_interval_minutes(wrong)
        service.set_interval_minutes(15)
        assert service.interval_minutes() == 15
        # The interval is the house's: it is a setting row, which travels to the other PCs.
        assert session.store.get("setting", "sync_minutes") is not None
        staff = SyncService(
            ServiceContext(session.store, Actor("Kari", AccountRole.STAFF, account_id="k"))
        )
        assert staff.interval_minutes() == 15
        with pytest.raises(PermissionDenied):
            staff.set_interval_minutes(10)
    finally:
        session.sign_out()
