"""provider/aws/checks/words/sentences.py: what both halves of the census of
AWS's words share: how a documentation string is cut into sentences
(sentences: botocore's HTML and the registry's plain text alike), the cues
that mark a sentence as carrying a constraint (CUES), and the CloudFormation
services whose resource types' descriptions are read (SERVICES:
CloudFormation's service name -> botocore's; THIRD_SCOPE, those of them
whose types are awscc types alone, the census's third scope; ALLOWED, the cue of what AWS allows or permits,
read of the first two scopes' services alone: carries_cue). gen_words.py (the API's half
and the ledger) and extract_cfn_words.py (the CloudFormation half) import
it; it imports neither.
"""
import html
import html.parser
import re

CUES = re.compile(
    r"\b(must|can't|cannot|can not|only if|if and only if|required (?:when|if|for)|"
    r"at least|at most|no more than|no fewer than|no less than|valid values|"
    r"not supported|mutually exclusive|the same (?:VPC|zone|Availability Zone|Region|"
    r"AWS Region|account|AWS account)|only (?:when|one|supported|valid|applies)|"
    r"can only|is required|are required|not both|either|minimum|maximum|the max is|valid characters|valid JSON|between \d|"
    r"constraints?:|don't specify|do not specify|isn't supported|aren't supported|"
    r"can't be|cannot be|must be)\b", re.I)

# What AWS allows or permits: "is not allowed", "will be allowed", "is
# permitted only", "Allowed values are 2 or 3", "Allowed characters are
# a-z, ...", "Up to 255 letters ... are allowed" (CUES's "valid values"
# does not say "allowed"). Read of the first two scopes' services alone
# (SERVICES less THIRD_SCOPE, carries_cue): the third scope's ledgers are
# judged by the census helpers in turn, its sentences of this cue not yet.
ALLOWED = re.compile(r"\b(?:allowed|permitted|prohibited)\b", re.I)

# What AWS supports or uses a value for alone: "Amazon S3 only supports
# symmetric encryption KMS keys", "The values LessThanLowerThreshold, ...
# are used only for alarms based on anomaly detection models" (CUES's
# "only supported" and "only applies" say it in other words). Read as
# ALLOWED is, of the first two scopes' services alone (carries_cue).
ONLY_FOR = re.compile(r"\b(?:only supports|(?:is|are) (?:used only|only used) for)\b", re.I)

SERVICES = {
    "Athena": "athena", "Batch": "batch", "CloudWatch": "cloudwatch", "DynamoDB": "dynamodb",
    "EC2": "ec2", "ECR": "ecr", "ECS": "ecs", "EMRServerless": "emr-serverless",
    "Events": "events", "KinesisFirehose": "firehose", "Glue": "glue", "IAM": "iam",
    "Kinesis": "kinesis", "KMS": "kms", "LakeFormation": "lakeformation", "Lambda": "lambda",
    "Logs": "logs", "RDS": "rds", "Redshift": "redshift", "S3": "s3", "Scheduler": "scheduler",
    "SecretsManager": "secretsmanager", "SNS": "sns", "SQS": "sqs", "SSM": "ssm",
    "StepFunctions": "stepfunctions",
}

