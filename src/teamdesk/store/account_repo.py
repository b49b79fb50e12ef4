"""Reading sign-in accounts: rows in, domain objects out. Writes go through the services."""

from __future__ import annotations

import sqlite3

from teamdesk.domain.accounts import Account, AccountRole, person_labels
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
    rows = store.query("SELECT * FROM account WHERE deleted_at IS NULL ORDER BY name COLLATE NAME")
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


def labels(store: Store) -> dict[str, str]:
    """How each account that ever was is named where a log names people by account id: its
    name as it is now, with the start of its id where another account shares the name
    (:func:`teamdesk.domain.accounts.person_labels`). Deleted accounts count too: their
    entries stay in the logs."""
    return person_labels(
        (str(r["id"]), str(r["name"])) for r in store.query("SELECT id, name FROM account")
    )


def label(labels: dict[str, str], account_id: object, name: object) -> str:
    """The person an entry of a log names: looked up by ``account_id`` when it has one that is
    known, else the display name the entry recorded (an entry from before accounts were
    logged by id, or made by a tool)."""
    if account_id is not None and str(account_id) in labels:
        return labels[str(account_id)]
    return "" if name is None else str(name)
