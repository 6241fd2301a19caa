# GC workload: a trie of words with insert, lookup, prefix listing, deletion with pruning
class TrieNode:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word):
        node = self.root
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = TrieNode()
                node.children[ch] = nxt
            node = nxt
        node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def find(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self.find(word)
        return n is not None and n.terminal

    def with_prefix(self, prefix):
        start = self.find(prefix)
        out = []
        if start is None:
            return out

        def walk(node, path):
            if node.terminal:
                out.append(path)
            for ch in sorted(node.children):
                walk(node.children[ch], path + ch)
        walk(start, prefix)
        return out

    def delete(self, word):
        def rec(node, i):
            if i == len(word):
                if not node.terminal:
                    return False
                node.terminal = False
                node.count = 0
                self.size -= 1
                return len(node.children) == 0
            ch = word[i]
            child = node.children.get(ch)
            if child is None:
                return False
            if rec(child, i + 1):
                del node.children[ch]
                return not node.terminal and len(node.children) == 0
            return False
        rec(self.root, 0)

    def node_count(self):
        total = 0
        stack = [self.root]
        while stack:
            n = stack.pop()
            total += 1
            stack.extend(n.children.values())
        return total


text = """the quick brown fox jumps over the lazy dog then the dog
sleeps and the fox thinks there is theory in their thorough thesis
a trie tries to tree the trees truly"""
t = Trie()
for w in text.split():
    t.insert(w)
print(t.size, t.node_count())
print("the" in t, "th" in t, "thesis" in t, "zebra" in t)
print(t.find("the").count, t.find("dog").count)
print(t.with_prefix("th"))
print(t.with_prefix("tr"), t.with_prefix("x"))
for w in ["the", "there", "trie", "nothere"]:
    t.delete(w)
print(t.size, t.node_count(), "the" in t, "then" in t, "their" in t)
print(t.with_prefix("t"))

# generate many pseudo-random words, build tries, drop them
seed = 1
sizes = []
for r in range(6):
    tr = Trie()
    for i in range(150):
        seed = (seed * 214013 + 2531011) % 4294967296
        n = 3 + (seed >> 16) % 5
        w = ""
        s = seed
        for k in range(n):
            w += "abcde"[s % 5]
            s //= 5
        tr.insert(w)
    sizes.append((tr.size, tr.node_count(), len(tr.with_prefix("ab"))))
    tr = None
print(sizes)
