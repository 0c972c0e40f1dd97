"""tests/twins/inventory.py: every object an account holds, by type and
attribute, read through the services' own Describe/Get/List calls (boto3).

take(endpoint, regions) returns a list of {"type", "id", "name", "attrs"}:
"type" is the service's own name of the kind of object ("s3.bucket",
"iam.role", "ec2.subnet"), "id" what the server calls it (to leave out what
was there before the source was applied), "name" what pairs it with its twin
(a name when the object has one, else an id normalise.py replaces), "attrs"
what the service's Get/Describe calls answer about it, the configuration
calls of each (a bucket's versioning, a role's inline policies, a queue's
attributes, a table's time to live) folded in. A call the server does not
answer (moto lacks it, or the object has no such configuration) is recorded
as absent, the same on both sides.

The services listed are those the corpus makes objects in; an object of any
other service is not seen (docs/convert.md, "Proof by applying both").
"""
import re

import boto3
import botocore.config
import botocore.exceptions

ACCOUNT = "123456789012"  # moto's account
# An S3 Express directory bucket's calls signed as any other bucket's (no
# CreateSession, which moto does not serve).
CONFIG = botocore.config.Config(retries={"max_attempts": 2}, connect_timeout=10, read_timeout=120,
                                s3={"addressing_style": "path", "disable_s3_express_session_auth": True})


class Reader:
    def __init__(self, endpoint, region):
        self.endpoint, self.region, self.clients = endpoint, region, {}

    def __call__(self, service):
        if service not in self.clients:
            self.clients[service] = boto3.client(
                service, region_name=self.region, endpoint_url=self.endpoint, config=CONFIG,
                aws_access_key_id="AKIAMOTOUNCHECKED000", aws_secret_access_key="moto-accepts-any-secret")
        return self.clients[service]


def call(fn, *keys, **kw):
    """fn(**kw)'s answer without its metadata, or None where the server has
    no answer (not implemented, no such configuration)."""
    try:
        out = fn(**kw)
    except (botocore.exceptions.ClientError, botocore.exceptions.ParamValidationError, KeyError,
            NotImplementedError):
        return None
    except Exception:  # moto answers 500 for an operation it lacks
        return None
    out.pop("ResponseMetadata", None)
    for k in keys:
        out = out.get(k) if isinstance(out, dict) else None
    return out


def pages(client, op, key, **kw):
    try:
        if client.can_paginate(op):
            out = []
            for page in client.get_paginator(op).paginate(**kw):
                out.extend(page.get(key, []))
            return out
        return getattr(client, op)(**kw).get(key, [])
    except Exception:
        return []


def obj(kind, ident, name, attrs):
    return {"type": kind, "id": ident, "name": name, "attrs": attrs}


def referenced_groups_named(v, group_names):
    """v with each security group a permission or rule refers to (a GroupId
    in UserIdGroupPairs or ReferencedGroupInfo) named as well, "sg-... (NAME)":
    ids are set aside as generated (normalise.py), and a rule to the group
    itself, to a second group of the stack or to the VPC's default group
    must not become one another's."""
    if isinstance(v, dict):
        return {k: (f"{x} ({group_names[x]})" if k == "GroupId" and x in group_names
                    else referenced_groups_named(x, group_names)) for k, x in v.items()}
    if isinstance(v, list):
        return [referenced_groups_named(x, group_names) for x in v]
    return v


def tag_name(tags, default):
    for t in tags or []:
        if t.get("Key") == "Name":
            return t["Value"]
    return default


# --- one function per service: (reader, global) -> objects ---------------

def s3(r, first):
    if not first:
        return []  # buckets are listed once, whatever their region
    c = r("s3")
    out = []
    # General purpose buckets (ListBuckets), then S3 Express directory
    # buckets (ListDirectoryBuckets), the same calls on each.
    directory = pages(c, "list_directory_buckets", "Buckets")
    for b in pages(c, "list_buckets", "Buckets") + directory:
        n = b["Name"]
        a = {"directory_bucket": True} if b in directory else {}
        for key, op, field in [
                ("versioning", c.get_bucket_versioning, None),
                ("encryption", c.get_bucket_encryption, "ServerSideEncryptionConfiguration"),
                ("policy", c.get_bucket_policy, "Policy"),
                ("tags", c.get_bucket_tagging, "TagSet"),
                ("lifecycle", c.get_bucket_lifecycle_configuration, "Rules"),
                ("public_access_block", c.get_public_access_block, "PublicAccessBlockConfiguration"),
                ("ownership", c.get_bucket_ownership_controls, "OwnershipControls"),
                ("cors", c.get_bucket_cors, "CORSRules"),
                ("logging", c.get_bucket_logging, "LoggingEnabled"),
                ("website", c.get_bucket_website, None),
                ("notification", c.get_bucket_notification_configuration, None),
                ("replication", c.get_bucket_replication, "ReplicationConfiguration"),
                ("acceleration", c.get_bucket_accelerate_configuration, "Status"),
                ("object_lock", c.get_object_lock_configuration, "ObjectLockConfiguration"),
                ("analytics", c.list_bucket_analytics_configurations, "AnalyticsConfigurationList"),
                ("inventory", c.list_bucket_inventory_configurations, "InventoryConfigurationList"),
                ("metrics", c.list_bucket_metrics_configurations, "MetricsConfigurationList"),
                ("intelligent_tiering", c.list_bucket_intelligent_tiering_configurations,
                 "IntelligentTieringConfigurationList"),
                ("acl", c.get_bucket_acl, "Grants"),
                ("request_payment", c.get_bucket_request_payment, "Payer"),
                ("location", c.get_bucket_location, "LocationConstraint")]:
            v = call(op, field, Bucket=n) if field else call(op, Bucket=n)
            if v not in (None, {}, []):
                a[key] = v
        objects = pages(c, "list_objects_v2", "Contents", Bucket=n)
        a["objects"] = sorted(o["Key"] for o in objects)
        out.append(obj("s3.bucket", n, n, a))
    # The account's own Block Public Access (S3 Control, an account-level
    # object). S3 Control's endpoint puts the account id before the host
    # (ACCOUNT.127.0.0.1, which does not resolve): the request goes through
    # moto as its HTTP proxy, as the original's provider sends it (twins.py).
    s3control = boto3.client("s3control", region_name=r.region, endpoint_url=r.endpoint,
                             config=CONFIG.merge(botocore.config.Config(proxies={"http": r.endpoint})),
                             aws_access_key_id="AKIAMOTOUNCHECKED000",
                             aws_secret_access_key="moto-accepts-any-secret")
    block = call(s3control.get_public_access_block, "PublicAccessBlockConfiguration", AccountId=ACCOUNT)
    if block:
        out.append(obj("s3control.account_public_access_block", ACCOUNT, "account", block))
    return out


