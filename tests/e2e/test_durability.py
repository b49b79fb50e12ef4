"""Proofs that nothing committed is lost: a writer killed at random moments, and two processes
writing to the same encrypted database at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teamdesk.store.integrity import check_integrity
from teamdesk.store.keyring import new_database_key
from teamdesk.store.store import open_store

WRITER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parents[2]


def _start_writer(database: Path, key: bytes, name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(database), name, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TEAMDESK_TEST_KEY": key.hex(), "PYTHONPATH": str(ROOT)},
    )


def _committed(lines: list[str]) -> set[str]:
    return {line.split()[1] for line in lines if line.startswith("committed ")}


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_loses_nothing_it_reported_committed(
    tmp_path: Path,
) -> None:
    database = tmp_path / "teamdesk.sqlite3"
    key = new_database_key()
    open_store(database, key=key).close()
    rng = random.Random(20261125)
    reported: set[str] = set()
    kills = 25
    for round_ in range(kills):
        writer = _start_writer(database, key, f"round{round_}", 100_000)
        assert writer.stdout is not None
        lines: list[str] = []
        # Kill after a random number of commits, and at a random moment after the last one.
        wanted = rng.randint(1, 40)
        while len(lines) < wanted:
            line = writer.stdout.readline()
            if not line:
                break
            lines.append(line)
        time.sleep(rng.random() / 50)
        writer.send_signal(signal.SIGKILL)
        rest, err = writer.communicate(timeout=60)
        lines += rest.splitlines()
        assert writer.returncode == -signal.SIGKILL, err
        reported |= _committed(lines)
    assert len(reported) >= kills
    store = open_store(database, key=key, create=False)
    try:
        assert [r[0] for r in store.query("PRAGMA integrity_check")] == ["ok"]
        present = {r["id"] for r in store.query("SELECT id FROM unit")}
        assert reported <= present
        assert check_integrity(store).sound
    finally:
        store.close()


@pytest.mark.slow
def test_two_processes_writing_at_once_both_succeed_and_every_write_is_there(
    tmp_path: Path,
) -> None:
    database = tmp_path / "teamdesk.sqlite3"
    key = new_database_key()
    open_store(database, key=key).close()
    writers = [_start_writer(database, key, name, 300) for name in ("left", "right")]
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (_out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "in use" not in err
    ids = _committed(results[0][0].splitlines()) | _committed(results[1][0].splitlines())
    assert len(ids) == 600
    store = open_store(database, key=key, create=False)
    try:
        present = {r["id"] for r in store.query("SELECT id FROM unit")}
        assert ids == present
        assert check_integrity(store).sound
        by_actor = {
            r["actor"]: r["n"]
            for r in store.query("SELECT actor, COUNT(*) AS n FROM audit_event GROUP BY actor")
        }
        assert by_actor == {"left": 300, "right": 300}
    finally:
        store.close()
