"""Support questions and the things that are none of the categories (unknown)."""

from __future__ import annotations

import random

from tests.eval.letter import Chooser, Letter
from tests.eval.vocab import email_of, person, phone, pick, split_pool

# (subject, question paraphrases) — some name words other categories also use.
SUPPORT = [
    (
        "Schimbare număr de telefon",
        [
            "Cum pot schimba numărul de telefon asociat contului meu?",
            "Aș dori să schimb numărul de telefon din cont, nu mai am acces la cel vechi.",
            "Vreau sa modific telefonul din contul meu. Ce trebuie sa fac?",
            "Am un număr nou de telefon; unde îl actualizez în setările contului?",
        ],
    ),
    (
        "Am uitat parola",
        [
            "Am uitat parola și nu primesc e-mailul de resetare. Cum procedez?",
            "Nu mă pot autentifica, am uitat parola contului.",
            "Cum pot reseta parola? Linkul primit a expirat.",
            "As dori sa schimb parola dar nu gasesc optiunea.",
        ],
    ),
    (
        "Ștergere cont",
        [
            "Vă rog să îmi ștergeți contul și datele personale.",
            "Cum pot să îmi șterg contul de pe Okazii?",
            "Doresc ștergerea contului meu, nu îl mai folosesc.",
        ],
    ),
    (
        "Factură comision",
        [
            "Am nevoie de factura pentru comisionul din luna octombrie. De unde o pot descărca?",
            "Puteți să îmi trimiteți factura pentru promovarea anunțului?",
            "Unde găsesc facturile pentru comisioanele plătite?",
        ],
    ),
    (
        "Întrebare despre Garanția de Livrare",
        [
            "Cum funcționează Garanția de Livrare pentru cumpărător? Se plătește separat?",
            "Vreau să vând cu Garanția de Livrare. Care este comisionul?",
            "Ce acoperă exact Garanția de Livrare și cât durează până primesc banii ca vânzător?",
        ],
    ),
    (
        "Cod de confirmare",
        [
            "Nu primesc codul de confirmare prin SMS când vreau să public un anunț.",
            "Codul de confirmare nu vine pe telefon, am încercat de trei ori.",
            "Nu am primit codul de confirmare pe e-mail pentru activarea contului.",
        ],
    ),
    (
        "Promovare anunț",
        [
            "Cum pot promova un anunț pe prima pagină și cât costă?",
            "Aș vrea să îmi evidențiez anunțurile. Ce opțiuni de promovare există?",
            "Cât costă promovarea unui anunț pentru 7 zile?",
        ],
    ),
    (
        "Cont blocat",
        [
            "Contul meu a fost suspendat fără explicații. Puteți verifica de ce?",
            "Nu mai pot intra în cont, apare mesajul că este blocat temporar.",
            "De ce mi-a fost restricționat contul? Nu am încălcat nicio regulă.",
        ],
    ),
    (
        "Modificare adresă de e-mail",
        [
            "Cum schimb adresa de e-mail a contului?",
            "Vreau să folosesc altă adresă de e-mail pentru cont, se poate?",
        ],
    ),
    (
        "How to change my password",
        [
            "How do I change the password of my account? I cannot find the setting.",
            "How can I update the e-mail address on my account?",
        ],
    ),
    (
        "Urmărire colet",
        [
            "Unde văd AWB-ul pentru comanda pe care am plătit-o ieri? Vreau să urmăresc coletul.",
            "Cum aflu când ajunge coletul? Comanda e plasată de azi-dimineață.",
        ],
    ),
]
UNKNOWN = [
    (
        "Newsletter noiembrie",
        "Descoperă ofertele lunii! Reduceri de până la 50% la electrocasnice. "
        "Abonează-te la newsletter pentru a primi în fiecare săptămână cele mai noi promoții.\n"
        "Pentru dezabonare, accesați linkul din subsolul acestui mesaj.",
    ),
    (
        "Out of office",
        "Sunt în concediu până pe 2 decembrie, cu acces limitat la e-mail. "
        "Pentru probleme urgente contactați colegul meu. I am out of the office until December 2nd.",
    ),
    (
        "Ofertă colaborare SEO",
        "Bună ziua, suntem o agenție de marketing digital și vă propunem servicii de optimizare SEO "
        "și campanii de publicitate plătită, cu rezultate garantate în 30 de zile. Pot să vă trimit o prezentare?",
    ),
    (
        "CV - post de operator",
        "Vă trimit atașat CV-ul meu pentru postul de operator call-center publicat pe site-ul "
        "dumneavoastră de cariere. Am experiență de doi ani în relații cu clienții.",
    ),
    (
        "Invitație conferință",
        "Avem plăcerea să vă invităm la conferința anuală despre comerț electronic, "
        "care va avea loc la Cluj-Napoca pe 10 martie. Înscrierile se fac online.",
    ),
    (
        "Factura 2026-1184",
        "Vă transmitem factura fiscală pentru serviciile de curățenie prestate în luna octombrie. "
        "Termenul de plată este de 15 zile de la emitere.",
    ),
    (
        "Felicitări",
        "Sărbători fericite și un an nou plin de realizări întregii echipe! Cu drag, partenerii dumneavoastră.",
    ),
    ("test", "test test 123"),
    (
        "Câștigător!!!",
        "Felicitări, ați fost selectat câștigătorul unui premiu de 5000 de euro. "
        "Trimiteți datele personale pentru revendicare în 24 de ore.",
    ),
    (
        "Anunț mentenanță furnizor",
        "Vă informăm că în noaptea de sâmbătă spre duminică serverele furnizorului de "
        "găzduire vor fi în mentenanță programată între orele 02:00 și 04:00.",
    ),
    (
        "Sondaj satisfacție",
        "Vă rugăm să completați un scurt chestionar despre colaborarea cu firma noastră de "
        "transport. Durează doar două minute.",
    ),
    (
        "Meeting follow-up",
        "Thanks for the meeting yesterday. Attached are the slides about the new warehouse "
        "layout. Let me know if Thursday works for the next call.",
    ),
]