def sqs(r, first):
    c = r("sqs")
    out = []
    for url in pages(c, "list_queues", "QueueUrls"):
        a = call(c.get_queue_attributes, "Attributes", QueueUrl=url, AttributeNames=["All"]) or {}
        a = {k: v for k, v in a.items() if k not in ("QueueArn",)}
        a["Tags"] = call(c.list_queue_tags, "Tags", QueueUrl=url) or {}
        out.append(obj("sqs.queue", url, url.rsplit("/", 1)[-1], a))
    return out


def sns(r, first):
    c = r("sns")
    out = []
    for t in pages(c, "list_topics", "Topics"):
        arn = t["TopicArn"]
        a = call(c.get_topic_attributes, "Attributes", TopicArn=arn) or {}
        for k in ("TopicArn", "SubscriptionsConfirmed", "SubscriptionsPending", "SubscriptionsDeleted"):
            a.pop(k, None)
        a["Tags"] = call(c.list_tags_for_resource, "Tags", ResourceArn=arn) or []
        a["data_protection"] = call(c.get_data_protection_policy, "DataProtectionPolicy", ResourceArn=arn)
        subs = pages(c, "list_subscriptions_by_topic", "Subscriptions", TopicArn=arn)
        a["subscriptions"] = [{"Protocol": s["Protocol"], "Endpoint": s["Endpoint"],
                               "attributes": {k: v for k, v in (call(c.get_subscription_attributes, "Attributes",
                                                                     SubscriptionArn=s["SubscriptionArn"]) or {}).items()
                                              if k not in ("SubscriptionArn", "Owner", "TopicArn",
                                                           "ConfirmationWasAuthenticated", "PendingConfirmation")}}
                              for s in subs]
        out.append(obj("sns.topic", arn, arn.rsplit(":", 1)[-1], a))
    return out


