#!/usr/bin/env python3
"""Write the mail half of blind round 2: ``mail/*.eml`` and ``mail/truth.jsonl``.

Written by a helper who had not read the product's code, tests or design notes,
from the domain description, the output contract and the public README only.
Deterministic: the same letters, headers and file numbers every run (seeded);
only the PDF signature times (and so the PDF bytes) change.

Run ``make_world.py`` first (the keys, certificates and zone), then this.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import zipfile
from pathlib import Path

import mailkit as mk
from mailkit import Part, addr, attachment, build, deliver, hdr, letter_pdf, multipart, sign_pdf, text, when

HERE = Path(__file__).resolve().parent
OUT = HERE / "mail"
IDENT = mk.IDENT
SEED = 20261204

ITEMS: list = []


def item(fn):
    ITEMS.append(fn)
    return fn


def ip_of(domain: str, i: int = 0) -> str:
    ips = IDENT["dns"][domain]["ips"]
    return ips[i % len(ips)]


def mid(seed: str, domain: str, style: str = "plain") -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    if style == "outlook":
        return f"<{h[:8].upper()}{h[8:12].upper()}.{h[12:20].upper()}@{domain}>"
    if style == "gmail":
        return f"<CAH{h[:10]}+{h[10:40]}=w@mail.gmail.com>"
    if style == "zimbra":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{int(h[14:20], 16)}.JavaMail.zimbra@{domain}>"
    if style == "tb":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def nodia(s: str) -> str:
    return s.translate(str.maketrans("ăâîșțşţĂÂÎȘȚŞŢ", "aaistssAAISTST"))


def cedilla(s: str) -> str:
    return s.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def fit(s: str, charset: str) -> str:
    """What a legacy 8-bit mailer does: cedilla letters, ASCII quotes for what the charset lacks."""
    s = cedilla(s)
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"„": '"', "”": '"', "“": '"', "«": '"', "»": '"', "–": "-", "…": "..."}.get(ch, "?"))
    return "".join(out)


def ents(s: str, charset: str) -> str:
    """HTML written by Outlook in a legacy charset: characters it lacks become numeric entities."""
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def genuine(msg: bytes, domain: str, t: dt.datetime, rcpt: str, mail_from: str, seed: str,
            helo: str | None = None, ipi: int = 0) -> bytes:
    """DKIM-signed by ``domain`` (its outbound MTA) and received by our MX."""
    return deliver(msg, helo=helo or f"mail.{domain}", ip=ip_of(domain, ipi), t=t, rcpt=rcpt,
                   mail_from=mail_from, dkim_domain=domain, seed=seed)


def plain_in(msg: bytes, domain: str, t: dt.datetime, rcpt: str, mail_from: str, seed: str,
             helo: str | None = None, dkim_domain: str | None = None, ipi: int = 0) -> bytes:
    """Received from ``domain``'s servers, DKIM-signed only when ``dkim_domain`` is given."""
    return deliver(msg, helo=helo or f"mx.{domain}", ip=ip_of(domain, ipi), t=t, rcpt=rcpt,
                   mail_from=mail_from, dkim_domain=dkim_domain, seed=seed)


def html_wrap(body_html: str, style: str = "outlook", charset: str = "utf-8") -> str:
    if style == "outlook":
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
                f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
                "font-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
                "<body lang=\"RO\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + body_html + "\n</div>\n</body>\n</html>\n")
    return (f"<html><head><meta charset=\"{charset}\"></head><body>\n<div dir=\"ltr\">" + body_html
            + "</div>\n</body></html>\n")


def p_msonormal(lines: list[str]) -> str:
    out = []
    for ln in lines:
        out.append(f"<p class=\"MsoNormal\">{ln if ln else '<o:p>&nbsp;</o:p>'}</p>")
    return "\n".join(out)


def pdf_att(data: bytes, name: str, style: str = "rfc2231") -> Part:
    return attachment(data, name, "application/pdf", style=style)


SIG_FOOT = "s|Document semnat cu semnătură electronică calificată, conform Regulamentului (UE) nr. 910/2014."


def signed_letter(markup: str, signer: str, created: dt.datetime, *, visible: bool = False, title: str = "",
                  family: str = "serif", creator: str = "Microsoft® Word 2016", reason: str = "",
                  location: str = "", size: float = 11.0) -> bytes:
    pdf = letter_pdf(markup, family=family, created=created, title=title, creator=creator, size=size)
    return sign_pdf(pdf, signer, reason=reason, location=location, visible=visible)


OKAZII_BLOCK = """K|Către
B|OKAZII ONLINE S.R.L.
K|Centrul de prevenire a fraudelor - Departamentul Juridic
K|Bd. Iuliu Maniu nr. 7, corp A, et. 4, sector 6, București"""

# ==========================================================================
# GENUINE LAW-ENFORCEMENT REQUESTS (14)
# ==========================================================================


@item
def le_iasi_sic_username():
    t = when(2026, 11, 19, 14, 22, 7)
    pdf = signed_letter(f"""
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|Serviciul de Investigații Criminale
K|Nr. 118.402/SIC din 19.11.2026
R|Exemplar unic
R|NESECRET
{OKAZII_BLOCK}

În cadrul dosarului penal nr. 6721/P/2026 al Parchetului de pe lângă Judecătoria Iași, în care se efectuează cercetări sub aspectul săvârșirii infracțiunii de înșelăciune prevăzute de art. 244 alin. (1) din Codul penal, în baza delegării dispuse prin ordonanța procurorului și în conformitate cu dispozițiile art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, referitor la utilizatorul cu numele de utilizator „bucovina_deals”, următoarele:
L|1. datele de identificare furnizate la înregistrarea contului;
L|2. adresele IP de la care s-a accesat contul, cu data și ora fiecărei accesări;
L|3. anunțurile publicate în perioada 01.09.2026 - 15.11.2026;
L|4. tranzacțiile efectuate prin platformă în aceeași perioadă.
Răspunsul îl puteți transmite în format electronic, la adresa de e-mail sic@is.politiaromana.ro, menționând numărul prezentei adrese.

S|Șef serviciu,
S|Comisar-șef de poliție
S|Bălan Constantin-Mihai
{SIG_FOOT}
""", "seal_ipj_is", t - dt.timedelta(hours=3), visible=True, title="Adresa 118402 SIC")
    body = text("""Bună ziua,

Vă transmitem, atașat, adresa nr. 118.402/SIC din 19.11.2026 a Serviciului de
Investigații Criminale din cadrul IPJ Iași, semnată electronic.

Vă rugăm să confirmați primirea.

Cu stimă,
Compartimentul Registratură
Inspectoratul de Poliție Județean Iași
tel. +40 21 556 0210
""", cte="quoted-printable")
    msg = build(seed="g1", frm=addr("IPJ Iasi - Registratura", "registratura@is.politiaromana.ro"),
                to=["juridic@okazii.ro"], subject="Adresa nr. 118.402/SIC - solicitare date utilizator",
                date=t, message_id=mid("g1", "is.politiaromana.ro", "tb"),
                body=multipart("mixed", [body, pdf_att(pdf, "Adresa_118402_SIC.pdf")], "g1"),
                extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 "
                                      "Thunderbird/115.16.0"), ("Content-Language", "ro")])
    raw = genuine(msg, "is.politiaromana.ro", t + dt.timedelta(seconds=4), "juridic@okazii.ro",
                  "registratura@is.politiaromana.ro", "g1")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Serviciul de Investigații Criminale",
        "authority_kind": "police", "reference_number": "118.402", "reference_date": "2026-11-19",
        "case_number": "6721/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "bucovina_deals"}], "transactions": [],
        "requested_data": ["datele de identificare furnizate la înregistrarea contului",
                           "adresele IP de la care s-a accesat contul, cu data și ora fiecărei accesări",
                           "anunțurile publicate în perioada 01.09.2026 - 15.11.2026",
                           "tranzacțiile efectuate prin platformă în aceeași perioadă"],
        "period": {"from": "2026-09-01", "to": "2026-11-15"}, "response_channel": "electronic",
        "reply_to": "sic@is.politiaromana.ro", "signatory": "Comisar-șef de poliție Bălan Constantin-Mihai",
        "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Iași",
                              "Inspectoratul de Poliție Județean Iași - Serviciul de Investigații Criminale"],
                "reference_number": ["118402", "118.402/SIC", "118402/SIC"]},
        notes="genuine: is.politiaromana.ro DKIM, PDF with a visible qualified seal of IPJ Iași; the "
              "heading names a service under the county inspectorate; registration number with a dot "
              "and a suffix; numbered list", material={"dkim": ["is.politiaromana.ro"],
                                                       "pdf": [{"signer": "seal_ipj_is", "whole": True}]})


@item
def le_campina_outlook_html():
    t = when(2026, 11, 24, 9, 51, 40)
    pdf = signed_letter(f"""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
B|POLIȚIA MUNICIPIULUI CÂMPINA
B|Biroul de Investigații Criminale
K|Număr de înregistrare: 2417633 din data de 24 noiembrie 2026
K|Câmpina, str. Griviței nr. 5, tel. 0244 555 012
{OKAZII_BLOCK}

T|ADRESĂ

Subscrisa, Poliția Municipiului Câmpina, efectuează cercetări în dosarul penal nr. 3310/P/2026, privind săvârșirea infracțiunilor de înșelăciune (art. 244 C.pen.) și fals informatic (art. 325 C.pen.), în care persoana vătămată a achitat contravaloarea unui laptop, comanda nr. 60233187, fără a primi bunul.
Pentru clarificarea situației de fapt, în temeiul art. 170 alin. (1) C.proc.pen., vă solicităm să ne puneți la dispoziție, cu privire la contul de utilizator asociat adresei de e-mail gabi.vulpe84@yahoo.ro și numărului de telefon 0744 512 908:
L|a) numele de utilizator și datele de contact asociate contului;
L|b) lista anunțurilor active și inactive;
L|c) mesajele schimbate prin platformă referitoare la comanda nr. 60233187.
Relațiile solicitate vor fi transmise la adresa de e-mail bic.campina@ph.politiaromana.ro.

S|Șef birou
S|Comisar de poliție
S|Radu Sorin-Valentin
""", "pers_ph_radu", t - dt.timedelta(minutes=40), family="sans", title="adresa okazii")
    html = html_wrap(p_msonormal([
        "Bună ziua,", "",
        "Vă înaintăm alăturat adresa Poliției Municipiului Câmpina nr. 2417633/24.11.2026, "
        "în dosarul penal nr. 3310/P/2026, semnată electronic.", "",
        "Cu considerație,", "",
        "<b>Comisar de poliție Radu Sorin-Valentin</b>",
        "Șef Birou Investigații Criminale",
        "Poliția Municipiului Câmpina &#8211; IPJ Prahova",
        "<span style='color:#7F7F7F'>Acest mesaj și anexele sale pot conține informații clasificate "
        "sau confidențiale.</span>"]), "outlook", "windows-1250")
    body = text(ents(html, "windows-1250"), "html", "windows-1250", "base64")
    msg = build(seed="g2", frm=addr("Radu Sorin-Valentin", "sorin.radu@ph.politiaromana.ro", "windows-1250"),
                to=["juridic@okazii.ro"], cc=["bic.campina@ph.politiaromana.ro"],
                subject="Adresă dosar penal nr. 3310/P/2026", subject_charset="windows-1250",
                date=t, message_id=mid("g2", "ph.politiaromana.ro", "outlook"),
                body=multipart("mixed", [body, pdf_att(pdf, "adresă OKAZII.pdf")], "g2"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtX2v3kQ1m9uJpYQk6y0Vh1pC+4Bg=="),
                       ("Content-Language", "ro-RO"), ("X-MS-Has-Attach", "yes")])
    raw = genuine(msg, "ph.politiaromana.ro", t + dt.timedelta(seconds=6), "juridic@okazii.ro",
                  "sorin.radu@ph.politiaromana.ro", "g2", ipi=1)
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Poliția Municipiului Câmpina", "authority_kind": "police",
        "reference_number": "2417633", "reference_date": "2026-11-24", "case_number": "3310/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "email", "value": "gabi.vulpe84@yahoo.ro"}, {"kind": "phone", "value": "0744 512 908"}],
        "transactions": ["60233187"],
        "requested_data": ["numele de utilizator și datele de contact asociate contului",
                           "lista anunțurilor active și inactive",
                           "mesajele schimbate prin platformă referitoare la comanda nr. 60233187"],
        "response_channel": "electronic", "reply_to": "bic.campina@ph.politiaromana.ro",
        "signatory": "Comisar de poliție Radu Sorin-Valentin", "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Prahova"],
                "signatory": ["Șef birou Comisar de poliție Radu Sorin-Valentin"]},
        notes="genuine: Outlook HTML-only body in windows-1250 (base64), RFC 2231 attachment name with a "
              "diacritic, PDF signed by the officer's personal certificate bound to IPJ Prahova; user "
              "named by e-mail and phone; lettered list; registration line 'Număr de înregistrare: … din "
              "data de 24 noiembrie 2026'",
        material={"dkim": ["ph.politiaromana.ro"], "pdf": [{"signer": "pers_ph_radu", "whole": True}]})


@item
def le_dolj_iban_latin2():
    t = when(2026, 11, 26, 12, 5, 18)
    iban = mk.ro_iban("BTRL", "0240" + "1205" + "7719" + "0201")
    letter = f"""INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ
Serviciul de Investigare a Criminalității Economice
Nr. 40217 din 26.XI.2026

Către OKAZII ONLINE S.R.L. - Departamentul Juridic

Serviciul de Investigare a Criminalității Economice din cadrul IPJ Dolj efectuează cercetări în dosarul penal nr. 1894/P/2026 al Parchetului de pe lângă Tribunalul Dolj, privind mai multe vânzări fictive de telefoane mobile, prețul fiind încasat în contul cu IBAN {iban}.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare ale titularului contului de utilizator în care a fost declarat IBAN-ul de mai sus, istoricul plăților primite prin platformă în acest cont începând cu 1 august 2026 și adresele de livrare declarate de titular.
Răspunsul va fi transmis prin curier, în plic sigilat, la sediul IPJ Dolj din Str. Ion Maiorescu nr. 2, Craiova, în atenția Serviciului de Investigare a Criminalității Economice.

Șef serviciu
Comisar-șef de poliție Niculescu Aurelian"""
    pdf = signed_letter("\n".join(("C|" + ln if i < 2 else ln) for i, ln in enumerate(letter.split("\n"))),
                        "seal_ipj_dj", t - dt.timedelta(hours=1), title="Adresa 40217")
    body_txt = fit("Bună ziua,\n\nTransmitem mai jos textul adresei noastre, semnată electronic în "
                       "documentul PDF atașat.\n\n" + letter + "\n\n--\nSecretariat S.I.C.E. - IPJ Dolj\n", "iso-8859-2")
    body = text(body_txt, "plain", "iso-8859-2", "8bit")
    msg = build(seed="g3", frm=addr("Secretariat SICE", "secretariat.sice@dj.politiaromana.ro"),
                to=["juridic@okazii.ro", "legal@okazii.ro"], subject=cedilla("Adresă IPJ Dolj nr. 40217"),
                subject_charset="iso-8859-2", date=t, message_id=mid("g3", "dj.politiaromana.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "40217.pdf")], "g3"),
                extra=[("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", "secretariat.sice@dj.politiaromana.ro")])
    raw = genuine(msg, "dj.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "secretariat.sice@dj.politiaromana.ro", "g3", helo="webmail.dj.politiaromana.ro")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Serviciul de Investigare a Criminalității Economice", "authority_kind": "police",
        "reference_number": "40217", "reference_date": "2026-11-26", "case_number": "1894/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "iban", "value": iban}],
        "requested_data": ["datele de identificare ale titularului contului de utilizator în care a fost "
                           "declarat IBAN-ul de mai sus",
                           "istoricul plăților primite prin platformă în acest cont începând cu 1 august 2026",
                           "adresele de livrare declarate de titular"],
        "response_channel": "courier", "signatory": "Comisar-șef de poliție Niculescu Aurelian", "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Dolj"]},
        notes="genuine: body in ISO-8859-2, 8bit, with cedilla ş ţ (the charset has no comma-below letters), "
              "repeating the signed PDF's text; registration date in Roman-numeral month (26.XI.2026); the "
              "user is named only by IBAN; requested data listed in one prose sentence; courier answer",
        material={"dkim": ["dj.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_dj", "whole": True}]})


