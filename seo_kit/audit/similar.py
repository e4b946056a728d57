"""Near-duplicate titles, meta descriptions and pages across a site, without comparing every pair.

    near_duplicates(frame, "seo_title", threshold=90)   pairs of nearly equal SEO titles
    near_duplicate_pages("site.xml", threshold=0.8)      pairs of pages with nearly the same text

Every distinct normalised value (seo_kit.audit.site.normalise_text, a tail most values share
such as " - Site name" set aside) gets a MinHash of its character 3-grams, taken on its words in
sorted order as token_sort_ratio compares them; locality-sensitive hashing (datasketch's
MinHashLSH: the signature cut into bands, two values are candidates when one band is equal)
pairs the values likely to share at least ``jaccard_floor(threshold)`` of their 3-grams. Only
those candidate pairs are scored, with rapidfuzz's token_sort_ratio (0–100: the similarity
reported). Cost: linear in the number of values plus the candidate pairs, where comparing every
value with every other grows with its square (MinHash: Broder, "On the resemblance and
containment of documents", 1997; banding: Leskovec, Rajaraman & Ullman, *Mining of Massive
Datasets*, ch. 3). LSH can miss a pair (a false negative): bench/audit_near_duplicates.py measures the
pairs found against every pair compared, on the same titles.

Pages are compared by their texts' 5-word shingles (w-shingling, Broder 1997): the Jaccard
similarity of the two sets, estimated from the MinHash signatures alone (standard error
sqrt(J(1 − J)/128): ±0.035 at J = 0.8), so that a site streams through in one pass and only the
signatures and the LSH index stay in memory, never the texts (a few KB a page: 1 KB of hash
values, the bands' keys; 14 KB a page at the peak for 3,000 pages, chunk of 500 included).
"""

from __future__ import annotations

import os
import re

import pandas as pd

from seo_kit._optional import require

__all__ = ["NUM_PERM", "PAGE_SHINGLE", "SHINGLE", "jaccard_floor", "near_duplicate_pages",
           "near_duplicates"]

SHINGLE = 3  # characters per shingle of a title or description
PAGE_SHINGLE = 5  # words per shingle of a page's text
NUM_PERM = 128  # MinHash permutations: the Jaccard estimate's standard error is ~1/sqrt(128)
_COLUMNS = ["similarity", "text_a", "text_b", "urls_a", "urls_b"]


def jaccard_floor(threshold: float) -> float:
    """The 3-gram Jaccard similarity (0–1) below which two values are not candidates, for a
    token_sort_ratio ``threshold`` (0–100). A ratio of T between two strings of L characters
    allows at most d·L substitutions, d = 1 − T/100 (Indel distance ≤ 2·d·L, two per
    substitution), and each one changes at most 3 of the ~L 3-grams: the 3-gram sets then share
    at least (1 − 3d)/(1 + 3d) of their union (0.54 at T = 90). Three quarters of that, at least
    0.05, leaves room for MinHash's estimate and for short strings."""
    d = 1 - threshold / 100
    bound = (1 - 3 * d) / (1 + 3 * d) if d < 1 / 3 else 0.0
    return max(0.05, 0.75 * bound)


def _shingles(key: str) -> list[bytes]:
    text = " ".join(sorted(key.split()))
    if len(text) <= SHINGLE:
        return [text.encode()]
    return list({text[i:i + SHINGLE].encode() for i in range(len(text) - SHINGLE + 1)})


def candidate_pairs(keys: list[str], threshold: float) -> set[tuple[int, int]]:
    """(i, j), i < j: the positions in ``keys`` that share an LSH band (see the module doc)."""
    datasketch = require("datasketch", "audit", purpose="near-duplicate titles")
    signatures = datasketch.MinHash.bulk([_shingles(k) for k in keys], num_perm=NUM_PERM)
    lsh = datasketch.MinHashLSH(threshold=jaccard_floor(threshold), num_perm=NUM_PERM)
    for position, signature in enumerate(signatures):
        lsh.insert(position, signature, check_duplication=False)
    pairs = set()
    for i, signature in enumerate(signatures):
        pairs.update((i, j) for j in lsh.query(signature) if j > i)
    return pairs


