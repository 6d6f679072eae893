#!/usr/bin/python3
"""tests/lib/layers.py ROOT — the layer rules of HACKING.md, checked on the
sources under ROOT; prints one line per breach and exits 1 if there is any.

  include/   the core's public API: includes only itself and system headers
  src/core/  the domain and the store: never curses, never src/ui or a
             front end's headers
  src/ui/    shared by both front ends, above the core: no SQL, no curses,
             no core-private header, no front end's header
  src/cli/, src/tui/  the front ends: no SQL (sqlite3_*), no core-private
             header; the CLI reaches the board only through ../tui/tui.h

Comments and string literals are left out before looking, so a comment
that says "never calls sqlite3_exec" is not a breach.  -I paths already
keep a front end from finding a core-private header by name; this also
catches a relative path ("../core/store_internal.h").
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
CURSES = re.compile(r'(^|/)(n?curses|ncursesw/\w+|term|panel|form|menu)\.h$')
SQL = re.compile(r'\bsqlite3(_\w+)?\b')


def strip_comments(text):
    """C text without comments and string literals (line breaks kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append('\n' * text.count('\n', i, end))
            i = end
        elif text.startswith('//', i):
            end = text.find('\n', i)
            i = n if end < 0 else end
        elif text[i] in '"\'':
            quote, j = text[i], i + 1
            while j < n and text[j] != quote and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(quote + quote)
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def headers(root, layer):
    folder = os.path.join(root, layer)
    if not os.path.isdir(folder):
        return set()
    return {f for f in os.listdir(folder) if f.endswith('.h')}


def sources(root, layer):
    folder = os.path.join(root, layer)
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(layer, f) for f in os.listdir(folder)
                  if f.endswith(('.c', '.h')))


def check(root):
    public = headers(root, 'include')
    private = headers(root, 'src/core')
    ui = headers(root, 'src/ui')
    cli = headers(root, 'src/cli')
    tui = headers(root, 'src/tui')
    breaches = []

    def breach(path, text, what):
        breaches.append('%s: %s: %s' % (path, what, text))

    for layer in ('include', 'src/core', 'src/ui', 'src/cli', 'src/tui'):
        for path in sources(root, layer):
            with open(os.path.join(root, path), encoding='utf-8') as f:
                raw = f.read()
            for quote, name in INCLUDE.findall(raw):
                base = os.path.basename(name)
                system = quote == '<'
                if CURSES.search(name) and layer in ('include', 'src/core',
                                                     'src/ui'):
                    breach(path, name, 'curses outside src/tui')
                if system:
                    continue
                if layer == 'include' and (base not in public or '/' in name):
                    breach(path, name, 'public header includes a private one')
                if layer == 'src/core' and (base in ui | cli | tui) \
                        and base not in public | private:
                    breach(path, name, 'core includes a header above it')
                if layer in ('src/ui', 'src/cli', 'src/tui'):
                    if 'core/' in name or (base in private and
                                           base not in public):
                        breach(path, name,
                               'includes a core-private header')
                if layer == 'src/ui' and base in (cli | tui) - ui:
                    breach(path, name, 'src/ui includes a front end header')
                if layer == 'src/cli' and (base in tui - cli or
                                           'tui/' in name) \
                        and name != '../tui/tui.h':
                    breach(path, name, 'the CLI reaches into the board')
                if layer == 'src/tui' and (base in cli - tui or
                                           'cli/' in name):
                    breach(path, name, 'the board reaches into the CLI')
            if layer in ('src/ui', 'src/cli', 'src/tui'):
                code = strip_comments(raw)
                for number, line in enumerate(code.split('\n'), 1):
                    if SQL.search(line):
                        breach('%s:%d' % (path, number), line.strip(),
                               'SQL outside src/core')
    return breaches


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    found = check(root)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
