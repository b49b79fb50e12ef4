"""`teamdesk report relations --resident NAME --format text|json|csv|pdf` on the demo, run as a
leader would: the check-in results, never people."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.e2e.test_coordination_cli import LEADER, _teamdesk

# The demo's resident whose outside services stay weak (see services/demo_relations.py).
RESIDENT = "Aslak Karlsen"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = _teamdesk("demo-data", "--data-dir", str(directory))
    assert result.returncode == 0, result.stderr
    return directory


def _report(demo_dir: Path, *args: str) -> str:
    result = _teamdesk(
        "report", "relations", "--resident", RESIDENT, "--data-dir", str(demo_dir), *LEADER, *args
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_text_report_leads_with_what_works_and_says_where_too_few_answered(
    demo_dir: Path,
) -> None:
    text = _report(demo_dir)
    assert text.startswith(f"How we work together: {RESIDENT}")
    assert text.index("What works:") < text.index("Ties (weakest first)")
    assert "Relatives" in text and "fewer than 3 answered: no figures" in text
    assert "Trend:" in text


def test_json_and_csv_hold_the_same_ties(demo_dir: Path) -> None:
    data = json.loads(_report(demo_dir, "--format", "json"))
    rows = list(csv.DictReader(io.StringIO(_report(demo_dir, "--format", "csv"))))
    latest = data["rounds"][-1]
    ended = latest["ended_on"]
    assert [t["tie"] for t in latest["ties"]] == [
        r["Working with"] for r in rows if r["Check-in ended"] == ended
    ]
    relatives = next(t for t in latest["ties"] if t["tie"] == "Relatives")
    assert relatives["shown"] is False and relatives["index"] is None


def test_the_pdf_is_written_and_reads_back(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "relations.pdf"
    result = _teamdesk(
        "report",
        "relations",
        "--resident",
        RESIDENT,
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
    assert "How we work together" in text and RESIDENT in text
    missing = _teamdesk(
        "report", "relations", "--data-dir", str(demo_dir), *LEADER, "--format", "pdf"
    )
    assert missing.returncode != 0 and "--resident" in missing.stderr
