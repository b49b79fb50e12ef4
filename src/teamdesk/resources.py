"""Where the files TeamDesk ships beside its code are: fonts, translations, the icon.

Installed (a wheel or the bundle), they sit in the package as ``teamdesk/resources/<kind>``; run
from the source tree, in ``<repo>/resources/<kind>``. Both are looked at, in that order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dirs(kind: str) -> list[Path]:
    """The places a kind of resource may be, installed first."""
    return [_PACKAGE / "resources" / kind, _PACKAGE.parents[1] / "resources" / kind]


def find_resource_dir(kind: str, holds: Callable[[Path], bool]) -> Path | None:
    """The first of :func:`resource_dirs` that ``holds`` what is needed; None when none does."""
    return next((d for d in resource_dirs(kind) if holds(d)), None)
