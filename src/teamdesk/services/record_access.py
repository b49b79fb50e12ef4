"""Writing "this person opened this resident's record" to the access log.

The resident page reads the record again after every edit; one opening per person and resident
within ``REOPEN_WINDOW`` is logged once, so the log says who looked, not how often the screen
was redrawn.

Opening a record never waits for another program's write lock (the window would freeze for up
to half a minute): the entry is written at once when the lock is free, else it waits in the
store, in order and with the moment of opening, and is written by the next write, by
:func:`write_waiting_entries` (the GUI retries every second) or when the database closes. It
is never dropped: the access log is a legal requirement.
"""

from __future__ import annotations

from datetime import timedelta

from teamdesk.services.context import ServiceContext
from teamdesk.store.store import to_db

REOPEN_WINDOW = timedelta(minutes=15)


def note_record_opened(ctx: ServiceContext, resident_id: str, *, always: bool = False) -> None:
    """Log that the acting person opened a resident's record (unless they did just now)."""
    store = ctx.store
    if not always:
        since = str(to_db(store.now() - REOPEN_WINDOW))
        # The same person by account id where the events are signed: two accounts may share
        # a name, and one's opening must not hide the other's.
        me = store.actor_id
        recent = store.query_one(
            "SELECT 1 FROM audit_event WHERE table_name = 'resident' AND row_id = ? "
            "AND action = 'open' AND at >= ? AND "
            "(CASE WHEN ? IS NULL THEN actor = ? ELSE signed_by IS ? END) LIMIT 1",
            (resident_id, since, me, ctx.who, me),
        )
        if recent is not None or any(
            e.action == "open" and e.row_id == resident_id and e.actor == ctx.who
            for e in store.pending  # written by this store, so signed by the same account
        ):
            return
    store.audit_soon(
        "open",
        actor=ctx.who,
        table="resident",
        row_id=resident_id,
        summary="opened the resident's record",
    )


def entries_waiting(ctx: ServiceContext) -> bool:
    """Whether access-log entries wait for another program to free the write lock."""
    return bool(ctx.store.pending)


def write_waiting_entries(ctx: ServiceContext) -> bool:
    """Write the access-log entries that waited, if the write lock is free now (never waits);
    returns whether none is left waiting."""
    return ctx.store.write_pending(wait=False)
