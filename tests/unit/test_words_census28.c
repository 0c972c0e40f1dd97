/*
 * test_words_census28.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-eighth census helper judged them
 * (auditmanager/rules.c, billing/rules.c, budgets/rules.c, cur/rules.c,
 * acm/rules.c; the ledgers checks/words/auditmanager.words, billing.words,
 * budgets.words, cur.words, acm.words), each through
 * aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row crossing a
 * reference has its case in test_words_crossing.c: acm.private_key_family_
 * rsa and _ec). And the written rule acm.words names, its case with its
 * twin: a certificate's validation domain, its domain name or a
 * superdomain of it.
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
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

/* An Audit Manager assessment of roles ROLES, the rest MORE. */
#define AM_ASSESSMENT(ROLES, MORE) "{'name': 'soc2', 'framework_id': " \
	"'01234567-89ab-cdef-0123-456789abcdef', 'aws_account': {'id': '123456789012'}, " \
	"'assessment_reports_destination': {'destination': 's3://audit-reports', " \
	"'destination_type': 'S3'}, 'scope': {'aws_accounts': [{'id': '123456789012'}]}, " \
	"'roles': [" ROLES "]" MORE "}"
#define AM_ROLE(TYPE) "{'role_arn': 'arn:aws:iam::123456789012:role/Auditor', " \
	"'role_type': '" TYPE "'}"
#define AM_DELEGATION(TYPE) ", 'delegations': [{'control_set_id': 'Logging', " \
	"'role_arn': 'arn:aws:iam::123456789012:role/Owner', 'role_type': '" TYPE "'}]"
/* A resource's one tag, KEY: VALUE. */
#define ONE_TAG(KEY, VALUE) ", 'tags': [{'key': '" KEY "', 'value': '" VALUE "'}]"
/* A billing view of one source view, the rest MORE. */
#define BV_VIEW(MORE) "{'name': 'team-a', 'source_views': ['arn:aws:billing::123456789012:" \
	"billingview/primary']" MORE "}"
/* A budget action of subscribers SUBSCRIBERS, the rest MORE. */
#define BA_ACTION(SUBSCRIBERS, MORE) "{'budget_name': 'monthly', 'notification_type': " \
	"'ACTUAL', 'action_type': 'APPLY_IAM_POLICY', 'action_threshold': {'type': " \
	"'PERCENTAGE', 'value': 80}, 'execution_role_arn': " \
	"'arn:aws:iam::123456789012:role/BudgetsAction', 'definition': " \
	"{'iam_action_definition': {'policy_arn': 'arn:aws:iam::aws:policy/AWSDenyAll', " \
	"'roles': ['Developers']}}, 'subscribers': [" SUBSCRIBERS "]" MORE "}"
#define BA_SUB(TYPE, ADDRESS) "{'type': '" TYPE "', 'address': '" ADDRESS "'}"
#define BA_TOPIC "arn:aws:sns:us-east-1:123456789012:budgets"
/* A cost and usage report of name NAME and S3 prefix PREFIX, the rest MORE. */
#define CUR_REPORT(NAME, PREFIX, MORE) "{'report_name': '" NAME "', 'time_unit': 'DAILY', " \
	"'format': 'textORcsv', 'compression': 'GZIP', 's3_bucket': 'cur-reports', " \
	"'s3_prefix': '" PREFIX "', 's3_region': 'us-east-1', 'refresh_closed_reports': true, " \
	"'report_versioning': 'CREATE_NEW_REPORT'" MORE "}"
/* An ACM certificate of domain name NAME, the rest MORE. */
#define ACM_CERT(NAME, MORE) "{'domain_name': '" NAME "'" MORE "}"
#define ACM_LONG "a-very-long-host-name-for-the-reports-service.eu-west.example.com"
#define ACM_CA_ARN ", 'certificate_authority_arn': 'arn:aws:acm-pca:us-east-1:123456789012:" \
	"certificate-authority/01234567-89ab-cdef-0123-456789abcdef'"
