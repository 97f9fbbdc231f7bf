"""Complaints and mediation requests written by buyers: formal letters and hurried e-mails."""

from __future__ import annotations

import random
from typing import Any

from tests.eval.letter import Chooser, Letter
from tests.eval.vocab import (
    PRODUCTS,
    amount_forms,
    date_forms,
    email_of,
    person,
    phone,
    pick,
    username,
)

GREET = [
    "Bună ziua,",
    "Buna ziua,",
    "Stimată echipă Okazii,",
    "Salut,",
    "Bună seara,",
    "Domnule/Doamnă,",
    "Hello,",
]
BOUGHT = [
    "Am cumpărat {product} de la utilizatorul {seller}, tranzacția nr. {txn}, și am plătit {amount}.",
    "În data de {date} am comandat {product} de la vânzătorul {seller} (comanda {txn}), prețul fiind de {amount}.",
    "Pe {date} am achitat {amount} pentru {product}, vândut de {seller}, comanda nr. {txn}.",
    "Subsemnatul {name} am cumpărat de pe Okazii {product} de la {seller}, tranzacția {txn}, valoare {amount}.",
    "Am plătit {amount} către vânzătorul {seller} pentru {product}. Numărul tranzacției este {txn}.",
    "Vă scriu în legătură cu comanda {txn}: {product} cumpărat(ă) de la {seller} cu {amount}, pe {date}.",
    "Tranzacția nr. {txn} din {date}: am cumpărat {product} de la userul {seller}, am dat {amount}.",
]
COMPLAINT_ISSUE = {
    "not_delivered": [
        "Au trecut trei săptămâni și nu am primit produsul.",
        "Nu am primit coletul nici până azi.",
        "Coletul nu a ajuns niciodată.",
        "Nici acum, după o lună, nu am primit comanda.",
        "Vânzătorul nu mi-a trimis produsul, deși am plătit.",
        "Pana acum nu am primit nimic.",
    ],
    "fraud_suspected": [
        "Cred că am luat țeapă: anunțul era fals și vânzătorul a dispărut cu banii.",
        "Este clar o fraudă, mi-a cerut plata în avans pe un link fals.",
        "Am fost înșelat, vânzătorul este un escroc.",
        "Mi-e teamă că e o țeapă, profilul a fost șters.",
        "Am căzut victima unei fraude, am primit un link de plată fals.",
    ],
    "no_answer": [
        "Vânzătorul nu mai răspunde la telefon și nici la mesaje.",
        "De o săptămână vânzătorul nu mai răspunde.",
        "Am încercat să îl contactez de zece ori, dar nu răspunde deloc.",
        "Vânzătorul nu mai dă niciun semn de viață și nu răspunde la mesaje.",
    ],
}
COMPLAINT_OPEN = [
    "Doresc să fac o reclamație.",
    "Vă scriu ca să depun o reclamație împotriva unui vânzător.",
    "Formulez prezenta reclamație.",
    "Am o reclamație legată de o comandă.",
    "",
    "",
    "Vreau să reclam un vânzător de pe site.",
]
GUARANTEE_YES = [
    "Am plătit prin Garanția de Livrare.",
    "Comanda a fost făcută cu Garanția de Livrare.",
    "Am folosit serviciul Garanția de Livrare.",
    "Plata s-a făcut prin Garanția de Livrare Okazii.",
]
GUARANTEE_NO = [
    "Nu am folosit Garanția de Livrare, am plătit direct în contul lui.",
    "Din păcate am plătit fără Garanția de Livrare, prin transfer bancar.",
    "Plata nu a fost făcută prin Garanția de Livrare.",
]
COMPLAINT_ASK = [
    ("Solicit returnarea banilor.", "returnarea banilor"),
    ("Vă rog să mă ajutați să îmi recuperez banii.", "recuperez banii"),
    ("Doresc rambursarea integrală a sumei plătite.", "rambursarea integrală"),
    ("Vă rog să blocați contul vânzătorului și să mă ajutați să recuperez suma.", "blocați contul"),
    ("Aștept restituirea banilor în cel mai scurt timp.", "restituirea banilor"),
    ("Cer anularea tranzacției și returnarea banilor.", "anularea tranzacției"),
]
MEDIATION_ISSUE = {
    "not_as_described": [
        "Produsul nu corespunde descrierii din anunț: {diff}.",
        "Ce am primit nu corespunde cu descrierea: {diff}.",
        "Produsul este diferit de cel din anunț, {diff}.",
        "Produsul este neconform cu anunțul: {diff}.",
    ],
    "damaged": [
        "Produsul a ajuns deteriorat, cu carcasa spartă.",
        "Coletul a sosit cu produsul stricat, nu funcționează.",
        "Am primit produsul zgâriat și cu un defect la ecran.",
        "Produsul a venit spart în colet.",
    ],
    "wrong_item": [
        "Am primit alt produs decât cel comandat.",
        "Mi-a trimis un produs greșit, alt model.",
        "Am primit altceva decât am comandat: alt model, altă culoare.",
    ],
    "return_refused": [
        "Vânzătorul refuză returul, deși sunt în termen.",
        "Vânzătorul refuză să primească produsul înapoi.",
        "Am cerut retur, dar vânzătorul nu acceptă returul.",
    ],
}
DIFFS = [
    "în anunț era nou, dar e folosit",
    "culoarea e alta și lipsesc accesoriile",
    "memoria e de 64 GB, nu 256 GB",
    "materialul e plastic, nu lemn masiv",
    "mărimea e alta decât cea din anunț",
]
MEDIATION_OPEN = [
    "Vă rog să mediați o dispută cu un vânzător.",
    "Solicit medierea unei dispute.",
    "Am o problemă cu o comandă.",
    "",
    "Aș avea nevoie de ajutorul vostru într-o dispută cu vânzătorul.",
]
MEDIATION_ASK = [
    ("Propun o soluție: returnarea produsului și rambursarea banilor.", "returnarea produsului"),
    ("Vreau să returnez produsul și să primesc banii înapoi.", "să returnez produsul"),
    ("Doresc înlocuirea produsului cu unul conform anunțului.", "înlocuirea produsului"),
    ("Propun ca vânzătorul să îmi acorde o reducere de 30%.", "reducere"),
    ("As dori returnarea banilor, cu transportul retur plătit de vânzător.", "returnarea banilor"),
    ("Solicit schimbul produsului cu cel corect.", "schimbul produsului"),
]
SIGN = [
    "Mulțumesc,\n{name}",
    "Cu stimă,\n{name}",
    "{name}",
    "Toate cele bune,\n{name}",
    "O zi bună,\n{name}",
]
CONTACT = [
    "Telefon: {phone}",
    "Tel. {phone}",
    "Mă puteți contacta la {phone}.",
    "Nr. de telefon: {phone}",
]
SUBJECT_C = [
    "Reclamație comanda {txn}",
    "reclamatie tranzactia {txn}",
    "Nu am primit produsul",
    "Țeapă pe Okazii!!!",
    "Problema comanda {txn}",
    "Vanzator care nu raspunde",
    "Sesizare fraudă - {txn}",
]
SUBJECT_M = [
    "Dispută comanda {txn}",
    "Produs neconform - tranzactia {txn}",
    "Cerere mediere",
    "Retur refuzat",
    "Problema cu produsul primit",
    "Mediere {txn}",
]


