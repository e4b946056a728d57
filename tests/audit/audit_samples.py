"""Named sample pages and exports for the audit tests (test-only code)."""

from __future__ import annotations

import os
from pathlib import Path

# ../shared beside the repository (SEO_KIT_SHARED to move it); a worktree under wt/NAME has it
# one level further up
_ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SEO_KIT_SHARED", _ROOT.parent / "shared"))
if not SHARED.is_dir():
    SHARED = _ROOT.parent.parent / "shared"
WXR_DIR = SHARED / "wxr"
EXPORTS = ("themeunittestdata.wordpress.xml", "64-block-test-data.xml")

FRENCH = ("La voiture électrique gagne du terrain en France. Les ventes ont doublé en deux ans, "
          "et les constructeurs proposent désormais des modèles à moins de vingt mille euros. "
          "Pourtant, la recharge reste un frein pour les habitants des immeubles anciens.\n\n"
          "Le gouvernement promet cent mille bornes publiques. Les élus locaux, eux, demandent "
          "des moyens pour les installer dans les petites communes.")
ENGLISH = ("Electric cars are gaining ground in Britain. Sales have doubled in two years, and "
           "makers now offer models for less than twenty thousand pounds. Yet charging is still "
           "a problem for people who live in old blocks of flats.\n\n"
           "The government promises a hundred thousand public chargers. Local councils ask for "
           "the money to install them in small towns.")

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Mon site</title>
<description>Un site de test</description>
<language>fr-FR</language>
<wp:wxr_version>1.2</wp:wxr_version>
"""
_TAIL = "</channel>\n</rss>\n"


def wxr_item(post_id: int, title: str, content: str, *, post_type: str = "post",
             status: str = "publish", meta: dict[str, str] | None = None,
             language: str | None = None) -> str:
    metas = "".join(
        f"<wp:postmeta><wp:meta_key><![CDATA[{k}]]></wp:meta_key>"
        f"<wp:meta_value><![CDATA[{v}]]></wp:meta_value></wp:postmeta>\n"
        for k, v in (meta or {}).items())
    term = (f'<category domain="language" nicename="{language}"><![CDATA[{language}]]></category>'
            if language else "")
    return (f"<item><title>{title}</title><link>https://example.org/p{post_id}/</link>"
            f"<dc:creator><![CDATA[alice]]></dc:creator>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded>"
            f"<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
            f"<wp:post_id>{post_id}</wp:post_id><wp:post_date>2026-01-0{post_id % 9 + 1} 10:00:00"
            f"</wp:post_date><wp:post_name>p{post_id}</wp:post_name><wp:status>{status}"
            f"</wp:status><wp:post_type>{post_type}</wp:post_type>{term}{metas}</item>\n")


def wxr(*items: str, head: str = _HEAD) -> str:
    return head + "".join(items) + _TAIL


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol9;</title>
<item><title>Bomb</title><content:encoded>&lol9;</content:encoded>
<wp:post_type>post</wp:post_type></item></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title>
<item><title>Leak</title><content:encoded>&secret;</content:encoded>
<wp:post_type>post</wp:post_type></item></channel></rss>
"""
