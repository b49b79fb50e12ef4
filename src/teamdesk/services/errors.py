"""The refusals the GUI and the CLI show as sentences, from one place above the store.

The store's errors carry their sentence (``message``); the GUI catches them beside the
services' own :class:`~teamdesk.services.context.ServiceError`. They are named here so that
``ui/`` reaches nothing below the services (``tests/unit/test_architecture.py``).
"""

from __future__ import annotations

from teamdesk.services.context import ServiceError
from teamdesk.store.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    NotATeamDeskDatabaseError,
    StoreError,
)

__all__ = [
    "DatabaseBusyError",
    "DatabaseCorruptError",
    "NotATeamDeskDatabaseError",
    "ServiceError",
    "StoreError",
]
