"""Red team: unsigned text the field extractors never read is never bound to the signature.

`signed_content` (router/signatures/binding.py) asks the signed PDF to state
every field of the request, but "the request" is what the extractors made
of the text (`key_content(fields)`). Whatever a person reads that the
extractors do not turn into a field is bound to nothing: an attacker in an
authority mailbox (the threat model of `unsigned_extras`: the channel is the
authority's, the old signed letter is genuine) writes the extra demand where
the parse step does not look or in words it does not parse, and the request
is `verified` with the extra demand in front of the legal team:

- in quoted history ("> …" under "… a scris:"): fields come from quoted text
  only when the new text lacks them (`parsers/fields.fill_missing`);
- past the text budget (`parsers/cues.TextBudget`, 64 KiB head + 16 KiB
  tail): the middle of a long body is never searched for fields;
- in a postscript without a request verb ("P.S. Atașați și parolele …"):
  `parsers/fields/requested.TRIGGER` does not fire;
- as a person named with a CNP (no subject kind for names or CNPs in
  `parsers/fields/subjects.py`);
- in an attachment the parse step does not read (a Word document);
- in an HTML-only body, as text a `<style>` rule draws (`::after { content }`,
  which `parsers/htmltext` never sees) or in a remote image the mail client
  loads and the parse step never fetches.

A second user in the plain new text is held (the `unsigned_extras` rule) and
stays as the regression case beside them.

Closed as a class by `router/signatures/unsigned.py`: the signature binds a
text, not the fields read from it. Everything outside the signed letter (every
body part as shown, quoted history, attachments) may name no user and no kind
of data the signed text does not ask for, and what the checks cannot read (a
Word file, a remote image) keeps the request from `verified`.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.mailkit import POLICE, crlf, sign
from tests.attacks.redteam_kit import docx, sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam_unextracted"
EXTRA = "Vă rugăm să ne comunicați și datele utilizatorului maria_cumparatoare77."


def _mail(w: World, body: str) -> Submission:
    return mailed(w, sealed_letter(w), body=body)


def _quoted_history(w: World) -> Submission:
    body = (
        COVER
        + "\nVă rugăm să completați răspunsul cu cererea de mai jos.\n\n"
        + "Pe 10.11.2026, Comisar Popescu Ion <politia.cluj@cj.politiaromana.ro> a scris:\n"
        + f"> {EXTRA}\n> Parolele și conversațiile contului sunt necesare urgent.\n"
    )
    return _mail(w, body)


def _past_text_budget(w: World) -> Submission:
    filler = (
        "Prezenta adresă se înscrie în activitatea curentă de cercetare penală. " * 40 + "\n"
    ) * 40
    return _mail(w, COVER + filler + f"\n{EXTRA}\n" + filler)


def _postscript(w: World) -> Submission:
    return _mail(
        w,
        COVER
        + "\nP.S. Atașați la răspuns și parolele contului, conversațiile private și IBAN-ul.\n",
    )


def _person_by_cnp(w: World) -> Submission:
    return _mail(
        w,
        COVER + "\nIncludeți în răspuns și conturile numitului POPESCU ANDREI-MIHAI, "
        "CNP 1850505125781.\n",
    )


def _word_attachment(w: World) -> Submission:
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        display=IPJ,
        body=COVER + "\nAnexăm și completarea cererii (anexa.docx).\n",
        attachments=(("adresa.pdf", sealed_letter(w)), ("anexa.docx", docx("Anexă. " + EXTRA))),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


def _html_only(w: World, html: str) -> Submission:
    """An HTML-only police mail (no text/plain alternative) with the old signed letter."""
    msg = MIMEMultipart()
    msg.attach(MIMEText(html, "html", "utf-8"))
    part = MIMEApplication(sealed_letter(w), "pdf")
    part.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
    msg.attach(part)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<12@test>"
    raw = sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro")
    return Submission(raw, channel="folder", filename="adresa.eml")


_COVER_HTML = "".join(f"<p>{line}</p>" for line in COVER.split("\n") if line)


def _css_generated_text(w: World) -> Submission:
    style = f'p.x::after{{content:"{EXTRA}"}}'
    return _html_only(
        w,
        f'<html><head><style>{style}</style></head><body>{_COVER_HTML}<p class="x"></p></body></html>',
    )


def _remote_image(w: World) -> Submission:
    img = '<img src="https://cdn.ipj-cluj.example/anexa-123456.png" width="600" height="200">'
    return _html_only(w, f"<html><body>{_COVER_HTML}<p>{img}</p></body></html>")


def _plain_second_user(w: World) -> Submission:
    return _mail(w, COVER + f"\n{EXTRA}\n")


def _genuine_long_cover(w: World) -> Submission:
    filler = (
        "Prezenta adresă se înscrie în activitatea curentă de cercetare penală. " * 40 + "\n"
    ) * 40
    return _mail(w, COVER + filler)


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "extra_user_in_quoted_history",
        False,
        _quoted_history,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "extra_user_past_text_budget",
        False,
        _past_text_budget,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "passwords_in_postscript_without_request_verb",
        False,
        _postscript,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "extra_person_by_name_and_cnp",
        False,
        _person_by_cnp,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "extra_user_in_word_attachment",
        False,
        _word_attachment,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "extra_user_as_css_generated_text",
        False,
        _css_generated_text,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "extra_demand_in_a_remote_image",
        False,
        _remote_image,
        policy_toml=_policy,
    ),
    Attack(CLS, "extra_user_in_new_text", False, _plain_second_user, policy_toml=_policy),
    Attack(CLS, "genuine_long_cover_note", True, _genuine_long_cover, policy_toml=_policy),
]
