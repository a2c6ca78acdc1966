#!/usr/bin/env python3
"""Speaker accuracy on generated posts whose attributions are known.

`../shared/bench/gen_corpus.py` writes posts in which about a third of the paragraphs hold a
quotation attributed by a template ("“…,” Sen. X (D) of Utah said.", "White House press
secretary X called the plan “…,” adding, “…”", "A Senate Democratic aide … tells POLITICO:
“…”") to one of 600 fictional people. This script runs that generator unchanged, with a
recorder that notes the person each templated paragraph quotes, imports the posts with
morgue, and compares `morgue said` with the notes. The people's names are invented, so
no rule can have been fitted to them.

    python3 bench/templated_speakers.py --posts 2000 --seed 23 [--morgue target/release/morgue]

A named quotation counts as right when `said` gives the person's canonical name; an
anonymous one when `said` names none of the fictional people. Each templated quotation is
looked for in its own paragraph, by the offsets the archive's `who_said_what` view gives, so
that a sentence the generator also quotes elsewhere in the post is not taken for it.
"""
import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "..", "shared", "bench")
QUOTATION = re.compile(r"“([^“”]+)”")


def generate(posts, seed, out):
    """Runs the generator into `out` and returns {post index: [(paragraph, person or None)]}."""
    sys.path.insert(0, BENCH)
    import gen_corpus as gen

    notes, current, picked = {}, [None], [None]
    post = gen.Gen.post

    def recording_post(self, i):
        current[0] = i
        notes[i] = []
        return post(self, i)

    def recording_pick(self):
        # The generator's own choice, in the same order, noting whom it chose.
        person = self.rng.choice(self.cast)
        picked[0] = person[2]
        if person[2] in self.seen:
            return person[1], person[1]
        self.seen.add(person[2])
        return person[0], person[1]

    paragraph = gen.synth_quote_paragraph

    def recording_paragraph(rng, bank, speakers):
        picked[0] = None
        text = paragraph(rng, bank, speakers)
        notes[current[0]].append((text, picked[0]))
        return text

    gen.Gen.post = recording_post
    gen.Speakers.pick = recording_pick
    gen.synth_quote_paragraph = recording_paragraph
    gen.main(["--posts", str(posts), "--seed", str(seed), "--out", out, "--quiet"])
    return notes, {person[2] for person in gen.PEOPLE}


def post_index(source):
    """The generator's index of a post, from its file name: 000499_1bb1….txt -> 499."""
    return int(re.search(r"(\d{6,})_[0-9a-f]+\.txt$", source).group(1))


def normalized(text):
    return re.sub(r"\W+", " ", text).strip().lower()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--morgue", default=os.path.join(HERE, "..", "target", "release", "morgue"))
    ap.add_argument("--show", type=int, default=10, help="wrong speakers to list")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = os.path.join(tmp, "posts"), os.path.join(tmp, "morgue.db")
        notes, people = generate(args.posts, args.seed, corpus)
        subprocess.run([args.morgue, "--db", db, "import", corpus], capture_output=True)
        # The archive's view of `morgue said`, with each quotation's offset in its post's body.
        with sqlite3.connect(db) as conn:
            said = conn.execute(
                "SELECT w.source, w.speaker, w.text, w.char_start, p.body FROM who_said_what w "
                "JOIN posts p ON p.id = w.post_id WHERE w.part = 'body' "
                "ORDER BY w.post_id, w.char_start").fetchall()
    rows, bodies = defaultdict(list), {}
    for source, speaker, text, start, body in said:
        index = post_index(source)
        rows[index].append({"speaker": speaker, "text": normalized(text), "start": start})
        bodies[index] = body
    counts, wrong = Counter(), []
    for index, paragraphs in notes.items():
        unused = list(rows[index])
        body = bodies.get(index, "")
        for text, person in paragraphs:
            at = body.find(text)
            for match in QUOTATION.finditer(text):
                counts["quotations"] += 1
                quote = normalized(match.group(1))
                same = [r for r in unused if r["text"] == quote]
                # Of several with the same text, the one inside this paragraph.
                inside = [r for r in same if 0 <= at <= r["start"] < at + len(text)]
                row = (inside or same or [None])[0]
                if row is None:
                    counts["missed"] += 1
                    continue
                unused.remove(row)
                speaker = row["speaker"]
                right = speaker == person if person else speaker not in people
                counts["right" if right else "wrong"] += 1
                if not right:
                    wrong.append((index, person, speaker, text[:200]))
    n = counts["quotations"]
    print(f"{args.posts} posts, seed {args.seed}: {n} templated quotations, "
          f"{counts['right']} with the right speaker ({100 * counts['right'] / max(n, 1):.1f}%), "
          f"{counts['wrong']} wrong, {counts['missed']} not reported")
    for index, person, speaker, text in wrong[:args.show]:
        print(f"  post {index}: expected {person!r}, said {speaker!r}: {text}")


if __name__ == "__main__":
    main()