def buyer_letter(rnd: random.Random, held_out: bool, category: str) -> Letter:
    c = Chooser(rnd, held_out)
    g, f = person(rnd)
    name = f"{g} {f}"
    seller = username(rnd)
    txn = str(rnd.randrange(10_000_000, 99_999_999))
    written, amount = amount_forms(
        rnd,
        rnd.choice([89, 150, 350, 430, 899, 1250, 2400, 3199]),
        rnd.choice([0, 50, 99]),
        held_out,
    )
    date = date_forms(rnd, 2026, rnd.randrange(8, 11), rnd.randrange(1, 28), held_out)
    product = pick(rnd, PRODUCTS)
    fields: dict[str, Any] = {
        "complainant": name,
        "transaction_id": txn,
        "counterparty": seller,
        "amount": amount,
    }
    body = [c(GREET)]
    if category == "complaint":
        opener = c(COMPLAINT_OPEN)
        issue = rnd.choice(list(COMPLAINT_ISSUE))
        what = c(COMPLAINT_ISSUE[issue])
        ask, key = pick(rnd, COMPLAINT_ASK)
    else:
        opener = c(MEDIATION_OPEN)
        issue = rnd.choice(list(MEDIATION_ISSUE))
        what = c(MEDIATION_ISSUE[issue]).format(diff=pick(rnd, DIFFS))
        ask, key = pick(rnd, MEDIATION_ASK)
    if opener:
        body.append(opener)
    body.append(
        c(BOUGHT).format(
            product=product, seller=seller, txn=txn, amount=written, date=date, name=name
        )
    )
    body.append(what)
    if category == "complaint" and issue != "no_answer" and rnd.random() < 0.3:
        body.append(pick(rnd, COMPLAINT_ISSUE["no_answer"]))
    guarantee = rnd.choices([True, False, None], [3, 2, 4])[0]
    if guarantee is not None:
        body.append(c(GUARANTEE_YES if guarantee else GUARANTEE_NO))
    body.append(ask)
    fields.update(delivery_guarantee=guarantee, issue=issue, proposed_resolution=key)
    email = email_of(rnd, g, f)
    contact: dict[str, str] = {"email": email}
    if rnd.random() < 0.5:
        pw, pd = phone(rnd)
        body.append(c(CONTACT).format(phone=pw))
        contact["phone"] = pd
    fields["contact"] = contact
    body.append(c(SIGN).format(name=name))
    subject = c(SUBJECT_C if category == "complaint" else SUBJECT_M).format(txn=txn)
    blocks = [("body", b) for b in body]
    return Letter(
        category,
        subject,
        blocks,
        fields,
        name,
        email,
        pick(rnd, ["securitate@okazii.ro", "support@okazii.ro", "reclamatii@okazii.ro"]),
    )
