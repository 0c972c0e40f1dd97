#!/usr/bin/env python3
"""provider/aws/checks/kinds/gen_object_names.py: write object_names.gen.c beside it,
what names the object of each awscc type whose primary identifier is not
its name (an SQS queue's identifier is its URL, the name QueueName; a Glue
database's identifier DatabaseName may be left out, the name then being
DatabaseInput.Name), from the pinned cfn-lint's copy of the registry's
schemas (cloudcontrol/gen_schemas.py reads it). checks/names.c (one name,
one object) reads the rows.

    provider/aws/checks/kinds/gen_object_names.py           write object_names.gen.c
    provider/aws/checks/kinds/gen_object_names.py --check   exit 1 when it differs

The rule, decided from the schemas (docs/validation.md, "One name, one
object"), for a type with one primary identifier property P:
  - P is read-only (AWS makes it: a URL, an ARN, an id): the name is the
    top-level string property <Resource>Name when it is create-only and not
    read-only (AWS::SQS::Queue's QueueName, AWS::SNS::Topic's TopicName);
    else <Resource>Input.Name when <Resource>Input is required (Glue's
    ConnectionInput.Name). A bare "Name" is not taken: too many types name
    their objects within a parent (a VPC Lattice rule's within its
    listener) or not uniquely (WAF Classic's sets, told apart by id);
  - P is written but not required, and <Resource>Input.Name is required:
    the name is P or, where P is left out, <Resource>Input.Name
    (AWS::Glue::Database);
  - otherwise P is the name, as checks/names.c has always read it (no row);
  - and a type whose name AWS's own words say is unique where the rule
    takes none (SAID_UNIQUE, from the census's ledgers: "The name must be
    unique in the region in which you are creating the application."), with
    the scope they give.
Each row's scope: the type's other create-only top-level properties the
schema requires (a Transfer user's ServerId, an App Mesh route's mesh and
router): two resources name one object only when these are equal too. A
type whose names are not one object's is left out (NOT_ONE_OBJECT).
"""
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "object_names.gen.c"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gs = _load("gen_schemas", HERE.parent.parent / "cloudcontrol" / "gen_schemas.py")

# Types the rule picks whose name does not make one object, and why.
NOT_ONE_OBJECT = {
    "AWS::SageMaker::Domain": "SageMaker tells domains apart by their d- id; two may share a name",
    "AWS::GreengrassV2::Deployment": "a deployment of an existing name to a target revises it",
    "AWS::Comprehend::DocumentClassifier": "one name holds several versions (VersionName)",
    "AWS::Comprehend::Flywheel": "not known to be unique per account",
}

# Types whose name AWS's words (the census's ledgers, checks/words/) say is
# unique where the rule above takes none (a bare Name, a name nested in a
# configuration, a <Resource>Name AWS lets one change): (the name's path;
# the scope, create-only properties two of one name share; AWS's sentence
# and its document).
SAID_UNIQUE = {
    "AWS::AppSync::ChannelNamespace": (["Name"], ["ApiId"], "This name must be unique within the "
                                       "Api (appsync CreateChannelNamespace name)"),
    "AWS::BillingConductor::BillingGroup": (["Name"], [], "The names must be unique. "
                                            "(billingconductor CreateBillingGroup Name)"),
    "AWS::BillingConductor::PricingPlan": (["Name"], [], "The names must be unique to each pricing "
                                           "plan. (billingconductor CreatePricingPlan Name)"),
    "AWS::BillingConductor::PricingRule": (["Name"], [], "The names must be unique to each pricing "
                                           "rule. (billingconductor CreatePricingRule Name)"),
    "AWS::Cases::CaseRule": (["Name"], ["DomainId"], "Must be unique within the domain "
                             "(CloudFormation registry: AWS::Cases::CaseRule Name)"),
    "AWS::Cases::Domain": (["Name"], [], "It must be unique for your Amazon Web Services account. "
                           "(connectcases CreateDomain name)"),
    "AWS::Cases::Layout": (["Name"], ["DomainId"], "It must be unique for the Cases domain. "
                           "(connectcases CreateLayout name)"),
    "AWS::Cases::Template": (["Name"], ["DomainId"], "It must be unique per domain. (connectcases "
                             "CreateTemplate name)"),
    "AWS::CloudFront::ResponseHeadersPolicy": (["ResponseHeadersPolicyConfig", "Name"], [],
                                               "The name must be unique for response headers "
                                               "policies in this Amazon Web Services account. "
                                               "(cloudfront CreateResponseHeadersPolicy "
                                               "ResponseHeadersPolicyConfig.Name)"),
    "AWS::CloudTrail::Dashboard": (["Name"], [], "The name must be unique to your account. "
                                   "(cloudtrail CreateDashboard Name)"),
    "AWS::ElasticLoadBalancingV2::TrustStore": (["Name"], [], "This name must be unique per region "
                                                "and can't be changed after creation. (elbv2 "
                                                "CreateTrustStore Name)"),
    "AWS::GameLift::GameServerGroup": (["GameServerGroupName"], [], "The name must be unique per "
                                       "Region per Amazon Web Services account. (gamelift "
                                       "CreateGameServerGroup GameServerGroupName)"),
    # the model's InvalidInputErrorCode has ASSESSMENT_TARGET_NAME_ALREADY_TAKEN and
    # ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN
    "AWS::Inspector::AssessmentTarget": (["AssessmentTargetName"], [], "The name must be unique "
                                         "within the AWS account. (inspector "
                                         "CreateAssessmentTarget assessmentTargetName)"),
    "AWS::Inspector::AssessmentTemplate": (["AssessmentTemplateName"], ["AssessmentTargetArn"],
                                           "The names of the assessment templates that "
                                           "correspond to a particular assessment target must "
                                           "be unique. (inspector CreateAssessmentTemplate "
                                           "assessmentTemplateName)"),
    "AWS::Lex::Bot": (["Name"], [], "The bot name must be unique in the account that creates "
                      "the bot. (lexv2-models CreateBot botName)"),
    "AWS::Lex::BotAlias": (["BotAliasName"], ["BotId"], "The name must be unique for the bot. "
                           "(lexv2-models CreateBotAlias botAliasName)"),
    "AWS::ObservabilityAdmin::TelemetryPipelines": (["Name"], [], "The name must be unique "
                                                    "within your account. (observabilityadmin "
                                                    "CreateTelemetryPipeline Name)"),
    "AWS::PCAConnectorAD::Template": (["Name"], ["ConnectorArn"], "The template name must be "
                                      "unique. (pca-connector-ad CreateTemplate Name)"),
    "AWS::ServiceCatalogAppRegistry::Application": (["Name"], [], "The name must be unique in the "
                                                    "region in which you are creating the "
                                                    "application. (servicecatalog-appregistry "
                                                    "CreateApplication name)"),
    "AWS::ServiceCatalogAppRegistry::AttributeGroup": (["Name"], [], "The name must be unique in "
                                                       "the region in which you are updating the "
                                                       "attribute group. "
                                                       "(servicecatalog-appregistry "
                                                       "UpdateAttributeGroup name)"),
    "AWS::SSMContacts::Contact": (["Alias"], [], "The contact alias must be unique and "
                                  "identifiable. (ssm-contacts CreateContact Alias)"),
}


