#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PyTorch (Debian's python3-torch) evaluating a GPT-2 directory's byte-level perplexity with the
same protocol as Pare's evaluator (core/runtime/evaluator.cpp, `pare-cli eval`): non-overlapping
windows of the model's context, window k feeds bytes [kW, min(kW + W, L - 1)) from position 0 and
predicts each next byte, mean NLL over all L - 1 predictions. The weights are read from
model.safetensors with numpy and the forward pass is written in plain torch ops (no transformers
package). Windows are batched (all full windows in batches of --batch, the short tail alone).

    /usr/bin/python3 bench/peers/decoder_torch.py [--model resources/demo/kjv-gpt2]
        [--text resources/demo/kjv-gpt2/validation.txt] [--threads 2] [--batch 64] [--repeats 3]

Prints the perplexity, the median wall time and the process CPU time of the whole evaluation
(`perplexity= seconds= cpu=` on the last line, parsed by bench/runtime/bench_decoder).
"""
import argparse
import json
import math
import os
import struct
import time

import numpy as np
import torch


def load_safetensors(path):
    with open(path, 'rb') as f:
        n = struct.unpack('<Q', f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, t in header.items():
        if name == '__metadata__':
            continue
        if t['dtype'] != 'F32':
            raise SystemExit(f'{path}: tensor {name} is {t["dtype"]}; this script reads F32 only')
        a, b = t['data_offsets']
        out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype=np.float32).reshape(t['shape']).copy())
    return out


class Gpt2:
    def __init__(self, directory):
        cfg = json.load(open(os.path.join(directory, 'config.json')))
        if cfg.get('model_type') != 'gpt2':
            raise SystemExit(f'{directory}: model_type {cfg.get("model_type")} is not gpt2')
        self.w = load_safetensors(os.path.join(directory, 'model.safetensors'))
        self.layers = cfg['n_layer']
        self.heads = cfg['n_head']
        self.width = cfg['n_embd']
        self.context = cfg.get('n_positions', cfg.get('n_ctx', 1024))
        self.eps = cfg.get('layer_norm_epsilon', 1e-5)
        act = cfg.get('activation_function', 'gelu_new')
        self.gelu_tanh = act in ('gelu_new', 'gelu_pytorch_tanh', 'gelu_fast')
        pfx = 'transformer.' if 'transformer.wte.weight' in self.w else ''
        self.p = pfx
        self.head = self.w.get('lm_head.weight', self.w[pfx + 'wte.weight'])

    def forward(self, tokens):
        w, p, d, nh = self.w, self.p, self.width, self.heads
        b, n = tokens.shape
        hd = d // nh
        x = w[p + 'wte.weight'][tokens] + w[p + 'wpe.weight'][:n]
        mask = torch.full((n, n), float('-inf')).triu(1)
        for i in range(self.layers):
            q = f'{p}h.{i}.'
            h = torch.nn.functional.layer_norm(x, (d,), w[q + 'ln_1.weight'], w[q + 'ln_1.bias'], self.eps)
            qkv = torch.addmm(w[q + 'attn.c_attn.bias'], h.reshape(b * n, d), w[q + 'attn.c_attn.weight'])
            qkv = qkv.reshape(b, n, 3, nh, hd).permute(2, 0, 3, 1, 4)
            att = (qkv[0] @ qkv[1].transpose(-1, -2)) * (1.0 / math.sqrt(hd)) + mask
            o = (att.softmax(-1) @ qkv[2]).transpose(1, 2).reshape(b * n, d)
            x = x + torch.addmm(w[q + 'attn.c_proj.bias'], o, w[q + 'attn.c_proj.weight']).reshape(b, n, d)
            h = torch.nn.functional.layer_norm(x, (d,), w[q + 'ln_2.weight'], w[q + 'ln_2.bias'], self.eps)
            f = torch.addmm(w[q + 'mlp.c_fc.bias'], h.reshape(b * n, d), w[q + 'mlp.c_fc.weight'])
            f = torch.nn.functional.gelu(f, approximate='tanh' if self.gelu_tanh else 'none')
            x = x + torch.addmm(w[q + 'mlp.c_proj.bias'], f, w[q + 'mlp.c_proj.weight']).reshape(b, n, d)
        x = torch.nn.functional.layer_norm(x, (d,), w[p + 'ln_f.weight'], w[p + 'ln_f.bias'], self.eps)
        return x @ self.head.T


def evaluate(model, data, window, batch):
    """Total NLL (nats) and the number of predictions, Pare's protocol."""
    length = len(data)
    predictions = length - 1
    full = predictions // window
    nll = 0.0
    with torch.inference_mode():
        if full:
            inputs = torch.from_numpy(data[:full * window].astype(np.int64)).reshape(full, window)
            targets = torch.from_numpy(data[1:full * window + 1].astype(np.int64)).reshape(full, window)
            for s in range(0, full, batch):
                logits = model.forward(inputs[s:s + batch])
                lp = torch.log_softmax(logits.double(), -1)
                nll -= lp.gather(-1, targets[s:s + batch].unsqueeze(-1)).sum().item()
        if predictions % window:
            start = full * window
            inp = torch.from_numpy(data[start:length - 1].astype(np.int64)).unsqueeze(0)
            tgt = torch.from_numpy(data[start + 1:length].astype(np.int64)).unsqueeze(0)
            lp = torch.log_softmax(model.forward(inp).double(), -1)
            nll -= lp.gather(-1, tgt.unsqueeze(-1)).sum().item()
    return nll, predictions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='resources/demo/kjv-gpt2')
    ap.add_argument('--text', default=None)
    ap.add_argument('--threads', type=int, default=os.cpu_count())
    ap.add_argument('--batch', type=int, default=64)
    ap.add_argument('--window', type=int, default=0)
    ap.add_argument('--repeats', type=int, default=3)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    text = a.text or os.path.join(a.model, 'validation.txt')
    data = np.frombuffer(open(text, 'rb').read(), dtype=np.uint8)
    if len(data) < 2:
        raise SystemExit(f'{text}: {len(data)} bytes; at least 2 are needed')
    model = Gpt2(a.model)
    window = min(a.window or model.context, model.context, 1024)
    evaluate(model, data[:window * 4 + 1], window, a.batch)  # warm-up
    times, cpu = [], []
    for _ in range(a.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        nll, n = evaluate(model, data, window, a.batch)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    times.sort()
    cpu.sort()
    mean = nll / n
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, window {window}, batch {a.batch}: '
          f'{n} predictions, mean NLL {mean:.6f} nats/byte, perplexity {math.exp(mean):.6f}')
    print(f'perplexity={math.exp(mean):.9f} seconds={times[len(times) // 2]:.6f} cpu={cpu[len(cpu) // 2]:.6f}')


if __name__ == '__main__':
    main()