@item
def le_sectia12_cp1250_nodia():
    t = when(2026, 11, 27, 16, 48, 2)
    pdf = signed_letter(f"""
K|MINISTERUL AFACERILOR INTERNE
K|POLIȚIA CAPITALEI
B|SECȚIA 12 POLIȚIE
K|Biroul Investigații Criminale
R|Nr. 851.230 din 27.11.2026
R|București
{OKAZII_BLOCK}

Stimate domn/Stimată doamnă,
În cadrul dosarului penal nr. 12094/P/2026, aflat în lucru la Secția 12 Poliție, având ca obiect săvârșirea infracțiunii de înșelăciune prin intermediul platformelor de anunțuri online, fiind necesară identificarea persoanei care a utilizat contul cu ID utilizator 48120577, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați:
L|• numele, prenumele și adresa declarate de titularul contului;
L|• numerele de telefon asociate contului;
L|• istoricul autentificărilor în intervalul 1 octombrie 2026 - 25 noiembrie 2026;
L|• eventualele alte conturi accesate de pe aceleași adrese IP.
Răspunsul va fi transmis prin curier, la sediul Secției 12 Poliție, Șos. Berceni nr. 10, sector 4, București.

S|Cu stimă,
S|Ofițer de poliție judiciară
S|Inspector principal de poliție Lazăr Ovidiu
""", "pers_b_lazar", t - dt.timedelta(hours=2), title="Adresa S12")
    body = text(nodia("""Buna ziua,

Atasat gasiti adresa Sectiei 12 Politie nr. 851.230 din 27.11.2026 (dosar penal nr. 12094/P/2026), semnata electronic de catre subsemnatul.

Va multumesc,
Insp. pr. Lazar Ovidiu
Sectia 12 Politie - Politia Capitalei
"""), "plain", "windows-1250", "quoted-printable")
    msg = build(seed="g4", frm=addr("Lazar Ovidiu", "ovidiu.lazar@b.politiaromana.ro"),
                to=["Juridic Okazii <juridic@okazii.ro>"], subject="adresa sectia 12 - ID 48120577",
                date=t, message_id=mid("g4", "b.politiaromana.ro", "outlook"),
                body=multipart("mixed", [body, pdf_att(pdf, "adresa_S12_851230.pdf")], "g4"),
                extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Importance", "Normal")])
    raw = genuine(msg, "b.politiaromana.ro", t + dt.timedelta(seconds=9), "juridic@okazii.ro",
                  "ovidiu.lazar@b.politiaromana.ro", "g4")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Secția 12 Poliție", "authority_kind": "police", "reference_number": "851.230",
        "reference_date": "2026-11-27", "case_number": "12094/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "48120577"}],
        "requested_data": ["numele, prenumele și adresa declarate de titularul contului",
                           "numerele de telefon asociate contului",
                           "istoricul autentificărilor în intervalul 1 octombrie 2026 - 25 noiembrie 2026",
                           "eventualele alte conturi accesate de pe aceleași adrese IP"],
        "period": {"from": "2026-10-01", "to": "2026-11-25"}, "response_channel": "courier",
        "signatory": "Inspector principal de poliție Lazăr Ovidiu", "urgent": False},
        accept={"authority": ["Direcția Generală de Poliție a Municipiului București", "Poliția Capitalei",
                              "Poliția Capitalei - Secția 12 Poliție"],
                "reference_number": ["851230"]},
        notes="genuine: Poliția Capitalei (the registry's DGPMB, by its alias) - Secția 12; mail body in "
              "windows-1250 QP without diacritics, the PDF with them; bulleted list with '•'; user named by id; "
              "period written with month names; signed by an officer's personal certificate",
        material={"dkim": ["b.politiaromana.ro"], "pdf": [{"signer": "pers_b_lazar", "whole": True}]})


@item
def le_ptph_ordonanta():
    t = when(2026, 11, 20, 11, 30, 55)
    pdf = signed_letter("""
B|R O M Â N I A
B|PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA
K|Dosar nr. 487/P/2026
T|ORDONANȚĂ
C|Anul 2026, luna noiembrie, ziua 20
Stanciu Adriana-Elena, procuror în cadrul Parchetului de pe lângă Tribunalul Prahova,
Examinând actele dosarului penal nr. 487/P/2026, privind săvârșirea infracțiunilor de înșelăciune și spălare a banilor,
C|CONSTAT:
Din probele administrate rezultă că autorii, folosind conturile de utilizator „auto_piese_ph” și un cont asociat numărului de telefon +40 731 204 556, au publicat pe platforma okazii.ro anunțuri fictive de vânzare a unor piese auto, încasând de la cel puțin 37 de persoane vătămate sume cuprinse între 300 și 2.500 lei.
Datele deținute de operatorul platformei sunt necesare pentru identificarea autorilor, iar în cauză sunt îndeplinite condițiile art. 170 alin. (2) lit. b) din Codul de procedură penală.
Pentru aceste motive,
C|DISPUN:
Art. 1. OKAZII ONLINE S.R.L. va comunica organului de urmărire penală, cu privire la cele două conturi:
L|a) datele de identificare ale utilizatorilor (nume, prenume, CNP, adresă, telefon, e-mail);
L|b) lista tranzacțiilor încheiate în perioada 01.03.2026 - 31.10.2026, cu sumele și cumpărătorii;
L|c) conturile bancare declarate pentru încasarea plăților;
L|d) jurnalele de conectare (adrese IP, dată și oră).
Art. 2. Datele vor fi predate atât în format electronic, la adresa registratura.ptprahova@mpublic.ro, cât și pe suport optic (CD/DVD), prin curier, la sediul parchetului, în termen de 5 zile de la primire.
Art. 3. O copie a prezentei ordonanțe se comunică OKAZII ONLINE S.R.L.

S|PROCUROR,
S|Stanciu Adriana-Elena
""", "seal_ptph", t - dt.timedelta(hours=20), title="Ordonanta 487/P/2026", creator="LibreOffice 7.6",
                        reason="Ordonanță emisă în dosarul 487/P/2026", location="Ploiești")
    plain = ("Stimați colegi,\n\nVă comunicăm ordonanța din 20.11.2026 emisă în dosarul nr. 487/P/2026 "
             "(fișier PDF semnat electronic, cu sigiliul Parchetului de pe lângă Tribunalul Prahova).\n\n"
             "Registratura\nParchetul de pe lângă Tribunalul Prahova\n")
    html = ("<div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
            "<div>Stimați colegi,</div><div><br></div><div>Vă comunicăm ordonanța din 20.11.2026 emisă în "
            "dosarul nr. <b>487/P/2026</b> (fișier PDF semnat electronic, cu sigiliul Parchetului de pe lângă "
            "Tribunalul Prahova).</div><div><br></div><div>Registratura<br>Parchetul de pe lângă Tribunalul "
            "Prahova</div></div>")
    alt = multipart("alternative", [text(plain, cte="quoted-printable"),
                                    text(html_wrap(html, "zimbra"), "html", cte="quoted-printable")], "g5a")
    msg = build(seed="g5", frm=addr("Registratura Parchet Tribunal Prahova", "registratura.ptprahova@mpublic.ro"),
                to=["juridic@okazii.ro"], subject="Ordonanta dosar 487/P/2026", date=t,
                message_id=mid("g5", "mpublic.ro", "zimbra"),
                body=multipart("mixed", [alt, pdf_att(pdf, "Ordonanta 487-P-2026 semnata.pdf")], "g5"),
                extra=[("X-Mailer", "Zimbra 9.0.0_GA_4584 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4584)"),
                       ("Thread-Topic", "Ordonanta dosar 487/P/2026")])
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=2), "juridic@okazii.ro",
                  "registratura.ptprahova@mpublic.ro", "g5", helo="mta2.mpublic.ro", ipi=1)
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Parchetul de pe lângă Tribunalul Prahova", "authority_kind": "prosecutor",
        "reference_date": "2026-11-20", "case_number": "487/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "auto_piese_ph"}, {"kind": "phone", "value": "+40 731 204 556"}],
        "requested_data": ["datele de identificare ale utilizatorilor (nume, prenume, CNP, adresă, telefon, e-mail)",
                           "lista tranzacțiilor încheiate în perioada 01.03.2026 - 31.10.2026, cu sumele și cumpărătorii",
                           "conturile bancare declarate pentru încasarea plăților",
                           "jurnalele de conectare (adrese IP, dată și oră)"],
        "period": {"from": "2026-03-01", "to": "2026-10-31"}, "response_channel": "both",
        "reply_to": "registratura.ptprahova@mpublic.ro", "signatory": "Procuror Stanciu Adriana-Elena",
        "urgent": False},
        notes="genuine: a prosecutor's ordonanță (no registration number of its own: 'Dosar nr.' and the date "
              "written 'Anul 2026, luna noiembrie, ziua 20'), Art. 1/2/3 with a lettered list; the institution's "
              "seal; Zimbra multipart/alternative cover; answer both electronically and by courier",
        material={"dkim": ["mpublic.ro"], "pdf": [{"signer": "seal_ptph", "whole": True}]})


@item
def le_pjcv_smime_only():
    t = when(2026, 11, 30, 18, 12, 33)
    letter = """PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CRAIOVA
Nr. înregistrare: 5512/II/2/2026, data: 30.11.2026
Dosar penal nr. 9023/P/2025

Către: OKAZII ONLINE S.R.L., juridic@okazii.ro

În cauza penală nr. 9023/P/2025, privind infracțiunile de înșelăciune și acces ilegal la un sistem informatic, în temeiul art. 170 din Codul de procedură penală, vă solicit să comunicați, pentru contul de utilizator cu ID 30917744, asociat adresei de e-mail vlad.andreea.d@yahoo.ro, următoarele informații:
1) istoricul autentificărilor (data, ora, adresa IP);
2) datele de plată asociate contului;
3) corespondența purtată de titularul contului cu departamentul de suport.

Întrucât în cauză există persoane arestate preventiv, vă rog să tratați solicitarea cu celeritate (URGENT).
Răspunsul se va transmite electronic, la adresa teodora.barbu@mpublic.ro.

Procuror Barbu Teodora
Parchetul de pe lângă Judecătoria Craiova
(semnat electronic - S/MIME)
"""
    inner = text(letter, "plain", "utf-8", "base64")
    signed = mk.smime_signed(inner, "pers_pjcv_barbu", "g6")
    msg = build(seed="g6", frm=addr("Teodora Barbu", "teodora.barbu@mpublic.ro"), to=["juridic@okazii.ro"],
                subject="URGENT - solicitare date, dosar 9023/P/2025", date=t,
                message_id=mid("g6", "mpublic.ro", "tb"), body=signed,
                extra=[("User-Agent", "Mozilla Thunderbird 128.5.0"), ("X-Priority", "1 (Highest)")])
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=5), "juridic@okazii.ro",
                  "teodora.barbu@mpublic.ro", "g6", helo="mta1.mpublic.ro")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Parchetul de pe lângă Judecătoria Craiova", "authority_kind": "prosecutor",
        "reference_number": "5512/II/2/2026", "reference_date": "2026-11-30", "case_number": "9023/P/2025",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "30917744"}, {"kind": "email", "value": "vlad.andreea.d@yahoo.ro"}],
        "requested_data": ["istoricul autentificărilor (data, ora, adresa IP)", "datele de plată asociate contului",
                           "corespondența purtată de titularul contului cu departamentul de suport"],
        "response_channel": "electronic", "reply_to": "teodora.barbu@mpublic.ro",
        "signatory": "Procuror Barbu Teodora", "urgent": True},
        accept={"reference_number": ["5512"]},
        notes="genuine: no PDF; the whole request is the S/MIME-signed text/plain (base64) part, signed by the "
              "prosecutor's personal certificate (with her e-mail address) bound to the office; case from 2025; "
              "1) 2) 3) list; urgent",
        material={"dkim": ["mpublic.ro"], "smime": "pers_pjcv_barbu"})


@item
def le_diicot_st_iasi():
    t = when(2026, 11, 28, 10, 2, 11)
    pdf = signed_letter("""
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL IAȘI
K|Dosar nr. 311/D/P/2026
K|Nr. 2193/II-1/2026                                            Iași, 28 noiembrie 2026
K|Către OKAZII ONLINE S.R.L.
K|În atenția: Departamentul Juridic / Centrul de prevenire a fraudelor

Vă aducem la cunoștință că Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism - Serviciul Teritorial Iași efectuează urmărirea penală în dosarul nr. 311/D/P/2026, privind constituirea unui grup infracțional organizat care a comis fraude informatice prin anunțuri de vânzare de criptomonede și aparatură electronică.
Prin încheierea nr. 412/UP din 25.11.2026, judecătorul de drepturi și libertăți din cadrul Tribunalului Iași a încuviințat măsura prevăzută de art. 152 din Codul de procedură penală. Pe cale de consecință, în baza art. 152 și a art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm identificarea utilizatorului care a folosit contul „carpati_crypto” și a titularului contului asociat numărului de telefon 0755.118.230, precum și comunicarea următoarelor date, pentru perioada 01.06.2026 - 27.11.2026:
L|- adresele IP și porturile sursă utilizate la autentificare;
L|- identificatorii dispozitivelor de pe care s-a accesat contul;
L|- datele de identificare declarate (nume, adresă, act de identitate).
Vă rugăm să păstrați confidențialitatea prezentei solicitări, potrivit art. 152 alin. (4) C.proc.pen.
Răspunsul va fi transmis exclusiv în format electronic, la adresa st.iasi@diicot.ro.

S|PROCUROR ȘEF SERVICIU
S|Moldovan Sebastian
""", "seal_diicot", t - dt.timedelta(hours=1), title="2193/II-1/2026")
    body = text("""Buna ziua,

Va transmitem atasat adresa nr. 2193/II-1/2026 (confidential).

DIICOT - Serviciul Teritorial Iasi
Secretariat
""", "plain", "us-ascii", "7bit", format_flowed=True)
    msg = build(seed="g7", frm=addr("DIICOT ST Iasi", "st.iasi@diicot.ro"), to=["juridic@okazii.ro"],
                subject="[CONFIDENTIAL] Adresa 2193/II-1/2026", date=t, message_id=mid("g7", "diicot.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "2193_II-1_2026.pdf")], "g7"),
                extra=[("Sensitivity", "Company-Confidential")])
    raw = genuine(msg, "diicot.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro", "st.iasi@diicot.ro", "g7")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Serviciul Teritorial Iași", "authority_kind": "prosecutor",
        "reference_number": "2193/II-1/2026", "reference_date": "2026-11-28", "case_number": "311/D/P/2026",
        "legal_basis": ["art. 152 CPP", "art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "carpati_crypto"}, {"kind": "phone", "value": "0755.118.230"}],
        "requested_data": ["adresele IP și porturile sursă utilizate la autentificare",
                           "identificatorii dispozitivelor de pe care s-a accesat contul",
                           "datele de identificare declarate (nume, adresă, act de identitate)"],
        "period": {"from": "2026-06-01", "to": "2026-11-27"}, "response_channel": "electronic",
        "reply_to": "st.iasi@diicot.ro", "signatory": "Procuror șef serviciu Moldovan Sebastian", "urgent": False},
        accept={"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                              "DIICOT - Serviciul Teritorial Iași",
                              "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism - "
                              "Serviciul Teritorial Iași"]},
        notes="genuine: DIICOT territorial service, heading of three levels (PÎCCJ / DIICOT / ST Iași); the "
              "case number has the D/P form; art. 152 with the judge's approval plus art. 170; phone written "
              "with dots; registration number and place/date on one line; format=flowed ASCII cover",
        material={"dkim": ["diicot.ro"], "pdf": [{"signer": "seal_diicot", "whole": True}]})


@item
def le_dna_st_ploiesti():
    t = when(2026, 12, 1, 15, 40, 0)
    pdf = signed_letter("""
K|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
K|SERVICIUL TERITORIAL PLOIEȘTI
K|Str. Văleni nr. 44, Ploiești
K|Nr. 3.112 din 01.12.2026
K|Dosar nr. 205/P/2026

K|Stimată doamnă / Stimate domn,

În dosarul penal nr. 205/P/2026 al Direcției Naționale Anticorupție - Serviciul Teritorial Ploiești se efectuează urmărirea penală față de suspectul DRAGOMIR CĂTĂLIN, CNP 1780914290017, cu privire la săvârșirea infracțiunii de luare de mită prevăzute de art. 289 din Codul penal.
Din datele existente rezultă că suspectul a utilizat platforma okazii.ro prin contul asociat adresei de e-mail c.dragomir.ph@outlook.com, prin care a vândut bunuri primite cu titlu de foloase necuvenite (tranzacțiile nr. 71100452 și 71100987).
Având în vedere dispozițiile art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm să comunicați:
L|1. copiile anunțurilor publicate din acest cont, inclusiv fotografiile;
L|2. conturile bancare declarate pentru încasări;
L|3. datele de identificare ale cumpărătorilor din tranzacțiile nr. 71100452 și 71100987.
Datele pot fi transmise electronic la adresa st.ploiesti@pna.ro.

S|Procuror,
S|Ene-Gavrilă Mădălina
""", "seal_dna", t - dt.timedelta(hours=4), family="sans", title="3112")
    body = text("Bună ziua,\n\nAtașat regăsiți adresa DNA - Serviciul Teritorial Ploiești nr. 3.112 din "
                "01.12.2026, emisă în dosarul nr. 205/P/2026.\n\nVă mulțumim,\nGrefa DNA ST Ploiești\n",
                "plain", "utf-8", "quoted-printable", format_flowed=True)
    msg = build(seed="g8", frm=addr("DNA ST Ploiești", "st.ploiesti@pna.ro"), to=["juridic@okazii.ro"],
                subject="Adresa nr. 3112/01.12.2026", date=t, message_id=mid("g8", "pna.ro", "tb"),
                body=multipart("mixed", [body, pdf_att(pdf, "Adresa_3112.pdf")], "g8"),
                extra=[("User-Agent", "Mozilla Thunderbird 102.15.1")])
    raw = genuine(msg, "pna.ro", t + dt.timedelta(seconds=7), "juridic@okazii.ro", "st.ploiesti@pna.ro", "g8")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Serviciul Teritorial Ploiești", "authority_kind": "prosecutor", "reference_number": "3.112",
        "reference_date": "2026-12-01", "case_number": "205/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "email", "value": "c.dragomir.ph@outlook.com"}],
        "transactions": ["71100452", "71100987"],
        "requested_data": ["copiile anunțurilor publicate din acest cont, inclusiv fotografiile",
                           "conturile bancare declarate pentru încasări",
                           "datele de identificare ale cumpărătorilor din tranzacțiile nr. 71100452 și 71100987"],
        "response_channel": "electronic", "reply_to": "st.ploiesti@pna.ro",
        "signatory": "Procuror Ene-Gavrilă Mădălina", "urgent": False},
        accept={"authority": ["Direcția Națională Anticorupție", "DNA - Serviciul Teritorial Ploiești",
                              "Direcția Națională Anticorupție - Serviciul Teritorial Ploiești"],
                "reference_number": ["3112"]},
        notes="genuine: DNA territorial service; the suspect named by name and CNP and by e-mail; two "
              "transactions; penal-code article 289 is the offence, not a legal basis",
        material={"dkim": ["pna.ro"], "pdf": [{"signer": "seal_dna", "whole": True}]})


