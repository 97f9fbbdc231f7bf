"""Share of text-layer PDF pages that skip OCR (target 100%).

Every PDF with a real text layer in the sample and evaluation corpora
(tests/samples, tests/eval/corpus: the `pdf` and `attach` formats, fpdf2 +
DejaVu) is extracted; a page counts as skipping OCR when its method is
`text_layer`. A page sent to Tesseract here is time wasted and a worse text.
"""

from __future__ import annotations

import email
import json
import time
from dataclasses import dataclass
from pathlib import Path

from parsers import extract

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class ShareResult:
    documents: int
    pages: int
    text_layer_pages: int
    seconds: float

    @property
    def share(self) -> float:
        return self.text_layer_pages / self.pages if self.pages else 0.0


def text_pdfs() -> list[tuple[str, bytes]]:
    out = [("complaint_text.pdf", (ROOT / "tests" / "samples" / "complaint_text.pdf").read_bytes())]
    corpus = ROOT / "tests" / "eval" / "corpus"
    manifest_path = corpus / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text("utf-8"))
        for name, meta in sorted(manifest.items()):
            if meta["format"] == "pdf":
                out.append((name, (corpus / name).read_bytes()))
            elif meta["format"] == "attach":
                msg = email.message_from_bytes((corpus / name).read_bytes())
                for part in msg.walk():
                    if part.get_content_type() == "application/pdf":
                        payload = part.get_payload(decode=True)
                        if isinstance(payload, bytes):
                            out.append((f"{name}/{part.get_filename()}", payload))
    return out


def measure() -> ShareResult:
    docs = text_pdfs()
    pages = text_pages = 0
    start = time.monotonic()
    for name, data in docs:
        doc = extract(data, filename=name)
        pages += len(doc.pages)
        text_pages += sum(1 for p in doc.pages if p.method == "text_layer")
    return ShareResult(len(docs), pages, text_pages, time.monotonic() - start)


def line(result: ShareResult) -> str:
    verdict = "ok" if result.share >= 1.0 else "BELOW"
    return (
        f"text-layer PDF pages skipping OCR: {result.text_layer_pages}/{result.pages} "
        f"({result.share:.0%}, target 100%: {verdict}) in {result.documents} PDFs, {result.seconds:.2f} s"
    )


if __name__ == "__main__":
    print(line(measure()))
