"""Resident Tesseracts: the same words as a run per page, and every failure contained to its page.

Real `tesseract` throughout (make test installs it): the comparisons are against
`pytesseract.image_to_data` on the same files, the way every page was read
before residents existed.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageSequence

from parsers import tesseract
from parsers.tesseract import Readers

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
LANGS = "ron+eng"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Real pages of three kinds, as the OCR step writes them: a 300 dpi grey scan, two G4 fax pages."""
    out = tmp_path_factory.mktemp("pages")
    paths: list[str] = []
    pdf = pdfium.PdfDocument((SAMPLES / "mediation_scan.pdf").read_bytes())
    try:
        scan = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    scan.save(out / "scan.bmp", "BMP", dpi=(300, 300))
    paths.append(str(out / "scan.bmp"))
    with Image.open(SAMPLES / "le_fax.tif") as im:
        for i, frame in enumerate(ImageSequence.Iterator(im)):
            frame.copy().save(out / f"fax{i}.bmp", "BMP", dpi=(204, 204))
            paths.append(str(out / f"fax{i}.bmp"))
    return paths


@pytest.fixture
def readers() -> Iterator[Readers]:
    r = Readers(2)
    yield r
    r.close()


def _alone(path: str) -> dict[str, list[object]]:
    data: dict[str, list[object]] = pytesseract.image_to_data(
        path, lang=LANGS, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    return data


@pytest.mark.slow
def test_same_words_as_a_run_per_page(readers: Readers, pages: list[str]) -> None:
    """One resident reads the pages in turn (one twice); each equals its own pytesseract run."""
    order = [*pages, pages[0]]
    got = [readers.data(p, LANGS, 3, 120) for p in order]
    assert readers.started == 1 and readers.pages == len(order)
    for path, data in zip(order, got, strict=True):
        assert data == _alone(path), path
    assert "8910/P/2026" in " ".join(str(w) for w in got[1]["text"])  # really read


@pytest.mark.slow
def test_timeout_kills_only_that_page(readers: Readers, pages: list[str]) -> None:
    """A page over its limit raises pytesseract's timeout; its process is gone, the next page reads."""
    readers.data(pages[1], LANGS, 3, 120)  # a resident, warm
    (first,) = readers._idle
    with pytest.raises(RuntimeError, match="timeout"):
        readers.data(pages[0], LANGS, 3, 0.05)
    assert first.proc.poll() is not None  # killed, not left running
    assert readers._idle == []
    assert readers.data(pages[2], LANGS, 3, 120) == _alone(pages[2])
    assert readers.started == 2


def test_unreadable_page_fails_alone(readers: Readers, tmp_path: Path, pages: list[str]) -> None:
    """A file Tesseract cannot read: TesseractError with Tesseract's own words; then all is well."""
    bad = tmp_path / "bad.bmp"
    bad.write_bytes(b"BM this is no bitmap")
    with pytest.raises(pytesseract.TesseractError) as caught:
        readers.data(str(bad), LANGS, 3, 60)
    assert "cannot be read" in str(caught.value.message)
    assert readers.data(pages[2], LANGS, 3, 120) == _alone(pages[2])


def test_missing_tesseract(readers: Readers, monkeypatch: pytest.MonkeyPatch) -> None:
    """No tesseract binary is pytesseract's TesseractNotFoundError, as with a run per page."""
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(pytesseract.TesseractNotFoundError):
        readers.data("/dev/null", LANGS, 3, 10)


@pytest.mark.slow
def test_threads_share_at_most_slots_residents(readers: Readers, pages: list[str]) -> None:
    """Six threads, two slots: every page right, never more than two processes."""
    want = {p: _alone(p) for p in pages}
    got: dict[int, tuple[str, dict[str, list[object]]]] = {}

    def read(i: int) -> None:
        path = pages[i % len(pages)]
        got[i] = (path, readers.data(path, LANGS, 3, 120))

    threads = [threading.Thread(target=read, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(got) == 6
    assert all(data == want[path] for path, data in got.values())
    assert readers.started <= 2 and len(readers._idle) <= 2


def test_replaced_after_max_pages(
    readers: Readers, pages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A resident that has read MAX_PAGES pages is ended and a new one started."""
    monkeypatch.setattr(tesseract, "MAX_PAGES", 2)
    small = _small_page(pages[2])
    for _ in range(3):
        readers.data(small, LANGS, 3, 60)
    assert readers.started == 2 and readers.pages == 3


def test_thread_limit_reaches_the_process(
    readers: Readers, pages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Residents run with OMP_THREAD_LIMIT=1 unless the operator set another value."""
    small = _small_page(pages[2])
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    readers.data(small, LANGS, 3, 60)
    assert _environ(readers._idle[0].proc.pid).get("OMP_THREAD_LIMIT") == "1"
    readers.close()
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    readers.data(small, LANGS, 3, 60)
    assert _environ(readers._idle[0].proc.pid).get("OMP_THREAD_LIMIT") == "2"


def test_without_stdbuf_each_page_its_own_run(pages: list[str]) -> None:
    """Where residents cannot run, pages are read by pytesseract one run each, same words."""
    r = Readers(1, resident=False)
    small = _small_page(pages[2])
    assert not r.resident
    assert r.data(small, LANGS, 3, 60) == _alone(small)
    assert r.started == 0


def _small_page(path: str) -> str:
    """The top strip of a fax page (a few lines of text): quick to read."""
    small = path.replace(".bmp", "-top.bmp")
    if not os.path.exists(small):
        with Image.open(path) as im:
            im.crop((0, 0, im.width, 300)).save(small, "BMP", dpi=(204, 204))
    return small


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    # stdbuf execs tesseract in place: same pid, and the environment it was given.
    pairs = (entry.split(b"=", 1) for entry in raw.split(b"\0") if b"=" in entry)
    return {k.decode(): v.decode("utf-8", "replace") for k, v in pairs}


@pytest.mark.slow
def test_close_while_a_page_is_read(readers: Readers, pages: list[str]) -> None:
    """close() ends idle residents only: a page being read finishes, and the next page reads."""
    readers.data(_small_page(pages[2]), LANGS, 3, 60)  # warm: the scan below starts at once
    result: dict[str, dict[str, list[object]]] = {}
    reader = threading.Thread(
        target=lambda: result.update(scan=readers.data(pages[0], LANGS, 3, 120))
    )
    reader.start()
    deadline = time.monotonic() + 10
    while readers._idle and time.monotonic() < deadline:  # until the resident is checked out
        time.sleep(0.001)
    readers.close()
    reader.join(timeout=120)
    assert result["scan"] == _alone(pages[0])
    assert readers.data(pages[2], LANGS, 3, 120) == _alone(pages[2])
