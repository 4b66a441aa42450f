import ctypes
import json
import os
import subprocess
import sys
import tracemalloc

import pandas as pd
import pytest

from pipeline.config import load_settings
from pipeline.faults import STALL_AT
from pipeline.ingest import IngestOptions, clean_text, read_file, read_pages
from pipeline.records import Failure, Page
from tests.conftest import REPO, SAMPLES

KK = "Қызылорда облысының әкімі Н.М. Нәлібаев сессияға қатысты."
RU = "Депутат Мажилиса Ирина Смирнова выступила на круглом столе в Алматы."


def only(items):
    assert len(items) == 1, items
    return items[0]


def read(path, **options):
    return list(read_file(path, IngestOptions(**options)))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251"])
def test_text_in_each_supported_encoding_reads_back_exactly(tmp_path, encoding):
    text = RU if encoding == "cp1251" else f"{KK}\n{RU}"
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    page = only(read(path))
    assert isinstance(page, Page)
    assert page.text == text
    assert page.title == text.split("\n")[0]


def test_cleaning_normalizes_line_ends_invisible_characters_and_blank_runs():
    assert clean_text("  Title\r\n\r\n\r\n\r\nBody\u200b text \t\nEnd\ufeff ") == "Title\n\nBody text\nEnd"


def test_html_gives_main_text_title_and_date_without_scripts(tmp_path):
    html = f"""<html><head><title>Мәслихат сессиясы</title>
    <meta property="article:published_time" content="2023-08-24T10:00:00">
    <script>var secret = "never in text";</script><style>p {{color: red}}</style></head>
    <body><nav>Басты бет · Жаңалықтар</nav><article><h1>Мәслихат сессиясы</h1>
    <p>{KK} Сессияда білім беру мәселелері талқыланды және мектептердің жағдайы қаралды.</p>
    <p>Облыс әкімі мұғалімдерге алғыс айтып, жаңа оқу жылына сәттілік тіледі.</p></article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    page = only(read(path))
    assert KK in page.text
    assert "secret" not in page.text and "color" not in page.text
    assert page.title == "Мәслихат сессиясы"
    assert page.published == "2023-08-24"


def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path):
    lines = [
        json.dumps({"url": "https://example.kz/1", "title": "T1", "published": "2024-06-07", "text": KK}, ensure_ascii=False),
        "[1, 2, 3]",
        json.dumps({"url": "https://example.kz/2", "html": f"<html><body><article><p>{RU} {RU}</p></article></body></html>"},
                   ensure_ascii=False),
        json.dumps({"url": "https://example.kz/3"}),
        '{"url": "https://example.kz/4", "text": "Обрезанная стр',
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    pages = [item for item in items if isinstance(item, Page)]
    failures = {item.source.rsplit(":", 1)[1]: item for item in items if isinstance(item, Failure)}
    assert [page.url for page in pages] == ["https://example.kz/1", "https://example.kz/2"]
    assert pages[0].published == "2024-06-07" and pages[0].title == "T1"
    assert RU in pages[1].text
    assert set(failures) == {"2", "4", "5"}
    assert "expected an object" in failures["2"].message
    assert "neither" in failures["4"].message
    assert failures["5"].error == "bad_jsonl" and "not valid JSON" in failures["5"].message


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("png.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "binary"),
        ("nobody.html", b"<html><head><title>x</title></head></html>", "no_text"),
        ("table.csv", "a,b\n1,2".encode(), "unsupported"),
    ],
)
def test_bad_input_becomes_one_failure(tmp_path, name, content, error):
    path = tmp_path / name
    path.write_bytes(content)
    failure = only(read(path))
    assert isinstance(failure, Failure)
    assert failure.error == error, failure
    assert "\n" not in failure.one_line()


def test_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(KK * 100, encoding="utf-8")
    failure = only(read(path, max_file_bytes=1000))
    assert failure.error == "too_large" and "over the limit of 1,000" in failure.message


def test_folders_are_walked_recursively_skipping_hidden_and_foreign_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(KK, encoding="utf-8")
    (tmp_path / "top.txt").write_text(RU, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    sources = [item.source for item in read_pages([tmp_path])]
    assert sources == [str(tmp_path / "a" / "b" / "deep.txt"), str(tmp_path / "top.txt")]


def test_missing_input_is_a_failure_not_a_crash(tmp_path):
    failure = only(list(read_pages([tmp_path / "nope.txt"])))
    assert failure.error == "not_found"


def test_deep_html_keeps_its_text_to_the_parsers_depth_and_beyond_it_is_one_no_text_failure(tmp_path):
    def nested(depth):
        path = tmp_path / f"nested{depth}.html"
        path.write_text("<html><body>" + "<div>" * depth + f"<p>{KK}</p><p>{RU}</p>" + "</span>" * 10, encoding="utf-8")
        return path
    [page] = read(nested(200))
    assert page.text == f"{KK}\n{RU}"
    # libxml2 stops at 256 levels: what lies deeper is not read, and the page says so
    [failure] = read(nested(5000))
    assert (failure.error, failure.stage) == ("no_text", "ingest")


def test_malformed_html_gives_its_text(tmp_path):
    malformed = tmp_path / "malformed.html"
    malformed.write_text(f"<html><body><article><p>{KK}<p>{RU}<b><i></p></article><<<>>", encoding="utf-8")
    [page] = read(malformed)
    assert KK in page.text and RU in page.text


def test_an_external_entity_in_html_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-42", encoding="utf-8")
    for doctype in (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>',
                    f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret}">]>'):
        path = tmp_path / "xxe.html"
        path.write_text(f"{doctype}<html><body><article><p>{KK}</p><p>&xxe;</p><p>{RU}</p></article></body></html>",
                        encoding="utf-8")
        [page] = read(path)
        assert KK in page.text and RU in page.text
        assert "SECRET-TOKEN-42" not in page.text


def test_html_extraction_over_the_time_limit_is_a_timeout_failure(tmp_path, monkeypatch):
    path = tmp_path / "slow.html"
    path.write_text(f"<html><body><article><p>{KK}</p></article></body></html>", encoding="utf-8")
    monkeypatch.setenv(STALL_AT, f"html {path}")  # this extraction never finishes, on any machine
    [failure] = read(path, html_seconds=0.2)
    assert failure.error == "timeout" and "longer than 0.2 s" in failure.message
    monkeypatch.delenv(STALL_AT)
    [page] = read(path, html_seconds=0.2)
    assert page.text == KK


def test_mixed_encodings_in_one_file_are_decoded_not_dropped(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(RU.encode("utf-8") + b"\n" + RU.encode("cp1251"))
    [page] = read(path)
    assert isinstance(page, Page) and len(page.text) > len(RU)


def test_a_file_name_that_is_not_utf8_is_one_failure_shown_escaped_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(KK, encoding="utf-8")
    handle = os.open(os.fsencode(tmp_path) + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY)
    os.write(handle, RU.encode("utf-8"))
    os.close(handle)
    failure, page = read_pages([tmp_path])
    assert failure.error == "bad_name" and failure.source == f"{tmp_path}/caf\\xe9.txt"
    failure.one_line().encode("utf-8")  # storable and printable: no lone surrogates left
    assert page.text == KK


def test_unreadable_and_badly_named_inputs_are_errors_in_the_run_and_its_summary(tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "inside.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "in" / "noread.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text((SAMPLES / "004_e72165b3f7539cff.txt").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    os.close(os.open(os.fsencode(tmp_path) + b"/in/caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    os.chmod(tmp_path / "in" / "locked", 0)
    os.chmod(tmp_path / "in" / "noread.txt", 0)
    try:
        result = run_without_file_access_override("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                                  "--workers", "1")
    finally:
        os.chmod(tmp_path / "in" / "locked", 0o755)
        os.chmod(tmp_path / "in" / "noread.txt", 0o644)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(line for line in result.stderr.splitlines() if line.startswith("error:")) == [
        f"error: {tmp_path}/in/caf\\xe9.txt: [ingest/bad_name] file name is not valid UTF-8 (shown with \\x escapes); "
        "rename the file",
        f"error: {tmp_path}/in/locked: [ingest/unreadable] Permission denied",
        f"error: {tmp_path}/in/noread.txt: [ingest/unreadable] Permission denied",
    ]
    assert "errors:    3" in result.stdout
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert sorted(errors.error) == ["bad_name", "unreadable", "unreadable"]
    assert len(pd.read_parquet(tmp_path / "out" / "documents")) == 1


PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2
DROP_REFUSED = 97  # the child's exit status when it may not drop them


def run_without_file_access_override(*args):
    """The CLI in a process to which file permissions apply. Root reads a chmod 000 file, by the
    capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; dropped from the bounding set before exec,
    root keeps its uid (and so its access to the interpreter under /root) but obeys the mode bits."""
    def drop_override():
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
            if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                os._exit(DROP_REFUSED)

    as_root = os.geteuid() == 0
    result = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO,
                            timeout=600, preexec_fn=drop_override if as_root else None)
    if as_root and result.returncode == DROP_REFUSED:
        pytest.skip("running as root without CAP_SETPCAP: cannot make file permissions apply")
    return result


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    "The rector of Abai KazNPU, Takir Balykbayev, met the heads of schools in Almaty.",
    RU,
])
def test_utf16_without_a_bom_is_read_as_text_not_refused_as_binary(tmp_path, encoding, text):
    path = tmp_path / "page.txt"
    path.write_bytes(f"{text}\n{text}\n".encode(encoding))
    assert only(read(path)).text == f"{text}\n{text}"


def test_binary_that_looks_like_utf16_is_still_binary(tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_bytes(bytes(value for low in range(1, 32) for value in (low, 0)) * 20)
    assert only(read(path)).error == "binary"


def test_jsonl_is_limited_per_line_and_streamed_not_read_whole(tmp_path):
    path = tmp_path / "pages.jsonl"
    text = (KK + " " + RU + " ") * 34  # about 4.5 KB a line, 25 MB in all, as in the report
    with path.open("w", encoding="utf-8") as out:
        for number in range(5480):
            out.write(json.dumps({"url": f"https://example.kz/{number}", "text": f"{number} {text}"}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > IngestOptions().max_file_bytes
    tracemalloc.start()
    try:
        pages = sum(isinstance(item, Page) for item in read_file(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert pages == 5480
    assert peak < 2_000_000, f"peak {peak:,} bytes for a file of {path.stat().st_size:,}"


def test_a_jsonl_line_over_the_limit_is_one_failure_and_the_next_lines_are_read(tmp_path):
    path = tmp_path / "pages.jsonl"
    lines = [json.dumps({"text": body}, ensure_ascii=False) for body in (KK, RU * 100, RU, "Third " * 10)]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path, max_file_bytes=1000)
    assert [item.source.rsplit(":", 1)[1] for item in items] == ["1", "2", "3", "4"]
    assert [type(item).__name__ for item in items] == ["Page", "Failure", "Page", "Page"]
    assert items[1].error == "too_large" and "over the limit of 1,000 bytes" in items[1].message
    assert items[2].text == RU


def test_utf16_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "pages.jsonl"
    lines = [json.dumps({"text": text}, ensure_ascii=False) for text in (RU, KK)]
    path.write_bytes("\n".join(lines).encode("utf-16"))
    assert [page.text for page in read(path)] == [RU, KK]


def test_a_page_over_max_page_chars_is_refused_whatever_its_container(tmp_path):
    assert load_settings().max_page_chars == IngestOptions().max_page_chars == 2_000_000
    (tmp_path / "long.txt").write_text(KK * 40, encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"text": KK * 40}, ensure_ascii=False) + "\n"
                                          + json.dumps({"text": KK}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "long.html").write_text(f"<html><body><article><p>{KK * 40}</p></article></body></html>", encoding="utf-8")
    items = list(read_pages([tmp_path], IngestOptions(max_page_chars=1000)))
    assert [(type(item).__name__, getattr(item, "error", None)) for item in items] == [
        ("Failure", "too_large"), ("Failure", "too_large"), ("Failure", "too_large"), ("Page", None)]
    assert "over the limit of 1,000" in items[0].message


def test_symlinked_folders_are_followed_once_and_links_to_ancestors_do_not_loop(tmp_path):
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "in" / "a" / "page.txt").write_text(KK, encoding="utf-8")
    (tmp_path / "elsewhere" / "linked.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "in" / "b").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "a" / "up").symlink_to(tmp_path / "in")  # a loop back to the folder walked
    (tmp_path / "in" / "c").symlink_to(tmp_path / "in" / "a")  # the same real folder again
    (tmp_path / "in" / "same.txt").symlink_to(tmp_path / "in" / "a" / "page.txt")
    sources = [item.source for item in read_pages([tmp_path / "in"])]
    assert sources == [str(tmp_path / "in" / "a" / "page.txt"), str(tmp_path / "in" / "b" / "linked.txt")]


def test_a_saved_page_header_gives_the_url_and_title_and_stays_out_of_the_text(tmp_path):
    page = tmp_path / "saved.txt"
    page.write_text("URL: https://kaznmu.kz/eng/news/12\nTITLE: Rector met the students\n\n"
                    "The rector met first-year students.\n", encoding="utf-8")
    [read] = list(read_pages([page]))
    assert (read.url, read.title) == ("https://kaznmu.kz/eng/news/12", "Rector met the students")
    assert read.text.startswith("The rector met") and "URL:" not in read.text
    empty_title = tmp_path / "untitled.txt"
    empty_title.write_text("URL: https://example.kz/1\nTITLE:\n\nБілім басқармасы жиын өткізді.\n", encoding="utf-8")
    [read] = list(read_pages([empty_title]))
    assert read.url == "https://example.kz/1" and read.title == "Білім басқармасы жиын өткізді."
