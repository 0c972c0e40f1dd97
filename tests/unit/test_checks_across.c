/*
 * test_checks_across.c: the checks across the stack that AWS's words gave,
 * each through aws_check_resources (every check across the stack, as
 * checks/run_stack.c runs them) on a small stack: a private CA's
 * certificates against their CA's certificate (acmpca/rules.c), one
 * priority per listener or domain name (checks/names.c's
 * aws_check_one_per_parent), a bucket of the stack in another Region than
 * what names it (aws_check_bucket_region), what two resources would share
 * that ECS lets one hold (ecs/across.c). The words rows that cross a
 * reference are test_words_crossing.c's.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/json_support.h"
#include "tests/unit/stack_support.h"

/* What every check across the stack says of it (aws_check_resources, its
 * resources of one provider configuration; made by client `first` for the
 * first resource and `rest` for the others, NULL as at validate): a new
 * list of findings. */
static json_t *across_by(const char *text, struct aws_client *first, struct aws_client *rest)
{
	struct stack s;
	struct findings fs = { json_array(), &s };

	stack_load(&s, text);
	for (size_t i = 0; i < s.n; i++) {
		s.rs[i].provider = "aws";
		s.rs[i].rtype = resource_type_find(s.rs[i].type, NULL);
		s.rs[i].client = i ? rest : first;
	}
	aws_check_resources(s.rs, s.n, collect, &fs);
	json_decref(s.doc);
	return fs.messages;
}

static json_t *across_all(const char *text)
{
	return across_by(text, NULL, NULL);
}

/* Each refused stack's first finding (of every check across the stack)
 * holds its text ([i][1]); each passing stack has none. */
static void across_cases(const char *const (*refused)[2], size_t nr, const char *const *passing,
			 size_t np)
{
	for (size_t i = 0; i < nr; i++) {
		json_t *found = across_all(refused[i][0]);
		const char *first = json_string_value(json_array_get(found, 0));
		if (!first || !strstr(first, refused[i][1]))
			fail_msg("case %zu: %s lacks \"%s\"", i, first ? first : "nothing",
				 refused[i][1]);
		json_decref(found);
	}
	for (size_t i = 0; i < np; i++) {
		json_t *found = across_all(passing[i]);
		if (json_array_size(found))
			fail_msg("passing %zu: %s", i, json_string_value(json_array_get(found, 0)));
		json_decref(found);
	}
}

/* A private CA's certificates against the certificate of their CA the
 * stack issues (acmpca/rules.c's check_acmpca_issuer_limits, the check
 * across the stack acm-pca.words names): a validity ending later (both
 * relative: 11 years over 10; both absolute) or a CA certificate's path
 * length not below its issuer's refused; ones within, a validity of each
 * kind, or a CA whose certificate the stack does not issue, pass. */
static void test_acmpca_issuer_limits(void **state)
{
#define PCA_CA(NAME, TYPE) "'" NAME "': {'type': 'awscc.acmpca.certificate_authority', " \
	"'type_': '" TYPE "', 'key_algorithm': 'RSA_2048', 'signing_algorithm': 'SHA256WITHRSA', " \
	"'subject': {'common_name': '" NAME "'}}"
#define PCA_CERT(NAME, CA, CSR, TEMPLATE, VTYPE, VALUE) "'" NAME "': {'type': " \
	"'awscc.acmpca.certificate', 'certificate_authority_arn': '${" CA ".arn}', " \
	"'certificate_signing_request': '" CSR "', 'signing_algorithm': 'SHA256WITHRSA', " \
	"'template_arn': 'arn:aws:acm-pca:::template/" TEMPLATE "', 'validity': {'type': '" \
	VTYPE "', 'value': " VALUE "}}"
#define ROOT_CERT(VTYPE, VALUE) PCA_CERT("root_cert", "root", \
	"${root.certificate_signing_request}", "RootCACertificate/V1", VTYPE, VALUE)
