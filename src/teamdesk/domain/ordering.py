"""The order of a plan's goals, participants and measures, kept as fractional keys.

A row's position is a short text (``"a0"``, ``"a0V"``, ``"a1"``) that sorts, byte by byte,
between its neighbours. Moving a row writes a new key for that row alone, between the keys of
the rows it lands between, so two PCs that reorder the same list at once (issue 11) each change
only the rows they moved: the merge keeps both moves instead of one PC's renumbering of the
whole list overwriting the other's. Rows whose keys happen to be equal sort by id, the same on
every PC.

The keys come from the ``fractional-indexing`` package (the algorithm Figma and Linear use).
"""

from __future__ import annotations

from collections.abc import Sequence

from fractional_indexing import generate_key_between, generate_n_keys_between


def first_keys(count: int) -> list[str]:
    """``count`` keys in ascending order, for a list given its order for the first time."""
    return list(generate_n_keys_between(None, None, count))


def key_after(last: str | None) -> str:
    """A key that sorts after ``last`` (None: the first key of an empty list)."""
    return str(generate_key_between(last or None, None))


def keys_for_move(ordered: Sequence[tuple[str, str]], index: int, to: int) -> dict[str, str]:
    """The new keys when the row at ``index`` of ``ordered`` ((row id, key) in the list's
    order) moves to ``to``: one key, for the moved row, between its new neighbours. Only when
    those neighbours share a key (two PCs gave the same spot to two rows) is there no key
    between them; then the whole list is given fresh keys in its new order."""
    if not (0 <= index < len(ordered) and 0 <= to < len(ordered)):
        raise IndexError(f"cannot move row {index} to {to} of {len(ordered)}")
    if index == to:
        return {}
    rest = [row for i, row in enumerate(ordered) if i != index]
    moved_id = ordered[index][0]
    lower = rest[to - 1][1] if to > 0 else None
    upper = rest[to][1] if to < len(rest) else None
    if lower is None or upper is None or lower < upper:
        return {moved_id: str(generate_key_between(lower, upper))}
    new_order = [row_id for row_id, _ in rest]
    new_order.insert(to, moved_id)
    return dict(zip(new_order, first_keys(len(new_order)), strict=True))
