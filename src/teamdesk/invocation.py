"""Whether a command line asks for the CLI or the GUI, decided without importing either.

Kept apart from ``cli.py`` so that starting the program does not pay for the CLI's imports.
"""

from __future__ import annotations

from collections.abc import Sequence

OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--user", "--language"})

VERBS = frozenset(
    {
        "demo-data",
        "coverage",
        "check",
        "export",
        "report",
        "accounts",
        "add-account",
        "reset-password",
        "backup",
        "backups",
        "restore",
        "sync",
        "publish",
        "join",
        "retire-pc",
        "replace-key",
        "pcs",
        "rota",
        "import",
        "help",
    }
)


def is_cli_invocation(args: Sequence[str]) -> bool:
    """Whether the arguments name a subcommand (else they are for the GUI)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg.startswith("-"):
            skip = arg in OPTIONS_WITH_VALUE
            continue
        return arg in VERBS
    return False
