"""Parsing Markdown, HTML and plain text once into a Document."""

from pathlib import Path

import pytest

from seo_kit.errors import InputError
from seo_kit.text.document import detect_format, parse

SEED = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"


def seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("\n", 1)[1]  # line 1 is the instruction


def test_seed_counts_match_yoast():
    doc = parse(seed_body(), lang="fr")
    assert len(doc.words) == 587  # yoastseo 3.6 wordCountInText
    assert len(doc.sentences) == 18
    assert doc.source_format == "markdown"
    assert not doc.headings


def test_sentence_tokens_split_elisions():
    doc = parse("Selon l’agence, il l'a dit.", lang="fr")
    sentence = doc.sentences[0]
    assert sentence.words == ("Selon", "l’agence", "il", "l'a", "dit")
    assert sentence.tokens == ("selon", "l’", "agence", "il", "l’", "a", "dit")


PLAIN = """# Titre sans point
Premier paragraphe. Deux phrases.

## Intertitre
- un élément de liste
Dernier paragraphe avec un [lien](https://example.com) et ![une image](a.png)
"""


def test_plain_text_lines_are_paragraphs_and_hash_lines_headings():
    doc = parse(PLAIN, lang="fr")
    assert [(b.kind, b.level) for b in doc.blocks] == [
        ("heading", 1), ("paragraph", 0), ("heading", 2), ("list_item", 0), ("paragraph", 0)]
    assert doc.blocks[0].sentences[0].text == "Titre sans point"  # its own sentence
    assert len(doc.sentences) == 6
    assert doc.links[0].href == "https://example.com"
    assert doc.images[0].alt == "une image"
    assert "](" not in doc.text


HTML = """<html><head><title>Le titre</title><style>p{color:red}</style></head><body>
<h1>Grand titre</h1>
<script>document.write("injecté")</script>
<!-- commentaire caché -->
<p>Un paragraphe avec l’<em>agence</em> et <a href="https://x.org" rel="nofollow">un lien</a>.</p>
<iframe src="https://evil.example"></iframe>
<div>Texte libre dans un div<br>sur deux lignes.<p>Un autre.</p></div>
<ul><li><p>Élément</p></li><li>Second</li></ul>
<img src="b.png" alt="Photo">
</body></html>"""


def test_html_blocks_links_images_and_title():
    doc = parse(HTML, lang="fr")
    assert doc.source_format == "html"
    assert doc.title == "Le titre"
    assert [b.kind for b in doc.blocks] == [
        "heading", "paragraph", "paragraph", "paragraph", "list_item", "list_item", "paragraph"]
    assert doc.blocks[1].text == "Un paragraphe avec l’agence et un lien."
    assert doc.links[0].nofollow and doc.links[0].text == "un lien"
    assert doc.images[0].alt == "Photo"
    assert doc.blocks[2].text == "Texte libre dans un div sur deux lignes."


@pytest.mark.parametrize("hidden", ["injecté", "commentaire", "evil.example", "color:red"])
def test_script_style_iframe_and_comments_are_never_re_emitted(hidden):
    doc = parse(HTML, lang="fr")
    everything = doc.text + " ".join(link.href for link in doc.links)
    assert hidden not in everything


def test_front_matter_fills_title_and_meta_but_is_not_text():
    raw = "---\ntitle: Mon titre\nmeta_description: \"Ma méta\"\n---\nLe texte seul.\n"
    doc = parse(raw, lang="fr")
    assert (doc.title, doc.meta_description) == ("Mon titre", "Ma méta")
    assert doc.text == "Le texte seul."
    assert parse(raw, lang="fr", title="Autre").title == "Autre"


def test_code_fences_and_rules_are_not_text():
    doc = parse("```markdown\n# Titre\nTexte.\n```\n---\n", lang="fr")
    assert [b.text for b in doc.blocks] == ["Titre", "Texte."]


@pytest.mark.parametrize(("raw", "expected"), [
    ("<p>Bonjour</p>", "html"), ("Bonjour <b>toi</b>", "html"), ("# Titre\nTexte", "markdown"),
    ("3 < 4 et 5 > 2", "markdown"),
])
def test_detect_format(raw, expected):
    assert detect_format(raw) == expected


def test_bad_arguments_say_what_to_use():
    with pytest.raises(InputError, match="'html', 'markdown'"):
        parse("x", lang="fr", fmt="docx")
    with pytest.raises(InputError, match="unsupported language"):
        parse("x", lang="de")
    with pytest.raises(TypeError):
        parse("x")  # no hidden default language


def test_setext_headings_and_tables():
    raw = ("Titre\n=====\nTexte ici.\n\nSous-titre\n---\n"
           "| Pays | Capitale |\n|---|:---:|\n| France | Paris |\n")
    doc = parse(raw, lang="fr")
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Titre"), ("paragraph", 0, "Texte ici."), ("heading", 2, "Sous-titre"),
        ("paragraph", 0, "Pays Capitale"), ("paragraph", 0, "France Paris")]


def test_nbsp_and_thin_spaces_in_french_typography():
    doc = parse("Il a dit\u00a0: «\u202fNon\u202f» ! Le taux\u00a0: 1,5\u00a0%.", lang="fr")
    assert doc.words == ("Il", "a", "dit", "Non", "Le", "taux", "1,5", "%")
    assert len(doc.sentences) == 2


def test_double_line_breaks_separate_paragraphs_in_html():
    raw = "<div>Premier paragraphe.<br><br>Second paragraphe,<br>même bloc.</div>"
    doc = parse(raw, lang="fr")
    assert [b.text for b in doc.blocks] == ["Premier paragraphe.", "Second paragraphe, même bloc."]
    inside = parse("<p>Un.<br/> <br/>Deux.</p>", lang="fr")
    assert [b.text for b in inside.blocks] == ["Un.", "Deux."]
