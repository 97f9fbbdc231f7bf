"""Red team 4: an employee's personal certificate carries the institution's O and identifier: it signs as the seal.

A qualified seal is bound by its subject O and organizationIdentifier
(`policy.SigningIdentity.matches`): both must match, nothing else is asked.
Romanian qualified trust-service providers also issue *natural persons'*
qualified certificates "associated with an organisation": CN, givenName,
surname and serialNumber (PNORO-…) of the person, and O and
organizationIdentifier of the employer (e.g. for the e-Factura/SPV portals).
Every clerk, driver or IT technician of the inspectorate who has one holds
the same O and organizationIdentifier as the seal, on a token on their desk
(or on a stolen or lost one).

- a clerk's qualified certificate (givenName/surname/PNORO serial, the
  inspectorate's O and VATRO identifier) signs a forged letter, mailed from
  the inspectorate's mailbox: `verified`;
- the same on paper (the signed PDF dropped in the post room's folder).

Nothing tells a seal (a legal person's certificate, ETSI EN 319 412-3, QC type
eseal) from a person's (EN 319 412-2: givenName/surname or pseudonym).

Closed: `signer.natural_person` tells a person's certificate (givenName,
surname or pseudonym; a PAS/IDC/PNO/TIN serialNumber; a QcType of esign
without eseal), and a seal identity binds only a certificate that is none of
these (`consistency._signer_check`): an officer is bound by the SHA-256 of
their own certificate.

Controls: the seal itself (O, organizationIdentifier, no person), and the seal
whose O is written with Romanian diacritics while the registry has it
without (folded alike), both `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.redteam4_kit import police_mail, seal_like
from tests.samples.signatures.world import SEALS, World, letter_pdf, sign_pdf

CLS = "redteam4_personal_cert_as_seal"
ORG, ORG_ID = SEALS["ipj_cluj"]
DEMAND = letter(
    data="datele de identificare, parolele și conversațiile private",
    user="maria_cumparatoare77",
)
_PDF: dict[tuple[int, str], bytes] = {}


def _signed(w: World, kind: str) -> bytes:
    key = (id(w), kind)
    if key not in _PDF:
        if kind == "clerk":
            ident = seal_like(
                w,
                ORG,
                ORG_ID,
                cn="Vasile Ionescu",
                person=("Vasile", "Ionescu"),
                serial="PNORO-1800101123456",
            )
            text = DEMAND
        else:
            org = "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ" if kind == "diacritics" else ORG
            ident = seal_like(w, org, ORG_ID, cn="Sigiliu electronic IPJ Cluj")
            text = letter()
        _PDF[key] = sign_pdf(letter_pdf(text), ident)
    return _PDF[key]


def _clerk_mail(w: World) -> Submission:
    return police_mail(w, _signed(w, "clerk"))


def _clerk_post(w: World) -> Submission:
    return Submission(_signed(w, "clerk"), channel="post", filename="adresa.pdf")


def _seal_mail(w: World) -> Submission:
    return police_mail(w, _signed(w, "seal"))


def _seal_diacritics_mail(w: World) -> Submission:
    return police_mail(w, _signed(w, "diacritics"))


DEMAND_OK = letter()


def _variant(kind: str, text: str = DEMAND):  # noqa: ANN202
    """A person told only by its serialNumber (PNO…), or by its QcType; a seal with QcType eseal."""

    def build(w: World) -> Submission:
        key = (id(w), kind)
        if key not in _PDF:
            ident = seal_like(
                w,
                ORG,
                ORG_ID,
                cn="Vasile Ionescu" if kind != "eseal" else ORG,
                serial="PNORO-1800101123456" if kind == "serial" else None,
                qc_type=kind if kind in ("esign", "eseal") else None,
            )
            _PDF[key] = sign_pdf(letter_pdf(text), ident)
        return police_mail(w, _PDF[key])

    return build


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("clerks_personal_certificate_by_mail", False, _clerk_mail),
    _attack("clerks_personal_certificate_on_paper", False, _clerk_post),
    _attack("personal_serial_number_only", False, _variant("serial")),
    _attack("qualified_type_esign_only", False, _variant("esign")),
    _attack("genuine_seal", True, _seal_mail),
    _attack("genuine_seal_with_qc_type_eseal", True, _variant("eseal", DEMAND_OK)),
    _attack("genuine_seal_o_with_diacritics", True, _seal_diacritics_mail),
]
