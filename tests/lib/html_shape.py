#!/usr/bin/python3
"""html_shape.py -- what an HTML document notulist wrote is made of, as a
browser's parser reads it (Python's html.parser), never by substrings.

  check FILE        the page rules of document.h; prints "lang=.. title=.."
                    and exits 1 with the reasons when one is broken:
                    a doctype, <html lang>, <meta charset=utf-8>, a <title>
                    that is the first <h1>'s text, a style sheet for A4,
                    every element closed in order, and nothing active or
                    fetched: no script, iframe, object, embed, link, img,
                    form, base, meta refresh, no on* attribute, no <a href>,
                    no url( in the style sheet;
  shape FILE        the <body> as one line per element, indented by depth,
                    with its class; text left out;
  text FILE         the text of every block (heading, paragraph, list item,
                    cell), one per line, whitespace collapsed;
  table FILE N      the N-th table (from 1) as tab-separated cells, the
                    header row first;
  rules FILE SEL    the declarations of the style sheet's rules (outside
                    @media and @page) whose selector list names SEL, one
                    "property: value" per line, in order.
"""
import html.parser
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
FORBIDDEN = {"script", "iframe", "object", "embed", "link", "img", "form",
             "input", "base", "frame", "frameset", "svg", "math", "video",
             "audio", "picture", "source", "template"}
BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre",
          "title"}


class Doc(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.doctype = None
        self.elements = []          # (depth, tag, attrs) in document order
        self.blocks = []            # (tag, text)
        self.tables = []            # list of rows, each a list of cells
        self.style = ""
        self._text = None
        self._cell = None

    def error(self, message):      # old Pythons call it
        self.problems.append(message)

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((len(self.stack), tag, attrs))
        if tag in FORBIDDEN:
            self.problems.append("forbidden element <%s>" % tag)
        for name in attrs:
            if name.startswith("on"):
                self.problems.append("event attribute %s on <%s>" % (name, tag))
        if tag == "a" and "href" in attrs:
            self.problems.append("a link: <a href=%r>" % attrs["href"])
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            self.problems.append("meta refresh")
        if tag == "table":
            self.tables.append([])
        if tag == "tr" and self.tables:
            self.tables[-1].append([])
        if tag in ("td", "th"):
            self._cell = ""
        if tag in BLOCKS:
            self._text = ""
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("</%s> closes %s" % (
                tag, "<%s>" % self.stack[-1] if self.stack else "nothing"))
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag in BLOCKS and self._text is not None:
            self.blocks.append((tag, " ".join(self._text.split())))
            self._text = None
        if tag in ("td", "th") and self.tables and self.tables[-1]:
            self.tables[-1][-1].append(" ".join(self._cell.split()))
            self._cell = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style += data
        if self._text is not None:
            self._text += data
        if self._cell is not None:
            self._cell += data


def load(path):
    doc = Doc()
    with open(path, encoding="utf-8") as f:
        doc.feed(f.read())
    doc.close()
    if doc.stack:
        doc.problems.append("left open: %s" % " ".join(doc.stack))
    return doc


def check(doc):
    p = list(doc.problems)
    if not doc.doctype or doc.doctype.lower() != "doctype html":
        p.append("no <!DOCTYPE html>")
    html_el = [a for d, t, a in doc.elements if t == "html"]
    lang = html_el[0].get("lang") if html_el else None
    if not lang:
        p.append("no <html lang>")
    if not any(t == "meta" and a.get("charset", "").lower() == "utf-8"
               for d, t, a in doc.elements):
        p.append("no <meta charset=utf-8>")
    titles = [x for t, x in doc.blocks if t == "title"]
    h1 = [x for t, x in doc.blocks if t == "h1"]
    if len(titles) != 1 or not titles[0]:
        p.append("not one non-empty <title>")
    elif not h1 or h1[0] != titles[0]:
        p.append("<title> %r is not the first <h1> %r" % (
            titles[0], h1[0] if h1 else None))
    if not re.search(r"@page\s*\{[^}]*size:\s*A4", doc.style):
        p.append("no A4 @page rule")
    if "url(" in doc.style or "@import" in doc.style:
        p.append("the style sheet fetches something")
    return p, lang, titles[0] if titles else ""


def rules(style, selector):
    """Declarations of the top-level rules whose selectors include
    `selector` (whitespace collapsed); @-blocks are skipped whole."""
    style = re.sub(r"/\*.*?\*/", "", style, flags=re.S)
    out, i, depth, start = [], 0, 0, 0
    while i < len(style):
        c = style[i]
        if c == "{":
            if depth == 0:
                head, body_start = style[start:i].strip(), i + 1
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                if not head.startswith("@"):
                    sels = {" ".join(s.split()) for s in head.split(",")}
                    if " ".join(selector.split()) in sels:
                        out += [" ".join(d.split()) for d in
                                style[body_start:i].split(";") if d.strip()]
                start = i + 1
        i += 1
    return out


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    doc = load(path)
    if cmd == "check":
        problems, lang, title = check(doc)
        if problems:
            print("\n".join(problems))
            sys.exit(1)
        print("lang=%s title=%s" % (lang, title))
    elif cmd == "shape":
        body = False
        base = 0
        for depth, tag, attrs in doc.elements:
            if tag == "body":
                body, base = True, depth
            if body:
                cls = attrs.get("class")
                print("  " * (depth - base) + tag +
                      (" .%s" % cls if cls else ""))
    elif cmd == "text":
        for tag, text in doc.blocks:
            if tag != "title":
                print("%s: %s" % (tag, text))
    elif cmd == "table":
        n = int(sys.argv[3])
        for row in doc.tables[n - 1]:
            print("\t".join(row))
    elif cmd == "rules":
        for decl in rules(doc.style, sys.argv[3]):
            print(decl)
    else:
        sys.exit("usage: html_shape.py check|shape|text|table|rules FILE "
                 "[N|SEL]")


if __name__ == "__main__":
    main()