def iam(r, first):
    if not first:
        return []
    c = r("iam")
    out = []
    for role in pages(c, "list_roles", "Roles"):
        n = role["RoleName"]
        a = call(c.get_role, "Role", RoleName=n) or {}
        for k in ("RoleId", "Arn", "RoleLastUsed"):
            a.pop(k, None)
        a["inline"] = {p: call(c.get_role_policy, "PolicyDocument", RoleName=n, PolicyName=p)
                       for p in pages(c, "list_role_policies", "PolicyNames", RoleName=n)}
        a["attached"] = sorted(p["PolicyArn"] for p in pages(c, "list_attached_role_policies",
                                                              "AttachedPolicies", RoleName=n))
        a["instance_profiles"] = sorted(p["InstanceProfileName"] for p in pages(
            c, "list_instance_profiles_for_role", "InstanceProfiles", RoleName=n))
        out.append(obj("iam.role", n, n, a))
    for p in pages(c, "list_policies", "Policies", Scope="Local"):
        a = {k: v for k, v in p.items() if k in ("PolicyName", "Path", "Description", "Tags")}
        full = call(c.get_policy, "Policy", PolicyArn=p["Arn"]) or {}
        a["Description"] = full.get("Description")
        a["Tags"] = full.get("Tags", [])
        a["document"] = call(c.get_policy_version, "PolicyVersion", "Document", PolicyArn=p["Arn"],
                             VersionId=p["DefaultVersionId"])
        out.append(obj("iam.policy", p["Arn"], p["PolicyName"], a))
    for u in pages(c, "list_users", "Users"):
        n = u["UserName"]
        a = {"Path": u["Path"], "Tags": call(c.list_user_tags, "Tags", UserName=n) or [],
             "inline": {p: call(c.get_user_policy, "PolicyDocument", UserName=n, PolicyName=p)
                        for p in pages(c, "list_user_policies", "PolicyNames", UserName=n)},
             "attached": sorted(p["PolicyArn"] for p in pages(c, "list_attached_user_policies",
                                                               "AttachedPolicies", UserName=n)),
             "groups": sorted(g["GroupName"] for g in pages(c, "list_groups_for_user", "Groups", UserName=n)),
             "access_keys": len(pages(c, "list_access_keys", "AccessKeyMetadata", UserName=n)),
             "login_profile": call(c.get_login_profile, "LoginProfile", "PasswordResetRequired", UserName=n),
             "ssh_keys": len(pages(c, "list_ssh_public_keys", "SSHPublicKeys", UserName=n))}
        out.append(obj("iam.user", n, n, a))
    for g in pages(c, "list_groups", "Groups"):
        n = g["GroupName"]
        a = {"Path": g["Path"],
             "inline": {p: call(c.get_group_policy, "PolicyDocument", GroupName=n, PolicyName=p)
                        for p in pages(c, "list_group_policies", "PolicyNames", GroupName=n)},
             "attached": sorted(p["PolicyArn"] for p in pages(c, "list_attached_group_policies",
                                                               "AttachedPolicies", GroupName=n))}
        out.append(obj("iam.group", n, n, a))
    for p in pages(c, "list_instance_profiles", "InstanceProfiles"):
        a = {"Path": p["Path"], "roles": sorted(x["RoleName"] for x in p.get("Roles", []))}
        out.append(obj("iam.instance_profile", p["Arn"], p["InstanceProfileName"], a))
    for p in pages(c, "list_open_id_connect_providers", "OpenIDConnectProviderList"):
        a = call(c.get_open_id_connect_provider, OpenIDConnectProviderArn=p["Arn"]) or {}
        out.append(obj("iam.oidc_provider", p["Arn"], p["Arn"].split("/", 1)[-1], a))
    for p in pages(c, "list_saml_providers", "SAMLProviderList"):
        out.append(obj("iam.saml_provider", p["Arn"], p["Arn"].split("/", 1)[-1], {}))
    for a in pages(c, "list_account_aliases", "AccountAliases"):
        out.append(obj("iam.account_alias", a, a, {}))
    pw = call(c.get_account_password_policy, "PasswordPolicy")
    if pw:
        out.append(obj("iam.account_password_policy", "password-policy", "password-policy", pw))
    return out


def kms(r, first):
    c = r("kms")
    out = []
    aliases = pages(c, "list_aliases", "Aliases")
    for k in pages(c, "list_keys", "Keys"):
        kid = k["KeyId"]
        meta = call(c.describe_key, "KeyMetadata", KeyId=kid) or {}
        if meta.get("KeyManager") == "AWS":
            continue
        a = {key: v for key, v in meta.items() if key not in ("KeyId", "Arn", "AWSAccountId")}
        a["policy"] = call(c.get_key_policy, "Policy", KeyId=kid, PolicyName="default")
        a["rotation"] = call(c.get_key_rotation_status, "KeyRotationEnabled", KeyId=kid)
        a["Tags"] = call(c.list_resource_tags, "Tags", KeyId=kid) or []
        names = sorted(x["AliasName"] for x in aliases if x.get("TargetKeyId") == kid)
        a["aliases"] = names
        a["grants"] = len(pages(c, "list_grants", "Grants", KeyId=kid))
        out.append(obj("kms.key", kid, names[0] if names else kid, a))
    return out


def dynamodb(r, first):
    c = r("dynamodb")
    out = []
    for n in pages(c, "list_tables", "TableNames"):
        a = call(c.describe_table, "Table", TableName=n) or {}
        for k in ("TableArn", "TableId", "TableSizeBytes", "ItemCount", "TableStatus"):
            a.pop(k, None)
        a["ttl"] = call(c.describe_time_to_live, "TimeToLiveDescription", TableName=n)
        a["pitr"] = call(c.describe_continuous_backups, "ContinuousBackupsDescription",
                         "PointInTimeRecoveryDescription", "PointInTimeRecoveryStatus", TableName=n)
        arn = (call(c.describe_table, "Table", TableName=n) or {}).get("TableArn")
        a["Tags"] = call(c.list_tags_of_resource, "Tags", ResourceArn=arn) or [] if arn else []
        out.append(obj("dynamodb.table", n, n, a))
    return out


def events(r, first):
    c = r("events")
    out = []
    for bus in pages(c, "list_event_buses", "EventBuses"):
        bn = bus["Name"]
        if bn != "default":
            a = {"Policy": bus.get("Policy"),
                 "Tags": call(c.list_tags_for_resource, "Tags", ResourceARN=bus["Arn"]) or []}
            out.append(obj("events.event_bus", bus["Arn"], bn, a))
        for rule in pages(c, "list_rules", "Rules", EventBusName=bn):
            a = call(c.describe_rule, Name=rule["Name"], EventBusName=bn) or {}
            a.pop("Arn", None)
            a["targets"] = pages(c, "list_targets_by_rule", "Targets", Rule=rule["Name"], EventBusName=bn)
            a["Tags"] = call(c.list_tags_for_resource, "Tags", ResourceARN=rule["Arn"]) or []
            out.append(obj("events.rule", rule["Arn"], bn + "/" + rule["Name"], a))
    for x in pages(c, "list_archives", "Archives"):
        out.append(obj("events.archive", x["ArchiveName"], x["ArchiveName"],
                       call(c.describe_archive, ArchiveName=x["ArchiveName"]) or {}))
    for x in pages(c, "list_connections", "Connections"):
        a = call(c.describe_connection, Name=x["Name"]) or {}
        out.append(obj("events.connection", x["ConnectionArn"], x["Name"], a))
    for x in pages(c, "list_api_destinations", "ApiDestinations"):
        a = call(c.describe_api_destination, Name=x["Name"]) or {}
        out.append(obj("events.api_destination", x["ApiDestinationArn"], x["Name"], a))
    return out


