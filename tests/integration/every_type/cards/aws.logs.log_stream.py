"""aws.logs.log_stream in the tests of every aws type (../cards.py)."""

CREATE = ("CreateLogStream", r"Logs_20140328[.]CreateLogStream$")
WIRING = {"log_group_name": "${aws_logs_log_group.name}"}
BASE = {"name": "s", "log_group_name": "/edges-streams"}
MADE_FIRST = [["logs", "create-log-group", "--log-group-name", "/edges-streams"]]


def count(client, p, stack):
    logs = client("logs")
    return sum(len(logs.describe_log_streams(logGroupName=g["logGroupName"])["logStreams"])
               for g in logs.describe_log_groups(logGroupNamePrefix="/" + p + "/")["logGroups"])
