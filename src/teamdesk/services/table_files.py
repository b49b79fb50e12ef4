"""Reading a spreadsheet a house keeps (CSV or Excel) as rows of text, for the imports of
issue 13. Nothing here writes anything.

CSV comes from Norwegian Excel as semicolon-separated Windows-1252 or UTF-8 with a BOM; the
stdlib ``csv`` module sniffs the separator. XLSX is read with ``openpyxl`` (never by hand), in
read-only mode with cached values (a formula's last result, never the formula). A file that is
not what its name says, is too large, or cannot be read gets a sentence; so does a cell that
starts like a formula, since what an import writes ends up in names and printouts.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import InvalidInput

# More rows than a house has staff, residents or rota lines: a bigger file is a wrong file (a
# whole municipality's export, a log) and is refused before anything is read into memory.
MAX_ROWS = 5_000
MAX_COLUMNS = 400
MAX_FILE_BYTES = 20_000_000
# What makes a spreadsheet treat a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    """A sheet as text: its header row and the rows under it, each with its row number in the
    file (1 is the first line), so a sentence can name the row a person sees in Excel."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    header_row: int = 1

    def column_letter(self, index: int) -> str:
        """The column as Excel names it: A, B, ..., Z, AA."""
        letters = ""
        index += 1
        while index:
            index, rest = divmod(index - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return letters

    def where(self, row: int, column: int) -> Message:
        """ "row 7, column C (Navn)"."""
        heading = self.header[column] if column < len(self.header) else ""
        return Message(
            N_("row {row}, column {column} ({heading})"),
            {"row": row, "column": self.column_letter(column), "heading": heading},
        )


def refuse_at(table: Table, row: int, column: int, problem: Message) -> InvalidInput:
    """The sentence for a bad cell: where it is, what is wrong, and that nothing was written."""
    return InvalidInput(
        Message(
            N_("In {file}, {where}: {problem} Nothing was imported."),
            {"file": table.name, "where": table.where(row, column), "problem": problem},
        )
    )


def read_table(path: Path) -> Table:
    """The first sheet of ``path`` (.csv, .txt or .xlsx) as text; refuses with a sentence a file
    that cannot be read, is not what its name says, or is too large."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput(
            Message(
                N_("{file} cannot be read. Check the name and the folder."), {"file": path.name}
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            Message(
                N_(
                    "{file} is {size} MB; a list to import is at most {max} MB. Is it the right "
                    "file?"
                ),
                {"file": path.name, "size": size // 1_000_000, "max": MAX_FILE_BYTES // 1_000_000},
            )
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise InvalidInput(
        Message(
            N_(
                "{file} is neither a CSV file nor an Excel workbook (.xlsx). Save it as one of "
                "those."
            ),
            {"file": path.name},
        )
    )


def _too_many_rows(name: str, count: int) -> InvalidInput:
    return InvalidInput(
        Message(
            N_(
                "{file} has more than {max} rows; an import takes at most {max} at a time. Is it "
                "the right file? Split a longer one."
            ),
            {"file": name, "max": MAX_ROWS, "count": count},
        )
    )


class _Semicolon(csv.excel):
    """Excel's CSV as a Norwegian or Danish Excel writes it."""

    delimiter = ";"


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise InvalidInput(
            Message(N_("{file} is not a text file, so it is not a CSV file."), {"file": name})
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on a Norwegian Windows saves "CSV (semicolon separated)" as Windows-1252.
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> Table:
    text = _decode(path.read_bytes(), path.name)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = _Semicolon if sample.count(";") > sample.count(",") else csv.excel
    rows: list[tuple[int, list[str]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        for number, row in enumerate(reader, start=1):
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(path.name, len(rows))
            rows.append((number, [cell.strip() for cell in row[:MAX_COLUMNS]]))
    except csv.Error as exc:
        raise InvalidInput(
            Message(
                N_("{file} cannot be read as CSV near row {row}: {problem}. Nothing was imported."),
                {"file": path.name, "row": len(rows) + 1, "problem": str(exc)},
            )
        ) from None
    return _with_header(path.name, rows)


def _read_xlsx(path: Path) -> Table:
    not_excel = InvalidInput(
        Message(
            N_(
                "{file} is not an Excel workbook, though its name ends in .xlsx (it may be "
                "another kind of file renamed). Open it in Excel and save it as .xlsx or CSV."
            ),
            {"file": path.name},
        )
    )
    if not zipfile.is_zipfile(path):
        raise not_excel
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        raise not_excel from None
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise not_excel
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged workbook; all mean the same
        raise not_excel from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise not_excel
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(
                sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
            ):
                if len(rows) > MAX_ROWS:
                    raise _too_many_rows(path.name, len(rows))
                rows.append((number, [_cell_text(v) for v in values]))
        except InvalidInput:
            raise
        except Exception:
            raise not_excel from None
    finally:
        book.close()
    return _with_header(path.name, rows)


def _cell_text(value: object) -> str:
    """A cell as the text a person sees: a date as ISO, a time as HH:MM, 12.0 as 12."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _with_header(name: str, rows: list[tuple[int, list[str]]]) -> Table:
    """The header is the first row with two or more filled cells (a title merged across the
    columns above it fills one); an empty heading under a merged header cell takes its left
    neighbour's. Empty rows are dropped."""
    filled = [(n, r) for n, r in rows if any(cell for cell in r)]
    for position, (number, row) in enumerate(filled):
        if sum(1 for cell in row if cell) >= 2:
            header: list[str] = []
            for index, cell in enumerate(row):
                if not cell and index and header[index - 1]:
                    cell = f"{header[index - 1].split(' (')[0]} ({index + 1})"
                header.append(cell)
            width = len(header)
            body = [(n, (r + [""] * width)[:width]) for n, r in filled[position + 1 :]]
            return Table(name, header, body, number)
    raise InvalidInput(
        Message(
            N_("{file} has no row of column headings, so there is nothing to import."),
            {"file": name},
        )
    )


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula."""
    return text.lstrip(" ").startswith(FORMULA_STARTS)


def formula_problem(text: str) -> Message:
    return Message(
        N_(
            "{text} starts like a spreadsheet formula, and TeamDesk does not import formulas. "
            "Correct the cell in the file."
        ),
        {"text": text[:40]},
    )
