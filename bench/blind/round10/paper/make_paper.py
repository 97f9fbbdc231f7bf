"""Blind round 10, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round10/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, fax, post, write_fax, write_post, main) are round 9's, copied as
tools (main() splits about 40% dev / 60% blind); the block builder, the letters and ITEMS are new. Deterministic
(seed 20261050). The authorities and their fax numbers are the world's (../world/authorities.json).
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

SEED = 20261050
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

    def sign(self, p, anchor, hand, pen, w=46, h=16, dx=0.0, dy=0.0, img=None, slant=None, counts=True):
        if img is None:
            img = K.signature(self.rng, hand, pen, w, h, dpi=(p.dx, p.dy), slant=slant)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.sig = self.sig or counts
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


# ------------------------------------------------------------------ block builder (round 10)

def build(c: Ctx, blocks, style=None):
    """Lay out blocks on pages; ("break",) starts a new page. Returns the pages."""
    pages = [c.page(style)]
    p = pages[0]
    for b in blocks:
        k = b[0]
        if k == "break":
            p = c.page(style)
            pages.append(p)
        elif k == "head":
            heading(p, b[1], b[2] if len(b) > 2 else (), **(b[3] if len(b) > 3 else {}))
        elif k == "center":
            for s in b[1]:
                p.line(s, kind="b", align="center", size=b[2] if len(b) > 2 else None)
            p.space(2)
        elif k == "right":
            for s in b[1]:
                p.line(s, align="right")
            p.space(1.5)
        elif k == "left":
            for s in b[1]:
                p.line(s, **(b[2] if len(b) > 2 else {}))
            p.space(1.5)
        elif k == "addr":
            addressee(p, b[1], **(b[2] if len(b) > 2 else {}))
        elif k == "title":
            p.space(2)
            p.line(b[1], kind="b", align="center", size=(p.st.size + 2))
            p.space(3)
        elif k == "para":
            p.para(b[1], **(b[2] if len(b) > 2 else {}))
        elif k == "items":
            p.items(b[1], style=b[2], **(b[3] if len(b) > 3 else {}))
            p.space(1.5)
        elif k == "table":
            p.table(b[1], b[2])
        elif k == "space":
            p.space(b[1])
        elif k == "sig":
            p.space(b[3] if len(b) > 3 else 6)
            al = b[2] if len(b) > 2 else "right"
            p.sigblock(b[1], align=al, x=(p.wmm / 2 if al == "center" else None))
        elif k == "footer":
            y = p.y
            p.y = 282
            p.line(b[1], size=8, align=b[2] if len(b) > 2 else "center")
            p.y = y
        elif k == "rule":
            p.hrule()
        else:
            raise ValueError(k)
    return pages


def letter(S: dict):
    """A letter function from a spec: blocks, then ink(c, pages), then fields/accept/notes."""
    def fn(c: Ctx):
        pages = build(c, S["blocks"], S.get("style"))
        if S.get("ink"):
            S["ink"](c, pages)
        if S.get("post_fx"):
            S["post_fx"](c, pages)
        return pages, S["fields"], S.get("accept"), S["notes"]
    fn.__name__ = S["name"]
    return fn


def le(kind, **kw):
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def sub(kind, value):
    return {"kind": kind, "value": value}


def ink_std(sig_lines_anchor="sig", hand="flourish", pen="ballpoint_blue", w=46, h=16, sdx=-4, sdy=-2, page=-1,
            stamp=None, st_anchor="sig", st_dx=-38, st_dy=0, extra=None):
    def ink(c, pages):
        p = pages[page]
        c.sign(p, sig_lines_anchor, hand, pen, w=w, h=h, dx=sdx, dy=sdy)
        if stamp:
            c.stampit(p, st_anchor, dx=st_dx, dy=st_dy, **stamp)
        for pg in pages:
            pg.d = ImageDraw.Draw(pg.im)
        if extra:
            extra(c, pages)
    return ink


# ------------------------------------------------------------------ GENUINE (10)

G_TULCEA_MUN = dict(
    name="g_tulcea_municipal_beaded",
    blocks=[
        ("head", ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN TULCEA",
                  "POLIȚIA MUNICIPIULUI TULCEA", "Biroul de Investigații Criminale"],
         ["NESECRET", "Nr. 29.880 din 04.12.2026", "Exemplar nr. 1"]),
        ("addr", OUR),
        ("para", "Vă aducem la cunoștință că Biroul de Investigații Criminale al Poliției Municipiului Tulcea "
                 "efectuează cercetări în dosarul penal nr. 1702/P/2026, privind săvârșirea infracțiunii de "
                 "înșelăciune prin vânzarea online a unor bărci și motoare marine inexistente."),
        ("para", "În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, cu privire la "
                 "utilizatorul pescar_delta_tl, înregistrat cu adresa de e-mail ion.pescaru77@yahoo.com, "
                 "pentru perioada 01.08.2026 – 30.11.2026:"),
        ("items", ["datele de identificare ale titularului contului;",
                   "adresele IP de la care a fost accesat contul;",
                   "tranzacțiile efectuate în calitate de vânzător."], "num"),
        ("para", "Răspunsul îl veți transmite prin curier, la sediul Poliției Municipiului Tulcea, Str. Păcii "
                 "nr. 20, Tulcea."),
        ("sig", ["ȘEFUL POLIȚIEI MUNICIPIULUI TULCEA", "Comisar-șef de poliție", "Dobre Marian"]),
    ],
    ink=ink_std(hand="bigloop", pen="ballpoint_blue", sdy=-3,
                stamp=dict(kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN TULCEA",
                           bottom="POLIȚIA MUN. TULCEA", beaded=True, arms=True, color="blue", size_mm=40, rotate=8),
                st_dx=-42, st_dy=4),
    fields=le("police", authority="Poliția Municipiului Tulcea", reference_number="29880",
              reference_date="2026-12-04", case_number="1702/P/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "pescar_delta_tl"), sub("email", "ion.pescaru77@yahoo.com")],
              requested_data=["datele de identificare ale titularului contului",
                              "adresele IP de la care a fost accesat contul",
                              "tranzacțiile efectuate în calitate de vânzător"],
              period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="courier",
              signatory="Comisar-șef de poliție Dobre Marian"),
    accept={"authority": ["Inspectoratul de Poliție Județean Tulcea", "IPJ Tulcea"], "reference_number": ["29.880"]},
    notes="town police under IPJ Tulcea; G4 fine; beaded (dotted) outer ring with arms, struck left of the name; "
          "'bigloop' hand; answer by courier",
)

G_PT_ALBA = dict(
    name="g_pt_alba_band_over_signature",
    blocks=[
        ("head", ["ROMÂNIA", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL ALBA"], ["Dosar nr. 611/P/2026"]),
        ("left", ["Nr. 5117/II/5/2026", "Alba Iulia, 3 decembrie 2026"]),
        ("addr", ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor", "București"], {"x": 105.0}),
        ("para", "În dosarul penal nr. 611/P/2026, având ca obiect infracțiunea de șantaj săvârșită prin mesaje "
                 "transmise de pe un cont creat pe platforma dumneavoastră, în temeiul art. 170 Cod procedură "
                 "penală, vă solicit să comunicați, pentru contul cu ID-ul 6102287, asociat numărului de telefon "
                 "0758 204 661, următoarele:"),
        ("items", ["datele de identificare ale utilizatorului;", "istoricul conectărilor (IP, dată, oră);",
                   "anunțurile publicate."], "dash"),
        ("para", "Răspunsul va fi transmis prin e-mail, la adresa pt.alba@mpublic.ro."),
        ("sig", ["PROCUROR,", "Oprean Claudiu"], "center", 8),
    ],
    ink=ink_std(hand="hook", pen="fountain_blue", sdx=2, sdy=6, w=50,
                stamp=dict(kind="double", top="ROMÂNIA • PARCHETUL DE PE LÂNGĂ TRIBUNALUL ALBA", band="PROCUROR",
                           color="violet", size_mm=36, rotate=-15), st_dx=6, st_dy=2),
    fields=le("prosecutor", authority="Parchetul de pe lângă Tribunalul Alba", reference_number="5117/II/5/2026",
              reference_date="2026-12-03", case_number="611/P/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("user_id", "6102287"), sub("phone", "+40758204661")],
              requested_data=["datele de identificare ale utilizatorului", "istoricul conectărilor (IP, dată, oră)",
                              "anunțurile publicate"],
              response_channel="electronic", reply_to="pt.alba@mpublic.ro", signatory="Procuror Oprean Claudiu"),
    notes="colour JPEG 200 dpi, skewed; date in words; a violet double ring with a horizontal band struck OVER the "
          "signature; 'hook' hand in fountain pen; user id and phone",
)

G_CARANSEBES = dict(
    name="g_caransebes_table_star_stamp",
    style=K.Style(family="sans", size=11.0),
    blocks=[
        ("center", ["INSPECTORATUL DE POLIȚIE JUDEȚEAN CARAȘ-SEVERIN", "POLIȚIA MUNICIPIULUI CARANSEBEȘ"]),
        ("table", [["Nr. înregistrare", "Data", "Dosar penal"], ["11.406", "02.12.2026", "833/P/2026"]], [55, 45, 60]),
        ("addr", OUR, {"x": 90.0}),
        ("para", "Poliția Municipiului Caransebeș efectuează cercetări în dosarul penal nr. 833/P/2026, privind "
                 "infracțiunea de înșelăciune, constând în încasarea unor avansuri pentru autoturisme care nu au "
                 "fost livrate niciodată."),
        ("para", "În temeiul art. 170 C.p.p., vă solicităm să ne comunicați, referitor la utilizatorul "
                 "caransebes_auto și la contul bancar {iban} indicat de acesta:"),
        ("items", ["datele de identificare și de contact ale titularului contului;",
                   "lista anunțurilor publicate;", "tranzacțiile în care a fost indicat contul bancar."], "let"),
        ("para", "Vă rugăm să transmiteți răspunsul electronic, la adresa politia.caransebes@cs.politiaromana.ro."),
        ("sig", ["Șeful Poliției Municipiului Caransebeș", "Comisar de poliție Bogdan Lavinia"]),
    ],
    ink=ink_std(hand="ladder", pen="felt_black", sdy=-4, w=40,
                stamp=dict(kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN CARAȘ-SEVERIN", single=True,
                           star=True, center=["POLIȚIA", "CARANSEBEȘ"], color="blue", size_mm=32, rotate=30),
                st_dx=-45, st_dy=-16),
    fields=None, notes="",
)
_IB_CS = iban("RZBR", "0000060021734455")
for blk in G_CARANSEBES["blocks"]:
    if blk[0] == "para" and "{iban}" in blk[1]:
        G_CARANSEBES["blocks"][G_CARANSEBES["blocks"].index(blk)] = ("para", blk[1].replace("{iban}", _IB_CS))
G_CARANSEBES["fields"] = le("police", authority="Poliția Municipiului Caransebeș", reference_number="11406",
                            reference_date="2026-12-02", case_number="833/P/2026", legal_basis=["art. 170 CPP"],
                            subjects=[sub("username", "caransebes_auto"), sub("iban", _IB_CS.replace(" ", ""))],
                            requested_data=["datele de identificare și de contact ale titularului contului",
                                            "lista anunțurilor publicate",
                                            "tranzacțiile în care a fost indicat contul bancar"],
                            response_channel="electronic", reply_to="politia.caransebes@cs.politiaromana.ro",
                            signatory="Comisar de poliție Bogdan Lavinia")
G_CARANSEBES["accept"] = {"authority": ["Inspectoratul de Poliție Județean Caraș-Severin", "IPJ Caraș-Severin"],
                          "reference_number": ["11.406"]}
G_CARANSEBES["notes"] = ("G3 standard (98 lpi); number, date and case in a drawn table; a small single ring with a "
                         "star struck over the text above the signatory; 'ladder' hand in felt pen; IBAN")

G_TB_CS = dict(
    name="g_tribunal_caras_faded_top",
    blocks=[
        ("head", ["R O M Â N I A", "TRIBUNALUL CARAȘ-SEVERIN", "SECȚIA PENALĂ"],
         ["Dosar nr. 2245/115/2026", "Nr. 19.730 din 04.12.2026"]),
        ("addr", ["Către:", "S.C. OKAZII ONLINE S.R.L.", "Str. Frunzei nr. 29, sector 2, București"]),
        ("para", "Vă facem cunoscut că, în ședința publică din 03.12.2026, în dosarul nr. 2245/115/2026, având ca "
                 "obiect infracțiunea de înșelăciune, instanța a dispus, în temeiul art. 170 din Codul de procedură "
                 "penală, să vă solicite, pentru utilizatorul lavinia_vand, înregistrat cu adresa de e-mail "
                 "lavinia.vand@gmail.com:"),
        ("items", ["datele de identificare;", "istoricul tranzacțiilor;", "corespondența purtată prin platformă."],
         "paren"),
        ("para", "Relațiile vor fi comunicate prin poștă, la sediul instanței din Reșița, Str. Paul Iorgovici nr. 2, "
                 "până la termenul din 21.01.2027."),
        ("sig", ["PREȘEDINTE COMPLET", "Judecător Vlaicu Adriana"], "left"),
    ],
    ink=ink_std(hand="spiral", pen="rollerball_blue", sdy=-3, w=44,
                stamp=dict(kind="double", top="ROMÂNIA • TRIBUNALUL CARAȘ-SEVERIN", arms=True, color="darkblue",
                           size_mm=38, rotate=-6, fade="top"), st_dx=48, st_dy=0),
    fields=le("court", authority="Tribunalul Caraș-Severin", reference_number="19730", reference_date="2026-12-04",
              case_number="2245/115/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "lavinia_vand"), sub("email", "lavinia.vand@gmail.com")],
              requested_data=["datele de identificare", "istoricul tranzacțiilor", "corespondența purtată prin platformă"],
              signatory="Judecător Vlaicu Adriana"),
    accept={"reference_number": ["19.730"], "authority": ["Tribunalul Caraș-Severin - Secția penală"]},
    notes="grey 16-level PNG; spaced ROMÂNIA; signatory block on the left; stamp to its right, faded towards the "
          "top (rocked); 'spiral' hand in rollerball; answer by post (response channel left out)",
)

G_PJ_TULCEA = dict(
    name="g_pj_tulcea_two_pages_inner_ring",
    blocks=[
        ("head", ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TULCEA"],
         ["Nr. 8312/II/2026", "din 02.12.2026"]),
        ("addr", OUR),
        ("title", "ADRESĂ"),
        ("para", "În dosarul penal nr. 2480/P/2026, aflat în faza de urmărire penală, privind săvârșirea "
                 "infracțiunilor de înșelăciune și fals informatic, s-a constatat că persoana cercetată a oferit "
                 "spre închiriere, prin platforma dumneavoastră, locuințe de vacanță din Murighiol pe care nu le "
                 "deținea, încasând avansuri de la mai mulți turiști."),
        ("para", "Pentru stabilirea identității acesteia și a tuturor persoanelor prejudiciate, în temeiul art. 170 "
                 "Cod procedură penală, vă solicităm să ne comunicați, referitor la utilizatorul cazare_murighiol, "
                 "care a utilizat numărul de telefon 0722 401 338, pentru perioada 01.06.2026 – 31.10.2026, "
                 "următoarele:"),
        ("items", ["datele de identificare ale titularului contului;",
                   "adresele IP și datele de conectare;"], "num"),
        ("footer", "Pagina 1/2"),
        ("break",),
        ("left", ["Dosar nr. 2480/P/2026 – continuare"], {"size": 9}),
        ("space", 3),
        ("items", ["lista anunțurilor publicate și a rezervărilor încasate;",
                   "mesajele schimbate cu cumpărătorii prin platformă."], "num", {"start": 3}),
        ("para", "Răspunsul se va transmite electronic, la adresa pj.tulcea@mpublic.ro, cu mențiunea numărului "
                 "de dosar."),
        ("sig", ["PRIM-PROCUROR,", "Enache Laurențiu"], "right", 10),
        ("footer", "Pagina 2/2"),
    ],
    ink=ink_std(hand="lasso", pen="ballpoint_blue2", sdy=-2, w=44,
                stamp=dict(kind="round", top="ROMÂNIA • MINISTERUL PUBLIC",
                           inner_ring="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TULCEA", arms=False, star=True,
                           color="blue", size_mm=38, rotate=0), st_dx=-44, st_dy=8),
    fields=le("prosecutor", authority="Parchetul de pe lângă Judecătoria Tulcea", reference_number="8312/II/2026",
              reference_date="2026-12-02", case_number="2480/P/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "cazare_murighiol"), sub("phone", "+40722401338")],
              requested_data=["datele de identificare ale titularului contului", "adresele IP și datele de conectare",
                              "lista anunțurilor publicate și a rezervărilor încasate",
                              "mesajele schimbate cu cumpărătorii prin platformă"],
              period={"from": "2026-06-01", "to": "2026-10-31"}, response_channel="electronic",
              reply_to="pj.tulcea@mpublic.ro", signatory="Prim-procuror Enache Laurențiu"),
    notes="two pages ('Pagina 1/2', '2/2'), the numbered list runs across the break, page 2 with a continuation "
          "line; ink on page 2 only: a round stamp with a SECOND ring of text inside (no arms, a star)",
)

G_GURA_HUMORULUI = dict(
    name="g_gura_humorului_oval_over_text",
    style=K.Style(family="dserif", size=11.0),
    blocks=[
        ("head", ["POLIȚIA ROMÂNĂ", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", "POLIȚIA ORAȘULUI GURA HUMORULUI"],
         ["Nr. 3.302 / 03.12.2026"]),
        ("addr", OUR, {"x": 100.0}),
        ("para", "Stimată doamnă / Stimate domn,", {"indent": 0}),
        ("para", "Poliția Orașului Gura Humorului efectuează cercetări în dosarul penal nr. 1299/P/2026, urmare a "
                 "plângerii unui turist care a plătit o rezervare la o pensiune prin tranzacția nr. 70612280, "
                 "fără ca rezervarea să existe."),
        ("para", "Conform art. 170 Cod procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
                 "humor_cazare (e-mail humor.cazare@gmail.com):"),
        ("items", ["datele de identificare ale titularului contului;",
                   "conturile bancare în care au fost încasate plățile."], "bullet"),
        ("para", "Răspunsul îl puteți trimite în format electronic la adresa "
                 "politia.gurahumorului@sv.politiaromana.ro."),
        ("sig", ["Șeful Poliției Orașului Gura Humorului", "Subcomisar de poliție", "Hușanu Ovidiu"]),
    ],
    ink=ink_std(hand="upright", pen="rollerball_blue", sdy=-3, w=42,
                stamp=dict(kind="oval", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", bottom="GURA HUMORULUI",
                           band="POLIȚIA", color="blue", size_mm=30, aspect=1.4, rotate=-30), st_dx=-55, st_dy=-22),
    fields=le("police", authority="Poliția Orașului Gura Humorului", reference_number="3302",
              reference_date="2026-12-03", case_number="1299/P/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "humor_cazare"), sub("email", "humor.cazare@gmail.com")],
              transactions=["70612280"],
              requested_data=["datele de identificare ale titularului contului",
                              "conturile bancare în care au fost încasate plățile"],
              response_channel="electronic", reply_to="politia.gurahumorului@sv.politiaromana.ro",
              signatory="Subcomisar de poliție Hușanu Ovidiu"),
    accept={"authority": ["Inspectoratul de Poliție Județean Suceava", "IPJ Suceava"], "reference_number": ["3.302"]},
    notes="colour image-only PDF; number and date joined by a slash; an OVAL stamp with a band, rotated -30 degrees, "
          "over the last paragraph; careful upright hand in rollerball",
)

G_GALATI_SIC = dict(
    name="g_galati_sic_large_double_strike",
    blocks=[
        ("head", ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI",
                  "SERVICIUL DE INVESTIGAȚII CRIMINALE"], ["Nr. 443.017", "din 04.12.2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 4502/P/2026, privind infracțiunea de înșelăciune prin vânzarea online de "
                 "telefoane mobile, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne "
                 "comunicați, cu privire la utilizatorul telefoane_gl_outlet, care a folosit numărul de telefon "
                 "0740 318 225, pentru perioada 01.10.2026 – 04.12.2026:"),
        ("items", ["datele de identificare ale utilizatorului;", "adresele IP de autentificare;",
                   "lista cumpărătorilor care au achitat produse."], "num"),
        ("para", "Răspunsul se va transmite pe e-mail, la adresa sic@gl.politiaromana.ro."),
        ("sig", ["ȘEF SERVICIU", "Comisar-șef de poliție", "Stoica Mirela"]),
    ],
    ink=ink_std(hand="coil", pen="ballpoint_black", sdy=-2,
                stamp=dict(kind="double", top="ROMÂNIA • INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI", arms=True,
                           inner_top="M.A.I.", color="blue", size_mm=45, rotate=12, double_strike=True),
                st_dx=-30, st_dy=-4),
    fields=le("police", authority="Inspectoratul de Poliție Județean Galați", reference_number="443017",
              reference_date="2026-12-04", case_number="4502/P/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "telefoane_gl_outlet"), sub("phone", "+40740318225")],
              requested_data=["datele de identificare ale utilizatorului", "adresele IP de autentificare",
                              "lista cumpărătorilor care au achitat produse"],
              period={"from": "2026-10-01", "to": "2026-12-04"}, response_channel="electronic",
              reply_to="sic@gl.politiaromana.ro", signatory="Comisar-șef de poliție Stoica Mirela"),
    accept={"authority": ["IPJ Galați"], "reference_number": ["443.017"]},
    notes="dithered G3 fine from IPJ Galați's second registry fax; a LARGE 45 mm double ring struck twice over the "
          "signature block; 'coil' hand in black ballpoint",
)

G_DIICOT_GL = dict(
    name="g_diicot_galati_navy_over_name",
    style=K.Style(family="sans", size=10.5),
    blocks=[
        ("center", ["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                    "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                    "SERVICIUL TERITORIAL GALAȚI"], 10),
        ("left", ["Nr. 3410/II/2/2026", "Galați, 04 decembrie 2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 1311/D/P/2026 se efectuează urmărirea penală privind introducerea în țară "
                 "și comercializarea prin platforme online a unor produse contrafăcute."),
        ("para", "În temeiul art. 170 Cod procedură penală, vă solicităm să ne comunicați, pentru utilizatorul "
                 "importuri_china_gl (adresa de e-mail import.china.gl@proton.me):"),
        ("items", ["datele de identificare și de contact;", "toate tranzacțiile încheiate de utilizator."], "dash"),
        ("para", "Răspunsul se va transmite electronic, la adresa st.galati@diicot.ro."),
        ("sig", ["PROCUROR", "Ilie Teodora"], "right", 8),
    ],
    ink=ink_std(hand="flourish", pen="fineliner_black", sdy=-6, w=48,
                stamp=dict(kind="double", top="ROMÂNIA • MINISTERUL PUBLIC • DIICOT", bottom="S.T. GALAȚI",
                           arms=True, color="navy", size_mm=36, rotate=-4), st_anchor="sig_last", st_dx=0, st_dy=-2),
    fields=le("prosecutor", authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și "
                                      "Terorism - Serviciul Teritorial Galați",
              reference_number="3410/II/2/2026", reference_date="2026-12-04", case_number="1311/D/P/2026",
              legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "importuri_china_gl"), sub("email", "import.china.gl@proton.me")],
              requested_data=["datele de identificare și de contact", "toate tranzacțiile încheiate de utilizator"],
              response_channel="electronic", reply_to="st.galati@diicot.ro", signatory="Procuror Ilie Teodora"),
    accept={"authority": ["DIICOT", "DIICOT - Serviciul Teritorial Galați",
                          "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]},
    notes="palette PNG 150 dpi; a navy double ring struck right OVER the printed name; fine-liner flourish; the "
          "suspect's address on proton.me is a subject, not an answer address",
)

G_DGA_VS = dict(
    name="g_dga_vaslui_inner_ring_fax",
    blocks=[
        ("center", ["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
                    "SERVICIUL JUDEȚEAN ANTICORUPȚIE VASLUI"]),
        ("right", ["Nr. 735.226 din 03.12.2026"]),
        ("addr", OUR),
        ("para", "Serviciul Județean Anticorupție Vaslui efectuează, prin delegare, acte de cercetare penală în "
                 "dosarul penal nr. 412/P/2026, privind săvârșirea infracțiunii de luare de mită."),
        ("para", "În baza art. 170 C.p.p., vă rugăm să ne comunicați, pentru perioada 01.01.2026 – 30.11.2026, "
                 "referitor la utilizatorul vama_stocuri_vs, cu ID-ul 8830154:"),
        ("items", ["datele de identificare ale titularului;", "istoricul tranzacțiilor;",
                   "adresele de livrare utilizate."], "paren"),
        ("para", "Datele vor fi predate prin curier, la sediul S.J.A. Vaslui, Str. Ștefan cel Mare nr. 79, Vaslui."),
        ("sig", ["ȘEF SERVICIU", "Comisar-șef de poliție Ciobanu Marcel"]),
    ],
    ink=ink_std(hand="steep", pen="ballpoint_blue2", sdy=-3, w=36,
                stamp=dict(kind="round", top="MINISTERUL AFACERILOR INTERNE • DIRECȚIA GENERALĂ ANTICORUPȚIE",
                           inner_ring="SERVICIUL JUDEȚEAN ANTICORUPȚIE VASLUI", star=True, color="blue",
                           size_mm=40, rotate=-20), st_dx=-48, st_dy=-6),
    fields=le("police", authority="Direcția Generală Anticorupție - Serviciul Județean Anticorupție Vaslui",
              reference_number="735226", reference_date="2026-12-03", case_number="412/P/2026",
              legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "vama_stocuri_vs"), sub("user_id", "8830154")],
              requested_data=["datele de identificare ale titularului", "istoricul tranzacțiilor",
                              "adresele de livrare utilizate"],
              period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
              signatory="Comisar-șef de poliție Ciobanu Marcel"),
    accept={"authority": ["Direcția Generală Anticorupție", "DGA", "Serviciul Județean Anticorupție Vaslui"],
            "authority_kind": ["other"], "reference_number": ["735.226"]},
    notes="G4 standard (98 lpi) from DGA's Vaslui registry fax; centred heading; a round stamp with an inner ring of "
          "text and a star, rotated; 'steep' hand; answer by courier",
)

G_JUD_SB = dict(
    name="g_judecatoria_sibiu_faint_violet",
    blocks=[
        ("head", ["ROMÂNIA", "JUDECĂTORIA SIBIU", "Secția penală"], ["Dosar nr. 9013/306/2026"]),
        ("right", ["Nr. 33.744 din 03.12.2026"]),
        ("addr", ["Către", "S.C. OKAZII ONLINE S.R.L.", "București, Str. Frunzei nr. 29, sector 2"]),
        ("para", "În dosarul nr. 9013/306/2026, aflat pe rolul Judecătoriei Sibiu – Secția penală, având ca obiect "
                 "infracțiunea de înșelăciune, în temeiul art. 170 din Codul de procedură penală, vă solicităm să "
                 "comunicați instanței, pentru utilizatorul sibiu_bijuterii și numărul de telefon 0731 902 417, "
                 "pentru perioada 01.05.2026 – 30.11.2026:"),
        ("items", ["datele de identificare ale titularului contului;", "tranzacțiile încheiate;",
                   "reclamațiile primite de la cumpărători."], "letdot"),
        ("para", "Răspunsul va fi transmis electronic, la adresa judsibiu-registratura@just.ro."),
        ("sig", ["JUDECĂTOR,", "Schuster Ingrid-Elena"]),
    ],
    ink=ink_std(hand="wave", pen="gel_violet", sdy=-3,
                stamp=dict(kind="round", top="ROMÂNIA • JUDECĂTORIA SIBIU", arms=True, color="violet", size_mm=34,
                           faint=0.5, double_strike=True, rotate=18), st_dx=-40, st_dy=2),
    fields=le("court", authority="Judecătoria Sibiu", reference_number="33744", reference_date="2026-12-03",
              case_number="9013/306/2026", legal_basis=["art. 170 CPP"],
              subjects=[sub("username", "sibiu_bijuterii"), sub("phone", "+40731902417")],
              requested_data=["datele de identificare ale titularului contului", "tranzacțiile încheiate",
                              "reclamațiile primite de la cumpărători"],
              period={"from": "2026-05-01", "to": "2026-11-30"}, response_channel="electronic",
              reply_to="judsibiu-registratura@just.ro", signatory="Judecător Schuster Ingrid-Elena"),
    accept={"reference_number": ["33.744"], "authority": ["Judecătoria Sibiu - Secția penală"]},
    notes="grey JPEG 200 dpi, low quality; a FAINT violet stamp struck twice; 'wave' hand in violet gel pen; "
          "lettered list with dots",
)


# ------------------------------------------------------------------ FORGED / DEFECTIVE (5)

F_OBSOLETE_DIE = dict(
    name="f_obsolete_die_ministry_name",
    blocks=[
        ("head", ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN TULCEA",
                  "Serviciul de Investigații Criminale"], ["Nr. 31.018 din 05.12.2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 2115/P/2026, privind infracțiunea de lipsire de libertate, în temeiul art. "
                 "170 C.p.p. vă solicităm URGENT, în cel mult 6 ore, datele de identificare, numerele de telefon, "
                 "adresele IP și adresele de livrare pentru utilizatorii sulina_rent_boats, delta.tours.tl și "
                 "mila_tulcea."),
        ("para", "Răspunsul se transmite prin fax, la numărul de la care ați primit prezenta."),
        ("sig", ["ȘEF SERVICIU", "Comisar-șef de poliție Gavrilă Costel"]),
    ],
    ink=ink_std(hand="zigzag", pen="ballpoint_blue", sdy=-3,
                stamp=dict(kind="double", top="MINISTERUL ADMINISTRAȚIEI ȘI INTERNELOR", bottom="I.P.J. TULCEA",
                           arms=True, color="blue", size_mm=38, rotate=-10), st_dx=-42),
    fields={"authority_kind": "police", "case_number": "2115/P/2026", "urgent": True},
    notes="FORGED obsolete_die: an IPJ Tulcea letter from its second registry fax whose round stamp names the ministry "
          "by its 2007-2012 name (MINISTERUL ADMINISTRAȚIEI ȘI INTERNELOR) while the printed heading says Ministerul "
          "Afacerilor Interne: a die copied from an old impression; 6-hour urgency, three users, answer to the "
          "sending fax",
)


def _photocopy(c, pages):
    """Turn the page into a toner photocopy (grey, contrasty, specks), before the lawyer's own ink."""
    p = pages[0]
    g = p.im.convert("L")
    a = np.asarray(g, np.float32)
    a = np.where(a < 200, a * 0.35, 255.0)
    nrng = np.random.default_rng(7)
    a = np.clip(a + nrng.normal(0, 6, a.shape), 0, 255)
    specks = nrng.random(a.shape) < 0.0008
    a[specks] = 40
    p.im = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)).convert("RGB")
    p.d = ImageDraw.Draw(p.im)


