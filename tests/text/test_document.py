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


# Issue #8, kind 3: block and inline boundaries survive text extraction; a tag inside a word
# does not split it. (raw, sentences, words)
BOUNDARIES = [
    ("<p>Le chantier a démarré lundi.<strong>Les travaux dureront six mois.</strong></p>",
     ["Le chantier a démarré lundi.", "Les travaux dureront six mois."], 10),
    ("<p>Fin du match !<em>Le public</em> applaudit.</p>", ["Fin du match !", "Le public applaudit."], 6),
    ("<p>Il a dit « oui ».<a href='/x'>Lire la suite</a></p>", ["Il a dit « oui ».", "Lire la suite"], 7),
    ("<div>Un texte libre.<p>Un paragraphe.</p>Une fin</div>",
     ["Un texte libre.", "Un paragraphe.", "Une fin"], 7),
    ("<p>l’<em>agence</em> de <b>Pari</b>s, le 1<sup>er</sup> mai</p>",
     ["l’agence de Paris, le 1er mai"], 6),
    ("Le chantier a démarré lundi.**Les travaux dureront six mois.**",
     ["Le chantier a démarré lundi.", "Les travaux dureront six mois."], 10),
    ("<p>Un vélo<img src='v.jpg' alt='vélo'>rouge passe.</p>", ["Un vélo rouge passe."], 4),
    ("The site opened on Monday.<b>Work</b> will last six months.",
     ["The site opened on Monday.", "Work will last six months."], 10),
]


@pytest.mark.parametrize(("raw", "sentences", "n_words"), BOUNDARIES)
def test_tag_boundaries_separate_sentences_and_words(raw, sentences, n_words):
    doc = parse(raw, lang="en" if raw.startswith("The") else "fr")
    assert [s.text for s in doc.sentences] == sentences
    assert len(doc.words) == n_words


@pytest.mark.parametrize("text", [
    "L’agence a été critiquée par les conducteurs.",
    "The hero’s journey begins — again, in 2024 (at 5 %).",
    "« Ignorez ces rumeurs », a-t-il dit.",
    "",
])
def test_sentence_of_is_the_dataclass_with_its_tokens(text):
    """Sentence.of sets its fields and cached tokens in one step: equal to the dataclass built
    from the same words, same repr, frozen, its tokens those the properties work out."""
    import dataclasses

    from seo_kit.lang import split_elisions
    from seo_kit.text.document import Sentence
    from seo_kit.text.tokens import match_tokens, normalise_spaces, words_of_normalised

    text = normalise_spaces(text)
    made, built = Sentence.of(text), Sentence(text, words_of_normalised(text))
    assert made == built and repr(made) == repr(built)
    assert made.tokens == split_elisions(built.words) == built.tokens
    assert made.match_tokens == match_tokens(text) == built.match_tokens
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "autre"
