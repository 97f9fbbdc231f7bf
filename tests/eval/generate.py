"""Write the evaluation corpus: `python -m tests.eval.generate [OUT]` (default tests/eval/corpus/).

Deterministic (one seed per item): run twice, get the same files. About 230
items over the five categories and every channel; every third item is written
only with the held-out half of each paraphrase pool, so the evaluation can
show how the rules do on wording they were not tuned on. Ground truth for
category, fields and (for scans and faxes) the page text goes to
`manifest.json`. See tests/eval/README.md.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.eval import render
from tests.eval.law import law_letter
from tests.eval.letter import Letter
from tests.eval.misc import support_letter, unknown_letter
from tests.eval.people import buyer_letter
from tests.eval.vocab import diacritics, pick, typos

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"
SEED = 20261127

# Formats per category: (format, count). "eml:<charset>", "html:<charset>", "attach",
# "reply", "pdf", "scan", "scan_colour", "fax_fine", "fax_std", "fax_rot180", "fax_rot90".
PLAN: dict[str, list[tuple[str, int]]] = {
    "law_enforcement": [
        ("eml:utf-8", 8),
        ("eml:iso-8859-2", 4),
        ("eml:iso-8859-16", 3),
        ("eml:windows-1250", 3),
        ("html:utf-8", 3),
        ("attach", 4),
        ("pdf", 5),
        ("fax_fine", 6),
        ("fax_std", 3),
        ("fax_rot180", 1),
        ("fax_rot90", 1),
        ("scan_colour", 3),
        ("scan", 2),
    ],
    "complaint": [
        ("eml:utf-8", 12),
        ("eml:iso-8859-2", 4),
        ("eml:iso-8859-16", 3),
        ("eml:windows-1250", 4),
        ("html:utf-8", 4),
        ("reply", 4),
        ("pdf", 5),
        ("scan", 3),
        ("scan_colour", 2),
        ("fax_std", 2),
        ("fax_fine", 2),
    ],
    "mediation": [
        ("eml:utf-8", 12),
        ("eml:iso-8859-2", 4),
        ("eml:iso-8859-16", 3),
        ("eml:windows-1250", 4),
        ("html:windows-1250", 4),
        ("reply", 3),
        ("pdf", 5),
        ("scan", 3),
        ("scan_colour", 3),
        ("fax_std", 2),
        ("fax_fine", 2),
    ],
    "support": [
        ("eml:utf-8", 16),
        ("eml:iso-8859-2", 5),
        ("eml:iso-8859-16", 3),
        ("eml:windows-1250", 5),
        ("html:utf-8", 6),
        ("html:iso-8859-2", 2),
        ("pdf", 3),
        ("scan", 2),
        ("fax_fine", 2),
    ],
    "unknown": [
        ("eml:utf-8", 14),
        ("eml:iso-8859-2", 3),
        ("eml:windows-1250", 3),
        ("html:utf-8", 6),
        ("pdf", 4),
        ("scan", 3),
        ("scan_colour", 1),
        ("fax_fine", 3),
        ("fax_std", 1),
    ],
}
COMPOSERS: dict[str, Callable[[random.Random, bool], Letter]] = {
    "law_enforcement": law_letter,
    "complaint": lambda r, h: buyer_letter(r, h, "complaint"),
    "mediation": lambda r, h: buyer_letter(r, h, "mediation"),
    "support": support_letter,
    "unknown": unknown_letter,
}
SUPPORT_QUOTE = (
    "Bună ziua,\nVă rugăm să ne comunicați numărul comenzii și numele de utilizator al "
    "vânzătorului, ca să putem verifica.\nEchipa Okazii Suport"
)


def _style(rnd: random.Random, fmt: str) -> str:
    charset = fmt.partition(":")[2]
    if charset in ("iso-8859-2", "windows-1250"):
        return rnd.choice(["cedilla", "cedilla", "none"])
    if charset == "iso-8859-16":
        return rnd.choice(["comma", "none"])
    return (
        rnd.choice(["comma", "comma", "none", "cedilla"])
        if charset
        else rnd.choice(["comma", "comma", "none"])
    )


def _protected(fields: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    for value in fields.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, str):
                words.update(item.split())
    return words


def _deform(letter: Letter, rnd: random.Random, style: str) -> Letter:
    protect = _protected(letter.fields)
    blocks = []
    for kind, text in letter.blocks:
        if (
            kind == "body"
            and rnd.random() < 0.3
            and not any(w in text for w in protect if len(w) > 6)
        ):
            text = typos(rnd, text, rnd.randrange(1, 3))
        blocks.append((kind, diacritics(text, style)))
    letter.blocks = blocks
    letter.subject = diacritics(letter.subject or "", style) or None
    letter.sender_name = diacritics(letter.sender_name, style)
    return letter


def _paper(letter: Letter) -> Letter:
    """A letter on paper names its sender's e-mail itself (there is no From header)."""
    if (
        letter.category in ("complaint", "mediation", "support")
        and letter.sender_email not in letter.text()
    ):
        letter.blocks.insert(len(letter.blocks) - 1, ("body", f"E-mail: {letter.sender_email}"))
    letter.fields.pop("topic", None)  # a letter has no subject line to take the topic from
    return letter


