"""Writes training texts with this tokenizer's ids, for check-tokenizer.ts to compare with transformers.js.

    /usr/bin/python3 tools/train-router/dump_tokens.py --shared ../shared > /tmp/router-tokens.jsonl
"""
import argparse
import json
import os
import sys

from bert_tokenizer import BertTokenizer
from train import build_dataset

parser = argparse.ArgumentParser()
parser.add_argument("--shared", default="../shared")
parser.add_argument("--seed", type=int, default=13)
args = parser.parse_args()
tok = BertTokenizer(os.path.join(args.shared, "tokenizers", "bert-base-uncased", "vocab.txt"))
extra = ["Crème brûlée à la carte — naïve café!", "你好，世界", "tabs\tand\nnewlines  ", "emoji 😀 ok", "x" * 150]
for text in [row[0] for row in build_dataset(args.shared, args.seed)] + extra:
    sys.stdout.write(json.dumps({"text": text, "ids": tok.encode(text, 10_000)}) + "\n")
