"""provider/aws/cloudcontrol/awscc_names.py: the names terraform-provider-awscc
gives CloudFormation's types and properties, which terrace's awscc types
take (gen_schemas.py and the generators that load it read them from there:
gs.snake, gs.type_name)."""

# awscc's property names, as terraform-provider-awscc's generator makes them
# (internal/naming/naming.go, CloudFormationPropertyToTerraformAttribute, at
# AWSCC_COMMIT): words split where the case changes, then lower-cased
# (GlobalReplicationGroupDescription -> global_replication_group_description,
# VPCId -> vpc_id); the names of ONE_WORD are one word first (OTelEnrichment
# -> otel_enrichment). Its type names are <service>_<that of the resource>
# (internal/provider/generators/allschemas/allschemas.go), and a top-level
# property Id is <resource>_id, Provider provider_name
# (internal/provider/generators/shared/codegen/emitter.go's emitSchema).
AWSCC_COMMIT = "f995d4f4139602dbb9044f3108702f2a1837a872"
ONE_WORD = {"CloudFormation": "Cloudformation", "CloudFront": "Cloudfront",
            "CloudWatch": "Cloudwatch", "CNAMEs": "Cnames", "FSx": "Fsx", "OTel": "Otel"}
# terrace's names before they followed awscc's acronyms (CNAMEs, OTel): kept
# as aliases (ALIASES) so that a stack written with them, and its state,
# plan no change.
OLD_ONE_WORD = {"CloudFormation": "Cloudformation", "CloudFront": "Cloudfront",
                "CloudWatch": "Cloudwatch", "FSx": "Fsx"}


def snake(name, one_word=None):
    name = name.strip()
    for old, new in (ONE_WORD if one_word is None else one_word).items():
        name = name.replace(old, new)
    out = []
    n = len(name)
    for i, ch in enumerate(name):
        cap, low, dig = ch.isupper() and ch.isascii(), ch.islower() and ch.isascii(), ch.isdigit()
        if i < n - 1:
            nx = name[i + 1]
            ncap = nx.isupper() and nx.isascii()
            nlow = nx.islower() and nx.isascii()
            ndig = nx.isdigit()
            if (cap and nlow) or (low and (ncap or ndig)) or (dig and (ncap or nlow)):
                if cap and nlow and i > 0 and name[i - 1].isupper():
                    out.append("_")
                out.append(ch.lower())
                if low or dig:
                    out.append("_")
                continue
        out.append(ch.lower() if (cap or low or dig) else "_")
    return "".join(out)


def type_name(cfn, one_word=None):
    org, service, resource = cfn.split("::")
    return "awscc.%s.%s" % (service.lower(), snake(resource, one_word))


def old_type_name(cfn):
    """The name terrace gave type cfn before it followed awscc's acronyms
    (awscc.cloudwatch.o_tel_enrichment), or None when it is the same: its
    row is kept as an alias of the type's."""
    old = type_name(cfn, OLD_ONE_WORD)
    return old if old != type_name(cfn) else None
