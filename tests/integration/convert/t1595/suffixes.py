"""t1595/suffixes.py: tests/twins/normalise.py's compare() on inventories as
the sqs module's examples/complete and the iam module's iam-policy leave
them: names made of a name_prefix, Terraform's suffix (26 digits) in the
original's, terrace's (8 hex digits) in the twin's, in names, ARNs, URLs and
a redrive policy; Terraform's counter in hex (its last 8 characters) and
terrace's 12 hex digits (a Lambda permission's statement id, as the lambda
module's examples/event-source-mapping leaves them, and its broker's id in
moto's ARN). Prints each case and its difference lines (none: "same").
"""
import sys

sys.path.insert(0, sys.argv[1])
import normalise  # noqa: E402

ACCOUNT = "arn:aws:sqs:us-east-1:123456789012:"


def queue(name, dlq=None, size="262144"):
    attrs = {"QueueArn": ACCOUNT + name, "QueueUrl": "http://127.0.0.1:5000/123456789012/" + name,
             "MaximumMessageSize": size}
    if dlq:
        attrs["RedrivePolicy"] = '{"deadLetterTargetArn": "%s%s", "maxReceiveCount": 5}' % (ACCOUNT, dlq)
    return {"type": "sqs.queue", "name": name, "attrs": attrs}


def policy(name):
    return {"type": "iam.policy", "name": name,
            "attrs": {"Arn": "arn:aws:iam::123456789012:policy/" + name, "Path": "/"}}


TF_A, TF_B, TF_C = "20261129170102030400000001", "20261129170102030400000002", "20261129170102030400000003"
ORIGINAL = [queue("example-" + TF_A, dlq="example-dlq-" + TF_B), queue("example-dlq-" + TF_B),
            policy("example-" + TF_C)]


def case(title, twin, original=None):
    lines = normalise.compare(ORIGINAL if original is None else original, twin)
    print(title + ": " + ("same" if not lines else "differ"))
    for line in lines:
        print("  " + line)


# listed in the other order, so that pairing by fewest differences alone
# would not find them
case("terrace's suffixes", [policy("example-0badcafe"), queue("example-dlq-9f8e7d6c"),
                            queue("example-3a4b5c6d", dlq="example-dlq-9f8e7d6c")])
case("a difference beside them", [policy("example-0badcafe"), queue("example-dlq-9f8e7d6c"),
                                  queue("example-3a4b5c6d", dlq="example-dlq-9f8e7d6c",
                                        size="1048576")])
case("a prefix of its own", [policy("example-0badcafe"), queue("example-dlq-9f8e7d6c"),
                             queue("sample-3a4b5c6d", dlq="example-dlq-9f8e7d6c")])
case("not hex digits", [policy("example-0badcafe"), queue("example-dlq-9f8e7d6c"),
                        queue("example-3a4b5c6z", dlq="example-dlq-9f8e7d6c")])
# Terraform's suffix is a UTC time and a counter in hex (…0000000b), and a
# statement id terrace makes of a prefix ends in 12 hex digits
case("a counter in hex, 12 hex digits", [policy("sqs0badcafe1234"), policy("mq0badcafe")],
     original=[policy("sqs2026113020193904790000000c"), policy("mq20261130201939047900000010")])
BROKER = "arn:aws:mq:eu-west-1:123456789012:broker:"
case("a broker's id", [{"type": "lambda.event_source_mapping", "name": BROKER + "b24355",
                         "attrs": {"EventSourceArn": BROKER + "b24355"}}],
     original=[{"type": "lambda.event_source_mapping", "name": BROKER + "790aa4",
                "attrs": {"EventSourceArn": BROKER + "790aa4"}}])
