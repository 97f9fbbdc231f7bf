"""Blind round 9, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round9/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, f_le, write_fax, write_post, main) are round 8's, copied as
tools (write_post gained a skew, a JPEG quality and a bilevel 300 dpi TIFF); the letter builder, the letters and
ITEMS are new. Deterministic (seed 20261350). The authorities and their fax numbers are the world's
(../world/authorities.json).
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

SEED = 20261350
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
# round 9: one flexible letter builder, so that each letter varies layout, registration line, lists, pages and ink
# =====================================================================

OKZ = ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OKZ_ND = ["Catre", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor - Departamentul Juridic",
          "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def _footer(p, s, size=8.5):
    y = p.y
    p.y = 283.0
    p.line(s, size=size, align="center")
    p.y = y


def build(c: Ctx, S: dict):
    """S: the letter's spec (see the ITEMS below). Returns the pages (RecPage)."""
    st = K.Style(family=S.get("family", "serif"), size=S.get("size", 11.5), justify=S.get("justify", True),
                 margin_t=S.get("margin_t", 16.0), indent=S.get("indent", 10.0))
    pages = [c.page(st)]
    p = pages[0]
    if c.ch["channel"] == "fax":
        p.space(6)  # room for the sending machine's header line
    if S.get("arms"):
        K.print_emblem(p, 32, p.y + 9, 16, color=(70, 70, 70))
        st.margin_l += 18
    if S.get("center_head"):
        for i, s_ in enumerate(S["center_head"]):
            p.line(s_, size=S.get("head_size", 10.5), kind="b", align="center")
        p.space(2)
    if S.get("head"):
        heading(p, S["head"], S.get("head_right", ()), size=S.get("head_size", 10.5))
    if S.get("arms"):
        st.margin_l -= 18
    reg = S.get("reg")
    if reg and reg[0] == "box":
        x0, x1 = 120, 188
        y0 = p.y
        for s_ in reg[1]:
            p.line(s_, size=10, x=x0 + 3)
        p.box(x0, y0 - 1.5, x1, p.y + 0.5)
        p.space(3)
    elif reg and reg[0] == "table":
        p.table(reg[1], reg[2], size=9.5)
    elif reg and reg[0] == "lines":
        for s_ in reg[1]:
            p.line(s_, size=S.get("reg_size", 11), kind=S.get("reg_kind", ""), align=S.get("reg_align", "left"))
        p.space(3)
    if S.get("confid"):
        p.line(S["confid"], kind="b", align="right", size=10)
    p.space(4)
    addressee(p, S.get("to", OKZ), x=S.get("to_x", 95.0))
    if S.get("title"):
        p.line(S["title"], kind="b", align="center", size=13)
        p.space(3)
    pages_spec = S["body"]  # list of pages; each a list of blocks ("p", text) ("l", items, style) ("t", rows, widths)
    for pi, blocks in enumerate(pages_spec):
        if pi > 0:
            p = c.page(st)
            pages.append(p)
            if c.ch["channel"] == "fax":
                p.space(6)
            if S.get("cont_header"):
                p.line(S["cont_header"], size=9, kind="b")
                p.hrule()
                p.space(3)
        for b in blocks:
            if b[0] == "p":
                p.para(b[1])
            elif b[0] == "l":
                p.items(b[1], style=b[2], start=b[3] if len(b) > 3 else 1)
                p.space(1.5)
            elif b[0] == "t":
                p.table(b[1], b[2])
                p.space(1.5)
            elif b[0] == "sp":
                p.space(b[1])
            elif b[0] == "sig":
                p.space(S.get("sig_gap", 8))
                p.sigblock(S["sig"], align=S.get("sig_align", "right"), width_mm=S.get("sig_w", 80))
            elif b[0] == "line":
                p.line(b[1], kind=b[2] if len(b) > 2 else "")
        nums = S.get("numbering")
        if nums:
            lab = S.get("page_labels", list(range(1, len(pages_spec) + 1)))[pi]
            _footer(p, nums.format(i=lab, n=S.get("of", len(pages_spec))))
        if pi == len(pages_spec) - 1 and S.get("bottom_reg"):
            p.y = 268.0
            for s_ in S["bottom_reg"]:
                p.line(s_, size=9)
    return pages


def ink(c: Ctx, p, S: dict):
    """Signature and stamp on the last page, as the spec says (anchor 'sig' / 'sig_last')."""
    sg = S.get("ink_sig")
    if sg:
        c.sign(p, sg.get("anchor", "sig"), sg["hand"], sg["pen"], w=sg.get("w", 46), h=sg.get("h", 16),
               dx=sg.get("dx", 0.0), dy=sg.get("dy", 0.0), slant=sg.get("slant"))
    sp = S.get("ink_stamp")
    if sp:
        kw = dict(sp)
        anchor, dx, dy = kw.pop("anchor", "sig"), kw.pop("dx", -30.0), kw.pop("dy", 0.0)
        c.stampit(p, anchor, dx=dx, dy=dy, **kw)


def letter(S: dict):
    def fn(c: Ctx):
        pages = build(c, S)
        ink(c, pages[-1], S)
        if S.get("post"):
            S["post"](c, pages)
        return pages, S["fields"], S.get("accept"), S["notes"]
    fn.__name__ = S["name"]
    return fn


def IALOMITA(unit):
    return ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN IALOMIȚA", unit]


# ---------------------------------------------------------------- genuine (11)

