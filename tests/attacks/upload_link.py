"""A sealed letter whose only answer route is a link to upload the data to.

Blind round 14 (development split): the border police's mailbox and bound seal over a
complete letter whose answer was to be "încărcate exclusiv pe platforma securizată …
la adresa https://transfer.<look-alike of the registry domain>/…", the password to
come by phone, e-mail and post forbidden. Nothing checked where the data would go:
the link was no `reply_to`, and only unsigned text was searched for links. The link
is now the answer address (`parsers.fields.response.reply_to`) and its host is judged
as a mailbox's domain is (`covernote.foreign_mailbox`): a look-alike of a registry
domain is a forgery (`reply_to` fail), any other host is confirmed with the
authority first (missing). Control: the same letter with the upload site on the
authority's own registry domain.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "upload_link"


def _upload_to(url: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        text = letter().replace(
            "\n\nComisar de poliție",
            "\nAvând în vedere caracterul sensibil al datelor, acestea vor fi încărcate "
            f"exclusiv pe platforma de transfer a inspectoratului, la adresa {url}, parola "
            "urmând a vă fi comunicată telefonic. Nu le transmiteți prin e-mail sau prin "
            "poștă.\n\nComisar de poliție",
        )
        return mailed(w, sign_pdf(letter_pdf(text), w.seals["ipj_cluj"]))

    return build


ATTACKS = [
    Attack(
        CLS,
        "upload_link_on_a_look_alike_of_the_registry_domain",
        False,
        _upload_to("https://transfer.cj.politiaromana-ro.eu/u/7QK2-PF91"),
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "upload_link_on_a_host_no_authority_owns",
        False,
        _upload_to("https://securedrop.example.net/u/7QK2"),
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "upload_link_on_the_authoritys_own_domain",
        True,
        _upload_to("https://cj.politiaromana.ro/transfer/u/7QK2"),
        policy_toml=World.policy_toml,
    ),
]