#define SUB_CERT(TEMPLATE, VTYPE, VALUE) PCA_CERT("sub_cert", "root", \
	"${sub.certificate_signing_request}", TEMPLATE, VTYPE, VALUE)
#define PCA_STACK(ROOT, SUB, MORE) "{" PCA_CA("root", "ROOT") ", " PCA_CA("sub", "SUBORDINATE") \
	", " ROOT ", " SUB MORE "}"
#define SUB0 "SubordinateCACertificate_PathLen0/V1"
#define LEAF(TEMPLATE) ", " PCA_CERT("leaf", "sub", "CSR", TEMPLATE, "DAYS", "30")
	static const char *const refused[][2] = {
		{ PCA_STACK(ROOT_CERT("YEARS", "10"), SUB_CERT(SUB0, "YEARS", "11"), ""),
		  "sub_cert validity: validity: it ends after the certificate of its CA, \"root_cert\"'s" },
		{ PCA_STACK(ROOT_CERT("DAYS", "365"), SUB_CERT(SUB0, "MONTHS", "14"), ""),
		  "sub_cert validity: validity: it ends after" },
		{ PCA_STACK(ROOT_CERT("END_DATE", "20290101000000"),
			    SUB_CERT(SUB0, "ABSOLUTE", "1893456000"), ""),
		  "sub_cert validity: validity: it ends after" },
		{ PCA_STACK(ROOT_CERT("YEARS", "10"), SUB_CERT(SUB0, "YEARS", "5"),
			    LEAF("SubordinateCACertificate_PathLen0/V1")),
		  "leaf template_arn: template_arn: its path length 0 is not below 0, the path length of its CA's "
		  "certificate \"sub_cert\"" },
	};
	static const char *const passing[] = {
		PCA_STACK(ROOT_CERT("YEARS", "10"), SUB_CERT(SUB0, "YEARS", "10"),
			  LEAF("EndEntityCertificate/V1")),
		PCA_STACK(ROOT_CERT("YEARS", "10"), SUB_CERT(SUB0, "DAYS", "3660"), ""),
		PCA_STACK(ROOT_CERT("END_DATE", "20290101000000"),
			  SUB_CERT(SUB0, "ABSOLUTE", "1861920000"), ""),
		PCA_STACK(ROOT_CERT("DAYS", "30"), SUB_CERT(SUB0, "END_DATE", "20400101000000"), ""),
		PCA_STACK(ROOT_CERT("YEARS", "10"),
			  SUB_CERT("SubordinateCACertificate_PathLen1/V1", "YEARS", "5"),
			  LEAF("SubordinateCACertificate_PathLen0/V1")),
		"{" PCA_CA("sub", "SUBORDINATE") ", " PCA_CERT("leaf", "sub", "CSR",
			"SubordinateCACertificate_PathLen0/V1", "YEARS", "99") "}",
	};
#undef LEAF
#undef SUB0
#undef PCA_STACK
#undef SUB_CERT
#undef ROOT_CERT
#undef PCA_CERT
#undef PCA_CA

	(void)state;
	across_cases(refused, sizeof(refused) / sizeof(*refused), passing,
		     sizeof(passing) / sizeof(*passing));
}

/* Rules of one parent with one priority (checks/names.c's
 * aws_check_one_per_parent, the checks across the stack vpc-lattice.words
 * and apigatewayv2.words name): a VPC Lattice listener's two rules, an API
 * Gateway domain name's two routing rules, refused naming the first; other
 * priorities, another parent, a priority not known yet, pass. And two EKS
 * access entries of one principal on one cluster, which the names of one
 * object refuse (checks/names.c: its primary identifier); two SES Mail
 * Manager add-on instances of one subscription, two subscriptions of one
 * add-on (ses/rules.c); instances of subscriptions not known yet pass; two
 * Global Accelerator endpoint groups of one listener in one Region
 * (globalaccelerator/rules.c); two Route 53 key-signing keys of one hosted
 * zone with one name or one KMS key (route53/rules.c). */
