"""`make publish`: upload dist/ to TWINE_REPOSITORY_URL (see scripts/release/publish.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.release.publish import main

if __name__ == "__main__":
    sys.exit(main())