def stepfunctions(r, first):
    c = r("stepfunctions")
    out = []
    for m in pages(c, "list_state_machines", "stateMachines"):
        a = call(c.describe_state_machine, stateMachineArn=m["stateMachineArn"]) or {}
        a.pop("stateMachineArn", None)
        a["tags"] = call(c.list_tags_for_resource, "tags", resourceArn=m["stateMachineArn"]) or []
        out.append(obj("stepfunctions.state_machine", m["stateMachineArn"], m["name"], a))
    for m in pages(c, "list_activities", "activities"):
        out.append(obj("stepfunctions.activity", m["activityArn"], m["name"], {}))
    return out


def lambda_(r, first):
    c = r("lambda")
    out = []
    for f in pages(c, "list_functions", "Functions"):
        n = f["FunctionName"]
        a = {k: v for k, v in f.items() if k not in ("FunctionArn", "CodeSize", "LastUpdateStatus",
                                                       "State", "StateReason", "StateReasonCode")}
        a["policy"] = call(c.get_policy, "Policy", FunctionName=n)
        a["aliases"] = [{k: v for k, v in x.items() if k != "AliasArn"}
                        for x in pages(c, "list_aliases", "Aliases", FunctionName=n)]
        a["concurrency"] = call(c.get_function_concurrency, "ReservedConcurrentExecutions", FunctionName=n)
        a["url"] = call(c.get_function_url_config, "AuthType", FunctionName=n)
        a["tags"] = call(c.list_tags, "Tags", Resource=f["FunctionArn"]) or {}
        a["event_invoke"] = [{k: v for k, v in x.items() if k not in ("FunctionArn", "LastModified")}
                             for x in pages(c, "list_function_event_invoke_configs",
                                            "FunctionEventInvokeConfigs", FunctionName=n)]
        a["recursion"] = call(c.get_function_recursion_config, "RecursiveLoop", FunctionName=n)
        a["provisioned"] = [{k: v for k, v in x.items()
                             if k in ("RequestedProvisionedConcurrentExecutions",)}
                            for x in pages(c, "list_provisioned_concurrency_configs",
                                           "ProvisionedConcurrencyConfigs", FunctionName=n)]
        a["versions"] = len([v for v in pages(c, "list_versions_by_function", "Versions", FunctionName=n)
                             if v.get("Version") != "$LATEST"])
        out.append(obj("lambda.function", f["FunctionArn"], n, a))
    for m in pages(c, "list_event_source_mappings", "EventSourceMappings"):
        a = {k: v for k, v in m.items() if k not in ("UUID", "EventSourceMappingArn", "State",
                                                       "StateTransitionReason", "LastProcessingResult")}
        out.append(obj("lambda.event_source_mapping", m["UUID"],
                       m.get("EventSourceArn", "") + " -> " + m.get("FunctionArn", ""), a))
    for layer in pages(c, "list_layers", "Layers"):
        out.append(obj("lambda.layer", layer["LayerArn"], layer["LayerName"], {}))
    return out


def logs(r, first):
    c = r("logs")
    out = []
    for g in pages(c, "describe_log_groups", "logGroups"):
        a = {k: v for k, v in g.items() if k not in ("arn", "logGroupArn", "storedBytes", "creationTime",
                                                       "metricFilterCount")}
        a["tags"] = call(c.list_tags_log_group, "tags", logGroupName=g["logGroupName"]) or {}
        a["streams"] = sorted(s["logStreamName"] for s in pages(c, "describe_log_streams", "logStreams",
                                                                  logGroupName=g["logGroupName"]))
        a["metric_filters"] = [{k: v for k, v in m.items() if k != "creationTime"}
                               for m in pages(c, "describe_metric_filters", "metricFilters",
                                              logGroupName=g["logGroupName"])]
        out.append(obj("logs.log_group", g["logGroupName"], g["logGroupName"], a))
    for p in pages(c, "describe_resource_policies", "resourcePolicies"):
        out.append(obj("logs.resource_policy", p["policyName"], p["policyName"],
                       {"policyDocument": p.get("policyDocument")}))
    return out


