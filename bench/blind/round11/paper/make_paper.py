"""Blind round 11, paper half: scanned post and faxes, with ink truth (and where the ink is).

Run:  .venv/bin/python bench/blind/round11/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, fax, post, write_fax, write_post, main) are round 10's, copied
as tools (main() splits about 40% dev / 60% blind; Ctx now records where each ink mark lands, write_post gains a
bilevel TIFF, a phone photo and a colour-copier pass); the page composer, the letters and ITEMS are new.
Deterministic (seed 20261150). The authorities and their fax numbers are the world's (../world/authorities.json).
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import ImageFileDirectory_v2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inkkit as K  # noqa: E402

SEED = 20261150
OUR = ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OUR_NODIA = ["Catre", "S.C. OKAZII ONLINE S.R.L. - Centrul de prevenire a fraudelor", "Departamentul Juridic",
             "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def iban(bank: str, acct: str) -> str:
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    ck = 98 - int(num) % 97
    s = f"RO{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


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
        self.where: list = []
        self.pages: list = []

    def page(self, style=None):
        st = style or K.Style()
        if self.ch["channel"] == "fax":
            pg = RecPage(st, dpi=(204, 196), width_px=1728)
        else:
            dpi = self.ch.get("dpi", 200)
            pg = RecPage(st, dpi=(dpi, dpi))
        self.pages.append(pg)
        return pg

    def anchor_px(self, p, anchor, dx, dy):
        if isinstance(anchor, tuple) and len(anchor) == 2:
            return p.px(anchor[0] + dx, anchor[1] + dy)
        x0, y0, x1, y1 = p.anchors[anchor]
        return p.px((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy)

    def _where(self, p, kind, img, X, Y, counts):
        """Round 11: where the mark lands, in mm from the page's top-left corner (before skew or wear)."""
        w_mm, h_mm = img.width / p.dx * 25.4, img.height / p.dy * 25.4
        x_mm, y_mm = X / p.dx * 25.4, Y / p.dy * 25.4
        self.where.append({"kind": kind, "page": self.pages.index(p) + 1 if p in self.pages else None,
                           "box_mm": [round(x_mm - w_mm / 2, 1), round(y_mm - h_mm / 2, 1),
                                      round(x_mm + w_mm / 2, 1), round(y_mm + h_mm / 2, 1)], "ink": counts})

    def sign(self, p, anchor, hand, pen, w=46, h=16, dx=0.0, dy=0.0, img=None, slant=None, counts=True):
        if img is None:
            img = K.signature(self.rng, hand, pen, w, h, dpi=(p.dx, p.dy), slant=slant)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.sig = self.sig or counts
        self._where(p, "signature", img, X, Y, counts)
        return img

    def stampit(self, p, anchor, dx=0.0, dy=0.0, img=None, counts=True, **kw):
        if img is None:
            img = K.stamp(self.rng, dpi=(p.dx, p.dy), **kw)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.stamp = self.stamp or counts
        self._where(p, "stamp", img, X, Y, counts)
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



# ------------------------------------------------------------------ page composer (round 11)


def compose(c: Ctx, S: dict):
    """Lay out a letter from a spec; returns the pages. Blocks: a string is a paragraph, ("items", [..], style),
    ("table", rows, widths), ("break",) a new page, ("line", text, kind, align), ("space", mm)."""
    st = K.Style(**S.get("style", {}))
    pages = [c.page(st)]
    p = pages[0]
    if S.get("emblem"):
        K.print_emblem(p, st.margin_l + 7, st.margin_t + 8, 15, color=(70, 70, 70))
        p.st = K.Style(**{**S.get("style", {}), "margin_l": st.margin_l + 18})
    if S.get("head_right"):
        heading(p, S["head"], S["head_right"], size=S.get("head_size", 10.5))
    else:
        for ln in S["head"]:
            p.line(ln, size=S.get("head_size", 10.5), kind="b", align=S.get("head_align", "left"))
        p.space(2)
    p.st = st
    for ln in S.get("reg", []):
        p.line(ln, kind=S.get("reg_kind", ""))
    p.space(3)
    if S.get("to"):
        addressee(p, S["to"], x=S.get("to_x", 95.0))
    if S.get("title"):
        p.line(S["title"], size=st.size + 2, kind="b", align="center")
        p.space(2)
    for b in S["body"]:
        if isinstance(b, str):
            p.para(b)
        elif b[0] == "items":
            p.items(b[1], style=b[2] if len(b) > 2 else "num")
        elif b[0] == "table":
            p.table(b[1], b[2])
        elif b[0] == "line":
            p.line(b[1], kind=b[2] if len(b) > 2 else "", align=b[3] if len(b) > 3 else "left")
        elif b[0] == "space":
            p.space(b[1])
        elif b[0] == "break":
            p = c.page(st)
            pages.append(p)
            if len(b) > 1 and b[1]:
                p.line(b[1], size=st.size - 1.5)
                p.space(3)
    p.space(S.get("sig_gap", 8))
    if S.get("sig2"):  # two signers side by side
        y0 = p.y
        p.sigblock(S["sig2"], align="left", name="sig2", width_mm=70)
        p.y = y0
        p.sigblock(S["sig"], align="right", name="sig", width_mm=70)
    else:
        p.sigblock(S["sig"], align=S.get("sig_align", "right"), name="sig", width_mm=S.get("sig_w", 80))
    if S.get("after_sig"):
        p.space(6)
        for ln in S["after_sig"]:
            p.line(ln, size=st.size - 2)
    if S.get("footer"):
        n = len(pages)
        for i, pg in enumerate(pages):
            y_keep = pg.y
            pg.y = 283
            pg.line(S["footer"].format(p=i + 1, n=n), size=8.5, align=S.get("footer_align", "center"))
            pg.y = y_keep
    return pages


def le(kind, **kw):
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def sub(kind, value):
    return {"kind": kind, "value": value}


def ff(kind, case=None, urgent=None):
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    return f


OUR3 = ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor", "Str. Frunzei nr. 29, sector 2, București"]

# ------------------------------------------------------------------ GENUINE (10)


