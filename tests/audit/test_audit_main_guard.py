"""A script that starts local worker processes must do it under ``if __name__ == "__main__":``
(each worker imports the script again): without the guard, a clear InputError before any process
starts, not a BrokenProcessPool. Real scripts, run by a real interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seo_kit.audit.main_guard import _in_main_block

ROOT = Path(__file__).resolve().parents[2]
PAGES = ('[{"title": "Le vélo", "lang": "fr", "content": "<p>Le vélo électrique gagne du '
         'terrain en ville. Pourtant, les pistes manquent.</p>"}] * 12')

SCRIPTS = {
    "top level": f"from seo_kit.audit import audit\nframe = audit({PAGES}, workers=2, "
                 "chunk_size=4)\nprint('rows', len(frame))\n",
    "a function called at the top level": "from seo_kit.audit import audit\n\n\ndef run():\n"
                 f"    return audit({PAGES}, workers=2, chunk_size=4)\n\n\n"
                 "print('rows', len(run()))\n",
    "guarded": "from seo_kit.audit import audit\n\n\ndef run():\n"
               f"    return audit({PAGES}, workers=2, chunk_size=4)\n\n\n"
               "if __name__ == \"__main__\":\n    print('rows', len(run()))\n",
    "guarded, one process at the top level": "from seo_kit.audit import audit\n"
               f"print('rows', len(audit({PAGES}, workers=1)))\n",
}


def _run(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    script = tmp_path / "site_audit.py"
    script.write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=240, cwd=tmp_path, env=env, check=False)


@pytest.mark.parametrize(("name", "refused"), [
    ("top level", True),
    ("a function called at the top level", True),
    ("guarded", False),
    ("guarded, one process at the top level", False),
])
def test_worker_processes_need_the_main_guard(tmp_path, name, refused):
    done = _run(tmp_path, SCRIPTS[name])
    if refused:
        assert done.returncode != 0
        assert "InputError" in done.stderr and 'if __name__ == "__main__":' in done.stderr
        assert "workers=1" in done.stderr and "site_audit.py" in done.stderr
        assert "BrokenProcessPool" not in done.stderr
    else:
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "rows 12"


@pytest.mark.parametrize(("source", "line", "inside"), [
    ('if __name__ == "__main__":\n    main()\n', 2, True),
    ("if '__main__' == __name__:\n    main()\n", 2, True),
    ('main()\nif __name__ == "__main__":\n    pass\n', 1, False),
    ('if __name__ == "__main__":\n    pass\nelse:\n    main()\n', 4, False),
    ("if __name__ != '__main__':\n    main()\n", 2, False),
    ("def broken(:\n", 1, True),  # a script that cannot be read raises no false alarm
])
def test_the_main_block_is_read_from_the_scripts_syntax_tree(tmp_path, source, line, inside):
    path = tmp_path / "script.py"
    path.write_text(source, encoding="utf-8")
    assert _in_main_block(path, line) is inside