def ec2(r, first):
    c = r("ec2")
    out = []

    def strip(d, *keys):
        return {k: v for k, v in d.items() if k not in keys}
    for v in pages(c, "describe_vpcs", "Vpcs"):
        a = strip(v, "VpcId", "DhcpOptionsId", "State")
        for attr, key in (("enableDnsSupport", "EnableDnsSupport"), ("enableDnsHostnames", "EnableDnsHostnames"),
                          ("enableNetworkAddressUsageMetrics", "EnableNetworkAddressUsageMetrics")):
            a[attr] = call(c.describe_vpc_attribute, key, "Value", VpcId=v["VpcId"], Attribute=attr)
        out.append(obj("ec2.vpc", v["VpcId"], tag_name(v.get("Tags"), v["VpcId"]), a))
    for s in pages(c, "describe_subnets", "Subnets"):
        a = strip(s, "SubnetId", "SubnetArn", "AvailableIpAddressCount", "State", "AvailabilityZoneId")
        out.append(obj("ec2.subnet", s["SubnetId"], tag_name(s.get("Tags"), s["CidrBlock"] if s.get("CidrBlock")
                                                                 else s["SubnetId"]), a))
    for t in pages(c, "describe_route_tables", "RouteTables"):
        a = strip(t, "RouteTableId")
        out.append(obj("ec2.route_table", t["RouteTableId"], tag_name(t.get("Tags"), t["RouteTableId"]), a))
    for g in pages(c, "describe_internet_gateways", "InternetGateways"):
        out.append(obj("ec2.internet_gateway", g["InternetGatewayId"],
                       tag_name(g.get("Tags"), g["InternetGatewayId"]), strip(g, "InternetGatewayId")))
    for g in pages(c, "describe_egress_only_internet_gateways", "EgressOnlyInternetGateways"):
        out.append(obj("ec2.egress_only_internet_gateway", g["EgressOnlyInternetGatewayId"],
                       tag_name(g.get("Tags"), g["EgressOnlyInternetGatewayId"]),
                       strip(g, "EgressOnlyInternetGatewayId")))
    for g in pages(c, "describe_nat_gateways", "NatGateways"):
        if g.get("State") == "deleted":
            continue
        out.append(obj("ec2.nat_gateway", g["NatGatewayId"], tag_name(g.get("Tags"), g["NatGatewayId"]),
                       strip(g, "NatGatewayId", "State", "NatGatewayAddresses")))
    for e in pages(c, "describe_addresses", "Addresses"):
        out.append(obj("ec2.eip", e.get("AllocationId", e.get("PublicIp")),
                       tag_name(e.get("Tags"), e.get("AllocationId", "")), strip(e, "PublicIp")))
    groups = pages(c, "describe_security_groups", "SecurityGroups")
    group_names = {g["GroupId"]: g["GroupName"] if g["GroupName"] != "default"
                   else "default " + tag_name(g.get("Tags"), g["VpcId"]) for g in groups}
    for g in groups:
        a = strip(g, "GroupId", "SecurityGroupArn")
        a["rules"] = [strip(x, "SecurityGroupRuleId", "GroupId", "SecurityGroupRuleArn")
                      for x in pages(c, "describe_security_group_rules", "SecurityGroupRules",
                                     Filters=[{"Name": "group-id", "Values": [g["GroupId"]]}])]
        a = referenced_groups_named(a, group_names)
        out.append(obj("ec2.security_group", g["GroupId"], group_names[g["GroupId"]], a))
    for n in pages(c, "describe_network_acls", "NetworkAcls"):
        out.append(obj("ec2.network_acl", n["NetworkAclId"], tag_name(n.get("Tags"), n["NetworkAclId"]),
                       strip(n, "NetworkAclId")))
    for e in pages(c, "describe_vpc_endpoints", "VpcEndpoints"):
        out.append(obj("ec2.vpc_endpoint", e["VpcEndpointId"], e.get("ServiceName", ""),
                       strip(e, "VpcEndpointId", "State", "DnsEntries", "NetworkInterfaceIds")))
    for f in pages(c, "describe_flow_logs", "FlowLogs"):
        out.append(obj("ec2.flow_log", f["FlowLogId"], tag_name(f.get("Tags"), f["FlowLogId"]),
                       strip(f, "FlowLogId", "DeliverLogsStatus", "FlowLogStatus")))
    for d in pages(c, "describe_dhcp_options", "DhcpOptions"):
        out.append(obj("ec2.dhcp_options", d["DhcpOptionsId"], tag_name(d.get("Tags"), d["DhcpOptionsId"]),
                       strip(d, "DhcpOptionsId")))
    for g in pages(c, "describe_vpn_gateways", "VpnGateways"):
        out.append(obj("ec2.vpn_gateway", g["VpnGatewayId"], tag_name(g.get("Tags"), g["VpnGatewayId"]),
                       strip(g, "VpnGatewayId")))
    for g in pages(c, "describe_customer_gateways", "CustomerGateways"):
        out.append(obj("ec2.customer_gateway", g["CustomerGatewayId"],
                       tag_name(g.get("Tags"), g["CustomerGatewayId"]), strip(g, "CustomerGatewayId")))
    for p in pages(c, "describe_managed_prefix_lists", "PrefixLists"):
        if p.get("OwnerId") == "AWS":
            continue
        out.append(obj("ec2.prefix_list", p["PrefixListId"], p.get("PrefixListName", ""),
                       strip(p, "PrefixListId", "PrefixListArn")))
    # VPC Block Public Access: the account's options once changed from their
    # default (off), and each exclusion not deleted
    options = call(c.describe_vpc_block_public_access_options, "VpcBlockPublicAccessOptions")
    if options and options.get("State") != "default-state":
        out.append(obj("ec2.vpc_block_public_access_options", "options", "the account's",
                       strip(options, "State", "LastUpdateTimestamp")))
    for x in pages(c, "describe_vpc_block_public_access_exclusions", "VpcBlockPublicAccessExclusions"):
        if x.get("State") in ("delete-in-progress", "delete-complete"):
            continue
        out.append(obj("ec2.vpc_block_public_access_exclusion", x["ExclusionId"],
                       tag_name(x.get("Tags"), x.get("ResourceArn", x["ExclusionId"])),
                       strip(x, "ExclusionId", "State", "CreationTimestamp", "LastUpdateTimestamp")))
    for i in pages(c, "describe_ipams", "Ipams"):
        out.append(obj("ec2.ipam", i["IpamId"], tag_name(i.get("Tags"), i["IpamId"]), strip(i, "IpamId", "IpamArn")))
    return out


