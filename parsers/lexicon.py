"""Romanian words as Tesseract knows them: the word list of its `ron` model.

The word repair (`repair.repair_words`) rewrites a word a letter away from a cue
or label word, which mends OCR's damage ("utilizatorui") but also turned real
words into others ("mărimea corectă" into "mărimea conecta", round 11): a word
of the language is left as written. The list comes from the `ron.traineddata`
the OCR already needs (its word DAWG, unpacked with Tesseract's own
`combine_tessdata` and `dawg2wordlist`, about 0.2 s), folded, once a process.
Without those tools or the model the list is empty and the repair works as
before; the first miss is logged.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from .normalize import fold

log = logging.getLogger(__name__)

# Seconds each tool may take (both take a fraction of a second).
_TIMEOUT = 30.0
_LANGS_DIR = re.compile(r'"([^"]+)"')


def _tessdata() -> Path | None:
    """Where Tesseract keeps its models (`tesseract --list-langs` says it first)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    out = subprocess.run(
        [exe, "--list-langs"], capture_output=True, text=True, timeout=_TIMEOUT, check=False
    )
    m = _LANGS_DIR.search(out.stdout + out.stderr)
    return Path(m.group(1)) if m else None


@lru_cache(maxsize=1)
def romanian_words() -> frozenset[str]:
    """The folded words of Tesseract's Romanian model; empty when they cannot be read."""
    combine, dawg = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    try:
        where = _tessdata()
        model = where / "ron.traineddata" if where is not None else None
        if combine is None or dawg is None or model is None or not model.is_file():
            log.warning("no Romanian word list (Tesseract's ron model and tools not found)")
            return frozenset()
        with tempfile.TemporaryDirectory(prefix="registratura-lexicon-") as tmp:
            prefix = str(Path(tmp) / "ron.")
            subprocess.run(
                [combine, "-u", str(model), prefix],
                capture_output=True,
                timeout=_TIMEOUT,
                check=True,
            )
            words = Path(tmp) / "words.txt"
            subprocess.run(
                [dawg, prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(words)],
                capture_output=True,
                timeout=_TIMEOUT,
                check=True,
            )
            text = words.read_text("utf-8", errors="replace")
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("no Romanian word list: %s", exc)
        return frozenset()
    return frozenset(fold(w) for w in set(text.split()))