# The third scope: services of awscc types alone (no written type), in the
# order the published corpora use them most (docs/validation.md's list).
# Their API candidates are the members of the operations their types'
# create and update handlers call (gen_words.py's census_handlers).
THIRD_SCOPE = {"ApiGateway": "apigateway", "Connect": "connect", "IoT": "iot",
               "ApiGatewayV2": "apigatewayv2", "ElastiCache": "elasticache",
               "Lightsail": "lightsail", "NetworkManager": "networkmanager",
               "Personalize": "personalize", "SageMaker": "sagemaker", "Bedrock": "bedrock",
               "Deadline": "deadline", "ACMPCA": "acm-pca", "CloudFront": "cloudfront",
               "ElasticLoadBalancingV2": "elbv2", "Backup": "backup",
               "AppConfig": "appconfig", "CloudFormation": "cloudformation",
               "Cognito": "cognito-idp",
               "ApplicationAutoScaling": "application-autoscaling",
               "SecurityHub": "securityhub", "Wisdom": "qconnect", "Amplify": "amplify",
               "GameLift": "gamelift", "SES": "sesv2", "EKS": "eks",
               "Evidently": "evidently", "Cases": "connectcases",
               "Cassandra": "keyspaces", "VpcLattice": "vpc-lattice",
               "Transfer": "transfer",
               "CloudTrail": "cloudtrail",
               "DataZone": "datazone",
               "OpenSearchServerless": "opensearchserverless",
               "Location": "location",
               "ImageBuilder": "imagebuilder",
               "InspectorV2": "inspector2",
               "BillingConductor": "billingconductor",
               "IVS": "ivs",
               "S3Tables": "s3tables", "EFS": "efs", "DataSync": "datasync", "AppSync": "appsync",
               "Route53RecoveryControl": "route53-recovery-control-config",
               "IoTWireless": "iotwireless", "Omics": "omics",
               "SSO": "sso-admin",
               "CustomerProfiles": "customer-profiles",
               "ServiceCatalogAppRegistry": "servicecatalog-appregistry",
               "Route53RecoveryReadiness": "route53-recovery-readiness",
               "Signer": "signer",
               "AutoScaling": "autoscaling",
               "IoTSiteWise": "iotsitewise",
               "MediaConnect": "mediaconnect",
               "IoTFleetWise": "iotfleetwise",
               "EMR": "emr",
               "RedshiftServerless": "redshift-serverless",
               "DataBrew": "databrew",
               "Timestream": "timestream-write",
               "MSK": "kafka",
               "Pipes": "pipes",
               "AppFlow": "appflow",
               "NeptuneGraph": "neptune-graph",
               "QBusiness": "qbusiness",
               "BedrockAgentCore": "bedrock-agentcore-control",
               "ElasticBeanstalk": "elasticbeanstalk",
               "GroundStation": "groundstation",
               "MediaLive": "medialive",
               "MediaPackageV2": "mediapackagev2",
               "NetworkFirewall": "network-firewall",
               "NimbleStudio": "nimble",
               "Route53Resolver": "route53resolver",
               "VerifiedPermissions": "verifiedpermissions",
               "AppRunner": "apprunner",
               "EventSchemas": "schemas",
               "FraudDetector": "frauddetector",
               "GlobalAccelerator": "globalaccelerator",
               "GuardDuty": "guardduty",
               "Organizations": "organizations",
               "Route53": "route53",
               "Kendra": "kendra",
               "DirectConnect": "directconnect",
               "APS": "amp",
               "WAFv2": "wafv2",
               "Config": "config",
               "Neptune": "neptune",
               "MemoryDB": "memorydb",
               "CodePipeline": "codepipeline",
               "CodeArtifact": "codeartifact",
               "MediaPackage": "mediapackage",
               "MediaTailor": "mediatailor",
               "PaymentCryptography": "payment-cryptography",
               "ResourceExplorer2": "resource-explorer-2",
               "S3Vectors": "s3vectors",
               "SMSVOICE": "pinpoint-sms-voice-v2",
               "WorkSpacesWeb": "workspaces-web",
               "XRay": "xray",
               "CE": "ce",
               "IdentityStore": "identitystore",
               "IoTEvents": "iotevents",
               "OSIS": "osis",
               "Oam": "oam",
               "PCS": "pcs",
               "Chatbot": "chatbot",
               "CodeStarConnections": "codestar-connections",
               "EntityResolution": "entityresolution",
               "FIS": "fis",
               "GreengrassV2": "greengrassv2",
               "CleanRooms": "cleanrooms",
               "Inspector": "inspector",
               "Lex": "lexv2-models",
               "Macie": "macie2",
               "B2BI": "b2bi",
               "RolesAnywhere": "rolesanywhere",
               "RefactorSpaces": "migration-hub-refactor-spaces",
               "S3Outposts": "s3outposts",
               "ServiceCatalog": "servicecatalog",
               "SupportApp": "support-app",
               "ARCZonalShift": "arc-zonal-shift",
               "AccessAnalyzer": "accessanalyzer",
               "AmazonMQ": "mq",
               "AppIntegrations": "appintegrations",
               "AppStream": "appstream",
               "IVSChat": "ivschat",
               "IoTTwinMaker": "iottwinmaker",
               "KafkaConnect": "kafkaconnect",
               "KinesisVideo": "kinesisvideo",
               "ObservabilityAdmin": "observabilityadmin",
               "PCAConnectorAD": "pca-connector-ad",
               "Proton": "proton",
               "ApplicationSignals": "application-signals",
               "CodeBuild": "codebuild",
               "CodeDeploy": "codedeploy",
               "CodeGuruReviewer": "codeguru-reviewer",
               "ControlTower": "controltower",
               "DMS": "dms",
               "Detective": "detective",
               "DevOpsGuru": "devops-guru",
               "FMS": "fms",
               "FSx": "fsx",
               "Forecast": "forecast",
               "Grafana": "grafana",
               "DevOpsAgent": "devops-agent",
               "RTBFabric": "rtbfabric",
               "Rekognition": "rekognition",
               "ResourceGroups": "resource-groups",
               "Route53Profiles": "route53profiles",
               "SSMContacts": "ssm-contacts",
               "AIOps": "aiops",
               "ApplicationInsights": "application-insights",
               "AuditManager": "auditmanager",
               "BcmPricingCalculator": "bcm-pricing-calculator",
               "BedrockMantle": "bedrock-mantle",
               "Billing": "billing",
               "Budgets": "budgets",
               "CUR": "cur",
               "CertificateManager": "acm",
               "CleanRoomsML": "cleanroomsml",
               "CodeConnections": "codeconnections",
               "CodeGuruProfiler": "codeguruprofiler",
               "CodeStarNotifications": "codestar-notifications",
               "Comprehend": "comprehend",
               "ComputeOptimizer": "compute-optimizer-automation",
               "DSQL": "dsql",
               "DataPipeline": "datapipeline",
               "DirectoryService": "ds",
               "DocDB": "docdb",
               "EVS": "evs",
               "ElementalInference": "elementalinference",
               "FinSpace": "finspace",
               "HealthImaging": "medical-imaging"}
