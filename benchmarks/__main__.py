"""``python -m benchmarks [SCENARIO…] [--quick] [--repeat N] [--list]``."""

import sys

from benchmarks.runner import main

sys.exit(main())