static void test_one_priority_per_parent(void **state)
{
#define VL_RULE(NAME, LISTENER, PRIORITY) "'" NAME "': {'type': 'awscc.vpclattice.rule', " \
	"'listener_identifier': '${" LISTENER ".arn}', 'service_identifier': '${s.arn}', " \
	"'priority': " PRIORITY ", 'match': {'http_match': {'path_match': {'match': {'prefix': " \
	"'/'}}}}, 'action': {'fixed_response': {'status_code': 404}}}"
#define RR(NAME, DOMAIN, PRIORITY) "'" NAME "': {'type': 'awscc.apigatewayv2.routing_rule', " \
	"'domain_name_arn': '${" DOMAIN ".domain_name_arn}', 'priority': " PRIORITY ", " \
	"'conditions': [{'match_base_paths': {'any_of': ['orders']}}], 'actions': [{'invoke_api': " \
	"{'api_id': 'a1', 'stage': 'prod'}}]}"
#define ENTRY(NAME, CLUSTER) "'" NAME "': {'type': 'awscc.eks.access_entry', 'cluster_name': '" \
	CLUSTER "', 'principal_arn': 'arn:aws:iam::123456789012:role/admin'}"
#define GA_GROUP(NAME, LISTENER, REGION) "'" NAME "': {'type': " \
	"'awscc.globalaccelerator.endpoint_group', 'listener_arn': '${" LISTENER ".listener_arn}', " \
	"'endpoint_group_region': '" REGION "'}"
#define KSK(NAME, ZONE, KSK_NAME, KEY) "'" NAME "': {'type': " \
	"'awscc.route53.key_signing_key', 'hosted_zone_id': '" ZONE "', 'name': '" KSK_NAME "', " \
	"'status': 'ACTIVE', 'key_management_service_arn': '" KEY "'}"
#define ADDON(NAME, SUBSCRIPTION) "'" NAME "': {'type': " \
	"'awscc.ses.mail_manager_addon_instance', 'addon_subscription_id': '" SUBSCRIPTION "'}"
	static const char *const refused[][2] = {
		{ "{" VL_RULE("a", "l", "10") ", " VL_RULE("b", "l", "10") "}",
		  "b priority: priority: 10 is also rule \"a\"'s on the same listener (${l.arn}): "
		  "AWS says \"Each rule for a specific listener must have a unique priority.\"" },
		{ "{" RR("a", "d", "5") ", " RR("b", "d", "5") "}",
		  "b priority: priority: 5 is also routing rule \"a\"'s on the same domain name "
		  "(${d.domain_name_arn}): AWS says \"Rules can't have the same priority.\"" },
		{ "{" ENTRY("a", "prod") ", " ENTRY("b", "prod") "}", "names the same" },
		{ "{" ADDON("a", "sub-1") ", " ADDON("b", "sub-1") "}",
		  "b addon_subscription_id: addon_subscription_id: \"sub-1\" is also add-on "
		  "instance \"a\"'s on the same subscription (sub-1): AWS says \"You can only have "
		  "one instance per subscription.\"" },
		{ "{'s1': {'type': 'awscc.ses.mail_manager_addon_subscription', 'addon_name': "
		  "'TRENDMICRO_VSAPI'}, 's2': {'type': 'awscc.ses.mail_manager_addon_subscription', "
		  "'addon_name': 'TRENDMICRO_VSAPI'}}", "s2 addon_name: addon_name: "
		  "\"TRENDMICRO_VSAPI\" is also add-on subscription \"s1\"'s" },
		{ "{" GA_GROUP("a", "l", "us-east-1") ", " GA_GROUP("b", "l", "us-east-1") "}",
		  "b endpoint_group_region: endpoint_group_region: \"us-east-1\" is also endpoint "
		  "group \"a\"'s on the same listener (${l.listener_arn}): AWS says \"A listener can "
		  "have only one endpoint group in a specific Region.\"" },
		{ "{" KSK("a", "Z1", "ksk1", "arn:aws:kms:us-east-1:123456789012:key/1") ", "
		  KSK("b", "Z1", "ksk1", "arn:aws:kms:us-east-1:123456789012:key/2") "}",
		  "names the same" },
		{ "{" KSK("a", "Z1", "ksk1", "arn:aws:kms:us-east-1:123456789012:key/1") ", "
		  KSK("b", "Z1", "ksk2", "arn:aws:kms:us-east-1:123456789012:key/1") "}",
		  "b key_management_service_arn: key_management_service_arn: " },
	};
	static const char *const passing[] = {
		"{" VL_RULE("a", "l", "10") ", " VL_RULE("b", "l", "11") ", " VL_RULE("c", "m", "10") ", "
		VL_RULE("d", "l", "'${var.p}'") "}",
		"{" RR("a", "d", "5") ", " RR("b", "e", "5") "}",
		"{" ENTRY("a", "prod") ", " ENTRY("b", "test") "}",
		"{" ADDON("a", "sub-1") ", " ADDON("b", "sub-2") ", " ADDON("c", "${var.s}") ", "
		ADDON("d", "${var.s}") "}",
		"{" GA_GROUP("a", "l", "us-east-1") ", " GA_GROUP("b", "l", "eu-west-1") ", "
		GA_GROUP("c", "m", "us-east-1") "}",
		"{" KSK("a", "Z1", "ksk1", "arn:aws:kms:us-east-1:123456789012:key/1") ", "
		KSK("b", "Z1", "ksk2", "arn:aws:kms:us-east-1:123456789012:key/2") ", "
		KSK("c", "Z2", "ksk1", "arn:aws:kms:us-east-1:123456789012:key/1") "}",
	};
#undef KSK
#undef GA_GROUP
#undef ADDON
#undef ENTRY
#undef RR
#undef VL_RULE

	(void)state;
	across_cases(refused, sizeof(refused) / sizeof(*refused), passing,
		     sizeof(passing) / sizeof(*passing));
}

