"""`python -m bench.eval_understanding [--quick]`: how well the parsers read and understand.

Runs `extract` + `understand` over the evaluation corpus (tests/eval/corpus,
written by `python -m tests.eval.generate`) and prints: per-category
precision/recall/F1 and macro-F1; accuracy per field, split into e-mail + text
PDF ("text") and fax + scans ("ocr"); OCR character error rate on the
corpus's scans and faxes and on the real G4 pages of tesseract's test set.
Every figure is given for the seen paraphrases and the held-out ones apart.
Items run on as many threads as there are cores; OCR is capped at one
Tesseract per core by the parsers themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.ocr_cer import PageCer, page_cer, real_g4_pages, summarise
from bench.understanding_checks import check_fields
from parsers import Cues, ExtractOptions, extract, understand

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "corpus"
CATEGORIES = ("law_enforcement", "complaint", "mediation", "support", "unknown")
TARGETS = {
    "macro_f1": 0.97,
    "fields_text": 0.95,
    "fields_ocr": 0.90,
    "cer_scan": 0.03,
    "cer_fax": 0.08,
}


@dataclass
class Outcome:
    name: str
    meta: dict[str, Any]
    category: str
    fields: dict[str, bool]
    pages: list[PageCer] = field(default_factory=list)
    seconds: float = 0.0


def load(corpus: Path = CORPUS) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads((corpus / "manifest.json").read_text("utf-8"))
    return data


def quick_subset(manifest: dict[str, dict[str, Any]]) -> list[str]:
    """Every text item and every third OCR item: a run of a minute or two on 2 cores."""
    ocr = [n for n, m in sorted(manifest.items()) if m["group"] == "ocr"]
    return [n for n, m in sorted(manifest.items()) if m["group"] == "text"] + ocr[::3]


def run_item(
    name: str, meta: dict[str, Any], corpus: Path, cues: Cues, options: ExtractOptions
) -> Outcome:
    start = time.monotonic()
    doc = extract((corpus / name).read_bytes(), filename=name, options=options)
    u = understand(doc, cues)
    pages = []
    kind = "scan" if meta["format"].startswith("scan") else f"fax_{meta.get('fax', 'fine')}"
    for i, truth in enumerate(meta.get("pages") or []):
        got = doc.pages[i].text if i < len(doc.pages) else ""
        pages.append(page_cer(f"{name} p.{i + 1}", kind, got, truth))
    return Outcome(
        name,
        meta,
        u.category.value,
        check_fields(u.fields, meta["fields"]),
        pages,
        time.monotonic() - start,
    )


def evaluate(
    names: list[str],
    manifest: dict[str, dict[str, Any]],
    corpus: Path = CORPUS,
    options: ExtractOptions | None = None,
    g4: bool = True,
) -> dict[str, Any]:
    """Run the items and return every figure as a dict (what `main` prints)."""
    options = options or ExtractOptions()
    cues = Cues.default()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        outcomes = list(pool.map(lambda n: run_item(n, manifest[n], corpus, cues, options), names))
    pages = [p for o in outcomes for p in o.pages]
    if g4:
        pages += _g4_pages(options)
    report: dict[str, Any] = {"items": len(outcomes)}
    for label, keep in (
        ("all", lambda o: True),
        ("seen", lambda o: not o.meta["held_out"]),
        ("held_out", lambda o: o.meta["held_out"]),
    ):
        subset = [o for o in outcomes if keep(o)]
        report[label] = {"items": len(subset), **_classification(subset), "fields": _fields(subset)}
    report["cer"] = summarise(pages)
    report["worst"] = sorted(((round(p.rate, 3), p.name) for p in pages), reverse=True)[:5]
    report["seconds_ocr_items"] = round(
        sum(o.seconds for o in outcomes if o.meta["group"] == "ocr"), 1
    )
    report["misses"] = [
        (o.name, o.meta["category"], o.category)
        for o in outcomes
        if o.category != o.meta["category"]
    ]
    report["field_misses"] = [(o.name, k) for o in outcomes for k, ok in o.fields.items() if not ok]
    report["fields_below"] = fields_below(report["all"]["fields"])
    return report


def _g4_pages(options: ExtractOptions) -> list[PageCer]:
    from dataclasses import replace

    eng = replace(options, ocr_languages="eng")
    out = []
    for stem, crops, truth in real_g4_pages():
        texts = [extract(c, filename=f"{stem}.tif", options=eng).text for c in crops]
        out.append(page_cer(stem, "g4_real", "\n".join(texts), truth))
    return out


def _classification(outcomes: list[Outcome]) -> dict[str, Any]:
    per: dict[str, dict[str, float]] = {}
    for cat in CATEGORIES:
        tp = sum(1 for o in outcomes if o.category == cat and o.meta["category"] == cat)
        fp = sum(1 for o in outcomes if o.category == cat and o.meta["category"] != cat)
        fn = sum(1 for o in outcomes if o.category != cat and o.meta["category"] == cat)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        per[cat] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "n": tp + fn,
        }
    present = [c for c in CATEGORIES if per[c]["n"]]
    macro = sum(per[c]["f1"] for c in present) / max(1, len(present))
    accuracy = sum(o.category == o.meta["category"] for o in outcomes) / max(1, len(outcomes))
    return {"per_category": per, "macro_f1": macro, "accuracy": accuracy}


def _fields(outcomes: list[Outcome]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group in ("text", "ocr"):
        per: dict[str, list[bool]] = {}
        for o in outcomes:
            if o.meta["group"] == group:
                for k, ok in o.fields.items():
                    per.setdefault(k, []).append(ok)
        flat = [ok for v in per.values() for ok in v]
        out[group] = {
            "overall": sum(flat) / max(1, len(flat)),
            "checks": len(flat),
            "per_field": {k: sum(v) / len(v) for k, v in sorted(per.items())},
        }
    return out


def fields_below(fields: dict[str, Any]) -> list[tuple[str, str, float, float]]:
    """(group, field, accuracy, threshold) for every field under its group's per-field target."""
    out = []
    for group in ("text", "ocr"):
        threshold = TARGETS[f"fields_{group}"]
        for name, value in fields.get(group, {}).get("per_field", {}).items():
            if value < threshold:
                out.append((group, name, value, threshold))
    return out


