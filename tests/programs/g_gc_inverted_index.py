# GC workload: an inverted index over documents - tokenizing, posting lists, boolean and ranked queries
docs = [
    "garbage collection reclaims memory that is no longer reachable",
    "reference counting frees objects when the count drops to zero",
    "a tracing collector marks reachable objects from the roots",
    "generational collection assumes most objects die young",
    "cycles of objects defeat naive reference counting",
    "the nursery is collected often and survivors are promoted",
    "incremental marking spreads the work of the tracing collector",
    "memory allocators hand out memory and the collector reclaims it",
]

STOP = {"a": 1, "the": 1, "is": 1, "of": 1, "and": 1, "to": 1, "it": 1, "are": 1, "that": 1}


def tokens(text):
    out = []
    for w in text.lower().split():
        w = w.strip(".,")
        if w and w not in STOP:
            out.append(w)
    return out


index = {}
for doc_id, text in enumerate(docs):
    for pos, w in enumerate(tokens(text)):
        index.setdefault(w, {}).setdefault(doc_id, []).append(pos)

print(len(index), sorted(index)[:8])
print(index["objects"], index["memory"])


def query_and(*words):
    result = None
    for w in words:
        ids = sorted(index.get(w, {}))
        result = ids if result is None else [d for d in result if d in ids]
    return result or []


def query_or(*words):
    seen = {}
    for w in words:
        for d in index.get(w, {}):
            seen[d] = True
    return sorted(seen)


print(query_and("reference", "counting"), query_and("objects", "collector"))
print(query_or("nursery", "cycles", "zzz"), query_and("zzz"))


def phrase(a, b):
    hits = []
    for d, positions in index.get(a, {}).items():
        nxt = index.get(b, {}).get(d, [])
        for p in positions:
            if p + 1 in nxt:
                hits.append(d)
                break
    return sorted(hits)


print(phrase("reference", "counting"), phrase("tracing", "collector"), phrase("collector", "tracing"))


def ranked(words):
    scores = {}
    for w in words:
        postings = index.get(w, {})
        if not postings:
            continue
        weight = 100 // len(postings)
        for d, pos in postings.items():
            scores[d] = scores.get(d, 0) + weight * len(pos)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


print(ranked(["memory", "collector", "reachable"]))
freq = sorted([(sum([len(p) for p in index[w].values()]), w) for w in index], reverse=True)
print(freq[:5])

# rebuild the index many times from generated text and drop it
vocab = ["alloc", "free", "mark", "sweep", "root", "heap", "page", "arena", "cell", "card"]
x = 3
sizes = []
for r in range(10):
    idx = {}
    for d in range(30):
        words = []
        for k in range(12):
            x = (x * 1103515245 + 12345) % 2147483648
            words.append(vocab[(x >> 16) % len(vocab)])
        for p, w in enumerate(words):
            idx.setdefault(w, {}).setdefault(d, []).append(p)
    sizes.append(sum([len(v) for v in idx.values()]))
    idx = None
print(sizes)
