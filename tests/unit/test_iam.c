/*
 * test_iam.c: the IAM helpers of provider/aws/iam/api.h that need no server:
 * URL decoding, the policy document codec (URL-encoded or plain JSON in,
 * parsed JSON out, text back), and tags in both directions.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/iam/api.h"
#include "provider/aws/transport/xml.h"
#include "provider/provider.h"

static void test_url_decode(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "%7B%22a%22%3A1%7D", "{\"a\":1}" },
		{ "s3%3A%2A", "s3:*" },
		{ "a+b%20c", "a+b c" },          /* RFC 3986: '+' is not a space */
		{ "100%", "100%" },              /* a lone % stays */
		{ "%zz%4", "%zz%4" },            /* so does a broken escape */
		{ "%c3%a9t%C3%A9", "\xc3\xa9t\xc3\xa9" },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *out = iam_url_decode(cases[i].in);

		assert_string_equal(out, cases[i].out);
		free(out);
	}
}

static void test_document_parse_encoded_and_plain(void **state)
{
	const char *encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B"
			      "%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3A%2A%22%2C"
			      "%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Ab%2F%25%22%7D%5D%7D";
	const char *plain = "{\"Statement\": [{\"Resource\": \"arn:aws:s3:::b/%\", "
			    "\"Action\": \"s3:*\", \"Effect\": \"Allow\"}], \"Version\": \"2012-10-17\"}";
	json_t *a = iam_policy_document_parse(encoded);
	json_t *b = iam_policy_document_parse(plain);

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_true(json_is_object(a));
	assert_true(value_equal(a, b));
	assert_string_equal(json_string_value(json_object_get(
		json_array_get(json_object_get(a, "Statement"), 0), "Resource")), "arn:aws:s3:::b/%");
	json_decref(a);
	json_decref(b);
}

static void test_document_parse_not_json(void **state)
{
	json_t *doc = iam_policy_document_parse("not%20json");
	json_t *none = iam_policy_document_parse(NULL);

	(void)state;
	assert_true(json_is_string(doc));
	assert_string_equal(json_string_value(doc), "not json");
	assert_true(json_is_null(none));
	json_decref(doc);
	json_decref(none);
}

static void test_document_text(void **state)
{
	struct strbuf err = STRBUF_INIT;
	json_t *doc = json_pack("{s:s, s:[{s:s}]}", "Version", "2012-10-17", "Statement",
				"Effect", "Allow");
	json_t *text_doc = json_string("{\"Version\": \"2012-10-17\"}");
	char *text = iam_policy_document_text(doc, &err);
	char *as_is = iam_policy_document_text(text_doc, &err);
	json_t *back;

	(void)state;
	assert_non_null(text);
	assert_null(strchr(text, ' '));           /* compact */
	back = iam_policy_document_parse(text);
	assert_true(value_equal(back, doc));
	assert_string_equal(as_is, "{\"Version\": \"2012-10-17\"}");
	assert_int_equal(err.len, 0);
	assert_null(iam_policy_document_text(json_null(), &err));
	assert_string_equal(err.buf, "the policy document is not set");
	free(text);
	free(as_is);
	json_decref(back);
	json_decref(doc);
	json_decref(text_doc);
	strbuf_release(&err);
}

static void test_tags(void **state)
{
	const char *xml = "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
			  "<GetRoleResult><Role><Tags>"
			  "<member><Key>env</Key><Value>dev</Value></member>"
			  "<member><Key>empty</Key><Value></Value></member>"
			  "</Tags></Role></GetRoleResult></GetRoleResponse>";
	struct strbuf err = STRBUF_INIT;
	xmlDocPtr doc = xml_parse(xml, strlen(xml), &err);
	json_t *tags, *none, *params = json_object();
	json_t *expect = json_pack("{s:s, s:s}", "env", "dev", "empty", "");

	(void)state;
	assert_non_null(doc);
	tags = iam_tags_parse(xml_child(xmlDocGetRootElement(doc), "GetRoleResult/Role/Tags"));
	assert_true(value_equal(tags, expect));
	none = iam_tags_parse(NULL);
	assert_int_equal(json_object_size(none), 0);

	iam_tags_params(params, "Tags", tags);
	assert_int_equal(json_object_size(params), 4);
	assert_string_equal(json_string_value(json_object_get(params, "Tags.member.1.Key")), "env");
	assert_string_equal(json_string_value(json_object_get(params, "Tags.member.1.Value")), "dev");
	assert_string_equal(json_string_value(json_object_get(params, "Tags.member.2.Key")), "empty");
	assert_string_equal(json_string_value(json_object_get(params, "Tags.member.2.Value")), "");

	xmlFreeDoc(doc);
	json_decref(tags);
	json_decref(none);
	json_decref(params);
	json_decref(expect);
	strbuf_release(&err);
}

