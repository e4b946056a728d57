"""Write the audit's frozen expectation, tests/audit/data/expected_audit.parquet: the audit frame
of both WordPress exports of ../shared/wxr and of ``corpus_site(EXPECTED_PAGES)`` (audit_samples), as
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


def main() -> int:
    import pandas as pd
    from audit_samples import EXPECTED, expected_sources

    import seo_kit
    from seo_kit.audit import audit

    frames = []
    for name, source in expected_sources().items():
        frame = audit(source, workers=1)
        frames.append(frame.assign(source=pd.Series(name, index=frame.index, dtype="string")))
    whole = pd.concat(frames, ignore_index=True)
    EXPECTED.parent.mkdir(exist_ok=True)
    whole.to_parquet(EXPECTED, index=False, compression="zstd")
    print(f"{len(whole)} rows from {seo_kit.__file__} → {EXPECTED} "
          f"({EXPECTED.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
