"""Red team 4 (genuine refused): our own mail system's "external sender" banner is read as the police's demand.

Microsoft 365 and Google Workspace tenants routinely run a transport rule
that tags mail from outside ("[EXTERN]" before the subject) and puts a
warning banner on top of its body, after the provider authenticated it (the
Authentication-Results it writes on top still says dkim=pass for the police).
Over IMAP with that authserv-id trusted, the genuine police request reaches
the registry with our own banner as the first paragraph of its "cover note".

The unsigned-text rule (`unsigned.findings`) cannot tell our banner from the
police's words: a Romanian banner asks ("Vă rugăm să nu deschideți linkurile
…": a request sentence in words the letter does not use,
`unsigned_words.unsigned_requests`) and warns about data ("Nu transmiteți
parole sau date bancare …": data words the letter does not ask for), and the
genuine request is `incomplete` on every mail, for as long as the rule runs.

Closed: the operator lists the exact banners the tenant adds (`[signatures]
own_banners`), and the unsigned-text check reads past exactly those words
(`unsigned_collect.collect`); a "banner" with one word more is the sender's.

Controls: the same request without the banner, and with the English banner
Microsoft ships by default, both `verified`. Held (forged): a "banner" that
asks for the passwords, written by whoever holds the mailbox.
"""

from __future__ import annotations

import json

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.mailkit import build
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_own_banner"
ID = "mx.okazii.example"
AR = (
    f"Authentication-Results: {ID};\r\n\tdkim=pass header.d=cj.politiaromana.ro header.s=sel; "
    "spf=pass smtp.mailfrom=politia.cluj@cj.politiaromana.ro; "
    "dmarc=pass (p=reject) header.from=cj.politiaromana.ro\r\n"
).encode()
LINKS = (
    "ATENȚIE: Acest mesaj provine din afara organizației. Vă rugăm să nu deschideți "
    "linkurile sau atașamentele decât dacă recunoașteți expeditorul."
)
DATA = (
    "ATENȚIE: Mesaj extern. Nu transmiteți niciodată parole sau date bancare prin e-mail; "
    "echipa IT nu vi le va cere."
)
ENGLISH = (
    "CAUTION: This email originated from outside of the organization. Do not click links or "
    "open attachments unless you recognize the sender and know the content is safe."
)


def _imap(banner: str | None, subject_tag: bool = True) -> object:
    def make(w: World) -> Submission:
        body = (banner + "\n\n" if banner else "") + COVER
        subject = "Adresă oficială nr. 123.456 din 12.11.2026"
        raw = build(
            w,
            body=body,
            subject=("[EXTERN] " if subject_tag else "") + subject,
            attachments=(("adresa.pdf", sealed_letter(w)),),
            dkim_domain=None,  # the tag and banner broke it; the provider's A-R vouches
        )
        return Submission(AR + raw, channel="imap")

    return make


def _policy(w: World) -> str:
    """The world's registry, and the banners our tenant's transport rule adds, as configured."""
    listed = ", ".join(json.dumps(b, ensure_ascii=False) for b in (LINKS, DATA, ENGLISH))
    return w.policy_toml() + f"\n[signatures]\nown_banners = [{listed}]\n"


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=_policy, authserv_ids=(ID,), known_gap=gap)


ATTACKS = [
    _attack(
        "genuine_romanian_banner_about_links",
        True,
        _imap(LINKS),
    ),
    _attack(
        "genuine_romanian_banner_about_passwords",
        True,
        _imap(DATA),
    ),
    _attack("genuine_english_banner", True, _imap(ENGLISH)),
    _attack("genuine_no_banner", True, _imap(None, subject_tag=False)),
    _attack(
        "banner_that_asks_for_passwords",
        False,
        _imap("ATENȚIE: Mesaj extern. Vă rugăm să atașați la răspuns parolele contului."),
    ),
]
