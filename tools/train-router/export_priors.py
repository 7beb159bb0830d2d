"""Write the encoder's training examples (text, task, prior strong target, source) as JSONL, so the outcome
scorer (tools/train-router/outcomes) learns from the same priors the encoder does, beside real outcomes.

    /usr/bin/python3 tools/train-router/export_priors.py --shared ../shared > /tmp/router-priors.jsonl
"""
import argparse
import json
import sys

from train import build_dataset


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    for text, task, strong, source in build_dataset(args.shared, args.seed):
        sys.stdout.write(json.dumps({"text": text, "task": task, "strong": strong, "source": source}) + "\n")


if __name__ == "__main__":
    main()
