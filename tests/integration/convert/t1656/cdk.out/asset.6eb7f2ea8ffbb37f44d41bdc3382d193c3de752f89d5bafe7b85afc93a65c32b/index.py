import json


def handler(event, context):
    # the CDK app's function code: cdk synth copies this folder into cdk.out
    return {"statusCode": 200, "body": json.dumps({"records": len(event.get("Records", []))})}
