/*
 * checks/tables.c: the written half of the one table of checks (checks/row.h):
 * what AWS documents about the attributes the aws types send that its
 * service models do not carry, one row per type and attribute, each citing
 * its source. A row is an enum, a range or a rule function (checks/rules.h's row
 * macros), or of another scope a check across resources (STACK) or a read
 * of AWS at plan (READ); each service's rows are in its <service>/rules.c
 * beside its functions, and here are the rows every type shares (the
 * tags, with their rule; the room's own STACK and READ rows) and the one list of the
 * services' tables (aws_rules_tables), which each scope's runner runs in
 * order: checks/run_values.c at validate, at plan and at apply before the
 * request, after the models' rows (checks/constraints.gen.c);
 * checks/run_stack.c and checks/reads.c. An attribute the models already
 * constrain is not written again (test_constraints fails): a documented
 * value that differs from the model's goes into constraints.map instead.
 *
 * A type's rows for the whole resource (settings that go together) come
 * after its rows for single values, so a wrong value is named first; the
 * first row that fails is the message.
 *
 * A new type's checks are rows in its service's rules.c (and lines in
 * constraints.map), never code in the type's file; and its name's limit,
 * the NAME_RULE of its types.def line (aws_name_rules, checks/names.c).
 */
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/kinds/associations.h"
#include "provider/aws/checks/kinds/by_sibling.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"

#include <strings.h>

/* ---- tags ---------------------------------------------------------------- */

/* Tag quotas common to AWS services (Tagging AWS resources, "Tag naming
 * limits and requirements"): 50 user tags per resource, key 1-128 and value
 * 0-256 Unicode characters, the aws: prefix reserved. terrace adds its own
 * two (terrace:stack, terrace:workspace) to what it tags. */
#define AWS_MAX_TAGS 50

int rule_tags(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	(void)r;
	if (!json_is_object(v) || value_is_unknown(v))
		return 0;
	size_t mine = 0;
	bool keys_known = true;
	json_object_foreach((json_t *)v, key, value) {
		if (has_prefix(key, "terrace:"))
			mine++;
		if (value_key_not_known(key))
			keys_known = false;
	}
	/* terrace adds its two after validate (plan checks them added, with a
	 * development environment's terrace:environment and terrace:user);
	 * count them once. Keys not known yet may turn out to be one key:
	 * counted at plan. */
	size_t total = json_object_size(v) + (mine ? 0 : 2);
	if (keys_known && total > AWS_MAX_TAGS) {
		strbuf_addf(err, "%zu tags with terrace's own %s (terrace:stack, "
			    "terrace:workspace%s): AWS allows at most %d per resource (write at most "
			    "%zu here)", total, mine > 2 ? "four" : "two",
			    mine > 2 ? ", and a development environment's terrace:environment and "
				       "terrace:user" : "", AWS_MAX_TAGS,
			    AWS_MAX_TAGS - (mine ? mine : 2));
		return -1;
	}
	json_object_foreach((json_t *)v, key, value) {
		size_t kn = utf8_length(key);
		if (value_key_not_known(key)) {
			if (!strncasecmp(key, "aws:", 4))
				goto reserved; /* whatever follows, the prefix is AWS's */
			continue;
		}
		if (kn < 1 || kn > 128) {
			strbuf_addf(err, "key \"%.40s%s\" has %zu characters: tag keys have 1 to 128 "
				    "(e.g. \"team\")", key, kn > 40 ? "..." : "", kn);
			return -1;
		}
		if (!strncasecmp(key, "aws:", 4)) {
reserved:
			strbuf_addf(err, "key \"%s\": the aws: prefix is reserved for AWS's own tags "
				    "(e.g. \"team\" or \"acme:team\")", key);
			return -1;
		}
		const char *s = value_known_string(value);
		if (s && utf8_length(s) > 256) {
			strbuf_addf(err, "the value of \"%s\" has %zu characters: tag values have at "
				    "most 256", key, utf8_length(s));
			return -1;
		}
	}
	return 0;
}

#define TAGGING "Tagging AWS resources: tag naming limits and requirements"

/* The rows every aws type shares: the tags; then the room's own checks
 * across resources, which run before the services' (checks/run_stack.c,
 * after the services' ROLE_TRUST rows, which it runs first),
 * in this order; and its reads of what a literal of a kind names
 * (checks/reads.c's reader, from kinds/reads.def's rows), of the written
 * types and the awscc types alike. */
