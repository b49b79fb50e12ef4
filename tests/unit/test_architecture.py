"""The layers' arrows point one way: Qt stays out of the core, domain imports nothing of ours."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "teamdesk"
QT_FREE = ["domain", "store", "services", "reports", "sync"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # ``from teamdesk import store`` names the package it takes.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((SRC / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", QT_FREE)
def test_core_layers_never_import_qt(layer: str) -> None:
    offenders = {
        str(p.relative_to(SRC)): sorted(
            n for n in _imports(p) if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
        )
        for p in _modules(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_imports_nothing_of_ours_but_domain() -> None:
    for path in _modules("domain"):
        ours = {n for n in _imports(path) if n.startswith("teamdesk.")}
        assert all(n.startswith("teamdesk.domain") for n in ours), (path.name, ours)


def test_lower_layers_never_import_ui_or_services_upwards() -> None:
    upward = {
        "store": ("teamdesk.services", "teamdesk.ui", "teamdesk.reports", "teamdesk.sync"),
        "services": ("teamdesk.ui",),
        "reports": ("teamdesk.ui", "teamdesk.store"),
        "sync": ("teamdesk.ui",),
    }
    for layer, banned in upward.items():
        for path in _modules(layer):
            bad = {n for n in _imports(path) if n.startswith(banned)}
            assert not bad, (str(path.relative_to(SRC)), bad)


def test_the_gui_reaches_the_store_only_through_the_services() -> None:
    """``ui/`` (and the process start) show service results and call services; the store's
    errors, paths and types they need are named by the services (``services/errors.py``,
    ``services/locations.py``), so the store can change without the windows noticing."""
    gui = [*_modules("ui"), SRC / "app.py"]
    offenders = {
        str(p.relative_to(SRC)): sorted(n for n in _imports(p) if _is_store(n)) for p in gui
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_services_reach_a_sync_place_only_through_place_for() -> None:
    """A PostgreSQL hub (a later issue) is one more ``SyncPlace`` chosen in
    ``sync.transport.place_for``: no service may build the folder transport itself."""
    offenders = [
        str(p.relative_to(SRC))
        for p in [*_modules("services"), *_modules("ui"), SRC / "cli.py"]
        if "FolderTransport" in p.read_text(encoding="utf-8")
        or "FolderPlace" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def _is_store(name: str) -> bool:
    return name == "teamdesk.store" or name.startswith("teamdesk.store.")


def test_the_store_rule_sees_a_store_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "view.py"
    sample.write_text(
        "def f() -> None:\n    from teamdesk.store.errors import StoreError\n", encoding="utf-8"
    )
    assert any(_is_store(n) for n in _imports(sample))


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(sample)


def test_the_cheap_verb_list_matches_the_cli_parser() -> None:
    import argparse

    from teamdesk import cli
    from teamdesk.invocation import VERBS

    parser = cli._parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == VERBS
