#!/usr/bin/env python3
"""stacks/tf_type_counts.py: which Terraform resource types public
configurations use most, the list stacks/convert_tf_types.c's table is
measured against (docs/convert.md, "Which aws_* types carry").

    stacks/tf_type_counts.py GIT_DIR... > stacks/tf_type_counts.txt

Each GIT_DIR is a clone (bare or not) of a public repository of Terraform
(the `fetch` tool's mirrors, /work/.mirror/OWNER+NAME/repo, which name
it: terraform-aws-modules/*, aws-ia/*,
hashicorp/learn-terraform-*). A configuration is a folder of *.tf files at
the repository's HEAD (a module's root, each of its examples/ and
modules/); a type's count is the number of configurations that declare at
least one `resource "TYPE"` block, so that a module declaring one type
forty times weighs as one use of it. Types of the aws provider and of the
utility providers (random, time, archive, null, terraform_data, tls, local)
are counted; the output names each repository and the commit it was read
at, then `configurations blocks type`, commonest first. The fetched code
is not kept: the counts are.
"""
import collections
import os
import re
import subprocess
import sys

RESOURCE = re.compile(
    r'^\s*resource\s+"((?:aws|random|time|archive|null|terraform|tls|local)_[a-z0-9_]+|terraform_data)"\s+"',
    re.M)


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True,
                          check=True).stdout


def repository_name(repo):
    """owner/name, from the mirror's folder (/work/.mirror/owner+name/repo)."""
    for part in reversed(os.path.abspath(repo).split(os.sep)):
        if "+" in part:
            return part.replace("+", "/", 1)
    return os.path.basename(os.path.abspath(repo))


def main():
    configurations = collections.defaultdict(set)
    blocks = collections.Counter()
    sources = []
    for repo in sys.argv[1:]:
        commit = git(repo, "rev-parse", "HEAD").strip()
        url = repository_name(repo)
        sources.append(f"{url} {commit}")
        for path in git(repo, "ls-tree", "-r", "--name-only", "HEAD").split("\n"):
            if not path.endswith(".tf"):
                continue
            text = git(repo, "show", f"HEAD:{path}")
            for m in RESOURCE.finditer(text):
                configurations[m.group(1)].add((repo, os.path.dirname(path)))
                blocks[m.group(1)] += 1
    n_configurations = len({c for cs in configurations.values() for c in cs})
    print(f"# {len(sources)} repositories, {n_configurations} configurations declaring a counted "
          f"type (stacks/tf_type_counts.py)")
    for s in sorted(sources):
        print(f"# {s}")
    print("# configurations blocks type")
    for t in sorted(blocks, key=lambda t: (-len(configurations[t]), -blocks[t], t)):
        print(len(configurations[t]), blocks[t], t)


if __name__ == "__main__":
    main()
