"""The sanitiser: hostile Markdown/HTML from a model or an article never reaches the page live."""

import re

import pytest

from seo_kit.notebook.render import markdown_to_html, safe_html

HOSTILE = {
    "script tag": "Bonjour <script>alert(1)</script> le monde",
    "script split": "<scr<script>ipt>alert(1)</script>",
    "img onerror": "<img src=x onerror=alert(1)>",
    "svg onload": "<svg onload=alert(1)><circle/></svg>",
    "body onload": "<body onload=alert(1)>texte</body>",
    "event on link": '<a href="https://ex.fr" onclick="alert(1)">lien</a>',
    "javascript link md": "[clic](javascript:alert(1))",
    "javascript link html": '<a href="javascript:alert(1)">clic</a>',
    "javascript mixed case": '<a href="JaVaScRiPt:alert(1)">clic</a>',
    "javascript entity": '<a href="&#106;avascript:alert(1)">clic</a>',
    "javascript tab": '<a href="java\tscript:alert(1)">clic</a>',
    "data url": '<a href="data:text/html;base64,PHNjcmlwdD4=">clic</a>',
    "data img md": "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    "vbscript": '<a href="vbscript:msgbox(1)">clic</a>',
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "style tag": "<style>body{background:url(https://evil.example)}</style>",
    "style attr": '<p style="background:url(javascript:alert(1))">texte</p>',
    "form": '<form action="https://evil.example"><input name=q></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "object": '<object data="x.swf"></object>',
    "math mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "noscript mxss": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "template": "<template><script>alert(1)</script></template>",
    "base href": '<base href="https://evil.example/">',
    "html comment": "<!-- <script>alert(1)</script> -->texte",
    "srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "autofocus": "<input autofocus onfocus=alert(1)>",
}

LIVE = [
    re.compile(r"<\s*(script|style|iframe|object|embed|form|input|meta|base|svg|math|template)",
               re.IGNORECASE),
    re.compile(r"\son\w+\s*=", re.IGNORECASE),
    re.compile(r"(href|src|action)\s*=\s*[\"']?\s*(javascript|vbscript|data):", re.IGNORECASE),
    re.compile(r"\sstyle\s*=", re.IGNORECASE),
]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_neutralised(name):
    for render in (markdown_to_html, safe_html):
        out = render(HOSTILE[name])
        for pattern in LIVE:
            assert not pattern.search(out), f"{name}: {pattern.pattern} in {out!r}"


@pytest.mark.parametrize("markdown, expected", [
    ("## Sous-titre", "<h2>Sous-titre</h2>"),
    ("**gras** et *italique*", "<strong>gras</strong> et <em>italique</em>"),
    ("- un\n- deux", "<li>un</li>"),
    ("[Le Monde](https://www.lemonde.fr)",
     '<a href="https://www.lemonde.fr" rel="noopener noreferrer nofollow">Le Monde</a>'),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "<td>1</td>"),
    ("L’agence « Tass » & co", "L’agence « Tass » &amp; co"),
])
def test_ordinary_markdown_survives(markdown, expected):
    assert expected in markdown_to_html(markdown)


def test_script_text_is_dropped_not_shown():
    assert "alert" not in markdown_to_html("<script>alert(1)</script>Bonjour")
