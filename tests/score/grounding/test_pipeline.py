"""spaCy's French pipeline is loaded once per process, whoever reads it first: grounding (parse,
lemmas) and the rewrite's source names (NER) share it (it was loaded twice in one rewrite, once
without the parser and once without the NER: ~3 s each on 2 cores)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("fr_core_news_sm")

SOURCE = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée "
          "du Nord. Kim Jong-un s'est rendu en Russie en septembre.")


def test_names_and_grounding_load_the_pipeline_once() -> None:
    """In a fresh process (the pipeline is cached per process), as a rewrite reads them: the
    source's names, then grounding."""
    script = textwrap.dedent(f"""\
        import spacy
        loads = []
        real = spacy.load
        spacy.load = lambda *a, **k: loads.append(a) or real(*a, **k)
        from seo_kit.rewrite.names import source_names
        from seo_kit.score.grounding.analysis import analyse
        SOURCE = {SOURCE!r}
        source_names(SOURCE, lang="fr")
        analyse([SOURCE], "fr")
        print(len(loads))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split()[-1] == "1", (done.stdout, done.stderr)


def test_the_shared_pipeline_still_gives_both_readers_what_they_read() -> None:
    """Names come from the NER (run on demand), grounding's lemmas from the parse (NER off)."""
    from seo_kit.rewrite.names import source_names
    from seo_kit.score.grounding.analysis import analyse, entity_doc

    assert {"Sergueï Lavrov", "Corée du Nord", "Kim Jong-un", "Russie"} <= \
        set(source_names(SOURCE, lang="fr"))
    assert {e.text for e in entity_doc(SOURCE, "fr").ents} >= {"Sergueï Lavrov", "Russie"}
    [analysis] = analyse([SOURCE.split(". ")[1]], "fr")
    assert "rendre" in analysis.lemmas or any(f.lemma == "rendre" for f in analysis.frames)