G_SLOBOZIA = dict(
    name="g_slobozia_police_oval", head=IALOMITA("POLIȚIA MUNICIPIULUI SLOBOZIA"), head_right=("NESECRET",),
    reg=("box", ["Nr. 402.118", "din 01.12.2026", "Ex. unic"]),
    body=[[("p", "În baza art. 170 din Codul de procedură penală, în dosarul penal nr. 3870/P/2026, privind "
                 "infracțiunea de înșelăciune, vă rugăm să ne comunicați, cu privire la utilizatorul "
                 "ialomita_electrocasnice, cu numărul de telefon 0735 204 611:"),
           ("l", ["datele de identificare ale titularului contului;",
                  "tranzacțiile încheiate în perioada 01.09.2026 - 30.11.2026;",
                  "adresele IP de la care a fost accesat contul în aceeași perioadă."], "num"),
           ("p", "Răspunsul îl veți transmite prin e-mail, la adresa politia.slobozia@il.politiaromana.ro."),
           ("sig",)]],
    sig=["ȘEFUL POLIȚIEI MUNICIPIULUI SLOBOZIA", "Comisar-șef de poliție", "Niculae Ștefan-Adrian"],
    ink_sig=dict(hand="flourish", pen="ballpoint_blue", w=52, h=18, anchor="sig_last", dx=2, dy=-2),
    ink_stamp=dict(kind="oval", top="ROMÂNIA * M.A.I. * I.P.J. IALOMIȚA", bottom="SLOBOZIA",
                   center=("POLIȚIA", "MUNICIPIULUI"), color="blue", size_mm=30, aspect=1.45, dx=-38, dy=-2),
    fields=f_le("police", authority="Poliția Municipiului Slobozia", reference_number="402.118",
                reference_date="2026-12-01", case_number="3870/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "ialomita_electrocasnice"},
                          {"kind": "phone", "value": "+40735204611"}],
                requested_data=["datele de identificare ale titularului contului",
                                "tranzacțiile încheiate în perioada 01.09.2026 - 30.11.2026",
                                "adresele IP de la care a fost accesat contul în aceeași perioadă"],
                period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="politia.slobozia@il.politiaromana.ro",
                signatory="Comisar-șef de poliție Niculae Ștefan-Adrian"),
    accept={"authority": ["Inspectoratul de Poliție Județean Ialomița", "IPJ Ialomița"], "reference_number": ["402118"]},
    notes="municipal police under IPJ Ialomița; number and date in a drawn box; OVAL stamp; a long flourish "
          "signature drawn OVER the printed name; G4 fine fax")

G_PJ_SLOBOZIA = dict(
    name="g_pj_slobozia_2p_violet", center_head=["ROMÂNIA", "MINISTERUL PUBLIC",
                                                  "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SLOBOZIA"],
    reg=("lines", ["Nr. 2904/II/2/2026                                                       Slobozia, 30.11.2026"]),
    numbering="Pagina {i} din {n}", family="dserif", size=11,
    body=[[("p", "Parchetul de pe lângă Judecătoria Slobozia efectuează urmărirea penală în dosarul nr. "
                 "1522/P/2026, privind infracțiunile de înșelăciune și fals informatic, săvârșite prin "
                 "intermediul unor anunțuri publicate pe platforma administrată de dumneavoastră."),
           ("p", "În cauză s-a stabilit că persoanele vătămate au achitat sume de bani prin transfer bancar, "
                 "fără a primi bunurile, iar anunțurile au fost retrase după încasarea sumelor. Pentru "
                 "identificarea autorilor, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne "
                 "comunicați, pentru utilizatorii slobozia_auto_piese (ID 30577120) și mariusel.ro "
                 "(e-mail mariusel.ro.vanzari@gmail.com):"),
           ("l", ["datele de identificare ale titularilor conturilor;",
                  "numerele de telefon și adresele de e-mail asociate;",
                  "conturile bancare indicate pentru plată;"], "let")],
          [("l", ["istoricul autentificărilor, cu adresele IP, în perioada 01.08.2026 - 29.11.2026."], "let", 4),
           ("p", "Vă rugăm să ne transmiteți datele prin e-mail, la adresa pj.slobozia@mpublic.ro, sau prin "
                 "curier, la sediul parchetului."),
           ("sig",)]],
    sig=["Prim-procuror,", "Dumitrache Valentina"],
    ink_sig=dict(hand="steep", pen="gel_violet", w=38, h=15, anchor="sig_last", dx=0, dy=-9),
    ink_stamp=dict(kind="round", top="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SLOBOZIA",
                   center=("PARCHET",), color="violet", size_mm=36, single=True, dx=-42, dy=2),
    fields=f_le("prosecutor", authority="Parchetul de pe lângă Judecătoria Slobozia", reference_number="2904/II/2/2026",
                reference_date="2026-11-30", case_number="1522/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "slobozia_auto_piese"}, {"kind": "user_id", "value": "30577120"},
                          {"kind": "username", "value": "mariusel.ro"},
                          {"kind": "email", "value": "mariusel.ro.vanzari@gmail.com"}],
                requested_data=["datele de identificare ale titularilor conturilor",
                                "numerele de telefon și adresele de e-mail asociate",
                                "conturile bancare indicate pentru plată",
                                "istoricul autentificărilor, cu adresele IP, în perioada 01.08.2026 - 29.11.2026"],
                period={"from": "2026-08-01", "to": "2026-11-29"}, response_channel="both",
                signatory="Prim-procuror Dumitrache Valentina"),
    notes="district prosecutors' office; TWO pages 'Pagina 1 din 2'/'Pagina 2 din 2', the lettered list runs over "
          "the page break, signature and stamp on page 2 only; violet SINGLE-ring stamp with no inner circle; "
          "G3 standard fax")

G_HARGHITA = dict(
    name="g_harghita_bilingual_rect",
    head=["ROMÂNIA – ROMÁNIA", "MINISTERUL AFACERILOR INTERNE – BELÜGYMINISZTÉRIUM",
          "INSPECTORATUL DE POLIȚIE JUDEȚEAN HARGHITA", "HARGITA MEGYEI RENDŐR-FŐKAPITÁNYSÁG",
          "Serviciul de Investigații Criminale"], head_size=9.5,
    reg=("lines", ["Nr. 118.407 din 2 decembrie 2026", "Miercurea Ciuc"], ), reg_align="right",
    family="sans", size=11,
    body=[[("p", "În dosarul penal nr. 2764/P/2026 al Parchetului de pe lângă Judecătoria Miercurea Ciuc, în baza "
                 "art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare, adresele IP și istoricul "
                 "tranzacțiilor pentru contul cu ID 30664019 (utilizator csiki_faipar), în perioada 01.10.2026 - "
                 "30.11.2026."),
           ("p", "Răspunsul va fi transmis prin curier, la sediul I.P.J. Harghita, Str. Florilor nr. 4, Miercurea Ciuc."),
           ("sig",)]],
    sig=["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Ferencz Csaba"],
    ink_sig=dict(hand="upright", pen="ballpoint_black", w=40, h=14, anchor="sig", dx=0, dy=-1),
    ink_stamp=dict(kind="rect2", top="I.P.J. HARGHITA", rect_lines=("SERVICIUL DE INVESTIGAȚII CRIMINALE",
                                                                     "MIERCUREA CIUC"),
                   color="blue", size_mm=18, aspect=2.6, rotate=3, dx=-50, dy=6),
    fields=f_le("police", authority="Inspectoratul de Poliție Județean Harghita", reference_number="118.407",
                reference_date="2026-12-02", case_number="2764/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "30664019"}, {"kind": "username", "value": "csiki_faipar"}],
                period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="courier",
                signatory="Comisar-șef de poliție Ferencz Csaba"),
    accept={"authority": ["IPJ Harghita"], "reference_number": ["118407"]},
    notes="IPJ Harghita's criminal investigations service; Romanian-Hungarian heading; date in words; data asked "
          "in one prose sentence (requested_data unscored); RECTANGULAR double-frame stamp with lettering; grey "
          "palette PNG 150 dpi")

