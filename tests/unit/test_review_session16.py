"""Review session 16: four commits read as an attacker would.

77138e1 + 01fbf3a  a petition an authority forwards "spre soluționare" is a complaint
e1cbc8d            a stamp's kind implied by "DE PE LÂNGĂ" scores as well as those words are read
bf99608            a ring whose ink is dots is measured after closing the dots along the line

e1cbc8d was reverted. Each test stated as an attack failed on the code as reviewed (a
strict xfail when committed, c3c6002) and passes since the fixes made the same session;
the plain tests are guards that were tried and held. No OCR: the functions are called
directly (`read_ring` stubbed where `find_stamp` is used).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from parsers.classify import classify
from parsers.cues import Cues
from parsers.fields.complaint import complaint_fields
from parsers.fields.textview import TextView
from parsers.model import Category, MailHeaders
from parsers.stampring import RING_LINE, ring_line
from router.signatures.stamptext import foreign, names

# --------------------------------------------------------------------------------------
# 77138e1 / 01fbf3a: a forwarded petition is a complaint unless `petition_keeps_request`
# --------------------------------------------------------------------------------------

POLICE = MailHeaders(to=("juridic@okazii.ro",), from_addr="sic@cj.politiaromana.ro")
SUPPORT = MailHeaders(to=("suport@okazii.ro",), from_addr="ioana.stan@gmail.com")

_HEAD = (
    "Inspectoratul de Poliție Județean Cluj\n"
    "Serviciul de Investigare a Criminalității Economice\n"
    "Nr. 412.337 din 03.12.2026\n\n"
    "Către SC Okazii Online SRL\n\n"
    "Vă înaintăm, spre soluționare, sesizarea depusă de domnul Ion Pop, privind o "
    "înșelăciune comisă pe platforma dvs.\n"
)
_SIGN = "\n\nCu stimă,\nComisar-șef Ion Marinescu"

# Ways a police officer asks for a user's data that `petition_keeps_request` misses. Each
# text was `law_enforcement` before 77138e1 (checked on 837aca9) and is `complaint` now.
_ASKS_MISSED = {
    "comunicati_without_ne": "Vă rugăm să comunicați numărul de telefon, adresa de e-mail și "
    "IBAN-ul utilizatorului gadget_store.cj.",
    "comunicati_ne_enclitic": "Comunicați-ne numărul de telefon și adresa de e-mail ale "
    "utilizatorului gadget_store.cj.",
    "a_ne_comunica_infinitive": "Vă rugăm a ne comunica numărul de telefon și adresa de e-mail "
    "ale utilizatorului gadget_store.cj.",
    "informatii_despre": "Vă solicităm informații despre utilizatorul gadget_store.cj: nume, "
    "telefon, e-mail, IBAN.",
    "puneti_la_dispozitia_organului": "Vă rugăm să puneți la dispoziția organului de cercetare "
    "penală numărul de telefon al utilizatorului gadget_store.cj.",
    "cpp_abbreviated": "În temeiul art. 170 C.p.p., vă rugăm să comunicați numărul de telefon "
    "al utilizatorului gadget_store.cj.",
    "file_without_penal": "În dosarul nr. 1234/2026 vă rugăm să comunicați numărul de telefon "
    "al utilizatorului gadget_store.cj.",
    "transactions": "Vă rugăm să transmiteți tranzacțiile efectuate de utilizatorul "
    "gadget_store.cj în ultimele 6 luni.",
    "english": "Please provide the phone number, e-mail address and IBAN of the user "
    "gadget_store.cj.",
}


@pytest.mark.parametrize("ask", list(_ASKS_MISSED), ids=list(_ASKS_MISSED))
def test_a_police_request_that_also_forwards_a_complaint_stays_a_request(ask: str) -> None:
    """Attack (no attacker needed: a genuine letter): the police forward a victim's
    complaint "spre soluționare" AND ask for the seller's data, in words the keep-list does
    not have ("să comunicați" without "ne", "comunicați-ne", "a ne comunica", "informații
    despre", "C.p.p.", "dosarul nr. 1234/2026", "tranzacțiile", English). The request leaves
    the legal team's queue for the complaint team's (its deadline is lost)."""
    text = _HEAD + _ASKS_MISSED[ask] + _SIGN
    decision = classify(text, "", POLICE, Cues.default())
    assert decision.category is Category.LAW_ENFORCEMENT, decision.reasons


def test_a_cover_note_spre_solutionare_over_a_signed_letter_stays_a_request() -> None:
    """Attack: a genuine police mail (like round 11's m08: the sealed letter attached, a
    two-line cover note) whose note says "Vă înaintăm, spre competentă soluționare, adresa
    nr. … emisă în urma sesizării formulate de petentul Ion Pop". The letter names the
    criminal file and asks for identification data, but `_forwarded_petition` reads only
    the mail's own text: the request becomes a complaint (and the sender domain no longer
    counts). It was `law_enforcement` before 77138e1."""
    headers = MailHeaders(
        to=("juridic@okazii.ro",), from_addr="sic@ph.politiaromana.ro", subject="Adresa 402.618"
    )
    cover = (
        "Stimate domnule / stimată doamnă,\n\nVă înaintăm, spre competentă soluționare, adresa "
        "nr. 402.618 din 04.12.2026, emisă în urma sesizării formulate de petentul Ion Pop, "
        "semnată cu sigiliu electronic calificat.\n\nI.P.J. Prahova - S.I.C."
    )
    letter = (
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA\nNr. 402.618 din 04.12.2026\n"
        "În dosarul penal nr. 5127/P/2026, în temeiul art. 170 CPP, vă rugăm să ne comunicați "
        "datele de identificare ale utilizatorului gadget_store.ph."
    )
    decision = classify(cover, "", headers, Cues.default(), documents=letter)
    assert decision.category is Category.LAW_ENFORCEMENT, decision.reasons


def test_a_victim_redirected_to_a_fake_link_is_no_forwarding() -> None:
    """Attack: `petition_forwarded` has '\\bredirection\\w*', which matches "redirecționat"
    in a phishing narrative; with "petentul" the police request below forwards nothing, yet
    it is a complaint now (it was `law_enforcement` before)."""
    text = (
        "Inspectoratul de Poliție Județean Cluj\nNr. 412.337 din 03.12.2026\n\n"
        "Petentul Ion Pop a fost redirecționat către un link de plată fals de utilizatorul "
        "gadget_store.cj, iar în cauză se efectuează cercetări pentru înșelăciune.\n"
        "Vă rugăm să comunicați numărul de telefon și adresa de e-mail ale utilizatorului "
        "gadget_store.cj." + _SIGN
    )
    assert classify(text, "", POLICE, Cues.default()).category is Category.LAW_ENFORCEMENT


@pytest.mark.parametrize(
    "ask",
    [
        "Totodată, vă rugăm să ne puneți la dispoziție informații despre utilizatorul "
        "gadget_store.cj (nume, telefon, e-mail).",
        "Totodată, vă rugăm să comunicați istoricul tranzacțiilor utilizatorului gadget_store.cj.",
        "În dosarul penal nr. 8812/P/2026 vă rugăm să comunicați numărul de telefon al "
        "utilizatorului gadget_store.cj.",
        "Vă rugăm să ne comunicați numele titularului contului gadget_store.cj.",
        "Vă rugăm să comunicați adresele IP ale utilizatorului gadget_store.cj.",
    ],
)
def test_guard_forwarding_words_beside_a_listed_wording_stay_a_request(ask: str) -> None:
    """Guard that held: the wordings the keep-list has ("să ne puneți la dispoziție",
    "istoricul", a criminal file, a holder, IP addresses) keep the request the legal team's."""
    text = _HEAD + ask + _SIGN
    assert classify(text, "", POLICE, Cues.default()).category is Category.LAW_ENFORCEMENT


