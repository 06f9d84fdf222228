# Huffman compression: build the tree, derive canonical codes, encode/decode, and pack bits.

class Node:
    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right, self.order = weight, symbol, left, right, order
    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Node(w, s, order=i) for i, (s, w) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    if len(nodes) == 1:
        return Node(nodes[0].weight, left=nodes[0], order=order), freq
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, left=a, right=b, order=order))
        order += 1
    return nodes[0], freq

def code_lengths(node, depth=0, out=None):
    out = {} if out is None else out
    if node.symbol is not None:
        out[node.symbol] = max(depth, 1)
    else:
        for child in (node.left, node.right):
            if child is not None:
                code_lengths(child, depth + 1, out)
    return out

def canonical(lengths):
    code, prev_len, codes = 0, 0, {}
    for sym, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev_len
        codes[sym] = format(code, f"0{length}b")
        code += 1
        prev_len = length
    return codes

def encode(text, codes):
    return "".join(codes[ch] for ch in text)

def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"trailing bits {cur!r}")
    return "".join(out)

def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding

def unpack(data, padding):
    bits = "".join(format(b, "08b") for b in data)
    return bits[:len(bits) - padding] if padding else bits

samples = ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog",
           "ünïcödé ✓ 😀😀"]
for text in samples:
    tree, freq = build_tree(text)
    codes = canonical(code_lengths(tree))
    bits = encode(text, codes)
    data, padding = pack(bits)
    restored = decode(unpack(data, padding), codes)
    ratio = len(data) / len(text.encode("utf-8"))
    print(f"{text[:20]!r:24} symbols={len(freq):2} bits={len(bits):3} bytes={len(data):2} "
          f"ratio={ratio:.3f} ok={restored == text}")
tree, _ = build_tree("abracadabra")
codes = canonical(code_lengths(tree))
print(sorted(codes.items()), encode("abra", codes))
print(pack("1010101011"), unpack(b"\xaa\xc0", 6))
try:
    decode("0111", {"a": "00", "b": "01"})
except ValueError as e:
    print("ValueError:", e)
# Kraft inequality holds with equality for a full Huffman code.
lengths = code_lengths(build_tree("the quick brown fox jumps over the lazy dog")[0])
print(sum(2 ** -l for l in lengths.values()))
