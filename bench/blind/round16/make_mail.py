#!/usr/bin/env python3
"""Blind round 16, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 15's kit, copied as a tool, plus an opaque S/MIME signature
and a 7bit text attachment), the paper kit ``paper/inkkit.py`` and the world made by ``make_world.py``. Deterministic
headers, letters and numbers; CMS/PDF signature bytes may differ between runs (signing times are fixed). The
import/``item()``/``mid()``/``ip_of()``/``send()``/``alt()``/``mixed()``/``sealed()``/``le_mail()``/``pages_sealed()``
header, ``ff()``, ``plain()``, ``amt()`` and ``main()`` are round 15's; every letter and item is new.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import logging
import random
import re
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "paper"))
import mailkit as mk  # noqa: E402
from mailkit import Part, when  # noqa: E402

logging.disable(logging.CRITICAL)
OUT = HERE / "mail"
LEGAL = "juridic@okazii.ro"
SUPPORT = "suport@okazii.ro"
SECURITY = "securitate@okazii.ro"
ITEMS: list[tuple] = []
NUMBER_SEED = 20261661
SPLIT_SEED = 20261660


def item(group: str, category: str):
    def deco(fn):
        ITEMS.append((fn, group, category))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha256(seed.encode()).hexdigest()[:22]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def dom_of(address: str) -> str:
    return address.rsplit("@", 1)[1].rstrip(">").lower()


def send(seed: str, *, frm: str, addr: str, to: list[str], subject: str, t: dt.datetime, body: Part,
         dkim: str | None = "auto", helo: str | None = None, ip: str | None = None, mail_from: str | None = None,
         extra=None, reply_to=None, cc=None, subject_charset="utf-8", dkim_selector: str | None = None,
         msgid: str | None = None, sent_delay: int = 50) -> bytes:
    """``frm`` is the whole From header value, ``addr`` the envelope/real address."""
    d = dom_of(addr)
    msg = mk.build(seed=seed, frm=frm, to=to, subject=subject, date=t - dt.timedelta(seconds=sent_delay),
                   message_id=msgid or mid(seed, d), body=body, cc=cc, reply_to=reply_to, extra=extra,
                   subject_charset=subject_charset)
    if dkim == "auto":
        dkim = d if d in mk.IDENT["dns"] else None
    ip = ip or (ip_of(d) if d in mk.IDENT["dns"] else "203.0.113.50")
    helo = helo or f"mail.{d}"
    return mk.deliver(msg, helo=helo, ip=ip, t=t, rcpt=to[0].split("<")[-1].rstrip(">"),
                      mail_from=addr if mail_from is None else mail_from, dkim_domain=dkim,
                      dkim_selector=dkim_selector, seed=seed)


def alt(plain: str, html: str, seed: str, charset="utf-8", cte="quoted-printable") -> Part:
    return mk.multipart("alternative", [mk.text(plain, charset=charset, cte=cte),
                                        mk.text(html, "html", charset=charset, cte=cte)], seed)


def mixed(children: list[Part], seed: str) -> Part:
    return mk.multipart("mixed", children, seed + "mx")


def html_page(inner: str, charset: str = "utf-8", style: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'{style}</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{inner}</body></html>')


def le(kind: str, **kw) -> dict:
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def pdfw(signer: str, whole: bool = True, **kw) -> dict:
    d = {"signer": signer, "whole": whole}
    d.update(kw)
    return d


def sealed(markup: str, signer: str, created: dt.datetime, *, family="serif", visible=False, reason="",
           location="", title="", creator="Microsoft® Word 2016", box=(340, 40, 560, 100)) -> bytes:
    pdf = mk.letter_pdf(markup, family=family, created=created, title=title, creator=creator)
    return mk.sign_pdf(pdf, signer, reason=reason, location=location, visible=visible, box=box,
                       at=(created + dt.timedelta(minutes=7)).astimezone(dt.timezone.utc))


def sub(kind: str, value: str) -> dict:
    return {"kind": kind, "value": value}


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")
ZIMBRA = ("X-Mailer", "Zimbra 10.0.8_GA_4612 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4612)")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
IPHONE = ("X-Mailer", "iPhone Mail (22C152)")
ROUNDCUBE = ("User-Agent", "Roundcube Webmail/1.6.10")
GMAIL_ANDROID = ("X-Mailer", "Gmail for Android")
SAMSUNG = ("X-Mailer", "Samsung Email 6.1.97.2")
YAHOO_IOS = ("X-Mailer", "YahooMailIosMobile Raven/59122 CFNetwork/1568.300.101 Darwin/24.2.0")
OKZ_HDR = "Către: S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor, Departamentul Juridic"
OKZ_ADDR = "Str. Frunzei nr. 29, sector 2, București"

import inkkit as K  # noqa: E402

CRL = (mk.WORLD / "pki" / "issuing.crl.der").read_bytes()
EXCHANGE = [("X-MS-Exchange-Organization-AuthSource", "AM9PR09MB5517.eurprd09.prod.outlook.com"),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("Thread-Index", "AdtmQ2Pz7K1vYw9sRkeB3x0LlQ6T8g=="),
            ("Content-Language", "ro-RO")]


def pdf_att(data: bytes, name: str) -> Part:
    return mk.attachment(data, name)


def sign_at(pdf: bytes, signer: str, at: dt.datetime, **kw) -> bytes:
    return mk.sign_pdf(pdf, signer, at=at.astimezone(dt.timezone.utc), **kw)


# =====================================================================
# helpers
# =====================================================================


def sent(t: dt.datetime) -> dt.datetime:
    """signing time a few minutes before the mail went out"""
    return t - dt.timedelta(minutes=23)


def le_mail(seed, *, frm, addr, subject, t, cover, pdf, pdf_name, extra=None, html_cover=None, charset="utf-8",
            cte="quoted-printable", cc=None, reply_to=None, att_ctype="application/pdf"):
    txt = mk.text(cover, charset=charset, cte=cte) if not html_cover else (
        alt(cover, html_cover, seed, charset=charset, cte=cte) if cover else
        mk.text(html_cover, "html", charset=charset, cte=cte))
    body = mixed([txt, mk.attachment(pdf, pdf_name, ctype=att_ctype)], seed)
    return send(seed, frm=frm, addr=addr, to=[LEGAL], subject=subject, t=t, body=body, extra=extra, cc=cc,
                reply_to=reply_to)


def pages_sealed(pages: list[str], signer: str, created: dt.datetime, *, footer="", family="serif", title="",
                 creator="Microsoft® Word 2016", visible=False, box=(340, 40, 560, 100)) -> bytes:
    pdf = mk.letter_pdf_pages(pages, footer=footer, family=family, created=created, title=title, creator=creator)
    return mk.sign_pdf(pdf, signer, visible=visible, box=box,
                       at=(created + dt.timedelta(minutes=6)).astimezone(dt.timezone.utc))


def ff(kind: str, case: str | None = None, urgent: bool | None = None, **kw) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    f.update(kw)
    return f


def plain(seed, *, frm, addr, subject, t, body_text, to=None, charset="utf-8", cte="quoted-printable", extra=None,
          dkim="auto", html=None, html_only=False, **kw):
    if html_only:
        body = mk.text(html, "html", charset=charset, cte=cte)
    else:
        body = alt(body_text, html, seed, charset=charset, cte=cte) if html else mk.text(body_text, charset=charset,
                                                                                         cte=cte)
    return send(seed, frm=frm, addr=addr, to=to or [SUPPORT], subject=subject, t=t, body=body, extra=extra, dkim=dkim,
                **kw)


def amt(v: str, cur: str = "RON") -> dict:
    return {"value": v, "currency": cur}


def okz(nodia: bool = False) -> str:
    """Our address block, as the letters write it."""
    if nodia:
        return ("K|Catre: S.C. OKAZII ONLINE S.R.L. - Centrul de prevenire a fraudelor, Departamentul Juridic\n"
                "K|Str. Frunzei nr. 29, sector 2, Bucuresti")
    return f"K|{OKZ_HDR}\nK|{OKZ_ADDR}"


# =====================================================================
# GENUINE LAW ENFORCEMENT (12)
# =====================================================================

AG_SICE = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE\\nJUDEȚEAN ARGEȘ\\nServiciul de Investigare a Criminalității Economice ¦ NESECRET\\nExemplar unic\\nNr. 412.337/SICE\\nPitești, 30.11.2026

{okz}

Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Argeș efectuează cercetări în dosarul penal nr. 3318/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Pitești, sub aspectul săvârșirii infracțiunii de înșelăciune prevăzute de art. 244 alin. (1) din Codul penal. În fapt, începând cu luna septembrie 2026, mai multe persoane au plătit avansuri pentru seturi de jante și anvelope oferite spre vânzare pe platforma okazii.ro, produsele nefiind livrate.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm să ne comunicați, cu privire la contul de utilizator „jante_r17_pitesti” și la orice alt cont asociat numărului de telefon (0748) 211-907:
L|a) datele de identificare declarate la crearea contului (nume, prenume, adresă, telefon, e-mail);
L|b) anunțurile publicate în perioada 01.09.2026 – 29.11.2026, cu prețul și data publicării;
L|c) tranzacțiile încheiate prin platformă în aceeași perioadă, cu datele de contact ale cumpărătorilor.
Răspunsul îl veți transmite în format electronic, la adresa de e-mail sice@ag.politiaromana.ro, menționând numărul prezentei adrese.

S|ȘEFUL SERVICIULUI
S|Comisar-șef de poliție
S|Niculescu Adrian-Mihai

s|Întocmit: insp. pr. Barbu C. / 2 ex. / ex. 1 la destinatar
"""


@item("le_gen", "law_enforcement")
def g_ipj_ag_lettered_list_bracket_phone_flowed():
    t = when(2026, 11, 30, 14, 12)
    pdf = sealed(AG_SICE.format(okz=okz()), "seal_ipj_ag", sent(t), title="Adresa 412337 SICE")
    cover = ("Bună ziua,\n\nVă transmitem atașat adresa I.P.J. Argeș – S.I.C.E. nr. 412.337 din 30.11.2026, în \n"
             "dosarul penal nr. 3318/P/2026, semnată cu sigiliul electronic al inspectoratului.\n\n"
             "Vă mulțumim,\nSecretariat S.I.C.E.\nInspectoratul de Poliție Județean Argeș\n")
    body = mixed([mk.text(cover, format_flowed=True), pdf_att(pdf, "Adresa_412337_SICE.pdf")], "g1")
    raw = send("g1", frm=mk.addr("IPJ Argeș - SICE", "sice@ag.politiaromana.ro"), addr="sice@ag.politiaromana.ro",
               to=[LEGAL], subject="Solicitare date - dosar 3318/P/2026 (adresa nr. 412337/SICE)", t=t, body=body,
               extra=[TB])
    f = le("police", authority="Inspectoratul de Poliție Județean Argeș", reference_number="412.337",
           reference_date="2026-11-30", case_number="3318/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "jante_r17_pitesti"), sub("phone", "+40748211907")],
           requested_data=["datele de identificare declarate la crearea contului (nume, prenume, adresă, telefon, "
                           "e-mail)",
                           "anunțurile publicate în perioada 01.09.2026 – 29.11.2026, cu prețul și data publicării",
                           "tranzacțiile încheiate prin platformă în aceeași perioadă, cu datele de contact ale "
                           "cumpărătorilor"],
           period={"from": "2026-09-01", "to": "2026-11-29"}, response_channel="electronic",
           reply_to="sice@ag.politiaromana.ro", signatory="Comisar-șef de poliție Niculescu Adrian-Mihai")
    acc = {"authority": ["IPJ Argeș", "Inspectoratul de Poliție Județean Argeș - Serviciul de Investigare a "
                                      "Criminalității Economice"],
           "reference_number": ["412337", "412.337/SICE", "412337/SICE"],
           "signatory": ["Șeful Serviciului Comisar-șef de poliție Niculescu Adrian-Mihai"]}
    return raw, f, acc, ("IPJ Argeș SICE; heading in two columns (institution left; NESECRET / exemplar unic / number "
                         "with a service suffix '412.337/SICE' / place and date right); LETTERED list a) b) c) with "
                         "parentheses in the items; phone written '(0748) 211-907'; 'Întocmit' drafter line in small "
                         "type; Thunderbird format=flowed cover"), {"pdf": [pdfw("seal_ipj_ag")]}


BC_BIF = """
C|INSPECTORATUL DE POLITIE JUDETEAN BACAU
C|Serviciul de Investigatii Criminale - Biroul Investigatii Fraude
K|Nr. 1.134.220 / 01.12.2026
{okz}
T|CERERE DE COMUNICARE A UNOR DATE
K|Dosar penal: 7702/P/2026 (Parchetul de pe langa Judecatoria Bacau)
K|Infractiune: inselaciune, art. 244 alin. (1) Cod penal
K|Temei legal: art. 170 alin. (2) lit. b) Cod procedura penala
K|Utilizatori vizati: ID utilizator 58213377; adresa de e-mail c.bogdan.vanzari@yahoo.com
K|Perioada: 15.10.2026 - 30.11.2026
B|Date solicitate:
L|* datele de inregistrare ale conturilor (nume, prenume, telefon, adresa);
L|* istoricul comenzilor plasate si primite;
L|* modalitatile de plata folosite si conturile bancare declarate pentru incasari.
K|Modalitate de raspuns: e-mail, la adresa bif@bc.politiaromana.ro

S|Inspector principal de politie
S|Cozma Irina
"""