G_PJ_MCIUC = dict(
    name="g_pj_mciuc_pdf_2of2_red_edge", center_head=["ROMÂNIA", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MIERCUREA CIUC"],
    reg=("lines", ["Nr. 3310/II/2/2026", "Data: 03.12.2026"], ), reg_kind="b", numbering="{i}/{n}",
    family="free", size=12,
    body=[[("p", "Referitor la dosarul penal nr. 2233/P/2026, având ca obiect infracțiunea de înșelăciune prevăzută "
                 "de art. 244 din Codul penal, în care persoana vătămată a achitat un avans pentru un autoturism "
                 "care nu i-a fost livrat niciodată, vă comunicăm următoarele."),
           ("p", "În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne transmiteți, pentru "
                 "utilizatorul harghita_autoturisme și pentru tranzacția nr. 70455812:"),
           ("l", ["– datele de identificare declarate de titularul contului;",
                  "– datele de contact (telefon, e-mail) asociate contului;"], "none")],
          [("l", ["– mesajele schimbate cu cumpărătorul în legătură cu tranzacția nr. 70455812."], "none"),
           ("p", "Răspunsul va fi transmis electronic, la adresa pj.mciuc@mpublic.ro."),
           ("sig",)]],
    sig=["Procuror,", "Lőrincz Hajnal"],
    ink_sig=dict(hand="coil", pen="felt_black", w=42, h=15, anchor="sig_last", dx=4, dy=-8),
    ink_stamp=dict(kind="double", top="ROMÂNIA * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MIERCUREA CIUC",
                   center=("*",), color="red", size_mm=40, arms=True, partial="right", dx=32, dy=0),
    fields=f_le("prosecutor", authority="Parchetul de pe lângă Judecătoria Miercurea Ciuc",
                reference_number="3310/II/2/2026", reference_date="2026-12-03", case_number="2233/P/2026",
                legal_basis=["art. 170 CPP"], subjects=[{"kind": "username", "value": "harghita_autoturisme"}],
                transactions=["70455812"],
                requested_data=["datele de identificare declarate de titularul contului",
                                "datele de contact (telefon, e-mail) asociate contului",
                                "mesajele schimbate cu cumpărătorul în legătură cu tranzacția nr. 70455812"],
                response_channel="electronic", reply_to="pj.mciuc@mpublic.ro", signatory="Procuror Lőrincz Hajnal"),
    notes="district prosecutors' office; colour image-only PDF of two pages numbered '1/2', '2/2'; dashed list "
          "over the break; a thick felt-pen signature; a RED double-ring stamp with arms partly OFF the right edge "
          "(half printed); the offence's article is no legal basis")

G_BRAILA_S2 = dict(
    name="g_braila_sectia2_table_roman",
    head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA",
          "POLIȚIA MUNICIPIULUI BRĂILA – SECȚIA 2 POLIȚIE"],
    reg=("table", [["Număr", "Data", "Dosar penal"], ["88.215", "01.XII.2026", "7120/P/2026"]], [40, 40, 48]),
    body=[[("p", "În temeiul art. 170 din Codul de procedură penală, vă rugăm să comunicați Secției 2 Poliție, "
                 "pentru utilizatorul cu adresa de e-mail dan.braila.vanzari@gmail.com și pentru tranzacția nr. "
                 "70911304:"),
           ("l", ["datele de identificare ale vânzătorului;", "data și suma plătită de cumpărător;",
                  "adresa de livrare indicată."], "paren"),
           ("p", "Răspunsul va fi transmis la adresa de e-mail sectia2.braila@br.politiaromana.ro."),
           ("sig",)]],
    sig=["ȘEFUL SECȚIEI", "Inspector principal de poliție", "Gheorghiu Lucian"],
    ink_sig=dict(hand="zigzag", pen="ballpoint_blue2", w=36, h=12, anchor="sig_last", dx=0, dy=-5),
    ink_stamp=dict(kind="round", top="M.A.I. * I.P.J. BRĂILA * SECȚIA 2 POLIȚIE", center=("BRĂILA",),
                   color="blue", size_mm=24, anchor="sig_last", dx=-4, dy=-6),
    fields=f_le("police", authority="Poliția Municipiului Brăila – Secția 2 Poliție", reference_number="88.215",
                reference_date="2026-12-01", case_number="7120/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "email", "value": "dan.braila.vanzari@gmail.com"}], transactions=["70911304"],
                requested_data=["datele de identificare ale vânzătorului", "data și suma plătită de cumpărător",
                                "adresa de livrare indicată"],
                response_channel="electronic", reply_to="sectia2.braila@br.politiaromana.ro",
                signatory="Inspector principal de poliție Gheorghiu Lucian"),
    accept={"authority": ["Poliția Municipiului Brăila", "Secția 2 Poliție", "Inspectoratul de Poliție Județean Brăila",
                          "IPJ Brăila"], "reference_number": ["88215"]},
    notes="a police section under IPJ Brăila; number, roman-month date and case in a table; '1)' list; a SMALL "
          "stamp (24 mm) struck right over the signature; G4 standard fax from IPJ Brăila's second registry fax")

GORJ_USERS = [["Nr.", "Utilizator", "ID", "Telefon"],
              ["1", "gorj.lemne.foc", "30801177", "0762 118 390"],
              ["2", "rovinari_peleti", "30801542", "0753 004 218"],
              ["3", "vanzari.tg.jiu", "30812206", "0729 610 455"]]

