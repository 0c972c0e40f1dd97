"""Service Quotas GetServiceQuota and GetAWSDefaultServiceQuota beyond VPC.

moto 5.2.1 knows the quotas of one service (vpc) and has no
GetAWSDefaultServiceQuota. From the Service Quotas API reference: both take
{ServiceCode, QuotaCode} and answer {Quota: {ServiceCode, ServiceName,
QuotaArn, QuotaCode, QuotaName, Value, Unit, Adjustable, GlobalQuota}};
a quota the service does not know is NoSuchResourceException. This adds the
quotas `terrace lab` asks about with the values AWS documents for a new
account (IAM roles 1,000 and users 5,000: the IAM and AWS STS quotas page;
S3 general purpose buckets 10,000: the S3 bucket restrictions page; Lambda
concurrent executions 1,000: the Lambda quotas page; Glue's concurrent job
runs per account 2,000: the AWS Glue endpoints and quotas page), answered
as applied and as default alike, as for an account that raised none. Any
other quota (Glue's jobs, for one) stays unknown, so a test sees terrace
fall back to AWS's documented default (t0537-lab-quotas).
"""
import json

from moto.servicequotas.exceptions import NoSuchResource
from moto.servicequotas.models import ServiceQuotasBackend
from moto.servicequotas.responses import ServiceQuotasResponse

QUOTAS = {
    ("iam", "L-FE177D64"): ("AWS Identity and Access Management (IAM)", "Roles per account",
                            1000.0, True, True),
    ("iam", "L-F55AF5E4"): ("AWS Identity and Access Management (IAM)", "Users per account",
                            5000.0, False, True),
    ("s3", "L-DC2B2D3D"): ("Amazon Simple Storage Service (Amazon S3)",
                           "General purpose buckets", 10000.0, True, False),
    ("lambda", "L-B99A9384"): ("AWS Lambda", "Concurrent executions", 1000.0, True, False),
    ("glue", "L-5E4153CA"): ("AWS Glue", "Max concurrent job runs per account", 2000.0, True,
                             False),
}

_vpc_quota = ServiceQuotasBackend.get_service_quota


def _quota(self, service_code, quota_code):
    known = QUOTAS.get((service_code, quota_code))
    if not known:
        return _vpc_quota(self, service_code=service_code, quota_code=quota_code)
    service_name, name, value, adjustable, is_global = known
    return {
        "ServiceCode": service_code,
        "ServiceName": service_name,
        "QuotaArn": "arn:aws:servicequotas:%s:%s:%s/%s" % (
            self.region_name, self.account_id, service_code, quota_code),
        "QuotaCode": quota_code,
        "QuotaName": name,
        "Value": value,
        "Unit": "None",
        "Adjustable": adjustable,
        "GlobalQuota": is_global,
    }


def get_service_quota(self, service_code, quota_code):
    return _quota(self, service_code, quota_code)


def get_aws_default_service_quota(self):
    params = json.loads(self.body)
    quota = _quota(self.backend, str(params.get("ServiceCode")), str(params.get("QuotaCode")))
    return json.dumps({"Quota": quota})


ServiceQuotasBackend.get_service_quota = get_service_quota
ServiceQuotasResponse.get_aws_default_service_quota = get_aws_default_service_quota
