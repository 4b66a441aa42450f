"""Command line: a thin layer that reads settings and composes stages through an engine."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from pipeline import __version__
from pipeline.config import ConfigError, load_settings
from pipeline.translit import alphabets

REPO = Path(__file__).resolve().parent.parent

EXIT_OK = 0             # pages processed, or every page was already in the output
EXIT_NO_PAGE = 1        # inputs were found but none could be processed (see the errors table)
EXIT_USAGE = 2          # a bad flag, config file or setting, or a path to evaluate or train on that does not exist
EXIT_UNAVAILABLE = 3    # the output cannot be written (locked, another schema version, not a folder) or a model is missing
EXIT_NOTHING = 4        # no input page was found: nothing to do
EXIT_CODES = f"""exit codes:
  {EXIT_OK}  pages processed, or every page was already in the output
  {EXIT_NO_PAGE}  inputs were found but none could be processed (see the errors table)
  {EXIT_USAGE}  a bad flag, config file or setting, or a path to evaluate or train on that does not exist
  {EXIT_UNAVAILABLE}  the output cannot be written (locked, another schema version, not a folder) or a model is missing
  {EXIT_NOTHING}  no input page was found: nothing to do"""


def build_parser() -> argparse.ArgumentParser:
    # --config is accepted before or after the command: `--config F run` and `run --config F`.
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                        help="settings laid over pipeline.yaml (default: pipeline.yaml alone)")
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__, parents=[config],
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"pipeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **options) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[config], epilog=EXIT_CODES,
                                   formatter_class=argparse.RawDescriptionHelpFormatter, **options)

    run = command("run", help="process news pages into Parquet knowledge tables")
    run.add_argument("inputs", nargs="*", help="files or folders (.txt, .html, .htm, .jsonl); default: from the config")
    run.add_argument("--out", dest="output", help="output directory (default: from the config)")
    run.add_argument("--batch-size", type=int, help="pages per batch")
    run.add_argument("--workers", type=int, help="worker processes (0 = one per core)")
    run.add_argument("--engine", choices=["local", "dask"], help="local processes or a Dask cluster")
    run.add_argument("--scheduler", help="Dask scheduler address to join (tcp://HOST:PORT); "
                                          "default: start a LocalCluster")
    run.add_argument("--language-detector", choices=["lingua", "langdetect"])
    run.add_argument("--max-file-bytes", type=int, help="inputs larger than this are refused")
    run.add_argument("--force", action="store_true", help="reprocess pages already in the output")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")

    compact = command("compact", help="merge an output's small part files into a few large ones")
    compact.add_argument("--out", dest="output", help="output directory (default: from the config)")

    train = command("train", help="rebuild a model trained in this repository")
    train.add_argument("lang", choices=["kk"])
    train.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "kaznerd",
                       help="folder with KazNERD train.iob and dev.iob")
    train.add_argument("--model-dir", type=Path, default=REPO / "models" / "kk")
    train.add_argument("--seed", type=int, default=0)

    command("models", help="which NER backends and models are available here, and which are in use")

    who = command("who", help="who held which post, when: the positions of a person, institution or role")
    who.add_argument("query", help="a person, institution or title in any language or spelling (Балыкбаев, КазНПУ, ректор)")
    who.add_argument("--out", dest="output", help="the output directory to read (default: from the config)")
    who.add_argument("--by", choices=["person", "org", "role"],
                     help="what the query names (default: a title, else a registered institution, else a person, "
                          "else words of an institution's name)")
    who.add_argument("--json", action="store_true", help="print machine-readable results")

    report = command("report", help="write a self-contained HTML who's-who of the output")
    report.add_argument("--out", dest="target", type=Path, default=Path("report.html"), help="the HTML file to write")
    report.add_argument("--store", help="the output directory to read (default: from the config)")
    report.add_argument("--title", default="Who's who")

    evaluate = command("evaluate", help="measure accuracy")
    tasks = evaluate.add_subparsers(dest="task", required=True, metavar="TASK")
    ner = tasks.add_parser("ner", help="NER against an IOB2 file (exact span match) or brat documents (exact and partial)")
    ner.add_argument("--lang", required=True)
    gold = ner.add_mutually_exclusive_group(required=True)
    gold.add_argument("--conll", type=Path, help="IOB2 file: 'token tag' per line")
    gold.add_argument("--brat", type=Path, help="folder of brat .txt/.ann files (NEREL); outermost PER/ORG/LOC spans")
    gold.add_argument("--factrueval", type=Path, help="folder of factRuEval-2016 .txt/.spans/.objects files")
    ner.add_argument("--predictions", type=Path, help="write token<TAB>gold<TAB>pred lines here")
    ner.add_argument("--skip-sentences", type=int, default=0,
                     help="score only the sentences after the first N (KazNERD dev: 6000 trained the model)")
    ner.add_argument("--skip-documents", type=int, default=0,
                     help="score only the documents (-DOCSTART- blocks) after the first N: a held part of the file")
    ner.add_argument("--documents", type=int, dest="document_count",
                     help="score at most N documents (after the skipped ones): a tuning part of the file")
    ner.add_argument("--script", choices=list(alphabets()),
                     help="with --conll (Kazakh): write the sentences in this Latin variant first and read them "
                          "as the pipeline reads Latin Kazakh")
    ner.add_argument("--end-to-end", action="store_true",
                     help="score the whole annotator (language, NER, span repair, normalization), each sentence or "
                          "document read as a page, instead of the language's NER backend alone")
    ner.add_argument("--json", action="store_true", help="print machine-readable results")
    ner.add_argument("--report", type=Path, help="write a Markdown report with PNG charts to this folder")
    gold_task = tasks.add_parser("gold", help="the whole pipeline on the gold corpus: NER, names, roles, linking")
    gold_task.add_argument("dir", nargs="?", type=Path, default=REPO / "corpus" / "gold")
    gold_task.add_argument("--pages", type=Path, default=REPO.parent / "shared" / "pages",
                           help="the real pages that DIR/pages/ annotates (skipped where the folder is absent)")
    gold_task.add_argument("--json", action="store_true", help="print machine-readable results")
    gold_task.add_argument("--report", type=Path, help="write a Markdown report with PNG charts to this folder")
    probes = tasks.add_parser("probes", help="officials on the made-up probe pages of corpus/probes (development data: "
                                             "rules were fitted on them), one folder per language")
    probes.add_argument("dir", nargs="?", type=Path, default=REPO / "corpus" / "probes")
    probes.add_argument("--json", action="store_true", help="print machine-readable results")
    langid = tasks.add_parser("langid", help="language identification per language, sentences and short lines, "
                                            "configured detector beside langdetect")
    langid.add_argument("files", nargs="+", type=Path, help="lang<TAB>text lines")
    langid.add_argument("--json", action="store_true", help="print machine-readable results")
    roles = tasks.add_parser("roles", help="officials end to end: NEREL WORKS_AS (person -> profession) and WORKPLACE "
                                           "(person -> organization) on brat documents, or POSITION spans next to "
                                           "PERSON spans in IOB2 sentences (KazNERD)")
    roles_gold = roles.add_mutually_exclusive_group(required=True)
    roles_gold.add_argument("--brat", type=Path, help="folder of brat .txt/.ann files (NEREL)")
    roles_gold.add_argument("--conll", type=Path, help="IOB2 file with PERSON and POSITION spans")
    roles.add_argument("--lang", default="ru")
    roles.add_argument("--skip-sentences", type=int, default=0,
                       help="with --conll: score only the sentences after the first N (KazNERD dev: tune on the first 6000)")
    roles.add_argument("--json", action="store_true", help="print machine-readable results")
    events = tasks.add_parser("events", help="change events (appointed, dismissed, resigned, acting) on the real pages")
    events.add_argument("file", nargs="?", type=Path, default=REPO / "corpus" / "gold" / "events.jsonl")
    events.add_argument("--split", type=Path, default=REPO / "corpus" / "gold" / "pages",
                        help="the folder with SPLIT.tsv listing the pages and their groups")
    events.add_argument("--pages", type=Path, default=REPO.parent / "shared" / "pages", help="the real pages")
    events.add_argument("--json", action="store_true", help="print machine-readable results")
    dates = tasks.add_parser("dates", help="published-date reading against a JSONL of date expressions")
    dates.add_argument("file", nargs="?", type=Path, default=REPO / "corpus" / "gold" / "dates.jsonl")
    dates.add_argument("--json", action="store_true", help="print machine-readable results")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(getattr(args, "config", None))
        if args.command == "run":
            return command_run(args, settings)
        if args.command == "compact":
            return command_compact(args, settings)
        if args.command == "train":
            return command_train(args)
        if args.command == "models":
            return command_models(settings)
        if args.command == "who":
            return command_who(args, settings)
        if args.command == "report":
            return command_report(args, settings)
        return command_evaluate(args, settings)
    except ConfigError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE


def command_run(args, settings) -> int:
    from pipeline.engine import run_engine
    from pipeline.ner import MissingModel
    from pipeline.store import OutputLocked, OutputUnavailable, SchemaMismatch

    settings = settings.with_overrides(
        inputs=args.inputs or None, output=args.output, batch_size=args.batch_size, workers=args.workers,
        language_detector=args.language_detector, max_file_bytes=args.max_file_bytes,
        engine=args.engine, scheduler=args.scheduler,
    )
    cores = os.cpu_count() or 1
    if settings.workers > cores and not settings.scheduler:
        print(f"warning: {settings.workers} workers asked for, but this machine has {cores} cores; using {cores} "
              f"(each worker loads its own models, so more would only compete for the cores and memory)",
              file=sys.stderr)
        settings = settings.with_overrides(workers=cores)
    try:
        summary = run_engine(settings, force=args.force, progress=not args.quiet)
    except (MissingModel, SchemaMismatch, OutputLocked, OutputUnavailable) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if not args.quiet:
        print(format_summary(summary, settings.output))
    if summary.documents == summary.skipped == summary.aliases == summary.errors == 0:
        print(f"error: no input page found in {', '.join(settings.inputs)}: nothing to do", file=sys.stderr)
        return EXIT_NOTHING
    if summary.documents == summary.skipped == summary.aliases == 0:
        print("error: no page could be processed; see the errors above", file=sys.stderr)
        return EXIT_NO_PAGE
    return EXIT_OK


def command_compact(args, settings) -> int:
    from pipeline.store import COMMIT_TABLE, KnowledgeStore, OutputLocked, OutputUnavailable, SchemaMismatch

    output = Path(args.output or settings.output)
    if not (output / COMMIT_TABLE).is_dir():
        print(f"error: {output} holds no pipeline output", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = KnowledgeStore(output)
    except (SchemaMismatch, OutputLocked, OutputUnavailable) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    before = len(store.batch_names())
    print(f"{output}: {before} -> {before - store.compact()} part files per batch table")
    store.close()
    return EXIT_OK


def format_summary(summary, output: str) -> str:
    lines = [
        f"output:    {output}",
        f"documents: {summary.documents} new, {summary.skipped} already there",
        *([f"aliases:   {summary.aliases} pages with the text of another page, kept as its other sources (table aliases)"]
          if summary.aliases else []),
        f"errors:    {summary.errors}",
        f"roles:     {summary.roles} new; entities: {summary.entities} in the output",
        f"time:      {summary.seconds:.1f} s",
        "mentions:",
    ]
    for lang in sorted({lang for lang, _ in summary.mentions}):
        counts = {label: n for (l, label), n in summary.mentions.items() if l == lang}
        listed = ", ".join(f"{label} {n}" for label, n in sorted(counts.items(), key=lambda item: -item[1]))
        lines.append(f"  {lang}: {sum(counts.values())} ({listed})")
    return "\n".join(lines)


def command_models(settings) -> int:
    """Per language: the backend in use and whether its model is here; then what else could serve."""
    from pipeline.ner import BACKENDS, BackendSpec, MissingModel, locate_model

    missing = 0
    for lang in settings.languages:
        spec = settings.ner.get(lang)
        for backend in BACKENDS:
            candidate = spec if spec and spec.backend == backend else BackendSpec(lang, backend, _default_model(lang, backend))
            if candidate.backend == "natasha" and lang != "ru":
                continue
            try:
                status = f"available: {locate_model(candidate)}"
            except MissingModel as problem:
                status = f"missing: {problem}"
                missing += spec is candidate
            marker = "in use" if spec is candidate else "      "
            print(f"{lang}  {backend:<8}{marker}  {status}")
    return EXIT_UNAVAILABLE if missing else EXIT_OK


def _default_model(lang: str, backend: str) -> str | None:
    return {("en", "spacy"): "en_core_web_sm", ("kk", "spacy"): str(REPO / "models" / "kk" / "model")}.get((lang, backend))


def _positions_store(folder: str) -> Path | None:
    """The output folder when it holds a positions table; else says what to do and gives None."""
    from pipeline.store import REBUILT_PARTS

    store = Path(folder)
    if not (store / "positions" / REBUILT_PARTS["positions"]).exists():
        print(f"error: {store} holds no positions table; run `python -m pipeline run --out {store}` first", file=sys.stderr)
        return None
    return store


def command_who(args, settings) -> int:
    from pipeline.resources import Resources
    from pipeline.who import answer_json, find_positions, format_answer, read_positions

    store = _positions_store(args.output or settings.output)
    if store is None:
        return EXIT_USAGE
    answer = find_positions(read_positions(store), args.query, Resources.from_settings(settings), args.by)
    print(answer_json(answer) if args.json else format_answer(answer, args.query))
    return EXIT_OK


def command_report(args, settings) -> int:
    from pipeline.report import write_report

    store = _positions_store(args.store or settings.output)
    if store is None:
        return EXIT_USAGE
    size = write_report(store, args.target, args.title)
    print(f"wrote {args.target} ({size / 1e6:.2f} MB)")
    return EXIT_OK


def command_train(args) -> int:
    needed = [args.data / "train.iob", args.data / "dev.iob", args.model_dir / "config.cfg"]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        print(f"error: {', '.join(missing)}: no such file (train kk reads KazNERD's train.iob and dev.iob from "
              f"--data and the training config from --model-dir)", file=sys.stderr)
        return EXIT_USAGE
    from pipeline.train import train_kazakh

    train_kazakh(args.model_dir, [args.data / "train.iob"], args.data / "dev.iob", seed=args.seed)
    return 0


def command_evaluate(args, settings) -> int:
    from pipeline.evaluate.dates import evaluate_dates, format_date_scores
    from pipeline.evaluate.ner import evaluate_conll, write_report
    from pipeline.evaluate.scoring import format_scores

    inputs = [getattr(args, name, None) for name in ("conll", "brat", "factrueval", "file", "dir")]
    missing = [str(path) for path in [*inputs, *getattr(args, "files", [])] if path is not None and not path.exists()]
    if missing:
        print(f"error: {', '.join(missing)}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE

    if args.task == "events":
        from pipeline.evaluate.events import evaluate_events, format_events

        if not args.pages.is_dir():
            print(f"error: {args.pages}: no such folder (the pages that {args.file} annotates)", file=sys.stderr)
            return EXIT_USAGE
        event_scores = evaluate_events(settings, args.file, args.split, args.pages)
        print(event_scores.to_json() if args.json else format_events(event_scores))
        return 0
    if args.task == "dates":
        date_scores = evaluate_dates(args.file)
        print(date_scores.to_json() if args.json else format_date_scores(date_scores))
        return 0
    if args.task == "probes":
        from pipeline.evaluate.officials import evaluate_officials, format_officials

        folders = sorted(folder for folder in args.dir.iterdir() if (folder / "SPLIT.tsv").exists())
        scores = {folder.name: evaluate_officials(settings, folder, folder, splits=("dev",)) for folder in folders}
        if args.json:
            print(json.dumps({name: asdict(score) for name, score in scores.items()}, indent=2, ensure_ascii=False, default=str))
        else:
            print("\n\n".join(f"probe pages: {name}\n{format_officials(score)}" for name, score in scores.items()))
        return 0
    if args.task == "gold":
        from pipeline.evaluate.gold import evaluate_gold, format_gold_scores

        gold_scores = evaluate_gold(settings, args.dir, REPO)
        officials = None
        if (args.dir / "pages" / "SPLIT.tsv").exists() and args.pages.is_dir():
            from pipeline.evaluate.officials import evaluate_officials

            officials = evaluate_officials(settings, args.dir / "pages", args.pages)
        else:
            print(f"note: officials on real pages skipped: {args.pages} or {args.dir / 'pages'} is absent", file=sys.stderr)
        if args.json:
            print(json.dumps({**asdict(gold_scores), "officials": asdict(officials) if officials else None},
                             indent=2, ensure_ascii=False, default=str))
        else:
            from pipeline.evaluate.officials import format_officials

            print("seed pages (development set)\n" + format_gold_scores(gold_scores))
            if officials:
                print("\nofficials on ../shared/pages (dev and held)\n" + format_officials(officials))
        if args.report:
            sections = {f"{kind} {lang}": scores for kind, table in (("exact", gold_scores.ner_exact),
                                                                    ("partial", gold_scores.ner_partial))
                        for lang, scores in table.items()}
            write_report(args.report, "Gold corpus", "python -m pipeline " + " ".join(sys.argv[1:]), sections)
        return 0
    if args.task == "langid":
        from pipeline.evaluate.langid import evaluate_langid, format_langid

        detectors = tuple(dict.fromkeys([settings.language_detector, "langdetect"]))
        langid_scores = evaluate_langid(args.files, settings.languages, detectors)
        print(json.dumps(langid_scores, indent=2) if args.json else format_langid(langid_scores))
        return 0
    if args.task == "roles":
        from pipeline.engine import Stages
        from pipeline.evaluate.roles import evaluate_officials_on_brat, evaluate_title_pairs, format_title_pairs
        from pipeline.resources import Resources

        resources = Resources.from_settings(settings)
        if args.conll:
            pairs = evaluate_title_pairs(Stages(settings, resources), resources.registry, args.conll, args.lang, args.skip_sentences)
            print(pairs.to_json() if args.json else format_title_pairs(pairs))
            return 0
        officials = evaluate_officials_on_brat(Stages(settings, resources), resources.registry, args.brat, args.lang)
        works_as, workplace = officials.works_as, officials.workplace
        print(json.dumps({**asdict(works_as), "workplace": asdict(workplace)}) if args.json else
              f"WORKS_AS person->profession: P {works_as.precision:.3f} R {works_as.recall:.3f} F1 {works_as.f1:.3f} "
              f"(gold {works_as.gold}, predicted {works_as.predicted})\n"
              f"WORKPLACE person->organization: P {workplace.precision:.3f} R {workplace.recall:.3f} F1 {workplace.f1:.3f} "
              f"(gold {workplace.gold}, predicted {workplace.predicted})")
        return 0
    spec = settings.ner.get(args.lang)
    if spec is None:
        print(f"error: no NER backend configured for {args.lang!r} in the config", file=sys.stderr)
        return EXIT_USAGE
    from pipeline.evaluate.ner import backend_tagger, pipeline_tagger

    if args.end_to_end:
        from pipeline.engine import Stages

        tag = pipeline_tagger(Stages(settings))
    else:
        from pipeline.resources import Resources

        gazetteers = Resources.from_settings(settings).gazetteers  # the titles and names the run would mark
        tag = backend_tagger(spec, gazetteers, lines=bool(args.brat or args.factrueval))
    if args.brat or args.factrueval:
        from pipeline.evaluate.ner import FACTRUEVAL_LABELS, evaluate_brat_ner, evaluate_documents_ner, read_factrueval

        matched = (evaluate_brat_ner(tag, args.brat) if args.brat else
                   evaluate_documents_ner(tag, read_factrueval(args.factrueval), set(FACTRUEVAL_LABELS.values())))
        print(matched.to_json() if args.json else
              f"exact span match\n{format_scores(matched.exact)}\n\npartial (overlap, same label)\n{format_scores(matched.partial)}")
        if args.report:
            write_report(args.report, f"NER {args.lang}", "python -m pipeline " + " ".join(sys.argv[1:]),
                         {"exact span match": matched.exact, "partial match": matched.partial})
        return 0
    scores = evaluate_conll(tag, args.conll, predictions=args.predictions, skip=args.skip_sentences, script=args.script,
                            documents=args.end_to_end, skip_documents=args.skip_documents,
                            document_count=args.document_count)
    print(scores.to_json() if args.json else format_scores(scores))
    if args.report:
        write_report(args.report, f"NER {args.lang}", "python -m pipeline " + " ".join(sys.argv[1:]), {"exact span match": scores})
    return 0