def near_duplicates(frame: pd.DataFrame, field: str = "seo_title", *,
                    threshold: float = 90) -> pd.DataFrame:
    """Pairs of distinct normalised ``field`` values ("seo_title", "meta_description", "title")
    at least ``threshold`` similar (rapidfuzz's token_sort_ratio, 0–100: word order ignored);
    exact duplicates are in ``duplicates``. Columns: similarity, text_a, text_b (the values as
    first written), urls_a, urls_b (lists of the pages with each), most similar first. A tail
    that half the values or more share (" - Site name" in every SEO title) is left out of the
    comparison, or every short title would look like every other. Candidates by MinHash LSH
    (datasketch), so tens of thousands of titles take seconds (see the module doc)."""
    if frame.empty or field not in frame:
        return pd.DataFrame(columns=_COLUMNS)
    from seo_kit.audit.site import common_tail, normalise_text

    fuzz = require("rapidfuzz", "audit", purpose="near-duplicate titles").fuzz
    where = frame["url"] if "url" in frame else frame.index.to_series().astype(str)
    urls_of: dict[str, list[str]] = {}
    text_of: dict[str, str] = {}
    normalised = [normalise_text(v) for v in frame[field]]
    tail = common_tail(normalised)
    for value, url, key in zip(frame[field], where, normalised):
        if tail and key.endswith(" " + tail):
            key = key[: -len(tail) - 1]
        if key:
            urls_of.setdefault(key, []).append(url)
            text_of.setdefault(key, value)
    keys = list(urls_of)
    rows = []
    for i, j in sorted(candidate_pairs(keys, threshold)):
        similarity = fuzz.token_sort_ratio(keys[i], keys[j])
        if similarity >= threshold:
            rows.append((round(similarity, 1), text_of[keys[i]], text_of[keys[j]],
                         urls_of[keys[i]], urls_of[keys[j]]))
    table = pd.DataFrame(rows, columns=_COLUMNS)
    return table.sort_values("similarity", ascending=False, kind="stable").reset_index(drop=True)


_TAG = re.compile(r"<[^>]*>")
_PAGE_COLUMNS = ["similarity", "url_a", "title_a", "url_b", "title_b"]


def _page_shingles(content: str) -> list[bytes]:
    from seo_kit.audit.site import normalise_text

    words = normalise_text(_TAG.sub(" ", content)).split()
    if len(words) <= PAGE_SHINGLE:
        return [" ".join(words).encode()] if words else []
    return list({" ".join(words[i:i + PAGE_SHINGLE]).encode()
                 for i in range(len(words) - PAGE_SHINGLE + 1)})


def near_duplicate_pages(pages: str | os.PathLike | pd.DataFrame, *, threshold: float = 0.8,
                         mapping: dict[str, str] | None = None,
                         progress: bool = False) -> pd.DataFrame:
    """Pairs of pages whose texts share at least ``threshold`` (0–1) of their 5-word shingles
    (Jaccard similarity, estimated by MinHash: see the module doc), identical texts included.
    ``pages``: what ``audit`` takes (an export's path, a DataFrame…), read again in one
    streaming pass (the audit frame keeps no text). Columns: similarity (0–100, estimated),
    url_a, title_a, url_b, title_b; most similar first. Pages without text are left out.
    ``progress``: a tqdm bar of the pages read."""
    from seo_kit.audit.pages import page_frames

    datasketch = require("datasketch", "audit", purpose="near-duplicate pages")
    lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures, urls, titles = [], [], []
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(unit="page", desc="near-duplicate pages")
    for frame in page_frames(pages, mapping=mapping):
        if bar is not None:
            bar.update(len(frame))
        shingled = [(_page_shingles(c) if isinstance(c, str) else [], u, t)
                    for c, u, t in zip(frame["content"], frame["url"], frame["title"])]
        shingled = [row for row in shingled if row[0]]
        computed = datasketch.MinHash.bulk([row[0] for row in shingled], num_perm=NUM_PERM)
        for signature, (_, url, title) in zip(computed, shingled):
            lean = datasketch.LeanMinHash(signature)  # the hash values only
            lsh.insert(len(signatures), lean, check_duplication=False)
            signatures.append(lean)
            urls.append(url if url is not None else str(len(urls)))
            titles.append(title)
    if bar is not None:
        bar.close()
    rows = []
    for i, signature in enumerate(signatures):
        for j in lsh.query(signature):
            similarity = signature.jaccard(signatures[j]) if j > i else 0.0
            if similarity >= threshold:
                rows.append((round(100 * similarity, 1), urls[i], titles[i], urls[j], titles[j]))
    table = pd.DataFrame(rows, columns=_PAGE_COLUMNS)
    return table.sort_values("similarity", ascending=False, kind="stable").reset_index(drop=True)