G_GORJ_SICE = dict(
    name="g_gorj_sice_users_table_rotated",
    head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ",
          "Serviciul de Investigare a Criminalității Economice"], head_right=("NESECRET", "Târgu Jiu"),
    reg=("lines", ["Nr. 320.006 din 02.12.2026"]), arms=True, size=11,
    body=[[("p", "Vă aducem la cunoștință că S.I.C.E. – I.P.J. Gorj efectuează cercetări în dosarul penal nr. "
                 "2415/P/2026 al Parchetului de pe lângă Tribunalul Gorj, privind infracțiuni de evaziune fiscală "
                 "săvârșite prin vânzarea de lemne de foc și peleți fără documente legale."),
           ("p", "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorii "
                 "din tabelul de mai jos:"),
           ("t", GORJ_USERS, [14, 50, 34, 42]),
           ("l", ["datele de identificare declarate;", "numărul de anunțuri publicate și prețurile afișate;",
                  "veniturile încasate prin platformă în anul 2026."], "dash"),
           ("p", "Răspunsul va fi transmis electronic, pe adresa sice.gorj@gj.politiaromana.ro."),
           ("sig",)]],
    sig=["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Bărbulescu Cristian"], sig_align="right",
    ink_sig=dict(hand="initials", pen="ballpoint_blue", w=18, h=12, anchor="sig_last", dx=-38, dy=-1),
    ink_stamp=dict(kind="double", top="ROMÂNIA * MINISTERUL AFACERILOR INTERNE * I.P.J. GORJ",
                   center=("S.I.C.E.",), color="violet", size_mm=44, arms=True, rotate=40, dx=-58, dy=-4),
    fields=f_le("police", authority="Inspectoratul de Poliție Județean Gorj", reference_number="320.006",
                reference_date="2026-12-02", case_number="2415/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "gorj.lemne.foc"}, {"kind": "user_id", "value": "30801177"},
                          {"kind": "phone", "value": "+40762118390"},
                          {"kind": "username", "value": "rovinari_peleti"}, {"kind": "user_id", "value": "30801542"},
                          {"kind": "phone", "value": "+40753004218"},
                          {"kind": "username", "value": "vanzari.tg.jiu"}, {"kind": "user_id", "value": "30812206"},
                          {"kind": "phone", "value": "+40729610455"}],
                requested_data=["datele de identificare declarate", "numărul de anunțuri publicate și prețurile afișate",
                                "veniturile încasate prin platformă în anul 2026"],
                response_channel="electronic", reply_to="sice.gorj@gj.politiaromana.ro",
                signatory="Comisar-șef de poliție Bărbulescu Cristian"),
    accept={"authority": ["IPJ Gorj"], "reference_number": ["320006"]},
    notes="IPJ Gorj's economic crime service; printed arms in the letterhead (not a stamp); a table of three "
          "users; dashed list; short INITIALS to the LEFT of the printed name; a LARGE violet stamp rotated 40 "
          "degrees; colour JPEG 200 dpi scanned 2.5 degrees askew")

G_JUD_SLATINA = dict(
    name="g_jud_slatina_faint_far_sig",
    center_head=["ROMÂNIA", "JUDECĂTORIA SLATINA", "Secția penală"],
    reg=("lines", ["Dosar nr. 6021/311/2026"], ), family="serif", size=11.5,
    body=[[("p", "Judecătoria Slatina, în dosarul de mai sus, aflat în faza de judecată, în temeiul art. 170 din "
                 "Codul de procedură penală, vă solicită să comunicați, pentru contul de utilizator "
                 "slatina_telefoane_second (e-mail slatina.gsm.2nd@gmail.com), următoarele:"),
           ("l", ["datele de identificare ale titularului contului", "lista tranzacțiilor din perioada "
                  "01.03.2026 - 31.07.2026", "corespondența cu cumpărătorul din tranzacția nr. 66120984"], "dash"),
           ("p", "Relațiile vor fi trimise prin curier, la registratura instanței, Str. Mihail Kogălniceanu nr. 1, "
                 "Slatina, cu mențiunea numărului de dosar."),
           ("sig",)]],
    sig=["Judecător,", "Mitrea Oana-Gabriela"], sig_align="left", sig_w=70,
    bottom_reg=["Nr. 40.917 din 03.12.2026", "Operator de date cu caracter personal nr. 3147"],
    ink_sig=dict(hand="flourish", pen="ballpoint_black", w=60, h=20, anchor=(120.0, 232.0)),
    ink_stamp=dict(kind="double", top="ROMÂNIA * JUDECĂTORIA SLATINA * JUDEȚUL OLT", center=("*",),
                   color="black", size_mm=38, arms=True, faint=0.6, anchor="sig", dx=42, dy=2),
    fields=f_le("court", authority="Judecătoria Slatina", reference_number="40.917", reference_date="2026-12-03",
                case_number="6021/311/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "slatina_telefoane_second"},
                          {"kind": "email", "value": "slatina.gsm.2nd@gmail.com"}],
                transactions=["66120984"],
                requested_data=["datele de identificare ale titularului contului",
                                "lista tranzacțiilor din perioada 01.03.2026 - 31.07.2026",
                                "corespondența cu cumpărătorul din tranzacția nr. 66120984"],
                period={"from": "2026-03-01", "to": "2026-07-31"}, response_channel="courier",
                signatory="Judecător Mitrea Oana-Gabriela"),
    accept={"reference_number": ["40917"]},
    notes="district court in the trial phase; the letter's number and date only at the BOTTOM of the page; "
          "signatory block on the left and a long flourish drawn FAR from it (lower middle, near no anchor word); "
          "a FAINT black stamp (0.6 of the ink); posted, scanned black-and-white 300 dpi (bilevel TIFF G4)")

