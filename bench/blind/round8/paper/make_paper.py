"""Blind round 8, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round8/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, write_fax, write_post, main) are round 7's, copied as
tools; the letters are new. Deterministic (seed 20261250). The authorities and their fax numbers
are the world's (../world/authorities.json).
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import time

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import ImageFileDirectory_v2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inkkit as K  # noqa: E402

SEED = 20261250
OUR = ["Către", "OKAZII.RO – Centrul de prevenire a fraudelor", "Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OUR_NODIA = ["Catre", "OKAZII.RO - Centrul de prevenire a fraudelor", "Departamentul Juridic",
             "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def iban(bank: str, acct: str) -> str:
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    ck = 98 - int(num) % 97
    s = f"RO{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def compact(s):
    return s.replace(" ", "")


class RecPage(K.Page):
    """The kit's page, recording every string drawn (for the self-check of the truth)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.texts: list[str] = []

    def line(self, s, *a, **kw):
        self.texts.append(s)
        return super().line(s, *a, **kw)

    def para(self, text, *a, **kw):
        self.texts.append(text)
        return super().para(text, *a, **kw)

    def table(self, rows, *a, **kw):
        for r in rows:
            self.texts.append(" ".join(str(c) for c in r))
        return super().table(rows, *a, **kw)

    def sigblock(self, lines, *a, **kw):
        self.texts += list(lines)
        return super().sigblock(lines, *a, **kw)


class Ctx:
    def __init__(self, rng, ch):
        self.rng = rng
        self.ch = ch
        self.sig = False
        self.stamp = False

    def page(self, style=None):
        st = style or K.Style()
        if self.ch["channel"] == "fax":
            return RecPage(st, dpi=(204, 196), width_px=1728)
        dpi = self.ch.get("dpi", 200)
        return RecPage(st, dpi=(dpi, dpi))

    def anchor_px(self, p, anchor, dx, dy):
        if isinstance(anchor, tuple) and len(anchor) == 2:
            return p.px(anchor[0] + dx, anchor[1] + dy)
        x0, y0, x1, y1 = p.anchors[anchor]
        return p.px((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy)

    def sign(self, p, anchor, hand, pen, w=46, h=16, dx=0.0, dy=0.0, img=None, slant=None):
        if img is None:
            img = K.signature(self.rng, hand, pen, w, h, dpi=(p.dx, p.dy), slant=slant)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.sig = True
        return img

    def stampit(self, p, anchor, dx=0.0, dy=0.0, img=None, **kw):
        if img is None:
            img = K.stamp(self.rng, dpi=(p.dx, p.dy), **kw)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.stamp = True
        return img


def heading(p, left, right=(), size=10.5, kinds=None, gap=3.0):
    kinds = kinds or ["b"] * len(left)
    p.cols(left, right, size=size, kind_l=kinds, gap=gap)


def addressee(p, lines=OUR, x=95.0, size=None):
    for i, s in enumerate(lines):
        p.line(s, size=size, kind="b" if i == 1 else "", x=x)
    p.space(4)


def e164(s):
    s = "".join(ch for ch in s if ch.isdigit() or ch == "+")
    if s.startswith("+"):
        return s
    if s.startswith("40"):
        return "+" + s
    if s.startswith("0"):
        return "+40" + s[1:]
    return s


def f_le(kind="police", **kw):
    f = {"authority_kind": kind, "urgent": kw.pop("urgent", False)}
    f.update(kw)
    return f


# =====================================================================
# GENUINE LAW-ENFORCEMENT LETTERS (7)
# =====================================================================

OKZ = ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
INK = {}


def police_head(p, unit, county="INSPECTORATUL DE POLIȚIE JUDEȚEAN TELEORMAN", right=()):
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", county, unit], right, size=10.5)


# =====================================================================
# GENUINE (7)
# =====================================================================

def g_alexandria_police(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    K.print_emblem(p, 105, 22, 16)
    p.space(14)
    police_head(p, "POLIȚIA MUNICIPIULUI ALEXANDRIA", right=["NESECRET", "Nr. 305.712", "din 30.11.2026"])
    addressee(p, OKZ, x=92)
    p.line("Dosar penal nr. 2604/P/2026", kind="b")
    p.space(2)
    p.para("Poliția Municipiului Alexandria – Biroul de Investigații Criminale efectuează cercetări în dosarul penal "
           "nr. 2604/P/2026, privind săvârșirea infracțiunii de înșelăciune (art. 244 Cod penal), constând în "
           "vânzarea, prin platforma dumneavoastră, a unor telefoane mobile care nu au mai fost livrate.")
    p.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru perioada "
           "01.09.2026 – 29.11.2026, următoarele date privind utilizatorul „telefoane_tr_ok” (e-mail "
           "ionel.badea.tr@gmail.com):")
    p.items(["datele de identificare ale titularului contului",
             "tranzacțiile încheiate în calitate de vânzător",
             "adresele IP de la care s-a accesat contul"], style="num")
    p.para("Răspunsul va fi transmis prin poștă, la sediul Poliției Municipiului Alexandria, Str. Dunării nr. 200.")
    p.space(6)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI ALEXANDRIA", "Comisar-șef de poliție", "Dincă Ștefan-Viorel"])
    INK["alex_sig"] = c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=52, h=18, dy=-6)
    INK["alex_stamp"] = c.stampit(p, "sig", dx=-48, dy=2, kind="double", top="ROMÂNIA * M.A.I. * IPJ TELEORMAN",
                                  bottom="ALEXANDRIA", center=("POLIȚIA", "MUNICIPIULUI"), color="blue", rotate=-8)
    f = f_le(authority="Poliția Municipiului Alexandria", reference_number="305.712", reference_date="2026-11-30",
             case_number="2604/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "username", "value": "telefoane_tr_ok"},
                       {"kind": "email", "value": "ionel.badea.tr@gmail.com"}],
             requested_data=["datele de identificare ale titularului contului",
                             "tranzacțiile încheiate în calitate de vânzător",
                             "adresele IP de la care s-a accesat contul"],
             period={"from": "2026-09-01", "to": "2026-11-29"}, response_channel="courier",
             signatory="Comisar-șef de poliție Dincă Ștefan-Viorel")
    acc = {"authority": ["Inspectoratul de Poliție Județean Teleorman", "IPJ Teleorman"], "reference_number": ["305712"]}
    return [p], f, acc, ("Poliția Municipiului Alexandria (IPJ Teleorman) by post: printed arms, NESECRET/number/date "
                         "in the right column, case on its own bold line, numbered list, answer by post; blue "
                         "flourish over the name and a blue double-ring stamp left of it (the SAME ink images are "
                         "reused by the forgery f_ink_transplant)")


