"""The Extractor's contract: batching, versions, and one bad document not stopping a batch."""

from __future__ import annotations

import pytest

from orbat.errors import ExtractionError
from orbat.facts import VERSION, Extractor
from orbat.model import Document
from orbat.pipeline import ingest


class FlakyNLP:
    """The real pipeline, failing on any text that contains BOOM."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.max_length = nlp.max_length

    def __call__(self, text):
        if "BOOM" in text:
            raise ValueError("boom")
        return self.nlp(text)

    def pipe(self, texts, batch_size=16):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("boom")
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_a_document_the_parser_fails_on_is_reported_and_the_batch_goes_on(extractor, store):
    flaky = Extractor(nlp=FlakyNLP(extractor.nlp), resources=extractor.resources)
    docs = [
        Document(
            body="Russian forces killed Magomed Suleimanov in August.", published="2015-09-02", source="a.txt"
        ),
        Document(body="BOOM goes the parser.", published="2015-09-02", source="boom.txt"),
        Document(body="Doku Umarov died in late 2013 or early 2014.", published="2015-09-02", source="c.txt"),
    ]
    summary = ingest(docs, store, extractor=flaky)
    assert [f.source for f in summary.failed] == ["boom.txt"]
    assert "boom" in summary.failed[0].reason
    assert len(summary.new) == 2 and summary.facts >= 2
    assert all(x.extractor_version == VERSION for x in store.extractions())


def test_a_body_longer_than_the_parser_allows_is_named(extractor):
    small = Extractor(nlp=FlakyNLP(extractor.nlp), resources=extractor.resources)
    small.nlp.max_length = 40
    doc = Document(body="Doku Umarov died in late 2013 or early 2014, the group said.", source="long.txt")
    with pytest.raises(ExtractionError, match="long.txt: body of 60 characters is longer"):
        small.extract(doc)


def test_extract_many_equals_extract(extractor):
    docs = [
        Document(body="Russian forces killed Magomed Suleimanov in August.", published="2015-09-02"),
        Document(
            body="Boko Haram pledged allegiance to Abu Bakr al Baghdadi in March.", published="2015-09-02"
        ),
    ]
    batch = [x.to_json() for x in extractor.extract_many(iter(docs))]
    single = [extractor.extract(d).to_json() for d in docs]
    assert batch == single
    assert all(x["facts"] for x in batch)
