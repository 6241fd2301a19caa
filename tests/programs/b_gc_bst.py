# GC workload: binary search tree with insert, delete, traversal; trees built and dropped
class T:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return T(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def delete(root, key):
    if root is None:
        return None
    if key < root.key:
        root.left = delete(root.left, key)
    elif key > root.key:
        root.right = delete(root.right, key)
    else:
        if root.left is None:
            return root.right
        if root.right is None:
            return root.left
        m = root.right
        while m.left is not None:
            m = m.left
        root.key = m.key
        root.right = delete(root.right, m.key)
    return root


def inorder(root, out):
    if root is not None:
        inorder(root.left, out)
        out.append(root.key)
        inorder(root.right, out)
    return out


def height(root):
    return 0 if root is None else 1 + max(height(root.left), height(root.right))


x = 99
root = None
for i in range(300):
    x = (x * 37 + 11) % 1009
    root = insert(root, x)
keys = inorder(root, [])
print(len(keys), keys[:6], keys[-3:], keys == sorted(keys), height(root))
for k in keys[::3]:
    root = delete(root, k)
left = inorder(root, [])
print(len(left), left[:6], sum(left), height(root))
total = 0
for r in range(20):
    t = None
    for k in range(r, r + 40):
        t = insert(t, (k * 17) % 41)
    total += sum(inorder(t, [])) + height(t)
    t = None
print("rounds", total)
