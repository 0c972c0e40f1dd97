"""aws.sqs.queue_policy in the tests of every aws type (../cards.py)."""
import json

CREATE = ("SetQueueAttributes", r"AmazonSQS[.]SetQueueAttributes$")
# A resource policy names its principal (all_types.py's document has none).
EXTRA = {"queues": ["https://sqs.us-east-1.amazonaws.com/123456789012/t0435-queue"],
         "policy": {"Version": "2012-10-17", "Statement": [
             {"Sid": "t0435-send", "Effect": "Allow",
              "Principal": {"Service": "sns.amazonaws.com"},
              "Action": "sqs:SendMessage", "Resource": "*"}]}}
# Not the stack's aws.sqs.queue, which holds its own policy (sns/rules.c
# refuses one of this type on it): applied_stack.py's awscc queue.
WIRING = {"queues": ["${awscc_sqs_queue.id}"]}


def count(client, p, stack):
    sqs = client("sqs")
    urls = sqs.list_queues(QueueNamePrefix=p + "-policy-queue").get("QueueUrls", [])
    n = 0
    for url in urls:
        policy = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"])[
            "Attributes"].get("Policy")
        n += sum(1 for s in json.loads(policy or "{}").get("Statement", [])
                 if s.get("Sid") == p + "-send")
    return n
