"""Review of session 15's change (`git diff 1813c3b`): each test shows a problem the change
brings in (or a class it claims to close and leaves open). Every test here but one fails on
the tree as reviewed (the username one guards a fix made during the review); the docstring
says what a fix must keep."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from parsers import Cues
from parsers.classify import classify
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView
from parsers.model import Category, MailHeaders
from router.policy import Authority, load_policy
from router.signatures.evaluation import transmission_numbers
from router.signatures.handwriting import authority_names, signature_block_checks
from router.signatures.stamptext import names

# --- name_parts: a dash in the stated name lets the stamp name any body (HIGH) ----------

DATA = b"%PDF-1.7 a scan"
PARCHET = Authority(name="Parchetul de pe lângă Tribunalul Bacău", kind="prosecutor")
IPJ_BACAU = Authority(
    name="Inspectoratul de Poliție Județean Bacău", kind="police", acronyms=("IPJ Bacău",)
)
REGISTRY = (PARCHET, IPJ_BACAU)
POLICY = """
[[authorities]]
name = "Parchetul de pe lângă Tribunalul Bacău"
kind = "prosecutor"
domains = ["mpublic.ro"]

[[authorities]]
name = "Inspectoratul de Poliție Județean Bacău"
kind = "police"
acronyms = ["IPJ Bacău"]
domains = ["bc.politiaromana.ro"]
"""
BODY = (
    "\nNr. 412/II/2/2026 din 27.11.2026\n\nCătre OKAZII.RO\n\nÎn dosarul penal nr. "
    "4411/P/2026, în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați datele "
    "utilizatorului bacau_piese.\n"
)


def _stamp_verdict(heading: str, ring: str) -> tuple[str, str]:
    """(stated authority as the parser reads it, the stamp check's verdict) for a one-page
    paper letter opening with `heading`, signed and stamped with `ring`."""
    first = heading + BODY
    stated = law_enforcement_fields(TextView.of(first, ocr=True), Cues.default(), None)["authority"]
    marks = {
        "anchor": "L.S.",
        "signature": {"box": [600, 900, 900, 1000], "score": 0.7, "ink": "blue"},
        "stamp": {"box": [300, 800, 560, 1060], "score": 0.9, "shape": "round", "text": ring},
    }
    reading = {
        "sha256": hashlib.sha256(DATA).hexdigest(),
        "pages": 1,
        "ocr_pages": 1,
        "read": [{"number": 1, "text": first, "marks": marks}],
    }
    names_ = authority_names({"authority": stated}, REGISTRY)
    checks, _ = signature_block_checks([("scan.tif", DATA)], [reading], names_)
    return stated, next(c.verdict.value for c in checks if c.kind == "stamp")


@pytest.mark.parametrize(
    ("heading", "ring", "registry_issuer"),
    [
        # a court's stamp on a prosecutor's letter (round 11's class), through one dash
        (
            "ROMÂNIA\nMINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL BACĂU - JUDECĂTORIA ONEȘTI",
            "ROMÂNIA * JUDECĂTORIA ONEȘTI *",
            "Parchetul de pe lângă Tribunalul Bacău",
        ),
        # another county's police unit under IPJ Bacău
        (
            "ROMÂNIA\nINSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU - POLIȚIA MUNICIPIULUI VASLUI",
            "ROMÂNIA * POLIȚIA MUNICIPIULUI VASLUI *",
            "Inspectoratul de Poliție Județean Bacău",
        ),
        # another county's inspectorate under the Bacău prosecutor
        (
            "ROMÂNIA\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL BACĂU - INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI",
            "ROMÂNIA * INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI *",
            "Parchetul de pe lângă Tribunalul Bacău",
        ),
        # the ministry alone ("every unit's": `heading_names` leaves ministries out)
        (
            "ROMÂNIA\nINSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU - MINISTERUL AFACERILOR INTERNE",
            "ROMÂNIA * MINISTERUL AFACERILOR INTERNE *",
            "Inspectoratul de Poliție Județean Bacău",
        ),
        # a generic "POLIȚIA ROMÂNĂ" ring that any unit, or anyone, carries
        (
            "ROMÂNIA\nIPJ BACĂU - POLIȚIA ROMÂNĂ",
            "POLIȚIA ROMÂNĂ *",
            "Inspectoratul de Poliție Județean Bacău",
        ),
    ],
)
def test_a_dash_in_the_stated_name_lets_no_other_body_s_stamp_sign(
    tmp_path: Path, heading: str, ring: str, registry_issuer: str
) -> None:
    """The stated name is the letter's own text: a forger joins any second body to the
    registry's authority with " - ". The registry still reads the issuer as the known
    authority (so `authority_match` does not stop it), and the stamp of the other body,
    another county's or a ministry's, passed (it failed before the change)."""
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, "utf-8")
    stated, verdict = _stamp_verdict(heading, ring)
    issuer = load_policy(path).authority_named(stated)
    assert issuer is not None and issuer.name == registry_issuer
    # A ministry's words alone name no office and no other body: a person reads such a
    # ring (`unverifiable`, round 15); every other ring here names another body.
    ministry_only = "MINISTERUL AFACERILOR INTERNE" in ring and "POLIȚIE" not in ring
    assert verdict == ("unverifiable" if ministry_only else "fail"), f"{ring!r} for {stated!r}"


# --- stamptext: the MOINEȘTI fix is undone by one glued space (HIGH) --------------------


def test_a_longer_locality_glued_to_the_word_before_it_is_still_another_town() -> None:
    """ "MUNICIPIULUIMOINEȘTI": what is left of the token ("municipiuluimo") is 0.92 like
    "municipiului", so the run "onești" inside "moinești" counts again. A fix: split the
    token at the best alignment of the neighbouring name word, then judge the rest as a
    whole token (±1 letter): "moinesti" is two longer than "onesti"."""
    stated = "Poliția Municipiului Onești"
    assert not names("POLIȚIA MUNICIPIULUIMOINEȘTI * ROMÂNIA", stated)
    assert not names("POLIȚIAMUNICIPIULUIMOINEȘTI", stated)


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a ring's key word followed by another word that makes it another "
    "town (no gazetteer; OCR noise beside the town is common on genuine rings)",
)
def test_a_locality_another_town_s_name_extends_is_another_town() -> None:
    """The class the change claims ("a longer locality holding it"), written as two words or
    with its hyphen: Câmpulung Moldovenesc (Suceava) is not Câmpulung (Argeș), Negrești-Oaș
    (Satu Mare) is not Negrești (Vaslui). Both pass, before and after the change."""
    assert not names(
        "POLIȚIA MUNICIPIULUI CÂMPULUNG MOLDOVENESC * ROMÂNIA", "Poliția Municipiului Câmpulung"
    )
    assert not names("POLIȚIA ORAȘULUI NEGREȘTI-OAȘ * ROMÂNIA", "Poliția Orașului Negrești")


def test_a_key_word_glued_to_its_parent_or_county_is_still_read() -> None:
    """Genuine rings glue the locality to what follows on the ring: the parent ("IPJ"), the
    ministry's "MAI", the county. `_glued` knows only the stated name's own words (and
    those of four letters or more), so these genuine stamps now fail (they passed before)."""
    assert names("POLIȚIA MUNICIPIULUI ONEȘTIIPJ BACĂU", "Poliția Municipiului Onești")
    assert names("INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂUMAI", IPJ_BACAU.name)
    assert names("POLIȚIA MUNICIPIULUI ROMANNEAMȚ", "Poliția Municipiului Roman")


# --- _STAMPED_AT eats a sending number written in pairs (MEDIUM) -----------------------


def test_a_sending_number_in_pairs_is_no_date() -> None:
    """ "0235-41-12-09", "0745.12.34.56": the pairs match `\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}`
    (month 41, 34) and are blanked; the number is gone, so a relayed fax's unknown machine
    no longer shows in `printed_fax_line`. Both were read before the change."""
    line = "04/12/2026 10:15 FAX 0235-41-12-09 IPJ VS P.001/002\nIPJ VASLUI\n"
    assert transmission_numbers(line) == {"0235411209"}
    line = "04/12/2026 10:15 FAX 0745.12.34.56 IPJ VS P.001/002\nIPJ VASLUI\n"
    assert transmission_numbers(line) == {"0745123456"}


# --- usernames: "utilizatorului. „x”" lost (MEDIUM; an existing test fails too) ---------


def test_a_speck_after_the_role_word_before_a_quoted_name() -> None:
    """`(?![\\w.])` after the role word forbids the speck OCR puts after it, which USERNAME
    allows on purpose (`\\.(?=[ \\t]+(?:,,|[\"']))`): the user was no longer read
    (tests/unit/test_fields_round5_subjects.py::test_users_with_ids_in_the_plural_and_a_
    speck_after_the_role_word failed too). The tree was changed to `(?!\\w|\\.\\w)` during
    the review (18:26): this test passes now and guards that fix."""
    text = (
        "În dosarul penal nr. 911/P/2026 vă rugăm să ne comunicați datele "
        'utilizatorului. "vaslui_mobila", inclusiv adresele IP.\n'
    )
    subjects = law_enforcement_fields(TextView.of(text, ocr=True), Cues.default(), None)["subjects"]
    assert {"kind": "username", "value": "vaslui_mobila"} in subjects


# --- tables: the remarks column is mined for users (MEDIUM) ----------------------------


def test_numbers_and_sites_in_a_remarks_column_are_no_users() -> None:
    """Under a head ending in "Observații" every token of a row is read: an amount and an
    order number in the remarks become user ids, a site a username. A user id nobody asked
    about is an uninvolved user's data sent out. Read only the identifier cells before the
    prose begins."""
    text = (
        "Vă rugăm să ne comunicați datele conturilor din tabel:\n"
        "Nr. ID cont Utilizator Observații\n"
        "1 55120341 reduceri_rapide_ro a încasat 12500 lei din comanda 88812345\n"
        "2 55120377 livrare.express.ok a folosit site-ul www.plati-false.ro\n"
        "Date solicitate: datele de înregistrare.\n"
    )
    values = [
        s["value"]
        for s in law_enforcement_fields(TextView.of(text), Cues.default(), None)["subjects"]
    ]
    assert "55120341" in values and "livrare.express.ok" in values
    assert "12500" not in values
    assert "88812345" not in values
    assert "www.plati-false.ro" not in values


# --- own_data: a third party's data asked in a data subject's words (MEDIUM) -----------


def test_asking_for_another_user_s_data_beside_one_s_own_is_not_support() -> None:
    """ "datele mele personale" beside the name, phone and IP addresses of another user:
    `law_enforcement_own_data` removes the legal team's category and the mail goes to the
    support mailbox (before: law_enforcement, with its checks). The rule should hold only
    when no other user is named (username, id, e-mail, phone)."""
    headers = MailHeaders(to=("suport@okazii.ro",), from_addr="radu.m@gmail.com")
    text = (
        "Bună ziua,\nÎn temeiul art. 15 din Regulamentul (UE) 2016/679 vă rog să îmi "
        "comunicați datele mele personale și, în plus, numele, telefonul și adresele IP ale "
        "utilizatorului ion_pop22, care mi-a accesat contul.\nCu stimă, Radu"
    )
    assert classify(text, "", headers, Cues.default()).category is not Category.SUPPORT


# --- lexicon: a real word that is OCR's damage of a cue word is no longer mended (MEDIUM) -


def test_a_prosecutor_s_name_with_a_letter_lost_stays_the_prosecutor() -> None:
    """ "PACHETUL DE PE LÂNGĂ TRIBUNALUL VASLUI" (the R lost): "pachetul" is a Romanian
    word, so the repair leaves it and the stated authority becomes the court, "Tribunalul
    Vaslui" (before: the prosecutor). Of the 152 lexicon words one or two edits from a cue
    word, a few are OCR's usual damage ("pachetul", "dalele", "petala", "cartea")."""
    from parsers.lexicon import romanian_words

    if not romanian_words():
        pytest.skip("no Tesseract Romanian model here")
    text = (
        "ROMÂNIA\nMINISTERUL PUBLIC\nPACHETUL DE PE LÂNGĂ TRIBUNALUL VASLUI\n"
        "Nr. 911/II/2/2026\n\nÎn dosarul penal nr. 911/P/2026 vă rugăm să ne comunicați "
        "datele utilizatorului vaslui_x.\n"
    )
    cues = Cues.default()
    fields = law_enforcement_fields(
        TextView.of(text, ocr=True, vocabulary=cues.vocabulary), cues, None
    )
    assert fields["authority"] == "Parchetul de pe lângă Tribunalul Vaslui"


# --- repair: rules wider than their class (LOW) ----------------------------------------


def test_the_new_ocr_repairs_leave_amounts_and_other_capitals_alone() -> None:
    """`_ACRONYM_ONE` reads any "1" before two to four capitals as "I" ("1RON" -> "IRON",
    "1GB" -> "IGB"); `_AT_AS_Q` makes an address of a word and a "©"/"Q" domain ("rezervate
    ©okazii.ro" -> "rezervate@okazii.ro", "vezi Qatar.com" -> "vezi@atar.com")."""
    from parsers.repair import repair_ocr

    assert repair_ocr("am plătit 1RON taxa") == "am plătit 1RON taxa"
    assert repair_ocr("stick de 1GB") == "stick de 1GB"
    assert repair_ocr("drepturi rezervate ©okazii.ro") == "drepturi rezervate ©okazii.ro"
    assert repair_ocr("vezi Qatar.com") == "vezi Qatar.com"
