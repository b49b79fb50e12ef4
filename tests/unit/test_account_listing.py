"""What an administrator's list of accounts shows, and which field a refusal is about."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from teamdesk.domain.accounts import AccountRole
from teamdesk.services.accounts import AccountFieldRefused, AccountService
from teamdesk.services.context import Permission
from teamdesk.services.recovery import back_up_now, restore, unlock_offline
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> Iterator[UserSession]:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    yield session
    session.store.close()


def test_the_list_names_unit_and_staff_record_and_who_can_sign_in(
    admin: UserSession, location: DataLocation
) -> None:
    team = TeamService(admin.ctx)
    sol = team.create_unit("Solsikken").row_id
    fjell = team.create_unit("Fjellro").row_id
    berit = team.create_staff("Berit", unit_id=sol).row_id
    team.create_staff("Frode", unit_id=fjell)
    team.create_staff("Nora Uten Enhet")
    accounts = AccountService(admin.ctx)
    ola = accounts.create_account(
        "Ola", AccountRole.STAFF, "ola secret", unit_id=sol, staff_id=berit
    ).row_id
    kari = accounts.create_account("Kari", AccountRole.STAFF, "kari secret").row_id
    assert ola and kari
    accounts.deactivate(kari)
    listing = {entry.account.name: entry for entry in accounts.listing()}
    assert list(listing) == ["Anne Admin", "Kari", "Ola"]
    assert (listing["Ola"].unit_name, listing["Ola"].staff_name) == ("Solsikken", "Berit")
    assert listing["Ola"].can_sign_in and not listing["Kari"].can_sign_in
    assert [s.name for s in accounts.staff_choices(sol)] == ["Berit", "Nora Uten Enhet"]
    assert len(accounts.staff_choices(None)) == 3


def test_after_restoring_an_older_backup_a_switched_off_account_needs_a_new_password(
    admin: UserSession, location: DataLocation
) -> None:
    accounts = AccountService(admin.ctx)
    kari = accounts.create_account("Kari", AccountRole.STAFF, "kari secret").row_id
    assert kari
    backup = back_up_now(admin)
    accounts.deactivate(kari)
    key = admin.store.key or b""
    admin.sign_out()
    account = unlock_offline(location, "Anne Admin", PASSWORD, Permission.RESTORE_BACKUPS)[1]
    restore(location, key, account, backup)
    again = sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    try:
        listing = {e.account.name: e for e in AccountService(again.ctx).listing()}
        assert listing["Kari"].account.active and not listing["Kari"].has_key
        AccountService(again.ctx).reset_password(kari, "kari is back")
        listing = {e.account.name: e for e in AccountService(again.ctx).listing()}
        assert listing["Kari"].can_sign_in
    finally:
        again.sign_out()


@pytest.mark.parametrize(
    ("attempt", "field"),
    [
        (lambda s: s.create_account("  ", AccountRole.STAFF, "long enough"), "name"),
        (lambda s: s.create_account("Anne Admin", AccountRole.STAFF, "long enough"), "name"),
        (lambda s: s.create_account("Ola", AccountRole.STAFF, "short"), "password"),
        (lambda s: s.change_own_password("wrong one", "long enough"), "current_password"),
        (lambda s: s.update_account(s.ctx.actor.account_id, role="staff"), "role"),
    ],
)
def test_a_refusal_says_which_field_it_is_about(
    admin: UserSession, attempt: Callable[[AccountService], object], field: str
) -> None:
    with pytest.raises(AccountFieldRefused) as refused:
        attempt(AccountService(admin.ctx))
    assert refused.value.field == field
