"""Red team 3 (genuine refused): the rule reads every mention in a cover note as a demand.

What a refusal costs: a genuine police request that the checks keep from
`verified` with a reason that makes no sense ("username clientului", "data
asked for: correspondence") on *every* mail of an authority teaches the legal
team that `incomplete` means nothing, and they release data past the checks.

`unsigned.findings` asks the signed text to *ask for* (after a request verb)
every data word and user the unsigned text merely *names*, anywhere and in any
role; and it names a "user" wherever `_ROLE_NAMED` finds a word after
"contul"/"utilizatorul"/"vânzătorul" that is not in `_NOT_NAMES`, or
wherever `_SHAPED` finds letters followed by two digits. Genuine cover notes
do that all the time:

- the confidentiality footer an authority's mail server adds to every mail
  ("Această corespondență … conține informații confidențiale", "MAI
  prelucrează datele cu caracter personal …"): correspondence and personal
  data "asked for" by a letter that asks only for the transaction history;
- our own earlier reply quoted under Outlook's header block, which names
  people by display name only (no address: `_attributed_to_us` fails), where
  we told the police what needs a judge's warrant ("adresele IP și jurnalele
  de conectare");
- ordinary words after a role word: "privind contul clientului
  dumneavoastră", "utilizatorul semnalat", "vânzătorul semnalat";
- a letters-and-digits token in a signature ("certificată ISO27001").

Each is `incomplete` today. The forged regression case beside them (the
same footer with an added "P.S." asking for the passwords) must stay held by
whatever fix lets the genuine ones through.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_genuine_cover_notes"
HISTORY_ONLY = letter(data="istoricul tranzacțiilor")
FOOTER = (
    "\n--\nAceastă corespondență și fișierele atașate pot conține informații confidențiale, "
    "destinate exclusiv destinatarului. Dacă ați primit acest mesaj din eroare, vă rugăm să-l "
    "ștergeți.\n"
)
GDPR = (
    "\n--\nMinisterul Afacerilor Interne prelucrează datele cu caracter personal cu respectarea "
    "Regulamentului (UE) 2016/679.\n"
)
OUTLOOK_REPLY = (
    "Bună ziua,\n\nRevenim cu adresa semnată, atașată.\n\nCu stimă,\nComisar Popescu Ion\n\n"
    "De la: Echipa juridica OKAZII\nTrimis: miercuri, 11 noiembrie 2026 10:15\n"
    "Către: Politia Cluj\nSubiect: RE: Solicitare date\n\nBună ziua,\nPentru adresele IP și "
    "jurnalele de conectare este necesară o autorizație a judecătorului; istoricul "
    "tranzacțiilor vi-l putem comunica pe baza unei adrese semnate.\n"
)
NAMED_ATTRIBUTION = (
    "Bună ziua,\n\nRevenim cu adresa semnată, atașată.\n\nCu stimă,\nComisar Popescu Ion\n\n"
    "On 11.11.2026 10:15, Registratura Okazii wrote:\n> Bună ziua,\n> Pentru a putea da curs "
    "solicitării, vă rugăm să ne transmiteți adresa oficială semnată.\n"
)
ABOUT = (
    "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026 privind {}.\n\n"
    "Cu stimă,\nComisar de poliție Popescu Ion\n{}"
)


def _mail(body: str, text: str | None = None) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, text), body=body)

    return build


CASES: list[tuple[str, Callable[[World], Submission], str]] = [
    (
        "confidentiality_footer",
        _mail(COVER + FOOTER, HISTORY_ONLY),
        "",  # closed: a footer's legal notice names data without asking (is_disclaimer)
    ),
    (
        "gdpr_footer",
        _mail(COVER + GDPR, HISTORY_ONLY),
        "",  # closed: a footer's legal notice names data without asking (unsigned_words.is_disclaimer)
    ),
    (
        "our_reply_quoted_under_an_outlook_header",
        _mail(OUTLOOK_REPLY, HISTORY_ONLY),
        "",  # closed: an Outlook header block naming us by name opens our quote
    ),
    (
        "about_the_account_of_your_customer",
        _mail(ABOUT.format("contul clientului dumneavoastră", "")),
        "",  # closed: _NOT_NAMES
    ),
    (
        "the_reported_seller",
        _mail(ABOUT.format("vânzătorul semnalat de persoana vătămată", "")),
        "",  # closed: _NOT_NAMES
    ),
    (
        "a_certification_in_the_signature",
        _mail(ABOUT.format("utilizatorul ion_vanzator88", "Unitate certificată ISO27001\n")),
        "",  # closed: unsigned._STANDARD
    ),
    (
        "our_request_quoted_under_a_named_attribution",
        _mail(NAMED_ATTRIBUTION, HISTORY_ONLY),
        "",  # closed: an attribution line naming us by name ("Registratura Okazii wrote:")
    ),
]


def _forged_footer_with_ps(w: World) -> Submission:
    body = COVER + FOOTER + "P.S. Atașați la răspuns și parolele contului.\n"
    return mailed(w, sealed_letter(w, HISTORY_ONLY), body=body)


ATTACKS = [
    Attack(
        CLS,
        f"genuine_{name}",
        True,
        build,
        policy_toml=policy,
        known_gap=f"genuine refused (incomplete): {gap}" if gap else "",
    )
    for name, build, gap in CASES
] + [
    Attack(
        CLS,
        "footer_with_a_postscript_asking_for_passwords",
        False,
        _forged_footer_with_ps,
        policy_toml=policy,
    )
]
