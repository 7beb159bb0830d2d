"""Train the Switchyard router classifier and export it in transformers.js layout.

    /usr/bin/python3 tools/train-router/train.py --shared ../shared --out resources/router-model

Deterministic for a given seed on one thread. See README.md for the data rules and the output format.
"""
import argparse
import json
import os
import random
import shutil
import time

import torch
from torch import nn

import sources
import synthetic
from bert_tokenizer import BertTokenizer
from export import export_model
from labels import STRONG_LABELS, TASK_INDEX, TASK_TYPES, guess_task
from model import QuantizedWordEmbedding, RouterEncoder

ARCH = {"hidden": 128, "layers": 2, "heads": 4, "ffn": 256, "max_len": 128}


def build_dataset(shared, seed):
    rng = random.Random(seed)
    data_root = os.path.join(shared, "data", "router")
    real = sources.load_all(data_root, seed)
    pool = sources.passages(data_root)
    made = [(t, task, s, "synthetic") for t, task, s in synthetic.generate(rng, pool, 400)]
    seen, out = set(), []
    for text, task, strong, source in real + made:
        key = text.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append((text.strip(), task, strong, source))
    rng.shuffle(out)
    return out


def batches(rows, batch_size, rng):
    """Length-bucketed batches: sort within shuffled windows so padding stays small."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    window = batch_size * 50
    chunks = []
    for i in range(0, len(order), window):
        part = sorted(order[i:i + window], key=lambda j: len(rows[j][0]))
        chunks += [part[k:k + batch_size] for k in range(0, len(part), batch_size)]
    rng.shuffle(chunks)
    return chunks


def collate(rows, idx):
    width = max(len(rows[i][0]) for i in idx)
    ids = torch.zeros((len(idx), width), dtype=torch.long)
    mask = torch.zeros((len(idx), width), dtype=torch.long)
    for r, i in enumerate(idx):
        seq = rows[i][0]
        ids[r, :len(seq)] = torch.tensor(seq)
        mask[r, :len(seq)] = 1
    task = torch.tensor([rows[i][1] for i in idx])
    strong = torch.tensor([rows[i][2] for i in idx], dtype=torch.float32)
    return ids, mask, torch.zeros_like(ids), task, strong


def evaluate(model, rows, sources_of):
    model.eval()
    n_task = len(TASK_TYPES)
    per_source, correct, strong_ok, abs_err = {}, 0, 0, 0.0
    with torch.no_grad():
        for k in range(0, len(rows), 128):
            idx = list(range(k, min(k + 128, len(rows))))
            ids, mask, types, task, strong = collate(rows, idx)
            logits = model(ids, mask, types)
            pred = logits[:, :n_task].argmax(-1)
            p_strong = logits[:, n_task:].softmax(-1)[:, 1]
            for j, i in enumerate(idx):
                hit = int(pred[j] == task[j])
                correct += hit
                strong_ok += int((p_strong[j] > 0.5) == (strong[j] > 0.5))
                abs_err += abs(float(p_strong[j]) - float(strong[j]))
                src = per_source.setdefault(sources_of[i], [0, 0])
                src[0] += hit
                src[1] += 1
    n = len(rows)
    return {"task_accuracy": correct / n, "strong_accuracy": strong_ok / n, "strong_mae": abs_err / n, "n": n,
            "task_accuracy_by_source": {s: round(c / t, 4) for s, (c, t) in sorted(per_source.items())}}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", default="resources/router-model")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--outcomes", help="JSONL from outcomes/export-outcomes.ts: its train split joins the data, "
                        "with the soft outcome target as the strong target and labels.guess_task as the task")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    started = time.time()

    data = build_dataset(args.shared, args.seed)
    if args.outcomes:
        with open(args.outcomes, encoding="utf-8") as f:
            extra = [json.loads(line) for line in f if line.strip()]
        keys = {d[0].strip().lower() for d in data}
        data += [(r["text"], guess_task(r["text"]), r["strong"], "outcome-" + r["source"]) for r in extra
                 if r["split"] == "train" and r["text"].strip().lower() not in keys]
        rng.shuffle(data)
    tok = BertTokenizer(os.path.join(args.shared, "tokenizers", "bert-base-uncased", "vocab.txt"))
    rows = [(tok.encode(t, ARCH["max_len"]), TASK_INDEX[task], s) for t, task, s, _ in data]
    n_val = len(rows) // 10
    val, train = rows[:n_val], rows[n_val:]
    val_sources = [d[3] for d in data[:n_val]]
    counts = torch.bincount(torch.tensor([r[1] for r in train]), minlength=len(TASK_TYPES)).float()
    # Inverse square-root class weights: chit-chat dominates the public data.
    weights = (counts.sum() / counts.clamp(min=1)).sqrt()
    weights = weights / weights.mean()
    print(f"examples: {len(rows)} (train {len(train)}, val {len(val)}); per task: "
          + ", ".join(f"{t}={int(c)}" for t, c in zip(TASK_TYPES, counts)))

    model = RouterEncoder(len(tok.vocab), ARCH["hidden"], ARCH["layers"], ARCH["heads"], ARCH["ffn"], ARCH["max_len"],
                          len(TASK_TYPES) + len(STRONG_LABELS))
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
    steps = args.epochs * len(batches(train, 32, random.Random(0)))
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps, pct_start=0.1)
    task_loss = nn.CrossEntropyLoss(weight=weights)
    n_task = len(TASK_TYPES)
    for epoch in range(args.epochs):
        model.train()
        total = 0.0
        for idx in batches(train, 32, rng):
            ids, mask, types, task, strong = collate(train, idx)
            logits = model(ids, mask, types)
            soft = torch.stack([1 - strong, strong], 1)
            loss = task_loss(logits[:, :n_task], task) - (soft * logits[:, n_task:].log_softmax(-1)).sum(1).mean()
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss) * len(idx)
        metrics = evaluate(model, val, val_sources)
        print(f"epoch {epoch + 1}: train loss {total / len(train):.4f}  val task acc {metrics['task_accuracy']:.4f}  "
              f"strong acc {metrics['strong_accuracy']:.4f}  strong MAE {metrics['strong_mae']:.4f}  ({time.time() - started:.0f}s)")

    fp32_metrics = evaluate(model, val, val_sources)
    model.word = QuantizedWordEmbedding(model.word.weight.detach())
    q_metrics = evaluate(model, val, val_sources)
    print("validation (fp32):", json.dumps(fp32_metrics))
    print("validation (int8 embeddings, shipped):", json.dumps(q_metrics))

    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    export_model(model, os.path.join(args.out, "onnx", "model.onnx"))
    write_configs(args.out, args.shared)
    with open(os.path.join(os.path.dirname(__file__), "metrics.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": args.seed, "epochs": args.epochs, "arch": ARCH, "examples": len(rows),
                   "validation_fp32": fp32_metrics, "validation_shipped": q_metrics,
                   "train_seconds": round(time.time() - started)}, f, indent=2)
    print(f"done in {time.time() - started:.0f}s")


def write_configs(out, shared):
    labels = TASK_TYPES + STRONG_LABELS
    config = {
        "architectures": ["BertForSequenceClassification"], "model_type": "bert",
        "vocab_size": 30522, "hidden_size": ARCH["hidden"], "num_hidden_layers": ARCH["layers"],
        "num_attention_heads": ARCH["heads"], "intermediate_size": ARCH["ffn"], "hidden_act": "gelu",
        "max_position_embeddings": ARCH["max_len"], "type_vocab_size": 2, "layer_norm_eps": 1e-12, "pad_token_id": 0,
        "problem_type": "single_label_classification",
        "id2label": {str(i): label for i, label in enumerate(labels)},
        "label2id": {label: i for i, label in enumerate(labels)},
        "switchyard_router": {"version": 1, "task_logits": [0, len(TASK_TYPES)],
                              "strong_logits": [len(TASK_TYPES), len(labels)], "max_length": ARCH["max_len"]},
    }
    with open(os.path.join(out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    tokenizer_config = {
        "tokenizer_class": "BertTokenizer", "do_lower_case": True, "strip_accents": None,
        "tokenize_chinese_chars": True, "model_max_length": ARCH["max_len"], "clean_up_tokenization_spaces": True,
        "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]", "mask_token": "[MASK]",
    }
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_config, f, indent=2)
    shutil.copyfile(os.path.join(shared, "tokenizers", "bert-base-uncased", "bert-base-uncased.json"),
                    os.path.join(out, "tokenizer.json"))


if __name__ == "__main__":
    main()