def g_pj_alexandria_fax(c: Ctx):
    p = c.page(K.Style(family="lmono", size=10.5, justify=False))
    heading(p, ["PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALEXANDRIA"], [])
    p.line("Nr. 3.120/II/2026                                   Alexandria, 02 decembrie 2026")
    p.line("Dosar nr. 1988/P/2026")
    p.space(4)
    addressee(p, OKZ, x=80)
    p.para("În cauza penală nr. 1988/P/2026, privind infracțiunea de amenințare (art. 206 Cod penal) săvârșită prin "
           "mesaje transmise prin platforma dumneavoastră, în temeiul art. 170 C.p.p., solicităm să ne comunicați:")
    p.items(["datele de identificare ale utilizatorului cu ID 29904415",
             "mesajele trimise de acest utilizator către utilizatorul „elena.m_tr”",
             "adresele IP de conectare"], style="let")
    p.para("Perioada: 15.10.2026 – 01.12.2026. Răspunsul se transmite prin fax la 0247 568 610 sau prin poștă.")
    p.space(5)
    p.sigblock(["Prim-procuror,", "Iordache Valentina"], kinds=["", "b"])
    c.sign(p, "sig_last", "wave", "ballpoint_black", w=44, h=15, dy=-7)
    c.stampit(p, "sig", dx=40, dy=-2, kind="round", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALEXANDRIA",
              center=("ROMÂNIA",), color="violet", arms=True)
    f = f_le("prosecutor", authority="Parchetul de pe lângă Judecătoria Alexandria", reference_number="3.120/II/2026",
             reference_date="2026-12-02", case_number="1988/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "user_id", "value": "29904415"}],
             requested_data=["datele de identificare ale utilizatorului cu ID 29904415",
                             "mesajele trimise de acest utilizator către utilizatorul „elena.m_tr”",
                             "adresele IP de conectare"],
             period={"from": "2026-10-15", "to": "2026-12-01"}, response_channel="courier",
             signatory="Prim-procuror Iordache Valentina")
    acc = {"reference_number": ["3120/II/2026", "3.120", "3120"], "response_channel": ["both"]}
    return [p], f, acc, ("prosecutors' office in a monospaced font, number and date on one line, lettered list, a "
                         "victim's username inside a datum (not a subject), fax or post (courier; both accepted); "
                         "round violet stamp with arms, black wave signature")


def g_zimnicea_nodia(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["INSPECTORATUL DE POLITIE JUDETEAN TELEORMAN", "POLITIA ORASULUI ZIMNICEA"],
            ["Nr. 52.118 din 03.12.2026", "Exemplar unic"], size=10.5)
    addressee(p, OKAZ_NODIA, x=90)
    p.para("In dosarul penal nr. 711/P/2026, privind infractiunea de inselaciune (art. 244 C.pen.), in baza art. 170 "
           "C.p.p. va rugam sa ne comunicati datele de identificare si de contact, precum si istoricul comenzilor "
           "pentru utilizatorul care a folosit numarul de telefon 0751 330 204 si contul bancar "
           f"{iban('CECE', 'B00030RON4412209')}, in perioada 01.08.2026 - 02.12.2026.")
    p.para("Raspunsul se va trimite pe e-mail la politia.zimnicea@tr.politiaromana.ro.")
    p.space(6)
    p.sigblock(["SEFUL POLITIEI ORASULUI ZIMNICEA", "Inspector principal de politie", "Tudor Gelu"])
    c.sign(p, "sig_last", "coil", "felt_black", w=40, h=16, dy=-5)
    c.stampit(p, "sig", dx=-44, dy=4, kind="round", top="POLITIA ORASULUI ZIMNICEA * IPJ TELEORMAN",
              center=("M.A.I.",), color="blue")
    ib = iban("CECE", "B00030RON4412209")
    f = f_le(authority="Poliția Orașului Zimnicea", reference_number="52.118", reference_date="2026-12-03",
             case_number="711/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "phone", "value": "+40751330204"}, {"kind": "iban", "value": compact(ib)}],
             period={"from": "2026-08-01", "to": "2026-12-02"}, response_channel="electronic",
             reply_to="politia.zimnicea@tr.politiaromana.ro", signatory="Inspector principal de poliție Tudor Gelu")
    acc = {"authority": ["Inspectoratul de Poliție Județean Teleorman", "IPJ Teleorman", "Politia Orasului Zimnicea"],
           "reference_number": ["52118"]}
    return [p], f, acc, ("town police without any diacritics, data in one sentence (requested_data not scored), user "
                         "known only by phone and IBAN; dithered G3 standard fax from IPJ Teleorman's second number")


