import json

import pytest

from pipeline.ingest import IngestOptions, clean_text, read_file, read_pages
from pipeline.records import Failure, Page

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


def test_deeply_nested_and_malformed_html_gives_text_or_one_failure(tmp_path):
    nested = tmp_path / "nested.html"
    nested.write_text("<html><body>" + "<div>" * 5000 + "<p>Ішкі мәтін</p>" + "</span>" * 10, encoding="utf-8")
    malformed = tmp_path / "malformed.html"
    malformed.write_text(f"<html><body><article><p>{KK}<p>{RU}<b><i></p></article><<<>>", encoding="utf-8")
    for path in (nested, malformed):
        [item] = read(path)
        assert isinstance(item, Page) or item.error in {"bad_html", "no_text"}
    [page] = read(malformed)
    assert KK in page.text


def test_html_extraction_over_the_time_limit_is_a_timeout_failure(tmp_path):
    path = tmp_path / "slow.html"
    paragraphs = "".join(f"<div><p>{KK} {index}</p><table><tr><td>{RU}</td></tr></table></div>" for index in range(4000))
    path.write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    [failure] = read(path, html_seconds=0.01)
    assert failure.error == "timeout" and "longer than 0.01 s" in failure.message


def test_mixed_encodings_in_one_file_are_decoded_not_dropped(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(RU.encode("utf-8") + b"\n" + RU.encode("cp1251"))
    [page] = read(path)
    assert isinstance(page, Page) and len(page.text) > len(RU)
