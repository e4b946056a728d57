"""What restructure takes of the model's frame (seo_kit.rewrite.restructure.parse_headings): an
SEO title and a meta description only when the source supports them and says what they say."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.restructure import parse_headings

pytest.importorskip("spacy")

ROLAND = ("Le journaliste et commentateur sportif Thierry Roland s'est éteint dans la nuit de "
          "vendredi à samedi, victime d'un AVC. En 1998, il obtint la consécration en commentant "
          "la finale de la Coupe du Monde. Par la suite, il migra vers TF1 où il fut associé à "
          "Jean-Michel Larqué.")


@pytest.mark.parametrize(("title", "meta", "kept_title", "kept_meta"), [
    ("Thierry Roland s'est éteint",
     ("Le commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi à samedi, "
     "victime d'un AVC."), True, True),
    # another article's description: names alone let it through before (2026-12-02)
    ("Thierry Roland s'est éteint",
     ("Thierry Roland est arrivé mercredi pour une visite de deux jours, la dernière d'une vague "
     "d'activités diplomatiques."), True, False),
    # a title on a topic the source never speaks of
    ("Thierry Roland : la visite",
     ("Le commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi à samedi, "
     "victime d'un AVC."), False, True),
])
def test_the_title_and_description_must_be_the_source_s(title, meta, kept_title, kept_meta):
    answer = f"H1 : Thierry Roland\nTitre SEO : {title}\nMéta-description : {meta}\n1 : En 1998"
    frame = parse_headings(answer, 1, ROLAND, lang="fr")
    assert (frame.seo_title is not None) == kept_title, frame.seo_title
    assert (frame.meta_description is not None) == kept_meta, frame.meta_description


def test_a_title_line_is_no_key_fact():
    from seo_kit.rewrite.plan import recap_sentences

    sentences = ["Ubuntu 12.10", "La version 12.10 d'Ubuntu sort le 18 octobre 2012.",
                 "Canonical 2012 Ubuntu Unity", "La prochaine version sortira en avril 2013."]
    assert recap_sentences(sentences, lang="fr", k=4) == [sentences[1], sentences[3]]