@item
def le_tbdj_incheiere():
    t = when(2026, 11, 23, 13, 17, 45)
    iban = mk.ro_iban("RNCB", "0168" + "1420" + "3355" + "0001")
    pdf = signed_letter(f"""
K|ROMÂNIA
B|TRIBUNALUL DOLJ
K|SECȚIA PENALĂ
K|Str. Brestei nr. 12, Craiova
K|Dosar nr. 2207/63/2026
K|Termen: 15.12.2026
R|23 noiembrie 2026
{OKAZII_BLOCK}

Vă comunicăm că prin încheierea de ședință din data de 23.11.2026, pronunțată în dosarul nr. 2207/63/2026, având ca obiect infracțiunea de înșelăciune (art. 244 C.pen.), instanța a dispus, în temeiul art. 170 alin. (2) lit. a) și b) C.proc.pen., ca OKAZII ONLINE S.R.L. să comunice următoarele, cu privire la utilizatorul „oltenia.licitatii” și la contul bancar {iban} declarat de acesta:
L|A. extrasul istoricului licitațiilor câștigate și al licitațiilor publicate;
L|B. datele de contact ale utilizatorului;
L|C. reclamațiile înregistrate împotriva utilizatorului.
Relațiile vor fi trimise până la termenul din 15.12.2026, cu mențiunea numărului de dosar.

S|PREȘEDINTE COMPLET,
S|Judecător Pârvu Cristina
S|Grefier, Oancea Lavinia
""", "seal_tbdj", t - dt.timedelta(hours=1), title="Adresa 2207/63/2026")
    html = ("<p>Stimate domn/Stimată doamnă,</p><p>Vă transmitem adresa Tribunalului Dolj - Secția penală, în "
            "dosarul nr. 2207/63/2026, termen 15.12.2026.</p><p>Grefa Secției penale<br>Tribunalul Dolj</p>"
            "<p style=\"font-size:8pt\">Mesaj generat de ECRIS. Vă rugăm să nu răspundeți la această adresă.</p>")
    alt = multipart("alternative", [text("Stimate domn/Stimată doamnă,\n\nVă transmitem adresa Tribunalului Dolj "
                                         "- Secția penală, în dosarul nr. 2207/63/2026, termen 15.12.2026.\n\n"
                                         "Grefa Secției penale\nTribunalul Dolj\n", cte="base64"),
                                    text(html_wrap(html, "plain"), "html", cte="base64")], "g9a")
    msg = build(seed="g9", frm=addr("Tribunalul Dolj - Sectia Penala", "tbdolj-penal@just.ro"),
                to=["juridic@okazii.ro"], subject="Comunicare dosar 2207/63/2026", date=t,
                message_id=mid("g9", "just.ro"),
                body=multipart("mixed", [alt, pdf_att(pdf, "comunicare_2207_63_2026.pdf")], "g9"),
                extra=[("X-Mailer", "ECRIS V Notificari")])
    raw = genuine(msg, "just.ro", t + dt.timedelta(seconds=2), "juridic@okazii.ro", "tbdolj-penal@just.ro", "g9",
                  helo="smtp.just.ro", ipi=1)
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Tribunalul Dolj", "authority_kind": "court", "reference_date": "2026-11-23",
        "case_number": "2207/63/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "oltenia.licitatii"}, {"kind": "iban", "value": iban}],
        "requested_data": ["extrasul istoricului licitațiilor câștigate și al licitațiilor publicate",
                           "datele de contact ale utilizatorului", "reclamațiile înregistrate împotriva utilizatorului"],
        "signatory": "Judecător Pârvu Cristina", "urgent": False},
        accept={"authority": ["Tribunalul Dolj - Secția penală"]},
        notes="genuine: a court's letter communicating an încheiere; court case number form N/63/2026, no "
              "registration number; A. B. C. list; judge and clerk both sign; username with a dot and an IBAN",
        material={"dkim": ["just.ro"], "pdf": [{"signer": "seal_tbdj", "whole": True}]})


@item
def le_igpr_ccpi_english():
    t = when(2026, 12, 2, 8, 55, 30)
    pdf = signed_letter("""
C|ROMANIAN POLICE
C|GENERAL INSPECTORATE OF ROMANIAN POLICE
C|International Police Cooperation Centre
K|Our ref.: 7/CCPI/S/8841/2026
K|Bucharest, 2 December 2026
K|To: OKAZII ONLINE S.R.L., Legal Department, Bd. Iuliu Maniu nr. 7, sector 6, Bucharest

Subject: request for subscriber information - criminal case no. 4410/P/2026

The International Police Cooperation Centre has received, through the SIENA channel, a request of the Federal Criminal Police Office of Germany (BKA) concerning a series of frauds in which German buyers paid for electronic goods advertised on okazii.ro that were never delivered. The Romanian criminal case no. 4410/P/2026 was opened by the Prosecutor's Office attached to the Bucharest Tribunal, which delegated the investigation to the Romanian Police.
Pursuant to art. 170 of the Romanian Code of Criminal Procedure, we kindly ask you to provide, for the user account "kh_electronics_de" and the account registered with the e-mail address k.hoffmann.trade@proton.me:
L|(i) subscriber information (name, address, telephone number, date of registration);
L|(ii) login IP addresses with timestamps (UTC) between 1 September 2026 and 30 November 2026;
L|(iii) payment details of the sales concluded in the same period.
Please send your reply electronically to ccpi@politiaromana.ro, quoting our reference.

S|Head of Unit,
S|Chief Commissioner Dumitrescu Laurențiu
""", "seal_igpr", t - dt.timedelta(hours=2), title="Request 8841")
    body = text("Dear Sir or Madam,\n\nPlease find attached our request ref. 7/CCPI/S/8841/2026 (criminal case "
                "no. 4410/P/2026), electronically sealed.\n\nKind regards,\nInternational Police Cooperation "
                "Centre\nGeneral Inspectorate of Romanian Police\n", "plain", "us-ascii", "7bit")
    msg = build(seed="g10", frm=addr("CCPI - IGPR", "ccpi@politiaromana.ro"), to=["legal@okazii.ro"],
                subject="Request for subscriber information / ref. 7/CCPI/S/8841/2026", date=t,
                message_id=mid("g10", "politiaromana.ro", "outlook"),
                body=multipart("mixed", [body, pdf_att(pdf, "CCPI_8841_2026.pdf")], "g10"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    raw = genuine(msg, "politiaromana.ro", t + dt.timedelta(seconds=4), "legal@okazii.ro", "ccpi@politiaromana.ro",
                  "g10", ipi=1)
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "International Police Cooperation Centre", "authority_kind": "police",
        "reference_number": "7/CCPI/S/8841/2026", "reference_date": "2026-12-02", "case_number": "4410/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "kh_electronics_de"},
                     {"kind": "email", "value": "k.hoffmann.trade@proton.me"}],
        "requested_data": ["subscriber information (name, address, telephone number, date of registration)",
                           "login IP addresses with timestamps (UTC) between 1 September 2026 and 30 November 2026",
                           "payment details of the sales concluded in the same period"],
        "period": {"from": "2026-09-01", "to": "2026-11-30"}, "response_channel": "electronic",
        "reply_to": "ccpi@politiaromana.ro", "signatory": "Chief Commissioner Dumitrescu Laurențiu",
        "urgent": False},
        accept={"authority": ["Inspectoratul General al Poliției Române", "General Inspectorate of Romanian Police",
                              "Centrul de Cooperare Polițienească Internațională"],
                "reference_number": ["8841"]},
        notes="genuine: an English letter of the Romanian police's international cooperation centre relaying "
              "a German request; Roman-numeral (i)/(ii)/(iii) list; the IGPR's seal; dates in English",
        material={"dkim": ["politiaromana.ro"], "pdf": [{"signer": "seal_igpr", "whole": True}]})


@item
def le_oradea_reply_thread():
    t = when(2026, 12, 3, 10, 20, 14)
    pdf = signed_letter(f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR
C|POLIȚIA MUNICIPIULUI ORADEA - Biroul Investigații Criminale
K|Nr. 1.077.905 din 02.12.2026
{OKAZII_BLOCK}

Ca urmare a solicitării dumneavoastră din 01.12.2026 (înregistrarea REG-2026-004512), revenim cu prezenta adresă, semnată electronic.
În dosarul penal nr. 8812/P/2026 al Parchetului de pe lângă Judecătoria Oradea, în temeiul art. 170 C.proc.pen., vă solicităm să ne comunicați, privind utilizatorul „crisana_shop” (telefon declarat 0359 555 881):
L|1. datele de identificare ale titularului contului;
L|2. adresele de livrare folosite în ultimele 6 luni;
L|3. numărul comenzilor primite și anulate.
Răspunsul se va trimite la adresa bic.oradea@bh.politiaromana.ro.

S|Agent de poliție judiciară,
S|Inspector principal de poliție Szabó Attila
""", "pers_bh_szabo", t - dt.timedelta(minutes=25), title="1077905")
    quoted = """
-----Mesaj original-----
De la: Departamentul Juridic Okazii <juridic@okazii.ro>
Trimis: marți, 1 decembrie 2026 16:02
Către: bic.oradea@bh.politiaromana.ro
Subiect: RE: [REG-2026-004512] Solicitare date utilizator

Bună ziua,

Am primit solicitarea dumneavoastră privind utilizatorul crisana_shop. Conform
politicii noastre, datele pot fi comunicate doar în baza unei adrese oficiale
semnate (olograf și ștampilată, scanată, sau semnată electronic). Vă rugăm să
retransmiteți adresa semnată.

Cu stimă,
Departamentul Juridic
OKAZII ONLINE S.R.L.

-----Mesaj original-----
De la: bic.oradea@bh.politiaromana.ro
Trimis: luni, 30 noiembrie 2026 11:47
Către: juridic@okazii.ro
Subiect: Solicitare date utilizator

Buna ziua, in dosarul 8812/P/2026 va rugam sa ne comunicati datele utilizatorului crisana_shop.
Multumesc, Szabo Attila
"""
    body = text("Bună ziua,\n\nRevin cu adresa semnată electronic, conform solicitării dumneavoastră.\n\n"
                "Cu stimă,\nInsp. pr. Szabó Attila\nPoliția Municipiului Oradea\n" + quoted,
                "plain", "utf-8", "quoted-printable")
    msg = build(seed="g11", frm=addr("Szabó Attila", "bic.oradea@bh.politiaromana.ro"), to=["juridic@okazii.ro"],
                subject="RE: [REG-2026-004512] Solicitare date utilizator", date=t,
                message_id=mid("g11", "bh.politiaromana.ro", "outlook"),
                body=multipart("mixed", [body, pdf_att(pdf, "adresa semnata 1077905.pdf")], "g11"),
                extra=[("In-Reply-To", "<reg-2026-004512.2@okazii.ro>"),
                       ("References", "<B3F1.20261130114711@bh.politiaromana.ro> <reg-2026-004512.2@okazii.ro>"),
                       ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbYk1sz2R4aQ==")])
    raw = genuine(msg, "bh.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "bic.oradea@bh.politiaromana.ro", "g11")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Poliția Municipiului Oradea", "authority_kind": "police", "reference_number": "1.077.905",
        "reference_date": "2026-12-02", "case_number": "8812/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "crisana_shop"}, {"kind": "phone", "value": "0359 555 881"}],
        "requested_data": ["datele de identificare ale titularului contului",
                           "adresele de livrare folosite în ultimele 6 luni", "numărul comenzilor primite și anulate"],
        "response_channel": "electronic", "reply_to": "bic.oradea@bh.politiaromana.ro",
        "signatory": "Inspector principal de poliție Szabó Attila", "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Bihor",
                              "Poliția Municipiului Oradea - Biroul Investigații Criminale"],
                "reference_number": ["1077905"]},
        notes="genuine: an Outlook reply to our own request for a signed letter, quoting two earlier messages "
              "(ours, and the officer's unsigned first mail); the signed PDF is the request; a Hungarian name "
              "with á; registration number with two thousands dots",
        material={"dkim": ["bh.politiaromana.ro"], "pdf": [{"signer": "pers_bh_szabo", "whole": True}]})


@item
def le_sectia5_internal_forward():
    t = when(2026, 11, 25, 17, 3, 9)
    pdf = signed_letter(f"""
K|POLIȚIA CAPITALEI
K|SECȚIA 5 POLIȚIE
K|Nr. 612.044 / 25.11.2026
{OKAZII_BLOCK}

Secția 5 Poliție efectuează cercetări în dosarul penal nr. 7781/P/2026, privind infracțiunea de înșelăciune săvârșită în mediul online.
În temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm ca, pentru utilizatorii cu adresele de e-mail bogdan.pana91@gmail.com și oferte.rapide.ro@gmail.com, precum și pentru titularul numărului de telefon 0768 330 417, să ne comunicați:
L|1) datele de identificare și de contact;
L|2) tranzacțiile efectuate în calitate de vânzător în perioada 15.10.2026 - 20.11.2026.
Răspunsul poate fi transmis electronic, la adresa sectia5@b.politiaromana.ro.

S|Ofițer specialist,
S|Subcomisar de poliție Munteanu Raluca-Ioana
""", "pers_b_munteanu", t - dt.timedelta(hours=3), title="612044")
    fwd = """
---------- Forwarded message ---------
De la: Secția 5 Poliție <sectia5@b.politiaromana.ro>
Date: mie., 25 nov. 2026 la 13:40
Subject: adresa okazii - dosar 7781/P/2026
To: Munteanu Raluca <raluca.munteanu@b.politiaromana.ro>

Doamna subcomisar, vă rog semnați și transmiteți adresa către Okazii (ciorna atașată).
Mulțumesc, Secretariat S5
"""
    body = text("Bună seara,\n\nVă transmit adresa Secției 5 Poliție nr. 612.044 din 25.11.2026, semnată "
                "electronic. Vă rog să confirmați primirea.\n\nSubcomisar Munteanu Raluca-Ioana\n" + fwd,
                "plain", "utf-8", "base64")
    msg = build(seed="g12", frm=addr("Munteanu Raluca", "raluca.munteanu@b.politiaromana.ro"),
                to=["juridic@okazii.ro"], cc=["sectia5@b.politiaromana.ro"],
                subject="Fwd: adresa okazii - dosar 7781/P/2026", date=t,
                message_id=mid("g12", "b.politiaromana.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "S5_612044_semnat.pdf")], "g12"),
                extra=[("User-Agent", "Roundcube Webmail/1.5.3")])
    raw = genuine(msg, "b.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "raluca.munteanu@b.politiaromana.ro", "g12", ipi=1)
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Secția 5 Poliție", "authority_kind": "police", "reference_number": "612.044",
        "reference_date": "2026-11-25", "case_number": "7781/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "email", "value": "bogdan.pana91@gmail.com"},
                     {"kind": "email", "value": "oferte.rapide.ro@gmail.com"},
                     {"kind": "phone", "value": "0768 330 417"}],
        "requested_data": ["datele de identificare și de contact",
                           "tranzacțiile efectuate în calitate de vânzător în perioada 15.10.2026 - 20.11.2026"],
        "period": {"from": "2026-10-15", "to": "2026-11-20"}, "response_channel": "electronic",
        "reply_to": "sectia5@b.politiaromana.ro", "signatory": "Subcomisar de poliție Munteanu Raluca-Ioana",
        "urgent": False},
        accept={"authority": ["Direcția Generală de Poliție a Municipiului București", "Poliția Capitalei",
                              "Poliția Capitalei - Secția 5 Poliție"],
                "reference_number": ["612044"]},
        notes="genuine: the signing officer forwards to us, with an internal forwarded note below (Gmail-style "
              "'Forwarded message' block, base64 body); three users (two e-mails, a phone); '1)' list",
        material={"dkim": ["b.politiaromana.ro"], "pdf": [{"signer": "pers_b_munteanu", "whole": True}]})


@item
def le_anaf_antifrauda():
    t = when(2026, 11, 18, 14, 0, 51)
    pdf = signed_letter("""
