"""The GUI's door to the services: runs a write, puts it on the undo stack, reports refusals.

Every view calls :meth:`Session.run` for a change. The service has already made the change when
the command is pushed, so the command's first ``redo`` does nothing; later undo and redo replay
the recorded row changes through :mod:`teamdesk.services.undo`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from teamdesk.services.bootstrap import another_context
from teamdesk.services.context import NotFound, ServiceContext, ServiceError
from teamdesk.services.errors import StoreError
from teamdesk.services.record_access import entries_waiting, write_waiting_entries
from teamdesk.services.team import Outcome, TeamService
from teamdesk.services.undo import RowChange, reapply, revert
from teamdesk.ui.common.operations import Operations
from teamdesk.ui.common.text import refusal_text, something_went_wrong

log = logging.getLogger(__name__)
T = TypeVar("T")
F = TypeVar("F")


class ServiceCommand(QUndoCommand):
    """One service call on the undo stack, undone and redone from its recorded row changes."""

    def __init__(self, session: Session, text: str, changes: Sequence[RowChange]) -> None:
        super().__init__(text)
        self._session = session
        self._changes = list(changes)
        self._done = True  # the service already ran

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self._changes)

    def redo(self) -> None:
        if self._done:
            return
        if self._session.replay(lambda: reapply(self._session.ctx, self._changes), self.tables):
            self._done = True
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._session.replay(lambda: revert(self._session.ctx, self._changes), self.tables):
            self._done = False
        else:
            self.setObsolete(True)


class Session(QObject):
    """The open database as the GUI sees it: services, the undo stack, and change signals."""

    changed = Signal(object)
    """Data changed (an edit, an undo or a redo); carries the frozenset of table names touched,
    so a view refreshes only when something it shows may have changed."""
    refused = Signal(str)
    """A change was refused or failed; the sentence says what happened and what to do."""
    saved = Signal(str)
    """A change was saved; the text names it."""
    told = Signal(str)
    """Something a person should know that is neither a save nor a refusal."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team = TeamService(ctx)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.last_refusal = ""
        # Slow work (printing, backups) runs here, off the GUI thread; failures are refusals.
        self.ops = Operations(self._refuse, self)
        # Access-log entries that met another program's write lock wait in the store; they
        # are written as soon as it is free, tried every second, never waited for here.
        self._waiting_entries = QTimer(self)
        self._waiting_entries.setObjectName("accessLogRetry")
        self._waiting_entries.setInterval(1000)
        self._waiting_entries.timeout.connect(self._write_waiting_entries)

    def worker_context(self) -> ServiceContext:
        """A context of its own for a job on a worker thread: the same person, another
        connection (see :mod:`teamdesk.ui.common.operations`); the job closes its store."""
        return another_context(self.ctx)

    def _watch_waiting_entries(self) -> None:
        if entries_waiting(self.ctx) and not self._waiting_entries.isActive():
            self._waiting_entries.start()

    def _write_waiting_entries(self) -> None:
        try:
            done = write_waiting_entries(self.ctx)
        except (ServiceError, StoreError):
            log.exception("writing the access-log entries that waited failed; trying again")
            return
        if done:
            self._waiting_entries.stop()

    def run(self, description: str, action: Callable[[], Outcome]) -> Outcome | None:
        """Run a service write; on success put it on the undo stack and return its outcome.

        A refusal is reported through :attr:`refused` and gives None; nothing was changed.
        """
        self.last_refusal = ""
        try:
            outcome = action()
        except (ServiceError, StoreError) as error:
            self._refuse(refusal_text(error))
            return None
        except Exception:
            log.exception("a change failed: %s", description)
            self._refuse(something_went_wrong())
            return None
        if outcome.changes:
            command = ServiceCommand(self, description, outcome.changes)
            self.undo_stack.push(command)  # its first redo() does nothing
            self.changed.emit(command.tables)
            self.saved.emit(description)  # "Saved:" only when something was
        return outcome

    def _refuse(self, sentence: str) -> None:
        self.last_refusal = sentence
        self.refused.emit(sentence)

    def read(self, query: Callable[[], T], fallback: F, *, gone_is_quiet: bool = False) -> T | F:
        """Run a read; a refusal is reported and gives ``fallback``.

        With ``gone_is_quiet``, a record that no longer exists (an undone "add", say) just
        gives ``fallback``: the page shows its empty state instead of an error.
        """
        try:
            return query()
        except NotFound as error:
            if not gone_is_quiet:
                self._refuse(refusal_text(error))
            return fallback
        except (ServiceError, StoreError) as error:
            self._refuse(refusal_text(error))
            return fallback
        finally:
            self._watch_waiting_entries()

    def replay(self, step: Callable[[], None], tables: frozenset[str]) -> bool:
        """Undo or redo one command's rows; a failure is reported and leaves the data as it was."""
        try:
            step()
        except (ServiceError, StoreError) as error:
            self._refuse(refusal_text(error))
            return False
        except Exception:
            log.exception("undo or redo failed")
            self._refuse(something_went_wrong())
            return False
        self.changed.emit(tables)
        return True
