"""A bare Natasha pass over wire files: the floor the importer's throughput is compared with.

`python -m bench.natasha_pass DIR` segments, tags morphology and named entities and normalises
the entity spans of every *.txt in DIR (the same models the importer loads), then prints the
count. No Django, no database, no rules of ours.

It runs Natasha as the importer does (articles/importing/extract/nlp.py): with one BLAS thread,
which is also the faster way for this pass (the default second OpenBLAS thread doubles the CPU
time for no gain), so the floor is the best a bare pass does on one core.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before natasha imports numpy

from natasha import (  # noqa: E402
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    Segmenter,
)


def main(folder):
    embedding = NewsEmbedding()
    segmenter, morph_vocab = Segmenter(), MorphVocab()
    morph_tagger, ner_tagger = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    files = sorted(Path(folder).glob("*.txt"))
    for path in files:
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(morph_vocab)
    print(len(files))


if __name__ == "__main__":
    main(sys.argv[1])