def render(report: dict[str, Any]) -> str:
    lines = [f"== understanding: {report['items']} items =="]
    for label in ("seen", "held_out", "all"):
        r = report[label]
        lines.append(
            f"-- {label} ({r['items']} items): macro-F1 {r['macro_f1']:.3f}, accuracy {r['accuracy']:.3f}"
        )
        for cat, m in r["per_category"].items():
            lines.append(
                f"   {cat:16} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (n={m['n']:.0f})"
            )
        for group in ("text", "ocr"):
            f = r["fields"][group]
            lines.append(
                f"   fields [{group}] overall {f['overall']:.3f} over {f['checks']} checks"
            )
            if f["per_field"]:
                row = ", ".join(f"{k} {v:.2f}" for k, v in f["per_field"].items())
                lines.append(f"     {row}")
    lines.append("-- OCR character error rate")
    for kind, m in report["cer"].items():
        lines.append(f"   {kind:13} {m['cer'] * 100:5.2f}%  ({m['pages']:.0f} pages)")
    lines.append(f"   worst pages: {report['worst']}")
    lines.append(f"-- misclassified: {report['misses']}")
    misses = report["field_misses"]
    lines.append(
        f"-- field misses ({len(misses)}): {misses[:40]}{' …' if len(misses) > 40 else ''}"
    )
    all_ = report["all"]
    verdicts: dict[str, bool] = {
        "macro_f1": all_["macro_f1"] >= TARGETS["macro_f1"],
        "fields_text": all_["fields"]["text"]["overall"] >= TARGETS["fields_text"],
        "fields_ocr": all_["fields"]["ocr"]["overall"] >= TARGETS["fields_ocr"],
        "cer_scan": report["cer"].get("scan", {"cer": 0})["cer"] <= TARGETS["cer_scan"],
        "cer_fax": report["cer"].get("fax", {"cer": 0})["cer"] <= TARGETS["cer_fax"],
    }
    below = fields_below(all_["fields"])
    verdicts["fields_each"] = not below
    line = "-- targets: " + ", ".join(f"{k} {'ok' if v else 'BELOW'}" for k, v in verdicts.items())
    if below:
        line += "; below: " + ", ".join(
            f"{group}:{name} {value:.2f}<{threshold:.2f}" for group, name, value, threshold in below
        )
    else:
        line += "; every field ok"
    lines.append(line)
    return "\n".join(lines) + "\n"


# Filled by main() for bench.evaluate's side-by-side summary.
SUMMARY: dict[str, str] = {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.eval_understanding", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--quick", action="store_true", help="text items and a third of the OCR items")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--ocr-languages", default=None, help="override ExtractOptions.ocr_languages")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args, _unknown = ap.parse_known_args(argv)
    if not (args.corpus / "manifest.json").exists():
        print(f"no corpus at {args.corpus}: run python -m tests.eval.generate", file=sys.stderr)
        return 1
    manifest = load(args.corpus)
    names = quick_subset(manifest) if args.quick else sorted(manifest)
    options = ExtractOptions(
        **({"ocr_languages": args.ocr_languages} if args.ocr_languages else {})
    )
    start = time.monotonic()
    report = evaluate(names, manifest, args.corpus, options, g4=True)
    report["elapsed_seconds"] = round(time.monotonic() - start, 1)
    sys.stdout.write(render(report))
    all_ = report["all"]
    SUMMARY.update(
        {
            "own corpus · category macro-F1": f"{all_['macro_f1']:.3f}",
            "own corpus · text fields": f"{all_['fields']['text']['overall']:.3f}",
        }
    )
    print(f"({report['elapsed_seconds']} s, OCR languages {options.ocr_languages})")
    if args.json:
        args.json.write_text(
            json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