K|MINISTERUL FINANȚELOR
K|AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ
K|Direcția Generală Antifraudă Fiscală
B|Direcția Regională Antifraudă Fiscală 3 Craiova
K|Nr. DRAF3/ 7785 / 18.11.2026
{okazii}

T|SOLICITARE DE INFORMAȚII

În vederea efectuării unui control operativ inopinat la contribuabilul persoană fizică ce desfășoară activități economice neînregistrate prin intermediul platformei dumneavoastră, în temeiul art. 61 din Legea nr. 207/2015 privind Codul de procedură fiscală, vă rugăm să ne furnizați, pentru utilizatorul „magazin.bijuterii.dj”, pentru perioada 01.01.2025 - 31.10.2026:
L|a. numărul anunțurilor publicate și al celor finalizate prin vânzare;
L|b. sumele totale încasate, defalcate pe luni;
L|c. datele de identificare ale titularului contului (nume, CNP, domiciliu).
Informațiile vor fi transmise în termen de 15 zile, prin e-mail, la adresa draf3.craiova@anaf.ro.

S|Director executiv,
S|Ciobanu Florentina
""".replace("{okazii}", OKAZII_BLOCK), "seal_anaf", t - dt.timedelta(hours=5), title="DRAF3 7785")
    body = text("Buna ziua,\nVa transmitem in atasament solicitarea DRAF 3 Craiova nr. 7785/18.11.2026.\n"
                "Cu stima,\nCompartiment Registratura DRAF 3 Craiova\n"
                "Agentia Nationala de Administrare Fiscala\n", "plain", "iso-8859-2", "7bit")
    msg = build(seed="g13", frm=addr("DRAF 3 Craiova", "draf3.craiova@anaf.ro"), to=["juridic@okazii.ro"],
                subject="Solicitare informatii - DRAF3 7785/18.11.2026", date=t, message_id=mid("g13", "anaf.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "Solicitare_7785.pdf")], "g13"))
    raw = genuine(msg, "anaf.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro", "draf3.craiova@anaf.ro", "g13")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Direcția Regională Antifraudă Fiscală 3 Craiova", "authority_kind": "other",
        "reference_number": "7785", "reference_date": "2026-11-18",
        "subjects": [{"kind": "username", "value": "magazin.bijuterii.dj"}],
        "requested_data": ["numărul anunțurilor publicate și al celor finalizate prin vânzare",
                           "sumele totale încasate, defalcate pe luni",
                           "datele de identificare ale titularului contului (nume, CNP, domiciliu)"],
        "period": {"from": "2025-01-01", "to": "2026-10-31"}, "response_channel": "electronic",
        "reply_to": "draf3.craiova@anaf.ro", "signatory": "Director executiv Ciobanu Florentina",
        "urgent": False},
        accept={"authority": ["Agenția Națională de Administrare Fiscală", "Direcția Generală Antifraudă Fiscală"],
                "reference_number": ["DRAF3/7785", "DRAF3/ 7785", "DRAF3/ 7785 / 18.11.2026"]},
        notes="genuine: the tax authority's anti-fraud directorate (kind other), based on the fiscal procedure "
              "code (art. 61 Legea 207/2015, not the CPP: legal_basis left unscored); no criminal case number; "
              "registration line 'Nr. DRAF3/ 7785 / 18.11.2026'; the ANAF seal",
        material={"dkim": ["anaf.ro"], "pdf": [{"signer": "seal_anaf", "whole": True}]})


@item
def le_pjs2_smime_with_pdf():
    t = when(2026, 12, 2, 12, 44, 20)
    pdf = letter_pdf(cedilla("""
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 2 BUCUREȘTI
K|Nr. ieșire 44871 / 02.12.2026
K|Dosar nr. 15522/P/2025
{okazii}

În dosarul penal nr. 15522/P/2025, privind infracțiunea de înșelăciune, în temeiul art. 170 C.proc.pen., vă solicit să comunicați, cu privire la utilizatorul „vintage_ro_sector2” și la titularul numărului de telefon +40 723 990 114:
L|I. datele de identificare ale titularilor conturilor;
L|II. istoricul tranzacțiilor din perioada 01.05.2025 - 30.11.2026;
L|III. adresele IP folosite la crearea conturilor.
Răspunsul se va transmite electronic la adresa dan.nistor@mpublic.ro.

S|Prim-procuror adjunct,
S|Nistor Dan
""").replace("{okazii}", OKAZII_BLOCK), created=t - dt.timedelta(hours=1), title="44871")
    txt = cedilla("Stimaţi domni,\n\nVă transmit adresa nr. 44871 din 02.12.2026, emisă în dosarul penal "
                  "nr. 15522/P/2025, privind utilizatorul vintage_ro_sector2 şi titularul numărului de telefon "
                  "+40 723 990 114. Mesajul este semnat electronic (S/MIME).\n\nPrim-procuror adjunct Nistor Dan\n"
                  "Parchetul de pe lângă Judecătoria Sectorului 2 Bucureşti\n")
    inner = multipart("mixed", [text(txt, "plain", "utf-8", "quoted-printable"),
                                pdf_att(pdf, "adresa_44871.pdf")], "g14i")
    signed = mk.smime_signed(inner, "pers_pjs2_nistor", "g14")
    msg = build(seed="g14", frm=addr("Nistor Dan", "dan.nistor@mpublic.ro"), to=["juridic@okazii.ro"],
                subject=cedilla("Adresă nr. 44871 - dosar 15522/P/2025"), date=t,
                message_id=mid("g14", "mpublic.ro", "outlook"), body=signed,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=4), "juridic@okazii.ro", "dan.nistor@mpublic.ro",
                  "g14", helo="mta1.mpublic.ro")
    return raw, dict(category="law_enforcement", genuine=True, expect_verdict="verified", fields={
        "authority": "Parchetul de pe lângă Judecătoria Sectorului 2 București", "authority_kind": "prosecutor",
        "reference_number": "44871", "reference_date": "2026-12-02", "case_number": "15522/P/2025",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "vintage_ro_sector2"}, {"kind": "phone", "value": "+40 723 990 114"}],
        "requested_data": ["datele de identificare ale titularilor conturilor",
                           "istoricul tranzacțiilor din perioada 01.05.2025 - 30.11.2026",
                           "adresele IP folosite la crearea conturilor"],
        "period": {"from": "2025-05-01", "to": "2026-11-30"}, "response_channel": "electronic",
        "reply_to": "dan.nistor@mpublic.ro", "signatory": "Prim-procuror adjunct Nistor Dan", "urgent": False},
        notes="genuine: S/MIME multipart/signed over a multipart/mixed holding the text and an UNSIGNED PDF "
              "(the S/MIME signature covers both); the text and the PDF use cedilla ş ţ; roman-numeral list",
        material={"dkim": ["mpublic.ro"], "smime": "pers_pjs2_nistor"})


# ==========================================================================
# FORGED OR DEFECTIVE LAW-ENFORCEMENT REQUESTS (14)
# ==========================================================================

def _iasi_letter(nr: str, date_s: str, case: str, subject_line: str, items: list[str], service: str,
                 signer_lines: list[str]) -> str:
    lst = "\n".join(f"L|{i + 1}. {x};" if i < len(items) - 1 else f"L|{i + 1}. {x}." for i, x in enumerate(items))
    sig = "\n".join("S|" + s for s in signer_lines)
    return f"""
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|{service}
K|Nr. {nr} din {date_s}
{OKAZII_BLOCK}

În cadrul dosarului penal nr. {case}, în conformitate cu dispozițiile art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, referitor la {subject_line}, următoarele:
{lst}
Răspunsul îl puteți transmite în format electronic, la adresa de e-mail sic@is.politiaromana.ro.

{sig}
"""


@item
def forged_forward_rfc822_gmail():
    t0 = when(2026, 11, 10, 9, 14, 2)
    pdf = signed_letter(_iasi_letter("120.118/SIC", "10.11.2026", "6502/P/2026",
                                     "utilizatorul cu numele de utilizator „moldova_gadgets”",
                                     ["datele de identificare ale titularului", "adresele IP de conectare"],
                                     "Serviciul de Investigații Criminale",
                                     ["Șef serviciu,", "Comisar-șef de poliție", "Bălan Constantin-Mihai"]),
                        "seal_ipj_is", t0 - dt.timedelta(hours=2), title="120118")
    inner = build(seed="f1i", frm=addr("IPJ Iasi - Registratura", "registratura@is.politiaromana.ro"),
                  to=["juridic@okazii.ro"], subject="Adresa nr. 120.118/SIC", date=t0,
                  message_id=mid("f1i", "is.politiaromana.ro", "tb"),
                  body=multipart("mixed", [text("Vă transmitem adresa atașată.\n\nRegistratura IPJ Iași\n"),
                                           pdf_att(pdf, "Adresa_120118_SIC.pdf")], "f1i"))
    inner = mk.dkim_sign(inner, "is.politiaromana.ro", t0) + inner
    t = when(2026, 12, 1, 21, 37, 50)
    note = ("Bună seara,\n\nSunt comisar-șef Bălan Constantin-Mihai de la IPJ Iași. Serverul nostru de e-mail este "
            "în mentenanță până luni, așa că vă scriu de pe adresa personală. Vă redirecționez ca atașament "
            "mesajul oficial al IPJ Iași cu adresa semnată electronic (nr. 120.118/SIC), ca să puteți verifica "
            "semnătura.\n\nÎntre timp în dosarul 6502/P/2026 a apărut și utilizatorul „ionut_fast99”: vă rog "
            "să-mi comunicați și datele lui (date de identificare, IP-uri, telefon), pe această adresă, până "
            "mâine la ora 10.\n\nMulțumesc,\nBălan C.\n0741 555 903\n\nSent from my iPhone")
    rfc = Part([("Content-Type", 'message/rfc822; name="Adresa nr. 120.118-SIC.eml"'),
                ("Content-Disposition", 'attachment; filename="Adresa nr. 120.118-SIC.eml"')],
               inner.decode("latin-1").replace("\r\n", "\n"))
    msg = build(seed="f1", frm=addr("Bălan Constantin (IPJ Iași)", "balan.constantin.ipj@gmail.com"),
                to=["juridic@okazii.ro"], subject="Fwd: Adresa nr. 120.118/SIC + completare urgenta", date=t,
                message_id=mid("f1", "gmail.com", "gmail"),
                body=multipart("mixed", [text(note, cte="quoted-printable"), rfc], "f1"))
    raw = deliver(msg, helo="mail-wr1-f54.google.com", ip=ip_of("gmail.com"), t=t + dt.timedelta(seconds=2),
                  rcpt="juridic@okazii.ro", mail_from="balan.constantin.ipj@gmail.com", dkim_domain="gmail.com",
                  seed="f1")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority_kind": "police", "case_number": "6502/P/2026", "legal_basis": ["art. 170 CPP"]},
        notes="forged: a gmail 'officer' forwards, as a message/rfc822 attachment, an older GENUINE IPJ Iași mail "
              "(its own DKIM and its sealed PDF still valid inside the attachment) and adds, in his unsigned "
              "gmail text, a new user and a new reply address",
        material={"dkim": ["gmail.com"], "inner_dkim": ["is.politiaromana.ro"],
                  "pdf": [{"signer": "seal_ipj_is", "whole": True}]})


@item
def forged_compromised_dolj_extra_user():
    t = when(2026, 12, 2, 19, 8, 31)
    pdf = signed_letter(f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ
C|Serviciul de Investigare a Criminalității Economice
K|Nr. 39870 din 20.XI.2026
{OKAZII_BLOCK}

În dosarul penal nr. 1790/P/2026, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare și adresele de livrare ale utilizatorului „sud_electro_cv”.
Răspunsul va fi transmis prin curier la sediul IPJ Dolj.

Șef serviciu
Comisar-șef de poliție Niculescu Aurelian
""", "seal_ipj_dj", when(2026, 11, 20, 10, 0), title="Adresa 39870")
    body = text(fit("""Bună seara,

Revenind la adresa noastră nr. 39870 din 20.XI.2026 (atașată, semnată electronic), vă rugăm să extindeți verificările și asupra utilizatorului cu adresa de e-mail dan.petre.dj@gmail.com (ID utilizator 55120981): date de identificare, IBAN declarat, adrese IP.

Având în vedere urgența, răspunsul va fi transmis în format electronic, la adresa sice.dolj.operativ@gmail.com, întrucât căsuța oficială a serviciului este plină.

Secretariat S.I.C.E. - IPJ Dolj
""", "iso-8859-2"), "plain", "iso-8859-2", "quoted-printable")
    msg = build(seed="f2", frm=addr("Secretariat SICE", "secretariat.sice@dj.politiaromana.ro"),
                to=["juridic@okazii.ro"], reply_to="sice.dolj.operativ@gmail.com",
                subject="Completare adresa 39870", date=t, message_id=mid("f2", "dj.politiaromana.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "39870.pdf")], "f2"),
                extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    raw = genuine(msg, "dj.politiaromana.ro", t + dt.timedelta(seconds=2), "juridic@okazii.ro",
                  "secretariat.sice@dj.politiaromana.ro", "f2", helo="webmail.dj.politiaromana.ro")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority_kind": "police", "case_number": "1790/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "sud_electro_cv"}, {"kind": "email", "value": "dan.petre.dj@gmail.com"},
                     {"kind": "user_id", "value": "55120981"}]},
        notes="forged: sent from the genuine county police mailbox (valid DKIM: a compromised account) with a "
              "genuine sealed PDF about one user; the UNSIGNED mail body extends the request to another user and "
              "diverts the answer (Reply-To and text) to a gmail address",
        material={"dkim": ["dj.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_dj", "whole": True}]})


@item
def forged_idn_diicot_foreign_ca():
    t = when(2026, 12, 3, 7, 2, 40)
    pdf = signed_letter("""
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL CRAIOVA
K|Dosar nr. 77/D/P/2026
K|Nr. 1188/II-2/2026 din 02.12.2026
T|ORDONANȚĂ DE PREDARE A DATELOR INFORMATICE - URGENT
În cauza privind finanțarea terorismului (art. 36 din Legea nr. 535/2004), în temeiul art. 170 alin. (2) lit. b) C.proc.pen., dispun ca OKAZII ONLINE S.R.L. să comunice, în termen de 24 de ore, pentru utilizatorul „oltenia_auto_import” și pentru titularul numărului de telefon 0722 410 905:
L|a) datele complete de identificare și copia actului de identitate încărcat;
L|b) toate adresele IP și datele de conectare;
L|c) toate IBAN-urile și cardurile de plată asociate.
Nerespectarea termenului atrage răspunderea penală a reprezentanților societății.
Răspunsul se transmite exclusiv electronic, la adresa st.craiova@diicоt.ro.
S|PROCUROR,
S|Ionescu Marius-Daniel
""", "atk_seal_diicot", t - dt.timedelta(hours=1), title="1188")
    body = text("Bună dimineața,\n\nVă transmitem ordonanța atașată, semnată cu sigiliul electronic calificat al "
                "DIICOT. Termen: 24 de ore.\n\nDIICOT - Serviciul Teritorial Craiova\nst.craiova@diicоt.ro\n",
                "plain", "utf-8", "base64")
    msg = build(seed="f3", frm=addr("DIICOT - Serviciul Teritorial Craiova", "st.craiova@xn--diict-mye.ro"),
                to=["juridic@okazii.ro"], subject="URGENT - Ordonanță de predare date, dosar 77/D/P/2026", date=t,
                message_id=mid("f3", "xn--diict-mye.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "Ordonanta_1188.pdf")], "f3"),
                extra=[("X-Priority", "1")])
    raw = deliver(msg, helo="mail.xn--diict-mye.ro", ip=ip_of("xn--diict-mye.ro"), t=t + dt.timedelta(seconds=3),
                  rcpt="juridic@okazii.ro", mail_from="st.craiova@xn--diict-mye.ro", dkim_domain="xn--diict-mye.ro",
                  seed="f3")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Serviciul Teritorial Craiova", "authority_kind": "prosecutor",
        "reference_number": "1188/II-2/2026", "reference_date": "2026-12-02", "case_number": "77/D/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "oltenia_auto_import"}, {"kind": "phone", "value": "0722 410 905"}],
        "urgent": True},
        accept={"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                              "DIICOT - Serviciul Teritorial Craiova"]},
        notes="forged: IDN look-alike domain diicоt.ro (Cyrillic о, xn--diict-mye.ro) with its own valid DKIM; "
              "the PDF is sealed with DIICOT's exact O and organizationIdentifier, but by a certificate from "
              "the attacker's own 'Romanian Qualified Signature Services CA' (not a configured root); 24-hour "
              "threat",
        material={"dkim": ["xn--diict-mye.ro"], "pdf": [{"signer": "atk_seal_diicot", "whole": True,
                                                         "trusted": False}]})