def g_vaslui_sice_2p(c: Ctx):
    p1 = c.page(K.Style(family="dserif", size=11))
    police_head(p1, "Serviciul de Investigare a Criminalității Economice", county="INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI")
    p1.table([["Număr", "Data", "Dosar penal"], ["1.120.417", "01.12.2026", "4733/P/2026"]], widths=[40, 40, 50])
    addressee(p1, OKZ, x=92)
    p1.para("Efectuăm cercetări într-o cauză privind evaziunea fiscală (art. 9 din Legea nr. 241/2005) săvârșită de "
            "persoane care vând în mod repetat, fără a fi înregistrate fiscal, electrocasnice noi prin platforma "
            "dumneavoastră.")
    p1.para("În baza art. 170 C.p.p., vă rugăm să ne puneți la dispoziție, pentru anul 2026 (01.01.2026 – "
            "30.11.2026), pentru utilizatorii de mai jos:")
    p1.table([["Utilizator", "ID"], ["electro_nou_vs", "31207754"], ["husi.electrocasnice", "31388021"]], widths=[70, 40])
    p1.items(["numărul de anunțuri publicate și de vânzări încheiate", "sumele încasate, pe luni",
              "conturile bancare declarate"], style="dash")
    p2 = c.page(K.Style(family="dserif", size=11))
    p2.para("Răspunsul va fi comunicat prin e-mail la sice@vs.politiaromana.ro, iar dacă volumul o impune, pe suport "
            "optic, prin poștă.", indent=0)
    p2.space(8)
    p2.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Cojocaru Marius"])
    c.sign(p2, "sig_last", "upright", "gel_violet", w=46, h=15, dy=-6)
    c.stampit(p2, "sig", dx=-45, dy=0, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI",
              bottom="S.I.C.E.", center=("ROMÂNIA",), color="darkblue", arms=True)
    f = f_le(authority="Inspectoratul de Poliție Județean Vaslui", reference_number="1.120.417",
             reference_date="2026-12-01", case_number="4733/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "username", "value": "electro_nou_vs"}, {"kind": "username", "value": "husi.electrocasnice"},
                       {"kind": "user_id", "value": "31207754"}, {"kind": "user_id", "value": "31388021"}],
             requested_data=["numărul de anunțuri publicate și de vânzări încheiate", "sumele încasate, pe luni",
                             "conturile bancare declarate"],
             period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="both",
             signatory="Comisar-șef de poliție Cojocaru Marius")
    acc = {"reference_number": ["1120417"], "response_channel": ["electronic"]}
    return [p1, p2], f, acc, ("IPJ Vaslui SICE, 2 pages: number/date/case in a small table, users in a second table, "
                              "dashed list, answer and ink on page 2; violet gel signature, dark-blue double-ring "
                              "stamp with arms")


def g_jud_resita_fax(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA REȘIȚA", "Secția penală"], ["Dosar nr. 9120/290/2026",
                                                                  "Nr. ieșire 18.611 / 03.12.2026"])
    addressee(p, OKZ, x=92)
    p.para("Vă comunicăm că prin încheierea nr. 512 din 03.12.2026, judecătorul de drepturi și libertăți a autorizat, "
           "la cererea Parchetului de pe lângă Judecătoria Reșița (dosar nr. 2318/P/2026), în temeiul art. 152 "
           "C.p.p., obținerea datelor de trafic privind utilizatorul „caras.auto.dezmembrari”.")
    p.para("Vă rugăm să transmiteți parchetului, la adresa pj.resita@mpublic.ro, adresele IP, datele și orele "
           "autentificărilor, pentru perioada 01.11.2026 – 02.12.2026.")
    p.space(6)
    p.sigblock(["Judecător de drepturi și libertăți", "Bogdănescu Cosmin"], kinds=["", "b"])
    c.sign(p, "sig_last", "steep", "ballpoint_blue2", w=38, h=17, dy=-7)
    c.stampit(p, "sig", dx=-46, dy=-4, kind="round", top="ROMÂNIA * JUDECĂTORIA REȘIȚA", center=("*",), color="red",
              arms=True)
    f = f_le("court", authority="Judecătoria Reșița", reference_number="18.611", reference_date="2026-12-03",
             case_number="9120/290/2026", legal_basis=["art. 152 CPP"],
             subjects=[{"kind": "username", "value": "caras.auto.dezmembrari"}],
             period={"from": "2026-11-01", "to": "2026-12-02"}, response_channel="electronic",
             reply_to="pj.resita@mpublic.ro", signatory="Judecător de drepturi și libertăți Bogdănescu Cosmin")
    acc = {"reference_number": ["18611"], "case_number": ["2318/P/2026"]}
    return [p], f, acc, ("a JDL communication of an art. 152 authorisation, answer to the prosecutors' mailbox; G4 at "
                         "98 lines; red round stamp with arms")


