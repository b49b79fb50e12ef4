"""Writing one of the house's settings (a limit, a role name, a remembered column mapping)."""

from __future__ import annotations

from teamdesk.services.context import ServiceContext


def write_setting(ctx: ServiceContext, key: str, value: str) -> None:
    """Set the house setting ``key`` to ``value`` through the write path (in the caller's
    transaction and recording): made the first time, changed after.

    A setting whose making was undone is a removed row: it is brought back with the new value.
    Changing its value alone would leave it removed, so the new value would never be read (the
    limit set again after an undo seemed saved and was not)."""
    row = ctx.store.get("setting", key)
    if row is None:
        ctx.store.insert("setting", {"value": value}, actor=ctx.who, row_id=key)
    elif row["deleted_at"] is not None:
        ctx.store.update("setting", key, {"value": value, "deleted_at": None}, actor=ctx.who)
    else:
        ctx.store.update("setting", key, {"value": value}, actor=ctx.who)
