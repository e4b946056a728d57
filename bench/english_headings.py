"""English rewrites without a model's own words: headings, H1, Yoast scores of this checkout.

    SEO_KIT_YOAST_DIR=../yo PYTHONPATH=. .venv/bin/python bench/english_headings.py
    SEO_KIT_YOAST_DIR=../yo PYTHONPATH=../main .venv/bin/python bench/english_headings.py  # peer

A scripted server plays a model that answers every step with its passage as given (the
``<article>`` of its prompt): what comes out is what the engine builds around the source's own
sentences — the H1 and H2s (claim-free generic titles counted), the splits, the recap, the meta
— on corpus text 14 (English, 1.3 × its length, keyphrase from INDEX.tsv) and the seed vault of
issue #11 (bench/data/dev_en_seed_vault.txt, 400 words, "seed vault"). No real model: it runs
in seconds and may run beside the embedded model's slot. Columns: words, headings (H1 + H2),
generic (claim-free "Keyphrase: the background"-like titles, or "Keyphrase: Mozilla"), cut, unsupported sentences,
facts kept, Yoast SEO and readability of source → variant, long% (sentences over 20 words).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

_ARTICLE = re.compile(r"<article>\s*(.*?)\s*</article>", re.DOTALL)


def copier(request: dict) -> str:
    """The passage of the request, as given."""
    users = [m.get("content", "") for m in request.get("messages", []) if m.get("role") == "user"]
    found = _ARTICLE.search(users[-1] if users else "")
    return found.group(1) if found else "No passage."


def main() -> int:
    import faithfulness as fb
    from scripted_server import ScriptedServer

    from seo_kit.lang import section_labels
    from seo_kit.llm.endpoint import Endpoint

    corpus = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))
    yoast = os.environ.get("SEO_KIT_YOAST_DIR")
    items = [{"name": "seed_vault", "path": ROOT / "bench" / "data" / "dev_en_seed_vault.txt",
              "skip": False, "lang": "en", "keywords": ("seed vault",), "min_words": 400}]
    index = corpus / "INDEX.tsv"
    if index.is_file():
        for line in index.read_text(encoding="utf-8").splitlines()[1:]:
            name, lang, words, _, _, keyphrase = line.split("\t")
            if lang == "en":
                items.append({"name": name, "path": corpus / name, "skip": False, "lang": "en",
                              "keywords": (keyphrase,), "min_words": round(1.3 * int(words))})
    generic = {g.lower() for g in section_labels("en")}
    with ScriptedServer() as server:
        server.responder = copier
        endpoint = Endpoint(base_url=server.url, model=server.model, api_key="sk-scripted",
                            kind="compatible", timeout_s=60.0, max_retries=0)
        for item in items:
            row = fb.measure(item, endpoint, Path(yoast) if yoast else None)
            headings = re.findall(r"^#{1,2} (.+)$", row["variant"], flags=re.MULTILINE)
            # a claim-free label, or "Keyphrase: Word" (the page name after the keyphrase)
            claim_free = [h for h in headings if h.lower().split(": ")[-1] in generic
                          or (": " in h and len(h.split(": ")[-1].split()) == 1)]
            print(json.dumps({
                "text": item["name"], "words": row["words"], "headings": len(headings),
                "generic": len(claim_free), "cut": row["cut"], "unsupported": row["unsupported"],
                "facts": f"{row['facts_kept']}/{row['facts_total']}",
                "seo": row["yoast_source"] and [row["yoast_source"][0], row["yoast_variant"][0]],
                "read": row["yoast_source"] and [row["yoast_source"][1],
                                                 row["yoast_variant"][1]],
                "long%": row["long_share"]}, ensure_ascii=False))
            for heading in headings:
                print(f"    {heading}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
