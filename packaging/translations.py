"""Translation build step: ``update`` refreshes the .ts files, ``build`` compiles them to .qm.

    uv run python packaging/translations.py update   # after changing any user-visible text
    uv run python packaging/translations.py build    # after translating (Qt Linguist or an editor)
    uv run python packaging/translations.py fill da PAIRS.json   # translate from a pairs file

``fill`` puts translations kept in a JSON file into the unfinished entries of a language's .ts:
``{"English source": "translation"}``, a list of forms for a count's sentence (``%n``), and
``"Context::English source"`` for the few sources that need another word in one context (Qt's
"Open" button against a meeting that is "Open"). Everyone adds texts and the .ts conflicts on
every rebase; a translator keeps the pairs file as the source of truth, takes main's .ts, runs
``update``, ``fill`` and ``build``, and sees which entries are still unfinished.

``update`` runs pyside6-lupdate over the Qt code (``src/teamdesk/ui`` and ``app.py``), and also
over a mirror of the Qt-free code: every ``N_("...")`` of the domain, store, services and reports
is written to a temporary mirror as ``QT_TRANSLATE_NOOP("teamdesk", "...")`` on the same line of
a file with the same path, so lupdate files it under the ``teamdesk`` context the UI translates
those strings in, and the .ts points translators at the real source line. A count's sentence,
``Nn_("... %n ...")``, is written as a ``tr`` with a count in a class named ``teamdesk`` (the
Python lupdate knows no ``QT_TRANSLATE_N_NOOP``), so it gets the language's plural forms. It
also lists the few of Qt's own strings TeamDesk shows (standard buttons, the edit menu of text
fields), because Qt ships no Norwegian translation of its own.

``build`` runs pyside6-lrelease. The .qm files are committed beside their .ts, so a fresh clone
and the wheel (which carries ``resources/``) have them; a test rebuilds them and fails when the
committed ones differ, so they are never edited by hand or left stale.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "src" / "teamdesk"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("nb", "da")
CORE_CONTEXT = "teamdesk"  # teamdesk.domain.text.CONTEXT

# Qt's own texts that appear in TeamDesk's windows (QMessageBox and QDialogButtonBox buttons,
# the right-click menu of line and text fields, the warnings panel's buttons, the save dialog).
# Qt translates them from qtbase_<lang>.qm, which PySide6 ships for Danish but not for
# Norwegian bokmål (only Nynorsk); TeamDesk's .ts carries them so nb.qm can.
QT_OWN_STRINGS: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK",
        "Save",
        "Save All",
        "Open",
        "&Yes",
        "Yes to &All",
        "&No",
        "N&o to All",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "Restore Defaults",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    # The close and float buttons of a docked panel (the warnings).
    "QDockWidget": (
        "Close",
        "Closes the dock widget",
        "Float",
        "Undocks and re-attaches the dock widget",
    ),
    # The save dialog (Qt's own dialog where the desktop has none, as on most Linux PCs).
    "QFileDialog": (
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        "%1\nFile not found.\nPlease verify the correct file name was given.",
        "%1 File",
        "%1 already exists.\nDo you want to replace it?",
        "&Choose",
        "&Delete",
        "&New Folder",
        "&Open",
        "&Rename",
        "&Save",
        "'%1' is write protected.\nDo you want to delete it anyway?",
        "All Files (*)",
        "All files (*)",
        "Are you sure you want to delete '%1'?",
        "Back",
        "Change to detail view mode",
        "Change to list view mode",
        "Could not delete directory.",
        "Create New Folder",
        "Create a New Folder",
        "Delete",
        "Detail View",
        "Directories",
        "Directory:",
        "Drive",
        "File",
        "File &name:",
        "File Folder",
        "Files",
        "Files of type:",
        "Find Directory",
        "Folder",
        "Forward",
        "Go back",
        "Go forward",
        "Go to the parent directory",
        "List View",
        "List of places and bookmarks",
        "Look in:",
        "&Look in:",
        "Files of &type:",
        "My Computer",
        "New Folder",
        "Open",
        "Parent Directory",
        "Recent Places",
        "Remove",
        "Save As",
        "Show &hidden files",
        "Sidebar",
        "Unknown",
    ),
    "QFileSystemModel": (
        "Name",
        "Size",
        "Type",
        "Kind",
        "Date Modified",
        "My Computer",
        "Computer",
        "Invalid filename",
    ),
    "QWidgetTextControl": (
        "&Undo",
        "&Redo",
        "Cu&t",
        "&Copy",
        "Copy &Link Location",
        "&Paste",
        "Delete",
        "Select All",
    ),
}


@dataclass(frozen=True)
class Marked:
    """One ``N_("...")`` in the Qt-free code: its text and where it is."""

    text: str
    path: Path
    line: int
    plural: bool = False
    """Marked with ``Nn_``: a sentence with a count, translated in plural forms."""


def marked_strings(root: Path = SOURCE) -> Iterator[Marked]:
    """Every ``N_`` call with a literal argument under ``root`` (the label tables use them too).

    A call with anything but a literal (a variable, an f-string) is refused: nobody could
    translate it, so it is a bug to fix where it is written.
    """
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            marker = _called(node) if isinstance(node, ast.Call) else None
            if marker not in ("N_", "Nn_"):
                continue
            assert isinstance(node, ast.Call)
            arg = node.args[0] if node.args else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                raise SystemExit(f"{path}:{node.lineno}: {marker}() needs a literal string")
            if marker == "Nn_" and "%n" not in arg.value:
                raise SystemExit(f"{path}:{node.lineno}: Nn_() needs %n where the count goes")
            yield Marked(arg.value, path, node.lineno, plural=marker == "Nn_")


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def write_mirror(mirror: Path) -> None:
    """Write the ``QT_TRANSLATE_NOOP`` files lupdate reads for the Qt-free strings."""
    shutil.rmtree(mirror, ignore_errors=True)
    by_file: dict[Path, dict[int, list[Marked]]] = {}
    for marked in marked_strings():
        lines = by_file.setdefault(marked.path.relative_to(REPO), {})
        lines.setdefault(marked.line, []).append(marked)
    for relative, lines in sorted(by_file.items()):
        target = mirror / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        body = []
        for number in range(1, max(lines) + 1):
            found = lines.get(number, [])
            calls = [
                f"self.tr({m.text!r}, '', n)"
                if m.plural
                else f"QT_TRANSLATE_NOOP({CORE_CONTEXT!r}, {m.text!r})"
                for m in found
            ]
            if any(m.plural for m in found):
                # tr() in a class of the context's name: lupdate files it with its plural forms.
                body.append(f"class {CORE_CONTEXT}: f = lambda self, n: ({', '.join(calls)})")
            else:
                body.append("; ".join(calls))
        target.write_text("\n".join(body) + "\n", encoding="utf-8")
    (mirror / "qt_own_strings.py").write_text(
        "\n".join(
            f"QT_TRANSLATE_NOOP({context!r}, {text!r})"
            for context, texts in QT_OWN_STRINGS.items()
            for text in texts
        )
        + "\n",
        encoding="utf-8",
    )


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"teamdesk_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"teamdesk_{language}.qm"


def _tool(name: str) -> str:
    """A PySide6 tool from the environment this script runs in (``.venv/bin`` under uv)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run this with 'uv run python packaging/...'")
    return found


