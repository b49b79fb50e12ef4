"""Kill -9 a sync round at random moments, many times, and check what each kill left.

Usage: python sync_crash_process.py MODE WORK TRIALS SEED  (the raw key, hex, in
TEAMDESK_TEST_KEY). MODE is ``write`` (killed while sealing and writing a change set) or
``apply`` (killed while applying a large one).

Each trial forks a child that opens the database and runs one sync round; this process sends
it SIGKILL after a random delay drawn within the time an uninterrupted round takes (measured
first), then opens what the kill left and checks it: the database is sound (SQLite's checks,
the audit chain), every change-set file in the folder opens whole, no entry is applied twice or
a row half, and the next round completes and leaves both PCs identical. Forking keeps a trial
to milliseconds (imports and key set-up happen once). One JSON line per trial on stdout.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

from teamdesk.store.integrity import check_integrity
from teamdesk.store.schema import LOCAL_ONLY_TABLES
from teamdesk.store.store import Store, open_store
from teamdesk.sync.changeset import ChangeSetRefused, sync_key, unseal
from teamdesk.sync.engine import sync_round
from teamdesk.sync.transport import FolderTransport

HOUSE = "house-crash"
ACTOR = "crash-test"


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        str(r["name"])
        for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r["name"]).startswith("sqlite_") and str(r["name"]) not in LOCAL_ONLY_TABLES
    ]
    return {t: [tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


class Work:
    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self.key = key
        self.share = root / "share"
        self.share.mkdir(parents=True, exist_ok=True)
        self.sealing = sync_key(key, HOUSE)

    def open(self, name: str) -> Store:
        return open_store(self.root / name / "teamdesk.sqlite3", key=self.key)

    def sync(self, store: Store, pc: str) -> list[str]:
        report = sync_round(
            store,
            FolderTransport(self.share, HOUSE),
            key=self.sealing,
            house_id=HOUSE,
            actor=ACTOR,
            pc_name=pc,
        )
        return [p.render() for p in report.problems]

    def killed_round(self, name: str, delay: float) -> tuple[bool, float]:
        """Fork a child that opens ``name`` and runs one round; kill it ``delay`` seconds after
        the round began (the child says when, through a pipe). Returns whether the kill came
        before the child ended, and how long its round ran; a round that failed on its own is
        an error."""
        ready, said = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one round, then out without any clean-up
            os.close(ready)
            code = 0
            try:
                store = self.open(name)
                os.write(said, b"go")
                self.sync(store, name)
            except BaseException:
                code = 3
            os._exit(code)
        os.close(said)
        os.read(ready, 2)
        os.close(ready)
        start = time.perf_counter()
        deadline = start + delay
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"the round on {name} failed by itself")
                return False, time.perf_counter() - start
            if time.perf_counter() >= deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return True, time.perf_counter() - start
            time.sleep(0.0002)


def _problems_of(store: Store) -> list[str]:
    return list(check_integrity(store).problems)


def _own_entries(store: Store) -> int:
    placeholders = ", ".join("?" for _ in LOCAL_ONLY_TABLES)
    row = store.query_one(
        "SELECT COUNT(*) AS n FROM change WHERE received_from IS NULL "
        f"AND table_name NOT IN ({placeholders})",
        tuple(sorted(LOCAL_ONLY_TABLES)),
    )
    return int(row["n"]) if row else 0


def write_trials(work: Work, trials: int, rng: random.Random) -> None:
    """The source PC adds rows, a child publishes them and is killed; then the source's next
    round must write what was lost, and a second PC must end identical."""
    source = work.open("source")
    replica = source.replica_id
    receiver = work.open("receiver")
    receiver.close()

    def add_rows(store: Store, trial: int) -> None:
        for n in range(6):
            store.insert("unit", {"name": f"{trial}-{n} " + "x" * 8_000}, actor=ACTOR)

    add_rows(source, -1)
    source.close()
    _, calibrated = work.killed_round("source", 60.0)  # an uninterrupted round, measured
    for trial in range(trials):
        store = work.open("source")
        add_rows(store, trial)
        store.close()
        killed, ran = work.killed_round("source", rng.uniform(0.0, calibrated * 0.8))
        if not killed:  # the machine is faster now than when measured: aim within this round
            calibrated = min(calibrated, ran)
        problems: list[str] = []
        store = work.open("source")
        problems += _problems_of(store)
        latest = store.latest_outgoing()
        transport = FolderTransport(work.share, HOUSE)
        lost_file = latest is not None and not transport.published(replica, latest.seq)
        for path in sorted((work.share / HOUSE / replica).glob("*.tdcs")):
            try:
                unseal(path.read_bytes(), key=work.sealing, house_id=HOUSE)
            except ChangeSetRefused as refused:
                problems.append(f"{path.name} is not whole: {refused}")
        problems += work.sync(store, "source")  # the next round completes
        latest = store.latest_outgoing()
        if latest is not None:
            missing = [n for n in range(1, latest.seq + 1) if not transport.published(replica, n)]
            if missing:
                problems.append(f"sets never written: {missing}")
        other = work.open("receiver")
        problems += work.sync(other, "receiver")
        if dump(other) != dump(store):
            problems.append("the two PCs differ after the next round")
        received = other.query_one(
            "SELECT COUNT(*) AS n FROM change WHERE received_from = ?", (replica,)
        )
        if received is None or int(received["n"]) != _own_entries(store):
            problems.append("an entry was lost or applied twice")
        problems += _problems_of(other)
        other.close()
        store.close()
        print(
            json.dumps(
                {
                    "trial": trial,
                    "killed": killed,
                    "lost_file": lost_file,
                    "ms": round(ran * 1000, 1),
                    "problems": problems,
                }
            ),
            flush=True,
        )


def apply_trials(work: Work, trials: int, rng: random.Random) -> None:
    """The source publishes one large set; each trial a fresh copy of the receiver applies it
    and is killed; what is left must be whole rows, and the next round must finish it."""
    source = work.open("source")
    unit = source.insert("unit", {"name": "Unit"}, actor=ACTOR)
    for n in range(200):
        source.insert("resident", {"name": f"R{n}", "unit_id": unit, "room": str(n)}, actor=ACTOR)
    work.sync(source, "source")
    expected = dump(source)
    per_row: dict[tuple[str, str], int] = {}
    for r in source.query(
        "SELECT table_name, row_id, COUNT(*) AS n FROM change WHERE received_from IS NULL "
        "GROUP BY table_name, row_id"
    ):
        if str(r["table_name"]) not in LOCAL_ONLY_TABLES:
            per_row[(str(r["table_name"]), str(r["row_id"]))] = int(r["n"])
    total = sum(per_row.values())
    replica = source.replica_id
    source.close()
    template = work.open("template")
    template.close()
    template_dir = work.root / "template"

    def fresh(trial: int) -> str:
        name = f"receiver-{trial}"
        shutil.copytree(template_dir, work.root / name)
        return name

    _, calibrated = work.killed_round(fresh(-1), 60.0)
    for trial in range(trials):
        name = fresh(trial)
        killed, ran = work.killed_round(name, rng.uniform(0.0, calibrated * 0.8))
        if not killed:  # the machine is faster now than when measured: aim within this round
            calibrated = min(calibrated, ran)
        problems: list[str] = []
        store = work.open(name)
        problems += _problems_of(store)
        applied_before = store.peer_watermarks().get(replica, 0)
        rows = store.query(
            "SELECT table_name, row_id, COUNT(*) AS n FROM change WHERE received_from = ? "
            "GROUP BY table_name, row_id",
            (replica,),
        )
        partial = sum(int(r["n"]) for r in rows)
        for r in rows:  # whole rows only: every entry of a row, or none
            if int(r["n"]) != per_row[(str(r["table_name"]), str(r["row_id"]))]:
                problems.append(f"{r['table_name']} {r['row_id']} is half applied")
        if applied_before and partial != total:
            problems.append("recorded as applied while entries are missing")
        now = dump(store)
        for table, want in expected.items():  # each row here already equals the source's
            have = {row[0]: row for row in now[table]}
            for row in want:
                if row[0] in have and have[row[0]] != row:
                    problems.append(f"{table} {row[0]} differs from the source")
        problems += work.sync(store, name)  # the next round completes
        received = store.query_one(
            "SELECT COUNT(*) AS n FROM change WHERE received_from = ?", (replica,)
        )
        if received is None or int(received["n"]) != total:
            problems.append("an entry was lost or applied twice")
        if store.peer_watermarks().get(replica, 0) != 1:
            problems.append("the set is not recorded as applied after the next round")
        if dump(store) != expected:
            problems.append("the receiver differs from the source after the next round")
        problems += _problems_of(store)
        store.close()
        shutil.rmtree(work.root / name)
        print(
            json.dumps(
                {
                    "trial": trial,
                    "killed": killed,
                    "partial": 0 < partial < total and not applied_before,
                    "ms": round(ran * 1000, 1),
                    "problems": problems,
                }
            ),
            flush=True,
        )


def main() -> int:
    mode, root, trials, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    work = Work(root, bytes.fromhex(os.environ["TEAMDESK_TEST_KEY"]))
    rng = random.Random(seed)
    {"write": write_trials, "apply": apply_trials}[mode](work, trials, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
