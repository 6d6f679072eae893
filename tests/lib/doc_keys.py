"""doc_keys.py KEYTABLES MAN README — every key of every view's table
(the output of build/tools/keytables: "VIEW KEY" lines) is named in that
view's list in the man page and in its rows of the README.

Man page: a list starts after a comment line `.\\" keys: VIEW` and ends at
its `.El`; a key is named as an argument of `.It Cm` or `.Cm`.
README: in "## The board", the table after the line `| key | does |` is the
board's; in the table with a view column, a row without a view belongs to
the view above it.  Prints one line per key missing; exit 1 if any.
"""
import re
import sys

# The README's view column, as a reader calls the views.
README_VIEWS = {
    "no meeting": "board-empty",
    "attendance events": "events",
    "meeting list": "meetings",
    "warnings": "warnings",
    "record views": "record",
    "agenda": "agenda",
    "action list": "actions",
    "advice": "advice",
}


def table_keys(path):
    keys = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            view, key = line.rstrip("\n").split(" ", 1)
            keys.setdefault(view, set()).add(key)
    return keys


def man_keys(path):
    found, view = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r'^\.\\" keys: (\S+)', line)
            if m:
                view = m.group(1)
                found.setdefault(view, set())
            elif view and line == ".El":
                view = None
            elif view and re.match(r"^\.(It )?Cm ", line):
                words = line.replace("\\&", "").split()
                found[view].update(w for w in words
                                   if w not in (".It", ".Cm", "Cm", ",",
                                                ";", ".", ")", "("))
    return found


def readme_keys(path):
    found, view, in_board = {}, None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("## "):
                in_board = line == "## The board"
                view = None
                continue
            if not in_board:
                continue
            if line == "| key | does |":
                view, key_col = "board", 0
                continue
            if line == "| view | key | does |":
                view, key_col = "", 1
                continue
            if not line.startswith("|"):
                view = None
                continue
            if view is None or line.startswith("|---"):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            if key_col == 1 and cells[0]:
                view = README_VIEWS.get(cells[0], cells[0])
            # "a / e, Enter": " / " and "," separate keys; a "/" that
            # starts the cell is the key itself.
            words = re.split(r"[\s,`]+", cells[key_col])
            words = [w for i, w in enumerate(words)
                     if w and (w != "/" or i == 0)]
            found.setdefault(view, set()).update(words)
    return found


def main():
    tables = table_keys(sys.argv[1])
    missing = []
    for doc, found in (("man page", man_keys(sys.argv[2])),
                       ("README", readme_keys(sys.argv[3]))):
        for view in sorted(tables):
            for key in sorted(tables[view] - found.get(view, set())):
                missing.append(f"{doc}: view {view}: key {key}")
    print("\n".join(missing))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
