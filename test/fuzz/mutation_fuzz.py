#!/usr/bin/env python3
"""Robustness, on demand: the plugin must never crash on broken code.

Takes the lit test sources and the example, damages each copy at random
(deletes, inserts or duplicates a few tokens), compiles it with the plugin and
every rule on, and reports any run that dies on a signal or prints clang's
crash banner. Exit status 1 when anything crashed.

    test/fuzz/mutation_fuzz.py PLUGIN [--count N] [--seed S] [--clang DIR]
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DAMAGE = ['{', '}', ';', ',', '(', ')', 'struct', 'int', ':', '0', '[', ']',
          '=', '#if 1\n', '*', 'union', 'alignas(8)', '_Alignas(8)']


def damaged(text, rng):
    tokens = text.split(' ')
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(tokens))
        roll = rng.random()
        if roll < 0.4:
            del tokens[at]
        elif roll < 0.7:
            tokens.insert(at, rng.choice(DAMAGE))
        else:
            tokens[at] = rng.choice(tokens)
    return ' '.join(tokens)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('plugin')
    parser.add_argument('--count', type=int, default=400)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--clang', default='/usr/lib/llvm-19/bin')
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = sorted(glob.glob(os.path.join(ROOT, 'test/lit/**/*.c*'), recursive=True) +
                     glob.glob(os.path.join(ROOT, 'examples/*/*.c')))
    crashes = 0
    with tempfile.TemporaryDirectory() as work:
        for i in range(args.count):
            source = rng.choice(sources)
            ext = os.path.splitext(source)[1]
            path = os.path.join(work, 'mutant%d%s' % (i, ext))
            with open(source) as f, open(path, 'w') as out:
                out.write(damaged(f.read(), rng))
            driver = os.path.join(args.clang, 'clang++' if ext == '.cpp' else 'clang')
            run = subprocess.run(
                [driver, '-fplugin=' + os.path.abspath(args.plugin),
                 '-fplugin-arg-alignlint-enable=all',
                 '-fplugin-arg-alignlint-show-layout',
                 '-I' + os.path.join(ROOT, 'include'), '-fsyntax-only', path],
                capture_output=True, text=True, timeout=120)
            if run.returncode not in (0, 1) or 'PLEASE submit' in run.stderr:
                crashes += 1
                kept = os.path.join(os.getcwd(), os.path.basename(path))
                with open(kept, 'w') as f, open(path) as src:
                    f.write(src.read())
                print('CRASH (kept as %s), exit %d:\n%s' %
                      (kept, run.returncode, run.stderr[-2000:]))
    print('%d mutants, %d crashes' % (args.count, crashes))
    return 1 if crashes else 0


if __name__ == '__main__':
    sys.exit(main())
