# Text statistics: word frequencies, n-grams, line statistics, and a simple index.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only."""

def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in text)
    return cleaned.split()

ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))

freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top:", top)
print("hapax legomena:", sum(1 for c in freq.values() if c == 1))

longest = sorted(set(ws), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
by_first = {}
for w in sorted(set(ws)):
    by_first.setdefault(w[0], []).append(w)
print("letters:", "".join(sorted(by_first)), "| w-words:", by_first["w"])

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

lines = TEXT.splitlines()
print("lines:", len(lines), "| chars per line:", [len(l) for l in lines])
print("average word length: %.3f" % (sum(map(len, ws)) / len(ws)))

index = {}
for lineno, line in enumerate(lines, 1):
    for w in words(line):
        index.setdefault(w, [])
        if lineno not in index[w]:
            index[w].append(lineno)
for w in ["times", "season", "we", "period", "missing"]:
    print(f"{w:>8}: {index.get(w, [])}")

# Histogram of word lengths.
lengths = {}
for w in ws:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for n in sorted(lengths):
    print(f"{n:2} {'#' * lengths[n]} {lengths[n]}")

# Capitalisation and title-case transformations.
sentence = lines[0].split(",")[0]
print(sentence.upper(), "|", sentence.title(), "|", sentence.swapcase(), "|", sentence[::-1])
print(" ".join(w[::-1] for w in sentence.split()), "|", "-".join(w.capitalize() for w in sentence.split()))
vowels = sum(ch in "aeiou" for ch in TEXT.lower())
print("vowels:", vowels, "consonants:", sum(ch.isalpha() for ch in TEXT) - vowels)
