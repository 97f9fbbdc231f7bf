"""Red team 3: the kinds of data the unsigned text may not ask for are a closed Romanian/English list.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a cover note asking for more. The rule knows what
"asking for data" looks like only through `_DATA_KINDS`: a fixed set of
Romanian and English stems (parol…, conversat…, iban…, log-uri…). Whatever
else a person understands as personal data is not a data word to it:

- Romanian synonyms the list lacks: "datele de autentificare" (the
  credentials), "codul PIN", "coordonatele bancare" (no "cont … bancar"),
  "fotografiile încărcate", "adresa de facturare" written as "sediul";
- the other languages a Romanian authority writes in: Hungarian (the official
  second language in Harghita, Covasna, Mureș: "jelszavak", "üzenetek"),
  German, French;
- English words the list lacks ("sign-in details", "security answers",
  "inbox").

The postscript has no request verb, so no field is read from it; the request is
`verified` with the demand in front of the legal team.

Control: a genuine bilingual (Romanian/Hungarian) cover note from a Harghita
police mailbox style, asking for nothing: `verified`.

Closed as a class: a sentence that asks may use only the signed letter's words
(`unsigned_words.unsigned_requests`), in any language.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_vocabulary"
WHERE = "router/signatures/unsigned._DATA_KINDS is a closed list of Romanian/English stems"


def _note(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w), body=COVER + "\n" + text + "\n")

    return build


CASES: list[tuple[str, str, str]] = [
    (
        "romanian_synonyms",
        "P.S. Atașați la răspuns și datele de autentificare, codul PIN, coordonatele bancare "
        "și fotografiile încărcate ale contului.",
        "'datele de autentificare', 'codul PIN', 'coordonatele bancare', 'fotografiile' "
        "match no stem of " + WHERE,
    ),
    (
        "hungarian",
        "P.S. Kérjük, csatolják a fiók jelszavait és a privát üzeneteket is.",
        "Hungarian 'jelszavait' (passwords), 'üzeneteket' (messages): " + WHERE,
    ),
    (
        "german",
        "P.S. Bitte fügen Sie auch die Passwörter und die privaten Nachrichten des Kontos bei.",
        "German 'Passwörter', 'Nachrichten': " + WHERE,
    ),
    (
        "french",
        "P.S. Merci de joindre aussi les mots de passe et les échanges privés du compte.",
        "French 'mots de passe', 'échanges privés': " + WHERE,
    ),
    (
        "english_words_the_list_lacks",
        "P.S. Kindly attach the sign-in details, the security answers and the private inbox too.",
        "'sign-in details', 'security answers', 'inbox': " + WHERE,
    ),
]


def _genuine_bilingual(w: World) -> Submission:
    body = (
        "Bună ziua, / Jó napot kívánunk,\n\n"
        "Vă transmitem alăturat adresa noastră, semnată electronic.\n"
        "Mellékelten küldjük elektronikusan aláírt átiratunkat.\n\nCu stimă, / Tisztelettel,\n"
    )
    return mailed(w, sealed_letter(w), body=body)


ATTACKS = [
    Attack(
        CLS,
        name,
        False,
        _note(text),
        policy_toml=policy,
    )
    for name, text, gap in CASES
] + [Attack(CLS, "genuine_bilingual_cover_note", True, _genuine_bilingual, policy_toml=policy)]
