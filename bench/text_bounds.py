"""`python -m bench.text_bounds`: time of text analysis against the size of the text.

Issue 13: one long letter must never stall the pipeline. This measures
`parsers.understand` (classification, the extractors of the category it
decides) and, apart, every extractor group (law enforcement, complaint,
support) on the same text, for texts of 1, 4, 16, 64, 256 KB and 2 MB:

- `letter`: a police request followed by an annex of table rows (the issue's
  "request PDF with a 100-page annex"), realistic repeated Romanian text;
- `complaint`: a buyer's complaint, paragraph after paragraph;
- `one_line`: the letter with every line break made a space;
- `no_spaces`: username-like words with no space at all;
- `punctuation`: ". ! ? ; ," and spaces only (a sentence boundary everywhere);
- `nr_tokens`: "nr. 123 " again and again (abbreviations, numbers).

Each run happens in a child process with a time limit (`--limit`, 60 s):
a run over it prints `>60`. Once a text exceeds the limit, its larger sizes
are skipped. The CPU time of the analysis alone is reported (steadier than
wall time on a shared machine); making the text is not counted. With `--no-budget` the text budget of `understand` is
lifted, to show the algorithms alone.
"""

from __future__ import annotations

import argparse
import inspect
import multiprocessing as mp
import random
import sys
import time
from collections.abc import Callable

from parsers import Cues, Document, Page, SourceKind, understand
from parsers.model import Category

SIZES_KB = (1, 4, 16, 64, 256, 2048)

_LETTER = """MINISTERUL AFACERILOR INTERNE
Inspectoratul de Poliție Județean Cluj
Serviciul de Investigare a Criminalității Economice
Nr. 123.456 din 12.11.2026

Către: OKAZII S.R.L. - Centrul de prevenire a fraudelor

Stimate domn / Stimată doamnă,

Subscrisa efectuează cercetări penale în dosarul nr. 4567/P/2026 sub aspectul săvârșirii
infracțiunii de înșelăciune prev. de art. 244 Cod penal. În conformitate cu prevederile
art. 170 alin. (1) Cod procedură penală, vă rugăm să ne comunicați, în regim de urgență:

a) datele de identificare ale titularului contului;
b) adresele IP de la care s-a conectat utilizatorul;
c) istoricul tranzacțiilor și corespondența purtată prin platformă;

referitoare la contul cu numele de utilizator ion_pop88, adresa ion.pop88@example.ro,
telefon 0722 123 456, tranzacția nr. 99311224, pentru perioada 01.09.2026 - 15.11.2026.

Vă rugăm să transmiteți răspunsul prin e-mail la adresa sice.cluj@politiaromana.ro.

Comisar-șef de poliție
Popescu Ion

ANEXA nr. 1 - tranzacții
"""
_ROW = (
    "{n}. Tranzacția nr. {tx} din {d:02d}.{m:02d}.2026, suma {lei},00 lei, cumpărător "
    "user_{u}, vânzător ion_pop88, IBAN RO49AAAA1B31007593840000, telefon 07{ph}, "
    "observații: plata a fost confirmată, produsul nu a fost livrat.\n"
)
_COMPLAINT = (
    "Bună ziua,\n\nAm cumpărat un televizor LG de 55 de inch de la utilizatorul "
    "mobila_oferte_ro, tranzacția nr. {tx}, și am plătit 1250,50 RON. Am fost înșelat, "
    "vânzătorul este un escroc. Nu am folosit Garanția de Livrare, am plătit direct în "
    "contul lui. Vă rog să blocați contul vânzătorului și să mă ajutați să recuperez suma.\n\n"
)


def _fill(head: str, row: Callable[[int], str], size: int) -> str:
    parts = [head]
    total = len(head)
    n = 0
    while total < size:
        n += 1
        piece = row(n)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:size]


def letter(size: int) -> str:
    rnd = random.Random(13)

    def row(n: int) -> str:
        return _ROW.format(
            n=n,
            tx=rnd.randrange(10**7, 10**8),
            d=rnd.randrange(1, 29),
            m=rnd.randrange(1, 13),
            lei=rnd.randrange(10, 5000),
            u=rnd.randrange(1000),
            ph=rnd.randrange(10**7, 10**8),
        )

    return _fill(_LETTER, row, size)