def rds(r, first):
    c = r("rds")
    out = []
    for d in pages(c, "describe_db_instances", "DBInstances"):
        a = {k: v for k, v in d.items() if k not in ("DbiResourceId", "DBInstanceArn", "Endpoint",
                                                       "DBInstanceStatus", "LatestRestorableTime")}
        out.append(obj("rds.db_instance", d["DBInstanceIdentifier"], d["DBInstanceIdentifier"], a))
    for d in pages(c, "describe_db_clusters", "DBClusters"):
        a = {k: v for k, v in d.items() if k not in ("DbClusterResourceId", "DBClusterArn", "Endpoint",
                                                       "ReaderEndpoint", "Status")}
        out.append(obj("rds.db_cluster", d["DBClusterIdentifier"], d["DBClusterIdentifier"], a))
    for g in pages(c, "describe_db_subnet_groups", "DBSubnetGroups"):
        out.append(obj("rds.db_subnet_group", g["DBSubnetGroupName"], g["DBSubnetGroupName"],
                       {k: v for k, v in g.items() if k != "DBSubnetGroupArn"}))
    for g in pages(c, "describe_db_parameter_groups", "DBParameterGroups"):
        if g["DBParameterGroupName"].startswith("default."):
            continue
        a = {k: v for k, v in g.items() if k != "DBParameterGroupArn"}
        a["parameters"] = [p for p in pages(c, "describe_db_parameters", "Parameters",
                                            DBParameterGroupName=g["DBParameterGroupName"], Source="user")]
        out.append(obj("rds.db_parameter_group", g["DBParameterGroupName"], g["DBParameterGroupName"], a))
    for g in pages(c, "describe_db_cluster_parameter_groups", "DBClusterParameterGroups"):
        if g["DBClusterParameterGroupName"].startswith("default."):
            continue
        out.append(obj("rds.db_cluster_parameter_group", g["DBClusterParameterGroupName"],
                       g["DBClusterParameterGroupName"],
                       {k: v for k, v in g.items() if k != "DBClusterParameterGroupArn"}))
    for g in pages(c, "describe_option_groups", "OptionGroupsList"):
        if g["OptionGroupName"].startswith("default:"):
            continue
        out.append(obj("rds.option_group", g["OptionGroupName"], g["OptionGroupName"],
                       {k: v for k, v in g.items() if k != "OptionGroupArn"}))
    return out


def ssm(r, first):
    c = r("ssm")
    out = []
    for p in pages(c, "describe_parameters", "Parameters"):
        v = call(c.get_parameter, "Parameter", Name=p["Name"], WithDecryption=True) or {}
        a = {"Type": p.get("Type"), "Value": v.get("Value"), "Description": p.get("Description"),
             "Tier": p.get("Tier"), "DataType": p.get("DataType")}
        out.append(obj("ssm.parameter", p["Name"], p["Name"], a))
    return out


def secretsmanager(r, first):
    c = r("secretsmanager")
    out = []
    for s in pages(c, "list_secrets", "SecretList"):
        a = {k: v for k, v in s.items() if k in ("Name", "Description", "KmsKeyId", "RotationEnabled",
                                                  "RotationRules", "Tags")}
        a["policy"] = call(c.get_resource_policy, "ResourcePolicy", SecretId=s["ARN"])
        out.append(obj("secretsmanager.secret", s["ARN"], s["Name"], a))
    return out


def cloudwatch(r, first):
    c = r("cloudwatch")
    out = []
    for al in pages(c, "describe_alarms", "MetricAlarms"):
        a = {k: v for k, v in al.items() if k not in ("AlarmArn", "StateValue", "StateReason")}
        out.append(obj("cloudwatch.alarm", al["AlarmArn"], al["AlarmName"], a))
    return out


def apigateway(r, first):
    c = r("apigatewayv2")
    out = []
    for api in pages(c, "get_apis", "Items"):
        a = {k: v for k, v in api.items() if k not in ("ApiId", "ApiEndpoint")}
        out.append(obj("apigatewayv2.api", api["ApiId"], api["Name"], a))
    return out


