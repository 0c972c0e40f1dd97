"""IAM GetPolicyVersion and ListPolicyVersions: the policy document URL-encoded.

AWS returns PolicyVersion.Document "URL-encoded compliant with RFC 3986"
(API reference, GetPolicyVersion and PolicyVersion), as it does for
GetRole's AssumeRolePolicyDocument and GetRolePolicy's PolicyDocument.
moto 5.2.1 encodes those two but returns policy version documents as plain
JSON; this makes it encode them too.
"""
from moto.core.serialize import url_encode
from moto.iam.responses import IamResponse

IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER.update({
    "GetPolicyVersionResponse.PolicyVersion.Document": url_encode,
    "ListPolicyVersionsResponse.Versions.PolicyVersion.Document": url_encode,
})
