/*
 * stacks/convert_tf_derived.c: tf_derived[], what AWS builds of what
 * terrace's type keeps (an ARN, a domain name, a region) and what Terraform
 * reads of a setting terrace's type cannot hold, as an expression of the
 * type's own attributes (convert -from terraform); tf_derived_expr reads it.
 * convert_tf_refs.c rewrites the references through it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "provider/provider.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"
#include "stacks/expr_path.h"

/* ---- attributes a reference reads that the type names otherwise, or lacks ---- */

/*
 * An attribute Terraform's type has and terrace's type does not, as an
 * expression of what terrace's type has ({R}: the resource's address in
 * the stack, this[0]; {C}: an aws.caller_identity lookup's): the ARNs and
 * names AWS builds of them, the region a resource is made in (hashicorp/aws
 * 6's region), and what terrace's type cannot set as the value Terraform
 * reads when it is not set (a function's signing job, a table's replicas).
 * Each is one operand (a string, a call, a path, a literal), written where
 * the reference was without parentheses.
 */
#define PARTITION_DNS_SUFFIXES                                                                \
	"{\"aws-cn\" = \"amazonaws.com.cn\", \"aws-iso\" = \"c2s.ic.gov\", "                        \
	"\"aws-iso-b\" = \"sc2s.sgov.gov\", \"aws-iso-e\" = \"cloud.adc-e.uk\", "                   \
	"\"aws-iso-f\" = \"csp.hci.ic.gov\", \"aws-eusc\" = \"amazonaws.eu\"}"

