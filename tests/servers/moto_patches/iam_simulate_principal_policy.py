"""IAM SimulatePrincipalPolicy, iam:PassRole, and resources moto cannot name.

`terrace plan -check-permissions` asks iam:SimulatePrincipalPolicy whether
the caller may send each action the plan needs on each resource (AWS API
reference, SimulatePrincipalPolicy: PolicySourceArn, ActionNames.member.N,
ResourceArns.member.N; EvaluationResults with EvalActionName,
EvalResourceName and EvalDecision "allowed", "explicitDeny" or
"implicitDeny"). moto 5.2.1 has no such operation. This adds it with a small
evaluator of the principal's identity policies (a user's inline and
attached policies and its groups'; a role's inline and attached ones):
an explicit Deny wins, else an Allow, else implicitDeny; Action and Resource
may be a string or a list, with * and ? wildcards (actions compared without
case); a Condition's StringEquals and StringLike against the request's
ContextEntries (a key the context lacks fails the condition, as in AWS; any
other operator fails it too). NotAction, NotResource, permissions
boundaries, SCPs and resource policies are not evaluated.

Two more gaps of moto's enforcement (INITIAL_NO_AUTH_ACTION_COUNT, server
mode), which the restricted-user tests (t0850) need closed:

- moto names the resource of a request for IAM's role operations and S3
  only; for every other request it checks the action against the resource
  "*", which a statement scoped to an ARN never matches. Here a statement's
  Resource matches that "*": moto then checks the action alone, as if the
  resource were right (the ARNs are checked by SimulatePrincipalPolicy).
- AWS checks iam:PassRole on the role a request hands to a service (Glue's
  Role, Lambda's Role, Step Functions' roleArn, Scheduler's and
  EventBridge's RoleArn, Redshift's IamRoles, an instance profile's role);
  moto does not. Here such a request is refused, as AWS refuses it
  (AccessDenied), unless the caller's policies allow iam:PassRole on the
  role's ARN (a name is taken as arn:aws:iam::ACCOUNT:role/NAME), with the
  request's service as iam:PassedToService (glue:CreateJob passes to
  glue.amazonaws.com; IAM User Guide, "Grant a user permissions to pass a
  role to an AWS service"): a statement whose condition names another
  service does not allow it.
- moto names the resource of AddRoleToInstanceProfile and
  RemoveRoleFromInstanceProfile as the role (any request with a RoleName);
  AWS's is the instance profile (Service Authorization Reference, IAM:
  resource type instance-profile*), and the role is checked for
  iam:PassRole. Here those requests name the profile.
"""
import json
import re

from moto.core.responses import ActionResult
from moto.iam import access_control
from moto.iam.access_control import IAMPolicy, IAMPolicyStatement, IAMRequest, PermissionResult
from moto.iam.models import iam_backends
from moto.iam.responses import IamResponse


def _wild(pattern, value, case):
    rx = "^" + "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + "$"
    return re.match(rx, value, 0 if case else re.I) is not None


def _listed(v):
    return v if isinstance(v, list) else [v]


def _documents(policies):
    docs = []
    for p in policies:
        doc = IAMPolicy(p)._policy_json
        docs.append(doc)
    return docs


def condition_holds(st, context):
    """Whether statement st's Condition holds in context (key -> value)."""
    for op, keys in (st.get("Condition") or {}).items():
        for key, expected in keys.items():
            actual = context.get(key)
            if actual is None:
                return False
            if op == "StringEquals":
                ok = actual in _listed(expected)
            elif op == "StringLike":
                ok = any(_wild(e, actual, True) for e in _listed(expected))
            else:
                ok = False
            if not ok:
                return False
    return True


def evaluate(documents, action, resource, context=None):
    """"allowed", "explicitDeny" or "implicitDeny"."""
    allowed = False
    for doc in documents:
        for st in _listed(doc.get("Statement", [])):
            if "Action" not in st or "Resource" not in st:
                continue
            if not any(_wild(a, action, False) for a in _listed(st["Action"])):
                continue
            if not any(_wild(r, resource, True) for r in _listed(st["Resource"])):
                continue
            if not condition_holds(st, context or {}):
                continue
            if st.get("Effect") == "Deny":
                return "explicitDeny"
            if st.get("Effect") == "Allow":
                allowed = True
    return "allowed" if allowed else "implicitDeny"


