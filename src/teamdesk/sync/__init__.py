"""Offline-first replication between PCs of one house (issue 11).

Each PC keeps its own encrypted database and publishes what was made on it as numbered,
encrypted change sets (:mod:`.changeset`) through a :class:`~.transport.Transport` (today a
shared folder). :mod:`.engine` publishes and applies them through the store's one write path
(:meth:`teamdesk.store.store.Store.apply_remote`), which merges per column by hybrid logical
clock and keeps both texts of a free-text field edited on two PCs.
"""
