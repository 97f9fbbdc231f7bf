"""Blind round 5, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round5/paper/make_paper.py
Writes the images, truth.jsonl and checks registry_additions.json against the
fax numbers used.  Deterministic (seed 20261206).
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

SEED = 20261206
OUR = ["Către", "OKAZII.RO – Centrul de prevenire a fraudelor", "Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OUR_NODIA = ["Catre", "OKAZII.RO - Centrul de prevenire a fraudelor", "Departamentul Juridic",
             "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def iban(bank: str, acct: str) -> str:
    """A syntactically valid Romanian IBAN (mod-97 check digits), printed in groups of four."""
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    ck = 98 - int(num) % 97
    s = f"RO{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def compact(s):
    return s.replace(" ", "")


class Ctx:
    def __init__(self, rng, ch):
        self.rng = rng
        self.ch = ch
        self.sig = False
        self.stamp = False

    def page(self, style=None):
        st = style or K.Style()
        if self.ch["channel"] == "fax":
            return K.Page(st, dpi=(204, 196), width_px=1728)
        dpi = self.ch.get("dpi", 200)
        return K.Page(st, dpi=(dpi, dpi))

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


# =====================================================================
# GENUINE LAW-ENFORCEMENT REQUESTS (13)
# =====================================================================


def g_valcea(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE",
                "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA", "POLIȚIA MUNICIPIULUI RÂMNICU VÂLCEA",
                "Biroul Investigarea Fraudelor"],
            ["NESECRET", "Exemplar unic", "Râmnicu Vâlcea", "Nr. 118.442 din 30.11.2026"],
            kinds=["b", "b", "", "b", "b", "i"])
    addressee(p)
    p.line("Stimate domn / Stimată doamnă,", kind="")
    p.space(2)
    p.para("În baza dispozițiilor art. 170 din Codul de procedură penală, în vederea soluționării dosarului penal "
           "nr. 6318/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Râmnicu Vâlcea, privind săvârșirea "
           "infracțiunii de înșelăciune prev. de art. 244 alin. (1) C.pen., vă rugăm să ne comunicați, cu privire la "
           "utilizatorul cu numele de utilizator „vlc_antiques” și la numărul de telefon 0745 318 902 asociat "
           "contului, următoarele:")
    p.items(["datele de identificare furnizate la crearea contului (nume, prenume, adresă de e-mail, număr de telefon);",
             "adresele IP și data/ora conectărilor în perioada 01.10.2026 – 25.11.2026;",
             "lista tranzacțiilor încheiate în aceeași perioadă, cu detalii privind comenzile nr. 71203845 și nr. 71209912;",
             "conturile bancare (IBAN) declarate pentru încasarea plăților."], style="num")
    p.space(2)
    p.para("Răspunsul dumneavoastră va fi transmis electronic, la adresa bif.ramnicu@vl.politiaromana.ro, sau prin "
           "curier, la sediul unității din Str. General Magheru nr. 17, Râmnicu Vâlcea.")
    p.para("Vă mulțumim pentru colaborare.")
    p.space(8)
    p.sigblock(["Șef Birou", "Comisar de poliție", "STĂNESCU Marian-Dorin"], name="sig")
    p.space(14)
    p.line("Întocmit: Ag. șef pr. A. Lupu / 2 ex.", size=8)
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=52, h=18, dx=2, dy=-2)
    c.stampit(p, "sig", dx=-38, dy=2, kind="round", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="VÂLCEA", center=("POLIȚIA", "MUNICIPIULUI", "RM. VÂLCEA"), color="blue", size_mm=36)
    fields = dict(authority="Poliția Municipiului Râmnicu Vâlcea", authority_kind="police", reference_number="118.442",
                  reference_date="2026-11-30", case_number="6318/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "vlc_antiques"}, {"kind": "phone", "value": "+40745318902"}],
                  transactions=["71203845", "71209912"],
                  requested_data=["datele de identificare furnizate la crearea contului (nume, prenume, adresă de e-mail, număr de telefon)",
                                  "adresele IP și data/ora conectărilor în perioada 01.10.2026 – 25.11.2026",
                                  "lista tranzacțiilor încheiate în aceeași perioadă, cu detalii privind comenzile nr. 71203845 și nr. 71209912",
                                  "conturile bancare (IBAN) declarate pentru încasarea plăților"],
                  period={"from": "2026-10-01", "to": "2026-11-25"}, response_channel="both",
                  signatory="Comisar de poliție STĂNESCU Marian-Dorin", urgent=False)
    accept = {"authority": ["Inspectoratul de Poliție Județean Vâlcea"], "reference_number": ["118442"],
              "signatory": ["Șef Birou Comisar de poliție STĂNESCU Marian-Dorin", "Comisar de poliție Stănescu Marian-Dorin"]}
    return [p], fields, accept, "municipal police under IPJ Vâlcea; fine G4 fax; blue ballpoint flourish over the printed name, round stamp left of the block (MAI ring, 'VÂLCEA' below, unit in the centre); thresholded"


def g_arges(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5, margin_l=22))
    K.print_emblem(p, 32, 24, 16, color=(40, 40, 40), kind="arms")
    p.y = 16
    for s, k in [("MINISTERUL AFACERILOR INTERNE", "b"), ("INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE", ""),
                 ("INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", "b"), ("Serviciul de Investigare a Criminalității Economice", "i")]:
        p.line(s, kind=k, x=45, size=10)
    p.space(3)
    p.hrule()
    top = p.y
    p.table([["Număr", "Data", "Dosar penal"], ["57.316", "01.12.2026", "2289/P/2026"]], [28, 28, 34], x=p.wmm - 20 - 90, size=9.5)
    p.y = top + 2
    p.line("NESECRET", kind="b", size=9.5)
    p.line("Pitești", size=9.5)
    p.y = top + 22
    addressee(p, x=22.0)
    p.line("Referitor: solicitare de date – dosar penal nr. 2289/P/2026 (P.T. Argeș)", kind="b")
    p.space(2)
    p.para("Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Argeș efectuează cercetări în dosarul "
           "penal nr. 2289/P/2026 al Parchetului de pe lângă Tribunalul Argeș, privind infracțiunile de înșelăciune "
           "și spălare a banilor. Persoana vătămată a achitat comanda nr. 70998431, în valoare de 3.450 lei, fără a "
           "primi produsul.")
    p.para("Față de cele de mai sus, în temeiul art. 170 Cod procedură penală, vă solicităm să ne transmiteți, "
           "pentru perioada 15.08.2026 – 30.11.2026, pentru conturile de mai jos:")
    p.table([["Nr. crt.", "Nume utilizator", "Adresă de e-mail", "ID utilizator"],
             ["1", "mihai.gsm.pitesti", "mihai.gsm.pitesti@yahoo.com", "3390127"],
             ["2", "–", "oferte.telefoane24@gmail.com", "3412268"]], [16, 44, 62, 30], size=9.5)
    p.items(["datele de înregistrare ale conturilor;", "istoricul anunțurilor publicate;",
             "corespondența purtată prin sistemul de mesagerie al platformei cu cumpărătorii;",
             "istoricul plăților și al rambursărilor."], style="let")
    p.space(1)
    p.para("Răspunsul se va transmite în format electronic, pe adresa sice@ag.politiaromana.ro.")
    p.space(6)
    p.sigblock(["Șeful Serviciului de Investigare a Criminalității Economice", "Comisar-șef de poliție", "Dumitrescu Alexandru"],
               name="sig", width_mm=100)
    c.sign(p, "sig_last", "steep", "ballpoint_blue2", w=40, h=20, dx=-30, dy=-4)
    c.stampit(p, "sig_last", dx=-22, dy=-6, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=37)
    fields = dict(authority="Inspectoratul de Poliție Județean Argeș", authority_kind="police", reference_number="57.316",
                  reference_date="2026-12-01", case_number="2289/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "mihai.gsm.pitesti"}, {"kind": "email", "value": "mihai.gsm.pitesti@yahoo.com"},
                            {"kind": "user_id", "value": "3390127"}, {"kind": "email", "value": "oferte.telefoane24@gmail.com"},
                            {"kind": "user_id", "value": "3412268"}],
                  transactions=["70998431"],
                  requested_data=["datele de înregistrare ale conturilor", "istoricul anunțurilor publicate",
                                  "corespondența purtată prin sistemul de mesagerie al platformei cu cumpărătorii",
                                  "istoricul plăților și al rambursărilor"],
                  period={"from": "2026-08-15", "to": "2026-11-30"}, response_channel="electronic",
                  reply_to="sice@ag.politiaromana.ro", signatory="Comisar-șef de poliție Dumitrescu Alexandru", urgent=False)
    accept = {"reference_number": ["57316"]}
    return [p], fields, accept, "IPJ Argeș SICE; printed MAI coat of arms in the letterhead (not a stamp); number/date/case in a small table; users in a bordered table; steep blue signature left of the name with the double-ring stamp struck across it"


def g_mures(c: Ctx):
    iba = iban("BTRL", "0270120234567801")
    st = K.Style(family="dserif", size=11, margin_l=24)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL MUREȘ"],
            ["Nr. 6.904/II/5/2026", "Târgu Mureș, 27.XI.2026"], size=10.5)
    addressee(p1, x=100)
    p1.line("ADRESĂ", kind="b", align="center", size=13)
    p1.space(3)
    p1.para("În dosarul penal nr. 1187/P/2025, aflat în faza de urmărire penală, privind infracțiunile de acces ilegal "
            "la un sistem informatic și fraudă informatică (art. 360 și art. 249 C.pen.), în temeiul art. 154 și art. 170 "
            "C.p.p., vă solicităm:")
    p1.items(["conservarea imediată, pe o durată de 60 de zile, a datelor informatice privind contul cu ID 2874410;",
              "comunicarea datelor de identificare ale titularului contului;",
              "comunicarea jurnalelor de autentificare (adresă IP, dată, oră) pentru perioada 01.06.2026 – 31.10.2026;",
              "comunicarea tranzacțiilor în care contul a figurat ca vânzător, inclusiv comenzile 69120455, 69377012 și 69500218."],
             style="letdot")
    p1.para(f"Contul indicat a primit plățile pe contul bancar {iba}, deschis la Banca Transilvania, ale cărui date vă "
            "rugăm să le confirmați dacă figurează în evidențele dumneavoastră.")
    p1.para("Vă rugăm să nu informați titularul contului despre prezenta solicitare (art. 154 alin. (4) C.p.p.).")
    p2 = c.page(st)
    p2.line("Pagina 2 / 2 – Nr. 6.904/II/5/2026", size=9, align="right")
    p2.space(6)
    p2.para("Datele vor fi predate, sub luare de dovadă, prin curier la sediul Parchetului de pe lângă Tribunalul Mureș, "
            "Str. Justiției nr. 1, Târgu Mureș, cu mențiunea dosarului penal nr. 1187/P/2025.")
    p2.para("Menționăm că prezenta solicitare a fost încuviințată prin încheierea judecătorului de drepturi și libertăți "
            "din 25.11.2026.")
    p2.space(10)
    p2.sigblock(["PROCUROR,", "Kovács Andrea-Erzsébet"], name="sig", align="left", width_mm=70)
    c.sign(p2, "sig_last", "coil", "felt_black", w=46, h=15, dx=8, dy=9)
    c.stampit(p2, "sig", dx=52, dy=4, kind="double", top="PARCHETUL DE PE LÂNGĂ TRIBUNALUL MUREȘ", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=36)
    fields = dict(authority="Parchetul de pe lângă Tribunalul Mureș", authority_kind="prosecutor", reference_number="6.904/II/5/2026",
                  reference_date="2026-11-27", case_number="1187/P/2025", legal_basis=["art. 154 CPP", "art. 170 CPP"],
                  subjects=[{"kind": "user_id", "value": "2874410"}, {"kind": "iban", "value": compact(iba)}],
                  transactions=["69120455", "69377012", "69500218"],
                  requested_data=["conservarea imediată, pe o durată de 60 de zile, a datelor informatice privind contul cu ID 2874410",
                                  "comunicarea datelor de identificare ale titularului contului",
                                  "comunicarea jurnalelor de autentificare (adresă IP, dată, oră) pentru perioada 01.06.2026 – 31.10.2026",
                                  "comunicarea tranzacțiilor în care contul a figurat ca vânzător, inclusiv comenzile 69120455, 69377012 și 69500218"],
                  period={"from": "2026-06-01", "to": "2026-10-31"}, response_channel="courier",
                  signatory="Procuror Kovács Andrea-Erzsébet", urgent=False)
    accept = {"reference_number": ["6904/II/5/2026"]}
    return [p1, p2], fields, accept, "prosecutor's office, G3 204x98 two pages, Floyd–Steinberg dithered; roman-month date 27.XI.2026; lettered 'a.' list; IBAN; ink only on page 2 (felt-tip coil under 'PROCUROR,' left, double-ring stamp with arms to its right)"


def g_tulcea(c: Ctx):
    st = K.Style(family="free", size=12, margin_l=25)
    p1 = c.page(st)
    for s in ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
              "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
              "SERVICIUL TERITORIAL CONSTANȚA – BIROUL TERITORIAL TULCEA"]:
        p1.line(s, kind="b", align="center", size=10.5)
    p1.hrule()
    p1.space(2)
    p1.line("Nr. 3126/2026                                                   Tulcea, 02 decembrie 2026", size=11)
    p1.line("Dosar nr. 412/D/P/2026", size=11)
    p1.space(3)
    p1.line("URGENT – termen de răspuns: 24 de ore", kind="b", align="center")
    p1.space(3)
    addressee(p1, x=90)
    p1.para("Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Biroul Teritorial Tulcea "
            "efectuează urmărirea penală în dosarul nr. 412/D/P/2026, privind constituirea unui grup infracțional "
            "organizat și trafic de produse accizabile, comercializate prin anunțuri publicate pe platforma "
            "dumneavoastră.")
    p1.para("În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, în regim de urgență, "
            "pentru utilizatorul „delta_auto_parts”, pentru contul asociat adresei de e-mail crypto.deals.tl@proton.me "
            "și pentru contul înregistrat cu numărul de telefon +40 740 112 983:")
    p1.items(["numele, prenumele și datele de contact declarate de titulari;",
              "adresele IP utilizate la crearea conturilor și la ultimele 50 de autentificări;",
              "anunțurile publicate începând cu 01.07.2026, inclusiv cele șterse;"], style="dash")
    p2 = c.page(st)
    p2.space(4)
    p2.items(["detaliile comenzilor nr. 70412290, 70412318 și 70577004 (cumpărător, sumă, modalitate de plată, adresă de livrare)."],
             style="dash")
    p2.space(2)
    p2.para("Răspunsul va fi transmis electronic la adresa bt.tulcea@diicot.ro, urmând ca originalul să fie trimis prin "
            "curier. Urgența este justificată de riscul ștergerii datelor și de continuarea activității infracționale.")
    p2.space(10)
    p2.sigblock(["Procuror șef birou,", "Mocanu Ștefan"], name="sig")
    c.sign(p2, "sig_last", "initials", "ballpoint_blue", w=26, h=15, dx=-4, dy=8)
    c.stampit(p2, "sig", dx=-45, dy=12, kind="round", top="PARCHETUL DE PE LÂNGĂ Î.C.C.J.", bottom="B.T. TULCEA",
              center=("D.I.I.C.O.T.",), color="blue", size_mm=34, faint=0.8)
    fields = dict(authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Biroul Teritorial Tulcea",
                  authority_kind="prosecutor", reference_number="3126/2026", reference_date="2026-12-02", case_number="412/D/P/2026",
                  legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "delta_auto_parts"}, {"kind": "email", "value": "crypto.deals.tl@proton.me"},
                            {"kind": "phone", "value": "+40740112983"}],
                  transactions=["70412290", "70412318", "70577004"],
                  requested_data=["numele, prenumele și datele de contact declarate de titulari",
                                  "adresele IP utilizate la crearea conturilor și la ultimele 50 de autentificări",
                                  "anunțurile publicate începând cu 01.07.2026, inclusiv cele șterse",
                                  "detaliile comenzilor nr. 70412290, 70412318 și 70577004 (cumpărător, sumă, modalitate de plată, adresă de livrare)"],
                  response_channel="both", signatory="Procuror șef birou Mocanu Ștefan", urgent=True)
    accept = {"authority": ["DIICOT – Biroul Teritorial Tulcea", "Biroul Teritorial Tulcea", "DIICOT – Serviciul Teritorial Constanța",
                            "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                            "SERVICIUL TERITORIAL CONSTANȚA – BIROUL TERITORIAL TULCEA"]}
    return [p1, p2], fields, accept, "DIICOT territorial office, grey 2-page TIFF; urgent 24 h; dashed list split across the page break; short initials-like signature in blue ballpoint, round stamp with D.I.I.C.O.T. in the centre, page 2"


def g_pitesti_dna(c: Ctx):
    iba = iban("RNCB", "0022157896540001")
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL PITEȘTI"], [], size=10.5)
    p1.line("Număr de înregistrare: 1204/ST-PIT/2026", kind="b")
    p1.line("Data: 24.11.2026")
    p1.line("Dosar nr. 87/P/2026")
    p1.space(4)
    addressee(p1, x=95)
    p1.para("Prin prezenta, în temeiul art. 170 alin. (1) și (2) din Codul de procedură penală, în cauza penală "
            "nr. 87/P/2026, privind infracțiunile de luare de mită și spălare a banilor, vă solicităm să ne "
            "predați, în copie certificată, următoarele date și înscrisuri privind utilizatorul cu ID 3101557 "
            "(cont de vânzător persoană fizică) și contul bancar " + iba + " declarat pentru încasări:")
    p1.table([["Nr.", "Date solicitate"],
              ["1", "datele de identificare ale titularului contului cu ID 3101557"],
              ["2", "lista completă a vânzărilor realizate în perioada 01.01.2026 – 31.10.2026"],
              ["3", "detaliile plăților primite pentru comenzile nr. 68233104 și nr. 68819577"],
              ["4", "evidența retragerilor de fonduri în contul bancar declarat"]], [14, 141])
    p1.para("Solicităm ca documentele să fie certificate pentru conformitate cu originalul de reprezentantul legal al "
            "societății.")
    p2 = c.page(st)
    p2.line("- 2 -", align="center", size=10)
    p2.space(6)
    p2.para("Răspunsul, însoțit de înscrisurile solicitate, va fi transmis prin curier la sediul D.N.A. – Serviciul "
            "Teritorial Pitești, B-dul Republicii nr. 62, Pitești, jud. Argeș. Pentru clarificări puteți contacta "
            "grefa serviciului la numărul 0248 559 500.")
    p2.space(16)
    p2.sigblock(["Procuror șef serviciu", "Neagu Cristina"], name="sig", align="left", width_mm=70)
    p2.space(30)
    p2.line("Red./Dact. N.C. – 3 ex.", size=8)
    c.sign(p2, "sig", "upright", "felt_black", w=44, h=16, dx=4, dy=16)
    c.stampit(p2, "sig", dx=62, dy=10, kind="oval", top="DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", bottom="ROMÂNIA",
              center=("SERVICIUL TERITORIAL", "PITEȘTI"), color="violet", size_mm=30, aspect=1.5, partial="left")
    fields = dict(authority="Direcția Națională Anticorupție – Serviciul Teritorial Pitești", authority_kind="prosecutor",
                  reference_number="1204/ST-PIT/2026", reference_date="2026-11-24", case_number="87/P/2026",
                  legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "user_id", "value": "3101557"}, {"kind": "iban", "value": compact(iba)}],
                  transactions=["68233104", "68819577"],
                  requested_data=["datele de identificare ale titularului contului cu ID 3101557",
                                  "lista completă a vânzărilor realizate în perioada 01.01.2026 – 31.10.2026",
                                  "detaliile plăților primite pentru comenzile nr. 68233104 și nr. 68819577",
                                  "evidența retragerilor de fonduri în contul bancar declarat"],
                  period={"from": "2026-01-01", "to": "2026-10-31"}, response_channel="courier",
                  signatory="Procuror șef serviciu Neagu Cristina", urgent=False)
    accept = {"authority": ["DIRECȚIA NAȚIONALĂ ANTICORUPȚIE – SERVICIUL TERITORIAL PITEȘTI", "Direcția Națională Anticorupție",
                            "Serviciul Teritorial Pitești"]}
    return [p1, p2], fields, accept, "DNA territorial service, image-only PDF (2 pages); labelled 'Număr de înregistrare:' and 'Data:' lines; data asked in a bordered table; black felt-tip upright signature bottom-left, violet oval stamp faded on its left side"


def g_sighisoara(c: Ctx):
    p = c.page(K.Style(family="dserif", size=10.5, margin_l=22))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA SIGHIȘOARA", "Secția penală", "Str. Ilarie Chendi nr. 4, Sighișoara"],
            ["Dosar nr. 2741/308/2026", "Termen: 14.01.2027", "Complet C3 penal"], kinds=["b", "b", "", ""], size=10)
    p.line("Nr. ieșire: 18.552 / 25.11.2026", kind="b")
    p.space(4)
    addressee(p, x=95)
    p.para("Vă comunicăm că, prin încheierea de ședință din data de 19.11.2026, pronunțată în dosarul nr. 2741/308/2026, "
           "având ca obiect infracțiunea de înșelăciune (art. 244 C.pen.), instanța a dispus, în temeiul art. 170 C.proc.pen., "
           "să se solicite societății dumneavoastră înscrisuri și date informatice necesare soluționării cauzei.")
    p.para("Vă rugăm ca, până la termenul din 14.01.2027, să comunicați instanței, cu privire la utilizatorul „sighi_retro” "
           "(e-mail retro.sighisoara@gmail.com) și la tranzacția nr. 70105532: (a) datele de identificare ale titularului "
           "contului; (b) istoricul mesajelor schimbate cu cumpărătorul în legătură cu tranzacția; (c) dovada plății și a "
           "statusului livrării; (d) eventualele reclamații înregistrate împotriva utilizatorului în anul 2026.", indent=10)
    p.para("Răspunsul se va depune prin poștă sau curier la registratura instanței, cu mențiunea numărului de dosar.")
    p.space(8)
    y0 = p.y
    p.sigblock(["Președinte complet,", "Judecător Moldovan Ioana"], name="sig1", align="left", width_mm=70)
    p.y = y0
    p.sigblock(["Grefier,", "Szabo Emese"], name="sig2", align="right", width_mm=60)
    c.sign(p, "sig1_last", "steep", "ballpoint_blue", w=34, h=17, dx=0, dy=9)
    c.sign(p, "sig2_last", "initials", "ballpoint_blue2", w=22, h=12, dx=2, dy=8)
    c.stampit(p, "sig1", dx=55, dy=12, kind="round", top="JUDECĂTORIA SIGHIȘOARA", bottom="ROMÂNIA", arms=True,
              color="blue", size_mm=34)
    fields = dict(authority="Judecătoria Sighișoara", authority_kind="court", reference_number="18.552",
                  reference_date="2026-11-25", case_number="2741/308/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "sighi_retro"}, {"kind": "email", "value": "retro.sighisoara@gmail.com"}],
                  transactions=["70105532"],
                  requested_data=["datele de identificare ale titularului contului",
                                  "istoricul mesajelor schimbate cu cumpărătorul în legătură cu tranzacția",
                                  "dovada plății și a statusului livrării",
                                  "eventualele reclamații înregistrate împotriva utilizatorului în anul 2026"],
                  response_channel="courier", signatory="Judecător Moldovan Ioana", urgent=False)
    accept = {"reference_number": ["18552"], "signatory": ["Președinte complet Judecător Moldovan Ioana"]}
    return [p], fields, accept, "district court in the trial phase, grey PNG; 'Nr. ieșire:' line; data as (a)–(d) inside one paragraph; judge and clerk sign (two hands), round stamp with coat of arms between them"


def g_vaslui(c: Ctx):
    iba = iban("BRDE", "380SV12345678900")
    st = K.Style(family="free", size=12)
    p1 = c.page(st)
    heading(p1, ["R O M Â N I A", "TRIBUNALUL VASLUI", "SECȚIA PENALĂ"], ["Nr. 21.907 din 03.12.2026"], size=11)
    p1.line("Dosar nr. 1602/89/2026", kind="b")
    p1.space(3)
    addressee(p1, x=95)
    p1.para("În dosarul nr. 1602/89/2026, aflat pe rolul Tribunalului Vaslui – Secția penală, în care se judecă "
            "cauza privind pe inculpatul B.C. pentru infracțiunea de înșelăciune în formă continuată, instanța, "
            "în temeiul art. 170 din Codul de procedură penală, vă solicită următoarele informații privind utilizatorul "
            "„bogdan_vs” (ID utilizator 2950033):")
    p1.items(["data creării contului și datele de identificare declarate;",
              "adresele IP de la care s-a accesat contul în perioada 01.03.2026 – 30.06.2026;",
              f"conturile bancare asociate, în special contul {iba};"], style="num")
    p2 = c.page(st)
    p2.line("Tribunalul Vaslui – Dosar nr. 1602/89/2026 – pag. 2", size=9, kind="i")
    p2.space(5)
    p2.items(["tranzacțiile nr. 66410287, nr. 66420113 și nr. 66598840, cu sumele achitate și starea livrării."],
             style="num", start=4)
    p2.space(2)
    p2.para("Informațiile vor fi comunicate până la termenul de judecată din 21.01.2027, prin poștă la sediul instanței "
            "sau prin e-mail, la adresa tr-vaslui-penal@just.ro, cu indicarea numărului de dosar.")
    p2.space(10)
    p2.sigblock(["JUDECĂTOR,", "Ciobanu Radu-Mihai"], name="sig")
    p2.space(3)
    p2.sigblock(["GREFIER,", "Tănase Elena"], name="sig2")
    c.sign(p2, "sig_last", "zigzag", "ballpoint_blue", w=44, h=14, dx=0, dy=-1)
    c.stampit(p2, "sig", dx=-20, dy=-8, kind="round", top="TRIBUNALUL VASLUI", bottom="ROMÂNIA", arms=True, color="violet",
              size_mm=35, partial="bottom", faint=0.85)
    fields = dict(authority="Tribunalul Vaslui", authority_kind="court", reference_number="21.907", reference_date="2026-12-03",
                  case_number="1602/89/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "bogdan_vs"}, {"kind": "user_id", "value": "2950033"},
                            {"kind": "iban", "value": compact(iba)}],
                  transactions=["66410287", "66420113", "66598840"],
                  requested_data=["data creării contului și datele de identificare declarate",
                                  "adresele IP de la care s-a accesat contul în perioada 01.03.2026 – 30.06.2026",
                                  f"conturile bancare asociate, în special contul {iba}",
                                  "tranzacțiile nr. 66410287, nr. 66420113 și nr. 66598840, cu sumele achitate și starea livrării"],
                  period={"from": "2026-03-01", "to": "2026-06-30"}, response_channel="both",
                  signatory="Judecător Ciobanu Radu-Mihai", urgent=False)
    accept = {"reference_number": ["21907"]}
    return [p1, p2], fields, accept, "tribunal, fine G4 2 pages, numbered list continued on page 2 (item 4); judge's zigzag signature over his printed name; clerk printed but NOT signed; violet stamp struck over the text above, lower half not inked (partial)"


def g_giurgiu(c: Ctx):
    ib1 = iban("INGB", "0000999912345678")
    ib2 = iban("CECE", "B00030RON5551234")
    st = K.Style(family="sans", size=10.5, margin_l=22)
    p = c.page(st)
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ GIURGIU",
                "Serviciul Investigarea Criminalității Transfrontaliere"],
            ["NESECRET", "Giurgiu", "Nr. 4.221.308", "din 28.11.2026"], kinds=["b", "", "b", "i"], size=9.5)
    addressee(p, x=100)
    p.para("În legătură cu dosarul penal nr. 244/P/2026 al Parchetului de pe lângă Tribunalul Giurgiu, în care se "
           "efectuează cercetări sub aspectul săvârșirii infracțiunii de contrabandă, prin care țigarete fără timbru "
           "fiscal au fost comercializate prin anunțuri online, vă rugăm, în baza art. 170 C.p.p., să ne comunicați "
           "identitatea și activitatea utilizatorilor care au indicat pentru încasare conturile bancare "
           f"{ib1} și {ib2}, respectiv numărul de telefon 0768 443 120, după cum urmează:")
    p.items(["datele de identificare ale titularilor conturilor de utilizator;",
             "anunțurile publicate și tranzacțiile finalizate în perioada 01.09.2026 – 27.11.2026;",
             "adresele de livrare indicate de cumpărători pentru comenzile nr. 71300021 și nr. 71300457."], style="roman")
    p.para("Răspunsul va fi transmis prin e-mail la adresa sict.giurgiu@politiadefrontiera.ro.")
    p.space(8)
    p.sigblock(["Șeful Serviciului", "Comisar-șef de poliție", "VLAD Gheorghe"], name="sig")
    c.sign(p, "sig", "upright", "felt_black", w=40, h=14, dx=-42, dy=4)
    c.stampit(p, "sig", dx=6, dy=2, kind="round", top="INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ",
              bottom="GIURGIU", arms=True, color="red", size_mm=35, faint=0.9)
    fields = dict(authority="Inspectoratul Teritorial al Poliției de Frontieră Giurgiu", authority_kind="police",
                  reference_number="4.221.308", reference_date="2026-11-28", case_number="244/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "iban", "value": compact(ib1)}, {"kind": "iban", "value": compact(ib2)},
                            {"kind": "phone", "value": "+40768443120"}],
                  transactions=["71300021", "71300457"],
                  requested_data=["datele de identificare ale titularilor conturilor de utilizator",
                                  "anunțurile publicate și tranzacțiile finalizate în perioada 01.09.2026 – 27.11.2026",
                                  "adresele de livrare indicate de cumpărători pentru comenzile nr. 71300021 și nr. 71300457"],
                  period={"from": "2026-09-01", "to": "2026-11-27"}, response_channel="electronic",
                  reply_to="sict.giurgiu@politiadefrontiera.ro", signatory="Comisar-șef de poliție VLAD Gheorghe", urgent=False)
    accept = {"reference_number": ["4221308"]}
    return [p], fields, accept, "border police, G3 204x98 one page; number and date on two lines at the right; users only by IBAN and phone; roman list; felt-tip signature LEFT of the block, red stamp over the printed name (thresholded to black)"


def g_brasov_anaf(c: Ctx):
    st = K.Style(family="sans", size=10.5, margin_l=22)
    p = c.page(st)
    K.print_emblem(p, 33, 22, 18, color=(0, 70, 140), kind="logo", text="AN")
    p.y = 14
    for s, k in [("AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ", "b"), ("Direcția Generală Antifraudă Fiscală", ""),
                 ("Direcția Regională Antifraudă Fiscală 3 Brașov", "b"), ("Serviciul de Combatere a Evaziunii Fiscale", "i")]:
        p.line(s, kind=k, x=48, size=10)
    p.space(2)
    p.hrule(width=2)
    p.line("Ieșire nr. 9021 din data de 01.12.2026", kind="b")
    regy = p.y
    p.space(3)
    addressee(p, x=22)
    p.para("Inspectorii antifraudă din cadrul Direcției Regionale Antifraudă Fiscală 3 Brașov, delegați prin ordonanța "
           "din 12.11.2026 a Parchetului de pe lângă Tribunalul Brașov în dosarul penal nr. 3315/P/2026, privind "
           "infracțiunea de evaziune fiscală (art. 9 din Legea nr. 241/2005), vă solicită, în temeiul art. 170 "
           "C.proc.pen., pentru utilizatorul „ecodeal_brasov” (ID 3012876, e-mail office@ecodeal-bv.ro), următoarele "
           "informații aferente perioadei 01.01.2025 – 30.09.2026:")
    p.items(["valoarea totală a vânzărilor realizate prin platformă, defalcată pe luni;",
             "numărul de tranzacții finalizate și numărul de anunțuri active;",
             "datele de identificare și de contact ale titularului contului;",
             "conturile bancare în care au fost încasate sumele."], style="bullet")
    p.para("Informațiile vor fi transmise în format electronic (fișier .xlsx) la adresa draf3.brasov@anaf.ro.")
    p.space(8)
    p.sigblock(["Director executiv,", "Bălănescu Paul"], name="sig")
    c.sign(p, "sig_last", "flourish", "fountain_blue", w=50, h=18, dx=-3, dy=8)
    c.stampit(p, "sig", dx=-48, dy=8, kind="round", top="AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ", bottom="BRAȘOV",
              center=("D.R.A.F. 3",), color="blue", size_mm=34)
    c.stampit(p, (150, regy - 14), kind="rect2", top="A.N.A.F. – D.R.A.F. 3 BRAȘOV", rect_lines=("REGISTRATURĂ", "IEȘIRE"),
              color="darkblue", size_mm=17, aspect=2.4, rotate=-2)
    fields = dict(authority="Direcția Regională Antifraudă Fiscală 3 Brașov", authority_kind="other", reference_number="9021",
                  reference_date="2026-12-01", case_number="3315/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "ecodeal_brasov"}, {"kind": "user_id", "value": "3012876"},
                            {"kind": "email", "value": "office@ecodeal-bv.ro"}],
                  transactions=[],
                  requested_data=["valoarea totală a vânzărilor realizate prin platformă, defalcată pe luni",
                                  "numărul de tranzacții finalizate și numărul de anunțuri active",
                                  "datele de identificare și de contact ale titularului contului",
                                  "conturile bancare în care au fost încasate sumele"],
                  period={"from": "2025-01-01", "to": "2026-09-30"}, response_channel="electronic",
                  reply_to="draf3.brasov@anaf.ro", signatory="Director executiv Bălănescu Paul", urgent=False)
    accept = {"authority": ["Agenția Națională de Administrare Fiscală", "Direcția Generală Antifraudă Fiscală"],
              "signatory": ["Bălănescu Paul"]}
    return [p], fields, accept, "ANAF antifraud regional directorate acting under a prosecutor's delegation; colour JPEG; printed round ANAF-like logo in the header (NOT a stamp) plus a rectangular registry stamp and a round stamp at the signature; fountain-pen flourish; bulleted list"


def g_odorhei(c: Ctx):
    st = K.Style(family="lmono" if False else "sans", size=10.5, margin_l=22, justify=False)
    p = c.page(st)
    heading(p, ["ROMANIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLITIE JUDETEAN HARGHITA",
                "POLITIA MUNICIPIULUI ODORHEIU SECUIESC", "Biroul de Investigatii Criminale"],
            ["NESECRET", "Odorheiu Secuiesc", "Nr. 33.906 din 02.12.2026"], kinds=["b", "", "b", "b", ""], size=10)
    addressee(p, lines=OUR_NODIA, x=95)
    p.para("Politia Municipiului Odorheiu Secuiesc efectueaza cercetari in dosarul penal nr. 1954/P/2026, privind "
           "savarsirea infractiunii de inselaciune, in care persoana vatamata a platit suma de 2.700 lei pentru un "
           "tractoras de tuns iarba (comanda nr. 70833261) care nu a mai fost livrat.", indent=0)
    p.para("In temeiul art. 170 Cod procedura penala, va rugam sa ne comunicati pentru conturile asociate adreselor de "
           "e-mail kovacs.levente.odh@gmail.com si szekely.bazar@freemail.hu:", indent=0)
    p.items(["datele de identificare ale titularilor (nume, CNP daca este cazul, telefon, adresa);",
             "data crearii conturilor si adresele IP folosite la creare;",
             "istoricul tranzactiilor in perioada 01.08.2026 - 30.11.2026;",
             "eventualele alte conturi accesate de pe aceleasi adrese IP."], style="dash")
    p.para("Raspunsul va fi transmis prin curier la sediul nostru din Str. Tompa Laszlo nr. 3, Odorheiu Secuiesc.", indent=0)
    p.space(8)
    p.sigblock(["Sef Birou Investigatii Criminale", "Inspector principal de politie", "Bartha Csaba"], name="sig", width_mm=90)
    c.sign(p, "sig_last", "steep", "ballpoint_blue", w=36, h=18, dx=0, dy=-3)
    c.stampit(p, "sig", dx=-50, dy=-2, kind="round", top="POLIȚIA MUNICIPIULUI ODORHEIU SECUIESC", bottom="HARGHITA",
              center=("B.I.C.",), color="violet", size_mm=34)
    fields = dict(authority="Politia Municipiului Odorheiu Secuiesc", authority_kind="police", reference_number="33.906",
                  reference_date="2026-12-02", case_number="1954/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "email", "value": "kovacs.levente.odh@gmail.com"}, {"kind": "email", "value": "szekely.bazar@freemail.hu"}],
                  transactions=["70833261"],
                  requested_data=["datele de identificare ale titularilor (nume, CNP daca este cazul, telefon, adresa)",
                                  "data crearii conturilor si adresele IP folosite la creare",
                                  "istoricul tranzactiilor in perioada 01.08.2026 - 30.11.2026",
                                  "eventualele alte conturi accesate de pe aceleasi adrese IP"],
                  period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="courier",
                  signatory="Inspector principal de politie Bartha Csaba", urgent=False)
    accept = {"authority": ["Inspectoratul de Politie Judetean Harghita", "Inspectoratul de Poliție Județean Harghita",
                            "Poliția Municipiului Odorheiu Secuiesc"], "reference_number": ["33906"]}
    return [p], fields, accept, "municipal police under IPJ Harghita, letter WITHOUT diacritics (the stamp has them), phone photo; users only by e-mail; dashed list; violet stamp left of the block, blue steep signature over the printed name"


def g_botosani(c: Ctx):
    st = K.Style(family="serif", size=12)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BOTOȘANI",
                 "Serviciul de Investigare a Criminalității Economice"],
            ["NESECRET", "Botoșani, 29.11.2026", "Nr. 260.117"], kinds=["b", "b", "b", ""], size=10.5)
    addressee(p1, x=95)
    p1.para("Inspectoratul de Poliție Județean Botoșani – Serviciul de Investigare a Criminalității Economice "
            "efectuează cercetări în dosarul penal nr. 5528/P/2026 al Parchetului de pe lângă Judecătoria Botoșani, "
            "privind mai multe fapte de înșelăciune săvârșite prin vânzarea online a unor telefoane mobile care nu "
            "au mai fost livrate.")
    p1.para("Persoanele vătămate au indicat drept vânzători utilizatorii „iphone_outlet_bt” (telefon 0753 220 119) și "
            "„gsm_second_hand” (telefon 0731 004 562), iar plățile au fost efectuate pentru comenzile nr. 71455602, "
            "71455988, 71460113 și 71472240.")
    p1.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare ale "
            "titularilor, adresele IP de la care au fost accesate conturile și istoricul tranzacțiilor, pentru "
            "perioada 01.09.2026 – 28.11.2026.")
    p1.para("Răspunsul dumneavoastră poate fi transmis prin e-mail la adresa sice.botosani@bt.politiaromana.ro.")
    p2 = c.page(st)
    p2.line("IPJ Botoșani – nr. 260.117 din 29.11.2026 – fila 2", size=9, kind="i")
    p2.space(20)
    p2.line("Cu stimă,", x=30)
    p2.space(6)
    p2.sigblock(["Adjunct al Inspectorului Șef", "Comisar-șef de poliție", "HRIȚCU Vasile"], name="sig")
    c.sign(p2, "sig_last", "flourish", "felt_black", w=58, h=20, dx=-6, dy=-10)
    c.stampit(p2, "sig", dx=-52, dy=6, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN BOTOȘANI", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=38)
    fields = dict(authority="Inspectoratul de Poliție Județean Botoșani", authority_kind="police", reference_number="260.117",
                  reference_date="2026-11-29", case_number="5528/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "iphone_outlet_bt"}, {"kind": "phone", "value": "+40753220119"},
                            {"kind": "username", "value": "gsm_second_hand"}, {"kind": "phone", "value": "+40731004562"}],
                  transactions=["71455602", "71455988", "71460113", "71472240"],
                  requested_data=["datele de identificare ale titularilor", "adresele IP de la care au fost accesate conturile",
                                  "istoricul tranzacțiilor"],
                  period={"from": "2026-09-01", "to": "2026-11-28"}, response_channel="electronic",
                  reply_to="sice.botosani@bt.politiaromana.ro", signatory="Comisar-șef de poliție HRIȚCU Vasile", urgent=False)
    accept = {"reference_number": ["260117"],
              "signatory": ["Adjunct al Inspectorului Șef Comisar-șef de poliție HRIȚCU Vasile"]}
    return [p1, p2], fields, accept, "IPJ Botoșani, fine G4, 2 pages; data asked in ONE prose sentence; four orders; ink only on the separate last page (black felt-tip long flourish, double-ring stamp)"


def g_alba(c: Ctx):
    st = K.Style(family="dserif", size=10.5, margin_l=22)
    p = c.page(st)
    heading(p, ["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALBA IULIA"], [], size=10.5)
    p.line("Nr. 5.230/II/2/2026", kind="b")
    p.line("Alba Iulia, 20 noiembrie 2026")
    p.space(3)
    addressee(p, x=95)
    p.para("În dosarul penal nr. 3911/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 154 și al art. 170 "
           "din Codul de procedură penală, vă solicităm conservarea și, ulterior, comunicarea datelor privind "
           "utilizatorii de mai jos:")
    p.table([["Utilizator", "Telefon", "E-mail"],
             ["alba_piese_auto", "0744 908 221", "albapieseauto@yahoo.com"],
             ["ioana.m.1990", "0721 377 554", "ioana.m.1990@gmail.com"],
             ["lucian_deals", "—", "lucian.deals@outlook.com"]], [50, 38, 72], size=9.5)
    p.para("Datele solicitate sunt: datele de identificare ale utilizatorilor; istoricul conectărilor (IP, dată, oră); "
           "tranzacțiile dintre utilizatorii de mai sus, în special comanda nr. 70650012.", indent=0)
    p.para("Solicităm ca răspunsul să fie transmis atât electronic, la adresa pjalbaiulia@mpublic.ro, cât și prin curier.",
           indent=0)
    p.space(6)
    p.sigblock(["Prim-procuror,", "Oltean Sorin"], name="sig", width_mm=60)
    c.sign(p, "sig_last", "initials", "felt_black", w=24, h=13, dx=-22, dy=1)
    c.stampit(p, "sig", dx=-2, dy=16, kind="double", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALBA IULIA", bottom="ROMÂNIA",
              arms=True, color="violet", size_mm=36, faint=0.75)
    fields = dict(authority="Parchetul de pe lângă Judecătoria Alba Iulia", authority_kind="prosecutor",
                  reference_number="5.230/II/2/2026", reference_date="2026-11-20", case_number="3911/P/2026",
                  legal_basis=["art. 154 CPP", "art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "alba_piese_auto"}, {"kind": "phone", "value": "+40744908221"},
                            {"kind": "email", "value": "albapieseauto@yahoo.com"}, {"kind": "username", "value": "ioana.m.1990"},
                            {"kind": "phone", "value": "+40721377554"}, {"kind": "email", "value": "ioana.m.1990@gmail.com"},
                            {"kind": "username", "value": "lucian_deals"}, {"kind": "email", "value": "lucian.deals@outlook.com"}],
                  transactions=["70650012"],
                  requested_data=["datele de identificare ale utilizatorilor", "istoricul conectărilor (IP, dată, oră)",
                                  "tranzacțiile dintre utilizatorii de mai sus, în special comanda nr. 70650012"],
                  response_channel="both", signatory="Prim-procuror Oltean Sorin", urgent=False)
    accept = {"reference_number": ["5230/II/2/2026"]}
    return [p], fields, accept, "prosecutor's office, G3 204x196; date written out ('20 noiembrie 2026'); users in a table (username/phone/e-mail); data in a semicolon sentence; short initials in felt-tip left of the name, faint violet double ring below (dithered)"


def g_caracal(c: Ctx):
    st = K.Style(family="free", size=12)
    p = c.page(st)
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN OLT",
                "POLIȚIA MUNICIPIULUI CARACAL"], ["NESECRET", "Nr. 1.412.905", "din 04.12.2026"], size=10.5)
    p.line("Exemplar nr. 1", size=9, align="right")
    addressee(p, x=95)
    p.line("Ref.: dosar penal nr. 4701/P/2026", kind="b")
    p.space(2)
    p.para("În baza art. 170 din Legea nr. 135/2010 privind Codul de procedură penală, vă rugăm să ne furnizați, "
           "referitor la utilizatorul „caracal_bike_shop” (ID utilizator 2788140) și la utilizatorul cu ID 3356012:")
    p.items(["datele de identificare și de contact;", "lista anunțurilor publicate pentru biciclete electrice;",
             "tranzacțiile nr. 71033370 și nr. 71038818, cu datele cumpărătorilor."], style="paren")
    p.para("Răspunsul va fi trimis prin curier la sediul Poliției Municipiului Caracal, Str. Iancu Jianu nr. 21.")
    p.space(8)
    p.sigblock(["Șeful Poliției Municipiului Caracal", "Comisar-șef de poliție", "IONESCU Florin"], name="sig")
    c.sign(p, "sig_last", "coil", "ballpoint_blue", w=40, h=13, dx=-8, dy=-2)
    c.stampit(p, "sig_last", dx=-26, dy=-4, kind="round", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE", bottom="OLT",
              center=("POLIȚIA MUN.", "CARACAL"), color="blue", size_mm=34, faint=0.55)
    fields = dict(authority="Poliția Municipiului Caracal", authority_kind="police", reference_number="1.412.905",
                  reference_date="2026-12-04", case_number="4701/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "caracal_bike_shop"}, {"kind": "user_id", "value": "2788140"},
                            {"kind": "user_id", "value": "3356012"}],
                  transactions=["71033370", "71038818"],
                  requested_data=["datele de identificare și de contact", "lista anunțurilor publicate pentru biciclete electrice",
                                  "tranzacțiile nr. 71033370 și nr. 71038818, cu datele cumpărătorilor"],
                  response_channel="courier", signatory="Comisar-șef de poliție IONESCU Florin", urgent=False)
    accept = {"authority": ["Inspectoratul de Poliție Județean Olt"], "reference_number": ["1412905"]}
    return [p], fields, accept, "municipal police under IPJ Olt, G4 204x98; 'Nr.' and 'din' on two lines; 1) 2) 3) list; FAINT stamp (dithered) struck across the left part of a coil signature"


# =====================================================================
# FORGED OR DEFECTIVE (7)
# =====================================================================


def f_stamp_gorj(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p = c.page(st)
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA",
                "Serviciul de Investigații Criminale"], ["NESECRET", "Nr. 119.208 din 02.12.2026"], size=10.5)
    addressee(p, x=95)
    p.para("În dosarul penal nr. 6702/P/2026 al Parchetului de pe lângă Judecătoria Râmnicu Vâlcea, în temeiul art. 170 "
           "C.p.p., vă rugăm să ne comunicați datele de identificare, adresele IP și istoricul tranzacțiilor pentru "
           "utilizatorii „valcea_gold” și „bijuterii.lux.rv” (telefon 0757 330 118), în perioada 01.09.2026 – 01.12.2026, "
           "precum și detaliile comenzii nr. 71599034.")
    p.para("Răspunsul va fi transmis prin e-mail la adresa sic@vl.politiaromana.ro.")
    p.space(8)
    p.sigblock(["Șef Serviciu", "Comisar-șef de poliție", "GHEORGHE Mihail"], name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue2", w=48, h=16, dx=0, dy=-3)
    c.stampit(p, "sig", dx=-46, dy=2, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=36, rotate=8)
    fields = dict(authority="Inspectoratul de Poliție Județean Vâlcea", authority_kind="police", reference_number="119.208",
                  reference_date="2026-12-02", case_number="6702/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "valcea_gold"}, {"kind": "username", "value": "bijuterii.lux.rv"},
                            {"kind": "phone", "value": "+40757330118"}],
                  transactions=["71599034"], period={"from": "2026-09-01", "to": "2026-12-01"},
                  response_channel="electronic", reply_to="sic@vl.politiaromana.ro",
                  signatory="Comisar-șef de poliție GHEORGHE Mihail", urgent=False)
    accept = {"reference_number": ["119208"]}
    return [p], fields, accept, "FORGED: IPJ Vâlcea letterhead, but the stamp's ring reads INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ (another county's seal); otherwise complete, by post"


def f_pasted_twice(c: Ctx):
    st = K.Style(family="serif", size=12)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BOTOȘANI",
                 "Serviciul de Investigații Criminale"], ["NESECRET", "Botoșani, 03.12.2026", "Nr. 261.540"], size=10.5)
    addressee(p1, x=95)
    p1.para("În dosarul penal nr. 5601/P/2026 al Parchetului de pe lângă Tribunalul Botoșani, privind infracțiunea de "
            "înșelăciune, în temeiul art. 170 din Codul de procedură penală, vă solicităm pentru utilizatorii "
            "„moldova_cars_bt”, „auto.dorohoi” și „piese_bmw_bt”:")
    p1.items(["datele de identificare și de contact;", "adresele IP de la care s-au accesat conturile în ultimele 90 de zile;",
              "mesajele schimbate cu cumpărătorii;", "tranzacțiile finalizate în anul 2026."], style="num")
    p1.space(4)
    p1.sigblock(["Întocmit,", "Agent șef de poliție", "RUSU Dan"], name="sigA", align="left", width_mm=70)
    sig = c.sign(p1, "sigA_last", "flourish", "ballpoint_blue", w=46, h=16, dx=2, dy=-2)
    stp = c.stampit(p1, "sigA", dx=60, dy=0, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN BOTOȘANI", bottom="ROMÂNIA",
                    arms=True, color="blue", size_mm=35, rotate=-11)
    p2 = c.page(st)
    p2.line("fila 2 – nr. 261.540", size=9, align="right")
    p2.space(10)
    p2.para("Răspunsul va fi transmis prin e-mail la adresa sic.botosani@bt.politiaromana.ro, în termen de 3 zile.")
    p2.space(12)
    p2.sigblock(["Șef Serviciu", "Comisar-șef de poliție", "POPA Cornel"], name="sig")
    c.sign(p2, "sig_last", None, None, dx=2, dy=-2, img=sig)          # the SAME signature image, pixel for pixel
    c.stampit(p2, "sig", dx=-46, dy=0, img=stp)                      # the SAME stamp impression
    fields = dict(authority="Inspectoratul de Poliție Județean Botoșani", authority_kind="police", reference_number="261.540",
                  reference_date="2026-12-03", case_number="5601/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "moldova_cars_bt"}, {"kind": "username", "value": "auto.dorohoi"},
                            {"kind": "username", "value": "piese_bmw_bt"}],
                  response_channel="electronic", reply_to="sic.botosani@bt.politiaromana.ro",
                  signatory="Comisar-șef de poliție POPA Cornel", urgent=False)
    accept = {"reference_number": ["261540"]}
    return [p1, p2], fields, accept, "FORGED: faxed from IPJ Botoșani's registry number, but the 'Întocmit' agent's signature on page 1 and the chief's on page 2 are the same image pixel for pixel (two different people), and the stamp impression is pasted twice with the same rotation and texture"


def f_page2_other(c: Ctx):
    st = K.Style(family="dserif", size=11, margin_l=24)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL MUREȘ"],
            ["Nr. 7.011/II/5/2026", "Târgu Mureș, 01.XII.2026"], size=10.5)
    addressee(p1, x=100)
    p1.line("ADRESĂ", kind="b", align="center", size=13)
    p1.space(3)
    p1.para("În dosarul penal nr. 1420/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați, pentru "
            "utilizatorii cu ID 3188770, 3188771 și 3190402, precum și pentru adresa de e-mail reghin.market@gmail.com:")
    p1.items(["datele complete de identificare (inclusiv copii ale actelor de identitate încărcate);",
              "istoricul conectărilor cu adresele IP;",
              "toate conversațiile din sistemul de mesagerie;",
              "parolele sau codurile de recuperare asociate conturilor, dacă sunt stocate."], style="letdot")
    p1.para("Răspunsul va fi transmis conform mențiunilor de pe pagina următoare.")
    # page 2 of ANOTHER letter: another court's letter, another number/date, another font, its own signature and stamp
    p2 = c.page(K.Style(family="free", size=12.5))
    p2.line("Judecătoria Sighișoara – Dosar nr. 1990/308/2026 – Adresa nr. 16.204 din 08.10.2026 – pagina 2", size=9, kind="i")
    p2.space(6)
    p2.para("(e) orice alte date care ar putea contribui la identificarea persoanei care a utilizat contul.")
    p2.para("Răspunsul se va depune la registratura instanței până la termenul din 05.11.2026.")
    p2.space(10)
    p2.sigblock(["Judecător,", "Moldovan Ioana"], name="sig", align="left", width_mm=70)
    c.sign(p2, "sig_last", "steep", "ballpoint_blue", w=32, h=16, dx=2, dy=9)
    c.stampit(p2, "sig", dx=55, dy=10, kind="round", top="JUDECĂTORIA SIGHIȘOARA", bottom="ROMÂNIA", arms=True,
              color="blue", size_mm=34)
    fields = dict(authority="Parchetul de pe lângă Tribunalul Mureș", authority_kind="prosecutor", reference_number="7.011/II/5/2026",
                  reference_date="2026-12-01", case_number="1420/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "user_id", "value": "3188770"}, {"kind": "user_id", "value": "3188771"},
                            {"kind": "user_id", "value": "3190402"}, {"kind": "email", "value": "reghin.market@gmail.com"}],
                  urgent=False)
    accept = {"reference_number": ["7011/II/5/2026"]}
    return [p1, p2], fields, accept, "FORGED: image-only PDF; page 1 is an unsigned prosecutor's letter (asks even for passwords), page 2 belongs to ANOTHER letter (Judecătoria Sighișoara, other case, number and October date, another font) and carries that court's signature and stamp"


def f_unknown_fax(c: Ctx):
    st = K.Style(family="sans", size=10.5, margin_l=22)
    p = c.page(st)
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ",
                "Serviciul de Investigare a Criminalității Economice"], ["Nr. 57.902", "din 04.12.2026"], size=10)
    addressee(p, x=100)
    p.para("În dosarul penal nr. 2410/P/2026, în temeiul art. 170 Cod procedură penală, vă solicităm să ne transmiteți "
           "datele de identificare, adresele IP și istoricul tranzacțiilor pentru utilizatorii cu ID 3290011 și 3290518, "
           "precum și pentru utilizatorul „curtea_de_arges_deals”, pentru perioada 01.10.2026 – 03.12.2026.")
    p.para("Răspunsul se va transmite prin fax la numărul de pe antetul prezentei sau la sice@ag.politiaromana.ro.")
    p.space(8)
    p.sigblock(["Șeful Serviciului", "Comisar-șef de poliție", "Dumitrescu Alexandru"], name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue2", w=42, h=15, dx=0, dy=-3)
    c.stampit(p, "sig", dx=-46, dy=4, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=36)
    fields = dict(authority="Inspectoratul de Poliție Județean Argeș", authority_kind="police", reference_number="57.902",
                  reference_date="2026-12-04", case_number="2410/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "user_id", "value": "3290011"}, {"kind": "user_id", "value": "3290518"},
                            {"kind": "username", "value": "curtea_de_arges_deals"}],
                  period={"from": "2026-10-01", "to": "2026-12-03"},
                  signatory="Comisar-șef de poliție Dumitrescu Alexandru", urgent=False)
    accept = {"reference_number": ["57902"]}
    return [p], fields, accept, "FORGED: complete IPJ Argeș letter, signed and stamped, but faxed from +40248559299, a number NOT in the registry (one digit from IPJ Argeș's real ones); asks to answer 'by fax to the number in the header'"


def f_draft(c: Ctx):
    st = K.Style(family="dserif", size=10.5, margin_l=22)
    p = c.page(st)
    heading(p, ["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ALBA IULIA"], [], size=10.5)
    p.line("Nr. ____________ / ______ 2026", kind="b")
    p.line("Alba Iulia, ___.12.2026")
    p.space(3)
    addressee(p, x=95)
    p.para("În dosarul penal nr. 4022/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați datele de "
           "identificare și istoricul tranzacțiilor pentru utilizatorul „cugir_tools” (e-mail cugir.tools@yahoo.com), "
           "precum și detaliile comenzii nr. 71702219.")
    p.para("[de completat: perioada; modalitatea de răspuns]", indent=0)
    p.space(8)
    p.sigblock(["Procuror,", "Dragomir Alina"], name="sig", width_mm=60)
    # a diagonal "PROIECT" watermark, printed (grey), not ink
    g = Image.new("L", (900, 200), 0)
    ImageDraw.Draw(g).text((10, 10), "PROIECT", font=K.font("dsans-b", 170), fill=255)
    g = g.rotate(30, expand=True)
    col = Image.new("RGBA", g.size, (110, 110, 110, 0))
    col.putalpha(g.point(lambda v: v * 0.5))
    p.im = K.apply_ink(p.im, col, p.w / 2, p.h * 0.45)
    fields = dict(authority="Parchetul de pe lângă Judecătoria Alba Iulia", authority_kind="prosecutor",
                  reference_number=None, reference_date=None, case_number="4022/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "cugir_tools"}, {"kind": "email", "value": "cugir.tools@yahoo.com"}],
                  transactions=["71702219"], urgent=False)
    return [p], fields, {}, "DEFECTIVE: an unsigned draft ('PROIECT' printed diagonally, blank number and day, a bracketed 'to be completed' line), faxed from the office's registry number; no ink at all (incomplete expected)"


def f_unregistered_authority(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p = c.page(st)
    heading(p, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA HÂRLĂU"],
            ["Nr. 1.877/II/2/2026", "Hârlău, 26.11.2026"], size=10.5)
    addressee(p, x=95)
    p.para("În dosarul penal nr. 902/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 C.p.p., vă "
           "rugăm să ne comunicați următoarele date privind utilizatorul „harlau_agro” (telefon 0746 551 209):")
    p.items(["datele de identificare;", "istoricul tranzacțiilor din perioada 01.07.2026 – 25.11.2026;",
             "adresele IP ale ultimelor conectări."], style="num")
    p.para("Răspunsul se va transmite prin curier la sediul parchetului din Str. Logofăt Tăutu nr. 3, Hârlău, jud. Iași.")
    p.space(8)
    p.sigblock(["Prim-procuror,", "Anghel Bogdan-Vasile"], name="sig", width_mm=70)
    c.sign(p, "sig_last", "upright", "ballpoint_black", w=40, h=15, dx=0, dy=-2)
    c.stampit(p, "sig", dx=-40, dy=6, kind="round", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA HÂRLĂU", bottom="ROMÂNIA",
              arms=True, color="blue", size_mm=35)
    fields = dict(authority="Parchetul de pe lângă Judecătoria Hârlău", authority_kind="prosecutor", reference_number="1.877/II/2/2026",
                  reference_date="2026-11-26", case_number="902/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "harlau_agro"}, {"kind": "phone", "value": "+40746551209"}],
                  requested_data=["datele de identificare", "istoricul tranzacțiilor din perioada 01.07.2026 – 25.11.2026",
                                  "adresele IP ale ultimelor conectări"],
                  period={"from": "2026-07-01", "to": "2026-11-25"}, response_channel="courier",
                  signatory="Prim-procuror Anghel Bogdan-Vasile", urgent=False)
    accept = {"reference_number": ["1877/II/2/2026"]}
    return [p], fields, accept, "NOT VERIFIABLE: a complete, signed and stamped letter by post from an authority that is NOT in the registry (Parchetul de pe lângă Judecătoria Hârlău): no registry number to call back, cannot be verified"


def f_gmail_answer(c: Ctx):
    st = K.Style(family="sans", size=10.5, margin_l=22)
    p = c.page(st)
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ GIURGIU"], ["NESECRET", "Nr. 4.223.017", "din 03.12.2026"],
            kinds=["b", "", "b"], size=9.5)
    addressee(p, x=100)
    p.para("În dosarul penal nr. 251/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare, "
           "istoricul tranzacțiilor și adresele IP pentru utilizatorii „dunarea_tigari” și „giurgiu.import” (telefon "
           "0799 120 448).")
    p.para("Având în vedere volumul mare de corespondență al serverului instituțional, răspunsul se va transmite EXCLUSIV "
           "pe adresa itpf.giurgiu.dosare@gmail.com, iar pentru confirmare ne puteți contacta la 0755 904 116.", indent=10)
    p.space(8)
    p.sigblock(["Șeful Serviciului", "Comisar-șef de poliție", "VLAD Gheorghe"], name="sig")
    c.sign(p, "sig", "upright", "felt_black", w=40, h=14, dx=-42, dy=4)
    c.stampit(p, "sig", dx=6, dy=2, kind="round", top="INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ",
              bottom="GIURGIU", arms=True, color="blue", size_mm=35)
    fields = dict(authority="Inspectoratul Teritorial al Poliției de Frontieră Giurgiu", authority_kind="police",
                  reference_number="4.223.017", reference_date="2026-12-03", case_number="251/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "dunarea_tigari"}, {"kind": "username", "value": "giurgiu.import"},
                            {"kind": "phone", "value": "+40799120448"}],
                  response_channel="electronic", reply_to="itpf.giurgiu.dosare@gmail.com",
                  signatory="Comisar-șef de poliție VLAD Gheorghe", urgent=False)
    accept = {"reference_number": ["4223017"]}
    return [p], fields, accept, "FORGED: border-police letter faxed from ITPF Giurgiu's registry number, signed and stamped, but the answer goes EXCLUSIVELY to a gmail address and the 'confirmation' number is a mobile (0755 904 116), not the unit's"


# =====================================================================
# COMPLAINTS (5)
# =====================================================================


def c_handwritten(c: Ctx):
    p = c.page(K.Style())
    K.ruled_paper(p, squares=True, margin=False, color=(175, 200, 220))
    rng = c.rng
    lines = ["Către OKAZII.RO", "Departamentul de Securitate", "", "RECLAMAȚIE",
             "Subsemnata Georgescu Elena, din Focșani, jud. Vrancea,",
             "telefon 0722 418 093, vă scriu pentru că nu am primit",
             "produsul comandat. Am plătit 1.890 lei pentru un telefon",
             "Samsung, comanda nr. 72011456, de la vânzătorul",
             "telefoane_ieftine_ro, cu Garanția de Livrare. Au trecut",
             "trei săptămâni, coletul nu a venit, iar vânzătorul nu",
             "mai răspunde la mesaje și la telefon.",
             "Vă rog să-mi returnați banii.", "", "Data: 28.11.2026"]
    y = K.handwriting(p, rng, lines, 20, 22, size_pt=15, line_mm=10.0)
    p.y = y
    p.mark("sig", 120, 180, 10)
    c.sign(p, "sig", "upright", "ballpoint_blue", w=40, h=15, dx=0, dy=6)
    fields = dict(complainant="Georgescu Elena", transaction_id="72011456", counterparty="telefoane_ieftine_ro",
                  amount={"value": "1890.00", "currency": "RON"}, delivery_guarantee=True, issue="not_delivered",
                  proposed_resolution="Vă rog să-mi returnați banii.", contact={"phone": "+40722418093"})
    return [p], fields, {}, "hand-written-looking complaint on squared paper, phone photo; not delivered, Delivery Guarantee; signed, no stamp"


def c_english(c: Ctx):
    p = c.page(K.Style(family="sans", size=11, justify=False))
    p.line("James O'Neill", kind="b")
    p.line("14 Harbour Road, Howth, Dublin D13, Ireland")
    p.line("j.oneill.howth@eircom.net  ·  +353 87 412 9930")
    p.space(6)
    p.line("To: Okazii.ro – Fraud Prevention Centre", kind="b")
    p.line("Dublin, 27 November 2026")
    p.space(5)
    p.line("Complaint – order no. 71877320 – item never delivered", kind="b")
    p.space(3)
    p.para("Dear Sir or Madam,", indent=0)
    p.para("On 2 November 2026 I bought a Leica M6 camera from the seller \"vintage.cameras.ro\" on your website "
           "(order no. 71877320) and paid EUR 420.00. The seller insisted that I pay by bank transfer instead of "
           "through the site, and after the payment he stopped answering my messages. The tracking number he gave "
           "me does not exist.", indent=0)
    p.para("I believe this is a fraud. Please block the seller's account and help me recover my money; I would "
           "also like to know whether I can still use your Delivery Guarantee.", indent=0)
    p.para("Yours faithfully,", indent=0)
    p.space(14)
    p.mark("sig", 22, 80, 0)
    p.line("James O'Neill")
    c.sign(p, "sig", "flourish", "ballpoint_black", w=46, h=16, dx=0, dy=-5)
    fields = dict(complainant="James O'Neill", transaction_id="71877320", counterparty="vintage.cameras.ro",
                  amount={"value": "420.00", "currency": "EUR"}, issue="fraud_suspected",
                  contact={"email": "j.oneill.howth@eircom.net", "phone": "+353874129930"})
    return [p], fields, {}, "ENGLISH complaint by a foreign buyer, PNG (palette); paid off-platform by bank transfer, suspects fraud; signed above the typed name"


def c_company_logo(c: Ctx):
    st = K.Style(family="sans", size=11)
    p1 = c.page(st)
    K.print_emblem(p1, 35, 28, 24, color=(20, 100, 50), kind="logo", text="LV")
    p1.y = 18
    for s, k in [("LEMNĂRIA VERDE S.R.L.", "b"), ("J08/1552/2019 · CUI RO41100238", ""), ("Str. Zizinului nr. 112, Brașov", ""),
                 ("contact@lemnariaverde.ro · 0268 410 902", "")]:
        p1.line(s, kind=k, x=52, size=10)
    p1.space(6)
    p1.hrule()
    p1.line("Nr. 318 / 30.11.2026", size=10)
    p1.space(4)
    p1.line("Către OKAZII.RO – Departamentul de Securitate", kind="b")
    p1.space(4)
    p1.line("RECLAMAȚIE", kind="b", align="center", size=13)
    p1.space(3)
    p1.para("Subscrisa LEMNĂRIA VERDE S.R.L., prin administrator Cristea Dan, formulăm prezenta reclamație privind "
            "comanda nr. 71650987 din 10.11.2026, prin care am achiziționat de la utilizatorul „utilaje_lemn_pro” un "
            "abricht-rindea în valoare de 7.800 lei, achitată integral prin platformă.")
    p1.para("Vânzătorul a confirmat comanda, a anunțat expedierea, dar de 14 zile nu mai răspunde la mesaje, la "
            "telefon sau la e-mail, iar produsul nu a ajuns. Anunțul a fost șters între timp.")
    p2 = c.page(st)
    p2.line("LEMNĂRIA VERDE S.R.L. – reclamație nr. 318 / 30.11.2026 – pag. 2", size=9, kind="i")
    p2.space(6)
    p2.para("Solicităm: (1) suspendarea plății către vânzător; (2) restituirea sumei de 7.800 lei în contul societății; "
            "(3) comunicarea rezultatului analizei dumneavoastră.")
    p2.para("Anexăm: factura proformă, capturi ale conversației și confirmarea plății.")
    p2.space(10)
    p2.sigblock(["Administrator,", "Cristea Dan"], name="sig", align="left", width_mm=60)
    c.sign(p2, "sig_last", "zigzag", "gel_violet", w=38, h=14, dx=2, dy=8)
    K.print_emblem(p2, 170, 275, 10, color=(20, 100, 50), kind="logo", text="LV")   # printed footer logo, not a stamp
    fields = dict(complainant="LEMNĂRIA VERDE S.R.L.", transaction_id="71650987", counterparty="utilaje_lemn_pro",
                  amount={"value": "7800.00", "currency": "RON"}, issue="no_answer",
                  contact={"email": "contact@lemnariaverde.ro", "phone": "+40268410902"})
    accept = {"complainant": ["Cristea Dan", "LEMNĂRIA VERDE S.R.L., prin administrator Cristea Dan"],
              "issue": ["not_delivered"]}
    return [p1, p2], fields, accept, "company complaint, 2-page TIFF; a PRINTED round green company logo in the header and footer that is NOT a stamp; violet gel signature, no stamp; seller silent, not delivered"


def c_fax_nodia(c: Ctx):
    p = c.page(K.Style(family="lmono", size=11, justify=False, indent=0))
    for s in ["Catre: OKAZII.RO - Centrul de prevenire a fraudelor", "De la: Paraschiv Gheorghe, Galati", "Tel: 0236 412 877",
              "Data: 01.12.2026", "Pagini: 1", "", "RECLAMATIE - FRAUDA"]:
        p.line(s)
    p.space(3)
    p.para("Am pus in vanzare pe okazii o bicicleta (anunt 'bicicleta Cube aproape noua'). Un asa zis cumparator, "
           "utilizatorul alex_buy_now, mi-a scris pe WhatsApp si mi-a trimis un link 'okazii-livrare-plata.com' ca sa "
           "primesc banii. Am introdus datele cardului si mi-au fost retrase 2.300 lei din cont.", indent=0)
    p.para("Cred ca este o frauda si ca acel cont trebuie blocat. Va rog sa ma ajutati si sa-mi spuneti ce trebuie sa fac "
           "mai departe. Am depus si plangere la Politia Galati.", indent=0)
    p.space(10)
    p.mark("sig", 100, 170, 0)
    p.line("Semnatura:", x=60)
    c.sign(p, "sig", "zigzag", "ballpoint_blue", w=40, h=13, dx=0, dy=-2)
    fields = dict(complainant="Paraschiv Gheorghe", counterparty="alex_buy_now", amount={"value": "2300.00", "currency": "RON"},
                  issue="fraud_suspected", contact={"phone": "+40236412877"})
    return [p], fields, {}, "complaint by FAX from a private number, monospaced, no diacritics; seller phished through a fake payment link; signed"


def c_unsigned_pdf(c: Ctx):
    st = K.Style(family="serif", size=12)
    p1 = c.page(st)
    p1.line("Popovici Andrei", kind="b")
    p1.line("Str. Mihai Viteazu nr. 8, bl. C3, ap. 12, Suceava")
    p1.line("andrei.popovici77@gmail.com")
    p1.space(8)
    p1.line("Către Departamentul de Securitate OKAZII.RO", kind="b")
    p1.space(4)
    p1.line("Reclamație – vânzătorul nu mai răspunde", kind="b", align="center")
    p1.space(4)
    p1.para("Bună ziua. Pe 12.11.2026 am cumpărat de la vânzătorul „retro_gaming_sv” o consolă PlayStation 4 cu două "
            "manete, comanda nr. 71544120, la prețul de 640 lei, plus 25 lei transport. Am plătit cu cardul pe site.")
    p1.para("Vânzătorul mi-a spus inițial că trimite coletul a doua zi. De atunci au trecut trei săptămâni: nu am primit "
            "niciun număr de AWB, iar la mesaje nu mai răspunde deloc; telefonul din anunț este închis.")
    p1.para("Am verificat și am văzut că are și alte evaluări negative recente, de la cumpărători care spun același lucru.")
    p2 = c.page(st)
    p2.para("Vă rog să analizați situația și să mă ajutați să îmi recuperez banii (665 lei în total) sau să-l determinați "
            "pe vânzător să trimită produsul.")
    p2.para("Mulțumesc,")
    p2.line("Andrei Popovici")
    p2.line("03.12.2026")
    fields = dict(complainant="Popovici Andrei", transaction_id="71544120", counterparty="retro_gaming_sv",
                  issue="no_answer", contact={"email": "andrei.popovici77@gmail.com"})
    accept = {"complainant": ["Andrei Popovici"], "issue": ["not_delivered"]}
    return [p1, p2], fields, accept, "2-page image-only PDF, printed and unsigned (no ink); seller silent; amount given twice (640 + 25 transport = 665): left unscored"


# =====================================================================
# MEDIATION (3)
# =====================================================================


def m_leather(c: Ctx):
    st = K.Style(family="dserif", size=11)
    p1 = c.page(st)
    p1.line("Marinescu Oana – oana.marinescu@yahoo.com – 0733 901 245", size=10)
    p1.space(6)
    p1.line("Către OKAZII.RO – serviciul de mediere", kind="b")
    p1.space(4)
    p1.line("Cerere de mediere – comanda nr. 71388006", kind="b", align="center")
    p1.space(4)
    p1.para("Am cumpărat de la utilizatorul „fashion_outlet_bv” o geacă descrisă în anunț ca fiind „din piele naturală, "
            "mărimea M”, la prețul de 890 lei. Geaca primită este din piele ecologică (eticheta spune 100% poliuretan), "
            "deci produsul nu corespunde descrierii.")
    p1.para("I-am scris vânzătorului, care susține că „așa a primit-o de la furnizor” și refuză să o primească înapoi.")
    p2 = c.page(st)
    p2.para("Propun următoarea soluție: returnez geaca pe cheltuiala vânzătorului, iar acesta îmi restituie integral suma "
            "de 890 lei. Vă rog să mediați această dispută.")
    p2.space(4)
    p2.line("Cu respect,")
    p2.line("Oana Marinescu, 30.11.2026")
    p2.mark("sig", 22, 70, 0)
    c.sign(p2, "sig", "initials", "ballpoint_blue", w=24, h=12, dx=0, dy=8)
    fields = dict(complainant="Marinescu Oana", transaction_id="71388006", counterparty="fashion_outlet_bv",
                  amount={"value": "890.00", "currency": "RON"}, issue="not_as_described",
                  proposed_resolution="returnez geaca pe cheltuiala vânzătorului, iar acesta îmi restituie integral suma de 890 lei",
                  contact={"email": "oana.marinescu@yahoo.com", "phone": "+40733901245"})
    accept = {"complainant": ["Oana Marinescu"]}
    return [p1, p2], fields, accept, "mediation, 2-page grey TIFF; 'natural leather' that is polyurethane; short initials under the name"


def m_damaged(c: Ctx):
    st = K.Style(family="sans", size=11)
    p = c.page(st)
    p.line("Cerere de mediere – produs deteriorat", kind="b", size=13)
    p.space(3)
    p.table([["Cumpărător", "Tudor Rareș (rares.tudor@outlook.com)"], ["Vânzător", "ceramica_artizanala"],
             ["Comanda", "71420557"], ["Valoare", "2.150 lei"], ["Data livrării", "25.11.2026"]], [45, 110], header=False)
    p.para("Lavoarul din ceramică pictată manual a ajuns spart în două bucăți (poza de mai jos, făcută la deschiderea "
           "coletului, în prezența curierului). Vânzătorul spune că e vina firmei de curierat.", indent=0)
    top = p.y + 2
    a = p.px(40, top)
    b = p.px(150, top + 70)
    p.d.rectangle([a, b], fill=(205, 200, 190), outline=(90, 90, 90), width=3)
    p.d.polygon([p.px(55, top + 50), p.px(95, top + 15), p.px(135, top + 48), p.px(96, top + 62)], fill=(240, 238, 230), outline=(60, 60, 60))
    p.d.line([p.px(92, top + 16), p.px(100, top + 35), p.px(94, top + 61)], fill=(30, 30, 30), width=4)
    p.y = top + 76
    p.para("Propun o reducere de 400 lei din preț; păstrez lavoarul și îl repar. Dacă vânzătorul nu acceptă, cer "
           "returnarea și restituirea integrală.", indent=0)
    p.line("Tudor Rareș, 02.12.2026")
    fields = dict(complainant="Tudor Rareș", transaction_id="71420557", counterparty="ceramica_artizanala",
                  amount={"value": "2150.00", "currency": "RON"}, issue="damaged",
                  contact={"email": "rares.tudor@outlook.com"})
    return [p], fields, {}, "mediation, colour image-only PDF; facts in a two-column table, a pasted photo of the broken sink; unsigned; partial refund proposed (400 lei) with a fallback"


def m_return_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    p.line("FAX", kind="b", size=20)
    p.line("Către: OKAZII.RO – Mediere dispute        De la: Stoica Mirela, Cluj-Napoca", size=10)
    p.line("Nr. fax expeditor: 0264 590 311        Data: 02.12.2026        Pagini: 1", size=10)
    p.hrule()
    p.space(4)
    p.para("Subiect: vânzătorul refuză returnarea – comanda nr. 71499230", kind="b", indent=0)
    p.para("Am cumpărat pe 20.11.2026 o pereche de ghete de la vânzătorul „shoes_cluj_store”, 349 lei. Le-am primit pe "
           "24.11, nu mi se potrivesc și am cerut returnarea în termenul legal de 14 zile, produsul fiind nepurtat, cu "
           "etichete. Vânzătorul refuză, spunând că „nu primește retururi la produse reduse”.")
    p.para("Vă rog să interveniți ca mediator. Propun să returnez ghetele, iar vânzătorul să-mi restituie 349 lei.")
    p.space(8)
    p.mark("sig", 120, 180, 0)
    p.line("Stoica Mirela", x=132)
    c.sign(p, "sig", "steep", "ballpoint_blue", w=34, h=15, dx=0, dy=-6)
    fields = dict(complainant="Stoica Mirela", transaction_id="71499230", counterparty="shoes_cluj_store",
                  amount={"value": "349.00", "currency": "RON"}, issue="return_refused",
                  proposed_resolution="să returnez ghetele, iar vânzătorul să-mi restituie 349 lei",
                  contact={"phone": "+40264590311"})
    return [p], fields, {}, "mediation by FAX from a private number (fax cover layout), return refused within 14 days; signed"


# =====================================================================
# SUPPORT (2) and UNKNOWN (2)
# =====================================================================


def s_postcard(c: Ctx):
    p = c.page(K.Style())
    K.ruled_paper(p, step_mm=9.0, margin=True)
    lines = ["Bună ziua,", "Sunt pensionară și nu am internet acasă, dar nepotul",
             "mi-a făcut cont pe okazii. Vreau să cumpăr o mașină", "de cusut și nu știu cum se plătește la livrare",
             "(ramburs) și dacă se plătește ceva în plus la curier.", "Vă rog să-mi răspundeți la telefon 0740 225 618",
             "sau în scris. Mulțumesc frumos!", "", "Ilie Maria, Bacău, 29.11.2026"]
    y = K.handwriting(p, c.rng, lines, 30, 25, size_pt=14, line_mm=9.0, pen=(20, 30, 90))
    p.y = y
    p.mark("sig", 100, 160, 0)
    c.sign(p, "sig", "upright", "ballpoint_black", w=34, h=13, dx=0, dy=2)
    fields = dict(topic="plata ramburs la livrare", contact={"phone": "+40740225618"})
    return [p], fields, {"topic": ["plata la livrare (ramburs)", "ramburs", "cum se plătește la livrare"]}, \
        "support question hand-written on ruled paper (PNG): how cash on delivery works; signed by the sender"


def s_email_change(c: Ctx):
    p = c.page(K.Style(family="serif", size=12.5, justify=False))
    p.line("Către OKAZII.RO – Asistență clienți", kind="b")
    p.space(6)
    p.para("Bună ziua,", indent=0)
    p.para("Contul meu de utilizator este „dan_colectii_ploiesti”. Adresa de e-mail veche, dan.colectii@yahoo.ro, nu "
           "mai există, așa că nu pot primi codul de resetare a parolei. Cum pot schimba adresa de e-mail a contului? "
           "Noua mea adresă este dan.colectii.ph@gmail.com.", indent=0)
    p.para("Vă mulțumesc,", indent=0)
    p.line("Dan Vasilescu, Ploiești")
    fields = dict(topic="schimbarea adresei de e-mail a contului", contact={"email": "dan.colectii.ph@gmail.com"})
    accept = {"topic": ["schimbarea adresei de e-mail", "resetarea parolei"]}
    return [p], fields, accept, "support: change the account's e-mail address (old mailbox gone); typed, unsigned, 300 dpi grey JPEG"


def u_junk_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=13, justify=False))
    d = p.d
    # starburst "logo" (printed)
    import math as _m
    cx, cy = p.px(170, 38)
    pts = []
    for i in range(32):
        r = (95 if i % 2 == 0 else 60)
        a = _m.pi * 2 * i / 32
        pts.append((cx + r * _m.cos(a), cy + r * _m.sin(a)))
    d.polygon(pts, fill=(0, 0, 0))
    d.text((cx - 55, cy - 22), "-40%", font=K.font("sans-b", 44), fill=(255, 255, 255))
    p.y = 20
    p.line("TONER EXPRES", kind="b", size=30)
    p.line("cartușe compatibile și reîncărcări", size=14)
    p.space(14)
    p.line("OFERTĂ SPECIALĂ PENTRU BIROURI", kind="b", size=20)
    p.space(4)
    p.table([["Produs", "Preț", "Preț ofertă"], ["Toner HP 85A compatibil", "129 lei", "77 lei"],
             ["Toner Brother TN-2420", "149 lei", "89 lei"], ["Reîncărcare Samsung MLT-D111", "95 lei", "55 lei"],
             ["Hârtie A4 80 g, cutie 5 topuri", "135 lei", "99 lei"]], [90, 35, 35], size=12)
    p.para("Livrare gratuită în 24 de ore în București și Ilfov. Comenzi la 0722 000 318 sau comenzi@tonerexpres-ro.com.", indent=0)
    p.space(40)
    p.line("Pentru dezabonare de la aceste faxuri trimiteți STOP la 0722 000 318.", size=9)
    fields = {}
    return [p], fields, {}, "junk advertising fax (toner), printed starburst logo, no ink"


def u_ar_receipt(c: Ctx):
    p = c.page(K.Style(family="sans", size=10, justify=False))
    d = p.d
    p.box(15, 15, 195, 140, width=2)
    p.y = 18
    p.line("POȘTA ROMÂNĂ", kind="b", size=14, x=20)
    p.line("CONFIRMARE DE PRIMIRE (AR)", kind="b", size=12, x=20)
    p.space(3)
    p.line("Trimitere recomandată nr. RR 4412 0937 5 RO", x=20)
    p.line("Expeditor: OKAZII.RO – Departamentul Juridic, Str. Frunzei nr. 29, sector 2, București", x=20)
    p.line("Destinatar: Inspectoratul de Poliție Județean Argeș – S.I.C.E., Str. Exercițiu nr. 45, Pitești", x=20)
    p.space(4)
    p.line("Am primit trimiterea de mai sus.", x=20)
    p.line("Numele și prenumele primitorului: ________________________", x=20)
    p.line("Calitatea: ________________        Data primirii: 03.12.2026", x=20)
    p.space(4)
    p.line("Semnătura primitorului:", x=20)
    p.mark("sigp", 60, 110, 0)
    p.line("Semnătura și ștampila oficiului poștal:", x=110)
    p.mark("postmark", 150, 190, 0)
    handy = K.handwriting(p, c.rng, ["Ionescu M., registratură"], 82, 64, size_pt=12)
    c.sign(p, "sigp", "zigzag", "ballpoint_blue", w=32, h=11, dx=0, dy=8)
    c.stampit(p, "postmark", dx=-4, dy=14, kind="round", top="PITEȘTI 1 • POȘTA ROMÂNĂ", bottom="", center=("03.12.26", "ARGEȘ"),
              color="black", size_mm=28, faint=0.8, rotate=-15)
    p.im = p.im.crop((0, 0, int(p.px(210, 0)[0]), int(p.px(0, 150)[1])))
    fields = {}
    return [p], fields, {}, "a postal return receipt (AR) for OUR letter to a police unit: names IPJ Argeș but asks nothing (unknown); recipient's signature and a round postmark (both ink)"


# =====================================================================

ITEMS = [
    # (function, group, category, genuine, expect_verdict, channel spec)
    (g_valcea, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=True, comp="group4", tsi="+40250559140", tag=270, tagval="+40 250 559 140",
          header="30/11/2026 14:22  +40 250 559 140  POLITIA MUN RM VALCEA      P.001/001")),
    (g_arges, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="jpg", color=True, dpi=200)),
    (g_mures, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=False, comp="group3", tsi="+40265559301", tag=269, tagval="40265559301", dither=True,
          header="NOV-27-2026 11:05 FROM PARCHET TB MURES  40265559301  TO 0213155500  P.{p}")),
    (g_tulcea, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="tif", color=False, dpi=200)),
    (g_pitesti_dna, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="pdf", color=True, dpi=200)),
    (g_sighisoara, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="png", color=False, dpi=200)),
    (g_vaslui, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=True, comp="group4", tsi="+40235559701", tag=269, tagval="TRIBUNALUL VASLUI +40235559701",
          header="03.12.2026 09:47   TRIBUNALUL VASLUI   Fax:+40235559701   Pag. {p}")),
    (g_giurgiu, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=False, comp="group3", tsi="+40246559801", tag=315, tagval="ITPF GIURGIU +40 246 559 801",
          header="28-NOV-2026 16:31  ITPF GIURGIU            +40 246 559 801   #0417 P.01")),
    (g_brasov_anaf, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="jpg", color=True, dpi=200)),
    (g_odorhei, "genuine", "law_enforcement", True, "verified", dict(channel="post", fmt="photo", color=True, dpi=200)),
    (g_botosani, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=True, comp="group4", tsi="+40231559121", tag=270, tagval="fax from +40231559121",
          header="29/11/26 10:02 IPJ BOTOSANI +40231559121 pag {p}")),
    (g_alba, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=True, comp="group3", tsi="+40258559131", tag=270, tagval="+40 258 559 131", dither=True,
          header="20 NOV 2026 13:14   PARCHETUL JUD ALBA IULIA   +40 258 559 131   1/1")),
    (g_caracal, "genuine", "law_enforcement", True, "verified",
     dict(channel="fax", fine=False, comp="group4", tsi="+40249559165", tag=315, tagval="+40249559165", dither=True,
          header="04/12/2026 08:56 POL MUN CARACAL  Tel/Fax +40249559165  Pg 1")),
    (f_stamp_gorj, "forged", "law_enforcement", False, "not_verified", dict(channel="post", fmt="jpg", color=True, dpi=200)),
    (f_pasted_twice, "forged", "law_enforcement", False, "not_verified",
     dict(channel="fax", fine=True, comp="group4", tsi="+40231559121", tag=270, tagval="+40231559121",
          header="03/12/26 12:40 IPJ BOTOSANI +40231559121 pag {p}")),
    (f_page2_other, "forged", "law_enforcement", False, "not_verified", dict(channel="post", fmt="pdf", color=True, dpi=200)),
    (f_unknown_fax, "forged", "law_enforcement", False, "not_verified",
     dict(channel="fax", fine=True, comp="group3", tsi="+40248559299", tag=270, tagval="+40 248 559 299",
          header="04-12-2026 19:58   IPJ ARGES SICE   +40 248 559 299   P.1/1")),
    (f_draft, "forged", "law_enforcement", False, "not_verified",
     dict(channel="fax", fine=False, comp="group3", tsi="+40258559131", tag=270, tagval="+40 258 559 131", dither=True,
          header="05 DEC 2026 10:20   PARCHETUL JUD ALBA IULIA   +40 258 559 131   1/1")),
    (f_unregistered_authority, "forged", "law_enforcement", False, "not_verified", dict(channel="post", fmt="png", color=True, dpi=200)),
    (f_gmail_answer, "forged", "law_enforcement", False, "not_verified",
     dict(channel="fax", fine=False, comp="group3", tsi="+40246559801", tag=315, tagval="ITPF GIURGIU +40 246 559 801",
          header="03-DEC-2026 17:12  ITPF GIURGIU            +40 246 559 801   #0433 P.01")),
    (c_handwritten, "complaint", "complaint", None, None, dict(channel="post", fmt="photo", color=True, dpi=200)),
    (c_english, "complaint", "complaint", None, None, dict(channel="post", fmt="png", color=False, dpi=200, palette=True)),
    (c_company_logo, "complaint", "complaint", None, None, dict(channel="post", fmt="tif", color=True, dpi=200)),
    (c_fax_nodia, "complaint", "complaint", None, None,
     dict(channel="fax", fine=True, comp="group4", tsi="+40236412877", tag=269, tagval="0236412877",
          header="01/12/2026 18:40  0236412877                    P.01")),
    (c_unsigned_pdf, "complaint", "complaint", None, None, dict(channel="post", fmt="pdf", color=False, dpi=200)),
    (m_leather, "mediation", "mediation", None, None, dict(channel="post", fmt="tif", color=False, dpi=200)),
    (m_damaged, "mediation", "mediation", None, None, dict(channel="post", fmt="pdf", color=True, dpi=200)),
    (m_return_fax, "mediation", "mediation", None, None,
     dict(channel="fax", fine=False, comp="group3", tsi="+40264590311", tag=270, tagval="+40 264 590 311",
          header="02.12.2026 20:15  STOICA  +40 264 590 311  P.1")),
    (s_postcard, "support", "support", None, None, dict(channel="post", fmt="png", color=True, dpi=200, palette=True)),
    (s_email_change, "support", "support", None, None, dict(channel="post", fmt="jpg", color=False, dpi=300)),
    (u_junk_fax, "unknown", "unknown", None, None,
     dict(channel="fax", fine=False, comp="group3", tsi=None, tag=315, tagval="TONER EXPRES",
          header="06/12/2026 07:02  TONER EXPRES  0722000318  P.1/1")),
    (u_ar_receipt, "unknown", "unknown", None, None, dict(channel="post", fmt="jpg", color=True, dpi=200)),
]


def e164(s):
    s = "".join(ch for ch in s if ch.isdigit() or ch == "+")
    if s.startswith("+"):
        return s
    if s.startswith("40"):
        return "+" + s
    if s.startswith("0"):
        return "+40" + s[1:]
    return s


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
        if fmt == "photo":
            outs.append(K.phone_photo(K.scan_page(im, rng, skew=0, falloff=0.0, noise=1.0), rng))
        else:
            lossless = fmt == "png" or (fmt == "tif" and grey)
            o = K.scan_page(im, rng, grey=grey, fold=(i == 0 and fmt in ("jpg", "pdf")), holes=(fmt == "tif"),
                            noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
            if lossless and grey:
                o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
            outs.append(o)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt in ("jpg", "photo"):
        outs[0].save(path, quality=66 if fmt == "jpg" else 68, dpi=dpi if fmt == "jpg" else (72, 72), optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + ("-photo" if fmt == "photo" else f"-{ch['dpi']}dpi")
    if fmt == "png":
        im = outs[0]
        if ch.get("palette"):
            im = im.convert("RGB").quantize(colors=16 if grey else 32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
            im.save(path, dpi=dpi, optimize=True)
            return f"png-palette{16 if grey else 32}-{ch['dpi']}dpi"
        im = im.convert("L").point(lambda v: (v // 16) * 17)
        im.save(path, dpi=dpi, optimize=True, bits=4)
        return f"png-grey-{ch['dpi']}dpi"
    if fmt == "tif":
        if grey:
            fr = [o.convert("L") for o in outs]
            fr[0].save(path, compression="tiff_adobe_deflate", save_all=True, append_images=fr[1:], dpi=dpi)
            return f"tiff-grey-deflate-{ch['dpi']}dpi"
        fr = [o.convert("RGB") for o in outs]
        fr[0].save(path, compression="jpeg", quality=50, save_all=True, append_images=fr[1:], dpi=dpi)
        return f"tiff-colour-jpeg-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:  # recompress each page as JPEG first so the PDF stays small
            b = io.BytesIO()
            o.save(b, "JPEG", quality=50)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Canon iR-ADV C5535 (scan to folder)", creator="Canon iR-ADV C5535",
                   creationDate=time.strptime("20261205091200", "%Y%m%d%H%M%S"), modDate=time.strptime("20261205091200", "%Y%m%d%H%M%S"))
        return "pdf-image-only-" + ("grey" if grey else "colour")
    raise ValueError(fmt)


def main():
    master = random.Random(SEED)
    order = list(range(len(ITEMS)))
    master.shuffle(order)
    numbers = {idx: n + 1 for n, idx in enumerate(order)}
    # split: half of each group dev, half blind (seeded)
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
    reg = json.load(open(os.path.join(HERE, "registry_additions.json"), encoding="utf-8"))["authorities"]
    reg_fax = {f: a["name"] for a in reg for f in a["fax_numbers"]}
    for f in os.listdir(HERE):
        if f.startswith("p") and f[1:3].isdigit():
            os.remove(os.path.join(HERE, f))
    lines = []
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
            ext = {"jpg": "jpg", "photo": "jpg", "png": "png", "tif": "tif", "pdf": "pdf"}[ch["fmt"]]
            name = f"p{n:02d}_{'photo' if ch['fmt'] == 'photo' else 'scan'}.{ext}"
            fmt = write_post(imgs, os.path.join(HERE, name), ch, rng)
        fax_number = e164(ch["tsi"]) if ch["channel"] == "fax" and ch["tsi"] else None  # the number in the TIFF tags
        if cat == "law_enforcement" and genuine:
            assert fax_number is None or fax_number in reg_fax, (fn.__name__, fax_number)
        rec = {"file": "paper/" + name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine if cat == "law_enforcement" else None
        rec["expect_verdict"] = verdict if cat == "law_enforcement" else None
        if cat == "law_enforcement" and fax_number:
            notes += f"; sending number {fax_number}" + (f" is {reg_fax[fax_number]}'s registry fax" if fax_number in reg_fax else " is in no registry")
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
        print(f"{name:18s} {cat:16s} {group:9s} {split[i]:5s} pages={len(imgs)} {fmt} ink={c.sig},{c.stamp} "
              f"{os.path.getsize(os.path.join(HERE, name)) // 1024} KB")
    lines.sort(key=lambda t: t[0])
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for _, rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
