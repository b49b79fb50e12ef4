"""The schema: numbered migrations, one transaction each, tracked in ``PRAGMA user_version``.

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from teamdesk.domain.ordering import first_keys

# "TDSK": marks the file as TeamDesk's, so another program's SQLite file is refused.
APPLICATION_ID = 0x5444534B

STANDARD_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
"""

# Tables written only by the store itself, never through the write path.
SYSTEM_TABLES = frozenset(
    {
        "meta",
        "change",
        "audit_event",
        "sync_peer",
        "sync_outbox",
        "sync_held",
        "sync_conflict",
        "sync_peer_audit",
        "sync_peer_audit_head",
        "relation_ballot",
    }
)

# Tables that never travel to another PC: the store's own bookkeeping and what sync itself
# records about this file (issue 11). Accounts travel (their key slots and grants beside the
# change sets, see teamdesk.sync.keyslots); sign-in counters live in this PC's key file.
LOCAL_ONLY_TABLES = SYSTEM_TABLES

# Free-text columns: what a person typed in their own words. Two PCs editing one of these
# concurrently keep both texts (see ``sync_conflict``); short fields merge last-writer-wins.
FREE_TEXT_COLUMNS: dict[str, frozenset[str]] = {
    "resident": frozenset({"what_matters"}),
    "plan": frozenset(
        {
            "resources",
            "needs",
            "resident_contribution",
            "cooperation",
            "language_culture",
            "participation",
            "evaluation_method",
            "coordinator_override_reason",
            "replaces_plans",
        }
    ),
    "plan_goal": frozenset({"text"}),
    "plan_measure": frozenset({"what", "extent", "how"}),
    "plan_participant": frozenset({"contribution"}),
    "case_role": frozenset({"note"}),
    "absence": frozenset({"reason"}),
    "mentorship": frozenset({"focus", "approval_reason"}),
    "guidance_session": frozenset({"topics", "notes"}),
    "coordinator_network": frozenset({"description"}),
    "agenda_item": frozenset({"detail", "minutes"}),
    "action_item": frozenset({"what"}),
    "shift_change": frozenset({"note"}),
}


# Rows that live inside another row of their table or another: (child table, column) -> the
# table it refers to. A child is shown only while the row it lives in is, and deleting the row
# deletes its live children in the same step (a goal and its sub-goals). After a merge a live
# child keeps the row it lives in (a sub-goal edited or added on one PC while its goal was
# removed on another): the edit stays visible and the row is listed for a person, as a delete
# that met an edit is (issue 11). References a child outlives (a measure unlinked from a removed
# goal) are not listed here.
OWNED_BY: dict[tuple[str, str], str] = {
    ("plan_goal", "parent_id"): "plan_goal",
}

