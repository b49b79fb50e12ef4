"""argparse in the program's language: its own words (the usage line, the headings, the help
option, its error sentences) come from TeamDesk's translations, like every other sentence.

argparse asks ``gettext`` for its words, and TeamDesk's translations are Qt's .qm files, not
gettext catalogues. :func:`argparse_speaking` hands argparse's look-ups to a :class:`Translate`
while a parser is built, parses and prints its help; the words are marked here, so the .ts files
carry them. A Python whose argparse words a sentence differently shows that sentence as argparse
writes it (English), never a wrong one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence

from teamdesk.domain.text import N_, Translate, as_written

# The words argparse passes to gettext that a person at the terminal can meet (Python 3.11's
# wording). Those only a programmer meets (a parser built wrong) are left out.
ARGPARSE_WORDS = frozenset(
    {
        N_("usage: "),
        N_("positional arguments"),
        N_("options"),
        N_("show this help message and exit"),
        N_("%(prog)s: error: %(message)s\n"),
        N_("argument %(argument_name)s: %(message)s"),
        N_("the following arguments are required: %s"),
        N_("one of the arguments %s is required"),
        N_("not allowed with argument %s"),
        N_("invalid choice: %(value)r (choose from %(choices)s)"),
        N_("invalid %(type)s value: %(value)r"),
        N_("unrecognized arguments: %s"),
        N_("expected one argument"),
        N_("expected at most one argument"),
        N_("expected at least one argument"),
        N_("ambiguous option: %(option)s could match %(matches)s"),
        N_("ignored explicit argument %r"),
        N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)

# argparse fills its words in with the % operator: "%s", "%r", "%(name)s".
_PERCENT_FIELD = re.compile(r"%(?:\([A-Za-z_]+\))?[a-z]")


def argparse_word(text: str, translate: Translate) -> str:
    """One of argparse's words in ``translate``'s language.

    A translation that lost or renamed one of argparse's ``%`` fields would make argparse fail
    in the middle of saying what is wrong; the English is shown instead.
    """
    if text not in ARGPARSE_WORDS:
        return text
    said = translate(text)
    if sorted(_PERCENT_FIELD.findall(said)) != sorted(_PERCENT_FIELD.findall(text)):
        return text
    return said


def help_text(text: str, translate: Translate) -> str:
    """An option's help (marked with ``N_``) in ``translate``'s language, ready for argparse,
    which fills ``%(default)s`` into help: a per cent sign of the translation stays one."""
    return translate(text).replace("%", "%%")


@contextlib.contextmanager
def argparse_speaking(translate: Translate) -> Iterator[None]:
    """argparse says its own words through ``translate`` while the context lasts (build the
    parser, parse and print help inside it). The command line runs in one thread."""
    names = vars(argparse)
    saved = names["_"]

    def gettext(text: object) -> object:
        return argparse_word(text, translate) if isinstance(text, str) else text

    names["_"] = gettext
    try:
        yield
    finally:
        names["_"] = saved


def choose_cli_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """``nb``, ``da`` or ``en``: the ``--language`` option, else ``TEAMDESK_LANGUAGE``, else
    the system's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English."""
    from teamdesk.ui.language import choose_language, system_language_tags

    option: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--language" and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith("--language="):
            option = arg.split("=", 1)[1]
    env = dict(os.environ) if environ is None else environ
    return choose_language(option, env, system_language_tags(env))


def translator_for(language: str) -> Translate:
    """TeamDesk's translation into ``language`` (the English source when it is English, or
    when its translation is missing)."""
    if language == "en":
        return as_written
    from teamdesk.ui.language import text_translator

    return text_translator(language) or as_written
