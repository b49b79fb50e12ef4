"""The worker thread with a connection of its own that background reads and sync rounds share."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from ui_support import open_second_connection

from teamdesk.domain.text import N_, Message
from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.ui.common.connection_thread import ConnectionThread, Outcome


def test_jobs_run_in_order_on_one_worker_connection_and_refusals_come_back_as_refusals(
    qtbot: QtBot, ctx: ServiceContext, request: pytest.FixtureRequest
) -> None:
    opened: list[ServiceContext] = []

    def open_context() -> ServiceContext:
        made = ServiceContext(open_second_connection(ctx.store, request), ctx.actor, ctx.today)
        opened.append(made)
        return made

    worker = ConnectionThread(open_context, "testWorker")
    seen: list[tuple[str, Outcome]] = []
    where: list[tuple[threading.Thread, ServiceContext]] = []

    def count(c: ServiceContext) -> int:
        where.append((threading.current_thread(), c))
        return int(c.store.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])

    def refuse(_c: ServiceContext) -> None:
        raise ServiceError(Message(N_("Not for you.")))

    def crash(_c: ServiceContext) -> None:
        raise ZeroDivisionError

    try:
        for name, job in (("count", count), ("refuse", refuse), ("crash", crash), ("again", count)):
            assert worker.submit(job, lambda outcome, name=name: seen.append((name, outcome)))
        qtbot.waitUntil(lambda: len(seen) == 4)
    finally:
        assert worker.shutdown(30)
    assert [name for name, _ in seen] == ["count", "refuse", "crash", "again"]
    outcomes = dict(seen)
    assert isinstance(outcomes["count"].result, int) and outcomes["count"].refused is None
    assert isinstance(outcomes["refuse"].refused, ServiceError)
    assert outcomes["crash"].failed and outcomes["crash"].result is None
    # One connection, opened once on the worker, never the GUI's; closed at shutdown.
    assert len(opened) == 1 and opened[0].store is not ctx.store
    assert all(t is not threading.main_thread() and c is opened[0] for t, c in where)
    assert not worker.running and not worker.submit(count, lambda _o: None)