SERVICES.update(THIRD_SCOPE)

# Services of written types (SERVICES less THIRD_SCOPE) whose awscc types'
# create and update handlers' operations are read too (census_handlers),
# beside the members terrace's own code sends (members.txt): an awscc type
# sends what its handlers call (awscc.events.event_bus: CreateEventBus,
# which no written type calls). Brought in one by one, each as its new
# candidates are judged (issue 87's item 3: 3,257 candidates over 24
# services when all are).
HANDLERS_TOO = {"Events": "events", "SecretsManager": "secretsmanager", "SNS": "sns",
               "Kinesis": "kinesis", "LakeFormation": "lakeformation",
               "StepFunctions": "stepfunctions", "Scheduler": "scheduler", "ECR": "ecr",
               "Lambda": "lambda", "Athena": "athena", "KMS": "kms",
               "IAM": "iam", "EMRServerless": "emr-serverless",
               "SSM": "ssm", "Redshift": "redshift",
               "Logs": "logs", "S3": "s3"}


def carries_cue(svc, sentence):
    """Whether a sentence of botocore service svc's documentation (or of its
    registry types') carries a constraint cue: CUES, or ALLOWED outside the
    third scope."""
    return bool(CUES.search(sentence)) or (
        svc not in THIRD_SCOPE.values() and bool(ALLOWED.search(sentence) or
                                                 ONLY_FOR.search(sentence)))

# A third-scope service whose operations botocore keeps in several models
# signed alike (Bedrock's agents and knowledge bases are bedrock-agent's,
# its blueprints bedrock-data-automation's, its guardrails bedrock's: each
# signed "bedrock", the prefix its handlers' permissions name): every model
# census_handlers reads for it, the ledger still the service's one; Cognito's
# user pools are cognito-idp's, its identity pools cognito-identity's, each
# signed by its own name, the prefix of their types' permissions; SES's
# handlers name sesv2's, v1 ses's and mailmanager's operations, each signed
# ses; Timestream's tables are timestream-write's, its scheduled queries
# timestream-query's (both signed timestream), its InfluxDB instances and
# clusters timestream-influxdb's. None: a service the pinned botocore keeps
# no model of (Evidently and Nimble Studio, retired, whose models botocore
# dropped; Bedrock Mantle, whose handlers' bedrock-mantle: operations no
# model of the pin has): its registry sentences alone (Nimble Studio's and
# Bedrock Mantle's descriptions carry no cue: no candidate).
MODELS = {"bedrock": ("bedrock", "bedrock-agent", "bedrock-data-automation"),
          "cognito-idp": ("cognito-idp", "cognito-identity"),
          "sesv2": ("sesv2", "ses", "mailmanager"),
          "evidently": (), "nimble": (), "bedrock-mantle": (),
          "ivs": ("ivs", "ivs-realtime"),
          "timestream-write": ("timestream-write", "timestream-query", "timestream-influxdb"),
          "s3outposts": ("s3outposts", "s3control")}
# A model whose operations a third-scope service's handlers name under an
# IAM prefix that is not the model's signing name: S3 on Outposts' buckets,
# access points and their policies are s3control's operations (signed s3),
# which IAM and the handlers name s3-outposts:CreateBucket.
IAM_PREFIX = {("s3outposts", "s3control"): "s3-outposts"}


class _Text(html.parser.HTMLParser):
    """A documentation string's text, a break at each block."""
    BLOCKS = {"p", "li", "ul", "ol", "br", "note", "important", "dl", "dt", "dd", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def sentences(doc):
    parser = _Text()
    parser.feed(doc or "")
    out = []
    for block in "".join(parser.parts).split("\n"):
        block = re.sub(r"\s+", " ", html.unescape(block)).strip()
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(\"])", block):
            s = s.strip()
            if len(s) > 3:
                out.append(s)
    return out
