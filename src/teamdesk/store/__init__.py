"""SQLite storage: connection, schema and migrations, the one write path, backups. No Qt."""

from teamdesk.store.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotATeamDeskDatabaseError,
    StoreError,
)
from teamdesk.store.store import Store, open_store

__all__ = [
    "DatabaseBusyError",
    "DatabaseCorruptError",
    "DatabaseTooNewError",
    "NotATeamDeskDatabaseError",
    "Store",
    "StoreError",
    "open_store",
]
