"""OCR seconds per page: measured by the parse step, stored on the item, a histogram in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text, update

from ingest import Channel, Envelope, accept
from registratura.metrics import OCR_PAGE_BUCKETS, metrics_text
from router import steps
from router.policy import load_policy
from router.steps import Pipeline, ocr_time
from storage import Database
from storage.items import ITEMS
from tests.conftest import SAMPLES
from tests.helpers import text_mail
from tests.metrics_support import sample, samples

NAME = "registratura_ocr_seconds_per_page"


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'o.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def given_ocr(
    db: Database, n: int, channel: Channel, seconds: float | None, pages: int | None
) -> int:
    """An item received on `channel` whose parse OCR'd `pages` pages in `seconds` (set directly)."""
    acc = accept(db, text_mail(n), Envelope(channel=channel), None)
    with db.begin() as conn:
        conn.execute(
            update(ITEMS)
            .where(ITEMS.c.id == acc.item_id)
            .values(ocr_seconds=seconds, ocr_pages=pages)
        )
    return acc.item_id


def fill(db: Database) -> None:
    """fax: 1 page in 0.4 s, 4 pages in 10 s (2.5 s a page), 2 pages in 150 s (75 s a page);
    folder: 3 pages in 9 s (3 s a page); a mail without OCR and a 0-page row count nothing."""
    given_ocr(db, 1, Channel.FAX, 0.4, 1)
    given_ocr(db, 2, Channel.FAX, 10.0, 4)
    given_ocr(db, 3, Channel.FAX, 150.0, 2)
    given_ocr(db, 4, Channel.FOLDER, 9.0, 3)
    given_ocr(db, 5, Channel.SMTP, None, None)
    given_ocr(db, 6, Channel.SMTP, 1.0, 0)


def check_histogram(body: str) -> None:
    def bucket(channel: str, le: str) -> float:
        return sample(body, f"{NAME}_bucket", channel=channel, le=le)

    # Each page counts once at its item's mean: 1 page at 0.4 s, 4 at 2.5 s, 2 at 75 s.
    assert bucket("fax", "0.25") == 0
    assert bucket("fax", "0.5") == 1
    assert bucket("fax", "2.0") == 1
    assert bucket("fax", "3.0") == 5
    assert bucket("fax", "60.0") == 5
    assert bucket("fax", "120.0") == 7
    assert bucket("fax", "+Inf") == 7
    assert sample(body, f"{NAME}_count", channel="fax") == 7
    assert sample(body, f"{NAME}_sum", channel="fax") == pytest.approx(160.4, abs=1e-6)
    assert bucket("folder", "2.0") == 0 and bucket("folder", "3.0") == 3
    assert sample(body, f"{NAME}_count", channel="folder") == 3
    assert sample(body, f"{NAME}_sum", channel="folder") == pytest.approx(9.0, abs=1e-6)
    # No OCR, no series: the mail channel has none.
    assert not [
        s for s in samples(body) if s.name.startswith(NAME) and s.labels["channel"] == "smtp"
    ]
    bounds = [s.labels["le"] for s in samples(body) if s.name == f"{NAME}_bucket"]
    assert len(bounds) == 2 * (len(OCR_PAGE_BUCKETS) + 1)


def test_ocr_seconds_per_page_histogram(pipeline: Pipeline) -> None:
    fill(pipeline.db)
    check_histogram(metrics_text(pipeline.db))


def test_nothing_ocrd_is_an_empty_histogram(pipeline: Pipeline) -> None:
    given_ocr(pipeline.db, 1, Channel.SMTP, None, None)
    body = metrics_text(pipeline.db)
    assert f"# TYPE {NAME} histogram" in body
    assert not [s for s in samples(body) if s.name.startswith(NAME)]


def test_the_histogram_is_one_query_on_the_partial_index(pipeline: Pipeline) -> None:
    """One statement reads the OCR columns, and SQLite answers it from ix_items_ocr."""
    fill(pipeline.db)
    seen: list[tuple[str, Any]] = []

    @event.listens_for(pipeline.db.engine, "before_cursor_execute")
    def keep(_c: object, _cur: object, statement: str, parameters: Any, *_: object) -> None:
        seen.append((statement, parameters))

    metrics_text(pipeline.db)
    ocr = [(s, p) for s, p in seen if "ocr_pages" in s]
    assert len(ocr) == 1
    statement, parameters = ocr[0]
    with pipeline.db.read() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )
    assert "ix_items_ocr" in plan and "COVERING INDEX" in plan, plan


def test_ocr_time_is_none_without_ocr_pages() -> None:
    assert ocr_time(0, 3.2) == {"ocr_seconds": None, "ocr_pages": None}
    assert ocr_time(3, 6.04321) == {"ocr_seconds": 6.043, "ocr_pages": 3}
    assert ocr_time(1, -0.1) == {"ocr_seconds": 0.0, "ocr_pages": 1}


def ocr_columns(db: Database, item_id: int) -> tuple[float | None, int | None]:
    with db.read() as conn:
        row = conn.execute(
            select(ITEMS.c.ocr_seconds, ITEMS.c.ocr_pages).where(ITEMS.c.id == item_id)
        ).one()
    return row.ocr_seconds, row.ocr_pages


def test_the_parse_step_stores_the_ocr_time_of_a_scan_and_none_for_a_text_mail(
    pipeline: Pipeline,
) -> None:
    mail = accept(pipeline.db, text_mail(1), Envelope(channel=Channel.SMTP), None)
    fax = accept(
        pipeline.db,
        (SAMPLES / "le_fax.tif").read_bytes(),
        Envelope(channel=Channel.FAX, filename="le_fax.tif"),
        None,
    )
    assert steps.parse(pipeline, mail.item_id) and steps.parse(pipeline, fax.item_id)
    assert ocr_columns(pipeline.db, mail.item_id) == (None, None)
    seconds, pages = ocr_columns(pipeline.db, fax.item_id)
    assert pages is not None and pages >= 1
    assert seconds is not None and 0 < seconds < 120 * pages
    body = metrics_text(pipeline.db)
    assert sample(body, f"{NAME}_count", channel="fax") == pages
    assert sample(body, f"{NAME}_sum", channel="fax") == pytest.approx(seconds, rel=1e-6)
    with pipeline.db.read() as conn:  # the migration made the index partial
        (sql,) = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_items_ocr'")
        ).one()
    assert "WHERE ocr_pages IS NOT NULL" in sql