def update(folder: Path = TRANSLATIONS) -> None:
    """Bring every .ts up to date with the code: new strings added unfinished, gone ones dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="teamdesk-i18n-") as tmp:
        mirror = Path(tmp) / "mirror"
        write_mirror(mirror)
        sources = [
            *sorted((SOURCE / "ui").rglob("*.py")),
            SOURCE / "app.py",
            *sorted(mirror.rglob("*.py")),
        ]
        for language in LANGUAGES:
            target = ts_path(language, folder)
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "absolute",
                    "-target-language",
                    language,
                    *(str(s) for s in sources),
                    "-ts",
                    str(target),
                ],
                check=True,
            )
            _point_at_real_sources(target, mirror)


def _point_at_real_sources(ts: Path, mirror: Path) -> None:
    """The mirror's locations name the real files: the mirror keeps their paths and lines."""
    text = ts.read_text(encoding="utf-8")
    prefix = _relative(mirror, ts.parent) + "/"
    text = text.replace(f'filename="{prefix}qt_own_strings.py"', 'filename="Qt"')
    text = text.replace(f'filename="{prefix}', f'filename="{_relative(REPO, ts.parent)}/')
    ts.write_text(text, encoding="utf-8")


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def build(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` to .qm (beside it, or in ``out``); returns the .qm files."""
    made = []
    for language in LANGUAGES:
        target = qm_path(language, out or folder)
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(language, folder)),
                "-qm",
                str(target),
            ],
            check=True,
        )
        made.append(target)
    return made


Pairs = dict[str, "str | list[str]"]


@dataclass(frozen=True)
class Filled:
    """What ``fill`` did: how many entries it translated, and the (context, source) of those
    still unfinished because the pairs file has no translation for them."""

    filled: int
    unfinished: list[tuple[str, str]]


def fill(language: str, pairs: Pairs, folder: Path = TRANSLATIONS) -> Filled:
    """Translate the unfinished entries of ``language``'s .ts from ``pairs``; finished entries
    are left alone. A count's sentence needs a list with one form per grammatical number."""
    ts = ts_path(language, folder)
    text = ts.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    filled = 0
    unfinished: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = pairs.get(f"{name}::{source}", pairs.get(source))
            if found is None:
                unfinished.append((name, source))
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                if not isinstance(found, list) or len(found) != len(forms):
                    raise SystemExit(
                        f"{source!r} counts with %n: give a list of {len(forms)} forms"
                    )
                for form, value in zip(forms, found, strict=True):
                    form.text = value
            elif isinstance(found, str):
                translation.text = found
            else:
                raise SystemExit(f"{source!r} is not a count's sentence: give one text")
            del translation.attrib["type"]
            filled += 1
    head = text[: text.index("<TS")]
    ts.write_text(head + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return Filled(filled, unfinished)


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        print(f"updated {', '.join(ts_path(lang).name for lang in LANGUAGES)}")
        return 0
    if argv == ["build"]:
        for made in build():
            print(f"built {made.relative_to(REPO)}")
        return 0
    if len(argv) == 3 and argv[0] == "fill" and argv[1] in LANGUAGES:
        pairs = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        result = fill(argv[1], pairs)
        update()  # lupdate writes the file back in its own layout, so diffs stay small
        print(f"filled {result.filled}; {len(result.unfinished)} still unfinished")
        for context, source in result.unfinished:
            print(f"  {context}: {source!r}")
        print("now run 'uv run python packaging/translations.py build'")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
