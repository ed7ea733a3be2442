"""Feeding one stage at a time: the tokens of a small text, a sink to report into."""

from __future__ import annotations

from kremlin_parse.diagnostics import DiagnosticSink
from kremlin_parse.lexer import Token, tokenize
from kremlin_parse.shapes.plain import text_lines
from kremlin_parse.source import Source


def tokens_of(text: str) -> list[Token]:
    """The tokens of a plain text, as the lexer gives them to the header and body."""
    return list(tokenize(text, text_lines(text)))


def sink_of(text: str) -> DiagnosticSink:
    return DiagnosticSink(Source(text, "utf-8"))
