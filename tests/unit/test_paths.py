"""The data directory is found in the documented order; first hit wins."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from teamdesk.store.paths import demo_data_dir, resolve_data_dir, site_config_file


def test_command_line_wins_over_everything(tmp_path: Path) -> None:
    site = tmp_path / "site.txt"
    site.write_text(str(tmp_path / "site-data"))
    loc = resolve_data_dir(tmp_path / "cli", {"TEAMDESK_DATA_DIR": str(tmp_path / "env")}, site)
    assert (loc.directory, loc.source) == (tmp_path / "cli", "--data-dir")


def test_environment_wins_over_the_machine_wide_file(tmp_path: Path) -> None:
    site = tmp_path / "site.txt"
    site.write_text(str(tmp_path / "site-data"))
    loc = resolve_data_dir(None, {"TEAMDESK_DATA_DIR": str(tmp_path / "env")}, site)
    assert loc.directory == tmp_path / "env"


def test_the_machine_wide_file_names_one_folder_for_every_account(tmp_path: Path) -> None:
    site = tmp_path / "site.txt"
    site.write_text(f"  {tmp_path / 'shared-pc'}\n")
    loc = resolve_data_dir(None, {}, site)
    assert loc.directory == tmp_path / "shared-pc"
    assert loc.database.name == "teamdesk.sqlite3"


def test_without_any_setting_the_users_data_folder_is_used(tmp_path: Path) -> None:
    loc = resolve_data_dir(None, {}, tmp_path / "missing.txt")
    assert loc.source == "user data directory"
    assert "teamdesk" in str(loc.directory)


def test_on_windows_the_machine_wide_file_is_where_the_installer_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The installer writes %ProgramData%\\teamdesk\\data-dir.txt; platformdirs' Windows default
    would look in %ProgramData%\\teamdesk\\teamdesk instead."""
    folders = {
        "CSIDL_COMMON_APPDATA": "C:/ProgramData",
        "CSIDL_LOCAL_APPDATA": "C:/Users/kari/AppData/Local",
    }
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    assert site_config_file().as_posix() == "C:/ProgramData/teamdesk/data-dir.txt"
    assert demo_data_dir().as_posix() == "C:/Users/kari/AppData/Local/teamdesk/demo"