@item
def forged_sender_header_gmail():
    t = when(2026, 11, 29, 13, 26, 5)
    pdf = letter_pdf(f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|Serviciul de Investigații Criminale
K|Nr. 2.420.118 din 28.11.2026
{OKAZII_BLOCK}

În dosarul penal nr. 3555/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm datele de identificare, numerele de telefon și adresele IP ale utilizatorului „prahova_anvelope”.
Răspunsul se va transmite la adresa de e-mail din care a fost trimisă prezenta.
S|Șef serviciu,
S|Comisar-șef de poliție Georgescu Marian
S|L.S.   (semnătură indescifrabilă)
""", created=t - dt.timedelta(hours=1), title="adresa")
    html = ("<div dir=\"ltr\">Bună ziua,<div><br></div><div>Vă transmitem adresa IPJ Prahova nr. 2.420.118 "
            "din 28.11.2026 (dosar penal nr. 3555/P/2026).</div><div><br></div><div>Cu stimă,</div>"
            "<div>Serviciul de Investigații Criminale - IPJ Prahova</div></div>")
    alt = multipart("alternative", [text("Bună ziua,\n\nVă transmitem adresa IPJ Prahova nr. 2.420.118 din "
                                         "28.11.2026 (dosar penal nr. 3555/P/2026).\n\nCu stimă,\nServiciul de "
                                         "Investigații Criminale - IPJ Prahova\n", cte="quoted-printable"),
                                    text(html, "html", cte="quoted-printable")], "f4a")
    msg = build(seed="f4", frm=addr("IPJ Prahova - Serviciul de Investigații Criminale", "sic@ph.politiaromana.ro"),
                to=["juridic@okazii.ro"], reply_to="ipj.prahova.sic@gmail.com",
                subject="Adresa nr. 2.420.118 / 28.11.2026", date=t, message_id=mid("f4", "gmail.com", "gmail"),
                body=multipart("mixed", [alt, pdf_att(pdf, "adresa_2420118.pdf")], "f4"),
                extra=[("Sender", "ipj.prahova.sic@gmail.com")])
    sig = mk.dkim_sign(msg, "gmail.com", t, headers=[b"from", b"sender", b"to", b"subject", b"date",
                                                      b"message-id", b"reply-to", b"mime-version", b"content-type"])
    raw = deliver(msg, helo="mail-ej1-f48.google.com", ip=ip_of("gmail.com", 1), t=t + dt.timedelta(seconds=2),
                  rcpt="juridic@okazii.ro", mail_from="ipj.prahova.sic@gmail.com", dkim_header=sig, seed="f4")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Serviciul de Investigații Criminale", "authority_kind": "police",
        "reference_number": "2.420.118", "reference_date": "2026-11-28", "case_number": "3555/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "username", "value": "prahova_anvelope"}]},
        accept={"authority": ["Inspectoratul de Poliție Județean Prahova"], "reference_number": ["2420118"]},
        notes="forged: From names the county police address, but the mail was sent through gmail with a "
              "Sender: header (gmail's valid DKIM signs From and Sender; not aligned with From); Reply-To gmail; "
              "the PDF is unsigned ('L.S.', 'semnătură indescifrabilă')",
        material={"dkim": ["gmail.com"], "pdf": []})


@item
def forged_duplicate_from():
    t = when(2026, 11, 30, 22, 41, 17)
    body = text("""Buna seara,

INSPECTORATUL DE POLITIE JUDETEAN IASI - Serviciul de Investigatii Criminale
Nr. 121.004/SIC din 30.11.2026

In dosarul penal nr. 6977/P/2026, in temeiul art. 170 C.proc.pen., va rugam sa ne comunicati de urgenta urmatoarele date privind utilizatorul "iasi_laptopuri" (telefon 0747 120 660):
- nume, prenume, CNP si adresa de domiciliu;
- IBAN-ul declarat pentru incasari;
- ultimele 20 de adrese IP de autentificare.

Adresa in original, semnata si stampilata, va fi transmisa prin posta.

Comisar-sef de politie Balan Constantin-Mihai
IPJ Iasi
""", "plain", "us-ascii", "7bit")
    msg = build(seed="f5", frm="IPJ Iasi SIC <office@ipj-iasi.info>", to=["juridic@okazii.ro"],
                subject="Solicitare urgenta date - dosar 6977/P/2026", date=t, message_id=mid("f5", "ipj-iasi.info"),
                body=body)
    # a second From, placed on top: DKIM (h=from) covers the bottom-most instance only
    msg = b"From: Registratura IPJ Iasi <registratura@is.politiaromana.ro>\r\n" + msg
    # the attacker's server signs both From instances (h=from:from), so even a verifier that refuses an
    # unsigned extra From (dkimpy) passes the signature
    sig = mk.dkim_sign(msg, "ipj-iasi.info", t, headers=[b"from", b"from", b"to", b"subject", b"date",
                                                         b"message-id", b"mime-version", b"content-type"])
    raw = deliver(msg, helo="mail.ipj-iasi.info", ip=ip_of("ipj-iasi.info"), t=t + dt.timedelta(seconds=2),
                  rcpt="juridic@okazii.ro", mail_from="office@ipj-iasi.info", dkim_header=sig, seed="f5")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority_kind": "police", "reference_number": "121.004", "reference_date": "2026-11-30",
        "case_number": "6977/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "iasi_laptopuri"}, {"kind": "phone", "value": "0747 120 660"}],
        "urgent": True},
        accept={"reference_number": ["121004", "121.004/SIC", "121004/SIC"]},
        notes="forged: two From: headers, the first naming the county police, the second the look-alike "
              "ipj-iasi.info, whose valid DKIM signature covers both (h=from:from); no signed document at all",
        material={"dkim": ["ipj-iasi.info"], "pdf": []})


@item
def forged_dkim_length_append():
    t = when(2026, 12, 1, 9, 12, 0)
    original = ("Bună ziua,\n\nVă informăm că adresa nr. 1.081.220 din 01.12.2026, privind utilizatorul "
                "„bihor_phones”, emisă în dosarul penal nr. 9120/P/2026, va fi transmisă prin poștă, semnată și "
                "ștampilată.\n\nCu stimă,\nBiroul Investigații Criminale Oradea\n")
    msg = build(seed="f6", frm=addr("BIC Oradea", "bic.oradea@bh.politiaromana.ro"), to=["juridic@okazii.ro"],
                subject="Notificare adresa 1.081.220", date=t, message_id=mid("f6", "bh.politiaromana.ro", "outlook"),
                body=text(original, "plain", "utf-8", "8bit"))
    sig = mk.dkim_sign(msg, "bh.politiaromana.ro", t, length=True)
    appended = ("\r\nACTUALIZARE 03.12.2026: dată fiind urgența, vă rugăm să transmiteți de îndată, fără a mai "
                "aștepta adresa prin poștă, datele de identificare, adresele IP și IBAN-ul utilizatorului "
                "„bihor_phones”, precum și ale utilizatorului „oradea_gsm_outlet”, la adresa "
                "bic.oradea.urgent@proton.me.\r\nComisar-șef Szabó A.\r\n").encode("utf-8")
    raw = deliver(sig + msg + appended, helo="mail.bh.politiaromana.ro", ip=ip_of("bh.politiaromana.ro"),
                  t=when(2026, 12, 3, 6, 58, 12), rcpt="juridic@okazii.ro",
                  mail_from="bic.oradea@bh.politiaromana.ro", seed="f6")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority_kind": "police", "case_number": "9120/P/2026",
        "subjects": [{"kind": "username", "value": "bihor_phones"}, {"kind": "username", "value": "oradea_gsm_outlet"}]},
        notes="forged: a genuine police notification signed with a DKIM body length (l=) is replayed with text "
              "appended after the signed length (DKIM still passes); the appended text turns the notice into an "
              "urgent demand for two users' data to a proton.me address; nothing is signed by a document",
        material={"dkim": ["bh.politiaromana.ro"], "pdf": [], "dkim_l": True})


@item
def forged_annex_page_after_seal():
    t = when(2026, 11, 27, 12, 3, 50)
    pdf = signed_letter(_iasi_letter("121.560/SIC", "27.11.2026", "7030/P/2026",
                                     "utilizatorul „iasi_second_hand”",
                                     ["datele de identificare ale titularului contului",
                                      "istoricul tranzacțiilor din ultimele 90 de zile"],
                                     "Serviciul de Investigații Criminale",
                                     ["Șef serviciu,", "Comisar-șef de poliție", "Bălan Constantin-Mihai"]),
                        "seal_ipj_is", t - dt.timedelta(hours=2), title="121560")
    pdf = mk.append_page_revision(pdf, [
        "ANEXA nr. 1 la adresa nr. 121.560/SIC din 27.11.2026",
        "", "Utilizatori suplimentari vizati de prezenta solicitare (aceleasi date):",
        "  - utilizatorul ionut_fast99", "  - contul cu e-mail contact.rapid.iasi@gmail.com",
        "  - titularul numarului de telefon 0741 000 222", "",
        "Comisar-sef de politie Balan Constantin-Mihai"])
    body = text("Bună ziua,\n\nVă transmitem adresa nr. 121.560/SIC din 27.11.2026, împreună cu Anexa nr. 1 "
                "(utilizatori suplimentari), în același document PDF semnat.\n\nRegistratura IPJ Iași\n",
                cte="quoted-printable")
    msg = build(seed="f7", frm=addr("IPJ Iasi - Registratura", "registratura@is.politiaromana.ro"),
                to=["juridic@okazii.ro"], subject="Adresa nr. 121.560/SIC cu anexa", date=t,
                message_id=mid("f7", "is.politiaromana.ro", "tb"),
                body=multipart("mixed", [body, pdf_att(pdf, "Adresa_121560_SIC_cu_anexa.pdf")], "f7"))
    raw = genuine(msg, "is.politiaromana.ro", t + dt.timedelta(seconds=4), "juridic@okazii.ro",
                  "registratura@is.politiaromana.ro", "f7")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Serviciul de Investigații Criminale", "authority_kind": "police",
        "reference_number": "121.560", "reference_date": "2026-11-27", "case_number": "7030/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "iasi_second_hand"}, {"kind": "username", "value": "ionut_fast99"},
                     {"kind": "email", "value": "contact.rapid.iasi@gmail.com"},
                     {"kind": "phone", "value": "0741 000 222"}]},
        accept={"authority": ["Inspectoratul de Poliție Județean Iași"],
                "reference_number": ["121560", "121.560/SIC", "121560/SIC"]},
        notes="forged: genuine channel (DKIM of the county police) and a genuinely sealed letter, to which an "
              "incremental update added a whole new last page ('ANEXA nr. 1') naming three more users; the "
              "seal covers only the first revision",
        material={"dkim": ["is.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_is", "whole": False}]})


@item
def forged_same_name_seal():
    t = when(2026, 12, 1, 11, 11, 11)
    pdf = signed_letter(_iasi_letter("121.877/SCCI", "01.12.2026", "7102/P/2026",
                                     "titularul contului asociat adresei de e-mail andrei.cozma.is@gmail.com",
                                     ["datele de identificare și de contact",
                                      "IBAN-urile declarate pentru încasări",
                                      "adresele IP de autentificare din luna noiembrie 2026"],
                                     "Serviciul de Combatere a Criminalității Informatice",
                                     ["Șef serviciu,", "Comisar de poliție", "Andronache Vlad"]),
                        "seal_samename_ipj_is", t - dt.timedelta(hours=1), visible=True, title="121877")
    body = text("Bună ziua,\n\nVă transmitem adresa nr. 121.877/SCCI din 01.12.2026, semnată cu sigiliul electronic "
                "calificat al IPJ Iași.\n\nRegistratura IPJ Iași\n", cte="quoted-printable")
    msg = build(seed="f8", frm=addr("IPJ Iasi - Registratura", "registratura@is.politiaromana.ro"),
                to=["juridic@okazii.ro"], subject="Adresa nr. 121.877/SCCI", date=t,
                message_id=mid("f8", "is.politiaromana.ro", "tb"),
                body=multipart("mixed", [body, pdf_att(pdf, "Adresa_121877.pdf")], "f8"))
    raw = genuine(msg, "is.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "registratura@is.politiaromana.ro", "f8")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Serviciul de Combatere a Criminalității Informatice", "authority_kind": "police",
        "reference_number": "121.877", "reference_date": "2026-12-01", "case_number": "7102/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "email", "value": "andrei.cozma.is@gmail.com"}],
        "signatory": "Comisar de poliție Andronache Vlad"},
        accept={"authority": ["Inspectoratul de Poliție Județean Iași"],
                "reference_number": ["121877", "121.877/SCCI", "121877/SCCI"]},
        notes="forged: genuine channel, and a qualified seal from the TRUSTED CA whose O is exactly "
              "'Inspectoratul de Poliție Județean Iași', but issued to a company that registered that name: its "
              "organizationIdentifier differs from the registry's",
        material={"dkim": ["is.politiaromana.ro"], "pdf": [{"signer": "seal_samename_ipj_is", "whole": True}]})


@item
def forged_cross_authority_officer():
    t = when(2026, 11, 30, 10, 30, 0)
    pdf = signed_letter(f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ
C|POLIȚIA MUNICIPIULUI BĂILEȘTI
K|Nr. 88.140 din 30.11.2026
{OKAZII_BLOCK}

În dosarul penal nr. 1402/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul cu ID 61770342:
L|1. datele de identificare;
L|2. lista tranzacțiilor ca vânzător din anul 2026;
L|3. adresele IP de autentificare.
Răspunsul se transmite electronic la adresa politia.bailesti@dj.politiaromana.ro.
S|Inspector de poliție
S|Ilie Carmen
""", "pers_ph_ilie", t - dt.timedelta(hours=1), title="88140")
    body = text(cedilla("Bună ziua,\n\nAtaşat adresa Poliţiei Municipiului Băileşti nr. 88.140/30.11.2026.\n\n"
                        "Cu stimă,\nPoliţia Municipiului Băileşti\n"), "plain", "utf-8", "quoted-printable")
    msg = build(seed="f9", frm=addr("Politia Municipiului Bailesti", "politia.bailesti@dj.politiaromana.ro"),
                to=["juridic@okazii.ro"], subject="Adresa 88.140", date=t, message_id=mid("f9", "dj.politiaromana.ro"),
                body=multipart("mixed", [body, pdf_att(pdf, "88140.pdf")], "f9"))
    raw = genuine(msg, "dj.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "politia.bailesti@dj.politiaromana.ro", "f9")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Poliția Municipiului Băilești", "authority_kind": "police", "reference_number": "88.140",
        "reference_date": "2026-11-30", "case_number": "1402/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "61770342"}], "response_channel": "electronic",
        "reply_to": "politia.bailesti@dj.politiaromana.ro", "signatory": "Inspector de poliție Ilie Carmen"},
        accept={"authority": ["Inspectoratul de Poliție Județean Dolj"], "reference_number": ["88140"]},
        notes="defective/forged: the Dolj county police channel (valid DKIM) and a letter headed IPJ Dolj, "
              "signed with the valid personal certificate of an officer the registry binds to IPJ PRAHOVA, "
              "not to Dolj",
        material={"dkim": ["dj.politiaromana.ro"], "pdf": [{"signer": "pers_ph_ilie", "whole": True}]})


@item
def defective_expired_officer_cert():
    t = when(2026, 11, 30, 15, 55, 21)
    pdf = signed_letter(f"""
K|POLIȚIA CAPITALEI
K|SECȚIA 3 POLIȚIE
K|Nr. 640.309 din 30.11.2026
{OKAZII_BLOCK}

În dosarul penal nr. 5530/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor utilizatorului „centru_vechi_antichitati”.
Răspunsul se transmite electronic, la adresa petre.vasilescu@b.politiaromana.ro.
S|Comisar-șef de poliție
S|Vasilescu Petre
""", "pers_b_vasilescu_expired", t - dt.timedelta(hours=1), title="640309")
    body = text("Buna ziua,\nAtasat adresa Sectiei 3 Politie nr. 640.309/30.11.2026.\nCms.-sef Vasilescu Petre\n",
                "plain", "us-ascii", "7bit")
    msg = build(seed="f10", frm=addr("Vasilescu Petre", "petre.vasilescu@b.politiaromana.ro"), to=["juridic@okazii.ro"],
                subject="adresa 640.309", date=t, message_id=mid("f10", "b.politiaromana.ro", "outlook"),
                body=multipart("mixed", [body, pdf_att(pdf, "640309.pdf")], "f10"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = genuine(msg, "b.politiaromana.ro", t + dt.timedelta(seconds=3), "juridic@okazii.ro",
                  "petre.vasilescu@b.politiaromana.ro", "f10")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Secția 3 Poliție", "authority_kind": "police", "reference_number": "640.309",
        "reference_date": "2026-11-30", "case_number": "5530/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "centru_vechi_antichitati"}], "response_channel": "electronic",
        "reply_to": "petre.vasilescu@b.politiaromana.ro", "signatory": "Comisar-șef de poliție Vasilescu Petre"},
        accept={"authority": ["Direcția Generală de Poliție a Municipiului București", "Poliția Capitalei",
                              "Poliția Capitalei - Secția 3 Poliție"], "reference_number": ["640309"]},
        notes="defective: genuine channel and a certificate the registry still binds to DGPMB, but it expired on "
              "2026-10-31 and the signature was made after that (a retired officer's card): never 'verified'",
        material={"dkim": ["b.politiaromana.ro"], "pdf": [{"signer": "pers_b_vasilescu_expired", "whole": True,
                                                           "expired": True}]})


