"""The pinned trust roots: every PEM certificate in REGISTRATURA_TRUST_ROOTS, nothing else.

The operating system's store is never consulted; with no folder configured
there are no roots, and no signature can be `trusted`.

The folder is read once (cached as DER bytes); each call returns certificate
objects of its own. asn1crypto parses a certificate's fields lazily and not
thread-safely, so objects shared by worker threads once raised `KeyError('No
field numbered 1 …')` in the middle of a validation.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from asn1crypto import pem, x509

log = logging.getLogger(__name__)

_SUFFIXES = {".pem", ".crt", ".cer"}


@functools.lru_cache(maxsize=4)
def _load(folder: Path, stamp: tuple[tuple[str, float], ...]) -> tuple[bytes, ...]:
    certs: list[bytes] = []
    for name, _ in stamp:
        data = (folder / name).read_bytes()
        try:
            if pem.detect(data):
                for kind, _, der in pem.unarmor(data, multiple=True):
                    if kind == "CERTIFICATE":
                        certs.append(x509.Certificate.load(der).dump())
            else:
                certs.append(x509.Certificate.load(data).dump())
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
    return tuple(x509.Certificate.load(der) for der in _load(folder, stamp))


def private_copies(certs: tuple[x509.Certificate, ...]) -> list[x509.Certificate]:
    """Fresh objects for one validation: a caller's objects may be shared with other threads."""
    return [x509.Certificate.load(c.dump()) for c in certs]