static const struct aws_check_row aws_rules_shared[] = {
	RULE("aws.*", "tags", rule_tags, TAGGING),
	ACROSS_ROW("aws.*", aws_check_one_object,
		   "each service's API reference: a name is one object's (EntityAlreadyExists, "
	       "BucketAlreadyOwnedByYou, ...)"),
	ACROSS_ROW("aws.*", aws_check_kinds, "kinds/kinds.gen.c (from AWS's data)"),
	ACROSS_ROW("aws.*", aws_check_facts, "kinds/facts.def"),
	ACROSS_ROW("aws.*", aws_check_associations, "kinds/associations.def"),
	ACROSS_ROW("aws.*", aws_check_kinds_by_sibling, "kinds/by_sibling.def"),
	READ_ROW("aws.*", NULL, aws_read_kinds, NULL, "kinds/reads.def"),
	READ_ROW("awscc.*", NULL, aws_read_kinds, NULL, "kinds/reads.def"),
	{ NULL },
};

/*
 * The services' tables, each in its <service>/rules.c, in the order they run:
 * the one list of them. A new service's table is a name here
 * (provider/aws/gen/gen_services.py --check, in make unit, holds the list to
 * services.def's rows and to the aws_rules_NAME tables the rules.c define).
 */
#define AWS_RULE_SERVICES(X) \
	X(athena) X(batch) X(dynamodb) X(firehose) X(kinesis) X(emrserverless) X(ecs) X(ec2) \
	X(events) X(glue) X(iam) X(kms) X(lakeformation) X(lambda) X(logs) X(rds) X(redshift) X(route53) \
	X(s3) X(scheduler) X(secretsmanager) X(sfn) X(ssm) X(sns) X(sqs) X(cloudwatch) X(codecommit) X(codebuild) \
	X(apigateway) X(connect) X(iot) X(apigatewayv2) X(elasticache) \
	X(lightsail) X(networkmanager) X(personalize) X(sagemaker) X(bedrock) X(transfer) X(cloudtrail) \
	X(datazone) X(opensearchserverless) X(location) X(imagebuilder) \
	X(inspectorv2) X(billingconductor) X(ivs) \
	X(deadline) X(acmpca) X(cloudfront) X(elbv2) \
	X(backup) X(appconfig) X(cloudformation) X(cognito) X(applicationautoscaling) \
	X(securityhub) X(wisdom) X(amplify) X(gamelift) X(ses) X(eks) X(cassandra) \
	X(vpclattice) X(omics) \
	X(s3tables) X(efs) X(datasync) X(appsync) X(iotwireless) \
	X(customerprofiles) X(signer) \
	X(autoscaling) X(iotsitewise) X(mediaconnect) X(iotfleetwise) \
	X(emr) X(redshiftserverless) \
	X(databrew) X(timestream) X(msk) X(pipes) \
	X(appflow) X(neptunegraph) \
	X(qbusiness) X(bedrockagentcore) X(elasticbeanstalk) X(groundstation) \
	X(medialive) X(mediapackagev2) X(networkfirewall) X(route53resolver) \
	X(verifiedpermissions) X(apprunner) \
	X(frauddetector) X(globalaccelerator) X(guardduty) X(organizations) \
	X(kendra) X(directconnect) X(aps) \
	X(wafv2) X(config) \
	X(neptune) X(memorydb) X(codepipeline) X(codeartifact) \
	X(mediapackage) X(mediatailor) X(paymentcryptography) X(resourceexplorer2) \
	X(s3vectors) X(smsvoice) X(workspacesweb) X(xray) X(ce) \
	X(identitystore) X(iotevents) X(osis) X(pcs) \
	X(codestarconnections) X(entityresolution) X(fis) X(greengrassv2) \
	X(cleanrooms) X(inspector) X(lex) X(macie) X(b2bi) \
	X(rolesanywhere) X(refactorspaces) X(s3outposts) X(servicecatalog) \
	X(supportapp) X(arczonalshift) X(accessanalyzer) X(amazonmq) \
	X(appintegrations) X(appstream) \
	X(ivschat) X(iottwinmaker) X(kafkaconnect) X(kinesisvideo) X(observabilityadmin) \
	X(pcaconnectorad) \
	X(applicationsignals) X(codedeploy) X(codegurureviewer) X(dms) \
	X(detective) X(devopsguru) X(fms) X(fsx) X(forecast) X(grafana) \
	X(devopsagent) \
	X(rtbfabric) X(rekognition) X(resourcegroups) X(route53profiles) X(ssmcontacts) \
	X(applicationinsights) \
	X(auditmanager) X(billing) X(budgets) X(cur) X(acm) \
	X(cleanroomsml) X(codeconnections) X(codeguruprofiler) X(codestarnotifications) \
	X(comprehend) X(computeoptimizer) X(dsql) \
	X(directoryservice) X(docdb) X(evs) X(finspace)

#define AWS_RULES_DECLARE(S) extern const struct aws_check_row aws_rules_##S[];
AWS_RULE_SERVICES(AWS_RULES_DECLARE)

#define AWS_RULES_LIST(S) aws_rules_##S,
const struct aws_check_row *const aws_rules_tables[] = {
	aws_rules_shared,
	AWS_RULE_SERVICES(AWS_RULES_LIST) NULL,
};
