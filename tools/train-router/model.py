"""A small BERT-style encoder with one linear head over [13 task logits, weak, strong].

Hand-written attention (no nn.MultiheadAttention fast paths) so the TorchScript-based ONNX export of Debian's
torch 1.13 yields plain MatMul/Softmax ops that onnxruntime-node runs quickly.
"""
import math

import torch
from torch import nn


class Layer(nn.Module):
    def __init__(self, hidden, heads, ffn, dropout):
        super().__init__()
        self.heads, self.head_dim = heads, hidden // heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.ff1 = nn.Linear(hidden, ffn)
        self.ff2 = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, n, h = x.shape
        q, k, v = self.qkv(x).view(b, n, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_dim) + bias
        ctx = torch.matmul(att.softmax(-1), v).transpose(1, 2).reshape(b, n, h)
        x = self.ln1(x + self.drop(self.out(ctx)))
        return self.ln2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))


class RouterEncoder(nn.Module):
    def __init__(self, vocab, hidden, layers, heads, ffn, max_len, n_out, dropout=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(max_len, hidden)
        self.token_type = nn.Embedding(2, hidden)
        self.ln = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)
        self.layers = nn.ModuleList(Layer(hidden, heads, ffn, dropout) for _ in range(layers))
        self.pool = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, n_out)
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)
            if isinstance(m, nn.Linear):
                nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        positions = torch.arange(n, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.pos(positions) + self.token_type(token_type_ids)
        x = self.drop(self.ln(x))
        mask = attention_mask.to(x.dtype)
        bias = ((1.0 - mask) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        # Masked mean pooling: steadier than [CLS] for an encoder trained from scratch on little data.
        pooled = (x * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
        return self.head(self.drop(torch.tanh(self.pool(pooled))))


class QuantizedWordEmbedding(nn.Module):
    """Per-row symmetric int8 table: the 30522-row vocabulary dominates the file, so only it is quantized
    (Gather on int8, then scale), which keeps onnx/model.onnx at a few MB and costs no per-call dequantization."""

    def __init__(self, weight):
        super().__init__()
        scale = weight.abs().amax(1).clamp(min=1e-8) / 127.0
        self.register_buffer("q", torch.round(weight / scale[:, None]).to(torch.int8))
        self.register_buffer("scale", scale.unsqueeze(1).contiguous())

    def forward(self, input_ids):
        return self.q[input_ids].to(torch.float32) * self.scale[input_ids]