def g_deva_municipal_serif_ring(c: Ctx):
    S = dict(style=dict(family="serif", size=11.5),
             head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA",
                   "POLIȚIA MUNICIPIULUI DEVA", "Biroul de Investigații Criminale"],
             head_right=["NESECRET", "Deva, 03.12.2026", "Nr. 318.552"],
             reg=["Nr. 318.552 din 03.12.2026"], to=OUR3, title="ADRESĂ",
             body=["În dosarul penal nr. 3102/P/2026, privind săvârșirea infracțiunii de înșelăciune, în temeiul "
                   "art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
                   "lemn_foc_hunedoara și pentru contul asociat numărului de telefon 0728 400 913, următoarele:",
                   ("items", ["datele de identificare ale titularului contului;",
                              "tranzacțiile încheiate în perioada 01.10.2026 – 02.12.2026;",
                              "adresele IP de la care s-a accesat contul."], "num"),
                   "Răspunsul se va transmite prin fax, la numărul 0254 572 118, sau prin curier, la sediul "
                   "Poliției Municipiului Deva."],
             sig=["ȘEF BIROU", "Comisar de poliție", "MOLDOVAN SORIN-IOAN"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=48, h=17, dx=2, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=2, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA",
              bottom="DEVA", center=["POLIȚIA", "MUNICIPIULUI"], color="blue", size_mm=42, rotate=12,
              ring_font="free-b")
    f = le("police", authority="Poliția Municipiului Deva", reference_number="318.552", reference_date="2026-12-03",
           case_number="3102/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "lemn_foc_hunedoara"), sub("phone", "+40728400913")],
           requested_data=["datele de identificare ale titularului contului",
                           "tranzacțiile încheiate în perioada 01.10.2026 – 02.12.2026",
                           "adresele IP de la care s-a accesat contul"],
           period={"from": "2026-10-01", "to": "2026-12-02"}, signatory="Comisar de poliție Moldovan Sorin-Ioan")
    acc = {"authority": ["Inspectoratul de Poliție Județean Hunedoara", "IPJ Hunedoara"], "reference_number": ["318552"]}
    return pages, f, acc, ("G4 fine; two-column heading; a double ring in a SERIF face (FreeSerif Bold) with the "
                           "unit in the centre, left of the block, rotated 12°; flourish; answer by fax or courier "
                           "(response_channel not scored)")


def g_pt_hunedoara_two_text_rings(c: Ctx):
    S = dict(style=dict(family="dserif", size=11),
             head=["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL HUNEDOARA"], head_align="center",
             reg=["Nr. 2209/II/6/2026", "Deva, 02 decembrie 2026"], to=OUR3,
             body=["Prin prezenta, în dosarul nr. 1164/P/2026, aflat în curs de urmărire penală, în temeiul "
                   "art. 170 alin. (1) C.proc.pen., vă solicităm să ne transmiteți:",
                   ("items", ["datele de înregistrare ale contului cu adresa de e-mail robert.gal.hd@gmail.com",
                              "istoricul plăților efectuate și primite de acest cont",
                              "mesajele schimbate cu utilizatorul tractorase_vintage"], "let"),
                   "Răspunsul va fi transmis electronic, la adresa pt.hunedoara@mpublic.ro."],
             sig=["PRIM-PROCUROR,", "BĂLAN FLORINA"], sig_gap=12)
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "hook", "fountain_blue", w=40, h=15, dx=-2, dy=-8)
    c.stampit(p, "sig", dx=-6, dy=4, kind="double", top="PARCHETUL DE PE LÂNGĂ TRIBUNALUL HUNEDOARA",
              inner_ring="DEVA * ROMÂNIA *", arms=True, color="violet", size_mm=40, rotate=-20)
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Hunedoara", reference_number="2209/II/6/2026",
           reference_date="2026-12-02", case_number="1164/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "robert.gal.hd@gmail.com")],
           requested_data=["datele de înregistrare ale contului cu adresa de e-mail robert.gal.hd@gmail.com",
                           "istoricul plăților efectuate și primite de acest cont",
                           "mesajele schimbate cu utilizatorul tractorase_vintage"],
           response_channel="electronic", reply_to="pt.hunedoara@mpublic.ro", signatory="Prim-procuror Bălan Florina")
    return pages, f, None, ("grey PNG 300 dpi; a violet double ring with a SECOND ring of text inside (DEVA * ROMÂNIA) "
                            "and arms, struck over the printed name and the signature; fountain pen; the second "
                            "user is only a message counterpart (subjects list the account asked about)")


def g_jud_deva_judge_and_clerk_overinked(c: Ctx):
    S = dict(style=dict(family="serif", size=12),
             head=["R O M Â N I A", "JUDECĂTORIA DEVA", "Secția penală"], head_align="center",
             reg=["Dosar nr. 9021/221/2026", "Nr. 9021/221/2026 din 04.12.2026"], to=OUR3,
             body=["În cauza penală aflată pe rolul Judecătoriei Deva, având ca obiect infracțiunea de înșelăciune, "
                   "cu termen de judecată la 20.01.2027, în temeiul art. 170 C.proc.pen., vă rugăm să comunicați "
                   "instanței, pentru contul cu ID utilizator 60233718:",
                   ("items", ["identitatea titularului contului;", "lista anunțurilor publicate în anul 2026;",
                              "plățile primite prin platformă în anul 2026."], "dash"),
                   "Relațiile solicitate vor fi transmise prin poștă, la sediul instanței, Str. Mihai Eminescu nr. 2, "
                   "Deva, cu mențiunea numărului de dosar."],
             sig=["GREFIER,", "OPREA LIGIA"], sig2=["JUDECĂTOR,", "MUREȘAN ALEXANDRU"], sig_gap=12)
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig2_last", "upright", "ballpoint_blue2", w=44, h=16, dx=0, dy=-8)
    c.sign(p, "sig_last", "initials", "ballpoint_black", w=26, h=13, dx=0, dy=-7)
    c.stampit(p, "sig2", dx=22, dy=6, kind="round", top="JUDECĂTORIA DEVA", bottom="ROMÂNIA", arms=True,
              color="darkblue", size_mm=34, rotate=5, faint=1.35, ring_font="sans-b")
    f = le("court", authority="Judecătoria Deva", reference_number="9021/221/2026", reference_date="2026-12-04",
           case_number="9021/221/2026", legal_basis=["art. 170 CPP"], subjects=[sub("user_id", "60233718")],
           requested_data=["identitatea titularului contului", "lista anunțurilor publicate în anul 2026",
                           "plățile primite prin platformă în anul 2026"],
           response_channel="courier", signatory="Judecător Mureșan Alexandru")
    return pages, f, None, ("colour JPEG 300 dpi; judge (left) and clerk (right) both sign; an OVERINKED round stamp "
                            "(spread, dark) between them; a dashed list; answer by post (reply_to not scored)")


