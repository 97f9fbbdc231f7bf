#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 4.

Adapted (as a tool) from round 3's make_world.py, with a new world: a new root
("Round4 Test Qualified Root CA"), new DKIM keys, other authorities (IPJ Sibiu,
Bacău, Maramureș, Hunedoara, Neamț, Satu Mare, the border police, prosecutors'
offices by the Sibiu, Baia Mare and Bacău courts, DIICOT, DNA, Judecătoria
Deva, Tribunalul Maramureș, ANAF), a DKIM selector that was retired (empty
``p=``), an attacker's CA whose names collide with the trusted ones, a second
certificate bearing a bound officer's exact subject, and our own fax-to-e-mail
gateway.

Writes, under ``world/`` next to this script:

* ``keys/dkim/<domain>.<selector>.pem``  DKIM private keys (RSA 2048)
* ``zone.txt``                           DKIM, SPF and DMARC TXT records (absolute names, TTLs)
* ``pki/*.key.pem``, ``pki/*.cert.pem``  root CA, issuing CA, signers; the attacker's look-alike CAs
* ``roots/root.pem``                     the only trust root the product is given
* ``policy.toml``                        the authority registry the product runs with
                                          (merged with ``../paper/registry_additions.json`` when present)
* ``authorities.json``                   the registry in plain JSON, for the paper half
* ``identities.json``                    what make_mail.py and selfcheck.py need

Keys are generated once and kept; certificates are re-issued deterministically
from them (fixed serials and dates), so running the script twice changes
nothing (unless the paper half's additions changed). Test material only:
documentation IP ranges, fictional +40 21 558 … numbers, fictional identifiers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
ADDITIONS = HERE / "paper" / "registry_additions.json"

# --------------------------------------------------------------------------
# DNS
# --------------------------------------------------------------------------

MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (in the registry) ---
    "politiaromana.ro": {"selector": "igpr2026", "ips": ["192.0.2.110", "192.0.2.111"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "sb.politiaromana.ro": {"selector": "sb1", "ips": ["192.0.2.120"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    "bc.politiaromana.ro": {"selector": "mail2026", "ips": ["192.0.2.130", "192.0.2.131"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "mm.politiaromana.ro": {"selector": "mm", "ips": ["192.0.2.140"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "hd.politiaromana.ro": {"selector": "hd2026", "ips": ["192.0.2.150"], "all": "-all", "dmarc": None},
    # IPJ Neamț: the current selector, and the 2023 selector retired by publishing an empty key (RFC 6376 3.6.1)
    "nt.politiaromana.ro": {"selector": "zimbra", "ips": ["192.0.2.160"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine; adkim=s",
                            "extra_selectors": [{"selector": "nt2023", "revoked": True}]},
    "sm.politiaromana.ro": {"selector": "s2026", "ips": ["192.0.2.170"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject; sp=reject"},
    "politiadefrontiera.ro": {"selector": "igpf1", "ips": ["192.0.2.180"], "all": "-all",
                              "dmarc": "v=DMARC1; p=quarantine"},
    "mpublic.ro": {"selector": "mp2026", "ips": ["198.51.100.11", "198.51.100.12"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dx26", "ips": ["198.51.100.13"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "pna", "ips": ["198.51.100.14"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    "just.ro": {"selector": "jr2026", "ips": ["198.51.100.15", "198.51.100.16"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    "anaf.ro": {"selector": "antifrauda", "ips": ["198.51.100.17"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "icloud.com": {"selector": "1a1hai", "ips": ["198.51.100.230"], "all": "~all",
                   "dmarc": "v=DMARC1; p=quarantine"},
    # --- us, companies, robots ---
    "okazii.ro": {"selector": "ok4", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "fax.okazii.ro": {"selector": "fx", "ips": ["198.51.100.6"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "targnet.ro": {"selector": "tn", "ips": ["198.51.100.240"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "curier-expres.ro": {"selector": "ce", "ips": ["198.51.100.241"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "mobila-lemn-masiv.ro": {"selector": "default", "ips": ["198.51.100.242"], "all": "~all", "dmarc": None},
    "cabinet-avocat-rusu.ro": {"selector": "mail", "ips": ["198.51.100.243"], "all": "-all",
                               "dmarc": "v=DMARC1; p=none"},
    "news.reduceri-azi.ro": {"selector": "nl", "ips": ["198.51.100.244"], "all": "~all",
                             "dmarc": "v=DMARC1; p=none"},
    "agro-piese-satu-mare.ro": {"selector": "k1", "ips": ["198.51.100.245"], "all": "~all", "dmarc": None},
    # --- attackers ---
    "mail-nt-politia.ro": {"selector": "m1", "ips": ["203.0.113.51"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "fax-okazii.ro": {"selector": "gw", "ips": ["203.0.113.61"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "okazii-verificare.com": {"selector": "s1", "ips": ["203.0.113.71"], "all": "~all", "dmarc": None},
}

# --------------------------------------------------------------------------
# PKI
# --------------------------------------------------------------------------

ROOT_NAME = "Round4 Test Qualified Root CA"
ISSUING_NAME = "Round4 Test Qualified Signing CA 2026"
TSP_ORG = "Dobrogea Certification Services Test SRL"
TSP_ORGID = "VATRO-99000004"

SIGNERS: list[dict] = [
    # qualified seals of institutions (bound by O + organizationIdentifier)
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267140", "CN": "IGPR - Unitatea Nationala Europol", "L": "București"},
    {"id": "seal_ipj_sb", "kind": "seal", "O": "Inspectoratul de Poliție Județean Sibiu",
     "orgid": "VATRO-4240613", "CN": "IPJ SIBIU", "L": "Sibiu"},
    {"id": "seal_ipj_mm", "kind": "seal", "O": "Inspectoratul de Poliție Județean Maramureș",
     "orgid": "VATRO-3627440", "CN": "Inspectoratul de Politie Judetean Maramures", "L": "Baia Mare"},
    {"id": "seal_ipj_nt", "kind": "seal", "O": "Inspectoratul de Poliție Județean Neamț",
     "orgid": "VATRO-2613826", "CN": "IPJ NEAMT - sigiliu", "L": "Piatra Neamț"},
    {"id": "seal_ipj_sm", "kind": "seal", "O": "Inspectoratul de Poliție Județean Satu Mare",
     "orgid": "VATRO-3896311", "CN": "IPJ Satu Mare", "L": "Satu Mare"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310147", "CN": "IGPF", "L": "București"},
    {"id": "seal_ptbc", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Bacău",
     "orgid": "VATRO-4278410", "CN": "Parchetul de pe langa Tribunalul Bacau", "L": "Bacău"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391345", "CN": "DIICOT", "L": "București"},
    {"id": "seal_tbmm", "kind": "seal", "O": "Tribunalul Maramureș", "orgid": "VATRO-4311780",
     "CN": "Tribunalul Maramures", "L": "Baia Mare"},
    {"id": "seal_anaf", "kind": "seal", "O": "Agenția Națională de Administrare Fiscală",
     "orgid": "VATRO-8055021", "CN": "ANAF - DGAF", "L": "București"},
    # officers, prosecutors, a judge (bound by certificate SHA-256)
    {"id": "pers_bc_ciobanu", "kind": "person", "GN": "Cătălin", "SN": "Ciobanu", "CN": "CIOBANU CĂTĂLIN",
     "serial": "PNORO-1830514040032"},
    {"id": "pers_hd_oprea", "kind": "person", "GN": "Daniela", "SN": "Oprea", "CN": "OPREA DANIELA",
     "serial": "PNORO-2870921200018"},
    {"id": "pers_pjsb_barbu", "kind": "person", "GN": "Radu-Ștefan", "SN": "Barbu", "CN": "BARBU RADU-ȘTEFAN",
     "serial": "PNORO-1800303320041"},
    {"id": "pers_pjbm_szabo", "kind": "person", "GN": "Erika", "SN": "Szabó", "CN": "SZABÓ ERIKA",
     "serial": "PNORO-2860711240057"},
    {"id": "pers_dna_lungu", "kind": "person", "GN": "Tudor", "SN": "Lungu", "CN": "LUNGU TUDOR",
     "serial": "PNORO-1760130040029"},
    {"id": "pers_jdv_matei", "kind": "person", "GN": "Oana", "SN": "Matei", "CN": "MATEI OANA",
     "serial": "PNORO-2820416200064"},
    # NOT bound anywhere: a second certificate with exactly the subject of the bound Bacău officer
    # (same name, same PNORO serial, another key), issued by the trusted CA
    {"id": "pers_bc_ciobanu_twin", "kind": "person", "GN": "Cătălin", "SN": "Ciobanu", "CN": "CIOBANU CĂTĂLIN",
     "serial": "PNORO-1830514040032"},
]

# issued by the attacker's CA, whose root and issuing CA carry exactly the names of the trusted ones
ATTACKER_SIGNERS: list[dict] = [
    {"id": "seal_ipj_sb_rogue", "kind": "seal", "O": "Inspectoratul de Poliție Județean Sibiu",
     "orgid": "VATRO-4240613", "CN": "IPJ SIBIU", "L": "Sibiu"},
]

# --------------------------------------------------------------------------
# the registry
# --------------------------------------------------------------------------

AUTHORITIES: list[dict] = [
    {"name": "Inspectoratul General al Poliției Române", "kind": "police",
     "aliases": ["Unitatea Națională Europol", "General Inspectorate of Romanian Police",
                 "Europol National Unit"],
     "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 558 0100"], "fax_numbers": ["+40 21 558 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul de Poliție Județean Sibiu", "kind": "police", "acronyms": ["IPJ Sibiu"],
     "domains": ["sb.politiaromana.ro"], "phone_numbers": ["+40 21 558 0210"],
     "fax_numbers": ["+40 21 558 0219", "+40 269 558 220"],
     "postal_addresses": ["Str. Revoluției nr. 1-3, Sibiu, județul Sibiu"], "identities": ["seal_ipj_sb"]},
    {"name": "Inspectoratul de Poliție Județean Bacău", "kind": "police", "acronyms": ["IPJ Bacău"],
     "domains": ["bc.politiaromana.ro"], "phone_numbers": ["+40 21 558 0220"],
     "fax_numbers": ["+40 21 558 0229", "+40 234 558 112"],
     "postal_addresses": ["Str. Nicolae Titulescu nr. 6, Bacău, județul Bacău"], "identities": ["pers_bc_ciobanu"]},
    {"name": "Inspectoratul de Poliție Județean Maramureș", "kind": "police", "acronyms": ["IPJ Maramureș"],
     "domains": ["mm.politiaromana.ro"], "phone_numbers": ["+40 21 558 0230"], "fax_numbers": ["+40 21 558 0239"],
     "postal_addresses": ["Str. Gheorghe Șincai nr. 25, Baia Mare, județul Maramureș"],
     "identities": ["seal_ipj_mm"]},
    {"name": "Inspectoratul de Poliție Județean Hunedoara", "kind": "police", "acronyms": ["IPJ Hunedoara"],
     "domains": ["hd.politiaromana.ro"], "phone_numbers": ["+40 21 558 0240"], "fax_numbers": ["+40 21 558 0249"],
     "postal_addresses": ["Str. Eminescu nr. 119, Deva, județul Hunedoara"], "identities": ["pers_hd_oprea"]},
    {"name": "Inspectoratul de Poliție Județean Neamț", "kind": "police", "acronyms": ["IPJ Neamț"],
     "domains": ["nt.politiaromana.ro"], "phone_numbers": ["+40 21 558 0250"], "fax_numbers": ["+40 21 558 0259"],
     "postal_addresses": ["Bd. Decebal nr. 5, Piatra Neamț, județul Neamț"], "identities": ["seal_ipj_nt"]},
    {"name": "Inspectoratul de Poliție Județean Satu Mare", "kind": "police", "acronyms": ["IPJ Satu Mare"],
     "domains": ["sm.politiaromana.ro"], "phone_numbers": ["+40 21 558 0260"], "fax_numbers": ["+40 21 558 0269"],
     "postal_addresses": ["Str. Mihai Viteazu nr. 5, Satu Mare, județul Satu Mare"], "identities": ["seal_ipj_sm"]},
    {"name": "Inspectoratul General al Poliției de Frontieră", "kind": "police", "acronyms": ["IGPF"],
     "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 558 0300"], "fax_numbers": ["+40 21 558 0309"],
     "postal_addresses": ["Str. Eduard Caranfil nr. 1-3, sector 1, București"], "identities": ["seal_igpf"]},
    # prosecutors (all write from mpublic.ro)
    {"name": "Parchetul de pe lângă Judecătoria Sibiu", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 558 0400"], "fax_numbers": ["+40 21 558 0409"],
     "postal_addresses": ["Str. Dealului nr. 6, Sibiu, județul Sibiu"], "identities": ["pers_pjsb_barbu"]},
    {"name": "Parchetul de pe lângă Judecătoria Baia Mare", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 558 0410"], "fax_numbers": ["+40 21 558 0419"],
     "postal_addresses": ["Bd. Republicii nr. 2A, Baia Mare, județul Maramureș"], "identities": ["pers_pjbm_szabo"]},
    {"name": "Parchetul de pe lângă Tribunalul Bacău", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 558 0420"], "fax_numbers": ["+40 21 558 0429"],
     "postal_addresses": ["Str. Cornișa Bistriței nr. 1, Bacău, județul Bacău"], "identities": ["seal_ptbc"]},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "kind": "prosecutor", "acronyms": ["DIICOT"],
     "domains": ["diicot.ro"], "phone_numbers": ["+40 21 558 0500"], "fax_numbers": ["+40 21 558 0509"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 20, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 558 0510"], "fax_numbers": ["+40 21 558 0519"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["pers_dna_lungu"]},
    # courts (all write from just.ro)
    {"name": "Judecătoria Deva", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 558 0600"], "fax_numbers": ["+40 21 558 0609"],
     "postal_addresses": ["Str. 1 Decembrie nr. 35, Deva, județul Hunedoara"], "identities": ["pers_jdv_matei"]},
    {"name": "Tribunalul Maramureș", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 558 0610"], "fax_numbers": ["+40 21 558 0619"],
     "postal_addresses": ["Bd. Republicii nr. 2A, Baia Mare, județul Maramureș"], "identities": ["seal_tbmm"]},
    # other
    {"name": "Agenția Națională de Administrare Fiscală", "kind": "other", "acronyms": ["ANAF"],
     "aliases": ["Direcția Generală Antifraudă Fiscală"],
     "domains": ["anaf.ro"], "phone_numbers": ["+40 21 558 0700"], "fax_numbers": ["+40 21 558 0709"],
     "postal_addresses": ["Str. Apolodor nr. 17, sector 5, București"], "identities": ["seal_anaf"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders")
FAX_GATEWAYS = [{"from": "@fax.okazii.ro", "pattern": r"Fax de la (?P<number>\+?\d+)"}]

NOT_BEFORE = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
NOT_AFTER_CA = dt.datetime(2041, 1, 1, tzinfo=dt.UTC)
NOT_AFTER_EE = dt.datetime(2028, 6, 30, tzinfo=dt.UTC)

OID_ORG_ID = ObjectIdentifier("2.5.4.97")
OID_QC_STATEMENTS = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
OID_QCP_N_QSCD = "0.4.0.194112.1.2"
OID_QCP_L_QSCD = "0.4.0.194112.1.3"


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(content)) + content


def _der_oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(chunk))
    return _der(0x06, body)


def qc_statements(qc_type: str) -> bytes:
    compliance = _der(0x30, _der_oid("0.4.0.1862.1.1"))
    sscd = _der(0x30, _der_oid("0.4.0.1862.1.4"))
    qctype = _der(0x30, _der_oid("0.4.0.1862.1.6") + _der(0x30, _der_oid(qc_type)))
    return _der(0x30, compliance + sscd + qctype)


def load_or_make_key(path: Path, bits: int = 2048) -> rsa.RSAPrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return key


def serial_for(name: str) -> int:
    return int.from_bytes(hashlib.sha256(("blind-round4/" + name).encode()).digest()[:15], "big") | (1 << 100)


def ski(key) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


def ca_name_of(cn: str, org: str, orgid: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(OID_ORG_ID, orgid),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def make_ca(key, name, issuer_name, issuer_key, serial_id, path_length, not_after):
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name)
         .public_key(key.public_key()).serial_number(serial_for(serial_id))
         .not_valid_before(NOT_BEFORE).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
         .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
         .add_extension(ski(key), critical=False))
    if issuer_key is not key:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                            critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def make_ee(s: dict, key, ca_name, ca_key, cps: str):
    if s["kind"] in ("seal", "tls"):
        name = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, s.get("C", "RO")),
            x509.NameAttribute(NameOID.LOCALITY_NAME, s["L"]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["O"]),
            x509.NameAttribute(OID_ORG_ID, s["orgid"]),
            x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
        ])
        policy, qctype = OID_QCP_L_QSCD, "0.4.0.1862.1.6.2"
    else:
        attrs = [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
            x509.NameAttribute(NameOID.SURNAME, s["SN"]),
            x509.NameAttribute(NameOID.GIVEN_NAME, s["GN"]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, s["serial"]),
            x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
        ]
        if s.get("email"):
            attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, s["email"]))
        name = x509.Name(attrs)
        policy, qctype = OID_QCP_N_QSCD, "0.4.0.1862.1.6.1"
    if s["kind"] == "tls":
        return (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
                .public_key(key.public_key()).serial_number(serial_for(s["id"]))
                .not_valid_before(NOT_BEFORE).not_valid_after(dt.datetime(2027, 3, 1, tzinfo=dt.UTC))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False),
                               critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH,
                                                      x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                .add_extension(x509.SubjectAlternativeName([x509.DNSName(d) for d in s["dns"]]), critical=False)
                .add_extension(ski(key), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                               critical=False)
                .add_extension(x509.CertificatePolicies([
                    x509.PolicyInformation(ObjectIdentifier("2.23.140.1.2.2"), None)]), critical=False)
                .sign(ca_key, hashes.SHA256()))
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
         .public_key(key.public_key()).serial_number(serial_for(s["id"]))
         .not_valid_before(NOT_BEFORE).not_valid_after(s.get("not_after", NOT_AFTER_EE))
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
         .add_extension(ski(key), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
         .add_extension(x509.CertificatePolicies([
             x509.PolicyInformation(ObjectIdentifier(policy), None),
             x509.PolicyInformation(ObjectIdentifier("1.3.6.1.4.1.99999.2.1"), [cps]),
         ]), critical=False)
         .add_extension(x509.UnrecognizedExtension(OID_QC_STATEMENTS, qc_statements(qctype)), critical=False))
    if s.get("email"):
        b = b.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(s["email"])]), critical=False)
        b = b.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return b.sign(ca_key, hashes.SHA256())


def make_pki() -> dict:
    pki = WORLD / "pki"
    pki.mkdir(parents=True, exist_ok=True)
    out: dict = {"signers": {}}
    pem = serialization.Encoding.PEM

    root_key = load_or_make_key(pki / "root.key.pem", 3072)
    root_name = ca_name_of(ROOT_NAME, TSP_ORG, TSP_ORGID)
    root = make_ca(root_key, root_name, root_name, root_key, "root", None, NOT_AFTER_CA)
    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = ca_name_of(ISSUING_NAME, TSP_ORG, TSP_ORGID)
    ca = make_ca(ca_key, ca_name, root_name, root_key, "issuing", 0, dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"] = "pki/root.cert.pem", "pki/issuing.cert.pem"

    # the attacker's CAs: exactly the same subject names as the trusted root and issuing CA, other keys.
    # NOT in roots/. A verifier that finds issuers by name alone would take them for ours.
    aroot_key = load_or_make_key(pki / "attacker_root.key.pem", 3072)
    aroot = make_ca(aroot_key, root_name, root_name, aroot_key, "attacker_root", None, NOT_AFTER_CA)
    aca_key = load_or_make_key(pki / "attacker_issuing.key.pem", 3072)
    aca = make_ca(aca_key, ca_name, root_name, aroot_key, "attacker_issuing", 0,
                  dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "attacker_root.cert.pem").write_bytes(aroot.public_bytes(pem))
    (pki / "attacker_issuing.cert.pem").write_bytes(aca.public_bytes(pem))
    out["attacker_root"], out["attacker_issuing"] = "pki/attacker_root.cert.pem", "pki/attacker_issuing.cert.pem"

    for group, cakey, caname, cps, chain in (
            (SIGNERS, ca_key, ca_name, "https://ca.round4-test.example/cps", ["pki/issuing.cert.pem"]),
            (ATTACKER_SIGNERS, aca_key, ca_name, "https://ca.round4-test.example/cps",
             ["pki/attacker_issuing.cert.pem", "pki/attacker_root.cert.pem"])):
        for s in group:
            key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
            cert = make_ee(s, key, caname, cakey, cps)
            (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
            der = cert.public_bytes(serialization.Encoding.DER)
            out["signers"][s["id"]] = {
                "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
                "chain": chain, "sha256": hashlib.sha256(der).hexdigest(),
                "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
                "organization_identifier": s.get("orgid"), "email": s.get("email"),
                "not_after": cert.not_valid_after_utc.isoformat(),
                "trusted_chain": group is SIGNERS,
            }
    return out


def txt_record(name: str, text: str) -> str:
    chunks = [text[i:i + 250] for i in range(0, len(text), 250)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 4 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
             "; documentation IP ranges only; every name absolute", "$TTL 3600"]
    out: dict = {}
    for domain, d in MAIL_DOMAINS.items():
        key = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{d['selector']}.pem", 2048)
        pub = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        lines.append(f"; --- {domain}")
        lines.append(txt_record(f"{d['selector']}._domainkey.{domain}",
                                f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}"))
        lines.append(txt_record(domain, "v=spf1 " + " ".join(f"ip4:{ip}" for ip in d["ips"]) + f" {d['all']}"))
        if d.get("dmarc"):
            lines.append(txt_record(f"_dmarc.{domain}", d["dmarc"]))
        out[domain] = {"selector": d["selector"], "ips": d["ips"],
                       "key": f"keys/dkim/{domain}.{d['selector']}.pem", "selectors": {}}
        for ex in d.get("extra_selectors", []):
            k2 = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{ex['selector']}.pem", 2048)
            pub2 = k2.public_key().public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
            if ex.get("revoked"):  # retired selector: the key is withdrawn, the private key still exists
                rec = "v=DKIM1; k=rsa; p="
            else:
                rec = f"v=DKIM1; k=rsa; {ex.get('flags', '')}p={base64.b64encode(pub2).decode()}"
            lines.append(txt_record(f"{ex['selector']}._domainkey.{domain}", rec))
            out[domain]["selectors"][ex["selector"]] = f"keys/dkim/{domain}.{ex['selector']}.pem"
    (WORLD / "zone.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def merged_authorities() -> list[dict]:
    auths = [dict(a) for a in AUTHORITIES]
    if not ADDITIONS.exists():
        return auths
    extra = json.loads(ADDITIONS.read_text(encoding="utf-8"))
    if isinstance(extra, dict):  # {"authorities": [...]} or {name: {...}}
        extra = extra.get("authorities") or [dict(v, name=k) for k, v in extra.items() if isinstance(v, dict)]
    by_name = {a["name"]: a for a in auths}
    for add in extra:
        name = add["authority"] if "authority" in add else add["name"]
        a = by_name.get(name)
        if a is None:
            a = {"name": name, "kind": add.get("kind", "police"), "domains": list(add.get("domains", [])),
                 "phone_numbers": [], "fax_numbers": [], "postal_addresses": [], "identities": [],
                 "added_by": "paper"}
            for k in ("aliases", "acronyms"):
                if add.get(k):
                    a[k] = list(add[k])
            auths.append(a)
            by_name[name] = a
        for k in ("fax_numbers", "phone_numbers", "postal_addresses", "domains", "aliases", "acronyms"):
            vals = add.get(k, []) or []
            if isinstance(vals, str):
                vals = [vals]
            a.setdefault(k, [])
            for v in vals:
                if v not in a[k]:
                    a[k] = list(a[k]) + [v]
    return auths


def make_policy(pki: dict, auths: list[dict]) -> None:
    lines = ["# blind round 4 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round4/make_world.py (merging",
             "# paper/registry_additions.json); do not edit by hand.", ""]
    for a in auths:
        lines.append("[[authorities]]")
        lines.append(f"name = {toml_str(a['name'])}")
        lines.append(f"kind = {toml_str(a['kind'])}")
        for k in ("aliases", "acronyms"):
            if a.get(k):
                lines.append(f"{k} = [" + ", ".join(toml_str(x) for x in a[k]) + "]")
        for k in ("domains", "phone_numbers", "fax_numbers", "postal_addresses"):
            lines.append(f"{k} = [" + ", ".join(toml_str(x) for x in a[k]) + "]")
        lines.append("confirmed = true")
        ids = []
        for sid in a["identities"]:
            s = pki["signers"][sid]
            if s["kind"] == "seal":
                ids.append(f"{{ organization = {toml_str(s['organization'])}, "
                           f"organization_identifier = {toml_str(s['organization_identifier'])} }}")
            else:
                ids.append(f"{{ certificate_sha256 = {toml_str(s['sha256'])} }}")
        lines.append("signing_identities = [\n  " + ",\n  ".join(ids) + ",\n]" if ids else "signing_identities = []")
        lines.append("")
    for g in FAX_GATEWAYS:
        lines.append("[[fax_gateways]]")
        lines.append(f"from = {toml_str(g['from'])}")
        lines.append(f"pattern = '{g['pattern']}'")
        lines.append("")
    (WORLD / "policy.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    WORLD.mkdir(parents=True, exist_ok=True)
    pki = make_pki()
    dns = make_dns()
    auths = merged_authorities()
    make_policy(pki, auths)
    public = [{"name": a["name"], "kind": a["kind"], "aliases": a.get("aliases", []),
               "acronyms": a.get("acronyms", []), "domains": a["domains"],
               "phone_numbers": a["phone_numbers"], "fax_numbers": a["fax_numbers"],
               "postal_addresses": a["postal_addresses"],
               "signing_identities": [{"id": sid, "subject": pki["signers"][sid]["subject"]}
                                      for sid in a["identities"]]} for a in auths]
    (WORLD / "authorities.json").write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    ident = {"pki": pki, "dns": dns, "authorities": auths}
    (WORLD / "identities.json").write_text(json.dumps(ident, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"world written to {WORLD} ({len(auths)} authorities)")


if __name__ == "__main__":
    main()
