#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 2.

Adapted (as a tool) from round 1's make_world.py, with a new world: a new root
("Carpathia Test Qualified Root CA R2"), new DKIM keys, other authorities,
domains and persons.

Writes, under ``world/`` next to this script:

* ``keys/dkim/<domain>.<selector>.pem``  DKIM private keys (RSA 2048)
* ``zone.txt``                           DKIM, SPF and DMARC TXT records (absolute names, TTLs)
* ``pki/*.key.pem``, ``pki/*.cert.pem``  root CA, issuing CA, signers; and an attacker's own CA
* ``roots/root.pem``                     the only trust root the product is given
* ``policy.toml``                        the authority registry the product runs with
                                          (merged with ``../paper/registry_additions.json`` when present)
* ``authorities.json``                   the registry in plain JSON, for the paper half
* ``identities.json``                    what make_mail.py and selfcheck.py need

Keys are generated once and kept; certificates are re-issued deterministically
from them (fixed serials and dates), so running the script twice changes
nothing (unless the paper half's additions changed). Test material only:
documentation IP ranges, fictional +40 21 556 … numbers, fictional identifiers.
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
    "politiaromana.ro": {"selector": "igpr2026", "ips": ["192.0.2.101", "192.0.2.102"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; sp=quarantine; adkim=r; aspf=r"},
    "is.politiaromana.ro": {"selector": "mail", "ips": ["192.0.2.121"], "all": "-all", "dmarc": None},
    "ph.politiaromana.ro": {"selector": "s2026", "ips": ["192.0.2.131", "192.0.2.132"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine; adkim=s"},
    "dj.politiaromana.ro": {"selector": "default", "ips": ["192.0.2.141"], "all": "~all", "dmarc": None},
    "b.politiaromana.ro": {"selector": "dgpmb", "ips": ["192.0.2.151", "192.0.2.152"], "all": "-all", "dmarc": None},
    "bh.politiaromana.ro": {"selector": "k1", "ips": ["192.0.2.161"], "all": "-all", "dmarc": None},
    "mpublic.ro": {"selector": "zmb2026", "ips": ["198.51.100.61", "198.51.100.62"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject; pct=100"},
    "diicot.ro": {"selector": "sig1", "ips": ["198.51.100.71"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "dna", "ips": ["198.51.100.81"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    "just.ro": {"selector": "portal", "ips": ["198.51.100.91", "198.51.100.92"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    "anaf.ro": {"selector": "anaf1", "ips": ["198.51.100.101"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "anpc.ro": {"selector": "mail", "ips": ["198.51.100.111"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    # --- free mail ---
    "gmail.com": {"selector": "20240605", "ips": ["198.51.100.140", "198.51.100.141"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.ro": {"selector": "s1024", "ips": ["198.51.100.150"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector2", "ips": ["198.51.100.160"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "proton.me": {"selector": "protonmail", "ips": ["198.51.100.170"], "all": "~all",
                  "dmarc": "v=DMARC1; p=quarantine"},
    # --- companies, senders of newsletters, robots ---
    "curier-fulger.ro": {"selector": "cf", "ips": ["198.51.100.200"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "bricolaj-popa.ro": {"selector": "default", "ips": ["198.51.100.201"], "all": "~all", "dmarc": None},
    "news.reduceri-mari.ro": {"selector": "nl", "ips": ["198.51.100.202"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "cabinet-avocat-stan.ro": {"selector": "mail", "ips": ["198.51.100.203"], "all": "-all",
                               "dmarc": "v=DMARC1; p=none"},
    # --- attackers ---
    "xn--diict-mye.ro": {"selector": "default", "ips": ["203.0.113.31"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "ipj-iasi.info": {"selector": "mail", "ips": ["203.0.113.41"], "all": "-all", "dmarc": None},
    "gardafinanciara.ro": {"selector": "gf", "ips": ["203.0.113.51"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "dosare-politie.eu": {"selector": "k2", "ips": ["203.0.113.61"], "all": "~all", "dmarc": None},
}

# --------------------------------------------------------------------------
# PKI
# --------------------------------------------------------------------------

ROOT_NAME = "Carpathia Test Qualified Root CA R2"
ISSUING_NAME = "Carpathia Test Qualified CA 2026"
TSP_ORG = "Carpathia Trust Test SRL"
ATTACKER_ROOT = "Romanian Qualified Signature Services CA"   # not in roots/

SIGNERS: list[dict] = [
    # qualified seals of institutions (bound by O + organizationIdentifier)
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267120", "CN": "IGPR - sigiliu electronic calificat", "L": "București"},
    {"id": "seal_ipj_is", "kind": "seal", "O": "Inspectoratul de Poliție Județean Iași",
     "orgid": "VATRO-4541238", "CN": "IPJ IASI", "L": "Iași"},
    {"id": "seal_ipj_dj", "kind": "seal", "O": "Inspectoratul de Poliție Județean Dolj",
     "orgid": "VATRO-4417865", "CN": "Inspectoratul de Poliție Județean Dolj", "L": "Craiova"},
    {"id": "seal_ptph", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Prahova",
     "orgid": "VATRO-2845521", "CN": "Parchetul Tribunalului Prahova", "L": "Ploiești"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391299", "CN": "DIICOT", "L": "București"},
    {"id": "seal_dna", "kind": "seal", "O": "Direcția Națională Anticorupție",
     "orgid": "VATRO-15124777", "CN": "DNA - Sigiliu", "L": "București"},
    {"id": "seal_anaf", "kind": "seal", "O": "Agenția Națională de Administrare Fiscală",
     "orgid": "VATRO-8055001", "CN": "ANAF - Direcția Generală Antifraudă Fiscală", "L": "București"},
    {"id": "seal_tbdj", "kind": "seal", "O": "Tribunalul Dolj", "orgid": "VATRO-4417002",
     "CN": "Tribunalul Dolj", "L": "Craiova"},
    # officers, prosecutors, judges (bound by certificate SHA-256); some carry an e-mail (S/MIME)
    {"id": "pers_ph_radu", "kind": "person", "GN": "Sorin-Valentin", "SN": "Radu", "CN": "RADU SORIN-VALENTIN",
     "serial": "PNORO-1811203290034", "email": "sorin.radu@ph.politiaromana.ro"},
    {"id": "pers_ph_ilie", "kind": "person", "GN": "Carmen", "SN": "Ilie", "CN": "ILIE CARMEN",
     "serial": "PNORO-2870515290011"},
    {"id": "pers_b_lazar", "kind": "person", "GN": "Ovidiu", "SN": "Lazăr", "CN": "LAZĂR OVIDIU",
     "serial": "PNORO-1850808400215"},
    {"id": "pers_b_munteanu", "kind": "person", "GN": "Raluca-Ioana", "SN": "Munteanu",
     "CN": "MUNTEANU RALUCA-IOANA", "serial": "PNORO-2900117400098"},
    {"id": "pers_b_vasilescu_expired", "kind": "person", "GN": "Petre", "SN": "Vasilescu",
     "CN": "VASILESCU PETRE", "serial": "PNORO-1690402400071",
     "not_after": dt.datetime(2026, 10, 31, 21, 59, 59, tzinfo=dt.UTC)},
    {"id": "pers_bh_szabo", "kind": "person", "GN": "Attila", "SN": "Szabó", "CN": "SZABÓ ATTILA",
     "serial": "PNORO-1830310050042"},
    {"id": "pers_pjcv_barbu", "kind": "person", "GN": "Teodora", "SN": "Barbu", "CN": "BARBU TEODORA",
     "serial": "PNORO-2821129160027", "email": "teodora.barbu@mpublic.ro"},
    {"id": "pers_pjs2_nistor", "kind": "person", "GN": "Dan", "SN": "Nistor", "CN": "NISTOR DAN",
     "serial": "PNORO-1790614400133", "email": "dan.nistor@mpublic.ro"},
    {"id": "pers_jdph_cojocaru", "kind": "person", "GN": "Irina", "SN": "Cojocaru", "CN": "COJOCARU IRINA",
     "serial": "PNORO-2840221290066"},
    # NOT bound: a seal issued by the trusted CA to a company that registered the same name
    {"id": "seal_samename_ipj_is", "kind": "seal", "O": "Inspectoratul de Poliție Județean Iași",
     "orgid": "VATRO-39876543", "CN": "IPJ IASI", "L": "Iași"},
]

# issued by the attacker's own CA (does not chain to roots/root.pem)
ATTACKER_SIGNERS: list[dict] = [
    {"id": "atk_seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391299", "CN": "DIICOT", "L": "București"},
    {"id": "atk_seal_garda", "kind": "seal", "O": "Garda Financiară", "orgid": "VATRO-24316860",
     "CN": "Garda Financiara - Comisariatul General", "L": "București"},
]

# --------------------------------------------------------------------------
# the registry
# --------------------------------------------------------------------------

AUTHORITIES: list[dict] = [
    {"name": "Inspectoratul General al Poliției Române", "kind": "police", "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 556 0100"], "fax_numbers": ["+40 21 556 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul de Poliție Județean Iași", "kind": "police", "acronyms": ["IPJ Iași"],
     "domains": ["is.politiaromana.ro"], "phone_numbers": ["+40 21 556 0210"],
     "fax_numbers": ["+40 21 556 0219", "+40 232 555 118"],
     "postal_addresses": ["Str. Ștefan cel Mare și Sfânt nr. 49, Iași, județul Iași"],
     "identities": ["seal_ipj_is"]},
    {"name": "Inspectoratul de Poliție Județean Prahova", "kind": "police", "acronyms": ["IPJ Prahova"],
     "domains": ["ph.politiaromana.ro"], "phone_numbers": ["+40 21 556 0220"], "fax_numbers": ["+40 21 556 0229"],
     "postal_addresses": ["Str. Văleni nr. 48, Ploiești, județul Prahova"],
     "identities": ["pers_ph_radu", "pers_ph_ilie"]},
    {"name": "Inspectoratul de Poliție Județean Dolj", "kind": "police", "acronyms": ["IPJ Dolj"],
     "domains": ["dj.politiaromana.ro"], "phone_numbers": ["+40 21 556 0230"],
     "fax_numbers": ["+40 21 556 0239", "+40 251 555 407"],
     "postal_addresses": ["Str. Ion Maiorescu nr. 2, Craiova, județul Dolj"], "identities": ["seal_ipj_dj"]},
    {"name": "Inspectoratul de Poliție Județean Bihor", "kind": "police", "acronyms": ["IPJ Bihor"],
     "domains": ["bh.politiaromana.ro"], "phone_numbers": ["+40 21 556 0240"], "fax_numbers": ["+40 21 556 0249"],
     "postal_addresses": ["Str. Dimitrie Cantemir nr. 2A, Oradea, județul Bihor"], "identities": ["pers_bh_szabo"]},
    {"name": "Direcția Generală de Poliție a Municipiului București", "kind": "police",
     "aliases": ["Poliția Capitalei"], "acronyms": ["DGPMB"],
     "domains": ["b.politiaromana.ro"], "phone_numbers": ["+40 21 556 0300"],
     "fax_numbers": ["+40 21 556 0309", "+40 21 556 0318"],
     "postal_addresses": ["Calea Victoriei nr. 19, sector 3, București"],
     "identities": ["pers_b_lazar", "pers_b_munteanu", "pers_b_vasilescu_expired"]},
    # paper-only in this round (the paper half may use them)
    {"name": "Inspectoratul de Poliție Județean Suceava", "kind": "police", "acronyms": ["IPJ Suceava"],
     "domains": ["sv.politiaromana.ro"], "phone_numbers": ["+40 21 556 0250"],
     "fax_numbers": ["+40 21 556 0259", "+40 230 555 212"],
     "postal_addresses": ["Str. Nicolae Bălcescu nr. 20, Suceava, județul Suceava"], "identities": []},
    {"name": "Inspectoratul de Poliție Județean Galați", "kind": "police", "acronyms": ["IPJ Galați"],
     "domains": ["gl.politiaromana.ro"], "phone_numbers": ["+40 21 556 0260"], "fax_numbers": ["+40 21 556 0269"],
     "postal_addresses": ["Str. Brăilei nr. 34, Galați, județul Galați"], "identities": []},
    # prosecutors (all write from mpublic.ro)
    {"name": "Parchetul de pe lângă Tribunalul Prahova", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 556 0400"], "fax_numbers": ["+40 21 556 0409"],
     "postal_addresses": ["Str. Văleni nr. 44, Ploiești, județul Prahova"], "identities": ["seal_ptph"]},
    {"name": "Parchetul de pe lângă Judecătoria Craiova", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 556 0410"], "fax_numbers": ["+40 21 556 0419"],
     "postal_addresses": ["Str. Brestei nr. 12, Craiova, județul Dolj"], "identities": ["pers_pjcv_barbu"]},
    {"name": "Parchetul de pe lângă Judecătoria Sectorului 2 București", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 556 0420"], "fax_numbers": ["+40 21 556 0429"],
     "postal_addresses": ["Str. Olari nr. 1-3, sector 2, București"], "identities": ["pers_pjs2_nistor"]},
    {"name": "Parchetul de pe lângă Tribunalul Iași", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 556 0430"],
     "fax_numbers": ["+40 21 556 0439", "+40 232 555 301"],
     "postal_addresses": ["Str. Elena Doamna nr. 1A, Iași, județul Iași"], "identities": []},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "kind": "prosecutor", "acronyms": ["DIICOT"],
     "domains": ["diicot.ro"], "phone_numbers": ["+40 21 556 0500"],
     "fax_numbers": ["+40 21 556 0509", "+40 232 555 740"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 20, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 556 0510"], "fax_numbers": ["+40 21 556 0519"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["seal_dna"]},
    # courts (all write from just.ro)
    {"name": "Tribunalul Dolj", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 556 0600"], "fax_numbers": ["+40 21 556 0609"],
     "postal_addresses": ["Str. Brestei nr. 12, Craiova, județul Dolj"], "identities": ["seal_tbdj"]},
    {"name": "Judecătoria Ploiești", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 556 0610"],
     "fax_numbers": ["+40 21 556 0619", "+40 244 555 190"],
     "postal_addresses": ["Str. Văleni nr. 44, Ploiești, județul Prahova"], "identities": ["pers_jdph_cojocaru"]},
    # other authorities
    {"name": "Agenția Națională de Administrare Fiscală", "kind": "other", "acronyms": ["ANAF"],
     "aliases": ["Direcția Generală Antifraudă Fiscală"],
     "domains": ["anaf.ro"], "phone_numbers": ["+40 21 556 0700"], "fax_numbers": ["+40 21 556 0709"],
     "postal_addresses": ["Str. Apolodor nr. 17, sector 5, București"], "identities": ["seal_anaf"]},
    {"name": "Autoritatea Națională pentru Protecția Consumatorilor", "kind": "other", "acronyms": ["ANPC"],
     "domains": ["anpc.ro"], "phone_numbers": ["+40 21 556 0710"], "fax_numbers": ["+40 21 556 0719"],
     "postal_addresses": ["Bd. Aviatorilor nr. 72, sector 1, București"], "identities": []},
]

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
    return int.from_bytes(hashlib.sha256(("blind-round2/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
    if s["kind"] == "seal":
        name = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
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
    root_name = ca_name_of(ROOT_NAME, TSP_ORG, "VATRO-99000002")
    root = make_ca(root_key, root_name, root_name, root_key, "root", None, NOT_AFTER_CA)
    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = ca_name_of(ISSUING_NAME, TSP_ORG, "VATRO-99000002")
    ca = make_ca(ca_key, ca_name, root_name, root_key, "issuing", 0, dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"] = "pki/root.cert.pem", "pki/issuing.cert.pem"

    # the attacker's own CA: a single self-signed CA with a plausible name
    atk_key = load_or_make_key(pki / "attacker_ca.key.pem", 2048)
    atk_name = ca_name_of(ATTACKER_ROOT, "Romanian Qualified Signature Services SRL", "VATRO-41122334")
    atk = make_ca(atk_key, atk_name, atk_name, atk_key, "attacker_ca", 0, NOT_AFTER_CA)
    (pki / "attacker_ca.cert.pem").write_bytes(atk.public_bytes(pem))
    out["attacker_ca"] = "pki/attacker_ca.cert.pem"

    for group, cakey, caname, cps, chain in (
            (SIGNERS, ca_key, ca_name, "https://ca.carpathia-test.example/cps", "pki/issuing.cert.pem"),
            (ATTACKER_SIGNERS, atk_key, atk_name, "https://rqss-ca.example/cps", "pki/attacker_ca.cert.pem")):
        for s in group:
            key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
            cert = make_ee(s, key, caname, cakey, cps)
            (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
            der = cert.public_bytes(serialization.Encoding.DER)
            out["signers"][s["id"]] = {
                "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
                "chain": [chain], "sha256": hashlib.sha256(der).hexdigest(),
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
    lines = ["; blind round 2 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
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
                       "key": f"keys/dkim/{domain}.{d['selector']}.pem"}
    (WORLD / "zone.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def merged_authorities() -> list[dict]:
    auths = [dict(a) for a in AUTHORITIES]
    if not ADDITIONS.exists():
        return auths
    extra = json.loads(ADDITIONS.read_text(encoding="utf-8"))
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
        for k in ("fax_numbers", "phone_numbers", "postal_addresses", "domains"):
            for v in add.get(k, []) or []:
                if v not in a[k]:
                    a[k] = list(a[k]) + [v]
    return auths


def make_policy(pki: dict, auths: list[dict]) -> None:
    lines = ["# blind round 2 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round2/make_world.py (merging",
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
