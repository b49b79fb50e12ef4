"""Where TeamDesk's files are: the data folder and how it was chosen, the demo's folder, the
log folder, the key file beside a database, and files made owner-only.

Named here so that ``ui/`` reaches nothing below the services
(``tests/unit/test_architecture.py``); the rules live in :mod:`teamdesk.store.paths`.
"""

from __future__ import annotations

from teamdesk.store.paths import (
    DataLocation,
    demo_data_dir,
    keyring_path,
    log_dir,
    resolve_data_dir,
)
from teamdesk.store.private import restrict_new_files

__all__ = [
    "DataLocation",
    "demo_data_dir",
    "keyring_path",
    "log_dir",
    "resolve_data_dir",
    "restrict_new_files",
]
