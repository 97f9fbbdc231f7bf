"""Train the learned second opinion on the category (`parsers/learned.py`), and measure it first.

    .venv/bin/python -m bench.train_category            # leave-one-source-out figures only
    .venv/bin/python -m bench.train_category --write    # and write parsers/category_model.json

Material: every labelled mail of the blind rounds whose blind split is spent
(every round but the newest, whole), the newest round's `dev` split only
(its `blind` split is never read here: it stays the next first contact's
yardstick of nothing tuned on it), and the own corpus (`tests/eval/corpus`,
the category in each file's name). Each mail goes through the parse step as
the product runs it, and the exact text `classify` sees is kept.

The figure that decides whether the model ships: category macro-F1 with the
rules alone against the rules with the model, each source held out in turn
(the model never trained on the source it is scored on), printed per source
and pooled over the blind rounds (the own corpus is printed apart: it was
written with the rules in mind).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from parsers import extract
from parsers.cues import Cues
from parsers.errors import UnreadableInput
from parsers.learned import MODEL_PATH, Model, train

und_mod = importlib.import_module("parsers.understand")

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind"
CORPUS = ROOT / "tests" / "eval" / "corpus"
CLASSES = ("complaint", "mediation", "support", "unknown", "law_enforcement")
LEARNED = ("complaint", "mediation", "support", "unknown")


@dataclass
class Sample:
    source: str
    file: str
    category: str
    args: tuple  # what classify was called with: (new, quoted, headers, documents)


def _rounds() -> list[str]:
    return sorted(p.name for p in BLIND.glob("round*") if (p / "mail" / "truth.jsonl").exists())


def _capture(raw: bytes, name: str, cues: Cues) -> tuple | None:
    seen: list[tuple] = []
    real = und_mod.classify

    def spy(new, quoted, headers, cues_, documents="", model=None):  # noqa: ANN001, ANN202
        seen.append((new, quoted, headers, documents))
        return real(new, quoted, headers, cues_, documents=documents)

    und_mod.classify = spy
    try:
        doc = extract(raw, filename=name)
        und_mod.understand(doc, cues)
    except UnreadableInput:
        return None
    finally:
        und_mod.classify = real
    return seen[0] if seen else None


def collect(cues: Cues, progress: bool = True) -> list[Sample]:
    rounds = _rounds()
    newest = rounds[-1] if rounds else None
    items: list[tuple[str, Path, str]] = []
    for r in rounds:
        for line in (BLIND / r / "mail" / "truth.jsonl").read_text("utf-8").splitlines():
            if not line.strip():
                continue
            t = json.loads(line)
            if r == newest and t.get("split") != "dev":
                continue  # the newest round's blind split: never read here
            items.append((r, BLIND / r / t["file"], t["category"]))
    for f in sorted(CORPUS.glob("*.eml")):
        cat = next((c for c in CLASSES if f.name[4:].startswith(c)), None)
        if cat:
            items.append(("own", f, cat))
    out: list[Sample] = []
    start = time.monotonic()
    for n, (src, path, cat) in enumerate(items, start=1):
        args = _capture(path.read_bytes(), path.name, cues)
        if args is not None:
            out.append(Sample(src, path.name, cat, args))
        if progress and (n % 50 == 0 or n == len(items)):
            print(
                f"[train] read {n}/{len(items)} mails ({time.monotonic() - start:.0f}s)",
                file=sys.stderr,
            )
    return out


def _text(s: Sample) -> str:
    return s.args[0]


def _fit(samples: list[Sample]) -> Model:
    return train(
        [(_text(s), s.category, s.source) for s in samples if s.category in LEARNED], LEARNED
    )


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    f1s = []
    for c in CLASSES:
        tp = sum(1 for w, g in pairs if w == c and g == c)
        fp = sum(1 for w, g in pairs if w != c and g == c)
        fn = sum(1 for w, g in pairs if w == c and g != c)
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def _predict(s: Sample, cues: Cues, model: Model | None) -> str:
    from parsers.classify import classify

    new, quoted, headers, documents = s.args
    return classify(new, quoted, headers, cues, documents=documents, model=model).category.value


def crossval(samples: list[Sample], cues: Cues) -> dict[str, dict[str, float]]:
    sources = sorted({s.source for s in samples})
    rows: dict[str, dict[str, float]] = {}
    pooled_rules: list[tuple[str, str]] = []
    pooled_model: list[tuple[str, str]] = []
    for src in sources:
        held = [s for s in samples if s.source == src]
        model = _fit([s for s in samples if s.source != src])
        rules = [(s.category, _predict(s, cues, None)) for s in held]
        both = [(s.category, _predict(s, cues, model)) for s in held]
        rows[src] = {
            "n": len(held),
            "rules": round(_macro_f1(rules), 3),
            "rules+model": round(_macro_f1(both), 3),
            "accuracy rules": round(sum(w == g for w, g in rules) / len(held), 3),
            "accuracy rules+model": round(sum(w == g for w, g in both) / len(held), 3),
        }
        if src != "own":
            pooled_rules += rules
            pooled_model += both
    rows["pooled blind rounds"] = {
        "n": len(pooled_rules),
        "rules": round(_macro_f1(pooled_rules), 3),
        "rules+model": round(_macro_f1(pooled_model), 3),
        "accuracy rules": round(
            sum(w == g for w, g in pooled_rules) / max(1, len(pooled_rules)), 3
        ),
        "accuracy rules+model": round(
            sum(w == g for w, g in pooled_model) / max(1, len(pooled_model)), 3
        ),
    }
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--write", action="store_true", help="write parsers/category_model.json")
    ap.add_argument("--weight", type=float, default=None, help="learned_weight to try")
    ap.add_argument("--unknown", type=float, default=None, help="learned_unknown to try")
    args = ap.parse_args(argv)
    base = Cues.default()
    cues = replace(
        base,
        learned_weight=args.weight if args.weight is not None else (base.learned_weight or 2.5),
        learned_unknown=args.unknown if args.unknown is not None else base.learned_unknown,
    )
    samples = collect(base)
    print(
        f"{len(samples)} mails: "
        + ", ".join(
            f"{src} {sum(1 for s in samples if s.source == src)}"
            for src in sorted({s.source for s in samples})
        )
    )
    print(f"learned_weight {cues.learned_weight}, learned_unknown {cues.learned_unknown}")
    print(
        f"{'held out':<22}{'n':>5}{'macro-F1 rules':>16}{'+model':>9}{'acc rules':>11}{'+model':>9}"
    )
    for src, row in crossval(samples, cues).items():
        print(
            f"{src:<22}{int(row['n']):>5}{row['rules']:>16.3f}{row['rules+model']:>9.3f}"
            f"{row['accuracy rules']:>11.3f}{row['accuracy rules+model']:>9.3f}"
        )
    if args.write:
        model = train(
            [(_text(s), s.category, s.source) for s in samples if s.category in LEARNED],
            LEARNED,
            trained_on=", ".join(sorted({s.source for s in samples})),
        )
        MODEL_PATH.write_text(
            json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")), "utf-8"
        )
        size = MODEL_PATH.stat().st_size // 1024
        print(f"wrote {MODEL_PATH} ({size} KB, {len(model.loglik)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
