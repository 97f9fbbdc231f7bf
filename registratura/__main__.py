"""`python -m registratura` is the `registratura` command."""

import sys

from registratura.cli import main

sys.exit(main())
