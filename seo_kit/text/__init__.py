"""Text at the door and parsed once: decoding, sentences and words, the Document.

    decode(raw) / at_the_door(text)   bytes → NFC str (decode.py)
    split_sentences, words, tokenize  sentences and Yoast words, ``lang`` explicit (tokens.py)
    fold, slugify                     accents and ligatures folded; the one slugifier (fold.py)
    parse(raw, lang=…) → Document     blocks, sentences, links, images, typed analysis
"""

from seo_kit.text.decode import at_the_door, decode
from seo_kit.text.document import Block, Document, Sentence, parse
from seo_kit.text.fold import fold, slugify
from seo_kit.text.markup import Image, Link, detect_format
from seo_kit.text.tokens import normalise_spaces, split_sentences, tokenize, words

__all__ = [
    "Block", "Document", "Image", "Link", "Sentence", "at_the_door", "decode", "detect_format",
    "fold", "normalise_spaces", "parse", "slugify", "split_sentences", "tokenize", "words",
]
