"""Issue 9, row 14: a key file's Argon2id settings are not trusted, and new passwords follow
a rule that is said before typing (at least 10 characters or three words, not a common one)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from teamdesk.domain.accounts import AccountRole, password_problem, password_rule
from teamdesk.services.accounts import AccountFieldRefused, AccountService
from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder
from teamdesk.services.context import InvalidInput
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.store.errors import KeyringError
from teamdesk.store.keyring import keyring_path
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data", "test")


@pytest.fixture
def admin(location: DataLocation) -> UserSession:
    session = set_up_first_administrator(location, "Anne Admin", PASSWORD)
    yield session
    session.store.close()


def _edit_slot(location: DataLocation, change: Any) -> None:
    path = keyring_path(location.database)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["slots"][0])
    path.write_text(json.dumps(data), encoding="utf-8")


def _set_kdf(field: str, value: object) -> Any:
    return lambda slot: slot["kdf"].__setitem__(field, value)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_set_kdf("time_cost", 0), "time cost is 0, outside the sane range"),
        (_set_kdf("memory_kib", 2**40), "memory (KiB) is 1099511627776, outside"),
        (_set_kdf("memory_kib", 16), "memory (KiB) is 16, outside"),
        (_set_kdf("parallelism", 0), "parallelism is 0, outside"),
        (_set_kdf("parallelism", 2**31), "parallelism is 2147483648, outside"),
        (_set_kdf("time_cost", 10**6), "time cost is 1000000, outside"),
        (_set_kdf("time_cost", "3"), "expected a whole number"),
        (_set_kdf("time_cost", 2.5), "expected a whole number"),
        (_set_kdf("time_cost", True), "expected a whole number"),
        (lambda slot: slot.__setitem__("kdf", []), "damaged"),
        (lambda slot: slot.__setitem__("nonce", "AAAA"), "wrong length"),
        (lambda slot: slot.__setitem__("salt", ""), "salt is 0 bytes"),
    ],
)
def test_a_key_file_asking_for_insane_key_derivation_is_refused_with_a_sentence(
    admin: UserSession, location: DataLocation, change: Any, said: str
) -> None:
    admin.sign_out()
    _edit_slot(location, change)
    before = keyring_path(location.database).read_bytes()
    with pytest.raises(KeyringError) as refused:
        sign_in(location, "Anne Admin", PASSWORD, daily_backup=False)
    assert said in str(refused.value.message)
    assert "TeamDesk cannot use the key file" in str(refused.value.message)
    assert keyring_path(location.database).read_bytes() == before


@pytest.mark.parametrize(
    "weak",
    [
        "short",
        "Teamdesk1",  # nine characters, one word
        "a b c d",  # words of one letter are not a passphrase
        "password123",  # long enough, but among the most common
        "qwertyuiop",
        "Manchester",  # any case
        "pass word 123",  # with spaces between the parts of a common one
        " leading space here",
    ],
)
def test_a_weak_password_is_refused_everywhere_one_is_chosen(
    admin: UserSession, location: DataLocation, weak: str
) -> None:
    assert password_problem(weak) is not None
    accounts = AccountService(admin.ctx)
    with pytest.raises(AccountFieldRefused) as refused:
        accounts.create_account("Ola", AccountRole.STAFF, weak)
    assert refused.value.field == "password"
    with pytest.raises(AccountFieldRefused):
        accounts.reset_password(admin.account.id, weak)
    with pytest.raises(AccountFieldRefused):
        accounts.change_own_password(PASSWORD, weak)
    with pytest.raises(InvalidInput):
        set_up_first_administrator(DataLocation(location.directory.parent / "new", "t"), "A", weak)


@pytest.mark.parametrize("good", ["sol og is", "Kaffe i ro 07", "fjord-lilla-tog", "correct horse"])
def test_a_long_password_or_a_three_word_passphrase_is_taken(good: str) -> None:
    assert password_problem(good) is None


def test_the_rule_is_said_in_one_sentence() -> None:
    said = password_rule().render()
    assert "at least 10 characters" in said
    assert "3 words" in said
    assert "most common" in said


def test_the_demo_keeps_its_printed_password(tmp_path: Path) -> None:
    assert password_problem(DEMO_PASSWORD) is not None
    location = DataLocation(tmp_path / "demo", "--demo")
    create_demo_folder(location)
    session = sign_in(location, "Demo Staff", DEMO_PASSWORD, daily_backup=False)
    session.sign_out()
