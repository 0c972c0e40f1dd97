"""tests/servers/reality_xml.py: the XML helpers of aws_reality.py (moto's
EC2 answers read and cut at the string level, so an answer keeps its
namespace and layout): an item's own element, the items of a set, an answer
without the items (or instances) it hides, the ids of a prefix in a text.
Split from aws_reality.py to keep it under the house's 1,500 lines.
"""
import re

TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>")


def own_element(item, name):
    """The text of `name` directly inside the <item>...</item> `item`."""
    depth = 0
    for m in TAG.finditer(item):
        closing, tag, _, selfclose = m.group(1), m.group(2), m.group(3), m.group(4)
        if selfclose:
            continue
        if closing:
            depth -= 1
            continue
        depth += 1
        if depth == 2 and tag == name:
            end = item.find("</%s>" % name, m.end())
            return item[m.end():end].strip() if end >= 0 else None
    return None


def set_items(text, set_tag):
    """[(start, end)] of each top-level <item> of every <set_tag> in text."""
    spans = []
    for sm in re.finditer(r"<%s>" % re.escape(set_tag), text):
        pos, depth, start = sm.end(), 0, None
        for m in TAG.finditer(text, pos):
            closing, tag, selfclose = m.group(1), m.group(2), m.group(4)
            if selfclose:
                continue
            if not closing:
                if depth == 0 and tag == "item":
                    start = m.start()
                depth += 1
            else:
                if depth == 0:
                    break           # </set_tag>
                depth -= 1
                if depth == 0 and tag == "item" and start is not None:
                    spans.append((start, m.end()))
                    start = None
    return spans


def drop_items(text, set_tag, id_tag, hide):
    """text without the items of set_tag whose own id_tag is in hide()."""
    dropped = []
    for start, end in reversed(set_items(text, set_tag)):
        ident = own_element(text[start:end], id_tag)
        if ident is not None and hide(ident):
            dropped.append(ident)
            text = text[:start] + text[end:]
    return text, dropped


def drop_instances(text, hide):
    """A DescribeInstances answer without the hidden instances, and without
    a reservation left with none."""
    dropped = []
    for start, end in reversed(set_items(text, "reservationSet")):
        reservation = text[start:end]
        reservation, gone = drop_items(reservation, "instancesSet", "instanceId", hide)
        if gone:
            dropped += gone
            if not set_items(reservation, "instancesSet"):
                reservation = ""
            text = text[:start] + reservation + text[end:]
    return text, dropped


def ids_in(text, prefix):
    return set(re.findall(r">(%s[0-9a-f]+)<" % re.escape(prefix), text))
