"""A writer for the durability tests: inserts rows through the store's write path and prints
``committed <id>`` after each commit, until killed or done.

Usage: python writer_process.py DATABASE NAME COUNT  (the raw key, hex, in TEAMDESK_TEST_KEY)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from teamdesk.store.errors import StoreError
from teamdesk.store.store import open_store


def main() -> int:
    database, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    key = bytes.fromhex(os.environ["TEAMDESK_TEST_KEY"])
    store = open_store(database, key=key, create=False)
    try:
        for i in range(count):
            row_id = store.insert("unit", {"name": f"{name} {i} " + "x" * (i % 700)}, actor=name)
            print(f"committed {row_id}", flush=True)
    except StoreError as error:
        print(f"refused: {error}", file=sys.stderr, flush=True)
        return 2
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
