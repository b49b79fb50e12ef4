"""Which replica this installation is: an id kept beside the database, not inside it.

Each installation that syncs is a replica with its own id; its change sets are named by it and
its change entries carry it. The id cannot live in the database alone: a file copied to another
PC, or restored from a backup, would carry the id of a replica that is still alive, and two
replicas writing under one id break sync (each would skip the other's changes as its own).

So the id lives in a small file beside the database (``.<name>.replica.json``), bound to that
very database file: its inode (a copy or a restore is a new file) and the PC's name. When the
binding does not match, the file is a copy and gets a new id. Two TeamDesk processes on one file
read the same id (it is chosen under the opening lock).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from teamdesk.store.ids import new_id
from teamdesk.store.keyring import write_atomically


@dataclass(frozen=True)
class Binding:
    """What makes a database file this one: its inode (0 where the file system has none, then
    its path) and the PC's name."""

    inode: int
    path: str
    host: str

    @classmethod
    def of(cls, database: Path) -> Binding:
        inode = os.stat(database).st_ino
        path = "" if inode else str(database.resolve())
        return cls(inode=inode, path=path, host=platform.node())


def replica_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.replica.json")


def load_replica_id(database: Path) -> str | None:
    """The id recorded for ``database`` when the record is for this very file; else None."""
    try:
        data = json.loads(replica_path(database).read_text(encoding="utf-8"))
        recorded = Binding(int(data["inode"]), str(data["path"]), str(data["host"]))
        replica_id = str(data["replica_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        current = Binding.of(database)
    except OSError:
        return None
    return replica_id if recorded == current and replica_id else None


def replica_id_for(database: Path, *, new_file_id: str | None) -> str:
    """This installation's replica id for ``database``, made (and recorded) when there is none
    for this very file. Call under the opening lock.

    ``new_file_id`` is the id a database just created by this open was stamped with, kept so a
    new installation's first changes and its replica agree. Any other file without a matching
    record (a copy, a restore, a file from before issue 11) gets a new id: its earlier changes
    keep the id they were made under and are still published, as made here. A record that
    cannot be written (a read-only folder) means a new id for this run: safe, only wasteful."""
    found = load_replica_id(database)
    if found is not None:
        return found
    chosen = new_file_id or new_id()
    binding = Binding.of(database)
    with contextlib.suppress(OSError):
        write_atomically(
            replica_path(database),
            json.dumps(
                {
                    "replica_id": chosen,
                    "inode": binding.inode,
                    "path": binding.path,
                    "host": binding.host,
                }
            ),
        )
    return chosen
