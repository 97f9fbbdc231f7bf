#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 1.

Writes, under ``world/`` next to this script:

* ``keys/dkim/<domain>.<selector>.pem``  DKIM private keys (RSA 2048)
* ``zone.txt``                           DKIM, SPF and DMARC TXT records (absolute names)
* ``pki/*.key.pem``, ``pki/*.cert.pem``  a root CA, an issuing CA and the signers
* ``roots/root.pem``                     the only trust root the product is given
* ``policy.toml``                        the authority registry the product runs with
* ``identities.json``                    what make_mail.py (and the paper half) need

Keys are generated once and kept (RSA generation cannot be seeded with the
``cryptography`` package); certificates are re-issued deterministically from the
kept keys (fixed serials and dates), so running the script twice changes nothing.
Everything here is test material: documentation IP ranges only (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24), fictional phone numbers and identifiers.
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

# --------------------------------------------------------------------------
# DNS: every mail domain of the world, its DKIM selector, its outbound IPs
# --------------------------------------------------------------------------

# domain: (selector, [ips], spf_qualifier_all, dmarc policy or None, publish_dmarc_here)
MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (listed in the registry) ---
    "politiaromana.ro": {"selector": "sel1", "ips": ["192.0.2.10", "192.0.2.11"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; sp=reject; adkim=r; aspf=r; rua=mailto:dmarc@politiaromana.ro"},
    "b.politiaromana.ro": {"selector": "sel1", "ips": ["192.0.2.20"], "all": "-all", "dmarc": None},
    "cj.politiaromana.ro": {"selector": "sel1", "ips": ["192.0.2.30", "192.0.2.31"], "all": "-all", "dmarc": None},
    "tm.politiaromana.ro": {"selector": "mail2026", "ips": ["192.0.2.40"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine; adkim=s; aspf=r"},
    "ct.politiaromana.ro": {"selector": "sel1", "ips": ["192.0.2.50"], "all": "-all", "dmarc": None},
    "bv.politiaromana.ro": {"selector": "default", "ips": ["192.0.2.60"], "all": "~all", "dmarc": None},
    "mpublic.ro": {"selector": "zimbra", "ips": ["198.51.100.10", "198.51.100.11", "198.51.100.12"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject; rua=mailto:postmaster@mpublic.ro; pct=100"},
    "diicot.ro": {"selector": "dkim1", "ips": ["198.51.100.20"], "all": "-all",
                  "dmarc": "v=DMARC1; p=quarantine; pct=100"},
    "pna.ro": {"selector": "s1", "ips": ["198.51.100.30"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "exch2026", "ips": ["198.51.100.40", "198.51.100.41"], "all": "~all",
                "dmarc": "v=DMARC1; p=none; rua=mailto:dmarc@just.ro"},
    "mai.gov.ro": {"selector": "sel2025", "ips": ["198.51.100.50"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    # --- a genuine subdomain of the police that the registry does NOT list ---
    "gr.politiaromana.ro": {"selector": "sel1", "ips": ["192.0.2.70"], "all": "-all", "dmarc": None},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.135", "198.51.100.136", "198.51.100.137"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.165", "198.51.100.166"], "all": "~all",
                  "dmarc": "v=DMARC1; p=reject; pct=100"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.195", "198.51.100.196"], "all": "~all",
                    "dmarc": "v=DMARC1; p=none; pct=100"},
    # --- citizens' and companies' own domains ---
    "electrocasnice-vlad.ro": {"selector": "default", "ips": ["198.51.100.230"], "all": "~all",
                               "dmarc": "v=DMARC1; p=none"},
    "avocat-muresan.ro": {"selector": "mail", "ips": ["198.51.100.231"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "expresscurier.ro": {"selector": "mc", "ips": ["198.51.100.232"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "bancacarpatica-demo.ro": {"selector": "s1", "ips": ["198.51.100.233"], "all": "-all",
                               "dmarc": "v=DMARC1; p=reject"},
    # --- attackers ---
    "politia-romana.ro": {"selector": "mail", "ips": ["203.0.113.66"], "all": "-all",
                          "dmarc": "v=DMARC1; p=reject"},
    "politiaromana.ro.example.net": {"selector": "s1", "ips": ["203.0.113.77"], "all": "-all",
                                     "dmarc": "v=DMARC1; p=none"},
    "diicot-gov.ro": {"selector": "default", "ips": ["203.0.113.88"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "seo-growth-agency.example.com": {"selector": "k1", "ips": ["203.0.113.120"], "all": "~all", "dmarc": None},
}

# --------------------------------------------------------------------------
# PKI and the authority registry
# --------------------------------------------------------------------------

ROOT_NAME = "Blind Round1 Qualified Root CA"
ISSUING_NAME = "Blind Round1 Qualified Issuing CA"

# certificates issued by the issuing CA (chain to roots/root.pem)
# kind "seal": a qualified electronic seal of an institution (O + 2.5.4.97)
# kind "person": a natural person's qualified certificate (bound by sha256 when an officer)
SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267095", "CN": "Inspectoratul General al Poliției Române", "L": "București"},
    {"id": "seal_ipj_cj", "kind": "seal", "O": "Inspectoratul de Poliție Județean Cluj",
     "orgid": "VATRO-4288462", "CN": "IPJ Cluj - Sigiliu electronic", "L": "Cluj-Napoca"},
    {"id": "seal_ipj_ct", "kind": "seal", "O": "Inspectoratul de Poliție Județean Constanța",
     "orgid": "VATRO-4301125", "CN": "Inspectoratul de Poliție Județean Constanța", "L": "Constanța"},
    {"id": "seal_pjs3", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Sectorului 3 București",
     "orgid": "VATRO-4365119", "CN": "PJS3 Registratura", "L": "București"},
    {"id": "seal_ptcj", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Cluj",
     "orgid": "VATRO-4305567", "CN": "Parchetul de pe lângă Tribunalul Cluj", "L": "Cluj-Napoca"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391220", "CN": "DIICOT - Sigiliu calificat", "L": "București"},
    {"id": "seal_dna", "kind": "seal", "O": "Direcția Națională Anticorupție",
     "orgid": "VATRO-15124640", "CN": "Direcția Națională Anticorupție", "L": "București"},
    {"id": "seal_tbcj", "kind": "seal", "O": "Tribunalul Cluj", "orgid": "VATRO-4288390",
     "CN": "Tribunalul Cluj", "L": "Cluj-Napoca"},
    # officers / magistrates: personal qualified certificates, bound by their sha256
    {"id": "pers_dgpmb_ene", "kind": "person", "GN": "Cristian", "SN": "Ene", "CN": "ENE CRISTIAN",
     "serial": "PNORO-1830517400123"},
    {"id": "pers_dgpmb_toma", "kind": "person", "GN": "Alina-Maria", "SN": "Toma", "CN": "TOMA ALINA-MARIA",
     "serial": "PNORO-2890904400321"},
    {"id": "pers_ipjtm_stoica", "kind": "person", "GN": "Bogdan", "SN": "Stoica", "CN": "STOICA BOGDAN",
     "serial": "PNORO-1800211350047"},
    {"id": "pers_ipjbv_nagy", "kind": "person", "GN": "Levente", "SN": "Nagy", "CN": "NAGY LEVENTE",
     "serial": "PNORO-1851122080019"},
    {"id": "pers_judge_cj", "kind": "person", "GN": "Ioana", "SN": "Crișan", "CN": "CRIȘAN IOANA",
     "serial": "PNORO-2790318120055"},
    {"id": "pers_proc_is", "kind": "person", "GN": "Mihai", "SN": "Apostu", "CN": "APOSTU MIHAI",
     "serial": "PNORO-1820706220031"},
    {"id": "pers_proc_ct", "kind": "person", "GN": "Elena", "SN": "Dobre", "CN": "DOBRE ELENA",
     "serial": "PNORO-2860219130066"},
    # NOT bound anywhere: a private person (valid qualified certificate, same CA) ...
    {"id": "pers_private_stanciu", "kind": "person", "GN": "Marian-Cosmin", "SN": "Stanciu",
     "CN": "STANCIU MARIAN-COSMIN", "serial": "PNORO-1910412400777"},
    # ... and a real-looking officer of an authority that is not in the registry
    {"id": "pers_ipjgr_dinu", "kind": "person", "GN": "Florin", "SN": "Dinu", "CN": "DINU FLORIN",
     "serial": "PNORO-1840930520014"},
]

# a self-signed "seal" that names the IGPR (does not chain to the root)
SELF_SIGNED = {"id": "selfsigned_fake_igpr", "O": "Inspectoratul General al Poliției Române",
               "orgid": "VATRO-4267095", "CN": "Inspectoratul General al Poliției Române"}

# the registry (policy.toml); identities refer to SIGNERS ids
AUTHORITIES: list[dict] = [
    {"name": "Inspectoratul General al Poliției Române", "kind": "police",
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 555 0100"], "fax_numbers": ["+40 21 555 0199"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Direcția Generală de Poliție a Municipiului București", "kind": "police",
     "domains": ["b.politiaromana.ro"], "phone_numbers": ["+40 21 555 0200"], "fax_numbers": ["+40 21 555 0299", "+40 21 310 6244"],
     "postal_addresses": ["Calea Victoriei nr. 19, sector 3, București"],
     "identities": ["pers_dgpmb_ene", "pers_dgpmb_toma"]},
    {"name": "Inspectoratul de Poliție Județean Cluj", "kind": "police",
     "domains": ["cj.politiaromana.ro"], "phone_numbers": ["+40 21 555 0300"], "fax_numbers": ["+40 21 555 0399"],
     "postal_addresses": ["Str. Decebal nr. 26, Cluj-Napoca, județul Cluj"], "identities": ["seal_ipj_cj"]},
    {"name": "Inspectoratul de Poliție Județean Timiș", "kind": "police",
     "domains": ["tm.politiaromana.ro"], "phone_numbers": ["+40 21 555 0400"], "fax_numbers": ["+40 21 555 0499"],
     "postal_addresses": ["Str. Polonă nr. 2, Timișoara, județul Timiș"], "identities": ["pers_ipjtm_stoica"]},
    {"name": "Inspectoratul de Poliție Județean Constanța", "kind": "police",
     "domains": ["ct.politiaromana.ro"], "phone_numbers": ["+40 21 555 0500"], "fax_numbers": ["+40 21 555 0599"],
     "postal_addresses": ["Bd. Tomis nr. 59, Constanța, județul Constanța"], "identities": ["seal_ipj_ct"]},
    {"name": "Inspectoratul de Poliție Județean Brașov", "kind": "police",
     "domains": ["bv.politiaromana.ro"], "phone_numbers": ["+40 21 555 0600"], "fax_numbers": ["+40 21 555 0699", "+40 268 407 500"],
     "postal_addresses": ["Str. Nicolae Iorga nr. 2, Brașov, județul Brașov"], "identities": ["pers_ipjbv_nagy"]},
    # two county inspectorates that write to us on paper only (fax, post) in this round
    {"name": "Inspectoratul de Poliție Județean Iași", "kind": "police",
     "domains": ["is.politiaromana.ro"], "phone_numbers": ["+40 21 555 0610"],
     "fax_numbers": ["+40 21 555 0619", "+40 232 302 500"],
     "postal_addresses": ["Str. Ștefan cel Mare și Sfânt nr. 49, Iași, județul Iași"], "identities": []},
    {"name": "Inspectoratul de Poliție Județean Prahova", "kind": "police",
     "domains": ["ph.politiaromana.ro"], "phone_numbers": ["+40 21 555 0620"], "fax_numbers": ["+40 21 555 0629"],
     "postal_addresses": ["Str. Văleni nr. 48, Ploiești, județul Prahova"], "identities": []},
    # prosecutors' offices: one entry each (each has its own switchboard for call-backs); all mail from mpublic.ro
    {"name": "Parchetul de pe lângă Judecătoria Sectorului 3 București", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0700"], "fax_numbers": ["+40 21 555 0799"],
     "postal_addresses": ["Str. Dr. Burghele nr. 2, sector 3, București"], "identities": ["seal_pjs3"]},
    {"name": "Parchetul de pe lângă Tribunalul Cluj", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0710"], "fax_numbers": ["+40 21 555 0719"],
     "postal_addresses": ["Calea Dorobanților nr. 2-4, Cluj-Napoca, județul Cluj"], "identities": ["seal_ptcj"]},
    {"name": "Parchetul de pe lângă Judecătoria Iași", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0720"], "fax_numbers": ["+40 21 555 0729"],
     "postal_addresses": ["Str. Anastasie Panu nr. 25, Iași, județul Iași"], "identities": ["pers_proc_is"]},
    {"name": "Parchetul de pe lângă Judecătoria Cluj-Napoca", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0730"], "fax_numbers": ["+40 21 555 0739", "+40 264 596 110"],
     "postal_addresses": ["Calea Dorobanților nr. 2-4, Cluj-Napoca, județul Cluj"], "identities": []},
    {"name": "Parchetul de pe lângă Judecătoria Brașov", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0740"], "fax_numbers": ["+40 21 555 0749", "+40 268 415 011"],
     "postal_addresses": ["B-dul 15 Noiembrie nr. 45, Brașov, județul Brașov"], "identities": []},
    {"name": "Parchetul de pe lângă Tribunalul Timiș", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 555 0750"], "fax_numbers": ["+40 21 555 0759"],
     "postal_addresses": ["Piața Țepeș Vodă nr. 2A, Timișoara, județul Timiș"], "identities": []},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "kind": "prosecutor",
     "domains": ["diicot.ro"], "phone_numbers": ["+40 21 555 0800"], "fax_numbers": ["+40 21 555 0899", "+40 232 260 110"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 20, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor",
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 555 0900"], "fax_numbers": ["+40 21 555 0999"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["seal_dna"]},
    # courts: one entry each; all mail from just.ro
    {"name": "Tribunalul Cluj", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 555 1000"], "fax_numbers": ["+40 21 555 1099", "+40 264 596 111"],
     "postal_addresses": ["Calea Dorobanților nr. 2-4, Cluj-Napoca, județul Cluj"],
     "identities": ["seal_tbcj", "pers_judge_cj"]},
    {"name": "Judecătoria Sectorului 1 București", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 555 1010"], "fax_numbers": ["+40 21 555 1019"],
     "postal_addresses": ["Bd. Regina Elisabeta nr. 45, sector 5, București"], "identities": []},
    {"name": "Ministerul Afacerilor Interne", "kind": "other",
     "domains": ["mai.gov.ro"], "phone_numbers": ["+40 21 555 1100"], "fax_numbers": ["+40 21 555 1199"],
     "postal_addresses": ["Piața Revoluției nr. 1A, sector 1, București"], "identities": []},
]

NOT_BEFORE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
NOT_AFTER_CA = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
NOT_AFTER_EE = dt.datetime(2029, 1, 1, tzinfo=dt.UTC)

OID_ORG_ID = ObjectIdentifier("2.5.4.97")
OID_QC_STATEMENTS = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
OID_QCP_N_QSCD = "0.4.0.194112.1.2"  # natural person, qualified, on a QSCD
OID_QCP_L_QSCD = "0.4.0.194112.1.3"  # legal person (seal), qualified, on a QSCD


# --- a few bytes of DER (qcStatements only) ---------------------------------

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
    """QCStatements: QcCompliance + QcSSCD + QcType (eSign 0.4.0.1862.1.6.1 / eSeal ...6.2)."""
    compliance = _der(0x30, _der_oid("0.4.0.1862.1.1"))
    sscd = _der(0x30, _der_oid("0.4.0.1862.1.4"))
    qctype = _der(0x30, _der_oid("0.4.0.1862.1.6") + _der(0x30, _der_oid(qc_type)))
    return _der(0x30, compliance + sscd + qctype)


# --- helpers ----------------------------------------------------------------

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
    return int.from_bytes(hashlib.sha256(("blind-round1/" + name).encode()).digest()[:15], "big") | (1 << 100)


def ski(key) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


def make_pki() -> dict:
    pki = WORLD / "pki"
    pki.mkdir(parents=True, exist_ok=True)
    out: dict = {"signers": {}}

    root_key = load_or_make_key(pki / "root.key.pem", 3072)
    root_name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Blind Round1 Trust Services SRL"),
        x509.NameAttribute(OID_ORG_ID, "VATRO-99000001"),
        x509.NameAttribute(NameOID.COMMON_NAME, ROOT_NAME),
    ])
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(serial_for("root"))
            .not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER_CA)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(ski(root_key), critical=False)
            .sign(root_key, hashes.SHA256()))

    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Blind Round1 Trust Services SRL"),
        x509.NameAttribute(OID_ORG_ID, "VATRO-99000001"),
        x509.NameAttribute(NameOID.COMMON_NAME, ISSUING_NAME),
    ])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(root_name)
          .public_key(ca_key.public_key()).serial_number(serial_for("issuing"))
          .not_valid_before(NOT_BEFORE).not_valid_after(dt.datetime(2036, 1, 1, tzinfo=dt.UTC))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(ski(ca_key), critical=False)
          .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
          .sign(root_key, hashes.SHA256()))

    (pki / "root.cert.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    roots = WORLD / "roots"
    roots.mkdir(parents=True, exist_ok=True)
    (roots / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    out["root"] = "pki/root.cert.pem"
    out["issuing"] = "pki/issuing.cert.pem"

    for s in SIGNERS:
        key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
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
            name = x509.Name([
                x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
                x509.NameAttribute(NameOID.SURNAME, s["SN"]),
                x509.NameAttribute(NameOID.GIVEN_NAME, s["GN"]),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, s["serial"]),
                x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
            ])
            policy, qctype = OID_QCP_N_QSCD, "0.4.0.1862.1.6.1"
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
                .public_key(key.public_key()).serial_number(serial_for(s["id"]))
                .not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER_EE)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                # digitalSignature + nonRepudiation (contentCommitment), as qualified certificates carry
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                               critical=True)
                .add_extension(ski(key), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                               critical=False)
                .add_extension(x509.CertificatePolicies([
                    x509.PolicyInformation(ObjectIdentifier(policy), None),
                    x509.PolicyInformation(ObjectIdentifier("1.3.6.1.4.1.99999.1.2"),
                                           ["https://ca.blind-round1.example/cps"]),
                ]), critical=False)
                .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                    [x509.UniformResourceIdentifier("http://crl.blind-round1.example/issuing.crl")],
                    None, None, None)]), critical=False)
                .add_extension(x509.UnrecognizedExtension(OID_QC_STATEMENTS, qc_statements(qctype)),
                               critical=False)
                .sign(ca_key, hashes.SHA256()))
        (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        der = cert.public_bytes(serialization.Encoding.DER)
        out["signers"][s["id"]] = {
            "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
            "sha256": hashlib.sha256(der).hexdigest(), "subject": cert.subject.rfc4514_string(),
            "organization": s.get("O"), "organization_identifier": s.get("orgid"),
        }

    # the self-signed look-alike seal
    s = SELF_SIGNED
    key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["O"]),
        x509.NameAttribute(OID_ORG_ID, s["orgid"]),
        x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
    ])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(serial_for(s["id"]))
            .not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER_EE)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out["signers"][s["id"]] = {"kind": "selfsigned", "key": f"pki/{s['id']}.key.pem",
                               "cert": f"pki/{s['id']}.cert.pem",
                               "sha256": hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest(),
                               "subject": cert.subject.rfc4514_string(),
                               "organization": s["O"], "organization_identifier": s["orgid"]}
    return out


def txt_record(name: str, text: str) -> str:
    # split long TXT data into <=255-byte character-strings, as zone files do
    chunks = [text[i:i + 250] for i in range(0, len(text), 250)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = [
        "; blind round 1 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
        "; documentation IP ranges only; every name absolute",
        "$TTL 3600",
    ]
    out: dict = {}
    for domain, d in MAIL_DOMAINS.items():
        key = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{d['selector']}.pem", 2048)
        pub = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        p = base64.b64encode(pub).decode()
        lines.append(f"; --- {domain}")
        lines.append(txt_record(f"{d['selector']}._domainkey.{domain}", f"v=DKIM1; k=rsa; p={p}"))
        spf = "v=spf1 " + " ".join(f"ip4:{ip}" for ip in d["ips"]) + f" {d['all']}"
        lines.append(txt_record(domain, spf))
        if d.get("dmarc"):
            lines.append(txt_record(f"_dmarc.{domain}", d["dmarc"]))
        out[domain] = {"selector": d["selector"], "ips": d["ips"],
                       "key": f"keys/dkim/{domain}.{d['selector']}.pem"}
    # a stale key for a retired selector of the county police (an attacker's copied header may name it)
    lines.append("; retired selector: empty p= means revoked (RFC 6376 3.6.1)")
    lines.append(txt_record("sel2019._domainkey.cj.politiaromana.ro", "v=DKIM1; k=rsa; p="))
    (WORLD / "zone.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def make_policy(pki: dict) -> None:
    lines = [
        "# blind round 1 - the authority registry the product is run with",
        "# (REGISTRATURA_CONFIG). Top-level lists replace the shipped defaults,",
        "# so every authority of the mail half and of the paper half is here.",
        "# Written by bench/blind/round1/make_world.py; do not edit by hand.",
        "",
    ]
    for a in AUTHORITIES:
        lines.append("[[authorities]]")
        lines.append(f"name = {toml_str(a['name'])}")
        lines.append(f"kind = {toml_str(a['kind'])}")
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
        if ids:
            lines.append("signing_identities = [\n  " + ",\n  ".join(ids) + ",\n]")
        else:
            lines.append("signing_identities = []")
        lines.append("")
    (WORLD / "policy.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    WORLD.mkdir(parents=True, exist_ok=True)
    pki = make_pki()
    dns = make_dns()
    make_policy(pki)
    ident = {"pki": pki, "dns": dns,
             "authorities": [{k: v for k, v in a.items()} for a in AUTHORITIES]}
    (WORLD / "identities.json").write_text(json.dumps(ident, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"world written to {WORLD}")


if __name__ == "__main__":
    main()
