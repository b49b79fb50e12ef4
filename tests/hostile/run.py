"""TeamDesk tried as an attacker and as a clumsy user would: bad files, hostile text, calls
around the roles, tampering with raw SQLite, and ``kill -9`` at random moments; on real files
and real processes. Prints a table of figures (the ones issue 9's closing note reports).

Run from the project folder:  uv run python tests/hostile/run.py [--quick] [--seed N]

pytest does not collect this file (it is not named test_* and tests/hostile is not a test
path). The full run takes some minutes on two cores, --quick under two. Every figure is a
count of what happened; a failure is listed with what was tried, so it can be reproduced.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import inspect
import io
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import typing
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TEAMDESK_LANGUAGE"] = "en"
# Everything the program writes outside the data folders (logs, settings) goes to a scratch
# home, so a run never touches the person's own.
_HOME = Path(tempfile.mkdtemp(prefix="teamdesk-hostile-home-"))
for _var, _sub in (
    ("HOME", ""),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[_var] = str(_HOME / _sub)
os.environ.pop("TEAMDESK_DATA_DIR", None)

from teamdesk.domain.accounts import AccountRole  # noqa: E402
from teamdesk.services.bootstrap import DEMO_ACCOUNTS, DEMO_PASSWORD  # noqa: E402
from teamdesk.services.context import PermissionDenied, ServiceError  # noqa: E402
from teamdesk.services.signin import UserSession, sign_in  # noqa: E402
from teamdesk.store.errors import StoreError  # noqa: E402
from teamdesk.store.keyring import keyring_path, load_keyring, unwrap_key  # noqa: E402
from teamdesk.store.paths import DataLocation  # noqa: E402

ADMIN, LEADER, COORDINATOR, STAFF, READ_ONLY = (name for name, _ in DEMO_ACCOUNTS)
PAGE = 4096
DB = "teamdesk.sqlite3"


# -- running TeamDesk -------------------------------------------------------------------------


def teamdesk_command() -> list[str]:
    exe = shutil.which("teamdesk")
    return [exe] if exe else [sys.executable, "-m", "teamdesk"]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.out or "Traceback" in self.err

    @property
    def outcome(self) -> str:
        """ok, reported (check: NOT SOUND), refused (exit 2 with a sentence, no traceback) or
        crash."""
        if self.code == 0 and not self.traceback:
            return "ok"
        if self.code == 2 and not self.traceback and "NOT SOUND" in self.out:
            return "reported"  # `check` opened the file and names what is wrong
        if self.code == 2 and not self.traceback and self.err.strip():
            return "refused"
        return "crash"


def teamdesk(args: list[str], *, password: str | None = DEMO_PASSWORD, timeout: float = 180) -> Run:
    env = {**os.environ}
    if password is not None:
        env["TEAMDESK_PASSWORD"] = password
    proc = subprocess.run(
        [*teamdesk_command(), *args],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def verb(folder: Path, name: str, who: str, *extra: str) -> Run:
    return teamdesk([name, "--data-dir", str(folder), "--user", who, *extra])


def location(folder: Path) -> DataLocation:
    return DataLocation(folder, "--data-dir")


def service_sign_in(folder: Path, who: str = LEADER, password: str = DEMO_PASSWORD) -> str:
    """Sign in through the service as the GUI does (with the daily backup); ok, refused
    (a ServiceError or StoreError with a sentence) or crash."""
    try:
        session = sign_in(location(folder), who, password)
    except (ServiceError, StoreError) as exc:
        return "refused" if str(exc).strip() else "crash"
    except Exception:
        return "crash"
    session.sign_out()
    return "ok"


@contextlib.contextmanager
def signed_in(folder: Path, who: str, password: str = DEMO_PASSWORD) -> Iterator[UserSession]:
    session = sign_in(location(folder), who, password, daily_backup=False)
    try:
        yield session
    finally:
        session.sign_out()


def file_hashes(folder: Path) -> dict[str, str | None]:
    """The database, its WAL and SHM and the key file, by content."""
    found: dict[str, str | None] = {}
    for name in (DB, DB + "-wal", DB + "-shm", "teamdesk-keys.json"):
        path = folder / name
        found[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return found


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


def leftovers(folder: Path) -> list[str]:
    """What an interrupted TeamDesk may have left behind."""
    found = []
    for path in folder.rglob("*"):
        name = path.name
        if (
            name.endswith(".partial")
            or name.endswith(".partial-journal")
            or name.endswith(".restoring")
            or name.endswith(".restore.json")
            or name.startswith(".teamdesk-demo-")
            or (name.startswith(".") and name.endswith(".tmp"))
        ):
            found.append(str(path.relative_to(folder)))
    return found


# -- the table --------------------------------------------------------------------------------


@dataclass
class Section:
    title: str
    tried: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, label: str, n: int = 1) -> None:
        self.counts[label] = self.counts.get(label, 0) + n

    def fail(self, what: str) -> None:
        self.failures.append(what)


def print_table(sections: list[Section]) -> None:
    print()
    print("TeamDesk hostile review")
    print(f"{'what':<46} {'tried':>6}  figures")
    print("-" * 100)
    for s in sections:
        figures = ", ".join(f"{k} {v}" for k, v in s.counts.items())
        print(f"{s.title:<46} {s.tried:>6}  {figures}  ({s.seconds:.0f} s)")
    print("-" * 100)
    failures = [(s.title, f) for s in sections for f in s.failures]
    print(f"failures: {len(failures)}")
    for title, what in failures:
        print(f"  [{title}] {what}")


# -- the installations ------------------------------------------------------------------------


def crash_after_writing(folder: Path, count: int = 3) -> None:
    """A process that signs in, writes and dies without closing: its WAL is left."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from teamdesk.services.signin import sign_in\n"
        "from teamdesk.services.team import TeamService\n"
        "from teamdesk.store.paths import DataLocation\n"
        f"s = sign_in(DataLocation(Path(sys.argv[1]), 'x'), {LEADER!r}, {DEMO_PASSWORD!r}, "
        "daily_backup=False)\n"
        f"for i in range({count}):\n"
        "    TeamService(s.ctx).create_unit(f'Crashed {os.getpid()} {i}')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder)], check=True, timeout=120)


def write_and_close(folder: Path, label: str) -> None:
    from teamdesk.services.team import TeamService

    with signed_in(folder, LEADER) as session:
        TeamService(session.ctx).create_unit(f"{label} {uuid.uuid4().hex[:6]}")


def make_base(work: Path) -> tuple[Path, Path]:
    """A demo installation used a little (sign-ins by every role, a backup), and another
    installation's folder."""
    base = work / "base"
    other = work / "other"
    for folder in (base, other):
        run = teamdesk(["demo-data", "--data-dir", str(folder)], password=None)
        if run.code != 0:
            raise SystemExit(f"demo-data failed: {run.err}")
    session = sign_in(location(base), LEADER, DEMO_PASSWORD)  # takes the day's backup
    session.sign_out()
    for who in (STAFF, READ_ONLY, COORDINATOR):
        with signed_in(base, who):
            pass
    write_and_close(base, "Used")
    return base, other


