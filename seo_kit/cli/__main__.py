"""``python -m seo_kit.cli``: the same as the ``seo-kit`` command."""

import sys

from seo_kit.cli import main

sys.exit(main())