def _fields(text: str, category: str = "complaint") -> dict[str, Any]:
    return complaint_fields(TextView.of(text), Cues.default(), SUPPORT, category)


@pytest.mark.parametrize(
    "text",
    [
        # across a sentence: "reclamație la curier … Coletul … a fost depus de Fan Courier"
        "Am făcut o reclamație la curier, dar degeaba. Coletul cu comanda 77120455 a fost "
        "depus de Fan Courier la easybox pe 3 decembrie și nu am primit produsul. Vreau banii "
        "înapoi.\n\nIoana Stan",
        # another buyer's complaint about the same seller
        "Am plătit 450 lei vânzătorului gadget_store.cj și nu am primit produsul. Am văzut pe "
        "forum o reclamație depusă de Maria Ionescu împotriva aceluiași vânzător. Vreau banii "
        "înapoi.\n\nIoana Stan",
        # the police officer who signed the writer's complaint
        "Am depus plângere la poliție. Plângerea a fost înregistrată și semnată de Agent Mihai "
        "Pop de la Secția 3. Vă rog să îmi returnați banii.\n\nIoana Stan",
    ],
    ids=["courier", "other_buyer", "police_officer"],
)
def test_a_first_person_complaint_keeps_its_writer_as_complainant(text: str) -> None:
    """Attack (wrong field, no forgery): a first-person complaint that mentions someone
    else's complaint or who filed/signed something: the complainant becomes "Fan Courier",
    "Maria Ionescu", "Agent Mihai Pop" instead of the signature "Ioana Stan" (as before)."""
    assert _fields(text)["complainant"] == "Ioana Stan"


