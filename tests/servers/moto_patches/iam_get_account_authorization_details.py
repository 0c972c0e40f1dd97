"""IAM GetAccountAuthorizationDetails: pages, policy names and ids, encoded trust policies.

The AWS API reference (GetAccountAuthorizationDetails) gives the account's
users, groups, roles and managed policies, filtered by Filter.member.N, at
most MaxItems (1 to 1000, default 100) entities a page, with IsTruncated and
a Marker to send for the next page; every policy document in it is
"URL-encoded compliant with RFC 3986". moto 5.2.1 differs in three ways
this patch corrects:

- it ignores MaxItems and Marker and answers everything in one page with
  IsTruncated false: here the users, groups, roles and policies (in that
  order) are cut into pages of MaxItems, the Marker being the position of
  the next page's first entity;
- its Policies entries (ManagedPolicyDetail) lack PolicyName and PolicyId,
  which the model names and AWS returns: they are given here;
- its RoleDetailList's AssumeRolePolicyDocument is plain JSON, where
  GetRole (in moto too) encodes it: it is encoded here as well;
- it gives a policy without a description an empty Description, where
  its GetPolicy (as AWS's) leaves the element out: left out here too.

Everything else (what each entry holds) is moto's.

IAM "might return fewer than the MaxItems number of results even when
there are more results available" (IsTruncated then true): with
MOTO_IAM_PAGE_CAP=N in moto's environment (start_moto MOTO_IAM_PAGE_CAP=N),
GetAccountAuthorizationDetails and ListRoles give at most N a page, so that
a test reaches their further pages without making a thousand roles. Unset,
MaxItems is obeyed.
"""
import os

from moto.core.responses import ActionResult
from moto.core.serialize import return_if_not_empty, url_encode
from moto.iam.models import IAMBackend, Policy
from moto.iam.responses import IamResponse

# ManagedPolicyDetail's PolicyName and PolicyId, from the policy's own.
Policy.policy_name = property(lambda self: self.name)
Policy.policy_id = property(lambda self: self.id)

IamResponse.RESPONSE_KEY_PATH_TO_TRANSFORMER.update({
    "GetAccountAuthorizationDetailsResponse.RoleDetailList.RoleDetail.AssumeRolePolicyDocument":
        url_encode,
    "GetAccountAuthorizationDetailsResponse.Policies.ManagedPolicyDetail.Description":
        return_if_not_empty,
})

def _capped(max_items):
    # Read at each call, not at import: moto_zygote.py's forks take the
    # variable from the file that asked for them.
    cap = int(os.environ.get("MOTO_IAM_PAGE_CAP") or 0)
    return min(max_items, cap) if cap > 0 else max_items


_list_roles = IAMBackend.list_roles


def list_roles(self, path_prefix=None, marker=None, max_items=None):
    if not int(os.environ.get("MOTO_IAM_PAGE_CAP") or 0):
        return _list_roles(self, path_prefix, marker, max_items)
    return _list_roles(self, path_prefix, marker, _capped(int(max_items or 100)))


IAMBackend.list_roles = list_roles

LISTS = (("users", "UserDetailList"), ("groups", "GroupDetailList"),
         ("roles", "RoleDetailList"), ("managed_policies", "Policies"))


def get_account_authorization_details(self):
    filters = self._get_param("Filter", [])
    max_items = _capped(int(self._get_param("MaxItems", 100)))
    start = int(self._get_param("Marker", "0") or "0")
    details = self.backend.get_account_authorization_details(filters)
    entities = [(key, e) for name, key in LISTS for e in details[name]]
    page = entities[start:start + max_items]
    result = {key: [e for k, e in page if k == key] for _, key in LISTS}
    truncated = start + max_items < len(entities)
    result["IsTruncated"] = truncated
    if truncated:
        result["Marker"] = str(start + max_items)
    return ActionResult(result)


IamResponse.get_account_authorization_details = get_account_authorization_details
