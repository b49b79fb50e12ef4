"""`teamdesk <subcommand>`: admin and scripting verbs over the same services as the GUI.

Exit codes: 0 done (warnings are not failures), 2 refused or unsound (a sentence on stderr says
why and what to do), 1 a bug (traceback in the log).

Verbs that read or change data act as a named account: ``--user NAME``, with the password from
the ``TEAMDESK_PASSWORD`` environment variable or typed at a prompt. A verb the account's role
does not allow is refused with a sentence and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from teamdesk.cli_parsing import argparse_speaking, choose_cli_language, help_text
from teamdesk.domain.accounts import ROLE_TITLES, AccountRole, Actor, password_rule
from teamdesk.domain.findings import Severity
from teamdesk.domain.rota import ShiftKind
from teamdesk.domain.text import (
    N_,
    Hours,
    Message,
    Nn_,
    Translate,
    english_plural,
    format_clock,
    format_day,
)
from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.services.signin import FolderState, UserSession, folder_state, sign_in
from teamdesk.store.backup import list_backups
from teamdesk.store.errors import StoreError
from teamdesk.store.keyring import keyring_path
from teamdesk.store.paths import DATABASE_FILE, DataLocation, resolve_data_dir
from teamdesk.store.private import restrict_new_files
from teamdesk.store.store import Store, os_error_sentence

EXIT_OK = 0
EXIT_REFUSED = 2

ENV_PASSWORD = "TEAMDESK_PASSWORD"
ENV_NEW_PASSWORD = "TEAMDESK_NEW_PASSWORD"
ENV_BACKUP_PASSWORD = "TEAMDESK_BACKUP_PASSWORD"


class CliError(Exception):
    """A refusal with a sentence for the person at the terminal."""


def _as_written(text: str, n: int = -1, /) -> str:
    return text


# The language the command line speaks (``--language``, ``TEAMDESK_LANGUAGE``, the system's
# locale): set by :func:`main`. Machine formats (JSON, CSV codes, ISO dates there) stay as
# they are; sentences and headings go through TeamDesk's translations, as in the window.
_translate: Translate = _as_written


_SEVERITY_WORDS = {
    Severity.ALERT: N_("alert"),
    Severity.WARNING: N_("warning"),
    Severity.INFO: N_("info"),
}


def severity_word(severity: Severity) -> str:
    """A finding's severity as the command line's language says it (alert, warning, info)."""
    return _t(_SEVERITY_WORDS[severity])


def cli_translate() -> Translate:
    """The command line's translation (the English source when it speaks English)."""
    return _translate


def _t(text: str) -> str:
    """A sentence or heading of the command line (marked with ``N_``) in its language."""
    return _translate(text)


def document_translate() -> Translate | None:
    """The translation for a document the command line writes (a PDF, an .ics, a CSV file for
    people): None in English, so a document is written as the services write it by default."""
    return None if _translate is _as_written else _translate


def shift_hours(kind: ShiftKind) -> str:
    """A shift's hours as the command line's language writes times ("07.30–15.30" in Danish)."""
    return Hours(kind.start, kind.end).in_language(_translate)


def _role(role: AccountRole) -> str:
    """An account's role as the command line's language names it (lower case, in a list)."""
    return _t(ROLE_TITLES[role]).lower()


def folder_given(out: Path, example: Path) -> CliError:
    """The refusal of an --out that names a folder."""
    return CliError(
        _say(
            N_("{path} is a folder; give a file name such as {example}."),
            path=out,
            example=example,
        )
    )


def could_not_write(out: Path, exc: OSError) -> CliError:
    """The refusal of an --out file the system would not let us write."""
    return CliError(
        _say(
            N_("Could not write {path}: {reason}. Choose another folder."),
            path=out,
            reason=exc.strerror or exc,
        )
    )


def _count(text: str, n: int) -> str:
    """A count's sentence (marked with ``Nn_``) in the command line's language, for ``n``."""
    return english_plural(_translate(text, n), n)


def _say(text: str, **values: object) -> str:
    """A marked sentence in the command line's language with its values filled in."""
    return _translate(text).format(**values)


def _speak(language: str) -> None:
    """Speak ``language`` from now on (English when its translation is missing)."""
    global _translate
    translator = None
    if language != "en":
        from teamdesk.ui.language import text_translator

        translator = text_translator(language)
    _translate = translator or _as_written


def _h(text: str) -> str:
    """An option's help (marked with ``N_``) in the command line's language, for argparse."""
    return help_text(text, _translate)


def _language_help() -> str:
    return _h(
        N_(
            "language of the sentences and headings: nb (Norwegian bokmål), da (Danish) or en "
            "(English); default: TEAMDESK_LANGUAGE, else the system's locale (machine formats "
            "such as --format json stay as they are)"
        )
    )


