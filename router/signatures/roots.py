"""The pinned trust roots: every PEM certificate in REGISTRATURA_TRUST_ROOTS, nothing else.

The operating system's store is never consulted; with no folder configured
there are no roots, and no signature can be `trusted`.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from asn1crypto import pem, x509

log = logging.getLogger(__name__)

_SUFFIXES = {".pem", ".crt", ".cer"}


@functools.lru_cache(maxsize=4)
def _load(folder: Path, stamp: tuple[tuple[str, float], ...]) -> tuple[x509.Certificate, ...]:
    certs: list[x509.Certificate] = []
    for name, _ in stamp:
        data = (folder / name).read_bytes()
        try:
            if pem.detect(data):
                for kind, _, der in pem.unarmor(data, multiple=True):
                    if kind == "CERTIFICATE":
                        certs.append(x509.Certificate.load(der))
            else:
                certs.append(x509.Certificate.load(data))
        except ValueError as exc:
            log.warning("trust root %s unreadable: %s", name, exc)
    return tuple(certs)


def load_roots(folder: Path | None) -> tuple[x509.Certificate, ...]:
    """The certificates in `folder` (PEM or DER, several per PEM file allowed)."""
    if folder is None or not folder.is_dir():
        return ()
    stamp = tuple(
        sorted(
            (p.name, p.stat().st_mtime)
            for p in folder.iterdir()
            if p.is_file() and p.suffix.lower() in _SUFFIXES
        )
    )
    return _load(folder, stamp)
