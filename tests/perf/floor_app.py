"""The floor for start-up: a bare PySide6 program that shows an empty main window and quits.

Prints ``ready_ms=N`` like ``teamdesk --smoke-test`` does, measured the same way.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()

    def ready() -> None:
        print(f"ready_ms={round((time.perf_counter() - START) * 1000)}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
