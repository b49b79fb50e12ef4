"""SQLite storage: connection, schema and migrations, the one write path, backups. No Qt.

The package's names are found when first used (PEP 562): importing a light module of it, such
as ``teamdesk.store.errors`` or ``teamdesk.store.paths``, does not import SQLCipher, the crypto
libraries and the write path, so the sign-in screen shows before they are loaded.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from teamdesk.store.errors import (
        DatabaseBusyError,
        DatabaseCorruptError,
        DatabaseTooNewError,
        NotATeamDeskDatabaseError,
        StoreError,
    )
    from teamdesk.store.store import Store, open_store

_WHERE = {
    "DatabaseBusyError": "teamdesk.store.errors",
    "DatabaseCorruptError": "teamdesk.store.errors",
    "DatabaseTooNewError": "teamdesk.store.errors",
    "NotATeamDeskDatabaseError": "teamdesk.store.errors",
    "StoreError": "teamdesk.store.errors",
    "Store": "teamdesk.store.store",
    "open_store": "teamdesk.store.store",
}

__all__ = [
    "DatabaseBusyError",
    "DatabaseCorruptError",
    "DatabaseTooNewError",
    "NotATeamDeskDatabaseError",
    "Store",
    "StoreError",
    "open_store",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
