"""Fixtures shared by every test: a real database file in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support import TODAY

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.store import keyring
from teamdesk.store.keyring import new_database_key
from teamdesk.store.store import Store, open_store


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every standard directory at a temporary one, so no test touches a real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("TEAMDESK_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English whatever the PC's language (the Norwegian GUI has its own tests)."""
    monkeypatch.setenv("TEAMDESK_LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _fast_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at a low cost in tests: the cost protects real passwords, not test ones."""
    monkeypatch.setattr(keyring, "DEFAULT_KDF", keyring.FAST_KDF)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "teamdesk.sqlite3"


@pytest.fixture
def db_key() -> bytes:
    """The raw key the ``store`` fixture's encrypted database is opened with."""
    return new_database_key()


@pytest.fixture
def store(db_path: Path, db_key: bytes) -> Iterator[Store]:
    s = open_store(db_path, key=db_key)
    yield s
    s.close()


@pytest.fixture
def ctx(store: Store) -> ServiceContext:
    return ServiceContext(store, Actor("Kari Leder", AccountRole.LEADER), today=lambda: TODAY)
