"""Ingest: files and folders of .txt, .html/.htm and .jsonl pages in, ``Page`` or ``Failure`` out.

Every problem with one input becomes a ``Failure`` for that input alone, so one bad file never
stops a batch. HTML goes through trafilatura (main text, title) and htmldate (publication date)
rather than hand-written rules; bytes are decoded by BOM, UTF-16 by its byte pattern, strict UTF-8,
then charset-normalizer.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import charset_normalizer

from pipeline.faults import stall_point
from pipeline.records import Failure, Page

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Unicode category Cc except the whitespace controls \t \n \f \r.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")
# Some Kazakh sites type Cyrillic letters with the Latin letters that look the same: ә with the
# Latin schwa (ə U+018F/U+0259: "Ғылым жəне жоғары білім министрі", "аудан əкімі"), and older ones
# і with the Latin i ("Бiлiм және ғылым министрлiгi", "университетiнiң президентi", "ӘБДIБЕКОВ").
# Read as Latin, such a word matches no title, institution or name the lexicons hold, so in a word
# with Cyrillic letters whose only Latin letters are look-alikes these become Cyrillic; a word in
# Latin script, or one with other Latin letters ("Facеbook" with a Cyrillic е), keeps its spelling.
# Some Russian sites do the same with Greek letters, to spoil copying ("бывший аκим гοрοда", "Асκар Керимοв" with the
# Greek omicron and kappa): a name so typed reads as no known name and keeps its Greek letters in the output.
_GREEK_LOOKALIKES = "\u03bf\u03ba\u03b1\u03c1\u039f\u039a\u0391\u0392\u0395\u039c\u0397\u03a1\u03a4\u03a7"
_LATIN_LOOKALIKES = "əƏaeopcyxiABEKMHOPCTXI" + _GREEK_LOOKALIKES
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, "әӘаеорсухіАВЕКМНОРСТХІ" + "окарОКАВЕМНРТХ")
# Looked ahead from each word's start only: a pattern free to start anywhere backtracks through every word.
_WORD_MIXING_CYRILLIC_AND_LOOKALIKES = re.compile(rf"(?<!\w)(?=\w*[\u0400-\u04ff])(?=\w*[{_LATIN_LOOKALIKES}])\w+")
_OTHER_LATIN_LETTER = re.compile(rf"[^\W\d_\u0400-\u04ff{_LATIN_LOOKALIKES}]")


class InputError(Exception):
    """A page that cannot be read; ``kind`` becomes the ``errors.error`` column."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class IngestOptions:
    max_file_bytes: int = 20_000_000  # per page: a .txt or .html file, or one JSONL line
    html_seconds: float = 20.0
    max_page_chars: int = 2_000_000


@contextmanager
def time_limit(seconds: float, what: str = "HTML extraction"):
    """Raises InputError("timeout") when the block runs longer than ``seconds``. It uses SIGALRM,
    so it bounds work only in the main thread; elsewhere the block runs unbounded. The library may
    swallow the interruption inside its own error handling, so expiry is checked again on exit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    expired = []
    problem = InputError("timeout", f"{what} took longer than {seconds:g} s")

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


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files named directly, and the supported files under folders, in a stable order; a folder
    that cannot be listed is a Failure. Symlinked folders are followed, but every real folder and
    file is visited once, so a link to an ancestor cannot loop and a file reached twice is read once."""
    seen: set[tuple[int, int]] = set()
    for given in inputs:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError as problem:  # is_dir raises only what is not "missing": a folder above without access
            yield _unreadable(path, problem)
            continue
        if is_dir:
            yield from _walk(path, seen)
        else:
            yield path


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Failure]:
    try:
        identity = _identity(os.stat(folder))
        if identity in seen:
            return
        seen.add(identity)
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as problem:
        yield _unreadable(folder, problem)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            if entry.is_dir():
                yield from _walk(child, seen)
                continue
            if not entry.is_file() or child.suffix.lower() not in SUFFIXES:
                continue
            identity = _identity(entry.stat())
        except OSError as problem:
            yield _unreadable(child, problem)
            continue
        if identity not in seen:
            seen.add(identity)
            yield child


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


def _unreadable(path: Path, problem: OSError) -> Failure:
    return Failure(_shown(path), "ingest", "unreadable", problem.strerror or str(problem))


