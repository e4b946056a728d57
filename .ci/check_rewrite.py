"""Check what README's first command (`make rewrite`) wrote, as a reader of the file would.

    python3 .ci/check_rewrite.py out/article_seo.md [stdout.txt]

Standard library only: it runs outside any venv, so it judges the output without trusting
seo_kit's own counters. Passes when the file exists and its body (after the front matter) has at
least 700 words, one H1 and at least three H2 subheadings, reads as French (French function words
outnumber English ones several times over), and the front matter says the brief's constraints
min_words, subheadings and language were met; with stdout.txt, the score table was printed.
Exits 1 with every failed check listed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MIN_WORDS = 700
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")  # letters or digits; elisions, hyphens kept
FRENCH = {"le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans",
          "pour", "sur", "avec", "au", "aux", "ne", "pas", "par", "il", "elle", "ce", "son", "ses"}
ENGLISH = {"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "it", "was", "by",
           "this", "are", "as", "be", "his", "her", "from"}


def check(path: Path, stdout: str | None) -> list[str]:
    if not path.is_file():
        return [f"{path} was not written"]
    text = path.read_text(encoding="utf-8")
    front, body = "", text
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        front, body = text[4:].split("\n---\n", 1)
    words = [w.lower() for w in WORD.findall(body)]  # headings count, as in Yoast
    h1 = re.findall(r"(?m)^# \S", body)
    h2 = re.findall(r"(?m)^## \S", body)
    french = sum(w in FRENCH for w in words)
    english = sum(w in ENGLISH for w in words)
    problems = []
    if len(words) < MIN_WORDS:
        problems.append(f"{len(words)} words in the body, fewer than {MIN_WORDS}")
    if len(h1) != 1:
        problems.append(f"{len(h1)} H1 headings, expected 1")
    if len(h2) < 3:
        problems.append(f"{len(h2)} ## subheadings, expected at least 3")
    if french < 5 * max(english, 1):
        problems.append(f"does not read as French ({french} French vs {english} English "
                        "function words)")
    for name in ("min_words", "subheadings", "language"):
        if not re.search(rf"(?m)^\s+{name}: true$", front):
            problems.append(f"front matter does not report constraint {name}: true")
    if stdout is not None and "SEO score" not in stdout:
        problems.append("the score table was not printed")
    print(f"{path}: {len(words)} words, {len(h1)} H1, {len(h2)} H2, French/English function "
          f"words {french}/{english}")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    stdout = Path(argv[1]).read_text(encoding="utf-8") if len(argv) > 1 else None
    problems = check(Path(argv[0]), stdout)
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