G_CARACAL = dict(
    name="g_caracal_nodia_continuation_dashed",
    head=["ROMANIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLITIE JUDETEAN OLT",
          "POLITIA MUNICIPIULUI CARACAL"], head_right=("Nesecret", "Caracal, 02.XII.2026", "Nr. 77.904"),
    to=OKZ_ND, family="lmono", size=10.5, justify=False, indent=0,
    cont_header="Continuare la adresa nr. 77.904 din 02.XII.2026 - Politia Municipiului Caracal",
    body=[[("p", "Politia Municipiului Caracal efectueaza cercetari in dosarul penal nr. 4410/P/2026, "
                 "inregistrat la Parchetul de pe langa Judecatoria Caracal, ca urmare a plangerilor a trei "
                 "persoane care au achitat contravaloarea unor telefoane mobile, bunuri care nu au fost livrate."),
           ("p", "Din verificarile efectuate a rezultat ca anunturile au fost publicate de utilizatorul "
                 "caracal_gsm_outlet, iar platile au fost efectuate in contul RO66 BACX 0000 0024 8810 1001."),
           ("p", "Avand in vedere dispozitiile art. 170 din Codul de procedura penala, va rugam sa ne comunicati "
                 "pentru acest utilizator:")],
          [("l", ["datele de identificare declarate la inregistrare;",
                  "numerele de telefon si adresele de e-mail asociate contului;",
                  "anunturile publicate in perioada 01.10.2026 - 01.12.2026;",
                  "adresele IP utilizate la publicarea anunturilor."], "num"),
           ("p", "Raspunsul va fi transmis prin e-mail, la adresa politia.caracal@ot.politiaromana.ro."),
           ("sig",)]],
    sig=["SEFUL POLITIEI MUNICIPIULUI CARACAL", "Comisar-sef de politie", "Tudose Marin"],
    ink_sig=dict(hand="wave", pen="ballpoint_blue", w=44, h=15, anchor="sig", dx=6, dy=4),
    ink_stamp=dict(kind="double", top="ROMANIA * M.A.I. * I.P.J. OLT * POLITIA MUNICIPIULUI CARACAL",
                   center=("CARACAL",), color="blue", size_mm=35, dashed=True, dx=-44, dy=0),
    fields=f_le("police", authority="Poliția Municipiului Caracal", reference_number="77.904",
                reference_date="2026-12-02", case_number="4410/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "caracal_gsm_outlet"},
                          {"kind": "iban", "value": "RO66BACX0000002488101001"}],
                requested_data=["datele de identificare declarate la inregistrare",
                                "numerele de telefon si adresele de e-mail asociate contului",
                                "anunturile publicate in perioada 01.10.2026 - 01.12.2026",
                                "adresele IP utilizate la publicarea anunturilor"],
                period={"from": "2026-10-01", "to": "2026-12-01"}, response_channel="electronic",
                reply_to="politia.caracal@ot.politiaromana.ro", signatory="Comisar-șef de poliție Tudose Marin"),
    accept={"authority": ["Inspectoratul de Poliție Județean Olt", "IPJ Olt", "Politia Municipiului Caracal"],
            "reference_number": ["77904"], "signatory": ["Comisar-sef de politie Tudose Marin"]},
    notes="municipal police under IPJ Olt; NO diacritics, monospaced; roman month; two pages WITHOUT page numbers, "
          "page 2 opens with a continuation header naming the letter; the IBAN where victims paid; a stamp whose "
          "outer ring is DASHED; dithered G3 fine fax from IPJ Olt's second registry number")

G_DIICOT_OR = dict(
    name="g_diicot_oradea_png_black_single",
    center_head=["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                 "SERVICIUL TERITORIAL ORADEA"], head_size=9.5,
    reg=("lines", ["Dosar nr. 1302/D/P/2026", "Nr. 2402/II/2/2026 – Oradea, 03.12.2026"]),
    family="dserif", size=11,
    body=[[("p", "În temeiul art. 170 din Codul de procedură penală, în cauza de mai sus, privind infracțiunea de "
                 "trafic de droguri de risc, vă solicităm să ne comunicați, cu privire la utilizatorul "
                 "oradea_seminte_rare (telefon 0771 240 316):"),
           ("l", ["datele de identificare și documentele încărcate la verificarea contului;",
                  "toate tranzacțiile încheiate, cu adresele de livrare;",
                  "adresele IP ale autentificărilor din ultimele 6 luni."], "num"),
           ("p", "Răspunsul se va transmite electronic, la adresa st.oradea@diicot.ro."),
           ("sig",)]],
    sig=["Procuror,", "Pantea Claudiu"],
    ink_sig=dict(hand="upright", pen="ballpoint_black", w=34, h=11, anchor="sig_last", dx=2, dy=-8),
    ink_stamp=dict(kind="round", top="ROMÂNIA * P.Î.C.C.J. * D.I.I.C.O.T. * SERVICIUL TERITORIAL ORADEA",
                   center=("DIICOT",), color="black", size_mm=34, single=True, dx=-40, dy=-3),
    fields=f_le("prosecutor", authority="DIICOT – Serviciul Teritorial Oradea", reference_number="2402/II/2/2026",
                reference_date="2026-12-03", case_number="1302/D/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "oradea_seminte_rare"}, {"kind": "phone", "value": "+40771240316"}],
                requested_data=["datele de identificare și documentele încărcate la verificarea contului",
                                "toate tranzacțiile încheiate, cu adresele de livrare",
                                "adresele IP ale autentificărilor din ultimele 6 luni"],
                response_channel="electronic", reply_to="st.oradea@diicot.ro", signatory="Procuror Pantea Claudiu"),
    accept={"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "DIICOT",
                          "Serviciul Teritorial Oradea"]},
    notes="DIICOT territorial service by post; a thin black ballpoint signature; a BLACK single-ring stamp without "
          "arms; colour palette PNG 150 dpi")

G_TB_GORJ = dict(
    name="g_tribunal_gorj_fax_prose",
    head=["ROMÂNIA", "TRIBUNALUL GORJ", "SECȚIA PENALĂ"], head_right=("Dosar nr. 2388/95/2026", "Nr. 19.502 din 04.12.2026"),
    arms=True, size=11.5,
    body=[[("p", "Tribunalul Gorj – Secția penală, în temeiul art. 170 din Codul de procedură penală, vă solicită "
                 "ca, până la data de 18.12.2026, să comunicați pentru contul de utilizator cu ID 12990318 datele "
                 "de identificare declarate, lista tranzacțiilor din perioada 01.01.2026 - 30.11.2026 și adresele IP "
                 "de la care au fost publicate anunțurile."),
           ("p", "Relațiile vor fi comunicate prin curier, la registratura Tribunalului Gorj."),
           ("sig",)]],
    sig=["Președinte complet,", "judecător Stănescu Dragoș"],
    ink_sig=dict(hand="lasso", pen="fountain_blue", w=44, h=16, anchor="sig_last", dx=0, dy=-7),
    ink_stamp=dict(kind="double", top="ROMÂNIA * TRIBUNALUL GORJ", center=(), color="blue", size_mm=38, arms=True,
                   dx=-44, dy=-2),
    fields=f_le("court", authority="Tribunalul Gorj", reference_number="19.502", reference_date="2026-12-04",
                case_number="2388/95/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "12990318"}], transactions=[],
                period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
                signatory="judecător Stănescu Dragoș"),
    accept={"reference_number": ["19502"], "signatory": ["Judecător Stănescu Dragoș"]},
    notes="tribunal; printed arms; case and number in the right column; the data asked in one prose sentence "
          "(requested_data unscored); a hearing-related deadline that is not the letter's date; double-ring stamp "
          "with arms; G4 fine fax from the tribunal's registry number")


