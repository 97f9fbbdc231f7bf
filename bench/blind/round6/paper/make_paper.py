"""Blind round 6, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round6/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for selfcheck.py).
The helpers (Ctx, heading, e164, write_fax, write_post) are round 5's, copied as tools; the letters are new.
Deterministic (seed 20261226). The authorities and their fax numbers are the world's (../world/authorities.json).
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

SEED = 20261226
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


# =====================================================================
# GENUINE LAW-ENFORCEMENT LETTERS (7)
# =====================================================================

def g_roman_police(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    K.print_emblem(p, 27, 10, 13, kind="arms")
    p.y = 25
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ",
                "POLIȚIA MUNICIPIULUI ROMAN", "Biroul de Investigații Criminale"],
            ["NESECRET", "Roman, 02.12.2026", "Exemplar nr. 1/2"], size=10.5,
            kinds=["b", "b", "b", "b", ""])
    p.line("Înregistrat sub nr. 71.644 din 02.12.2026", kind="b", size=11)
    p.space(3)
    addressee(p, OUR, x=100)
    p.line("Domnule Director,", kind="")
    p.space(2)
    p.para("Vă aducem la cunoștință că Poliția Municipiului Roman efectuează cercetări în dosarul penal nr. "
           "2254/P/2026, sub supravegherea Parchetului de pe lângă Judecătoria Roman, cu privire la săvârșirea "
           "infracțiunii de înșelăciune, urmare a plângerii unei persoane care a plătit un avans de 3.000 lei pentru "
           "un autoturism prezentat pe platforma dumneavoastră.")
    p.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la utilizatorul "
           "licitatii_roman_nt și la titularul numărului de telefon 0743 902 515:")
    p.items(["datele de identificare declarate la crearea contului;",
             "adresele IP și datele conectărilor din perioada 01.10.2026 – 26.11.2026;",
             "anunțurile publicate și mesajele schimbate cu utilizatorul maria_g_bacau."], style="letdot")
    p.para("Răspunsul va fi transmis prin fax la numărul 0233 566 140 sau prin poștă, la sediul nostru din Roman, "
           "str. Ștefan cel Mare nr. 204.")
    p.space(8)
    p.sigblock(["Șef Poliție Municipiu", "Comisar-șef de poliție", "Apostu Liviu"], align="right", name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=52, h=18, dy=3)
    c.stampit(p, "sig", dx=-55, dy=4, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ",
              bottom="ROMÂNIA", center=("POLIȚIA", "MUN. ROMAN"), color="blue", size_mm=38, rotate=8)
    f = {"authority": "Poliția Municipiului Roman", "authority_kind": "police", "reference_number": "71644",
         "reference_date": "2026-12-02", "case_number": "2254/P/2026", "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "username", "value": "licitatii_roman_nt"}, {"kind": "phone", "value": "+40743902515"}],
         "requested_data": ["datele de identificare declarate la crearea contului",
                            "adresele IP și datele conectărilor din perioada 01.10.2026 – 26.11.2026",
                            "anunțurile publicate și mesajele schimbate cu utilizatorul maria_g_bacau"],
         "period": {"from": "2026-10-01", "to": "2026-11-26"},
         "response_channel": "courier", "signatory": "Comisar-șef de poliție Apostu Liviu", "urgent": False}
    a = {"authority": ["Inspectoratul de Poliție Județean Neamț", "IPJ Neamț"], "reference_number": ["71.644"],
         "response_channel": ["both"], "signatory": ["Apostu Liviu", "Șef Poliție Municipiu Comisar-șef de poliție Apostu Liviu"]}
    return [p], f, a, ("town police under IPJ Neamț; printed arms (not a stamp) in the letterhead; 'Înregistrat sub nr.'; "
                       "lettered a. list; answer by fax or post; round stamp with the town police in the centre, left of the "
                       "signature; blue flourish over the name")


def g_pj_roman_ordonanta(c: Ctx):
    p = c.page(K.Style(family="lmono", size=10.5, justify=False, indent=0))
    heading(p, ["R O M Â N I A", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ROMAN"], ["Dosar nr. 2290/P/2026"], size=10.5)
    p.space(2)
    p.line("O R D O N A N Ț Ă", kind="b", align="center", size=13)
    p.line("nr. 1402/II/2/2026 din 03 decembrie 2026", align="center")
    p.space(3)
    p.para("Procuror Vieru Adriana din cadrul Parchetului de pe lângă Judecătoria Roman,")
    p.para("Examinând actele dosarului penal nr. 2290/P/2026, privind infracțiunea de înșelăciune săvârșită prin "
           "intermediul platformei OKAZII.RO,")
    p.line("CONSTAT:", kind="b", align="center")
    p.para("Pentru identificarea autorului este necesară obținerea unor date deținute de OKAZII.RO – Centrul de "
           "prevenire a fraudelor. Față de acestea, în temeiul art. 170 alin. (1) C.p.p.,")
    p.line("D I S P U N:", kind="b", align="center")
    p.para("Obligarea OKAZII.RO să comunice, în termen de 3 zile, următoarele date privind utilizatorii "
           "roman_licitatii și ana.maria.nt:")
    p.items(["identitatea titularilor conturilor;", "adresele de e-mail și numerele de telefon asociate;",
             "istoricul tranzacțiilor din perioada 01.09.2026 – 30.11.2026."], style="paren")
    p.para("Datele se comunică prin poștă sau curier, la sediul parchetului (Str. Ștefan cel Mare nr. 258, Roman).")
    p.space(6)
    p.sigblock(["PROCUROR,", "Vieru Adriana"], align="right", name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_black", w=44, h=15, dy=-5, dx=6)
    c.stampit(p, "sig", dx=-42, dy=10, kind="oval", aspect=1.45, top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ROMAN",
              bottom="NEAMȚ", center=("ROMÂNIA",), color="violet", size_mm=30, rotate=-4)
    f = {"authority": "Parchetul de pe lângă Judecătoria Roman", "authority_kind": "prosecutor",
         "reference_number": "1402/II/2/2026", "reference_date": "2026-12-03", "case_number": "2290/P/2026",
         "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "username", "value": "roman_licitatii"}, {"kind": "username", "value": "ana.maria.nt"}],
         "requested_data": ["identitatea titularilor conturilor", "adresele de e-mail și numerele de telefon asociate",
                            "istoricul tranzacțiilor din perioada 01.09.2026 – 30.11.2026"],
         "period": {"from": "2026-09-01", "to": "2026-11-30"}, "response_channel": "courier",
         "signatory": "Procuror Vieru Adriana", "urgent": False}
    a = {"signatory": ["Vieru Adriana"]}
    return [p], f, a, ("prosecutor's ORDONANȚĂ (constat / dispun) in a monospaced font, spaced-out title; number on "
                       "the title line; '1)' list; violet OVAL stamp; black zigzag signature; answer by post or courier")


def g_itpf_iasi(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ IAȘI", "Serviciul Investigații Criminale"], [],
            size=10)
    p.space(22)
    addressee(p, OUR, x=105)
    p.line("Referitor: dosarul penal nr. 917/P/2026", kind="b")
    p.space(2)
    p.para("Inspectoratul Teritorial al Poliției de Frontieră Iași efectuează cercetări pentru contrabandă "
           "calificată, privind comercializarea prin anunțuri online a unor țigarete fără timbru fiscal, introduse "
           "în țară prin punctul de trecere a frontierei Sculeni.")
    p.para("În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii "
           "tigari_sculeni_is și pachete.ieftine.iasi@gmail.com, precum și pentru contul bancar "
           + iban("BTRL", "RONCRT0884412301") + ":")
    p.items(["datele de identificare ale titularilor conturilor de utilizator",
             "adresele de livrare și numerele AWB ale coletelor expediate",
             "sumele încasate prin platformă în perioada 01.07.2026 – 30.11.2026"], style="dash")
    p.para("Răspunsul va fi transmis la adresa itpf.iasi@iasi.politiadefrontiera.ro sau prin curier.")
    p.space(8)
    p.sigblock(["Inspector șef", "Comisar-șef de poliție", "Rotaru Gheorghe"], align="right", name="sig")
    c.sign(p, "sig_last", "upright", "fountain_blue", w=50, h=16, dy=-6)
    c.stampit(p, "sig", dx=-60, dy=6, kind="double", top="INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ IAȘI",
              bottom="ROMÂNIA", arms=True, color="darkblue", size_mm=40, rotate=31)
    # the registry's rectangular in-out stamp, filled by hand, top right
    reg = K.stamp(c.rng, "rect2", "I.T.P.F. IAȘI", rect_lines=("REGISTRATURĂ", "Nr. 8.421.077", "Data 01.12.2026"),
                  color="blue", size_mm=25, aspect=2.0, dpi=(p.dx, p.dy), rotate=-2)
    c.stampit(p, (160, 42), img=reg)
    p.texts += ["I.T.P.F. IAȘI REGISTRATURĂ Nr. 8.421.077 Data 01.12.2026"]  # drawn as ink, in the stamp
    f = {"authority": "Inspectoratul Teritorial al Poliției de Frontieră Iași", "authority_kind": "police",
         "reference_number": "8421077", "reference_date": "2026-12-01", "case_number": "917/P/2026",
         "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "username", "value": "tigari_sculeni_is"},
                      {"kind": "email", "value": "pachete.ieftine.iasi@gmail.com"},
                      {"kind": "iban", "value": compact(iban("BTRL", "RONCRT0884412301"))}],
         "requested_data": ["datele de identificare ale titularilor conturilor de utilizator",
                            "adresele de livrare și numerele AWB ale coletelor expediate",
                            "sumele încasate prin platformă în perioada 01.07.2026 – 30.11.2026"],
         "period": {"from": "2026-07-01", "to": "2026-11-30"}, "response_channel": "both",
         "signatory": "Comisar-șef de poliție Rotaru Gheorghe", "urgent": False}
    a = {"authority": ["ITPF Iași", "Inspectoratul General al Poliției de Frontieră"],
         "reference_number": ["8.421.077"], "signatory": ["Rotaru Gheorghe"]}
    return [p], f, a, ("border police unit (parent IGPF); the letter's number and date exist ONLY in the rectangular "
                       "registry stamp, filled in (printed here); double-ring stamp with arms rotated 31° left of the "
                       "block; fountain-pen signature; dashed list; IBAN")


def g_jud_craiova(c: Ctx):
    st = K.Style(family="dserif", size=10.5)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "JUDECĂTORIA CRAIOVA", "SECȚIA PENALĂ"],
            ["Dosar nr. 18302/215/2026", "Termen: 21.01.2027", "Complet: C7"], size=10.5)
    p1.line("Nr. ieșire 52.106/04.12.2026", kind="b")
    p1.space(4)
    addressee(p1, OUR, x=95)
    p1.line("ADRESĂ", kind="b", align="center", size=12.5)
    p1.space(2)
    p1.para("Judecătoria Craiova, în dosarul penal nr. 18302/215/2026, aflat în faza de judecată în primă instanță, "
            "având ca obiect infracțiunile de înșelăciune și spălare a banilor, prin încheierea de ședință din "
            "03.12.2026 a dispus, în temeiul art. 170 din Codul de procedură penală, solicitarea către OKAZII.RO a "
            "următoarelor informații privind utilizatorul cu ID 4471093 și adresa de e-mail "
            "dolj.electronice@outlook.com:")
    p1.items(["datele de identificare și de contact declarate la înregistrare",
              "lista anunțurilor active și arhivate, cu prețurile și datele publicării",
              "tranzacțiile 57990214 și 58012876, cu datele cumpărătorilor"], style="num")
    p2 = c.page(st)
    p2.y = 22
    p2.items(["istoricul conectărilor (IP, dată, oră) în perioada 01.03.2026 – 31.10.2026"], style="num", start=4)
    p2.para("Relațiile vor fi comunicate până la termenul de judecată, prin poștă sau curier, la sediul instanței "
            "din Str. Brestei nr. 12, Craiova, cu mențiunea numărului de dosar.")
    p2.space(14)
    y0 = p2.y
    p2.sigblock(["JUDECĂTOR,", "Barbu Dragoș"], align="left", name="judge")
    p2.y = y0
    p2.sigblock(["GREFIER,", "Popa Ionela"], align="right", name="clerk")
    c.sign(p2, "judge_last", "coil", "ballpoint_blue2", w=40, h=16, dy=-6)
    c.sign(p2, "clerk_last", "initials", "ballpoint_blue", w=26, h=12, dy=-5)
    c.stampit(p2, "judge", dx=32, dy=6, kind="round", top="JUDECĂTORIA CRAIOVA", bottom="ROMÂNIA", arms=True,
              color="blue", size_mm=34, faint=0.55, rotate=-15)
    f = {"authority": "Judecătoria Craiova", "authority_kind": "court", "reference_number": "52106",
         "reference_date": "2026-12-04", "case_number": "18302/215/2026", "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "user_id", "value": "4471093"}, {"kind": "email", "value": "dolj.electronice@outlook.com"}],
         "transactions": ["57990214", "58012876"],
         "requested_data": ["datele de identificare și de contact declarate la înregistrare",
                            "lista anunțurilor active și arhivate, cu prețurile și datele publicării",
                            "tranzacțiile 57990214 și 58012876, cu datele cumpărătorilor",
                            "istoricul conectărilor (IP, dată, oră) în perioada 01.03.2026 – 31.10.2026"],
         "period": {"from": "2026-03-01", "to": "2026-10-31"}, "response_channel": "courier",
         "signatory": "Judecător Barbu Dragoș", "urgent": False}
    a = {"reference_number": ["52.106"], "signatory": ["Barbu Dragoș"]}
    return [p1, p2], f, a, ("district court, trial phase, two pages: the numbered list continues on page 2 (item 4), "
                            "judge and clerk sign side by side on page 2, faint (0.55) round stamp with arms across "
                            "the judge's name; page 1 has no ink")


def g_gura_humorului(c: Ctx):
    p = c.page(K.Style(family="free", size=12, lead=1.35))
    p.line("INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", kind="b", align="center", size=11)
    p.line("POLIȚIA ORAȘULUI GURA HUMORULUI", kind="b", align="center", size=11)
    p.line("Compartimentul de Investigații Criminale", align="center", size=10)
    p.hrule()
    p.space(2)
    p.table([["Număr", "Data", "Dosar penal"], ["50.877", "27.11.2026", "3402/P/2026"]], widths=[40, 40, 50], x=50)
    p.space(2)
    addressee(p, OUR_NODIA, x=25, size=11)
    p.para("Subsemnatul, agent-șef de poliție Hrițcu Vasile, din cadrul Poliției Orașului Gura Humorului, "
           "efectuând cercetări în dosarul penal nr. 3402/P/2026 privind săvârșirea infracțiunii de înșelăciune "
           "(prejudiciu 1.150 lei, pensiune în regim turistic plătită în avans și inexistentă), în temeiul art. 170 "
           "din Codul de procedură penală, vă rog să îmi comunicați datele de identificare, numărul de telefon și "
           "adresele IP folosite de utilizatorul pensiune_voronet_vip, precum și identitatea persoanei care a "
           "încasat plata pentru tranzacția nr. 58044318.")
    p.para("Vă rog să trimiteți răspunsul prin poștă, la sediul poliției din Gura Humorului, str. Ștefan cel Mare nr. 3.")
    p.space(4)
    p.sigblock(["Agent-șef de poliție", "Hrițcu Vasile"], align="left", name="sig", width_mm=70)
    c.sign(p, "sig_last", "steep", "gel_violet", w=36, h=16, dx=5, dy=-3)
    c.stampit(p, "sig", dx=38, dy=-2, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA",
              bottom="* ROMÂNIA *", center=("POLIȚIA ORAȘULUI", "GURA HUMORULUI"), color="darkblue", size_mm=36,
              rotate=-22, double_strike=True)
    f = {"authority": "Poliția Orașului Gura Humorului", "authority_kind": "police", "reference_number": "50877",
         "reference_date": "2026-11-27", "case_number": "3402/P/2026", "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "username", "value": "pensiune_voronet_vip"}], "transactions": ["58044318"],
         "requested_data": ["datele de identificare", "numărul de telefon", "adresele IP folosite de utilizatorul pensiune_voronet_vip",
                            "identitatea persoanei care a încasat plata pentru tranzacția nr. 58044318"],
         "response_channel": "courier", "signatory": "Agent-șef de poliție Hrițcu Vasile", "urgent": False}
    a = {"authority": ["Inspectoratul de Poliție Județean Suceava", "IPJ Suceava"], "reference_number": ["50.877"],
         "signatory": ["Hrițcu Vasile"]}
    return [p], f, a, ("town police under IPJ Suceava; first-person letter by the investigating officer; number / date / "
                       "case in a bordered table; data asked in one sentence (requested_data split by datum); addressee "
                       "without diacritics; double-ring stamp struck twice (double strike), rotated -22°, right of "
                       "a left-aligned signature block; violet gel signature")


def g_pt_iasi(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    heading(p1, ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI"], ["Nr. 2318/II/6/2026", "Iași, 03 decembrie 2026"])
    p1.space(4)
    addressee(p1, OUR, x=95)
    p1.para("În dosarul penal nr. 502/P/2026, având ca obiect infracțiunea de înșelăciune în formă continuată "
            "(peste 40 de persoane vătămate, vânzări fictive de telefoane mobile), în temeiul art. 170 Cod procedură "
            "penală vă solicităm să ne comunicați, în termen de 24 de ore de la primire, având în vedere că "
            "învinuitul pregătește părăsirea țării:")
    p1.items(["datele de identificare ale utilizatorilor iphone_iasi_outlet și copou_gsm;",
              "adresele IP de la ultimele autentificări și dispozitivele folosite;",
              "IBAN-urile declarate pentru încasări;"], style="roman")
    p2 = c.page(st)
    p2.y = 24
    p2.items(["adresele de livrare indicate în ultimele 30 de zile."], style="roman", start=4)
    p2.para("Răspunsul se transmite prin fax la numărul 0232 566 410 sau pe e-mail, la registratura.ptis@mpublic.ro.")
    p2.space(10)
    p2.sigblock(["PROCUROR,", "Ciobotaru Ana-Maria"], align="right", name="sig")
    c.sign(p2, "sig_last", "initials", "ballpoint_blue", w=30, h=14, dy=-5)
    c.stampit(p2, "sig", dx=-46, dy=4, kind="round", top="PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI", bottom="ROMÂNIA",
              arms=True, color="red", size_mm=36, rotate=12)
    f = {"authority": "Parchetul de pe lângă Tribunalul Iași", "authority_kind": "prosecutor",
         "reference_number": "2318/II/6/2026", "reference_date": "2026-12-03", "case_number": "502/P/2026",
         "legal_basis": ["art. 170 CPP"],
         "subjects": [{"kind": "username", "value": "iphone_iasi_outlet"}, {"kind": "username", "value": "copou_gsm"}],
         "requested_data": ["datele de identificare ale utilizatorilor iphone_iasi_outlet și copou_gsm",
                            "adresele IP de la ultimele autentificări și dispozitivele folosite",
                            "IBAN-urile declarate pentru încasări",
                            "adresele de livrare indicate în ultimele 30 de zile"],
         "response_channel": "electronic", "signatory": "Procuror Ciobotaru Ana-Maria", "urgent": True}
    a = {"signatory": ["Ciobotaru Ana-Maria"], "response_channel": ["both"]}
    return [p1, p2], f, a, ("prosecutor's office by fax, standard G3 dithered; urgent (24 h, suspect leaving the "
                            "country); roman list continued on page 2; red round stamp with arms; short initials; answer "
                            "by fax or e-mail (response_channel electronic, both accepted)")


def g_ijj_prahova(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5))
    K.print_emblem(p, 92, 10, 18, kind="arms", color=(40, 40, 110))
    p.y = 30
    p.line("MINISTERUL AFACERILOR INTERNE", kind="b", align="center", size=10)
    p.line("INSPECTORATUL GENERAL AL JANDARMERIEI ROMÂNE", kind="b", align="center", size=10)
    p.line("INSPECTORATUL DE JANDARMI JUDEȚEAN PRAHOVA", kind="b", align="center", size=11)
    p.line("Ploiești, Str. Mihai Bravu nr. 231 · ijj.prahova@ph.jandarmeriaromana.ro", align="center", size=8.5)
    p.hrule()
    p.cols(["Nr. 3.818.102"], ["Ploiești, 04.12.2026"], size=10.5, kind_l="b")
    p.space(3)
    addressee(p, OUR, x=100)
    p.para("În dosarul penal nr. 2230/P/2026 al Parchetului de pe lângă Judecătoria Câmpina, în care efectuăm acte de "
           "cercetare penală în baza delegării, privind deținerea și comercializarea fără drept de articole "
           "pirotehnice, în temeiul art. 170 din Codul de procedură penală vă rugăm să ne puneți la dispoziție:")
    p.table([["Nr.", "Date solicitate", "Utilizator"],
             ["1", "datele de identificare ale titularului contului", "petarde_campina_rapid"],
             ["2", "anunțurile publicate în perioada 15.11.2026 – 04.12.2026", "petarde_campina_rapid"],
             ["3", "datele de contact ale cumpărătorilor", "petarde_campina_rapid"]], widths=[12, 100, 50])
    p.para("Răspunsul se va transmite la adresa de e-mail ijj.prahova@ph.jandarmeriaromana.ro.")
    p.space(8)
    p.sigblock(["INSPECTOR ȘEF", "Colonel", "Dobre Cătălin-Ionuț"], align="right", name="sig")
    c.sign(p, "sig_last", "steep", "felt_black", w=40, h=18, dx=-30, dy=3)
    c.stampit(p, "sig", dx=-50, dy=8, kind="double", top="INSPECTORATUL DE JANDARMI JUDEȚEAN PRAHOVA",
              bottom="ROMÂNIA", center=("M.A.I.",), color="blue", size_mm=33, rotate=20)
    f = {"authority": "Inspectoratul de Jandarmi Județean Prahova", "authority_kind": "police",
         "reference_number": "3818102", "reference_date": "2026-12-04", "case_number": "2230/P/2026",
         "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "username", "value": "petarde_campina_rapid"}],
         "requested_data": ["datele de identificare ale titularului contului",
                            "anunțurile publicate în perioada 15.11.2026 – 04.12.2026",
                            "datele de contact ale cumpărătorilor"],
         "period": {"from": "2026-11-15", "to": "2026-12-04"}, "response_channel": "electronic",
         "reply_to": "ijj.prahova@ph.jandarmeriaromana.ro", "signatory": "Colonel Dobre Cătălin-Ionuț", "urgent": False}
    a = {"reference_number": ["3.818.102"], "authority": ["IJJ Prahova", "Jandarmeria Prahova"],
         "signatory": ["Dobre Cătălin-Ionuț", "Inspector șef Colonel Dobre Cătălin-Ionuț"]}
    return [p], f, a, ("gendarmerie; centred letterhead under a printed arms emblem (not a stamp); data in a 3-column table "
                       "(datum / user); small double-ring stamp with M.A.I. in the centre rotated 20°; black felt-tip")


# =====================================================================
# FORGED / DEFECTIVE (3)
# =====================================================================

def f_security_company_stamp(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", "Poliția Municipiului Băilești"],
            ["Nr. 60.413 din 30.11.2026"], size=10.5)
    p.space(6)
    addressee(p, OUR, x=95)
    p.para("În dosarul penal nr. 5588/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați de urgență "
           "datele de identificare, adresele de livrare, numerele de telefon și IBAN-urile utilizatorilor "
           "bailesti_cereale, agro_dolj_vanzari și florin.cojocaru.dj@gmail.com.")
    p.para("Răspunsul se va transmite prin poștă la adresa: Craiova, str. Fântâna Popova nr. 14, bl. 3, ap. 12, în "
           "atenția agentului Cojocaru.")
    p.space(8)
    p.sigblock(["Șef poliție municipiu", "Comisar de poliție", "Negru Ion"], align="right", name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue2", w=48, h=16, dy=-4)
    c.stampit(p, "sig", dx=-52, dy=6, kind="round", top="S.C. DOLJ SECURITY GUARD S.R.L.", bottom="CRAIOVA",
              center=("CUI", "28114520"), color="blue", size_mm=36, rotate=-6)
    f = {"authority_kind": "police", "case_number": "5588/P/2026"}
    return [p], f, {}, ("FORGED 'private security company's stamp': an IPJ Dolj town-police letter, signed, with a round "
                        "stamp that reads S.C. DOLJ SECURITY GUARD S.R.L. – CRAIOVA – CUI (a company's, not the "
                        "authority's); answer to a private flat 'in the attention of agent Cojocaru'")


def f_typed_ls_copy(c: Ctx):
    p = c.page(K.Style(family="lmono", size=10.5, justify=False, indent=0))
    p.line("COPIE", kind="b", align="right", size=12)
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", "Serviciul de Investigare a Criminalității Economice"],
            ["Nr. 1.210.884", "din 03.12.2026"], size=10.5)
    p.space(4)
    addressee(p, OUR, x=90)
    p.para("În dosarul penal nr. 5611/P/2026, în baza art. 170 C.proc.pen., vă solicităm datele de înregistrare, "
           "jurnalele de conectare și conturile bancare declarate ale utilizatorului cu ID 9120447.")
    p.para("Răspunsul se transmite prin fax, la numărul 0251 566 209.")
    p.space(8)
    p.sigblock(["Șef serviciu", "Comisar de poliție Manea Mihai-Cristian", "(ss) indescifrabil", "L.S."],
               align="right", name="sig", kinds=["", "", "", "b"])
    p.space(6)
    p.line("Pentru conformitate,", x=25)
    p.line("ag. pr. Stoica R.", x=25)
    f = {"authority_kind": "police", "case_number": "5611/P/2026"}
    return [p], f, {}, ("DEFECTIVE 'typed copy': a 'COPIE' whose signature and seal are only typed placeholders "
                        "('(ss) indescifrabil', 'L.S.'), certified 'pentru conformitate' by an agent without any ink; "
                        "faxed from IPJ Dolj's registry number (incomplete expected)")


def f_scribble_no_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", "Secția 5 Poliție"],
            ["Nr. 390.115", "04.12.2026"], size=10.5)
    p.space(4)
    addressee(p, OUR, x=95)
    p.line("URGENT – TERMEN 3 ORE", kind="b", align="center", size=13)
    p.para("În dosarul penal nr. 41877/P/2026, privind o tentativă de omor, în temeiul art. 170 C.p.p. vă solicităm să "
           "transmiteți în cel mult 3 ore datele de identificare, adresa, telefonul și ultimele conectări ale "
           "utilizatorului bmw_e46_tuning_b.")
    p.para("Răspunsul se transmite prin fax la numărul 021 566 0209.")
    p.space(8)
    p.sigblock(["Ofițer de serviciu", "Inspector de poliție Marin C."], align="right", name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_black", w=38, h=12, dy=-6)
    f = {"authority_kind": "police", "case_number": "41877/P/2026"}
    return [p], f, {}, ("DEFECTIVE 'scribble without stamp': a 3-hour urgent precinct letter signed with a quick zigzag "
                        "and no stamp at all, faxed from DGPMB's registry number (incomplete expected)")


# =====================================================================
# OTHER CATEGORIES (4)
# =====================================================================

def c_typed_post(c: Ctx):
    p = c.page(K.Style(family="mono", size=11.5, justify=False, indent=0, lead=1.5))
    p.line("Ababei Gheorghe", x=25)
    p.line("Sat Horia, com. Horia, jud. Neamț", x=25)
    p.line("Tel. 0233 741 205", x=25)
    p.space(6)
    p.line("Către OKAZII.RO", x=110)
    p.line("Departamentul de Securitate", x=110)
    p.space(6)
    p.line("RECLAMAȚIE", kind="b", align="center", size=13)
    p.space(3)
    p.para("Subsemnatul Ababei Gheorghe, pensionar, am comandat pe data de 10 noiembrie 2026 o drujbă de la "
           "vânzătorul unelte_gradina_ro, comanda nr. 58071193, și am plătit 849 lei prin mandat poștal, cum mi-a cerut "
           "vânzătorul. Până azi nu am primit drujba, iar la telefon nu mai răspunde nimeni.")
    p.para("Am auzit că există Garanția de Livrare și vă rog să îmi dați banii înapoi. Nu am e-mail, vă rog să îmi "
           "răspundeți prin poștă sau la telefon.")
    p.space(6)
    p.line("Data: 28.11.2026", x=25)
    p.line("Semnătura,", x=130)
    p.mark("sigpos", 130, 175, 8)
    c.sign(p, "sigpos", "upright", "ballpoint_blue", w=40, h=14, dy=8)
    f = {"complainant": "Ababei Gheorghe", "transaction_id": "58071193", "counterparty": "unelte_gradina_ro",
         "amount": {"value": "849.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"phone": "+40233741205"}}
    return [p], f, {}, "complaint by post, typewriter-like monospaced font, paid by postal order, signed, no e-mail"


def m_company_pdf(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5))
    p.line("PIESE AUTO OLT SRL", kind="b", size=14, color=(20, 90, 50))
    p.line("Slatina, str. Recoltei nr. 8 · CUI RO31884506 · vanzari@piese-auto-olt.ro", size=8.5)
    p.hrule()
    p.space(4)
    addressee(p, OUR, x=100)
    p.line("Subiect: neînțelegere cu cumpărătorul ionut_bv_88 – comanda 58120991", kind="b")
    p.space(2)
    p.para("Cumpărătorul ionut_bv_88 a comandat un set de plăcuțe de frână pentru Dacia Duster 4x4 (comanda 58120991, "
           "265 lei). Din eroarea depozitului nostru i-am expediat setul pentru varianta 4x2, care nu se potrivește. "
           "Cumpărătorul cere rambursarea integrală și despăgubiri de 200 lei pentru drumul la service.")
    p.para("Propunem trimiterea gratuită a setului corect și preluarea prin curier, pe cheltuiala noastră, a celui "
           "greșit. Vă rugăm să mediați, deoarece cumpărătorul nu mai răspunde la mesaje.")
    p.space(6)
    p.sigblock(["Cu stimă,", "Stoica Ovidiu – administrator"], align="left", name="sig", width_mm=80)
    c.sign(p, "sig_last", "initials", "ballpoint_blue", w=28, h=12, dy=-6, dx=30)
    c.stampit(p, "sig", dx=60, dy=2, kind="round", top="PIESE AUTO OLT S.R.L.", bottom="SLATINA",
              center=("J28/1204/2013",), color="blue", size_mm=30, rotate=10)
    f = {"complainant": "Piese Auto Olt SRL", "transaction_id": "58120991", "counterparty": "ionut_bv_88",
         "amount": {"value": "265.00", "currency": "RON"}, "issue": "wrong_item",
         "contact": {"email": "vanzari@piese-auto-olt.ro"}}
    a = {"complainant": ["PIESE AUTO OLT SRL", "Stoica Ovidiu"]}
    return [p], f, a, ("mediation asked by a SELLER company by post (colour PDF): wrong item sent by its own depot, "
                       "proposes the right part; the company's round stamp and a signature (ink on a non-official letter)")


def s_invoice_fax(c: Ctx):
    p = c.page(K.Style(family="dsans", size=11))
    p.line("FAX", kind="b", size=18)
    p.table([["Către:", "OKAZII.RO – Facturare"], ["De la:", "Contabil Expert Craiova SRL"],
             ["Nr. pagini:", "1"], ["Data:", "02.12.2026"]], widths=[30, 110], header=False)
    p.space(4)
    p.para("Bună ziua, vă rugăm să modificați datele de facturare ale contului contabil_expert_cv: noul sediu social "
           "este în Craiova, str. Unirii nr. 44, iar codul CAEN s-a schimbat. Facturile de comision din decembrie "
           "vă rugăm să le emiteți cu noile date. Vă putem trimite certificatul constatator dacă este nevoie.")
    p.space(6)
    p.sigblock(["Marius Preda", "Administrator"], align="left", name="sig", width_mm=60)
    c.sign(p, "sig", "upright", "ballpoint_black", w=34, h=12, dx=40, dy=-2)
    return [p], {}, {}, "support by fax from an accounting firm: invoice details change; cover-sheet table; signed"


def u_courier_receipt(c: Ctx):
    p = c.page(K.Style(family="sans", size=10))
    p.line("FAN BOX CURIER – DOVADĂ DE LIVRARE", kind="b", size=13)
    p.line("AWB 2261 0048 8817 · Serviciu: Standard · Ramburs: 0,00 lei", size=10)
    p.hrule()
    p.table([["Expeditor", "Destinatar"],
             ["Judecătoria Sectorului 2 – Arhivă", "OKAZII.RO, Str. Frunzei nr. 29, sector 2, București"],
             ["Conținut: corespondență (1 plic)", "Greutate: 0,2 kg"]], widths=[80, 85])
    p.space(3)
    p.line("Livrat la: 03.12.2026 11:42", kind="b")
    p.line("Primit de (nume, semnătură): Ioana R. – recepție")
    p.mark("sigpos", 60, 150, 8)
    p.space(10)
    p.line("Curier: Bogdan S., tel. 0742 600 118")
    c.sign(p, "sigpos", "initials", "ballpoint_blue", w=26, h=11, dx=10, dy=6)
    c.stampit(p, (150, 95), kind="rect", top="FAN BOX CURIER", rect_lines=("HUB BUCUREȘTI 2", "LIVRAT"),
              color="red", size_mm=16, aspect=2.4, rotate=-5)
    return [p], {}, {}, ("unknown: a courier's proof-of-delivery slip for an envelope from a court archive (names a court, "
                         "asks nothing); receptionist's initials and the courier's rectangular red stamp")


ITEMS = [
    # fn, group (the split is half of each group: the four single items of other categories are one group),
    # category, genuine, verdict, channel
    (g_roman_police, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 270, "tagval": "+40 233 566 140", "tsi": "+40 233 566 140",
      "header": "02-DEC-2026 14:51  POLITIA MUN ROMAN  +40 233 566 140  P.{p}"}),
    (g_pj_roman_ordonanta, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group3", "tag": 269, "tagval": "PARCHET ROMAN 0233566450",
      "tsi": "0233566450", "header": "03/12/2026 10:07 FAX 0233566450      PJ ROMAN              PAG. {p}"}),
    (g_itpf_iasi, "le_gen", "law_enforcement", True, "verified", {"channel": "post", "fmt": "jpg", "dpi": 200}),
    (g_jud_craiova, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "pdf", "dpi": 200, "color": False}),
    (g_gura_humorului, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "png", "dpi": 200, "palette": True}),
    (g_pt_iasi, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group3", "dither": True, "tag": 315, "tagval": "PT IASI +40232566410",
      "tsi": "+40232566410", "header": "Dec 03 2026 15:22   +40232566410   PARCHET TRIB IASI   #4471 P.00{p}"}),
    (g_ijj_prahova, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "pdf", "dpi": 200, "color": True}),
    (f_security_company_stamp, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "jpg", "dpi": 200}),
    (f_typed_ls_copy, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 270, "tagval": "fax from +40251566209",
      "tsi": "+40251566209", "header": "2026-12-03 16:40  IPJ DOLJ SICE  0251566209  p{p}"}),
    (f_scribble_no_stamp, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": True, "comp": "group4", "dither": True, "tag": 269, "tagval": "+40215660209",
      "tsi": "+40215660209", "header": "04.12.2026 02:13  DGPMB S5  +40 21 566 0209  Pag {p}"}),
    (c_typed_post, "other", "complaint", None, None, {"channel": "post", "fmt": "tif", "dpi": 200, "color": False}),
    (m_company_pdf, "other", "mediation", None, None, {"channel": "post", "fmt": "pdf", "dpi": 150, "color": True}),
    (s_invoice_fax, "other", "support", None, None,
     {"channel": "fax", "fine": False, "comp": "group3", "tag": 270, "tagval": "0251 511 630", "tsi": "0251 511 630",
      "header": "02/12/2026 09:12  CONTABIL EXPERT  0251511630  1/1"}),
    (u_courier_receipt, "other", "unknown", None, None, {"channel": "post", "fmt": "jpg", "dpi": 150}),
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
        k = len(idxs) // 2 + (srng.random() < 0.5 if len(idxs) % 2 else 0)
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