def g_diicot_bt_caras(c: Ctx):
    p = c.page(K.Style(family="freesans", size=11))
    heading(p, ["D.I.I.C.O.T.", "SERVICIUL TERITORIAL TIMIȘOARA", "BIROUL TERITORIAL CARAȘ-SEVERIN"],
            ["Reșița, 27.11.2026"])
    p.line("Nr. 744/II/3/2026 – dosar nr. 166/D/P/2026", kind="b")
    p.space(3)
    addressee(p, OKZ, x=92)
    p.para("În dosarul nr. 166/D/P/2026, privind efectuarea de operațiuni ilegale cu instrumente de plată "
           "electronică (art. 250 Cod penal), vă solicităm, în baza art. 170 C.p.p.:")
    p.items(["lista conturilor de utilizator în care s-a folosit cardul cu terminația 4417 în perioada 01.10.2026 – "
             "26.11.2026", "datele de identificare ale utilizatorului „reduceri.mari.rs”",
             "adresele de livrare ale comenzilor nr. 90044127 și 90051380"], style="roman")
    p.para("Răspunsul: e-mail bt.caras@diicot.ro sau fax 0255 568 609.")
    p.space(5)
    p.sigblock(["Procuror șef birou", "Voicu Răzvan-Andrei"], kinds=["", "b"])
    c.sign(p, "sig_last", "lasso", "fountain_blue", w=48, h=17, dy=-6)
    c.stampit(p, "sig", dx=-48, dy=2, kind="triple", top="DIICOT * BIROUL TERITORIAL CARAȘ-SEVERIN",
              center=("D.I.I.C.O.T.",), color="blue")
    f = f_le("prosecutor", authority="DIICOT – Biroul Teritorial Caraș-Severin", reference_number="744/II/3/2026",
             reference_date="2026-11-27", case_number="166/D/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "username", "value": "reduceri.mari.rs"}], transactions=["90044127", "90051380"],
             requested_data=["lista conturilor de utilizator în care s-a folosit cardul cu terminația 4417 în perioada 01.10.2026 – 26.11.2026",
                             "datele de identificare ale utilizatorului „reduceri.mari.rs”",
                             "adresele de livrare ale comenzilor nr. 90044127 și 90051380"],
             response_channel="electronic", signatory="Procuror șef birou Voicu Răzvan-Andrei")
    acc = {"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "DIICOT"],
           "reference_number": ["744"]}
    return [p], f, acc, ("DIICOT BT Caraș-Severin by post (palette PNG): number and case on one bold line, roman list, "
                         "a card ending (not a subject), fountain-pen lasso, blue triple-ring stamp")


