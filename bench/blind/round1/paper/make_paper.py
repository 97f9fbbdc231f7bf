#!/usr/bin/env python3
"""Generate the paper half of blind round 1: scanned post and received faxes, with truth.

Run from anywhere with the project's venv:
    /work/main/.venv/bin/python bench/blind/round1/paper/make_paper.py
It rewrites p*.{jpg,png,pdf,tif} and truth.jsonl in this folder. Deterministic (SEED).
Written blind: the author never read the product's parsers, router or detector.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import (DPI, H, INK_COLORS, W, Page, apply_ink, fax_scan, font, hand_text,  # noqa: E402
                    post_scan, scribble_mask, signature_mask, stamp_mask, texture_stamp, smooth_noise)

SEED = 20261204
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

D = dt.date


def dmy(d):
    return d.strftime("%d.%m.%Y")


def dword(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def droman(d):
    return f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}"


def iban(bank, acct):
    bban = bank + acct
    s = bban + "RO00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return f"RO{check:02d}{bban}"


def iban_spaced(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


COMPANY = ["S.C. OKAZII MARKETPLACE S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
           "Str. Fabricii de Zahăr nr. 26, et. 3", "Cluj-Napoca, jud. Cluj, cod 400632"]
COMPANY_ALT = ["Către: OKAZII.RO", "în atenția Departamentului Juridic", "Str. Fabricii de Zahăr nr. 26,",
               "400632 Cluj-Napoca, județul Cluj"]


# =============================================================================== law-enforcement letters
def subject_phrase(subjects):
    """Words for the users concerned, as a police clerk would write them."""
    parts = []
    for kind, value, shown in subjects:
        if kind == "username":
            parts.append(f"contul de utilizator „{shown}”")
        elif kind == "user_id":
            parts.append(f"ID utilizator {shown}")
        elif kind == "email":
            parts.append(f"adresa de e-mail {shown}")
        elif kind == "phone":
            parts.append(f"numărul de telefon {shown}")
        elif kind == "iban":
            parts.append(f"contul bancar IBAN {shown}")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " și " + parts[-1]


def requested_blocks(items, style, lead):
    if style == "none":
        return []
    out = [("para", lead, {})] if lead else []
    if style == "prose":
        return [("para", lead.rstrip(":") + " " + ", ".join(items[:-1]) + " și " + items[-1] + ".", {})]
    for i, it in enumerate(items):
        end = ";" if i < len(items) - 1 else "."
        if style == "numbered":
            hang = f"{i + 1}."
        elif style == "lettered":
            hang = f"{'abcdefgh'[i]})"
        elif style == "dash":
            hang = "–"
        else:
            hang = "•"
        out.append(("para", it + end, {"indent": 110, "hang": hang, "justify": False, "gap_after": 2}))
    out.append(("gap", 14))
    return out


def reply_sentence(s):
    email, postal, ch = s["reply"].get("email"), s["reply"].get("postal"), s["reply"]["channel"]
    if ch == "electronic":
        return [f"Răspunsul dumneavoastră, însoțit de datele solicitate, va fi transmis în format electronic "
                f"la adresa de e-mail {email}, cu mențiunea numărului de dosar."]
    if ch == "courier":
        return [f"Datele solicitate vor fi transmise pe suport optic (CD/DVD), prin curier sau poștă, la sediul "
                f"nostru din {postal}."]
    return [f"Vă rugăm să transmiteți răspunsul atât prin e-mail, la adresa {email}, cât și în original, "
            f"prin curier, la sediul nostru din {postal}."]


def le_blocks(s):
    """The printed letter as a list of layout blocks."""
    b = []
    align = s.get("head_align", "left")
    for i, ln in enumerate(s["heading"]):
        b.append(("line", ln, {"style": "b" if i in s.get("head_bold", [len(s["heading"]) - 1]) else "r",
                               "align": align, "scale": 0.95}))
    if s.get("nesecret"):
        b.append(("line_right_top", "NESECRET", {}))
    b.append(("gap", 22))
    ref, d = s["ref"], s["date"]
    st = s["ref_style"]
    if st == "inline":
        b.append(("line", f"Nr. {ref} din {dmy(d)}", {"style": "b"}))
    elif st == "roman":
        b.append(("line", f"Nr. {ref} din {droman(d)}", {}))
    elif st == "labelled":
        b.append(("line", f"Număr: {ref}", {}))
        b.append(("line", f"Data: {dword(d)}", {}))
    elif st == "inreg":
        b.append(("line", f"Nr. înreg. {ref}", {"advance": False}))
        b.append(("line", f"{s['city']}, {dword(d)}", {"align": "right"}))
    elif st == "cityword":
        b.append(("line", f"{s['city']}, {dword(d)}", {"align": "right"}))
        b.append(("line", f"Nr. {ref} din {dmy(d)}", {}))
    b.append(("gap", 30))
    for i, ln in enumerate(s.get("addressee", COMPANY)):
        b.append(("line", ln, {"style": "b" if i == 0 else "r", "indent": s.get("addr_indent", 620)}))
    b.append(("gap", 30))
    if s.get("urgent"):
        b.append(("line", s.get("urgent_word", "URGENT"), {"style": "b", "align": "center", "scale": 1.15}))
    b.append(("line", s.get("title", "ADRESĂ"), {"style": "b", "align": "center", "scale": 1.1}))
    b.append(("gap", 18))
    if s.get("salut", True):
        b.append(("para", "Stimată doamnă/Stimate domn,", {"first": 60, "justify": False}))
    for p in s["intro"]:
        b.append(("para", p, {}))
    if s.get("break_before_list"):
        b.append(("break",))
    b += requested_blocks(s["requested"], s["req_style"], s["req_lead"])
    for p in s.get("after", []):
        b.append(("para", p, {}))
    if s.get("break_before_reply"):
        b.append(("break",))
    for p in reply_sentence(s):
        b.append(("para", p, {}))
    if s.get("urgent") and s.get("urgent_sentence"):
        b.append(("para", s["urgent_sentence"], {}))
    b.append(("para", s.get("closing", "Vă mulțumim pentru colaborare."), {}))
    if s.get("break_before_sig"):
        b.append(("break",))
    b.append(("gap", 40))
    b.append(("sig", s["sig"]))
    if s.get("intocmit"):
        b.append(("small_left", s["intocmit"]))
    return b


def render_blocks(s, blocks, rng):
    """Lay blocks out over pages; returns [Page], anchors per page."""
    fam = s["font"]
    pages = [Page(fam, s.get("size", 11.5), margins=s.get("margins", (190, 150, 170, 170)))]
    total = 1 + sum(1 for b in blocks if b[0] == "break")

    def new_page():
        p = Page(fam, s.get("size", 11.5), margins=s.get("margins", (190, 150, 170, 170)))
        ref = s.get("p2_ref", s["ref"])
        d2 = s.get("p2_date", s["date"])
        p.line(f"Continuare la adresa nr. {ref} din {dmy(d2)}", style="i", scale=0.85, align="right")
        if s.get("p2_case"):
            p.line(f"Dosar penal nr. {s['p2_case']}", style="i", scale=0.85, align="right")
        p.gap(40)
        pages.append(p)
        return p

    p = pages[0]
    for blk in blocks:
        kind = blk[0]
        if kind == "break":
            p = new_page()
        elif kind == "line":
            kw = dict(blk[2])
            p.line(blk[1], **kw)
        elif kind == "line_right_top":
            y = p.y
            p.y = p.top - 60
            p.line(blk[1], style="b", align="right", scale=0.9)
            p.y = y
        elif kind == "gap":
            p.gap(blk[1])
        elif kind == "para":
            p.para(blk[1], **blk[2])
        elif kind == "sig":
            draw_sig_block(p, blk[1])
        elif kind == "small_left":
            y = p.y
            of = p.overflow
            p.y = p.bottom + 20
            p.line(blk[1], scale=0.75)
            p.y, p.overflow = y, of
    for pg in pages:
        if pg.overflow:
            raise RuntimeError(f"{s['id']}: text overflows the page")
    style = s.get("pagenum", "Pagina {i} din {n}")
    if total > 1:
        for i, pg in enumerate(pages):
            pg.y = H - 120
            pg.line(style.format(i=i + 1, n=total), scale=0.85, align="center" if "Pagina" in style else "right")
    return pages


def draw_sig_block(p: Page, sig):
    """Function / rank / name lines; two columns for a court (judge + clerk)."""
    if sig.get("two"):
        (r1, n1), (r2, n2) = sig["two"]
        y = p.y
        lx, rx = p.left + 60, p.left + 820
        p.line(r1, style="b", x=lx, advance=False)
        p.line(r2, style="b", x=rx)
        p.gap(sig.get("gap", 70))
        b1 = p.line(n1, x=lx, advance=False)
        b2 = p.line(n2, x=rx)
        p.anchors["sig_name"] = b1
        p.anchors["sig2_name"] = b2
        p.anchors["sig_block"] = (lx, y, rx + 400, p.y)
        return
    align = sig.get("align", "center")
    cx = sig.get("cx", 1060 if align == "right" else W // 2)
    y0 = p.y
    lines = [(ln, "b") for ln in sig.get("function", [])] + [(sig["rank"], "r")]
    boxes = []
    for ln, stl in lines:
        w = p.d.textlength(ln, font=p.f(stl))
        boxes.append(p.line(ln, style=stl, x=cx - w / 2))
    p.anchors["sig_rank"] = boxes[-1]
    p.gap(sig.get("gap", 60))
    w = p.d.textlength(sig["name"], font=p.f("b" if sig.get("name_bold") else "r"))
    p.anchors["sig_name"] = p.line(sig["name"], style="b" if sig.get("name_bold") else "r", x=cx - w / 2)
    if sig.get("printed_note"):
        w = p.d.textlength(sig["printed_note"], font=p.f("i", 0.85))
        p.line(sig["printed_note"], style="i", scale=0.85, x=cx - w / 2)
    p.anchors["sig_block"] = (int(cx - 260), y0, int(cx + 260), p.y)


# ------------------------------------------------------------------------------- ink on the page
def put_signature(rng, page, where, color, anchor="sig_name", dx=0, dy=0, **kw):
    m = signature_mask(rng, **kw)
    b = page.anchors[anchor]
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    if where == "over_name":
        x, y = cx - m.width / 2 + rng.uniform(-40, 60), cy - m.height * 0.75
    elif where == "above_name":
        x, y = cx - m.width / 2 + rng.uniform(-30, 30), b[1] - m.height * 0.95
    elif where == "right_of":
        x, y = b[2] + 10, cy - m.height / 2
    else:
        raise ValueError(where)
    apply_ink(page.img, m, (x + dx, y + dy), INK_COLORS[color])
    return (x + dx, y + dy, x + dx + m.width, y + dy + m.height)


def put_stamp(rng, page, spec):
    m = stamp_mask(rng, spec["shape"], spec.get("text", ""), center=spec.get("center"),
                   inner_text=spec.get("inner"), lines=spec.get("lines"))
    m = texture_stamp(rng, m, strength=spec.get("strength", 1.0), partial=spec.get("partial"),
                      angle=spec.get("angle"))
    where = spec["where"]
    sb = page.anchors.get("sig_block", (900, 1800, 1400, 2000))
    sn = page.anchors.get("sig_name", sb)
    if where == "over_sig_left":
        x, y = sn[0] - m.width * 0.55, (sn[1] + sn[3]) / 2 - m.height * 0.6
    elif where == "over_sig":
        x, y = (sn[0] + sn[2]) / 2 - m.width / 2 + rng.uniform(-60, 60), (sn[1] + sn[3]) / 2 - m.height * 0.55
    elif where == "left_of_sig":
        x, y = sb[0] - m.width - rng.uniform(0, 60), (sb[1] + sb[3]) / 2 - m.height / 2
    elif where == "lower_left":
        x, y = rng.uniform(180, 320), min(H - m.height - 120, sb[3] - m.height * 0.3)
    elif where == "across_text":
        x, y = rng.uniform(500, 900), sb[1] - m.height * 0.9
    elif where == "edge":
        x, y = W - m.width * 0.7, sb[1] - rng.uniform(0, 80)
    elif where == "xy":
        x, y = spec["xy"]
    else:
        raise ValueError(where)
    x += spec.get("dx", 0)
    y += spec.get("dy", 0)
    apply_ink(page.img, m, (x, y), INK_COLORS[spec.get("color", "stampblue")])


# =============================================================================== the law-enforcement specs
def make_le_specs():
    sp = []

    def add(**k):
        sp.append(k)

    MAI = "MINISTERUL AFACERILOR INTERNE"
    IGPR = "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE"

    # 1 ------------------------------------------------------------ IPJ Cluj, numbered list, e-mail
    ib1 = iban("BTRL", "0130120245871000")
    add(id="le01", genuine=True, channel="post", fmt="jpg", colour=True, font="LiberationSerif",
        heading=["ROMÂNIA", MAI, IGPR, "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ",
                 "Serviciul de Investigare a Criminalității Economice"], head_bold=[3],
        authority="INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", authority_kind="police", nesecret=True,
        ref="215347", date=D(2026, 11, 12), ref_style="inline", city="Cluj-Napoca", case="4567/P/2026",
        intro=["Inspectoratul de Poliție Județean Cluj – Serviciul de Investigare a Criminalității Economice "
               "efectuează cercetări în dosarul penal nr. 4567/P/2026, privind săvârșirea infracțiunii de "
               "înșelăciune, prevăzută de art. 244 alin. (1) Cod penal, comisă prin intermediul platformei "
               "dumneavoastră de anunțuri.",
               "În temeiul art. 170 alin. (1) Cod procedură penală, vă rugăm să ne comunicați, pentru "
               "contul de utilizator „ion_vanzator88” (ID utilizator 4587213), înregistrat cu adresa de "
               "e-mail ion.vanzator88@yahoo.com, următoarele date aferente perioadei 01.09.2026 – "
               "15.11.2026:"],
        legal=["art. 170 CPP"],
        subjects=[("username", "ion_vanzator88"), ("user_id", "4587213"), ("email", "ion.vanzator88@yahoo.com"),
                  ("iban", ib1)],
        req_style="numbered", req_lead="",
        requested=["datele de identificare ale titularului contului (nume, prenume, CNP, adresă)",
                   "adresele IP și data/ora fiecărei autentificări",
                   "istoricul tranzacțiilor efectuate, cu datele cumpărătorilor",
                   "conturile bancare declarate pentru încasarea sumelor"],
        after=[f"Menționăm că sumele au fost virate în contul IBAN {iban_spaced(ib1)}, deschis la Banca "
               "Transilvania, iar tranzacția reclamată are nr. 98765432."],
        transactions=["98765432"], period=(D(2026, 9, 1), D(2026, 11, 15)),
        reply={"channel": "electronic", "email": "sice@cj.politiaromana.ro"},
        sig={"function": ["ȘEFUL SERVICIULUI"], "rank": "Comisar-șef de poliție", "name": "Popescu Ion",
             "align": "right"},
        signatory="Comisar-șef de poliție Popescu Ion", urgent=False,
        intocmit="Întocmit: ag.șef adj. Marin D. / 2 ex.",
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig_left", text="ROMÂNIA * MINISTERUL AFACERILOR INTERNE * INSPECTORATUL DE POLIȚIE "
             "JUDEȚEAN CLUJ *")]},
        deg=dict(skew=1.2, lid=None), quality=44,
        notes="IPJ letter, NESECRET top right, numbered list with lead sentence in the intro; blue ballpoint "
              "signature crossing the printed name; round blue stamp (arms) overlapping the signature's left; "
              "'Întocmit' clerk line bottom-left is not the signatory; colour JPEG.")
    # 2 ------------------------------------------------------------ IPJ Iași, fax fine, bulleted
    add(id="le02", genuine=True, channel="fax", fmt="tif", fine=True, font="NimbusSans",
        heading=["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
                 "Serviciul de Combatere a Criminalității Informatice"], head_bold=[1], head_align="center",
        authority="INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", authority_kind="police",
        ref="88.412", date=D(2026, 11, 18), ref_style="inline", city="Iași", case="11893/P/2026",
        intro=["În lucrare avem dosarul penal nr. 11893/P/2026, în care se efectuează cercetări sub aspectul "
               "săvârșirii infracțiunii de fraudă informatică (art. 249 Cod penal).",
               "Având în vedere dispozițiile art. 170 și art. 152 Cod procedură penală, vă solicităm să ne "
               "comunicați datele deținute cu privire la utilizatorul cu numele „andreea.m_shop” și numărul "
               "de telefon 0741 223 344, pentru perioada 1 octombrie 2026 – 17 noiembrie 2026, respectiv:"],
        legal=["art. 170 CPP", "art. 152 CPP"],
        subjects=[("username", "andreea.m_shop"), ("phone", "0741223344")],
        req_style="bullet", req_lead="",
        requested=["datele de înregistrare ale contului", "istoricul anunțurilor publicate",
                   "adresele IP de conectare", "mesajele schimbate cu cumpărătorii"],
        period=(D(2026, 10, 1), D(2026, 11, 17)),
        reply={"channel": "electronic", "email": "cybercrime@is.politiaromana.ro"},
        sig={"function": ["ȘEF SERVICIU"], "rank": "Comisar de poliție", "name": "Dănilă Mihai-Cristian",
             "align": "right"},
        signatory="Comisar de poliție Dănilă Mihai-Cristian", urgent=False,
        ink={"sig": ("above_name", "black"), "stamps": [dict(shape="round", center="star", color="stampblue",
             where="over_sig", text="MINISTERUL AFACERILOR INTERNE * I.P.J. IAȘI * SERVICIUL C.C.I. *")]},
        deg=dict(skew=-0.8, threshold=150),
        fax_header="18.11.2026 14:07   +40 232 302 500   IPJ IASI SCCI", pagenum="{i}/{n}",
        notes="fax 204x196, sans serif, centred heading, bulleted list, stamp squarely over the signature "
              "(stamp and signature merge in black on the fax); reference number with a thousands dot.")
    # 3 ------------------------------------------------------------ Secția 5 Poliție, standard fax, prose
    add(id="le03", genuine=True, channel="fax", fmt="tif", fine=False, font="LiberationSerif",
        heading=["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI",
                 "SECȚIA 5 POLIȚIE"], head_bold=[1, 2],
        authority="SECȚIA 5 POLIȚIE", authority_kind="police", authority_accept=["DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI"], nesecret=True,
        ref="703455", date=D(2026, 11, 20), ref_style="cityword", city="București", case="3318/P/2026",
        intro=["Secția 5 Poliție efectuează cercetări în dosarul penal nr. 3318/P/2026, ca urmare a plângerii "
               "formulate de numita Stanciu Elena, care a achitat suma de 2.300 lei pentru un telefon mobil "
               "ce nu i-a mai fost livrat (tranzacția nr. 55512987)."],
        legal=["art. 170 CPP"],
        subjects=[("username", "gadget_shop_ro"), ("email", "gadget.shop.ro@gmail.com")],
        req_style="prose",
        req_lead="În baza art. 170 Cod procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
                 "„gadget_shop_ro” (e-mail gadget.shop.ro@gmail.com), în perioada 01.10.2026 – 20.11.2026:",
        requested=["datele de identificare declarate la crearea contului", "numerele de telefon asociate",
                   "adresele IP folosite la autentificare", "lista tranzacțiilor încheiate"],
        transactions=["55512987"], period=(D(2026, 10, 1), D(2026, 11, 20)),
        reply={"channel": "both", "email": "sectia5@b.politiaromana.ro",
               "postal": "București, Calea Moșilor nr. 164, sector 2"},
        sig={"function": ["ȘEFUL SECȚIEI"], "rank": "Comisar-șef de poliție", "name": "Gheorghiu Adrian",
             "align": "right"},
        signatory="Comisar-șef de poliție Gheorghiu Adrian", urgent=False,
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampviolet",
             where="left_of_sig", text="POLIȚIA ROMÂNĂ * D.G.P.M.B. * SECȚIA 5 POLIȚIE *", strength=0.8)]},
        deg=dict(skew=1.6, threshold=140),
        fax_header="20/11/2026 09:51 FAX 0213106244          SECTIA 5 POLITIE   P.001",
        notes="standard-mode fax 204x98 (half vertical resolution), requested data in prose, answer by e-mail "
              "and post (both); same user and a transaction a complainant also reports (links to a complaint); "
              "faint violet stamp left of the signature block.")
    # 4 ------------------------------------------------------------ DGPMB, 2 pages PDF colour
    add(id="le04", genuine=True, channel="post", fmt="pdf", colour=True, font="Caladea",
        heading=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE",
                 "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", "Serviciul de Investigare a Fraudelor"],
        head_bold=[2], head_align="center",
        authority="DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", authority_kind="police", authority_accept=["Serviciul de Investigare a Fraudelor"],
        ref="1.204.877", date=D(2026, 11, 9), ref_style="labelled", city="București", case="9021/P/2026",
        intro=["Serviciul de Investigare a Fraudelor din cadrul D.G.P.M.B. instrumentează dosarul penal "
               "nr. 9021/P/2026, având ca obiect o serie de înșelăciuni comise în mediul online, prin "
               "publicarea unor anunțuri fictive de vânzare a unor telefoane mobile și console de jocuri.",
               "Din verificările efectuate până în prezent a rezultat că persoanele vătămate au intrat în "
               "legătură cu autorii prin intermediul platformei administrate de societatea dumneavoastră, "
               "după care au achitat contravaloarea produselor prin transfer bancar, fără ca produsele să "
               "mai fie livrate.",
               "Conturile de utilizator implicate sunt „mega.deals2026” (ID 7781204) și „consola_ps5_ieftin” "
               "(ID 7790016), iar sumele au fost încasate în contul "
               f"{iban_spaced(iban('RNCB', '0082157730150001'))}.",
               "În aceste condiții, în temeiul art. 170 Cod procedură penală, coroborat cu art. 152 "
               "Cod procedură penală, vă rugăm să dispuneți comunicarea următoarelor date, aferente "
               "perioadei 15.08.2026 – 31.10.2026:"],
        break_before_list=True,
        legal=["art. 170 CPP", "art. 152 CPP"],
        subjects=[("username", "mega.deals2026"), ("user_id", "7781204"), ("username", "consola_ps5_ieftin"),
                  ("user_id", "7790016"), ("iban", iban("RNCB", "0082157730150001"))],
        req_style="lettered", req_lead="",
        requested=["datele de identificare ale titularilor conturilor", "adresele de e-mail și numerele de "
                   "telefon asociate", "adresele IP și porturile sursă utilizate la crearea conturilor și la "
                   "fiecare autentificare", "anunțurile publicate și mesajele schimbate cu cumpărătorii",
                   "tranzacțiile efectuate și modalitățile de plată folosite"],
        after=["Vă rugăm să ne comunicați, de asemenea, dacă alte conturi au fost accesate de pe aceleași "
               "adrese IP."],
        period=(D(2026, 8, 15), D(2026, 10, 31)),
        reply={"channel": "electronic", "email": "fraude.dgpmb@b.politiaromana.ro"},
        sig={"function": ["ȘEFUL SERVICIULUI"], "rank": "Comisar-șef de poliție", "name": "Ionescu Marian",
             "align": "right"},
        signatory="Comisar-șef de poliție Ionescu Marian", urgent=False, pagenum="Pagina {i} din {n}",
        ink={"sig": ("over_name", "darkblue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig_left", text="ROMÂNIA * MINISTERUL AFACERILOR INTERNE * D.G.P.M.B. * "
             "SERVICIUL DE INVESTIGARE A FRAUDELOR *")]},
        deg=dict(skew=-0.6), quality=42,
        notes="2-page image-only PDF (colour); 'Număr:' and 'Data:' on separate labelled lines, date with the "
              "month as a word; lettered list on page 2; page 2 repeats the reference; signature and stamp "
              "on page 2 only.")
    # 5 ------------------------------------------------------------ Parchet Jud. Sector 3, ref = case, roman date
    add(id="le05", genuine=True, channel="post", fmt="jpg", colour=True, font="NimbusRoman",
        heading=["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI"],
        head_bold=[2], authority="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI",
        authority_kind="prosecutor", ref="2345/P/2026", date=D(2026, 11, 3), ref_style="roman",
        city="București", case="2345/P/2026", salut=False,
        intro=["Procurorul din cadrul Parchetului de pe lângă Judecătoria Sectorului 3 București, "
               "în dosarul penal nr. 2345/P/2026, în care se efectuează urmărirea penală in rem pentru "
               "săvârșirea infracțiunii de înșelăciune, prev. de art. 244 alin. (2) C.pen.,",
               "în baza art. 170 alin. (1) C.proc.pen. și a art. 12 din Legea nr. 506/2004, vă solicită să "
               "comunicați în scris, pentru utilizatorul înregistrat cu adresa de e-mail "
               "vlad.ro1985@gmail.com și telefonul +40 723 456 789, toate datele referitoare la "
               "perioada 1 iulie 2026 – 30 septembrie 2026, și anume:"],
        legal=["art. 170 CPP", "Legea 506/2004"],
        subjects=[("email", "vlad.ro1985@gmail.com"), ("phone", "+40723456789")],
        req_style="dash", req_lead="",
        requested=["numele de utilizator și datele de identificare ale titularului",
                   "istoricul conectărilor (adrese IP, dată, oră)", "lista anunțurilor și a tranzacțiilor"],
        period=(D(2026, 7, 1), D(2026, 9, 30)),
        reply={"channel": "courier",
               "postal": "București, Str. Gheorghe Pătrașcu nr. 2, sector 3"},
        sig={"rank": "PROCUROR,", "name": "Andrei Vlăsceanu", "align": "right"},
        signatory="Procuror Andrei Vlăsceanu", urgent=False,
        ink={"sig": ("above_name", "blue"), "stamps": [dict(shape="round", center="arms", color="red",
             where="lower_left", text="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA "
             "SECTORULUI 3 *")]},
        deg=dict(skew=2.3, lid="bottom"), quality=40,
        notes="prosecutor: registration number equals the case number, date with Roman month (03.XI.2026); "
              "spaced 'R O M Â N I A'; cites Legea 506/2004 art. 12 (legal_basis given as 'Legea 506/2004'); "
              "answer by post only; red stamp lower-left away from the signature; dark scanner-lid band at the "
              "bottom; skew 2.3°.")
    # 6 ------------------------------------------------------------ Parchet Jud. Cluj-Napoca, 2-page fax
    add(id="le06", genuine=True, channel="fax", fmt="tif", fine=True, font="FreeSerif",
        heading=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA"], head_bold=[1],
        head_align="center", authority="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA",
        authority_kind="prosecutor", ref="8841/II/2/2026", date=D(2026, 11, 19), ref_style="labelled",
        city="Cluj-Napoca", case="12045/P/2026",
        intro=["Vă aducem la cunoștință că Parchetul de pe lângă Judecătoria Cluj-Napoca efectuează urmărirea "
               "penală în dosarul penal nr. 12045/P/2026, privind infracțiunile de înșelăciune și spălare de "
               "bani, comise în perioada iunie – octombrie 2026.",
               "Potrivit plângerilor depuse, mai mulți cumpărători au plătit avansuri pentru autoturisme "
               "scoase la vânzare de utilizatorul „auto_premium_cj” (ID utilizator 6620931), care a solicitat "
               "plata în contul RO49 INGB 0000 9999 0123 4567. Tranzacțiile semnalate sunt nr. 77120455 și "
               "nr. 77120988."],
        break_before_list=True,
        legal=["art. 170 CPP"],
        subjects=[("username", "auto_premium_cj"), ("user_id", "6620931"), ("iban", "RO49INGB0000999901234567")],
        req_style="numbered",
        req_lead="Față de cele de mai sus, în temeiul art. 170 C.proc.pen., vă rugăm să ne transmiteți, pentru "
                 "perioada 01.06.2026 – 31.10.2026, următoarele:",
        requested=["datele de identificare ale titularului contului", "toate adresele de e-mail și numerele de "
                   "telefon asociate contului", "adresele IP de conectare", "corespondența purtată prin "
                   "platformă cu cumpărătorii", "detaliile tranzacțiilor nr. 77120455 și nr. 77120988"],
        transactions=["77120455", "77120988"], period=(D(2026, 6, 1), D(2026, 10, 31)),
        reply={"channel": "electronic", "email": "pjcluj@mpublic.ro"},
        sig={"rank": "PROCUROR", "name": "Raluca-Ioana Mureșan", "align": "right"},
        signatory="Procuror Raluca-Ioana Mureșan", urgent=False, pagenum="Pagina {i} din {n}",
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig_left", text="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA "
             "CLUJ-NAPOCA *")]},
        deg=dict(skew=0.5, threshold=155),
        fax_header="19.11.2026 15:22  PARCHET JUD CLUJ  +40264596110          Pag. {i}/{n}",
        notes="2-page fax (multi-page G4 TIFF, fine); labelled Număr/Data lines with month as a word; IBAN "
              "printed with spaces; page 2 header repeats reference; signature+stamp on page 2.")
    # 7 ------------------------------------------------------------ Parchet Tribunal Timiș, PNG grey
    add(id="le07", genuine=True, channel="post", fmt="png", colour=False, font="P052",
        heading=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ", "Secția de urmărire penală"],
        head_bold=[1], authority="PARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ", authority_kind="prosecutor",
        ref="1567/II-5/2026", date=D(2026, 11, 24), ref_style="inreg", city="Timișoara", case="842/P/2025",
        intro=["În dosarul penal nr. 842/P/2025 al Parchetului de pe lângă Tribunalul Timiș, privind "
               "infracțiunea de înșelăciune cu consecințe deosebit de grave, în baza art. 170 Cod procedură "
               "penală, vă rugăm să ne comunicați, în legătură cu contul „timis_electro” și cu adresa de "
               "e-mail contact.timiselectro@outlook.com, pentru perioada 01.01.2026 – 30.06.2026:"],
        legal=["art. 170 CPP"],
        subjects=[("username", "timis_electro"), ("email", "contact.timiselectro@outlook.com")],
        req_style="numbered", req_lead="",
        requested=["datele de identificare ale titularului", "istoricul tranzacțiilor",
                   "reclamațiile primite de la cumpărători"],
        period=(D(2026, 1, 1), D(2026, 6, 30)),
        reply={"channel": "electronic", "email": "ptimis@mpublic.ro"},
        sig={"rank": "Procuror", "name": "Cristian Avram", "align": "center"},
        signatory="Procuror Cristian Avram", urgent=False,
        ink={"sig": ("over_name", "black"), "stamps": [dict(shape="oval", center="star", color="stampviolet",
             where="over_sig_left", text="PARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ * TIMIȘOARA *")]},
        deg=dict(skew=-1.4, noise=0), png_levels=16,
        notes="grey PNG, 16 grey levels; 'Nr. înreg.' with the city and a worded date on the same line, case "
              "from 2025; single long paragraph with the request lead; oval violet stamp partly over the "
              "signature; black pen.")
    # 8 ------------------------------------------------------------ DIICOT Iași, urgent, fax fine
    add(id="le08", genuine=True, channel="fax", fmt="tif", fine=True, font="LiberationSans",
        heading=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                 "SERVICIUL TERITORIAL IAȘI"], head_bold=[2, 3], head_align="center",
        authority="SERVICIUL TERITORIAL IAȘI", authority_kind="prosecutor", authority_accept=["DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM", "DIICOT"],
        ref="812/D/P/2026", date=D(2026, 11, 24), ref_style="inline", city="Iași", case="812/D/P/2026",
        urgent=True, urgent_word="URGENT",
        urgent_sentence="Având în vedere caracterul urgent al cauzei, vă rugăm să ne transmiteți răspunsul în "
                        "cel mai scurt timp.",
        intro=["În dosarul penal nr. 812/D/P/2026, privind săvârșirea infracțiunilor de constituire a unui "
               "grup infracțional organizat și fraudă informatică, în temeiul art. 152 și art. 170 din Codul "
               "de procedură penală, vă solicităm să ne comunicați datele privind utilizatorii:"],
        after=["Cele două conturi au fost utilizate la tranzacțiile nr. 66123001, 66123077 și 66124410."],
        legal=["art. 152 CPP", "art. 170 CPP"],
        subjects=[("username", "best_phones_iasi"), ("username", "iphone.outlet"), ("phone", "0755100200")],
        req_style="dash",
        req_lead="„best_phones_iasi” și „iphone.outlet”, respectiv titularul numărului de telefon 0755100200, "
                 "pentru perioada 01.05.2026 – 23.11.2026:",
        requested=["datele de identificare", "adresele IP, data și ora autentificărilor",
                   "datele de trafic și de localizare disponibile", "conturile bancare asociate"],
        transactions=["66123001", "66123077", "66124410"], period=(D(2026, 5, 1), D(2026, 11, 23)),
        reply={"channel": "electronic", "email": "st.iasi@diicot.ro"},
        sig={"rank": "PROCUROR ȘEF SERVICIU", "name": "Bogdan Cernat", "align": "right", "name_bold": True},
        signatory="PROCUROR ȘEF SERVICIU Bogdan Cernat", urgent_flag=True,
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig_left", text="ROMÂNIA * MINISTERUL PUBLIC * D.I.I.C.O.T. * SERVICIUL TERITORIAL "
             "IAȘI *")]},
        deg=dict(skew=-2.1, threshold=145, streaks=3),
        fax_header="24-NOV-2026 16:40 DIICOT ST IASI        +40232260110      P.01/01",
        notes="DIICOT, URGENT heading + urgency sentence; registration number equals the case number "
              "(/D/P/); subjects split between the lead line and the list lead; fax fine with 3 streaks.")
    # 9 ------------------------------------------------------------ DIICOT Brașov, 2 pages PDF grey
    add(id="le09", genuine=True, channel="post", fmt="pdf", colour=False, font="Bookman", size=10.5,
        heading=["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                 "SERVICIUL TERITORIAL BRAȘOV"], head_bold=[2],
        authority="SERVICIUL TERITORIAL BRAȘOV", authority_kind="prosecutor", authority_accept=["DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM", "DIICOT"],
        ref="4471/II/2026", date=D(2026, 11, 16), ref_style="cityword", city="Brașov", case="233/D/P/2026",
        intro=["Prin prezenta, vă informăm că D.I.I.C.O.T. – Serviciul Teritorial Brașov efectuează urmărirea "
               "penală în dosarul nr. 233/D/P/2026, privind săvârșirea infracțiunilor de trafic de produse "
               "contrafăcute și înșelăciune.",
               "Din probele administrate rezultă că inculpații au comercializat, prin intermediul platformei "
               "dumneavoastră, parfumuri și articole vestimentare contrafăcute, folosind conturile "
               "„parfumuri_originale”, „brand.outlet.bv” și adresa de e-mail outlet.bv2026@yahoo.com."],
        break_before_reply=True,
        legal=["art. 170 CPP"],
        subjects=[("username", "parfumuri_originale"), ("username", "brand.outlet.bv"),
                  ("email", "outlet.bv2026@yahoo.com")],
        req_style="numbered",
        req_lead="În temeiul art. 170 Cod procedură penală, vă solicităm să ne puneți la dispoziție, pentru "
                 "perioada 01.01.2026 – 15.11.2026:",
        requested=["datele de identificare ale titularilor conturilor", "istoricul complet al anunțurilor",
                   "istoricul tranzacțiilor și valoarea acestora", "adresele de livrare folosite",
                   "adresele IP de autentificare"],
        period=(D(2026, 1, 1), D(2026, 11, 15)),
        reply={"channel": "courier", "postal": "Brașov, Str. Iuliu Maniu nr. 7, jud. Brașov"},
        sig={"rank": "Procuror", "name": "Liviu Costache", "align": "right"},
        signatory="Procuror Liviu Costache", urgent=False, pagenum="{i}/{n}",
        ink={"sig": ("above_name", "violet"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="across_text", text="MINISTERUL PUBLIC * D.I.I.C.O.T. * SERVICIUL TERITORIAL BRAȘOV *")]},
        deg=dict(skew=0.9, lid="right"), quality=42,
        notes="2-page grey PDF; Bookman typeface; page break before the reply paragraph, so page 2 holds the "
              "reply, closing, signature (violet ink) and a stamp placed across the closing text; lid shadow "
              "on the right; answer by courier.")
    # 10 ----------------------------------------------------------- DNA Constanța, colour jpg
    add(id="le10", genuine=True, channel="post", fmt="jpg", colour=True, font="C059",
        heading=["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Serviciul Teritorial Constanța"], head_bold=[3],
        authority="DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", authority_kind="prosecutor", authority_accept=["Serviciul Teritorial Constanța", "DNA"],
        ref="245/P/2026", date=D(2026, 11, 26), ref_style="inline", city="Constanța", case="245/P/2026",
        intro=["În dosarul penal nr. 245/P/2026, având ca obiect infracțiuni de luare de mită și trafic de "
               "influență, în temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicați datele "
               "referitoare la utilizatorul identificat prin ID utilizator 5520917 și numele de utilizator "
               "„nautic_ct”, precum și la tranzacția nr. 80311224, pentru perioada 01.03.2026 – 31.08.2026:"],
        legal=["art. 170 CPP"],
        subjects=[("user_id", "5520917"), ("username", "nautic_ct")],
        req_style="bullet", req_lead="",
        requested=["identitatea cumpărătorului și a vânzătorului", "suma achitată și modalitatea de plată",
                   "adresa de livrare"],
        transactions=["80311224"], period=(D(2026, 3, 1), D(2026, 8, 31)),
        reply={"channel": "both", "email": "st.constanta@pna.ro",
               "postal": "Constanța, Bd. Tomis nr. 51, jud. Constanța"},
        sig={"rank": "PROCUROR,", "name": "Florin Dumitrescu", "align": "right"},
        signatory="Procuror Florin Dumitrescu", urgent=False,
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig_left", partial=0.75, strength=0.7, text="ROMÂNIA * MINISTERUL PUBLIC * DIRECȚIA "
             "NAȚIONALĂ ANTICORUPȚIE *")]},
        deg=dict(skew=-2.8, lighting=0.16), quality=38,
        notes="DNA, colour JPEG, skew -2.8° and strong uneven lighting; partial, faint stamp (a third of the "
              "ring missing) over the signature; answer by e-mail and post.")
    # 11 ----------------------------------------------------------- Judecătoria Sector 1, 2 pages PDF colour
    add(id="le11", genuine=True, channel="post", fmt="pdf", colour=True, font="LiberationSerif",
        heading=["ROMÂNIA", "JUDECĂTORIA SECTORULUI 1 BUCUREȘTI", "SECȚIA PENALĂ",
                 "Judecătorul de drepturi și libertăți"], head_bold=[1],
        authority="JUDECĂTORIA SECTORULUI 1 BUCUREȘTI", authority_kind="court",
        ref="31245/299/2026", date=D(2026, 11, 25), ref_style="inreg", city="București", case="31245/299/2026",
        intro=["Vă comunicăm că, prin încheierea din data de 24.11.2026, pronunțată în dosarul nr. "
               "31245/299/2026, judecătorul de drepturi și libertăți a admis cererea de autorizare formulată "
               "de procuror și, în temeiul art. 152 alin. (1) Cod procedură penală, a autorizat obținerea "
               "de la societatea dumneavoastră a datelor informatice privind utilizatorul cu numele "
               "„rapid_tehno_srl” și adresa de e-mail rapid.tehno@protonmail.com.",
               "Autorizarea privește perioada 01.08.2026 – 23.11.2026 și următoarele categorii de date:"],
        break_before_list=False, break_before_reply=True,
        legal=["art. 152 CPP"],
        subjects=[("username", "rapid_tehno_srl"), ("email", "rapid.tehno@protonmail.com")],
        req_style="numbered", req_lead="",
        requested=["datele de trafic privind conectările la cont", "adresele IP utilizate",
                   "datele de identificare furnizate la înregistrare"],
        after=["Datele vor fi puse la dispoziția organului de urmărire penală în termen de 10 zile de la "
               "comunicarea prezentei."],
        period=(D(2026, 8, 1), D(2026, 11, 23)),
        reply={"channel": "courier", "postal": "București, Bd. Regina Elisabeta nr. 53, sector 5"},
        sig={"two": (("JUDECĂTOR,", "Elena-Maria Stoica"), ("GREFIER,", "Daniela Popa"))},
        pagenum="Pagina {i} din {n}", urgent=False,
        ink={"sig": ("over_name", "blue"), "sig2": ("over_name", "black"),
             "stamps": [dict(shape="round", center="arms", color="stampviolet", where="xy_between",
                             text="ROMÂNIA * JUDECĂTORIA SECTORULUI 1 BUCUREȘTI *")]},
        deg=dict(skew=0.4), quality=42,
        notes="court: 2-page colour PDF, reference equals the court file number; two signers (judge and clerk) "
              "side by side, both signed, violet court stamp between them; signatory left out of the truth "
              "(two signers).")
    # 12 ----------------------------------------------------------- Tribunalul Cluj, standard fax
    add(id="le12", genuine=True, channel="fax", fmt="tif", fine=False, font="Carlito", size=12,
        heading=["R O M Â N I A", "TRIBUNALUL CLUJ", "SECȚIA PENALĂ"], head_bold=[1], head_align="center",
        authority="TRIBUNALUL CLUJ", authority_kind="court",
        ref="4512/117/2026/a1", date=D(2026, 11, 27), ref_style="inline", city="Cluj-Napoca",
        case="4512/117/2026",
        intro=["În dosarul nr. 4512/117/2026, aflat pe rolul Tribunalului Cluj – Secția penală, în temeiul "
               "art. 170 Cod procedură penală, instanța a dispus să vi se solicite comunicarea următoarelor "
               "date privind utilizatorul „cluj.auto.parts” (ID utilizator 3318044), număr de telefon "
               "0264 555 010, pentru perioada 01.02.2026 – 31.05.2026:"],
        legal=["art. 170 CPP"],
        subjects=[("username", "cluj.auto.parts"), ("user_id", "3318044"), ("phone", "0264555010")],
        req_style="numbered", req_lead="",
        requested=["datele de identificare ale titularului contului", "lista tranzacțiilor efectuate"],
        period=(D(2026, 2, 1), D(2026, 5, 31)),
        reply={"channel": "electronic", "email": "tribunalul.cluj@just.ro"},
        sig={"two": (("Președinte complet,", "Judecător Sorin Pop"), ("Grefier,", "Ana Rusu"))},
        urgent=False,
        ink={"sig": ("over_name", "blue"), "sig2": ("over_name", "blue"),
             "stamps": [dict(shape="round", center="arms", color="stampblue", where="lower_left",
                             text="ROMÂNIA * TRIBUNALUL CLUJ * SECȚIA PENALĂ *")]},
        deg=dict(skew=1.1, threshold=135),
        fax_header="27.11.2026 11:02  TRIBUNALUL CLUJ  0264596111        P.1",
        notes="court, standard fax 204x98; reference is the file number with '/a1' (incident file); judge and "
              "clerk both sign; stamp lower-left; signatory left out of the truth.")
    # 13 ----------------------------------------------------------- IPJ Constanța, violet partial, IBAN, phone
    ib13 = iban("BRDE", "140SV12345671400")
    add(id="le13", genuine=True, channel="post", fmt="jpg", colour=True, font="NimbusSans", size=11,
        heading=["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA",
                 "Serviciul de Investigații Criminale"], head_bold=[1],
        authority="INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA", authority_kind="police", nesecret=True,
        ref="1.377.092", date=D(2026, 11, 23), ref_style="inline", city="Constanța", case="6734/P/2026",
        intro=["Inspectoratul de Poliție Județean Constanța efectuează cercetări în dosarul penal "
               "nr. 6734/P/2026 privind infracțiunea de înșelăciune. Persoana vătămată a efectuat o plată "
               f"de 3.450 lei în contul {iban_spaced(ib13)}, comunicat de vânzătorul cu numărul de telefon "
               "0769 321 654, pentru tranzacția nr. 91188234."],
        legal=["art. 170 CPP"],
        subjects=[("phone", "0769321654"), ("iban", ib13)],
        req_style="bullet",
        req_lead="În baza art. 170 C.p.p., vă rugăm să ne comunicați, pentru perioada 01.07.2026 – "
                 "22.11.2026:",
        requested=["conturile de utilizator asociate numărului de telefon și contului IBAN de mai sus",
                   "datele de identificare ale titularilor", "istoricul tranzacțiilor acestora"],
        transactions=["91188234"], period=(D(2026, 7, 1), D(2026, 11, 22)),
        reply={"channel": "electronic", "email": "sic@ct.politiaromana.ro"},
        sig={"function": ["p. ȘEFUL SERVICIULUI"], "rank": "Subcomisar de poliție", "name": "Radu Enache",
             "align": "right"},
        signatory="Subcomisar de poliție Radu Enache", urgent=False,
        ink={"sig": ("over_name", "violet"), "stamps": [dict(shape="round", center="arms", color="stampviolet",
             where="edge", text="ROMÂNIA * M.A.I. * INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA *")]},
        deg=dict(skew=0.3, noise=4), quality=40,
        notes="subjects identified only by phone and IBAN; 'p. ȘEFUL SERVICIULUI' (signed for the chief); "
              "violet signature; violet stamp at the right edge, partly off the page.")
    # 14 ----------------------------------------------------------- Poliția Mun. Brașov, fax fine, rect stamp
    add(id="le14", genuine=True, channel="fax", fmt="tif", fine=True, font="NimbusMono", size=11,
        heading=["INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV", "POLIȚIA MUNICIPIULUI BRAȘOV", "Secția 2 Poliție"],
        head_bold=[1], authority="POLIȚIA MUNICIPIULUI BRAȘOV", authority_kind="police", authority_accept=["INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV", "Secția 2 Poliție"],
        ref="45120", date=D(2026, 11, 30), ref_style="inreg", city="Brașov", case="5512/P/2026",
        intro=["Secția 2 Poliție Brașov efectuează cercetări în dosarul penal nr. 5512/P/2026, privind "
               "înșelăciunea reclamată de numitul Lazăr Vasile, care a cumpărat o bicicletă electrică "
               "(tranzacția nr. 70045123) de la utilizatorul „bike_zone_bv”.",
               "În temeiul art. 170 C.pr.pen., vă rugăm să ne comunicați datele de identificare ale "
               "utilizatorului „bike_zone_bv”, adresele IP folosite și istoricul tranzacțiilor din perioada "
               "01.09.2026 – 29.11.2026."],
        legal=["art. 170 CPP"], subjects=[("username", "bike_zone_bv")],
        req_style="none", req_lead="",
        requested=["datele de identificare ale utilizatorului", "adresele IP folosite", "istoricul tranzacțiilor"],
        transactions=["70045123"], period=(D(2026, 9, 1), D(2026, 11, 29)),
        reply={"channel": "electronic", "email": "sectia2.brasov@bv.politiaromana.ro"},
        sig={"function": ["Șef Secție"], "rank": "Comisar de poliție", "name": "Tudor Bălan", "align": "center"},
        signatory="Comisar de poliție Tudor Bălan", urgent=False,
        ink={"sig": ("above_name", "blue"), "stamps": [
            dict(shape="rect", color="stampblue", where="left_of_sig", angle=-4,
                 lines=["I.P.J. BRAȘOV", "POLIȚIA MUNICIPIULUI BRAȘOV", "SECȚIA 2 POLIȚIE"]),
            dict(shape="round", center="star", color="stampblue", where="over_sig_left",
                 text="POLIȚIA ROMÂNĂ * POLIȚIA MUNICIPIULUI BRAȘOV *")]},
        deg=dict(skew=-0.4, threshold=160),
        fax_header="30/11/2026 10:15  POLITIA MUN BRASOV  0268407500  #0117  P. 1/1",
        notes="typewriter-like mono font; requested data only inside a prose sentence (no list); a "
              "rectangular stamp beside the signature block plus a round one over the signature.")
    # 15 ----------------------------------------------------------- Poliția Mun. Timișoara, lid border
    add(id="le15", genuine=True, channel="post", fmt="jpg", colour=False, font="FreeSans", size=11,
        heading=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ",
                 "POLIȚIA MUNICIPIULUI TIMIȘOARA – SECȚIA 3 POLIȚIE"], head_bold=[2, 3],
        authority="INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ", authority_kind="police", authority_accept=["POLIȚIA MUNICIPIULUI TIMIȘOARA – SECȚIA 3 POLIȚIE", "POLIȚIA MUNICIPIULUI TIMIȘOARA"],
        ref="TM/3/118824", date=D(2026, 12, 1), ref_style="labelled", city="Timișoara", case="7745/P/2026",
        intro=["Subsemnatul, subcomisar de poliție Olariu Bogdan, din cadrul Secției 3 Poliție Timișoara, "
               "având în lucru dosarul penal nr. 7745/P/2026, în temeiul art. 170 Cod procedură penală, "
               "vă rog să dispuneți comunicarea, pentru utilizatorul cu adresa de e-mail "
               "darius_timis93@yahoo.com și numele de utilizator „darius_tm93”, în perioada 15.09.2026 – "
               "30.11.2026, a următoarelor date:"],
        legal=["art. 170 CPP"],
        subjects=[("email", "darius_timis93@yahoo.com"), ("username", "darius_tm93")],
        req_style="numbered", req_lead="",
        requested=["numele, prenumele și adresa declarate", "numărul de telefon asociat contului",
                   "adresele IP de la care s-a conectat", "tranzacțiile efectuate în calitate de vânzător"],
        period=(D(2026, 9, 15), D(2026, 11, 30)),
        reply={"channel": "electronic", "email": "sectia3.timisoara@tm.politiaromana.ro"},
        sig={"rank": "Subcomisar de poliție", "name": "Olariu Bogdan", "align": "right"},
        signatory="Subcomisar de poliție Olariu Bogdan", urgent=False,
        ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig", strength=0.85, text="ROMÂNIA * I.P.J. TIMIȘ * POLIȚIA MUNICIPIULUI TIMIȘOARA "
             "* SECȚIA 3 *")]},
        deg=dict(skew=-1.9, lid="right,bottom"), quality=42,
        notes="grey JPEG with dark scanner-lid borders on two sides; the investigator writes in the first "
              "person; reference with letters (TM/3/118824) on a labelled line; stamp right over the "
              "signature; authority taken as the IPJ line (the station line is a sub-unit).")
    # 16 ----------------------------------------------------------- IPJ Prahova, oval + rect, jpg grey
    add(id="le16", genuine=True, channel="post", fmt="jpg", colour=False, font="Gothic", size=10.5,
        heading=["INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA", "Serviciul de Investigare a Criminalității "
                 "Economice", "Biroul Investigații Fraude"], head_bold=[0],
        authority="INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA", authority_kind="police",
        ref="302.118", date=D(2026, 11, 17), ref_style="cityword", city="Ploiești", case="2201/P/2026",
        intro=["În dosarul penal nr. 2201/P/2026, în care se efectuează cercetări față de numitul Ene Costel "
               "pentru săvârșirea infracțiunii de înșelăciune, în temeiul dispozițiilor art. 170 și art. 153 "
               "din Codul de procedură penală, vă rugăm să ne comunicați, referitor la contul cu ID utilizator "
               "9013377 (nume de utilizator „costel.ene.ph”), pentru intervalul 01.04.2026 – 16.11.2026:"],
        legal=["art. 170 CPP", "art. 153 CPP"],
        subjects=[("user_id", "9013377"), ("username", "costel.ene.ph")],
        req_style="lettered", req_lead="",
        requested=["datele de identificare ale titularului", "instrumentele de plată folosite",
                   "lista tranzacțiilor, cu sumele aferente", "adresele IP și datele de conectare"],
        period=(D(2026, 4, 1), D(2026, 11, 16)),
        reply={"channel": "electronic", "email": "bif.sice@ph.politiaromana.ro"},
        sig={"function": ["ȘEFUL BIROULUI"], "rank": "Inspector principal de poliție", "name": "Sima Valentin",
             "align": "right"},
        signatory="Inspector principal de poliție Sima Valentin", urgent=False,
        ink={"sig": ("over_name", "darkblue"), "stamps": [dict(shape="oval", center="star", color="stampblue",
             where="over_sig_left", angle=8, text="I.P.J. PRAHOVA * S.I.C.E. * BIROUL INVESTIGAȚII FRAUDE *")]},
        deg=dict(skew=0.7, blur=1.1, noise=3.5), quality=40,
        notes="URW Gothic typeface; cites art. 170 and art. 153; oval stamp rotated; "
              "blurrier, low-quality JPEG (q40).")
    # 17 ----------------------------------------------------------- Parchet Jud. Brașov, standard fax, cedilla
    add(id="le17", genuine=True, channel="fax", fmt="tif", fine=False, font="NimbusRoman", size=12,
        heading=["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BRAŞOV"], head_bold=[1],
        authority="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BRAŞOV", authority_kind="prosecutor",
        ref="3390/II/2/2026", date=D(2026, 12, 2), ref_style="roman", city="Braşov", case="6610/P/2026",
        intro=["În dosarul penal nr. 6610/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm să ne "
               "comunicaţi istoricul utilizatorului „mihai_b_92” (e-mail mihai.b92@gmail.com), "
               "după cum urmează:"],
        legal=["art. 170 CPP"],
        subjects=[("username", "mihai_b_92"), ("email", "mihai.b92@gmail.com")],
        req_style="numbered", req_lead="",
        requested=["datele de identificare ale titularului contului", "adresele IP de autentificare",
                   "tranzacţiile efectuate în perioada 01.10.2026 – 30.11.2026"],
        period=(D(2026, 10, 1), D(2026, 11, 30)),
        reply={"channel": "electronic", "email": "pjbrasov@mpublic.ro"},
        sig={"rank": "Procuror", "name": "Mihaela Şerban", "align": "right"},
        signatory="Procuror Mihaela Şerban", urgent=False, salut=False,
        ink={"sig": ("right_of", "blue"), "stamps": [dict(shape="round", center="arms", color="stampblue",
             where="over_sig", text="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BRAŞOV *")]},
        deg=dict(skew=2.6, threshold=150, streaks=1, dropouts=4),
        fax_header="02-12-2026 08:58 PARCHET BRASOV 0268415011 P.01",
        notes="old cedilla letters (ş ţ) throughout; short letter; period stated inside the last list item; "
              "signature to the right of the printed name; standard fax, skew 2.6°, damaged scan lines.")
    # 18 ----------------------------------------------------------- DGPMB Secția 14, urgent, PDF grey 1 page
    add(id="le18", genuine=True, channel="post", fmt="pdf", colour=False, font="LiberationNarrow", size=12,
        heading=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI "
                 "BUCUREȘTI", "SECȚIA 14 POLIȚIE"], head_bold=[3],
        authority="SECȚIA 14 POLIȚIE", authority_kind="police", authority_accept=["DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI"], nesecret=True,
        ref="611.402", date=D(2026, 12, 3), ref_style="inline", city="București", case="10988/P/2026",
        urgent=True, urgent_word="FOARTE URGENT",
        urgent_sentence="Vă rugăm să tratați cererea cu celeritate, întrucât persoana vătămată este în "
                        "continuare contactată de făptuitor.",
        intro=["Secția 14 Poliție efectuează cercetări în dosarul penal nr. 10988/P/2026 privind o înșelăciune "
               "comisă în data de 28.11.2026, prin intermediul unui anunț publicat pe platforma dumneavoastră "
               "de utilizatorul „ana.vinde.tot” (ID utilizator 8104452, telefon 0731 908 070)."],
        legal=["art. 170 CPP"],
        subjects=[("username", "ana.vinde.tot"), ("user_id", "8104452"), ("phone", "0731908070")],
        req_style="numbered",
        req_lead="Conform art. 170 Cod procedură penală, vă rugăm să ne comunicați, pentru perioada "
                 "20.11.2026 – 02.12.2026:",
        requested=["datele de identificare ale titularului contului", "adresele IP de conectare",
                   "datele de contact ale cumpărătorilor cu care a corespondat"],
        period=(D(2026, 11, 20), D(2026, 12, 2)),
        reply={"channel": "electronic", "email": "sectia14@b.politiaromana.ro"},
        sig={"rank": "Agent-șef de poliție", "name": "Constantin Moldovan", "align": "right"},
        signatory="Agent-șef de poliție Constantin Moldovan", urgent_flag=True,
        ink={"sig": ("over_name", "black"), "stamps": [dict(shape="round", center="star", color="black",
             where="over_sig_left", strength=0.55,
             text="POLIȚIA ROMÂNĂ * D.G.P.M.B. * SECȚIA 14 POLIȚIE *")]},
        deg=dict(skew=-0.9, noise=3), quality=45,
        notes="FOARTE URGENT heading; one-page grey PDF; narrow typeface; faint black stamp (55%).")

    # ------------------------------------------------------------------ forged / defective
    def forged(base, **over):
        d = dict(next(x for x in sp if x["id"] == base))
        d.update(over)
        d["genuine"] = False
        return d

    f = []
    f.append(forged("le01", id="lf01", ref="215902", date=D(2026, 11, 21), case="4980/P/2026",
                    intro=[p.replace("4567/P/2026", "4980/P/2026") for p in sp[0]["intro"]],
                    ink={"sig": ("over_name", "blue"), "stamps": []}, deg=dict(skew=0.8), colour=False,
                    forge="no stamp: signature only", notes="IPJ Cluj look-alike with a signature and NO stamp."))
    f.append(forged("le02", id="lf02", ref="88.977", date=D(2026, 11, 26),
                    ink={"sig": None, "stamps": [dict(shape="round", center="star", color="stampblue",
                         where="over_sig", text="MINISTERUL AFACERILOR INTERNE * I.P.J. IAȘI * SERVICIUL C.C.I. *")]},
                    fax_header="26.11.2026 10:31   +40 745 118 220", forge="no signature: stamp only",
                    notes="fax with a stamp over the signature block but NO signature."))
    f.append(forged("le13", id="lf03", ref="1.377.555", date=D(2026, 11, 28),
                    ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="plain_circle", color="stampblue",
                         where="over_sig_left")]}, forge="a plain drawn circle instead of a stamp",
                    notes="signature plus a plain ink circle (no text, no emblem) where the stamp should be; "
                          "not a stamp."))
    f.append(forged("le15", id="lf04", ref="TM/3/119001", date=D(2026, 12, 2),
                    ink={"sig": ("over_name", "blue"), "stamps": [dict(shape="round", center="arms",
                         color="stampblue", where="over_sig",
                         text="ROMÂNIA * JUDEȚUL TIMIȘ * PRIMĂRIA COMUNEI GIROC *")]},
                    deg=dict(skew=1.0), forge="stamp of an unrelated institution (a town hall)",
                    notes="police letter stamped with a town hall's stamp (Primăria comunei Giroc)."))
    f.append(forged("le06", id="lf05", ref="8899/II/2/2026", date=D(2026, 11, 30), fine=False,
                    ink={"sig": ("over_name", "black"), "stamps": [dict(shape="round", center=None,
                         inner=["J12/3345/2019", "CUI 41188200"], color="stampblue", where="over_sig_left",
                         text="S.C. TRANS EXPRES LOGISTIC S.R.L. * CLUJ-NAPOCA *")]},
                    fax_header="30.11.2026 19:47  FAX  +40 371 700 114      Pag. {i}/{n}",
                    forge="stamp of a private company (SRL) on a prosecutor's letter",
                    notes="2-page standard fax; prosecutor letter stamped by 'S.C. TRANS EXPRES LOGISTIC S.R.L.'."))
    f.append(forged("le17", id="lf06", ref="3412/II/2/2026", date=D(2026, 12, 3),
                    sig={"rank": "Procuror", "name": "Mihaela Şerban", "align": "right",
                         "printed_note": "(semnătura indescifrabilă)"},
                    ink={"sig": None, "scribble": "zigzag", "stamps": [dict(shape="round", center="arms",
                         color="stampblue", where="over_sig_left",
                         text="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BRAŞOV *")]},
                    forge="scribble beside printed 'semnătura indescifrabilă'",
                    notes="copy-style letter: printed '(semnătura indescifrabilă)' under the name and a small "
                          "pen-test zigzag beside it (not a signature); a stamp is present."))
    le04 = next(x for x in sp if x["id"] == "le04")
    f.append(forged("le04", id="lf07", ref="1.211.090", date=D(2026, 11, 27), case="9377/P/2026",
                    intro=[p.replace("9021/P/2026", "9377/P/2026") for p in le04["intro"]],
                    p2_ref="1.207.310", p2_date=D(2026, 10, 14),
                    forge="page 2 belongs to another letter (different reference number)",
                    notes="2-page PDF: page 1 is this request; page 2, which carries the signature and stamp, "
                          "is headed with another letter's reference (1.207.310 of 14.10.2026)."))
    f.append(forged("le09", id="lf08", ref="4590/II/2026", date=D(2026, 11, 29), photocopy=True,
                    ink={"sig": ("above_name", "blue"), "stamps": []}, fmt="jpg", colour=True,
                    break_before_reply=False,
                    forge="photocopy with a signature but no stamp",
                    notes="a grey photocopy of a signed DIICOT letter (toner haze, speckles, edge shadow): the "
                          "signature is photocopied with the page (grey, not fresh ink); no stamp; saved as a "
                          "colour JPEG."))
    return sp, f


# =============================================================================== citizen letters
CITIZEN = [
    dict(id="c01", category="complaint", hand=True, channel="post", fmt="jpg", colour=True,
         header=["Ionescu Maria", "Str. Zorilor nr. 12, bl. B3, ap. 14", "Turda, jud. Cluj",
                 "tel. 0722 334 455", "maria.ionescu72@gmail.com"],
         to="Către OKAZII.RO – Departamentul de Securitate", title="RECLAMAȚIE",
         body=["Subsemnata Ionescu Maria, vă scriu pentru că am fost înșelată. În data de 14.10.2026 am "
               "cumpărat de la vânzătorul gadget_shop_ro un telefon Samsung Galaxy A54, comanda nr. 55501234, "
               "și am plătit 1.250,00 lei prin transfer bancar.",
               "Nu am primit produsul nici acum, iar vânzătorul nu mai răspunde la mesaje și nici la telefon. "
               "Cred că este o țeapă.",
               "Vă rog să îmi returnați banii prin Garanția de Livrare și să blocați contul vânzătorului."],
         sign="Ionescu Maria", date="Turda, 20.11.2026",
         fields={"complainant": "Ionescu Maria", "transaction_id": "55501234", "counterparty": "gadget_shop_ro",
                 "amount": {"value": "1250.00", "currency": "RON"}, "delivery_guarantee": True,
                 "issue": "not_delivered",
                 "proposed_resolution": "să îmi returnați banii prin Garanția de Livrare și să blocați contul "
                                        "vânzătorului",
                 "contact": {"email": "maria.ionescu72@gmail.com", "phone": "0722334455"}},
         notes="handwritten-looking letter (script font, blue ink, ruled paper); same seller as le03."),
    dict(id="c02", category="complaint", hand=False, channel="post", fmt="jpg", colour=False, font="LiberationSans",
         header=["Stanciu Elena", "Calea Moșilor nr. 201, sector 2, București", "Telefon: 0734 112 987"],
         to="Către: Okazii.ro, Centrul de prevenire a fraudelor", title="Reclamație – produs nelivrat",
         body=["Bună ziua,",
               "Am cumpărat un telefon iPhone 14 de la utilizatorul gadget_shop_ro, tranzacția nr. 55512987, "
               "pentru care am plătit suma de 2.300 lei. Au trecut trei săptămâni și nu am primit nimic. "
               "Vânzătorul nu mai răspunde, iar anunțul a fost șters.",
               "Am depus plângere la Secția 5 Poliție. Vă rog să analizați situația și să îmi restituiți "
               "banii."],
         sign="Stanciu Elena", date="18.11.2026",
         fields={"complainant": "Stanciu Elena", "transaction_id": "55512987", "counterparty": "gadget_shop_ro",
                 "amount": {"value": "2300.00", "currency": "RON"}, "issue": "not_delivered",
                 "contact": {"phone": "0734112987"}},
         notes="typed complaint; same transaction as the police letter le03 (link)."),
    dict(id="c03", category="complaint", hand=True, channel="post", fmt="jpg", colour=False, hand_font="Bookman",
         header=["Lazăr Vasile", "Brașov, Str. Lungă nr. 88", "vasile.lazar@yahoo.com"],
         to="Stimată echipă Okazii,", title="",
         body=["Am plătit 4.100 lei pentru o bicicletă electrică de la bike_zone_bv, tranzacția 70045123, iar "
               "bicicleta nu a mai venit. Vânzătorul mi-a spus că a trimis-o, dar nu are AWB. Acum nu mai "
               "răspunde deloc. Suspectez o fraudă.",
               "Solicit returnarea banilor și suspendarea contului."],
         sign="Vasile Lazăr", date="25.11.2026",
         fields={"transaction_id": "70045123", "counterparty": "bike_zone_bv",
                 "amount": {"value": "4100.00", "currency": "RON"},
                 "proposed_resolution": "Solicit returnarea banilor și suspendarea contului.",
                 "contact": {"email": "vasile.lazar@yahoo.com"}},
         notes="handwritten-looking (italic, grey scan), no title word 'reclamație'; issue could be read as "
               "not_delivered or fraud_suspected, so it is left out of the truth; linked to le14."),
    dict(id="c04", category="complaint", hand=False, channel="fax", fmt="tif", fine=True, font="NimbusMono",
         header=["De la: Cristea Paul", "Tel/Fax: 0256 220 114"],
         to="Către: OKAZII.RO – Departamentul de Securitate", title="RECLAMAȚIE",
         body=["Subsemnatul Cristea Paul formulez reclamație împotriva vânzătorului darius_tm93, de la care "
               "am cumpărat un laptop, comanda nr. 61230077, preț 2.899,99 lei, plătit cu cardul.",
               "Vânzătorul a încasat banii și nu a mai expediat produsul, iar de 10 zile nu mai răspunde la "
               "telefon. Consider că este vorba de o fraudă. Vă rog să activați Garanția de Livrare și să îmi "
               "returnați suma plătită."],
         sign="Cristea Paul", date="Timișoara, 29.11.2026",
         fields={"complainant": "Cristea Paul", "transaction_id": "61230077", "counterparty": "darius_tm93",
                 "amount": {"value": "2899.99", "currency": "RON"}, "delivery_guarantee": True,
                 "contact": {"phone": "0256220114"}},
         notes="complaint by fax (fine), mono font; issue ambiguous (not delivered / fraud) so not in truth."),
    dict(id="c05", category="complaint", hand=True, channel="post", fmt="png", colour=False, hand_font="Z003",
         header=["Georgescu Ana", "Ploiești, Bd. Republicii 140"], png_levels=16, deg=dict(noise=0),
         to="Către Okazii.ro", title="Reclamație",
         body=["Vă rog să mă ajutați. Vânzătorul costel.ene.ph mi-a cerut să plătesc în afara platformei 950 "
               "lei pentru o mașină de spălat, comanda 60022911. După plată a dispărut. Este o țeapă, nu am "
               "primit produsul.",
               "Vreau banii înapoi."],
         sign="Ana Georgescu", date="19.11.2026",
         fields={"complainant": "Georgescu Ana", "transaction_id": "60022911", "counterparty": "costel.ene.ph",
                 "amount": {"value": "950.00", "currency": "RON"},
                 "proposed_resolution": "Vreau banii înapoi."},
         notes="handwritten-looking, PNG grey; linked to le16."),
    dict(id="m01", category="mediation", hand=False, channel="post", fmt="jpg", colour=True, font="Carlito",
         header=["Pavel Ioana", "ioana.pavel@gmail.com", "0745 600 700"],
         to="Către OKAZII.RO – Mediere dispute", title="Solicitare de mediere",
         body=["Bună ziua,",
               "În data de 02.11.2026 am cumpărat de la utilizatorul fashion_lux_ro o geacă descrisă în anunț "
               "ca fiind din piele naturală, comanda nr. 58801234, cu 450 lei. Produsul primit nu corespunde "
               "descrierii: geaca este din piele ecologică și are altă culoare decât în fotografii.",
               "Am încercat să discut cu vânzătorul, dar refuză să accepte returul. Propun o soluție: "
               "returnez geaca pe cheltuiala mea, iar vânzătorul îmi restituie cei 450 lei. Vă rog să "
               "mediați această dispută."],
         sign="Ioana Pavel", date="12.11.2026",
         fields={"complainant": "Pavel Ioana", "transaction_id": "58801234", "counterparty": "fashion_lux_ro",
                 "amount": {"value": "450.00", "currency": "RON"}, "issue": "not_as_described",
                 "proposed_resolution": "returnez geaca pe cheltuiala mea, iar vânzătorul îmi restituie cei "
                                        "450 lei",
                 "contact": {"email": "ioana.pavel@gmail.com", "phone": "0745600700"}},
         notes="typed mediation request, colour scan."),
    dict(id="m02", category="mediation", hand=True, channel="post", fmt="jpg", colour=False, hand_font="Z003",
         header=["Dobre Mihai", "Str. Mărășești 5, Bacău"],
         to="Către Okazii", title="",
         body=["Am primit laptopul comandat (comanda 57734410, 1.700 lei) cu ecranul spart. Coletul era "
               "deteriorat. Vânzătorul pc_second_hand spune că nu e vina lui.",
               "Propun să îmi trimită alt ecran sau să îmi dea înapoi jumătate din bani, 850 lei. Vă rog să "
               "interveniți ca mediator."],
         sign="Mihai Dobre", date="22.11.2026",
         fields={"transaction_id": "57734410", "counterparty": "pc_second_hand",
                 "amount": {"value": "1700.00", "currency": "RON"}, "issue": "damaged"},
         notes="handwritten-looking; damaged item; proposed resolution has two options (not in truth)."),
    dict(id="m03", category="mediation", hand=False, channel="fax", fmt="tif", fine=False, font="LiberationSerif",
         header=["Expeditor: Rusu Carmen", "Cluj-Napoca"],
         to="Către: Okazii.ro – Departamentul Asistență / Dispute", title="Dispută comanda nr. 59900321",
         body=["Am comandat de la vânzătorul sport_depot_cj o pereche de ghete de munte mărimea 42, la prețul "
               "de 389 lei. Am primit mărimea 39 și un alt model. Vânzătorul nu răspunde la cererea de "
               "schimb.",
               "Vreau să returnez produsul și să primesc mărimea corectă sau banii înapoi."],
         sign="Carmen Rusu", date="27.11.2026",
         fields={"complainant": "Rusu Carmen", "transaction_id": "59900321", "counterparty": "sport_depot_cj",
                 "amount": {"value": "389.00", "currency": "RON"}, "issue": "wrong_item",
                 "proposed_resolution": "Vreau să returnez produsul și să primesc mărimea corectă sau banii "
                                        "înapoi."},
         notes="mediation by standard fax; wrong item."),
    dict(id="m04", category="mediation", hand=False, channel="post", fmt="pdf", colour=False, font="C059",
         header=["Neagu Florin", "Str. Libertății 3, Craiova", "florin.neagu@outlook.com"],
         to="Către OKAZII.RO", title="Cerere de mediere – refuz retur",
         body=["Stimată doamnă / Stimate domn,",
               "Am cumpărat de la utilizatorul electro_craiova un aspirator robot, tranzacția nr. 56123908, "
               "în valoare de 1.120 lei. Am solicitat returul în termenul legal de 14 zile, produsul fiind "
               "nefolosit și în ambalajul original, dar vânzătorul refuză returul.",
               "Propun ca vânzătorul să accepte returul și să îmi restituie integral suma."],
         sign="Florin Neagu", date="Craiova, 01.12.2026",
         fields={"complainant": "Neagu Florin", "transaction_id": "56123908", "counterparty": "electro_craiova",
                 "amount": {"value": "1120.00", "currency": "RON"}, "issue": "return_refused",
                 "proposed_resolution": "Propun ca vânzătorul să accepte returul și să îmi restituie integral "
                                        "suma.",
                 "contact": {"email": "florin.neagu@outlook.com"}},
         notes="typed, image-only PDF, return refused."),
    dict(id="s01", category="support", hand=True, channel="post", fmt="jpg", colour=True, hand_font="Bookman",
         header=["Vasilescu Elisabeta", "Str. Teiului 9, Sibiu", "tel. 0269 211 455"],
         to="Către Okazii.ro", title="Referitor: schimbarea numărului de telefon al contului",
         body=["Bună ziua, am schimbat numărul de telefon și nu mai pot intra în cont, pentru că mi se cere un "
               "cod trimis pe numărul vechi. Cum pot să schimb numărul de telefon din contul meu "
               "elisabeta_sibiu? Vă mulțumesc."],
         sign="Elisabeta Vasilescu", date="24.11.2026",
         fields={"topic": "schimbarea numărului de telefon al contului", "contact": {"phone": "0269211455"}},
         notes="handwritten-looking support question (account phone change)."),
    dict(id="s02", category="support", hand=False, channel="post", fmt="jpg", colour=False, font="P052",
         header=["Marinescu Dan", "dan.marinescu@gmail.com"],
         to="Către: Asistență Clienți Okazii.ro", title="Subiect: factura pentru comisionul de vânzare",
         body=["Bună ziua,",
               "Sunt vânzător pe platformă (utilizator dan_carti_vechi) și am nevoie de factura pentru "
               "comisioanele reținute în luna octombrie 2026, pe numele firmei mele, Marinescu Dan PFA. "
               "Vă rog să îmi spuneți unde o găsesc în cont sau să mi-o trimiteți pe e-mail.",
               "Mulțumesc."],
         sign="Dan Marinescu", date="30.11.2026",
         fields={"topic": "factura pentru comisionul de vânzare", "contact": {"email": "dan.marinescu@gmail.com"}},
         notes="typed support question about an invoice for commissions."),
]


def citizen_pages(c, rng):
    fam = c.get("font", "LiberationSerif")
    p = Page(fam, 11.5, margins=(200, 170, 190, 170))
    hand = c.get("hand")
    if hand:
        # ruled notebook paper
        for y in range(250, H - 100, 66):
            p.d.line([(0, y), (W, y)], fill=(190, 210, 235), width=2)
        p.d.line([(170, 0), (170, H)], fill=(235, 170, 170), width=2)
        hf = c.get("hand_font", "Z003")
        color = INK_COLORS["blue"] if rng.random() < 0.7 else INK_COLORS["black"]
        p.y = 200
        for ln in c["header"]:
            hand_text(p, rng, ln, family=hf, size=40, color=color, first=0, line_gap=1.0)
        p.gap(30)
        hand_text(p, rng, c["to"], family=hf, size=42, color=color, first=250, line_gap=1.0)
        if c["title"]:
            p.gap(20)
            hand_text(p, rng, c["title"], family=hf, size=50, color=color, first=380, line_gap=1.0)
        p.gap(20)
        for para in c["body"]:
            hand_text(p, rng, para, family=hf, size=42, color=color, first=90, line_gap=1.55)
        p.gap(30)
        hand_text(p, rng, c["date"], family=hf, size=40, color=color, first=0, line_gap=1.0)
        hand_text(p, rng, c["sign"], family=hf, size=40, color=color, first=800, line_gap=1.0)
        m = signature_mask(rng, width=260, height=80)
        apply_ink(p.img, m, (1000, p.y - 30), color)
        signed = True
    else:
        for ln in c["header"]:
            p.line(ln)
        p.gap(50)
        p.line(c["to"], style="b", indent=300)
        p.gap(60)
        if c["title"]:
            p.line(c["title"], style="b", align="center", scale=1.1)
            p.gap(30)
        for para in c["body"]:
            p.para(para, first=0 if para.endswith(",") else 60, gap_after=18)
        p.gap(60)
        p.line(c["date"], advance=False)
        b = p.line(c["sign"], align="right", indent=120)
        signed = bool(rng.random() < 0.8)
        if signed:
            m = signature_mask(rng, width=240, height=70)
            apply_ink(p.img, m, (b[0] - 20, b[3] + 5), INK_COLORS[rng.choice(["blue", "black"])])
    return [p], signed


# =============================================================================== unknown items
def unknown_pages(kind, rng):
    p = Page("LiberationSans", 12)
    if kind == "flyer":
        p.d.rectangle([0, 0, W, 560], fill=(200, 30, 40))
        p.y = 120
        p.line("MOBILA CASA BUNĂ", style="b", scale=3.0, align="center", color=(255, 255, 255))
        p.line("REDUCERI DE IARNĂ PÂNĂ LA -50%", style="b", scale=1.8, align="center", color=(255, 240, 120))
        p.y = 650
        for ln in ["Canapele extensibile de la 1.299 lei", "Dormitoare complete de la 2.499 lei",
                   "Bucătării la comandă – proiectare GRATUITĂ", "Transport gratuit în Cluj-Napoca și Florești",
                   "Plata în 12 rate fără dobândă"]:
            p.line("•  " + ln, scale=1.4, indent=80)
            p.gap(30)
        for i in range(3):
            x0 = 200 + i * 440
            p.d.rectangle([x0, 1350, x0 + 380, 1700], fill=(120 + 40 * i, 140, 170 - 30 * i))
            p.d.text((x0 + 40, 1720), ["Canapea Lia", "Masă Nordic", "Dulap Alpin"][i], font=p.f("b", 1.2),
                     fill=(0, 0, 0))
        p.y = 1950
        p.line("Showroom: Str. Avram Iancu nr. 500, Florești • 0740 000 111 • www.casabuna.example", scale=0.9,
               align="center")
        p.line("Oferta este valabilă până la 31.12.2026, în limita stocului disponibil.", scale=0.8,
               align="center")
    elif kind == "invoice":
        p.line("CURĂȚENIE PRO SERV S.R.L.", style="b", scale=1.3)
        for ln in ["CUI RO33445566 • J12/990/2015", "Str. Observatorului 110, Cluj-Napoca",
                   "IBAN RO12 BTRL 0130 1202 0000 1234 • Banca Transilvania"]:
            p.line(ln, scale=0.9)
        p.gap(40)
        p.line("FACTURĂ FISCALĂ", style="b", scale=1.6, align="center")
        p.line("Seria CPS nr. 0012345 din 30.11.2026", align="center")
        p.gap(30)
        p.line("Cumpărător: S.C. OKAZII MARKETPLACE S.R.L., Str. Fabricii de Zahăr nr. 26, Cluj-Napoca")
        p.gap(30)
        cols = [200, 300, 950, 1100, 1250]
        p.d.rectangle([190, p.y, 1480, p.y + 50], outline=(0, 0, 0), width=2)
        for x, h_ in zip(cols, ["Nr.", "Denumire", "UM", "Cant.", "Valoare"]):
            p.d.text((x + 10, p.y + 10), h_, font=p.f("b"), fill=(0, 0, 0))
        p.y += 60
        rows = [("1", "Servicii curățenie birouri – noiembrie 2026", "lună", "1", "3.200,00"),
                ("2", "Curățenie geamuri exterioare", "mp", "180", "1.080,00"),
                ("3", "Consumabile igienico-sanitare", "set", "4", "420,00")]
        for r in rows:
            for x, v in zip(cols, r):
                p.d.text((x + 10, p.y), v, font=p.f(), fill=(0, 0, 0))
            p.y += 50
        p.d.line([(190, p.y), (1480, p.y)], fill=(0, 0, 0), width=2)
        p.y += 20
        p.line("Total fără TVA: 4.700,00 lei   TVA 21%: 987,00 lei   TOTAL: 5.687,00 lei", style="b",
               align="right")
        p.gap(60)
        p.line("Termen de plată: 15.12.2026", scale=0.9)
    return [p]


def blank_page(rng):
    """The back of a letter fed by mistake: paper with faint show-through and dust."""
    p = Page("LiberationSerif", 11.5)
    ghost = Page("NimbusRoman", 11.5)
    for _ in range(30):
        ghost.line("Lorem de text tipărit pe verso, abia vizibil prin hârtie, fără conținut citibil.")
    g = np.asarray(ghost.img.transpose(Image.FLIP_LEFT_RIGHT).convert("L"), np.float32)
    a = (255 - g) * 0.06
    arr = np.asarray(p.img, np.float32) - a[..., None]
    arr -= (rng.random(arr.shape[:2]) < 0.0004)[..., None] * 120
    p.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return [p]


# =============================================================================== output
def post_out(pages_img, rng, s, deg):
    outs = []
    for im in pages_img:
        outs.append(post_scan(im, rng, colour=s.get("colour", False), skew=deg.get("skew", 0.0),
                              blur=deg.get("blur", 0.7), noise=deg.get("noise", 2.0),
                              lighting=deg.get("lighting", 0.08), lid=deg.get("lid"),
                              photocopy=s.get("photocopy", False), bleed=deg.get("bleed", 0.0)))
        deg = dict(deg, skew=deg.get("skew", 0.0) * -0.6 + float(rng.uniform(-0.4, 0.4)))
    return outs


def write_item(path: Path, s, imgs, rng):
    fmt = s["fmt"]
    if fmt == "tif":
        imgs[0].save(path, compression="group4", dpi=(204, 196 if s.get("fine", True) else 98),
                     save_all=True, append_images=imgs[1:])
    elif fmt == "pdf":
        imgs[0].save(path, "PDF", resolution=float(DPI), save_all=True, append_images=imgs[1:],
                     quality=s.get("quality", 42), producer="mailroom scanner",
                     creationDate=dt.datetime(2026, 12, 4, 9, 0).timetuple(),
                     modDate=dt.datetime(2026, 12, 4, 9, 0).timetuple())
    elif fmt == "jpg":
        assert len(imgs) == 1
        imgs[0].save(path, "JPEG", quality=s.get("quality", 42), dpi=(DPI, DPI), optimize=True)
    elif fmt == "png":
        assert len(imgs) == 1
        im = imgs[0]
        lv = s.get("png_levels")
        if lv:
            q = 256 // lv
            im = im.point(lambda v: min(255, (v // q) * q + q // 2))
        im.save(path, "PNG", optimize=True, dpi=(DPI, DPI))


def fax_out(pages_img, rng, s, deg):
    n = len(pages_img)
    out = []
    for i, im in enumerate(pages_img):
        hdr = s.get("fax_header")
        if hdr:
            hdr = hdr.format(i=i + 1, n=n)
        out.append(fax_scan(im, rng, fine=s.get("fine", True), skew=deg.get("skew", 0.0) + 0.3 * i,
                            threshold=deg.get("threshold", 150), streaks=deg.get("streaks", 2),
                            dropouts=deg.get("dropouts", 2), header=hdr))
    return out


def ink_le(s, pages, rng):
    """Put the ink on the last page (signature page); record what was really drawn."""
    ink = s["ink"]
    p = pages[-1]
    drew_sig = False
    if ink.get("sig"):
        where, col = ink["sig"]
        put_signature(rng, p, where, col)
        drew_sig = True
    if ink.get("sig2"):
        where, col = ink["sig2"]
        put_signature(rng, p, where, col, anchor="sig2_name")
    if ink.get("scribble"):
        b = p.anchors["sig_name"]
        apply_ink(p.img, scribble_mask(rng, ink["scribble"]), (b[2] + 30, b[1] - 10), INK_COLORS["blue"])
    drew_stamp = False
    for st in ink.get("stamps", []):
        st = dict(st)
        if s["channel"] == "fax":  # a stamp must survive the fax machine's threshold to count as "on the page"
            st["strength"] = st.get("strength", 1.0) * 1.7
        if st["where"] == "xy_between":
            b1, b2 = p.anchors["sig_name"], p.anchors["sig2_name"]
            st["where"] = "xy"
            st["xy"] = ((b1[2] + b2[0]) / 2 - 180, b1[1] - 200)
        put_stamp(rng, p, st)
        if st["shape"] != "plain_circle":
            drew_stamp = True
    return drew_sig, drew_stamp


def le_fields(s):
    f = {"authority": s["authority"], "authority_kind": s["authority_kind"], "reference_number": s["ref"],
         "reference_date": s["date"].isoformat(), "case_number": s["case"], "legal_basis": s["legal"],
         "subjects": [{"kind": k, "value": v} for k, v in s["subjects"]],
         "requested_data": s["requested"],
         "response_channel": s["reply"]["channel"]}
    if s.get("transactions"):
        f["transactions"] = s["transactions"]
    if s.get("period"):
        f["period"] = {"from": s["period"][0].isoformat(), "to": s["period"][1].isoformat()}
    if s["reply"]["channel"] == "electronic":
        f["reply_to"] = s["reply"]["email"]
    elif s["reply"]["channel"] == "courier":
        f["reply_to"] = s["reply"]["postal"]
    if s.get("signatory"):
        f["signatory"] = s["signatory"]
    f["urgent"] = bool(s.get("urgent"))
    return f


def main():
    rng_master = np.random.default_rng(SEED)
    for old in HERE.glob("p[0-9][0-9][0-9].*"):
        old.unlink()
    genuine, forged = make_le_specs()
    items = []
    for s in genuine + forged:
        items.append(("le", s))
    for c in CITIZEN:
        items.append(("cit", c))
    items += [("unk", dict(id="u01", kind="flyer", channel="post", fmt="jpg", colour=True)),
              ("unk", dict(id="u02", kind="invoice", channel="fax", fmt="tif", fine=True)),
              ("unk", dict(id="u03", kind="blank", channel="post", fmt="jpg", colour=False))]
    # file order shuffled so the category is not given away by the number
    order = rng_master.permutation(len(items))
    # split: half of each category (law_enforcement genuine / forged separately) to dev, half to blind
    groups = {}
    for kind, s in items:
        key = ("le_g" if s.get("genuine") else "le_f") if kind == "le" else s.get("category", "unknown")
        groups.setdefault(key, []).append(s["id"])
    split = {}
    for key, ids in sorted(groups.items()):
        perm = list(rng_master.permutation(ids))
        for i, id_ in enumerate(perm):
            split[id_] = "dev" if i < len(perm) // 2 else "blind"
    truth = []
    total_bytes = 0
    for num, idx in enumerate(order, start=1):
        kind, s = items[idx]
        rng = np.random.default_rng([SEED, num])
        ext = s["fmt"]
        name = f"p{num:03d}.{ext}"
        rec = {"file": f"paper/{name}", "split": split[s["id"]], "channel": s["channel"], "source_id": s["id"]}
        if kind == "le":
            pages = render_blocks(s, le_blocks(s), rng)
            sig, stamp = ink_le(s, pages, rng)
            rec.update(category="law_enforcement", fields=le_fields(s), genuine=s["genuine"],
                       expect_verdict="verified" if s["genuine"] else "not_verified",
                       ink={"signature": sig, "stamp": stamp})
            note = s["notes"]
            if not s["genuine"]:
                note = "FORGED/DEFECTIVE (" + s["forge"] + "): " + note
            rec["notes"] = note
            if s.get("authority_accept"):
                rec["accept"] = {"authority": [s["authority"]] + s["authority_accept"]}
            if s["id"] == "lf07":
                rec["fields"].pop("signatory", None)
        elif kind == "cit":
            pages, signed = citizen_pages(s, rng)
            rec.update(category=s["category"], fields=s["fields"], genuine=None, expect_verdict=None,
                       ink={"signature": signed, "stamp": False},
                       notes=s["notes"])
        else:
            pages = blank_page(rng) if s["kind"] == "blank" else unknown_pages(s["kind"], rng)
            rec.update(category="unknown", fields={}, genuine=None, expect_verdict=None,
                       ink={"signature": False, "stamp": False},
                       notes={"flyer": "advertising flyer for a furniture shop (colour)",
                              "invoice": "a supplier's invoice addressed to the marketplace, by fax",
                              "blank": "blank back page with faint show-through and dust"}[s["kind"]])
        imgs = [pg.img for pg in pages]
        deg = dict(s.get("deg", {}))
        if kind != "le":
            deg.setdefault("skew", float(rng.uniform(-2.5, 2.5)))
        if s["channel"] == "fax":
            out = fax_out(imgs, rng, s, deg)
            rec["fax_mode"] = "fine 204x196" if s.get("fine", True) else "standard 204x98"
        else:
            out = post_out(imgs, rng, s, deg)
        rec["pages"] = len(out)
        path = HERE / name
        write_item(path, s, out, rng)
        total_bytes += path.stat().st_size
        truth.append(rec)
        print(f"{name:10s} {s['id']:5s} {rec['category']:16s} {s['channel']:5s} pages={len(out)} "
              f"{path.stat().st_size // 1024:5d} KB", flush=True)
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in truth:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"total {total_bytes / 1e6:.2f} MB in {len(truth)} items")


if __name__ == "__main__":
    main()
