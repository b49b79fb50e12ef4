"""The data directory is found in the documented order; first hit wins."""

from __future__ import annotations

from pathlib import Path

from teamdesk.store.paths import resolve_data_dir


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
