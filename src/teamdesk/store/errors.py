"""Storage errors a person can act on, each with a sentence that says what to do."""

from __future__ import annotations

from pathlib import Path

from teamdesk.domain.text import N_, Message


class StoreError(Exception):
    """A storage problem a person can act on; ``message`` says what happened and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class NotATeamDeskDatabaseError(StoreError):
    """The file is not a SQLite database, or not one TeamDesk made."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            Message(
                N_(
                    "The file {path} is not a TeamDesk database{detail}. It was left as it "
                    "was. Choose another data folder, or restore a backup."
                ),
                {"path": str(path), "detail": f" ({detail})" if detail else ""},
            )
        )
        self.path = path


class DatabaseCorruptError(StoreError):
    """The database is damaged (truncated, overwritten, failed integrity check)."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            Message(
                N_(
                    "The database {path} is damaged{detail}. TeamDesk did not change it. "
                    "Restore the newest backup, or ask your IT contact for help."
                ),
                {"path": str(path), "detail": f" ({detail})" if detail else ""},
            )
        )
        self.path = path


class DatabaseTooNewError(StoreError):
    """The database was written by a newer TeamDesk than this one."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            Message(
                N_(
                    "The database {path} was made by a newer version of TeamDesk (schema "
                    "{found}; this version reads up to {supported}). It was left as it was. "
                    "Install the newest TeamDesk on this PC."
                ),
                {"path": str(path), "found": found, "supported": supported},
            )
        )
        self.path = path


class DatabaseBusyError(StoreError):
    """Another program holds the database lock for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                N_(
                    "The database is in use by another TeamDesk window or program. Nothing "
                    "was lost; try again in a moment."
                )
            )
        )


class DatabaseClosedError(StoreError):
    """The store's connection is closed for a moment (its key is being replaced, see
    :meth:`teamdesk.store.store.Store.continue_on`) or for good."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                N_(
                    "TeamDesk has closed the database for a moment while its key is replaced. "
                    "Nothing was lost; try again in a moment."
                )
            )
        )


class DiskFullError(StoreError):
    """The disk is full; the last change was not saved."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                N_(
                    "The disk is full, so TeamDesk could not save. Free some space (or ask "
                    "your IT contact) and try again; everything saved before is safe."
                )
            )
        )


class NotEncryptedDatabaseError(NotATeamDeskDatabaseError):
    """A plain (unencrypted) SQLite file where TeamDesk's encrypted database should be."""

    def __init__(self, path: Path) -> None:
        StoreError.__init__(
            self,
            Message(
                N_(
                    "The file {path} is an unencrypted SQLite database, perhaps another "
                    "program's; TeamDesk keeps its data encrypted and opens only its own "
                    "encrypted databases. It was left as it was. Choose another data folder, "
                    "or restore a backup."
                ),
                {"path": str(path)},
            ),
        )
        self.path = path


class KeyringError(StoreError):
    """The key file next to the database is missing, damaged or does not fit the database."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            Message(
                N_(
                    "TeamDesk cannot use the key file {path} ({detail}). Without it the "
                    "encrypted database cannot be opened. Nothing was changed. Every backup "
                    "keeps a copy of it: put it back with 'teamdesk restore --key-file', or "
                    "ask your IT contact for help."
                ),
                {"path": str(path), "detail": detail},
            )
        )
        self.path = path


class StaleWalError(StoreError):
    """A write-ahead log beside the database that does not belong to it; it was not applied."""

    def __init__(self, path: Path, wal: Path) -> None:
        super().__init__(
            Message(
                N_(
                    "Beside the database {path} lies a file of unsaved changes ({wal}) that "
                    "does not belong to it: it is older than the database, perhaps copied back "
                    "from an older copy of the folder. Applying it would overwrite newer work, "
                    "so TeamDesk did not apply it and changed nothing. Move {wal} out of the "
                    "folder (keep it for your IT contact) and start TeamDesk again."
                ),
                {"path": str(path), "wal": wal.name},
            )
        )
        self.path = path
        self.wal = wal


class FolderNotWritableError(StoreError):
    """The data folder, or a file in it, cannot be written by this account."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            Message(
                N_(
                    "TeamDesk cannot write to {path}{detail}: the folder or the file is "
                    "read-only for this account. Nothing was changed. Ask your IT contact to "
                    "give the TeamDesk users write access to the folder {folder}."
                ),
                {
                    "path": str(path),
                    "detail": f" ({detail})" if detail else "",
                    "folder": str(path if path.is_dir() else path.parent),
                },
            )
        )
        self.path = path