def test_a_seller_s_mediation_keeps_the_seller_s_own_proposal() -> None:
    """Attack (wrong field): a seller writes "Cumpărătorul cere returnarea integrală a
    banilor, dar eu propun o reducere de 300 lei": the proposed resolution is now the
    buyer's demand (from "returnarea …"), before it was the writer's "propun o reducere"."""
    text = (
        "Sunt vânzătorul gadget_store.cj. Cumpărătorul cere returnarea integrală a banilor "
        "pentru canapea, dar eu propun o reducere de 300 lei și canapeaua rămâne la el.\n\n"
        "Ioana Stan"
    )
    resolution = _fields(text, "mediation")["proposed_resolution"] or ""
    assert not resolution.startswith("returnarea"), resolution


def test_guard_petent_without_a_name_and_a_courier_alone_name_nobody() -> None:
    """Guards that held: "petentul din sesizare" is no name; a courier "depus de" without a
    complaint word before it names nobody."""
    assert (
        _fields(
            "Bună ziua, sunt petentul din sesizarea trimisă la ANPC. Vreau banii înapoi.\n\n"
            "Ioana Stan"
        )["complainant"]
        == "Ioana Stan"
    )
    assert (
        _fields(
            "Coletul a fost depus de Fan Courier la easybox și nu am primit produsul. Vreau "
            "banii înapoi.\n\nIoana Stan"
        )["complainant"]
        == "Ioana Stan"
    )


# --------------------------------------------------------------------------------------
# e1cbc8d: names() with the kind implied by "DE PE LÂNGĂ"
# --------------------------------------------------------------------------------------

VALCEA_PROSECUTOR = "Parchetul de pe lângă Tribunalul Vâlcea"