def _docx(paragraphs: list[str]) -> bytes:
    from xml.sax.saxutils import escape
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


@item
def forged_docx_annex_beside_seal():
    t = when(2026, 11, 26, 9, 40, 2)
    pdf = signed_letter(f"""
B|PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA
K|Nr. 6120/II/2/2026 din 26.11.2026
K|Dosar nr. 522/P/2026
{OKAZII_BLOCK}

În dosarul penal nr. 522/P/2026, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm să comunicați datele de identificare și de contact ale utilizatorului „ploiesti_jante”, precum și lista tranzacțiilor acestuia din anul 2026.
Răspunsul se transmite electronic, la adresa registratura.ptprahova@mpublic.ro.
S|Procuror,
S|Stanciu Adriana-Elena
""", "seal_ptph", t - dt.timedelta(hours=1), title="6120")
    docx = _docx(["ANEXA 1 la adresa nr. 6120/II/2/2026 - dosar 522/P/2026",
                  "Lista completă a utilizatorilor vizați (aceleași date ca pentru utilizatorul principal):",
                  "1. jante_aliaj_ph (ID 40981233)", "2. roti.iarna.ploiesti@yahoo.ro", "3. telefon 0726 118 404",
                  "Datele privind utilizatorii din anexă se transmit la adresa anexe.parchet.ph@proton.me."])
    body = text("Bună ziua,\n\nAtașat: adresa nr. 6120/II/2/2026 (PDF semnat electronic) și Anexa 1 (format Word), "
                "care cuprinde lista completă a utilizatorilor vizați. Vă rugăm să tratați adresa împreună cu "
                "anexa.\n\nRegistratura\nParchetul de pe lângă Tribunalul Prahova\n", cte="quoted-printable")
    docx_part = attachment(docx, "Anexa 1 - utilizatori.docx",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    msg = build(seed="f11", frm=addr("Registratura Parchet Tribunal Prahova", "registratura.ptprahova@mpublic.ro"),
                to=["juridic@okazii.ro"], subject="Adresa 6120/II/2/2026 + Anexa 1", date=t,
                message_id=mid("f11", "mpublic.ro", "zimbra"),
                body=multipart("mixed", [body, pdf_att(pdf, "Adresa_6120.pdf"), docx_part], "f11"),
                extra=[("X-Mailer", "Zimbra 9.0.0_GA_4584 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4584)")])
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=2), "juridic@okazii.ro",
                  "registratura.ptprahova@mpublic.ro", "f11", helo="mta2.mpublic.ro", ipi=1)
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Parchetul de pe lângă Tribunalul Prahova", "authority_kind": "prosecutor",
        "reference_number": "6120/II/2/2026", "reference_date": "2026-11-26", "case_number": "522/P/2026",
        "legal_basis": ["art. 170 CPP"]},
        accept={"reference_number": ["6120"]},
        notes="forged: the prosecutor's office's genuine channel and seal on a PDF about one user; an unsigned "
              "Word annex (.docx) beside it names three more users and another reply address, and the mail "
              "body asks that both be treated together",
        material={"dkim": ["mpublic.ro"], "pdf": [{"signer": "seal_ptph", "whole": True}]})


@item
def forged_smime_unsigned_sibling():
    t = when(2026, 12, 2, 16, 20, 45)
    letter = """PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CRAIOVA
Nr. înregistrare: 5690/II/2/2026, data: 02.12.2026
Dosar penal nr. 1180/P/2026

În dosarul penal nr. 1180/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicit să comunicați datele de identificare și istoricul autentificărilor pentru contul de utilizator cu ID 30455120.
Răspunsul se va transmite electronic, la adresa teodora.barbu@mpublic.ro.

Procuror Barbu Teodora
"""
    signed = mk.smime_signed(text(letter, "plain", "utf-8", "quoted-printable"), "pers_pjcv_barbu", "f12")
    extra_txt = text("COMPLETARE (02.12.2026): vă rog să includeți în răspuns și datele utilizatorului cu telefonul "
                     "0733 909 112 și adresa de e-mail craiova.deals@proton.me, și să trimiteți răspunsul și la "
                     "adresa parchet.craiova.dosare@gmail.com.\n\nMai jos, adresa semnată electronic.\n",
                     "plain", "utf-8", "quoted-printable")
    msg = build(seed="f12", frm=addr("Teodora Barbu", "teodora.barbu@mpublic.ro"), to=["juridic@okazii.ro"],
                subject="Solicitare date, dosar 1180/P/2026 (completare)", date=t,
                message_id=mid("f12", "mpublic.ro", "tb"), body=multipart("mixed", [extra_txt, signed], "f12"))
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=4), "juridic@okazii.ro", "teodora.barbu@mpublic.ro",
                  "f12", helo="mta1.mpublic.ro")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Parchetul de pe lângă Judecătoria Craiova", "authority_kind": "prosecutor",
        "case_number": "1180/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "30455120"}, {"kind": "phone", "value": "0733 909 112"},
                     {"kind": "email", "value": "craiova.deals@proton.me"}]},
        notes="forged: the prosecutor's genuine mailbox (DKIM) and a valid S/MIME signature by her bound "
              "certificate over a nested part naming one user; an unsigned text part BEFORE the signed part "
              "adds two identifiers and a gmail reply address",
        material={"dkim": ["mpublic.ro"], "smime": "pers_pjcv_barbu"})


@item
def forged_garda_financiara_defunct():
    t = when(2026, 11, 28, 12, 12, 12)
    pdf = signed_letter(f"""
C|MINISTERUL FINANȚELOR PUBLICE
C|GARDA FINANCIARĂ
C|Comisariatul General
K|Nr. 24.561/GF din 27.11.2026
{OKAZII_BLOCK}

În exercitarea atribuțiilor de control operativ și inopinat prevăzute de lege și în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii „aur_si_argint_ro” și „ceasuri_lux_outlet”, datele de identificare, IBAN-urile declarate și valoarea totală a vânzărilor din ultimii doi ani.
Datele se transmit în termen de 48 de ore la adresa control@gardafinanciara.ro.
S|Comisar general adjunct,
S|Marinescu Horia
""", "atk_seal_garda", t - dt.timedelta(hours=2), title="24561")
    msg = build(seed="f13", frm=addr("Garda Financiara - Comisariatul General", "control@gardafinanciara.ro"),
                to=["juridic@okazii.ro", "office@okazii.ro"], subject="Solicitare date - control operativ 24.561/GF",
                date=t, message_id=mid("f13", "gardafinanciara.ro"),
                body=multipart("mixed", [text("Stimate domn/doamnă,\n\nVă transmitem adresa atașată, semnată "
                                              "electronic.\n\nGarda Financiară\n", cte="quoted-printable"),
                                         pdf_att(pdf, "GF_24561.pdf")], "f13"))
    raw = deliver(msg, helo="mail.gardafinanciara.ro", ip=ip_of("gardafinanciara.ro"), t=t + dt.timedelta(seconds=2),
                  rcpt="juridic@okazii.ro", mail_from="control@gardafinanciara.ro", dkim_domain="gardafinanciara.ro",
                  seed="f13")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Comisariatul General", "reference_number": "24.561", "reference_date": "2026-11-27",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "aur_si_argint_ro"},
                     {"kind": "username", "value": "ceasuri_lux_outlet"}]},
        accept={"authority": ["Garda Financiară", "Garda Financiară - Comisariatul General"],
                "reference_number": ["24561", "24.561/GF", "24561/GF"]},
        notes="forged: an authority that was abolished in 2013 and is in no registry, on its own domain with "
              "valid DKIM, and a PDF sealed by the attacker's own CA; invokes the CPP without a case number",
        material={"dkim": ["gardafinanciara.ro"], "pdf": [{"signer": "atk_seal_garda", "whole": True,
                                                           "trusted": False}]})


