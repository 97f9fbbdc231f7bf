"""The Romanian reply drafted for an `incomplete` request: ask for a signed official address.

Only a draft for the legal team: it names what is missing and never promises data.
"""

from __future__ import annotations

from typing import Any

from router.signatures.completeness import REQUIRED_FIELDS, missing_fields

_SIGNATURE = (
    "semnătura instituției: adresa semnată olograf și ștampilată (prin poștă sau fax) "
    "ori un document semnat cu semnătură electronică calificată"
)
_RESIGN = (
    "o copie a adresei semnată din nou cu un certificat calificat valabil (certificatul cu "
    "care a fost semnată a expirat, iar semnătura nu are marcă temporală)"
)
_CHANNEL = (
    "transmiterea de pe o adresă oficială de e-mail a instituției (cu autentificare "
    "DKIM/SPF/DMARC) sau pe suport de hârtie"
)


def missing_items(
    requirements: dict[str, str],
    fields: dict[str, Any],
    signer_pending: bool = False,
    resign: bool = False,
) -> list[str]:
    """The Romanian names of everything that keeps the request from being verified.

    `signer_pending`: the document is signed, only by a signer our registry does
    not know yet (the legal team's to add): never ask the authority to resend
    what it sent. `resign`: the certificate expired after signing.
    """
    items: list[str] = []
    if requirements.get("authority_channel") not in (None, "pass"):
        items.append(_CHANNEL)
    if requirements.get("signature") not in (None, "pass"):
        if resign:
            items.append(_RESIGN)
        elif not signer_pending:
            items.append(_SIGNATURE)
    if requirements.get("content") not in (None, "pass"):
        items.extend(REQUIRED_FIELDS[k][1] for k in missing_fields(fields))
    return items


def draft_reply(
    requirements: dict[str, str],
    fields: dict[str, Any],
    signer_pending: bool = False,
    resign: bool = False,
) -> str | None:
    """The reply text asking for a signed official address with the missing items named.

    None when there is nothing to ask the authority for (the registry is ours to complete).
    """
    ref = ""
    if fields.get("reference_number"):
        ref = f" nr. {fields['reference_number']}"
        if fields.get("reference_date"):
            ref += f" din {fields['reference_date']}"
    case = f", în dosarul nr. {fields['case_number']}" if fields.get("case_number") else ""
    items = missing_items(requirements, fields, signer_pending, resign)
    if not items:
        return None
    lines = [
        "Stimată doamnă / Stimate domn,",
        "",
        f"Vă confirmăm primirea solicitării dumneavoastră{ref}{case}.",
        "Pentru a putea da curs solicitării, potrivit politicii noastre de protecție a datelor "
        "utilizatorilor, vă rugăm să ne transmiteți o adresă oficială semnată, care să cuprindă:",
        "",
        *[f"  - {item};" for item in items],
        "",
        "Datele solicitate vor fi comunicate numai după primirea adresei oficiale complete și "
        "semnate, în termen de 1-3 zile lucrătoare de la primirea acesteia.",
        "",
        "Cu stimă,",
        "Departamentul Juridic",
        "Centrul de prevenire a fraudelor",
    ]
    return "\n".join(lines)