def complaint(size: int) -> str:
    rnd = random.Random(13)
    return _fill("", lambda _n: _COMPLAINT.format(tx=rnd.randrange(10**7, 10**8)), size)


def one_line(size: int) -> str:
    return " ".join(letter(size).split("\n"))


def no_spaces(size: int) -> str:
    return _fill("", lambda n: f"ana_pop{n % 97}.", size)


def punctuation(size: int) -> str:
    rnd = random.Random(13)
    return _fill("", lambda _n: rnd.choice([". ", "! ", "? ", "; ", ", ", ".\n", " "]), size)


def nr_tokens(size: int) -> str:
    return _fill("", lambda n: f"nr. {n % 1000} ", size)


TEXTS: dict[str, Callable[[int], str]] = {
    "letter": letter,
    "complaint": complaint,
    "one_line": one_line,
    "no_spaces": no_spaces,
    "punctuation": punctuation,
    "nr_tokens": nr_tokens,
}


def _work(name: str, size: int, what: str, no_budget: bool) -> float:
    """CPU seconds of the analysis alone (the text is made before the clock starts)."""
    from parsers.fields import TextView, extract_fields

    text = TEXTS[name](size)
    cues = Cues.default()
    doc = Document(kind=SourceKind.TEXT, pages=(Page(number=1, text=text, method="text_layer"),))
    start = time.process_time()
    if what == "understand":
        kwargs = {}
        if no_budget and "budget" in inspect.signature(understand).parameters:
            from parsers.cues import TextBudget

            kwargs["budget"] = TextBudget.unlimited()
        understand(doc, cues, **kwargs)
    else:
        view = TextView.of(text, vocabulary=cues.vocabulary)
        for category in (Category.LAW_ENFORCEMENT, Category.COMPLAINT, Category.SUPPORT):
            extract_fields(category, view, cues, None)
    return time.process_time() - start


def _child(name: str, size: int, what: str, no_budget: bool, out: mp.Queue[float]) -> None:
    out.put(_work(name, size, what, no_budget))


def measure(name: str, size: int, what: str, limit: float, no_budget: bool) -> float | None:
    """CPU seconds of one run in a fresh child (imports excluded), or None past `limit`."""
    ctx = mp.get_context("fork")  # imports are the parent's: the child counts its own work
    q: mp.Queue[float] = ctx.Queue()
    p = ctx.Process(target=_child, args=(name, size, what, no_budget, q))
    p.start()
    p.join(limit)
    if p.is_alive():
        p.kill()
        p.join()
        return None
    return q.get() if not q.empty() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--texts", nargs="*", default=list(TEXTS), choices=list(TEXTS))
    ap.add_argument("--sizes", nargs="*", type=int, default=list(SIZES_KB), help="KB")
    ap.add_argument("--what", choices=["understand", "extractors"], default="understand")
    ap.add_argument("--no-budget", action="store_true", help="lift understand's text budget")
    args = ap.parse_args(argv)
    print(f"# {args.what}{' (no budget)' if args.no_budget else ''}: CPU seconds per run")
    print("| text | " + " | ".join(_kb(s) for s in args.sizes) + " |")
    print("| --- |" + " --- |" * len(args.sizes))
    for name in args.texts:
        cells = []
        over = False
        for kb in args.sizes:
            if over:
                cells.append("–")
                continue
            t = measure(name, kb * 1024, args.what, args.limit, args.no_budget)
            if t is None:
                over = True
                cells.append(f">{args.limit:.0f}")
            else:
                cells.append(f"{t:.2f}")
            print(f"  {name} {_kb(kb)}: {cells[-1]}", file=sys.stderr, flush=True)
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    return 0


def _kb(kb: int) -> str:
    return f"{kb // 1024} MB" if kb >= 1024 else f"{kb} KB"


if __name__ == "__main__":
    sys.exit(main())
