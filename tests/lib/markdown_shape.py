#!/usr/bin/python3
"""markdown_shape.py -- what a Markdown document is made of, as GitHub reads
it: cmark-gfm with its extensions (tables, strikethrough, autolinks,
tagfilter, task lists) parses the file into XML, and this prints

  shape FILE   one line per element, indented by depth, with the attributes
               that change what it is (heading level, list type, link
               destination); text is left out, so two documents with the
               same layout and different words have the same shape;
  text FILE    the document's text, one line per block (headings,
               paragraphs, cells, code lines), line breaks as new lines.

A link that GFM makes of an e-mail address in text ("a@b.nl" becomes
mailto:a@b.nl with the same text) is reported as text: GFM links every
e-mail address it sees in text, escaped or not, and its text stays what
was written.  Every other link is part of the shape.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"
EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
INLINE_TEXT = {"text", "code", "html_inline"}
BLOCKS = {"paragraph", "heading", "table_cell", "code_block", "html_block",
          "item"}


def parse(path):
    args = ["cmark-gfm", "--to", "xml"]
    for ext in EXTENSIONS:
        args += ["-e", ext]
    with open(path, "rb") as f:
        xml = subprocess.run(args, stdin=f, check=True,
                             capture_output=True).stdout
    return ET.fromstring(xml)


def tag(el):
    return el.tag[len(NS):] if el.tag.startswith(NS) else el.tag


def text_of(el):
    return "".join(t.text or "" for t in el.iter() if tag(t) == "text")


def mail_link(el):
    """A link GFM made of an e-mail address: its text is its address."""
    if tag(el) != "link":
        return False
    dest, text = el.get("destination", ""), text_of(el)
    return "@" in text and dest in (text, "mailto:" + text)


def shape(el, depth, out):
    name = tag(el)
    if name in ("text", "softbreak", "linebreak") or mail_link(el):
        return
    attrs = []
    for key in ("level", "type", "start", "delim", "destination", "title",
                "info", "align", "completed"):
        if el.get(key) is not None:
            attrs.append("%s=%s" % (key, el.get(key)))
    if name == "code_block":
        attrs.append("lines=%d" % len((el.text or "").splitlines()))
    out.append("  " * depth + " ".join([name] + attrs))
    for child in el:
        shape(child, depth + 1, out)


def text(el, out, line):
    name = tag(el)
    if name in ("text", "code"):
        line.append(el.text or "")
    elif name == "softbreak":
        line.append(" ")
    elif name == "linebreak":
        out.append("".join(line))
        line.clear()
    elif name == "code_block":
        out.extend((el.text or "").splitlines())
        return
    for child in el:
        text(child, out, line)
    if name in BLOCKS and line:
        out.append("".join(line))
        line.clear()


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("shape", "text"):
        sys.exit("usage: markdown_shape.py shape|text FILE")
    root = parse(sys.argv[2])
    out = []
    if sys.argv[1] == "shape":
        shape(root, 0, out)
    else:
        text(root, out, [])
    sys.stdout.write("".join(line + "\n" for line in out))


if __name__ == "__main__":
    main()
