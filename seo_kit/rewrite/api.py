"""Brief → Variant: rewrite or restructure an article with a model, check it, repair it, log it.

    >>> variant = seo_kit.rewrite_article("article.txt", lang="fr", keywords=("Lavrov",), min_words=700)
    >>> variant.constraints, variant.report.seo_score

Mode "rewrite" plans the variant from the source (seo_kit.rewrite.plan: the news first, then every
passage once), takes the H1 from the news's main clause (headline) or asks it, writes the
standfirst from the news and each section from its own passage (write), grounds every sentence
with the strict gate (ground: a refused sentence is asked again once from its one source sentence,
else that sentence goes in verbatim), repairs what fails for ``brief.max_repairs`` rounds
(repair), tells each source sentence once (once), splits long sentences (readable), heads each
section with a clause of its own text (headings), adds a who-is-who list, the key points after
the standfirst and an FAQ, each of short grounded clauses, when the source told once is short
(cast, summary), and builds the SERP fields from the
final draft (meta, headings.seo_title). On the embedded model the calls in EMBEDDED_SKIPS are not
made. Mode "restructure" keeps every source sentence (seo_kit.rewrite.restructure). Each Variant is
saved to the run log before it is returned.

rewrite_many() runs several briefs concurrently through achat(). Finished variants are saved as
they finish; if some briefs fail, it raises RewriteManyError *after* saving the others, and the
error carries them (``.variants``) and the failures (``.errors``). With return_exceptions=True the
failures take their place in the returned list instead.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import replace
from typing import Any

from seo_kit.errors import InputError, RewriteManyError, SeoKitError
from seo_kit.llm import RunLog
from seo_kit.rewrite import engine, ground, headings, once, readable, repair, restructure, write
from seo_kit.rewrite.antecedent import name_pronouns
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.cast import add_cast
from seo_kit.rewrite.clean import drop_repeats
from seo_kit.rewrite.inputs import Article, read_article
from seo_kit.rewrite.meta import settle_meta
from seo_kit.rewrite.progress import Progress, emit
from seo_kit.rewrite.summary import add_faq, add_key_points
from seo_kit.rewrite.templates import load_template
from seo_kit.rewrite.variant import Variant
from seo_kit.text.document import parse
from seo_kit.text.tokens import split_sentences

# The limit set when every prompt held the whole article (8,192 tokens of context minus the answer
# and the instructions: about this many words of French at 1.7 tokens per word). Each prompt now
# holds one passage (at most 8 sections: seo_kit.rewrite.plan); the limit is kept until longer
# articles are measured on the embedded model.
EMBEDDED_MAX_WORDS = 4_000
# On the embedded model (qwen2.5 1.5B q4, CPU) these calls are not made: measured on the seed
# (run log of bench/faithfulness.py, stop 8), 2 of 18 sentence retries (fix_sentence), 1 of 8
# model splits (split_sentence) and 0 of 8 headings passed the strict gate, and the 10 section
# extensions only told again what the draft told. Refused sentences go to their source sentence,
# long sentences are split mechanically, headings are built from the section's clauses. The
# standfirst ("intro": a call before the first section) is the lead's own sentences: the model's
# restated the H1 or told a part of the lead (_restates below, tests/rewrite/test_ground.py).
EMBEDDED_SKIPS = ("fix_sentence", "split_sentence", "heading", "extend", "intro")

__all__ = ["RewriteManyError", "arewrite", "arewrite_many", "rewrite", "rewrite_many"]


async def arewrite(article: str | bytes | Article, brief: Brief | None = None, *,
                   runlog: RunLog | None = None, on_step: Progress | None = None,
                   **brief_fields) -> Variant:
    """The async form of rewrite() (for notebooks with a running loop, and rewrite_many).

    `on_step` receives a `seo_kit.rewrite.progress.Step` as each step starts and ends; it may
    raise `RewriteCancelled` to stop before the next model call."""
    brief = replace(brief, **brief_fields) if brief is not None else Brief(**brief_fields)
    if not isinstance(article, Article):
        article = read_article(article, lang=brief.lang,
                               keep_flagged_text=brief.keep_flagged_text)
    started = time.perf_counter()
    template = load_template(brief.template or brief.mode, lang=brief.lang,
                             folder=brief.template_folder)
    template.require_steps(*(("headings",) if brief.mode == "restructure"
                             else ("outline", "intro", "section")))
    session = engine.Session(brief, template, article.text, runlog, on_step)
    session.step("variant")
    session.notes.extend(article.notes)
    if brief.mode == "rewrite" and session.endpoint.kind == "embedded" \
            and article.words > EMBEDDED_MAX_WORDS:
        raise InputError(
            f"the article has {article.words:,} words; the embedded model's context (8,192 "
            f"tokens) holds about {EMBEDDED_MAX_WORDS:,} words of article plus the answer. Use "
            "mode='restructure' (it sends only a digest), split the article, or set "
            "OPENAI_BASE_URL / OPENAI_API_KEY for a model with a longer context")
    if session.endpoint.kind == "embedded":  # the first call loads the model: say so
        from seo_kit.llm.local import ensure_local_server

        session.step("model")
        # loaded in a thread while the source is read and planned (spaCy's pipeline, names,
        # headline: 6-14 s on the seed on 2 cores, which waited for the model's 8-10 s before);
        # the first model call waits for it (engine.Session.model_ready)
        session.ready = asyncio.ensure_future(asyncio.to_thread(ensure_local_server))
    if brief.mode == "restructure":
        built = await restructure.restructure_article(article, brief, session)
        text, meta = built["text"], {"title": built["title"],
                                     "meta_description": built["meta_description"],
                                     "slug": built["slug"]}
    else:
        # The strict gate (ground_sentences(strict=True)): a generated sentence stands only when
        # each of its clauses is said in full by one source sentence, same speaker, actors,
        # modality and polarity; a false alarm costs a regeneration, a miss a false sentence.
        source = ground.Source.of(article.support_text, lang=brief.lang, task=article.task,
                                  strict=True)
        # Each part written from its own passage of the source, the news first (plan, write).
        draft = await write.write(article, brief, session, source=source)
        # Ground, then repair (a part in the wrong language, a standfirst without the
        # keyphrase), then ground what the repairs wrote: no sentence reaches the variant
        # unchecked. Flagged sentences (kept as quotations or not) are never support:
        # support_text; a sentence that carries out their task fails like an unsupported one:
        # article.task. The length comes from the source's own sentences, each told once
        # (restore_news, once): a section extended by the model could only tell again what
        # another sentence tells (issue #11), so sections are extended only for a model that is
        # not the embedded one, and what they add is grounded and told once like the rest.
        small = session.endpoint.kind == "embedded"  # see EMBEDDED_SKIPS
        verdicts = await ground.ground_draft(draft, source, session, keyphrase=brief.keyphrase,
                                             ask_again=not small)
        await repair.repair_draft(draft, brief, session, article.support_text, extend=not small)
        verdicts = await ground.ground_draft(draft, source, session, keyphrase=brief.keyphrase,
                                             known=verdicts, ask_again=not small)
        _drop_repeats(draft, brief, session)
        news, _ = ground.restore_news(draft, source, min_words=0, verdicts=verdicts)
        if news:
            session.notes.append(f"grounding: {news} source sentence(s) with facts the "
                                 "draft had dropped put back, verbatim")
        _, filler = ground.restore_news(draft, source, min_words=brief.min_words,
                                        verdicts=verdicts)
        if filler:
            session.notes.append(f"length: {filler} unused source sentence(s) added verbatim "
                                 f"to reach {brief.min_words} words")
        # A standfirst that only says the H1 again ("Lavrov arrive en Corée du Nord.", the
        # embedded model's) is no standfirst: the lead's own sentences, verbatim, take its place
        if _restates(draft.intro, draft.h1, brief.lang):
            draft.intro = draft.lead
            verdicts.update({s: source.verbatim(source.sentences.index(s))
                             for s in split_sentences(draft.lead, lang=brief.lang)
                             if s in source.sentences})
            session.notes.append("standfirst: it only said the H1 again; the lead's sentences "
                                 "take its place")
        # The standfirst tells the news once more only when it is the model's own summary
        # (not a source sentence) and the source, told once, is too short for the brief.
        short = len(parse(draft.markdown(), lang=brief.lang).words) < brief.min_words
        summary = short and any(s not in source.sentences for s in
                                split_sentences(draft.intro, lang=brief.lang))
        told = once.tell_draft_once(draft, source, verdicts, keep_standfirst=summary)
        if summary:
            session.notes.append("once: the standfirst, the model's summary of the news, is "
                                 "kept over the full telling (the source told once is short)")
        if told:
            session.notes.append(f"once: {told} sentence(s) telling a source sentence told "
                                 "already taken out")
        _keep_facts(draft, source, verdicts, session)  # no number or date of the source lost
        # Readability: long sentences split (each piece grounded); then the headings, written
        # from each section's grounded text; then the SERP fields from the final draft.
        await readable.shorten_sentences(draft, source, session, max_calls=0 if small else 8)
        # repeats out before the connectors go in: a connector never opens a paragraph whose
        # first sentence was a repeat ("Par ailleurs, Kim Jong-un a rencontré…" under a heading)
        _drop_repeats(draft, brief, session)
        readable.split_paragraphs(draft, lang=brief.lang)  # Yoast textParagraphTooLong
        moved = name_pronouns(draft, source)
        if moved:  # "il" no longer after the sentence that said who "il" is
            session.notes.append(f"grounding: the pronoun subject of {moved} moved source "
                                 "sentence(s) replaced by the person it stands for")
        _keep_antecedents(draft, source, session)  # "However, even those games…" after its own
        empty = [s for s in draft.sections if not s.body.strip()]
        if empty:  # a bare heading is no section: nothing of the source was left for it
            draft.sections = [s for s in draft.sections if s.body.strip()]
            session.notes.append(f"sections: {len(empty)} left without text taken out")
        await headings.write_headings(draft, source, session, keyphrase=brief.keyphrase,
                                      ask=not small)
        cast = add_cast(draft, source, min_words=brief.min_words, keyphrase=brief.keyphrase)
        if cast:  # short: who is who, each title as the source gives it next to the name
            session.notes.append(f"length: a list of the {cast} people named, with the title "
                                 "the source gives each")
        points = add_key_points(draft, source, min_words=brief.min_words,
                                keyphrase=brief.keyphrase)
        if points:  # still short: the source has less to say than the brief asks
            session.notes.append(f"length: a list of {points} key fact(s) after the "
                                 "standfirst, each a short grounded clause")
        # connectors last: Yoast counts the list lines among the sentences they must reach
        connected = readable.add_transitions(draft, source)
        if connected:
            session.notes.append(f"readability: an additive connector put before {connected} "
                                 "sentence(s) (Yoast's transition words), each grounded again")
        _keep_facts(draft, source, verdicts, session)  # none lost by the steps since
        _keep_antecedents(draft, source, session)  # a sentence put back lands after its own
        headings.label_keyphrase(draft, brief.keyphrase, brief.lang, source)  # subheadingsKeyword
        asked = add_faq(draft, source, min_words=brief.min_words, keyphrase=brief.keyphrase)
        if asked:  # last: its questions count among the subheadings label_keyphrase balanced
            session.notes.append(f"length: an FAQ of {asked} question(s), each answered by "
                                 "the draft's facts of one kind (short grounded clauses)")
        draft.meta_description = None  # rebuilt from the grounded draft
        draft.seo_title = headings.seo_title(draft, source, brief.keyphrase)
        text = draft.markdown()
        meta = {k: v for k, v in settle_meta(draft, brief).items()
                if k in ("title", "meta_description", "slug")}
    await session.model_ready()  # a failed load is raised even when no call was made
    constraints, report = repair.check_constraints(
        text, lang=brief.lang, min_words=brief.min_words, keyphrase=brief.keyphrase,
        source=article.support_text, task=article.task, **meta)
    variant = _variant(text, meta, brief, template, session, constraints, report, article,
                       time.perf_counter() - started)
    log = runlog or RunLog()
    log.save_template_version(template.version, name=template.name, lang=template.lang,
                              content=template.content())
    log.save_variant(variant.to_dict())
    session.step("variant", "done", tokens=variant.completion_tokens, seconds=variant.latency_s)
    return variant


def _keep_facts(draft, source, verdicts, session) -> None:
    """seo_kit.rewrite.kept.keep_facts, with a note of the sentences it put back."""
    from seo_kit.rewrite.kept import keep_facts

    back = keep_facts(draft, source, verdicts)
    if back:
        session.notes.append(f"grounding: {len(back)} source sentence(s) put back verbatim for "
                             f"a number or date the draft had lost, e.g. «{back[0][:80]}»")


def _keep_antecedents(draft, source, session) -> None:
    """seo_kit.rewrite.anaphor.keep_with_antecedents, with a note of what it did."""
    from seo_kit.rewrite.anaphor import keep_with_antecedents

    moved, given, left = keep_with_antecedents(draft, source)
    if moved or given or left:
        session.notes.append(f"grounding: of the source sentences that lean on the one before "
                             f"them and were moved away from it, {moved} put back after it, "
                             f"{given} given it back, {left} left out")


def _restates(intro: str, h1: str, lang: str) -> bool:
    """True for an empty standfirst, or one whose every content word is in the H1."""
    from seo_kit.rewrite.clean import content_words

    words = content_words(intro, lang=lang)
    return not words or words <= content_words(h1, lang=lang)


def _drop_repeats(draft, brief: Brief, session) -> None:
    draft.intro, pairs, repeated = drop_repeats(draft.intro, draft.pairs, lang=brief.lang)
    draft.set_pairs(pairs)
    if repeated:
        session.notes.append(f"grounding: {repeated} repeated sentence(s) removed")


def _variant(text, meta, brief, template, session, constraints, report, article, latency):
    records = session.records
    costs = [r.cost_usd for r in records]
    return Variant(
        text=text, title=meta["title"], meta_description=meta["meta_description"],
        slug=meta["slug"], lang=brief.lang, mode=brief.mode, brief=brief.to_dict(),
        template=template.name, template_version=template.version,
        messages=[[dict(m) for m in r.messages] for r in records],
        model=session.endpoint.model, base_url=session.endpoint.base_url,
        prompt_tokens=sum((r.prompt_tokens or 0) for r in records if not r.cached),
        completion_tokens=sum((r.completion_tokens or 0) for r in records if not r.cached),
        latency_s=round(latency, 3),
        cost_usd=None if any(c is None for c in costs) else round(sum(costs), 6),
        constraints=constraints, report=report, source_text=article.text,
        call_ids=[r.id for r in records], notes=list(session.notes))


def _run(coro):
    """Run a coroutine from sync code, also inside Jupyter (where a loop is already running)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def rewrite(article: str | bytes | Article, brief: Brief | None = None, *,
            runlog: RunLog | None = None, on_step: Progress | None = None,
            **brief_fields) -> Variant:
    """Rewrite (or restructure) one article; the Variant is saved to the run log first.

    ``article``: a path, bytes or text (read with read_article in ``brief.lang``) or an Article;
    ``brief``: a Brief, or its fields as keywords (``lang="fr", keywords=("Lavrov",)``), or both
    (the keywords replace the brief's fields). ``on_step``: see ``arewrite``.
    Raises InputError (unreadable article, unsupported language, an article too long for the
    embedded model), TemplateError, a ModelError subclass (AuthError,
    RateLimitError, EndpointError, AnswerError) or LocalModelError, with what to do next;
    RewriteCancelled when ``on_step`` stops it.
    """
    return _run(arewrite(article, brief, runlog=runlog, on_step=on_step, **brief_fields))


