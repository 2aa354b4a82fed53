"""Speed of story assignment: median time to add one article to an index of N articles.

Synthetic articles' features are made the way :func:`storyline.cluster.stories.features_of`
makes them (term weights ``1 + log tf``, top terms, L2 norm, keys = strongest terms and
entities), without any text: each article belongs to a synthetic story (story sizes are
geometric, mean 5) with its own names and words, plus background words drawn from a
Zipf distribution over a 30,000-word vocabulary whose 400 most frequent words stand for the
stop words that the real tokeniser removes.

Two ways to spread publication dates, printed one after the other:
``stream``  a constant rate (274 articles a day, so 100k articles span one year): what a
            news feed looks like. The work of one assignment depends on the articles in the
            time window, not on the size of the store.
``dense``   the same year whatever N is, so a larger store is also a denser window (the
            hard case: the work grows with the density of the window).

Prints, at 10k, 30k and 100k articles in the index, the median and 95th percentile of the
time to assign one new article, and the mean number of candidates compared.

``--real`` builds instead stores of real-page-like articles (sizes from ``--real-sizes``,
1k, 10k and 50k by default): the texts of the pages of ``../shared/datasets`` (cleaned
once, cached in ``/tmp``), each article one page with its paragraphs shuffled, one in
five dropped and one paragraph of another page added, an outlet out of 300 and a
publication date at 274 articles a day (about one in six undated). By default
(``--real-mode events``) each round of the pages is new events: the less common words of
a page are respelled for each round (:class:`RealGenerator`); ``--real-mode pages`` reads
the pages as they are, again and again, so every new article has as many near-copies as
the store has rounds. Each article goes through story features, :meth:`StoryIndex.add`
and :meth:`DuplicateIndex.add`, as the ingest run adds it; at each size ``--new`` (10)
articles, of the same pages at every size, are added and the CPU time per article
(``time.process_time``: this process only, whatever else runs on the machine) is printed
for both, with the build time of the store, the mean story candidates scored and the
peak memory (RSS) of the process so far; the last lines compare the largest size with the
smallest (target: at most 1.5 times) and give the build time and the peak memory against
their targets (50k in under 30 minutes of CPU, under 1 GB). As in an ingest run, the
duplicate index reads the texts of its candidates back by id (from a temporary SQLite file
here, from the store there) rather than holding every text in memory. Use ``--new 50`` or
more: a collection of the garbage collector over a large heap costs some 100 ms, and with
10 timed articles one such pause can double a size's figure.

``--store`` does the same through a SQLite store and the pipeline's stages: a first run
stores the articles, a second run (a new process: a new store object) adds the new ones,
a third adds as many in the same process (as ``storyline watch`` cycles do); their CPU
per article includes what every run pays once (the second: the story index rebuilt from
the stored features and the duplicate index from the stored signatures; the third: the
indexes the second left taken up; both: the stories they touched saved).

The smallest size is measured ``--repeat`` times (5 by default; its store built again from
nothing for each, the same articles) and the run of the median total printed and compared,
with the totals of all the runs: one run of the 1k store moved the ratio by 0.2. The table also
prints, per new article, the texts the duplicate index read back (its candidates compared on
their texts) and the pairs it found: what the duplicates' CPU follows.

What grows in duplicate linking, counted (the 100 timed adds of ``--real --new 100`` on the
stores of its builder at 1k / 10k / 50k; a count, so the same on a loaded machine): LSH
candidates 0.96 / 10.2 / 67 an article, in the window 0.96 / 8.7 / 29.7 (of those, about 0.25 /
2.3 / 21 with an undated article on either side, which no window limits); texts read back
and compared 0.18 / 1.01 / 1.59, of which pairs 0.13 / 0.60 / 1.10; the index's sorted band
arrays merged 0 times during the adds (every 2,048 articles: none fell among them); rows read
from SQLite = texts read. Split by CPU (the same adds, one process, four runs on a loaded
machine): the new article's signature 1.1 to 1.4 ms at every size; the texts read (fetch,
cut, compare) 0.2 to 0.3 ms an article at 1k, 1.9 to 2.7 at 50k; the LSH look-up, window,
estimates and the rest 0.15 ms at 1k, 0.45 to 0.55 at 50k. So the growth is
the candidates read, and they are the data: the 1k store is the first 3.6 days of a feed
whose duplicate window is 14 days, so a new article has had few reports of its event yet
(dated candidates in the window 0.67 / 6.3 / 8.7), and an undated article is compared with
every article of any date (17 % of the store), a count that grows with the store for good.
Neither can be cut without changing the pairs. Of the part that is the index's own, the
candidates' estimates and the containment bound are now made at once (numpy) instead of one
Python step each (28 one-pair containment tests an article at 50k, none now), and the band
look-up searches the end of a key's run only for the keys found (the same candidates, the
same pairs: 13 / 60 / 110 pairs of the timed adds, and the 52,647 pairs of building the
50k store with its timed adds, equal field by field). A cost the index's own does not
remove: the estimates still stack the candidates' signatures one Python step each (0.08
against 0.10 ms an article at 50k, warm).

This code (the duplicates' estimates at once), ``--real --new 100``, three runs on a machine
shared with other jobs (load average 3 to 5, then 1.2 to 2.9 on the two cores): x1.48 (the
first, 1k as the median of each figure: 5.47 ms, its runs' totals 4.61 to 6.19; 50k 8.07;
dedup x2.25), x1.89 (1k the run of median total 4.89, of 3.87 to 5.76; 50k 9.24; dedup x2.95)
and x1.64 (the quieter: 1k 5.55 of 4.13 to 5.72; 50k 9.11, stories 4.44, dedup 4.68; dedup
x2.60); building 50k 324 to 348 s of CPU, peak RSS 963 to 967 MB. On such a machine the 50k
row, measured once, moves by a seventh too, so the target is neither met nor missed by these
runs; the counts do not move: texts read 0.18 / 1.01 / 1.59 an article, pairs 0.13 / 0.60 /
1.10.

Duplicate groups (the same 100 timed adds, on the builder's stores; counts): a new article at
50k is linked to 0.57 groups (0.10 at 1k) through 1.10 pairs (0.13): half its pairs joined it
to a group it was already linked to in that add. Of its 1.59 texts read (0.18 at 1k), 0.56
were of such a group (0.03 at 1k). Split: dated new articles read 1.43 (0.14 at 1k), undated
ones 2.26 (0.33); of the reads at 50k, 45 of 159 paired an undated article with one generated
more than 14 days from it. The index of the ingest run (``DuplicateIndex(every_pair=False)``,
used here too) no longer reads a candidate of a group the new article is already a copy in
when the candidate was surely published first: 1.27 texts read an article at 50k, 0.15 at
1k; pairs 0.80 / 0.10, the groups linked the same (0.57 / 0.10); building the 50k store
records 44,858 pairs instead of 52,647, with the same 8,965 groups (the largest 220), the same
copies and the same canonical articles. What still grows is the data: groups to link and
candidates that the texts reject (0.47 an article at 50k, 0.05 at 1k). Weighed and left out:
stopping after K groups linked (after the skip: 0.94 texts for K = 1, 1.01 for K = 2, and it
can split a group a new article joins); giving an undated article a window by ingest time
(1.14 alone, 0.69 with the skip, but it drops pairs: 24 of the 110 of the timed adds).
One run of this code (``--real --new 100``; load average 0.5 at the start, 2 to 3 during it):
stories 3.84 / 3.39 / 4.42 ms an article at 1k / 10k / 50k, duplicates 1.86 / 3.48 / 4.32
(1k the run of median total, 5.70 of 4.94 to 6.14), so x1.53 (stories x1.15, dedup x2.33;
target 1.5: not met by this run); texts read 0.15 / 0.89 / 1.27, pairs 0.10 / 0.48 / 0.80;
building 50k 349 s of CPU, peak RSS 960 MB. A second run right after it (load average 2 to
2.5): stories 3.91 / 3.34 / 4.80, duplicates 1.88 / 3.42 / 4.71 (1k 5.79 of 4.78 to 6.23), x1.64
(stories x1.23, dedup x2.50); 347 s, 974 MB. The counts are those of the first, and the 50k
row moves by a tenth between two runs on a shared machine: the texts read fell by a fifth,
and the duplicates' CPU at 50k is still about 2.3 to 2.5 times that at 1k.
Then a candidate of a group the new article is already linked to is also left out when the
pair could only repeat a copy (the candidate a copy already and surely later, or both copies
already), and the sentence overlap counts shared words by a flag table: at 50k texts read
1.08 a new article instead of 1.27 and pairs 0.62 instead of 0.80 (0.15 / 0.10 at 1k, 0.83 /
0.42 at 10k), the same groups, copies and canonical articles (the 100 timed adds on one
pickled 50k store; a whole 10k build: 6,386 pairs instead of 8,658, none new, the same 1,942
groups); a compared pair's texts cost 1.34 ms instead of 1.53. One run (``--real --new 100``,
load average about 4 throughout): stories 3.06 / 3.66 / 4.54, duplicates 3.35 / 3.58 / 4.01
(1k the run of median total, 6.41 of 4.91 to 7.12: its duplicates' figure is twice a quiet
run's 1.86), so x1.33 (stories x1.48, dedup x1.20), a ratio the noisy 1k row makes; 50k
alone: duplicates 4.01 against 4.32 and 4.71 of the two runs above; building 50k 365 s,
peak RSS 967 MB. With ``--new 10`` (the default), this code and main's one after the other
(load 2.5 to 7): duplicates at 50k 4.10 against 4.82, texts read 1.30 against 1.50, pairs
1.00 against 1.20; both 1k rows took the median of runs of which three had stories at 13 to
17 ms an article (5.3 to 5.9 in the others), so neither ratio (x0.60, x0.54) says anything.
Then the texts read and compared were made cheaper, the same pairs field by field (the
``_pair`` of every text read by the 100 timed adds at 1k, 10k and 50k, either way round, equal
in all fields; the timed adds' pairs and stories equal): a sentence-end pattern that opens with
one character class (the engine skips to end marks and newlines; the same matches, three times
as fast: a cut text's sentences 0.21 -> 0.12 ms), a text's word offsets as one running sum, its
words by sentence sorted by word then by sentence as small integers (radix) instead of a
two-key lexsort, many slices read by one shifted range, the longest run's matches chained by
one stable sort and the end of a shingle's matches in the other text searched only for the
shingles that text has (0.30 -> 0.23 ms a pair), and the candidates' signatures compared from
one concatenation (numpy's stack costs a Python step per array: 0.13 -> 0.09 ms an article at
50k). Measured on one pickled store of each size (this builder's 1k and 50k, before their timed
adds), each of the 100 probes' adds replayed seven times without inserting it (the index
unchanged, the cached analyses cleared) and its least CPU kept, main's code and this one one
after the other (load average about four): duplicates 2.23 / 2.22 ms an article at 1k (main /
this), 4.59 / 3.59 at 50k, so x2.06 / x1.62 at 50k; split at 50k, the texts read and compared
2.11 / 1.49 (0.26 / 0.24 at 1k), the LSH look-up, window and estimates 0.43 / 0.34 (0.11 /
0.10), the new article's signature 2.05 / 1.77 (1.86 / 1.88 at 1k: the same code, so the noise
that is left); 1.08 texts read and 0.62 pairs an article at 50k, 0.15 and 0.10 at 1k, with
both. The full command, this code and main's run beside each other (``--real --new 100``, load
average four to five on the two cores): this code stories 4.21 / 6.86 / 7.47, duplicates 2.98 /
6.29 / 5.94, x1.86 (stories x1.77, dedup x1.99; 1k the run of median total, 7.19 of 6.61 to
8.59), building 50k 550 s, peak RSS 847 MB; main's stories 4.36 / 5.00 / 7.77, duplicates 3.15
/ 4.96 / 7.16, x1.99 (stories x1.78, dedup x2.28; 7.50 of 6.61 to 7.79), 568 s, 842 MB; the
counts the same in both (story candidates 2.2 / 9.4 / 20.6, texts read 0.15 / 0.83 / 1.08,
pairs 0.10 / 0.42 / 0.62). The stories' code is the same in both and its 50k row is nearly
twice a quiet run's: on this machine the ratio says less than the replay. Building 3,000
articles with either code gives the same 1,837 pairs (every field) and the same 688 stories.
Counted and left out: an LRU cache of the candidates' analyses (the 100 probes read 108 texts
at 50k, 108 distinct articles, 82 of 83 at 10k: no probe reads what another read, so a cache
saves no read here; the index keeps its eight most recent analyses as before); an exact
pre-test for the rewrite candidates (word similarity over 0.35), 32 of the 46 texts read and
rejected at 50k (the other 14 are copy candidates that the stored bitmap cannot rule out):
nothing stored bounds a sentence overlap, and a bound on the texts (the share of a sentence's
words found in the other text) would skip the overlap of 10 of 33 such candidates at 10k, after
the cut, which costs as much as the overlap; numpy's unique replaced by one sort (no faster on
780 words); the words cut by an ASCII class on ASCII texts (35 of the 108 texts read at 50k;
0.03 ms a text). What is left at 50k, a text read 1.6 ms under load (cut 0.3 to 0.5, the
overlap 0.4, the longest run 0.23 a pair, the sentences 0.12, sentence words 0.14), is the
data: 1.08 texts read a new article (0.15 at 1k), 0.62 of them pairs. This code alone
afterwards (the same command, load average 0.7 to 2): stories 4.09 / 4.32 / 5.70, duplicates
2.71 / 4.04 / 4.56 ms an article at 1k / 10k / 50k, x1.51 (stories x1.39, dedup x1.69; target
1.5: not met by this run; 1k the run of median total, 6.79 of 5.56 to 8.81, against 5.30 of a
quiet run of the code before); building 50k 470 s of CPU, peak RSS 847 MB.
Then the story candidates' postings were joined more cheaply, the same candidates and edges
(the same sums in the same order). What grows in the stories, counted (the 100 timed probes on
one pickled store of each size, this builder's 1k and 50k before their timed adds): at 50k the
story window (123 days either side) covers the whole store (182 days), so a new article reads
87,000 term postings (2,000 at 1k), 29,000 of its entities' slots (600) and its keys'; 4,238
nodes share three keys with it (104 at 1k), 257 of them reach the term-cosine cut (7.7) and 26.8
are scored (2.1). ``_candidates`` cost 0.18 ms an article at 1k and 1.8 at 50k, of which 1.1
the term postings and 0.57 of those their joining: appended to a growing ``array``, which
over-allocates by a sixteenth, so a long window was reallocated and copied many times over.
They are now joined by one ``bytes.join`` for the ids and one for the weights (sized first, one
copy per posting), the bucket keys of the day looked up once for all the terms: 0.30 ms instead
of 0.57. ``_candidates`` on the pickled 50k store (no insert, three passes over the 100 probes,
both codes one after the other, load average five to six): 1.39 / 1.42 ms an article against
1.77 / 1.82 (1k: 0.17 to 0.20 against 0.17 to 0.26, the same within the noise). What is left of
the term postings at 50k is the window's products: collecting the postings 0.22 ms, copying
them 0.20, the query weights repeated 0.11 and multiplied 0.09, the sums per node (``bincount``,
which casts both arrays) 0.41; no bound skips a posting without reading it (see the bounds left
out below). The 100 timed adds replayed on the pickled stores, three runs of each code in turn
(load average five to six and a half, two full runs of this benchmark beside): stories at 50k
7.99 / 8.98 / 7.38 ms an article with the code before, 7.00 / 6.67 / 7.28 with this one; at 1k
3.95 / 3.66 / 4.64 and 3.44 / 5.17 / 3.75 (duplicates, the same code: 6.33 / 7.22 / 5.87 and
5.98 / 5.51 / 6.14 at 50k). The same results: in all six runs of each size the pairs (10 at 1k,
81 at 50k) equal field by field, the probes' stories (87 / 56) and the stores' story counts
(413 / 6,979) equal, 328 / 2,810 story candidates; building 3,000 articles with either code
gives the same 1,837 pairs (every field), 688 stories and 15,423 logged edges with the same
scores. Left out: a two-level search of the duplicate index's sorted band keys (every 64th key
sampled, then one block read at once): numpy's binary search of the 3.2 million keys at 50k
costs 0.035 ms for an article's 57 band keys, the two-level one 0.06.
The full command (``--real --new 100``), the code before and this one started a few minutes
apart and run beside each other (load average five to nine on the two cores, other jobs
running): the code before stories 4.12 / 6.55 / 6.70, duplicates 2.97 / 6.24 / 5.85 ms an article
at 1k / 10k / 50k, x1.77 (stories x1.63, dedup x1.97; 1k the run of median total, 7.09 of 6.02 to
7.61), building 50k 541 s of CPU, peak RSS 842 MB; this code stories 4.67 / 5.51 / 5.93,
duplicates 3.28 / 5.19 / 5.00, x1.37 (stories x1.27, dedup x1.52; 7.96 of 6.65 to 8.81), 519 s,
853 MB; the counts the same in both (story candidates 2.2 / 9.4 / 20.6, texts read 0.15 / 0.83 /
1.08, pairs 0.10 / 0.42 / 0.62). The duplicates' code is the same in both, and their 50k rows
differ by 0.85 ms, the 1k rows by 0.3 to 0.9: on such a machine this ratio (met by this run) says
less than the replays above; the stories' 50k row fell by 0.77 ms, about what the joins save.
The same code then run alone (load average about one at its start): stories 3.23 / 4.62 / 5.41,
duplicates 2.18 / 4.25 / 4.48 ms an article, x1.83 (stories x1.67, dedup x2.06; 1k the run of
median total, 5.41 of 5.33 to 6.23), building 50k 441 s of CPU, peak RSS 852 MB, the same
counts: the target is not met by that run. From run to run of one code the ratio has moved
between x1.37 and x1.83, more than any change here moved it.

Latest, two runs on an idle machine (``--real --new 100 --fresh``, events, nothing else running;
CPU ms per new article at 1k / 10k / 50k). The second: stories 2.90 / 3.84 / 3.86, duplicates
1.94 / 3.75 / 4.08, so x1.64 at 50k (stories x1.33, dedup x2.10; target 1.5: not met); building
50k 402 s of CPU, peak RSS 967 MB; ``--fresh``: x1.31. The first: stories 3.57 / 2.88 / 3.81,
duplicates 1.88 / 2.66 / 4.02, so x1.44 (stories x1.07, dedup x2.14); building 50k 317 s;
``--fresh``: stories 2.53 / 3.23 / 3.46, duplicates 1.55 / 2.05 / 2.02, x1.34. Both cost the same
at 50k (7.83 and 7.94 ms an article) and differ at 1k (5.45 and 4.84): the ratio moves with
the small 1k figure, and duplicate linking is what grows. The first run also
cleaned the pages (no cache yet) in its own process, and printed a peak RSS of 1,153 MB; the
same command with the cache, while four other jobs shared the two cores, printed 941 MB at 50k
(177 MB at 1k) and x1.82 (stories 2.91 / 3.94 / 4.21, duplicates 2.00 / 4.30 / 4.75): the
ratios of a loaded machine are not those of a quiet one. The pages are now cleaned in a child
process, so the peak RSS printed is that of the indexes whether or not the cache exists.
The run before, on a loaded machine (the same command):
stories 3.30 / 4.24 / 5.34, duplicates 2.47 / 4.25 / 6.18, so x2.00 at 50k (stories x1.62,
dedup x2.50; target 1.5: not met); building 50k 441 s of CPU, peak RSS 975 MB; ``--fresh``:
stories 3.21 / 4.20 / 5.16, duplicates 2.13 / 2.93 / 3.52, x1.63. The code before, run beside
it at the same time (load average four to six on the two cores), printed stories 3.70 / 3.91 /
8.94, duplicates 3.81 / 7.40 / 9.78, x2.49, 815 s, 978 MB; ``--fresh`` 3.39 / 3.74 / 5.17 and
2.24 / 2.50 / 3.38, x1.52 (one run each; the stories' code is the same in both, so their 50k
rows, 5.34 against 8.94, say how noisy one row is on a loaded machine). The change: the
sentence overlap of a compared pair no longer multiplies two word-indicator matrices. A
profile of the 100 timed adds at 50k (the code before, cProfile) put 5.8 s of the
duplicates' 9.0 s in ``_sentence_overlap``, nearly all of it inside the product: numpy hands
a large product to OpenBLAS, which runs it on several threads, and on a loaded machine their
waiting cost about ten times the single-thread CPU time (``process_time`` counts every
thread): on 150 pairs of real-page-like texts, 2.6 to 5.9 ms a pair against 0.24 with one
BLAS thread. The pairs of sentences to compare are now found through the other text's
sentences of each chosen word, and each pair's shared words looked up among the other
text's (sentence, word) entries: 0.27 ms a pair, no threads (the same pairs: a property
test of long texts against the word sets, 1,500 overlaps of real-page-like pairs equal, and
the 5,805 pairs of 6,000 generated articles equal field by field, 16 s of CPU against 48).
The same 100 probes added to one pickled 50k index, one code after the other: duplicates
6.46 ms an article against 10.00 (1.59 candidates compared, 1.10 pairs, with both). What is
left at 50k (a profile of those 100 adds, this code): the sentence overlaps 0.20 s, the
SHA-1 shingle hashes of the new articles' signatures 0.13 s, the cutting of texts 0.12 s,
the rest spread over the reads, containments, runs and passages of 1.59 candidates an
article; the stories' ``_candidates`` 1.3 to 1.7 ms (``_dot`` 0.8 over the window's
postings; ``_ent_dot`` 0.25, the only part that reads postings of all time, not of the
window). Left out: the term cosines of the nodes that share three keys looked up per node
(their terms against the new article's, numpy) instead of reading the window's postings:
at 50k those nodes are 4,437 a probe on average (up to 14,028), so it cost 9.6 ms against
0.8 (the same cosines); the sentence ends found by one split instead of a loop over the
matches (the same sentences on 800 texts; no faster).
The round before (the same command): stories 3.43 / 3.57 / 4.98, duplicates 2.56 / 3.48 /
5.72, so x1.79 at 50k (stories x1.45,
dedup x2.24; target 1.5: not met); building 50k 427 s of CPU, peak RSS 975 MB; ``--fresh``:
stories 4.70 / 3.79 / 4.98, duplicates 2.04 / 2.57 / 3.35, x1.24. The code before, run beside
it at the same time (a machine loaded four to eight times over its two cores), printed
stories 3.36 / 3.61 / 4.77, duplicates 2.55 / 3.70 / 5.83, x1.79, 441 s, 971 MB; ``--fresh``
3.11 / 3.94 / 4.63 and 2.06 / 2.80 / 3.21, x1.51: the same within the noise (one run each).
The changes kept (the same pairs: property tests against numpy's unique and against the
credit check on the text; ``stories_eval.py`` unchanged, ECB+ events 0.940, giveme5w1h + seeds
+ sample 0.921): duplicate linking takes a same-day pair's credit check from the words already
cut (a regular expression over both texts again cost about 0.4 ms a same-day pair, as much
as cutting one: most pairs of a build, few of the timed probes, whose reports are days
apart) and a text's distinct shingle hashes by one sort (numpy 2.4's hash-based unique: 83 us
on 600 shingles against 26); on 1,400 candidates of 1,500 generated articles (both texts
cut each time) a candidate cost 2.5 ms before, 2.0 after (cut 0.62 -> 0.50, compared 1.8 ->
1.4). Those rows also had a story index change, then left out: each term's and key's
postings one array ordered by week-wide time buckets, the window read as one slice (appended
from a view of the array's bytes: slicing an array copies it value by value), so that at
50k (182 days of articles) a search no longer reads the buckets outside its 124-day window.
The same candidates, but ``_candidates`` alone on the real features (100 probes, best of
three, beside the code before) cost 0.224 / 1.068 ms at 10k / 50k against 0.201 / 0.994: the
window is two thirds of the store at 50k and the slice costs more Python per term than the
one or two buckets it replaces. A profile of the 100 timed adds (the code before; cProfile,
so slower than the table) put the candidate search at 0.27 s of 1.97 s at 10k and 1.24 s of
7.1 s at 50k, 0.68 s of it the reads of ``_dot``; the duplicates' pairs
(``_sentence_overlap``) 0.15 and 0.62 s; the new article's features (``_terms``,
``fallback_entities``, ``text_dates``) and signature (``sha1_hash32``) as much at every
size. (The story candidates counted differ by a few between processes, with either code:
entities are posted by the slot of Python's salted string hash, a bound only.)
Before that (the previous round; CPU ms at 1k / 10k / 50k): stories 3.22 / 3.61 / 4.56,
duplicates 2.33 / 3.75 / 5.36, x1.79; ``--fresh`` x1.46; 422 s, 964 MB. Its one change: the
story filter reads the term cosines of the nodes sharing enough keys only. Tried and left
out then: leaving the longest postings of the window unread where a Cauchy-Schwarz bound
(the largest stored norm, each term's largest weight) shows that their terms cannot bring a
node to the cosine cut, the nodes that pass then looked up in them by binary search (the
same candidates; 2.77 ms a search against 1.33 at 50k: with a bound loose enough to skip
common words, most nodes of the window pass it and are looked up); the two longest key
postings left unread the same way (the same result). The garbage collector was ruled out
(0.09 / 0.18 / 0.17 ms an article of the timed adds, no full collection among them).
Duplicates then (the headline's probes, counted): 0.96 / 9.3 / 70 LSH candidates an
article, 0.96 / 7.9 / 25 in the window, 0.18 / 0.87 / 1.64 read and compared (0.13 / 0.58 /
1.10 pairs): the new article's other reports within the window, which is the data.

What dominates (``--real --new 100``, events; CPU ms per new article at 1k / 10k / 50k):
stories 3.53 / 3.73 / 4.68, duplicates 2.68 / 4.28 / 5.59, so x1.66 at 50k (stories x1.33,
dedup x2.09; target 1.5: not met); building 50k 425 s of CPU, peak RSS 962 MB. The code before
the change below, run beside it at the same time on a loaded machine, printed stories 3.45 /
4.12 / 4.61, duplicates 2.65 / 9.58 / 5.51, x1.66, 431 s, 964 MB: the same at 50k. The change
(the same pairs: a property test against the sets of strings for each replaced algorithm, and
the 8,324 pairs of 10,500 generated articles equal field by field): a candidate read back is
cut into words, sentences and hashes, never into sets of strings; containment and the longest
shared run are computed on hashes of the shingles made of the words' hashes, the sentence
overlap as one product of two word-indicator matrices, the sentences at once. At 10k (a
profile of the 100 timed adds, by function) it cut the cost of a candidate read and compared
from about 2.6 ms to about 1.6 ms (cutting a text 0.64 to 0.28 ms, the sentence overlap 1.38 to
1.0 ms), but not the ratio at 50k. A profile of the 100 timed adds at 50k (this code)
puts the duplicates' 5.7 ms in: 1.5 candidates an article read and compared (the new
article's other reports within the window: 1.1 of them pairs), each read back 0.14 ms, cut
0.4 ms, compared 0.8 ms and its passage found 0.2 ms; the new article's signature 1.5 ms (as at 1k); the LSH look-up 0.2 ms
(0.06 at 1k). The stories' 5.0 ms: features 2.8 (as at 1k), the candidates 1.4 (the postings
of the 108-day window read with numpy 0.8: 1.0k articles in the window at 1k, 30k at 50k),
19 pairs scored 0.4, the join 0.3. A bounded cache of the cut texts of recent articles was
left out: the 14-day window holds 3,800 articles (about 100 MB cut even in a compact form, by estimate, with 60 MB of head room
under 1 GB at 50k), a smaller cache holds all of a 1k store and a fraction of the window at
50k, so it cheapens the small store more than the large one.
``--fresh`` prints apart the same probes told as new events (no near-copy in the store):
stories 3.25 / 3.44 / 5.07, duplicates 2.09 / 2.25 / 3.59, x1.62 (stories x1.56, dedup x1.72):
the store's growth alone (the window's postings, and same-kind reports of the window that
pass the signatures) is over 1.5 before the data's duplicates; the headline of that run
(whose stores hold those articles too) printed x1.96: 3.27 / 3.48 / 5.03 and 2.42 / 3.20 /
6.14, 379 s, 971 MB (the 50k row of one run varies by a fifth on this loaded machine).
Earlier (``--real --new 50``, events; CPU ms per new article at 1k / 10k / 50k):
stories 3.03 / 3.19 / 4.30, duplicates 2.15 / 3.21 / 4.05, so x1.61 at 50k (target 1.5: not
met); building 50k 382 s of CPU, peak RSS 961 MB. The code before the three changes below,
run beside it on the same machine at the same time, printed stories 2.99 / 4.08 / 4.84,
duplicates 1.79 / 3.94 / 5.11, x2.09, 460 s, 950 MB (the 1k row is the noisiest: that code
gave 4.30 ms in all at 1k on a quieter machine). The changes, each giving the same pairs and
stories: the duplicate candidates that can only be copies are ruled out by a shingle bitmap
stored with the signature (a bound on the containment) instead of reading and cutting their
texts (at 10k, 56 of the 98 candidates read and rejected were such pairs, mostly a short
text against a long page, where the Jaccard bound of the signatures says nothing); the
longest shared run is found on the shingles' hashes with numpy; and the story index joins
its postings as standard-library arrays before numpy, not a numpy view per posting and
bucket (a story insert at 20k: 1.42 ms against 1.95). What is left at 50k is the data: 26
story edges an article (same-kind pages of other rounds, each scored) and the postings of
the 108-day window read with numpy; and the duplicates that are real (the probe's event
reported again within the window), each read, cut, compared and its passage found. Before
those changes: stories 2.74 / 3.20 / 4.53, duplicates 1.56 / 2.83 / 4.72, so x2.15 at 50k;
building 50k 441 s of CPU, peak RSS 947 MB.
Duplicates were 2.03 / 4.24 / 7.52 (x2.41
in all) before a dated article was checked only against the dated articles within
``dedup_window_days`` (14) of it, and texts were cut into words, sentences and runs without
a Python step per word. What is left of the duplicates' growth is the checks of the same
round's articles: a round of the pages is 3,728 events over 27 days, so a 1k store holds an
eighth of one round and a new article has 0.18 candidates to read, while at 20k it has 1.9
(its event's other reports and other pages of its dataset event, within the window), each
read, cut and compared (about 1.3 ms). Stories: the postings of the time window read
with numpy (``_dot``) and the edges (37.8 candidates an article at 50k, 2.6 at 1k); about
2 ms of the stories' cost is the features of the new article, the same at every size. It was x2.53, 5.63 / 7.24 / 14.28 ms in all, before the story index read its postings
from buckets one window wide and duplicate linking estimated its candidates at once and
cut texts into words and shingles in C-speed loops (x2.13 with those changes alone, at a
story threshold of 0.3; the threshold of 0.25 adds story candidates: 37.7 an article at
50k); building 50k 531 s of CPU (target 1800 s: met) on a machine shared with other work,
peak RSS 950 MB with the texts read back from a file (target 1 GB: met; 1252 MB when the
index kept every text). A profile of
the 50 timed adds at 50k (before those changes) put most of the duplicates' time in the
texts of the candidates that pass the signatures (about three an article at 50k, 0.2 at
1k: the article's earlier rounds, most of them rewrites by the classifier's cuts), each
read, cut and compared (``_analysis``, ``_sentence_overlap``, ``_longest_run``), and in
the signature estimates of its LSH candidates (140 an article at 50k); and most of the
stories' time in reading nine time buckets per term and key (``_dot``, ``_buckets``).
A story insert no longer scores every candidate in Python:
the pair score is bounded over the postings with numpy first (it scored 1,000 pairs an
insert on the watch benchmark's texts), so what grows is the work of the time window (at
274 articles a day, the 108-day window holds 1k articles at 1k, 30k at 50k): the postings
of the new article's common words read with numpy, and the pairs that do make edges (3.2
an article at 1k, 12.4 at 50k: in later rounds a page comes back as a new event of the same
kind, in the same sentence frames), which is the data, not the index. About 1.2 ms of the
stories' cost is the features of the new article, the same at every size. The duplicates'
growth is that of their candidates (the rounds' same-kind pages share shingles).
``--store`` (1k / 10k, ms per article of a run of 10): in a new process, stories 40 / 398
(the index restored from the stored features and edges; scoring it again from the
features, the ``rebuild`` column, takes 0.6 s / 8.5 s: it was 46 / 925 when a new process
did that) and duplicates 7 / 30; in the same process (the indexes kept), stories 14 / 62
and duplicates 4.1 / 2.7, on a machine shared with other work. What is left
in the same process is the saving of the touched stories, which costs their size: at 10k
the events generator makes one story of 3,798 articles (same-kind pages chained), and
each run that touches it computes and writes its label and every membership again.

    .venv/bin/python benchmarks/story_assign.py [--probes 300] [--sizes 10000,30000,100000]
    .venv/bin/python benchmarks/story_assign.py --real [--real-sizes 1000,10000,50000] [--real-mode events|pages]
    .venv/bin/python benchmarks/story_assign.py --real --store [--real-sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import random
import re
import resource
import statistics
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from storyline.cluster.stories import (
    KEY_TERMS,
    MAX_ENTITY_KEYS,
    TOP_TERMS,
    ArticleFeatures,
    StoryIndex,
    _l2,
    _top,
    features_of,
)

DAY0 = 738_000  # a proleptic ordinal (2021-07-31); only differences matter
SPAN_DAYS = 365
VOCAB = 30_000
STOP_HEAD = 400
# A story's own words are the strongest of its articles, as in real news: same-story pairs
# of the datasets agree on 0.3-0.6 of their term vectors (an edge needs min_term_cos = 0.28
# when both sides have entities), and so do these: median 0.37, 83% of same-story pairs
# have an edge. (With 1-4 counts among 120 background words they agreed on 0.12-0.2, and
# had edges through their names only, which the clustering no longer allows.)
STORY_TF = (3, 8)
BACKGROUND_WORDS = 40


class Generator:
    def __init__(self, seed: int = 7, mode: str = "stream"):
        self.rnd = random.Random(seed)
        self.mode = mode
        weights = [1.0 / (r + 1) for r in range(VOCAB)]
        self.background = [f"w{r}" for r in range(STOP_HEAD, VOCAB)]
        self.bg_weights = weights[STOP_HEAD:]
        self.story_no = 0
        self.current: tuple[list[str], list[str], int] | None = None
        self.left = 0
        self.n = 0

    def _new_story(self) -> None:
        self.story_no += 1
        s = self.story_no
        terms = [f"s{s}t{i}" for i in range(8)]
        ents = [f"s{s}e{i}" for i in range(4)] + [f"place{self.rnd.randrange(300)}"]
        if self.mode == "dense":
            day = DAY0 + self.rnd.randrange(SPAN_DAYS)
        else:  # stream: the story starts about now, at 274 articles a day
            day = DAY0 + self.n // 274
        self.current = (terms, ents, day)
        self.left = 1
        while self.rnd.random() < 0.8:  # geometric, mean 5
            self.left += 1

    def article(self) -> ArticleFeatures:
        if self.left == 0:
            self._new_story()
        assert self.current is not None
        terms, ents, day0 = self.current
        self.left -= 1
        self.n += 1
        rnd = self.rnd
        counts: Counter[str] = Counter()
        for t in rnd.sample(terms, 6):
            counts[t] += rnd.randint(STORY_TF[0], STORY_TF[1])
        for t in rnd.choices(self.background, self.bg_weights, k=BACKGROUND_WORDS):
            counts[t] += 1
        top = _top(counts, TOP_TERMS)
        ent_counts = Counter({e: rnd.randint(1, 3) for e in rnd.sample(ents, 3)})
        for e in rnd.choices([f"name{k}" for k in range(5000)], k=3):  # incidental names
            ent_counts[e] += 1
        ent_top = _top(ent_counts, 40)
        keys = frozenset([f"t:{t}" for t, _ in top[:KEY_TERMS]] + [f"e:{e}" for e, _ in ent_top[:MAX_ENTITY_KEYS]])
        return ArticleFeatures(article_id=f"a{self.n:08d}", day=day0 + rnd.randrange(10),
                               terms=_l2(dict(top)), entities=_l2(dict(ent_top)), keys=keys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probes", type=int, default=300)
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--modes", default="stream,dense")
    ap.add_argument("--real", action="store_true", help="stores of real-page-like articles instead")
    ap.add_argument("--real-sizes", default="1000,10000,50000")
    ap.add_argument("--real-mode", default="events", choices=("events", "pages"),
                    help="events: each round of the pages is new events (default); pages: the pages as they are")
    ap.add_argument("--new", type=int, default=10, help="articles added to each store size and timed")
    ap.add_argument("--repeat", type=int, default=5,
                    help="with --real: measure the smallest size this many times (its store built again) "
                         "and compare with the run of the median total")
    ap.add_argument("--fresh", action="store_true",
                    help="with --real: also time new articles that are new events (a second table, not the headline)")
    ap.add_argument("--store", action="store_true",
                    help="with --real: through a SQLite store and the pipeline's stages, as an ingest run")
    args = ap.parse_args()
    if args.real:
        sizes = [int(s) for s in args.real_sizes.split(",")]
        if args.store:
            run_store(sizes, args.new, args.real_mode)
        else:
            run_real(sizes, args.new, args.real_mode, args.fresh, args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    for mode in args.modes.split(","):
        run(mode, sizes, args.probes)


def run(mode: str, sizes: list[int], probes: int) -> None:
    print(f"--- {mode}")
    gen = Generator(mode=mode)
    index = StoryIndex()
    t_build = time.perf_counter()
    print(f"{'articles':>9} {'median ms':>10} {'p95 ms':>8} {'candidates':>11} {'stories':>8} {'build s':>8}")
    results = []
    for size in sizes:
        while len(index) < size:
            index.add(gen.article())
        build = time.perf_counter() - t_build
        times = []
        cands = []
        for _ in range(probes):
            f = gen.article()
            t0 = time.perf_counter()
            index.add(f)
            times.append((time.perf_counter() - t0) * 1000)
            cands.append(len(index._candidates(f)))
        med = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        results.append((size, med))
        print(f"{size:>9} {med:>10.3f} {p95:>8.3f} {statistics.mean(cands):>11.1f} "
              f"{len(index.partition()):>8} {build:>8.1f}")
    (s0, m0), (s1, m1) = results[0], results[-1]
    print(f"store grew x{s1 / s0:.0f}, median assign time grew x{m1 / m0:.2f}; "
          f"under 50 ms: {'yes' if m1 < 50 else 'NO'}")


DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
PAGES_CACHE = Path("/tmp/storyline-story-assign-pages.json")


def real_pages() -> list[dict]:
    """Title, text and outlet of the real pages, cleaned by the project (cached). The first
    run cleans them in a child process, so that the peak memory this process reports is that
    of the indexes, not of the cleaning of the benchmark's own inputs."""
    if not PAGES_CACHE.exists():
        child = multiprocessing.get_context("spawn").Process(target=_write_pages_cache, args=(str(PAGES_CACHE),))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"cleaning the real pages failed (exit {child.exitcode})")
    return json.loads(PAGES_CACHE.read_text(encoding="utf-8"))