# -- 1. bad files -----------------------------------------------------------------------------


@dataclass
class Variant:
    name: str
    mutate: Callable[[Path], object]
    backup: bool = False  # damages a backup: the verb is restore, the live files stay sound


def _truncate(at: Callable[[int], int]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / DB
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.truncate(max(0, min(size, at(size))))

    return mutate


def _flip(page: int, offset: int) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / DB
        pages = path.stat().st_size // PAGE
        where = (page % pages) * PAGE + offset
        with path.open("r+b") as fh:
            fh.seek(where)
            byte = fh.read(1)
            fh.seek(where)
            fh.write(bytes([byte[0] ^ 0x5A]))

    return mutate


def _zero_page(page: int) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / DB
        pages = path.stat().st_size // PAGE
        with path.open("r+b") as fh:
            fh.seek((page % pages) * PAGE)
            fh.write(bytes(PAGE))

    return mutate


def _replace_db(data: Callable[[Path], bytes]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        (folder / DB).write_bytes(data(folder))

    return mutate


def _plain_sqlite(folder: Path) -> bytes:
    scratch = folder / "plain.tmp"
    conn = sqlite3.connect(scratch)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE resident (id TEXT PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '7')")
    conn.commit()
    conn.close()
    data = scratch.read_bytes()
    scratch.unlink()
    return data


def _edit_json(
    path_of: Callable[[Path], Path], edit: Callable[[Any], Any]
) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = path_of(folder)
        path.write_text(json.dumps(edit(json.loads(path.read_text()))))

    return mutate


def _write_file(path_of: Callable[[Path], Path], data: bytes) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path_of(folder).write_bytes(data)

    return mutate


def _remove(path_of: Callable[[Path], Path]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path_of(folder).unlink(missing_ok=True)

    return mutate


def _keys(folder: Path) -> Path:
    return folder / "teamdesk-keys.json"


def _signin_file(folder: Path) -> Path:
    return folder / "teamdesk-signin.json"


def _guard(folder: Path) -> Path:
    return folder / "teamdesk-guard.json"


def _backup(folder: Path) -> Path:
    return sorted((folder / "backups").glob("teamdesk-*.sqlite3"))[-1]


def _set_in_slots(key: str, value: Any) -> Callable[[Any], Any]:
    def edit(data: Any) -> Any:
        for slot in data.get("slots", []):
            if key in slot:
                slot[key] = value
            for inner in slot.values():
                if isinstance(inner, dict) and key in inner:
                    inner[key] = value
        return data

    return edit


def _flip_text_field(name: str) -> Callable[[Any], Any]:
    """Change one character of every value called ``name`` in the key file (base64 text)."""

    def edit(data: Any) -> Any:
        def walk(node: Any) -> Any:
            if isinstance(node, dict):
                return {
                    k: (
                        (v[:-3] + ("A" if v[-3] != "A" else "B") + v[-2:])
                        if k == name and isinstance(v, str) and len(v) > 4
                        else walk(v)
                    )
                    for k, v in node.items()
                }
            if isinstance(node, list):
                return [walk(v) for v in node]
            return node

        return walk(data)

    return edit


def _stale_wal(other: Path) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        crash_after_writing(folder)
        old = (folder / (DB + "-wal")).read_bytes()
        write_and_close(folder, "After the crash")
        (folder / (DB + "-wal")).write_bytes(old)

    return mutate


def _wal_of_other(other: Path, work: Path) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        scratch = copy_folder(other, work / f"otherwal-{uuid.uuid4().hex[:6]}")
        crash_after_writing(scratch)
        shutil.copy(scratch / (DB + "-wal"), folder / (DB + "-wal"))
        with contextlib.suppress(FileNotFoundError):
            shutil.copy(scratch / (DB + "-shm"), folder / (DB + "-shm"))
        shutil.rmtree(scratch)

    return mutate


def _damaged_wal(how: str) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        crash_after_writing(folder)
        wal = folder / (DB + "-wal")
        data = bytearray(wal.read_bytes())
        if how == "truncated":
            data = data[: len(data) // 2 + 17]
        elif how == "flipped":
            data[len(data) // 2] ^= 0xFF
        elif how == "garbage":
            data = bytearray(random.Random(7).randbytes(len(data)))
        elif how == "header":
            data[:32] = bytes(32)
        wal.write_bytes(bytes(data))

    return mutate


def _lockout_file_removed(folder: Path) -> None:
    """Ten wrong passwords, then the sign-in file deleted: the lock must hold."""
    for _ in range(10):
        with contextlib.suppress(ServiceError, StoreError):
            sign_in(location(folder), STAFF, "not the password", daily_backup=False).sign_out()
    _signin_file(folder).unlink(missing_ok=True)


def _forged_pending(folder: Path) -> None:
    """A 'pending' failed sign-in written into the sign-in file by hand, under any name."""
    path = _signin_file(folder)
    data = json.loads(path.read_text()) if path.exists() else {}
    data.setdefault("pending", []).append(
        {
            "action": "sign_in_failed",
            "account_id": "x",
            "name": "Forged Person",
            "at": "2026-01-01T00:00:00+00:00",
        }
    )
    path.write_text(json.dumps(data))


def _fixed(at: int) -> Callable[[int], int]:
    return lambda _size: at


def _fraction(part: float) -> Callable[[int], int]:
    return lambda size: int(size * part)


def _constant(data: bytes) -> Callable[[Path], bytes]:
    return lambda _folder: data


def _one(store: Any, sql: str, value: str) -> str:
    row = store.query_one(sql + " LIMIT 1", (value,))
    assert row is not None, sql
    return str(row[0])


def bad_file_variants(rng: random.Random, other: Path, work: Path, quick: bool) -> list[Variant]:
    v: list[Variant] = []
    offsets = [0, 1, 16, 99, 100, 512, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE, 3 * PAGE + 7]
    for at in offsets:
        v.append(Variant(f"database cut to {at} bytes", _truncate(_fixed(at))))
    for frac in (0.25, 0.5, 0.75, 0.9):
        v.append(Variant(f"database cut at {frac:.0%}", _truncate(_fraction(frac))))
    v.append(Variant("database missing its last byte", _truncate(lambda s: s - 1)))
    v.append(Variant("database missing its last page", _truncate(lambda s: s - PAGE)))
    for _ in range(6):
        at = rng.randrange(PAGE, 300 * PAGE)
        v.append(Variant(f"database cut at {at}", _truncate(_fixed(at))))
    pages = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 300, 339, -1]
    pages += [rng.randrange(0, 340) for _ in range(14)]
    for page in pages:
        offset = rng.randrange(0, PAGE)
        v.append(Variant(f"byte {offset} of page {page} flipped", _flip(page, offset)))
    for page in (0, 1, 2, 10, 50, 100, 200, 300, -1, -2):
        v.append(Variant(f"page {page} zero-filled", _zero_page(page)))
    for label, data in (
        ("empty database file", b""),
        ("1-byte database file", b"\x00"),
        ("a text file as database", b"Dear colleague,\nplease find attached\n" * 50),
        ("a PNG as database", b"\x89PNG\r\n\x1a\n" + bytes(5000)),
        ("a zip as database", b"PK\x03\x04" + bytes(3000)),
        ("JSON as database", b'{"residents": []}'),
        ("a page of zeros as database", bytes(PAGE)),
        ("only the SQLite header", b"SQLite format 3\x00" + bytes(84)),
    ):
        v.append(Variant(label, _replace_db(_constant(data))))
    v.append(
        Variant(
            "random bytes the database's size",
            _replace_db(lambda f: random.Random(3).randbytes((f / DB).stat().st_size)),
        )
    )
    v.append(Variant("plain (unencrypted) SQLite with TeamDesk tables", _replace_db(_plain_sqlite)))
    v.append(
        Variant(
            "another installation's database", _replace_db(lambda _f: (other / DB).read_bytes())
        )
    )
    v.append(
        Variant(
            "another installation's database and key file",
            lambda f: [shutil.copy(other / n, f / n) for n in (DB, "teamdesk-keys.json")] and None,
        )
    )
    v.append(
        Variant(
            "another installation's key file",
            lambda f: shutil.copy(_keys(other), _keys(f)) and None,
        )
    )
    v.append(
        Variant(
            "a backup put in place of the database",
            lambda f: shutil.copy(_backup(f), f / DB) and None,
        )
    )
    v.append(Variant("stale WAL put back", _stale_wal(other)))
    v.append(Variant("WAL of another database", _wal_of_other(other, work)))
    for how in ("truncated", "flipped", "garbage", "header"):
        v.append(Variant(f"WAL {how} after a crash", _damaged_wal(how)))
    v.append(
        Variant(
            "SHM of garbage",
            _write_file(lambda f: f / (DB + "-shm"), random.Random(5).randbytes(32768)),
        )
    )
    v.append(Variant("a 1-byte WAL", _write_file(lambda f: f / (DB + "-wal"), b"\x01")))
    # The key file.
    for label, data in (
        ("empty key file", b""),
        ("1-byte key file", b"{"),
        ("key file of text", b"not json at all"),
        ("key file a JSON list", b"[]"),
        ("key file a JSON string", b'"teamdesk"'),
        ("key file of NUL bytes", bytes(600)),
        ("key file not UTF-8", b'{"format": "\xff\xfe"}'),
    ):
        v.append(Variant(label, _write_file(_keys, data)))
    v.append(
        Variant(
            "key file cut in half",
            lambda f: _keys(f).write_bytes(
                _keys(f).read_bytes()[: len(_keys(f).read_bytes()) // 2]
            ),
        )
    )
    v.append(Variant("key file removed", _remove(_keys)))
    for key, value in (
        ("time_cost", 0),
        ("time_cost", 10**9),
        ("memory_kib", 2**40),
        ("memory_kib", 1),
        ("parallelism", 0),
        ("parallelism", -3),
        ("time_cost", "three"),
        ("memory_kib", None),
        ("salt", ""),
        ("salt", "AAAA"),
        ("wrapped_key", ""),
        ("wrapped_key", "!!!not base64!!!"),
        ("nonce", "AAAA"),
        ("account_id", "someone else"),
    ):
        v.append(
            Variant(f"key file {key} = {value!r}", _edit_json(_keys, _set_in_slots(key, value)))
        )
    for name in ("wrapped_key", "salt", "nonce", "signature", "grant_signature"):
        v.append(Variant(f"key file {name} changed", _edit_json(_keys, _flip_text_field(name))))
    v.append(
        Variant("key file format renamed", _edit_json(_keys, lambda d: {**d, "format": "other"}))
    )
    v.append(Variant("key file version 99", _edit_json(_keys, lambda d: {**d, "version": 99})))
    v.append(
        Variant(
            "key file database_id changed",
            _edit_json(_keys, lambda d: {**d, "database_id": uuid.uuid4().hex}),
        )
    )
    v.append(Variant("key file with no slots", _edit_json(_keys, lambda d: {**d, "slots": []})))
    v.append(
        Variant("key file slots not a list", _edit_json(_keys, lambda d: {**d, "slots": {"a": 1}}))
    )
    # The sign-in file and the guard file.
    for label, data in (
        ("sign-in file empty", b""),
        ("sign-in file of garbage", b"\x00\xff garbage"),
        ("sign-in file a JSON list", b"[1, 2]"),
        ("sign-in file with negative tries", b'{"accounts": {"x": {"failures": -5}}}'),
    ):
        v.append(Variant(label, _write_file(_signin_file, data)))
    v.append(Variant("forged pending event in the sign-in file", _forged_pending))
    v.append(Variant("sign-in file removed after ten wrong passwords", _lockout_file_removed))
    for label, data in (
        ("guard file empty", b""),
        ("guard file of garbage", b"\x00\x01\x02"),
        ("guard file a JSON list", b"[]"),
        ("guard file with made-up salts", b'{"wal_salts": [1, 2], "verified": null}'),
    ):
        v.append(Variant(label, _write_file(_guard, data)))
    v.append(Variant("guard file removed", _remove(_guard)))
    # Backups that are damaged: restore --newest must refuse them and leave the live files.
    for label, mutate in (
        ("cut to 1 byte", lambda p: p.write_bytes(b"\x00")),
        ("cut in half", lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])),
        ("page 3 zero-filled", lambda p: _zero_in(p, 3)),
        ("a byte flipped in page 40", lambda p: _flip_in(p, 40 * PAGE + 123)),
        ("a byte flipped in page 1", lambda p: _flip_in(p, PAGE + 9)),
        ("empty", lambda p: p.write_bytes(b"")),
        ("plain SQLite", lambda p: p.write_bytes(_plain_sqlite(p.parent))),
        ("another installation's database", lambda p: shutil.copy(other / DB, p) and None),
        ("its key file copy removed", lambda p: p.with_name(p.stem + "-keys.json").unlink()),
        (
            "its key file copy garbage",
            lambda p: p.with_name(p.stem + "-keys.json").write_bytes(b"\x00"),
        ),
    ):
        v.append(
            Variant(f"backup {label}", lambda f, m=mutate: m(_backup(f)), backup=True)  # type: ignore[misc]
        )
    if quick:
        rng.shuffle(v)
        v = v[:30]
    return v


def _zero_in(path: Path, page: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE)
        fh.write(bytes(PAGE))


def _flip_in(path: Path, at: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(bytes([byte[0] ^ 0x01]))


def bad_files(base: Path, other: Path, work: Path, rng: random.Random, quick: bool) -> Section:
    section = Section("bad files (CLI verb + service sign-in)")
    variants = bad_file_variants(rng, other, work, quick)
    for i, variant in enumerate(variants):
        folder = copy_folder(base, work / f"bad-{i}")
        try:
            variant.mutate(folder)
        except Exception as exc:
            section.fail(f"{variant.name}: could not make the variant ({exc!r})")
            continue
        section.tried += 1
        before = file_hashes(folder)
        if variant.backup:
            cli = verb(folder, "restore", ADMIN, "--newest")
        elif i % 2:
            cli = verb(folder, "check", ADMIN)
        else:
            cli = verb(folder, "coverage", LEADER)
        after_cli = file_hashes(folder)
        try:
            service = service_sign_in(folder, STAFF)
        except BaseException:  # a failure of the harness itself is a finding too
            service = "crash"
        after = file_hashes(folder)
        what = f"{variant.name}: CLI {cli.outcome} (exit {cli.code}), sign-in {service}"
        if "crash" in (cli.outcome, service):
            section.add("crash")
            section.fail(f"{what}: {(cli.err or cli.out).strip()[-300:]}")
        elif variant.backup:
            # The verb is the restore; the sign-in goes to the live database, which is sound.
            if cli.outcome == "refused" and after_cli == before:
                section.add("refused cleanly")
            elif cli.outcome == "ok":
                section.add("opened soundly")
            else:
                section.add("refused but files changed")
                section.fail(f"{what}: the restore changed the live files")
        else:
            changed = [
                k
                for step, (old, new) in (
                    (cli.outcome, (before, after_cli)),
                    (service, (after_cli, after)),
                )
                if step == "refused"
                for k in old
                if old[k] != new[k]
            ]
            if changed:
                section.add("refused but files changed")
                section.fail(f"{what}: a refusal changed {sorted(set(changed))}")
            elif "refused" in (cli.outcome, service):
                section.add("refused cleanly")
            else:
                checked = cli if cli.outcome == "reported" else verb(folder, "check", ADMIN)
                if checked.outcome == "ok":
                    section.add("opened soundly")
                elif checked.outcome == "reported":
                    section.add("opened, check names the damage")
                else:
                    section.add("check crashed")
                    section.fail(f"{what}; then check: {(checked.err + checked.out)[-300:]}")
        shutil.rmtree(folder, ignore_errors=True)
    return section


# -- 2. hostile text --------------------------------------------------------------------------

CSV_LIVE = ("=", "+", "-", "@", "\t", "\r")


def hostile_texts(rng: random.Random, quick: bool) -> list[str]:
    texts = [
        "=1+1",
        '=HYPERLINK("http://evil","x")',
        "+47 999",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1",
        "\r=1",
        "=cmd|' /C calc'!A0",
        "'=1",
        " =1",
        "Per\x00Hansen",
        "Per\x07Hansen",
        "Per\x08\x08\x08Ola",
        "Per\nHansen",
        "Per\rHansen",
        "Per\tHansen",
        "Per\x1bHansen",
        "Per\x7fHansen",
        "Per\x85Hansen",
        "Per\x9bHansen",
        "\x1b[31mRed\x1b[0m",
        "\x1b]0;title\x07",
        "\x1b[2J\x1b[H",
        "\x1b[1A\x1b[2K",
        "\x9b31m",
        "Per\u202eneshaH",
        "\u202dLTR\u202c",
        "\u2066iso\u2069",
        "Per\u200bHansen",
        "Per\u200cHansen",
        "Per\u200dHansen",
        "Per\ufeffHansen",
        "Per\u2060Hansen",
        "\u200e\u200fmarks",
        "\u061cArabic mark",
        "Per\ud800Hansen",
        "\udcff",
        "Per\udfffHansen",
        "\ud83d",
        "x" * 10_000,
        "æøå " * 2_500,
        "A" * 2_000,
        "Å" * 2_000 + " " + "ø" * 2_000,
        "https://" + "a" * 2_000 + ".example",
        "",
        " ",
        "   \n  ",
        "\u00a0",
        "\u3000",
        "Áŋŋá Máhtte",
        "Čáhppes Ánde",
        "Ŋuolggá Sárá",
        "محمد الأحمد",
        "فاطمة",
        "Łukasz Żółć",
        "Grzegorz Brzęczyszczykiewicz",
        "ተስፋይ ገብረሚካኤል",
        "ሳባ",
        "Ørjan Æsøy",
        "Jürgen Groß",
        "Nguyễn Văn Anh",
        "李小龙",
        "김민준",
        "山田太郎",
        "Ἀλέξανδρος",
        "Дмитрий Иванов",
        "שלום כהן",
        "हिन्दी नाम",
        "தமிழ்",
        "ไทย ชื่อ",
        "ქართული",
        "Հայերեն",
        "😀 Smiley",
        "👩‍👩‍👧‍👦 Family",
        "🏳️‍🌈",
        "e\u0301",
        "Å",
        "A\u030a",
        "\u0000",
        "\x00" * 20,
        "Robert'); DROP TABLE resident;--",
        "%s%s%s%n",
        "{name}",
        "{0}",
        "${jndi:ldap://x}",
        "<script>alert(1)</script>",
        "&amp; &lt;",
        "\\x1b[31m",
        "..\\..\\etc\\passwd",
        "../../etc/passwd",
        "NUL",
        "CON",
        "a\u0301" * 500,
        "\U0010ffff",
        "\ufffd",
        "\ufffe",
        "\uffff",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=x:mailto:a@b",
        "Per\r\nATTENDEE:mailto:evil@example.com",
        "END:VCALENDAR",
        "line1\\nline2",
        ';,:"',
    ]
    texts += [
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(1, 60)))
        for _ in range(20)
    ]
    texts += [
        "".join(chr(rng.randrange(0, 0x110000)) for _ in range(rng.randrange(1, 30)))
        for _ in range(10)
    ]
    if quick:
        rng.shuffle(texts)
        texts = texts[:20]
    return texts


def _unsafe_for_terminal(text: str) -> bool:
    return bool(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text))


_ICS_TEXT_PROPERTIES = ("SUMMARY", "DESCRIPTION", "LOCATION", "ATTENDEE", "ORGANIZER", "COMMENT")


def _name_in_ics(name: str, ics: str) -> bool:
    """Whether a word of ``name`` (letters, longer than one) stands whole in the text of the
    invitation (its summary, description, place and the people's names)."""
    words = {w for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", name)) if len(w) > 1}
    text = ics.replace("\r\n ", "").replace("\r\n\t", "")
    values = [
        re.sub(r"mailto:\S*", "", line)
        for line in text.split("\r\n")
        if line.startswith(_ICS_TEXT_PROPERTIES)
    ]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", v) for w in words for v in values)


def _try_text(
    folder: Path, out: Path, i: int, text: str, ids: tuple[str, str, str]
) -> tuple[list[str], list[str]]:
    """Store ``text`` as a resident's name, a staff member's name, plan text, a goal and an
    agenda item, then print the plan, the "My plan", the agenda and the invitation; returns
    the problems seen and where the text was refused."""
    from pypdf import PdfReader

    from teamdesk.services.meetings import MeetingService
    from teamdesk.services.plan import PlanService
    from teamdesk.services.team import TeamService

    meeting_id, plan_id, resident_id = ids
    problems: list[str] = []
    refused: list[str] = []
    try:
        with signed_in(folder, LEADER) as session:
            ctx = session.ctx
            teams, plans, meetings = TeamService(ctx), PlanService(ctx), MeetingService(ctx)
            unit_id = teams.resident(resident_id).unit_id
            attempts: list[tuple[str, Callable[[], object]]] = [
                ("resident name", lambda: teams.update_resident(resident_id, name=text)),
                ("staff name", lambda: teams.create_staff(text, unit_id=unit_id)),
                ("plan text", lambda: plans.update_plan(plan_id, needs=text)),
                ("goal", lambda: plans.add_goal(plan_id, text)),
                ("agenda item", lambda: meetings.add_agenda_item(meeting_id, text, text)),
            ]
            made: list[tuple[str, str | None]] = []
            for where, action in attempts:
                try:
                    outcome = action()
                    made.append((where, getattr(outcome, "row_id", None)))
                except ServiceError as exc:
                    if not str(exc).strip():
                        problems.append(f"{where}: refused with no sentence")
                    refused.append(where)
            stored = teams.resident(resident_id).name
            if stored != unicodedata.normalize("NFC", stored):
                problems.append("resident name stored not in NFC")
            if _unsafe_for_terminal(stored) or any("\ud800" <= c <= "\udfff" for c in stored):
                problems.append(f"resident name stored with unsafe characters: {stored[:40]!r}")
            pdf = out / f"plan-{i}.pdf"
            plans.export_pdf(plan_id, pdf)
            if len(PdfReader(pdf).pages) < 1:
                problems.append("plan PDF has no page")
            plans.export_pdf(plan_id, out / f"my-{i}.pdf", summary=True)
            meetings.export_agenda(meeting_id, out / f"agenda-{i}.pdf")
            ics = out / f"m-{i}.ics"
            meetings.export_ics(meeting_id, ics)
            ics_text = ics.read_bytes().decode("utf-8")
            if _name_in_ics(stored, ics_text):
                problems.append("a word of the resident's name is in the .ics")
            if re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", ics_text):
                problems.append("control characters in the .ics")
            if any(x.startswith("ATTENDEE") and "evil@" in x for x in ics_text.split("\r\n")):
                problems.append("an attendee injected into the .ics")
            # Take the goal and agenda item away again, so the documents stay one input's size.
            for where, row_id in made:
                if where == "goal" and row_id:
                    plans.remove_goal(row_id)
                elif where == "agenda item" and row_id:
                    meetings.remove_agenda_item(row_id)
    except ServiceError as exc:
        refused.append(f"export: {exc}")
    except Exception as exc:  # a crash is what this looks for
        problems.append(f"crash: {exc!r} {traceback.format_exc(limit=-2)[-300:]}")
    # The CLI's CSV of the meetings (a new process, as a script would run it): no live formula,
    # and nothing a terminal would act on.
    run = verb(folder, "report", LEADER, "meetings", "--format", "csv", "--resident", resident_id)
    if run.outcome == "crash":
        problems.append(f"crash: report meetings --format csv: {run.err.strip()[-200:]}")
    elif run.code == 0:
        if _unsafe_for_terminal(run.out.replace("\n", "").replace("\r", "").replace("\t", "")):
            problems.append("report meetings prints terminal controls")
        for row in csv.reader(io.StringIO(run.out)):
            if any(cell.startswith(CSV_LIVE) for cell in row):
                problems.append(f"live formula in the meetings CSV: {row}")
                break
    return problems, refused


def hostile_inputs(base: Path, work: Path, rng: random.Random, quick: bool) -> Section:
    section = Section("hostile inputs (services, then CSV/PDF/ics)")
    folder = copy_folder(base, work / "hostile")
    out = work / "hostile-out"
    out.mkdir()
    with signed_in(folder, LEADER) as session:
        row = session.ctx.store.query_one(
            "SELECT m.id, p.id AS plan_id, p.resident_id FROM meeting m JOIN plan p "
            "ON p.id = m.plan_id WHERE m.deleted_at IS NULL ORDER BY m.meeting_date DESC LIMIT 1"
        )
    assert row is not None, "the demo has no meeting"
    ids = (str(row["id"]), str(row["plan_id"]), str(row["resident_id"]))
    for i, text in enumerate(hostile_texts(rng, quick)):
        section.tried += 1
        label = repr(text[:40]) + ("…" if len(text) > 40 else "")
        problems, refused = _try_text(folder, out, i, text, ids)
        if any(p.startswith("crash") for p in problems):
            section.add("crash")
        elif problems:
            section.add("unsafe")
        elif refused:
            section.add("refused with a sentence (somewhere)")
        else:
            section.add("stored and printed safely")
        for p in problems:
            section.fail(f"{label}: {p}")
    # The Excel CSV of the coordinator overview, with the staff names made above.
    run = verb(
        folder, "report", LEADER, "coordinators", "--format", "csv", "--out", str(out / "o.csv")
    )
    if run.outcome == "crash":
        section.fail(f"coordinator overview CSV crashed: {run.err.strip()[-200:]}")
    elif run.code == 0:
        text = (out / "o.csv").read_text(encoding="utf-8-sig")
        # Split as the language's spreadsheet would (";" in Norwegian and Danish, "," in English).
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;")
        for line in csv.reader(io.StringIO(text), dialect):
            if any(cell.startswith(CSV_LIVE) for cell in line):
                section.fail(f"live formula in the coordinator overview CSV: {line}")
    return section


# -- 3. direct service calls ------------------------------------------------------------------


def _foreign(store: Any, unit: str) -> dict[str, str]:
    """One id per kind of record that belongs to another unit than ``unit``."""

    def one(sql: str) -> str:
        row = store.query_one(sql + " LIMIT 1", (unit,))
        return str(row[0]) if row else "missing"

    ids = {
        "unit_id": one("SELECT id FROM unit WHERE id != ? AND deleted_at IS NULL"),
        "resident_id": one("SELECT id FROM resident WHERE unit_id != ? AND deleted_at IS NULL"),
        "staff_id": one("SELECT id FROM staff WHERE unit_id != ? AND deleted_at IS NULL"),
        "team_id": one("SELECT id FROM team WHERE unit_id != ? AND deleted_at IS NULL"),
        "plan_id": one(
            "SELECT p.id FROM plan p JOIN resident r ON r.id = p.resident_id WHERE r.unit_id != ?"
        ),
        "meeting_id": one(
            "SELECT m.id FROM meeting m JOIN plan p ON p.id = m.plan_id JOIN resident r "
            "ON r.id = p.resident_id WHERE r.unit_id != ?"
        ),
    }
    by_plan = "JOIN plan p ON p.id = x.plan_id JOIN resident r ON r.id = p.resident_id"
    by_meeting = f"JOIN meeting m ON m.id = x.meeting_id {by_plan.replace('x.', 'm.')}"
    by_resident = "JOIN resident r ON r.id = x.resident_id"
    by_staff = "JOIN staff r ON r.id = x.staff_id"
    for key, (table, join) in {
        "goal_id": ("plan_goal", by_plan),
        "measure_id": ("plan_measure", by_plan),
        "participant_id": ("plan_participant", by_plan),
        "assignment_id": ("assignment", by_resident),
        "absence_id": ("absence", by_staff),
        "membership_id": ("team_membership", by_staff),
        "case_role_id": ("case_role", by_resident),
        "training_id": ("training", by_staff),
        "mentorship_id": ("mentorship", by_staff.replace("x.staff_id", "x.mentee_id")),
        "item_id": ("agenda_item", by_meeting),
        "action_id": ("action_item", by_meeting),
    }.items():
        sql = f"SELECT x.id FROM {table} x {join} WHERE r.unit_id != ?"
        try:
            ids[key] = one(sql)
        except Exception:
            ids[key] = "missing"
    return ids


def _argument(
    param: inspect.Parameter, hint: Any, ids: dict[str, str], other: dict[str, str]
) -> Any:
    name = param.name
    if isinstance(hint, type) and issubclass(hint, Enum):
        return next(iter(hint))
    if name in ids:
        return ids[name]
    if name.endswith("_id"):
        return other.get(name, ids.get("resident_id"))
    annotation = str(param.annotation)
    if "date" in annotation or name in {"day", "on", "given_on", "last_day", "period_from"}:
        return date(2026, 11, 25)
    if "bool" in annotation:
        return True
    if "int" in annotation and "str" not in annotation:
        return 1
    if "Path" in annotation or name == "out":
        return Path(tempfile.gettempdir()) / f"hostile-{uuid.uuid4().hex}.pdf"
    if "Status" in annotation or "Role" in annotation:
        enum = param.annotation if isinstance(param.annotation, type) else None
        if enum is not None and issubclass(enum, Enum):
            return next(iter(enum))
        return "x"
    return "Hostile call"


def _changes(store: Any) -> int:
    return int(store.query_one("SELECT MAX(seq) FROM change")[0] or 0)


def _judge(ctx: Any, role: str, unit: str, before: int, result: Any, foreign: set[str]) -> str:
    """What a call that was not refused did: wrote or showed another unit's records (allowed
    wrongly), wrote house-wide settings as a unit-bound leader, or stayed in its scope."""
    from teamdesk.services.undo import _units

    rows = ctx.store.query(
        "SELECT DISTINCT table_name, row_id FROM change WHERE seq > ?", (before,)
    )
    if not rows:
        if any(v in repr(result) for v in foreign):
            return "allowed wrongly"
        return "answered within its scope"
    if role != "unit leader":
        return "allowed wrongly"  # read-only and staff accounts write none of this
    if {table for table, _ in rows} <= {"unit", "setting"}:
        return "house-wide setting"  # a unit-bound leader adds a unit or sets a house rule
    units: set[Any] = set()
    for table, row_id in rows:
        row = ctx.store.get(table, row_id)
        if row is not None:
            units |= _units(ctx, table, dict(row)) if table != "unit" else {row_id}
    if units - {unit}:
        return "allowed wrongly" if units - {unit} != {None} else "house-wide setting"
    return "house-wide setting" if not units else "wrote in its own unit"


def service_calls(base: Path, work: Path) -> Section:
    from teamdesk.services.access_log import AccessLogService
    from teamdesk.services.accounts import AccountService
    from teamdesk.services.meetings import MeetingService
    from teamdesk.services.mentoring import MentoringService
    from teamdesk.services.plan import PlanService
    from teamdesk.services.team import TeamService
    from teamdesk.services.undo import reapply, revert
    from teamdesk.store.keyring import FAST_KDF
    from teamdesk.store.store import RowChange

    section = Section("direct service calls without the right")
    folder = copy_folder(base, work / "calls")
    services = [
        TeamService,
        PlanService,
        MeetingService,
        MentoringService,
        AccountService,
        AccessLogService,
    ]
    with signed_in(folder, ADMIN) as admin:
        store = admin.ctx.store
        my_unit = _one(store, "SELECT unit_id FROM account WHERE name = ?", STAFF)
        AccountService(admin.ctx).create_account(
            "Unit Leader",
            AccountRole.LEADER,
            "a leader of one unit only",
            unit_id=my_unit,
            kdf=FAST_KDF,
        )
        ids = _foreign(store, my_unit)
        mine = {
            "resident_id": _one(store, "SELECT id FROM resident WHERE unit_id = ?", my_unit),
            "account_id": _one(store, "SELECT id FROM account WHERE name = ?", ADMIN),
        }
        approved = store.query_one("SELECT id, plan_id FROM plan_version LIMIT 1")
    # Unit names are shown to everyone (choosing a unit); the records in them are not.
    leak_values = {v for k, v in ids.items() if v != "missing" and k != "unit_id"}
    callers = (
        (READ_ONLY, DEMO_PASSWORD, "read-only"),
        (STAFF, DEMO_PASSWORD, "staff"),
        ("Unit Leader", "a leader of one unit only", "unit leader"),
    )
    reads_that_may_answer = {
        "units",
        "teams",
        "residents",
        "staff",
        "courses",
        "max_mentees",
        "rule_settings",
        "time_zone",
        "max_plans_per_coordinator",
        "findings",
        "coverage",
        "today_overview",
        "upcoming",
        "open_actions",
        "open_actions_by_person",
        "due_for_evaluation",
        "absences",
        "mentorships",
        "networks",
        "overview",
        "overview_csv",
        "can_sign_in",
    }
    for who, password, role in callers:
        with signed_in(folder, who, password) as session:
            ctx = session.ctx
            for cls in services:
                service = cls(ctx)
                for name, fn in inspect.getmembers(cls, inspect.isfunction):
                    if name.startswith("_") or name == "change_own_password":
                        continue
                    if role == "unit leader" and name in reads_that_may_answer:
                        continue  # a leader reads their own unit: nothing to refuse
                    params = [
                        p
                        for p in inspect.signature(fn).parameters.values()
                        if p.name != "self"
                        and p.default is inspect.Parameter.empty
                        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                    ]
                    hints = typing.get_type_hints(fn)
                    args = [_argument(p, hints.get(p.name), ids, mine) for p in params]
                    section.tried += 1
                    before = _changes(ctx.store)
                    call = f"{role} {cls.__name__}.{name}"
                    try:
                        result = getattr(service, name)(*args)
                    except ServiceError as exc:
                        section.add("refused" if str(exc).strip() else "refused, no sentence")
                        continue
                    except Exception as exc:
                        section.add("crash")
                        section.fail(f"{call}: {exc!r}")
                        continue
                    verdict = _judge(ctx, role, my_unit, before, result, leak_values)
                    section.add(verdict)
                    if verdict == "allowed wrongly":
                        section.fail(f"{call}{args}")
            # Forged undo and redo change lists.
            forged = [
                RowChange("plan", ids["plan_id"], {"needs": "old"}, {"needs": "forged"}),
                RowChange("resident", ids["resident_id"], {"name": "x"}, {"name": "Forged"}),
                RowChange(
                    "resident", mine["resident_id"], None, {"name": "New", "deleted_at": None}
                ),
                RowChange(
                    "account", mine["account_id"], {"role": "administrator"}, {"role": "read_only"}
                ),
                RowChange(
                    "unit", ids["unit_id"], {"deleted_at": None}, {"deleted_at": "2026-11-25"}
                ),
                RowChange("staff", ids["staff_id"], {"active": 1}, {"active": 0}),
                RowChange("meta", "schema_version", {"value": "7"}, {"value": "1"}),
                RowChange("audit_event", "1", {"actor": "x"}, {"actor": "y"}),
            ]
            if approved is not None:
                forged.append(
                    RowChange("plan_version", approved[0], None, {"plan_id": approved[1]})
                )
            for step_name, step in (("undo", revert), ("redo", reapply)):
                for change in forged:
                    section.tried += 1
                    before = _changes(ctx.store)
                    try:
                        step(ctx, [change])
                    except (ServiceError, PermissionDenied) as exc:
                        section.add("refused" if str(exc).strip() else "refused, no sentence")
                        continue
                    except Exception as exc:
                        section.add("crash")
                        section.fail(f"{role} {step_name} {change.table}: {exc!r}")
                        continue
                    verdict = _judge(ctx, role, my_unit, before, None, leak_values)
                    section.add(verdict)
                    if verdict == "allowed wrongly":
                        section.fail(f"{role} forged {step_name} of {change.table} was replayed")
    return section


# -- 4. tampering -----------------------------------------------------------------------------


@contextlib.contextmanager
def _raw(folder: Path) -> Iterator[sqlite3.Connection]:
    """The read-only account holder's own password unwraps the database key; then any SQLite
    tool writes to the file around TeamDesk."""
    from teamdesk.store.connection import connect

    ring = load_keyring(keyring_path(folder / DB))
    slot = next(s for s in ring.slots if s.name == READ_ONLY)
    conn = connect(folder / DB, unwrap_key(ring, slot, DEMO_PASSWORD))
    conn.isolation_level = None
    try:
        yield conn
    finally:
        conn.close()


def _rechain(conn: sqlite3.Connection, start: int = 1) -> None:
    from teamdesk.store.store import GENESIS_HASH, audit_hash

    prev = GENESIS_HASH
    for row in conn.execute("SELECT * FROM audit_event ORDER BY seq").fetchall():
        if row["seq"] >= start:
            digest = audit_hash(
                prev,
                row["id"],
                row["at"],
                row["actor"],
                row["action"],
                row["table_name"],
                row["row_id"],
                row["summary"],
            )
            conn.execute(
                "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev, digest, row["seq"]),
            )
            prev = digest
        else:
            prev = row["hash"]
    head = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    anchor = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
    if head and anchor:
        count = anchor[0].split(":")[0]
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_anchor'",
            (f"{count}:{head[0]}:{head[1]}",),
        )


def _sql(*statements: str) -> Callable[[Path], None]:
    def tamper(folder: Path) -> None:
        with _raw(folder) as conn:
            for statement in statements:
                conn.execute(statement, (READ_ONLY,) if "?" in statement else ())

    return tamper


def _forge_account(folder: Path) -> None:
    with _raw(folder) as conn:
        values = dict(conn.execute("SELECT * FROM account WHERE name = ?", (READ_ONLY,)).fetchone())
        values.update(id=uuid.uuid4().hex, name="Mallory", role="administrator")
        conn.execute(
            f"INSERT INTO account ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )


def _rebuild(folder: Path) -> None:
    with _raw(folder) as conn:
        conn.execute("UPDATE audit_event SET at = '2020-01-01T00:00:00+00:00'")
        _rechain(conn)


def _append(folder: Path) -> None:
    from teamdesk.store.store import audit_hash

    with _raw(folder) as conn:
        last = conn.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
        event = (uuid.uuid4().hex, "2026-11-30T10:00:00+00:00", ADMIN, "open")
        digest = audit_hash(last[0], *event, "resident", "x", "opened a record")
        conn.execute(
            "INSERT INTO audit_event (id, at, actor, action, table_name, row_id, summary, "
            "prev_hash, hash, signed_by, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*event, "resident", "x", "opened a record", last[0], digest, None, None),
        )


def _edit_event(folder: Path) -> None:
    with _raw(folder) as conn:
        seq = conn.execute(
            "SELECT seq FROM audit_event WHERE actor = ? ORDER BY seq LIMIT 1", (READ_ONLY,)
        ).fetchone()[0]
        conn.execute("UPDATE audit_event SET actor = ? WHERE seq = ?", (ADMIN, seq))
        _rechain(conn, seq)


def _roll_back_anchor(folder: Path) -> None:
    path = _keys(folder)
    copy = next((folder / "backups").glob("*-keys.json"))
    data = json.loads(path.read_text())
    data["audit_anchor"] = json.loads(copy.read_text())["audit_anchor"]
    path.write_text(json.dumps(data))


def _remove_anchor(folder: Path) -> None:
    path = _keys(folder)
    data = json.loads(path.read_text())
    del data["audit_anchor"]
    path.write_text(json.dumps(data))


TAMPERING: dict[str, Callable[[Path], None]] = {
    "role raised in the account row": _sql(
        "UPDATE account SET role = 'administrator' WHERE name = ?"
    ),
    "unit grant removed": _sql("UPDATE account SET unit_id = NULL WHERE name = ?"),
    "forged account row": _forge_account,
    "audit tail deleted": _sql(
        "DELETE FROM audit_event WHERE seq > (SELECT MAX(seq) - 3 FROM audit_event)"
    ),
    "all audit events deleted": _sql(
        "DELETE FROM audit_event", "DELETE FROM meta WHERE key = 'audit_anchor'"
    ),
    "chain rebuilt with new hashes": _rebuild,
    "forged event appended": _append,
    "audit event edited and re-hashed": _edit_event,
    "anchor in the key file rolled back": _roll_back_anchor,
    "anchor in the key file removed": _remove_anchor,
}


def tampering(base: Path, work: Path) -> Section:
    from teamdesk.services.accounts import AccountService

    section = Section("tamper kinds (raw SQLite, read-only account)")
    for i, (kind, tamper) in enumerate(TAMPERING.items()):
        folder = copy_folder(base, work / f"tamper-{i}")
        # The read-only account signs in once more, so its own events follow the backup's.
        with signed_in(folder, READ_ONLY):
            pass
        tamper(folder)
        section.tried += 1
        run = verb(folder, "check", ADMIN)
        if run.outcome == "crash":
            section.add("crash")
            section.fail(f"{kind}: check crashed: {run.err.strip()[-200:]}")
        elif run.code == 2 and "NOT SOUND" in run.out:
            section.add("detected by check")
        else:
            section.add("unnoticed")
            section.fail(f"{kind}: check said {run.out.strip()[-200:]!r}")
        # And the raised account gets no more than read-only.
        try:
            with signed_in(folder, READ_ONLY) as session:
                AccountService(session.ctx).accounts()
            section.fail(f"{kind}: the read-only account listed the accounts afterwards")
        except (ServiceError, StoreError):
            pass
        shutil.rmtree(folder, ignore_errors=True)
    return section


# -- 5. kill -9 -------------------------------------------------------------------------------

WRITER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from teamdesk.services.signin import sign_in\n"
    "from teamdesk.services.team import TeamService\n"
    "from teamdesk.store.paths import DataLocation\n"
    f"s = sign_in(DataLocation(Path(sys.argv[1]), 'x'), {LEADER!r}, {DEMO_PASSWORD!r}, "
    "daily_backup=False)\n"
    "t = TeamService(s.ctx)\n"
    "for i in range(100000):\n"
    "    print('committed', t.create_unit(f'Kill {sys.argv[2]} {i}').row_id, flush=True)\n"
)


def _kill_at(proc: subprocess.Popen[str], after: float) -> None:
    time.sleep(after)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _popen(args: list[str], password: str | None = DEMO_PASSWORD) -> subprocess.Popen[str]:
    env = {**os.environ}
    if password is not None:
        env["TEAMDESK_PASSWORD"] = password
    return subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
    )


