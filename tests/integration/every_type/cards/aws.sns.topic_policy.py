"""aws.sns.topic_policy in the tests of every aws type (../cards.py)."""
import json

CREATE = ("SetTopicAttributes", r"^POST./.SetTopicAttributes$")
# A resource policy names its principal (all_types.py's document has none).
EXTRA = {"topics": ["arn:aws:sns:us-east-1:123456789012:t0435-name"],
         "policy": {"Version": "2012-10-17", "Statement": [
             {"Sid": "t0435-publish", "Effect": "Allow",
              "Principal": {"Service": "events.amazonaws.com"},
              "Action": "sns:Publish", "Resource": "*"}]}}
WIRING = {"topics": ["${aws_sns_topic.arn}"]}


def count(client, p, stack):
    sns = client("sns")
    for t in sns.list_topics()["Topics"]:
        if t["TopicArn"].endswith(":" + p + "-name"):
            policy = sns.get_topic_attributes(TopicArn=t["TopicArn"])["Attributes"].get("Policy")
            return sum(1 for s in json.loads(policy or "{}").get("Statement", [])
                       if s.get("Sid") == p + "-publish")
    return 0
