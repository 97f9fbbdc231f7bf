"""An official request names a legal matter and asks for data; formal words alone do not make one."""

from __future__ import annotations

from parsers.classify import classify
from parsers.cues import Cues
from parsers.model import Category, MailHeaders

CUES = Cues.default()


def _category(text: str) -> Category:
    return classify(text, "", None, CUES).category


def test_a_company_asking_formally_for_its_invoices_is_support() -> None:
    text = (
        "S.C. LEGUME VERZI S.R.L.\nNr. 88/02.12.2026\n\nCătre OKAZII.RO — Asistență Clienți\n\n"
        "Vă rugăm să ne transmiteți facturile de comision emise pentru contul nostru de vânzător "
        "în luna noiembrie 2026. Totodată, vă rugăm să ne comunicați dacă facturile pot fi "
        "descărcate din cont.\n"
    )
    assert _category(text) == Category.SUPPORT


def test_an_institution_inviting_to_a_conference_is_no_request() -> None:
    text = (
        "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\nȘcoala de Agenți de Poliție\n\n"
        "Către OKAZII.RO — Centrul de prevenire a fraudelor\n\nINVITAȚIE\n\n"
        "Vă invităm la seminarul despre comerțul online din 12 martie 2027, la care participă "
        "ofițeri din Inspectoratul General al Poliției Române și procurori. Vă rugăm să "
        "confirmați participarea până la 1 martie 2027.\n"
    )
    assert _category(text) != Category.LAW_ENFORCEMENT


def test_a_request_naming_a_file_and_asking_for_data_stays_law_enforcement() -> None:
    text = (
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARAD\nNr. 1234 din 01.12.2026\n\n"
        "În dosarul penal nr. 55/P/2026, vă rugăm să ne comunicați datele de identificare "
        "ale utilizatorului ion_arad.\n"
    )
    assert _category(text) == Category.LAW_ENFORCEMENT


def test_the_marketplaces_own_department_is_no_complaint_cue() -> None:
    decision = classify(
        "Către OKAZII.RO — Centrul de prevenire a fraudelor\n\nBună ziua.", "", None, CUES
    )
    assert "complaint" not in decision.scores


def test_authority_place_read_without_its_diacritics_is_written_with_them() -> None:
    from parsers.fields.authority import find_authority
    from parsers.fields.textview import TextView

    text = (
        "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE JUDETEAN BRASOV\n\n"
        "În dosarul penal nr. 12/P/2026 vă rugăm să ne comunicați datele de identificare.\n"
    )
    got, kind = find_authority(TextView.of(text, ocr=True), CUES, None)
    assert (got, kind) == ("Inspectoratul de Poliție Județean Brașov", "police")
    typed, _ = find_authority(TextView.of(text.replace("Ț", "T").replace("Â", "A")), CUES, None)
    assert typed == "Inspectoratul de Politie Judetean Brasov"


_LETTER = (
    "TRIBUNALUL CLUJ\nSecția penală\nDosar nr. 5678/117/2026\n\nCătre S.C. OKAZII ONLINE S.R.L.\n\n"
    "În temeiul art. 170 din Codul de procedură penală, vă solicităm să comunicați datele de "
    "identificare ale utilizatorului radu.licitatii@outlook.com.\n\nJudecător Sabău Dorina\n"
)
_NOTICE = (
    "Acest mesaj a fost generat automat de aplicația ECRIS a Tribunalului Cluj.\n\n"
    "Dosar: 5678/117/2026\nObiect: comunicare adresă\n"
)


def _auto(kind: str) -> MailHeaders:
    return MailHeaders(
        from_addr="tbcj-comunicari@just.ro",
        subject="Comunicare",
        auto_submitted=True,
        auto_kind=kind,
    )


def test_a_court_portals_notification_carrying_the_letter_is_law_enforcement() -> None:
    """Auto-generated (ECRIS) with the signed letter attached: judged on the document."""
    text = _NOTICE + "\n" + _LETTER
    decision = classify(text, "", _auto("auto-generated"), CUES, documents=_LETTER)
    assert decision.category == Category.LAW_ENFORCEMENT
    # The same notification without a document that asks is nobody's request.
    bare = classify(text, "", _auto("auto-generated"), CUES)
    assert bare.category != Category.LAW_ENFORCEMENT


def test_an_out_of_office_reply_or_a_bounce_carrying_a_letter_stays_no_request() -> None:
    """What an auto-reply or a delivery report carries is the mail it answers."""
    text = _NOTICE + "\n" + _LETTER
    for kind in ("auto-replied", "report"):
        decision = classify(text, "", _auto(kind), CUES, documents=_LETTER)
        assert decision.category != Category.LAW_ENFORCEMENT, kind


def _from_police(text: str) -> Category:
    headers = MailHeaders(from_addr="agent.pop@cj.politiaromana.ro", to=("support@okazii.ro",))
    return classify(text, "", headers, CUES).category


def test_an_officer_asking_where_to_send_requests_is_no_request_yet() -> None:
    # Written here, not copied: the shape of the question, in both languages, from a
    # police mailbox, with the future request announced but none made.
    ro = (
        "Bună ziua,\n\nSunt ofițer la Poliția Municipiului Dej. Urmează să vă cerem date "
        "despre un cont de vânzător. Pe ce adresă trebuie transmisă solicitarea și în ce "
        "format o primiți?\n\nCu stimă,\nInspector Pop Andrei\n"
    )
    en = (
        "Hello,\n\nI am an officer of the Cluj County Police. Where should we send a formal "
        "request for a seller's data, and what format do you accept?\n\nRegards,\nA. Pop\n"
    )
    assert _from_police(ro) != Category.LAW_ENFORCEMENT
    assert _from_police(en) != Category.LAW_ENFORCEMENT


def test_a_request_that_also_asks_where_to_answer_stays_law_enforcement() -> None:
    # A file named: the question of the way is part of a real request.
    text = (
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 4411 din 02.12.2026\n\n"
        "În dosarul penal nr. 812/P/2026 vă rugăm să ne comunicați datele de identificare "
        "ale utilizatorului dan_cj. Vă rugăm să ne spuneți și la ce adresă să trimitem "
        "ordonanța în original.\n"
    )
    assert _from_police(text) == Category.LAW_ENFORCEMENT


def test_a_compromise_between_buyer_and_seller_is_mediation() -> None:
    for text in (
        "Hi, the lamp I bought from lumina_shop (order 55120981, 300 RON) arrived with the "
        "glass shattered. The seller won't take it back. I could keep it with a partial "
        "refund of 100 RON; please help us reach an agreement.\n",
        "Bună ziua, masa comandată de la mobila_bv (comanda 66102233) a ajuns cu un picior "
        "rupt. Vânzătorul nu vrea să o ia înapoi. Aș păstra-o dacă primesc o parte din bani; "
        "vă rog să ne ajutați să ajungem la o înțelegere.\n",
    ):
        assert _category(text) == Category.MEDIATION, text