def _write_pages_cache(path: str) -> None:
    from storyline.config import StorylineConfig
    from storyline.run import ingest
    from storyline.store import open_store

    store = open_store(":memory:")
    ingest([str(DATASETS)], store, StorylineConfig(), dedup=False, stories=False)
    pages = [{"title": a.title.value or "", "text": a.text} for a in store.iter_articles()
             if len(a.text) > 200]
    Path(path).write_text(json.dumps(pages), encoding="utf-8")


_WORDS = re.compile(r"[^\W\d_]+")
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "ga", "shi", "ber", "an", "el",
              "or", "tu", "fa", "zen", "mar", "kol", "ith", "un", "ost", "bra", "dun", "ve", "lin", "ham",
              "qua", "rey", "sol", "tan", "wil", "yor", "cle", "mon", "tra", "pel", "gor")


#: A word of at least this share of the pages is common vocabulary: kept in every round.
COMMON_SHARE = 0.1


class RealGenerator:
    """Articles made of real pages: paragraphs shuffled, some dropped, one borrowed.

    ``mode="events"`` (the default): the pages are read in rounds; in each round every page
    is one event, reported by one to a few articles (geometric, mean 2) in a row, and the
    page's less common words (those of fewer than :data:`COMMON_SHARE` of the pages: names,
    places, the words of its topic) are replaced by pseudo-words drawn for that round, the
    common vocabulary kept (function words, and news words such as "government" or
    "police", whose postings are long). Pages of one dataset event still share their names
    within a round, and a page read again in a later round is a new event of the same kind
    (another earthquake, another coach hired) with other participants, told in the same
    sentence frames: two such articles have a distinct-word Jaccard of about 0.3 (median),
    two different pages 0.07. A store grows with new events, not with copies of old ones.

    ``mode="pages"``: every article is a page as it is, the pages read in turn: a page comes
    back every few days with the same names and sentences, so each new article has as many
    near-copies as the store has rounds (a store of copies, the old benchmark).
    """

    def __init__(self, pages: list[dict], seed: int = 11, mode: str = "events"):
        self.pages = [(p["title"], [x for x in p["text"].split("\n") if x.strip()]) for p in pages]
        self.rnd = random.Random(seed)
        self.mode = mode
        self.n = 0
        df: Counter[str] = Counter()
        for title, paras in self.pages:
            df.update({w.lower() for w in _WORDS.findall(title + " " + " ".join(paras))})
        floor = COMMON_SHARE * len(self.pages)
        self.specific = frozenset(w for w, c in df.items() if c < floor)
        self.round = -1
        self.queue: list[int] = []

    def _pseudo(self, word: str, tag: object = None) -> str:
        h = zlib.crc32(f"{self.round if tag is None else tag}:{word.lower()}".encode())
        out = "".join(_SYLLABLES[(h >> (6 * k)) % len(_SYLLABLES)] for k in range(2 + h % 2))
        return out.capitalize() if word[:1].isupper() else out

    def _respell(self, text: str, tag: object = None) -> str:
        if self.round == 0 and tag is None:
            return text  # the first round is the pages as they are
        return _WORDS.sub(lambda m: self._pseudo(m.group(), tag) if m.group().lower() in self.specific
                          else m.group(), text)

    def _next_page(self) -> int:
        if self.mode == "pages":
            return self.n % len(self.pages)
        if not self.queue:
            self.round += 1
            order = list(range(len(self.pages)))
            self.rnd.shuffle(order)
            for i in order:
                k = 1
                while self.rnd.random() < 0.5:
                    k += 1
                self.queue.extend([i] * k)
            self.queue.reverse()
        return self.queue.pop()

    def probes(self, k: int) -> list[int]:
        """``k`` pages for the timed articles: the same at every store size, so that the
        sizes are compared on the same work (the pages' lengths vary twenty-fold)."""
        return random.Random(99).sample(range(len(self.pages)), k)

    def article(self, page: int | None = None, *, fresh: int | None = None):
        """The next article; of ``page`` (a probe) instead of the next page when given.

        ``fresh`` (with ``page``): an article of the page told as an event no round has (its
        less common words respelled under the tag ``fresh``), so the store holds no near-copy
        of it; its paragraphs, outlet and date drawn from a generator of its own, so the
        articles the generator makes next are the same with or without it."""
        from storyline.model import Article, Field, Provenance, article_id_for

        rnd = self.rnd if fresh is None else random.Random(fresh)
        title, paras = self.pages[self._next_page() if page is None else page]
        _, other = self.pages[rnd.randrange(len(self.pages))]
        body = [p for p in paras if rnd.random() > 0.2] or paras[:1]
        body.append(rnd.choice(other))
        rnd.shuffle(body)
        text = "\n".join(body)
        if fresh is not None:
            tag = f"fresh{fresh}"
            title, text = self._respell(title, tag), self._respell(text, tag)
        elif self.mode == "events":
            title, text = self._respell(title), self._respell(text)
        day = DAY0 + self.n // 274
        published = None if rnd.random() < 0.17 else dt.date.fromordinal(day).isoformat()
        if fresh is None:
            self.n += 1
        name = self.n if fresh is None else f"fresh{fresh}"
        prov = Provenance(source=f"/bench/{name}.txt", format="text", sha256="0" * 64)
        return Article(id=article_id_for(f"{name}\n{text}"), text=text, provenance=prov,
                       title=Field(title, "json") if title else Field(),
                       outlet=Field(f"outlet{rnd.randrange(300)}.example", "json"),
                       published=Field(published, "json") if published else Field())


