"""Undo and redo of whole service calls, from the row changes the write path recorded."""

from __future__ import annotations

from collections.abc import Sequence

from teamdesk.services.context import ServiceContext
from teamdesk.store.store import RowChange


def revert(ctx: ServiceContext, changes: Sequence[RowChange]) -> None:
    """Put every row back as it was before ``changes``, newest first, in one transaction.

    A created row is tombstoned, not removed, so the change log keeps the whole story. Refuses
    when the acting person may not write one of the tables.
    """
    for table in {c.table for c in changes}:
        ctx.require_write(table)
    with ctx.store.transaction():
        for change in reversed(changes):
            if change.before is None:
                ctx.store.tombstone(change.table, change.row_id, actor=ctx.who, summary="undo")
            else:
                ctx.store.update(
                    change.table,
                    change.row_id,
                    change.before,
                    actor=ctx.who,
                    summary="undo",
                    action="undo",
                )


def reapply(ctx: ServiceContext, changes: Sequence[RowChange]) -> None:
    """Make ``changes`` again after :func:`revert` (redo), in one transaction; refuses like
    :func:`revert`."""
    for table in {c.table for c in changes}:
        ctx.require_write(table)
    with ctx.store.transaction():
        for change in changes:
            if change.before is None:
                ctx.store.untombstone(change.table, change.row_id, actor=ctx.who, summary="redo")
            else:
                ctx.store.update(
                    change.table,
                    change.row_id,
                    change.after,
                    actor=ctx.who,
                    summary="redo",
                    action="redo",
                )
