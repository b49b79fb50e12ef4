"""Guards against known defects of the Qt binding that would crash TeamDesk in use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_combo_box_data_round_trips_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released a reference to None on each QVariant round trip; on Python 3.11
    # (None is not immortal) the program died with "deallocating None" after enough picks in
    # the plan page's pickers. The version pin in pyproject.toml keeps that release out.
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(500):
        combo.addItem("nobody yet", None)
        combo.itemData(combo.count() - 1)
    combo.clear()
    assert sys.getrefcount(None) >= before