class _TextShelf:
    """The articles' texts in a temporary SQLite file, read back by id: what the ingest
    run's duplicate index does with the store (``lookup``), so the index does not hold
    every text in memory; storing an article is part of the timed work, as the run's
    store stage is part of its cost."""

    def __init__(self):
        import sqlite3
        import tempfile

        self._dir = tempfile.TemporaryDirectory(prefix="storyline-bench-")
        self._db = sqlite3.connect(Path(self._dir.name) / "texts.db")
        self._db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, article BLOB)")
        self.reads = 0  # texts read back (the duplicate candidates compared on their texts)

    def put(self, article) -> None:
        import pickle

        self._db.execute("INSERT OR IGNORE INTO t VALUES (?, ?)", (article.id, pickle.dumps(article)))

    def get(self, article_id: str):
        import pickle

        self.reads += 1
        row = self._db.execute("SELECT article FROM t WHERE id = ?", (article_id,)).fetchone()
        return pickle.loads(row[0]) if row else None


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Timed(NamedTuple):
    """One timed add of the new articles, per article: CPU ms of the stories and of the
    duplicates, story candidates scored, texts read back by the duplicate index (its
    candidates compared on their texts) and duplicate pairs found."""

    stories_ms: float
    dedup_ms: float
    candidates: float
    reads: float
    pairs: float


