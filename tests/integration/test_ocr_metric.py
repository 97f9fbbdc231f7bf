"""OCR seconds per page on SQLite and PostgreSQL: the same histogram from the same items."""

from __future__ import annotations

from pathlib import Path

import pytest

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
        check_histogram(metrics_text(db))
    finally:
        db.dispose()
