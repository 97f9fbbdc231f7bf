"""Reply quoting and HTML-to-text, including real replies from talon's fixtures."""

from __future__ import annotations

from parsers import extract
from parsers.htmltext import html_to_text
from parsers.quoting import is_forward, split_reply
from tests.unit.corpora import corpus_bytes


def test_split_on_wrote_and_gt() -> None:
    """The "On ... wrote:" line and everything after it, and ">" lines, are history."""
    body = "Revin cu detalii.\n\nOn Tue, 24 Nov 2026 at 10:15, Okazii <support@okazii.ro> wrote:\n> Bună ziua\n> Cu stimă"
    new, quoted = split_reply(body)
    assert new == "Revin cu detalii."
    assert "Bună ziua" in quoted and "> Bună" not in quoted


def test_split_romanian_attribution_over_two_lines() -> None:
    """A Romanian "În data de ..., X a scris:" wrapped over two lines starts the history."""
    body = "Mulțumesc!\nÎn data de 24.11.2026, la 10:15, Asistența Okazii\n<support@okazii.ro> a scris:\nText vechi"
    assert split_reply(body) == (
        "Mulțumesc!",
        "În data de 24.11.2026, la 10:15, Asistența Okazii\n<support@okazii.ro> a scris:\nText vechi",
    )


def test_outlook_header_block_only_in_replies() -> None:
    """An Outlook "De la/Trimis/Către" block is history in a reply but content in a forward."""
    body = "Vedeți mai jos.\n\nDe la: Poliția <a@b.ro>\nTrimis: luni\nCătre: legal@okazii.ro\nSubiect: adresă\n\nDosar penal nr. 1/P/2026"
    assert split_reply(body)[0] == "Vedeți mai jos."
    assert "Dosar penal" in split_reply(body, forward=True)[0]
    assert is_forward("Fwd: adresă") and is_forward("TR: adresă") and not is_forward("Re: adresă")


def test_talon_gmail_reply() -> None:
    """A real Gmail reply (talon fixture) keeps only its new text."""
    doc = extract(corpus_bytes("talon/tests/fixtures/standard_replies/gmail.eml"))
    new, quoted = split_reply(doc.pages[0].text)
    assert quoted and new
    assert "wrote:" not in new


def test_html_to_text() -> None:
    """Scripts and styles vanish, blocks break lines, entities decode, blockquotes become "> "."""
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body><p>Bun&#259; ziua &amp; salut</p>"
        "<div>a<br>b</div><ul><li>unu</li></ul><blockquote>citat</blockquote><script>var x;</script>"
        "<table><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    text = html_to_text(html)
    assert "Bună ziua & salut" in text
    assert "a\nb" in text and "- unu" in text and "> citat" in text and "a b" in text
    assert "var x" not in text and "p{}" not in text and not text.startswith("t")


def test_html_broken_markup() -> None:
    """Unclosed and stray tags still give the text."""
    assert html_to_text("<div><p>unu<b>doi</div></i>trei<").startswith("unu")
