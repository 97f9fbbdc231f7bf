"""Class 6: SPF alone, or any subdomain of an authority's domain, taken for the authority.

An authority's SPF that includes a shared provider lets every tenant of
that provider pass SPF for it, and DMARC passes through SPF; a subdomain
delegated to a mailing company (a newsletter) has its own DKIM key. Neither
shows the authority sent the request: the authority channel needs a DKIM
signature by a domain the registry lists exactly (a subdomain only through
an explicit `"*.domain"` entry). The controls: the listed county domain, the
listed parent domain, an SMTP delivery that also carries DKIM, and an
explicit wildcard entry.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.mailkit import (
    add_dkim_key,
    add_zone_line,
    build,
    received_by_mx,
    registry,
    wildcard_registry,
)
from tests.samples.signatures.world import ATTACKER_IP, POLICE_IP, World, letter_pdf, sign_pdf

CLS = "spf_subdomain"
DGPMB = "Direcția Generală de Poliție a Municipiului București"
NEWS = "stiri.politiaromana.ro"  # delegated to a mailing company, which holds its key


def _smtp(raw: bytes, ip: str, mail_from: str, helo: str = "mta.example.net") -> Submission:
    env = {"client_ip": ip, "helo": helo, "mail_from": mail_from}
    return Submission(raw, channel="smtp", envelope=env)


def _spf_only_shared_ip(w: World) -> Submission:
    # A tenant of the provider the police's SPF names: SPF passes, DMARC through SPF.
    raw = build(w, "secretariat@politiaromana.ro", dkim_domain=None)
    return _smtp(raw, POLICE_IP, "bounce@politiaromana.ro")


def _spf_only_no_dmarc(w: World) -> Submission:
    raw = build(w, "procuror@mpublic.ro", display="Parchetul", dkim_domain=None)
    return _smtp(raw, POLICE_IP, "bounce@mpublic.ro")


def _spf_include_subdomain(w: World) -> Submission:
    add_zone_line(w, f'{NEWS}. IN TXT "v=spf1 include:_spf.mailer.example -all"')
    add_zone_line(w, f'_spf.mailer.example. IN TXT "v=spf1 ip4:{ATTACKER_IP} -all"')
    raw = build(w, f"comunicate@{NEWS}", dkim_domain=None)
    return _smtp(raw, ATTACKER_IP, f"bounce@{NEWS}")


def _newsletter_dkim(w: World) -> Submission:
    add_dkim_key(w, NEWS)
    raw = build(w, f"comunicate@{NEWS}", dkim_domain=NEWS)
    return Submission(received_by_mx(raw, ATTACKER_IP), "folder", filename="a.eml")


def _newsletter_dkim_parent_from(w: World) -> Submission:
    # DMARC's relaxed alignment: d=stiri.politiaromana.ro aligns with politiaromana.ro.
    add_dkim_key(w, NEWS)
    raw = build(w, "secretariat@politiaromana.ro", dkim_domain=NEWS)
    return _smtp(raw, ATTACKER_IP, f"bounce@{NEWS}")


def _below_county(w: World) -> Submission:
    deep = "anunturi.cj.politiaromana.ro"
    add_dkim_key(w, deep)
    raw = build(w, f"info@{deep}", dkim_domain=deep)
    return _smtp(raw, ATTACKER_IP, f"info@{deep}")


def _relayed_spf_only(w: World) -> Submission:
    # Through our own relay (127.0.0.1): the relay's Received line is real, SPF only.
    raw = received_by_mx(build(w, "procuror@mpublic.ro", display="Parchetul", dkim_domain=None))
    return _smtp(raw, "127.0.0.1", "bounce@mpublic.ro", helo="localhost")


def _county_dkim(w: World) -> Submission:
    return _smtp(build(w), POLICE_IP, "politia.cluj@cj.politiaromana.ro")


def _parent_dkim(w: World) -> Submission:
    return Submission(received_by_mx(build(w, dkim_domain="politiaromana.ro")), "folder")


def _bucharest(w: World) -> Submission:
    # The capital's directorate writes from b.politiaromana.ro (its county code is "b"):
    # its own letter, under its own officer's certificate.
    add_dkim_key(w, "b.politiaromana.ro")
    pdf = sign_pdf(letter_pdf(letter(DGPMB)), w.signer)
    raw = build(
        w,
        "sectia1@b.politiaromana.ro",
        dkim_domain="b.politiaromana.ro",
        attachments=(("adresa.pdf", pdf),),
        display="Politia Capitalei",
    )
    return _smtp(raw, ATTACKER_IP, "sectia1@b.politiaromana.ro")


def _capital_registry(w: World) -> str:
    """The registry with the world's officer bound to the capital's directorate."""
    return w.policy_toml({DGPMB: [{"certificate_sha256": w.fingerprint(w.signer)}]})


def _wildcard_entry(w: World) -> Submission:
    # The national headquarters' own letter from a subdomain it grants itself by "*.".
    add_dkim_key(w, NEWS)
    pdf = sign_pdf(letter_pdf(letter("Inspectoratul General al Poliției Române")), w.signer)
    raw = build(w, f"comunicate@{NEWS}", dkim_domain=NEWS, attachments=(("adresa.pdf", pdf),))
    return Submission(received_by_mx(raw, ATTACKER_IP), "folder", filename="a.eml")


def _national_wildcard_registry(w: World) -> str:
    """`wildcard_registry` with the world's officer bound to the national level."""
    return wildcard_registry(
        w, {"Poliția Română": [{"certificate_sha256": w.fingerprint(w.signer)}]}
    )


ATTACKS = [
    Attack(CLS, "spf_only_shared_provider_ip", False, _spf_only_shared_ip, policy_toml=registry),
    Attack(CLS, "spf_only_no_dmarc_record", False, _spf_only_no_dmarc, policy_toml=registry),
    Attack(CLS, "spf_include_on_subdomain", False, _spf_include_subdomain, policy_toml=registry),
    Attack(CLS, "newsletter_subdomain_dkim", False, _newsletter_dkim, policy_toml=registry),
    Attack(
        CLS,
        "newsletter_dkim_parent_from",
        False,
        _newsletter_dkim_parent_from,
        policy_toml=registry,
    ),
    Attack(CLS, "subdomain_below_county", False, _below_county, policy_toml=registry),
    Attack(CLS, "relayed_spf_only", False, _relayed_spf_only, policy_toml=registry),
    Attack(CLS, "genuine_county_dkim_smtp", True, _county_dkim, policy_toml=registry),
    Attack(CLS, "genuine_parent_dkim", True, _parent_dkim, policy_toml=registry),
    Attack(CLS, "genuine_bucharest_county_code", True, _bucharest, policy_toml=_capital_registry),
    Attack(
        CLS,
        "genuine_explicit_wildcard_entry",
        True,
        _wildcard_entry,
        policy_toml=_national_wildcard_registry,
    ),
]
