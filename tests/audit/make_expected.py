"""Write the audit's frozen expectation, tests/audit/data/expected_audit.parquet: the audit frame
of both WordPress exports of ../shared/wxr and of ``corpus_site(N_PAGES)`` (audit_samples), as
the seo_kit on PYTHONPATH scores them, one frame with a ``source`` column.

It was written with the code of main ab2a8f7, before the shared tokenisation of the audit
(tests/audit/test_audit_expected.py compares today's frames against it):

    git worktree add /tmp/base ab2a8f7
    SEO_KIT_SHARED=../shared PYTHONPATH=/tmp/base python tests/audit/make_expected.py

Regenerate it from a trusted commit only when a check's result is meant to change.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(1, str(Path(__file__).parent))  # audit_samples, after PYTHONPATH's seo_kit

N_PAGES = 400
EXPECTED = Path(__file__).parent / "data" / "expected_audit.parquet"


def sources() -> dict[str, object]:
    """{source name: what audit() reads}: the two exports, then the corpus site."""
    from audit_samples import EXPORTS, WXR_DIR, corpus_site

    found: dict[str, object] = {name: WXR_DIR / name for name in EXPORTS}
    found["corpus_site"] = corpus_site(N_PAGES)
    return found


def frame_of(source) -> object:
    from seo_kit.audit import audit

    return audit(source, workers=1)


def main() -> int:
    import pandas as pd

    import seo_kit

    frames = []
    for name, source in sources().items():
        frame = frame_of(source)
        frames.append(frame.assign(source=pd.Series(name, index=frame.index, dtype="string")))
    whole = pd.concat(frames, ignore_index=True)
    EXPECTED.parent.mkdir(exist_ok=True)
    whole.to_parquet(EXPECTED, index=False, compression="zstd")
    print(f"{len(whole)} rows from {seo_kit.__file__} → {EXPECTED} "
          f"({EXPECTED.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
