"""every_type/cards.py: the facts the tests of every aws type need of a type
that no declaration gives, written once per type in its card,
every_type/cards/TYPE.py, instead of once in each test's table: its create
operation and that request's line in the proxy log (CREATE: t0810), what
its resource in t0435's stack needs beyond its required attributes (EXTRA:
t0435/all_types.py), what it refers to in the stack applied against moto
(WIRING: applied_stack.py) and the resources of other types it needs there
that no aws type makes (APPLIED_WITH: a Route 53 zone, an awscc type), the
least valid resource of it (BASE: t0099's
edges_stacks.py) and what that resource names that must exist before t0099
plans (MADE_FIRST: AWS CLI calls, as t0099 makes its role and subnet), and
how many objects of an applied stack moto holds
(count(client, prefix, stack): counts.py). The tables in those files hold
the types written before cards; tests/check_type_lists.py (`make unit`)
takes a type's card as its row in each.

    cards.py creates     print t0810's creates rows of the cards: TYPE OP REGEX
    cards.py made-first  print the cards' MADE_FIRST calls, one a line (NUL-free
                         words separated by tabs)
"""
import glob
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def cards():
    """{type: the card's names (CREATE, EXTRA, WIRING, BASE, count)}."""
    return {os.path.basename(path)[:-len(".py")]: runpy.run_path(path)
            for path in sorted(glob.glob(os.path.join(HERE, "cards", "aws.*.py")))}


if __name__ == "__main__":
    if sys.argv[1:] == ["creates"]:
        for rtype, card in cards().items():
            op, regex = card["CREATE"]
            print("%-29s %-29s %s" % (rtype, op, regex))
    elif sys.argv[1:] == ["made-first"]:
        for card in cards().values():
            for call in card.get("MADE_FIRST", []):
                print("\t".join(call))
    else:
        sys.exit("usage: cards.py creates | made-first")
