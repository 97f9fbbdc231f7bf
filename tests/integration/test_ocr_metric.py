"""OCR seconds per page on SQLite and PostgreSQL: the same histogram from the same items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from registratura.metrics import metrics_text
from storage import Database
from tests.unit.test_ocr_metric import check_histogram, fill

pytestmark = pytest.mark.integration


def test_ocr_seconds_per_page_histogram_on_both_databases(
    database_url: str, tmp_path: Path
) -> None:
    db = Database(database_url)
    try:
        db.migrate()
        fill(db)
        seen: list[tuple[str, Any]] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def keep(_c: object, _cur: object, statement: str, parameters: Any, *_: object) -> None:
            seen.append((statement, parameters))

        check_histogram(metrics_text(db))
        ocr = [(s, p) for s, p in seen if "ocr_pages" in s]
        assert len(ocr) == 1  # one query per scrape
        if db.is_sqlite:
            return
        # PostgreSQL can answer it from the partial index (a few rows here: the
        # planner would scan the table, so sequential scans are ruled out to ask).
        statement, parameters = ocr[0]
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(
                str(r[0]) for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters)
            )
        assert "ix_items_ocr" in plan, plan
    finally:
        db.dispose()
