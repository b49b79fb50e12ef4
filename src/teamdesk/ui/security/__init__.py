"""Signing in, the lock screen, accounts, the access log and backups."""