static const struct {
	const char *tf, *attr, *expr;
} tf_derived[] = {
	{ "aws_lambda_function", "invoke_arn", "\"arn:${{C}.partition}:apigateway:${{C}.region}:"
	  "lambda:path/2015-03-31/functions/${{R}.arn}/invocations\"" },
	{ "aws_lambda_function", "qualified_arn", "\"${{R}.arn}:${{R}.version}\"" },
	{ "aws_lambda_function", "qualified_invoke_arn", "\"arn:${{C}.partition}:apigateway:"
	  "${{C}.region}:lambda:path/2015-03-31/functions/${{R}.arn}:${{R}.version}/invocations\"" },
	/* terrace's function takes no code signing and no KMS key of its own */
	{ "aws_lambda_function", "signing_job_arn", "\"\"" },
	{ "aws_lambda_function", "signing_profile_version_arn", "\"\"" },
	{ "aws_lambda_function", "kms_key_arn", "\"\"" },
	{ "aws_lambda_layer_version", "source_code_hash", "{R}.code_sha256" },
	{ "aws_s3_bucket", "bucket_domain_name", "\"${{R}.name}.s3.amazonaws.com\"" },
	{ "aws_s3_bucket", "bucket_regional_domain_name",
	  "\"${{R}.name}.s3.${{R}.region}.amazonaws.com\"" },
	{ "aws_s3_bucket", "bucket_region", "{R}.region" },
	/* Route 53's hosted zone of the region's S3 website endpoints
	 * (docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints),
	 * as hashicorp/aws gives them (internal/service/s3/hosted_zones.go, 33
	 * regions); null in another, where Terraform fails */
	{ "aws_s3_bucket", "hosted_zone_id", "lookup({"
	  "\"af-south-1\" = \"Z83WF9RJE8B12\", "
	  "\"ap-east-1\" = \"ZNB98KWMFR0R6\", "
	  "\"ap-northeast-1\" = \"Z2M4EHUR26P7ZW\", "
	  "\"ap-northeast-2\" = \"Z3W03O7B5YMIYP\", "
	  "\"ap-northeast-3\" = \"Z2YQB5RD63NC85\", "
	  "\"ap-south-1\" = \"Z11RGJOFQNVJUP\", "
	  "\"ap-south-2\" = \"Z02976202B4EZMXIPMXF7\", "
	  "\"ap-southeast-1\" = \"Z3O0J2DXBE1FTB\", "
	  "\"ap-southeast-2\" = \"Z1WCIGYICN2BYD\", "
	  "\"ap-southeast-3\" = \"Z01846753K324LI26A3VV\", "
	  "\"ap-southeast-4\" = \"Z0312387243XT5FE14WFO\", "
	  "\"ca-central-1\" = \"Z1QDHH18159H29\", "
	  "\"ca-west-1\" = \"Z03565811Z33SLEZTHOUL\", "
	  "\"cn-north-1\" = \"Z5CN8UMXT92WN\", "
	  "\"cn-northwest-1\" = \"Z282HJ1KT0DH03\", "
	  "\"eu-central-1\" = \"Z21DNDUVLTQW6Q\", "
	  "\"eu-central-2\" = \"Z030506016YDQGETNASS\", "
	  "\"eu-north-1\" = \"Z3BAZG2TWCNX0D\", "
	  "\"eu-south-1\" = \"Z30OZKI7KPW7MI\", "
	  "\"eu-south-2\" = \"Z0081959F7139GRJC19J\", "
	  "\"eu-west-1\" = \"Z1BKCTXD74EZPE\", "
	  "\"eu-west-2\" = \"Z3GKZC51ZF0DB4\", "
	  "\"eu-west-3\" = \"Z3R1K369G5AVDG\", "
	  "\"il-central-1\" = \"Z09640613K4A3MN55U7GU\", "
	  "\"me-central-1\" = \"Z06143092I8HRXZRUZROF\", "
	  "\"me-south-1\" = \"Z1MPMWCPA7YB62\", "
	  "\"sa-east-1\" = \"Z7KQH4QJS55SO\", "
	  "\"us-east-1\" = \"Z3AQBSTGFYJSTF\", "
	  "\"us-east-2\" = \"Z2O1EMRO9K5GLX\", "
	  "\"us-gov-east-1\" = \"Z2NIFVYYW2VKV1\", "
	  "\"us-gov-west-1\" = \"Z31GFT0UA1I2HV\", "
	  "\"us-west-1\" = \"Z2F56UZL2M1ACD\", "
	  "\"us-west-2\" = \"Z3BJ6K6RIION7M\""
	  "}, {R}.region, null)" },
	{ "aws_security_group", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:${{C}.account_id}:"
	  "security-group/${{R}.group_id}\"" },
	{ "aws_security_group", "owner_id", "{C}.account_id" },
	{ "aws_network_acl", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:${{C}.account_id}:"
	  "network-acl/${{R}.id}\"" },
	{ "aws_network_acl", "owner_id", "{C}.account_id" },
	{ "aws_vpc", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:${{C}.account_id}:"
	  "vpc/${{R}.vpc_id}\"" },
	{ "aws_vpc", "owner_id", "{C}.account_id" },
	/* terrace's VPC has the default tenancy */
	{ "aws_vpc", "instance_tenancy", "\"default\"" },
	/* a subnet's ARN, as EC2 writes it (terraform-aws-vpc's *_subnet_arns) */
	{ "aws_subnet", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:${{C}.account_id}:"
	  "subnet/${{R}.subnet_id}\"" },
	{ "aws_subnet", "owner_id", "{C}.account_id" },
	/* terrace's written subnet has no IPv6 block (its awscc twin has) */
	{ "aws_subnet", "ipv6_cidr_block", "\"\"" },
	{ "aws_subnet", "ipv6_cidr_block_association_id", "\"\"" },
	{ "aws_internet_gateway", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:"
	  "${{C}.account_id}:internet-gateway/${{R}.internet_gateway_id}\"" },
	{ "aws_internet_gateway", "owner_id", "{C}.account_id" },
	/* its awscc twin keeps its id alone */
	{ "aws_customer_gateway", "arn", "\"arn:${{C}.partition}:ec2:${{C}.region}:"
	  "${{C}.account_id}:customer-gateway/${{R}.customer_gateway_id}\"" },
	{ "aws_sns_topic", "owner", "{C}.account_id" },
	/* terrace's topic keeps no archive, its state machine publishes no
	 * versions, its buckets are of S3's global namespace */
	{ "aws_sns_topic", "beginning_archive_time", "\"\"" },
	{ "aws_sfn_state_machine", "state_machine_version_arn", "\"\"" },
	{ "aws_s3_bucket", "bucket_namespace", "\"global\"" },
	{ "aws_dynamodb_table", "stream_label",
	  "try(reverse(split(\"/\", {R}.stream_arn))[0], null)" },
	{ "aws_db_instance", "address", "{R}.endpoint.address" },
	{ "aws_db_instance", "hosted_zone_id", "{R}.endpoint.hosted_zone_id" },
	{ "aws_db_instance", "engine_version_actual", "{R}.engine_version" },
	{ "aws_db_parameter_group", "arn", "\"arn:${{C}.partition}:rds:${{C}.region}:"
	  "${{C}.account_id}:pg:${{R}.db_parameter_group_name}\"" },
	{ "aws_db_option_group", "arn", "\"arn:${{C}.partition}:rds:${{C}.region}:"
	  "${{C}.account_id}:og:${{R}.option_group_name}\"" },
	/* a rotation schedule is its secret's rotation, enabled */
	{ "aws_secretsmanager_secret_rotation", "rotation_enabled", "true" },
	/* hashicorp/aws 6: each resource's region, the provider's */
	{ "*", "region", "{C}.region" },
	/* data "aws_partition" (an aws.caller_identity lookup): the partition's
	 * DNS suffix, as botocore's partitions.json gives each (amazonaws.com
	 * for aws and aws-us-gov), and its labels reversed */
	{ "data.aws_partition", "dns_suffix", "lookup(" PARTITION_DNS_SUFFIXES ", {R}.partition, "
	  "\"amazonaws.com\")" },
	{ "data.aws_partition", "reverse_dns_prefix", "join(\".\", reverse(split(\".\", lookup("
	  PARTITION_DNS_SUFFIXES ", {R}.partition, \"amazonaws.com\"))))" },
};

/* The expression tf_derived[] gives attribute `attr` of the kind dc is,
 * or NULL: the table alone (tf_derived_attr asks first whether terrace's
 * type has the attribute as named). */
const char *tf_derived_expr(const struct decl *dc, const char *attr)
{
	for (size_t i = 0; i < sizeof(tf_derived) / sizeof(tf_derived[0]); i++) {
		const char *tf = tf_derived[i].tf;
		bool data = !strncmp(tf, "data.", 5);
		if (data != (dc->kind == D_DATA))
			continue;
		if ((!strcmp(tf + (data ? 5 : 0), dc->tf_type) || !strcmp(tf, "*")) &&
		    !strcmp(tf_derived[i].attr, attr))
			return tf_derived[i].expr;
	}
	return NULL;
}