def g_spf_turnu(c: Ctx):
    p = c.page(K.Style(family="dserif", size=10.5))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu",
                "SECTORUL POLIȚIEI DE FRONTIERĂ TURNU MĂGURELE"], ["Nr. 7.405 din 04.12.2026"], size=10)
    addressee(p, OKZ, x=92)
    p.para("În dosarul penal nr. 230/P/2026, privind contrabanda cu țigarete (art. 270 din Legea nr. 86/2006), "
           "vă rugăm, în baza art. 170 C.p.p., să ne comunicați datele de identificare, anunțurile publicate și "
           "numerele de telefon declarate de utilizatorul „tigari.ieftine.tm” în perioada 01.06.2026 – 03.12.2026.")
    p.para("Răspunsul la spf.turnu@politiadefrontiera.ro.")
    p.space(6)
    p.sigblock(["Șeful Sectorului", "Comisar de poliție", "Neagu Iulian"])
    c.sign(p, "sig_last", "initials", "ballpoint_blue", w=30, h=14, dy=-6)
    c.stampit(p, "sig", dx=-44, dy=0, kind="double", top="POLIȚIA DE FRONTIERĂ ROMÂNĂ * S.P.F. TURNU MĂGURELE",
              center=("M.A.I.",), color="blue", arms=True)
    f = f_le(authority="Sectorul Poliției de Frontieră Turnu Măgurele", reference_number="7.405",
             reference_date="2026-12-04", case_number="230/P/2026", legal_basis=["art. 170 CPP"],
             subjects=[{"kind": "username", "value": "tigari.ieftine.tm"}],
             period={"from": "2026-06-01", "to": "2026-12-03"}, response_channel="electronic",
             reply_to="spf.turnu@politiadefrontiera.ro", signatory="Comisar de poliție Neagu Iulian")
    acc = {"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                         "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu"], "reference_number": ["7405"]}
    return [p], f, acc, ("border police sector (IGPF, via ITPF Giurgiu), four-line heading, data in one sentence "
                         "(not scored), initials; G3 fine fax from IGPF's second registry number")


OKAZ_NODIA = ["Catre", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor - Departamentul Juridic",
              "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def ff(kind, case, urgent=None):
    f = {"authority_kind": kind, "case_number": case}
    if urgent is not None:
        f["urgent"] = urgent
    return f


# =====================================================================
# FORGED / DEFECTIVE (5)
# =====================================================================

def f_postscript_after_signature(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    police_head(p, "POLIȚIA MUNICIPIULUI HUȘI", county="INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI",
                right=["Nr. 64.390 din 02.12.2026"])
    addressee(p, OKZ, x=92)
    p.para("În dosarul penal nr. 1390/P/2026, privind infracțiunea de înșelăciune (art. 244 Cod penal), în temeiul "
           "art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și adresele IP ale utilizatorului "
           "„husi_piese_auto”, pentru perioada 01.10.2026 – 01.12.2026.")
    p.para("Răspunsul va fi transmis prin poștă, la sediul Poliției Municipiului Huși.")
    p.space(6)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI HUȘI", "Comisar-șef de poliție", "Lungu Cristinel"])
    c.sign(p, "sig_last", "flourish", "ballpoint_black", w=50, h=17, dy=-6)
    c.stampit(p, "sig", dx=-46, dy=2, kind="double", top="POLIȚIA MUNICIPIULUI HUȘI * IPJ VASLUI",
              center=("M.A.I.",), color="violet")
    y = p.y + 10
    K.handwriting(p, c.rng, ["P.S. Vă rugăm să comunicați și datele utilizatorilor", "„sorina.husi” și „dan_vs_1990”,",
                             "urgent, pe e-mail: politia.husi.dosare@gmail.com"], 28, y, size_pt=13,
                  pen=(30, 60, 170), line_mm=8)
    notes = ("FORGED - a handwritten postscript under the signature: a complete, signed and stamped Huși police letter "
             "about one user (answer by post); below the stamp, in another (blue) pen, a 'P.S.' adds two users, "
             "urgency and a gmail address. The ink vouches for the typed text above it, not for words added after "
             "it. One reason: a demand added after signing")
    return [p], ff("police", "1390/P/2026"), None, notes


def f_typeset_signature(c: Ctx):
    p = c.page(K.Style(family="lmono", size=10.5, justify=False))
    heading(p, ["PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALEXANDRIA"], [])
    p.line("Nr. 3.166/II/2026                                   Alexandria, 04 decembrie 2026")
    p.line("Dosar nr. 2021/P/2026")
    p.space(4)
    addressee(p, OKZ, x=80)
    p.para("În cauza penală nr. 2021/P/2026, în temeiul art. 170 C.p.p., solicităm să ne comunicați, în 24 de ore, "
           "datele de identificare, documentele de identitate încărcate și adresele IP ale utilizatorilor "
           "„marius.tr.vanzari” și „oana_alexandria”, pentru perioada 01.01.2026 – 03.12.2026.")
    p.para("Răspunsul se transmite prin fax la numărul de pe care a fost primită prezenta.")
    p.space(5)
    p.sigblock(["Prim-procuror,", "Iordache Valentina"], kinds=["", "b"])
    # the "signature": the name typeset in a bold italic font, printed like the text
    x0, y0, x1, y1 = p.anchors["sig_last"]
    f = K.font("free-i", p.fpx(22))
    X, Y = p.px((x0 + x1) / 2 - 22, y0 - 12)
    p.d.text((X, Y), "Iordache V.", font=f, fill=(0, 0, 0))
    p.texts.append("Iordache V.")
    c.stampit(p, "sig", dx=40, dy=-2, kind="round", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALEXANDRIA",
              center=("ROMÂNIA",), color="violet", arms=True)
    notes = ("FORGED - a typeset 'signature': a prosecutors' letter faxed from the office's registry number with a "
             "round stamp, but where the signature belongs the name is PRINTED in an italic font (same black, "
             "crisp edges, like the text); no handwriting on the page (ink.signature false). 24 h, answer to 'the "
             "number this came from'. One reason: no handwritten signature")
    return [p], ff("prosecutor", "2021/P/2026", urgent=True), None, notes


def f_other_platform_addressee(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    police_head(p, "POLIȚIA MUNICIPIULUI ROȘIORI DE VEDE", right=["Nr. 77.014 din 01.12.2026"])
    addressee(p, ["Către", "S.C. ANUNȚ-EXPRES ONLINE S.R.L. (platforma anuntexpres.ro)", "Serviciul juridic",
                  "Bd. Iuliu Maniu nr. 7, sector 6, București"], x=85)
    p.para("În dosarul penal nr. 3011/P/2026, privind infracțiunea de înșelăciune (art. 244 Cod penal), în temeiul "
           "art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și conturile bancare declarate de "
           "utilizatorul „rosiori_licitatii” al platformei dumneavoastră, pentru perioada 01.09.2026 – 30.11.2026.")
    p.para("Răspunsul prin e-mail la pm.rosiori@tr.politiaromana.ro.")
    p.space(6)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI ROȘIORI DE VEDE", "Comisar-șef de poliție", "Anghel Petrișor"])
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue", w=44, h=16, dy=-6)
    c.stampit(p, "sig", dx=-48, dy=0, kind="double", top="POLIȚIA MUNICIPIULUI ROȘIORI DE VEDE * IPJ TELEORMAN",
              center=("M.A.I.",), color="blue")
    notes = ("FORGED (misdirected) - a letter addressed to ANOTHER platform: a complete Roșiori de Vede police letter, "
             "signed and stamped, faxed from IPJ Teleorman's registry number, but its addressee is 'S.C. ANUNȚ-EXPRES "
             "ONLINE S.R.L. (platforma anuntexpres.ro)' and the user is 'of your platform' there. Whatever its origin, "
             "it is no request to us. One reason: the letter is addressed to another company")
    return [p], ff("police", "3011/P/2026"), None, notes


def f_ink_transplant(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    K.print_emblem(p, 105, 22, 16)
    p.space(14)
    police_head(p, "POLIȚIA MUNICIPIULUI ALEXANDRIA", right=["NESECRET", "Nr. 306.118", "din 04.12.2026"])
    addressee(p, OKZ, x=92)
    p.line("Dosar penal nr. 2710/P/2026", kind="b")
    p.space(2)
    p.para("Poliția Municipiului Alexandria – Biroul de Investigații Criminale efectuează cercetări în dosarul penal "
           "nr. 2710/P/2026, privind o înșelăciune comisă prin platforma dumneavoastră. Având în vedere riscul "
           "ștergerii datelor, vă rugăm să tratați cererea ca URGENTĂ (12 ore).")
    p.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru perioada "
           "01.01.2026 – 03.12.2026, privind utilizatorii „cristina.tr.home”, „vlad_alexandria” și "
           "„teleorman.deals”:")
    p.items(["datele de identificare și documentele de identitate încărcate",
             "parolele (hash) și întrebările de siguranță ale conturilor",
             "adresele IP de la care s-au accesat conturile"], style="num")
    p.para("Răspunsul va fi transmis prin e-mail, la adresa bic.alexandria.dosare@gmail.com.")
    p.space(6)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI ALEXANDRIA", "Comisar-șef de poliție", "Dincă Ștefan-Viorel"])
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", dy=-6, img=INK["alex_sig"])
    c.stampit(p, "sig", dx=-48, dy=2, img=INK["alex_stamp"])
    notes = ("FORGED - transplanted ink: the signature and stamp are the SAME images, stroke for stroke and at the same "
             "offset from the signatory block, as on the genuine Alexandria letter g_alexandria_police of 30.11.2026 "
             "(no two wet signatures or stamp strikes are identical); new number, new case, three users, password "
             "hashes, 12 h, answer to gmail, faxed with IPJ Teleorman's registry number as TSI. One reason: ink "
             "copied from another document")
    return [p], ff("police", "2710/P/2026", urgent=True), None, notes


def f_incoming_registry_stamp(c: Ctx):
    p = c.page(K.Style(family="dsans", size=11))
    p.line("Către", x=25)
    p.line("INSPECTORATUL DE POLIȚIE JUDEȚEAN COVASNA", kind="b", x=25)
    p.line("și către OKAZII ONLINE S.R.L.", x=25)
    p.space(6)
    p.line("CERERE", kind="b", align="center")
    p.space(3)
    p.para("Subsemnatul Fazakas Levente, domiciliat în Sfântu Gheorghe, str. Gábor Áron nr. 14, în calitate de "
           "persoană vătămată în dosarul penal nr. 1601/P/2026, vă rog să dispuneți comunicarea către mine a datelor "
           "de identificare, adresei de domiciliu și numărului de telefon ale utilizatorului „szekely.autoparts”, "
           "care mi-a vândut piese auto neconforme (comanda nr. 90700412), întrucât doresc să formulez acțiune "
           "civilă împotriva sa.")
    p.para("Vă rog să trimiteți datele la adresa mea de e-mail fazakas.levente@gmail.com.")
    p.space(6)
    p.line("Data: 26.11.2026", x=25)
    p.sigblock(["Semnătura,", "Fazakas Levente"], kinds=["", ""])
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=40, h=14, dy=-7)
    c.stampit(p, (150, 40), kind="rect2", top="I.P.J. COVASNA – REGISTRATURĂ",
              rect_lines=("INTRARE Nr. 48.113", "Data 27.11.2026", "Ex. ___  Anexe ___"), color="blue", size_mm=22,
              aspect=2.1)
    K.handwriting(p, c.rng, ["48113", "27 XI"], 152, 38, size_pt=11, pen=(30, 50, 160), line_mm=5)
    notes = ("FORGED - an incoming-registry stamp dressed as an official request: a VICTIM's own petition to the police "
             "(asking that the seller's data be sent to him for a civil action, to his gmail), bearing IPJ Covasna's "
             "rectangular 'REGISTRATURĂ – INTRARE nr. 48.113 / 27.11.2026' stamp with the clerk's handwritten number. "
             "The stamp only records that the police RECEIVED it; the signature is the citizen's. One reason: no "
             "authority issued this request")
    return [p], ff("police", "1601/P/2026"), None, notes


# =====================================================================
# OTHER CATEGORIES (2)
# =====================================================================

def c_pensioner_typed(c: Ctx):
    p = c.page(K.Style(family="mono", size=11.5, justify=False))
    p.line("Către OKAZII.RO – Departamentul Securitate", x=25)
    p.space(6)
    p.para("Subsemnata Vasilescu Elena, pensionară din comuna Drăgănești-Vlașca, jud. Teleorman, vă scriu pentru că "
           "nepotul m-a ajutat să comand un aparat de tensiune cu 260 lei (comanda 90933156) de la vânzătorul "
           "sanatate_plus_ro. Am plătit la poștă, ramburs. În colet era o cutie cu un aparat stricat, fără "
           "baterii, care nu pornește. La telefonul din anunț nu mai răspunde nimeni.", indent=0)
    p.para("Vă rog frumos să mă ajutați să-mi iau banii înapoi, eu nu am internet.", indent=0)
    p.space(6)
    p.line("Cu respect, Vasilescu Elena, tel. 0247 411 902", x=25)
    p.mark("sig", 110, 170, 6)
    p.anchors["sig_last"] = (110, p.y, 170, p.y + 5)
    c.sign(p, "sig_last", "upright", "ballpoint_blue2", w=36, h=12, dy=6)
    f = {"transaction_id": "90933156", "counterparty": "sanatate_plus_ro",
         "amount": {"value": "260.00", "currency": "RON"}, "contact": {"phone": "+40247411902"}}
    return [p], f, {"complainant": ["Vasilescu Elena"]}, ("complaint by post from a pensioner, typewriter-style "
                                                          "monospaced, cash on delivery, broken device, seller "
                                                          "unreachable; signed, no stamp; issue not scored")


def u_court_summons(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA REȘIȚA", "Secția civilă"], ["Dosar nr. 7742/290/2026",
                                                                 "Termen: 19.01.2027, ora 9:00"])
    p.line("CITAȚIE", kind="b", align="center", size=14)
    p.space(2)
    p.para("S.C. OKAZII ONLINE S.R.L., cu sediul în București, Str. Frunzei nr. 29, sector 2, este chemată la această "
           "instanță, camera 12, în ziua de 19.01.2027, ora 9:00, în calitate de PÂRÂT, în proces cu reclamantul "
           "Ciucur Adrian, având ca obiect pretenții (despăgubiri pentru un produs cumpărat prin platformă).")
    p.para("Alăturat: copia cererii de chemare în judecată și a înscrisurilor. Aveți obligația de a depune "
           "întâmpinare cu cel puțin 25 de zile înainte de termen (art. 201 C.proc.civ.).")
    p.space(8)
    p.sigblock(["Grefier,", "Mureșan Dana"], kinds=["", "b"], align="left")
    c.sign(p, "sig_last", "initials", "ballpoint_blue", w=26, h=12, dy=-6)
    c.stampit(p, "sig", dx=45, dy=0, kind="round", top="ROMÂNIA * JUDECĂTORIA REȘIȚA", center=("*",), color="blue",
              arms=True)
    return [p], {}, None, ("unknown: a civil court's summons (citație) of the company as DEFENDANT, signed by the clerk "
                           "and stamped; an official court paper asking for no data: a person decides")


ITEMS = [
    (g_alexandria_police, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "jpg", "dpi": 200, "color": True}),
    (g_pj_alexandria_fax, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 270, "tagval": "+40 247 568 610",
      "tsi": "+40 247 568 610", "header": "02-DEC-2026 12:41  PARCHET JUD ALEXANDRIA  +40 247 568 610  P.{p}"}),
    (g_zimnicea_nodia, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group3", "dither": True, "tag": 315, "tagval": "POL ZIMNICEA 0247568144",
      "tsi": "0247568144", "header": "03.12.2026 09:15  0247568144  POLITIA ZIMNICEA  PAG {p}"}),
    (g_vaslui_sice_2p, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "pdf", "dpi": 150, "color": False}),
    (g_jud_resita_fax, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group4", "tag": 269, "tagval": "JUD RESITA +40255568710",
      "tsi": "+40255568710", "header": "03/12/2026 14:02  JUDECATORIA RESITA  +40 255 568 710  {p}"}),
    (g_diicot_bt_caras, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "png", "dpi": 150, "color": True}),
    (g_spf_turnu, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": True, "comp": "group3", "tag": 270, "tagval": "fax from +40247568409",
      "tsi": "+40247568409", "header": "DEC-04-2026 16:20 FROM SPF TURNU 40247568409 P.{p}"}),
    (f_postscript_after_signature, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "jpg", "dpi": 150, "color": True}),
    (f_typeset_signature, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 270, "tagval": "+40 247 568 610",
      "tsi": "+40 247 568 610", "header": "04-DEC-2026 22:07  PARCHET JUD ALEXANDRIA  +40 247 568 610  P.{p}"}),
    (f_other_platform_addressee, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": False, "comp": "group3", "tag": 270, "tagval": "+40 247 568 109",
      "tsi": "+40 247 568 109", "header": "01.12.2026 15:30  IPJ TELEORMAN  +40 247 568 109  Pag {p}"}),
    (f_ink_transplant, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 269, "tagval": "+40 247 568 109",
      "tsi": "+40 247 568 109", "header": "05-DEC-2026 02:44  +40 247 568 109  P.{p}"}),
    (f_incoming_registry_stamp, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "tif", "dpi": 150, "color": False}),
    (c_pensioner_typed, "other", "complaint", None, None, {"channel": "post", "fmt": "png", "dpi": 150, "color": False}),
    (u_court_summons, "other", "unknown", None, None, {"channel": "post", "fmt": "jpg", "dpi": 150, "color": True}),
]

