# the CDK app's Glue job script: cdk synth copies this file into cdk.out
import sys
from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["JOB_NAME"])
print("ingest job", args["JOB_NAME"])