# Columns that hold one fact between them, with a rule that spans them (a decision has exactly
# one responsible person: a staff member or a participant, never both). An edit of one of them
# writes and logs all of them with one stamp, so that per-column last-writer-wins takes every
# column of the group from the same write after a merge (issue 11). Without it, a staff member
# replacing a staff member logged only the staff column, and a participant chosen on another
# PC meanwhile stood beside him: two responsible persons, which the table's CHECK refuses.
WRITTEN_TOGETHER: dict[str, tuple[frozenset[str], ...]] = {
    "action_item": (frozenset({"responsible_staff_id", "responsible_participant_id"}),),
    "mentorship": (frozenset({"mentor_id", "mentee_id"}),),
    # A joined plan's consent: its date and who recorded it are one fact (both or neither).
    "plan": (frozenset({"joined_consent_date", "joined_consent_recorded_by"}),),
    "relation_round": (frozenset({"resident_id", "unit_id"}),),
}


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit first, breaking the one-transaction-per-migration promise.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def _v1_foundation(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE change (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            column_name TEXT NOT NULL,
            value,
            hlc TEXT NOT NULL,
            replica_id TEXT NOT NULL,
            actor TEXT NOT NULL
        );
        CREATE INDEX change_row ON change (table_name, row_id);
        CREATE INDEX change_hlc ON change (hlc);

        CREATE TABLE audit_event (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT,
            row_id TEXT,
            summary TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_row ON audit_event (table_name, row_id);
        CREATE INDEX audit_at ON audit_event (at);

        CREATE TABLE setting (
            id TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );

        CREATE TABLE unit (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );

        CREATE TABLE team (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit_id TEXT REFERENCES unit (id),
            {STANDARD_COLUMNS}
        );

        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            initials TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT 'other'
                CHECK (education IN ('bachelor', 'health_worker', 'other')),
            peer_worker INTEGER NOT NULL DEFAULT 0,
            fte_percent INTEGER NOT NULL DEFAULT 100,
            unit_id TEXT REFERENCES unit (id),
            active INTEGER NOT NULL DEFAULT 1,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX staff_unit ON staff (unit_id);

        CREATE TABLE resident (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            preferred_name TEXT NOT NULL DEFAULT '',
            unit_id TEXT REFERENCES unit (id),
            team_id TEXT REFERENCES team (id),
            room TEXT NOT NULL DEFAULT '',
            moved_in TEXT,
            moved_out TEXT,
            what_matters TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX resident_unit ON resident (unit_id);
        CREATE INDEX resident_name ON resident (name COLLATE NOCASE);

        CREATE TABLE team_membership (
            id TEXT PRIMARY KEY,
            team_id TEXT NOT NULL REFERENCES team (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            {STANDARD_COLUMNS}
        );
        CREATE INDEX team_membership_team ON team_membership (team_id);

        CREATE TABLE assignment (
            id TEXT PRIMARY KEY,
            resident_id TEXT NOT NULL REFERENCES resident (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            role TEXT NOT NULL CHECK (role IN ('primary', 'secondary', 'member')),
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX assignment_resident ON assignment (resident_id);
        CREATE INDEX assignment_staff ON assignment (staff_id);

        CREATE TABLE absence (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            from_date TEXT NOT NULL,
            to_date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX absence_staff ON absence (staff_id);
        """,
    )


def _v2_individual_plans(conn: sqlite3.Connection) -> None:
    """Individual plans (issue 4): the plan and its goals, participants and measures (the
    working copy), approved versions as frozen JSON, case roles for the coordinator conflict
    check, and completed courses.

    ``training`` is deliberately small (staff, course, completed date) so the mentoring issue
    can add columns; the coordinator check only asks for a row with course 'coordinator'.
    A trigger keeps approved versions immutable; only the tombstone of an undone approval may
    touch a ``plan_version`` row.
    """
    run_script(
        conn,
        f"""
        CREATE TABLE plan (
            id TEXT PRIMARY KEY,
            resident_id TEXT NOT NULL REFERENCES resident (id),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'active', 'under_revision', 'ended')),
            resources TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '',
            coordinator_id TEXT REFERENCES staff (id),
            coordinator_override_reason TEXT NOT NULL DEFAULT '',
            resident_contribution TEXT NOT NULL DEFAULT '',
            period_from TEXT,
            period_to TEXT,
            evaluation_date TEXT,
            evaluation_method TEXT NOT NULL DEFAULT '',
            next_meeting TEXT,
            consent_date TEXT,
            consent_how TEXT NOT NULL DEFAULT '',
            consent_recorded_by TEXT NOT NULL DEFAULT '',
            cooperation TEXT NOT NULL DEFAULT '',
            language_culture TEXT NOT NULL DEFAULT '',
            participation TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX plan_resident ON plan (resident_id);
        CREATE INDEX plan_coordinator ON plan (coordinator_id);

        CREATE TABLE plan_goal (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan (id),
            parent_id TEXT REFERENCES plan_goal (id),
            text TEXT NOT NULL,
            evaluation_date TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX plan_goal_plan ON plan_goal (plan_id);
        CREATE INDEX plan_goal_evaluation ON plan_goal (evaluation_date);

        CREATE TABLE plan_participant (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan (id),
            kind TEXT NOT NULL CHECK (kind IN ('resident', 'relative', 'staff', 'service')),
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            staff_id TEXT REFERENCES staff (id),
            contribution TEXT NOT NULL DEFAULT '',
            share_scope TEXT NOT NULL DEFAULT '',
            share_consent_date TEXT,
            share_consent_expires TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX plan_participant_plan ON plan_participant (plan_id);

        CREATE TABLE plan_measure (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan (id),
            goal_id TEXT REFERENCES plan_goal (id),
            what TEXT NOT NULL,
            extent TEXT NOT NULL DEFAULT '',
            how TEXT NOT NULL DEFAULT '',
            responsible_staff_id TEXT REFERENCES staff (id),
            responsible_participant_id TEXT REFERENCES plan_participant (id),
            position INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX plan_measure_plan ON plan_measure (plan_id);

        CREATE TABLE plan_version (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan (id),
            number INTEGER NOT NULL,
            approved_by TEXT NOT NULL,
            approved_on TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX plan_version_plan ON plan_version (plan_id, number);
        CREATE TRIGGER plan_version_immutable
            BEFORE UPDATE OF plan_id, number, approved_by, approved_on, snapshot ON plan_version
            BEGIN SELECT RAISE(ABORT, 'an approved plan version cannot be changed'); END;

        CREATE TABLE case_role (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            resident_id TEXT NOT NULL REFERENCES resident (id),
            kind TEXT NOT NULL
                CHECK (kind IN ('supervisory', 'allocates_services', 'allocates_budget')),
            note TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX case_role_resident ON case_role (resident_id);
        CREATE INDEX case_role_staff ON case_role (staff_id);

        CREATE TABLE training (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            course TEXT NOT NULL,
            completed_on TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX training_staff ON training (staff_id, course);
        """,
    )


def _v3_accounts(conn: sqlite3.Connection) -> None:
    """Sign-in accounts. Authoritative here, inside the encrypted file: the name, the role,
    whether the account may sign in, and the PIN hash. The wrapped database keys live in the key
    file beside the database, because sign-in needs them before the file is decrypted."""
    run_script(
        conn,
        f"""
        CREATE TABLE account (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL
                CHECK (role IN ('administrator', 'leader', 'coordinator', 'staff', 'read_only')),
            staff_id TEXT REFERENCES staff (id),
            unit_id TEXT REFERENCES unit (id),
            active INTEGER NOT NULL DEFAULT 1,
            pin_hash TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE UNIQUE INDEX account_name ON account (name COLLATE NOCASE)
            WHERE deleted_at IS NULL;
        """,
    )


def _v4_mentoring_and_meetings(conn: sqlite3.Connection) -> None:
    """Coordinator development and meetings (issue 5).

    Training records gain who gave the course. Mentorships (mentor, mentee, period, focus, and
    a leader's reason when the mentor does not meet the rule) with their guidance sessions;
    coordinator networks with members, meetings and attendance. Meetings about a plan, with
    participants, agenda items (the minutes are written on each item) and action items, each
    with exactly one responsible person (a staff member or a plan participant) and a due date.
    """
    run_script(
        conn,
        f"""
        ALTER TABLE training ADD COLUMN provider TEXT NOT NULL DEFAULT '';

        CREATE TABLE mentorship (
            id TEXT PRIMARY KEY,
            mentor_id TEXT NOT NULL REFERENCES staff (id),
            mentee_id TEXT NOT NULL REFERENCES staff (id),
            start_date TEXT NOT NULL,
            end_date TEXT,
            focus TEXT NOT NULL DEFAULT '',
            approval_reason TEXT NOT NULL DEFAULT '',
            approved_by TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS},
            CHECK (mentor_id != mentee_id)
        );
        CREATE INDEX mentorship_mentor ON mentorship (mentor_id);
        CREATE INDEX mentorship_mentee ON mentorship (mentee_id);

        CREATE TABLE guidance_session (
            id TEXT PRIMARY KEY,
            mentorship_id TEXT NOT NULL REFERENCES mentorship (id),
            held_on TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
            topics TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX guidance_session_mentorship ON guidance_session (mentorship_id);

        CREATE TABLE coordinator_network (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit_id TEXT REFERENCES unit (id),
            description TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );

        CREATE TABLE network_member (
            id TEXT PRIMARY KEY,
            network_id TEXT NOT NULL REFERENCES coordinator_network (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            joined_on TEXT,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX network_member_network ON network_member (network_id);
        CREATE INDEX network_member_staff ON network_member (staff_id);

        CREATE TABLE network_meeting (
            id TEXT PRIMARY KEY,
            network_id TEXT NOT NULL REFERENCES coordinator_network (id),
            held_on TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX network_meeting_network ON network_meeting (network_id, held_on);

        CREATE TABLE network_attendance (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES network_meeting (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            present INTEGER NOT NULL DEFAULT 1,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX network_attendance_meeting ON network_attendance (meeting_id);

        CREATE TABLE meeting (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan (id),
            kind TEXT NOT NULL
                CHECK (kind IN ('plan_meeting', 'responsibility_group', 'evaluation', 'rehab')),
            meeting_date TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '10:00',
            duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
            place TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'cancelled')),
            next_meeting TEXT,
            revision INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX meeting_plan ON meeting (plan_id, meeting_date);
        CREATE INDEX meeting_date ON meeting (meeting_date);

        CREATE TABLE meeting_participant (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meeting (id),
            kind TEXT NOT NULL CHECK (kind IN ('resident', 'relative', 'staff', 'service')),
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            staff_id TEXT REFERENCES staff (id),
            plan_participant_id TEXT REFERENCES plan_participant (id),
            present INTEGER,
            position INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX meeting_participant_meeting ON meeting_participant (meeting_id);

        CREATE TABLE agenda_item (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meeting (id),
            kind TEXT NOT NULL CHECK (kind IN ('opening', 'plan_evaluation', 'goal_evaluation',
                'follow_up', 'consent', 'next_meeting', 'other')),
            title TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT '',
            ref_id TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

        CREATE TABLE action_item (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meeting (id),
            agenda_item_id TEXT REFERENCES agenda_item (id),
            what TEXT NOT NULL,
            responsible_staff_id TEXT REFERENCES staff (id),
            responsible_participant_id TEXT REFERENCES plan_participant (id),
            due_date TEXT NOT NULL,
            done_on TEXT,
            measure_id TEXT REFERENCES plan_measure (id),
            {STANDARD_COLUMNS},
            CHECK ((responsible_staff_id IS NULL) != (responsible_participant_id IS NULL))
        );
        CREATE INDEX action_item_meeting ON action_item (meeting_id);
        CREATE INDEX action_item_staff ON action_item (responsible_staff_id);
        """,
    )


# The schema version that stopped storing PINs.
NO_STORED_PINS = 5


def _v5_no_stored_pins(conn: sqlite3.Connection) -> None:
    """PINs are no longer stored (issue 9): a 4-to-8-digit PIN's hash in a file every account
    can decrypt is cracked offline in minutes. The PIN now lives in the session's memory only.

    The column goes, and so do its values in the change log; ``secure_delete`` overwrites the
    freed space with zeros so the old hashes do not linger in free pages of this file. (Backups
    taken before this migration still hold them until the rotation prunes them.)
    """
    conn.execute("PRAGMA secure_delete = ON")
    try:
        conn.execute("DELETE FROM change WHERE table_name = 'account' AND column_name = 'pin_hash'")
        conn.execute("UPDATE account SET pin_hash = ''")
        conn.execute("ALTER TABLE account DROP COLUMN pin_hash")
    finally:
        conn.execute("PRAGMA secure_delete = OFF")


def _v6_signed_audit(conn: sqlite3.Connection) -> None:
    """Issue 9: each audit event written by a signed-in account carries the account's
    signature of its hash (see :mod:`teamdesk.store.trust`), so an event added to the file by
    hand is told apart from one TeamDesk wrote."""
    run_script(
        conn,
        """
        ALTER TABLE audit_event ADD COLUMN signed_by TEXT;
        ALTER TABLE audit_event ADD COLUMN signature TEXT;
        """,
    )


def _v8_sync_foundations(conn: sqlite3.Connection) -> None:
    """Issue 11, the store's part of syncing several PCs.

    - Each change entry is unique by who made it, when, and where (replica, stamp, table, row,
      column), so applying a change set twice is a no-op. Exact duplicates an older TeamDesk
      could have logged (two processes on one file stamping the same millisecond) keep the
      first. ``received_from`` names the PC a change set came from (NULL: made here), so a PC
      publishes only what was made on it.
    - ``base_hlc``/``base_replica``: the version of the column an edit was made on (the entry it
      replaced), so concurrent edits of a free text are told from successive ones.
    - Stamps an older TeamDesk wrote with a counter past 99,999 (which sorted wrongly) are
      rewritten in the order-preserving encoding.
    - Local bookkeeping of sync: how far each other PC's change sets are applied here
      (``sync_peer``), the change sets this PC published (``sync_outbox``), change sets held
      back with the reason (``sync_held``), and free-text cells edited on two PCs
      (``sync_conflict``).
    """
    from teamdesk.store.ids import HybridLogicalClock

    def normalize(stamp: str) -> str:
        try:
            return HybridLogicalClock.normalize(stamp)
        except (ValueError, AttributeError):
            return stamp  # not a clock stamp (written by hand or by a test): left as it is

    conn.create_function("td_normalize_hlc", 1, normalize, deterministic=True)
    conn.execute("UPDATE change SET hlc = td_normalize_hlc(hlc) WHERE length(hlc) > 21")
    tables = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    for table in tables:
        columns = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
        if "updated_at" in columns and table not in SYSTEM_TABLES:
            conn.execute(
                f"UPDATE {table} SET updated_at = td_normalize_hlc(updated_at) "
                "WHERE length(updated_at) > 21"
            )
    run_script(
        conn,
        """
        DELETE FROM change WHERE seq NOT IN (
            SELECT MIN(seq) FROM change
            GROUP BY replica_id, hlc, table_name, row_id, column_name
        );
        CREATE UNIQUE INDEX change_unique
            ON change (replica_id, hlc, table_name, row_id, column_name);
        CREATE INDEX change_cell ON change (table_name, row_id, column_name, hlc);
        CREATE INDEX change_origin ON change (replica_id, seq);
        ALTER TABLE change ADD COLUMN base_hlc TEXT;
        ALTER TABLE change ADD COLUMN base_replica TEXT;
        ALTER TABLE change ADD COLUMN received_from TEXT;

        CREATE TABLE sync_peer (
            replica_id TEXT PRIMARY KEY,
            applied_seq INTEGER NOT NULL DEFAULT 0,
            pc_name TEXT NOT NULL DEFAULT '',
            last_applied_at TEXT
        );

        CREATE TABLE sync_outbox (
            replica_id TEXT NOT NULL,
            set_seq INTEGER NOT NULL,
            first_change_seq INTEGER NOT NULL,
            last_change_seq INTEGER NOT NULL,
            seen TEXT NOT NULL,
            made_at TEXT NOT NULL,
            PRIMARY KEY (replica_id, set_seq)
        );

        CREATE TABLE sync_held (
            replica_id TEXT NOT NULL,
            set_seq INTEGER NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            noted_at TEXT NOT NULL,
            PRIMARY KEY (replica_id, set_seq)
        );

        CREATE TABLE sync_conflict (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            column_name TEXT NOT NULL,
            noted_at TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id, column_name)
        );
        """,
    )


def _v12_rotas(conn: sqlite3.Connection) -> None:
    """Rotas and shifts (issue 13): the house's shift kinds, one rota per unit (a cycle of weeks
    from a start date, a line per staff member and a shift per cycle day), one-off changes for a
    date, and the staff's employee number (how rota systems name people). Ordinary rows with
    the standard columns, so the change log and sync carry them like any other."""
    run_script(
        conn,
        f"""
        ALTER TABLE staff ADD COLUMN employee_number TEXT NOT NULL DEFAULT '';

        CREATE TABLE shift_kind (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );

        CREATE TABLE rota (
            id TEXT PRIMARY KEY,
            unit_id TEXT REFERENCES unit (id),
            name TEXT NOT NULL DEFAULT '',
            cycle_weeks INTEGER NOT NULL DEFAULT 12 CHECK (cycle_weeks BETWEEN 1 AND 52),
            starts_on TEXT NOT NULL,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX rota_unit ON rota (unit_id);

        CREATE TABLE rota_line (
            id TEXT PRIMARY KEY,
            rota_id TEXT NOT NULL REFERENCES rota (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            {STANDARD_COLUMNS}
        );
        CREATE INDEX rota_line_rota ON rota_line (rota_id);
        CREATE INDEX rota_line_staff ON rota_line (staff_id);

        CREATE TABLE rota_shift (
            id TEXT PRIMARY KEY,
            rota_id TEXT NOT NULL REFERENCES rota (id),
            staff_id TEXT NOT NULL REFERENCES staff (id),
            cycle_day INTEGER NOT NULL CHECK (cycle_day >= 0),
            shift_kind_id TEXT NOT NULL REFERENCES shift_kind (id),
            {STANDARD_COLUMNS}
        );
        CREATE INDEX rota_shift_day ON rota_shift (rota_id, cycle_day);
        CREATE INDEX rota_shift_staff ON rota_shift (staff_id);

        CREATE TABLE shift_change (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('swap', 'extra', 'cover', 'off')),
            shift_kind_id TEXT REFERENCES shift_kind (id),
            covers_staff_id TEXT REFERENCES staff (id),
            note TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS}
        );
        CREATE INDEX shift_change_day ON shift_change (day);
        CREATE INDEX shift_change_staff ON shift_change (staff_id);
        -- The house's rota reads the absences overlapping a few days: by their end date.
        CREATE INDEX absence_to ON absence (to_date);
        """,
    )


Migration = Callable[[sqlite3.Connection], None]


def _v10_fractional_positions(conn: sqlite3.Connection) -> None:
    """Issue 10: goals, participants and measures are ordered by fractional keys (texts that
    sort between any two others, :mod:`teamdesk.domain.ordering`) instead of numbers, so a move
    writes the moved row alone and two PCs that reorder one list at once merge (issue 11).

    Each plan's rows keep their order: they get keys in the order of their old numbers (ties
    by id, as the plan showed them). The change log's entries for the column are set to the
    row's key, so replaying the log gives the same order; approved versions keep their frozen
    numbers (a version never changes), which still sort as they did.
    """
    for table in ("plan_goal", "plan_participant", "plan_measure"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
        rows = conn.execute(
            f"SELECT id, plan_id FROM {table} ORDER BY plan_id, position, id"
        ).fetchall()
        by_plan: dict[str, list[str]] = {}
        for row in rows:
            by_plan.setdefault(str(row[1]), []).append(str(row[0]))
        for ids in by_plan.values():
            for key, row_id in zip(first_keys(len(ids)), ids, strict=True):
                conn.execute(f"UPDATE {table} SET sort_key = ? WHERE id = ?", (key, row_id))
        conn.execute(f"ALTER TABLE {table} DROP COLUMN position")
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN sort_key TO position")
        conn.execute(
            f"UPDATE change SET value = (SELECT position FROM {table} WHERE id = change.row_id) "
            "WHERE table_name = ? AND column_name = 'position'",
            (table,),
        )


def _v11_relation_checkins(conn: sqlite3.Connection) -> None:
    """The relational-coordination check-in (issue 15).

    ``relation_round``: a round for a resident's team (``resident_id``) or a whole unit, the ties
    (roles and services answered about, JSON), its end date and status.
    ``relation_respondent``: that someone took part (a signed-in person, or a printed form the
    coordinator entered), never what they answered.
    ``relation_tally``: the sealed counts per tie and dimension, written when a round is sealed
    on a PC (one row per PC that took answers, so the counts add up across PCs).
    ``relation_ballot``: the ballot box while a round is open. It is the store's own table, not
    the write path's: the change log and the audit log would keep each person's name beside
    their answers for ever. A ballot has a random id (no time order), no author and no time,
    never leaves this PC, and is erased (``secure_delete``) when the round is sealed.
    """
    run_script(
        conn,
        f"""
        CREATE TABLE relation_round (
            id TEXT PRIMARY KEY,
            resident_id TEXT REFERENCES resident (id),
            unit_id TEXT REFERENCES unit (id),
            ties TEXT NOT NULL,
            started_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            closed_on TEXT,
            started_by TEXT NOT NULL DEFAULT '',
            {STANDARD_COLUMNS},
            CHECK ((resident_id IS NULL) != (unit_id IS NULL))
        );
        CREATE INDEX relation_round_resident ON relation_round (resident_id, started_on);
        CREATE INDEX relation_round_unit ON relation_round (unit_id, started_on);

        CREATE TABLE relation_respondent (
            id TEXT PRIMARY KEY,
            round_id TEXT NOT NULL REFERENCES relation_round (id),
            staff_id TEXT REFERENCES staff (id),
            source TEXT NOT NULL CHECK (source IN ('self', 'paper')),
            {STANDARD_COLUMNS}
        );
        CREATE INDEX relation_respondent_round ON relation_respondent (round_id);

        CREATE TABLE relation_tally (
            id TEXT PRIMARY KEY,
            round_id TEXT NOT NULL REFERENCES relation_round (id),
            sealed_on_replica TEXT NOT NULL,
            tie TEXT NOT NULL,
            dimension TEXT NOT NULL,
            respondents INTEGER NOT NULL DEFAULT 0,
            n1 INTEGER NOT NULL DEFAULT 0,
            n2 INTEGER NOT NULL DEFAULT 0,
            n3 INTEGER NOT NULL DEFAULT 0,
            n4 INTEGER NOT NULL DEFAULT 0,
            n5 INTEGER NOT NULL DEFAULT 0,
            dont_know INTEGER NOT NULL DEFAULT 0,
            {STANDARD_COLUMNS}
        );
        CREATE INDEX relation_tally_round ON relation_tally (round_id);

        CREATE TABLE relation_ballot (
            id TEXT PRIMARY KEY,
            round_id TEXT NOT NULL,
            answers TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


def _v7_page_indexes(conn: sqlite3.Connection) -> None:
    """Indexes for what one page reads, so opening a page costs the same in a house of ten
    residents and in a municipality of 25,000 (the teams of one unit)."""
    conn.execute("CREATE INDEX team_unit ON team (unit_id)")


def _v9_merge_bases(conn: sqlite3.Connection) -> None:
    """Issue 11, merging free text three-way: ``also_base`` lists, as JSON ``[column, stamp,
    replica]`` triples, the versions an edit was made on beyond ``base_hlc``/``base_replica``
    (an edit of a merged text was made on every version merged into it; a delete, on each
    column's versions it saw, so an edit it never saw keeps the row)."""
    conn.execute("ALTER TABLE change ADD COLUMN also_base TEXT")


def _v13_audit_travels(conn: sqlite3.Connection) -> None:
    """Issue 11, the audit log travels: each change set carries its PC's audit chain head and
    the events since its previous set (``sync_outbox.audit_seq`` says how far a set reaches),
    and each PC keeps the other PCs' chains (``sync_peer_audit``, from ``first_hash`` on, with
    the newest head in ``sync_peer_audit_head``), so history rewritten on one PC is seen by the
    others and ``check`` verifies every chain."""
    run_script(
        conn,
        """
        ALTER TABLE sync_outbox ADD COLUMN audit_seq INTEGER;
        CREATE TABLE sync_peer_audit (
            replica_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            id TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT,
            row_id TEXT,
            summary TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            signed_by TEXT,
            signature TEXT,
            PRIMARY KEY (replica_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE sync_peer_audit_head (
            replica_id TEXT PRIMARY KEY,
            first_hash TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL
        );
        """,
    )


def _v14_accounts_travel(conn: sqlite3.Connection) -> None:
    """Issue 11, accounts travel: two PCs may each make an account of the same name while
    apart, and both must arrive everywhere (an account is its id), so the name is no longer
    unique in the table; the services still refuse a name taken on this PC. Each change entry
    names the account that made it (``actor_id``) beside its display name."""
    run_script(
        conn,
        """
        ALTER TABLE change ADD COLUMN actor_id TEXT;
        DROP INDEX account_name;
        CREATE INDEX account_name ON account (name COLLATE NOCASE) WHERE deleted_at IS NULL;
        """,
    )


def _v15_joined_plans(conn: sqlite3.Connection) -> None:
    """Issue 14, the Danish profile's joined plan (helhedsorienteret plan, Serviceloven § 141
    stk. 7): whether a plan is one, the plans it replaces (free text), and the citizen's consent
    to share information across areas: the day it was given and who recorded it, both or
    neither (a rule across two columns, so they are written together, ``WRITTEN_TOGETHER``)."""
    run_script(
        conn,
        """
        ALTER TABLE plan ADD COLUMN joined_plan INTEGER NOT NULL DEFAULT 0
            CHECK (joined_plan IN (0, 1));
        ALTER TABLE plan ADD COLUMN replaces_plans TEXT NOT NULL DEFAULT '';
        ALTER TABLE plan ADD COLUMN joined_consent_date TEXT;
        ALTER TABLE plan ADD COLUMN joined_consent_recorded_by TEXT NOT NULL DEFAULT ''
            CHECK ((joined_consent_date IS NULL) = (joined_consent_recorded_by = ''));
        """,
    )


MIGRATIONS: list[Migration] = [
    _v1_foundation,
    _v2_individual_plans,
    _v3_accounts,
    _v4_mentoring_and_meetings,
    _v5_no_stored_pins,
    _v6_signed_audit,
    _v7_page_indexes,
    _v8_sync_foundations,
    _v9_merge_bases,
    _v10_fractional_positions,
    _v11_relation_checkins,
    _v12_rotas,
    _v13_audit_travels,
    _v14_accounts_travel,
    _v15_joined_plans,
]


def latest_version() -> int:
    """The schema version this TeamDesk writes."""
    return len(MIGRATIONS)
