"""aws.iam.inline_policy in the tests of every aws type (../cards.py)."""

# On the stack's user: the stack's role writes every inline policy of its
# own (iam/rules.c refuses one of this type on it), and PutRolePolicy is
# the role's call too.
CREATE = ("PutUserPolicy", r"^POST./.PutUserPolicy$")
EXTRA = {"users": ["t0435-user"]}
WIRING = {"users": ["${aws_iam_user.name}"]}


def count(client, p, stack):
    iam = client("iam")
    try:
        return len([n for n in iam.list_user_policies(UserName=p + "-name")["PolicyNames"]
                    if n == p + "-name"])
    except iam.exceptions.NoSuchEntityException:
        return 0