/* At plan, a bucket of the stack (a name, a reference, an S3 URI) in
 * another Region than the resource that names it (checks/names.c's
 * aws_check_bucket_region, through each service's STACK row): an IVS
 * storage configuration's, a SageMaker model's and model package's model
 * data (each element of their lists), a HealthOmics workflow's definition,
 * a Config conformance pack's template, a Comprehend classifier's training
 * data; one of its Region, one not the
 * stack's, and any at validate (no client), pass. */
static void test_bucket_region(void **state)
{
#define STORAGE(NAME, BUCKET) "'" NAME "': {'type': 'awscc.ivs.storage_configuration', " \
	"'s3': {'bucket_name': '" BUCKET "'}}"
	static const char *const text = "{'west': {'type': 'aws.s3.bucket', 'name': 'west-rec'}, "
		"'here': {'type': 'awscc.s3.bucket', 'bucket_name': 'here-rec'}, "
		STORAGE("a", "${west.name}") ", " STORAGE("b", "west-rec") ", "
		STORAGE("c", "here-rec") ", " STORAGE("d", "other-rec") ", "
		"'m': {'type': 'awscc.sagemaker.model', 'containers': [{'model_data_url': "
		"'s3://here-rec/a.tar.gz'}, {'model_data_url': 's3://${west.name}/b.tar.gz'}]}, "
		"'p': {'type': 'awscc.sagemaker.model_package', 'additional_inference_specifications': "
		"[{'containers': [{'image': 'i', 'model_data_url': 's3://west-rec/c.tar.gz'}]}]}, "
		"'w': {'type': 'awscc.omics.workflow', 'definition_uri': 's3://west-rec/wf.zip'}, "
		"'v': {'type': 'awscc.omics.workflow_version', 'workflow_id': '1', "
		"'version_name': 'v1', 'definition_uri': 's3://here-rec/wf.zip'}, "
		"'cp': {'type': 'awscc.config.conformance_pack', 'conformance_pack_name': 'p', "
		"'template_s3_uri': 's3://west-rec/pack.yaml'}, "
		"'cq': {'type': 'awscc.config.conformance_pack', 'conformance_pack_name': 'q', "
		"'template_s3_uri': 's3://here-rec/pack.yaml'}, "
		"'cl': {'type': 'awscc.comprehend.document_classifier', 'document_classifier_name': "
		"'t', 'data_access_role_arn': 'arn:aws:iam::123456789012:role/C', 'language_code': "
		"'en', 'input_data_config': {'s3_uri': 's3://west-rec/train.csv', 'test_s3_uri': "
		"'s3://here-rec/test.csv'}, 'output_data_config': {'s3_uri': 's3://other-rec/o/'}}}";
	static const char *const want[] = {
		"a s3.bucket_name: s3.bucket_name: bucket \"west\" is made in us-west-2, and this in "
		"us-east-1: AWS says \"Note that the StorageConfiguration and S3 bucket must be in the "
		"same region as the Composition.\" (ivs CreateStorageConfiguration s3.bucketName)",
		"b s3.bucket_name: s3.bucket_name: bucket \"west\"",
		"m containers[1].model_data_url: containers[1].model_data_url: bucket \"west\" is made "
		"in us-west-2, and this in us-east-1: AWS says \"The model artifacts must be in an S3 "
		"bucket that is in the same region as the model or endpoint you are creating.\" "
		"(sagemaker CreateModel Containers.ModelDataUrl)",
		"p additional_inference_specifications[0].containers[0].model_data_url: "
		"additional_inference_specifications[0].containers[0].model_data_url: bucket \"west\"",
		"w definition_uri: definition_uri: bucket \"west\" is made in us-west-2, and this in "
		"us-east-1: AWS says \"The S3 bucket must be in the same region as the workflow.\" "
		"(omics CreateWorkflow definitionUri)",
		"cp template_s3_uri: template_s3_uri: bucket \"west\" is made in us-west-2, and this "
		"in us-east-1: AWS says \"The uri must point to a conformance pack template (max "
		"size: 300 KB) that is located in an Amazon S3 bucket in the same Region as the "
		"conformance pack.\" (config PutConformancePack TemplateS3Uri)",
		"cl input_data_config.s3_uri: input_data_config.s3_uri: bucket \"west\" is made in "
		"us-west-2, and this in us-east-1: AWS says \"The S3 bucket must be in the same "
		"Region as the API endpoint that you are calling.\" (comprehend "
		"CreateDocumentClassifier InputDataConfig.S3Uri)",
	};
	struct aws_client *east = new_client(NULL, false, "us-east-1", 0);
	struct aws_client *west = new_client(NULL, false, "us-west-2", 0);

	(void)state;
	for (int plan = 1; plan >= 0; plan--) {
		json_t *messages = plan ? across_by(text, west, east) : across_all(text);

		assert_int_equal(json_array_size(messages), plan ? 7 : 0);
		for (size_t i = 0; plan && i < 7; i++) { /* in the tables' order: any order */
			bool found = false;
			for (size_t k = 0; k < json_array_size(messages); k++)
				found |= !strncmp(json_string_value(json_array_get(messages, k)),
						  want[i], strlen(want[i]));
			if (!found)
				fail_msg("no finding begins %s", want[i]);
		}
		json_decref(messages);
	}
	aws_client_free(east);
	aws_client_free(west);
#undef STORAGE
}