def glue(r, first):
    """The Data Catalog's databases and their tables, jobs and security
    configurations (the CDK corpus's kinesisstreams-gluejob); the times Glue
    stamps them with left out."""
    c = r("glue")
    out = []
    times = ("CreateTime", "UpdateTime", "CreatedOn", "LastModifiedOn", "CreatedTime", "LastAccessTime",
             "IsRegisteredWithLakeFormation", "VersionId")

    def strip(d, *more):
        return {k: v for k, v in d.items() if k not in times + more}
    for db in pages(c, "get_databases", "DatabaseList"):
        out.append(obj("glue.database", db["Name"], db["Name"], strip(db, "CatalogId")))
        for t in pages(c, "get_tables", "TableList", DatabaseName=db["Name"]):
            out.append(obj("glue.table", db["Name"] + "/" + t["Name"], t["Name"], strip(t, "CatalogId")))
    jobs = pages(c, "get_jobs", "Jobs")
    account = call(r("sts").get_caller_identity, "Account") if jobs else None
    for j in jobs:
        a = strip(j)
        a["Tags"] = call(c.get_tags, "Tags", ResourceArn=f"arn:aws:glue:{r.region}:{account}:job/{j['Name']}") or {}
        out.append(obj("glue.job", j["Name"], j["Name"], a))
    for sc in pages(c, "get_security_configurations", "SecurityConfigurations"):
        out.append(obj("glue.security_configuration", sc["Name"], sc["Name"], strip(sc)))
    return out


def applicationautoscaling(r, first):
    """Application Auto Scaling's scalable targets (with their tags) and
    scaling policies, of every service namespace the API names (the Terraform
    corpus's dynamodb-table `autoscaling`); the times and the target's
    generated ARN left out."""
    c = r("application-autoscaling")
    out = []
    for ns in c.meta.service_model.shape_for("ServiceNamespace").enum:
        targets = pages(c, "describe_scalable_targets", "ScalableTargets", ServiceNamespace=ns)
        for t in targets:
            a = {k: v for k, v in t.items() if k not in ("CreationTime", "ScalableTargetARN")}
            a["Tags"] = call(c.list_tags_for_resource, "Tags", ResourceARN=t.get("ScalableTargetARN", "")) or {}
            ident = "|".join((t["ResourceId"], t["ScalableDimension"], ns))
            out.append(obj("applicationautoscaling.scalable_target", ident, ident, a))
        # a namespace without targets has no policies (PutScalingPolicy needs a
        # registered target; DeregisterScalableTarget deletes its policies)
        for p in pages(c, "describe_scaling_policies", "ScalingPolicies", ServiceNamespace=ns) if targets else []:
            a = {k: v for k, v in p.items() if k not in ("CreationTime", "PolicyARN")}
            out.append(obj("applicationautoscaling.scaling_policy", p["PolicyARN"],
                           p["PolicyName"] + " " + p["ScalableDimension"], a))
    return out


def s3tables(r, first):
    """S3 Tables: each table bucket, namespace and table of the Region, with
    its encryption, maintenance configuration and policy (the Terraform
    corpus's s3-bucket `table-bucket`); ARNs, ids, owners and times left out."""
    c = r("s3tables")
    out = []
    for b in pages(c, "list_table_buckets", "tableBuckets"):
        arn = b["arn"]
        a = {"encryption": call(c.get_table_bucket_encryption, "encryptionConfiguration", tableBucketARN=arn),
             "maintenance": call(c.get_table_bucket_maintenance_configuration, "configuration", tableBucketARN=arn),
             "policy": call(c.get_table_bucket_policy, "resourcePolicy", tableBucketARN=arn)}
        out.append(obj("s3tables.table_bucket", arn, b["name"], a))
        for ns in pages(c, "list_namespaces", "namespaces", tableBucketARN=arn):
            name = ".".join(ns["namespace"])
            out.append(obj("s3tables.namespace", arn + "|" + name, b["name"] + " " + name, {}))
        for t in pages(c, "list_tables", "tables", tableBucketARN=arn):
            where = dict(tableBucketARN=arn, namespace=t["namespace"][0], name=t["name"])
            a = {"type": t.get("type"),
                 "format": call(c.get_table, "format", **where),
                 "encryption": call(c.get_table_encryption, "encryptionConfiguration", **where),
                 "maintenance": call(c.get_table_maintenance_configuration, "configuration", **where),
                 "policy": call(c.get_table_policy, "resourcePolicy", **where)}
            out.append(obj("s3tables.table", t["tableARN"], " ".join((b["name"], t["namespace"][0], t["name"])), a))
    return out


SERVICES = [s3, sqs, sns, iam, kms, dynamodb, events, stepfunctions, lambda_, logs, ec2, rds, ssm,
            secretsmanager, cloudwatch, apigateway, glue, applicationautoscaling, s3tables]


def take(endpoint, regions):
    """Every object of the listed services in `regions` at `endpoint`."""
    out = []
    for i, region in enumerate(regions):
        r = Reader(endpoint, region)
        for service in SERVICES:
            for o in service(r, i == 0):
                o["region"] = region
                if region != regions[0]:
                    o["type"] = region + ":" + o["type"]
                out.append(o)
    return out


