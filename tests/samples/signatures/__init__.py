"""Generated material for the signature checks: labelled scans, a test PKI, signed mail and PDFs."""
