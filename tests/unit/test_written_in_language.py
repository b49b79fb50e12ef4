"""The core's sentences write the dates and times in them as the reader's language does
(issue 14): a locked account's "until", a backup's date in the leader's warning, the day a plan
was started in a choice after a sync. The log and scripts keep ISO."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from teamdesk.domain.text import Hours, Moment
from teamdesk.services.recovery import backup_findings
from teamdesk.services.signin import _locked, set_up_first_administrator
from teamdesk.store.backup import backup_database
from teamdesk.store.paths import DataLocation


def danish(text: str, n: int = -1, /) -> str:
    """Danish as far as dates and times go (the rest stays English)."""
    patterns = {
        "{year}-{month}-{day}": "{day}.{month}.{year}",
        "{hour}:{minute}": "{hour}.{minute}",
    }
    return patterns.get(text, text)


def test_a_locked_account_s_time_is_written_in_the_reader_s_language() -> None:
    locked = _locked("Mette Jensen", datetime(2026, 11, 30, 14, 30, tzinfo=UTC))
    assert "until 30.11.2026 14.30 (UTC)" in locked.message.in_language(danish)
    assert "until 2026-11-30 14:30 (UTC)" in str(locked.message)


def test_values_in_a_sentence_keep_iso_for_the_log() -> None:
    assert str(Moment(datetime(2026, 11, 30, 14, 30))) == "2026-11-30 14:30"
    assert Hours(time(7, 30), time(15, 30)).in_language(danish) == "07.30–15.30"
    assert str(Hours(time(7, 30), time(15, 30))) == "07:30–15:30"


def test_the_warning_that_backups_stopped_dates_the_newest_in_the_reader_s_language(
    tmp_path: Path,
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    admin = set_up_first_administrator(location, "Anne Admin", "correct horse battery")
    try:
        assert admin.store.key is not None
        taken = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
        backup_database(admin.store.conn, location.backups, "daily", key=admin.store.key, now=taken)
        [found] = backup_findings(admin.ctx, taken + timedelta(days=5))
        assert "is from 25.11.2026, 5 days ago" in found.message.in_language(danish)
    finally:
        admin.sign_out()