def principal_policies(backend, arn):
    """The identity policies of the user or role `arn`."""
    kind, _, name = arn.split(":", 5)[5].partition("/")
    name = name.rsplit("/", 1)[-1]
    if kind == "user":
        holder = type("Holder", (), {})()
        holder.backend = backend
        holder._owner_user_name = name
        return access_control.IAMUserAccessKey.collect_policies(holder)
    if kind == "role":
        role = backend.get_role(name)
        return list(role.policies.values()) + list(role.managed_policies.values())
    return []


def simulate_principal_policy(self):
    source = self._get_param("PolicySourceArn")
    actions = self._get_param("ActionNames", [])
    resources = self._get_param("ResourceArns", []) or ["*"]
    docs = _documents(principal_policies(self.backend, source))
    context = {}
    for entry in self._get_param("ContextEntries", []) or []:
        values = entry.get("ContextKeyValues") or []
        if entry.get("ContextKeyName") and values:
            context[entry["ContextKeyName"]] = values[0]
    results = []
    for action in actions:
        for resource in resources:
            results.append({"EvalActionName": action, "EvalResourceName": resource,
                            "EvalDecision": evaluate(docs, action, resource, context),
                            "MatchedStatements": [], "MissingContextValues": []})
    return ActionResult({"EvaluationResults": results, "IsTruncated": False})


IamResponse.simulate_principal_policy = simulate_principal_policy

_determine_resource = IamResponse._determine_resource


def determine_resource(self):
    profile = self.data.get("InstanceProfileName") if isinstance(self.data, dict) else None
    if profile:
        name = profile[0] if isinstance(profile, list) else profile
        return "arn:aws:iam::%s:instance-profile/%s" % (self.current_account, name)
    return _determine_resource(self)


IamResponse._determine_resource = determine_resource

# A statement's Resource matches the "*" moto checks when it cannot name the
# request's resource.
_check_element_matches = IAMPolicyStatement._check_element_matches


def check_element_matches(self, statement_element, value):
    if statement_element == "Resource" and value == "*":
        return True
    return _check_element_matches(self, statement_element, value)


IAMPolicyStatement._check_element_matches = check_element_matches

# iam:PassRole on the roles a request hands to a service, and the service
# (iam:PassedToService) each request's service passes them to.
PASSED_TO = {"glue": "glue.amazonaws.com", "lambda": "lambda.amazonaws.com",
             "states": "states.amazonaws.com", "scheduler": "scheduler.amazonaws.com",
             "events": "events.amazonaws.com", "redshift": "redshift.amazonaws.com",
             "ecs": "ecs-tasks.amazonaws.com", "ec2": "ec2.amazonaws.com"}
ROLE_KEYS = {"Role", "RoleArn", "roleArn", "ExecutionRoleArn"}


def _roles_in_json(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            if k in ROLE_KEYS and isinstance(x, str) and x:
                out.append(x)
            else:
                _roles_in_json(x, out)
    elif isinstance(v, list):
        for x in v:
            _roles_in_json(x, out)


def passed_roles(request):
    roles = []
    action = request._action
    data = request._data if isinstance(request._data, dict) else {}
    if action == "iam:AddRoleToInstanceProfile":
        roles += _listed(data.get("RoleName", []))
    for k, v in data.items():
        if k == "RoleArn" or re.match(r"IamRoles\.member\.\d+$", k) or k == "IamInstanceProfile.Arn":
            roles += _listed(v)
    body = request._body
    if body and body[:1] in (b"{", "{"):
        try:
            _roles_in_json(json.loads(body), roles)
        except ValueError:
            pass
    return [r for r in roles if isinstance(r, str) and r]


_check_action_permitted = IAMRequest.check_action_permitted


def check_action_permitted(self, resource):
    _check_action_permitted(self, resource)
    if self._action.startswith("iam:Get") or self._action.startswith("iam:List"):
        return
    roles = passed_roles(self)
    if not roles:
        return
    docs = _documents(self._access_key.collect_policies())
    service = PASSED_TO.get(self._action.split(":", 1)[0])
    context = {"iam:PassedToService": service} if service else {}
    for role in roles:
        arn = role if role.startswith("arn:") else "arn:aws:iam::%s:role/%s" % (self.account_id, role)
        if evaluate(docs, "iam:PassRole", arn, context) != "allowed":
            # AWS's message names iam:PassRole, not the request's action
            self._action = "iam:PassRole"
            self._raise_access_denied()


IAMRequest.check_action_permitted = check_action_permitted
_ = iam_backends
