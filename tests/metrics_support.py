"""Reading a Prometheus exposition in tests: prometheus_client's own parser, samples by labels."""

from __future__ import annotations

import urllib.request

from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample


def scrape(port: int, accept: str | None = None) -> tuple[str, str]:
    """GET /metrics over the socket: (content type, body)."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}/metrics")
    if accept:
        req.add_header("Accept", accept)
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status == 200
        return resp.headers["Content-Type"], resp.read().decode()


def samples(text: str) -> list[Sample]:
    return [s for fam in text_string_to_metric_families(text) for s in fam.samples]


def sample(text: str, name: str, **labels: str) -> float:
    """The one sample `name` with exactly these labels (AssertionError if none or several)."""
    found = [s.value for s in samples(text) if s.name == name and s.labels == labels]
    assert len(found) == 1, f"{name}{labels}: {len(found)} samples"
    return float(found[0])


def by_label(text: str, name: str, label: str) -> dict[str, float]:
    """Samples `name` summed by one label's value, without samples of value 0."""
    out: dict[str, float] = {}
    for s in samples(text):
        if s.name == name and s.value:
            out[s.labels[label]] = out.get(s.labels[label], 0.0) + s.value
    return out
