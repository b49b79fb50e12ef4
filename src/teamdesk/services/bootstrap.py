"""Opening a data directory for the GUI or the CLI, and preparing the demo directory."""

from __future__ import annotations

import getpass
from pathlib import Path

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import DemoSummary, create_demo
from teamdesk.store.paths import DATABASE_FILE, DataLocation
from teamdesk.store.store import Store, open_store

DEMO_ACTOR = Actor("Demo", AccountRole.ADMINISTRATOR)


def local_actor() -> Actor:
    """The person at the keyboard, until sign-in exists: the operating-system account."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "local user"
    return Actor(name, AccountRole.ADMINISTRATOR)


def open_location(location: DataLocation) -> Store:
    """Open (creating if new) the database of a data directory; refuses bad files unchanged."""
    return open_store(location.database, backup_dir=location.backups)


def prepare_demo(directory: Path, scale: int = 1) -> DemoSummary | None:
    """Make sure ``directory`` holds a demo database; fills it on first use only.

    Returns what was created, or None when the demo database was already there.
    """
    path = directory / DATABASE_FILE
    store = open_store(path, backup_dir=directory / "backups")
    try:
        if store.query_one("SELECT 1 FROM resident LIMIT 1") is not None:
            return None
        return create_demo(ServiceContext(store, DEMO_ACTOR), scale=scale)
    finally:
        store.close()
