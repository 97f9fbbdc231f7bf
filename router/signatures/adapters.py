"""What the signature checks take from outside the item, built once from the configuration.

`TrustAdapters.from_config(SignatureConfig)` is called where the pipeline is
built (`router.steps.Pipeline`): the DNS source (a zone file read once, or the
network's resolver) and the pinned trust roots (the folder read once). The
checks are given the value and read no file, no environment and no folder
per item; tests give fakes (`TrustAdapters(resolver=FakeResolver(), roots=...)`).

No clock and no fetcher is needed: letters are judged against the item's
`received_at`, and certificate validation never fetches (CRLs, OCSP, AIA are
off: `allow_fetching=False` in `pdfsig` and `cades`). The one outside source
left below the adapters is DNS itself, which is what `resolver` is for.

A zone file or a roots folder edited after the adapters are built is read by
the next pipeline built (a restart), not by the running one.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import x509

from router.signatures.config import SignatureConfig
from router.signatures.dns import Resolver, resolver_for
from router.signatures.errors import DnsError
from router.signatures.roots import load_roots


@dataclass(frozen=True, slots=True)
class TrustAdapters:
    """The DNS resolver and the pinned roots every item is judged with.

    `resolver` is None when none could be built (`resolver_error` says why; each
    item that needs DNS records it as a defect, as the checks did before).
    `roots` holds the certificates' DER: each item gets objects of its own
    (`certificates()`), since asn1crypto parses lazily and not thread-safely.
    """

    resolver: Resolver | None = None
    roots: tuple[bytes, ...] = ()
    resolver_error: str | None = None

    @classmethod
    def from_config(cls, config: SignatureConfig) -> TrustAdapters:
        """The adapters `config` names: its zone file or the network, its roots folder."""
        try:
            resolver: Resolver | None = resolver_for(config)
            error = None
        except DnsError as exc:
            resolver, error = None, str(exc)
        roots = tuple(c.dump() for c in load_roots(config.trust_roots))
        return cls(resolver=resolver, roots=roots, resolver_error=error)

    @classmethod
    def of(
        cls, resolver: Resolver | None, roots: tuple[x509.Certificate, ...] = ()
    ) -> TrustAdapters:
        """Adapters from ready objects (tests, benches): a resolver and certificates."""
        return cls(resolver=resolver, roots=tuple(c.dump() for c in roots))

    def certificates(self) -> tuple[x509.Certificate, ...]:
        """The roots as certificate objects of the caller's own."""
        return tuple(x509.Certificate.load(der) for der in self.roots)