@item
def forged_html_plain_divergence():
    t = when(2026, 12, 3, 17, 45, 9)
    pdf = signed_letter(f"""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
B|POLIȚIA MUNICIPIULUI CÂMPINA
B|Biroul de Investigații Criminale
K|Număr de înregistrare: 2431907 din data de 3 decembrie 2026
{OKAZII_BLOCK}

În dosarul penal nr. 3702/P/2026, în temeiul art. 170 alin. (1) C.proc.pen., vă solicităm să ne comunicați datele de identificare și numerele de telefon asociate contului de utilizator „campina_unelte”.
Relațiile solicitate vor fi transmise la adresa de e-mail bic.campina@ph.politiaromana.ro.
S|Șef birou
S|Comisar de poliție
S|Radu Sorin-Valentin
""", "pers_ph_radu", t - dt.timedelta(minutes=30), family="sans", title="adresa")
    plain = ("Bună ziua,\n\nVă înaintăm adresa nr. 2431907 din 3 decembrie 2026, dosar penal nr. 3702/P/2026, "
             "privind utilizatorul campina_unelte, semnată electronic.\n\nComisar de poliție Radu Sorin-Valentin\n")
    html = html_wrap(p_msonormal([
        "Bună ziua,", "",
        "Vă înaintăm adresa nr. 2431907 din 3 decembrie 2026, dosar penal nr. 3702/P/2026, semnată electronic.", "",
        "<b>Erată:</b> din eroare materială, în adresă a fost trecut utilizatorul „campina_unelte”; utilizatorul "
        "vizat este <b>„prahova_scule_pro”</b> (e-mail scule.pro.ph@gmail.com). Vă rugăm să transmiteți datele "
        "acestuia, de urgență, la adresa <b>bic.campina.dosare@proton.me</b>.",
        "<span style=\"display:none;font-size:0;color:#ffffff\">privind utilizatorul campina_unelte</span>", "",
        "Comisar de poliție Radu Sorin-Valentin"]), "outlook", "utf-8")
    alt = multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                    "f14a")
    msg = build(seed="f14", frm=addr("Radu Sorin-Valentin", "sorin.radu@ph.politiaromana.ro"), to=["juridic@okazii.ro"],
                subject="Adresă dosar penal nr. 3702/P/2026", date=t, message_id=mid("f14", "ph.politiaromana.ro", "outlook"),
                body=multipart("mixed", [alt, pdf_att(pdf, "adresa 2431907.pdf")], "f14"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = genuine(msg, "ph.politiaromana.ro", t + dt.timedelta(seconds=5), "juridic@okazii.ro",
                  "sorin.radu@ph.politiaromana.ro", "f14")
    return raw, dict(category="law_enforcement", genuine=False, expect_verdict="not_verified", fields={
        "authority": "Poliția Municipiului Câmpina", "authority_kind": "police", "reference_number": "2431907",
        "reference_date": "2026-12-03", "case_number": "3702/P/2026", "legal_basis": ["art. 170 CPP"]},
        accept={"authority": ["Inspectoratul de Poliție Județean Prahova"]},
        notes="forged: compromised officer mailbox (valid DKIM) and his genuinely signed PDF about one user; the "
              "text/plain alternative repeats the signed letter faithfully, while the HTML alternative (what a person "
              "sees) carries an 'erratum' swapping the user and diverting the answer to proton.me",
        material={"dkim": ["ph.politiaromana.ro"], "pdf": [{"signer": "pers_ph_radu", "whole": True}]})


# ==========================================================================
# COMPLAINTS (8), MEDIATIONS (6), SUPPORT (6)
# ==========================================================================

def citizen(seed: str, frm: str, domain: str, to: str, subject: str, t: dt.datetime, body: Part,
            extra: list | None = None, style: str = "plain", reply_to: str | None = None,
            subject_charset: str = "utf-8", dkim_domain: str | None = "same", **kw) -> bytes:
    address = frm.split("<")[-1].rstrip(">")
    msg = build(seed=seed, frm=frm, to=[to], subject=subject, date=t, message_id=mid(seed, domain, style),
                body=body, extra=extra, reply_to=reply_to, subject_charset=subject_charset, **kw)
    dk = domain if dkim_domain == "same" else dkim_domain
    helo = {"gmail.com": "mail-lf1-f41.google.com", "yahoo.ro": "sonic301-21.consmr.mail.ir2.yahoo.com",
            "outlook.com": "EUR05-AM6-obe.outbound.protection.outlook.com"}.get(domain, f"mail.{domain}")
    return deliver(msg, helo=helo, ip=ip_of(domain), t=t + dt.timedelta(seconds=3), rcpt=to.split("<")[-1].rstrip(">"),
                   mail_from=address, dkim_domain=dk, seed=seed)


@item
def complaint_not_delivered_guarantee():
    t = when(2026, 11, 21, 20, 14, 9)
    body = text("""Bună seara,

Vă scriu pentru a depune o reclamație. Pe 3 noiembrie am cumpărat un telefon Samsung Galaxy S23 de la vânzătorul „telefoane_bune_ro”, comanda nr. 71203344, și am plătit 1.480 lei prin platformă, cu Garanția de Livrare.

Vânzătorul mi-a trimis un număr de AWB care nu există la curier, iar de o săptămână nu mai răspunde la mesaje. Produsul nu a ajuns nici până azi.

Vă rog să activați Garanția de Livrare și să-mi returnați banii.

Mulțumesc,
Cristina Apostol
tel. 0745 210 377
""", cte="quoted-printable")
    raw = citizen("c1", addr("Cristina Apostol", "cristina.apostol88@gmail.com"), "gmail.com",
                  "sesizari@okazii.ro", "Reclamație - produs neprimit, comanda 71203344", t, body, style="gmail")
    return raw, dict(category="complaint", fields={
        "complainant": "Cristina Apostol", "transaction_id": "71203344", "counterparty": "telefoane_bune_ro",
        "amount": {"value": "1480.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
        "contact": {"email": "cristina.apostol88@gmail.com", "phone": "0745 210 377"}},
        accept={"complainant": ["cristina.apostol88@gmail.com"]},
        notes="complaint: plain UTF-8 QP, diacritics, amount '1.480 lei', AWB that does not exist")


@item
def complaint_no_answer_nodia_yahoo():
    t = when(2026, 11, 23, 7, 49, 30)
    body = text("""buna ziua
am cumparat de la user-ul mobila_second_cluj o comoda cu 350 RON (nr tranzactie 70881245), am platit prin transfer bancar cum a zis el, dupa care nu a mai raspuns nici la telefon nici la mesaje pe site. au trecut 12 zile. ce pot face? vreau sa fac reclamatie oficiala
Mihai Rotaru

Trimis de pe Yahoo Mail pe Android
""", "plain", "utf-8", "7bit")
    raw = citizen("c2", addr("mihai rotaru", "mihai_rotaru_77@yahoo.ro"), "yahoo.ro", "sesizari@okazii.ro",
                  "reclamatie vanzator nu raspunde", t, body)
    return raw, dict(category="complaint", fields={
        "complainant": "Mihai Rotaru", "transaction_id": "70881245", "counterparty": "mobila_second_cluj",
        "amount": {"value": "350.00", "currency": "RON"}, "issue": "no_answer",
        "contact": {"email": "mihai_rotaru_77@yahoo.ro"}},
        accept={"complainant": ["mihai rotaru", "mihai_rotaru_77@yahoo.ro"]},
        notes="complaint: all lower case, no diacritics, no punctuation to speak of, Yahoo mobile signature; paid "
              "by bank transfer outside the platform (so no Delivery Guarantee key in the truth)")


@item
def complaint_fraud_fake_courier_html_cp1250():
    t = when(2026, 11, 25, 12, 2, 44)
    html = html_wrap(p_msonormal([
        "Bună ziua,", "",
        "Doresc să semnalez o <b>tentativă de fraudă</b>. Am pus în vânzare o bicicletă (anunț ID 90011238, "
        "preț 2.100,00 lei) și un „cumpărător” cu userul <b>ana.maria.buy</b> mi-a trimis un link de la "
        "„Curier Fulger” ca să «încasez banii». Am introdus datele cardului și mi s-au luat 2.100,00 lei din cont.",
        "", "Am făcut deja plângere la poliție. Vă rog să blocați contul acestui utilizator.", "",
        "Cu stimă,", "Florin Dobrescu", "Str. Lalelelor 4, Pitești"]), "outlook", "windows-1250")
    raw = citizen("c3", addr("Florin Dobrescu", "florin.dobrescu@outlook.com", "windows-1250"), "outlook.com",
                  "sesizari@okazii.ro", "Tentativă de fraudă - link fals curier", t,
                  text(ents(html, "windows-1250"), "html", "windows-1250", "quoted-printable"), style="outlook",
                  subject_charset="windows-1250")
    return raw, dict(category="complaint", fields={
        "complainant": "Florin Dobrescu", "counterparty": "ana.maria.buy",
        "amount": {"value": "2100.00", "currency": "RON"}, "issue": "fraud_suspected",
        "contact": {"email": "florin.dobrescu@outlook.com"}},
        notes="complaint: the SELLER is the victim (a fake courier payment link); HTML-only windows-1250 QP; the "
              "number given is an ad id, not a transaction (transaction_id left unscored)")


@item
def complaint_company_latin2_letter():
    t = when(2026, 11, 26, 10, 30, 0)
    body = text(fit("""S.C. BRICOLAJ POPA S.R.L.
Str. Fabricii nr. 12, Slatina, jud. Olt
CUI RO18830211
Nr. 418 / 26.11.2026

Către: OKAZII ONLINE S.R.L. - Departamentul de Securitate

RECLAMAȚIE

Subscrisa, S.C. BRICOLAJ POPA S.R.L., prin administrator Popa Gheorghe, formulăm prezenta reclamație cu privire la comanda nr. 71500020 din 04.11.2026, prin care am achiziționat de la vânzătorul „scule_profi_depozit” un lot de 10 mașini de găurit, în valoare totală de 4 950,00 RON, achitată integral prin platformă, cu Garanția de Livrare.

Marfa nu a fost livrată până la data prezentei, iar vânzătorul a șters anunțul și nu mai poate fi contactat.

Solicităm restituirea integrală a sumei de 4 950,00 RON în contul nostru.

Administrator,
Popa Gheorghe
tel. 0249 555 120, office@bricolaj-popa.ro
""", "iso-8859-2"), "plain", "iso-8859-2", "quoted-printable")
    raw = citizen("c4", addr("Bricolaj Popa - Office", "office@bricolaj-popa.ro"), "bricolaj-popa.ro",
                  "sesizari@okazii.ro", "Reclamatie comanda 71500020", t, body)
    return raw, dict(category="complaint", fields={
        "transaction_id": "71500020", "counterparty": "scule_profi_depozit",
        "amount": {"value": "4950.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
        "contact": {"email": "office@bricolaj-popa.ro", "phone": "0249 555 120"}},
        notes="complaint: a company's formal letter (its own registration number and date, 'Subscrisa'), "
              "ISO-8859-2 with cedilla letters, amount with a space as thousands separator '4 950,00 RON'")


@item
def complaint_forwarded_chat_teapa():
    t = when(2026, 11, 28, 23, 58, 1)
    body = text("""BUNA ZIUA!!! AM LUAT TEAPA PE SITE-UL VOSTRU

am platit 600 lei pt o consola ps5 la userul gamer_deals_bv, comanda 71322019, si omul a disparut. va trimit mai jos ce mi-a scris, judecati si voi. Garantia de livrare nu am bifat-o pt ca mi-a zis el sa nu o bifez ca e mai rapid....

---------- Forwarded message ---------
From: gamer_deals_bv (prin Okazii) <notificari@okazii.ro>
Date: Thu, Nov 20, 2026 at 6:12 PM
Subject: Mesaj nou de la gamer_deals_bv

> salut, plateste direct in cont ca garantia aia dureaza mult, iti trimit azi
> IBAN RO12 BREL 0002 0011 2233 4401
> nu bifa garantia ca se blocheaza banii

--
Andrei Stoica
""", "plain", "utf-8", "8bit")
    raw = citizen("c5", addr("Andrei Stoica", "andrei.stoica.bv@gmail.com"), "gmail.com", "sesizari@okazii.ro",
                  "TEAPA!!! comanda 71322019", t, body, style="gmail")
    return raw, dict(category="complaint", fields={
        "complainant": "Andrei Stoica", "transaction_id": "71322019", "counterparty": "gamer_deals_bv",
        "amount": {"value": "600.00", "currency": "RON"}, "delivery_guarantee": False, "issue": "fraud_suspected",
        "contact": {"email": "andrei.stoica.bv@gmail.com"}},
        notes="complaint: shouting, 'teapa' without diacritics, forwarded chat quoted with '>' including the "
              "seller's IBAN (not a subject: this is not a police request); the Guarantee explicitly NOT taken")


@item
def complaint_english_foreign_buyer_eur():
    t = when(2026, 11, 29, 16, 5, 27)
    body = text("""Hello,

I am writing from Chisinau. On 14 November I bought a Canon EOS R7 camera on okazii.ro from the seller "foto_pro_iasi" (order no. 70998812) and paid 120 EUR as a deposit by card through your site. The seller promised shipping in 2 days. Nothing has arrived and the tracking number he gave me is fake.

I believe this is a scam. Please investigate and refund my money.

Best regards,
Victor Ceban
+373 69 555 214
""", "plain", "us-ascii", "7bit")
    raw = citizen("c6", addr("Victor Ceban", "victor.ceban@proton.me"), "proton.me", "support@okazii.ro",
                  "Paid but never received - order 70998812", t, body)
    return raw, dict(category="complaint", fields={
        "complainant": "Victor Ceban", "transaction_id": "70998812", "counterparty": "foto_pro_iasi",
        "amount": {"value": "120.00", "currency": "EUR"}, "issue": "not_delivered",
        "contact": {"email": "victor.ceban@proton.me", "phone": "+373 69 555 214"}},
        notes="complaint in English from a foreign buyer, amount in EUR, a Moldovan phone number; sent to the "
              "support address")


@item
def complaint_lawyer_on_behalf():
    t = when(2026, 12, 1, 11, 45, 0)
    html = ("<p><b>CABINET DE AVOCAT STAN IOANA</b><br>Baroul Constanța</p>"
            "<p>Stimată doamnă / Stimate domn,</p>"
            "<p>Subsemnata, av. Stan Ioana, în calitate de avocat al doamnei <b>Dumitrache Elena</b> (utilizator "
            "okazii.ro <i>elena.dumitrache.ct</i>), vă adresez prezenta <b>reclamație</b> cu privire la tranzacția "
            "nr. 71440018, prin care clienta mea a achitat suma de 3.250 lei vânzătorului <i>ct_climatizare</i> "
            "pentru un aparat de aer condiționat, cu Garanția de Livrare. Produsul nu a fost livrat.</p>"
            "<p>Vă solicităm aplicarea Garanției de Livrare și restituirea sumei, în termen de 15 zile.</p>"
            "<p>Cu stimă,<br>Av. Stan Ioana<br>tel. 0241 555 876</p>")
    alt = multipart("alternative", [text(mk.re.sub(r"<[^>]+>", "", html.replace("</p>", "\n\n").replace("<br>", "\n")),
                                         cte="quoted-printable"),
                                    text(html_wrap(html, "plain"), "html", cte="quoted-printable")], "c7a")
    raw = citizen("c7", addr("Av. Stan Ioana", "office@cabinet-avocat-stan.ro"), "cabinet-avocat-stan.ro",
                  "sesizari@okazii.ro", "Reclamatie tranzactia 71440018 - Dumitrache Elena", t, alt)
    return raw, dict(category="complaint", fields={
        "transaction_id": "71440018", "counterparty": "ct_climatizare",
        "amount": {"value": "3250.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
        "contact": {"email": "office@cabinet-avocat-stan.ro", "phone": "0241 555 876"}},
        notes="complaint written by a lawyer on behalf of a client (who is the complainant is left unscored); "
              "multipart/alternative")


@item
def complaint_short_cedilla_no_order():
    t = when(2026, 12, 2, 19, 3, 11)
    body = text(cedilla("Bună,\nam plătit 89,99 lei pt o husă de telefon la vânzătorul husepremium_ro şi nu mai "
                        "răspunde de 2 săptămâni, nici produsul nu a venit. Nu mai găsesc numărul comenzii. Ce fac?\n"
                        "Ioana\n"), "plain", "utf-8", "base64")
    raw = citizen("c8", addr("Ioana P.", "ioana.p.2003@yahoo.ro"), "yahoo.ro", "sesizari@okazii.ro",
                  "vanzator care nu raspunde", t, body)
    return raw, dict(category="complaint", fields={
        "transaction_id": None, "counterparty": "husepremium_ro", "amount": {"value": "89.99", "currency": "RON"},
        "contact": {"email": "ioana.p.2003@yahoo.ro"}},
        notes="complaint: short, cedilla ş, base64 body; no order number (transaction_id must be null); both "
              "'no answer' and 'not delivered' are said (issue left unscored)")


@item
def mediation_not_as_described_partial_refund():
    t = when(2026, 11, 22, 14, 40, 3)
    body = text("""Bună ziua,

Am primit telefonul iPhone 13 cumpărat de la „mobile_lux_ph” (tranzacția 71180455, 2.300 lei). În anunț era descris „nou, sigilat, garanție 24 luni”, însă telefonul este folosit, are zgârieturi pe ecran și bateria are 81%. Produsul nu corespunde descrierii.

Propun o soluție amiabilă: vânzătorul să-mi restituie 600 lei și păstrez telefonul. Dacă nu acceptă, vreau să returnez produsul și să primesc banii înapoi.

Vă rog să mediați disputa.
Larisa Ungureanu
""", cte="quoted-printable")
    raw = citizen("m1", addr("Larisa Ungureanu", "larisa.ungureanu@gmail.com"), "gmail.com", "mediere@okazii.ro",
                  "Mediere - produs neconform, tranzactia 71180455", t, body, style="gmail")
    return raw, dict(category="mediation", fields={
        "complainant": "Larisa Ungureanu", "transaction_id": "71180455", "counterparty": "mobile_lux_ph",
        "amount": {"value": "2300.00", "currency": "RON"}, "issue": "not_as_described",
        "contact": {"email": "larisa.ungureanu@gmail.com"}},
        notes="mediation: 'nou, sigilat' vs used; proposes a partial refund; explicit 'mediați disputa'")


@item
def mediation_damaged_tv_html():
    t = when(2026, 11, 24, 19, 22, 50)
    html = html_wrap("Buna seara,<br><br>Televizorul LG 55\" (comanda <b>71233001</b>, 1.899 lei, vanzator "
                     "<b>electro_outlet_gl</b>) a ajuns cu <b>ecranul spart</b>. Coletul era deformat, am facut "
                     "poze si proces-verbal cu curierul.<br>Vanzatorul zice ca nu e vina lui si ca sa ma inteleg "
                     "cu curierul.<br><br>As vrea sa returnez televizorul si sa primesc banii inapoi, sau un "
                     "televizor nou. Va rog sa interveniti ca mediator.<br><br>Multumesc,<br>Sorin Enache",
                     "plain")
    raw = citizen("m2", addr("Sorin Enache", "sorin.enache@outlook.com"), "outlook.com", "mediere@okazii.ro",
                  "produs deteriorat la livrare", t, text(html, "html", "utf-8", "base64"), style="outlook")
    return raw, dict(category="mediation", fields={
        "complainant": "Sorin Enache", "transaction_id": "71233001", "counterparty": "electro_outlet_gl",
        "amount": {"value": "1899.00", "currency": "RON"}, "issue": "damaged",
        "contact": {"email": "sorin.enache@outlook.com"}},
        notes="mediation: HTML-only base64, no diacritics, a quote character in 55\"; item damaged in transport")


@item
def mediation_wrong_size_latin2():
    t = when(2026, 11, 27, 9, 5, 33)
    body = text(fit("""Bună ziua,

Am comandat de la vânzătorul „incaltaminte_iarna” o pereche de ghete mărimea 42 (tranzacția nr. 71377102, 349,90 lei) şi am primit mărimea 40, alt model. Vânzătorul spune că «aşa era în stoc».

Nu vreau banii înapoi, vreau să primesc produsul comandat, mărimea 42, iar transportul pentru schimb să fie plătit de vânzător.

Cu mulţumiri,
Gabriela Moraru
0752 555 631
""", "iso-8859-2"), "plain", "iso-8859-2", "8bit")
    raw = citizen("m3", addr("Gabriela Moraru", "gabi.moraru@yahoo.ro", "iso-8859-2"), "yahoo.ro",
                  "mediere@okazii.ro", cedilla("Am primit alt produs decât cel comandat"), t, body,
                  subject_charset="iso-8859-2")
    return raw, dict(category="mediation", fields={
        "complainant": "Gabriela Moraru", "transaction_id": "71377102", "counterparty": "incaltaminte_iarna",
        "amount": {"value": "349.90", "currency": "RON"}, "issue": "wrong_item",
        "contact": {"email": "gabi.moraru@yahoo.ro", "phone": "0752 555 631"}},
        notes="mediation: wrong size and model; ISO-8859-2 8bit body and encoded-word name and subject in "
              "ISO-8859-2; French quotes «»")


@item
def mediation_return_refused_thread():
    t = when(2026, 11, 30, 12, 0, 9)
    body = text("""Bună ziua,

Revin la discuția de mai jos. Vânzătorul „deco_home_tm” refuză returul, deși am trimis cererea în a 6-a zi de la primire (tranzacția 71401188, o lampă de 420 lei). Spune că „produsele resigilate nu se returnează”, ceea ce nu scrie în anunț.

Propun să returnez lampa pe cheltuiala mea, iar vânzătorul să-mi restituie 420 lei.

Ilinca Radu

On Sat, 28 Nov 2026 at 10:14, deco_home_tm via Okazii <notificari@okazii.ro> wrote:
> Nu acceptam retur la produse resigilate. O zi buna.
>
> On Fri, 27 Nov 2026 at 21:40, Ilinca Radu wrote:
>> Buna seara, doresc sa returnez lampa, nu se potriveste in camera. Multumesc.
""", cte="quoted-printable")
    raw = citizen("m4", addr("Ilinca Radu", "ilinca.radu.tm@gmail.com"), "gmail.com", "mediere@okazii.ro",
                  "Re: Mesaj nou de la deco_home_tm", t, body, style="gmail",
                  extra=[("In-Reply-To", "<notif-71401188-3@okazii.ro>")])
    return raw, dict(category="mediation", fields={
        "complainant": "Ilinca Radu", "transaction_id": "71401188", "counterparty": "deco_home_tm",
        "amount": {"value": "420.00", "currency": "RON"}, "issue": "return_refused",
        "contact": {"email": "ilinca.radu.tm@gmail.com"}},
        notes="mediation: a reply to a marketplace notification, with the quoted chat; return refused; the "
              "buyer proposes returning at her own cost")


@item
def mediation_seller_proposes():
    t = when(2026, 12, 1, 17, 31, 12)
    body = text("""Stimată echipă Okazii,

Sunt vânzătorul „anticariat_vechi_bv”. Cumpărătorul „colectionar_77” susține că setul de 12 volume (tranzacția 71455210, 780 lei) nu corespunde descrierii, pentru că două volume au coperta lipită. În anunț am menționat starea „bună”, cu fotografii.

Pentru a încheia disputa, propun o soluție: îi restitui 150 lei, sau primesc setul înapoi și restitui integral suma după verificare. Vă rog să transmiteți propunerea și să mediați.

Cu respect,
Tudor Vlădescu
Anticariat Vechi Brașov
""", "plain", "utf-8", "quoted-printable")
    raw = citizen("m5", addr("Anticariat Vechi", "contact.anticariat.bv@gmail.com"), "gmail.com", "mediere@okazii.ro",
                  "Propunere solutionare disputa - tranzactia 71455210", t, body, style="gmail")
    return raw, dict(category="mediation", fields={
        "transaction_id": "71455210", "amount": {"value": "780.00", "currency": "RON"},
        "issue": "not_as_described", "contact": {"email": "contact.anticariat.bv@gmail.com"}},
        notes="mediation started by the SELLER, who proposes a settlement; complainant/counterparty left "
              "unscored (which side is which is a matter of reading)")


@item
def mediation_missing_warranty_english():
    t = when(2026, 12, 3, 8, 44, 0)
    body = text("""Hi,

I received the coffee machine (transaction 71480333, 1,150 RON) from seller "espresso_corner" and it works, but the warranty certificate and the invoice are missing, although the listing says "factura si garantie 2 ani". The seller says he will "send them later" but has not done so in 10 days.

I would like you to mediate: either the seller sends the invoice and warranty, or I return the machine for a full refund.

Thanks,
Radu Mihalache
""", "plain", "us-ascii", "7bit")
    raw = citizen("m6", addr("Radu Mihalache", "radu.mihalache@outlook.com"), "outlook.com", "mediere@okazii.ro",
                  "Missing invoice and warranty - please mediate", t, body, style="outlook")
    return raw, dict(category="mediation", fields={
        "complainant": "Radu Mihalache", "transaction_id": "71480333", "counterparty": "espresso_corner",
        "amount": {"value": "1150.00", "currency": "RON"}, "issue": "other",
        "contact": {"email": "radu.mihalache@outlook.com"}},
        notes="mediation in English; amount with an English thousands comma '1,150 RON'; the item works but "
              "papers are missing (issue other)")


@item
def support_change_email():
    t = when(2026, 11, 22, 10, 10, 10)
    body = text("Bună ziua,\n\nCum pot să schimb adresa de e-mail asociată contului meu? Vechea adresă "
                "(@yahoo.com) nu o mai folosesc.\n\nMulțumesc,\nDaniel Ghiță\n", cte="quoted-printable")
    raw = citizen("s1", addr("Daniel Ghiță", "daniel.ghita.90@gmail.com"), "gmail.com", "suport@okazii.ro",
                  "Schimbare adresă e-mail cont", t, body, style="gmail")
    return raw, dict(category="support", fields={"contact": {"email": "daniel.ghita.90@gmail.com"}},
                     notes="support: account e-mail change")


@item
def support_reset_password_nodia():
    t = when(2026, 11, 26, 22, 30, 41)
    body = text("Salut, am cerut de 3 ori resetarea parolei si nu primesc niciun mail (am verificat si in spam). "
                "Userul meu e tavi_garage. Ma puteti ajuta? Tel 0733 555 019\n", "plain", "us-ascii", "7bit")
    raw = citizen("s2", addr("Octavian", "tavi.garage@yahoo.ro"), "yahoo.ro", "suport@okazii.ro",
                  "nu primesc mail resetare parola", t, body)
    return raw, dict(category="support", fields={
        "contact": {"email": "tavi.garage@yahoo.ro", "phone": "0733 555 019"}},
        notes="support: password reset mail not arriving; gives a username (not a complaint)")


@item
def support_seller_commission_invoice():
    t = when(2026, 11, 28, 11, 2, 17)
    html = html_wrap(p_msonormal([
        "Bună ziua,", "",
        "Suntem o firmă mică (PFA) și vindem pe Okazii de o lună. Am două întrebări:",
        "1. Cum se calculează comisionul de vânzare pentru categoria „Casă și grădină”?",
        "2. Unde găsim factura lunară pentru comisioane, ca s-o dăm la contabilitate?", "",
        "Mulțumim,", "Maria Iordache – PFA Iordache Maria", "0264 555 300"]), "outlook", "utf-8")
    raw = citizen("s3", addr("PFA Iordache Maria", "pfa.iordache@outlook.com"), "outlook.com", "suport@okazii.ro",
                  "Întrebări comision și factură", t, text(html, "html", "utf-8", "quoted-printable"), style="outlook")
    return raw, dict(category="support", fields={"contact": {"email": "pfa.iordache@outlook.com", "phone": "0264 555 300"}},
                     notes="support: a seller's questions about commission and invoices, numbered like a request")


@item
def support_english_gdpr_delete():
    t = when(2026, 11, 30, 9, 9, 9)
    body = text("Hello,\n\nI no longer use my okazii.ro account (username 'lisa_k_ro') and would like it to be "
                "deleted together with my personal data. What is the procedure?\n\nThank you,\nLisa Keller\n",
                "plain", "us-ascii", "7bit")
    raw = citizen("s4", addr("Lisa Keller", "lisa.keller@proton.me"), "proton.me", "support@okazii.ro",
                  "Account deletion", t, body)
    return raw, dict(category="support", fields={"contact": {"email": "lisa.keller@proton.me"}},
                     notes="support in English: account deletion and personal data ('personal data' words, but no "
                           "authority)")


@item
def support_guarantee_question_before_buying():
    t = when(2026, 12, 1, 13, 13, 13)
    body = text("""Bună ziua,

Vreau să cumpăr o mașină de spălat de la un vânzător din alt județ și mă gândesc dacă să aleg Garanția de Livrare. Dacă produsul nu ajunge sau nu corespunde descrierii, în cât timp primesc banii înapoi? Și cât costă garanția?

Mulțumesc anticipat,
Oana Bălănescu
""", cte="quoted-printable")
    raw = citizen("s5", addr("Oana Bălănescu", "oana.balanescu@gmail.com"), "gmail.com", "suport@okazii.ro",
                  "Întrebare Garanția de Livrare", t, body, style="gmail")
    return raw, dict(category="support", fields={"contact": {"email": "oana.balanescu@gmail.com"}},
                     notes="support: a question about the Delivery Guarantee BEFORE buying; contains complaint and "
                           "mediation cue words ('nu ajunge', 'nu corespunde descrierii') hypothetically")


@item
def support_change_phone_webmail_signature():
    t = when(2026, 12, 3, 15, 50, 2)
    html = ("<div>Buna ziua,</div><div>&nbsp;</div><div>Mi-am schimbat numarul de telefon si nu pot confirma "
            "noul numar in cont, codul SMS nu vine. Ce pot face?</div><div>&nbsp;</div><div>--&nbsp;</div>"
            "<div>Costel Paraschiv<br>Tehnician service auto<br>Tel. vechi: 0721 555 404 / nou: 0771 555 912"
            "<br><i>Trimis din Poșta RDS</i></div>")
    raw = citizen("s6", addr("Costel Paraschiv", "costel.paraschiv@gmail.com"), "gmail.com", "suport@okazii.ro",
                  "cod sms", t, text(html_wrap(cedilla(html), "plain", "iso-8859-2"), "html", "iso-8859-2", "quoted-printable"))
    return raw, dict(category="support", fields={"contact": {"email": "costel.paraschiv@gmail.com"}},
                     notes="support: HTML-only ISO-8859-2 QP; two phone numbers in the signature (which is 'the' "
                           "phone is left unscored)")


# ==========================================================================
# UNKNOWN (6): robots, newsletters, bounces, job application, phishing
# ==========================================================================

@item
def unknown_newsletter_black_friday():
    t = when(2026, 11, 27, 6, 0, 0)
    html = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td style=\"background:#e30613;"
            "color:#fff;font-size:28px;padding:20px\">BLACK FRIDAY -70%</td></tr><tr><td style=\"padding:20px\">"
            "Dragă client,<br><br>Doar azi: televizoare, telefoane și electrocasnice cu până la 70% reducere. "
            "Livrare gratuită și retur în 30 de zile!<br><br><a href=\"https://news.reduceri-mari.ro/c/bf26\">"
            "Vezi ofertele</a></td></tr><tr><td style=\"font-size:10px;color:#888\">Primești acest mesaj pentru că "
            "te-ai abonat la newsletter. <a href=\"https://news.reduceri-mari.ro/unsub?u=8812\">Dezabonare</a>"
            "</td></tr></table>")
    alt = multipart("alternative", [text("BLACK FRIDAY -70%\n\nDoar azi: televizoare, telefoane și electrocasnice "
                                         "cu până la 70% reducere.\nVezi ofertele: https://news.reduceri-mari.ro/c/bf26\n"
                                         "Dezabonare: https://news.reduceri-mari.ro/unsub?u=8812\n", cte="quoted-printable"),
                                    text(html_wrap(html, "plain"), "html", cte="base64")], "u1a")
    raw = citizen("u1", addr("Reduceri Mari", "noreply@news.reduceri-mari.ro"), "news.reduceri-mari.ro",
                  "office@okazii.ro", "🔥 BLACK FRIDAY: -70% doar azi!", t, alt,
                  extra=[("List-Unsubscribe", "<https://news.reduceri-mari.ro/unsub?u=8812>, "
                                              "<mailto:unsub-8812@news.reduceri-mari.ro>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                         ("List-Id", "Oferte <oferte.news.reduceri-mari.ro>")])
    return raw, dict(category="unknown", fields={}, notes="unknown: a retail newsletter (List-Unsubscribe, "
                                                          "Precedence: bulk), emoji in the subject; mentions 'retur'")


@item
def unknown_out_of_office_police():
    t = when(2026, 12, 2, 9, 31, 4)
    body = text("""Vă mulțumesc pentru mesaj.

Sunt în concediu de odihnă în perioada 01.12.2026 - 08.12.2026, fără acces la e-mail. Pentru solicitările urgente în dosarele penale aflate în lucru, vă rog să contactați Biroul Investigații Criminale al Secției 12 Poliție, la telefon +40 21 556 0300.

Inspector principal de poliție Lazăr Ovidiu
""", cte="quoted-printable")
    msg = build(seed="u2", frm=addr("Lazar Ovidiu", "ovidiu.lazar@b.politiaromana.ro"), to=["juridic@okazii.ro"],
                subject="Răspuns automat: RE: [REG-2026-004877] Confirmare primire adresa 851.230", date=t,
                message_id=mid("u2", "b.politiaromana.ro", "outlook"), body=body,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("In-Reply-To", "<reg-2026-004877.1@okazii.ro>"), ("X-Mailer", "Microsoft Exchange Server")])
    raw = genuine(msg, "b.politiaromana.ro", t + dt.timedelta(seconds=1), "juridic@okazii.ro", "",
                  "u2")
    return raw, dict(category="unknown", fields={},
                     notes="unknown: an officer's out-of-office auto-reply (Auto-Submitted, empty Return-Path) from "
                           "a genuine police domain with valid DKIM, mentioning 'dosarele penale'; not a request")


@item
def unknown_bounce_dsn_to_prosecutor():
    t = when(2026, 11, 29, 14, 2, 55)
    orig = ("From: Departamentul Juridic Okazii <juridic@okazii.ro>\nTo: registratura.pjiasi@mpublic.ro\n"
            "Subject: Raspuns la adresa dumneavoastra - dosar penal nr. 5120/P/2026\n"
            "Date: Sun, 29 Nov 2026 14:02:40 +0200\nMessage-ID: <reply-5120@okazii.ro>\n\n"
            "Buna ziua, in legatura cu adresa dvs. privind utilizatorul iasi_gsm, va comunicam datele solicitate "
            "in anexa.\n")
    dsn_text = text("This is the mail system at host mx1.okazii.ro.\n\nI'm sorry to have to inform you that your "
                    "message could not\nbe delivered to one or more recipients.\n\n<registratura.pjiasi@mpublic.ro>: "
                    "host mx.mpublic.ro[198.51.100.61] said:\n    550 5.1.1 <registratura.pjiasi@mpublic.ro>: "
                    "Recipient address rejected:\n    User unknown in virtual mailbox table\n", "plain", "us-ascii", "7bit")
    status = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  "Reporting-MTA: dns; mx1.okazii.ro\nArrival-Date: Sun, 29 Nov 2026 14:02:40 +0200\n\n"
                  "Final-Recipient: rfc822; registratura.pjiasi@mpublic.ro\nAction: failed\nStatus: 5.1.1\n"
                  "Remote-MTA: dns; mx.mpublic.ro\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    headers = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)
    rep = multipart("report", [dsn_text, status, headers], "u3")
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace("multipart/report;",
                                                                 "multipart/report; report-type=delivery-status;"))
    msg = build(seed="u3", frm="MAILER-DAEMON@mx1.okazii.ro (Mail Delivery System)", to=["juridic@okazii.ro"],
                subject="Undelivered Mail Returned to Sender", date=t, message_id=mid("u3", "mx1.okazii.ro"),
                body=rep, extra=[("Auto-Submitted", "auto-replied")])
    raw = b"Return-Path: <>\r\n" + msg
    return raw, dict(category="unknown", fields={},
                     notes="unknown: a bounce (multipart/report delivery-status) of our own answer to a prosecutor's "
                           "office; the returned message speaks of 'dosar penal' and a user; no Received line at all "
                           "(generated locally)")


@item
def unknown_job_application_cv():
    t = when(2026, 11, 24, 8, 15, 40)
    cv = letter_pdf("""
T|CURRICULUM VITAE
B|Teodorescu Alexandra
K|București, tel. 0720 555 218, alexandra.teodorescu.cv@gmail.com
B|Experiență
K|2023-2026 Analist antifraudă, bancă comercială (monitorizare tranzacții card, investigații interne)
K|2021-2023 Operator call-center, suport clienți
B|Studii
K|Facultatea de Drept, Universitatea din București (2021)
B|Competențe
K|Engleză C1, Excel avansat, SQL de bază, cunoașterea Codului de procedură penală
""", created=t - dt.timedelta(days=2), family="sans", title="CV Alexandra Teodorescu", creator="Canva")
    body = text("""Bună ziua,

Am văzut anunțul pentru postul de Analist în Centrul de prevenire a fraudelor și aș dori să aplic. Am experiență de trei ani în analiza tranzacțiilor suspecte și în colaborarea cu organele de urmărire penală (răspunsuri la adrese ale poliției și parchetelor).

Atașez CV-ul meu. Vă mulțumesc pentru timpul acordat.

Cu stimă,
Alexandra Teodorescu
""", cte="quoted-printable")
    raw = citizen("u4", addr("Alexandra Teodorescu", "alexandra.teodorescu.cv@gmail.com"), "gmail.com",
                  "cariere@okazii.ro", "Aplicare post Analist - Centrul de prevenire a fraudelor", t,
                  multipart("mixed", [body, pdf_att(cv, "CV_Alexandra_Teodorescu.pdf")], "u4"), style="gmail")
    return raw, dict(category="unknown", fields={},
                     notes="unknown: a job application with a PDF CV; speaks of police and prosecutors' requests "
                           "and the criminal procedure code")


@item
def unknown_police_themed_phishing():
    t = when(2026, 11, 30, 3, 12, 9)
    html = html_wrap("<div style=\"font-family:Times New Roman\"><p style=\"text-align:center\"><b>POLIȚIA ROMÂNĂ"
                     "<br>DIRECȚIA DE COMBATERE A CRIMINALITĂȚII INFORMATICE</b></p><p><b>CITAȚIE ELECTRONICĂ</b> "
                     "nr. 4471/2026</p><p>Stimate reprezentant legal,</p><p>Societatea dumneavoastră este citată în "
                     "calitate de martor într-o procedură judiciară privind pornografia infantilă și frauda online. "
                     "Aveți obligația de a descărca și completa formularul de răspuns în termen de 72 de ore, sub "
                     "sancțiunea emiterii unui mandat de aducere.</p><p><a href=\"http://203.0.113.61/citatie/"
                     "formular.php?id=4471\">DESCĂRCAȚI CITAȚIA (PDF)</a></p><p>Comisar-șef de poliție<br>"
                     "Director DCCI</p></div>", "plain")
    raw = citizen("u5", addr("Politia Romana - DCCI", "notificare@dosare-politie.eu"), "dosare-politie.eu",
                  "office@okazii.ro", "CITATIE ELECTRONICA nr. 4471/2026 - raspuns obligatoriu in 72 de ore", t,
                  text(html, "html", "utf-8", "base64"), reply_to="citatii.politia@proton.me")
    return raw, dict(category="unknown", fields={},
                     notes="unknown (phishing): a fake police 'electronic summons' with a link to download a form - "
                           "it asks for nothing about users; look-alike domain with DKIM; HTML-only")


@item
def unknown_read_receipt_mdn_prosecutor():
    t = when(2026, 12, 3, 11, 4, 27)
    human = text("Acesta este o confirmare de citire pentru mesajul trimis către "
                 "registratura.ptprahova@mpublic.ro.\n\nSubiect: Raspuns la ordonanta din 20.11.2026 - dosar "
                 "487/P/2026\n\nNotă: această confirmare indică doar faptul că mesajul a fost afișat pe calculatorul "
                 "destinatarului. Nu garantează că destinatarul a citit sau a înțeles conținutul.\n",
                 cte="quoted-printable")
    mdn = Part([("Content-Type", "message/disposition-notification")],
               "Reporting-UA: mta2.mpublic.ro; Zimbra 9.0.0\nFinal-Recipient: rfc822;registratura.ptprahova@mpublic.ro\n"
               "Original-Message-ID: <answer-487-P-2026@okazii.ro>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    rep = multipart("report", [human, mdn], "u6")
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace(
        "multipart/report;", "multipart/report; report-type=disposition-notification;"))
    msg = build(seed="u6", frm=addr("Registratura Parchet Tribunal Prahova", "registratura.ptprahova@mpublic.ro"),
                to=["juridic@okazii.ro"], subject="Citit: Raspuns la ordonanta din 20.11.2026 - dosar 487/P/2026",
                date=t, message_id=mid("u6", "mpublic.ro", "zimbra"), body=rep)
    raw = genuine(msg, "mpublic.ro", t + dt.timedelta(seconds=2), "juridic@okazii.ro",
                  "registratura.ptprahova@mpublic.ro", "u6", helo="mta2.mpublic.ro", ipi=1)
    return raw, dict(category="unknown", fields={},
                     notes="unknown: a read receipt (MDN) from a prosecutor's office, DKIM-valid, naming an "
                           "ordonanță and a case number")


# ==========================================================================

def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("m*.eml"):
        old.unlink()
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    numbers = {idx: f"m{n + 1:03d}" for n, idx in enumerate(order)}
    results = []
    for idx, fn in enumerate(ITEMS):
        raw, info = fn()
        results.append((idx, fn.__name__, raw, info))
    # split: half of each category dev, half blind (seeded)
    split: dict[int, str] = {}
    srng = random.Random(SEED + 1)
    for cat in ("law_enforcement", "complaint", "mediation", "support", "unknown"):
        idxs = [r[0] for r in results if r[3]["category"] == cat]
        if cat == "law_enforcement":  # genuine and forged halved separately
            groups = [[i for i in idxs if results[i][3]["genuine"]], [i for i in idxs if not results[i][3]["genuine"]]]
        else:
            groups = [idxs]
        for g in groups:
            g = sorted(g)
            srng.shuffle(g)
            for k, i in enumerate(g):
                split[i] = "dev" if k < (len(g) + 1) // 2 else "blind"
    lines = []
    material = {}
    for idx, name, raw, info in sorted(results, key=lambda r: numbers[r[0]]):
        fname = f"{numbers[idx]}.eml"
        (OUT / fname).write_bytes(raw)
        rec = {"file": f"mail/{fname}", "split": split[idx], "category": info["category"],
               "fields": info.get("fields", {})}
        if info.get("accept"):
            rec["accept"] = info["accept"]
        rec["genuine"] = info.get("genuine")
        rec["expect_verdict"] = info.get("expect_verdict")
        rec["notes"] = info.get("notes", "")
        rec["item"] = name
        lines.append(json.dumps(rec, ensure_ascii=False))
        if info.get("material") is not None:
            material[f"mail/{fname}"] = dict(info["material"], item=name, genuine=info.get("genuine"))
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "material.json").write_text(json.dumps(material, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(results)} mails written to {OUT}")


if __name__ == "__main__":
    main()
