"""Writing "this person opened this resident's record" to the access log.

The resident page reads the record again after every edit; one opening per person and resident
within ``REOPEN_WINDOW`` is logged once, so the log says who looked, not how often the screen
was redrawn.
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
        recent = store.query_one(
            "SELECT 1 FROM audit_event WHERE table_name = 'resident' AND row_id = ? "
            "AND action = 'open' AND actor = ? AND at >= ? LIMIT 1",
            (resident_id, ctx.who, since),
        )
        if recent is not None:
            return
    store.audit(
        "open",
        actor=ctx.who,
        table="resident",
        row_id=resident_id,
        summary="opened the resident's record",
    )
