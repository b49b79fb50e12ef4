"""The one place that opens a connection to a TeamDesk database.

The file is encrypted with SQLCipher (the ``sqlcipher3`` driver, which ships SQLCipher in its
wheels). Its 256-bit key is random, made once per installation, and unwrapped at sign-in (see
:mod:`teamdesk.store.keyring`); it is given to SQLCipher as a raw key, so opening costs no key
derivation of its own. Nothing else may open the file its own way: without the key it is noise.

Every connection gets the same settings: WAL so readers never block the writer, synchronous=FULL
so a committed change survives a power cut, foreign keys on, and a busy timeout so a second
window or the CLI waits its turn instead of failing. Transactions are managed by
:class:`teamdesk.store.store.Store`, so the driver's own implicit transactions are off.

``sqlcipher3`` is a fork of the standard library's ``sqlite3`` with the same API, but it raises
its own exception classes. So that ``except sqlite3.OperationalError`` keeps working everywhere
(our code and the tests), the
connection this factory returns translates the driver's errors into the standard library's
classes of the same name on ``execute``/``executemany``/``executescript``/``commit`` and on the
cursors from ``cursor()``. Rows fetched later from a cursor that ``execute`` returned come from
the driver directly (so reading stays as fast as the driver); an error while stepping through
them arrives as the driver's class, which :func:`teamdesk.store.store._translate_errors` knows
too (``DRIVER_ERRORS``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

from sqlcipher3 import dbapi2 as _driver

from teamdesk.domain.collation import nordic_compare
from teamdesk.store.private import database_files_private

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
# SQLCipher 4's default page size; TeamDesk never changes it, so every whole encrypted file is
# a multiple of it.
PAGE_SIZE = 4096

# The driver's error classes, for code that must catch errors raised while fetching rows.
DRIVER_ERRORS: tuple[type[Exception], ...] = (_driver.Error,)
# Any SQLite error, from the standard library or from the driver.
ANY_SQLITE_ERROR: tuple[type[Exception], ...] = (sqlite3.Error, _driver.Error)

_ERROR_NAMES = (
    "Warning",
    "Error",
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
)
_STANDARD_ERROR: dict[type[BaseException], type[Exception]] = {
    getattr(_driver, name): getattr(sqlite3, name) for name in _ERROR_NAMES
}


def standard_error(exc: BaseException) -> BaseException:
    """The standard library's exception for a ``sqlcipher3`` one (same class name, same text,
    same SQLite error code); any other exception unchanged."""
    for cls in type(exc).__mro__:
        target = _STANDARD_ERROR.get(cls)
        if target is not None:
            translated = target(*exc.args)
            for attr in ("sqlite_errorcode", "sqlite_errorname"):
                if hasattr(exc, attr):
                    setattr(translated, attr, getattr(exc, attr))
            translated.__cause__ = exc
            return translated
    return exc


def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except _driver.Error as exc:
        raise standard_error(exc) from exc


class _Cursor:
    """A driver cursor whose errors are the standard library's classes."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def execute(self, sql: str, params: Any = ()) -> _Cursor:
        _call(self._raw.execute, sql, params)
        return self

    def executemany(self, sql: str, seq: Any) -> _Cursor:
        _call(self._raw.executemany, sql, seq)
        return self

    def executescript(self, script: str) -> _Cursor:
        _call(self._raw.executescript, script)
        return self

    def fetchone(self) -> Any:
        return _call(self._raw.fetchone)

    def fetchmany(self, size: int | None = None) -> Any:
        return _call(self._raw.fetchmany, size if size is not None else self._raw.arraysize)

    def fetchall(self) -> Any:
        return _call(self._raw.fetchall)

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return _call(self._raw.__next__)

    def close(self) -> None:
        self._raw.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class CipherConnection:
    """A ``sqlcipher3`` connection that raises the standard library's exception classes.

    It offers ``sqlite3.Connection``'s interface (anything not listed here is passed through to
    the driver), so the factory hands it out typed as one.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    @property
    def raw(self) -> Any:
        """The driver's own connection (for the backup API, which needs two of them)."""
        return self._raw

    def execute(self, sql: str, params: Any = ()) -> Any:
        return _call(self._raw.execute, sql, params)

    def executemany(self, sql: str, seq: Any) -> Any:
        return _call(self._raw.executemany, sql, seq)

    def executescript(self, script: str) -> Any:
        return _call(self._raw.executescript, script)

    def cursor(self, *args: Any) -> _Cursor:
        return _Cursor(_call(self._raw.cursor, *args))

    def commit(self) -> None:
        _call(self._raw.commit)

    def rollback(self) -> None:
        _call(self._raw.rollback)

    def backup(self, target: Any, **kwargs: Any) -> None:
        _call(self._raw.backup, getattr(target, "raw", target), **kwargs)

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> CipherConnection:
        _call(self._raw.__enter__)
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        return _call(self._raw.__exit__, *exc_info)

    @property
    def row_factory(self) -> Any:
        return self._raw.row_factory

    @row_factory.setter
    def row_factory(self, value: Any) -> None:
        self._raw.row_factory = value

    @property
    def text_factory(self) -> Any:
        return self._raw.text_factory

    @text_factory.setter
    def text_factory(self, value: Any) -> None:
        self._raw.text_factory = value

    @property
    def isolation_level(self) -> Any:
        return self._raw.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: Any) -> None:
        self._raw.isolation_level = value

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher a raw 256-bit key (no key derivation of its own)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path, key: bytes, *, read_only: bool = False, main_file_only: bool = False
) -> sqlite3.Connection:
    """A connection with TeamDesk's settings, keyed; writes nothing by itself.

    SQLCipher reads the first page to check the key, so a wrong key or a file that is noise
    fails here ("file is not a database"), and a file cut short fails as "malformed".
    ``read_only`` opens the file so that no write can reach it (for checking backups);
    ``main_file_only`` (read-only too) reads the database file alone, ignoring and creating no
    WAL or shared-memory file, for checking a file before anything may replay a WAL onto it.
    """
    target = str(path)
    if read_only or main_file_only:
        target = f"{path.resolve().as_uri()}?mode=ro"
        if main_file_only or not path.with_name(path.name + "-wal").exists():
            # Nobody is writing it: read it as an unchanging file, so no -wal or -shm is made.
            target += "&immutable=1"
    raw = _call(
        _driver.connect,
        target,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
        uri=read_only or main_file_only,
    )
    conn = CipherConnection(raw)
    if not read_only:
        # Opening made the file if it was not there (with the process's umask): owner-only
        # now, before a byte is in it; SQLite's -wal and -shm files take the same mode.
        database_files_private(path)
    try:
        conn.row_factory = _driver.Row
        # SQLCipher logs a failed page check to stderr; TeamDesk reports it as a sentence.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        # Names in the Danish and Norwegian alphabet (æ, ø, å after z; Aa is Å): ORDER BY ...
        # COLLATE NAME. SQLite's NOCASE folds A-Z only and puts Å before Æ before Ø.
        raw.create_collation("NAME", nordic_compare)
        # 32 MiB of page cache: the Today view reads every resident, staff member and assignment.
        conn.execute("PRAGMA cache_size=-32768")
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def configure_for_writing(conn: sqlite3.Connection) -> None:
    """Settings that write to the file; called only once the file is known to be ours."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
