"""Examples from ../shared/data/router, labelled from their source (see README.md for the rules and licences).

Each example is (text, task, strong, source): `strong` is a soft target in [0,1], the prior that a request of
this kind needs the stronger model. Never reads ../shared/bench (evaluation only).
"""
import csv
import gzip
import json
import os
import random
import re

from labels import guess_task

CLINC_TASKS = {
    "translate": "translation", "calculator": "arithmetic", "measurement_conversion": "arithmetic",
    "definition": "qa", "spelling": "qa", "fun_fact": "chitchat", "meaning_of_life": "chitchat",
    "distance": "qa", "timezone": "qa", "nutrition_info": "qa", "calories": "qa", "exchange_rate": "qa",
    "travel_suggestion": "qa", "what_song": "qa", "flip_coin": "other", "roll_dice": "other",
}


LU_CHAT = {"Cancel", "Confirm", "Reject", "Stop", "FinishTask", "Help", "Repeat", "StartOver", "GoBack"}


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def clinc150(root, rng, n):
    data = json.load(open(os.path.join(root, "clinc150", "data_full.json"), encoding="utf-8"))
    domains = json.load(open(os.path.join(root, "clinc150", "domains.json"), encoding="utf-8"))
    chat = set(domains["small_talk"]) | set(domains["meta"])
    rows = data["train"] + data["val"] + data["oos_train"]
    rng.shuffle(rows)
    out = []
    for text, intent in rows[:n]:
        task = "chitchat" if intent in chat else CLINC_TASKS.get(intent, "other")
        out.append((text, task, 0.03, "clinc150"))
    return out


def botframework(root, rng, n):
    base = os.path.join(root, "botframework-chitchat")
    utterances = []
    with open(os.path.join(base, "Chitchat_en-us.qna"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(?:## \? |- )(.+)$", line.rstrip())
            if m and not m.group(1).startswith("editorial"):
                utterances.append(m.group(1))
    for persona in ("Friendly", "Humorous", "Professional"):
        path = os.path.join(base, f"PersonalityChat_Queries_Responses_{persona}_QnAMaker.tsv")
        with open(path, encoding="utf-8", newline="") as f:
            utterances += [row["Question"] for row in csv.DictReader(f, delimiter="\t")]
    utterances = sorted(set(utterances))
    rng.shuffle(utterances)
    out = [(u, "chitchat", 0.02, "botframework") for u in utterances[:n]]
    # Conversational acts (yes/no/cancel/done) are small talk for routing; UI commands (read aloud, next) are other.
    intent = None
    with open(os.path.join(base, "general_en-us.lu"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                intent = line[3:].strip()
            elif line.startswith("- "):
                task = "chitchat" if intent in LU_CHAT else "other"
                out.append((line[2:].strip(), task, 0.02, "botframework-lu"))
    return out


def _lines(code):
    return len([line for line in code.splitlines() if line.strip()])


def code_and_math(root):
    """Within a source, the reference solution's size grades the strong target: a problem whose answer takes
    more steps or more code is likelier to defeat the weaker model (a prior, not a measured outcome)."""
    out = []
    for row in _jsonl(os.path.join(root, "deepseek-coder-eval", "mbpp.jsonl")):
        out.append((row["text"], "code", min(0.65, 0.1 + 0.025 * _lines(row["code"])), "mbpp"))
    with gzip.open(os.path.join(root, "humaneval", "HumanEval.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.append((row["prompt"], "code", min(0.85, 0.35 + 0.025 * _lines(row["canonical_solution"])), "humaneval"))
    for row in _jsonl(os.path.join(root, "deepseek-coder-eval", "svamp_test.jsonl")):
        text = f'{row["Body"].strip()} {row["Question"].strip()}'
        steps = max(1, len(re.findall(r"[-+*/]", row["Equation"])))
        out.append((text, "math", 0.05 + 0.2 * steps, "svamp"))
    return out


def self_instruct(root):
    out = []
    for row in _jsonl(os.path.join(root, "self-instruct", "seed_tasks.jsonl")):
        inst = row["instances"][0]["input"] if row["instances"] else ""
        text = row["instruction"] + (f"\n{inst}" if inst else "")
        task = "classification" if row["is_classification"] else guess_task(row["instruction"])
        out.append((text, task, 0.2, "self-instruct"))
    return out


def open_assistant(root):
    base = os.path.join(root, "openassistant-prompts")
    out = []
    for name, strong in (("en_100_text.jsonl", 0.5), ("prompt_lottery_en_250_text.jsonl", 0.4)):
        for text in _jsonl(os.path.join(base, name)):
            out.append((text, guess_task(text), strong, "openassistant"))
    return out


VICUNA = {"generic": ("qa", 0.4), "knowledge": ("qa", 0.5), "roleplay": ("creative", 0.5),
          "common-sense": ("reasoning", 0.5), "fermi": ("reasoning", 0.75), "counterfactual": ("reasoning", 0.6),
          "coding": ("code", 0.8), "math": ("math", 0.8), "writing": ("creative", 0.6)}


def vicuna(root):
    rows = _jsonl(os.path.join(root, "fastchat-llm-judge", "vicuna_bench", "question.jsonl"))
    return [(r["turns"][0], *VICUNA[r["category"]], "vicuna") for r in rows]


def arena_hard(root):
    out = []
    for row in _jsonl(os.path.join(root, "arena-hard", "v0.1", "question.jsonl")):
        task = guess_task(row["prompt"])
        out.append((row["prompt"], "reasoning" if task in ("other", "qa") else task, 0.9, "arena-hard-v0.1"))
    for row in _jsonl(os.path.join(root, "arena-hard", "v2.0", "question.jsonl")):
        sub = row["subcategory"]
        if sub == "coding":
            out.append((row["prompt"], "code", 0.95, "arena-hard-v2"))
        elif sub == "math":
            out.append((row["prompt"], "math", 0.95, "arena-hard-v2"))
        else:
            out.append((row["prompt"], "creative", 0.8, "arena-hard-v2"))
    return out


def load_all(root, seed):
    rng = random.Random(seed)
    return (clinc150(root, rng, 1500) + botframework(root, rng, 2000) + code_and_math(root)
            + self_instruct(root) + open_assistant(root) + vicuna(root) + arena_hard(root))


def passages(root):
    """Real sentences to fill summarization/extraction/rewriting templates with."""
    out = []
    for row in _jsonl(os.path.join(root, "self-instruct", "seed_tasks.jsonl")):
        for inst in row["instances"]:
            for text in (inst["input"], inst["output"]):
                if 80 <= len(text) <= 900 and "\n" not in text.strip():
                    out.append(text.strip())
    for row in _jsonl(os.path.join(root, "deepseek-coder-eval", "svamp_test.jsonl")):
        out.append(row["Body"].strip())
    return out
