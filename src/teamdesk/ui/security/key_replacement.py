"""Replacing the database key from the Accounts window, after an account was switched off,
while the person stays signed in (the service is
:func:`teamdesk.services.rekey.begin_replacing_database_key`).

The program holds the database open on several connections: the session's own, the
background reader's, the sync worker's, and any operation's. The re-key needs them all
closed: the window's operations are finished first, the connection threads are held (their
connections closed; what they are asked meanwhile waits), the service closes the session's
connection, the re-key runs as an operation (a worker thread, with its progress shown), and
the session's store goes on with the file opened anew. The connection threads then open
theirs again with the store's key, the new one. Nothing touches the session's store while it
is closed: the Accounts window is disabled meanwhile, and locking waits for the operation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from teamdesk.services.context import ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.rekey import KeyReplacement, begin_replacing_database_key
from teamdesk.services.signin import UserSession
from teamdesk.ui.common.connection_thread import hold_all_connections
from teamdesk.ui.common.operations import Operations, Progress
from teamdesk.ui.common.text import refusal_text

OPERATION_KEY = "replace-database-key"


class KeyReplacementFlow(QObject):
    """One re-key at a time for the session; :attr:`finished` says how it ended."""

    started = Signal()
    finished = Signal(bool, str)
    """Whether the key was replaced, and the sentence that says what happened."""

    def __init__(
        self,
        session: UserSession,
        operations: Operations,
        *,
        before: Callable[[], None] | None = None,
        on_lost: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyReplacement")
        self.session = session
        self.operations = operations
        self._before = before
        self._on_lost = on_lost
        self.running = False

    def start(self) -> bool:
        """Begin; False (with :attr:`finished` said) when it could not start."""
        if self.running or self.operations.running(OPERATION_KEY):
            return False
        if self._before is not None:
            self._before()
        resume = hold_all_connections()
        if resume is None:
            self.finished.emit(
                False,
                QCoreApplication.translate(
                    "KeyReplacement",
                    "The database key was not replaced, because TeamDesk is still reading in "
                    "the background. Try again in a moment.",
                ),
            )
            return False
        try:
            replacement = begin_replacing_database_key(self.session)
        except (ServiceError, StoreError) as error:
            resume()
            self.finished.emit(False, refusal_text(error))
            return False
        self.running = True
        self.started.emit()

        def job(progress: Progress) -> None:
            replacement.run(progress.report)

        self.operations.run(
            OPERATION_KEY,
            QCoreApplication.translate("KeyReplacement", "Replacing the database key…"),
            job,
            lambda _none: self._finish(replacement, resume),
            on_failure=lambda text: self._lost(text, resume),
        )
        return True

    def _finish(self, replacement: KeyReplacement, resume: Callable[[], None]) -> None:
        self.running = False
        try:
            replacement.finish()
        except (ServiceError, StoreError) as error:
            self.finished.emit(False, refusal_text(error))
            return
        finally:
            resume()
        self.finished.emit(
            True,
            QCoreApplication.translate(
                "KeyReplacement",
                "The database key is replaced: a key file or database copy kept from before "
                "opens nothing now. The others get the new key at their next sign-in, without "
                "noticing. Backups taken before now still open with the old key: delete those "
                "a switched-off person could reach.",
            ),
        )

    def _lost(self, text: str, resume: Callable[[], None]) -> None:
        """The file could be opened again with neither key: the session cannot go on."""
        self.running = False
        resume()
        sentence = QCoreApplication.translate(
            "KeyReplacement",
            "TeamDesk could not open the database again while replacing its key: {problem} "
            "Sign in again.",
        ).format(problem=text)
        self.finished.emit(False, sentence)
        if self._on_lost is not None:
            self._on_lost(sentence)
