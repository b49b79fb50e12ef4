"""Smoke test of a built bundle: run what a person and IT would run, from the bundle alone.

    uv run python packaging/smoke_bundle.py dist/teamdesk

It starts the bundled program (``--version``, the window on the demo with ``--smoke-test``),
makes a demo house with the bundled CLI, prints a plan of a resident whose name has Norwegian
letters, reads the PDF back (fonts embedded, the name as written) and runs ``check``. Every
program runs in a fresh home folder, so nothing from this machine's TeamDesk is used. Fails on
any missing module, Qt plugin or resource (they surface as a non-zero exit or a message on
stderr); prints what it ran and the bundle's size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

MISSING = (
    "No module named",
    "ModuleNotFoundError",
    "could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
    "FileNotFoundError",
    "Traceback",
)


class SmokeFailed(Exception):
    pass


def run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=300
    )
    print(f"$ teamdesk {' '.join(args)}  -> exit {done.returncode}")
    problems = [m for m in MISSING if m in done.stderr or m in done.stdout]
    if done.returncode != 0 or problems:
        raise SmokeFailed(
            f"'teamdesk {' '.join(args)}' failed (exit {done.returncode}):\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    return done


def smoke(bundle: Path) -> None:
    # On Windows the window program has no console to print to; teamdesk-cli.exe is the same
    # program with one, so the smoke test runs that (and checks the window program is there).
    program = bundle / ("teamdesk-cli.exe" if sys.platform == "win32" else "teamdesk")
    if sys.platform == "win32" and not (bundle / "teamdesk.exe").is_file():
        raise SmokeFailed(f"{bundle / 'teamdesk.exe'} is missing")
    with tempfile.TemporaryDirectory(prefix="teamdesk-smoke-") as tmp:
        home = Path(tmp)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TEAMDESK_", "PYTHON", "VIRTUAL_ENV", "QT_PLUGIN"))
        }
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
            QT_QPA_PLATFORM="offscreen",
            TEAMDESK_PASSWORD="teamdesk",
        )
        version = run(program, "--version", env=env).stdout.strip()
        if not version.startswith("TeamDesk "):
            raise SmokeFailed(f"--version printed {version!r}")
        ready = run(program, "--smoke-test", "--demo", "--language", "nb", env=env).stdout
        if "ready_ms=" not in ready:
            raise SmokeFailed(f"the window never said it was ready: {ready!r}")

        house = home / "house"
        run(program, "demo-data", "--data-dir", str(house), env=env)
        coverage = json.loads(
            run(
                program,
                "coverage",
                "--data-dir",
                str(house),
                "--format",
                "json",
                "--user",
                "Demo Leader",
                env=env,
            ).stdout
        )
        names = [row["resident"] for row in coverage]
        norwegian = next((n for n in names if any(c in n for c in "æøåÆØÅ")), None)
        if norwegian is None:
            raise SmokeFailed(f"no demo resident has a Norwegian letter in the name: {names}")
        pdf = home / "plan.pdf"
        run(
            program,
            "export",
            "plan",
            "--resident",
            norwegian,
            "--out",
            str(pdf),
            "--data-dir",
            str(house),
            "--user",
            "Demo Leader",
            env=env,
        )
        reader = PdfReader(pdf)
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        if norwegian not in text:
            raise SmokeFailed(f"the plan PDF does not show {norwegian!r} as written")
        fonts = [
            font.get_object()
            for page in reader.pages
            for font in page["/Resources"]["/Font"].values()
        ]
        unembedded = [
            str(f.get("/BaseFont"))
            for f in fonts
            if not any(
                key in (f.get("/FontDescriptor") or {})
                or key
                in (
                    (f.get("/DescendantFonts") or [{}])[0].get_object().get("/FontDescriptor") or {}
                )
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
        ]
        if not fonts or unembedded:
            raise SmokeFailed(f"fonts not embedded in the plan PDF: {unembedded or 'none'}")
        run(program, "check", "--data-dir", str(house), "--user", "Demo Leader", env=env)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"smoke test passed: {bundle} ({size / 1e6:.0f} MB unpacked), {version}")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/teamdesk")
    try:
        smoke(bundle)
    except SmokeFailed as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
