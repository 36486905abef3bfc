#!/usr/bin/env python3
"""Inter-annotator agreement by ANNOTATION.md: events matched on sides + status + level; statements on
span overlap >= 80% + speaker. Usage: agree.py BATCHFILE DIR_A DIR_B [--details]. Prints counts, matched pairs
and agreement F1 (2*matched/(a+b)) per layer, and with --details each unmatched item per document."""
import json, sys, os
def load(d, name):
    p = os.path.join(d, name[:-4] + '.json')
    return json.load(open(p, encoding='utf-8')) if os.path.exists(p) else None
def ev_key(e):
    return (tuple(sorted(set(e.get('sides') or []))), e.get('status'), e.get('level') or 'UNSPECIFIED')
def surname(s):
    return None if not s else s.strip().split()[-1].lower()
def st_match(a, b):
    s, e = max(a['start'], b['start']), min(a['end'], b['end'])
    ov = max(0, e - s)
    longest = max(a['end'] - a['start'], b['end'] - b['start'], 1)
    return ov >= 0.8 * longest and surname(a.get('speaker')) == surname(b.get('speaker'))
def pair(xs, ys, m):
    used = set(); out = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if j not in used and m(x, y):
                used.add(j); out.append((i, j)); break
    return out
batch, A, B = sys.argv[1], sys.argv[2], sys.argv[3]
details = '--details' in sys.argv
tot = {'ev': [0, 0, 0], 'st': [0, 0, 0]}; docs = 0; missing = []
for name in [l.strip() for l in open(batch) if l.strip()]:
    a, b = load(A, name), load(B, name)
    if a is None or b is None:
        missing.append(name); continue
    docs += 1
    for layer, key, m in (('ev', 'events', lambda x, y: ev_key(x) == ev_key(y)), ('st', 'statements', st_match)):
        xs, ys = a.get(key) or [], b.get(key) or []
        pr = pair(xs, ys, m)
        t = tot[layer]; t[0] += len(xs); t[1] += len(ys); t[2] += len(pr)
        if details:
            pa = {i for i, _ in pr}; pb = {j for _, j in pr}
            for i, x in enumerate(xs):
                if i not in pa: print(f'{name}  only A  {key}: ' + (str(ev_key(x)) if layer == 'ev' else f"{x.get('speaker')}: {x['quote'][:80]} [{x['start']}:{x['end']}]"))
            for j, y in enumerate(ys):
                if j not in pb: print(f'{name}  only B  {key}: ' + (str(ev_key(y)) if layer == 'ev' else f"{y.get('speaker')}: {y['quote'][:80]} [{y['start']}:{y['end']}]"))
print(f'documents compared: {docs}; missing in one or both: {len(missing)} {missing[:5]}')
for layer, label in (('ev', 'events (sides+status+level)'), ('st', 'statements (overlap>=80% + speaker)')):
    a, b, m = tot[layer]
    f = 2 * m / (a + b) if a + b else 1.0
    print(f'{label}: A {a}, B {b}, matched {m}, agreement F1 {f:.3f}')
