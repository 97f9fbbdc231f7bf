#!/usr/bin/env python3
"""Blind round 2, the paper half: scans, phone photos and faxes of letters to
the fraud-prevention centre of okazii.ro, with their truth.

Written by a helper that never read the product's code, tests, bench or design
notes (see README.md). Deterministic: SEED below, one numpy Generator per item.

    /work/main/.venv/bin/python bench/blind/round2/paper/make_paper.py

rewrites p*.{tif,jpg,png,pdf}, truth.jsonl and registry_additions.json here.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inkdraw import (A4, INK, F, fax_page, phone_photo, photocopy, save_jpeg, save_pdf,  # noqa: E402
                     save_tiff, scan)
from letters import Letter, handwritten  # noqa: E402

SEED = 20261205
WORLD = HERE.parent / "world" / "authorities.json"

OKAZII = ["Către,", "OKAZII.RO S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
          "Str. Fabricii de Chibrituri nr. 9, Cluj-Napoca, județul Cluj"]


def authorities():
    return {a["name"]: a for a in json.loads(WORLD.read_text(encoding="utf-8"))}


def iban(bank: str, acct: str) -> str:
    """A Romanian IBAN with correct check digits (bank 4 letters, account 16 chars)."""
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    check = 98 - int(num) % 97
    return f"RO{check:02d}{bban}"


def grouped(s: str, n=4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def semi(items):
    """Render list items the way letters print them: ';' after each, '.' after the last."""
    return [x + (";" if i < len(items) - 1 else ".") for i, x in enumerate(items)]


def digits(phone: str) -> str:
    d = "".join(c for c in phone if c.isdigit())
    if d.startswith("0040"):
        d = d[4:]
    elif d.startswith("40"):
        d = d[2:]
    if d.startswith("0"):
        d = d[1:]
    return "+40" + d


# ============================================================================ stamps
def ring(top, bottom=None, colour="blue", centre="arms", **kw):
    d = dict(shape="round", top=top, bottom=bottom or "", centre=centre, colour=colour, diameter=330)
    d.update(kw)
    return d


MAI = "MINISTERUL AFACERILOR INTERNE"


# ============================================================================ genuine law enforcement
def g_pascani(rng, A):
    """IPJ Iași / Poliția Municipiului Pașcani; fine fax G4; numbered list; box top-right."""
    auth = A["Inspectoratul de Poliție Județean Iași"]
    fax = auth["fax_numbers"][1]
    data = ["datele de identificare furnizate la înregistrarea contului",
            "adresele IP, data și ora conectărilor la cont",
            "istoricul tranzacțiilor efectuate în calitate de vânzător",
            "conturile bancare (IBAN) declarate pentru încasarea sumelor"]
    L = Letter(rng, base="serif", bold="serif-b", pt=11.5,
               footer=["Str. Ștefan cel Mare nr. 12, Pașcani, județul Iași · Tel. 0232 555 760 · "
                       "e-mail: bic.pascani@is.politiaromana.ro"])
    L.run([
        ("head_box", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
                      "POLIȚIA MUNICIPIULUI PAȘCANI", ("Biroul de Investigații Criminale", False)],
         ["NESECRET", "Nr. 412.877 din 27.11.2026", "Exemplar unic"]),
        ("gap", 70), ("lines", OKAZII), ("gap", 50),
        ("p", "Poliția Municipiului Pașcani efectuează cercetări în dosarul penal nr. 2204/P/2026, "
              "privind săvârșirea infracțiunii de înșelăciune, prevăzută de art. 244 din Codul penal, "
              "reclamată de o persoană vătămată care a achitat contravaloarea unui telefon mobil "
              "(tranzacția nr. 70418832) fără a primi produsul."),
        ("p", "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne "
              "comunicați, pentru utilizatorul cu numele de utilizator telefoane_outlet_iasi, asociat "
              "numărului de telefon 0745 118 309, pentru perioada 01.09.2026 – 25.11.2026:"),
        ("list", semi(data), "{n}."),
        ("p", "Răspunsul dumneavoastră îl așteptăm în format electronic, pe adresa de e-mail "
              "bic.pascani@is.politiaromana.ro, în termen de 3 zile lucrătoare de la primirea prezentei."),
        ("p", "Vă mulțumim pentru colaborare."),
        ("sign", [dict(pos="right", lines=["ȘEF BIROU", "Comisar de poliție", ("Ciobanu Vlad-Andrei", False)],
                       gap_after=2, sig=dict(w=340, h=125, colour="blue", dy=5),
                       stamp=ring(f"ROMÂNIA ★ {MAI} ★ INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", None,
                                  "blue", dx=-210, dy=20))]),
    ])
    pages = L.images()
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Poliția Municipiului Pașcani", authority_kind="police",
                    reference_number="412877", reference_date="2026-11-27", case_number="2204/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="telefoane_outlet_iasi"),
                              dict(kind="phone", value="+40745118309")],
                    transactions=["70418832"], requested_data=data,
                    period={"from": "2026-09-01", "to": "2026-11-25"},
                    response_channel="electronic", reply_to="bic.pascani@is.politiaromana.ro",
                    signatory="Comisar de poliție Ciobanu Vlad-Andrei", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Iași", "IPJ Iași",
                               "Poliția Municipiului Pașcani - Biroul de Investigații Criminale"],
                    reference_number=["412.877"]),
        notes="sub-unit of IPJ Iași (heading names the IPJ above it); number in a framed box top-right "
              "with thousands dot; ring text all around (MAI + IPJ) with coat of arms; fine fax G4.",
        authority_registry=auth["name"])
    return dict(kind="fax", pages=pages, fine=True, compression="group4", fax_number=fax,
                header="27-NOV-2026 11:42  DE LA: {n}  POL.MUN.PASCANI  P.{p:02d}/{N:02d}"), truth


def g_prahova_ordonanta(rng, A):
    """Parchetul de pe lângă Tribunalul Prahova; ORDONANȚĂ over 2 pages; colour PDF; ink on page 2."""
    auth = A["Parchetul de pe lângă Tribunalul Prahova"]
    data = ["datele de identificare ale titularului contului",
            "lista anunțurilor publicate de la crearea contului",
            "istoricul tranzacțiilor și corespondența purtată prin platformă cu persoana vătămată",
            "adresele IP de la care s-a accesat contul, cu data și ora"]
    L = Letter(rng, base="fserif", bold="fserif-b", pt=12, cont="Dosar nr. 2871/P/2026 – pagina {n}")
    L.run([
        ("lines", ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA"], "center", True),
        ("gap", 30), ("lines", ["Nr. 2871/P/2026 din 3.XII.2026"], "left", True),
        ("gap", 50), ("lines", ["ORDONANȚĂ"], "center", True, 4),
        ("lines", ["de predare a datelor informatice"], "center", False, 0),
        ("gap", 40),
        ("p", "Procuror Dobre Mihail-Cătălin din cadrul Parchetului de pe lângă Tribunalul Prahova,", 0),
        ("p", "Examinând actele dosarului penal nr. 2871/P/2026, privind săvârșirea infracțiunilor de "
              "înșelăciune, prevăzută de art. 244 alin. (1) și (2) din Codul penal, și de fraudă "
              "informatică, prevăzută de art. 249 din Codul penal,", 0),
        ("gap", 20), ("lines", ["CONSTAT:"], "center", True), ("gap", 10),
        ("p", "La data de 14 octombrie 2026, persoana vătămată Niculae Andrei a formulat plângere penală "
              "împotriva unei persoane necunoscute care, sub numele de utilizator laptopuri_ph_2026, a "
              "publicat pe platforma okazii.ro un anunț de vânzare a unui laptop, a încasat suma de "
              "2.950 lei prin transfer bancar și nu a expediat produsul."),
        ("p", "Din verificările efectuate a rezultat că același utilizator a publicat, în perioada "
              "octombrie – noiembrie 2026, mai multe anunțuri similare, iar contul este asociat adresei "
              "de e-mail laptopuri.ph2026@yahoo.ro. Pentru identificarea făptuitorului și stabilirea "
              "întregii activități infracționale este necesară obținerea datelor deținute de operatorul "
              "platformei, date care pot servi ca mijloc de probă în cauză."),
        ("p", "Față de cele de mai sus, având în vedere că sunt îndeplinite condițiile prevăzute de "
              "art. 170 alin. (1) și (2) lit. b) din Codul de procedură penală, iar datele au caracter "
              "confidențial, urmând a fi predate în condițiile alin. (6) al aceluiași articol,"),
        ("p", "În temeiul art. 170 alin. (2) lit. b) și alin. (4) din Codul de procedură penală,"),
        ("break",),
        ("gap", 20), ("lines", ["DISPUN:"], "center", True, 1), ("gap", 20),
        ("p", "Obligarea OKAZII.RO S.R.L., cu sediul în Cluj-Napoca, să comunice, în termen de 5 zile de "
              "la primirea prezentei, următoarele date privind utilizatorul laptopuri_ph_2026 (adresa de "
              "e-mail asociată: laptopuri.ph2026@yahoo.ro), pentru intervalul 15 octombrie – 30 noiembrie 2026:"),
        ("list", semi(data), "{a})"),
        ("p", "Datele vor fi predate pe suport optic (CD/DVD), prin curier, la sediul Parchetului de pe "
              "lângă Tribunalul Prahova din Ploiești, Str. Văleni nr. 44, județul Prahova, în plic "
              "sigilat, cu mențiunea „confidențial”."),
        ("p", "Prezenta ordonanță se comunică OKAZII.RO S.R.L., spre executare."),
        ("gap", 10),
        ("sign", [dict(pos=980, width=500, lines=["PROCUROR,", ("Dobre Mihail-Cătălin", False)],
                       gap_after=1, gap_px=110, sig=dict(w=300, h=120, colour="darkblue", dy=-5),
                       stamp=ring("PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA", None, "violet",
                                  centre="star", dx=-260, dy=-10, diameter=300))]),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Parchetul de pe lângă Tribunalul Prahova", authority_kind="prosecutor",
                    reference_number="2871/P/2026", reference_date="2026-12-03", case_number="2871/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="laptopuri_ph_2026"),
                              dict(kind="email", value="laptopuri.ph2026@yahoo.ro")],
                    requested_data=data, period={"from": "2026-10-15", "to": "2026-11-30"},
                    response_channel="courier",
                    reply_to="Str. Văleni nr. 44, Ploiești, județul Prahova",
                    signatory="Procuror Dobre Mihail-Cătălin", urgent=False),
        accept=dict(reply_to=["Parchetul de pe lângă Tribunalul Prahova, Str. Văleni nr. 44, Ploiești",
                              "Ploiești, Str. Văleni nr. 44, județul Prahova"]),
        notes="prosecutor's ordonanță on two pages: CONSTAT on page 1, DISPUN, data, signature and stamp on "
              "page 2; number 'Nr. 2871/P/2026 din 3.XII.2026' (Roman month); the victim is named but is "
              "no subject; answer on optical disc by courier.",
        authority_registry=auth["name"])
    return dict(kind="pdf", pages=L.images(), grey=False, q=34), truth


def g_diicot_iasi(rng, A):
    """DIICOT – ST Iași; standard fax G3 (204x98); FOARTE URGENT; huge signature over the text."""
    auth = A["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]
    fax = auth["fax_numbers"][1]
    data = ["datele de identificare ale titularilor conturilor",
            "adresele de e-mail și numerele de telefon asociate conturilor",
            "jurnalele de autentificare (adrese IP, data și ora)",
            "tranzacțiile efectuate și metodele de plată utilizate"]
    L = Letter(rng, base="dserif-c", bold="dserif-b", pt=11)
    L.run([
        ("lines", ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                   "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE", "CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                   "SERVICIUL TERITORIAL IAȘI"], "center", True),
        ("gap", 25), ("rule", 3),
        ("lines", ["Nr. 1184/II/6/2026", "Iași, 2 decembrie 2026"], "right", False),
        ("lines", ["FOARTE URGENT"], "left", True, 2, None, None, 1.25, True),
        ("gap", 40), ("lines", ["Către: OKAZII.RO S.R.L. – Centrul de prevenire a fraudelor"], "left", True),
        ("gap", 40),
        ("p", "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – "
              "Serviciul Teritorial Iași efectuează urmărirea penală în dosarul nr. 412/D/P/2026, privind "
              "infracțiunile de constituire a unui grup infracțional organizat (art. 367 C.pen.) și "
              "înșelăciune în formă continuată (art. 244 C.pen.), săvârșite prin intermediul unor anunțuri "
              "fictive de vânzare publicate pe platforme de comerț online."),
        ("p", "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă solicităm să ne transmiteți, de îndată, "
              "pentru conturile de utilizator ro_crypto_deals și mihai.broker77, precum și pentru orice alt "
              "cont asociat numărului de telefon +40 733 402 119, în perioada 01.06.2026 – 01.12.2026, "
              "următoarele date:"),
        ("list", semi(data), "•", 40),
        ("p", "Având în vedere riscul ștergerii datelor, vă rugăm să tratați solicitarea cu prioritate și să "
              "transmiteți răspunsul în format electronic la adresa st.iasi@diicot.ro. Vă aducem la "
              "cunoștință obligația de confidențialitate prevăzută de art. 170 alin. (6) C.p.p."),
        ("sign", [dict(pos="right", width=620, lines=["PROCUROR ȘEF SERVICIU", ("Hârțescu Bogdan", False)],
                       gap_after=1, gap_px=70,
                       sig=dict(w=720, h=270, pen=4.6, colour="black", dx=-120, dy=-45),
                       stamp=ring("DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ "
                                  "ȘI TERORISM ★ SERVICIUL TERITORIAL IAȘI", None, "black", dx=-360, dy=40,
                                  diameter=400))], 30),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și "
                              "Terorism – Serviciul Teritorial Iași", authority_kind="prosecutor",
                    reference_number="1184/II/6/2026", reference_date="2026-12-02", case_number="412/D/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="ro_crypto_deals"),
                              dict(kind="username", value="mihai.broker77"),
                              dict(kind="phone", value="+40733402119")],
                    requested_data=data, period={"from": "2026-06-01", "to": "2026-12-01"},
                    response_channel="electronic", reply_to="st.iasi@diicot.ro",
                    signatory="Procuror șef serviciu Hârțescu Bogdan", urgent=True),
        accept=dict(authority=["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                               "DIICOT", "DIICOT – Serviciul Teritorial Iași", "Serviciul Teritorial Iași"]),
        notes="DIICOT territorial service, heading on five centred lines; FOARTE URGENT underlined; a very "
              "large black signature crossing the last paragraph and the stamp; standard-resolution fax G3.",
        authority_registry=auth["name"])
    return dict(kind="fax", pages=L.images(), fine=False, compression="group3", fax_number=fax,
                header="DEC 02 2026 09:41  {n}  DIICOT ST IASI                 p. {p}"), truth


def g_dna_ploiesti(rng, A):
    """DNA – ST Ploiești; grey PNG; signature block on the LEFT; rectangular outgoing stamp; prose list."""
    auth = A["Direcția Națională Anticorupție"]
    data = ["dacă numărul de telefon 0722 614 093 și adresa de e-mail c.ionita.consult@gmail.com sunt "
            "asociate unor conturi de utilizator",
            "datele de identificare ale titularilor", "anunțurile publicate", "plățile primite prin platformă"]
    L = Letter(rng, base="sans", bold="sans-b", pt=10.5)
    L.run([
        ("lines", ["ROMÂNIA", "MINISTERUL PUBLIC", ("Parchetul de pe lângă Înalta Curte de Casație și Justiție", False),
                   "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", ("Serviciul Teritorial Ploiești", False)], "left", True),
        ("stamp_at", dict(shape="rect", lines=["DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL PLOIEȘTI",
                                               "IEȘIRE Nr. 2208/VIII-1/2026", "Data: 26.11.2026"],
                          diameter=430, ratio=0.42, colour="blue", rotation=-3, font="dsans-b"), 1240, 240),
        ("gap", 40), ("lines", ["Nr. 2208/VIII-1/2026", "Ploiești, 26 noiembrie 2026"], "right"),
        ("gap", 40), ("lines", ["Către OKAZII.RO S.R.L.", "În atenția: Centrul de prevenire a fraudelor"], "left"),
        ("gap", 40),
        ("p", "În cauza penală înregistrată sub nr. 188/P/2026 la Direcția Națională Anticorupție – Serviciul "
              "Teritorial Ploiești, privind infracțiuni de corupție și infracțiuni asimilate acestora, în "
              "temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați "
              + data[0] + " pe platforma dumneavoastră, iar, în caz afirmativ, " + data[1] + ", "
              + data[2] + " și " + data[3] + ", începând cu data de 1 ianuarie 2026 până la data prezentei."),
        ("p", "Informațiile vor fi transmise exclusiv în format electronic la adresa st.ploiesti@pna.ro, "
              "cu respectarea confidențialității datelor."),
        ("gap", 20),
        ("sign", [dict(pos="left", width=520, align="left",
                       lines=["PROCUROR,", ("Stănescu Adriana", False)], gap_after=1, gap_px=100,
                       sig=dict(w=280, h=110, colour="blue", dx=-60, dy=-20),
                       stamp=ring("DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL PLOIEȘTI", "blue",
                                  dx=150, dy=10))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Direcția Națională Anticorupție – Serviciul Teritorial Ploiești",
                    authority_kind="prosecutor", reference_number="2208/VIII-1/2026", reference_date="2026-11-26",
                    case_number="188/P/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="phone", value="+40722614093"),
                              dict(kind="email", value="c.ionita.consult@gmail.com")],
                    requested_data=data, response_channel="electronic", reply_to="st.ploiesti@pna.ro",
                    signatory="Procuror Stănescu Adriana", urgent=False),
        accept=dict(authority=["Direcția Națională Anticorupție", "DNA", "DNA – Serviciul Teritorial Ploiești",
                               "Serviciul Teritorial Ploiești"]),
        notes="signature block on the left, round stamp to its right; a rectangular outgoing-register stamp "
              "top right repeats the number; the data requested are in one prose sentence; period from "
              "1 January 2026 to the date of the letter; grey PNG posterised to 16 levels.",
        authority_registry=auth["name"])
    return dict(kind="png", pages=L.images(), grey=True, levels=16), truth


def g_jud_ploiesti(rng, A):
    """Judecătoria Ploiești; ÎNCHEIERE; stamp on page 1, judge and clerk sign page 2; fine fax G4."""
    auth = A["Judecătoria Ploiești"]
    fax = auth["fax_numbers"][1]
    data = ["datele de identificare ale titularului contului (nume, prenume, CNP, adresă)",
            "numerele de telefon și adresele de e-mail asociate contului",
            "istoricul tranzacțiilor încheiate în perioada 1 iulie 2026 – 30 noiembrie 2026",
            "adresele IP utilizate la crearea contului și la ultimele 50 de autentificări"]
    L = Letter(rng, base="serif", bold="serif-b", pt=11.5, cont="Dosar nr. 18342/281/2026 – pag. {n}")
    L.run([
        ("head_box", ["ROMÂNIA", "JUDECĂTORIA PLOIEȘTI", ("SECȚIA PENALĂ", True)],
         ["Dosar nr. 18342/281/2026", "Operator de date cu caracter personal 3174"]),
        ("gap", 40), ("lines", ["ÎNCHEIEREA NR. 1412"], "center", True, 2),
        ("lines", ["Camera de consiliu din data de 1 decembrie 2026"], "center", False),
        ("gap", 20),
        ("lines", ["Instanța constituită din:", "Judecător de drepturi și libertăți: Cojocaru Irina",
                   "Grefier: Pavel Elena-Simona"], "left"),
        ("gap", 20),
        ("p", "Ministerul Public – Parchetul de pe lângă Judecătoria Ploiești a fost reprezentat de procuror "
              "Andrei Cristian."),
        ("p", "Pe rol se află soluționarea propunerii formulate de Parchetul de pe lângă Judecătoria Ploiești "
              "în dosarul nr. 6120/P/2026, privind încuviințarea obligării unui furnizor de servicii să "
              "comunice date referitoare la utilizatorii săi, în temeiul art. 170 din Codul de procedură penală."),
        ("lines", ["JUDECĂTORUL DE DREPTURI ȘI LIBERTĂȚI,"], "center", True),
        ("p", "Deliberând asupra propunerii, constată că în cauză se efectuează urmărirea penală in rem pentru "
              "săvârșirea infracțiunii de înșelăciune prevăzute de art. 244 din Codul penal, constând în aceea "
              "că, în perioada iulie – noiembrie 2026, mai multe persoane vătămate au achitat contravaloarea "
              "unor bijuterii din aur, prezentate pe platforma okazii.ro de utilizatorul bijuterii_aur_ph "
              "(ID utilizator 5530917), fără a primi bunurile."),
        ("p", "Sunt îndeplinite condițiile art. 170 alin. (1) și (2) lit. b) C.proc.pen.: există o suspiciune "
              "rezonabilă cu privire la săvârșirea infracțiunii, iar datele deținute de operatorul platformei "
              "pot servi ca mijloc de probă, fiind necesare pentru identificarea autorului."),
        ("stamp_at", ring("ROMÂNIA ★ JUDECĂTORIA PLOIEȘTI", None, "blue", diameter=300, rotation=12), 1280, 1900),
        ("break",),
        ("lines", ["PENTRU ACESTE MOTIVE,", "ÎN NUMELE LEGII", "DISPUNE:"], "center", True),
        ("gap", 10),
        ("p", "Admite propunerea formulată de Parchetul de pe lângă Judecătoria Ploiești. În temeiul art. 170 "
              "alin. (1) și (2) lit. b) C.proc.pen., dispune ca OKAZII.RO S.R.L. să comunice, în termen de "
              "3 zile de la primire, privind contul cu ID 5530917 (nume de utilizator bijuterii_aur_ph):"),
        ("list", semi(data), "{n})"),
        ("p", "Datele se transmit în format electronic, cu semnătură electronică, la adresa "
              "jud-ploiesti-penal@just.ro, cu mențiunea dosarului nr. 18342/281/2026."),
        ("p", "Definitivă. Pronunțată în camera de consiliu, azi, 01.12.2026."),
        ("sign", [dict(pos="left", width=520, lines=["JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI,", ("Cojocaru Irina", False)],
                       gap_after=1, gap_px=100, sig=dict(w=260, h=100, colour="blue", dy=-10)),
                  dict(pos="right", width=440, lines=["GREFIER,", ("Pavel Elena-Simona", False)],
                       gap_after=1, gap_px=100, sig=dict(w=200, h=80, colour="blue", dy=-10))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Judecătoria Ploiești", authority_kind="court", reference_number="1412",
                    reference_date="2026-12-01", case_number="18342/281/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="bijuterii_aur_ph"),
                              dict(kind="user_id", value="5530917")],
                    requested_data=data, period={"from": "2026-07-01", "to": "2026-11-30"},
                    response_channel="electronic", reply_to="jud-ploiesti-penal@just.ro", urgent=False),
        accept=dict(reference_number=["1412/2026"], case_number=["6120/P/2026"],
                    authority=["Judecătoria Ploiești – Secția penală"]),
        notes="court's încheiere: the court stamp is on page 1 (over the heading), the judge and the clerk "
              "sign page 2 side by side, no stamp there; signatory left out (two signers); the court file "
              "18342/281/2026 is the case number, the prosecutor's 6120/P/2026 accepted; fine fax G4, 2 pages.",
        authority_registry=auth["name"])
    return dict(kind="fax", pages=L.images(), fine=True, compression="group4", fax_number=fax,
                header="01/12/2026 15:20 {n} JUDECATORIA PLOIESTI #{p}/{N}"), truth


def g_dgpmb_s7(rng, A):
    """DGPMB – Secția 7 Poliție; phone photo JPEG; prose data; answer both ways."""
    auth = A["Direcția Generală de Poliție a Municipiului București"]
    data = ["numele, prenumele, adresa de domiciliu și numărul de telefon declarate de utilizator",
            "lista anunțurilor publicate de acesta în ultimele șase luni",
            "modalitatea în care au fost încasate sumele de bani"]
    L = Letter(rng, base="narrow", bold="narrow-b", pt=12.5)
    L.run([
        ("head_two", [MAI, "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE",
                      "DIRECȚIA GENERALĂ DE POLIȚIE A", "MUNICIPIULUI BUCUREȘTI", "SECȚIA 7 POLIȚIE",
                      ("Biroul Investigații Criminale", False)],
         [("Nr. 57.204/S7/2026", True), "București, 30 noiembrie 2026", "", "NESECRET"]),
        ("gap", 80), ("lines", ["Către OKAZII.RO – Centrul de prevenire a fraudelor"], "center", True),
        ("gap", 50),
        ("p", "Vă facem cunoscut că Secția 7 Poliție efectuează cercetări în dosarul penal nr. 9921/P/2026, "
              "sub supravegherea Parchetului de pe lângă Judecătoria Sectorului 3 București, cu privire la "
              "săvârșirea infracțiunii de înșelăciune, prin vânzarea fictivă a unor bilete la concerte."),
        ("p", "Pentru soluționarea cauzei, în baza art. 170 din Codul de procedură penală, vă rugăm să ne "
              "comunicați " + data[0] + " cu adresa de e-mail stefan.dragomir84@outlook.com, " + data[1]
              + ", precum și " + data[2] + "."),
        ("p", "Răspunsul poate fi transmis pe adresa de e-mail bic.s7@b.politiaromana.ro sau prin poștă, la "
              "sediul subunității din Șos. Mihai Bravu nr. 1, sector 3, București."),
        ("sign", [dict(pos="center", width=700, lines=["ȘEF SECȚIE", "Comisar-șef de poliție", ("LAZĂR OVIDIU", True)],
                       gap_after=2, gap_px=80, sig=dict(w=300, h=110, colour="ballpoint", dx=40, dy=-5),
                       stamp=ring("DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", "SECȚIA 7 POLIȚIE",
                                  "blue", dx=-260, dy=30, rings=3))], 80),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Secția 7 Poliție", authority_kind="police", reference_number="57.204/S7/2026",
                    reference_date="2026-11-30", case_number="9921/P/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="email", value="stefan.dragomir84@outlook.com")],
                    requested_data=data, response_channel="both",
                    signatory="Comisar-șef de poliție Lazăr Ovidiu", urgent=False),
        accept=dict(authority=["Direcția Generală de Poliție a Municipiului București", "DGPMB",
                               "Direcția Generală de Poliție a Municipiului București – Secția 7 Poliție"],
                    reference_number=["57204/S7/2026", "57204"]),
        notes="police station of DGPMB, the directorate's name broken over two heading lines; number and date in a right column beside the heading; the data asked "
              "for in one prose sentence; answer by e-mail or by post (both); phone photo with perspective, "
              "shadow and vignette.",
        authority_registry=auth["name"])
    return dict(kind="photo", pages=L.images(), q=70), truth


def g_pj_craiova(rng, A):
    """Parchetul de pe lângă Judecătoria Craiova; colour JPEG; tiny signature; faint violet stamp over it."""
    auth = A["Parchetul de pe lângă Judecătoria Craiova"]
    ib = iban("BTRL", "0160120264581702")
    data = ["datele de identificare ale titularilor conturilor",
            "anunțurile publicate în perioada august – noiembrie 2026 și sumele încasate",
            "conturile bancare declarate pentru plăți și eventualele modificări ale acestora",
            "reclamațiile primite de la alți utilizatori cu privire la aceste conturi"]
    L = Letter(rng, base="serif", bold="serif-b", pt=12, footer=[
        "Craiova, Str. Brestei nr. 12 · tel. 0251 555 410 · fax 0251 555 419 · pjcraiova@mpublic.ro"])
    L.run([
        ("lines", ["R O M Â N I A"], "center", True, 1),
        ("lines", ["PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CRAIOVA"], "center", True, 0.5),
        ("gap", 10), ("rule", 1), ("gap", 20),
        ("lines", ["Nr. 3318/P/2026 din 30.XI.2026"], "left", True),
        ("gap", 50),
        ("lines", ["DOAMNELOR ȘI DOMNILOR,"], "left", True),
        ("gap", 20),
        ("p", "Parchetul de pe lângă Judecătoria Craiova efectuează urmărirea penală în dosarul cu numărul de "
              "mai sus, având ca obiect infracțiunea de înșelăciune prevăzută de art. 244 C.pen., comisă prin "
              "publicarea unor anunțuri de vânzare a anvelopelor la prețuri neobișnuit de mici."),
        ("p", "În baza art. 170 alin. (2) lit. b) C.p.p., vă solicităm să comunicați, cu privire la "
              f"utilizatorul anvelope_craiova și la orice cont în care a fost declarat contul IBAN {grouped(ib)}:"),
        ("list", semi(data), "–", 40),
        ("p", "Răspunsul, pe suport hârtie, va fi trimis prin curier la sediul nostru din Craiova, "
              "Str. Brestei nr. 12, județul Dolj, cu mențiunea numărului de dosar."),
        ("sign", [dict(pos="right", width=560, lines=["PRIM-PROCUROR ADJUNCT,", ("Barbu Teodora", False)],
                       gap_after=1, gap_px=60, sig=dict(w=120, h=46, pen=2.0, colour="blue", dx=10, dy=-8),
                       stamp=ring("ROMÂNIA ★ PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CRAIOVA", None, "violet",
                                  dx=-20, dy=-10, faint=0.55))], 40),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Parchetul de pe lângă Judecătoria Craiova", authority_kind="prosecutor",
                    reference_number="3318/P/2026", reference_date="2026-11-30", case_number="3318/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="anvelope_craiova"), dict(kind="iban", value=ib)],
                    requested_data=data, response_channel="courier",
                    reply_to="Str. Brestei nr. 12, Craiova, județul Dolj",
                    signatory="Prim-procuror adjunct Barbu Teodora", urgent=False),
        accept=dict(reply_to=["Craiova, Str. Brestei nr. 12, județul Dolj"]),
        notes="the case number is the letter's own number ('dosarul cu numărul de mai sus'); Roman-numeral "
              "month; a very small signature under a faint violet stamp; IBAN printed in groups; colour JPEG scan.",
        authority_registry=auth["name"])
    return dict(kind="jpg", pages=L.images(), grey=False, q=42), truth


def g_ipj_ph_scci(rng, A):
    """IPJ Prahova – SCCI; fax at 200x100; two signatories; lettered list."""
    auth = A["Inspectoratul de Poliție Județean Prahova"]
    fax = auth["fax_numbers"][0]
    data = ["datele de înregistrare ale contului (nume, adresă, telefon, e-mail)",
            "istoricul comenzilor plasate și al plăților efectuate",
            "adresele IP și identificatorii dispozitivelor folosite la autentificare",
            "mesajele schimbate prin sistemul intern de mesagerie cu alți utilizatori"]
    L = Letter(rng, base="fsans", bold="fsans-b", pt=11)
    L.run([
        ("head_box", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA",
                      ("Serviciul de Combatere a Criminalității Informatice", False)],
         ["Nr. 118.442", "din 01.12.2026"], True, 0, 0),
        ("gap", 60), ("lines", OKAZII[1:3], "left", True), ("gap", 40),
        ("p", "Subscrisa, Inspectoratul de Poliție Județean Prahova – Serviciul de Combatere a Criminalității "
              "Informatice, în dosarul penal nr. 1502/P/2026 aflat în supravegherea Parchetului de pe lângă "
              "Tribunalul Prahova, în conformitate cu prevederile art. 170 alin. (2) lit. b) Cod procedură "
              "penală, vă solicităm să ne puneți la dispoziție, pentru utilizatorul consola_ps5_ieftin "
              "(ID utilizator 4471902), între 01.11.2026 și 30.11.2026, următoarele:"),
        ("list", semi(data), "{a}.", 45),
        ("p", "Datele solicitate vor fi transmise electronic la adresa scci@ph.politiaromana.ro."),
        ("sign", [dict(pos="left", width=560, lines=["ȘEF SERVICIU", "Comisar-șef de poliție",
                                                     ("RADU SORIN-VALENTIN", False)],
                       gap_after=2, gap_px=90, sig=dict(w=330, h=120, colour="blue", dy=-20),
                       stamp=ring(f"ROMÂNIA ★ {MAI} ★ INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA", None, "blue",
                                  dx=170, dy=0, diameter=320)),
                  dict(pos="right", width=520, lines=["ȘEF BIROU", "Comisar de poliție", ("ILIE CARMEN", False)],
                       gap_after=2, gap_px=90, sig=dict(w=230, h=85, colour="black", dy=-20))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Inspectoratul de Poliție Județean Prahova", authority_kind="police",
                    reference_number="118442", reference_date="2026-12-01", case_number="1502/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="consola_ps5_ieftin"),
                              dict(kind="user_id", value="4471902")],
                    requested_data=data, period={"from": "2026-11-01", "to": "2026-11-30"},
                    response_channel="electronic", reply_to="scci@ph.politiaromana.ro", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Prahova – Serviciul de Combatere a "
                               "Criminalității Informatice", "IPJ Prahova"],
                    reference_number=["118.442"]),
        notes="two signatories side by side (chief of service with the stamp, head of bureau), signatory left "
              "out; number and date on two lines in a box; fax at 200x100 dpi G3 (not the usual 204x98).",
        authority_registry=auth["name"])
    return dict(kind="fax", pages=L.images(), fine=False, compression="group3", fax_number=fax,
                xdpi=200, ydpi=100, header="{n}   IPJ PRAHOVA SCCI   01.12.2026 16:05   PAG {p}"), truth


def g_ipj_dolj(rng, A):
    """IPJ Dolj – SICE; grey PDF; box top-right with slashes; lettered list a) b) c)."""
    auth = A["Inspectoratul de Poliție Județean Dolj"]
    data = ["identitatea persoanei care a creat contul și datele de contact declarate",
            "lista tranzacțiilor finalizate, cu sumele și datele acestora",
            "conturile bancare sau instrumentele de plată folosite pentru încasări"]
    L = Letter(rng, base="dserif", bold="dserif-b", pt=10.5, footer=[
        "Str. Ion Maiorescu nr. 2, Craiova · Tel. 0251 555 400 · sice@dj.politiaromana.ro"])
    L.run([
        ("head_box", ["MINISTERUL AFACERILOR", "INTERNE", "INSPECTORATUL DE POLIȚIE", "JUDEȚEAN DOLJ",
                      ("Serviciul de Investigare a", False), ("Criminalității Economice", False)],
         ["Nr. 845.112/SICE/2026", "Data: 01 decembrie 2026"], True, 0, -0.5),
        ("gap", 70), ("lines", ["C Ă T R E", "OKAZII.RO S.R.L. – Departamentul Juridic"], "center", True),
        ("gap", 40),
        ("p", "În vederea soluționării dosarului penal nr. 7730/P/2026, privind săvârșirea infracțiunii de "
              "evaziune fiscală și a infracțiunii de spălare a banilor, vă rugăm ca, în conformitate cu "
              "art. 170 C.proc.pen., să ne comunicați următoarele informații privind utilizatorul ion.popa.dj, "
              "care a folosit numărul de telefon +40 751 009 322:"),
        ("list", semi(data), "{a})", 45),
        ("p", "Perioada vizată: 1 ianuarie 2026 – 30 noiembrie 2026."),
        ("p", "Vă rugăm să transmiteți răspunsul pe cale electronică, la adresa sice@dj.politiaromana.ro."),
        ("sign", [dict(pos="right", width=560, lines=["ȘEF SERVICIU,", "Comisar-șef de poliție", ("Mitrea Dorin", False)],
                       gap_after=2, gap_px=90, sig=dict(w=300, h=120, colour="darkblue", dx=20, dy=-15),
                       stamp=ring("INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", "ROMÂNIA", "blue", dx=-200, dy=20,
                                  centre="arms", diameter=340))], 50),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Inspectoratul de Poliție Județean Dolj", authority_kind="police",
                    reference_number="845.112/SICE/2026", reference_date="2026-12-01", case_number="7730/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="ion.popa.dj"), dict(kind="phone", value="+40751009322")],
                    requested_data=data, period={"from": "2026-01-01", "to": "2026-11-30"},
                    response_channel="electronic", reply_to="sice@dj.politiaromana.ro",
                    signatory="Comisar-șef de poliție Mitrea Dorin", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Dolj – Serviciul de Investigare a Criminalității "
                               "Economice", "IPJ Dolj"],
                    reference_number=["845112/SICE/2026", "845112"]),
        notes="heading broken over short lines ('MINISTERUL AFACERILOR / INTERNE'); number with a unit suffix in "
              "a box; 'C Ă T R E' letter-spaced; grey image-only PDF.",
        authority_registry=auth["name"])
    return dict(kind="pdf", pages=L.images(), grey=True, q=40), truth


def g_tb_dolj(rng, A):
    """Tribunalul Dolj – Secția penală cover letter; colour PNG (palette); red stamp; Roman month, spaces."""
    auth = A["Tribunalul Dolj"]
    data = ["extrasul istoricului tranzacțiilor efectuate de utilizator în anul 2026",
            "datele de identificare și de contact declarate de acesta",
            "copia corespondenței purtate prin platformă cu cumpărătorii care au formulat reclamații"]
    L = Letter(rng, base="fserif", bold="fserif-b", pt=12)
    L.run([
        ("lines", ["ROMÂNIA"], "left", True),
        ("lines", ["TRIBUNALUL DOLJ", "SECȚIA PENALĂ"], "left", True),
        ("lines", ["Str. Brestei nr. 12, Craiova", "Tel. 0251 555 600 · Fax 0251 555 609"], "left", False, -2),
        ("gap", 10),
        ("lines", ["Dosar nr. 4410/63/2026", "Nr. 14.088 din 24 XI 2026"], "right", True),
        ("gap", 60),
        ("lines", ["Către", "OKAZII.RO S.R.L., Cluj-Napoca"], "left", False),
        ("gap", 50),
        ("p", "Vă comunicăm că, prin încheierea din 24.11.2026 pronunțată în dosarul nr. 4410/63/2026, aflat pe "
              "rolul Tribunalului Dolj – Secția penală, având ca obiect infracțiunea de înșelăciune, instanța, "
              "în temeiul art. 170 C.pr.pen., a dispus să vă solicite, cu privire la utilizatorul "
              "dacia_logan_piese (e-mail: piese.logan.craiova@yahoo.com):"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Înscrisurile vor fi înaintate prin curier la registratura Tribunalului Dolj, Str. Brestei nr. 12, "
              "Craiova, până la termenul de judecată din 15 decembrie 2026."),
        ("sign", [dict(pos="right", width=640, lines=["PREȘEDINTELE SECȚIEI PENALE,", "Judecător",
                                                     ("Marinescu Elena", False)],
                       gap_after=2, gap_px=90, sig=dict(w=360, h=130, colour="blue", dx=30, dy=-10),
                       stamp=ring("ROMÂNIA ★ TRIBUNALUL DOLJ", None, "red", dx=-230, dy=10, diameter=320))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Tribunalul Dolj", authority_kind="court", reference_number="14.088",
                    reference_date="2026-11-24", case_number="4410/63/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="dacia_logan_piese"),
                              dict(kind="email", value="piese.logan.craiova@yahoo.com")],
                    requested_data=data, response_channel="courier",
                    reply_to="Str. Brestei nr. 12, Craiova", signatory="Judecător Marinescu Elena", urgent=False),
        accept=dict(authority=["Tribunalul Dolj – Secția penală"], reference_number=["14088"],
                    signatory=["Președintele secției penale, judecător Marinescu Elena"]),
        notes="court's cover letter (one signer, function on two lines); date 'din 24 XI 2026' with a Roman month "
              "and spaces; red round stamp; colour PNG reduced to a 32-colour palette.",
        authority_registry=auth["name"])
    return dict(kind="png", pages=L.images(), grey=False, levels=32), truth


def g_ipj_bihor(rng, A):
    """IPJ Bihor – SIC; colour JPEG; FOARTE URGENT; OVAL stamp; black signature."""
    auth = A["Inspectoratul de Poliție Județean Bihor"]
    data = ["datele de identificare ale titularului contului",
            "numerele de telefon asociate contului",
            "adresele IP de la care au fost publicate anunțurile",
            "istoricul plăților primite prin platformă"]
    L = Letter(rng, base="sans", bold="sans-b", pt=10.5)
    L.run([
        ("lines", ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR"], "left", True, 1),
        ("lines", ["Serviciul de Investigații Criminale", "Oradea, str. Dimitrie Cantemir nr. 2A"], "left", False),
        ("gap", 10), ("rule", 2),
        ("lines", ["FOARTE URGENT", "Nr. 390721 din 02.12.2026"], "right", True),
        ("gap", 50),
        ("lines", ["Domnului Director,", "OKAZII.RO S.R.L. – Centrul de prevenire a fraudelor"], "left", False),
        ("gap", 40),
        ("p", "Prin prezenta vă aducem la cunoștință că Serviciul de Investigații Criminale din cadrul I.P.J. "
              "Bihor instrumentează dosarul penal nr. 15087/P/2026, privind o persoană dispărută, în care există "
              "indicii că utilizatorul Szekely.Gabor, care folosește numărul de telefon 0040 752 330 817, a "
              "fost ultima persoană care a intrat în contact cu aceasta."),
        ("p", "Față de urgența situației, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne "
              "comunicați în cel mai scurt timp, pentru intervalul 25 noiembrie 2026 – 2 decembrie 2026:"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Răspunsul va fi transmis la adresa de e-mail sic@bh.politiaromana.ro. Persoană de contact: "
              "agent-șef Oros Florin, tel. 0259 555 241."),
        ("sign", [dict(pos="right", width=560, lines=["ȘEF SERVICIU", "Comisar-șef de poliție", ("Szabó Attila", False)],
                       gap_after=2, gap_px=80, sig=dict(w=360, h=140, colour="black", dx=0, dy=-10),
                       stamp=dict(shape="oval", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR",
                                  bottom="SERVICIUL DE INVESTIGAȚII CRIMINALE", centre="text",
                                  centre_lines=("ROMÂNIA", "★"), diameter=500, ratio=0.66, colour="blue",
                                  dx=-230, dy=30))], 50),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Inspectoratul de Poliție Județean Bihor", authority_kind="police",
                    reference_number="390721", reference_date="2026-12-02", case_number="15087/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="Szekely.Gabor"), dict(kind="phone", value="+40752330817")],
                    requested_data=data, period={"from": "2026-11-25", "to": "2026-12-02"},
                    response_channel="electronic", reply_to="sic@bh.politiaromana.ro",
                    signatory="Comisar-șef de poliție Szabó Attila", urgent=True),
        accept=dict(authority=["Inspectoratul de Poliție Județean Bihor – Serviciul de Investigații Criminale",
                               "IPJ Bihor", "I.P.J. Bihor"]),
        notes="a missing-person urgency; oval stamp with the service's name; phone written 0040 …; a contact "
              "person's phone in the letter is not a subject; colour JPEG scan.",
        authority_registry=auth["name"])
    return dict(kind="jpg", pages=L.images(), grey=False, q=40), truth


def g_ipj_suceava(rng, A):
    """IPJ Suceava; fine fax G4, 2 pages; the letter continues on page 2; signature block on the left."""
    auth = A["Inspectoratul de Poliție Județean Suceava"]
    fax = auth["fax_numbers"][1]
    data = ["datele de identificare și de contact ale titularului contului",
            "toate anunțurile publicate de la crearea contului, cu prețurile afișate",
            "tranzacțiile finalizate și cele anulate, cu datele cumpărătorilor",
            "adresele IP și datele de conectare",
            "eventualele alte conturi administrate de aceeași persoană"]
    L = Letter(rng, base="serif", bold="serif-b", pt=12.5, cont="Continuare la adresa nr. 611.903 din 03.12.2026 – pag. {n}")
    L.run([
        ("head_box", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA",
                      ("Serviciul de Investigații a Fraudelor", False)],
         ["Nr. 611.903", "Suceava, 3 decembrie 2026"]),
        ("gap", 70), ("lines", OKAZII), ("gap", 50),
        ("p", "Serviciul de Investigații a Fraudelor din cadrul Inspectoratului de Poliție Județean Suceava "
              "efectuează cercetări în dosarul penal nr. 5402/P/2026, înregistrat în urma plângerilor a "
              "șapte persoane vătămate din județele Suceava, Botoșani și Neamț."),
        ("p", "Din cercetări a rezultat că, în perioada 10 septembrie – 20 noiembrie 2026, utilizatorul "
              "electro_sv_outlet a publicat anunțuri de vânzare a unor televizoare și console de jocuri, a "
              "încasat avansuri prin transfer bancar și nu a livrat produsele. Persoanele vătămate au indicat "
              "tranzacțiile nr. 70811233, 70811847 și 70812055, precum și numărul de telefon 0757 221 460, "
              "folosit de vânzător în discuțiile purtate."),
        ("p", "Menționăm că persoanele vătămate au efectuat plățile în conturi deschise la bănci diferite, iar "
              "sumele au fost retrase ulterior în numerar de la bancomate din municipiul Suceava, ceea ce indică "
              "o activitate infracțională organizată. Unul dintre cumpărători a primit un colet care conținea "
              "doar ambalajul gol al produsului, iar ceilalți nu au primit nimic."),
        ("p", "Pentru identificarea autorului, stabilirea prejudiciului și a eventualilor participanți, în "
              "temeiul art. 170 alin. (1) și alin. (2) lit. b) din Codul de procedură penală, coroborat cu "
              "art. 154 din același cod în ceea ce privește conservarea datelor, vă rugăm să ne comunicați "
              "următoarele date, aferente perioadei 1 septembrie 2026 – 30 noiembrie 2026:"),
        ("list", semi(data), "{n}.", 45),
        ("break",),
        ("p", "Totodată, vă rugăm să conservați datele de trafic aferente contului până la finalizarea "
              "cercetărilor, potrivit dispozițiilor legale invocate."),
        ("p", "Răspunsul dumneavoastră va fi transmis în format electronic la adresa bif@sv.politiaromana.ro, "
              "iar, în cazul unui volum mare de date, pe suport optic, prin poștă, la sediul inspectoratului. "
              "Vă mulțumim pentru sprijinul acordat."),
        ("sign", [dict(pos="left", width=600, align="left", lines=["ȘEF SERVICIU", "Comisar de poliție",
                                                                   ("Hrițcu Laurențiu", False)],
                       gap_after=2, gap_px=80, sig=dict(w=320, h=120, colour="blue", dx=-40, dy=-15),
                       stamp=ring(f"ROMÂNIA ★ {MAI} ★ INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", None, "violet",
                                  dx=220, dy=0, diameter=330))], 70),
    ])
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Inspectoratul de Poliție Județean Suceava", authority_kind="police",
                    reference_number="611903", reference_date="2026-12-03", case_number="5402/P/2026",
                    legal_basis=["art. 170 CPP", "art. 154 CPP"],
                    subjects=[dict(kind="username", value="electro_sv_outlet"),
                              dict(kind="phone", value="+40757221460")],
                    transactions=["70811233", "70811847", "70812055"], requested_data=data,
                    period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="both",
                    signatory="Comisar de poliție Hrițcu Laurențiu", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Suceava – Serviciul de Investigații a Fraudelor",
                               "IPJ Suceava"], reference_number=["611.903"]),
        notes="letter of two pages: the list, the answer and the signature block (on the left, stamp to its "
              "right) fall on page 2 under a continuation line; two periods in the text (the scam's and the "
              "requested one: the requested one is the truth); art. 154 for preservation; fine fax G4.",
        authority_registry=auth["name"])
    return dict(kind="fax", pages=L.images(), fine=True, compression="group4", fax_number=fax,
                header="03.12.2026  10:58   {n}   IPJ SUCEAVA SIF    PAGINA {p}/{N}"), truth


# ============================================================================ forged / defective
def f_club_stamp(rng, A):
    """IPJ Galați letter stamped with a police SPORTS CLUB's stamp."""
    data = ["datele de identificare ale utilizatorului",
            "istoricul conectărilor și adresele IP",
            "tranzacțiile efectuate în ultimele trei luni"]
    L = Letter(rng, base="serif", bold="serif-b", pt=12)
    L.run([
        ("head_box", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI",
                      ("Serviciul de Investigații Criminale", False)],
         ["Nr. 302.661 din 28.11.2026"]),
        ("gap", 70), ("lines", OKAZII), ("gap", 50),
        ("p", "În dosarul penal nr. 6674/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm "
              "să ne comunicați, pentru utilizatorul bricolaj.galati (telefon 0766 902 114):"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Răspunsul se va transmite pe adresa sic@gl.politiaromana.ro."),
        ("sign", [dict(pos="right", width=560, lines=["ȘEF SERVICIU", "Comisar de poliție", ("Toma Cezar", False)],
                       gap_after=2, gap_px=80, sig=dict(w=320, h=120, colour="blue", dy=-10),
                       stamp=ring("CLUBUL SPORTIV „POLIȚIA” GALAȚI", "ASOCIAȚIE", "blue", centre="star",
                                  dx=-230, dy=20, diameter=320))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Inspectoratul de Poliție Județean Galați", authority_kind="police",
                    reference_number="302.661", reference_date="2026-11-28", case_number="6674/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="bricolaj.galati"), dict(kind="phone", value="+40766902114")],
                    requested_data=data, response_channel="electronic", reply_to="sic@gl.politiaromana.ro",
                    signatory="Comisar de poliție Toma Cezar", urgent=False),
        accept=dict(reference_number=["302661"], authority=["IPJ Galați"]),
        notes="FORGED: the round stamp is that of a police sports club (CLUBUL SPORTIV „POLIȚIA” GALAȚI – "
              "ASOCIAȚIE), not the inspectorate's; everything else looks right.",
        defect="stamp of another entity (a sports club whose name contains POLIȚIA)")
    return dict(kind="jpg", pages=L.images(), grey=False, q=42), truth


def f_blank_ring(rng, A):
    """DNA letter; the 'stamp' is a double ring with a star and no lettering."""
    data = ["datele de identificare ale titularului", "anunțurile publicate", "plățile primite și conturile bancare"]
    L = Letter(rng, base="dserif", bold="dserif-b", pt=11)
    L.run([
        ("lines", ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                   "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Secția de combatere a corupției"], "center", True),
        ("gap", 30), ("lines", ["Nr. 1077/C/2026", "București, 27.11.2026"], "left"),
        ("gap", 50), ("lines", ["Către OKAZII.RO S.R.L."], "left", True), ("gap", 30),
        ("p", "În dosarul nr. 512/P/2026, în baza art. 170 alin. (2) lit. b) C.p.p., vă solicităm să comunicați, "
              "pentru utilizatorul auto_lux_import (e-mail auto.lux.import@proton.me):"),
        ("list", semi(data), "{a})", 45),
        ("p", "Răspunsul va fi transmis la adresa secretariat.coruptie@pna.ro."),
        ("sign", [dict(pos="right", width=560, lines=["PROCUROR ȘEF SECȚIE,", ("Voicu Radu-Ștefan", False)],
                       gap_after=1, gap_px=100, sig=dict(w=320, h=120, colour="blue", dy=-5),
                       stamp=dict(shape="round", top="", bottom="", centre="star", colour="blue", diameter=320,
                                  rings=3, dx=-220, dy=10))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=False),
        fields=dict(authority="Direcția Națională Anticorupție", authority_kind="prosecutor",
                    reference_number="1077/C/2026", reference_date="2026-11-27", case_number="512/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="auto_lux_import"),
                              dict(kind="email", value="auto.lux.import@proton.me")],
                    requested_data=data, response_channel="electronic", reply_to="secretariat.coruptie@pna.ro",
                    signatory="Procuror șef secție Voicu Radu-Ștefan", urgent=False),
        accept=dict(authority=["DNA", "Direcția Națională Anticorupție – Secția de combatere a corupției"]),
        notes="DEFECTIVE: the 'stamp' is a blank triple ring with a star, no lettering: it names no institution "
              "(ink.stamp false: not an institution's stamp).",
        defect="ring with no text (a toy/blank stamp)")
    return dict(kind="pdf", pages=L.images(), grey=False, q=36), truth


def f_no_signature(rng, A):
    """IPJ Dolj; 'L.S.' and a stamp but no handwritten signature; phone photo."""
    data = ["datele de identificare ale utilizatorului", "lista tranzacțiilor", "adresele IP de conectare"]
    L = Letter(rng, base="sans", bold="sans-b", pt=11)
    L.run([
        ("lines", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", "Poliția Municipiului Băilești"],
         "left", True),
        ("gap", 20), ("lines", ["Nr. 77.310 din 29.11.2026"], "right", True),
        ("gap", 50), ("lines", ["Către OKAZII.RO – Centrul de prevenire a fraudelor"], "left"),
        ("gap", 40),
        ("p", "În dosarul penal nr. 1288/P/2026, în temeiul art. 170 Cod procedură penală, vă rugăm să ne "
              "comunicați, pentru utilizatorul cereale_bailesti:"),
        ("list", semi(data), "-", 35),
        ("p", "Răspunsul va fi transmis la adresa de e-mail pm.bailesti@dj.politiaromana.ro."),
        ("sign", [dict(pos="right", width=560, lines=["ȘEF POLIȚIE", "Comisar de poliție", ("Dobrescu Marian", False)],
                       gap_after=2, gap_px=80,
                       stamp=ring(f"ROMÂNIA ★ {MAI} ★ INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", None, "blue",
                                  dx=-230, dy=10))], 60),
        ("lines", ["L.S."], "left", True),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=False, stamp=True),
        fields=dict(authority="Poliția Municipiului Băilești", authority_kind="police", reference_number="77.310",
                    reference_date="2026-11-29", case_number="1288/P/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="cereale_bailesti")], requested_data=data,
                    response_channel="electronic", reply_to="pm.bailesti@dj.politiaromana.ro", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Dolj", "IPJ Dolj"], reference_number=["77310"]),
        notes="DEFECTIVE: stamped, with the printed name and 'L.S.', but nobody signed it (expected incomplete, "
              "never verified); phone photo.",
        defect="signature missing (stamp and L.S. only)")
    return dict(kind="photo", pages=L.images(), q=68), truth


def f_foreign_page2(rng, A):
    """Parchet Sect. 2: page 1 unsigned; page 2 is the signed last page of an OLDER, different letter."""
    auth = A["Parchetul de pe lângă Judecătoria Sectorului 2 București"]
    fax = auth["fax_numbers"][0]
    data = ["datele de identificare ale titularului", "adresele de e-mail și telefoanele asociate",
            "tranzacțiile din perioada 1 octombrie – 25 noiembrie 2026"]
    L = Letter(rng, base="serif", bold="serif-b", pt=12)
    L.run([
        ("lines", ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 2 BUCUREȘTI"],
         "center", True),
        ("gap", 30), ("lines", ["Nr. 8841/P/2026 din 27.11.2026"], "left", True), ("gap", 50),
        ("lines", OKAZII), ("gap", 40),
        ("p", "În dosarul penal nr. 8841/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 "
              "alin. (2) lit. b) C.p.p., vă solicităm comunicarea, pentru utilizatorul gadgeturi_s2 "
              "(telefon 0731 550 802), a următoarelor date:"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Răspunsul va fi transmis la adresa pjs2@mpublic.ro."),
        ("lines", ["(continuare pe verso)"], "right", False, -2),
    ])
    page1 = L.images()[0]
    # page 2: the signed last page of another letter, from 2025, in another type face
    L2 = Letter(rng, base="fserif", bold="fserif-b", pt=11.5)
    L2.run([
        ("lines", ["Pagina 2 din 2 la adresa nr. 5519/P/2025 din 14.03.2025"], "right", False, -1),
        ("gap", 30),
        ("list", semi(["extrasele de cont aferente plăților primite în perioada ianuarie – februarie 2025",
                       "corespondența purtată cu cumpărătorii"]), "{n}.", 45, None, False, 3),
        ("p", "Răspunsul va fi transmis prin poștă la sediul parchetului, Str. Olari nr. 1-3, sector 2, București."),
        ("sign", [dict(pos="right", width=560, lines=["PROCUROR,", ("Nistor Dan", False)],
                       gap_after=1, gap_px=100, sig=dict(w=300, h=110, colour="blue", dy=-5),
                       stamp=ring("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 2", "BUCUREȘTI", "blue",
                                  dx=-220, dy=10))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Parchetul de pe lângă Judecătoria Sectorului 2 București", authority_kind="prosecutor",
                    reference_number="8841/P/2026", reference_date="2026-11-27", case_number="8841/P/2026",
                    legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="gadgeturi_s2"), dict(kind="phone", value="+40731550802")],
                    urgent=False),
        notes="FORGED: page 1 (the request, unsigned) is followed by page 2 of another, older letter "
              "(nr. 5519/P/2025 from March 2025) that alone carries the signature and stamp; faxed from the "
              "parchet's genuine number; requested data / reply / signatory left out of the fields (they mix "
              "two letters).",
        defect="page 2 (signed and stamped) belongs to another letter")
    return dict(kind="fax", pages=[page1, L2.images()[0]], fine=True, compression="group4", fax_number=fax,
                header="27/11/2026 12:31 FAX {n} PJS2 BUCURESTI P.{p}"), truth


def f_pasted_stamp(rng, A):
    """IPJ Prahova letter; the stamp is a photocopy of a stamp cut out and glued on crooked."""
    data = ["datele de identificare ale utilizatorului", "adresele IP folosite", "istoricul tranzacțiilor"]
    L = Letter(rng, base="fsans", bold="fsans-b", pt=11)
    L.run([
        ("head_box", ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA",
                      ("Poliția Municipiului Câmpina", False)], ["Nr. 260.114", "din 30.11.2026"]),
        ("gap", 70), ("lines", OKAZII), ("gap", 50),
        ("p", "Vă rugăm ca, în baza art. 170 alin. (2) lit. b) din Codul de procedură penală, în dosarul penal "
              "nr. 3390/P/2026, să ne comunicați pentru utilizatorul piscine_campina (ID 6120554):"),
        ("list", semi(data), "{a})", 45),
        ("p", "Răspunsul va fi transmis pe adresa pm.campina@ph.politiaromana.ro."),
        ("sign", [dict(pos="right", width=560, lines=["ȘEF POLIȚIE", "Comisar-șef de poliție", ("Gheorghe Liviu", False)],
                       gap_after=2, gap_px=80, sig=dict(w=330, h=120, colour="blue", dy=-10),
                       stamp=ring(f"ROMÂNIA ★ {MAI} ★ INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA", None, "black",
                                  dx=-430, dy=125, pasted=True, paste_angle=8.5, diameter=300))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Poliția Municipiului Câmpina", authority_kind="police", reference_number="260.114",
                    reference_date="2026-11-30", case_number="3390/P/2026", legal_basis=["art. 170 CPP"],
                    subjects=[dict(kind="username", value="piscine_campina"), dict(kind="user_id", value="6120554")],
                    requested_data=data, response_channel="electronic", reply_to="pm.campina@ph.politiaromana.ro",
                    signatory="Comisar-șef de poliție Gheorghe Liviu", urgent=False),
        accept=dict(authority=["Inspectoratul de Poliție Județean Prahova", "IPJ Prahova"],
                    reference_number=["260114"]),
        notes="FORGED: the stamp is a grey halftone photocopy of the IPJ stamp on a scrap of paper glued on "
              "crooked (visible edge and shadow), under an original blue signature; colour PDF scan.",
        defect="photocopied stamp cut out and pasted crooked")
    return dict(kind="pdf", pages=L.images(), grey=False, q=36), truth


def f_unknown_authority(rng, A):
    """A 'Direcția Națională de Investigare a Fraudelor Online' that does not exist; gmail reply; fax."""
    data = ["datele de identificare complete ale utilizatorului (nume, CNP, adresă)",
            "copiile documentelor de identitate încărcate",
            "toate adresele IP și datele de autentificare",
            "datele cardurilor bancare și ale conturilor asociate"]
    L = Letter(rng, base="dsans", bold="dsans-b", pt=10.5)
    L.run([
        ("lines", ["ROMÂNIA", MAI, "DIRECȚIA NAȚIONALĂ DE INVESTIGARE A FRAUDELOR ONLINE",
                   ("Serviciul Operativ Central", False)], "center", True),
        ("gap", 30), ("lines", ["Nr. 4471/DNIFO/2026", "București, 03.12.2026"], "right"),
        ("lines", ["URGENT – TERMEN 24 DE ORE"], "center", True, 1, None, None, 1.25, True),
        ("gap", 40), ("lines", OKAZII[:3]), ("gap", 40),
        ("p", "În dosarul penal nr. 2290/P/2026, în temeiul art. 170 și art. 152 din Codul de procedură penală, "
              "vă solicităm să ne transmiteți în termen de 24 de ore, pentru utilizatorul andreea_v_bucuresti "
              "(e-mail andreea.vasile91@gmail.com):"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Având în vedere caracterul urgent, răspunsul va fi transmis exclusiv pe adresa de e-mail "
              "dnifo.romania@gmail.com. Nerespectarea termenului atrage răspunderea penală conform legii."),
        ("sign", [dict(pos="right", width=600, lines=["DIRECTOR", "Chestor de poliție", ("Manole Adrian", False)],
                       gap_after=2, gap_px=80, sig=dict(w=340, h=130, colour="blue", dy=-10),
                       stamp=ring("DIRECȚIA NAȚIONALĂ DE INVESTIGARE A FRAUDELOR ONLINE", "ROMÂNIA", "blue",
                                  dx=-250, dy=20))], 50),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Direcția Națională de Investigare a Fraudelor Online", authority_kind="police",
                    reference_number="4471/DNIFO/2026", reference_date="2026-12-03", case_number="2290/P/2026",
                    legal_basis=["art. 170 CPP", "art. 152 CPP"],
                    subjects=[dict(kind="username", value="andreea_v_bucuresti"),
                              dict(kind="email", value="andreea.vasile91@gmail.com")],
                    requested_data=data, response_channel="electronic", reply_to="dnifo.romania@gmail.com",
                    signatory="Chestor de poliție Manole Adrian", urgent=True),
        notes="FORGED: letterhead of an authority that does not exist (not in the registry), 24-hour urgency, "
              "answer to a gmail address, asks for ID copies and card data; faxed from a number in no registry.",
        defect="letterhead of an authority not in the registry; free-mail reply address")
    return dict(kind="fax", pages=L.images(), fine=False, compression="group3", fax_number="+40 21 555 0198",
                header="03-12-2026 08:12  FROM: {n}                      P.{p}"), truth


def f_wrong_fax(rng, A):
    """Parchetul de pe lângă Tribunalul Iași letter, faxed from IPJ Galați's registry fax number."""
    auth = A["Parchetul de pe lângă Tribunalul Iași"]
    other = A["Inspectoratul de Poliție Județean Galați"]
    data = ["datele de identificare ale titularului contului", "numerele de telefon și adresele de e-mail asociate",
            "istoricul tranzacțiilor din ultimele șase luni"]
    L = Letter(rng, base="serif", bold="serif-b", pt=12, footer=[
        "Str. Elena Doamna nr. 1A, Iași · tel. 0232 555 300 · fax 0232 555 301"])
    L.run([
        ("lines", ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI"], "left", True),
        ("gap", 20), ("lines", ["Nr. 1903/P/2026", "Iași, 2 decembrie 2026"], "right", True),
        ("gap", 50), ("lines", OKAZII), ("gap", 40),
        ("p", "În dosarul penal nr. 1903/P/2026, privind infracțiunea de fraudă informatică, în temeiul "
              "art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul "
              "iphone_sigilat_is:"),
        ("list", semi(data), "{n}.", 45),
        ("p", "Răspunsul va fi transmis în format electronic la adresa pt.iasi@mpublic.ro."),
        ("sign", [dict(pos="right", width=560, lines=["PROCUROR,", ("Apostol Daniela", False)],
                       gap_after=1, gap_px=100, sig=dict(w=300, h=110, colour="blue", dy=-5),
                       stamp=ring("ROMÂNIA ★ PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI", None, "violet",
                                  dx=-220, dy=10))], 60),
    ])
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        ink=dict(signature=True, stamp=True),
        fields=dict(authority="Parchetul de pe lângă Tribunalul Iași", authority_kind="prosecutor",
                    reference_number="1903/P/2026", reference_date="2026-12-02", case_number="1903/P/2026",
                    legal_basis=["art. 170 CPP"], subjects=[dict(kind="username", value="iphone_sigilat_is")],
                    requested_data=data, response_channel="electronic", reply_to="pt.iasi@mpublic.ro",
                    signatory="Procuror Apostol Daniela", urgent=False),
        notes="SUSPECT: a complete, signed and stamped letter of the Parchet Tribunalul Iași, but the sending "
              f"fax number {other['fax_numbers'][0]} is the registry's number of {other['name']} (the letter's "
              "own footer prints the parchet's fax 0232 555 301).",
        defect="faxed from a number that belongs to another authority")
    return dict(kind="fax", pages=L.images(), fine=True, compression="group4", fax_number=other["fax_numbers"][0],
                header="{n}  02/12/2026 13:47  P.{p}"), truth


# ============================================================================ complaints
def c_typed_png(rng, A):
    L = Letter(rng, base="sans", bold="sans-b", pt=11.5)
    L.run([
        ("lines", ["Andreea Munteanu", "Str. Păcurari nr. 118, bl. 4, ap. 12, Iași",
                   "tel. 0744 301 562 · andreea.munteanu@yahoo.ro"], "left"),
        ("gap", 40), ("lines", ["Iași, 28 noiembrie 2026"], "right"), ("gap", 40),
        ("lines", ["Către OKAZII.RO – Departamentul de Securitate"], "left", True), ("gap", 30),
        ("lines", ["RECLAMAȚIE"], "center", True, 2), ("gap", 30),
        ("p", "Subsemnata Andreea Munteanu, utilizator okazii.ro cu contul andreea_m_iasi, vă aduc la cunoștință "
              "că la data de 3 noiembrie 2026 am cumpărat un telefon mobil de la vânzătorul "
              "telefoane_outlet_iasi, comanda nr. 70418832, și am achitat suma de 1.450,00 lei."),
        ("p", "Deși vânzătorul a confirmat expedierea, nu am primit produsul până astăzi, iar numărul AWB "
              "comunicat nu există în sistemul firmei de curierat. Vânzătorul nu mai răspunde la mesaje și "
              "la telefon. Am depus plângere și la Poliția Municipiului Pașcani."),
        ("p", "Întrucât comanda a fost plătită prin platformă cu Garanția de Livrare, vă rog să dispuneți "
              "restituirea sumei de 1.450,00 lei și blocarea contului vânzătorului."),
        ("gap", 30), ("lines", ["Cu stimă,", "Andreea Munteanu"], "right"),
        ("sig_here", dict(w=240, h=90, colour="blue"), 1330, 40),
    ])
    truth = dict(category="complaint",
                 fields=dict(transaction_id="70418832", counterparty="telefoane_outlet_iasi",
                             amount=dict(value="1450.00", currency="RON"), delivery_guarantee=True,
                             issue="not_delivered",
                             contact=dict(email="andreea.munteanu@yahoo.ro", phone="+40744301562")),
                 accept=dict(complainant=["Andreea Munteanu", "andreea_m_iasi"], issue=["no_answer"]),
                 ink=dict(signature=True, stamp=False),
                 notes="typed complaint signed by hand; the same seller and order as the IPJ Iași / Pașcani letter; "
                       "grey PNG.")
    truth["fields"]["complainant"] = "Andreea Munteanu"
    return dict(kind="png", pages=L.images(), grey=True, levels=16), truth


def c_hand_lined(rng, A):
    img = handwritten(rng, [
        "Bună ziua, mă numesc Vasilică Rusu și vă scriu pentru că am fost țepuit pe site-ul vostru.",
        "Am cumpărat o comodă veche de la vânzătorul mobila.vintage, tranzacția nr. 70533190, și am "
        "plătit 380 de lei prin transfer, cum mi-a cerut el. De atunci nu mai răspunde nici la telefon, "
        "nici la mesaje, iar anunțul a dispărut.",
        "Vă rog să-mi dați banii înapoi sau să-mi spuneți ce să fac. Telefonul meu este 0723 118 540.",
    ], paper="lines", heading="Reclamație", right_block=["Bacău, 30.XI.2026"],
        sign=dict(lines=["Cu respect,", "Rusu Vasilică"], sig=dict(w=240, h=90)), jitter=1.3)
    truth = dict(category="complaint",
                 fields=dict(complainant="Vasilică Rusu", transaction_id="70533190", counterparty="mobila.vintage",
                             amount=dict(value="380.00", currency="RON"), contact=dict(phone="+40723118540")),
                 accept=dict(complainant=["Rusu Vasilică"]),
                 ink=dict(signature=True, stamp=False),
                 notes="handwritten-looking complaint on lined paper ('țepuit'), phone photo; paid by transfer, "
                       "seller silent (issue left out: fraud or no answer both fit).")
    return dict(kind="photo", pages=[img], q=70), truth


def c_fax_iban(rng, A):
    ib = iban("INGB", "0000999912873301")
    L = Letter(rng, base="fmono", bold="fmono-b", pt=11.5)
    L.run([
        ("lines", ["De la: Ciocan Florin, Craiova, tel. 0768 224 019", "Către: OKAZII.RO – Securitate",
                   "Data: 01.12.2026", "Nr. pagini: 1"], "left"),
        ("gap", 30), ("rule", 1), ("gap", 20),
        ("lines", ["RECLAMATIE - FRAUDA"], "left", True), ("gap", 20),
        ("p", "Va scriu in legatura cu anuntul pentru un set de jante aliaj, vanzator auto_piese_dj, comanda "
              "nr. 70611245. Vanzatorul m-a convins sa nu platesc prin site ci direct in contul lui, "
              f"IBAN {grouped(ib)}, suma de 2.100 lei. Dupa plata mi-a trimis un link de \"confirmare\" care "
              "imi cerea datele cardului. Cred ca este o frauda si ca si alti cumparatori vor fi pacaliti.", 0),
        ("p", "Va rog sa verificati contul vanzatorului si sa il blocati. Solicit sprijinul vostru pentru "
              "recuperarea banilor. Am sunat si la banca.", 0),
        ("gap", 30), ("lines", ["Ciocan Florin"], "left"),
        ("sig_here", dict(w=220, h=80, colour="black"), 400, 30),
    ])
    truth = dict(category="complaint",
                 fields=dict(complainant="Ciocan Florin", transaction_id="70611245", counterparty="auto_piese_dj",
                             amount=dict(value="2100.00", currency="RON"), issue="fraud_suspected",
                             contact=dict(phone="+40768224019")),
                 ink=dict(signature=True, stamp=False),
                 notes="citizen's complaint without diacritics, typed in a monospace face and faxed from a copy "
                       "shop (standard G3); payment outside the platform to an IBAN, phishing link.")
    return dict(kind="fax", pages=L.images(), fine=False, compression="group3", fax_number="+40 251 555 880",
                header="01/12/2026 18:03  COPY CENTER CRAIOVA  {n}  P.01"), truth


def c_pdf_eur(rng, A):
    L = Letter(rng, base="serif", bold="serif-b", pt=12)
    L.run([
        ("lines", ["Catalin Enache", "Bd. Unirii 44, Bucuresti", "catalin.enache@outlook.com"], "right"),
        ("gap", 60), ("lines", ["Catre Okazii.ro", "Departamentul Securitate / Reclamatii"], "left"),
        ("gap", 50), ("lines", ["Subiect: reclamatie comanda 70702955 - produs nelivrat"], "left", True),
        ("gap", 30),
        ("p", "Buna ziua,", 0),
        ("p", "In data de 9 noiembrie 2026 am comandat de la utilizatorul vintage-watch-ro un ceas de "
              "colectie, cu plata prin platforma, suma de 240 EUR. Coletul figureaza de doua saptamani ca "
              "\"returnat expeditorului\", iar vanzatorul sustine ca l-a primit inapoi dar refuza sa imi "
              "restituie banii.", 0),
        ("p", "Va rog sa analizati situatia si sa imi returnati cei 240 EUR in baza Garantiei de Livrare.", 0),
        ("gap", 40), ("lines", ["Multumesc,", "Catalin Enache", "04.12.2026"], "left"),
    ])
    truth = dict(category="complaint",
                 fields=dict(complainant="Catalin Enache", transaction_id="70702955", counterparty="vintage-watch-ro",
                             amount=dict(value="240.00", currency="EUR"), delivery_guarantee=True,
                             issue="not_delivered", contact=dict(email="catalin.enache@outlook.com")),
                 ink=dict(signature=False, stamp=False),
                 notes="typed, no diacritics, amount in EUR, parcel returned to sender; unsigned; grey PDF "
                       "(photocopied).")
    return dict(kind="pdf", pages=L.images(), grey=True, q=40, photocopy=True), truth


def c_hand_squares(rng, A):
    img = handwritten(rng, [
        "Stimați domni,",
        "Subsemnatul Pârvu Gheorghe, pensionar din Brașov, am comandat de pe okazii.ro o drujbă de la "
        "vânzătorul unelte_bv, comanda 70702417, în valoare de 640 lei, plătită cu cardul.",
        "Au trecut trei săptămâni și drujba nu a venit. Vânzătorul nu mai răspunde la telefon din 20 "
        "noiembrie. Vă rog să mă ajutați să-mi recuperez banii.",
    ], paper="squares", font="fsans-o", pt=17, heading="RECLAMAȚIE", colour="darkblue",
        right_block=["Brașov, 2 decembrie 2026"], sign=dict(lines=["Pârvu Gheorghe", "tel. 0268 555 019"],
                                                            sig=dict(w=200, h=80, pen=3.6)), jitter=1.5)
    truth = dict(category="complaint",
                 fields=dict(complainant="Pârvu Gheorghe", transaction_id="70702417", counterparty="unelte_bv",
                             amount=dict(value="640.00", currency="RON"), issue="no_answer"),
                 accept=dict(issue=["not_delivered"]),
                 ink=dict(signature=True, stamp=False),
                 notes="handwritten-looking complaint on squared paper by an elderly buyer; colour JPEG scan.")
    return dict(kind="jpg", pages=[img], grey=False, q=45), truth


# ============================================================================ mediation
def m_not_as_described(rng, A):
    L = Letter(rng, base="sans", bold="sans-b", pt=11)
    L.run([
        ("lines", ["Daniela Preda", "Constanța, str. Mircea cel Bătrân nr. 90", "0765 400 128"], "left"),
        ("gap", 40), ("lines", ["Constanța, 29.11.2026"], "right"),
        ("gap", 40), ("lines", ["Către OKAZII.RO – Mediere dispute"], "left", True), ("gap", 30),
        ("lines", ["Cerere de mediere – tranzacția nr. 70388412"], "center", True, 1), ("gap", 20),
        ("p", "Am cumpărat de la vânzătorul gsm_deals_ct un telefon descris în anunț ca „nou, sigilat, "
              "garanție 24 de luni”, pentru care am plătit 2.200 lei. Am primit un telefon folosit, cu "
              "zgârieturi pe ecran și fără cutie, deci produsul nu corespunde descrierii."),
        ("p", "Nu vreau să anulez tranzacția, deoarece am nevoie de telefon. Propun o soluție amiabilă: "
              "vânzătorul să îmi restituie 300 lei din preț, iar eu păstrez telefonul. Vă rog să mediați "
              "această dispută, vânzătorul refuzând până acum orice discuție."),
        ("gap", 30), ("lines", ["Cu mulțumiri,", "Daniela Preda"], "right"),
        ("sig_here", dict(w=230, h=85, colour="violet"), 1330, 40),
    ])
    truth = dict(category="mediation",
                 fields=dict(complainant="Daniela Preda", transaction_id="70388412", counterparty="gsm_deals_ct",
                             amount=dict(value="2200.00", currency="RON"), issue="not_as_described",
                             contact=dict(phone="+40765400128")),
                 accept=dict(amount=[dict(value="300.00", currency="RON")]),
                 ink=dict(signature=True, stamp=False),
                 notes="buyer asks for mediation: used phone sold as new; proposes a 300 lei partial refund "
                       "(the price is 2.200 lei); colour PDF.")
    return dict(kind="pdf", pages=L.images(), grey=False, q=36), truth


def m_seller_company(rng, A):
    L = Letter(rng, base="fsans", bold="fsans-b", pt=11)
    L.run([
        ("head_two", ["S.C. CASA VERDE DECOR S.R.L.", ("J12/4471/2019 · CUI RO41188203", False),
                      ("Cluj-Napoca, str. Fabricii nr. 1", False)],
         ["Utilizator okazii.ro: casaverde_decor", "office@casaverdedecor.ro", "0264 555 771"]),
        ("gap", 30), ("rule", 2), ("gap", 20),
        ("lines", ["Nr. 318 / 01.12.2026"], "left"),
        ("gap", 30), ("lines", ["Către OKAZII.RO – Departamentul de mediere"], "left", True), ("gap", 30),
        ("p", "Vă sesizăm în legătură cu tranzacția nr. 70499120, încheiată cu cumpărătoarea mirela_p88 pentru o "
              "lampă de podea din ceramică, în valoare de 590 lei. Cumpărătoarea susține că lampa a sosit "
              "spartă și solicită returnarea integrală a banilor, fără a ne trimite fotografii ale coletului."),
        ("p", "Produsul a fost ambalat corespunzător și predat curierului în stare perfectă. Pentru a închide "
              "disputa pe cale amiabilă, propunem restituirea a 50% din preț (295 lei) sau înlocuirea lămpii "
              "după returnarea celei deteriorate, pe cheltuiala noastră. Vă rugăm să mediați între părți."),
        ("gap", 20),
        ("sign", [dict(pos="right", width=520, lines=["Administrator,", ("Bogdan Crișan", False)], gap_after=1,
                       gap_px=90, sig=dict(w=280, h=100, colour="blue", dy=-5),
                       stamp=dict(shape="oval", top="S.C. CASA VERDE DECOR S.R.L.", bottom="CLUJ-NAPOCA",
                                  centre="text", centre_lines=("J12/4471/2019",), diameter=380, ratio=0.62,
                                  colour="blue", dx=-200, dy=10))], 40),
    ])
    truth = dict(category="mediation",
                 fields=dict(complainant="S.C. CASA VERDE DECOR S.R.L.", transaction_id="70499120",
                             counterparty="mirela_p88", amount=dict(value="590.00", currency="RON"), issue="damaged",
                             contact=dict(email="office@casaverdedecor.ro")),
                 accept=dict(complainant=["casaverde_decor", "Casa Verde Decor S.R.L."]),
                 ink=dict(signature=True, stamp=True),
                 notes="the SELLER (a company) asks for mediation: item arrived broken per the buyer; company's "
                       "oval stamp and signature on a non-official letter; colour JPEG scan.")
    return dict(kind="jpg", pages=L.images(), grey=False, q=42), truth


def m_hand_fax(rng, A):
    img = handwritten(rng, [
        "Către Okazii.ro, Departamentul de mediere",
        "Subsemnata Ilinca Tudor (utilizator ilinca.tudor) am cumpărat o pereche de ghete de la vânzătorul "
        "pasi_usori, tranzacția 70720338, preț 310 lei. Am comandat mărimea 38, am primit mărimea 36 și alt "
        "model decât cel din poze.",
        "Vânzătorul refuză să primească produsul înapoi. Propun să returnez ghetele pe cheltuiala mea și să "
        "primesc mărimea corectă sau banii înapoi.",
    ], paper=None, font="dsans-co", pt=16, heading="Cerere mediere", colour="black",
        right_block=["Galați, 1.12.2026", "tel. 0744 880 213"],
        sign=dict(lines=["Ilinca Tudor"], sig=dict(w=220, h=80)), jitter=1.2)
    truth = dict(category="mediation",
                 fields=dict(complainant="Ilinca Tudor", transaction_id="70720338", counterparty="pasi_usori",
                             amount=dict(value="310.00", currency="RON"), issue="wrong_item",
                             contact=dict(phone="+40744880213")),
                 accept=dict(complainant=["ilinca.tudor"], issue=["return_refused"]),
                 ink=dict(signature=True, stamp=False),
                 notes="handwritten-looking request for mediation sent by fax from home (fine G4): wrong size and "
                       "model, seller refuses the return (wrong_item; return_refused accepted).")
    return dict(kind="fax", pages=[img], fine=True, compression="group4", fax_number="+40 236 555 613",
                header="{n}        01/12/2026 20:14    P.1"), truth


# ============================================================================ support
def s_hand_phone(rng, A):
    img = handwritten(rng, [
        "Bună ziua,",
        "Am cont pe okazii de mai mulți ani, pe numele Elena Stoica, utilizator elena_stoica_52. Mi-am "
        "schimbat numărul de telefon și acum nu mai pot intra în cont pentru că îmi cere un cod pe numărul "
        "vechi. Vă rog să-mi spuneți cum pot schimba numărul de telefon din cont.",
        "Numărul nou este 0747 215 390. Vă mulțumesc.",
    ], paper="lines", font="dsans-o", pt=17, colour="blue", right_block=["Sibiu, 26.11.2026"],
        sign=dict(lines=["Elena Stoica"], sig=None), jitter=1.1)
    truth = dict(category="support",
                 fields=dict(contact=dict(phone="+40747215390")),
                 ink=dict(signature=False, stamp=False),
                 notes="elderly user cannot log in after changing phone number (topic: account access / phone "
                       "number change); handwritten-looking, unsigned (name only); phone photo.")
    return dict(kind="photo", pages=[img], q=68), truth


def s_company_invoices(rng, A):
    L = Letter(rng, base="serif", bold="serif-b", pt=11.5)
    L.run([
        ("lines", ["S.C. AGRO TEHNIC MUREȘ S.R.L.", "Târgu Mureș, str. Gheorghe Doja nr. 64",
                   "CUI RO30145522 · contabilitate@agrotehnicmures.ro"], "left", True, -1),
        ("gap", 50), ("lines", ["Nr. 1190/27.11.2026"], "right"),
        ("gap", 40), ("lines", ["Către OKAZII.RO – Asistență Clienți"], "left", True), ("gap", 30),
        ("p", "Vă rugăm să ne transmiteți duplicatele facturilor de comision emise pentru contul nostru de "
              "vânzător agrotehnic_ms în lunile august, septembrie și octombrie 2026, necesare pentru "
              "închiderea situațiilor contabile. Totodată, vă rugăm să ne comunicați dacă facturile pot fi "
              "descărcate direct din cont și în ce secțiune."),
        ("p", "Răspunsul poate fi trimis la adresa contabilitate@agrotehnicmures.ro."),
        ("sign", [dict(pos="left", width=520, lines=["Director economic,", ("Kovács Ildikó", False)], gap_after=1,
                       gap_px=90, sig=dict(w=260, h=95, colour="blue", dy=-5),
                       stamp=dict(shape="rect", lines=["S.C. AGRO TEHNIC MUREȘ S.R.L.", "TÂRGU MUREȘ",
                                                       "CUI RO30145522"], diameter=380, ratio=0.38,
                                  colour="violet", dx=250, dy=0, rotation=-4))], 60),
    ])
    truth = dict(category="support",
                 fields=dict(contact=dict(email="contabilitate@agrotehnicmures.ro")),
                 ink=dict(signature=True, stamp=True),
                 notes="a company asks for duplicate commission invoices (topic: invoices); signed and stamped "
                       "with a RECTANGULAR company stamp though it is no official request; grey PDF.")
    return dict(kind="pdf", pages=L.images(), grey=True, q=40), truth


# ============================================================================ unknown
def u_toner_fax(rng, A):
    L = Letter(rng, base="sans", bold="sans-b", pt=13)
    L.run([
        ("lines", ["OFERTĂ SPECIALĂ DECEMBRIE!!!"], "center", True, 10),
        ("gap", 30), ("lines", ["CARTUȘE ȘI TONERE COMPATIBILE", "LIVRARE GRATUITĂ ÎN 24H"], "center", True, 4),
        ("gap", 40),
        ("list", ["Toner compatibil HP 85A – 79 lei", "Toner Brother TN-2420 – 95 lei",
                  "Cartuș Canon PG-545 – 49 lei", "Hârtie copiator A4, 5 topuri – 119 lei"], "•", 50),
        ("gap", 30),
        ("p", "Comandați acum la 0740 555 900 sau pe www.toner-rapid.example.ro și primiți un toner "
              "gratuit la fiecare 5 comandate! Ofertă valabilă până la 31.12.2026.", 0, "center"),
        ("gap", 80),
        ("small", ["Pentru dezabonare de la faxurile promoționale sunați la 0740 555 901."], -3, "center"),
    ])
    truth = dict(category="unknown", ink=dict(signature=False, stamp=False),
                 notes="advertising fax for printer toner (standard G3).")
    return dict(kind="fax", pages=L.images(), fine=False, compression="group3", fax_number="+40 21 555 0777",
                header="{n} TONER RAPID SRL 04/12/2026 07:02 P.01"), truth


def u_academy_invite(rng, A):
    L = Letter(rng, base="fserif", bold="fserif-b", pt=12)
    L.run([
        ("lines", ["ROMÂNIA", MAI, "ACADEMIA DE POLIȚIE „ALEXANDRU IOAN CUZA”",
                   ("Facultatea de Poliție – Catedra de Drept Penal", False)], "center", True),
        ("gap", 30), ("lines", ["Nr. 2/1184 din 20.XI.2026"], "left"),
        ("gap", 50), ("lines", ["Către OKAZII.RO – Centrul de prevenire a fraudelor"], "left", True), ("gap", 30),
        ("lines", ["INVITAȚIE"], "center", True, 2), ("gap", 20),
        ("p", "Academia de Poliție „Alexandru Ioan Cuza” organizează, în zilele de 18 și 19 februarie 2027, "
              "conferința „Frauda în comerțul electronic – cooperarea dintre platforme și organele de urmărire "
              "penală”, la care participă ofițeri din Inspectoratul General al Poliției Române, procurori DIICOT "
              "și reprezentanți ai marilor platforme online."),
        ("p", "Avem onoarea de a vă invita să susțineți o prezentare de 20 de minute despre experiența "
              "dumneavoastră în prevenirea fraudelor și în răspunsul la solicitările autorităților. Vă rugăm "
              "să confirmați participarea până la data de 15 ianuarie 2027 la adresa conferinta@academiadepolitie.ro."),
        ("sign", [dict(pos="right", width=600, lines=["DECAN,", "Comisar-șef de poliție", ("Prof. univ. dr. Nedelcu Ion", False)],
                       gap_after=2, gap_px=80, sig=dict(w=300, h=110, colour="blue", dy=-10),
                       stamp=ring("ACADEMIA DE POLIȚIE „ALEXANDRU IOAN CUZA”", "BUCUREȘTI", "blue", dx=-230, dy=20))],
         60),
    ])
    truth = dict(category="unknown", ink=dict(signature=True, stamp=True),
                 notes="a police academy's conference invitation: police heading, number, signature and stamp, "
                       "but no request for data (no case, no user): not law_enforcement; colour PDF.")
    return dict(kind="pdf", pages=L.images(), grey=False, q=36), truth


ITEMS = [
    ("le_genuine", g_pascani), ("le_genuine", g_prahova_ordonanta), ("le_genuine", g_diicot_iasi),
    ("le_genuine", g_dna_ploiesti), ("le_genuine", g_jud_ploiesti), ("le_genuine", g_dgpmb_s7),
    ("le_genuine", g_pj_craiova), ("le_genuine", g_ipj_ph_scci), ("le_genuine", g_ipj_dolj),
    ("le_genuine", g_tb_dolj), ("le_genuine", g_ipj_bihor), ("le_genuine", g_ipj_suceava),
    ("le_forged", f_club_stamp), ("le_forged", f_blank_ring), ("le_forged", f_no_signature),
    ("le_forged", f_foreign_page2), ("le_forged", f_pasted_stamp), ("le_forged", f_unknown_authority),
    ("le_forged", f_wrong_fax),
    ("complaint", c_typed_png), ("complaint", c_hand_lined), ("complaint", c_fax_iban), ("complaint", c_pdf_eur),
    ("complaint", c_hand_squares),
    ("mediation", m_not_as_described), ("mediation", m_seller_company), ("mediation", m_hand_fax),
    ("support", s_hand_phone), ("support", s_company_invoices),
    ("unknown", u_toner_fax), ("unknown", u_academy_invite),
]


# ============================================================================ output
def posterise(img: Image.Image, levels: int, grey: bool) -> Image.Image:
    if grey:
        g = img.convert("L")
        step = 255 / (levels - 1)
        return g.point(lambda v: int(round(round(v / step) * step)))
    return img.convert("RGB").quantize(colors=levels, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)


def render(out: dict, rng, path_stem: Path):
    kind = out["kind"]
    pages = out["pages"]
    if kind == "fax":
        N = len(pages)
        fine = out.get("fine", True)
        xdpi = out.get("xdpi", 204)
        ydpi = out.get("ydpi", 196 if fine else 98)
        hdr = out.get("header", "")
        fp = [fax_page(p, rng, fine=fine, xdpi=xdpi, ydpi=ydpi,
                       header=hdr.format(n=out["fax_number"], p=i + 1, N=N)) for i, p in enumerate(pages)]
        path = path_stem.with_suffix(".tif")
        save_tiff(fp, path, compression=out.get("compression", "group4"), dpi=(xdpi, ydpi),
                  tsi=out["fax_number"], docname=path.name)
        return path, dict(channel="fax", fax_number=out["fax_number"],
                          fax_mode=f"{out.get('compression', 'group4')} {xdpi}x{ydpi}", pages=N)
    if kind == "photo":
        img = phone_photo(pages[0], rng)
        path = path_stem.with_suffix(".jpg")
        save_jpeg(img, path, out.get("q", 70))
        return path, dict(channel="post", pages=1, format="phone photo JPEG")
    if kind == "jpg":
        img = scan(pages[0], rng, grey=out.get("grey", False), noise=2.5)
        path = path_stem.with_suffix(".jpg")
        save_jpeg(img, path, out.get("q", 42))
        return path, dict(channel="post", pages=1, format="flatbed JPEG")
    if kind == "png":
        img = scan(pages[0], rng, grey=out.get("grey", False), noise=0, blur=0.5, light=(0.985, 1.0))
        img = posterise(img, out.get("levels", 16), out.get("grey", False))
        path = path_stem.with_suffix(".png")
        img.save(path, optimize=True)
        return path, dict(channel="post", pages=1, format="PNG")
    if kind == "pdf":
        imgs = []
        for p in pages:
            if out.get("photocopy"):
                p = photocopy(p, rng)
            imgs.append(scan(p, rng, grey=out.get("grey", False), noise=1.5, blur=0.7))
        path = path_stem.with_suffix(".pdf")
        save_pdf(imgs, path, q=out.get("q", 40))
        return path, dict(channel="post", pages=len(imgs), format="image-only PDF")
    raise ValueError(kind)


def main():
    A = authorities()
    order_rng = np.random.default_rng(SEED)
    numbers = order_rng.permutation(len(ITEMS)) + 1
    # split: half of each group dev, half blind (seeded)
    groups: dict = {}
    for i, (g, _) in enumerate(ITEMS):
        groups.setdefault(g, []).append(i)
    split = {}
    for g, idx in sorted(groups.items()):
        perm = order_rng.permutation(idx)
        ndev = (len(idx) + int(order_rng.integers(0, 2))) // 2
        for k, i in enumerate(perm):
            split[i] = "dev" if k < ndev else "blind"
    for old in HERE.glob("p[0-9][0-9].*"):
        old.unlink()
    lines = []
    additions: dict = {}
    for i, (g, fn) in enumerate(ITEMS):
        rng = np.random.default_rng([SEED, i])
        out, truth = fn(rng, A)
        stem = HERE / f"p{numbers[i]:02d}"
        path, meta = render(out, rng, stem)
        rec = {"file": f"paper/{path.name}", "split": split[i], "category": truth["category"],
               "fields": truth.get("fields", {})}
        if truth.get("accept"):
            rec["accept"] = truth["accept"]
        if truth["category"] == "law_enforcement":
            rec["genuine"] = truth["genuine"]
            rec["expect_verdict"] = truth["expect_verdict"]
        else:
            rec["genuine"] = None
            rec["expect_verdict"] = None
        rec["ink"] = truth["ink"]
        rec["notes"] = truth["notes"]
        rec["item"] = fn.__name__
        rec.update(meta)
        if truth.get("defect"):
            rec["defect"] = truth["defect"]
        if truth.get("authority_registry"):
            rec["registry_authority"] = truth["authority_registry"]
            if meta.get("channel") == "fax" and truth.get("genuine"):
                a = A[truth["authority_registry"]]
                e = additions.setdefault(a["name"], {"authority": a["name"], "fax_numbers": [],
                                                     "phone_numbers": list(a["phone_numbers"])})
                if meta["fax_number"] not in e["fax_numbers"]:
                    e["fax_numbers"].append(meta["fax_number"])
        lines.append((numbers[i], rec))
        print(f"{path.name:8s} {g:11s} {rec['split']:5s} {fn.__name__:22s} {os.path.getsize(path) // 1024:5d} KB",
              flush=True)
    lines.sort(key=lambda t: t[0])
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for _, rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(HERE / "registry_additions.json", "w", encoding="utf-8") as fh:
        json.dump(sorted(additions.values(), key=lambda e: e["authority"]), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    total = sum(os.path.getsize(p) for p in HERE.glob("p[0-9][0-9].*"))
    print(f"total {total / 1e6:.2f} MB in {len(lines)} files")


if __name__ == "__main__":
    main()