@item("le_gen", "law_enforcement")
def g_ipj_bc_officer_cert_labelled_form_no_diacritics_iso88592():
    t = when(2026, 12, 1, 10, 40)
    pdf = sealed(BC_BIF.format(okz=okz(nodia=True)), "pers_bc_cozma", sent(t), family="sans",
                 title="cerere date 1134220")
    cover = ("Bună ziua,\n\nVă transmit alăturat cererea nr. 1.134.220 din 01.12.2026 (dosar penal 7702/P/2026), "
             "semnată electronic de subsemnata.\nVă rog să confirmaţi primirea.\n\n"
             "Cu stimă,\nInspector principal de poliţie Cozma Irina\nBiroul Investigaţii Fraude - S.I.C. - "
             "I.P.J. Bacău\n")
    raw = le_mail("g2", frm=mk.addr("Cozma Irina", "irina.cozma@bc.politiaromana.ro", "iso-8859-2"),
                  addr="irina.cozma@bc.politiaromana.ro", subject="Cerere comunicare date - dosar 7702/P/2026",
                  t=t, cover=cover, pdf=pdf, pdf_name="cerere_1134220.pdf", charset="iso-8859-2",
                  extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul de Politie Judetean Bacau", reference_number="1.134.220",
           reference_date="2026-12-01", case_number="7702/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "58213377"), sub("email", "c.bogdan.vanzari@yahoo.com")],
           requested_data=["datele de inregistrare ale conturilor (nume, prenume, telefon, adresa)",
                           "istoricul comenzilor plasate si primite",
                           "modalitatile de plata folosite si conturile bancare declarate pentru incasari"],
           period={"from": "2026-10-15", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="bif@bc.politiaromana.ro", signatory="Inspector principal de politie Cozma Irina")
    acc = {"authority": ["Inspectoratul de Poliție Județean Bacău", "IPJ Bacău", "IPJ Bacau"],
           "reference_number": ["1134220"],
           "signatory": ["Inspector principal de poliție Cozma Irina"]}
    return raw, f, acc, ("IPJ Bacău, an officer's own bound personal certificate (she is the stated signatory); a "
                         "LABELLED FORM ('Dosar penal:', 'Temei legal:', 'Utilizatori vizati:', 'Perioada:', "
                         "'Date solicitate:' with '*' bullets, 'Modalitate de raspuns:'), letter typed WITHOUT "
                         "diacritics (fields as written, diacritic forms accepted); users by user id and e-mail; "
                         "ISO-8859-2 cover with cedillas (Outlook)"), {"pdf": [pdfw("pers_bc_cozma")]}


MS_CCI = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ
C|Serviciul de Investigații Criminale – Compartimentul Criminalitate Informatică
R|NESECRET
R|Nr. 2.088.914 din data de 02.12.2026
R|Târgu Mureș
{okz}
Stimați domni,
În cauza penală nr. 1475/P/2026, aflată în supravegherea Parchetului de pe lângă Judecătoria Târgu Mureș, se efectuează cercetări pentru punerea în circulație de mărfuri contrafăcute și pentru înșelăciune: ceasuri de lux contrafăcute au fost vândute drept originale prin intermediul platformei dumneavoastră.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați date cu privire la următoarele conturi:
X|Nr. crt. ¦ Utilizator ¦ Telefon declarat ¦ Perioada
X|1 ¦ vintage.ceasuri.ms ¦ 0365 401 778 ¦ 01.06.2026 – 01.12.2026
X|2 ¦ ceasuri_colectie_tgm ¦ 0751 093 226 ¦ 01.06.2026 – 01.12.2026
Pentru fiecare dintre conturile de mai sus vă rugăm să ne comunicați datele de identificare ale titularului, istoricul vânzărilor și datele de contact ale cumpărătorilor.
Răspunsul îl veți transmite pe suport optic (CD/DVD), prin curier, la sediul I.P.J. Mureș, Str. Borsos Tamás nr. 12, Târgu Mureș, în atenția Compartimentului Criminalitate Informatică.

S|Șef serviciu
S|Comisar-șef de poliție
S|Szabó Levente
"""


@item("le_gen", "law_enforcement")
def g_ipj_ms_accounts_table_visible_seal_html_only():
    t = when(2026, 12, 2, 12, 5)
    pdf = sealed(MS_CCI.format(okz=okz()), "seal_ipj_ms", sent(t), visible=True, box=(330, 60, 560, 120),
                 reason="Sigiliu electronic IPJ Mureș", location="Târgu Mureș", title="2088914")
    html = html_page("<p>Stimate domnule/doamnă,</p><p>Vă înaintăm adresa <b>nr. 2.088.914 din 02.12.2026</b> a "
                     "Serviciului de Investigații Criminale, cu sigiliul electronic vizibil pe prima pagină.</p>"
                     "<p>Cu stimă,<br>Compartimentul Criminalitate Informatică<br>IPJ Mureș<br>"
                     "<span style='color:#888'>Acest mesaj și anexele sale sunt confidențiale.</span></p>")
    raw = le_mail("g3", frm=mk.addr("IPJ Mureș - SIC Criminalitate Informatică", "sic.cci@ms.politiaromana.ro"),
                  addr="sic.cci@ms.politiaromana.ro", subject="Adresa nr. 2088914 / 02.12.2026", t=t, cover="",
                  html_cover=html, pdf=pdf, pdf_name="2088914.pdf", extra=[OUTLOOK] + EXCHANGE)
    f = le("police", authority="Inspectoratul de Poliție Județean Mureș", reference_number="2.088.914",
           reference_date="2026-12-02", case_number="1475/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vintage.ceasuri.ms"), sub("phone", "+40365401778"),
                     sub("username", "ceasuri_colectie_tgm"), sub("phone", "+40751093226")],
           requested_data=["datele de identificare ale titularului", "istoricul vânzărilor",
                           "datele de contact ale cumpărătorilor"],
           period={"from": "2026-06-01", "to": "2026-12-01"}, response_channel="courier",
           signatory="Comisar-șef de poliție Szabó Levente")
    acc = {"authority": ["IPJ Mureș"], "reference_number": ["2088914"],
           "signatory": ["Șef serviciu Comisar-șef de poliție Szabó Levente"]}
    return raw, f, acc, ("IPJ Mureș; the users in a bordered TABLE with a per-row period (a Mureș landline 0365 … "
                         "and a mobile), the data asked for in one sentence after the table; a visible signature "
                         "widget; answer on CD/DVD by courier; signatory name with a Hungarian á; HTML-only cover "
                         "from Exchange/Outlook"), {"pdf": [pdfw("seal_ipj_ms")]}


SB_AVRIG = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU
C|POLIȚIA ORAȘULUI AVRIG
C|Biroul de Investigații Criminale
R|Nr. 88.412 din 02.12.2026
R|Avrig
K|Către: OKAZII ONLINE S.R.L. – Departamentul Juridic
K|Ref.: adresa dumneavoastră nr. REG-2026-004417 din 30.11.2026
Ca urmare a adresei menționate, vă comunicăm că Poliția Orașului Avrig efectuează cercetări în dosarul penal nr. 2210/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Sibiu, privind infracțiunea de înșelăciune (art. 244 C.pen.). Mai mulți locuitori ai orașului au achitat, prin platforma okazii.ro, contravaloarea unor comenzi de lemne de foc (fag și carpen) care nu au mai fost livrate.
Potrivit art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne transmiteți, pentru utilizatorul „lemne.foc.avrig” (număr de telefon declarat în anunțuri: 0769.204.318), următoarele:
L|1. numele, prenumele, CNP-ul și adresa declarate la înregistrare;
L|2. numerele de telefon și adresele de e-mail asociate contului;
L|3. sumele încasate prin platformă în perioada 01.10.2026 – 30.11.2026 și conturile bancare în care au fost virate.
Răspunsul poate fi transmis pe e-mail, la adresa politia.avrig@sb.politiaromana.ro.

S|ȘEFUL POLIȚIEI ORAȘULUI AVRIG
S|Comisar de poliție
S|BRATU SEBASTIAN
"""

OUR_ASK_SIGNED = """Stimate domn / Stimată doamnă,

Am primit mesajul dumneavoastră din 27.11.2026 (înregistrat sub nr. REG-2026-004417). Pentru a putea da curs solicitării, vă rugăm să ne transmiteți o adresă oficială semnată (semnătură electronică calificată sau sigiliu electronic al instituției), care să menționeze numărul și data de înregistrare, dosarul penal, temeiul legal, utilizatorii vizați și datele solicitate.

Cu stimă,
Departamentul Juridic
Okazii"""


@item("le_gen", "law_enforcement")
def g_avrig_town_police_reply_to_our_request_for_signed_address_cp1250():
    t = when(2026, 12, 2, 15, 31)
    pdf = sealed(SB_AVRIG, "seal_ipj_sb", sent(t), title="88412")
    ours = mid("our-ask-avrig", "okazii.ro")
    quoted = "\n".join(OUR_ASK_SIGNED.splitlines())
    cover = ("Bună ziua,\n\nRevenim cu adresa semnată electronic (sigiliul I.P.J. Sibiu), conform solicitării "
             "dumneavoastră.\n\nCu stimă,\nAgent-șef Lungu Marian\nPoliția Orașului Avrig - Biroul de investigații "
             "criminale\n\n-----Original Message-----\nFrom: Okazii - Departamentul Juridic <juridic@okazii.ro>\n"
             "Sent: Monday, November 30, 2026 11:42 AM\nTo: politia.avrig@sb.politiaromana.ro\n"
             "Subject: REG-2026-004417 - Solicitare adresa semnata\n\n" + quoted + "\n")
    raw = le_mail("g4", frm=mk.addr("Politia Orasului Avrig", "politia.avrig@sb.politiaromana.ro"),
                  addr="politia.avrig@sb.politiaromana.ro", subject="RE: REG-2026-004417 - Solicitare adresa semnata",
                  t=t, cover=cover, pdf=pdf, pdf_name="Adresa 88412 Okazii.pdf", charset="windows-1250",
                  extra=[OUTLOOK, ("In-Reply-To", ours), ("References", ours)])
    f = le("police", authority="Poliția Orașului Avrig", reference_number="88.412", reference_date="2026-12-02",
           case_number="2210/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "lemne.foc.avrig"), sub("phone", "+40769204318")],
           requested_data=["numele, prenumele, CNP-ul și adresa declarate la înregistrare",
                           "numerele de telefon și adresele de e-mail asociate contului",
                           "sumele încasate prin platformă în perioada 01.10.2026 – 30.11.2026 și conturile bancare "
                           "în care au fost virate"],
           period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="politia.avrig@sb.politiaromana.ro", signatory="Comisar de poliție Bratu Sebastian")
    acc = {"authority": ["Inspectoratul de Poliție Județean Sibiu", "IPJ Sibiu",
                         "Inspectoratul de Poliție Județean Sibiu - Poliția Orașului Avrig"],
           "reference_number": ["88412"], "signatory": ["Comisar de poliție BRATU SEBASTIAN"]}
    return raw, f, acc, ("a town police (Avrig, not in the registry) under IPJ Sibiu, on IPJ Sibiu's domain and seal; "
                         "the mail is a REPLY (In-Reply-To our message) to OUR request for a signed address, our "
                         "Romanian text quoted below an Outlook 'Original Message' separator; the letter refers to "
                         "our REG number; phone with dots '0769.204.318'; Windows-1250 quoted-printable cover"), \
        {"pdf": [pdfw("seal_ipj_sb")]}


GL_SIC = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE\\nJUDEȚEAN GALAȚI\\nSERVICIUL DE INVESTIGAȚII CRIMINALE ¦ URGENT\\nNESECRET\\nGalați\\nNr. 623.019 din 03.12.2026
{okz}
T|Solicitare de date – dosar penal nr. 5590/P/2026
În dosarul penal nr. 5590/P/2026 al Parchetului de pe lângă Tribunalul Galați se efectuează cercetări pentru înșelăciune (art. 244 alin. (2) C.pen.): persoana vătămată a virat suma de 18.500 lei, cu titlu de avans, pentru un autoturism VW Passat prezentat în anunțul https://www.okazii.ro/autoturisme/vw-passat-b8-2019-a219930415, autoturismul fiind inexistent.
Suma a fost virată în contul {iban}, deschis la Banca Transilvania, cont indicat de vânzătorul care folosește pe platformă numele de utilizator „auto.passat.gl”.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă solicităm:
L|1) datele de identificare ale titularului contului „auto.passat.gl” și ale oricărui alt cont pentru care a fost declarat, pentru încasări, contul IBAN de mai sus;
L|2) toate anunțurile publicate de aceste conturi în anul 2026;
L|3) plățile primite prin platformă de aceste conturi, cu data, suma și plătitorul.
Întrucât autorul continuă să publice anunțuri similare, vă rugăm să tratați solicitarea cu celeritate, în termen de 48 de ore.
Răspunsul va fi transmis prin e-mail, la adresa sic@gl.politiaromana.ro, iar în original, pe suport optic, prin curier, la sediul I.P.J. Galați, str. Nae Leonard nr. 2.