def g_roman_police_phone_photo(c: Ctx):
    S = dict(style=dict(family="sans", size=11, justify=False),
             head=["IPJ NEAMȚ – POLIȚIA MUNICIPIULUI ROMAN", "Serviciul de Investigații Criminale"],
             reg=["Nr. 73.390 din 04.12.2026", "Dosar penal nr. 1926/P/2026"], to=OUR3,
             body=["Vă rugăm ca, în temeiul art. 170 C.proc.pen., să ne comunicați în termen de 3 zile lucrătoare "
                   "datele de identificare și istoricul de autentificare pentru utilizatorii:",
                   ("items", ["piese_auto_roman (nume utilizator)", "0740 118 662 (telefon)"], "bullet"),
                   "Datele se vor transmite electronic, la adresa sic.roman@nt.politiaromana.ro."],
             sig=["ȘEF SERVICIU", "Comisar de poliție", "AGAFIȚEI MARIUS"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "steep", "gel_violet", w=36, h=18, dx=4, dy=-9)
    c.stampit(p, "sig", dx=-44, dy=-2, kind="round", single=True,
              top="★ POLIȚIA MUNICIPIULUI ROMAN ★ IPJ NEAMȚ", center=["ROMÂNIA"], color="blue", size_mm=33,
              rotate=-35, ring_font="sans-b", ring_track=0.25)
    f = le("police", authority="Poliția Municipiului Roman", reference_number="73.390", reference_date="2026-12-04",
           case_number="1926/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "piese_auto_roman"), sub("phone", "+40740118662")],
           response_channel="electronic", reply_to="sic.roman@nt.politiaromana.ro",
           signatory="Comisar de poliție Agafiței Marius")
    acc = {"authority": ["Inspectoratul de Poliție Județean Neamț", "IPJ Neamț"], "reference_number": ["73390"]}
    return pages, f, acc, ("PHONE PHOTO (perspective, shadow, table); a single ring with STARS as separators and wide "
                           "letter spacing, rotated -35°; violet gel pen; data asked in one sentence (not scored)")


def g_pj_roman_two_pages_standard_fax(c: Ctx):
    S = dict(style=dict(family="lmono", size=10.5, justify=False, lead=1.35),
             head=["PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ROMAN"],
             reg=["Nr. 3311/II/2/2026 din 03.12.2026", "Dosar nr. 2440/P/2026"], to=OUR3,
             body=["Procurorul de caz, în dosarul nr. 2440/P/2026 privind infracțiunea de înșelăciune (art. 244 "
                   "C.pen.), în temeiul art. 170 C.proc.pen., vă solicită comunicarea următoarelor date despre "
                   "utilizatorii de mai jos:",
                   ("table", [["Nr.", "Utilizator", "Telefon declarat"], ["1", "casa_bunicii_roman", "0751 902 330"],
                              ["2", "oferte.romanesti", "0766 014 285"]], [14, 70, 50]),
                   ("break", "- continuare adresa nr. 3311/II/2/2026 -"),
                   ("items", ["datele de identificare ale titularilor;", "lista tranzacțiilor din 2026;",
                              "adresele de livrare folosite."], "paren"),
                   "Răspunsul se va transmite prin fax la numărul 0233 572 610."],
             sig=["PROCUROR,", "CIOBANU RĂZVAN"], footer="Pag. {p}/{n}", footer_align="right")
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "lasso", "felt_black", w=42, h=18, dx=0, dy=-9)
    c.stampit(p, "sig", dx=-40, dy=0, kind="triple", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ROMAN",
              bottom="ROMÂNIA", center=["MINISTERUL", "PUBLIC"], color="blue", size_mm=43, rotate=-8,
              ring_font="mono-b")
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Roman", reference_number="3311/II/2/2026",
           reference_date="2026-12-03", case_number="2440/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "casa_bunicii_roman"), sub("phone", "+40751902330"),
                     sub("username", "oferte.romanesti"), sub("phone", "+40766014285")],
           requested_data=["datele de identificare ale titularilor", "lista tranzacțiilor din 2026",
                           "adresele de livrare folosite"], signatory="Procuror Ciobanu Răzvan")
    return pages, f, None, ("G3 STANDARD (98 lpi), monospaced letter, 2 pages 'Pag. 1/2', users table on p. 1, data "
                            "and ink on p. 2; a TRIPLE ring set in a monospaced bold face; answer by fax "
                            "(response_channel not scored)")


def g_pj_satu_mare_bilevel_400(c: Ctx):
    S = dict(style=dict(family="free", size=12),
             head=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SATU MARE"],
             reg=["Nr. 4102/II/2/2026", "Satu Mare, 4.XII.2026"], to=OUR3,
             body=["În dosarul penal nr. 3390/P/2026, în care se cercetează fapte de înșelăciune prin anunțuri "
                   "fictive de vânzare a unor autoturisme, în baza art. 170 C.proc.pen., vă rugăm să ne comunicați "
                   "datele de identificare ale titularului și IBAN-ul asociat contului cu numele de utilizator "
                   "auto_import_hu.",
                   "Răspunsul se va transmite la adresa de e-mail pj.satumare@mpublic.ro."],
             sig=["p. PRIM-PROCUROR,", "Procuror NAGY ERIKA"], sig_gap=10)
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "initials", "ballpoint_blue", w=22, h=11, dx=-4, dy=-6)
    c.stampit(p, "sig", dx=-36, dy=4, kind="double", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SATU MARE",
              bottom="ROMÂNIA", band="MP", color="blue", size_mm=40, rotate=40, ring_font="freesans-b")
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Satu Mare", reference_number="4102/II/2/2026",
           reference_date="2026-12-04", case_number="3390/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "auto_import_hu")], response_channel="electronic",
           reply_to="pj.satumare@mpublic.ro", signatory="Procuror Nagy Erika")
    acc = {"signatory": ["p. Prim-procuror Procuror Nagy Erika"]}
    return pages, f, acc, ("BILEVEL G4 TIFF at 400 dpi by post; date in roman-numeral month (4.XII.2026); 'p. "
                           "PRIM-PROCUROR' signed by a prosecutor; small initials; a double ring with a band (MP) "
                           "rotated 40°; the same case as mail m25's police letter (3390/P/2026)")


