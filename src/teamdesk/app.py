"""Process start: arguments, data location, then either the CLI or the Qt main window.

Qt is imported only on the GUI path, so the CLI starts fast and runs where no display is.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from teamdesk import __version__
from teamdesk.cli_parsing import help_text
from teamdesk.domain.text import N_, Translate, as_written

PROCESS_START = time.perf_counter()


def gui_arguments(translate: Translate = as_written) -> argparse.ArgumentParser:
    """The program's own options, described in ``translate``'s language (argparse's words too,
    inside :func:`~teamdesk.cli_parsing.argparse_speaking`)."""
    parser = argparse.ArgumentParser(
        prog="teamdesk",
        description=translate(
            N_(
                "TeamDesk: teams, individual plans and meetings for housing communities. "
                "Without a subcommand it opens the program; run 'teamdesk help' for the "
                "subcommands."
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"TeamDesk {__version__}",
        help=help_text(N_("print the version"), translate),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate(N_("DIR")),
        help=help_text(
            N_(
                "folder that holds teamdesk.sqlite3 (with --demo: an empty folder, or one that "
                "holds a demo, to use instead of the usual demo folder)"
            ),
            translate,
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=help_text(N_("open a separate demo database with fictional data"), translate),
    )
    parser.add_argument(
        "--language",
        choices=("nb", "da", "en"),
        help=help_text(
            N_(
                "language of the program and what it prints: nb (Norwegian bokmål), da (Danish) "
                "or en (English); default: TEAMDESK_LANGUAGE, else the system's language"
            ),
            translate,
        ),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=help_text(
            N_(
                "open the main window, wait until it shows data, print the milliseconds from "
                "process start to ready, and exit"
            ),
            translate,
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from teamdesk.services.locations import restrict_new_files

    # Before any file is made: whatever this process creates is its user's only.
    restrict_new_files()
    from teamdesk.invocation import is_cli_invocation

    if is_cli_invocation(args):
        from teamdesk.cli import main as cli_main

        return cli_main(args)
    from teamdesk.cli_parsing import argparse_speaking, choose_cli_language, translator_for

    # The help and argparse's refusals in the language the window will speak.
    translate = translator_for(choose_cli_language(args))
    with argparse_speaking(translate):
        options = gui_arguments(translate).parse_args(args)
    from teamdesk.ui.launch import run_gui

    return run_gui(options, process_start=PROCESS_START)


if __name__ == "__main__":
    raise SystemExit(main())
