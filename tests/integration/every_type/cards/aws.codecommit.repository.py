"""aws.codecommit.repository in the tests of every aws type (../cards.py)."""

CREATE = ("CreateRepository", r"CodeCommit_20150413[.]CreateRepository$")
BASE = {"repository_name": "edges"}


def count(client, p, stack):
    return sum(1 for r in client("codecommit").list_repositories()["repositories"]
               if r["repositoryName"] == p + "-repository-name")