def _tagged(on_step: Progress | None, index: int) -> Progress | None:
    """The callback with each Step's `brief` set to the brief's position."""
    if on_step is None:
        return None
    return lambda step: emit(on_step, replace(step, brief=index))


async def arewrite_many(article, briefs, *, concurrency: int = 4, progress: bool = True,
                        return_exceptions: bool = False, runlog: RunLog | None = None,
                        on_step: Progress | None = None) -> list:
    from tqdm.auto import tqdm

    if not isinstance(article, Article):
        article = read_article(article, lang=briefs[0].lang if briefs else None,
                               keep_flagged_text=any(b.keep_flagged_text for b in briefs))
    limit = asyncio.Semaphore(max(1, concurrency))
    results: list[Any] = [None] * len(briefs)
    bar = tqdm(total=len(briefs), desc="variants", disable=not progress)

    async def one(index: int, brief: Brief) -> None:
        async with limit:
            try:
                results[index] = await arewrite(article, brief, runlog=runlog,
                                                on_step=_tagged(on_step, index))
            except SeoKitError as exc:
                results[index] = exc
            finally:
                bar.update(1)

    try:
        await asyncio.gather(*(one(i, b) for i, b in enumerate(briefs)))
    finally:
        bar.close()
    errors = {i: r for i, r in enumerate(results) if isinstance(r, BaseException)}
    if errors and not return_exceptions:
        raise RewriteManyError([None if i in errors else r for i, r in enumerate(results)],
                               errors)
    return results


def rewrite_many(article: str | bytes | Article, briefs: list[Brief], *, concurrency: int = 4,
                 progress: bool = True, return_exceptions: bool = False,
                 runlog: RunLog | None = None, on_step: Progress | None = None) -> list[Variant]:
    """Several briefs concurrently (at most ``concurrency`` at once), with a progress bar.

    Returns one Variant per brief, in the briefs' order. Each finished Variant is saved as it
    finishes; when some briefs fail, RewriteManyError is raised after the others finished, and
    carries them (``.variants``) and the failures (``.errors``); with ``return_exceptions=True``
    each failure takes its brief's place in the list instead. ``on_step`` receives every brief's
    steps (``Step.brief`` tells them apart); see ``arewrite``.
    """
    return _run(arewrite_many(article, briefs, concurrency=concurrency, progress=progress,
                              return_exceptions=return_exceptions, runlog=runlog,
                              on_step=on_step))