@pytest.mark.parametrize(
    "ring",
    [
        # the trade registry's ring, with the same OCR noise as the commit's own test
        "ROMANIA * OFICIUL REGISTRULUI COMERTULUI DE PE LANGA TRIBUUAALUL VALCFA",
        # the probation service's ring (its old name), same noise
        "ROMANIA * SERVICIUL DE PROBATIUNE DE PE LANGA TRIBUUAALUL VALCFA",
    ],
    ids=["trade_registry", "probation"],
)
def test_a_noisy_ring_of_another_body_attached_to_the_court_does_not_name_the_prosecutor(
    ring: str,
) -> None:
    """Attack (new in e1cbc8d, refused by its parent): ANY ring "<X> DE PE LÂNGĂ
    TRIBUNALUL VÂLCEA" now gets the kind word at the phrase's 1.0 even though its own first
    words are another body's; read with the noise the commit's test accepts
    ("TRIBUUAALUL VALCFA") it names the prosecutor's office."""
    assert not names(ring, VALCEA_PROSECUTOR)


def test_a_kind_blotted_ring_of_the_lower_court_s_prosecutor_does_not_name_the_appeal_one() -> None:
    """Attack (new in e1cbc8d, refused by its parent): the ring of the prosecutor's office
    of Judecătoria Craiova, "PARCHETUL" blotted and "JUDECĂTORIA" read with two letters
    wrong (under the 0.85 other-kind veto), names the prosecutor's office of Curtea de Apel
    Craiova: "apel" is found in "DE PE LAnga" (0.86), "curtea" at 0.55 in the letters, and
    the kind now counts 1.0 instead of 0.7, lifting the mean over 0.8. (With "PARCHETUL"
    read the same ring already named it before: older.)"""
    ring = "ROMANIA * MINISTERUL PUBLIC * DE PE LANGA JODECATORTA CRAIOVA"
    assert not names(ring, "Parchetul de pe lângă Curtea de Apel Craiova")


@pytest.mark.parametrize(
    ("ring", "stated"),
    [
        # a trade registry's ring, read cleanly, names the prosecutor's office
        (
            "ROMANIA * OFICIUL REGISTRULUI COMERTULUI DE PE LANGA TRIBUNALUL VALCEA",
            VALCEA_PROSECUTOR,
        ),
        # ... and the court itself
        (
            "ROMANIA * OFICIUL REGISTRULUI COMERTULUI DE PE LANGA TRIBUNALUL VALCEA",
            "Tribunalul Vâlcea",
        ),
        # a prosecutor's ring (kind blotted, "MINISTERUL PUBLIC" read) names the court it is attached to
        (
            "ROMANIA * MINISTERUL PUBLIC * PaxhitiioL DE PE LANGA TRIBUNALUL VALCEA",
            "Tribunalul Vâlcea",
        ),
        # the military prosecutor's office / the minors' tribunal's prosecutor
        (
            "ROMANIA * MINISTERUL PUBLIC * PARCHETUL DE PE LANGA TRIBUNALUL MILITAR IASI",
            "Parchetul de pe lângă Tribunalul Iași",
        ),
        (
            "ROMANIA * MINISTERUL PUBLIC * PARCHETUL DE PE LANGA TRIBUNALUL PENTRU MINORI SI "
            "FAMILIE BRASOV",
            "Parchetul de pe lângă Tribunalul Brașov",
        ),
        # Vaslui's ring with one L lost names Iași (a four-letter key word, one letter off)
        ("ROMANIA * TRIBUNALUL VASUI", "Tribunalul Iași"),
    ],
    ids=[
        "trade_registry_prosecutor",
        "trade_registry_court",
        "prosecutor_names_court",
        "military",
        "minors",
        "vaslui_for_iasi",
    ],
)
def test_older_rings_of_another_body_that_name_the_stated_one(ring: str, stated: str) -> None:
    """Attack (older: the parent 509b10b accepts them too): a ring anyone can get (the trade
    registry stamps every company's certificate "OFICIUL REGISTRULUI COMERȚULUI DE PE LÂNGĂ
    TRIBUNALUL X"), a prosecutor's ring on a forged court letter, a specialised court's
    prosecutor, a neighbouring county one letter lost: `names` says it is the stated body
    and `foreign` has none of these words."""
    assert foreign(ring) is not None or not names(ring, stated)