def _lawyer_ink(c, pages):
    p = pages[0]
    _photocopy(c, pages)
    c.stampit(p, (150.0, 262.0), kind="rrect", top="CABINET DE AVOCAT TOMESCU RĂZVAN",
              rect_lines=["Baroul Suceava", "CONFORM CU ORIGINALUL"], color="blue", size_mm=20, aspect=2.6, rotate=2)
    K.handwriting(p, c.rng, ["Conform cu originalul,", "av. Tomescu Răzvan"], 28, 255, size_pt=13,
                  pen=(25, 45, 150))
    c.sign(p, (72.0, 276.0), "hook", "ballpoint_blue", w=38, h=12)


F_LAWYER_COPY = dict(
    name="f_lawyer_certified_photocopy",
    blocks=[
        ("head", ["ROMÂNIA", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", "POLIȚIA MUNICIPIULUI VATRA DORNEI"],
         ["Nr. 7.844 din 01.12.2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 1460/P/2026, în temeiul art. 170 C.p.p., vă solicităm datele de identificare, "
                 "adresele IP și tranzacțiile utilizatorului dorna_lemn_foc, precum și ale utilizatorului "
                 "cabane.dorna, pentru perioada 01.01.2026 – 30.11.2026."),
        ("para", "Răspunsul se va transmite apărătorului părții vătămate, av. Tomescu Răzvan, la adresa "
                 "av.razvan.tomescu@gmail.com, care va depune datele la dosar."),
        ("sig", ["ȘEFUL POLIȚIEI MUNICIPIULUI VATRA DORNEI", "Comisar de poliție Ostafe Ilie"]),
        ("space", 20),
    ],
    ink=ink_std(hand="flourish", pen="ballpoint_black", sdy=-3,
                stamp=dict(kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", bottom="VATRA DORNEI",
                           arms=True, color="black", size_mm=36, rotate=5), st_dx=-40, extra=_lawyer_ink),
    fields={"authority_kind": "police", "case_number": "1460/P/2026", "urgent": False},
    notes="FORGED lawyer_certified_copy: a black toner PHOTOCOPY of a Vatra Dornei police letter (its signature and "
          "stamp copied grey-black), 'conform cu originalul' in blue ink by a lawyer with his own rectangular stamp "
          "and signature; the answer goes to the lawyer's gmail; by post. The only ink is the lawyer's",
)


def _facsimile(c, pages):
    p = pages[0]
    img = K.facsimile_signature(c.rng, "hook", 44, 15, dpi=(p.dx, p.dy), color="violet")
    X, Y = c.anchor_px(p, "sig", 2, 5)
    p.im = K.apply_ink(p.im, img, X, Y)
    p.d = ImageDraw.Draw(p.im)
    c.stampit(p, "sig", dx=-42, dy=2, kind="double", top="ROMÂNIA • PARCHETUL DE PE LÂNGĂ TRIBUNALUL ALBA",
              band="PROCUROR", color="violet", size_mm=36, rotate=12)


F_FACSIMILE = dict(
    name="f_facsimile_signature_stamp",
    blocks=[
        ("head", ["ROMÂNIA", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL ALBA"], ["Dosar nr. 702/P/2026"]),
        ("left", ["Nr. 5230/II/5/2026", "Alba Iulia, 4 decembrie 2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 702/P/2026, în temeiul art. 170 Cod procedură penală, vă solicit să "
                 "comunicați datele de identificare, parolele criptate (hash) și adresele IP ale utilizatorilor "
                 "alba_electro și mures.vanzari.ab, în termen de 24 de ore."),
        ("para", "Răspunsul va fi transmis prin e-mail, la adresa parchet.alba.dosare@gmail.com."),
        ("sig", ["PROCUROR,", "Oprean Claudiu"], "center", 8),
    ],
    ink=lambda c, pages: _facsimile(c, pages),
    fields={"authority_kind": "prosecutor", "case_number": "702/P/2026", "urgent": True},
    notes="FORGED facsimile_signature: a Parchetul Tribunalul Alba letter faxed from the office's registry number; the "
          "'signature' is a rubber FACSIMILE stamp in violet stamp ink (uniform strokes, rubber texture, no pen) "
          "beside a round stamp: anyone can order one; 24 h, password hashes, gmail answer (ink.signature false)",
)


def _specimen(c, pages):
    p = pages[0]
    lay = Image.new("L", (int(p.w * 1.2), int(p.h * 0.25)), 0)
    f = K.font("dsans-b", p.h * 0.09)
    ImageDraw.Draw(lay).text((lay.width * 0.08, lay.height * 0.15), "SPECIMEN", font=f, fill=255)
    lay = lay.rotate(35, expand=True, resample=Image.BICUBIC)
    col = Image.new("RGBA", lay.size, (150, 150, 150, 0))
    col.putalpha(Image.fromarray((np.asarray(lay, np.float32) * 0.45).astype(np.uint8)))
    p.im = K.apply_ink(p.im, col, p.w / 2, p.h / 2)
    p.d = ImageDraw.Draw(p.im)
    ink_std(hand="upright", pen="ballpoint_blue", sdy=-3,
            stamp=dict(kind="double", top="ROMÂNIA • TRIBUNALUL CARAȘ-SEVERIN", arms=True, color="blue",
                       size_mm=36, rotate=-8), st_dx=-42)(c, pages)


F_SPECIMEN = dict(
    name="f_specimen_template",
    blocks=[
        ("head", ["ROMÂNIA", "TRIBUNALUL CARAȘ-SEVERIN", "SECȚIA PENALĂ"], ["Dosar nr. 2301/115/2026",
                                                                              "Nr. 19.955 din 05.12.2026"]),
        ("addr", ["Către:", "S.C. OKAZII ONLINE S.R.L.", "Str. Frunzei nr. 29, sector 2, București"]),
        ("para", "În dosarul nr. 2301/115/2026, în temeiul art. 170 din Codul de procedură penală, instanța vă "
                 "solicită comunicarea datelor de identificare, a documentelor de identitate încărcate și a "
                 "conturilor bancare ale utilizatorilor resita_auto_parts, valea.almajului și cs.tractoare."),
        ("para", "Relațiile vor fi comunicate la adresa de e-mail tribunal.cs.relatii@outlook.com."),
        ("sig", ["PREȘEDINTE COMPLET", "Judecător ......................"], "right"),
        ("footer", "Model orientativ – Anexa nr. 3 la Ghidul privind solicitările de date adresate furnizorilor "
                   "de servicii online (ediția 2025)"),
    ],
    ink=lambda c, pages: _specimen(c, pages),
    fields={"authority_kind": "court", "case_number": "2301/115/2026", "urgent": False},
    notes="FORGED specimen_template: a court letter filled into a training TEMPLATE: a large diagonal 'SPECIMEN' "
          "across the page, the footer 'Model orientativ – Anexa nr. 3 la Ghidul…', the judge's name left as dots; "
          "signature and stamp present; ID documents and bank accounts of three users; answer to outlook.com",
)


def _collage(c, pages):
    """Cut the bottom strip of ANOTHER signed letter and glue it under this body (visible seam)."""
    p = pages[0]
    donor_c = Ctx(random.Random("donor-strip"), c.ch)
    donor = build(donor_c, [
        ("space", 30),
        ("para", "Informațiile pot fi transmise pe suport electronic la adresa sic@gl.politiaromana.ro, în "
                 "termen de 10 zile de la primire."),
        ("sig", ["ȘEF SERVICIU", "Comisar-șef de poliție", "Stoica Mirela"]),
    ])[0]
    donor_c.sign(donor, "sig", "coil", "ballpoint_blue", dx=-4, dy=-2)
    donor_c.stampit(donor, "sig", dx=-40, kind="double", top="ROMÂNIA • INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI",
                    arms=True, color="blue", size_mm=38, rotate=-14)
    top_mm = 18 + 30 + 2.2  # cuts through the donor's first line
    y0 = int(top_mm / 25.4 * donor.dy)
    y1 = int(112 / 25.4 * donor.dy)
    strip = donor.im.crop((0, y0, donor.w, y1)).rotate(-0.7, resample=Image.BICUBIC, expand=False,
                                                       fillcolor=(255, 255, 255))
    Y = int((p.y + 2) / 25.4 * p.dy)
    shadow = Image.new("RGB", (p.w, 5), (185, 185, 185))
    p.im.paste(shadow, (0, Y - 3))
    p.im.paste(strip, (int(4 / 25.4 * p.dx), Y))
    p.d = ImageDraw.Draw(p.im)
    p.texts += ["Stoica Mirela"]
    c.sig = c.stamp = True


F_COLLAGE = dict(
    name="f_collage_signature_strip",
    blocks=[
        ("head", ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI",
                  "SERVICIUL DE INVESTIGAȚII CRIMINALE"], ["Nr. 444.102", "din 05.12.2026"]),
        ("addr", OUR),
        ("para", "În dosarul penal nr. 4533/P/2026, în temeiul art. 170 C.p.p., vă solicităm datele de identificare, "
                 "copiile actelor de identitate, adresele IP și conturile bancare ale utilizatorilor "
                 "gl_telefoane_noi, dunarea.shop și tecuci.outlet, pentru perioada 01.01.2025 – 05.12.2026."),
        ("para", "Răspunsul se va transmite în regim de urgență la adresa sic.galati.dosare@gmail.com."),
    ],
    ink=lambda c, pages: _collage(c, pages),
    fields={"authority_kind": "police", "case_number": "4533/P/2026"},
    notes="FORGED collage_strip: a new IPJ Galați body (three users, ID copies, gmail answer) with, glued under it, a "
          "strip cut from ANOTHER letter's foot: a half line of that letter's text at the seam, its signature and "
          "stamp; the strip is slightly rotated and a shadow marks the cut; colour scan by post",
)


# ------------------------------------------------------------------ OTHER (4)

def c_form_block_capitals(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5))
    p.line("OKAZII.RO – FORMULAR DE RECLAMAȚIE", kind="b", align="center", size=13)
    p.line("(se completează cu majuscule și se trimite prin poștă la Str. Frunzei nr. 29, sector 2, București)",
           align="center", size=8.5)
    p.space(6)
    rows = [("Nume și prenume:", "GRIGORAȘ VASILE"), ("Telefon:", "0743 551 902"),
            ("Nr. comandă:", "70599318"), ("Utilizator vânzător:", "DRUJBE_SV_PRO"),
            ("Suma plătită (lei):", "1.150"), ("Data comenzii:", "14.11.2026")]
    texts = []
    for lab, val in rows:
        p.line(lab, kind="b")
        p.box(72, p.y - 5.6, 185, p.y + 1.2)
        K.handwriting(p, c.rng, [val], 75, p.y - 5.2, size_pt=13, pen=(25, 45, 140), fam="freesans")
        texts.append(val)
        p.space(3)
    p.line("Descrierea problemei:", kind="b")
    p.box(25, p.y, 190, p.y + 52)
    desc = ["AM PLĂTIT O DRUJBĂ STIHL MS 250 PRIN TRANSFER", "BANCAR. NU A VENIT NIMIC, VÂNZĂTORUL NU MAI",
            "RĂSPUNDE LA TELEFON DE 2 SĂPTĂMÂNI. VREAU", "BANII ÎNAPOI SAU PRODUSUL."]
    K.handwriting(p, c.rng, desc, 28, p.y + 3, size_pt=12.5, pen=(25, 45, 140), fam="freesans", line_mm=10)
    p.space(58)
    p.line("Semnătura:", kind="b", x=120)
    p.mark("sg", 140, 185, 10)
    c.sign(p, "sg", "upright", "ballpoint_blue", w=36, h=12, dy=2)
    p.texts += texts + desc
    fields = {"complainant": "GRIGORAȘ VASILE", "transaction_id": "70599318", "counterparty": "DRUJBE_SV_PRO",
              "amount": {"value": "1150.00", "currency": "RON"}, "issue": "not_delivered",
              "contact": {"phone": "+40743551902"}}
    return [p], fields, {"counterparty": ["drujbe_sv_pro"], "complainant": ["Grigoraș Vasile"],
                         "issue": ["no_answer"]}, \
        "our printed complaint form filled in by hand in block capitals; signed, no stamp"


def s_fax_delete_account(c: Ctx):
    p = c.page(K.Style(family="serif", size=12.0))
    p.line("Ionescu Traian", kind="b")
    p.line("Str. Mărășești nr. 14, bl. C3, ap. 9, Suceava")
    p.line("tel. 0230 512 447")
    p.space(6)
    addressee(p, ["Către", "S.C. OKAZII ONLINE S.R.L.", "Serviciul clienți"], x=100)
    p.line("Suceava, 3 decembrie 2026", align="right")
    p.space(4)
    p.para("Subsemnatul Ionescu Traian, titular al contului de utilizator traian_ionescu_sv, vă rog să îmi "
           "închideți contul și să ștergeți datele mele personale, deoarece nu mai folosesc site-ul. Nu am "
           "comenzi în curs. Vă rog să îmi confirmați prin poștă.")
    p.space(3)
    p.para("Vă mulțumesc.", indent=0)
    p.sigblock(["Cu stimă,", "Ionescu Traian"], align="right")
    c.sign(p, "sig", "steep", "ballpoint_black", w=30, h=12, dy=8)
    return [p], {"contact": {"phone": "+40230512447"}}, None, \
        "a pensioner's typed letter by fax from a private number: close the account and delete the data; signed"


def u_invoice_water(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.0))
    K.print_emblem(p, 34, 22, 18, color=(20, 90, 160), kind="logo", text="AB")
    p.y = 14
    p.line("AQUA BUCOVINA DISTRIBUȚIE S.R.L.", kind="b", x=50, size=12)
    p.line("J33/1874/2015 • CUI RO34890211 • Suceava, Str. Humorului nr. 61", x=50, size=8.5)
    p.space(8)
    p.line("FACTURĂ FISCALĂ seria ABD nr. 0048817 din 01.12.2026", kind="b", align="center", size=12)
    p.space(4)
    p.line("Cumpărător: S.C. OKAZII ONLINE S.R.L. – punct de lucru Suceava, CUI RO18340113")
    p.space(3)
    p.table([["Nr.", "Denumire", "U.M.", "Cant.", "Preț", "Valoare"],
             ["1", "Apă plată bidon 19 l", "buc", "12", "14,50", "174,00"],
             ["2", "Chirie dozator noiembrie", "luna", "2", "25,00", "50,00"],
             ["", "TVA 21%", "", "", "", "47,04"], ["", "TOTAL DE PLATĂ", "", "", "", "271,04"]],
            [12, 70, 18, 18, 22, 30])
    p.space(6)
    p.line("Scadență: 15.12.2026. IBAN RO49 BTRL 0330 1202 Y118 22XX, Banca Transilvania", size=9)
    p.space(10)
    p.sigblock(["Întocmit,", "Rusu Elena"], align="left")
    c.sign(p, "sig", "initials", "ballpoint_blue", w=26, h=10, dy=6)
    c.stampit(p, "sig", dx=55, dy=0, kind="round", top="AQUA BUCOVINA DISTRIBUȚIE S.R.L.", bottom="SUCEAVA",
              center=["J33/1874/2015"], color="blue", size_mm=32, rotate=-12)
    return [p], {}, None, "a supplier's invoice for office water, signed and stamped by the supplier: no request"


def u_fax_toner_offer(c: Ctx):
    p = c.page(K.Style(family="freesans", size=13.0))
    p.line("OFERTĂ SPECIALĂ DE IARNĂ!!!", kind="b", align="center", size=22)
    p.space(6)
    p.line("CARTUȘE TONER COMPATIBILE – PÂNĂ LA 70% REDUCERE", kind="b", align="center", size=15)
    p.space(6)
    for s in ["HP 85A / 78A / 83A ............ 79 lei", "Canon 725 / 728 .................. 85 lei",
              "Brother TN-2420 .................. 99 lei", "Livrare GRATUITĂ peste 300 lei în toată țara"]:
        p.line(s, x=40)
    p.space(8)
    p.para("Comandați acum la 0371 900 412 sau pe www.toner-ieftin-ro.example. Pentru a nu mai primi oferte prin "
           "fax, sunați la 0371 900 499.", indent=0)
    return [p], {}, None, "a fax advertisement for toner cartridges (fax spam)"


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
    (letter(G_TULCEA_MUN), "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 240 571 109", "+40 240 571 109", "04-DEC-2026 15:02  IPJ TULCEA  +40 240 571 109  P.{p}")),
    (letter(G_PT_ALBA), "le_gen", "law_enforcement", True, "verified", post("jpg", 200, color=True, skew=1.6)),
    (letter(G_CARANSEBES), "le_gen", "law_enforcement", True, "verified",
     fax(269, "POL CARANSEBES 0255571166", "+40255571166", "02/12/2026 13:40  0255571166  POLITIA CARANSEBES  {p}",
         fine=False, comp="group3")),
    (letter(G_TB_CS), "le_gen", "law_enforcement", True, "verified", post("png", 200, color=False, skew=-0.7)),
    (letter(G_PJ_TULCEA), "le_gen", "law_enforcement", True, "verified",
     fax(315, "PJ TULCEA 0240571610", "0240571610", "02.12.2026 11:26  PARCHET JUD TULCEA  0240571610  PAG {p}")),
    (letter(G_GURA_HUMORULUI), "le_gen", "law_enforcement", True, "verified", post("pdf", 200, color=True, skew=-0.8)),
    (letter(G_GALATI_SIC), "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 236 571 120", "+40 236 571 120", "DEC-04-2026 12:51 FROM IPJ GALATI SIC 40236571120 P.{p}",
         fine=True, comp="group3", dither=True)),
    (letter(G_DIICOT_GL), "le_gen", "law_enforcement", True, "verified", post("png", 150, color=True, skew=0.9)),
    (letter(G_DGA_VS), "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 235 571 809", "+40 235 571 809", "03-DEC-2026 16:18  DGA SJA VASLUI  +40 235 571 809  P.{p}",
         fine=False, comp="group4")),
    (letter(G_JUD_SB), "le_gen", "law_enforcement", True, "verified",
     post("jpg", 200, color=False, skew=0.5, quality=55)),
    (letter(F_OBSOLETE_DIE), "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 240 571 144", "+40 240 571 144", "05-DEC-2026 22:47  +40 240 571 144  P.{p}")),
    (letter(F_LAWYER_COPY), "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 150, color=True, skew=-1.3)),
    (letter(F_FACSIMILE), "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 258 571 610", "+40 258 571 610", "04/12/2026 19:05  PARCHET TRIB ALBA  0258571610  {p}",
         fine=True, comp="group4")),
    (letter(F_SPECIMEN), "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 150, color=False, skew=0.7, quality=60)),
    (letter(F_COLLAGE), "le_forged", "law_enforcement", False, "not_verified", post("jpg", 200, color=True, skew=-0.4)),
    (c_form_block_capitals, "complaint", "complaint", None, None, post("png", 150, color=False, skew=0.6)),
    (s_fax_delete_account, "support", "support", None, None,
     fax(270, "+40 230 512 447", "+40 230 512 447", "03-12-2026 10:05  0230512447  P.{p}", fine=False,
         comp="group3")),
    (u_invoice_water, "unknown", "unknown", None, None, post("pdf", 150, color=True, skew=0.3)),
    (u_fax_toner_offer, "unknown", "unknown", None, None,
     fax(270, "+40 371 900 412", "+40 371 900 412", "06-12-2026 06:31  TONER IEFTIN  0371900412  P.{p}", fine=False,
         comp="group3")),
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