#define ACM_DVO(DOMAIN) ", 'validation_method': 'EMAIL', 'domain_validation_options': " \
	"[{'domain_name': 'testing.example.com', 'validation_domain': '" DOMAIN "'}]"
/* 10 names beginning P, and 100 (the schema's items are unique). */
#define ACM_SAN10(P) "'" P "0.example.com', '" P "1.example.com', '" P "2.example.com', '" \
	P "3.example.com', '" P "4.example.com', '" P "5.example.com', '" P "6.example.com', '" \
	P "7.example.com', '" P "8.example.com', '" P "9.example.com'"
#define ACM_SAN100 ACM_SAN10("a0") ", " ACM_SAN10("a1") ", " ACM_SAN10("a2") ", " \
	ACM_SAN10("a3") ", " ACM_SAN10("a4") ", " ACM_SAN10("a5") ", " ACM_SAN10("a6") ", " \
	ACM_SAN10("a7") ", " ACM_SAN10("a8") ", " ACM_SAN10("a9")

static const struct words_case cases[] = {
	{ "auditmanager.assessment_roles_process_owner", "awscc.auditmanager.assessment",
	  "roles[1].role_type", AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER") ", "
	  AM_ROLE("RESOURCE_OWNER"), ""), NULL, AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER"), ""),
	  NULL },
	{ "auditmanager.delegations_resource_owner", "awscc.auditmanager.assessment",
	  "delegations[0].role_type",
	  AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER"), AM_DELEGATION("PROCESS_OWNER")), NULL,
	  AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER"), AM_DELEGATION("RESOURCE_OWNER")), NULL },
	{ "auditmanager.cfn_tag_keys_not_aws", "awscc.auditmanager.assessment", "tags[0].key",
	  AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER"), ONE_TAG("aws:team", "a")), NULL,
	  AM_ASSESSMENT(AM_ROLE("PROCESS_OWNER"), ONE_TAG("team", "aws:a")), NULL },
	{ "billing.cfn_tag_keys_not_aws", "awscc.billing.billing_view", "tags[0].key",
	  BV_VIEW(ONE_TAG("aws:team", "a")), NULL, BV_VIEW(ONE_TAG("team", "aws:a")), NULL },
	{ "budgets.resource_tag_keys_unique", "awscc.budgets.budgets_action",
	  "resource_tags[1].key",
	  BA_ACTION(BA_SUB("EMAIL", "ops@example.com"), ", 'resource_tags': [{'key': 'team', "
		    "'value': 'a'}, {'key': 'team', 'value': 'b'}]"), NULL,
	  BA_ACTION(BA_SUB("EMAIL", "ops@example.com"), ", 'resource_tags': [{'key': 'team', "
		    "'value': 'a'}, {'key': 'owner', 'value': 'a'}]"), NULL },
	{ "budgets.subscriber_address_one_line", "awscc.budgets.budgets_action",
	  "subscribers[0].address", BA_ACTION(BA_SUB("EMAIL", "ops@example.com\\nbcc: x"), ""),
	  NULL, BA_ACTION(BA_SUB("EMAIL", "ops@example.com"), ""), NULL },
	{ "budgets.subscriber_address_of_type", "awscc.budgets.budgets_action",
	  "subscribers[1].address", BA_ACTION(BA_SUB("EMAIL", "ops@example.com") ", "
	  BA_SUB("SNS", "budgets"), ""), NULL, BA_ACTION(BA_SUB("EMAIL", "ops@example.com") ", "
	  BA_SUB("SNS", BA_TOPIC), ""), NULL },
	{ "budgets.subscriber_address_of_type", "awscc.budgets.budgets_action",
	  "subscribers[0].address", BA_ACTION(BA_SUB("EMAIL", BA_TOPIC), ""), NULL,
	  BA_ACTION(BA_SUB("EMAIL", "ops@example.com"), ""), NULL },
	{ "cur.report_name_no_spaces", "awscc.cur.report_definition", "report_name",
	  CUR_REPORT("daily costs", "cur", ""), NULL, CUR_REPORT("daily-costs", "cur", ""), NULL },
	{ "cur.s3_prefix_no_spaces", "awscc.cur.report_definition", "s3_prefix",
	  CUR_REPORT("daily", "cost reports", ""), NULL, CUR_REPORT("daily", "cost/reports", ""),
	  NULL },
	{ "cur.tag_keys_unique", "awscc.cur.report_definition", "tags[1].key",
	  CUR_REPORT("daily", "cur", ", 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', "
		     "'value': 'b'}]"), NULL,
	  CUR_REPORT("daily", "cur", ", 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'Team', "
		     "'value': 'b'}]"), NULL },
	{ "acm.cfn_validation_method_values", "awscc.certificatemanager.certificate",
	  "validation_method", ACM_CERT("example.com", ", 'validation_method': 'dns'"), NULL,
	  ACM_CERT("example.com", ", 'validation_method': 'DNS'"), NULL },
	{ "acm.domain_name_64", "awscc.certificatemanager.certificate", "domain_name",
	  ACM_CERT(ACM_LONG, ""), NULL,
	  ACM_CERT("example.com", ", 'subject_alternative_names': ['" ACM_LONG "']"), NULL },
	{ "acm.san_253", "awscc.certificatemanager.certificate", "subject_alternative_names[0]",
	  ACM_CERT("example.com", ", 'subject_alternative_names': ['" ACM_LONG ACM_LONG ACM_LONG
		   ACM_LONG "']"), NULL,
	  ACM_CERT("example.com", ", 'subject_alternative_names': ['" ACM_LONG ACM_LONG "']"),
	  NULL },
	{ "acm.san_at_most_100", "awscc.certificatemanager.certificate",
	  "subject_alternative_names",
	  ACM_CERT("example.com", ", 'subject_alternative_names': [" ACM_SAN100 ", 'b.example.com']"),
	  NULL, ACM_CERT("example.com", ", 'subject_alternative_names': [" ACM_SAN100 "]"), NULL },
	{ "acm.private_ca_arn_form", "awscc.certificatemanager.certificate",
	  "certificate_authority_arn",
	  ACM_CERT("app.corp.internal", ", 'certificate_authority_arn': '01234567-89ab-cdef-"
		   "0123-456789abcdef'"), NULL, ACM_CERT("app.corp.internal", ACM_CA_ARN), NULL },
	{ "acm.export_unchanged", "awscc.certificatemanager.certificate", "certificate_export",
	  ACM_CERT("example.com", ", 'certificate_export': 'ENABLED'"),
	  ACM_CERT("example.com", ", 'certificate_export': 'DISABLED'"),
	  ACM_CERT("example.com", ", 'certificate_export': 'ENABLED'"),
	  ACM_CERT("example.com", ", 'certificate_export': 'ENABLED'") },
};

/* The written rule's refused resource and its passing twin. */
static const struct words_written_case written[] = {
	{ "awscc.certificatemanager.certificate", ACM_CERT("testing.example.com",
	  ACM_DVO("example.org")), "domain_validation_options[0].validation_domain: ",
	  "AWS says \"This must be the same as the DomainName value or a superdomain of the "
	  "DomainName value.\"", ACM_CERT("testing.example.com", ACM_DVO("example.com")) },
	{ "awscc.certificatemanager.certificate", ACM_CERT("testing.example.com",
	  ACM_DVO("ing.example.com")), "domain_validation_options[0].validation_domain: ",
	  "superdomain", ACM_CERT("testing.example.com", ACM_DVO("Testing.Example.com")) },
};

static const char *const services[] = { "auditmanager.", "billing.", "budgets.", "cur.",
					"acm.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

/* The written rule refuses its cases, naming the option; each twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census28.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
