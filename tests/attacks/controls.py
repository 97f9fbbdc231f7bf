"""Genuine requests every class is judged beside: what an authority really sends must verify.

A police mail DKIM-signed by its own domain with the letter attached as a PDF
signed under the pinned root. If a fix to close a class of forgery makes
these fail, it closed the door on the police too.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.world import LETTER, World, letter_pdf, sign_pdf

BODY = (
    "Inspectoratul de Poliție Județean Cluj\n"
    "Nr. 123.456 din 12.11.2026\n\n"
    "Către OKAZII.RO\n\n"
    "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm să ne "
    "comunicați datele de identificare și istoricul tranzacțiilor utilizatorului "
    "ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)


def _signed_pdf_mail(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(LETTER), w.signer)
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        body=BODY,
        attachments=(("adresa.pdf", pdf),),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


ATTACKS = [
    # The officer's certificate is bound to Poliția Română in the registry
    # (`World.policy_toml`): an unbound signer no longer authenticates anything.
    Attack(
        "controls",
        "dkim_mail_with_signed_pdf",
        True,
        _signed_pdf_mail,
        policy_toml=World.policy_toml,
    ),
]