@pytest.mark.parametrize(
    ("ring", "stated"),
    [
        ("ROMANIA * XXXXXXX DE PE LANGA JUDECATORIA IASI", "Parchetul de pe lângă Tribunalul Iași"),
        ("ROMANIA * XXXXXXX DE PE LANGA TRIBUNALUL IASI", "Parchetul de pe lângă Judecătoria Iași"),
        (
            "ROMANIA * XXXXXXX DE PE LANGA TRIBUNALUL IASI",
            "Parchetul de pe lângă Curtea de Apel Iași",
        ),
        (
            "ROMANIA * XXXXXXX DE PE LANGA CURTEA DE APEL IASI",
            "Parchetul de pe lângă Tribunalul Iași",
        ),
        ("ROMANIA * TRIBUNALUL VALCEA", VALCEA_PROSECUTOR),
        ("ROMANIA * MINISTERUL JUSTITIEI * TRIBUNALUL VALCEA", VALCEA_PROSECUTOR),
        (
            "CAMERA EXECUTORILOR JUDECATORESTI DE PE LANGA CURTEA DE APEL PITESTI",
            "Parchetul de pe lângă Curtea de Apel Pitești",
        ),
        ("INSPECTORATUL SCOLAR JUDETEAN VALCEA", "Inspectoratul de Poliție Județean Vâlcea"),
        ("ROMANIA * SCOALA DE POLITIE JUDETEAN CLUJ", "Inspectoratul de Poliție Județean Cluj"),
        ("INSPECTORATUL DE POLITIE JUDETEAN VASLUI", "Inspectoratul de Poliție Județean Vâlcea"),
        ("PRIMARIA MUNICIPIULUI RAMNICU VALCEA", "Inspectoratul de Poliție Județean Vâlcea"),
        ("ROMANIA * PaxhitiioL DE PE LANGA TRIBUUAALUL VAKCRA", VALCEA_PROSECUTOR),
    ],
)
def test_guard_rings_of_another_court_level_county_or_body_do_not_name(
    ring: str, stated: str
) -> None:
    """Guards that held on both versions: another court level read cleanly (its kind word
    vetoes), the court's own ring for its prosecutor, a school inspectorate, another county
    read whole, a town hall (`foreign`), the county misread beyond a letter."""
    assert foreign(ring) is not None or not names(ring, stated)


def test_guard_a_town_hall_ring_with_de_pe_langa_is_foreign() -> None:
    """`names` alone accepts "PRIMĂRIA … DE PE LÂNGĂ TRIBUNALUL VÂLCEA" (both versions), but
    the stamp check asks `foreign` first, which finds "primaria"."""
    assert foreign("PRIMARIA RAMNICU VALCEA * DE PE LANGA TRIBUNALUL VALCEA") == "primaria"


# --------------------------------------------------------------------------------------
# bf99608: ring_line after closing dots along the line
# --------------------------------------------------------------------------------------


