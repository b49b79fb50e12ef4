"""The access log: opening a resident's record (which is itself logged), and a leader's view of
who looked at or changed a resident's record, filterable by person and period, as a PDF too.

Every event comes from the hash-chained ``audit_event`` table, which the store's write path
appends to for every change; this module adds the reads and exports that change no row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from teamdesk.domain.text import N_, Message, Translate
from teamdesk.services.context import NotFound, Permission, ServiceContext
from teamdesk.services.exports import write_atomically
from teamdesk.services.record_access import note_record_opened
from teamdesk.services.team import TeamCard, TeamService
from teamdesk.store import account_repo, team_repo

# What the actions in the audit log mean, for a person reading the log.
ACTION_TITLES: dict[str, str] = {
    "open": N_("opened"),
    "create": N_("created"),
    "update": N_("changed"),
    "delete": N_("deleted"),
    "restore": N_("restored"),
    "undo": N_("undid a change"),
    "redo": N_("redid a change"),
    "export": N_("exported"),
    "print": N_("printed"),
    "override": N_("overrode a rule"),
    "read_access_log": N_("read the access log"),
}


@dataclass(frozen=True)
class AccessEvent:
    """One event about a resident's record."""

    seq: int
    at: datetime
    person: str
    action: str
    table: str | None
    row_id: str | None
    summary: str


class AccessLogService:
    """Opening residents' records with a trace, and reading that trace back."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def open_resident_record(self, resident_id: str) -> TeamCard:
        """A resident's record as their page shows it; the opening is written to the access
        log. Refuses a person without read access or from another unit."""
        self.ctx.require(Permission.READ_RESIDENTS)
        TeamService(self.ctx).resident(resident_id)
        note_record_opened(self.ctx, resident_id, always=True)
        return TeamService(self.ctx).team_card(resident_id)

    def record_export(self, resident_id: str, what: str) -> None:
        """Log that something about a resident left the program (a print, a file)."""
        self.ctx.require(Permission.EXPORT)
        self.store.audit(
            "export", actor=self.ctx.who, table="resident", row_id=resident_id, summary=what
        )

    def resident_access(
        self,
        resident_id: str,
        *,
        person: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[AccessEvent]:
        """Who opened or changed this resident's record (their own row and every row about
        them, such as assignments and plan parts), on this PC and on the others of the house
        as far as their change sets brought their audit events, newest first; optionally
        only one person's events, and only from ``since`` to ``until`` (both days included).
        Leaders and administrators only; the reading is itself logged."""
        self.ctx.require(Permission.READ_AUDIT)
        resident = team_repo.resident(self.store, resident_id)
        if resident is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(resident.unit_id)
        events = self._events(resident_id, person, since, until)
        self.store.audit(
            "read_access_log",
            actor=self.ctx.who,
            table="resident",
            row_id=resident_id,
            summary="read the resident's access log",
        )
        return events

    def people_in_log(self, resident_id: str) -> list[str]:
        """Everyone who appears in the resident's access log, by name (for the filter; two
        accounts of one name are told apart by the start of their ids)."""
        self.ctx.require(Permission.READ_AUDIT)
        return sorted({e.person for e in self._events(resident_id, None, None, None)})

    def export_pdf(
        self,
        resident_id: str,
        out: Path,
        *,
        person: str | None = None,
        since: date | None = None,
        until: date | None = None,
        translate: Translate | None = None,
    ) -> int:
        """Write the resident's access log (as filtered) as a PDF in the language ``translate``
        gives; returns the page count. The export is logged."""
        self.ctx.require(Permission.READ_AUDIT)
        self.ctx.require(Permission.EXPORT)
        resident = team_repo.resident(self.store, resident_id)
        if resident is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(resident.unit_id)
        # The document layer (Typst, fontTools) is imported only when printing.
        from teamdesk.reports.access_pdf import AccessPrint, AccessRow, render_access_log

        events = self._events(resident_id, person, since, until)
        doc = AccessPrint(
            resident_name=resident.name,
            rows=[
                AccessRow(e.at, e.person, ACTION_TITLES.get(e.action, e.action), e.summary)
                for e in events
            ],
            person=person,
            since=since,
            until=until,
            printed_at=self.store.now(),
            printed_by=self.ctx.who,
        )
        data, pages = render_access_log(doc, translate)
        with self.store.transaction():
            self.store.audit(
                "export",
                actor=self.ctx.who,
                table="resident",
                row_id=resident_id,
                summary=f"exported the access log to {out.name}",
            )
            write_atomically(out, data)
        return pages

    def _events(
        self, resident_id: str, person: str | None, since: date | None, until: date | None
    ) -> list[AccessEvent]:
        rows_about = self._rows_about(resident_id)
        clauses = ["(table_name = 'resident' AND row_id = ?)"]
        params: list[object] = [resident_id]
        for table, ids in rows_about.items():
            if ids:
                clauses.append(f"(table_name = ? AND row_id IN ({', '.join('?' for _ in ids)}))")
                params += [table, *ids]
        where = f"({' OR '.join(clauses)})"
        if since:
            where += " AND at >= ?"
            params.append(since.isoformat())
        if until:
            where += " AND at < ?"
            params.append((until + timedelta(days=1)).isoformat())
        # This PC's events and those the other PCs of the house sent (issue 11: each change set
        # carries its PC's audit events), once each: a PC that joined from a snapshot holds
        # the publisher's older events in its own table too.
        columns = "seq, at, actor, signed_by, action, table_name, row_id, summary"
        sql = (
            f"SELECT {columns}, 0 AS elsewhere FROM audit_event WHERE {where} UNION ALL "
            f"SELECT {columns}, 1 FROM sync_peer_audit WHERE {where} "
            "AND id NOT IN (SELECT id FROM audit_event) ORDER BY at DESC, elsewhere, seq DESC"
        )
        params = [*params, *params]
        # The person is the account that signed the event, by the name it has now (names
        # may repeat across the PCs of a house and change); the name written in the event
        # only where no account signed it.
        labels = account_repo.labels(self.store)
        events = [
            AccessEvent(
                r["seq"],
                datetime.fromisoformat(r["at"]),
                account_repo.label(labels, r["signed_by"], r["actor"]),
                r["action"],
                r["table_name"],
                r["row_id"],
                r["summary"],
            )
            for r in self.store.query(sql, params)
        ]
        return [e for e in events if not person or e.person == person]

    def _rows_about(self, resident_id: str) -> dict[str, list[str]]:
        """The ids of rows about the resident: rows with a ``resident_id`` column pointing at
        them, and rows pointing at those (a plan's goals, participants and measures)."""
        tables = [
            r["name"]
            for r in self.store.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        columns = {
            t: {c["name"] for c in self.store.query(f"PRAGMA table_info({t})")} for t in tables
        }
        found: dict[str, list[str]] = {}
        for table in tables:
            if "resident_id" in columns[table] and "id" in columns[table]:
                found[table] = [
                    r["id"]
                    for r in self.store.query(
                        f"SELECT id FROM {table} WHERE resident_id = ?", (resident_id,)
                    )
                ]
        for parent, ids in list(found.items()):
            link = f"{parent}_id"
            for table in tables:
                if link in columns[table] and "id" in columns[table] and ids:
                    found.setdefault(table, []).extend(
                        r["id"]
                        for r in self.store.query(
                            f"SELECT id FROM {table} WHERE {link} IN "
                            f"({', '.join('?' for _ in ids)})",
                            ids,
                        )
                    )
        return found
