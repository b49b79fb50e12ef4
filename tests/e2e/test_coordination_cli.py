"""`teamdesk report coordinators|meetings` and `teamdesk export agenda|minutes|ics`, run as a
leader, a coordinator or a script would, on the demo municipality."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

LEADER = ("--user", "Demo Leader")
COORDINATOR = ("--user", "Demo Coordinator")


def _teamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEAMDESK_PASSWORD": "teamdesk"},
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = _teamdesk("demo-data", "--data-dir", str(directory))
    assert result.returncode == 0, result.stderr
    return directory


@pytest.fixture(scope="module")
def meetings(demo_dir: Path) -> list[dict[str, str]]:
    result = _teamdesk(
        "report", "meetings", "--data-dir", str(demo_dir), *LEADER, "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    found: list[dict[str, str]] = json.loads(result.stdout)
    return found


def test_the_coordinator_overview_as_text_puts_gaps_first(demo_dir: Path) -> None:
    result = _teamdesk("report", "coordinators", "--data-dir", str(demo_dir), *LEADER)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("5 coordinators, 3 with gaps")
    marks = [line[0] for line in lines[1:] if not line.startswith("      ")]
    assert marks == sorted(marks, key=lambda m: m != "!")
    assert "without the coordinator course and without a mentor" in result.stdout


def test_the_coordinator_overview_as_json_and_csv_agree(demo_dir: Path) -> None:
    as_json = _teamdesk(
        "report", "coordinators", "--data-dir", str(demo_dir), *LEADER, "--format", "json"
    )
    as_csv = _teamdesk(
        "report", "coordinators", "--data-dir", str(demo_dir), *LEADER, "--format", "csv"
    )
    assert as_json.returncode == 0 and as_csv.returncode == 0, as_json.stderr + as_csv.stderr
    rows = json.loads(as_json.stdout)
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["coordinator"] for r in rows] == [r["Coordinator"] for r in table]
    untrained = next(r for r in rows if r["trained_on"] is None and r["plans"] > 0)
    assert untrained["mentor"] is None
    assert untrained["gaps"][0]["code"] == "untrained_without_mentor"
    assert any(r["mentees"] for r in rows)


def test_the_coordinator_overview_as_pdf(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "coordinators.pdf"
    result = _teamdesk(
        "report",
        "coordinators",
        "--data-dir",
        str(demo_dir),
        *LEADER,
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Coordinator overview" in text


def test_a_coordinator_may_not_read_the_leaders_overview(demo_dir: Path) -> None:
    result = _teamdesk("report", "coordinators", "--data-dir", str(demo_dir), *COORDINATOR)
    assert result.returncode == 2
    assert "may not do this" in result.stderr and result.stdout == ""


def test_upcoming_meetings_are_listed_with_their_ids(meetings: list[dict[str, str]]) -> None:
    assert [m["kind"] for m in meetings] == ["evaluation", "responsibility_group", "rehab"]
    assert all(m["status"] == "planned" for m in meetings)


@pytest.mark.parametrize("what", ["agenda", "minutes"])
def test_a_meetings_agenda_and_minutes_are_written_as_pdf(
    demo_dir: Path, meetings: list[dict[str, str]], tmp_path: Path, what: str
) -> None:
    meeting = next(m for m in meetings if m["kind"] == "responsibility_group")
    out = tmp_path / f"{what}.pdf"
    result = _teamdesk(
        "export",
        what,
        "--data-dir",
        str(demo_dir),
        *COORDINATOR,
        "--meeting",
        meeting["id"],
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert meeting["resident"] in text
    assert ("Invitation" if what == "agenda" else "Minutes") in text


def test_a_calendar_invitation_is_written_as_ics(
    demo_dir: Path, meetings: list[dict[str, str]], tmp_path: Path
) -> None:
    meeting = meetings[0]
    out = tmp_path / "invitation.ics"
    result = _teamdesk(
        "export",
        "ics",
        "--data-dir",
        str(demo_dir),
        *LEADER,
        "--meeting",
        meeting["id"],
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"{meeting['id']}@teamdesk"
    assert event.decoded("dtstart").date().isoformat() == meeting["date"]
    initials = " ".join(f"{p[0]}." for p in meeting["resident"].split())
    assert str(event["summary"]).endswith(initials)
    assert meeting["resident"] not in str(event["description"])


def test_an_unknown_meeting_or_none_is_refused_with_a_sentence_and_no_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    missing = _teamdesk("export", "agenda", "--data-dir", str(demo_dir), *LEADER, "--out", str(out))
    assert missing.returncode == 2 and "--meeting ID" in missing.stderr
    unknown = _teamdesk(
        "export",
        "agenda",
        "--data-dir",
        str(demo_dir),
        *LEADER,
        "--meeting",
        "no-such-id",
        "--out",
        str(out),
    )
    assert unknown.returncode == 2 and "This meeting no longer exists." in unknown.stderr
    assert not out.exists()


def test_a_resident_meeting_history_names_held_and_coming_meetings(demo_dir: Path) -> None:
    upcoming = _teamdesk(
        "report", "meetings", "--data-dir", str(demo_dir), *LEADER, "--format", "json"
    )
    resident = next(
        m["resident"] for m in json.loads(upcoming.stdout) if m["kind"] == "responsibility_group"
    )
    result = _teamdesk(
        "report", "meetings", "--data-dir", str(demo_dir), *LEADER, "--resident", resident
    )
    assert result.returncode == 0, result.stderr
    assert f"Meetings about {resident}" in result.stdout
    assert " held " in result.stdout and " planned " in result.stdout