def _shown(path: Path) -> str:
    """The path as it can be stored and printed: bytes that are not UTF-8 (Python keeps them as lone
    surrogates, which no Parquet string or UTF-8 terminal accepts) are written as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def count_items(inputs: Iterable[str | Path]) -> int:
    """How many pages (or failures) ``read_pages`` will give, for a progress bar's total: a file is
    one, a JSONL file one per non-empty line. Reads no more than a newline count."""
    total = 0
    for item in find_inputs(inputs):
        if isinstance(item, Path) and SUFFIXES.get(item.suffix.lower()) == "jsonl":
            try:
                with open(item, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_pages(inputs: Iterable[str | Path], options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    for item in find_inputs(inputs):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_file(item, options)


def read_file(path: Path, options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    source = _shown(path)
    try:
        if source != str(path):
            raise InputError("bad_name", "file name is not valid UTF-8 (shown with \\x escapes); rename the file")
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            raise InputError("unsupported", f"unsupported file type {path.suffix or '(none)'!r}; "
                             f"expected one of {', '.join(sorted(SUFFIXES))}")
        if kind == "jsonl":
            yield from read_jsonl(path, source, options)
            return
        text = decode(read_bytes(path, options.max_file_bytes))
        yield page_from_html(source, text, options) if kind == "html" else page_from_text(source, text, options)
    except InputError as problem:
        yield Failure(source, "ingest", problem.kind, str(problem))


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The file open for reading; every way that can fail is an InputError."""
    try:
        with open(path, "rb") as handle:
            yield handle
    except FileNotFoundError:
        raise InputError("not_found", "no such file") from None
    except OSError as problem:
        raise InputError("unreadable", problem.strerror or str(problem)) from None


