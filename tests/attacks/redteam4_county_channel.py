"""Red team 4: 42 county inspectorates are one registry authority; any county's mailbox speaks for all.

The registry lists `politiaromana.ro` and its 42 county domains under one
entry, "Poliția Română", and binds every police seal to it. "One authority
throughout" (`consistency`) is then checked at that level only: the county a
letter's heading states, the county whose seal signed it and the county whose
mailbox sent it are never compared.

- A Bucharest sector mailbox (b.politiaromana.ro) sends IPJ Cluj's old signed
  letter: the forger needs one police mailbox anywhere in the country (tens of
  thousands of accounts) and any county's old letter, not Cluj's.
- The national headquarters' domain sends it.
- IPJ Cluj's seal signs a letter headed "Inspectoratul de Poliție Județean
  Iași" sent from is.politiaromana.ro: a seal speaks for a county that is not
  its own (an insider of one county writes for another).

All were `verified`, and the call-back (urgent or paper) named "Poliția
Română", not the county. Closed by the registry's hierarchy: each county
inspectorate is its own entry under the Poliția Română (`parent`), with its
domain and seals, and the signer and channel must be the entry the letter
states or one below it (`Policy.covers`). Control: IPJ Cluj's letter from
cj.politiaromana.ro.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.mailkit import add_dkim_key
from tests.attacks.redteam4_kit import police_mail
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_county_channel"


def _from(domain: str, sender: str, display: str, heading: str | None = None) -> object:
    def make(w: World) -> Submission:
        add_dkim_key(w, domain)
        pdf = sealed_letter(w, letter(heading) if heading else None)
        return police_mail(w, pdf, sender=sender, domain=domain, display=display)

    return make


def _attack(name: str, genuine: bool, make) -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml)


ATTACKS = [
    _attack(
        "cluj_letter_from_a_bucharest_sector_mailbox",
        False,
        _from("b.politiaromana.ro", "sectia7@b.politiaromana.ro", "Politia Sector 7"),
    ),
    _attack(
        "cluj_letter_from_the_national_domain",
        False,
        _from("politiaromana.ro", "relatii.publice@politiaromana.ro", "IGPR"),
    ),
    _attack(
        "cluj_seal_signs_iasi_letter",
        False,
        _from(
            "is.politiaromana.ro",
            "politia.iasi@is.politiaromana.ro",
            "IPJ Iasi",
            "Inspectoratul de Poliție Județean Iași",
        ),
    ),
    _attack(
        "genuine_cluj_letter_from_cluj",
        True,
        _from("cj.politiaromana.ro", "politia.cluj@cj.politiaromana.ro", "IPJ Cluj"),
    ),
]