S|Șef serviciu,
S|comisar-șef de poliție
S|Grigoraș Cătălin
"""
GL_IBAN = mk.ro_iban("BTRL", "0170120255678311")


@item("le_gen", "law_enforcement")
def g_ipj_gl_iban_listing_url_urgent_48h_base64_cover():
    t = when(2026, 12, 3, 9, 14)
    pdf = sealed(GL_SIC.format(okz=okz(), iban=GL_IBAN), "seal_ipj_gl", sent(t), title="623019")
    cover = ("Bună dimineața,\n\nVă rugăm să dați curs, cu prioritate, adresei atașate (nr. 623.019 din 03.12.2026, "
             "URGENT).\n\nS.I.C. - I.P.J. Galați\nTel. centrală 0236 577 100\n")
    html = html_page("<p>Bună dimineața,</p><p>Vă rugăm să dați curs, cu prioritate, adresei atașate "
                     "(nr. 623.019 din 03.12.2026, <b style='color:#c00'>URGENT</b>).</p>"
                     "<p>S.I.C. - I.P.J. Galați<br>Tel. centrală 0236 577 100</p>")
    raw = le_mail("g5", frm=mk.addr("IPJ Galați - Serviciul de Investigații Criminale", "sic@gl.politiaromana.ro"),
                  addr="sic@gl.politiaromana.ro", subject="URGENT - adresa 623019 - dosar 5590/P/2026", t=t,
                  cover=cover, html_cover=html, pdf=pdf, pdf_name="623019_urgent.pdf", cte="base64",
                  extra=[ROUNDCUBE, ("Importance", "high"), ("X-Priority", "1 (Highest)")])
    f = le("police", authority="Inspectoratul de Poliție Județean Galați", reference_number="623.019",
           reference_date="2026-12-03", case_number="5590/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "auto.passat.gl"), sub("iban", GL_IBAN)],
           requested_data=["datele de identificare ale titularului contului „auto.passat.gl” și ale oricărui alt "
                           "cont pentru care a fost declarat, pentru încasări, contul IBAN de mai sus",
                           "toate anunțurile publicate de aceste conturi în anul 2026",
                           "plățile primite prin platformă de aceste conturi, cu data, suma și plătitorul"],
           response_channel="both", signatory="Comisar-șef de poliție Grigoraș Cătălin", urgent=True)
    acc = {"authority": ["IPJ Galați"], "reference_number": ["623019"],
           "signatory": ["Șef serviciu comisar-șef de poliție Grigoraș Cătălin"]}
    return raw, f, acc, ("IPJ Galați SIC, URGENT (48 h) from its own channel with its bound seal (call-back due); the "
                         "seller by username and IBAN, the listing by its URL (context, not a user); items numbered "
                         "'1)'; answer by e-mail AND the original on CD by courier (both); period 'in anul 2026' "
                         "left unscored; multipart/alternative cover in BASE64 (Roundcube, Importance: high)"), \
        {"pdf": [pdfw("seal_ipj_gl")]}


BH_P1 = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR
C|Serviciul de Investigare a Criminalității Economice
R|Nr. 3.561.807
R|Oradea, 01.12.2026
{okz}
Serviciul nostru efectuează cercetări în dosarul penal nr. 9034/P/2026 al Parchetului de pe lângă Judecătoria Oradea, privind comercializarea, prin platforma okazii.ro, a unor telefoane mobile prezentate ca noi și sigilate, care în realitate erau recondiționate și aveau codul IMEI modificat.
Pentru conturile enumerate în anexa de la pagina 2, care face parte integrantă din prezenta adresă, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați:
L|I. datele de identificare furnizate la înregistrare;
L|II. adresele de livrare și de facturare utilizate;
L|III. lista tranzacțiilor finalizate în perioada 01.08.2026 – 30.11.2026, cu sumele și modalitatea de plată.
Răspunsul va fi trimis la adresa de e-mail sice@bh.politiaromana.ro. Procurorul de caz primește prezenta în copie.
"""
BH_P2 = """
T|ANEXĂ
C|la adresa nr. 3.561.807 din 01.12.2026 – conturi vizate
L|1. utilizatorul „oradea_telefoane_noi”, adresa de e-mail gsm.oradea.shop@gmail.com;
L|2. utilizatorul „apple.outlet.bh”, telefon +40 759 118 240.


S|Șef serviciu
S|Comisar-șef de poliție Tomuța Florin-Ioan
"""


@item("le_gen", "law_enforcement")
def g_ipj_bh_two_pages_users_in_annex_page_roman_cc_prosecutor():
    t = when(2026, 12, 1, 13, 27)
    pdf = pages_sealed([BH_P1.format(okz=okz()), BH_P2], "seal_ipj_bh", sent(t),
                       footer="Pagina {p} din {n}", title="Adresa 3561807")
    cover = ("Buna ziua,\n\nAtasat transmitem adresa IPJ Bihor - SICE nr. 3561807/01.12.2026 (2 pagini, anexa "
             "inclusa), semnata cu sigiliu electronic.\nIn copie: procurorul de caz.\n\nSICE Bihor\n")
    raw = le_mail("g6", frm=mk.addr("SICE Bihor", "sice@bh.politiaromana.ro"), addr="sice@bh.politiaromana.ro",
                  subject="Adresa 3561807 - dosar 9034/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="3561807.pdf", charset="us-ascii", cte="7bit",
                  cc=[mk.addr("Parchetul Judecatoria Oradea - procuror caz", "urmarire.pjoradea@mpublic.ro")],
                  extra=[ZIMBRA])
    f = le("police", authority="Inspectoratul de Poliție Județean Bihor", reference_number="3.561.807",
           reference_date="2026-12-01", case_number="9034/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "oradea_telefoane_noi"), sub("email", "gsm.oradea.shop@gmail.com"),
                     sub("username", "apple.outlet.bh"), sub("phone", "+40759118240")],
           requested_data=["datele de identificare furnizate la înregistrare",
                           "adresele de livrare și de facturare utilizate",
                           "lista tranzacțiilor finalizate în perioada 01.08.2026 – 30.11.2026, cu sumele și "
                           "modalitatea de plată"],
           period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sice@bh.politiaromana.ro", signatory="Comisar-șef de poliție Tomuța Florin-Ioan")
    acc = {"authority": ["IPJ Bihor"], "reference_number": ["3561807"]}
    return raw, f, acc, ("IPJ Bihor SICE, a 2-page sealed letter with a 'Pagina p din n' footer: the data asked "
                         "for in a ROMAN list on page 1, the USERS only in the annex on page 2 (same signed PDF) "
                         "with the signature block; Cc to the case prosecutor on mpublic.ro; us-ascii 7bit cover "
                         "without diacritics (Zimbra)"), {"pdf": [pdfw("seal_ipj_bh")]}


DIICOT_152 = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|STRUCTURA CENTRALĂ – Serviciul de Combatere a Criminalității Informatice
K|Dosar nr. 612/D/P/2026
T|ORDONANȚĂ
C|Anul 2026, luna noiembrie, ziua 30
Iordache Mihnea-Radu, procuror în cadrul D.I.I.C.O.T. – Structura Centrală, Serviciul de Combatere a Criminalității Informatice,
Examinând actele dosarului penal nr. 612/D/P/2026, privind săvârșirea infracțiunilor de constituire a unui grup infracțional organizat (art. 367 C.pen.) și fraudă informatică (art. 249 C.pen.),
C|CONSTAT:
Din probele administrate rezultă suspiciunea rezonabilă că membrii grupului au folosit contul „electro.depozit.eu”, înregistrat cu adresa de e-mail depozit.electro.eu@outlook.com, pentru a vinde bunuri electronice cumpărate cu date de card compromise, accesând contul din mai multe locații.
Prin încheierea nr. 1207/UP din 27.11.2026, judecătorul de drepturi și libertăți din cadrul Tribunalului București a aprobat obținerea datelor de mai jos, în condițiile art. 152 alin. (1) C.pr.pen.
Față de acestea, în temeiul art. 152 alin. (1) și (2) C.pr.pen.,
C|DISPUN:
Art. 1. S.C. OKAZII ONLINE S.R.L. va comunica, pentru contul „electro.depozit.eu”:
L|a) identitatea utilizatorului contului, astfel cum a fost declarată la înregistrare;
L|b) adresele IP utilizate pentru autentificare în perioada 01.10.2026 – 25.11.2026, cu data și ora fiecărei conectări.
Art. 2. Datele vor fi comunicate imediat, în condiții de confidențialitate, la adresa de e-mail sccinfo@diicot.ro. Societatea are obligația de a păstra secretul operațiunii efectuate (art. 152 alin. (4) C.pr.pen.).
Art. 3. Prezenta ordonanță se comunică S.C. OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București.

S|PROCUROR,
S|Iordache Mihnea-Radu
"""


@item("le_gen", "law_enforcement")
def g_diicot_art152_ordonanta_with_jdl_approval_date_in_words():
    t = when(2026, 12, 1, 8, 55)
    pdf = sealed(DIICOT_152, "seal_diicot", when(2026, 11, 30, 17, 40), title="Ordonanta 612/D/P/2026")
    cover = ("Bună ziua,\n\nÎn atașament, ordonanța din 30.11.2026 emisă în dosarul nr. 612/D/P/2026, cu aprobarea "
             "judecătorului de drepturi și libertăți, semnată cu sigiliul electronic al D.I.I.C.O.T.\n"
             "Vă rugăm să confirmați primirea la această adresă.\n\n"
             "Secretariat S.C.C.I. – D.I.I.C.O.T. Structura Centrală\n")
    html = html_page("<p>Bună ziua,</p><p>În atașament, ordonanța din 30.11.2026 emisă în dosarul nr. "
                     "612/D/P/2026, cu aprobarea judecătorului de drepturi și libertăți, semnată cu sigiliul "
                     "electronic al D.I.I.C.O.T.<br>Vă rugăm să confirmați primirea la această adresă.</p>"
                     "<table style='border-top:1px solid #999'><tr><td><b>Secretariat S.C.C.I.</b><br>"
                     "D.I.I.C.O.T. – Structura Centrală</td></tr></table>")
    raw = le_mail("g7", frm=mk.addr("DIICOT - SCCI Secretariat", "sccinfo@diicot.ro"), addr="sccinfo@diicot.ro",
                  subject="Ordonanta dosar 612/D/P/2026 - comunicare", t=t, cover=cover, html_cover=html, pdf=pdf,
                  pdf_name="Ordonanta_612_D_P_2026.pdf", extra=[OUTLOOK])
    f = le("prosecutor",
           authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
           reference_date="2026-11-30", case_number="612/D/P/2026", legal_basis=["art. 152 CPP"],
           subjects=[sub("username", "electro.depozit.eu"), sub("email", "depozit.electro.eu@outlook.com")],
           requested_data=["identitatea utilizatorului contului, astfel cum a fost declarată la înregistrare",
                           "adresele IP utilizate pentru autentificare în perioada 01.10.2026 – 25.11.2026, cu data "
                           "și ora fiecărei conectări"],
           period={"from": "2026-10-01", "to": "2026-11-25"}, response_channel="electronic",
           reply_to="sccinfo@diicot.ro", signatory="Procuror Iordache Mihnea-Radu")
    del f["urgent"]  # 'comunicate imediat' is the statutory wording of art. 152: not scored either way
    acc = {"authority": ["DIICOT", "DIICOT - Structura Centrală",
                         "DIICOT - Structura Centrală - Serviciul de Combatere a Criminalității Informatice"]}
    return raw, f, acc, ("DIICOT central, an art. 152 ORDONANȚĂ for the user's identity and login IP addresses "
                         "(traffic data) that states the JDL's approval (încheierea nr. 1207/UP din 27.11.2026 of "
                         "Tribunalul București) before DISPUN; date in words ('Anul 2026, luna noiembrie, ziua 30'); "
                         "no registration number of its own (reference_number unscored); 'Art. 1.' operative part "
                         "with lettered items; urgent unscored (statutory 'imediat')"), {"pdf": [pdfw("seal_diicot")]}


DNA_L = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|Parchetul de pe lângă Înalta Curte de Casație și Justiție
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|Secția de combatere a infracțiunilor asimilate infracțiunilor de corupție
R|Nr. 1184/II-2/2026
R|București, 26.11.2026
{okz}
Stimate doamne și domni,
În dosarul nr. 311/P/2026 al Direcției Naționale Anticorupție se efectuează urmărirea penală cu privire la infracțiuni asimilate infracțiunilor de corupție (art. 10 lit. b) din Legea nr. 78/2000), constând în valorificarea, prin anunțuri online, a unor bunuri aflate în administrarea unei instituții publice.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, în legătură cu utilizatorul „licitatii.utilaje.ro” (adresă de e-mail: licitatii.utilaje@yahoo.com):
L|– datele de identificare și de contact ale titularului contului;
L|– lista bunurilor vândute prin intermediul contului în perioada 01.01.2026 – 20.11.2026, cu prețurile obținute;
L|– datele cumpărătorilor acestor bunuri.
Răspunsul se va transmite prin e-mail, la adresa sectia2@pna.ro.

S|Procuror șef serviciu,
S|Marinescu Ilinca
"""


@item("le_gen", "law_enforcement")
def g_dna_pades_b_lta_dss_and_document_timestamp():
    t = when(2026, 11, 27, 11, 20)
    signed = sealed(DNA_L.format(okz=okz()), "seal_dna", when(2026, 11, 26, 16, 2), title="1184-II-2-2026")
    lt = mk.add_dss_crl(signed, CRL, extra_cert_files=[str(mk.WORLD / "pki" / "issuing.cert.pem")])
    lta = mk.doc_timestamp(lt, when(2026, 11, 26, 16, 12).astimezone(dt.timezone.utc), field="DocTimeStamp1")
    cover = ("Bună ziua,\n\nAtașat, adresa D.N.A. – Secția a II-a nr. 1184/II-2/2026 din 26.11.2026.\n"
             "Documentul este semnat cu sigiliu electronic calificat și marcă temporală (PAdES B-LTA).\n\n"
             "Grefa Secției a II-a\nDirecția Națională Anticorupție\n")
    raw = le_mail("g8", frm=mk.addr("DNA - Registratura Sectia a II-a", "registratura@pna.ro"),
                  addr="registratura@pna.ro", subject="Adresa nr. 1184/II-2/2026", t=t, cover=cover, pdf=lta,
                  pdf_name="Adresa_1184_II-2_2026.pdf", cte="8bit", extra=[OUTLOOK])
    f = le("prosecutor", authority="Direcția Națională Anticorupție", reference_number="1184/II-2/2026",
           reference_date="2026-11-26", case_number="311/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "licitatii.utilaje.ro"), sub("email", "licitatii.utilaje@yahoo.com")],
           requested_data=["datele de identificare și de contact ale titularului contului",
                           "lista bunurilor vândute prin intermediul contului în perioada 01.01.2026 – 20.11.2026, "
                           "cu prețurile obținute",
                           "datele cumpărătorilor acestor bunuri"],
           period={"from": "2026-01-01", "to": "2026-11-20"}, response_channel="electronic",
           reply_to="sectia2@pna.ro", signatory="Procuror șef serviciu Marinescu Ilinca")
    acc = {"authority": ["DNA", "Direcția Națională Anticorupție - Secția de combatere a infracțiunilor asimilate "
                                "infracțiunilor de corupție"]}
    return raw, f, acc, ("DNA central; a PAdES B-LTA file: the bound seal over the letter, then a /DSS update (the "
                         "CA's CRL and chain) and a DOCUMENT TIME-STAMP of the TSP's time-stamping unit over "
                         "everything (what qualified signing tools produce; nothing on the page changes); a DNA "
                         "registration number with a section code; en-dash list; 8bit UTF-8 plain cover"), \
        {"pdf": [pdfw("seal_dna", whole=False), pdfw("tsa", whole=True, timestamp=True)]}


