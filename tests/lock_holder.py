"""Another real process holding the database's write lock until the test lets go.

SQLite's locks are between processes; a thread in the test's own process would not show what a
second TeamDesk window or the command line does to the GUI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import TracebackType

_HOLDER = """
import sys
from pathlib import Path
from teamdesk.store.connection import connect

conn = connect(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
print("released", flush=True)
"""


class WriteLockHolder:
    """``with WriteLockHolder(path, key) as holder:`` the lock is held by another process
    until ``holder.release()`` (or the block's end)."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._args = [sys.executable, "-c", _HOLDER, str(path), key.hex()]
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> WriteLockHolder:
        self._process = subprocess.Popen(
            self._args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()
        assert line == "held", f"the lock holder did not start: {line!r}"
        return self

    def release(self) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("go\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "released"
        process.wait(timeout=30)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()
