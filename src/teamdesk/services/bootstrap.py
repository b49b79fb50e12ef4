"""Opening a data directory for the GUI or the CLI, and preparing the demo directory."""

from __future__ import annotations

import getpass
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.text import N_, Message, Translate
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import DemoSummary, create_demo
from teamdesk.services.signin import (
    FolderState,
    SignInRefused,
    folder_state,
    set_up_first_administrator,
)
from teamdesk.store.keyring import FAST_KDF, keyring_path
from teamdesk.store.paths import DataLocation
from teamdesk.store.store import Store, fsync_dir, open_store
from teamdesk.store.trust import AccountKeys

DEMO_ACTOR = Actor("Demo", AccountRole.ADMINISTRATOR)


def local_actor() -> Actor:
    """The operating-system account as an actor: for benchmarks and tools only. TeamDesk
    itself acts only as a signed-in account (see :mod:`teamdesk.services.signin`)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "local user"
    return Actor(name, AccountRole.ADMINISTRATOR)


def open_location(
    location: DataLocation, key: bytes, signer: tuple[str, AccountKeys] | None = None
) -> Store:
    """Open the database of a data directory with its (unwrapped) key; refuses bad files
    unchanged. Another connection for a signed-in person uses ``session.store.key`` and
    ``session.store.signer`` (so what it writes to the audit log is signed as theirs)."""
    store = open_store(location.database, key=key, create=False, backup_dir=location.backups)
    store.signer = signer
    return store


def another_context(ctx: ServiceContext) -> ServiceContext:
    """A second connection to the same database for the same person, for work on another
    thread (a connection is never shared between threads here). What it writes goes through
    the same write path, signed as the person's; close its ``store`` when done."""
    store = ctx.store
    if store.key is None:
        raise ValueError("another connection needs the database key")
    other = open_store(
        store.path, key=store.key, create=False, backup_dir=store.path.parent / "backups"
    )
    other.signer = store.signer
    return ServiceContext(other, ctx.actor, ctx.today, keys=ctx.keys)


DEMO_PASSWORD = "teamdesk"
DEMO_ACCOUNTS: tuple[tuple[str, AccountRole], ...] = (
    ("Demo Administrator", AccountRole.ADMINISTRATOR),
    ("Demo Leader", AccountRole.LEADER),
    ("Demo Coordinator", AccountRole.COORDINATOR),
    ("Demo Staff", AccountRole.STAFF),
    ("Demo Read-only", AccountRole.READ_ONLY),
)
# The Danish demo is a Danish municipality, and its accounts are named as a Danish house would
# name them (names are data: the command line signs in with them, so they are not translated).
DANISH_DEMO_ACCOUNTS: tuple[tuple[str, AccountRole], ...] = (
    ("Demo Administrator", AccountRole.ADMINISTRATOR),
    ("Demo Leder", AccountRole.LEADER),
    ("Demo Tovholder", AccountRole.COORDINATOR),
    ("Demo Medarbejder", AccountRole.STAFF),
    ("Demo Læseadgang", AccountRole.READ_ONLY),
)


def demo_accounts(translate: Translate | None) -> tuple[tuple[str, AccountRole], ...]:
    """The demo's accounts (name, role) for a person reading ``translate``'s language; the
    leader comes second."""
    from teamdesk.services.demo_words import is_danish

    return DANISH_DEMO_ACCOUNTS if is_danish(translate) else DEMO_ACCOUNTS


def create_demo_folder(
    location: DataLocation,
    scale: int = 1,
    translate: Translate | None = None,
    *,
    rotas: bool = False,
) -> DemoSummary:
    """Set up an empty data folder with the demo municipality and one demo account per role,
    all with the password :data:`DEMO_PASSWORD` (shown on the demo sign-in screen; the demo
    holds fiction only). ``translate`` drafts the meetings' agendas in the person's language.
    Refuses a folder that is already set up. With ``rotas`` every unit gets the demo's
    12-week rota (issue 13), so who is here changes with the hour.

    The demo is built in a hidden folder inside ``location`` and moved into place only when it
    is whole (key file first, then the database), so a kill half-way leaves the folder as it
    was (or with a key file and no database, which counts as not set up); the next run removes
    what a killed one left."""
    if folder_state(location) is not FolderState.NEW:
        raise SignInRefused(
            Message(
                N_("{folder} is already set up. Sign in instead."),
                {"folder": str(location.directory)},
            )
        )
    location.directory.mkdir(parents=True, exist_ok=True)
    remove_unfinished_demos(location)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=location.directory))
    try:
        summary = _fill_demo(DataLocation(staging, location.source), scale, translate, rotas)
        (staging / DEMO_MARKER).write_text(DEMO_MARKER_TEXT, encoding="utf-8")
        os.replace(staging / DEMO_MARKER, location.directory / DEMO_MARKER)
        os.replace(keyring_path(staging / location.database.name), keyring_path(location.database))
        os.replace(staging / location.database.name, location.database)
        fsync_dir(location.directory)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


