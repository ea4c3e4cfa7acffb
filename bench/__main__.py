"""``python -m bench``: the speed figures and the start-up figures (``make bench`` adds the quality tables)."""

import sys

from bench import speed, startup

sys.exit(speed.main(sys.argv[1:]) or startup.main([]))
