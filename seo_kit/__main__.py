"""`python -m seo_kit …` runs the same command line as `seo-kit …`."""

from seo_kit.cli import main

raise SystemExit(main())