PJBC_ORD = """
C|R O M Â N I A
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BACĂU
K|Dosar nr. 8150/P/2026
T|O R D O N A N Ț Ă
C|02 decembrie 2026
Ciobotaru Elena – procuror în cadrul Parchetului de pe lângă Judecătoria Bacău,
Având în vedere actele dosarului penal nr. 8150/P/2026, privind săvârșirea infracțiunii de înșelăciune (art. 244 alin. 1 C.pen.), în care persoana vătămată a achitat suma de 3.200 lei pentru un laptop care nu i-a mai fost livrat,
C|CONSTATĂ:
Vânzătorul a folosit pe platforma okazii.ro contul „laptopuri.gaming.bc”, cu numărul de telefon 0722-309-517. Pentru identificarea făptuitorului sunt necesare datele deținute de societatea care administrează platforma.
Față de cele de mai sus, în temeiul art. 170 alin. (2) lit. b) și al art. 286 C.pr.pen.,
C|DISPUNE:
1. Obligarea S.C. OKAZII ONLINE S.R.L., cu sediul în București, Str. Frunzei nr. 29, sector 2, să comunice, pentru contul „laptopuri.gaming.bc”:
L|• datele de identificare ale titularului;
L|• istoricul tranzacțiilor din perioada 01.09.2026 – 01.12.2026;
L|• adresele de livrare folosite.
2. Datele se vor transmite în termen de 5 zile de la primire, prin e-mail, la adresa pj.bacau@mpublic.ro.
3. O copie a prezentei ordonanțe se comunică S.C. OKAZII ONLINE S.R.L.

S|PROCUROR,
S|Ciobotaru Elena
"""


@item("le_gen", "law_enforcement")
def g_pj_bacau_ordonanta_third_person_dispune_cp1250_8bit():
    t = when(2026, 12, 3, 10, 2)
    pdf = sealed(PJBC_ORD, "seal_pj_bc", when(2026, 12, 2, 15, 30), title="Ordonanta 8150/P/2026")
    cover = ("Stimate domnule / stimată doamnă,\n\nVă comunicăm ordonanța procurorului din 02.12.2026, dosar nr. "
             "8150/P/2026, semnată cu sigiliul electronic al Parchetului de pe lângă Judecătoria Bacău.\n\n"
             "Grefier,\nAvădanei Laura\nParchetul de pe lângă Judecătoria Bacău\n")
    raw = le_mail("g9", frm=mk.addr("Parchetul de pe langa Judecatoria Bacau", "pj.bacau@mpublic.ro"),
                  addr="pj.bacau@mpublic.ro", subject="Ordonanță - dosar 8150/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="ordonanta_8150_P_2026.pdf", charset="windows-1250", cte="8bit", extra=[ZIMBRA])
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Bacău", reference_date="2026-12-02",
           case_number="8150/P/2026", legal_basis=["art. 170 CPP", "art. 286 CPP"],
           subjects=[sub("username", "laptopuri.gaming.bc"), sub("phone", "+40722309517")],
           requested_data=["datele de identificare ale titularului",
                           "istoricul tranzacțiilor din perioada 01.09.2026 – 01.12.2026",
                           "adresele de livrare folosite"],
           period={"from": "2026-09-01", "to": "2026-12-01"}, response_channel="electronic",
           reply_to="pj.bacau@mpublic.ro", signatory="Procuror Ciobotaru Elena")
    acc = {"authority": ["PJ Bacău"]}
    return raw, f, acc, ("PJ Bacău ordonanță written in the third person ('CONSTATĂ' / 'DISPUNE'), title letter-"
                         "spaced; '•' bullets inside numbered point 1; the victim's sum in the recital; a 5-day "
                         "term; the cover signed by the clerk; Windows-1250 8bit cover (Zimbra)"), \
        {"pdf": [pdfw("seal_pj_bc")]}


TBMS = """
C|ROMÂNIA
C|TRIBUNALUL MUREȘ
C|SECȚIA PENALĂ
K|Dosar nr. 2214/102/2026
K|Termen: 15.12.2026
K|Data: 02.12.2026
{okz}
Vă comunicăm că, prin încheierea de ședință din 01.12.2026, pronunțată în dosarul de mai sus, având ca obiect infracțiunea de înșelăciune (art. 244 C.pen.), instanța a dispus, în temeiul art. 170 alin. (2) lit. b) C.pr.pen., să vă solicite următoarele date privind utilizatorul cu ID 40177256 și utilizatorul care a folosit numărul de telefon 0265.250.318:
L|(1) datele de identificare ale titularilor conturilor;
L|(2) istoricul licitațiilor câștigate și al plăților efectuate în perioada 01.03.2026 – 31.07.2026.
Relațiile solicitate vor fi comunicate până la termenul de judecată din 15.12.2026, prin poștă, la sediul instanței, sau prin e-mail, la adresa tr-mures-penal@just.ro, cu mențiunea numărului de dosar.

2|PREȘEDINTE COMPLET,\\nJudecător Kovács Edit ¦ GREFIER,\\nRus Alina
"""


@item("le_gen", "law_enforcement")
def g_tribunal_mures_court_address_after_hearing_iso885916():
    t = when(2026, 12, 3, 13, 48)
    pdf = sealed(TBMS.format(okz=okz()), "seal_tb_ms", when(2026, 12, 2, 11, 10), title="2214/102/2026")
    cover = ("Bună ziua,\n\nVă transmitem adresa Tribunalului Mureș - Secția penală în dosarul nr. 2214/102/2026, "
             "termen 15.12.2026.\nVă rugăm să menționați numărul dosarului în răspuns.\n\n"
             "Grefier Rus Alina\nTribunalul Mureș - Secția penală\n")
    raw = le_mail("g10", frm=mk.addr("Tribunalul Mures - Sectia penala", "tr-mures-penal@just.ro"),
                  addr="tr-mures-penal@just.ro", subject="Dosar 2214/102/2026 - adresa", t=t, cover=cover, pdf=pdf,
                  pdf_name="dosar_2214_102_2026_adresa.pdf", charset="iso-8859-16", extra=[ROUNDCUBE])
    f = le("court", authority="Tribunalul Mureș", reference_date="2026-12-02", case_number="2214/102/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "40177256"), sub("phone", "+40265250318")],
           requested_data=["datele de identificare ale titularilor conturilor",
                           "istoricul licitațiilor câștigate și al plăților efectuate în perioada 01.03.2026 – "
                           "31.07.2026"],
           period={"from": "2026-03-01", "to": "2026-07-31"}, response_channel="both",
           signatory="Judecător Kovács Edit")
    acc = {"authority": ["Tribunalul Mureș - Secția penală"],
           "signatory": ["Președinte complet Judecător Kovács Edit", "Kovács Edit"]}
    return raw, f, acc, ("Tribunalul Mureș, criminal section: an ADDRESS of the court after its hearing's încheiere "
                         "(art. 170 by the court at trial), labelled lines 'Dosar nr.' / 'Termen:' / 'Data:' and no "
                         "registration number (unscored); items '(1)' '(2)'; president and clerk side by side; "
                         "answer by post or e-mail (both; reply_to unscored); ISO-8859-16 cover (comma-below "
                         "letters in a single-byte charset)"), {"pdf": [pdfw("seal_tb_ms")]}


JPIT = """
C|ROMÂNIA
C|JUDECĂTORIA PITEȘTI
C|Secția penală
K|Dosar nr. 9917/280/2026
K|Pitești, 03.12.2026
{okz}
Domnule director,
În dosarul nr. 9917/280/2026, aflat pe rolul Judecătoriei Pitești – Secția penală, având ca obiect infracțiunea de înșelăciune, vă rugăm să comunicați instanței, în temeiul art. 170 alin. (2) lit. b) C.p.p., cu privire la utilizatorul „ana.maria.bijuterii” (e-mail anamaria.bijuterii.ag@gmail.com):
L|◦ datele de identificare ale titularului contului;
L|◦ anunțurile privind bijuterii din aur publicate între 01.05.2026 și 30.09.2026;
L|◦ datele de contact ale cumpărătorilor acestor produse.
Răspunsul se va trimite prin e-mail la adresa jud-pitesti-penal@just.ro până la data de 14.12.2026.

S|Judecător,
S|Stoica Daniela-Maria
"""


@item("le_gen", "law_enforcement")
def g_jud_pitesti_judge_cades_p7m_base64_text_7bit():
    t = when(2026, 12, 4, 9, 33)
    pdf = mk.letter_pdf(JPIT.format(okz=okz()), created=when(2026, 12, 3, 14, 0), title="9917/280/2026")
    p7m = mk.cades(pdf, "pers_jud_pitesti", detached=False,
                   signing_time=when(2026, 12, 3, 14, 9).astimezone(dt.timezone.utc))
    b64 = base64.encodebytes(p7m).decode("ascii")
    cover = ("Bună ziua,\n\nVă transmitem adresa în dosarul nr. 9917/280/2026, semnată electronic de judecător "
             "(fișier .p7m).\n\nGrefa secției penale\nJudecătoria Pitești\n")
    html = html_page("<p>Bună ziua,</p><p>Vă transmitem adresa în dosarul nr. <b>9917/280/2026</b>, semnată "
                     "electronic de judecător (fișier .p7m).</p><p>Grefa secției penale<br>Judecătoria Pitești</p>")
    body = mixed([alt(cover, html, "g11"), mk.text_attachment(b64, "adresa_9917_280_2026.pdf.p7m")], "g11")
    raw = send("g11", frm=mk.addr("Judecatoria Pitesti - Sectia penala", "jud-pitesti-penal@just.ro"),
               addr="jud-pitesti-penal@just.ro", to=[LEGAL], subject="Dosar nr. 9917/280/2026", t=t, body=body,
               extra=[OUTLOOK])
    f = le("court", authority="Judecătoria Pitești", reference_date="2026-12-03", case_number="9917/280/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "ana.maria.bijuterii"), sub("email", "anamaria.bijuterii.ag@gmail.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile privind bijuterii din aur publicate între 01.05.2026 și 30.09.2026",
                           "datele de contact ale cumpărătorilor acestor produse"],
           period={"from": "2026-05-01", "to": "2026-09-30"}, response_channel="electronic",
           reply_to="jud-pitesti-penal@just.ro", signatory="Judecător Stoica Daniela-Maria")
    acc = {"authority": ["Judecătoria Pitești - Secția penală"]}
    return raw, f, acc, ("Judecătoria Pitești: the judge's own bound certificate in a CAdES ENVELOPING .p7m whose "
                         "file bytes are BASE64 TEXT, sent 7bit as application/octet-stream (no second transfer "
                         "encoding); '◦' bullets; period written 'între … și …'; 'Domnule director' salutation"), \
        {"cades": [{"file": "adresa_9917_280_2026.pdf.p7m", "signer": "pers_jud_pitesti", "detached": False}]}


PTAG_TXT = """PARCHETUL DE PE LÂNGĂ TRIBUNALUL ARGEȘ
Nr. 4312/II-1/2026 din 03.12.2026

Către: OKAZII ONLINE S.R.L. – Departamentul Juridic (juridic@okazii.ro)

Subsemnata, Voicu Andreea-Luminița, procuror în cadrul Parchetului de pe lângă Tribunalul Argeș, în dosarul penal nr. 1022/P/2026, privind infracțiunile de înșelăciune și spălare a banilor, în temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă solicit să comunicați următoarele date, privind:
  - utilizatorul „ceasuri.lux.arges” (telefon 0741 55 72 09);
  - titularul contului de încasare {iban}.

Date solicitate:
  1. datele de identificare declarate;
  2. conturile bancare declarate pentru încasare;
  3. tranzacțiile din perioada 01.06.2026 – 30.11.2026.

Răspunsul se va transmite prin e-mail, la adresa andreea.voicu@mpublic.ro.

Procuror,
Voicu Andreea-Luminița
Parchetul de pe lângă Tribunalul Argeș
"""
PTAG_IBAN = mk.ro_iban("INGB", "0000999908877412")


