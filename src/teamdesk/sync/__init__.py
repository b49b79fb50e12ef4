"""Offline-first replication between PCs (change sets, merge, transports). Not built yet; the
change log and hybrid logical clock in ``teamdesk.store`` are kept so it can be added."""