/* A RoleDetail of GetAccountAuthorizationDetails: its inline policies
 * (encoded or not) by name, its attached ARNs and a GroupList as sorted sets
 * without duplicates; absent lists are empty. */
static void test_detail_lists(void **state)
{
	const char *xml = "<R xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><RoleDetail>"
			  "<RolePolicyList>"
			  "<member><PolicyName>b</PolicyName><PolicyDocument>%7B%22x%22%3A1%7D</PolicyDocument></member>"
			  "<member><PolicyName>a</PolicyName><PolicyDocument>{\"y\":2}</PolicyDocument></member>"
			  "</RolePolicyList><AttachedManagedPolicies>"
			  "<member><PolicyName>z</PolicyName><PolicyArn>arn:z</PolicyArn></member>"
			  "<member><PolicyName>c</PolicyName><PolicyArn>arn:c</PolicyArn></member>"
			  "<member><PolicyName>z</PolicyName><PolicyArn>arn:z</PolicyArn></member>"
			  "</AttachedManagedPolicies>"
			  "<GroupList><member>ops</member><member>dev</member></GroupList>"
			  "</RoleDetail></R>";
	struct strbuf err = STRBUF_INIT;
	xmlDocPtr doc = xml_parse(xml, strlen(xml), &err);
	xmlNodePtr role;
	json_t *policies, *arns, *groups, *none, *no_set;
	json_t *want_policies = json_pack("{s:{s:i}, s:{s:i}}", "a", "y", 2, "b", "x", 1);
	json_t *want_arns = json_pack("[s, s]", "arn:c", "arn:z");
	json_t *want_groups = json_pack("[s, s]", "dev", "ops");

	(void)state;
	assert_non_null(doc);
	role = xml_child(xmlDocGetRootElement(doc), "RoleDetail");
	policies = iam_policy_list_parse(xml_child(role, "RolePolicyList"));
	arns = iam_member_set(xml_child(role, "AttachedManagedPolicies"), "PolicyArn");
	groups = iam_member_set(xml_child(role, "GroupList"), "");
	none = iam_policy_list_parse(xml_child(role, "GroupPolicyList"));
	no_set = iam_member_set(NULL, "PolicyArn");
	assert_true(value_equal(policies, want_policies));
	assert_true(json_equal(arns, want_arns));
	assert_true(json_equal(groups, want_groups));
	assert_int_equal(json_object_size(none), 0);
	assert_true(json_is_array(no_set) && json_array_size(no_set) == 0);

	xmlFreeDoc(doc);
	json_decref(policies);
	json_decref(arns);
	json_decref(groups);
	json_decref(none);
	json_decref(no_set);
	json_decref(want_policies);
	json_decref(want_arns);
	json_decref(want_groups);
	strbuf_release(&err);
}

static void test_resource_types_registered(void **state)
{
	const struct provider_type *pt = NULL;
	const struct resource_type *role = resource_type_find("aws.iam.role", &pt);
	const struct resource_type *policy = resource_type_find("aws.iam.policy", &pt);

	(void)state;
	assert_non_null(role);
	assert_non_null(policy);
	assert_true(schema_find(role->attrs, "managed_policy_arns") != NULL);
	assert_true(schema_find(policy->attrs, "description")->flags & ATTR_FORCE_NEW);
	assert_non_null(role->plan_desired);
}

static void test_role_plan_desired_sorts_arns(void **state)
{
	const struct resource_type *role = resource_type_find("aws.iam.role", NULL);
	struct strbuf err = STRBUF_INIT;
	json_t *desired = json_pack("{s:[s,s,s]}", "managed_policy_arns",
				    "arn:aws:iam::1:policy/z", "arn:aws:iam::1:policy/a",
				    "arn:aws:iam::1:policy/z");
	json_t *expect = json_pack("[s,s]", "arn:aws:iam::1:policy/a", "arn:aws:iam::1:policy/z");
	json_t *partly_unknown = json_pack("{s:[s,o]}", "managed_policy_arns",
					   "arn:aws:iam::1:policy/z", value_unknown());
	json_t *before = json_deep_copy(partly_unknown);

	(void)state;
	assert_int_equal(role->plan_desired(desired, NULL, &err), 0);
	assert_true(value_equal(json_object_get(desired, "managed_policy_arns"), expect));
	/* A list with a value not known yet is left as it is. */
	assert_int_equal(role->plan_desired(partly_unknown, NULL, &err), 0);
	assert_true(value_equal(partly_unknown, before));
	json_decref(desired);
	json_decref(expect);
	json_decref(partly_unknown);
	json_decref(before);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_url_decode),
		cmocka_unit_test(test_document_parse_encoded_and_plain),
		cmocka_unit_test(test_document_parse_not_json),
		cmocka_unit_test(test_document_text),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_detail_lists),
		cmocka_unit_test(test_resource_types_registered),
		cmocka_unit_test(test_role_plan_desired_sorts_arns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