# ---------------------------------------------------------------- forged / defective (5), new classes

def _annul(c: Ctx, pages):
    p = pages[-1]
    c.stampit(p, (105.0, 128.0), kind="rect", top="ANULAT", rect_lines=("s-a emis adresa nr. 402.390",),
              color="red", size_mm=22, aspect=3.2, rotate=-18, faint=0.95)


F_ANNULLED = dict(G_SLOBOZIA, name="f_annulled_letter",
                  reg=("box", ["Nr. 402.377", "din 30.11.2026", "Ex. unic"]),
                  post=_annul,
                  fields=f_le("police", case_number="3870/P/2026"),
                  accept=None,
                  notes="ANNULLED LETTER: a complete, signed and stamped Slobozia police letter, with a red "
                        "rectangular 'ANULAT - s-a emis adresa nr. 402.390' stamp struck across its body: the issuer "
                        "cancelled it; a cancelled letter is no request (ink.stamp counts both stamps)")


F_MIRROR = dict(G_HARGHITA, name="f_mirrored_stamp",
                reg=("lines", ["Nr. 118.455 din 4 decembrie 2026", "Miercurea Ciuc"]),
                ink_stamp=dict(kind="double", top="ROMÂNIA * M.A.I. * I.P.J. HARGHITA", center=("S.I.C.",),
                               color="blue", size_mm=36, mirror=True, rotate=0, dx=-46, dy=0),
                fields=f_le("police", case_number="2764/P/2026"), accept=None,
                notes="MIRRORED STAMP: a Harghita letter (other number, same case) signed, with a round stamp whose "
                      "lettering reads BACKWARDS (the impression is mirror-imaged: printed from a scanned image "
                      "flipped, not struck by a rubber die); posted colour JPEG")


def _overprint(c: Ctx, pages):
    pass


F_PRESIGNED = dict(
    name="f_presigned_blank_overprinted",
    head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN OLT",
          "POLIȚIA ORAȘULUI CORABIA"], head_right=("NESECRET", "Nr. 51.330 din 04.12.2026"),
    body=[[("p", "În dosarul penal nr. 4522/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm "
                 "să ne comunicați de urgență, pentru utilizatorii corabia_vanzari, olt.dunare.pescuit și "
                 "marius.corabia88, datele de identificare, copiile actelor de identitate încărcate, numerele de "
                 "telefon, adresele IP și conturile bancare asociate, pentru întreaga perioadă de existență a "
                 "conturilor. Vă rugăm să transmiteți datele în termen de 24 de ore, în format electronic, la "
                 "adresa de e-mail politia.corabia.dosare@gmail.com, având în vedere caracterul urgent al cauzei "
                 "și riscul de dispariție a probelor. Mulțumim pentru colaborare și operativitate."),
           ("sig",)]],
    sig=["ȘEFUL POLIȚIEI ORAȘULUI CORABIA", "Comisar de poliție", "Stroe Viorel"],
    fields=f_le("police", case_number="4522/P/2026", urgent=True),
    notes="PRE-SIGNED BLANK SHEET: the signature and the stamp sit in the MIDDLE of the page and the body text is "
          "printed OVER them (toner over ink), while the signatory block at the bottom has no ink: ink put on a blank "
          "sheet, the letter printed later; 24 h, gmail answer address; posted grey JPEG")


F_MISSING = dict(
    name="f_missing_middle_page", center_head=["ROMÂNIA", "MINISTERUL PUBLIC",
                                               "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SLOBOZIA"],
    reg=("lines", ["Nr. 2951/II/2/2026                                                       Slobozia, 04.12.2026"]),
    numbering="Pagina {i} din {n}", family="dserif", size=11,
    body=[[("p", "Parchetul de pe lângă Judecătoria Slobozia efectuează urmărirea penală în dosarul nr. "
                 "1588/P/2026, privind infracțiunea de înșelăciune săvârșită prin anunțuri de vânzare a unor "
                 "utilaje agricole care nu existau."),
           ("p", "În cauză au fost audiate mai multe persoane vătămate, care au indicat ca autori ai faptelor pe "
                 "titularii conturilor de utilizator enumerate în continuare, împreună cu datele solicitate pentru "
                 "fiecare dintre aceștia, după cum urmează:")],
          [("p", "Vă rugăm să ne transmiteți datele prin e-mail, la adresa pj.slobozia@mpublic.ro."),
           ("sig",)]],
    of=3,
    sig=["Prim-procuror,", "Dumitrache Valentina"],
    ink_sig=dict(hand="steep", pen="gel_violet", w=38, h=15, anchor="sig_last", dx=0, dy=-9),
    ink_stamp=dict(kind="round", top="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SLOBOZIA",
                   center=("PARCHET",), color="violet", size_mm=36, single=True, dx=-42, dy=2),
    fields=f_le("prosecutor", case_number="1588/P/2026"),
    notes="MISSING MIDDLE PAGE (DEFECTIVE): a 'Pagina 1 din 3' and a 'Pagina 3 din 3' arrive, page 2 - the one with "
          "the users and the data asked for - never did; page 3 is signed and stamped; nothing tells which users the "
          "request is about; incomplete")


F_HEADER = dict(G_PJ_MCIUC, name="f_fax_header_other_sender",
                reg=("lines", ["Nr. 3356/II/2/2026", "Data: 04.12.2026"]),
                fields=f_le("prosecutor", case_number="2233/P/2026"), accept=None,
                notes="FAX HEADER DISAGREES WITH THE TAG: a complete, signed and stamped Miercurea Ciuc prosecutors' "
                      "letter; the TIFF tag names the office's registry fax, but the header line the sending machine "
                      "printed on each page reads 'XEROX COPY CENTER MCIUC 0744 901 226': the tag was typed in, the "
                      "page came from a copy shop")