def _parser() -> argparse.ArgumentParser:
    """The verbs and their options, described in the command line's language (argparse's own
    words too, while :func:`argparse_speaking` lasts; :func:`_main` builds and parses in it)."""
    parser = argparse.ArgumentParser(
        prog="teamdesk", description=_t(N_("TeamDesk administration and scripting verbs."))
    )
    parser.add_argument("--language", choices=("nb", "da", "en"), help=_language_help())
    sub = parser.add_subparsers(dest="verb", required=True, metavar=_t(N_("VERB")))
    name_ = _t(N_("NAME"))
    file_ = _t(N_("FILE"))
    folder_ = _t(N_("DIR"))
    day_ = _t(N_("YYYY-MM-DD"))

    def verb(name: str, description: str, user: bool = True) -> argparse.ArgumentParser:
        said = _t(description)
        p = sub.add_parser(name, help=said.replace("%", "%%"), description=said)
        p.add_argument(
            "--data-dir", metavar=folder_, help=_h(N_("folder that holds teamdesk.sqlite3"))
        )
        p.add_argument(
            "--language",
            choices=("nb", "da", "en"),
            default=argparse.SUPPRESS,
            help=_h(N_("nb, da or en (as before the verb)")),
        )
        if user:
            p.add_argument(
                "--user",
                metavar=name_,
                help=_h(N_("the account to act as (password from {variable} or a prompt)")).format(
                    variable=ENV_PASSWORD
                ),
            )
        return p

    p = verb(
        "demo-data",
        N_(
            "Create a fictional demo municipality, with one demo account per role, in an empty "
            "data folder."
        ),
        user=False,
    )
    p.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help=_h(N_("multiply the size: 1 is 25 residents, 100 about 2,500")),
    )
    p.add_argument(
        "--rotas",
        action="store_true",
        help=_h(
            N_(
                "also give every unit a realistic 12-week rota (day, evening, night and long "
                "weekend shifts, part-time staff), as the program's --demo does"
            )
        ),
    )
    p = verb("coverage", N_("Who covers each resident on a day, at a moment or on a shift."))
    p.add_argument("--date", type=_iso_date, metavar=day_, help=_h(N_("the day (default: today)")))
    p.add_argument(
        "--at",
        type=_moment,
        metavar=_t(N_('"YYYY-MM-DD HH:MM"')),
        help=_h(N_("who of each resident's people is on shift at that moment")),
    )
    p.add_argument(
        "--shift",
        metavar=_t(N_("CODE")),
        help=_h(N_("a shift code (D, A, N...): who is on that shift of --date")),
    )
    _format_argument(p, ["text", "json"])
    p = verb("rota", N_("A unit's rota: import one from a CSV or Excel file, or show it."))
    p.add_argument("action", choices=["import", "show"])
    p.add_argument(
        "file", nargs="?", metavar=file_, help=_h(N_("for import: the .csv or .xlsx file"))
    )
    _rota_arguments(p)
    p = verb(
        "import",
        N_(
            "Import a list a house keeps in Excel or CSV: a unit's rota, the staff list, or the "
            "residents with their primary and secondary contacts and team members."
        ),
    )
    p.add_argument("what", choices=["rota", "staff", "residents"])
    p.add_argument("file", metavar=file_, help=_h(N_("the .csv or .xlsx file")))
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_t(N_("FIELD=HEADING")),
        help=_h(
            N_(
                "for staff and residents: which column holds a field (staff: name, "
                "employee_number, education, fte_percent, unit, peer_worker; residents: name, "
                "room, unit, moved_in, primary, secondary, members); default: the columns used "
                "last, else guessed from the headings"
            )
        ),
    )
    _rota_arguments(p, unit_required=False)
    p = verb("check", N_("Check the database (integrity, audit chain) and list all rule warnings."))
    _format_argument(p, ["text", "json"])
    p.add_argument(
        "--record-audit-head",
        action="store_true",
        help=_h(
            N_(
                "administrators: after looking into an audit-anchor problem, record the audit "
                "log's head anew (the acceptance is itself written to the audit log)"
            )
        ),
    )
    verb(
        "replace-key",
        N_(
            "Administrators: replace the database key after switching an account off, so a key "
            "kept from before opens the database no more (TeamDesk must be closed everywhere "
            "else; the other accounts get the new key at their next sign-in)."
        ),
    )
    p = verb(
        "export",
        N_(
            "Write a document as a file: the individual plan of a resident as PDF, or a "
            "meeting's agenda or minutes as PDF, or its calendar invitation (.ics)."
        ),
    )
    p.add_argument(
        "what", choices=["plan", "agenda", "minutes", "ics"], help=_h(N_("what to export"))
    )
    p.add_argument(
        "--resident",
        metavar=name_,
        help=_h(N_('for a plan: the resident\'s name or id, e.g. "Per Hansen"')),
    )
    p.add_argument(
        "--meeting",
        metavar="ID",
        help=_h(N_("for agenda, minutes or ics: the meeting's id (teamdesk report meetings)")),
    )
    p.add_argument("--out", required=True, metavar=file_, help=_h(N_("the file to write")))
    p.add_argument(
        "--version",
        type=int,
        metavar="N",
        help=_h(N_("an approved version (default: the plan as it is now)")),
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help=_h(N_('the one-page "My plan" for the resident instead')),
    )
    p = verb(
        "report",
        N_(
            "Print a report: the coordinator overview (leaders), upcoming meetings with their "
            "ids, or how the team around a resident works together (check-in results)."
        ),
    )
    p.add_argument(
        "what", choices=["coordinators", "meetings", "relations"], help=_h(N_("which report"))
    )
    _format_argument(p, ["text", "json", "csv", "pdf"])
    p.add_argument(
        "--out",
        metavar=file_,
        help=_h(N_("write the coordinator overview or the relations report to this file")),
    )
    p.add_argument(
        "--resident",
        metavar=name_,
        help=_h(N_("meetings: every meeting about this resident instead; relations: whose team")),
    )
    verb("accounts", N_("List the accounts and their roles (administrators)."))
    p = verb(
        "add-account",
        N_(
            "Create an account (administrators); its password comes from TEAMDESK_NEW_PASSWORD "
            "or a prompt."
        ),
    )
    p.add_argument(
        "name",
        metavar=name_,
        help=_h(N_('the person\'s name as shown at sign-in, e.g. "Kari Nordmann"')),
    )
    p.add_argument(
        "--role",
        required=True,
        choices=["administrator", "leader", "coordinator", "staff", "read_only"],
        help=_h(N_("what the account may do")),
    )
    p = verb(
        "reset-password",
        N_(
            "Give an account a new password and lift a lock (administrators); the new password "
            "comes from TEAMDESK_NEW_PASSWORD or a prompt."
        ),
    )
    p.add_argument("name", metavar=name_, help=_h(N_("the account's name")))
    verb("backup", N_("Take a checked backup of the database now."))
    verb("backups", N_("List the backups with the result of checking each one."))
    p = verb(
        "restore",
        N_(
            "Put a backup in place of the database; the current file is kept aside, never "
            "overwritten."
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--backup", metavar=file_, help=_h(N_("the backup file to restore")))
    which.add_argument(
        "--newest", action="store_true", help=_h(N_("the newest backup that is sound"))
    )
    which.add_argument(
        "--key-file",
        action="store_true",
        help=_h(
            N_(
                "put back only a lost or damaged key file, from the newest backup's copy that "
                "your password opens; the database is left as it is"
            )
        ),
    )
    p.add_argument(
        "--other-installation",
        action="store_true",
        help=_h(
            N_(
                "with --backup: confirm, as an administrator of this data folder, a backup of "
                "another TeamDesk installation (opened with your account in its key file; the "
                "password from {variable} when it differs)"
            )
        ).format(variable=ENV_BACKUP_PASSWORD),
    )
    p = verb(
        "sync",
        N_(
            "Exchange changes with the house's other PCs through a shared folder (a file share, "
            "a OneDrive folder, a USB stick); 'sync status' says what waits."
        ),
    )
    p.add_argument(
        "what",
        nargs="?",
        choices=["now", "status"],
        default="now",
        help=_h(N_("now (default) or status")),
    )
    p.add_argument(
        "--target",
        metavar=folder_,
        help=_h(N_("the shared folder (remembered on this PC; default: the one used last)")),
    )
    p = verb(
        "publish",
        N_(
            "Publish this house to a shared folder so other PCs can join from it "
            "(administrators): this PC's changes and a snapshot with the key file; the folder "
            "becomes this PC's sync folder."
        ),
    )
    p.add_argument("--target", metavar=folder_, required=True, help=_h(N_("the shared folder")))
    p = verb(
        "join",
        N_(
            "Make this PC one of a house's PCs, from the shared folder the house was published "
            "to (an administrator of the house signs in; the data folder must be empty)."
        ),
    )
    p.add_argument("--target", metavar=folder_, required=True, help=_h(N_("the shared folder")))
    p = verb(
        "retire-pc",
        N_(
            "Retire a lost or given-away PC (administrators): what it synced stays, the house "
            "gets a new key it cannot open, and what it publishes afterwards is refused."
        ),
    )
    p.add_argument(
        "pc", metavar=name_, help=_h(N_("the PC's name or id, as 'teamdesk pcs' lists it"))
    )
    verb("pcs", N_("List the house's other PCs this one knows, with their ids (administrators)."))
    said = _t(N_("Show this help."))
    sub.add_parser("help", help=said, description=said)
    return parser


def _format_argument(p: argparse.ArgumentParser, formats: list[str]) -> None:
    p.add_argument(
        "--format",
        choices=formats,
        default="text",
        help=_h(N_("text for people (default); the others for programs and files")),
    )


def _rota_arguments(p: argparse.ArgumentParser, *, unit_required: bool = True) -> None:
    p.add_argument(
        "--unit",
        required=unit_required,
        metavar=_t(N_("NAME")),
        help=_h(N_("the unit's name (for a rota: required)")),
    )
    p.add_argument(
        "--week",
        type=int,
        metavar="N",
        help=_h(N_("for show: one week of the cycle (1 is the first)")),
    )
    p.add_argument(
        "--who-column",
        metavar=_t(N_("HEADING")),
        help=_h(
            N_(
                "for import: the heading of the column that names the person (default: the one "
                "used last for this unit, else guessed from the headings)"
            )
        ),
    )
    p.add_argument(
        "--who",
        choices=["number", "name"],
        default="name",
        help=_h(N_("whether that column holds employee numbers or names")),
    )
    p.add_argument(
        "--starts",
        type=_iso_date,
        metavar=_t(N_("YYYY-MM-DD")),
        help=_h(
            N_(
                "for a unit with no rota yet: the date of the cycle's day 1 (default: the "
                "file's first date)"
            )
        ),
    )
    p.add_argument("--yes", action="store_true", help=_h(N_("write without asking")))


def _moment(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            _say(
                N_(
                    "'{value}' is not a moment; write it as \"YYYY-MM-DD HH:MM\", for example "
                    '"2026-11-25 15:00"'
                ),
                value=text,
            )
        ) from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _say(
                N_("'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-11-25"),
                value=text,
            )
        ) from None


def main(argv: Sequence[str]) -> int:
    restrict_new_files()  # owner-only files, also when the verbs are called without app.main
    _speak(choose_cli_language(argv))
    try:
        with terminal_safe_output():
            return _main(argv)
    finally:
        _speak("en")


def _main(argv: Sequence[str]) -> int:
    try:
        _refuse_undecodable(argv)
    except CliError as exc:
        print(f"teamdesk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    with argparse_speaking(_translate):
        parser = _parser()
        args = parser.parse_args(list(argv))
        if args.verb == "help":
            parser.print_help()
            return EXIT_OK
    handler: Callable[[argparse.Namespace], int] = HANDLERS[args.verb]
    try:
        return handler(args)
    except CliError as exc:
        print(f"teamdesk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except (ServiceError, StoreError) as exc:
        print(f"teamdesk: {_render(exc.message)}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        sentence = os_error_sentence(exc)
        if sentence is None:
            raise
        print(f"teamdesk: {_render(sentence.message)}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        sys.stderr.close()
        return EXIT_OK


def _render(message: Message) -> str:
    """A core sentence in the command line's language."""
    return message.in_language(_translate)


# What a terminal would act on instead of showing: C0 and C1 controls but tab, line feed and
# carriage return (ANSI escapes start with ESC, U+009B), bidi marks, embeddings, overrides and
# isolates, invisible spaces, and lone surrogates (bytes that were not UTF-8).
_TERMINAL_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2069\ufeff\ud800-\udfff]"
)


def terminal_safe(text: str) -> str:
    """``text`` with every character a terminal would act on written as its escape (\\x1b,
    \\u202e): a name stored before the input rule cannot recolour, move or reorder the screen."""
    return _TERMINAL_UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class _TerminalSafeStream:
    """A text stream that writes :func:`terminal_safe` text to the stream it wraps."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        written: int = self._stream.write(terminal_safe(text))
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Everything the CLI prints (reports, names in sentences, JSON, CSV) goes through
    :func:`terminal_safe` while the context lasts."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _TerminalSafeStream(sys.stdout)
    sys.stderr = _TerminalSafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


# Options whose value is a file or folder: a path may hold bytes that are not UTF-8 (Linux
# allows any), and Python keeps them as lone surrogates that open the right file.
_PATH_OPTIONS = ("--data-dir", "--out", "--backup")


def _has_undecodable(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def _as_typed(text: str) -> str:
    """``text`` as the bytes it came from, with the ones that are not UTF-8 as \\xff."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _refuse_undecodable(argv: Sequence[str]) -> None:
    """Refuse, with a sentence, a command-line word (other than a path) or a password in the
    environment that is not UTF-8 text: a name cannot be looked up, saved or printed then."""
    after_path_option = False
    for arg in argv:
        is_path = after_path_option or arg.startswith(tuple(f"{o}=" for o in _PATH_OPTIONS))
        after_path_option = arg in _PATH_OPTIONS
        if not is_path and _has_undecodable(arg):
            raise CliError(
                _say(
                    N_(
                        "'{word}' on the command line is not UTF-8 text (the \\x.. part). Type "
                        "it again, or set the terminal to UTF-8."
                    ),
                    word=_as_typed(arg),
                )
            )
    for variable in (ENV_PASSWORD, ENV_NEW_PASSWORD):
        if _has_undecodable(os.environ.get(variable, "")):
            raise CliError(
                _say(
                    N_(
                        "{variable} is not UTF-8 text. Set it again from a UTF-8 terminal, or "
                        "unset it to be asked for the password."
                    ),
                    variable=variable,
                )
            )


def _existing_location(args: argparse.Namespace) -> DataLocation:
    """The data folder, refused with a sentence unless it holds a database and its key file."""
    location = resolve_data_dir(args.data_dir)
    state = folder_state(location)
    if state is FolderState.NEW or state is FolderState.DATABASE_MISSING:
        if state is FolderState.DATABASE_MISSING and args.verb in {"restore", "backups"}:
            return location
        raise CliError(
            _say(
                N_(
                    "There is no TeamDesk database in {folder} (looked for {file}, chosen by "
                    "{source}). Check the folder, set it up by starting TeamDesk, or create "
                    "demo data with 'teamdesk demo-data --data-dir DIR'."
                ),
                folder=location.directory,
                file=DATABASE_FILE,
                source=location.source,
            )
        )
    if state is FolderState.KEYS_MISSING:
        copies = any(b.has_key_file for b in list_backups(location.backups))
        if copies and args.verb in {"restore", "backups"}:
            return location
        missing = _say(
            N_(
                "{database} has no key file beside it ({key_file}), so it cannot be opened; it "
                "may not be a TeamDesk database at all. It was left as it was."
            ),
            database=location.database,
            key_file=keyring_path(location.database).name,
        )
        remedy = (
            N_("Put the key file back from a backup's copy with 'teamdesk restore --key-file'.")
            if copies
            else N_("Put the key file back from the data folder's copy, or ask your IT contact.")
        )
        raise CliError(f"{missing} {_t(remedy)}")
    return location


def _ask_password(prompt: str) -> str:
    """A password typed at the terminal; refuses bytes that are not text in its encoding."""
    try:
        return getpass.getpass(prompt)
    except UnicodeDecodeError:
        raise CliError(
            _t(
                N_(
                    "What was typed is not text in the terminal's encoding; set the terminal to "
                    "UTF-8 and try again."
                )
            )
        ) from None


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The account name from --user and its password from the environment or a prompt."""
    if not args.user:
        raise CliError(
            _say(
                N_(
                    "Say which account to act as with --user NAME (the password comes from "
                    "{variable} or a prompt). 'teamdesk demo-data' prints the demo accounts."
                ),
                variable=ENV_PASSWORD,
            )
        )
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(
                _say(
                    N_(
                        "No password for {user}: set {variable}, or run the command in a "
                        "terminal to be asked for it."
                    ),
                    user=args.user,
                    variable=ENV_PASSWORD,
                )
            )
        password = _ask_password(_say(N_("Password for {user}: "), user=args.user))
    return args.user, password


def _signed_in(args: argparse.Namespace) -> UserSession:
    location = _existing_location(args)
    user, password = _credentials(args)
    session = sign_in(location, user, password)
    for problem in (session.store.opening_notice, session.backup_problem):
        if problem is not None:
            print(f"teamdesk: {_t(N_('warning'))}: {_render(problem)}", file=sys.stderr)
    return session


def _open_existing(args: argparse.Namespace) -> tuple[Store, DataLocation]:
    """Sign in as ``--user`` and open the database; the signed-in person is ``args.actor``."""
    session = _signed_in(args)
    args.actor = session.account.actor()
    return session.store, session.location


def _context(store: Store, actor: Actor) -> ServiceContext:
    return ServiceContext(store, actor)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from teamdesk.services.bootstrap import DEMO_PASSWORD, create_demo_folder, demo_accounts

    if args.scale < 1:
        raise CliError(_t(N_("--scale must be 1 or more.")))
    location = resolve_data_dir(args.data_dir)
    if folder_state(location) is not FolderState.NEW or location.database.exists():
        raise CliError(
            _say(
                N_(
                    "{folder} already holds a TeamDesk database ({database}); it was left as it "
                    "was. Demo data goes only into an empty data folder, so real data is never "
                    "mixed with fiction."
                ),
                folder=location.directory,
                database=location.database,
            )
        )
    # In Danish the demo is a Danish municipality (names, afdelinger, plans, meetings).
    language = document_translate()
    summary = create_demo_folder(location, scale=args.scale, translate=language, rotas=args.rotas)
    accounts = demo_accounts(language)
    print(
        _say(
            N_(
                "Demo data created in {folder}: {units} units, {residents} residents, "
                "{staff} staff, {teams} teams, {assignments} assignments, {absences} absences."
            ),
            folder=location.directory,
            units=summary.units,
            residents=summary.residents,
            staff=summary.staff,
            teams=summary.teams,
            assignments=summary.assignments,
            absences=summary.absences,
        )
    )
    print(_say(N_("Demo accounts (password for all: {password}):"), password=DEMO_PASSWORD))
    for name, role in accounts:
        print(f"  {name}  ({_role(role)})")
    print(
        _t(N_("Example:")) + f" {ENV_PASSWORD}={DEMO_PASSWORD} teamdesk coverage --data-dir "
        f'{location.directory} --user "{accounts[1][0]}"'
    )
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    from teamdesk.services.team import TeamService

    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        day = args.at.date() if args.at else args.date or date.today()
        heading = _say(N_("Coverage on {date}"), date=format_day(day, _translate))
        if args.at:
            rows = TeamService(ctx).coverage_at(args.at)
            heading = _say(
                N_("Coverage at {date} {time}"),
                date=format_day(args.at.date(), _translate),
                time=format_clock(args.at.time(), _translate),
            )
        elif args.shift:
            from teamdesk.services.rota import RotaService

            kind = RotaService(ctx).shift_kind_by_code(args.shift)
            rows = TeamService(ctx).coverage_for_shift(day, kind)
            heading = _say(
                N_("Coverage on {date}, {shift} shift {hours}"),
                date=format_day(day, _translate),
                shift=_t(kind.name),
                hours=shift_hours(kind),
            )
        else:
            rows = TeamService(ctx).coverage(day)
    finally:
        store.close()
    if args.format == "json":
        payload: list[dict[str, Any]] = [
            {
                "resident_id": c.resident_id,
                "resident": c.resident_name,
                "date": c.day.isoformat(),
                "covered_by": c.staff_name,
                "covered_by_id": c.staff_id,
                "because": c.kind.value,
                "away": list(c.away),
                "alert": c.is_alert,
                "shift": c.shift.kind.code if c.shift else None,
                "explanation": _render(c.explanation),
            }
            for c in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{heading} ({_say(N_('residents: {count}'), count=len(rows))})")
    width = max((len(c.resident_name) for c in rows), default=10)
    for c in rows:
        mark = "!" if c.is_alert else " "
        print(f"{mark} {c.resident_name:<{width}}  {_render(c.explanation)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from teamdesk.services.team import TeamService
    from teamdesk.store.integrity import check_integrity

    session = _signed_in(args)
    store, location = session.store, session.location
    try:
        report = check_integrity(store)
        # What sign-in found about the account's own grant (a replaced signing key shows only
        # to an account that trusted the old one).
        report.problems.extend(f"sign-in: {m.render()}" for m in session.trust_warnings)
        findings = [
            f
            for f in TeamService(session.ctx).findings()
            if f.code != "tampering"  # listed as problems above
        ]
        if args.record_audit_head:
            _record_audit_head(session)
    finally:
        store.close()
    if args.format == "json":
        json.dump(
            {
                "database": str(location.database),
                "sound": report.sound,
                "problems": report.problems,
                "audit_events": report.audit_events,
                "warnings": [
                    {
                        "code": f.code,
                        "severity": f.severity.value,
                        "message": f.text,
                        "subject_kind": f.subject_kind,
                        "subject_id": f.subject_id,
                    }
                    for f in findings
                ],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        state = _t(N_("sound")) if report.sound else _t(N_("NOT SOUND"))
        print(
            _say(
                N_("Database {path}: {state} (audit events checked: {count})."),
                path=location.database,
                state=state,
                count=report.audit_events,
            )
        )
        for problem in report.problems:
            print(f"  {_t(N_('problem'))}: {problem}")
        print(_count(Nn_("%n rule warning(s)."), len(findings)))
        for f in findings:
            print(f"  {_t(_SEVERITY_WORDS[f.severity])}: {_render(f.message)}")
    return EXIT_OK if report.sound else EXIT_REFUSED


def _record_audit_head(session: UserSession) -> None:
    from teamdesk.services.context import Permission
    from teamdesk.services.trust import record_head_anew
    from teamdesk.store.integrity import anchor_problems, load_ring_beside

    session.ctx.require(Permission.MANAGE_ACCOUNTS)
    ring = load_ring_beside(session.store)
    problems = anchor_problems(session.store, ring) if ring is not None else []
    if not problems:
        print(_t(N_("The audit log's head agrees with the key file; nothing to record.")))
        return
    record_head_anew(session.store, session.account.name, problems)
    print(
        _t(
            N_(
                "The audit log's head was recorded anew; what was accepted is in the audit log. "
                "Run 'teamdesk check' again."
            )
        )
    )


def cmd_export(args: argparse.Namespace) -> int:
    from teamdesk.services.plan import PlanService

    if args.what != "plan":
        from teamdesk.cli_reports import export_meeting

        return export_meeting(args)
    if not args.resident:
        raise CliError(_t(N_('Say whose plan with --resident NAME, e.g. --resident "Per Hansen".')))
    store, _ = _open_existing(args)
    try:
        plans = PlanService(_context(store, args.actor))
        resident = plans.find_resident(args.resident)
        plan = plans.plan_of_resident(resident.id)
        profile = plans.plan_profile()
        if plan is None:
            raise CliError(
                _say(
                    N_("{name} has no individual plan yet. Start one on the resident's Plan page."),
                    name=resident.display_name,
                )
            )
        out = Path(args.out)
        if out.is_dir():
            raise folder_given(out, out / "plan.pdf")
        try:
            result = plans.export_pdf(
                plan.id,
                out,
                version=args.version,
                summary=args.summary,
                translate=document_translate(),
            )
        except OSError as exc:
            raise could_not_write(out, exc) from exc
    finally:
        store.close()
    kind = _t(N_("My plan")) if result.summary else _t(profile.plan_title)
    which = (
        _say(N_("version {number}"), number=result.version) if result.version else _t(N_("draft"))
    )
    print(
        _say(
            N_("{kind} of {name} ({which}) written to {path} ({pages})."),
            kind=kind,
            name=resident.display_name,
            which=which,
            path=result.path,
            pages=_count(Nn_("%n page(s)"), result.pages),
        )
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from teamdesk.cli_reports import report

    return report(args)


def _new_password(name: str) -> str:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError(
            _say(
                N_(
                    "No new password for {user}: set {variable}, or run the command in a "
                    "terminal to be asked for it."
                ),
                user=name,
                variable=ENV_NEW_PASSWORD,
            )
        )
    print(_render(password_rule()))
    first = _ask_password(_say(N_("New password for {user}: "), user=name))
    if _ask_password(_t(N_("The same again: "))) != first:
        raise CliError(_t(N_("The two passwords are not the same; nothing was changed.")))
    return first


def cmd_accounts(args: argparse.Namespace) -> int:
    from teamdesk.services.accounts import AccountService

    session = _signed_in(args)
    try:
        accounts = AccountService(session.ctx).accounts()
    finally:
        session.store.close()
    for account in accounts:
        state = "" if account.active else f"  ({_t(N_('switched off'))})"
        print(f"{account.name}  ({_role(account.role)}){state}")
    return EXIT_OK


def cmd_add_account(args: argparse.Namespace) -> int:
    from teamdesk.services.accounts import AccountService

    session = _signed_in(args)
    try:
        service = AccountService(session.ctx)
        service.accounts()  # refuses a person who may not manage accounts before any prompt
        AccountService(session.ctx).create_account(
            args.name, AccountRole(args.role), _new_password(args.name)
        )
    finally:
        session.store.close()
    print(
        _say(
            N_("Account {name} ({role}) created; they can sign in now."),
            name=args.name,
            role=_role(AccountRole(args.role)),
        )
    )
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace) -> int:
    from teamdesk.services.accounts import AccountService

    session = _signed_in(args)
    try:
        service = AccountService(session.ctx)
        wanted = " ".join(args.name.split()).casefold()
        match = [a for a in service.accounts() if a.name.casefold() == wanted]
        if not match:
            raise CliError(
                _say(
                    N_("There is no account named {name}. 'teamdesk accounts' lists them."),
                    name=args.name,
                )
            )
        service.reset_password(match[0].id, _new_password(match[0].name))
    finally:
        session.store.close()
    print(_say(N_("{name} has a new password and can sign in now."), name=match[0].name))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from teamdesk.services.recovery import back_up_now

    session = _signed_in(args)
    try:
        path = back_up_now(session)
    finally:
        session.store.close()
    print(_say(N_("Backup written and checked: {path}"), path=path))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from teamdesk.services.context import Permission
    from teamdesk.services.recovery import checked_backups, unlock_offline

    location = _existing_location(args)
    user, password = _credentials(args)
    key, _ = unlock_offline(location, user, password, Permission.MAKE_BACKUPS)
    checks = checked_backups(location, key)
    print(_count(Nn_("%n backup(s) in {folder}"), len(checks)).format(folder=location.backups))
    for check in checks:
        state = _t(N_("sound")) if check.sound else f"{_t(N_('NOT SOUND'))}: {check.detail}"
        keys = _t(N_("with key file")) if check.info.has_key_file else _t(N_("NO KEY FILE"))
        taken = check.info.taken_at
        when = (
            f"{format_day(taken.date(), _translate)} {format_clock(taken.time(), _translate)} UTC"
        )
        print(f"  {when}  {check.info.label:<24} {state}  {keys}  {check.info.path.name}")
    missing = sum(1 for c in checks if not c.info.has_key_file)
    if missing:
        print(
            _count(
                Nn_(
                    "No copy of the key file beside %n backup(s): such a backup opens only while "
                    "the data folder's key file is there."
                ),
                missing,
            )
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from teamdesk.services.context import Permission
    from teamdesk.services.recovery import KeyFileSource, restore, unlock_offline_keys
    from teamdesk.store.backup import newest_sound_backup

    location = _existing_location(args)
    user, password = _credentials(args)
    if args.key_file:
        from teamdesk.services.recovery import restore_key_file

        put_back = restore_key_file(location, user, password)
        print(
            _say(
                N_("The key file was put back from {backup}'s copy."), backup=put_back.copy_of.name
            )
        )
        if put_back.damaged_aside is not None:
            print(_say(N_("The damaged key file was kept as {path}."), path=put_back.damaged_aside))
        _print_cannot_sign_in(put_back.cannot_sign_in)
        return EXIT_OK
    chosen = Path(args.backup).expanduser().resolve() if args.backup else None
    if chosen is not None and not chosen.is_file():
        raise CliError(
            _say(N_("There is no backup file {path}. 'teamdesk backups' lists them."), path=chosen)
        )
    other = bool(args.other_installation)
    if other:
        from teamdesk.services.recovery import unlock_other_installation

        if chosen is None:
            raise CliError(
                _t(N_("Say which backup with --backup FILE when confirming another one."))
            )
        confirmed = unlock_other_installation(
            location, user, password, chosen, os.environ.get(ENV_BACKUP_PASSWORD)
        )
        key, account, keys = confirmed.key, confirmed.account, confirmed.keys
    else:
        unlocked = unlock_offline_keys(
            location, user, password, Permission.RESTORE_BACKUPS, role_from=chosen
        )
        key, account, keys = unlocked.key, unlocked.account, unlocked.keys
    if chosen is None:
        newest = newest_sound_backup(location.backups, key)
        if newest is None:
            raise CliError(
                _say(
                    N_("There is no sound backup in {folder}. Nothing was changed."),
                    folder=location.backups,
                )
            )
        chosen = newest.info.path
    result = restore(location, key, account, chosen, other_installation=other, keys=keys)
    print(
        _say(N_("Restored {backup} as {path}."), backup=result.backup.name, path=location.database)
    )
    if result.kept_aside is not None:
        print(_say(N_("The previous database was kept as {path}."), path=result.kept_aside))
    if result.key_file is KeyFileSource.FROM_BACKUP:
        print(
            _t(
                N_(
                    "The key file was taken from the backup's copy: passwords are as they were "
                    "then."
                )
            )
        )
    if result.key_file_aside is not None:
        print(_say(N_("The previous key file was kept as {path}."), path=result.key_file_aside))
    _print_cannot_sign_in(result.cannot_sign_in)
    return EXIT_OK


def _print_cannot_sign_in(names: Sequence[str]) -> None:
    if names:
        print(
            _say(
                N_(
                    "These accounts have no key to sign in with and need a new password from an "
                    "administrator ('teamdesk reset-password NAME'): {names}."
                ),
                names=", ".join(names),
            )
        )


def cmd_sync(args: argparse.Namespace) -> int:
    from teamdesk.services.sync import SyncService

    store, _ = _open_existing(args)
    try:
        service = SyncService(_context(store, args.actor))
        if args.what == "status":
            status = service.status()
            never = _t(N_("never"))
            print(_say(N_("Sync folder: {folder}"), folder=status.folder or _t(N_("(none yet)"))))
            print(_say(N_("This PC's replica id: {id}"), id=status.replica_id))
            print(_say(N_("Last synced: {when}"), when=status.last_synced or never))
            print(_say(N_("Changes waiting to be sent: {count}"), count=status.changes_waiting))
            print(_say(N_("Texts edited on two PCs, to look at: {count}"), count=status.conflicts))
            for pc, applied, at in status.peers:
                line = _count(Nn_("From {pc}: %n change set(s) applied, last {when}"), applied)
                print(line.format(pc=pc or "?", when=at or never))
            for held in status.held:
                print(_say(N_("Held: {what}"), what=held))
            return EXIT_OK
        report = service.sync_now(args.target)
    finally:
        store.close()
    print(_count(Nn_("Synced: %n change set(s) sent."), report.published))
    received = _count(
        Nn_("%n change set(s) received (changes in them: {changes})."), report.applied_sets
    )
    print(received.format(changes=report.applied_changes))
    print(_count(Nn_("%n text(s) edited on two PCs, to look at."), len(report.conflicts)))
    for problem in report.problems:
        print(f"teamdesk: {_render(problem)}", file=sys.stderr)
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from teamdesk.services.sync import SyncService

    store, _ = _open_existing(args)
    try:
        result = SyncService(_context(store, args.actor)).publish(args.target)
    finally:
        store.close()
    sent = _count(Nn_("Published to {target}: %n change set(s) sent."), result.round.published)
    print(sent.format(target=args.target))
    print(_count(Nn_("The snapshot holds %n account(s)."), result.accounts))
    print(
        _say(
            N_(
                "Another PC joins with 'teamdesk join --target {target} --user NAME' as an "
                "administrator."
            ),
            target=args.target,
        )
    )
    for problem in result.round.problems:
        print(f"teamdesk: {_render(problem)}", file=sys.stderr)
    return EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    from teamdesk.services.joining import join_house
    from teamdesk.services.sync import SyncService

    location = resolve_data_dir(args.data_dir)
    user, password = _credentials(args)
    joined = join_house(location, args.target, user, password)
    print(
        _say(
            N_("This PC joined the house from {folder} (snapshot made on {pc})."),
            folder=joined.folder,
            pc=joined.from_pc,
        )
    )
    session = sign_in(location, user, password)
    try:
        report = SyncService(session.ctx).sync_now()
    finally:
        session.sign_out()
    received = _count(
        Nn_("Synced: %n change set(s) received since the snapshot (changes in them: {changes})."),
        report.applied_sets,
    )
    print(received.format(changes=report.applied_changes))
    print(_say(N_("Data folder: {folder}."), folder=location.directory))
    for problem in report.problems:
        print(f"teamdesk: {_render(problem)}", file=sys.stderr)
    return EXIT_OK


def cmd_retire_pc(args: argparse.Namespace) -> int:
    from teamdesk.services.sync import SyncService

    session = _signed_in(args)
    try:
        result = SyncService(session.ctx).retire_pc(args.pc)
    finally:
        session.sign_out()
    print(
        _say(
            N_(
                "Retired {pc} ({id}): its changes up to its change set {last} stay; later ones "
                "are refused."
            ),
            pc=result.name or _t(N_("the PC")),
            id=result.replica_id,
            last=result.last_seq,
        )
    )
    print(
        _count(
            Nn_("The house has a new key, given to %n other PC(s) and the administrators."),
            result.pcs_with_key,
        )
    )
    if result.pcs_without_key:
        print(
            _say(
                N_(
                    "These PCs get the new key when an administrator signs in there and "
                    "syncs: {pcs}"
                ),
                pcs=", ".join(result.pcs_without_key),
            )
        )
    print(
        _t(
            N_(
                "Remove that PC's access to the shared folder. If an administrator signed in on "
                "it, have another administrator reset their password, then retire the PC again: "
                "the new key is then sealed to that administrator's new keys only."
            )
        )
    )
    return EXIT_OK


def cmd_replace_key(args: argparse.Namespace) -> int:
    from teamdesk.services.rekey import sign_out_replacing_database_key

    session = _signed_in(args)
    try:
        sign_out_replacing_database_key(session)
    except ServiceError:
        session.sign_out()
        raise
    print(
        _t(
            N_(
                "The database key is replaced: a key or key file kept from before opens the "
                "database no more. The other accounts get the new key at their next sign-in. "
                "This PC does not sync with other PCs, so no other PC is affected. Backups "
                "taken before now still open with the old key: delete those that a "
                "switched-off person could reach."
            )
        )
    )
    return EXIT_OK


def cmd_pcs(args: argparse.Namespace) -> int:
    from teamdesk.services.sync import SyncService

    session = _signed_in(args)
    try:
        pcs = SyncService(session.ctx).pcs()
        me = session.store.replica_id
    finally:
        session.sign_out()
    print(_say(N_("This PC: {id}"), id=me))
    retired = _t(N_("(retired)"))
    for pc in pcs:
        state = f" {retired}" if pc.retired else ""
        print(f"{pc.name or _t(N_('(has not sent changes yet)'))}: {pc.replica_id}{state}")
    return EXIT_OK


def cmd_rota(args: argparse.Namespace) -> int:
    from teamdesk.cli_rota import rota

    return rota(args)


def cmd_import(args: argparse.Namespace) -> int:
    from teamdesk.cli_rota import import_list, import_rota

    if args.what == "rota":
        if not args.unit:
            raise CliError(_t(N_("Name the unit whose rota this is: --unit NAME.")))
        return import_rota(args)
    return import_list(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "retire-pc": cmd_retire_pc,
    "pcs": cmd_pcs,
    "replace-key": cmd_replace_key,
    "sync": cmd_sync,
    "publish": cmd_publish,
    "join": cmd_join,
    "demo-data": cmd_demo_data,
    "coverage": cmd_coverage,
    "check": cmd_check,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "accounts": cmd_accounts,
    "add-account": cmd_add_account,
    "reset-password": cmd_reset_password,
    "export": cmd_export,
    "report": cmd_report,
    "rota": cmd_rota,
    "import": cmd_import,
}