def g_diicot_st_ploiesti_overlap_pdf(c: Ctx):
    S = dict(style=dict(family="dserif", size=10.5),
             head=["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                   "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                   "SERVICIUL TERITORIAL PLOIEȘTI"], head_align="center", head_size=9.5,
             reg=["Dosar nr. 733D/P/2026", "Nr. 733D/P/2026 din 02.12.2026"], to=OUR3,
             body=["În dosarul nr. 733D/P/2026, privind infracțiunea de trafic de droguri de risc săvârșită prin "
                   "mijloace informatice, în temeiul art. 170 C.proc.pen., vă solicităm ca, în termen de 24 de ore, "
                   "să ne comunicați următoarele date privind contul cu ID 48810456:",
                   ("items", ["datele de identificare și de contact ale titularului;",
                              "adresele de livrare declarate;",
                              "istoricul autentificărilor din ultimele 60 de zile (IP, dată, oră)."], "num"),
                   "Răspunsul se va transmite electronic, la adresa st.ploiesti@diicot.ro."],
             sig=["PROCUROR ȘEF SERVICIU,", "IORDACHE VICTOR-EMIL"], sig_gap=9)
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "coil", "rollerball_blue", w=46, h=18, dx=0, dy=-6)
    c.stampit(p, "sig", dx=-14, dy=0, kind="double", top="D.I.I.C.O.T. * SERVICIUL TERITORIAL PLOIEȘTI *",
              center=["ROMÂNIA"], arms=True, color="violet", size_mm=38, rotate=22, faint=1.2, double_strike=True)
    f = le("prosecutor", authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – "
                                   "Serviciul Teritorial Ploiești",
           reference_number="733D/P/2026", reference_date="2026-12-02", case_number="733D/P/2026",
           legal_basis=["art. 170 CPP"], subjects=[sub("user_id", "48810456")],
           requested_data=["datele de identificare și de contact ale titularului", "adresele de livrare declarate",
                           "istoricul autentificărilor din ultimele 60 de zile (IP, dată, oră)"],
           response_channel="electronic", reply_to="st.ploiesti@diicot.ro",
           signatory="Procuror șef serviciu Iordache Victor-Emil", urgent=True)
    acc = {"authority": ["DIICOT", "DIICOT – Serviciul Teritorial Ploiești", "Serviciul Teritorial Ploiești",
                         "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]}
    return pages, f, acc, ("colour image-only PDF; 24 hours; an overinked violet ring struck twice RIGHT OVER the "
                           "printed name and the signature (abbreviated ring text D.I.I.C.O.T.)")


def g_spf_halmeu_inner_ring_partial(c: Ctx):
    S = dict(style=dict(family="sans", size=11),
             head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                   "Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației",
                   "SECTORUL POLIȚIEI DE FRONTIERĂ HALMEU"], head_size=10,
             reg=["Nr. 561.203 din 03.12.2026"], to=OUR3,
             body=["Sectorul Poliției de Frontieră Halmeu efectuează cercetări în dosarul penal nr. 208/P/2026, "
                   "privind contrabanda cu țigarete (art. 270 din Legea nr. 86/2006). În temeiul art. 170 "
                   "C.proc.pen., vă rugăm să ne comunicați pentru utilizatorul tigari_ieftine_ua:",
                   ("items", ["datele de identificare;", "anunțurile publicate din 01.07.2026 până în prezent;",
                              "numerele de telefon asociate."], "dash"),
                   "Răspunsul se va transmite electronic, la adresa spf.halmeu@politiadefrontiera.ro."],
             sig=["ȘEF SECTOR", "Subcomisar de poliție", "POP VASILE-DORU"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "bigloop", "ballpoint_blue", w=40, h=17, dx=-3, dy=-8)
    c.stampit(p, "sig", dx=-46, dy=1, kind="double", top="POLIȚIA DE FRONTIERĂ ROMÂNĂ", bottom="★",
              inner_ring="S.P.F. HALMEU * I.T.P.F. SIGHET *", star=True, color="blue", size_mm=42, rotate=-5,
              partial="left")
    f = le("police", authority="Sectorul Poliției de Frontieră Halmeu", reference_number="561.203",
           reference_date="2026-12-03", case_number="208/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "tigari_ieftine_ua")],
           requested_data=["datele de identificare", "anunțurile publicate din 01.07.2026 până în prezent",
                           "numerele de telefon asociate"], response_channel="electronic",
           reply_to="spf.halmeu@politiadefrontiera.ro", signatory="Subcomisar de poliție Pop Vasile-Doru")
    acc = {"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                         "Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației"],
           "reference_number": ["561203"]}
    return pages, f, acc, ("G4 fine from IGPF's second registry fax; a border-police sector (not in the registry) "
                           "under IGPF; two concentric TEXT rings (outer POLIȚIA DE FRONTIERĂ ROMÂNĂ, inner S.P.F. "
                           "HALMEU * I.T.P.F. SIGHET) and a star; a PARTIAL impression (left third missing); the "
                           "offence is under a special law (Legea 86/2006), the basis art. 170 CPP")


def g_ipj_neamt_unnumbered_continuation(c: Ctx):
    S = dict(style=dict(family="serif", size=12),
             head=["INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ", "Serviciul de Investigații Criminale"],
             reg=["Nr. 402.771 din 02.12.2026", "Piatra Neamț"], to=OUR3,
             body=["Serviciul de Investigații Criminale din cadrul I.P.J. Neamț efectuează cercetări în dosarul penal "
                   "nr. 4127/P/2026, privind mai multe fapte de înșelăciune comise prin vânzarea online a unor "
                   "căței de rasă inexistenți. Persoanele vătămate au achitat avansuri prin transfer bancar în "
                   "contul indicat de vânzător.",
                   "În temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați, pentru utilizatorul canisa_neamt_"
                   "premium și pentru contul în care s-au primit plățile, IBAN RO66 BRDE 2701 0000 4412 0911:",
                   ("break", ""),
                   ("items", ["datele de identificare ale titularului contului de utilizator;",
                              "anunțurile publicate și persoanele care au contactat vânzătorul;",
                              "adresele IP și dispozitivele folosite."], "num"),
                   "Răspunsul se va transmite prin curier, la sediul I.P.J. Neamț, Bd. Decebal nr. 7, Piatra Neamț."],
             sig=["ȘEF SERVICIU", "Comisar-șef de poliție", "BUTNARU CONSTANTIN"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "ladder", "ballpoint_blue", w=42, h=15, dx=3, dy=-8)
    c.stampit(p, "sig", dx=-42, dy=3, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ",
              bottom="ROMÂNIA", arms=True, color="blue", size_mm=40, rotate=30, faint=0.55, double_strike=True)
    f = le("police", authority="Inspectoratul de Poliție Județean Neamț", reference_number="402.771",
           reference_date="2026-12-02", case_number="4127/P/2026", legal_basis=["art. 170 CPP"],
           requested_data=["datele de identificare ale titularului contului de utilizator",
                           "anunțurile publicate și persoanele care au contactat vânzătorul",
                           "adresele IP și dispozitivele folosite"], response_channel="courier",
           signatory="Comisar-șef de poliție Butnaru Constantin")
    acc = {"authority": ["IPJ Neamț"], "reference_number": ["402771"]}
    return pages, f, acc, ("grey JPEG, 2 pages WITHOUT page numbers (page 2 starts with the list, no continuation "
                           "line); the username is broken across a line end (canisa_neamt_ / premium: subjects not "
                           "scored); a FAINT double-struck stamp rotated 30°; courier")


def g_carei_police_dithered_faint(c: Ctx):
    S = dict(style=dict(family="sans", size=11),
             head=["IPJ SATU MARE", "POLIȚIA MUNICIPIULUI CAREI", "Compartimentul Investigații Criminale"],
             reg=["Nr. 51.118 din 03.12.2026"], to=OUR3,
             body=["În dosarul penal nr. 2733/P/2026, constituit în urma plângerii numitului K.Z. (colet gol, "
                   "comanda 90877125), în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați datele de "
                   "identificare, numerele de telefon și contul bancar ale vânzătorului cu numele de utilizator "
                   "erdo_gep_sm, precum și detaliile comenzii nr. 90877125.",
                   "Răspunsul se va transmite la adresa de e-mail carei.ic@sm.politiaromana.ro."],
             sig=["p. ȘEF POLIȚIE,", "Inspector principal de poliție", "TÓTH ISTVÁN"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "wave", "ballpoint_blue2", w=40, h=15, dx=0, dy=-7)
    c.stampit(p, "sig", dx=-40, dy=-3, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN SATU MARE",
              bottom="CAREI", center=["POLIȚIA", "MUNICIPIULUI"], color="blue", size_mm=40, rotate=-15,
              faint=0.6, partial="top", ring_font="dserif-b")
    f = le("police", authority="Poliția Municipiului Carei", reference_number="51.118", reference_date="2026-12-03",
           case_number="2733/P/2026", legal_basis=["art. 170 CPP"], subjects=[sub("username", "erdo_gep_sm")],
           transactions=["90877125"], response_channel="electronic", reply_to="carei.ic@sm.politiaromana.ro",
           signatory="Inspector principal de poliție Tóth István")
    acc = {"authority": ["Inspectoratul de Poliție Județean Satu Mare", "IPJ Satu Mare"], "reference_number": ["51118"]}
    return pages, f, acc, ("dithered G3 fine from IPJ Satu Mare's second registry fax; 'p. ȘEF POLIȚIE' signed by an "
                           "inspector; a FAINT stamp whose top did not touch the paper; follows mail m23's complaint "
                           "(same order and seller); data in one sentence (not scored)")


# ------------------------------------------------------------------ FORGED / DEFECTIVE (5)


def f_printed_vector_seal(c: Ctx):
    S = dict(style=dict(family="serif", size=11.5),
             head=["ROMÂNIA", "INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ", "POLIȚIA ORAȘULUI TÂRGU NEAMȚ"],
             reg=["Nr. 40.215 din 04.12.2026"], to=OUR3,
             body=["În dosarul penal nr. 1188/P/2026, în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați "
                   "de urgență, în cel mult 24 de ore, datele de identificare, copiile actelor de identitate, "
                   "adresele IP și conturile bancare ale utilizatorilor lana_tricotaje_tgn și "
                   "ionela.manole85@yahoo.com.",
                   "Răspunsul se va transmite la adresa de e-mail politia.tgneamt@gmail.com, întrucât serverul "
                   "instituției este în mentenanță."],
             sig=["ȘEF POLIȚIE,", "Comisar de poliție", "HUȚANU IONEL"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=44, h=16, dx=0, dy=-7)
    st = K.stamp(c.rng, "double", "INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ", "TÂRGU NEAMȚ", arms=True,
                 color="blue", size_mm=37, dpi=(p.dx, p.dy), rotate=0)
    c.stampit(p, "sig", dx=-44, dy=0, img=K.as_printed(st, color=(52, 72, 160), threshold=40), counts=False)
    return pages, ff("police", "1188/P/2026", True), None, (
        "a PRINTED seal: the stamp image was put in the document and printed with the letter (flat toner colour, "
        "hard edges, perfectly upright, no rubber texture or ink spread), only the signature is ink (ink.stamp "
        "false); 24 hours, ID copies, answer to gmail")


def f_misspelled_die(c: Ctx):
    S = dict(style=dict(family="sans", size=11),
             head=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA",
                   "Serviciul de Investigații Criminale"],
             reg=["Nr. 602.377 din 04.12.2026"], to=OUR3,
             body=["În dosarul penal nr. 2902/P/2026, în baza art. 170 C.proc.pen., vă rugăm să ne comunicați, în "
                   "termen de 12 ore, datele de identificare, parolele (hash) și adresele IP ale utilizatorilor "
                   "bijuterii_deva_aur și valentin.sas.hd@gmail.com, precum și corespondența acestora.",
                   "Răspunsul se va transmite prin fax la numărul de pe care a fost transmisă prezenta."],
             sig=["ȘEF SERVICIU", "Comisar-șef de poliție", "IRIMIE DANIEL"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "zigzag", "ballpoint_black", w=44, h=15, dx=0, dy=-7)
    c.stampit(p, "sig", dx=-42, dy=2, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚIAN HUNEDOURA",
              bottom="", center=["ROMANIA", "MINISTERUL", "AFACERILOR", "INTERNA"], color="blue", size_mm=43,
              rotate=-6)
    return pages, ff("police", "2902/P/2026", True), None, (
        "from IPJ Hunedoara's registry fax; the stamp is struck with a MISSPELLED die: 'JUDEȚIAN HUNEDOURA', "
        "'ROMANIA' without its diacritic and 'AFACERILOR INTERNA' in the centre (a stamp ordered from a shop by "
        "someone who typed it); 12 hours, password hashes, answer to the sending fax")


def f_court_stamp_on_prosecutor_letter(c: Ctx):
    S = dict(style=dict(family="dserif", size=11),
             head=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ROMAN"], head_align="center",
             reg=["Nr. 3360/II/2/2026 din 04.12.2026", "Dosar nr. 2519/P/2026"], to=OUR3,
             body=["În temeiul art. 170 C.proc.pen., vă solicităm să comunicați, până la data de 07.12.2026, datele "
                   "de identificare, adresele de livrare și plățile primite de utilizatorii roman_second_hand și "
                   "0749 331 208 (telefon), împreună cu copiile actelor de identitate încărcate.",
                   "Răspunsul se va transmite la adresa de e-mail parchet.roman.dosare@gmail.com."],
             sig=["PROCUROR,", "CIOBANU RĂZVAN"], sig_gap=10)
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "lasso", "ballpoint_blue", w=42, h=17, dx=0, dy=-8)
    c.stampit(p, "sig", dx=-38, dy=2, kind="double", top="JUDECĂTORIA ROMAN", bottom="ROMÂNIA", arms=True,
              color="blue", size_mm=36, rotate=14)
    return pages, ff("prosecutor", "2519/P/2026"), None, (
        "a prosecutors' letter (Parchetul de pe lângă Judecătoria Roman) stamped with the COURT's die (ring "
        "'JUDECĂTORIA ROMAN'): the name on the ring is contained in the heading's name but names another "
        "institution; ID copies, answer to gmail")


def f_printed_scanned_signature(c: Ctx):
    S = dict(style=dict(family="serif", size=11.5),
             head=["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL HUNEDOARA"], head_align="center",
             reg=["Nr. 2240/II/6/2026", "Deva, 04 decembrie 2026"], to=OUR3,
             body=["În dosarul nr. 1164/P/2026, în completarea adresei noastre anterioare, în temeiul art. 170 "
                   "C.proc.pen., vă solicităm și datele de identificare, adresele IP și conturile bancare ale "
                   "utilizatorilor tractorase_vintage și adi.mecanicu.hd@yahoo.com.",
                   "Răspunsul va fi transmis electronic, la adresa pt.hunedoara.completari@gmail.com."],
             sig=["PRIM-PROCUROR,", "BĂLAN FLORINA"], sig_gap=12)
    pages = compose(c, S)
    p = pages[-1]
    sig = K.signature(random.Random("balan-florina"), "hook", "fountain_blue", 40, 15, dpi=(p.dx, p.dy))
    c.sign(p, "sig_last", None, None, img=K.as_printed(sig, color=(28, 28, 30), jpeg_quality=18), dx=-2, dy=-8,
           counts=False)
    c.stampit(p, "sig", dx=-6, dy=4, kind="double", top="PARCHETUL DE PE LÂNGĂ TRIBUNALUL HUNEDOARA",
              inner_ring="DEVA * ROMÂNIA *", arms=True, color="violet", size_mm=40, rotate=-12)
    return pages, ff("prosecutor", "1164/P/2026"), None, (
        "a 'completion' of p-letter 2209/II/6/2026: the signature is a SCANNED IMAGE PRINTED in black toner (JPEG "
        "blocks around the strokes, no pen pressure; the same hand as the genuine letter), only the violet stamp is "
        "ink (ink.signature false); more users and bank accounts, answer to gmail")


def f_colour_copy_altered(c: Ctx):
    S = dict(style=dict(family="serif", size=12),
             head=["R O M Â N I A", "JUDECĂTORIA DEVA", "Secția penală"], head_align="center",
             reg=["Dosar nr. 9021/221/2026", "Nr. 9021/221/2026 din 04.12.2026"], to=OUR3,
             body=["În cauza penală aflată pe rolul Judecătoriei Deva, în temeiul art. 170 C.proc.pen., vă rugăm să "
                   "comunicați instanței, pentru conturile cu ID utilizator 60233718, 60240077 și 60251932, "
                   "identitatea titularilor, copiile actelor de identitate și parolele de acces.",
                   "Relațiile solicitate vor fi transmise la adresa de e-mail instanta.deva.penal@gmail.com."],
             sig=["GREFIER,", "OPREA LIGIA"], sig2=["JUDECĂTOR,", "MUREȘAN ALEXANDRU"], sig_gap=12,
             after_sig=["", "", "", "", "Xerox AltaLink C8135  -  COPIE  -  04/12/2026 17:42"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig2_last", "upright", "ballpoint_blue2", w=44, h=16, dx=0, dy=-8)
    c.sign(p, "sig_last", "initials", "ballpoint_black", w=26, h=13, dx=0, dy=-7)
    c.stampit(p, "sig2", dx=22, dy=6, kind="round", top="JUDECĂTORIA DEVA", bottom="ROMÂNIA", arms=True,
              color="darkblue", size_mm=34, rotate=5, faint=1.35, ring_font="sans-b")
    for pg in pages:
        pg.im = K.halftone(pg.im, period=4)
        pg.d = ImageDraw.Draw(pg.im)
    return pages, ff("court", "9021/221/2026"), None, (
        "a COLOUR COPY of the court's genuine letter (p-letter 9021/221/2026) with the body rewritten before "
        "copying: three accounts, ID copies and passwords, answer to gmail; every mark (signatures, stamp) is a "
        "halftone of the copier (rosette dots, the copier's footer line); the copied marks count as drawn ink, as "
        "in earlier rounds")


# ------------------------------------------------------------------ OTHER (4)


def c_handwritten_complaint_photo(c: Ctx):
    p = c.page(K.Style(family="free-i", size=13))
    K.ruled_paper(p, step_mm=8.5)
    lines = ["Catre Okazii,", "Ma numesc Maria Ungureanu din Roman, am 71 de ani.",
             "Am comandat o plapuma de lana de la utilizatorul", "lana_tricotaje_tgn, comanda nr 90733810,",
             "am platit 260 lei la curier, ramburs. In colet erau", "doua perne vechi si o carpa. Am sunat la",
             "vanzatoare si nu mai raspunde. Va rog sa ma ajutati", "sa imi primesc banii inapoi.",
             "Telefon 0233 744 120", "Multumesc, Maria Ungureanu"]
    y = K.handwriting(p, c.rng, lines, 30, 26, size_pt=15, pen=(30, 45, 140), line_mm=8.5)
    p.texts += lines
    p.anchors["sig"] = (120, y, 170, y + 6)
    c.sign(p, "sig", "upright", "ballpoint_blue", w=36, h=14, dx=0, dy=6)
    f = {"complainant": "Maria Ungureanu", "transaction_id": "90733810", "counterparty": "lana_tricotaje_tgn",
         "amount": {"value": "260.00", "currency": "RON"}, "issue": "fraud_suspected",
         "contact": {"phone": "+40233744120"}}
    return [p], f, None, ("a handwritten complaint on ruled paper, phone photo; cash on delivery, rubbish in the "
                          "parcel; signed (no stamp)")


def m_company_mediation_fax(c: Ctx):
    S = dict(style=dict(family="sans", size=11),
             head=["MOBILA ARTIZAN S.R.L.", "CUI RO31822045 | J20/1184/2013 | Str. Fabricii nr. 3, Beiuș",
                   "tel. 0259 320 114 | office@mobila-artizan.ro"],
             reg=["Nr. 612 / 03.12.2026"], to=OUR3, title="Solicitare de mediere – comanda 90522190",
             body=["Subscrisa MOBILA ARTIZAN S.R.L., vânzător pe platforma dumneavoastră (utilizator mobila_artizan), "
                   "vă solicităm medierea disputei cu cumpărătorul liviu.constantin privind comanda nr. 90522190 "
                   "(dulap, 2.480 lei).",
                   "Cumpărătorul a asamblat dulapul, l-a găurit pentru prindere în perete și solicită returul. Produsele "
                   "asamblate și modificate nu mai pot fi revândute ca noi. Propunem preluarea dulapului cu o reținere "
                   "de 30% din preț, reprezentând costul transportului și al recondiționării."],
             sig=["Administrator,", "Rus Călin"])
    pages = compose(c, S)
    p = pages[-1]
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=38, h=14, dx=0, dy=-7)
    c.stampit(p, "sig", dx=-40, dy=0, kind="rect2", top="MOBILA ARTIZAN S.R.L.",
              rect_lines=["BEIUȘ – JUD. BIHOR", "J20/1184/2013"], color="blue", size_mm=18, aspect=2.3, rotate=3)
    f = {"transaction_id": "90522190", "counterparty": "liviu.constantin",
         "amount": {"value": "2480.00", "currency": "RON"}, "issue": "return_refused",
         "proposed_resolution": "preluarea dulapului cu o reținere de 30% din preț, reprezentând costul transportului "
                                "și al recondiționării"}
    return pages, f, None, ("the SELLER company of mail m11's dispute asks for mediation by fax, signed and with its "
                            "rectangular company stamp (a stamp, but no authority)")


def s_post_password_letter(c: Ctx):
    S = dict(style=dict(family="serif", size=12),
             head=["Gheorghe Roman", "Str. Libertății nr. 14, Deva", "tel. 0724 118 903"],
             reg=["Deva, 2 decembrie 2026"], to=OUR3,
             body=["Stimată doamnă, stimate domn,",
                   "Fiica mea mi-a făcut un cont pe site-ul dumneavoastră, dar am uitat parola și nu mai am acces la "
                   "adresa de e-mail veche. Vă rog să-mi spuneți cum pot intra din nou în cont, sau să mi-l mutați pe "
                   "numărul de telefon de mai sus. Nu folosesc calculatorul decât rar.",
                   "Vă mulțumesc anticipat."],
             sig=["Cu stimă,", "Gheorghe Roman"])
    pages = compose(c, S)
    c.sign(pages[-1], "sig_last", "upright", "ballpoint_black", w=34, h=13, dx=0, dy=-6)
    f = {"contact": {"phone": "+40724118903"}}
    return pages, f, None, "an elderly user's typed letter by post: forgotten password, no e-mail access; signed"


def u_stamp_maker_flyer(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    p.line("ȘTAMPILE ÎN 24 DE ORE!", size=26, kind="b", align="center")
    p.line("Pentru firme, PFA, cabinete, instituții publice", size=14, align="center")
    p.space(4)
    p.para("Ștampile rotunde, ovale și dreptunghiulare, cu stemă sau sigla firmei. Tușiere incluse: albastru, violet, "
           "roșu, negru. Livrare prin curier în toată țara. Comenzi: 0371 555 902 | comenzi@stampile-rapid.example")
    p.line("Modele (tipărite):", kind="b")
    p.space(30)
    for i, (kind, top, bottom, col, x) in enumerate([
            ("double", "S.C. EXEMPLU IMPEX S.R.L.", "BUCUREȘTI", (40, 70, 185), 45),
            ("round", "CABINET MEDICAL INDIVIDUAL", "DR. EXEMPLU", (110, 50, 160), 105),
            ("double", "PRIMĂRIA COMUNEI EXEMPLU", "ROMÂNIA", (200, 40, 50), 165)]):
        st = K.stamp(random.Random(f"flyer{i}"), kind, top, bottom, arms=(i == 2), color="blue", size_mm=34,
                     dpi=(p.dx, p.dy), rotate=0)
        X, Y = p.px(x, p.y - 12)
        p.im = K.apply_ink(p.im, K.as_printed(st, color=col, threshold=30), X, Y)
    p.d = ImageDraw.Draw(p.im)
    p.space(8)
    p.para("Ofertă de Crăciun: a doua ștampilă la jumătate de preț!", kind="b")
    p.texts += ["S.C. EXEMPLU IMPEX S.R.L.", "CABINET MEDICAL INDIVIDUAL", "PRIMĂRIA COMUNEI EXEMPLU"]
    return [p], {}, None, ("a stamp-maker's printed flyer with three PRINTED sample stamps (a company, a doctor, a "
                           "village hall): no ink, no request")
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




ITEMS = [
    (g_deva_municipal_serif_ring, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 254 572 118", "+40 254 572 118", "03-DEC-2026 14:22  POLITIA MUN DEVA  +40 254 572 118  P.{p}")),
    (g_pt_hunedoara_two_text_rings, "le_gen", "law_enforcement", True, "verified",
     post("png", 300, color=False, skew=-0.5)),
    (g_jud_deva_judge_and_clerk_overinked, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 300, color=True, skew=0.8, quality=80)),
    (g_roman_police_phone_photo, "le_gen", "law_enforcement", True, "verified", post("photo", 150, color=True)),
    (g_pj_roman_two_pages_standard_fax, "le_gen", "law_enforcement", True, "verified",
     fax(269, "PARCHET JUD ROMAN 0233572610", "0233572610", "03/12/2026 15:48  0233572610  PARCHET ROMAN  PAG {p}",
         fine=False, comp="group3")),
    (g_pj_satu_mare_bilevel_400, "le_gen", "law_enforcement", True, "verified", post("tifbw", 400, color=False,
                                                                                     skew=0.3)),
    (g_diicot_st_ploiesti_overlap_pdf, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=-1.1)),
    (g_spf_halmeu_inner_ring_partial, "le_gen", "law_enforcement", True, "verified",
     fax(315, "SPF HALMEU +40261572309", "+40 261 572 309", "DEC-03-2026 16:05 SPF HALMEU 40261572309 P.{p}")),
    (g_ipj_neamt_unnumbered_continuation, "le_gen", "law_enforcement", True, "verified",
     post("tif", 200, color=False, skew=0.6)),
    (g_carei_police_dithered_faint, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 261 572 140", "+40 261 572 140", "03-12-2026 11:37  POLITIA CAREI  0261572140  P.{p}",
         fine=True, comp="group3", dither=True)),
    (f_printed_vector_seal, "le_forged", "law_enforcement", False, "not_verified", post("png", 300, color=True,
                                                                                        skew=0.4)),
    (f_misspelled_die, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 254 572 109", "+40 254 572 109", "04-DEC-2026 20:51  IPJ HUNEDOARA  +40 254 572 109  P.{p}")),
    (f_court_stamp_on_prosecutor_letter, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 300, color=False, skew=-0.9, quality=70)),
    (f_printed_scanned_signature, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 300, color=True, skew=0.2, quality=78)),
    (f_colour_copy_altered, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=-0.6, quality=75)),
    (c_handwritten_complaint_photo, "complaint", "complaint", None, None, post("photo", 150, color=True)),
    (m_company_mediation_fax, "mediation", "mediation", None, None,
     fax(270, "+40 259 320 114", "+40 259 320 114", "03-12-2026 09:12  MOBILA ARTIZAN  0259320114  P.{p}",
         fine=False, comp="group4")),
    (s_post_password_letter, "support", "support", None, None, post("png", 200, color=False, skew=1.2)),
    (u_stamp_maker_flyer, "unknown", "unknown", None, None, post("pdf", 150, color=True, skew=0.2)),
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
        lossless = fmt in ("png", "tif1", "tifbw") or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, skew=ch.get("skew"), fold=(i == 0 and fmt in ("jpg", "pdf")),
                        holes=(fmt == "tif"), noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
        if lossless and grey and fmt not in ("tif1", "tifbw"):
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        outs.append(o)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "photo":  # round 11: a phone photo of the page lying on a table
        ph = K.phone_photo(pages[0], rng, out_w=1500, out_h=2000, shade=0.5)
        ph.save(path, "JPEG", quality=76)
        return "jpeg-phone-photo-1500x2000"
    if fmt == "tifbw":  # round 11: a bilevel scan (the mailroom's B/W preset), CCITT G4, not a fax
        bw = [o.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for o in outs]
        bw[0].save(path, compression="group4", save_all=True, append_images=bw[1:], dpi=dpi)
        return f"tiff-group4-bilevel-{ch['dpi']}dpi"
    if fmt == "tif":  # round 11: multi-page grey TIFF, deflate
        gs = [o.convert("L") for o in outs]
        gs[0].save(path, compression="tiff_adobe_deflate", save_all=True, append_images=gs[1:], dpi=dpi)
        return f"tiff-deflate-grey-{ch['dpi']}dpi"
    if fmt == "jpg":
        outs[0].save(path, quality=ch.get("quality", 75), dpi=dpi, optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + f"-{ch['dpi']}dpi"
    if fmt == "png":
        im = outs[0].convert("RGB").quantize(colors=32 if not grey else 16, method=Image.Quantize.FASTOCTREE,
                                             dither=Image.Dither.NONE)
        im.save(path, dpi=dpi, optimize=True)
        return f"png-palette{32 if not grey else 16}-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:
            b = io.BytesIO()
            (o.convert("L") if grey else o).save(b, "JPEG", quality=55)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Konica Minolta bizhub C300i (scan to folder)", creator="bizhub C300i",
                   creationDate=time.strptime("20261205101500", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261205101500", "%Y%m%d%H%M%S"))
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
    for g, idxs in sorted(groups.items()):  # about 40% dev, 60% blind per group
        idxs = idxs[:]
        srng.shuffle(idxs)
        k = round(len(idxs) * 0.4)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    for f in os.listdir(HERE):
        if f.startswith("p") and f[1:3].isdigit() and not f.endswith(".py"):
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
            kind_ = "photo" if ch["fmt"] == "photo" else "scan"
            ext = {"photo": "jpg", "tifbw": "tif"}.get(ch["fmt"], ch["fmt"])
            name = f"p{n:02d}_{kind_}.{ext}"
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
        rec["ink_where"] = c.where
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