# What the listers above cover, as Terraform and CloudFormation name types:
# a type of neither is named by twins.py as not compared. Terraform's types
# by their whole name (a split resource is covered where its owner's listing
# reads what it sets: aws_s3_bucket_acl by the bucket's Grants), so that a
# type nothing lists is never taken for one that is.
COVERED_TERRAFORM = set("""
aws_s3_bucket aws_s3_bucket_accelerate_configuration aws_s3_bucket_acl
aws_s3_bucket_analytics_configuration aws_s3_bucket_cors_configuration
aws_s3_bucket_intelligent_tiering_configuration aws_s3_bucket_inventory
aws_s3_bucket_lifecycle_configuration aws_s3_bucket_logging aws_s3_bucket_metric
aws_s3_bucket_notification aws_s3_bucket_object aws_s3_object aws_s3_bucket_object_lock_configuration
aws_s3_bucket_ownership_controls aws_s3_bucket_policy aws_s3_bucket_public_access_block
aws_s3_bucket_replication_configuration aws_s3_bucket_request_payment_configuration
aws_s3_bucket_server_side_encryption_configuration aws_s3_bucket_versioning
aws_s3_bucket_website_configuration aws_s3_account_public_access_block aws_s3_directory_bucket
aws_s3tables_namespace aws_s3tables_table aws_s3tables_table_bucket
aws_s3tables_table_bucket_policy aws_s3tables_table_policy
aws_sqs_queue aws_sqs_queue_policy aws_sqs_queue_redrive_policy aws_sqs_queue_redrive_allow_policy
aws_sns_topic aws_sns_topic_policy aws_sns_topic_subscription aws_sns_topic_data_protection_policy
aws_iam_role aws_iam_role_policy aws_iam_role_policy_attachment aws_iam_role_policies_exclusive
aws_iam_role_policy_attachments_exclusive aws_iam_policy aws_iam_policy_attachment
aws_iam_user aws_iam_user_policy aws_iam_user_policy_attachment aws_iam_user_login_profile
aws_iam_user_ssh_key aws_iam_access_key aws_iam_user_group_membership aws_iam_group
aws_iam_group_policy aws_iam_group_policy_attachment aws_iam_group_membership
aws_iam_instance_profile aws_iam_openid_connect_provider aws_iam_saml_provider
aws_iam_account_alias aws_iam_account_password_policy
aws_kms_key aws_kms_alias aws_kms_grant aws_kms_key_policy
aws_dynamodb_table
aws_cloudwatch_event_bus aws_cloudwatch_event_rule aws_cloudwatch_event_target
aws_cloudwatch_event_archive aws_cloudwatch_event_connection aws_cloudwatch_event_api_destination
aws_sfn_state_machine aws_sfn_activity
aws_lambda_function aws_lambda_alias aws_lambda_permission aws_lambda_event_source_mapping
aws_lambda_layer_version aws_lambda_provisioned_concurrency_config aws_lambda_function_url
aws_lambda_function_event_invoke_config aws_lambda_function_recursion_config
aws_cloudwatch_log_group aws_cloudwatch_log_stream aws_cloudwatch_log_metric_filter
aws_cloudwatch_log_resource_policy
aws_vpc aws_subnet aws_route aws_route_table aws_route_table_association aws_internet_gateway
aws_egress_only_internet_gateway aws_nat_gateway aws_eip aws_security_group aws_security_group_rule
aws_vpc_security_group_ingress_rule aws_vpc_security_group_egress_rule aws_network_acl
aws_network_acl_rule aws_network_acl_association aws_default_vpc aws_default_subnet
aws_default_route_table aws_default_network_acl aws_default_security_group aws_flow_log
aws_vpn_gateway aws_vpn_gateway_attachment aws_vpn_gateway_route_propagation aws_customer_gateway
aws_ec2_managed_prefix_list aws_vpc_dhcp_options aws_vpc_dhcp_options_association
aws_vpc_ipv4_cidr_block_association aws_vpc_endpoint aws_vpc_ipam
aws_vpc_block_public_access_options aws_vpc_block_public_access_exclusion
aws_db_instance aws_db_instance_role_association aws_db_subnet_group aws_db_parameter_group
aws_db_option_group aws_rds_cluster aws_rds_cluster_instance aws_rds_cluster_parameter_group
aws_ssm_parameter aws_secretsmanager_secret aws_secretsmanager_secret_policy
aws_secretsmanager_secret_rotation aws_cloudwatch_metric_alarm aws_apigatewayv2_api
aws_appautoscaling_target aws_appautoscaling_policy
aws_glue_catalog_database aws_glue_catalog_table aws_glue_job aws_glue_security_configuration
""".split())
COVERED_CLOUDFORMATION = re.compile(
    r"^AWS::(S3::Bucket|SQS::|SNS::(Topic|Subscription)|IAM::(Role|Policy|ManagedPolicy|User|Group|"
    r"InstanceProfile|OIDCProvider|SAMLProvider)|KMS::|DynamoDB::Table|Events::|StepFunctions::|"
    r"Lambda::(Function|Alias|Permission|EventSourceMapping|LayerVersion|Url|EventInvokeConfig|Version)$|"
    r"Logs::(LogGroup|LogStream|MetricFilter|ResourcePolicy)|EC2::(VPC|Subnet|Route|InternetGateway|"
    r"EgressOnly|NatGateway|EIP|SecurityGroup|NetworkAcl|VPCEndpoint|FlowLog|VPNGateway|CustomerGateway|"
    r"DHCPOptions|PrefixList|IPAM$)|RDS::|SSM::Parameter|SecretsManager::|CloudWatch::Alarm|ApiGatewayV2::Api|"
    r"Glue::(Database|Table|Job|SecurityConfiguration)$|ApplicationAutoScaling::(ScalableTarget|ScalingPolicy)$)")


def covers(resource_type):
    return resource_type in COVERED_TERRAFORM or bool(COVERED_CLOUDFORMATION.match(resource_type))