def input_name(s, res):
    """["<Res>Input", "Name"] when the required <Res>Input has a Name."""
    inp = res + "Input"
    p = (s.get("properties") or {}).get(inp)
    if not p or inp not in (s.get("required") or []):
        return None
    ref = p.get("$ref", "")
    d = (s.get("definitions") or {}).get(ref.split("/")[-1], {}) if ref else p
    return [inp, "Name"] if "Name" in (d.get("properties") or {}) else None


def top(pointers):
    return [x.split("/")[-1] for x in pointers or [] if x.count("/") == 2]


def name_paths(cfn, s):
    """([[property, ...], ...] the name is at, [scope property, ...]), or None."""
    if cfn in SAID_UNIQUE:
        return [SAID_UNIQUE[cfn][0]], SAID_UNIQUE[cfn][1]
    pid = s.get("primaryIdentifier") or []
    if len(pid) != 1 or pid[0].count("/") != 2:
        return None
    p = pid[0].split("/")[-1]
    ro, co = set(top(s.get("readOnlyProperties"))), top(s.get("createOnlyProperties"))
    req = s.get("required") or []
    res = cfn.split("::")[2]
    props = s.get("properties") or {}
    if p not in ro:
        alt = input_name(s, res) if p not in req else None
        if not alt:
            return None
        paths = [[p], alt]
    else:
        n = res + "Name"
        if n in props and n in co and n not in ro and props[n].get("type") == "string":
            paths = [[n]]
        else:
            alt = input_name(s, res)
            if not alt:
                return None
            paths = [alt]
    named = {x[0] for x in paths}
    return paths, [c for c in co if c in req and c not in named]


def rows():
    _base, types = gs.listing()
    out = []
    for cfn in sorted(types):
        if not cfn.startswith("AWS::") or cfn.count("::") != 2 or cfn in NOT_ONE_OBJECT:
            continue
        s = gs.registry_schema(cfn)
        found = name_paths(cfn, s)
        if not found:
            continue
        paths, scope = found
        names = gs.canonical_names(gs.convert(cfn, s)["properties"])

        def snake(path):
            return ".".join([names.get(path[0], gs.snake(path[0]))] + [gs.snake(x) for x in path[1:]])
        out.append((gs.type_name(cfn), cfn, ", ".join('"%s"' % snake(x) for x in paths),
                    " ".join(names.get(x, gs.snake(x)) for x in scope)))
    return out


def render(rs):
    head = ("/*\n * object_names.gen.c: generated by provider/aws/checks/kinds/gen_object_names.py\n"
            " * from cfn-lint %s's copy of CloudFormation's resource schemas; do not edit.\n"
            " * What names the object of each awscc type whose primary identifier is not\n"
            " * its name (%d types): the attributes (dotted; the first written counts),\n"
            " * and the create-only attributes two resources share when they name one\n"
            " * object. Left out, their names not one object's:%s\n"
            " * A name taken where AWS's words say it is unique (SAID_UNIQUE):%s\n */\n"
            "#include \"provider/aws/checks/kinds/object_names.h\"\n\n"
            "const struct aws_object_name aws_object_names[] = {\n" % (
                gs.PINNED, len(rs),
                "".join("\n *   %s: %s" % kv for kv in sorted(NOT_ONE_OBJECT.items())),
                "".join("\n *   %s: \"%s" % (k, v[2].replace(" (", "\" (", 1))
                        for k, v in sorted(SAID_UNIQUE.items()))))
    body = "".join('\t{ "%s", "%s", { %s }, "%s" },\n' % r for r in rs)
    return head + body + "\t{ NULL, NULL, { NULL }, NULL }\n};\n"


def main(argv):
    rs = rows()
    text = render(rs)
    if len(argv) > 1 and argv[1] == "--check":
        if not OUT.exists() or OUT.read_text() != text:
            print("gen_object_names: %s differs from what cfn-lint %s gives: run "
                  "provider/aws/checks/kinds/gen_object_names.py" % (OUT.name, gs.PINNED), file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print("gen_object_names: %d types" % len(rs), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
