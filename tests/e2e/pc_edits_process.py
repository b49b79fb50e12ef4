"""One PC's offline work for the two-PC sync test: signs in to DATA_DIR as the demo leader and
makes edits through the services' store write path, as a person at that PC would, with no
sync folder in reach. Prints ``done`` at the end.

Usage: python pc_edits_process.py DATA_DIR NAME  (the password in TEAMDESK_PASSWORD)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from teamdesk.services.signin import sign_in
from teamdesk.store.paths import DataLocation


def main() -> int:
    directory, name = Path(sys.argv[1]), sys.argv[2]
    session = sign_in(
        DataLocation(directory, "test"),
        "Demo Leader",
        os.environ["TEAMDESK_PASSWORD"],
        daily_backup=False,
    )
    try:
        store = session.store
        residents = [str(r["id"]) for r in store.query("SELECT id FROM resident ORDER BY id")]
        unit = store.query_one("SELECT id FROM unit ORDER BY id LIMIT 1")
        assert unit is not None
        # The same resident on both PCs: a different short field on each, the same free text.
        store.update("resident", residents[0], {"room": f"Room of {name}"}, actor="Demo Leader")
        store.update(
            "resident", residents[0], {"what_matters": f"Written at {name}"}, actor="Demo Leader"
        )
        # Rows of its own, and edits spread over other residents.
        for n in range(30):
            store.insert("staff", {"name": f"{name} staff {n}"}, actor="Demo Leader")
        for n, resident in enumerate(residents[1:20]):
            store.update(
                "resident", resident, {"preferred_name": f"{name} {n}"}, actor="Demo Leader"
            )
        store.insert(
            "team", {"name": f"Team of {name}", "unit_id": str(unit["id"])}, actor="Demo Leader"
        )
    finally:
        session.sign_out()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