@item("le_gen", "law_enforcement")
def g_ptag_prosecutor_opaque_smime_signed_data():
    t = when(2026, 12, 3, 16, 7)
    txt = PTAG_TXT.format(iban=PTAG_IBAN)
    inner = mk.text(txt, cte="quoted-printable")
    body = mk.smime_opaque(inner, "pers_ptag_voicu")
    raw = send("g12", frm=mk.addr("Voicu Andreea-Luminița", "andreea.voicu@mpublic.ro"),
               addr="andreea.voicu@mpublic.ro", to=[LEGAL], subject="Dosar 1022/P/2026 - solicitare date",
               t=t, body=body, extra=[OUTLOOK])
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Argeș", reference_number="4312/II-1/2026",
           reference_date="2026-12-03", case_number="1022/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "ceasuri.lux.arges"), sub("phone", "+40741557209"), sub("iban", PTAG_IBAN)],
           requested_data=["datele de identificare declarate", "conturile bancare declarate pentru încasare",
                           "tranzacțiile din perioada 01.06.2026 – 30.11.2026"],
           period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="andreea.voicu@mpublic.ro", signatory="Procuror Voicu Andreea-Luminița")
    acc = {"authority": ["PT Argeș"], "reference_number": ["4312"]}
    return raw, f, acc, ("the PT Argeș prosecutor's own bound certificate (it names her address, the mail's From) "
                         "in an OPAQUE S/MIME signature (application/pkcs7-mime; smime-type=signed-data): the whole "
                         "request is the signed text/plain inside the CMS; users by username, a phone written in "
                         "pairs '0741 55 72 09' and an IBAN"), {"smime": "pers_ptag_voicu", "smime_opaque": True,
                                                              "signed_text": txt}


# =====================================================================
# FORGED / DEFECTIVE LAW ENFORCEMENT (9)
# =====================================================================

PJSB_URG = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU
K|Dosar nr. 4471/P/2026
T|ORDONANȚĂ
C|01.12.2026
Procuror Dumitrescu Horia, din cadrul Parchetului de pe lângă Judecătoria Sibiu,
Examinând actele dosarului penal nr. 4471/P/2026, privind infracțiunea de racolare a minorilor în scopuri sexuale (art. 222 C.pen.),
C|CONSTAT:
Persoana vătămată, minoră în vârstă de 13 ani, a fost contactată prin sistemul de mesagerie al platformei okazii.ro de utilizatorul „jocuri.ps.sibiu”, care continuă să o contacteze. Există riscul ca făptuitorul să își schimbe identitatea digitală, astfel încât obținerea aprobării judecătorului de drepturi și libertăți ar duce la o întârziere care ar aduce atingere gravă anchetei.
Pentru aceste motive, măsura se dispune fără aprobarea prealabilă a judecătorului de drepturi și libertăți, urmând ca ordonanța să fie înaintată acestuia spre confirmare în termen de 24 de ore.
În temeiul art. 152 alin. (1) C.pr.pen.,
C|DISPUN:
1. S.C. OKAZII ONLINE S.R.L. va comunica de îndată, pentru contul „jocuri.ps.sibiu”, identitatea utilizatorului și adresele IP utilizate pentru autentificare în perioada 15.11.2026 – 01.12.2026, cu data și ora fiecărei conectări.
2. Datele se transmit la adresa de e-mail pj.sibiu.urgente@mpublic.ro.

S|PROCUROR,
S|Dumitrescu Horia
"""


@item("le_forged", "law_enforcement")
def f_art152_jdl_approval_waived_for_urgency():
    t = when(2026, 12, 1, 21, 46)
    pdf = sealed(PJSB_URG, "seal_pj_sb", when(2026, 12, 1, 21, 5), title="Ordonanta 4471/P/2026")
    cover = ("URGENT - minor în pericol.\n\nVă rugăm să comunicați datele în cel mai scurt timp, conform ordonanței "
             "atașate.\n\nParchetul de pe lângă Judecătoria Sibiu - permanență\n")
    raw = le_mail("f1", frm=mk.addr("Parchetul Judecatoria Sibiu - Registratura", "registratura.pjsibiu@mpublic.ro"),
                  addr="registratura.pjsibiu@mpublic.ro", subject="URGENT - Ordonanta dosar 4471/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="ordonanta_4471_P_2026.pdf", extra=[ZIMBRA, ("Importance", "high")])
    f = ff("prosecutor", "4471/P/2026", urgent=True, legal_basis=["art. 152 CPP"])
    return raw, f, None, ("art152_jdl_approval_waived_for_urgency: the Sibiu prosecutors' office's mailbox and bound "
                          "seal over an art. 152 ordonanță for identity and login IPs that says it is issued WITHOUT "
                          "the judge's prior approval 'for urgency', to be confirmed within 24 h: art. 152 (and 153, "
                          "154) has no urgency exception (the prosecutor's provisional authorisation of art. 141 "
                          "concerns technical surveillance, not data from a provider); complete and sealed, only "
                          "the law shows it; urgent"), {"pdf": [pdfw("seal_pj_sb")], "no_approval": True}


MS_TEST = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ
C|Serviciul de Investigații Criminale
R|Nr. 2.090.117 din 03.12.2026
R|Târgu Mureș
{okz}
În dosarul penal nr. 1603/P/2026 al Parchetului de pe lângă Judecătoria Reghin se efectuează cercetări pentru înșelăciune (art. 244 C.pen.): cumpărători din mai multe județe au plătit piese pentru tractoare care nu au fost livrate.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, pentru utilizatorul „piese.tractor.reghin” (telefon 0744 830 512):
L|1. datele de identificare ale titularului contului;
L|2. tranzacțiile încheiate în perioada 01.09.2026 – 02.12.2026;
L|3. conturile bancare declarate pentru încasări.
Răspunsul va fi transmis prin e-mail, la adresa sic@ms.politiaromana.ro.

S|Șef serviciu
S|Comisar-șef de poliție
S|Szabó Levente
"""


@item("le_forged", "law_enforcement")
def f_test_certificate_with_the_seals_o_and_orgid():
    t = when(2026, 12, 3, 11, 18)
    pdf = sealed(MS_TEST.format(okz=okz()), "seal_ipj_ms_test", sent(t), title="2090117")
    cover = ("Bună ziua,\nAtașat adresa nr. 2.090.117 din 03.12.2026 (dosar 1603/P/2026).\nS.I.C. - I.P.J. Mureș\n")
    raw = le_mail("f2", frm=mk.addr("IPJ Mures - SIC", "sic@ms.politiaromana.ro"), addr="sic@ms.politiaromana.ro",
                  subject="Adresa 2090117 - dosar 1603/P/2026", t=t, cover=cover, pdf=pdf, pdf_name="2090117.pdf",
                  extra=[OUTLOOK])
    f = ff("police", "1603/P/2026", urgent=False)
    return raw, f, None, ("test_certificate_with_the_seals_o_and_orgid: IPJ Mureș's mailbox (valid DKIM) and a "
                          "complete letter signed by a certificate of the TRUSTED CA that carries the seal's exact O "
                          "and organizationIdentifier, but is the CA's TEST certificate: CN 'IPJ MURES - SIGILIU "
                          "TEST', OU 'Mediu de test integrare', the TSP's test policy OID and NO QC statements (not "
                          "qualified; a key kept in an integration environment); a registry binding by O + orgid "
                          "alone accepts it"), {"pdf": [pdfw("seal_ipj_ms_test")], "test_cert": "seal_ipj_ms_test"}


BC_TOKEN = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU
C|Serviciul de Investigații Criminale
R|Nr. 1.135.006 din 03.12.2026
R|Bacău
{okz}
În dosarul penal nr. 7810/P/2026 al Parchetului de pe lângă Judecătoria Onești se efectuează cercetări pentru înșelăciune (art. 244 C.pen.) privind vânzarea unor telefoane mobile care nu au fost livrate cumpărătorilor.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă solicităm, cu privire la utilizatorul „telefoane.ieftine.bacau” (e-mail telefoane.ieftine.bc@gmail.com):
L|a) datele de identificare ale titularului contului;
L|b) comenzile primite în perioada 01.10.2026 – 02.12.2026;
L|c) plățile încasate prin platformă în aceeași perioadă.
Răspunsul va fi transmis prin e-mail, la adresa sic@bc.politiaromana.ro.

S|p. ȘEF SERVICIU
S|Comisar-șef de poliție Tănase Ovidiu-Mihai
S|(aflat în concediu de odihnă)
S|Înlocuitor la comandă,
S|Comisar de poliție Roman Bogdan-Ștefan
"""


@item("le_forged", "law_enforcement")
def f_absent_chiefs_token_signs_his_deputys_letter():
    t = when(2026, 12, 4, 8, 41)
    pdf = sealed(BC_TOKEN.format(okz=okz()), "pers_bc_tanase", sent(t), title="1135006")
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 1.135.006 din 03.12.2026, semnată electronic.\n\n"
             "S.I.C. - I.P.J. Bacău\n")
    raw = le_mail("f3", frm=mk.addr("IPJ Bacau - SIC", "sic@bc.politiaromana.ro"), addr="sic@bc.politiaromana.ro",
                  subject="Adresa 1135006 / 03.12.2026", t=t, cover=cover, pdf=pdf, pdf_name="1135006.pdf",
                  extra=[OUTLOOK])
    f = ff("police", "7810/P/2026", urgent=False)
    return raw, f, None, ("absent_chiefs_token_signs_his_deputys_letter: IPJ Bacău's mailbox; the PDF is signed by "
                          "the chief's own BOUND personal certificate (Tănase), yet the letter says he is on leave and "
                          "is signed 'p.' by his deputy Roman, who has no certificate of his own: the chief's "
                          "qualified-signature token was used by another person (a personal signature vouches for "
                          "its holder only, and the holder states he did not sign); the chief is named in the "
                          "signed text, so 'named in what they signed' does not settle it"),\
        {"pdf": [pdfw("pers_bc_tanase")]}


SB_DISC = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU
C|Serviciul Resurse Umane – Compartimentul Disciplină
R|Nr. 310.552 din 01.12.2026
R|Dosar de cercetare disciplinară nr. 37/CD/2026
{okz}
Prin Ordinul inspectorului șef nr. 1412 din 20.11.2026 s-a dispus efectuarea cercetării disciplinare prealabile față de agent-șef principal de poliție Munteanu Dorel, din cadrul Poliției Municipiului Mediaș, sub aspectul desfășurării unor activități comerciale incompatibile cu calitatea de polițist (art. 45 din Legea nr. 360/2002 privind Statutul polițistului).
Pentru soluționarea cercetării disciplinare, în temeiul art. 57 din Legea nr. 360/2002 și al art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, pentru contul de utilizator „chitare.vintage.sb” (telefon 0745 902 611):
L|– datele de identificare ale titularului contului;
L|– lista anunțurilor publicate și a vânzărilor efectuate în perioada 01.01.2026 – 30.11.2026;
L|– sumele încasate prin platformă.
Răspunsul va fi transmis la adresa de e-mail resurse.umane@sb.politiaromana.ro.

S|Președintele comisiei de cercetare disciplinară
S|Comisar-șef de poliție
S|Neagu Liviu
"""


@item("le_forged", "law_enforcement")
def f_disciplinary_inquiry_no_criminal_case():
    t = when(2026, 12, 2, 10, 15)
    pdf = sealed(SB_DISC.format(okz=okz()), "seal_ipj_sb", sent(t), title="310552")
    cover = ("Bună ziua,\n\nVă transmitem solicitarea Serviciului Resurse Umane nr. 310.552/01.12.2026.\n\n"
             "Compartimentul Disciplină\nI.P.J. Sibiu\n")
    raw = le_mail("f4", frm=mk.addr("IPJ Sibiu - Resurse Umane", "resurse.umane@sb.politiaromana.ro"),
                  addr="resurse.umane@sb.politiaromana.ro", subject="Solicitare informatii - adresa 310552", t=t,
                  cover=cover, pdf=pdf, pdf_name="310552_RU.pdf", extra=[OUTLOOK])
    f = ff("police", None, urgent=False)
    return raw, f, None, ("disciplinary_inquiry_no_criminal_case: IPJ Sibiu's mailbox and bound seal over a complete-"
                          "looking letter of its HUMAN RESOURCES service: a DISCIPLINARY inquiry into one of its own "
                          "officers ('dosar de cercetare disciplinară nr. 37/CD/2026'); it cites art. 170 CPP, but "
                          "there is no criminal case, and an administrative (disciplinary) procedure gives no power to "
                          "order a provider to hand over user data; no case_number in the truth"), \
        {"pdf": [pdfw("seal_ipj_sb")], "disciplinary": True}


PTGL_JDL = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL GALAȚI
K|Dosar nr. 2961/P/2026
T|ORDONANȚĂ
C|Galați, 02.12.2026
Stan Raluca-Ioana, procuror în cadrul Parchetului de pe lângă Tribunalul Galați,
Examinând actele dosarului penal nr. 2961/P/2026, privind infracțiunea de evaziune fiscală (art. 9 din Legea nr. 241/2005), săvârșită prin vânzarea online, fără documente de proveniență, a unor piese navale,
Văzând încheierea nr. 88/JDL din 28.11.2026 a judecătorului de drepturi și libertăți din cadrul Parchetului de pe lângă Tribunalul Galați, prin care a fost aprobată obținerea datelor de mai jos,
În temeiul art. 152 alin. (1) și (2) C.pr.pen.,
C|DISPUN:
Art. 1. S.C. OKAZII ONLINE S.R.L. va comunica identitatea utilizatorilor conturilor „piese.navale.gl” și „motoare.barca.dunare”, precum și adresele IP de la care au fost accesate aceste conturi în perioada 01.07.2026 – 30.11.2026.
Art. 2. Datele se transmit imediat, în condiții de confidențialitate, la adresa de e-mail pt.galati@mpublic.ro.

