"""Throughput benchmarks of the whole pipeline, and of bare Tesseract as its yardstick.

`python -m bench.run` (or `make bench`) measures, in one run: text e-mails per
second end to end, scanned pages per second end to end, and bare Tesseract on
the same page images, so the pipeline's OCR throughput can be read as a ratio
of what the machine can do. See bench/README.md for how to read the figures.
"""
