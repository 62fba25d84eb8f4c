"""One article in, everything extracted from it out: the only entry point the assets call.

A pure function of the article, so the same code runs in a process pool, a Dagster op or any
other engine, and its output depends only on the input and the sources ``extractor_version()`` digests.
"""

from __future__ import annotations

from orchestration.extraction.cleaning import clean_text
from orchestration.extraction.dates import related_links
from orchestration.extraction.documents import find_documents
from orchestration.extraction.figures import find_figures
from orchestration.extraction.indicators import classify_figures
from orchestration.extraction.model import Article, Document, Extraction
from orchestration.extraction.organisations import find_organisations
from orchestration.extraction.people import find_people
from orchestration.extraction.places import find_places
from orchestration.extraction.sentences import split_sentences
from orchestration.extraction.visits import find_visits


def extract(article: Article) -> Extraction:
    text = clean_text(article.text)
    document = Document(article=article, text=text, sentences=split_sentences(text))
    mentions = sorted(
        [
            *find_places(document),
            *find_people(document),
            *find_organisations(document),
            *find_documents(document),
        ],
        key=lambda mention: (mention.start, mention.end),
    )
    links = related_links(text)  # other articles' headlines: their figures are not this article's
    figures = [
        figure
        for sentence in document.sentences
        if not any(link.holds(sentence.start, sentence.end) for link in links)
        for figure in find_figures(sentence)
    ]
    figures = classify_figures(document, figures, mentions)
    visits = find_visits(document, mentions)
    return Extraction(document=document, mentions=mentions, figures=figures, visits=visits)