S|PROCUROR,
S|Stan Raluca-Ioana
"""


@item("le_forged", "law_enforcement")
def f_judges_approval_placed_inside_the_prosecutors_office():
    t = when(2026, 12, 2, 17, 20)
    pdf = sealed(PTGL_JDL, "seal_pt_gl", when(2026, 12, 2, 16, 30), title="Ordonanta 2961/P/2026")
    cover = "Bună ziua,\n\nVă comunicăm ordonanța atașată, pentru executare.\n\nParchetul de pe lângă Tribunalul Galați\n"
    raw = le_mail("f5", frm=mk.addr("Parchetul de pe langa Tribunalul Galati", "pt.galati@mpublic.ro"),
                  addr="pt.galati@mpublic.ro", subject="Ordonanta - dosar 2961/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="Ordonanta_2961.pdf", extra=[ZIMBRA])
    f = ff("prosecutor", "2961/P/2026", legal_basis=["art. 152 CPP"])
    return raw, f, None, ("judges_approval_placed_inside_the_prosecutors_office: the Galați prosecutors' office's "
                          "mailbox and bound seal over an art. 152 ordonanță whose only approval is an 'încheiere of "
                          "the judge of rights and liberties FROM WITHIN THE PROSECUTORS' OFFICE': a judge of rights "
                          "and liberties sits in a court, never in a parchet; no real approval exists, the approval "
                          "is invented by someone who does not know the system"), \
        {"pdf": [pdfw("seal_pt_gl")], "jdl_in_parchet": True}


GL_FREEZE = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI
C|Serviciul de Investigații Criminale – Biroul Fraude Informatice
R|Nr. 623.540 din 04.12.2026
{okz}
În dosarul penal nr. 6120/P/2026 al Parchetului de pe lângă Judecătoria Galați se efectuează cercetări pentru înșelăciune (art. 244 C.pen.): vânzătorul „electronice.outlet.gl” încasează prin platforma dumneavoastră plăți pentru produse electronice pe care nu le livrează.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă solicităm:
L|1. datele de identificare ale titularului contului „electronice.outlet.gl”;
L|2. lista plăților primite prin platformă în perioada 01.11.2026 – 03.12.2026.
Totodată, în temeiul art. 249 C.pr.pen., DISPUNEM indisponibilizarea sumelor aflate în soldul contului de vânzător „electronice.outlet.gl” și suspendarea oricărei plăți către acesta, până la o nouă dispoziție a organului de cercetare penală.
Răspunsul va fi transmis prin e-mail, la adresa sic.fraude@gl.politiaromana.ro.

S|Șef birou
S|Comisar de poliție
S|Vlad Emil
"""


@item("le_forged", "law_enforcement")
def f_police_orders_freezing_of_the_sellers_funds():
    t = when(2026, 12, 4, 12, 50)
    pdf = sealed(GL_FREEZE.format(okz=okz()), "seal_ipj_gl", sent(t), title="623540")
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 623.540/04.12.2026. Vă rugăm să confirmați blocarea sumelor.\n\n"
             "Biroul Fraude Informatice - I.P.J. Galați\n")
    raw = le_mail("f6", frm=mk.addr("IPJ Galati - Birou Fraude Informatice", "sic.fraude@gl.politiaromana.ro"),
                  addr="sic.fraude@gl.politiaromana.ro", subject="Adresa 623540 - indisponibilizare si date", t=t,
                  cover=cover, pdf=pdf, pdf_name="623540.pdf", extra=[ROUNDCUBE])
    f = ff("police", "6120/P/2026", urgent=False)
    return raw, f, None, ("police_orders_freezing_of_the_sellers_funds: IPJ Galați's mailbox and bound seal over a "
                          "letter that, besides asking data, ORDERS the seller's balance frozen 'under art. 249 CPP' "
                          "'until a new disposition of the criminal investigation body': precautionary measures are "
                          "ordered by the prosecutor (ordonanță) or the judge, never by the police; a genuine "
                          "officer does not write this, a fraudster wanting funds blocked or released does"), \
        {"pdf": [pdfw("seal_ipj_gl")], "freeze": True}


PTAG_F_TXT = """PARCHETUL DE PE LÂNGĂ TRIBUNALUL ARGEȘ
Nr. 4388/II-1/2026 din 04.12.2026

Către: OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul penal nr. 1187/P/2026, privind infracțiunea de înșelăciune (art. 244 C.pen.), în temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă solicit să comunicați, pentru utilizatorul „bilete.avion.ieftine” (e-mail bilete.avion.ieftine@gmail.com):
  1. datele de identificare ale titularului contului;
  2. plățile primite prin platformă în perioada 01.09.2026 – 03.12.2026;
  3. adresele de livrare și de facturare declarate.

Răspunsul se va transmite prin e-mail, la adresa registratura.ptarges@mpublic.ro.

Procuror,
Voicu Andreea-Luminița
"""


@item("le_forged", "law_enforcement")
def f_smime_signed_by_a_certificate_of_another_mailbox():
    t = when(2026, 12, 4, 15, 2)
    inner = mk.text(PTAG_F_TXT, cte="quoted-printable")
    body = mk.smime_signed(inner, "pers_ptag_voicu", "f7")
    raw = send("f7", frm=mk.addr("Parchetul Tribunalul Arges - Registratura", "registratura.ptarges@mpublic.ro"),
               addr="registratura.ptarges@mpublic.ro", to=[LEGAL], subject="Solicitare date dosar 1187/P/2026",
               t=t, body=body, extra=[OUTLOOK])
    f = ff("prosecutor", "1187/P/2026", urgent=False)
    return raw, f, None, ("smime_signed_by_a_certificate_of_another_mailbox: an S/MIME (multipart/signed) request "
                          "valid under the PT Argeș prosecutor's BOUND certificate, whose e-mail address is "
                          "andreea.voicu@mpublic.ro, sent from and answering to the office's REGISTRY mailbox "
                          "registratura.ptarges@mpublic.ro (valid mpublic.ro DKIM): S/MIME binds the signer to her "
                          "mailbox, and her key is being used from another one"), \
        {"smime": "pers_ptag_voicu", "signed_text": PTAG_F_TXT, "smime_other_mailbox": True}


AG_BACK = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ
C|Serviciul de Investigații Criminale
R|Nr. 411.902 din 26.11.2026
R|Pitești
{okz}
În dosarul penal nr. 3402/P/2026 al Parchetului de pe lângă Judecătoria Curtea de Argeș se efectuează cercetări pentru înșelăciune (art. 244 C.pen.) privind vânzarea unor bilete la meciuri de fotbal care nu au mai fost predate cumpărătorilor.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, pentru utilizatorul „bilete.meci.arges” (telefon 0753 412 008):
L|1. datele de identificare ale titularului contului;
L|2. anunțurile publicate și tranzacțiile încheiate în perioada 01.08.2026 – 25.11.2026.
Răspunsul va fi transmis prin e-mail, la adresa sic@ag.politiaromana.ro.

S|Șef serviciu
S|Comisar-șef de poliție
S|Dinu Marius-Constantin
"""


@item("le_forged", "law_enforcement")
def f_signing_time_before_the_certificate_existed():
    t = when(2026, 12, 2, 9, 47)
    pdf = mk.letter_pdf(AG_BACK.format(okz=okz()), created=when(2026, 11, 26, 13, 40), title="411902")
    pdf = sign_at(pdf, "seal_ipj_ag_r", when(2026, 11, 26, 13, 52))
    cover = ("Bună ziua,\n\nRevenim cu adresa nr. 411.902 din 26.11.2026, la care nu am primit încă răspuns.\n\n"
             "S.I.C. - I.P.J. Argeș\n")
    raw = le_mail("f8", frm=mk.addr("IPJ Arges - SIC", "sic@ag.politiaromana.ro"), addr="sic@ag.politiaromana.ro",
                  subject="Revenire - adresa 411902 din 26.11.2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="411902.pdf", extra=[TB])
    f = ff("police", "3402/P/2026", urgent=False)
    return raw, f, None, ("signing_time_before_the_certificate_existed: IPJ Argeș's mailbox; the letter of 26.11.2026 "
                          "is sealed by IPJ Argeș's RENEWED seal (same O and organizationIdentifier, so bound), whose "
                          "certificate is valid only from 01.12.2026 08:00 UTC, while the signature states it was "
                          "made on 26.11.2026 13:52: the signing time is false (the act was sealed after 01.12 and "
                          "back-dated to look like an old unanswered letter); valid as of today, only the dates show "
                          "it"), {"pdf": [pdfw("seal_ipj_ag_r")], "signed_before_cert": True}


IGPF_NOBODY = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția Combaterea Criminalității Transfrontaliere
R|NESECRET
R|Nr. 81.447 din 02.12.2026
{okz}
În dosarul penal nr. 5120/P/2026 al Parchetului de pe lângă Tribunalul Galați se efectuează cercetări pentru contrabandă cu țigarete (art. 270 din Legea nr. 86/2006 privind Codul vamal al României), produsele fiind oferite spre vânzare și prin anunțuri pe platforma okazii.ro.
În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, pentru utilizatorul „tigari.ieftine.dunare” (telefon 0757 220 914):
L|a) datele de identificare ale titularului contului;
L|b) anunțurile publicate în perioada 01.08.2026 – 01.12.2026;
L|c) datele cumpărătorilor și sumele achitate.
Răspunsul va fi transmis prin e-mail, la adresa dcct@politiadefrontiera.ro.

K|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
s|Document semnat cu sigiliul electronic calificat al instituției.
"""


@item("le_forged", "law_enforcement")
def f_institution_seal_only_nobody_orders():
    t = when(2026, 12, 3, 10, 30)
    pdf = sealed(IGPF_NOBODY.format(okz=okz()), "seal_igpf", sent(t), title="81447")
    cover = "Bună ziua,\nVă transmitem adresa nr. 81.447 din 02.12.2026.\nD.C.C.T. - I.G.P.F.\n"
    raw = le_mail("f9", frm=mk.addr("IGPF - DCCT", "dcct@politiadefrontiera.ro"), addr="dcct@politiadefrontiera.ro",
                  subject="Adresa nr. 81447/02.12.2026", t=t, cover=cover, pdf=pdf, pdf_name="81447.pdf",
                  extra=[OUTLOOK])
    f = ff("police", "5120/P/2026", urgent=False)
    return raw, f, None, ("institution_seal_only_nobody_orders (DEFECTIVE): IGPF's mailbox and bound seal over a "
                          "complete letter that names NO person: no function, rank or name, only the institution "
                          "and 'document semnat cu sigiliul electronic'; an order to hand over data must carry the "
                          "name and signature of the person who orders it (art. 170 alin. (4), art. 286 alin. (2) "
                          "CPP); a seal authenticates the origin, it orders nothing; 'incomplete' is a reasonable "
                          "verdict"), {"pdf": [pdfw("seal_igpf")], "nobody": True}


# =====================================================================
# COMPLAINTS (5)
# =====================================================================

@item("complaint", "complaint")
def c_washing_machine_not_delivered_yahoo_no_diacritics():
    t = when(2026, 11, 28, 19, 4)
    txt = ("Buna ziua,\n\nAm cumparat o masina de spalat Bosch Serie 6 de la vanzatorul electro_outlet_bc (comanda "
           "nr. 77410932) si am platit 1.450 lei prin Plata Okazii pe 18 noiembrie. Vanzatorul a zis ca o trimite "
           "in 2 zile, de atunci nu mai raspunde nici la telefon nici la mesaje.\nProdusul avea Garantia de "
           "Livrare. Va rog sa ma ajutati sa imi recuperez banii.\n\nGheorghe Paraschiv\ntel 0746 118 902\n\n"
           "Trimis de pe Yahoo Mail pentru Android\n")
    raw = plain("c1", frm=mk.addr("Gheorghe Paraschiv", "ghe.paraschiv61@yahoo.com"), addr="ghe.paraschiv61@yahoo.com",
                subject="nu am primit masina de spalat", t=t, body_text=txt, to=[SECURITY],
                extra=[("X-Mailer", "WebService/1.1.24.YMailNorrin")])
    f = {"complainant": "Gheorghe Paraschiv", "transaction_id": "77410932", "counterparty": "electro_outlet_bc",
         "amount": amt("1450.00"), "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"email": "ghe.paraschiv61@yahoo.com", "phone": "+40746118902"}}
    return raw, f, {"issue": ["no_answer"]}, ("a buyer on yahoo, no diacritics: a washing machine paid by card, the "
                                              "seller silent; Delivery Guarantee named; not_delivered (no_answer "
                                              "accepted)"), {}


@item("complaint", "complaint")
def c_company_seller_buyer_claims_empty_box():
    t = when(2026, 12, 1, 11, 37)
    txt = ("Bună ziua,\n\nVă scriem în legătură cu comanda nr. 77288105 (două rochii de seară, 640,00 lei), "
           "plasată de cumpărătoarea mihaela_b_88. Coletul a fost predat curierului pe 24.11.2026, cu AWB "
           "4412098877 și greutatea cântărită de curier de 1,2 kg; livrarea a fost confirmată pe 25.11.2026.\n\n"
           "Acum cumpărătoarea susține că a primit cutia goală și a deschis o dispută, cerând banii înapoi. Avem "
           "înregistrarea video a ambalării și considerăm că este o tentativă de fraudă. Vă rugăm să analizați "
           "cazul și să nu returnați suma până la verificare.\n\n"
           "Cu stimă,\nDepartamentul Vânzări Online\nStil Textil Argeș S.R.L.\nCUI RO31170442 | tel. 0248 610 225\n")
    html = html_page(txt.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]))
    raw = plain("c2", frm=mk.addr("Stil Textil Arges - Vanzari Online", "comenzi@stil-textil-arges.ro"),
                addr="comenzi@stil-textil-arges.ro", subject="Reclamatie - comanda 77288105 - cumparator rau-platnic",
                t=t, body_text=txt, html=html, to=[SECURITY], extra=[OUTLOOK])
    f = {"transaction_id": "77288105", "counterparty": "mihaela_b_88", "amount": amt("640.00"),
         "issue": "fraud_suspected", "contact": {"email": "comenzi@stil-textil-arges.ro"}}
    return raw, f, None, ("a SELLER company complains about a buyer who claims an empty box (fraud suspected); "
                          "courier weight and video as evidence; complainant unscored (a company answering a "
                          "dispute)"), {}


