"""The application shell of registratura: CLI, service, settings."""

import warnings

# cryptography ≥ 46 warns when pyHanko imports its DSA module (pyHanko supports DSA
# signatures; nothing here makes one). A library's notice to its developers is no
# line for an operator: the CLI's stderr holds what happened to their request only.
warnings.filterwarnings("ignore", message=r"DSA is deprecated", module=r"pyhanko(\.|$)")