def _overprint_fn(c: Ctx, pages):
    """Ink first (middle of a blank sheet), toner after: the printed text covers the signature and the stamp."""
    import numpy as np
    p = pages[0]
    base = p.im.copy()
    blank = Image.new("RGB", p.im.size, "white")
    p.im = blank
    p.d = ImageDraw.Draw(p.im)
    c.sign(p, (128.0, 84.0), "lasso", "ballpoint_blue", w=52, h=18)
    c.stampit(p, (82.0, 88.0), kind="double", top="ROMÂNIA * M.A.I. * I.P.J. OLT * POLIȚIA ORAȘULUI CORABIA",
              center=("CORABIA",), color="blue", size_mm=36, rotate=-8)
    inked = np.asarray(p.im).copy()
    b = np.asarray(base)
    toner = b.mean(axis=2) < 150
    inked[toner] = b[toner]
    p.im = Image.fromarray(inked)
    p.d = ImageDraw.Draw(p.im)


F_PRESIGNED["post"] = _overprint_fn


# ---------------------------------------------------------------- other categories (4)

def c_handwritten_pensioner(c: Ctx):
    p = c.page(K.Style(family="free-i", size=13))
    K.ruled_paper(p, step_mm=8.0)
    lines = ["Stimată conducere OKAZII,",
             "Subsemnata Marinescu Elena din Fetești, jud. Ialomița,",
             "vă aduc la cunoștință că pe 10 noiembrie am comandat",
             "de la vânzătorul tricotaje_bunica două pulovere,",
             "comanda nr. 71302219, și am plătit 260 lei la poștă,",
             "ramburs. În colet am găsit niște cârpe vechi.",
             "Vânzătorul nu mai răspunde la telefon.",
             "Vă rog să mă ajutați să-mi recuperez banii.",
             "Cu respect, Marinescu Elena, tel. 0724 338 190"]
    p.texts += lines
    K.handwriting(p, c.rng, lines, 30, 26.5, size_pt=14, pen=(25, 45, 140), line_mm=16.0)
    c.sign(p, (150.0, 180.0), "upright", "ballpoint_blue", w=34, h=12)
    fields = {"complainant": "Marinescu Elena", "transaction_id": "71302219", "counterparty": "tricotaje_bunica",
              "amount": {"value": "260.00", "currency": "RON"}, "contact": {"phone": "+40724338190"}}
    return [p], fields, None, ("a pensioner's HANDWRITTEN letter on ruled paper, posted: rags in the parcel paid "
                               "cash on delivery, the seller silent; her signature, no stamp; issue unscored "
                               "(fraud or not as described)")


def c_company_fax_stamped(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    p.space(6)
    heading(p, ["S.C. AGROMEC SLATINA S.R.L.", "CUI RO 1523360, J28/412/1991", "Str. Primăverii nr. 12, Slatina"],
            ["Tel./fax 0249 411 230", "office@agromec-slatina.ro"], size=10)
    p.line("Nr. 611 / 03.12.2026", size=10)
    p.space(5)
    addressee(p, ["Către", "OKAZII ONLINE S.R.L.", "Departamentul de Securitate"])
    p.para("Societatea noastră vinde pe platforma dumneavoastră sub contul agromec_slatina. În data de 14.11.2026 "
           "utilizatorul ovidiu_tractoare a cumpărat un plug reversibil, comanda nr. 70877341, în valoare de 5.800 "
           "lei, achitat prin platformă. După livrare, cumpărătorul a cerut anularea plății susținând că a returnat "
           "plugul și ne-a trimis un AWB care, conform curierului, nu există. Plugul nu ne-a fost returnat.")
    p.para("Vă rugăm să analizați situația și să nu restituiți suma cumpărătorului. Atașăm la prezenta copia "
           "facturii și dovada livrării.")
    p.space(6)
    p.sigblock(["Administrator,", "ing. Popa Dumitru"], align="right")
    c.sign(p, "sig_last", "coil", "ballpoint_blue", w=36, h=13, dy=-7)
    c.stampit(p, "sig", dx=-40, kind="double", top="S.C. AGROMEC SLATINA S.R.L. * SLATINA * J28/412/1991",
              center=("CUI", "1523360"), color="blue", size_mm=34)
    fields = {"transaction_id": "70877341", "counterparty": "ovidiu_tractoare",
              "amount": {"value": "5800.00", "currency": "RON"}, "issue": "fraud_suspected",
              "contact": {"email": "office@agromec-slatina.ro", "phone": "+40249411230"}}
    return [p], fields, {"issue": ["other"]}, ("a seller COMPANY's typed complaint by fax from its own number, "
                                               "signed and bearing the company's round stamp (a stamp does not make "
                                               "it an official request): a fake return AWB")


def u_postal_return_receipt(c: Ctx):
    p = RecPage(K.Style(family="sans", size=9, margin_l=8, margin_t=8, margin_r=8), dpi=(200, 200),
                size_mm=(148.0, 105.0))
    p.line("POȘTA ROMÂNĂ", kind="b", size=11)
    p.line("CONFIRMARE DE PRIMIRE / AVIS DE RÉCEPTION", kind="b", size=10)
    p.space(2)
    p.line("Trimitere recomandată nr. RI 2261 0452 7 RO", size=9)
    p.line("Expeditor: OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București", size=9)
    p.line("Destinatar: Poliția Municipiului Slatina, Str. Ana Ipătescu nr. 5, Slatina", size=9)
    p.space(3)
    p.line("Am primit trimiterea de mai sus. Data: 03.12.2026", size=9)
    p.line("Numele și semnătura primitorului: Ionescu M. (registratură)", size=9)
    p.space(14)
    p.line("Ștampila oficiului poștal de destinație", size=7)
    c.sign(p, (108.0, 62.0), "zigzag", "ballpoint_blue", w=26, h=9)
    c.stampit(p, (40.0, 78.0), kind="double", top="OFICIUL POȘTAL SLATINA 1", bottom="OLT",
              center=("03", "XII", "2026"), color="black", size_mm=26, rotate=12)
    return [p], {}, None, ("a postal return receipt (A6 card) for OUR registered letter to the police: the post "
                           "office's date stamp and the police registry's signature; no request at all")


def u_fax_cover_only(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    p.space(8)
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ",
                "Secretariat – Registratură"], ())
    p.space(10)
    p.line("FOAIE DE ÎNSOȚIRE FAX", kind="b", align="center", size=16)
    p.space(8)
    p.table([["Către:", "OKAZII ONLINE S.R.L."], ["Nr. fax destinatar:", "021 569 4411"],
             ["De la:", "I.P.J. Gorj – S.I.C.E."], ["Data:", "05.12.2026"],
             ["Număr pagini:", "3 (inclusiv aceasta)"], ["Referitor:", "adresa nr. 320.118"]], [55, 100], header=False)
    p.space(8)
    p.para("Dacă nu ați recepționat toate paginile, vă rugăm să sunați la numărul 0253 569 100.")
    return [p], {}, None, ("only the COVER SHEET of a 3-page fax from IPJ Gorj's registry number arrived: a reference "
                           "number, no case, no user, no ink; the letter itself is missing - a person must look")