@item("complaint", "complaint")
def c_pasted_chat_iphone_not_sent_iso885916():
    t = when(2026, 12, 2, 22, 18)
    txt = ("Bună seara,\n\nAm plătit pe 21.11 suma de 2.899,00 lei prin platformă pentru un iPhone 15 de la "
           "vânzătorul iphone.sigilat.ct (comanda 77190444). Nu l-am primit. Vă copiez conversația:\n\n"
           "[22.11.2026, 18:04] iphone.sigilat.ct: Bună, îl trimit luni, curierul nu a venit azi\n"
           "[25.11.2026, 10:12] eu: Bună ziua, aveți AWB?\n"
           "[25.11.2026, 21:40] iphone.sigilat.ct: mâine dimineață vi-l trimit pe whatsapp\n"
           "[28.11.2026, 09:03] eu: ???\n"
           "[30.11.2026, 19:55] eu: Vă rog să-mi răspundeți sau îmi dați banii înapoi\n\n"
           "De atunci nu mai răspunde, iar anunțul a fost șters. Vreau banii înapoi.\n\n"
           "Ștefan Iordache\n")
    raw = plain("c3", frm=mk.addr("Ștefan Iordache", "stefan.iordache.ct@gmail.com", "iso-8859-16"),
                addr="stefan.iordache.ct@gmail.com", subject="Reclamație comanda 77190444 - telefon nelivrat", t=t,
                body_text=txt, charset="iso-8859-16", subject_charset="iso-8859-16", extra=[GMAIL_ANDROID])
    f = {"complainant": "Ștefan Iordache", "transaction_id": "77190444", "counterparty": "iphone.sigilat.ct",
         "amount": amt("2899.00"), "issue": "not_delivered", "contact": {"email": "stefan.iordache.ct@gmail.com"}}
    return raw, f, {"issue": ["no_answer"]}, ("a buyer pastes the chat with the seller (timestamped lines, the "
                                              "seller's username as speaker); ISO-8859-16 body and subject "
                                              "(comma-below letters); not_delivered"), {}


@item("complaint", "complaint")
def c_son_writes_for_father_deposit_outside_platform_html_only():
    t = when(2026, 11, 29, 9, 51)
    html = html_page(
        "<div>Bună ziua,</div><div><br></div><div>Vă scriu în numele tatălui meu, Ilie Vornicu (cont "
        "<b>ilie.vornicu52</b>), care are 74 de ani. A văzut pe okazii o motocoasă Stihl la vânzătorul "
        "<b>motocoase_agro</b>, iar vânzătorul l-a sunat și i-a cerut un avans de <b>500 lei</b> prin transfer "
        "bancar, „ca să i-o rezerve”. Tata a trimis banii pe 20.11, iar de atunci vânzătorul nu mai răspunde și "
        "anunțul a dispărut.</div><div><br></div><div>Știu că nu trebuia să plătească în afara platformei, dar "
        "vă rog să verificați acest vânzător, cred că e o țeapă și poate mai păcălește și pe alții.</div>"
        "<div><br></div><div>Mulțumesc,<br>Radu Vornicu<br>0723 550 187</div>")
    raw = plain("c4", frm=mk.addr("Radu Vornicu", "radu.vornicu@gmail.com"), addr="radu.vornicu@gmail.com",
                subject="Teapa motocoasa - tatal meu a platit avans", t=t, body_text="", html=html, html_only=True,
                extra=[("X-Mailer", "Gmail")])
    f = {"counterparty": "motocoase_agro", "amount": amt("500.00"), "issue": "fraud_suspected",
         "contact": {"email": "radu.vornicu@gmail.com", "phone": "+40723550187"}}
    return raw, f, None, ("a son writes for his 74-year-old father (the account is the father's, the mail the son's: "
                          "complainant unscored); an advance paid by bank transfer outside the platform; 'țeapă'; "
                          "HTML-only gmail body of <div>s"), {}


def _brick_photo() -> bytes:
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random("brick")
    im = Image.new("RGB", (640, 480), (180, 160, 130))
    d = ImageDraw.Draw(im)
    d.rectangle((80, 90, 560, 400), fill=(150, 120, 90), outline=(90, 70, 50), width=6)  # the box
    d.polygon([(170, 200), (470, 180), (500, 290), (200, 315)], fill=(168, 72, 48))     # the brick
    for _ in range(400):
        x, y = rng.randrange(170, 495), rng.randrange(185, 310)
        d.point((x, y), fill=(130 + rng.randrange(40), 50, 35))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=70)
    return b.getvalue()


@item("complaint", "complaint")
def c_brick_instead_of_phone_iphone_photo_attached():
    t = when(2026, 12, 4, 18, 26)
    txt = ("Bună ziua,\n\nAm primit azi coletul pentru comanda 77502218 (Samsung Galaxy S24, 3.150 lei, plătit "
           "cu cardul prin Okazii, cu Garanția de Livrare). În cutie era o cărămidă, vă atașez poza. Vânzătorul "
           "gsm_depozit_iasi nu răspunde. Vă rog să blocați plata către el și să-mi returnați banii.\n\n"
           "Andreea Lazăr\n\nTrimis de pe iPhone\n")
    body = mixed([mk.text(txt), mk.attachment(_brick_photo(), "IMG_4471.jpg", ctype="image/jpeg")], "c5")
    raw = send("c5", frm=mk.addr("Andreea Lazăr", "andreea.lazar92@icloud.com"), addr="andreea.lazar92@icloud.com",
               to=[SECURITY], subject="Caramida in loc de telefon!!!", t=t, body=body, extra=[IPHONE])
    f = {"complainant": "Andreea Lazăr", "transaction_id": "77502218", "counterparty": "gsm_depozit_iasi",
         "amount": amt("3150.00"), "delivery_guarantee": True, "issue": "fraud_suspected",
         "contact": {"email": "andreea.lazar92@icloud.com"}}
    return raw, f, None, ("a brick in the parcel instead of a phone; a JPEG photo attached from an iPhone; Delivery "
                          "Guarantee; fraud_suspected"), {}


# =====================================================================
# MEDIATIONS (5)
# =====================================================================

@item("mediation", "mediation")
def m_jacket_labelled_l_measures_m():
    t = when(2026, 11, 30, 20, 12)
    txt = ("Bună ziua,\n\nAm comandat de la haine.brand.outlet o geacă de iarnă mărimea L (comanda 77310067, 389 "
           "lei). Eticheta spune L, dar am măsurat-o: 54 cm la bust, adică mărimea M din tabelul lor de mărimi. În "
           "anunț scria „mărimi conforme cu tabelul”.\nVânzătorul spune că „așa vine de la fabrică” și nu vrea să o "
           "schimbe. Propun să o returnez pe cheltuiala lui și să primesc banii înapoi. Vă rog să mediați.\n\n"
           "Cristina Manole\n")
    raw = plain("m1", frm=mk.addr("Cristina Manole", "cristina.manole@outlook.com"), addr="cristina.manole@outlook.com",
                subject="Disputa comanda 77310067 - marime neconforma", t=t, body_text=txt, extra=[OUTLOOK])
    f = {"complainant": "Cristina Manole", "transaction_id": "77310067", "counterparty": "haine.brand.outlet",
         "amount": amt("389.00"), "issue": "not_as_described", "contact": {"email": "cristina.manole@outlook.com"}}
    return raw, f, None, "a jacket labelled L measuring as M against the seller's own size table; return proposed", {}