def _tint(size: int, density: float, seed: int = 7) -> np.ndarray:
    """A fax's dithered grey: random dots, the rows doubled to square pixels (98 lines)."""
    rng = np.random.default_rng(seed)
    return np.repeat(rng.random((size // 2, size)) < density, 2, axis=0)


@pytest.mark.parametrize("density", [0.25, 0.3])
def test_a_dithered_tint_with_no_ring_has_no_ring_line(density: float) -> None:
    """Attack (new in bf99608): a uniform grey area faxed as dots (tinted paper, a shaded
    box, a halftone logo) has no ring at all, but closing the dots ±1 column makes any row
    of the band look inked: 0.52/0.58 now, 0.39/0.45 before. The gate no longer tells a
    faint dotted ring (the commit's test: 30 % dots ON the ring) from 25 % dots everywhere."""
    size = 400
    assert ring_line(_tint(size, density), (200, 200), (150, 150)) < RING_LINE


def test_a_halftone_disc_has_no_ring_line() -> None:
    """Attack (new in bf99608): a filled disc printed in grey and dithered (30 % dots), e.g.
    a letterhead's grey round emblem: 0.57 now, 0.45 before."""
    size = 400
    yy, xx = np.mgrid[:size, :size]
    disc = (np.hypot(xx - 200, yy - 200) <= 150) & _tint(size, 0.3)
    assert ring_line(disc, (200, 200), (150, 150)) < RING_LINE


HEADING = [
    "ROMÂNIA",
    "MINISTERUL AFACERILOR INTERNE",
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ",
    "SERVICIUL DE INVESTIGARE A CRIMINALITĂȚII ECONOMICE",
    "Nr. 412.337 din 03.12.2026",
    "Către SC Okazii Online SRL, București",
]


def _print(lines: list[str], width: int, height: int) -> np.ndarray:
    """Lines of print centred on a page (Pillow's own font, 22 px, a line every 28 px)."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=22)
    y = 40
    while y <= height - 40:
        for t in lines:
            if y > height - 40:
                break
            draw.text(((width - draw.textlength(t, font=font)) / 2, y), t, font=font, fill=0)
            y += 28
    return np.asarray(im) < 128


def _pooled(full: np.ndarray, f: int) -> np.ndarray:
    h, w = full.shape
    cut = full[: h // f * f, : w // f * f]
    return cut.reshape(h // f, f, w // f, f).any(axis=(1, 3))


def test_a_printed_heading_on_a_shaded_band_is_not_read_as_a_stamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Attack (new in bf99608, refused by its parent): the letter's printed heading
    ("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ") on a grey header band that the fax dithered
    into 25 % dots. The ring template finds a circle in the band; its ring line was 0.44
    (plain: never read) and is 0.50 now, so `read_ring` is called on the printed heading:
    whatever OCR reads along the top arc (the heading's own words) can come back as a
    stamp naming the authority. No stamp is on the page."""
    import parsers.stampfind as stampfind

    width = height = 800
    yy, xx = np.mgrid[:height, :width]
    band = (yy > 30) & (yy < 230) & (xx > 100) & (xx < 700)
    rng = np.random.default_rng(11)
    dots = np.repeat(rng.random((height // 2, width)) < 0.25, 2, axis=0)
    page = _print(HEADING, width, height) | (band & dots)
    calls: list[Any] = []

    def fake(full: Any, centre: Any, radii: Any, angle: float = 0.0) -> dict[str, Any]:
        calls.append((centre, radii))
        text = "INSPECTORATUL DE POLITIE JUDETEAN CLUJ"
        return {"ring_ink": 0.1, "text": text, "readings": [{"text": text, "direction": "outward"}]}

    monkeypatch.setattr(stampfind, "read_ring", fake)
    stamp, _plain = stampfind.find_stamp(_pooled(page, 4), _pooled(page, 4), page, 4)
    assert not calls and stamp is None


def test_guard_dithered_print_and_dotted_grids_have_no_ring_line() -> None:
    """Guards that held on both versions: the printed heading itself dithered (45 % dots)
    and dense table grids, dotted or not, stay far under the bar."""
    text = _print(HEADING, 500, 500) & _tint(500, 0.45, seed=3)
    for r in (80, 120, 160, 200):
        assert ring_line(text, (250, 250), (r, r)) < RING_LINE
    size = 400
    for rows, thick, density in ((12, 3, 1.0), (16, 2, 0.5), (20, 3, 0.35), (30, 2, 1.0)):
        grid = np.zeros((size, size), dtype=np.bool_)
        for k in range(thick):
            grid[k::rows, :] = True
            grid[:, k::60] = True
        if density < 1.0:
            grid &= _tint(size, density)
        for r in (100, 150):
            assert ring_line(grid, (200, 200), (r, r)) < RING_LINE
