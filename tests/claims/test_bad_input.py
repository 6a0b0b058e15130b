"""Bad input: a clear message or a clean "no checkable claims", never a crash."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import MAX_BYTES, NO_CLAIMS, decode_article, read_article
from critmin.errors import ClaimError


def test_empty_text(checker) -> None:
    for text in ("", "   \n\t ", b""):
        r = checker.check(text, "2025-06-01")
        assert r.checks == [] and r.message and NO_CLAIMS in r.message


def test_binary_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ClaimError, match="binary"):
        decode_article(bytes(range(256)) * 4)


def test_non_utf8_names_the_byte_and_offset() -> None:
    with pytest.raises(ClaimError, match=r"not UTF-8.*0xe9 at offset 3"):
        decode_article("café 2,600 tons".encode("latin-1"))


def test_utf8_bom_is_accepted() -> None:
    assert decode_article("\ufeffRussia".encode()) == "Russia"


def test_huge_file_is_refused_reading_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = b"China mined 270,000 tons of rare earths in 2024. " * 20 + b"\n"
    with big.open("wb") as fh:
        for _ in range(20_000_000 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size >= 20_000_000
    tracemalloc.start()
    with pytest.raises(ClaimError, match="at most 2 MB"):
        read_article(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 3 * MAX_BYTES  # only the first MAX_BYTES + 1 bytes were read


def test_huge_string_is_refused(checker) -> None:
    with pytest.raises(ClaimError, match="at most"):
        checker.check("x" * (MAX_BYTES + 1), "2025-06-01")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ClaimError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ClaimError, match="directory"):
        read_article(tmp_path)


def test_stream_input() -> None:
    assert read_article(stream=io.BytesIO(b"Russia produced 2,500 tons.")) == "Russia produced 2,500 tons."


def test_bad_date(checker) -> None:
    with pytest.raises(ClaimError, match="not a date"):
        checker.check("Russia", "19/03/2025")


@pytest.mark.parametrize("text", [
    "La Chine a produit 270 000 tonnes de terres rares en 2024, selon l'USGS.",
    "Китай добыл 270 000 тонн редкоземельных металлов в 2024 году.",
    "中国2024年开采了27万吨稀土。",
    "Die Produktion stieg um 12 Prozent.",
    "Brasil exportou 45 mil toneladas de grafite em 2023, segundo o governo.",
    "Perú produjo 2,8 millones de toneladas de cobre en 2023, según el ministerio.",
])
def test_other_languages_give_no_claims(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert r.checks == [] and r.message == NO_CLAIMS


def test_html_markup_is_read_as_text(checker) -> None:
    page = ("<!DOCTYPE html><html><head><title>x</title><script>var t = '9,999 tons';</script></head>"
            "<body><h1>Rare earths</h1><p>China mined <b>270,000&nbsp;tons</b> of rare earths in 2024.</p></body></html>")
    r = checker.check(page, "2025-06-01")
    assert [c.claim.text for c in r.checks] == ["270,000 tons"]
    assert r.checks[0].verdict.verdict == "supported"  # MCS 2025: China 2024 = 270,000 t REO


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_text_never_crashes(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert all(c.verdict.verdict in ("supported", "refuted", "partly_supported", "supported_by_other_edition",
                                     "unverifiable") for c in r.checks)
    assert all("internal error" not in c.verdict.explanation and "could not judge" not in c.verdict.explanation
               for c in r.checks)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Russia", "Russia's", "China", "the U.S.", "Burma", "rare earths", "graphite", "reserves", "production",
    "fell", "rose", "tripled", "2,600", "about", "more than", "tons", "kt", "%", "of global", "in 2023",
    "fifth-largest", "top three", "far exceed", "twice as much", "signed on 30 April 2025", ".", ",",
    "controls on seven elements", "according to USGS", "Ukraine", "and", "45.5", "million",
]), max_size=30))
def test_claim_shaped_noise_never_crashes(checker, words: list[str]) -> None:
    r = checker.check(" ".join(words), "2025-06-01")
    for c in r.checks:
        assert "could not judge" not in c.verdict.explanation, (c.claim, c.verdict)
        a, b = c.claim.span
        assert 0 <= a < b <= len(r.text)


@pytest.mark.parametrize("text", [
    "<p>x</p>" + "<script>" * 50_000,          # unclosed tags: a lazy regex would be quadratic
    "<p>x</p>" + "<!--" * 50_000,
    "China " + " " * 200_000 + "produced 5 t",  # one long run of spaces
    "China fifth-largest " * 5_000,            # a run-on "sentence" full of mentions
])
def test_pathological_input_stays_linear(checker, text: str) -> None:
    import time

    t0 = time.process_time()
    checker.check(text, "2025-06-01")
    assert time.process_time() - t0 < 10


def test_claims_are_capped(checker) -> None:
    from critmin.claims import MAX_CLAIMS

    r = checker.check("China mined 270,000 tons of rare earths in 2024. " * (MAX_CLAIMS + 10), "2025-06-01")
    assert len(r.checks) == MAX_CLAIMS and r.message and "first" in r.message
