"""CSV that a spreadsheet opens as data, never as formulas: the one CSV writer every export uses.

A name such as ``=HYPERLINK("http://evil", "Click")`` or ``@SUM(1+1)*cmd|' /C calc'!A0`` is a
live formula when Excel or LibreOffice opens a plain CSV file. Following the OWASP guidance on
CSV injection, a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a single quote in front of it; since spreadsheets skip leading spaces before they
look for a formula, the same holds after leading white space. The quote shows in the cell: the
name is still readable, and it is never run. Numbers (ints, floats) are written as they are.

Every CSV TeamDesk writes goes through :func:`csv_writer` or :func:`csv_text`, so a new export
cannot forget the rule (a test checks that nothing else in ``src/`` calls ``csv.writer``).

A file for a spreadsheet uses the separator the person's spreadsheet expects
(:func:`list_separator`): Excel set to Norwegian or Danish splits columns at ";" (the comma is
their decimal mark), in English at ",". What the command line prints for scripts stays ",".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Protocol

from teamdesk.domain.text import Translate, format_day, language_of

# What makes a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Languages whose spreadsheets split a CSV file at ";" (the comma being their decimal mark).
_SEMICOLON_LANGUAGES = frozenset({"nb", "nn", "da", "sv", "de", "fr", "fi"})


def list_separator(translate: Translate | None) -> str:
    """The column separator a spreadsheet in ``translate``'s language reads a CSV file with."""
    return ";" if language_of(translate) in _SEMICOLON_LANGUAGES else ","


def decimal_mark(translate: Translate | None) -> str:
    """How a spreadsheet in ``translate``'s language writes 2.5: "2,5" where ";" separates."""
    return "," if list_separator(translate) == ";" else "."


def spreadsheet_csv(rows: Iterable[Iterable[object]], translate: Translate | None) -> bytes:
    """``rows`` as a CSV file for a spreadsheet in ``translate``'s language: its separator,
    decimal mark and dates (30.11.2026 in Norwegian and Danish), UTF-8 with a byte order mark
    (without one, Excel reads "Øverland" wrong)."""
    out = io.StringIO()
    writer = SpreadsheetCsvWriter(
        out,
        list_separator(translate),
        decimal_mark(translate),
        day=lambda day: format_day(day, translate),
    )
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


class _TextSink(Protocol):
    def write(self, text: str, /) -> object: ...


def spreadsheet_safe(cell: object) -> object:
    """The cell as a spreadsheet should show it: a text cell that would start a formula gets a
    single quote in front; everything else is left alone."""
    if not isinstance(cell, str) or not cell:
        return cell
    if cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


class SpreadsheetCsvWriter:
    """A :func:`csv.writer` (quoting as the csv module does) that neutralises formulas.

    A date cell is written by ``day`` (ISO 8601 unless told otherwise: what scripts read), a
    float with the ``decimal`` mark."""

    def __init__(
        self,
        sink: _TextSink,
        delimiter: str = ",",
        decimal: str = ".",
        *,
        day: Callable[[date], str] = date.isoformat,
    ) -> None:
        self._writer = csv.writer(sink, delimiter=delimiter, lineterminator="\r\n")
        self._decimal = decimal
        self._day = day

    def writerow(self, cells: Iterable[object]) -> None:
        self._writer.writerow([self._number(spreadsheet_safe(cell)) for cell in cells])

    def _number(self, cell: object) -> object:
        if isinstance(cell, datetime):
            return cell.isoformat()
        if isinstance(cell, date):
            return self._day(cell)
        if isinstance(cell, float) and self._decimal != ".":
            return repr(cell).replace(".", self._decimal)
        return cell

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(sink: _TextSink, delimiter: str = ",", decimal: str = ".") -> SpreadsheetCsvWriter:
    """A CSV writer onto ``sink`` (CRLF line ends, as RFC 4180 and Excel expect)."""
    return SpreadsheetCsvWriter(sink, delimiter, decimal)


def csv_text(rows: Iterable[Iterable[object]], delimiter: str = ",", decimal: str = ".") -> str:
    """``rows`` (the header first) as CSV text."""
    out = io.StringIO()
    csv_writer(out, delimiter, decimal).writerows(rows)
    return out.getvalue()
