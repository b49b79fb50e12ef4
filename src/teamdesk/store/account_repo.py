"""Reading sign-in accounts: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3

from teamdesk.domain.accounts import Account, AccountRole
from teamdesk.store.store import Store


def account_from_row(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"],
        name=row["name"],
        role=AccountRole(row["role"]),
        staff_id=row["staff_id"],
        unit_id=row["unit_id"],
        active=bool(row["active"]),
    )


def accounts(store: Store) -> list[Account]:
    """Every account that is not deleted, active or not, by name."""
    rows = store.query(
        "SELECT * FROM account WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
    )
    return [account_from_row(r) for r in rows]


def account(store: Store, account_id: str) -> Account | None:
    row = store.query_one(
        "SELECT * FROM account WHERE id = ? AND deleted_at IS NULL", (account_id,)
    )
    return account_from_row(row) if row else None


def active_administrators(store: Store) -> list[str]:
    rows = store.query(
        "SELECT id FROM account WHERE deleted_at IS NULL AND active = 1 AND role = ?",
        (AccountRole.ADMINISTRATOR.value,),
    )
    return [r["id"] for r in rows]
