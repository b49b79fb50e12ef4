"""`teamdesk export plan` run as a coordinator or a script would, on the demo municipality."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamdesk.services.bootstrap import DEMO_PASSWORD
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import sign_in
from teamdesk.store.paths import DataLocation

# Verbs act as a named account; the demo's accounts share one known password.
DEMO_USER = "Demo Leader"


def _teamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    user = ["--user", DEMO_USER] if args and args[0] != "demo-data" else []
    return subprocess.run(
        [*command, *args, *user],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEAMDESK_PASSWORD": DEMO_PASSWORD},
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = _teamdesk("demo-data", "--data-dir", str(directory))
    assert result.returncode == 0, result.stderr
    return directory


@pytest.fixture(scope="module")
def demo_plans(demo_dir: Path) -> dict[str, tuple[str, int]]:
    """Resident name -> (resident id, number of approved versions) for every demo plan."""
    session = sign_in(DataLocation(demo_dir, "test"), DEMO_USER, DEMO_PASSWORD)
    store = session.store
    try:
        plans = PlanService(session.ctx)
        found = {}
        for row in store.query("SELECT id, resident_id FROM plan WHERE deleted_at IS NULL"):
            resident = store.query_one(
                "SELECT name FROM resident WHERE id = ?", (row["resident_id"],)
            )
            assert resident is not None
            found[resident["name"]] = (row["resident_id"], len(plans.versions(row["id"])))
        return found
    finally:
        store.close()


def _with_versions(plans: dict[str, tuple[str, int]], at_least: int) -> str:
    return next(name for name, (_, count) in sorted(plans.items()) if count >= at_least)


def test_export_the_current_plan_by_name(
    demo_dir: Path, demo_plans: dict[str, tuple[str, int]], tmp_path: Path
) -> None:
    name = _with_versions(demo_plans, 1)
    out = tmp_path / "plan.pdf"
    result = _teamdesk(
        "export", "plan", "--data-dir", str(demo_dir), "--resident", name, "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert f"Individual plan of {name}" in result.stdout and str(out) in result.stdout
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert name in text and "a) Goals, resources and needs" in text
    assert f"({len(reader.pages)} pages)" in result.stdout


def test_export_an_older_version_by_id_and_the_summary(
    demo_dir: Path, demo_plans: dict[str, tuple[str, int]], tmp_path: Path
) -> None:
    name = _with_versions(demo_plans, 2)
    resident_id = demo_plans[name][0]
    out = tmp_path / "v1.pdf"
    result = _teamdesk(
        "export",
        "plan",
        "--data-dir",
        str(demo_dir),
        "--resident",
        resident_id,
        "--out",
        str(out),
        "--version",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert "(version 1)" in result.stdout
    assert "Version 1, approved" in PdfReader(out).pages[0].extract_text()
    summary = tmp_path / "my-plan.pdf"
    result = _teamdesk(
        "export",
        "plan",
        "--data-dir",
        str(demo_dir),
        "--resident",
        name,
        "--out",
        str(summary),
        "--summary",
    )
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(summary).pages) == 1
    assert "My plan" in PdfReader(summary).pages[0].extract_text()


@pytest.mark.parametrize(
    ("resident", "says"),
    [("a", "residents match «a»"), ("Ingen Sånn Person", "No resident is called")],
    ids=["ambiguous", "unknown"],
)
def test_an_ambiguous_or_unknown_resident_gets_a_sentence_exit_2_and_no_file(
    demo_dir: Path, tmp_path: Path, resident: str, says: str
) -> None:
    out = tmp_path / "plan.pdf"
    result = _teamdesk(
        "export", "plan", "--data-dir", str(demo_dir), "--resident", resident, "--out", str(out)
    )
    assert result.returncode == 2
    assert says in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_version_that_was_never_approved_is_refused(
    demo_dir: Path, demo_plans: dict[str, tuple[str, int]], tmp_path: Path
) -> None:
    name = _with_versions(demo_plans, 1)
    out = tmp_path / "plan.pdf"
    result = _teamdesk(
        "export",
        "plan",
        "--data-dir",
        str(demo_dir),
        "--resident",
        name,
        "--out",
        str(out),
        "--version",
        "99",
    )
    assert result.returncode == 2
    assert "has no approved version 99" in result.stderr
    assert not out.exists()
