"""Speed-ups of the parse and of the checks give what the code they replaced gave, on every
page of both WordPress exports (Gutenberg block comments, scripts, iframes, <br> runs, every
kind of markup) and of the corpus site: the HTML blocks found in one walk over the tree (four
walks before), and the word-complexity share from the remembered per-word answer."""

from __future__ import annotations

import pytest
from audit_samples import EXPORTS, SHARED, WXR_DIR, corpus_site
from bs4 import BeautifulSoup, Comment

from seo_kit.audit import read_wxr
from seo_kit.score.checks import readability
from seo_kit.score.context import Context
from seo_kit.score.matching import function_words
from seo_kit.text import markup, parse


def _contents() -> list[str]:
    exports = [WXR_DIR / name for name in EXPORTS if (WXR_DIR / name).is_file()]
    if len(exports) < 2 or not (SHARED / "corpus" / "INDEX.tsv").is_file():
        pytest.skip(f"the shared exports or corpus are absent ({SHARED})")
    contents = [page.get("content") or "" for path in exports for page in read_wxr(path)]
    contents += [page["content"] for page in corpus_site(200)]
    contents.append("<p>a<br>b<br> <br>c</p><script>x<!-- c --></script><noscript><svg><br>"
                    "</svg></noscript><head><title>t<br></title></head><!-- <br> --><br><br>d")
    return [c for c in contents if c.strip()]


def _html_blocks_before(raw: str) -> list:
    """markup.html_blocks as it was: the tree walked again before each step."""
    soup = BeautifulSoup(raw, "html.parser")
    for tag in markup._tags(soup, markup._DROPPED):
        tag.decompose()
    for comment in [d for d in soup.descendants if isinstance(d, Comment)]:
        comment.extract()
    for tag in markup._tags(soup, {"title", "head"}):
        tag.decompose()
    for br in markup._tags(soup, {"br"}):
        after = br.next_sibling
        while isinstance(after, markup.NavigableString) and not after.strip():
            after = after.next_sibling
        if getattr(after, "name", None) == "br":
            br.replace_with(soup.new_tag(markup._BREAK))
        else:
            br.replace_with(" ")
    return list(markup._walk(soup, "paragraph", 0))


def test_the_html_blocks_of_one_walk_are_those_of_four():
    contents = _contents()
    assert len(contents) > 300
    for raw in contents:
        assert list(markup.html_blocks(raw)) == _html_blocks_before(raw), raw[:200]


def test_the_word_complexity_share_is_that_of_the_word_by_word_formula():
    shares = []
    for raw in _contents():
        for lang in ("fr", "en"):
            doc = parse(raw, lang=lang)
            if not doc.words:
                continue
            fw = function_words(lang)
            before = [w for w in doc.words
                      if len(w) > 9 and readability.is_complex_word(w.split("’")[-1], lang, fw)]
            share = round(len(before) / len(doc.words) * 100, 2)
            assert readability.word_complexity(doc, Context(lang=lang)).value == share
            shares.append(share)
    assert 0 in shares and any(s > 0 for s in shares)