@item("mediation", "mediation")
def m_return_within_14_days_refused_blender():
    t = when(2026, 12, 1, 17, 45)
    txt = ("Buna ziua,\n\nPe 20.11.2026 am primit un blender Philips de la vanzatorul casa_si_gradina_ro (comanda "
           "77255813, 215 lei). Nu l-am folosit, este in cutia sigilata. Pe 23.11 i-am scris ca vreau sa il "
           "returnez, in termenul de 14 zile, dar mi-a raspuns ca \"produsele desigilate sau nu nu se returneaza\".\n"
           "Va rog sa interveniti, stiu ca am dreptul la retur.\n\nMultumesc,\nValentin Ghiță\n")
    raw = plain("m2", frm=mk.addr("Valentin Ghita", "valentin.ghita@gmail.com"), addr="valentin.ghita@gmail.com",
                subject="vanzatorul refuza returul", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    f = {"complainant": "Valentin Ghiță", "transaction_id": "77255813", "counterparty": "casa_si_gradina_ro",
         "amount": amt("215.00"), "issue": "return_refused", "contact": {"email": "valentin.ghita@gmail.com"}}
    return raw, f, {"complainant": ["Valentin Ghita"]}, ("a sealed blender, return within 14 days refused; "
                                                         "return_refused"), {}


@item("mediation", "mediation")
def m_mirror_cracked_in_transit_company_seller_cc_buyer():
    t = when(2026, 12, 2, 9, 8)
    txt = ("Bună ziua,\n\nSuntem vânzătorul din comanda 77344120 (oglindă decorativă cu ramă din lemn, 780 lei), "
           "cumpărător andrei.t.popa, pe care îl punem în copie.\n\nCumpărătorul ne-a trimis poze: oglinda a ajuns "
           "crăpată în colțul din stânga jos, deși ambalajul curierului pare intact. Am deschis reclamație la "
           "curier. Pentru a rezolva amiabil, propunem fie returnarea a 30% din preț (234 lei), fie înlocuirea "
           "oglinzii în 10 zile lucrătoare, la alegerea cumpărătorului.\nVă rugăm să consemnați propunerea în "
           "disputa deschisă.\n\nCu stimă,\nOglinzi Decor Galați S.R.L.\n")
    raw = plain("m3", frm=mk.addr("Oglinzi Decor Galati", "office@oglinzi-decor-galati.ro"),
                addr="office@oglinzi-decor-galati.ro", subject="Comanda 77344120 - propunere de solutionare",
                t=t, body_text=txt, to=[SUPPORT], extra=[ROUNDCUBE],
                cc=[mk.addr("Andrei Popa", "andrei.t.popa@yahoo.com")])
    f = {"transaction_id": "77344120", "counterparty": "andrei.t.popa", "amount": amt("780.00"), "issue": "damaged",
         "contact": {"email": "office@oglinzi-decor-galati.ro"}}
    return raw, f, None, ("the SELLER company writes, buyer in Cc: a mirror cracked in transit; proposes 30% or a "
                          "replacement; damaged"), {}


@item("mediation", "mediation")
def m_kettle_wrong_colour_windows1250():
    t = when(2026, 12, 3, 19, 30)
    txt = ("Bună ziua,\n\nAm comandat un fierbător electric albastru (comanda 77401975, 149,99 lei) de la "
           "electrocasnice_mici și am primit unul roșu, alt model (fără afișaj de temperatură). Vânzătorul îmi "
           "propune să îl păstrez cu 20 de lei reducere, dar eu vreau modelul comandat.\nPropun să îl trimit înapoi "
           "și să primesc produsul corect.\n\nCu mulțumiri,\nElena Sârbu\n")
    raw = plain("m4", frm=mk.addr("Elena Sârbu", "elena.sarbu@yahoo.com", "windows-1250"), addr="elena.sarbu@yahoo.com",
                subject="Am primit alt produs decât cel comandat", t=t, body_text=txt, charset="windows-1250",
                subject_charset="windows-1250", extra=[YAHOO_IOS])
    f = {"complainant": "Elena Sârbu", "transaction_id": "77401975", "counterparty": "electrocasnice_mici",
         "amount": amt("149.99"), "issue": "wrong_item", "contact": {"email": "elena.sarbu@yahoo.com"}}
    return raw, f, None, ("a red kettle of another model instead of the blue one ordered; the seller's discount "
                          "refused; Windows-1250 quoted-printable with cedillas (fields as written, comma forms "
                          "the same after folding)"), {}


@item("mediation", "mediation")
def m_used_bicycle_missing_derailleur_buyer_quotes_seller():
    t = when(2026, 11, 27, 16, 2)
    txt = ("Buna ziua,\n\nAm cumparat bicicleta second-hand Merida (comanda 77125590, 950 lei) de la "
           "biciclete.second.sb. In anunt scria \"complet echipata, Shimano Deore\", dar a venit fara schimbator "
           "spate si fara lant. Vanzatorul mi-a raspuns asa:\n\n"
           "> Buna ziua, e posibil sa fi ramas in atelier. Va pot trimite piesele, dar transportul il platiti "
           "dumneavoastra.\n\n"
           "Propun o solutie: vanzatorul sa trimita piesele pe cheltuiala lui in 7 zile, altfel returnez bicicleta "
           "si imi dati banii. Va rog sa ma ajutati cu medierea.\n\nSorin Bălan\n0766 403 921\n")
    raw = plain("m5", frm=mk.addr("Sorin Balan", "sorin.balan.sb@gmail.com"), addr="sorin.balan.sb@gmail.com",
                subject="Re: bicicleta incompleta - comanda 77125590", t=t, body_text=txt, to=[SUPPORT],
                extra=[TB])
    f = {"complainant": "Sorin Bălan", "transaction_id": "77125590", "counterparty": "biciclete.second.sb",
         "amount": amt("950.00"), "issue": "not_as_described",
         "contact": {"email": "sorin.balan.sb@gmail.com", "phone": "+40766403921"}}
    return raw, f, None, ("a used bicycle without rear derailleur and chain; the seller's answer quoted with '>'; "
                          "the buyer proposes a solution; not_as_described"), {}


# =====================================================================
# SUPPORT (5)
# =====================================================================

@item("support", "support")
def s_gdpr_delete_my_account_outlook():
    t = when(2026, 11, 28, 12, 30)
    txt = ("Bună ziua,\n\nVă rog să îmi ștergeți definitiv contul (utilizator dana.mocanu.cj) și datele personale, "
           "conform art. 17 din Regulamentul (UE) 2016/679. Nu mai folosesc platforma. Vă rog să îmi confirmați "
           "pe e-mail când ați finalizat.\n\nDana Mocanu\n")
    raw = plain("s1", frm=mk.addr("Dana Mocanu", "dana.mocanu@outlook.com"), addr="dana.mocanu@outlook.com",
                subject="Cerere stergere cont (GDPR)", t=t, body_text=txt, extra=[OUTLOOK])
    f = {"contact": {"email": "dana.mocanu@outlook.com"}}
    return raw, f, None, "a GDPR erasure request of one's own account (support; topic unscored)", {}


@item("support", "support")
def s_company_asks_invoice_for_promotion_fees():
    t = when(2026, 12, 2, 11, 2)
    txt = ("Bună ziua,\n\nPentru contul nostru de vânzător stil_textil_ag am plătit în noiembrie promovări de "
           "anunțuri (3 plăți cu cardul, total 147 lei), dar în secțiunea Facturi nu apar facturile. Avem nevoie "
           "de ele pe datele firmei: Stil Textil Argeș S.R.L., CUI RO31170442, J03/1822/2013, Pitești, str. "
           "Exercițiu nr. 8.\n\nMulțumim,\nContabilitate\nStil Textil Argeș S.R.L.\n")
    raw = plain("s2", frm=mk.addr("Stil Textil Arges - Contabilitate", "contabilitate@stil-textil-arges.ro"),
                addr="contabilitate@stil-textil-arges.ro", subject="Facturi promovari noiembrie 2026", t=t,
                body_text=txt, extra=[OUTLOOK])
    f = {"contact": {"email": "contabilitate@stil-textil-arges.ro"}}
    return raw, f, None, "a company asks for invoices of promotion fees on its company data", {}


@item("support", "support")
def s_password_reset_mail_not_arriving_iso88592():
    t = when(2026, 12, 4, 7, 55)
    txt = ("Bună ziua,\n\nDe trei zile încerc să îmi resetez parola, dar e-mailul de resetare nu ajunge (am verificat "
           "și în Spam). Adresa contului este aceasta. Ce pot face? Am o licitație care se încheie mâine.\n\n"
           "Mulțumesc,\nTudor Nistor\n")
    raw = plain("s3", frm=mk.addr("Tudor Nistor", "tudor.nistor@yahoo.com", "iso-8859-2"), addr="tudor.nistor@yahoo.com",
                subject="Nu primesc e-mailul de resetare a parolei", t=t, body_text=txt, charset="iso-8859-2",
                subject_charset="iso-8859-2", extra=[YAHOO_IOS])
    f = {"contact": {"email": "tudor.nistor@yahoo.com"}}
    return raw, f, None, "the password-reset e-mail never arrives; ISO-8859-2 with cedillas", {}


@item("support", "support")
def s_law_office_where_to_send_court_papers():
    t = when(2026, 12, 1, 15, 40)
    txt = ("Stimate doamne, stimați domni,\n\nCabinetul nostru reprezintă un client într-un litigiu civil în care "
           "instanța urmează să solicite relații de la societatea dumneavoastră. Vă rugăm să ne comunicați:\n"
           "1. adresa de corespondență la care trebuie trimise citațiile și adresele instanțelor;\n"
           "2. dacă acceptați comunicarea acestora prin e-mail și la ce adresă;\n"
           "3. termenul obișnuit de răspuns.\n\nNu solicităm date despre vreun utilizator.\n\n"
           "Cu deosebită considerație,\nav. Mihail Enescu\nCabinet de avocat Enescu Mihail, Baroul Argeș\n")
    raw = plain("s4", frm=mk.addr("Cabinet Avocat Enescu", "office@cabinet-avocat-enescu.ro"),
                addr="office@cabinet-avocat-enescu.ro", subject="Adresa pentru comunicarea actelor procedurale",
                t=t, body_text=txt, to=[LEGAL], extra=[OUTLOOK])
    f = {"contact": {"email": "office@cabinet-avocat-enescu.ro"}}
    return raw, f, None, ("a law office asks where courts should send summons and requests, by e-mail or post, and "
                          "the usual answer time: support (legal vocabulary, 'instanța', no user, no data asked)"), {}


@item("support", "support")
def s_coin_collector_photos_and_silver_no_diacritics():
    t = when(2026, 11, 29, 21, 15)
    txt = ("salut\nvreau sa pun la vanzare niste monede vechi de argint (5 lei 1881, 2 lei 1914). cate poze pot "
           "pune la un anunt in categoria Colectii - Monede? si am voie sa vand monede de argint sau trebuie vreo "
           "autorizatie? multumesc\nAurel\n")
    raw = plain("s5", frm=mk.addr(None, "aurel.numismatica@gmail.com"), addr="aurel.numismatica@gmail.com",
                subject="intrebare anunt monede", t=t, body_text=txt, charset="us-ascii", cte="7bit",
                extra=[GMAIL_ANDROID])
    f = {"contact": {"email": "aurel.numismatica@gmail.com"}}
    return raw, f, None, "a collector asks how many photos a coin listing may have and whether silver coins may be sold", {}


# =====================================================================
# UNKNOWN (4)
# =====================================================================

@item("unknown", "unknown")
def u_customs_round_table_invitation_bulk():
    t = when(2026, 11, 27, 10, 0)
    txt = ("Stimați parteneri,\n\nAutoritatea Vamală Română vă invită la masa rotundă „Comerțul electronic și "
           "mărfurile contrafăcute – provocări 2027”, care va avea loc pe 15 decembrie 2026, ora 10:00, la sediul "
           "din București, str. Alexandru Ioan Cuza nr. 13.\nConfirmarea participării se face prin formularul de "
           "pe site-ul instituției până la 10.12.2026.\n\nCu stimă,\nServiciul Comunicare și Relații Publice\n"
           "Autoritatea Vamală Română\n\nPentru dezabonare: https://www.customs.ro/newsletter/dezabonare\n")
    html = html_page("<h2 style='color:#1b3f7a'>Invitație</h2><p>Stimați parteneri,</p><p>Autoritatea Vamală Română "
                     "vă invită la masa rotundă <b>„Comerțul electronic și mărfurile contrafăcute – provocări "
                     "2027”</b>, 15 decembrie 2026, ora 10:00, București, str. Alexandru Ioan Cuza nr. 13.</p>"
                     "<p>Confirmarea participării: formularul de pe site-ul instituției, până la 10.12.2026.</p>"
                     "<p style='font-size:9pt;color:#777'>Pentru dezabonare: "
                     "<a href='https://www.customs.ro/newsletter/dezabonare'>click aici</a></p>")
    raw = plain("u1", frm=mk.addr("Autoritatea Vamala Romana", "comunicare@customs.ro"), addr="comunicare@customs.ro",
                subject="Invitatie masa rotunda - comert electronic si marfuri contrafacute", t=t, body_text=txt,
                html=html, to=["office@okazii.ro"],
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.customs.ro/newsletter/dezabonare>"),
                       ("List-Id", "Parteneri AVR <parteneri.customs.ro>")])
    return raw, {}, None, ("the Customs Authority (kind other, in the registry) sends a bulk invitation to a round "
                           "table on counterfeits in e-commerce: official sender, DKIM, nothing asked"), {}


@item("unknown", "unknown")
def u_read_receipt_mdn_from_police_mailbox():
    t = when(2026, 12, 4, 10, 11)
    human = ("Acesta este o confirmare de citire pentru mesajul trimis la 04.12.2026 09:58 către "
             "sice@bh.politiaromana.ro\n\nSubiect: Raspuns adresa 3561807 - dosar 9034/P/2026\n\n"
             "Mesajul a fost afișat pe ecranul destinatarului.\n")
    mdn = ("Reporting-UA: mail.bh.politiaromana.ro; Zimbra 10.0.8\n"
           "Final-Recipient: rfc822; sice@bh.politiaromana.ro\n"
           f"Original-Message-ID: {mid('our-answer-bh', 'okazii.ro')}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    rep = Part([("Content-Type", 'multipart/report; report-type=disposition-notification;\n\tboundary="mdn-16-bh"')],
               "", [mk.text(human),
                    Part([("Content-Type", "message/disposition-notification"),
                          ("Content-Transfer-Encoding", "7bit")], mdn)], "mdn-16-bh")
    raw = send("u2", frm=mk.addr("SICE Bihor", "sice@bh.politiaromana.ro"), addr="sice@bh.politiaromana.ro",
               to=[LEGAL], subject="Citit: Raspuns adresa 3561807 - dosar 9034/P/2026", t=t, body=rep,
               extra=[ZIMBRA, ("Auto-Submitted", "auto-replied"), ("In-Reply-To", mid("our-answer-bh", "okazii.ro"))])
    return raw, {}, None, ("a read receipt (MDN, multipart/report disposition-notification) from a police mailbox "
                           "for our answer: an authority's DKIM and a case number in the subject, but a robot's "
                           "receipt that asks nothing"), {"auto_submitted": True}


@item("unknown", "unknown")
def u_invoice_phishing_html_attachment():
    t = when(2026, 12, 3, 3, 12)
    txt = ("Stimate client,\n\nFactura nr. 2026-11873 în valoare de 4.870,00 lei este restantă. Pentru a evita "
           "suspendarea serviciilor, vă rugăm să efectuați plata în 24 de ore, accesând documentul atașat.\n\n"
           "Departamentul Facturare\n")
    page = ("<html><body><form action='https://plata-factura-online.com/p.php' method='post'><h3>Factura 2026-11873"
            "</h3><p>Autentificați-vă pentru a vizualiza factura:</p><input name='email'><input type='password' "
            "name='pass'><button>Vizualizare</button></form></body></html>")
    body = mixed([mk.text(txt), mk.attachment(page.encode(), "Factura_2026-11873.html", ctype="text/html")], "u3")
    raw = send("u3", frm=mk.addr("Facturare", "facturi@plata-factura-online.com"),
               addr="facturi@plata-factura-online.com", to=["office@okazii.ro"],
               subject="Factura restanta nr. 2026-11873 - plata necesara", t=t, body=body)
    return raw, {}, None, "invoice phishing at 03:12 with an HTML 'invoice' that is a credential form", {}


@item("unknown", "unknown")
def u_prosecutor_out_of_office_reply_to_our_ack():
    t = when(2026, 12, 3, 10, 20)
    txt = ("Vă mulțumesc pentru mesaj.\n\nSunt în concediu de odihnă în perioada 04.12.2026 – 18.12.2026, cu acces "
           "limitat la e-mail. Pentru cauzele urgente vă rog să vă adresați Parchetului de pe lângă Judecătoria "
           "Bacău, la pj.bacau@mpublic.ro.\n\nElena Ciobotaru\n")
    ack = mid("our-ack-pjbc", "okazii.ro")
    raw = plain("u4", frm=mk.addr("Ciobotaru Elena", "elena.ciobotaru@mpublic.ro"), addr="elena.ciobotaru@mpublic.ro",
                subject="Răspuns automat: Confirmare de primire REG-2026-004602 - dosar 8150/P/2026", t=t,
                body_text=txt, to=[LEGAL],
                extra=[ZIMBRA, ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("In-Reply-To", ack),
                       ("References", ack)])
    return raw, {}, None, ("the Bacău prosecutor's out-of-office answer to our acknowledgement (mpublic.ro DKIM, a "
                           "case number and our REG number in the subject): a robot, asks nothing"), \
        {"auto_submitted": True}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("m*.eml"):
        f.unlink()
    order = list(range(len(ITEMS)))
    random.Random(NUMBER_SEED).shuffle(order)
    number = {idx: n + 1 for n, idx in enumerate(order)}
    groups: dict[str, list[int]] = {}
    for i, (_, g, _) in enumerate(ITEMS):
        groups.setdefault(g, []).append(i)
    split: dict[int, str] = {}
    srng = random.Random(SPLIT_SEED)
    for g in sorted(groups):  # half dev, half blind per group
        idxs = groups[g][:]
        srng.shuffle(idxs)
        k = round(len(idxs) * 0.5)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    truth, material = [], {}
    for i, (fn, group, cat) in enumerate(ITEMS):
        raw, fields, accept, notes, want = fn()
        name = f"mail/m{number[i]:02d}.eml"
        (HERE / name).write_bytes(raw)
        le_ = cat == "law_enforcement"
        genuine = (group == "le_gen") if le_ else None
        rec = {"file": name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine
        rec["expect_verdict"] = ("verified" if genuine else "not_verified") if le_ else None
        rec["notes"] = notes
        rec["item"] = fn.__name__
        truth.append((number[i], rec))
        w = dict(want)
        if "dkim" not in w:
            w["dkim"] = sorted({m.decode() for m in re.findall(rb"\bd=([A-Za-z0-9.-]+);", raw.split(b"\r\n\r\n")[0])})
        w["item"] = fn.__name__
        w["genuine"] = bool(genuine)
        material[name] = w
        print(f"{name} {fn.__name__:62s} {cat:16s} {split[i]:5s} {len(raw) // 1024:4d} KB")
    truth.sort(key=lambda x: x[0])
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for _, rec in truth:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), ensure_ascii=False, indent=1),
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