def fax(tag, tagval, tsi, header, fine=True, comp="group4", dither=False):
    return {"channel": "fax", "fine": fine, "comp": comp, "tag": tag, "tagval": tagval, "tsi": tsi,
            "header": header, "dither": dither}


def post(fmt, dpi, color=True, skew=None, quality=None):
    d = {"channel": "post", "fmt": fmt, "dpi": dpi, "color": color}
    if skew is not None:
        d["skew"] = skew
    if quality:
        d["quality"] = quality
    return d


F_MISSING["page_labels"] = [1, 3]

ITEMS = [
    (letter(G_SLOBOZIA), "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 243 569 109", "+40 243 569 109", "01-DEC-2026 14:22  POLITIA SLOBOZIA  +40 243 569 109  P.{p}")),
    (letter(G_PJ_SLOBOZIA), "le_gen", "law_enforcement", True, "verified",
     fax(269, "PJ SLOBOZIA +40243569610", "+40243569610", "30/11/2026 15:07  PARCHET JUD SLOBOZIA  0243569610  {p}",
         fine=False, comp="group3")),
    (letter(G_HARGHITA), "le_gen", "law_enforcement", True, "verified", post("png", 150, color=False, skew=-1.2)),
    (letter(G_PJ_MCIUC), "le_gen", "law_enforcement", True, "verified", post("pdf", 200, color=True, skew=0.6)),
    (letter(G_BRAILA_S2), "le_gen", "law_enforcement", True, "verified",
     fax(315, "IPJ BRAILA 0239569140", "0239569140", "01.12.2026 10:48  0239569140  IPJ BRAILA  PAG {p}",
         fine=False, comp="group4")),
    (letter(G_GORJ_SICE), "le_gen", "law_enforcement", True, "verified", post("jpg", 200, color=True, skew=2.5)),
    (letter(G_JUD_SLATINA), "le_gen", "law_enforcement", True, "verified", post("tif1", 300, color=False, skew=-0.4)),
    (letter(G_CARACAL), "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 249 569 122", "+40 249 569 122", "DEC-02-2026 09:31 FROM POL CARACAL 40249569122 P.{p}",
         fine=True, comp="group3", dither=True)),
    (letter(G_DIICOT_OR), "le_gen", "law_enforcement", True, "verified", post("png", 150, color=True, skew=1.1)),
    (letter(G_TB_GORJ), "le_gen", "law_enforcement", True, "verified",
     fax(269, "TRIBUNALUL GORJ +40253569710", "+40253569710", "04-DEC-2026 13:15  TRIBUNALUL GORJ  +40 253 569 710  P.{p}")),
    (letter(F_ANNULLED), "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 243 569 155", "+40 243 569 155", "04-DEC-2026 23:40  +40 243 569 155  P.{p}")),
    (letter(F_MIRROR), "le_forged", "law_enforcement", False, "not_verified", post("jpg", 150, color=True, skew=-1.8)),
    (letter(F_PRESIGNED), "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 150, color=False, skew=1.4, quality=50)),
    (letter(F_MISSING), "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 243 569 610", "+40 243 569 610", "04/12/2026 11:02  PARCHET JUD SLOBOZIA  0243569610  {p}",
         fine=False, comp="group3")),
    (letter(F_HEADER), "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 266 569 610", "+40 266 569 610", "04-DEC-2026 16:31  XEROX COPY CENTER MCIUC  0744 901 226  P.{p}")),
    (c_handwritten_pensioner, "complaint", "complaint", None, None, post("jpg", 150, color=False, skew=0.9, quality=55)),
    (c_company_fax_stamped, "complaint", "complaint", None, None,
     fax(270, "+40 249 411 230", "+40 249 411 230", "03.12.2026 12:10  AGROMEC SLATINA  0249411230  Pag {p}",
         fine=False, comp="group3")),
    (u_postal_return_receipt, "unknown", "unknown", None, None, post("jpg", 200, color=True, skew=-2.2)),
    (u_fax_cover_only, "unknown", "unknown", None, None,
     fax(270, "+40 253 569 109", "+40 253 569 109", "05-DEC-2026 08:02  IPJ GORJ REGISTRATURA  +40 253 569 109  P.{p}")),
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
        lossless = fmt in ("png", "tif1") or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, skew=ch.get("skew"), fold=(i == 0 and fmt in ("jpg", "pdf")),
                        holes=(fmt == "tif"), noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
        if lossless and grey and fmt != "tif1":
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        outs.append(o)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "jpg":
        outs[0].save(path, quality=ch.get("quality", 62), dpi=dpi, optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + f"-{ch['dpi']}dpi"
    if fmt == "png":
        im = outs[0].convert("RGB").quantize(colors=32 if not grey else 16, method=Image.Quantize.FASTOCTREE,
                                             dither=Image.Dither.NONE)
        im.save(path, dpi=dpi, optimize=True)
        return f"png-palette{32 if not grey else 16}-{ch['dpi']}dpi"
    if fmt == "tif1":  # an office scanner's black-and-white mode: bilevel, CCITT G4
        fr = [o.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1") for o in outs]
        fr[0].save(path, compression="group4", save_all=True, append_images=fr[1:], dpi=dpi)
        return f"tiff-bilevel-g4-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:
            b = io.BytesIO()
            (o.convert("L") if grey else o).save(b, "JPEG", quality=50)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Canon iR-ADV C5535 (scan to folder)", creator="iR-ADV C5535",
                   creationDate=time.strptime("20261205091000", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261205091000", "%Y%m%d%H%M%S"))
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
            name = f"p{n:02d}_scan.{'tif' if ch['fmt'] == 'tif1' else ch['fmt']}"
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
