"""Trusted Authentication-Results (IMAP): what the hosted mailbox's server reports, read right.

Over IMAP the topmost Authentication-Results of a trusted authserv-id is
believed. The controls are genuine police mail as such a server reports it:
DKIM named by `header.d`, by `header.i` only, or after a provider's own
passing signature (every dkim result must be looked at). The forgeries are
what the server truthfully reports about mail that is still not the
authority's: SPF alone, a subdomain's DKIM, a provider's DKIM with SPF, and
the header written into a file or below the server's own.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import add_dkim_key, build, registry
from tests.samples.signatures.world import World

CLS = "authres"
ID = "mx.okazii.example"
DK = "cj.politiaromana.ro"
SPF = "spf=pass smtp.mailfrom=politia.cluj@cj.politiaromana.ro"
DMARC = "dmarc=pass (p=reject) header.from=cj.politiaromana.ro"


def _ar(results: str, authserv: str = ID) -> bytes:
    return f"Authentication-Results: {authserv};\r\n\t{results}\r\n".encode()


def _imap(raw: bytes) -> Submission:
    return Submission(raw, channel="imap")


def _header_d(w: World) -> Submission:
    return _imap(_ar(f"dkim=pass header.d={DK} header.s=sel; {SPF}; {DMARC}") + build(w))


def _header_i_only(w: World) -> Submission:
    # Forwarded on the way: SPF no longer passes, the signature still does.
    return _imap(_ar(f"dkim=pass header.i=@{DK}; spf=none; {DMARC}") + build(w))


def _provider_first(w: World) -> Submission:
    results = (
        "dkim=pass header.d=relay.mailprovider.example header.s=p1; "
        f"dkim=pass header.d={DK} header.s=sel; spf=softfail smtp.mailfrom={DK}; {DMARC}"
    )
    return _imap(_ar(results) + build(w))


def _comments_and_folding(w: World) -> Submission:
    results = (
        f"dkim=pass (1024-bit key; unprotected)\r\n\theader.d={DK} header.s=sel\r\n\t"
        f"header.b=AbCd; {SPF} (sender IP is 192.0.2.10);\r\n\t{DMARC}"
    )
    return _imap(_ar(results) + build(w))


def _spf_only(w: World) -> Submission:
    return _imap(_ar(f"dkim=none; {SPF}; {DMARC}") + build(w, dkim_domain=None))


def _subdomain_dkim(w: World) -> Submission:
    news = "stiri.politiaromana.ro"
    add_dkim_key(w, news)
    results = f"dkim=pass header.d={news}; spf=none; dmarc=pass header.from=politiaromana.ro"
    raw = build(w, "secretariat@politiaromana.ro", dkim_domain=news)
    return _imap(_ar(results) + raw)


def _provider_dkim_and_spf(w: World) -> Submission:
    results = f"dkim=pass header.d=relay.mailprovider.example; {SPF}; {DMARC}"
    return _imap(_ar(results) + build(w, dkim_domain=None))


def _header_i_lookalike(w: World) -> Submission:
    results = f"dkim=pass header.i=@{DK}.attacker.example; {SPF}; {DMARC}"
    return _imap(_ar(results) + build(w, dkim_domain=None))


def _failing_authority_passing_other(w: World) -> Submission:
    results = f"dkim=fail header.d={DK}; dkim=pass header.d=gmail.com; {SPF}; {DMARC}"
    return _imap(_ar(results) + build(w, dkim_domain=None))


def _below_server_header(w: World) -> Submission:
    ours = _ar("dkim=none; spf=fail smtp.mailfrom=x@cj.politiaromana.ro; dmarc=fail")
    forged = _ar(f"dkim=pass header.d={DK}; {SPF}; {DMARC}")
    return _imap(ours + forged + build(w, dkim_domain=None))


def _in_a_file(w: World) -> Submission:
    raw = _ar(f"dkim=pass header.d={DK}; {SPF}; {DMARC}") + build(w, dkim_domain=None)
    return Submission(raw, channel="cli", filename="adresa.eml")


def _a(name: str, genuine: bool, build_: object) -> Attack:
    return Attack(CLS, name, genuine, build_, policy_toml=registry, authserv_ids=(ID,))  # type: ignore[arg-type]


ATTACKS = [
    _a("genuine_dkim_header_d", True, _header_d),
    _a("genuine_dkim_header_i_only", True, _header_i_only),
    _a("genuine_provider_signature_first", True, _provider_first),
    _a("genuine_comments_and_folding", True, _comments_and_folding),
    _a("spf_only_reported", False, _spf_only),
    _a("subdomain_dkim_reported", False, _subdomain_dkim),
    _a("provider_dkim_with_spf_reported", False, _provider_dkim_and_spf),
    _a("header_i_lookalike", False, _header_i_lookalike),
    _a("authority_dkim_fails_other_passes", False, _failing_authority_passing_other),
    _a("forged_header_below_server_header", False, _below_server_header),
    _a("trusted_header_in_a_cli_file", False, _in_a_file),
]