/* Two awscc resources of the stack sharing what ECS lets one hold
 * (ecs/across.c): an Auto Scaling group capacity provider given to two
 * clusters (by their capacity_providers or an association's), one Service
 * Connect discovery name (a port name without one) twice in a namespace;
 * Fargate's providers, one cluster's own association, other namespaces,
 * names through a variable, and a namespace left to the cluster's default
 * pass. */
static void test_ecs_shared_names(void **state)
{
#define CLUSTER(NAME, MORE) "'" NAME "': {'type': 'awscc.ecs.cluster'" MORE "}"
#define ASSOC(NAME, CLUSTER, LIST) "'" NAME "': {'type': " \
	"'awscc.ecs.cluster_capacity_provider_associations', 'cluster': '" CLUSTER "', " \
	"'capacity_providers': [" LIST "], 'default_capacity_provider_strategy': []}"
#define CONNECTED(NAME, NS, ENTRIES) "'" NAME "': {'type': 'awscc.ecs.service', " \
	"'service_connect_configuration': {'enabled': true" NS ", 'services': [" ENTRIES "]}}"
#define ENTRY(MORE) "{'port_name': 'http'" MORE "}"
	static const char *const refused[][2] = {
		{ "{'cp': {'type': 'awscc.ecs.capacity_provider', 'auto_scaling_group_provider': "
		  "{'auto_scaling_group_arn': 'asg'}}, "
		  CLUSTER("a", ", 'capacity_providers': ['${cp.name}']") ", "
		  CLUSTER("b", ", 'capacity_providers': ['FARGATE', '${cp.name}']") "}",
		  "b capacity_providers: capacity_providers[1]: \"${cp.name}\" is also given to "
		  "another cluster by \"a\": AWS says \"If specifying a capacity provider that uses "
		  "an Auto Scaling group" },
		{ "{" CLUSTER("a", ", 'cluster_name': 'prod'") ", " ASSOC("x", "${a.arn}", "'asg-cp'")
		  ", " ASSOC("y", "test", "'asg-cp'") "}", "y capacity_providers: capacity_providers[0]: "
		  "\"asg-cp\" is also given to another cluster by \"x\"" },
		{ "{" CONNECTED("s", ", 'namespace': 'shop'", ENTRY("")) ", "
		  CONNECTED("t", ", 'namespace': 'shop'", ENTRY(", 'discovery_name': 'orders'") ", "
			  ENTRY("")) "}",
		  "t service_connect_configuration.services[1]: service_connect_configuration."
		  "services[1]: discovery name \"http\" is also service \"s\"'s in namespace "
		  "\"shop\": AWS says \"This must be unique within the CMAP namespace.\"" },
		{ "{" CONNECTED("s", ", 'namespace': 'shop'", ENTRY(", 'discovery_name': 'a'") ", "
			       ENTRY(", 'discovery_name': 'a'")) "}",
		  "s service_connect_configuration.services[1]: service_connect_configuration."
		  "services[1]: discovery name \"a\" is also another entry's of this service" },
	};
	static const char *const passing[] = {
		"{" CLUSTER("a", ", 'capacity_providers': ['FARGATE', 'FARGATE_SPOT']") ", "
		CLUSTER("b", ", 'capacity_providers': ['FARGATE', 'FARGATE_SPOT', '${var.cp}']") ", "
		CLUSTER("c", ", 'capacity_providers': ['${var.cp}']") "}",
		"{" CLUSTER("a", ", 'cluster_name': 'prod', 'capacity_providers': ['asg-cp']") ", "
		ASSOC("x", "${a.arn}", "'asg-cp'") ", " ASSOC("y", "prod", "'asg-cp'") "}",
		"{" CONNECTED("s", ", 'namespace': 'shop'", ENTRY("")) ", "
		CONNECTED("t", ", 'namespace': 'till'", ENTRY("")) ", " CONNECTED("u", "", ENTRY("")) ", "
		CONNECTED("v", "", ENTRY("")) ", "
		CONNECTED("w", ", 'namespace': 'shop'", ENTRY(", 'discovery_name': '${var.d}'")) "}",
	};
#undef ENTRY
#undef CONNECTED
#undef ASSOC
#undef CLUSTER

	(void)state;
	across_cases(refused, sizeof(refused) / sizeof(*refused), passing,
		     sizeof(passing) / sizeof(*passing));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acmpca_issuer_limits),
		cmocka_unit_test(test_one_priority_per_parent),
		cmocka_unit_test(test_bucket_region),
		cmocka_unit_test(test_ecs_shared_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
