"""Generate seo_kit/score/data/arial_20px_widths.json from Liberation Sans Regular.

Yoast measures the SEO title in the browser with Arial 20px. Liberation Sans is metric-compatible
with Arial (same advance widths), so its horizontal metrics give the widths Google and Yoast see.
The table is committed; no font is needed at run time. Re-run after changing the covered ranges:

    apt-get install -y fonts-liberation
    .venv/bin/python .ci/gen_title_widths.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

FONT = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
OUT = Path(__file__).resolve().parents[1] / "seo_kit" / "score" / "data" / "arial_20px_widths.json"
SIZE_PX = 20
RANGES = [
    (0x20, 0x7E),      # ASCII
    (0xA0, 0x17F),     # Latin-1 supplement, Latin extended-A (French, most of Europe)
    (0x2010, 0x2044),  # dashes, quotes, ellipsis, per mille, guillemets ‹ ›
    (0x20AC, 0x20AC),  # euro sign
    (0x2122, 0x2122),  # trade mark
]


def main() -> int:
    if not FONT.exists():
        print(f"{FONT} is missing: apt-get install -y fonts-liberation", file=sys.stderr)
        return 1
    font = TTFont(FONT)
    units_per_em = font["head"].unitsPerEm
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    widths = {}
    for start, end in RANGES:
        for code in range(start, end + 1):
            glyph = cmap.get(code)
            if glyph is not None:
                widths[chr(code)] = round(metrics[glyph][0] * SIZE_PX / units_per_em, 4)
    table = {
        "font": "Liberation Sans Regular (metric-compatible with Arial)",
        "size_px": SIZE_PX,
        "default": round(sum(widths.values()) / len(widths), 4),
        "widths": widths,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(widths)} widths to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