STAGING_PREFIX = ".teamdesk-demo-"
DEMO_MARKER = "teamdesk-demo.txt"
DEMO_MARKER_TEXT = (
    "This folder holds TeamDesk's demo: a fictional municipality, nothing about real people.\n"
    "'teamdesk --demo --data-dir' uses a folder only when it is empty or holds this file.\n"
)


def _holds_anything(directory: Path) -> bool:
    try:
        return any(directory.iterdir())
    except FileNotFoundError:
        return False


def holds_demo(directory: Path) -> bool:
    """Whether ``directory`` was made by the demo (its marker is there)."""
    return (directory / DEMO_MARKER).is_file()


def remove_unfinished_demos(location: DataLocation) -> None:
    """Remove the hidden folders of demo builds that were killed half-way."""
    if location.directory.is_dir():
        for leftover in location.directory.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _fill_demo(
    location: DataLocation, scale: int, translate: Translate | None, rotas: bool = False
) -> DemoSummary:
    accounts_made = demo_accounts(translate)
    admin_name, _ = accounts_made[0]
    session = set_up_first_administrator(
        location, admin_name, DEMO_PASSWORD, kdf=FAST_KDF, demo=True
    )
    try:
        ctx = session.ctx
        summary = create_demo(ctx, scale=scale, translate=translate)
        if rotas:
            from teamdesk.services.demo_rota import add_demo_rotas

            shifts = add_demo_rotas(ctx, translate=translate)
            summary.notes.append(f"a 12-week rota on every unit ({shifts} shifts)")
        first_unit = ctx.store.query_one(
            "SELECT id FROM unit WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1"
        )
        unit_id = first_unit["id"] if first_unit else None
        staff = ctx.store.query(
            "SELECT id, education FROM staff WHERE unit_id = ? AND active = 1 ORDER BY name",
            (unit_id,),
        )
        by_education = {
            e: [r["id"] for r in staff if r["education"] == e]
            for e in ("bachelor", "health_worker", "other")
        }
        staff_for = {
            AccountRole.COORDINATOR: (by_education["bachelor"] or [None])[0],
            AccountRole.STAFF: (by_education["health_worker"] or [None])[0],
        }
        accounts = AccountService(ctx)
        for name, role in accounts_made[1:]:
            accounts.create_account(
                name,
                role,
                DEMO_PASSWORD,
                staff_id=staff_for.get(role),
                # The leader sees the whole demo; the others see the first unit only.
                unit_id=None if role is AccountRole.LEADER else unit_id,
                kdf=FAST_KDF,
                demo=True,
            )
    finally:
        session.sign_out()
    return summary


def prepare_demo(
    directory: Path,
    scale: int = 1,
    translate: Translate | None = None,
    *,
    demo_folder: bool = True,
    rotas: bool = False,
) -> DemoSummary | None:
    """Make sure ``directory`` holds a demo database with its demo accounts; fills it on
    first use only. A demo database this version cannot open (one from before encryption) is
    moved aside and made anew: the demo folder holds fiction only.

    ``demo_folder`` says the folder is the program's own demo folder. Any other folder (one a
    person named with ``--data-dir``) is used only when it is empty or carries the demo's
    marker: a house's real data is never opened as a demo, let alone moved aside.

    Returns what was created, or None when the demo was already there.
    """
    location = DataLocation(directory, "--demo")
    if not demo_folder and _holds_anything(directory) and not holds_demo(directory):
        # Refused before anything looks inside: not even a half-done restore is finished here.
        raise SignInRefused(
            Message(
                N_(
                    "{folder} holds data that is not TeamDesk's demo, so the demo will not use "
                    "it. Start without --demo to open that data, or give --demo an empty "
                    "folder."
                ),
                {"folder": str(directory)},
            )
        )
    state = folder_state(location)
    if state is FolderState.READY:
        return None
    if state is not FolderState.NEW:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        for old in (location.database, keyring_path(location.database)):
            for part in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
                if part.exists():
                    part.rename(part.with_name(f"{part.name}.old-{stamp}"))
        if location.backups.exists():
            # The backups keep copies of the key file, so they alone would ask for a restore.
            location.backups.rename(location.backups.with_name(f"backups.old-{stamp}"))
    elif location.database.exists():
        return None
    return create_demo_folder(location, scale, translate, rotas=rotas)
