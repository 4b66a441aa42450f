"""Ingest: files and folders of .txt, .html/.htm and .jsonl pages in, ``Page`` or ``Failure`` out.

Every problem with one input becomes a ``Failure`` for that input alone, so one bad file never
stops a batch. HTML goes through trafilatura (main text, title) and htmldate (publication date)
rather than hand-written rules; bytes are decoded by BOM, strict UTF-8, then charset-normalizer.
"""

from __future__ import annotations

import json
import re
import signal
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import charset_normalizer

from pipeline.records import Failure, Page

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Unicode category Cc except the whitespace controls \t \n \f \r.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")


class InputError(Exception):
    """A page that cannot be read; ``kind`` becomes the ``errors.error`` column."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class IngestOptions:
    max_file_bytes: int = 20_000_000
    html_seconds: float = 20.0


@contextmanager
def time_limit(seconds: float):
    """Raises InputError when the block runs longer than ``seconds``. It uses SIGALRM, so it
    bounds work only in the main thread; elsewhere the block runs unbounded. The library may
    swallow the interruption inside its own error handling, so expiry is checked again on exit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    expired = []
    problem = InputError("timeout", f"HTML extraction took longer than {seconds:g} s")

    def expire(signum, frame):
        expired.append(True)
        raise problem

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        raise problem


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the supported files under folders, in a stable order."""
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUFFIXES:
                    yield child
        else:
            yield path


def read_pages(inputs: Iterable[str | Path], options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    for path in find_inputs(inputs):
        yield from read_file(path, options)


def read_file(path: Path, options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    source = str(path)
    try:
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            raise InputError("unsupported", f"unsupported file type {path.suffix or '(none)'!r}; "
                             f"expected one of {', '.join(sorted(SUFFIXES))}")
        text = decode(read_bytes(path, options.max_file_bytes))
        if kind == "jsonl":
            yield from read_jsonl_lines(source, text, options)
            return
        yield page_from_html(source, text, options) if kind == "html" else page_from_text(source, text)
    except InputError as problem:
        yield Failure(source, "ingest", problem.kind, str(problem))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError("too_large", f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("not_found", "no such file") from None
    except OSError as problem:
        raise InputError("unreadable", problem.strerror or str(problem)) from None


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty", "file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_unknown(data)
    if _looks_binary(text):
        raise InputError("binary", "content is binary, not text")
    return text


def _decode_unknown(data: bytes) -> str:
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError("binary", "content is binary, not text")
    lines = data.split(b"\n")
    broken = [line for line in lines if not _is_utf8(line)]
    if len(broken) <= len(lines) / 2:
        # Mostly UTF-8 with some lines in a legacy encoding (pages pasted together): mend line by line.
        encoding = _guess_encoding(b"\n".join(broken))
        return "\n".join(line.decode("utf-8") if _is_utf8(line) else line.decode(encoding, errors="replace")
                         for line in lines)
    return data.decode(_guess_encoding(data), errors="replace")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _guess_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("undecodable", "could not detect the text encoding")
    return best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 has a NUL in every other byte when it is mostly ASCII or Cyrillic-free;
    for Cyrillic the high byte is 0x04, so test which half of the byte pairs is nearly constant."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if sum(byte in (0, 4) for byte in high) >= 0.9 * len(high):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) > 0.01 * len(sample) or "\x00" in sample


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return _BLANK_RUN.sub("\n\n", text).strip()


def page_from_text(source: str, raw: str, **fields) -> Page:
    text = clean_text(raw)
    if not text:
        raise InputError("empty", "page has no text")
    title = fields.pop("title", None) or text.split("\n", 1)[0][:300]
    return Page(source=source, text=text, title=title, **fields)


def page_from_html(source: str, html: str, options: IngestOptions = IngestOptions(), **fields) -> Page:
    """Main text, title and date of a page. lxml parses without network access: no external
    entities are resolved and no linked resource is fetched; scripts and styles never reach the text."""
    import trafilatura

    try:
        with time_limit(options.html_seconds):
            extracted = trafilatura.bare_extraction(
                html, url=fields.get("url"), with_metadata=True, include_comments=False, include_tables=True,
                date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"},
            )
    except InputError:
        raise
    except Exception as problem:  # trafilatura raises many types on broken markup
        raise InputError("bad_html", f"HTML could not be parsed: {problem}") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no_text", "no main text found in the HTML")
    fields.setdefault("published", extracted.date)
    fields["title"] = fields.get("title") or extracted.title
    return page_from_text(source, extracted.text, **fields)


def read_jsonl_lines(source: str, text: str, options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            yield page_from_record(line_source, line, options)
        except InputError as problem:
            yield Failure(line_source, "ingest", problem.kind, str(problem))


def page_from_record(source: str, line: str, options: IngestOptions) -> Page:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as problem:
        raise InputError("bad_jsonl", f"line is not valid JSON ({problem.msg} at column {problem.colno})") from None
    if not isinstance(record, dict):
        raise InputError("bad_jsonl", f"line is a JSON {type(record).__name__}, expected an object")
    fields = {
        "url": _optional_str(record, "url"),
        "title": _optional_str(record, "title"),
        "published": _optional_str(record, "published"),
    }
    if isinstance(record.get("text"), str) and record["text"].strip():
        return page_from_text(source, record["text"], **fields)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return page_from_html(source, record["html"], options, **fields)
    raise InputError("bad_jsonl", "object has neither a non-empty 'text' nor 'html' field")


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None