def _timed_adds(articles, stories: StoryIndex, dups, texts: _TextShelf) -> _Timed:
    """Add the articles as the ingest run does; what it cost per article (:class:`_Timed`).

    The garbage collector is run before and held off during the adds, as ``timeit`` does: a
    full collection of the process's heap (the store's indexes: millions of objects) landing in
    a window of ten articles added 5-12 ms to each of them or nothing, by chance (the runs of the
    smallest store gave 5 or 17 ms per article on a quiet machine). Its cost over a whole ingest
    is part of the build's CPU seconds, which are measured with it."""
    import gc

    gc.collect()
    gc.disable()
    try:
        return _adds(articles, stories, dups, texts)
    finally:
        gc.enable()


def _adds(articles, stories: StoryIndex, dups, texts: _TextShelf) -> _Timed:
    s_ms = d_ms = 0.0
    cands = pairs = 0
    reads = texts.reads
    for a in articles:
        t1 = time.process_time()
        f = features_of(a)
        stories.insert(f)
        t2 = time.process_time()
        texts.put(a)
        pairs += len(dups.add(a))
        t3 = time.process_time()
        s_ms += (t2 - t1) * 1000
        d_ms += (t3 - t2) * 1000
        cands += len(stories._candidates(f)) - 1  # itself
    n = max(1, len(articles))
    return _Timed(s_ms / n, d_ms / n, cands / n, (texts.reads - reads) / n, pairs / n)


