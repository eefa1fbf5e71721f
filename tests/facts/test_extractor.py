"""The Extractor's contract: batching, versions, and one bad document not stopping a batch."""

from __future__ import annotations

from orbat.facts import VERSION, Extractor
from orbat.model import Document


class FlakyNLP:
    """The real pipeline, failing on any text that contains BOOM."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "BOOM" in text:
            raise ValueError("boom")
        return self.nlp(text)

    def pipe(self, texts, batch_size=16):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("boom")
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_a_document_the_parser_fails_on_yields_an_empty_extraction(extractor):
    flaky = Extractor(nlp=FlakyNLP(extractor.nlp), resources=extractor.resources)
    docs = [
        Document(body="Russian forces killed Magomed Suleimanov in August.", published="2015-09-02"),
        Document(body="BOOM goes the parser.", published="2015-09-02"),
        Document(body="Doku Umarov died in late 2013 or early 2014.", published="2015-09-02"),
    ]
    out = list(flaky.extract_many(docs))
    assert [x.doc_id for x in out] == [d.id for d in docs]
    assert [len(x.facts) > 0 for x in out] == [True, False, True]
    assert all(x.extractor_version == VERSION for x in out)


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