def read_bytes(path: Path, max_bytes: int) -> bytes:
    with _opened(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise InputError("too_large", f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        return handle.read()


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty", "file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    # Before UTF-8: English or Russian in UTF-16 is valid UTF-8 too (every byte of it is below 0x80),
    # read that way it is NULs and control characters between the letters.
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_unknown(data)
    if _looks_binary(text):
        raise InputError("binary", "content is binary, not text")
    return text


def _decode_unknown(data: bytes) -> str:
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
    """The byte order of UTF-16 text without a BOM, or None. Latin text has a NUL in every other
    byte and Cyrillic a 0x04 (Russian and Kazakh letters are U+04xx), so one half of the byte pairs
    is nearly all 0 and 4; binary data can fit that too, so the decoded text must read as text:
    no control characters, and mostly letters."""
    even = data[:len(data) // 2 * 2]
    for encoding, high in (("utf-16-le", even[1::2]), ("utf-16-be", even[0::2])):
        if len(high) >= 2 and high.count(0) + high.count(4) >= 0.9 * len(high):
            sample = even[:40_000].decode(encoding, errors="replace")
            letters = sum(char.isalpha() for char in sample)
            visible = sum(not char.isspace() for char in sample)
            return encoding if not _looks_binary(sample) and letters >= 0.5 * visible else None
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) > 0.01 * len(sample) or "\x00" in sample


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _WORD_MIXING_CYRILLIC_AND_LOOKALIKES.sub(_cyrillic_lookalikes, text)
    text = _GLUED_COMMA.sub(", ", text)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return "\n\n".join(_unwrapped(block) for block in _BLANK_RUN.sub("\n\n", text).strip().split("\n\n"))


# A comma typed without its space between a word and a capitalized one ("... бөлім басшысы Name Surname,Қорқыт ата
# атындағы ..."): the models read the two words as one token, a name glued to the next item's title; a space is put after it.
_GLUED_COMMA = re.compile(r"(?<=[a-zа-яёәғқңөұүһі]),(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


# A paragraph hard-wrapped at a fixed width (text saved from a PDF or an editor: "a meeting with the leadership of
# Nazarbayev\nUniversity was held") breaks its sentences, and the names and titles in them, across lines, while every
# later stage reads a line as a unit (a segment of its own language, a heading, a menu's line). A block of lines is
# such a paragraph where three of its line breaks or more, and a third of them at least, fall inside a sentence, before
# a lower-case word (a menu's, a listing's or a table's lines start with capitals or figures); in it, a break after a
# line that ends no sentence and has lower-case letters (not a date or a headline in capitals) becomes a space.
_ENDS_SENTENCE = re.compile(r"[.!?:;…»\"”)|]$")
_FEWEST_BREAKS_INSIDE_A_SENTENCE = 3


def _unwrapped(block: str) -> str:
    lines = block.split("\n")
    breaks_inside_a_sentence = sum(1 for line, following in zip(lines, lines[1:])
                                   if not _ENDS_SENTENCE.search(line) and following.lstrip()[:1].islower())
    if breaks_inside_a_sentence < max(_FEWEST_BREAKS_INSIDE_A_SENTENCE, (len(lines) - 1) / 3):
        return block
    return "".join(line + (" " if not _ENDS_SENTENCE.search(line) and any(char.islower() for char in line) else "\n")
                   for line in lines[:-1]) + lines[-1]


def _cyrillic_lookalikes(word: re.Match) -> str:
    return word.group() if _OTHER_LATIN_LETTER.search(word.group()) else word.group().translate(_TO_CYRILLIC)


def page_from_text(source: str, raw: str, options: IngestOptions = IngestOptions(), **fields) -> Page:
    text = clean_text(raw)
    if not text:
        raise InputError("empty", "page has no text")
    if len(text) > options.max_page_chars:
        # Every later stage takes time in proportion to the text (a page at the default limit takes
        # about 40 s on one core), so this bounds how long one page can hold up its batch.
        raise InputError("too_large", f"page has {len(text):,} characters, over the limit of {options.max_page_chars:,}")
    header = _SAVED_PAGE_HEADER.match(text)
    if header and not fields.get("url"):
        # A saved page ("URL: ...", "TITLE: ...", a blank line, the body): the header is metadata, not text.
        fields["url"] = header.group("url")
        fields["title"] = fields.get("title") or (header.group("title") or "").strip() or None
        text = text[header.end():]
        if not text.strip():
            raise InputError("empty", "page has a URL/TITLE header but no text")
    title = fields.pop("title", None) or text.split("\n", 1)[0][:300]
    return Page(source=source, text=text, title=title, **fields)


_SAVED_PAGE_HEADER = re.compile(r"\AURL:[ \t]*(?P<url>\S+)[ \t]*\n(?:TITLE:(?P<title>[^\n]*)\n)?(?:[ \t]*\n)*")


# Script and style blocks go before parsing: broken markup ("<rector<script>x=1</script>") can make
# the parser read a script as a text node, and no script is ever page text.
_SCRIPT_OR_STYLE = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def page_from_html(source: str, html: str, options: IngestOptions = IngestOptions(), **fields) -> Page:
    """Main text, title and date of a page. lxml parses without network access: no external
    entities are resolved and no linked resource is fetched; scripts and styles never reach the text."""
    import trafilatura

    try:
        with time_limit(options.html_seconds):
            stall_point(f"html {source}")
            extracted = trafilatura.bare_extraction(
                _SCRIPT_OR_STYLE.sub(" ", html), url=fields.get("url"), with_metadata=True, include_comments=False, include_tables=True,
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
    return page_from_text(source, extracted.text, options, **fields)


def read_jsonl(path: Path, source: str, options: IngestOptions = IngestOptions()) -> Iterator[Page | Failure]:
    """One page per line, read a line at a time: the size limit is each line's, never the file's,
    and a file of any size is read in the memory of its longest accepted line."""
    with _opened(path) as handle:
        head = handle.read(_SNIFF_BYTES)
        handle.seek(0)
        encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(head)
        if encoding is None and b"\x00" in head:
            raise InputError("binary", "content is binary, not text")
        # UTF-16 cannot be split into lines as bytes; a UTF-16 code unit is two bytes.
        stream, limit = ((io.TextIOWrapper(handle, encoding, errors="replace", newline="\n"), options.max_file_bytes // 2)
                         if encoding else (handle, options.max_file_bytes))
        blank = True
        for number, line in _numbered_lines(stream, limit):
            if line is not None and not line.strip():
                continue
            blank = False
            line_source = f"{source}:{number}"
            try:
                if line is None:
                    raise InputError("too_large", f"line is over the limit of {options.max_file_bytes:,} bytes")
                yield page_from_record(line_source, line if isinstance(line, str) else decode(line), options)
            except InputError as problem:
                yield Failure(line_source, "ingest", problem.kind, str(problem))
        if blank:
            raise InputError("empty", "file is empty")


_SNIFF_BYTES = 64 * 1024


def _numbered_lines(stream, limit: int) -> Iterator[tuple[int, bytes | str | None]]:
    """(number, line) for each line of a binary or text stream, or (number, None) for a line longer
    than ``limit``, whose rest is skipped a piece at a time rather than held."""
    newline = "\n" if isinstance(stream, io.TextIOBase) else b"\n"
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(newline):
            while line and not line.endswith(newline):
                line = stream.readline(limit)
            line = None
        yield number, line


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
        return page_from_text(source, record["text"], options, **fields)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return page_from_html(source, record["html"], options, **fields)
    raise InputError("bad_jsonl", "object has neither a non-empty 'text' nor 'html' field")


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None
