#!/usr/bin/env python3
"""Cuts the small seed files under src/main/resources/sample-seeds/ from the team's copy of public
data (/work/shared/data, see sample-data/SOURCES.md). Run once; the outputs are committed, so the
build never needs this script or the source folder. Deterministic: same input, same output."""
import csv, json, os, shutil, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/main/resources/sample-seeds"

# The system prompts under system-prompts/ (llmspend__<function>.md) are written for the
# generator, not cut from public data; eval-judge uses FastChat's pair-v2 from judge-prompts.jsonl.


def slim(node, depth=0):
    """Keeps role, text and at most 3 best-ranked replies; drops votes and review metadata."""
    replies = sorted(node.get("replies", []), key=lambda r: (r.get("rank") is None, r.get("rank") or 0))
    kept = [slim(r, depth + 1) for r in replies[:3] if len(r["text"]) <= 3000]
    out = {"role": node["role"], "text": node["text"]}
    if kept:
        out["replies"] = kept
    return out


def cut_oasst():
    with open(f"{SRC}/user-prompts/oasst-en-100-trees.jsonl") as f, \
            open(f"{OUT}/oasst-trees.jsonl", "w") as out:
        for line in list(f)[:60]:
            root = json.loads(line)["prompt"]
            if len(root["text"]) <= 1500:
                out.write(json.dumps(slim(root), ensure_ascii=False) + "\n")
    shutil.copyfile(f"{SRC}/user-prompts/oasst-prompt-lottery-en.jsonl", f"{OUT}/oasst-prompts.jsonl")


def cut_arena():
    for sub in ("coding", "math"):
        kept = []
        for line in open(f"{SRC}/user-prompts/arena-hard-v2.0-hard-prompts.jsonl"):
            r = json.loads(line)
            if r["subcategory"] == sub and len(r["prompt"]) <= 1500:
                kept.append(json.dumps(r["prompt"], ensure_ascii=False))
        with open(f"{OUT}/arena-{sub}.jsonl", "w") as out:
            out.write("\n".join(kept[:120]) + "\n")


def quantiles(values):
    values = sorted(values)
    n = len(values)
    return [values[min(n - 1, round(q * (n - 1) / 100))] for q in range(101)]


def cut_quantiles():
    rows = []
    for trace in ("code", "conv"):
        data = list(csv.DictReader(open(f"{SRC}/azure-llm-inference-2023/AzureLLMInferenceTrace_{trace}.csv")))
        rows.append([f"azure-{trace}", "input"] + quantiles([int(r["ContextTokens"]) for r in data]))
        rows.append([f"azure-{trace}", "output"] + quantiles([int(r["GeneratedTokens"]) for r in data]))
    data = [json.loads(l) for l in open(f"{SRC}/mooncake-traces/conversation_trace.jsonl")]
    rows.append(["mooncake-conversation", "input"] + quantiles([r["input_length"] for r in data]))
    rows.append(["mooncake-conversation", "output"] + quantiles([r["output_length"] for r in data]))
    with open(f"{OUT}/token-quantiles.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["trace", "kind"] + [f"p{q}" for q in range(101)])
        w.writerows(rows)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    cut_oasst()
    cut_arena()
    cut_quantiles()
    shutil.copyfile(f"{SRC}/fastchat-judge-prompts/judge_prompts.jsonl", f"{OUT}/judge-prompts.jsonl")