def support_letter(rnd: random.Random, held_out: bool) -> Letter:
    c = Chooser(rnd, held_out)
    subject, questions = pick(rnd, SUPPORT)
    g, f = person(rnd)
    email = email_of(rnd, g, f)
    greet = c(["Bună ziua,", "Buna ziua", "Salut,", "Hello,", "Bună,", ""])
    body = [greet, c(questions) if len(questions) > 1 else questions[0]]
    if rnd.random() < 0.4:
        body.append(
            c(
                [
                    "Mulțumesc anticipat.",
                    "Aștept un răspuns.",
                    "Mersi!",
                    "Vă mulțumesc pentru ajutor.",
                    "Thank you.",
                ]
            )
        )
    contact: dict[str, str] = {"email": email}
    if rnd.random() < 0.3:
        pw, pd = phone(rnd)
        body.append(f"Telefon: {pw}")
        contact["phone"] = pd
    body.append(f"{g} {f}")
    return Letter(
        "support",
        subject,
        [("body", b) for b in body if b],
        {"topic": subject, "contact": contact},
        f"{g} {f}",
        email,
        pick(rnd, ["support@okazii.ro", "suport@okazii.ro", "asistenta@okazii.ro"]),
    )


def unknown_letter(rnd: random.Random, held_out: bool) -> Letter:
    subject, text = pick(rnd, split_pool(UNKNOWN, held_out))
    g, f = person(rnd)
    email = email_of(rnd, g, f)
    body = [("body", p) for p in text.split("\n")]
    if rnd.random() < 0.5:
        body.append(("sign", f"{g} {f}"))
    return Letter(
        "unknown",
        subject,
        body,
        {},
        f"{g} {f}",
        email,
        pick(
            rnd, ["office@okazii.ro", "contact@okazii.ro", "legal@okazii.ro", "marketing@okazii.ro"]
        ),
    )