def make_item(n: int, category: str, fmt: str) -> tuple[str, bytes, dict[str, Any]]:
    rnd = random.Random(SEED * 1000 + n)
    held_out = n % 3 == 2
    letter = COMPOSERS[category](rnd, held_out)
    letter = _deform(letter, rnd, _style(rnd, fmt))
    meta: dict[str, Any] = {
        "category": category,
        "format": fmt,
        "held_out": held_out,
        "group": "text",
    }
    stem = f"{n:03d}_{category}_{fmt.replace(':', '_')}"
    kind, _, charset = fmt.partition(":")
    if kind in ("eml", "html"):
        data, name = (
            render.email(letter, n, charset=charset, html_body=kind == "html"),
            stem + ".eml",
        )
    elif kind == "reply":
        data = render.email(
            letter,
            n,
            quoted=SUPPORT_QUOTE,
            in_reply_to=f"<support-{n}@okazii.ro>",
            subject_prefix="Re: ",
        )
        name = stem + ".eml"
    elif kind == "attach":
        letter = _paper(letter)
        pdf = render.text_pdf(letter, n)
        cover = Letter(
            letter.category,
            letter.subject,
            [
                (
                    "body",
                    pick(
                        rnd,
                        [
                            "Vă transmitem atașat adresa noastră.",
                            "Bună ziua, regăsiți în atașament solicitarea.",
                            "Atașat, adresa oficială. Vă rugăm să confirmați primirea.",
                        ],
                    ),
                )
            ],
            {},
            letter.sender_name,
            letter.sender_email,
            letter.to,
        )
        data = render.email(cover, n, attachment=("adresa.pdf", "application/pdf", pdf))
        name = stem + ".eml"
    elif kind == "pdf":
        data, name = render.text_pdf(_paper(letter), n), stem + ".pdf"
    elif kind.startswith("scan"):
        data, pages = render.scan_pdf(
            _paper(letter), rnd, colour=kind == "scan_colour", dpi=rnd.choice([200, 240, 300])
        )
        name, meta["group"], meta["pages"] = stem + ".pdf", "ocr", pages
    else:
        rotate = {"fax_rot180": 180, "fax_rot90": 90}.get(kind, 0)
        data, pages = render.fax_tiff(_paper(letter), rnd, fine=kind == "fax_fine", rotate=rotate)
        name, meta["group"], meta["pages"] = stem + ".tif", "ocr", pages
        meta["fax"] = "fine" if kind == "fax_fine" else "standard"
    meta["fields"] = letter.fields
    meta["language"] = letter.language
    return name, data, meta


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    manifest: dict[str, Any] = {}
    n = 0
    for category, formats in PLAN.items():
        for fmt, count in formats:
            for _ in range(count):
                name, data, meta = make_item(n, category, fmt)
                (out / name).write_bytes(data)
                manifest[name] = meta
                n += 1
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"{n} items, {total / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
