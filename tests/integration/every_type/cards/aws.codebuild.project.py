"""aws.codebuild.project in the tests of every aws type (../cards.py)."""

CREATE = ("CreateProject", r"CodeBuild_20161006[.]CreateProject$")
_PROJECT = {"source": {"type": "NO_SOURCE", "buildspec": "version: 0.2"},
            "artifacts": {"type": "NO_ARTIFACTS"},
            "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0",
                            "compute_type": "BUILD_GENERAL1_SMALL"}}
# a role outside the stack: the stack's own trusts Glue alone (checks/roles.c)
EXTRA = dict(_PROJECT, service_role="arn:aws:iam::123456789012:role/t0435-build")
WIRING = {"service_role": "${aws_iam_role.arn}"}
BASE = dict(_PROJECT, name="pp", service_role="arn:aws:iam::123456789012:role/edges")


def count(client, p, stack):
    return len(client("codebuild").batch_get_projects(names=[p + "-name"])["projects"])
