"""Character error rate of OCR text against ground truth, and the real G4 pages of tesseract's tests.

CER = Levenshtein distance / length of the truth, both after Unicode NFC,
cedilla letters folded to comma-below and whitespace runs collapsed to one
space (layout is not what is measured). The real pages
(`../shared/corpora/tesseract-test/testing/`, 300 dpi CCITT G4 magazine
scans with zone files `.uzn` and their text `.txt`) are read zone by zone,
so column order does not count as error; they are English, read with `eng`.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from rapidfuzz.distance import Levenshtein

TESSERACT_TEST = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tesseract-test" / "testing"
)
G4_PAGES = ("8071_093.3B", "8087_054.3B")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(str.maketrans("şţŞŢ", "șțȘȚ"))
    return " ".join(text.split())


def cer(got: str, want: str) -> float:
    want_n, got_n = normalise(want), normalise(got)
    return Levenshtein.distance(got_n, want_n) / max(1, len(want_n))


@dataclass(frozen=True, slots=True)
class PageCer:
    name: str
    kind: str  # "scan" | "fax_fine" | "fax_standard" | "g4_real"
    errors: int
    chars: int

    @property
    def rate(self) -> float:
        return self.errors / max(1, self.chars)


def page_cer(name: str, kind: str, got: str, want: str) -> PageCer:
    want_n = normalise(want)
    return PageCer(name, kind, Levenshtein.distance(normalise(got), want_n), len(want_n))


def _zones(path: Path) -> list[tuple[int, int, int, int]]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 4 and all(p.isdigit() for p in parts[:4]):
            x, y, w, h = map(int, parts[:4])
            out.append((x, y, w, h))
    return out


def real_g4_pages() -> list[tuple[str, list[bytes], str]]:
    """(name, zone images as TIFF bytes, truth text) for each real page found; [] when absent."""
    found = []
    for stem in G4_PAGES:
        tif, txt, uzn = (TESSERACT_TEST / f"{stem}{ext}" for ext in (".tif", ".txt", ".uzn"))
        if not (tif.exists() and txt.exists() and uzn.exists()):
            continue
        page = Image.open(tif)
        crops = []
        for x, y, w, h in _zones(uzn):
            buf = io.BytesIO()
            page.crop((x, y, x + w, y + h)).save(buf, "TIFF", compression="group4", dpi=(300, 300))
            crops.append(buf.getvalue())
        found.append((stem, crops, txt.read_text(encoding="utf-8", errors="replace")))
    return found


def summarise(pages: list[PageCer]) -> dict[str, dict[str, float]]:
    """kind -> {"pages", "cer"} (character-weighted), plus "fax" for both fax modes together."""
    groups: dict[str, list[PageCer]] = {}
    for p in pages:
        groups.setdefault(p.kind, []).append(p)
        if p.kind.startswith("fax_"):
            groups.setdefault("fax", []).append(p)
    return {
        kind: {
            "pages": len(ps),
            "cer": sum(p.errors for p in ps) / max(1, sum(p.chars for p in ps)),
        }
        for kind, ps in sorted(groups.items())
    }