def _median(runs: list[_Timed]) -> _Timed:
    """The run of the median total CPU (of an even number, the lower of the two middle ones):
    its stories' and duplicates' figures add up to the total compared. The runs of one
    store add the same articles to the same indexes, so only the costs differ."""
    ranked = sorted(runs, key=lambda r: r.stories_ms + r.dedup_ms)
    return ranked[(len(ranked) - 1) // 2]


def _build(gen: RealGenerator, size: int, stories: StoryIndex, dups, texts: _TextShelf) -> float:
    """Add the generator's next articles until the indexes hold ``size``; the CPU seconds."""
    build = 0.0
    while len(stories) < size:
        a = gen.article()
        t0 = time.process_time()
        stories.insert(features_of(a))  # as the ingest run's stage adds it
        texts.put(a)
        dups.add(a)
        build += time.process_time() - t0
    return build


def _small_store_run(size: int, new: int, mode: str) -> _Timed:
    """The first store of :func:`run_real` built again from nothing in this process (the
    generator is seeded, so the same articles in the same order) and the same new articles
    timed on it: one more measurement of the smallest size, whose few milliseconds a single
    run gets wrong by a fifth."""
    import gc

    from storyline.cluster.dedup import DuplicateIndex

    gen = RealGenerator(real_pages(), mode=mode)
    texts = _TextShelf()
    stories, dups = StoryIndex(), DuplicateIndex(lookup=texts.get, every_pair=False)
    _build(gen, size, stories, dups, texts)
    timed = _timed_adds([gen.article(page) for page in gen.probes(new)], stories, dups, texts)
    del gen, texts, stories, dups
    gc.collect()  # the copy's garbage, before the next one is timed
    return timed


def run_real(sizes: list[int], new: int = 10, mode: str = "events", fresh: bool = False, repeat: int = 5) -> None:
    """Build stores of ``sizes`` articles and add ``new`` articles to each (of the same
    pages at every size, :meth:`RealGenerator.probes`); print the CPU
    time (``time.process_time``: this process only, so other work on the machine does not
    count) of story clustering and of duplicate linking per new article, with what the
    duplicate index did per new article (texts read back and compared, pairs found).

    ``repeat``: the smallest size is measured that many times (its store built again from
    nothing for each, :func:`_small_store_run`) and the run of the median total printed and
    compared: one run of it moves the ratio by 0.2. The larger stores are measured once
    (a second 50k store would not fit the memory target).

    ``fresh``: then add ``new`` more articles of the same pages, each told as a new event
    (:meth:`RealGenerator.article` with ``fresh``: no near-copy in the store), and print
    their costs apart after the headline: the growth with the store alone, without the
    duplicates the data gives a new article (they stay in the store for the larger sizes)."""
    from storyline.cluster.dedup import DuplicateIndex

    gen = RealGenerator(real_pages(), mode=mode)
    texts = _TextShelf()
    stories, dups = StoryIndex(), DuplicateIndex(lookup=texts.get, every_pair=False)
    print(f"--- real pages, generator {mode!r}; CPU time of this process, not wall time")
    print(f"{'articles':>9} {'build CPU s':>12} {'stories ms/art':>15} {'dedup ms/art':>13} "
          f"{'total ms/art':>13} {'candidates':>11} {'texts read':>11} {'pairs':>6} {'peak RSS MB':>12}")
    build = 0.0
    rows: list[tuple[int, _Timed, float]] = []
    fresh_rows: list[tuple[int, _Timed]] = []
    for size in sizes:
        build += _build(gen, size, stories, dups, texts)
        t = _timed_adds([gen.article(page) for page in gen.probes(new)], stories, dups, texts)
        if not rows and repeat > 1:
            runs = [t] + [_small_store_run(size, new, mode) for _ in range(repeat - 1)]
            totals = sorted(r.stories_ms + r.dedup_ms for r in runs)
            t = _median(runs)
            print(f"{'':>9} (the smallest size measured {repeat} times, the run of the median total below; "
                  f"total ms/art of the runs: {' '.join(f'{x:.2f}' for x in totals)})")
        rows.append((size, t, build))
        print(f"{size:>9} {build:>12.1f} {t.stories_ms:>15.2f} {t.dedup_ms:>13.2f} {t.stories_ms + t.dedup_ms:>13.2f} "
              f"{t.candidates:>11.1f} {t.reads:>11.2f} {t.pairs:>6.2f} {_peak_rss_mb():>12.0f}", flush=True)
        if fresh:
            probes = [gen.article(page, fresh=size * 1000 + k) for k, page in enumerate(gen.probes(new))]
            fresh_rows.append((size, _timed_adds(probes, stories, dups, texts)))
    (s0, t0, _), (s1, t1, build1) = rows[0], rows[-1]
    ratio = (t1.stories_ms + t1.dedup_ms) / (t0.stories_ms + t0.dedup_ms)
    print(f"per-article CPU (stories + dedup) at {s1} is x{ratio:.2f} its cost at {s0} "
          f"(stories x{t1.stories_ms / t0.stories_ms:.2f}, dedup x{t1.dedup_ms / t0.dedup_ms:.2f}); "
          f"target <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'}")
    print(f"building the {s1} articles' stories and duplicate links: {build1:.0f} s CPU "
          f"(target for 50k: < 1800 s{': met' if s1 >= 50_000 and build1 < 1800 else ''}); "
          f"peak RSS {_peak_rss_mb():.0f} MB (target < 1024 MB: {'met' if _peak_rss_mb() < 1024 else 'NOT met'})")
    if fresh_rows:
        print("--- not the headline: new articles that are new events (no near-copy in the store), "
              "timed after the ones above, once each")
        print(f"{'articles':>9} {'stories ms/art':>15} {'dedup ms/art':>13} {'total ms/art':>13} {'candidates':>11} "
              f"{'texts read':>11} {'pairs':>6}")
        for size, t in fresh_rows:
            print(f"{size:>9} {t.stories_ms:>15.2f} {t.dedup_ms:>13.2f} {t.stories_ms + t.dedup_ms:>13.2f} "
                  f"{t.candidates:>11.1f} {t.reads:>11.2f} {t.pairs:>6.2f}")
        (s0, t0), (s1, t1) = fresh_rows[0], fresh_rows[-1]
        print(f"new events only: per-article CPU at {s1} is "
              f"x{(t1.stories_ms + t1.dedup_ms) / (t0.stories_ms + t0.dedup_ms):.2f} its cost at {s0} "
              f"(stories x{t1.stories_ms / t0.stories_ms:.2f}, dedup x{t1.dedup_ms / t0.dedup_ms:.2f})")


def run_store(sizes: list[int], new: int = 10, mode: str = "events", folder: str = "/tmp") -> None:
    """The same through a store, as ``storyline ingest`` runs: a first run stores the
    articles (SQLite, in ``folder``) through the duplicate-linking and story stages; then,
    in a new process (a new store object), a second run adds ``new`` articles, and a third
    run adds ``new`` more in the same process (as the cycles of ``storyline watch`` do).
    Each run's CPU per article includes what the run pays before its first article and
    after its last: the second run rebuilds both indexes from the store (the stored story
    features and signatures), the third takes up the indexes the second left
    (:attr:`Store.memo`); both save only the stories they touched."""
    import os

    from storyline.cluster.stage import DuplicateLinker, StoryClusterer, stored_features
    from storyline.cluster.stories import cluster
    from storyline.pipeline import Item
    from storyline.store import open_store

    print(f"--- through a store (SQLite in {folder}), generator {mode!r}; CPU time of this process")
    print(f"{'articles':>9} {'build CPU s':>12} {'new process: stories ms/art':>28} {'dedup ms/art':>13} "
          f"{'same process: stories ms/art':>29} {'dedup ms/art':>13} {'rebuild s':>10} {'peak RSS MB':>12}")
    pages = real_pages()
    rows = []
    for size in sizes:
        gen = RealGenerator(pages, mode=mode)
        path = Path(folder) / f"storyline-story-assign-{os.getpid()}-{size}.db"
        try:
            with open_store(path) as store:
                first = [gen.article() for _ in range(size)]
                t0 = time.process_time()
                for a in first:
                    store.save_article(a)
                for _ in StoryClusterer(store)(DuplicateLinker(store)(Item(a) for a in first)):
                    pass
                build = time.process_time() - t0
                del first
            pages_new = gen.probes(2 * new)
            later = [gen.article(page) for page in pages_new[:new]]
            third = [gen.article(page) for page in pages_new[new:]]
            with open_store(path) as store:
                costs = []
                for batch in (later, third):
                    for a in batch:
                        store.save_article(a)
                    t1 = time.process_time()
                    for _ in DuplicateLinker(store)([Item(a) for a in batch]):
                        pass
                    t2 = time.process_time()
                    for _ in StoryClusterer(store)([Item(a) for a in batch]):
                        pass
                    t3 = time.process_time()
                    costs += [(t3 - t2) * 1000 / new, (t2 - t1) * 1000 / new]
                # for comparison: the story index rebuilt from the stored features
                t4 = time.process_time()
                cluster(stored_features(store))
                rebuild = time.process_time() - t4
        finally:
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        rows.append((size, *costs))
        print(f"{size:>9} {build:>12.1f} {costs[0]:>28.1f} {costs[1]:>13.1f} {costs[2]:>29.1f} {costs[3]:>13.1f} "
              f"{rebuild:>10.2f} {_peak_rss_mb():>12.0f}", flush=True)
    (s0, a0, b0, c0, d0), (s1, a1, b1, c1, d1) = rows[0], rows[-1]
    print(f"per-article CPU of a run of {new} (stories + dedup) at {s1} / at {s0}: new process "
          f"x{(a1 + b1) / (a0 + b0):.2f} (stories x{a1 / a0:.2f}, dedup x{b1 / b0:.2f}); same process "
          f"x{(c1 + d1) / (c0 + d0):.2f} (stories x{c1 / c0:.2f}, dedup x{d1 / d0:.2f}); target <= 1.5")


if __name__ == "__main__":
    main()
