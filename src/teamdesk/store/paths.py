"""Where TeamDesk keeps its data, in the order ARCHITECTURE.md gives; first hit wins."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "teamdesk"
# Folders are named after the program alone (C:/ProgramData/teamdesk), not after platformdirs'
# Windows default of author and program (teamdesk/teamdesk), so the installer, the README and
# IT's scripts can name them.
DATABASE_FILE = "teamdesk.sqlite3"
ENV_DATA_DIR = "TEAMDESK_DATA_DIR"
SITE_CONFIG_FILE = "data-dir.txt"


@dataclass(frozen=True)
class DataLocation:
    """The chosen data directory and why it was chosen (shown in About and `check`)."""

    directory: Path
    source: str

    @property
    def database(self) -> Path:
        return self.directory / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.directory / "backups"


def site_config_file() -> Path:
    """The machine-wide file an installer for shared PCs writes, naming the data directory."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / SITE_CONFIG_FILE


def resolve_data_dir(
    cli_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    site_file: Path | None = None,
) -> DataLocation:
    """The data directory: ``--data-dir``, then the environment, then the site file, then the
    user's data directory. A site file that is empty or unreadable is skipped, not fatal."""
    env = os.environ if environ is None else environ
    if cli_dir:
        return DataLocation(Path(cli_dir).expanduser(), "--data-dir")
    if env.get(ENV_DATA_DIR):
        return DataLocation(Path(env[ENV_DATA_DIR]).expanduser(), ENV_DATA_DIR)
    site = site_file or site_config_file()
    try:
        named = site.read_text(encoding="utf-8").strip()
    except OSError:
        named = ""
    if named:
        return DataLocation(Path(named).expanduser(), str(site))
    return DataLocation(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "user data directory"
    )


def demo_data_dir() -> Path:
    """The separate directory `teamdesk --demo` uses, so demo data never mixes with real data."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def keyring_path(database: Path) -> Path:
    """Where the key file of ``database`` lives: beside it, outside the encrypted file."""
    return database.with_name(f"{database.stem}-keys.json")


def lock_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-keys.lock")
