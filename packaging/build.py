"""Build TeamDesk's one-folder bundle for this platform with PyInstaller.

    uv run --group bundle python packaging/build.py [--smoke-test]

Writes ``dist/teamdesk/`` (the program folder: ``teamdesk`` or ``teamdesk.exe`` and, on
Windows, ``teamdesk-cli.exe``), and on Linux also ``dist/teamdesk-<version>-linux-<arch>.tar.gz``
with an ``install.sh`` for ``/opt/teamdesk``. Nothing it writes is committed: ``build/`` and
``dist/`` are ignored. ``--smoke-test`` then runs ``packaging/smoke_bundle.py`` on the result.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=TeamDesk
GenericName=Care teams and individual plans
GenericName[nb]=Team og individuelle planer
GenericName[da]=Team og handleplaner
Comment=Teams, individual plans and meetings for housing communities
Exec=/usr/local/bin/teamdesk
Icon=teamdesk
Terminal=false
Categories=Office;
"""

INSTALL_SH = """#!/bin/sh
# Install TeamDesk for every account on this PC (run as root): the program under
# /opt/teamdesk, the command /usr/local/bin/teamdesk, a menu entry and the icon.
# The data folder is never touched; name a shared one in /etc/xdg/teamdesk/data-dir.txt.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rm -rf /opt/teamdesk.new
cp -a "$here/teamdesk" /opt/teamdesk.new
rm -rf /opt/teamdesk.old
[ -d /opt/teamdesk ] && mv /opt/teamdesk /opt/teamdesk.old
mv /opt/teamdesk.new /opt/teamdesk
rm -rf /opt/teamdesk.old
ln -sf /opt/teamdesk/teamdesk /usr/local/bin/teamdesk
install -D -m 644 "$here/teamdesk.desktop" /usr/share/applications/teamdesk.desktop
install -D -m 644 "$here/teamdesk.png" /usr/share/icons/hicolor/256x256/apps/teamdesk.png
mkdir -p /etc/xdg/teamdesk
if [ -n "${TEAMDESK_DATA_DIR:-}" ]; then
  printf '%s\\n' "$TEAMDESK_DATA_DIR" > /etc/xdg/teamdesk/data-dir.txt
fi
echo "TeamDesk installed in /opt/teamdesk; start it with: teamdesk"
"""


def render_icons() -> Path:
    """The icon at each size from its SVG (Qt draws it), plus a Windows .ico of them all."""
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    out = BUILD / "icons"
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(["build"])
    icon = QIcon(str(ROOT / "resources" / "icons" / "teamdesk.svg"))
    if icon.isNull():
        raise SystemExit("The icon resources/icons/teamdesk.svg could not be read.")
    for size in ICON_SIZES:
        icon.pixmap(QSize(size, size)).save(str(out / f"teamdesk-{size}.png"))
    shutil.copyfile(out / "teamdesk-256.png", out / "teamdesk.png")
    with Image.open(out / "teamdesk-256.png") as big:
        big.save(out / "teamdesk.ico", sizes=[(s, s) for s in ICON_SIZES])
    del app
    return out


def run_pyinstaller() -> Path:
    from PyInstaller.__main__ import run

    run(
        [
            str(ROOT / "packaging" / "teamdesk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'pyinstaller'}",
        ]
    )
    return DIST / "teamdesk"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def linux_tarball(bundle: Path, icons: Path) -> Path:
    from teamdesk import __version__

    name = f"teamdesk-{__version__}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    staging = BUILD / name
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    (staging / "teamdesk.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    install = staging / "install.sh"
    install.write_text(INSTALL_SH, encoding="utf-8")
    install.chmod(0o755)
    shutil.copyfile(icons / "teamdesk.png", staging / "teamdesk.png")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=f"{name}/teamdesk")
        for extra in ("teamdesk.desktop", "install.sh", "teamdesk.png"):
            tar.add(staging / extra, arcname=f"{name}/{extra}")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--smoke-test", action="store_true", help="run packaging/smoke_bundle.py on the result"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    icons = render_icons()
    bundle = run_pyinstaller()
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB unpacked)")
    if sys.platform.startswith("linux"):
        tarball = linux_tarball(bundle, icons)
        print(f"tarball: {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
    if args.smoke_test:
        smoke = ROOT / "packaging" / "smoke_bundle.py"
        return subprocess.run([sys.executable, str(smoke), str(bundle)], check=False).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