def _duration(args: list[str]) -> float:
    start = time.perf_counter()
    proc = _popen(args)
    proc.communicate(timeout=300)
    return time.perf_counter() - start


def kills(base: Path, work: Path, rng: random.Random, runs: int) -> Section:
    section = Section("kill -9 at random moments")
    folder = copy_folder(base, work / "kill")
    kinds = ["write", "backup", "restore", "demo-data"]
    td = teamdesk_command()
    timing = {
        "backup": _duration([*td, "backup", "--data-dir", str(folder), "--user", LEADER]),
        "restore": _duration(
            [*td, "restore", "--newest", "--data-dir", str(folder), "--user", ADMIN]
        ),
        "demo-data": _duration([*td, "demo-data", "--data-dir", str(work / "demo-timing")]),
    }
    reported: set[str] = set()
    for n in range(runs):
        kind = kinds[n % len(kinds)]
        section.tried += 1
        target = folder
        if kind == "write":
            proc = _popen([sys.executable, "-c", WRITER, str(folder), str(n)])
            assert proc.stdout is not None
            lines: list[str] = []
            wanted = rng.randint(1, 15)
            while len(lines) < wanted:
                line = proc.stdout.readline()
                if not line:
                    break
                lines.append(line)
            _kill_at(proc, rng.random() / 20)
            rest, _ = proc.communicate(timeout=60)
            reported |= {
                x.split()[1] for x in [*lines, *rest.splitlines()] if x.startswith("committed ")
            }
        else:
            if kind == "demo-data":
                target = work / f"demo-kill-{n}"
                args = [*td, "demo-data", "--data-dir", str(target)]
            elif kind == "backup":
                args = [*td, "backup", "--data-dir", str(folder), "--user", LEADER]
            else:
                args = [*td, "restore", "--newest", "--data-dir", str(folder), "--user", ADMIN]
            proc = _popen(args)
            _kill_at(proc, rng.random() * timing[kind] * 1.1)
            proc.communicate(timeout=60)
        # The next start: a verb as a person would run it (demo-data again where nothing is set up).
        if kind == "demo-data" and not (target / DB).exists():
            following = teamdesk(["demo-data", "--data-dir", str(target)], password=None)
            if following.code == 0:
                section.add("demo left the folder as it was, redone")
            else:
                section.add("demo folder unusable")
                section.fail(
                    f"run {n} (demo-data): demo-data again: {following.err.strip()[-200:]}"
                )
        checked = verb(target, "check", ADMIN)
        if checked.outcome == "ok":
            section.add("integrity ok")
        else:
            section.add("check not ok")
            said = (checked.err or checked.out).strip()[-300:]
            section.fail(f"run {n} ({kind}): check exit {checked.code}: {said}")
        usable = verb(target, "coverage", STAFF)
        if usable.outcome == "ok":
            section.add("folder usable")
        else:
            section.fail(
                f"run {n} ({kind}): coverage exit {usable.code}: {usable.err.strip()[-200:]}"
            )
        left = leftovers(target)
        if left:
            section.add("leftovers after next start")
            section.fail(f"run {n} ({kind}): left {left}")
        if kind == "demo-data":
            shutil.rmtree(target, ignore_errors=True)
    # Every commit a killed writer reported is there (restores put older files back, so the
    # ones missing must each be explained by a restore that came after them).
    try:
        with signed_in(folder, ADMIN) as session:
            present = {r[0] for r in session.ctx.store.query("SELECT id FROM unit")}
            aside = sorted(folder.glob("teamdesk-replaced-*.sqlite3"))
        missing = reported - present
        found_aside = 0
        for path in aside:
            ring = load_keyring(keyring_path(folder / DB))
            slot = next(s for s in ring.slots if s.name == ADMIN)
            from teamdesk.store.connection import connect

            with contextlib.suppress(Exception):
                conn = connect(path, unwrap_key(ring, slot, DEMO_PASSWORD))
                ids = {r[0] for r in conn.execute("SELECT id FROM unit")}
                conn.close()
                found_aside += len(missing & ids)
                missing -= ids
        section.add("commits reported", len(reported))
        section.add("present (or in a file a restore kept aside)", len(reported) - len(missing))
        if missing:
            section.fail(f"{len(missing)} reported commits are nowhere")
    except Exception as exc:
        section.fail(f"could not read the folder after the kills: {exc!r}")
    return section


# -- main -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer variants: under two minutes")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="teamdesk-hostile-"))
    sections: list[Section] = []
    started = time.perf_counter()
    try:
        base, other = make_base(work)
        steps: list[tuple[str, Callable[[], Section]]] = [
            ("bad files", lambda: bad_files(base, other, work, rng, args.quick)),
            ("hostile inputs", lambda: hostile_inputs(base, work, rng, args.quick)),
            ("service calls", lambda: service_calls(base, work)),
            ("tampering", lambda: tampering(base, work)),
            ("kill -9", lambda: kills(base, work, rng, 16 if args.quick else 100)),
        ]
        for label, step in steps:
            t0 = time.perf_counter()
            print(f"{label}…", file=sys.stderr, flush=True)
            try:
                section = step()
            except Exception:
                section = Section(label)
                section.fail(f"the harness itself failed: {traceback.format_exc()[-800:]}")
            section.seconds = time.perf_counter() - t0
            sections.append(section)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(_HOME, ignore_errors=True)
    print_table(sections)
    print(
        f"\nseed {args.seed}, {'quick' if args.quick else 'full'} run, "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 1 if any(s.failures for s in sections) else 0


if __name__ == "__main__":
    raise SystemExit(main())
