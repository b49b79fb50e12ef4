"""The language TeamDesk speaks, and the Qt translators that make it speak it.

The language is ``--language`` when given, else ``TEAMDESK_LANGUAGE``, else the first of the
system's languages TeamDesk has (Norwegian, Danish, English), else English. Norwegian Nynorsk and
plain "Norwegian" get bokmål, which their readers read far more easily than English. The same
translators serve the printed documents: the UI hands ``teamdesk.ui.common.text.translate`` to the
services, which pass it to the reports.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from teamdesk.domain.text import CONTEXT, Translate
from teamdesk.resources import find_resource_dir

ENV_LANGUAGE = "TEAMDESK_LANGUAGE"
LANGUAGES = ("nb", "da", "en")
# A language's own country, for dates and numbers when the system's locale speaks another one.
LOCALE_NAMES = {"nb": "nb_NO", "da": "da_DK"}
_ALIASES = {"nb": "nb", "no": "nb", "nn": "nb", "nob": "nb", "nno": "nb", "da": "da", "en": "en"}
TRANSLATOR_NAME = "teamdeskTranslator"

log = logging.getLogger(__name__)


def language_code(tag: str) -> str | None:
    """``nb``, ``da`` or ``en`` for a language tag ("nb_NO.UTF-8", "no", "da-DK", "en-GB"),
    or None when TeamDesk does not speak it."""
    base = tag.strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    return _ALIASES.get(base)


def choose_language(
    option: str | None,
    environ: Mapping[str, str] | None = None,
    system: Iterable[str] | None = None,
) -> str:
    """The language to show: the option, the environment variable, the system's, or English.

    ``system`` is the system's languages in order of preference (``QLocale.system()`` gives
    them by default). An environment value TeamDesk does not know is logged and passed over.
    """
    if option:
        code = language_code(option)
        if code:
            return code
    value = (os.environ if environ is None else environ).get(ENV_LANGUAGE, "")
    if value:
        code = language_code(value)
        if code:
            return code
        log.warning("%s=%r is not a language TeamDesk has (nb, da, en)", ENV_LANGUAGE, value)
    for tag in QLocale.system().uiLanguages() if system is None else system:
        code = language_code(tag)
        if code:
            return code
    return "en"


def translations_dir() -> Path | None:
    """The folder with TeamDesk's .qm files (see :mod:`teamdesk.resources`); None when no
    place has them."""
    return find_resource_dir("translations", lambda d: any(d.glob("teamdesk_*.qm")))


def install_language(app: QCoreApplication, language: str) -> bool:
    """Speak ``language`` from now on: Qt's translations and TeamDesk's, and the language's
    dates and numbers when the system's locale is of another language.

    Translators installed by an earlier call are removed first. Widgets made before the call
    keep their text, so call it before the first window. Returns False when TeamDesk's own
    translation of a language other than English is missing (the program then shows English).
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    system = QLocale.system()
    if language == "en" or language_code(system.name()) == language:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(LOCALE_NAMES.get(language, language)))
    if language == "en":
        return True
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        qt.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(qt)
    else:  # Qt has no Norwegian of its own; TeamDesk's .ts carries the few Qt texts it shows
        qt.setParent(None)
    ours = QTranslator(app)
    folder = translations_dir()
    if folder is None or not ours.load(f"teamdesk_{language}", str(folder)):
        log.warning("no TeamDesk translation for %r (looked in %s)", language, folder)
        ours.setParent(None)
        return False
    ours.setObjectName(TRANSLATOR_NAME)
    app.installTranslator(ours)  # installed last, so asked first: its Qt texts win
    return True


def system_language_tags(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's language as the POSIX locale variables name it: ``LC_ALL``, else
    ``LC_MESSAGES``, else ``LANG`` (the first one set wins, as for every program)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name, "").strip():
            return [env[name]]
    return []


def text_translator(language: str) -> Translate | None:
    """TeamDesk's own translation into ``language`` as a function, with no application object:
    the command line speaks through the same .qm file the window installs (context
    ``teamdesk``). None for English, or when the translation is missing (English is shown)."""
    if language == "en":
        return None
    translator = QTranslator()
    folder = translations_dir()
    if folder is None or not translator.load(f"teamdesk_{language}", str(folder)):
        log.warning("no TeamDesk translation for %r (looked in %s)", language, folder)
        return None

    def translate(text: str, n: int = -1, /) -> str:
        return translator.translate(CONTEXT, text, None, n) or text

    return translate