def write_fax(pages, path, ch, rng):
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        hdr = ch["header"].replace("{p}", f"{i + 1}/{n}")
        frames.append(K.fax_page(im, rng, hdr, fine=ch["fine"], dither=ch.get("dither", False)))
    ifd = ImageFileDirectory_v2()
    ifd[ch["tag"]] = ch["tagval"]
    ifd[305] = "HylaFAX 7.0.6" if ch["comp"] == "group3" else "Fax server"
    dpi = (204, 196 if ch["fine"] else 98)
    frames[0].save(path, compression=ch["comp"], save_all=True, append_images=frames[1:], tiffinfo=ifd, dpi=dpi)
    return "tiff-" + ch["comp"] + f"-204x{dpi[1]}"


def write_post(pages, path, ch, rng):
    fmt = ch["fmt"]
    grey = not ch.get("color", True)
    outs = []
    for i, im in enumerate(pages):
        lossless = fmt == "png" or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, fold=(i == 0 and fmt in ("jpg", "pdf")), holes=(fmt == "tif"),
                        noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
        if lossless and grey:
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        outs.append(o)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "jpg":
        outs[0].save(path, quality=66, dpi=dpi, optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + f"-{ch['dpi']}dpi"
    if fmt == "png":
        im = outs[0].convert("RGB").quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        im.save(path, dpi=dpi, optimize=True)
        return f"png-palette32-{ch['dpi']}dpi"
    if fmt == "tif":
        fr = [o.convert("L") for o in outs]
        fr[0].save(path, compression="tiff_adobe_deflate", save_all=True, append_images=fr[1:], dpi=dpi)
        return f"tiff-grey-deflate-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:
            b = io.BytesIO()
            (o.convert("L") if grey else o).save(b, "JPEG", quality=50)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Konica Minolta bizhub C258 (scan to folder)", creator="bizhub C258",
                   creationDate=time.strptime("20261205081500", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261205081500", "%Y%m%d%H%M%S"))
        return "pdf-image-only-" + ("grey" if grey else "colour")
    raise ValueError(fmt)


def main():
    world = json.load(open(os.path.join(HERE, "..", "world", "authorities.json"), encoding="utf-8"))
    reg_fax = {e164(f): a["name"] for a in world for f in a["fax_numbers"]}
    master = random.Random(SEED)
    order = list(range(len(ITEMS)))
    master.shuffle(order)
    numbers = {idx: n + 1 for n, idx in enumerate(order)}
    groups = {}
    for i, it in enumerate(ITEMS):
        groups.setdefault(it[1], []).append(i)
    split = {}
    srng = random.Random(SEED + 1)
    for g, idxs in sorted(groups.items()):
        idxs = idxs[:]
        srng.shuffle(idxs)
        k = len(idxs) // 2 + (1 if len(idxs) % 2 and srng.random() < 0.5 else 0)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    for f in os.listdir(HERE):
        if f.startswith("p") and f[1:3].isdigit():
            os.remove(os.path.join(HERE, f))
    lines, material = [], {}
    for i, (fn, group, cat, genuine, verdict, ch) in enumerate(ITEMS):
        rng = random.Random(f"{SEED}-{fn.__name__}")
        c = Ctx(rng, ch)
        pages, fields, accept, notes = fn(c)
        for pg in pages:
            if pg.overflow:
                print("WARNING overflow", fn.__name__, file=sys.stderr)
        imgs = [pg.im for pg in pages]
        n = numbers[i]
        if ch["channel"] == "fax":
            name = f"p{n:02d}_fax.tif"
            fmt = write_fax(imgs, os.path.join(HERE, name), ch, rng)
        else:
            name = f"p{n:02d}_scan.{ch['fmt']}"
            fmt = write_post(imgs, os.path.join(HERE, name), ch, rng)
        fax_number = e164(ch["tsi"]) if ch["channel"] == "fax" and ch.get("tsi") else None
        if cat == "law_enforcement" and genuine:
            assert fax_number is None or fax_number in reg_fax, (fn.__name__, fax_number)
        rec = {"file": "paper/" + name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine if cat == "law_enforcement" else None
        rec["expect_verdict"] = verdict if cat == "law_enforcement" else None
        if cat == "law_enforcement" and fax_number:
            notes += f"; sending number {fax_number}" + (f" is {reg_fax[fax_number]}'s registry fax"
                                                         if fax_number in reg_fax else " is in no registry")
        if cat == "law_enforcement" and genuine:
            notes += "; verified expected, with a call-back on a registry number (paper)"
        rec["notes"] = notes
        rec["item"] = fn.__name__
        rec["ink"] = {"signature": c.sig, "stamp": c.stamp}
        rec["channel"] = ch["channel"]
        rec["fax_number"] = fax_number
        rec["pages"] = len(imgs)
        rec["format"] = fmt
        lines.append((n, rec))
        material[rec["file"]] = {"text": "\n".join(t for pg in pages for t in pg.texts), "item": fn.__name__}
        print(f"{name:18s} {cat:16s} {group:9s} {split[i]:5s} pages={len(imgs)} {fmt} ink={c.sig},{c.stamp} "
              f"{os.path.getsize(os.path.join(HERE, name)) // 1024} KB")
    lines.sort(key=lambda t: t[0])
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for _, rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "material.json"), "w", encoding="utf-8") as f:
        json.dump(material, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
