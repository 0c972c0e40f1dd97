/*
 * checks/common.c: the rule for a required value
 * sent as "" (rule_not_empty), and an awscc type's tag list's keys
 * (rule_tag_list_keys, which its services' rows name), a policy written
 * as JSON text (rule_policy_json_text, the same), a JSON document's
 * member by either spelling (aws_doc_member); the one rule every
 * aws type has, its tags, is checks/tables.c's, beside its row.
 * The rules of each service are in <service>/rules.c (s3/rules.c,
 * iam/rules.c, ec2/rules.c, secretsmanager/rules.c, scheduler/rules.c, logs/rules.c,
 * sfn/rules.c, glue/rules.c, lambda/rules.c, rds/rules.c,
 * athena/rules.c), each written once (checks/rules.h), which rows of the one table
 * of checks name (each service's in its rules.c; checks/run_values.c runs them). Sources: the AWS
 * documentation pages named beside each rule, and docs/validation.md, which
 * lists them all with examples.
 */
#include "provider/aws/checks/rules.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "provider/provider.h"

/* ---- values a request cannot go without ---------------------------------- */

/* A required attribute the request cannot send empty, where no other row
 * holds it to a length (an AMI id, a VPC id, a key pair's public key, an
 * object's bucket, a secret's value): written as "" it is refused here,
 * as the types refused it at apply before. */
int rule_not_empty(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s || *s)
		return 0;
	strbuf_addstr(err, "\"\" is empty: the request needs a value");
	return -1;
}

/* ---- an awscc type's tag list ------------------------------------------ */

/* An awscc type's tags, a list of {key, value} items (the registry's Tag,
 * whose schema holds the lengths) or a map of key to value: "You can
 * specify a value that is 1 to 128 Unicode characters in length and cannot
 * be prefixed with aws:." (each service's ledger, checks/words/, names the
 * types whose rows run it). */
int rule_tag_list_keys(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *tag;
	const char *name;
	size_t i;

	(void)r;
	if (json_is_object(v) && !value_not_known(v))
		json_object_foreach((json_t *)v, name, tag)
			if (!value_key_not_known(name) && !strncasecmp(name, "aws:", 4)) {
				strbuf_addf(err, "[\"%s\"]: AWS says a tag key \"cannot be "
					    "prefixed with aws:\", reserved for AWS's own tags (e.g. "
					    "\"team\" or \"acme:team\")", name);
				return -1;
			}
	if (!json_is_array(v) || value_not_known(v))
		return 0;
	json_array_foreach(v, i, tag) {
		const char *key = value_known_member(tag, "key");
		if (key && !strncasecmp(key, "aws:", 4)) {
			strbuf_addf(err, "[%zu].key \"%s\": AWS says a tag key \"cannot be prefixed "
				    "with aws:\", reserved for AWS's own tags (e.g. \"team\" or "
				    "\"acme:team\")", i, key);
			return -1;
		}
	}
	return 0;
}

/* ---- a policy as JSON text ---------------------------------------------- */

/* An awscc type's resource policy the registry takes as a string (JSON
 * text the handlers send as it is): a JSON object or list ("This should be
 * a valid JSON policy document", "To provide valid JSON, enclose the
 * attribute names and values in double quotes": each service's ledger,
 * checks/words/, names the types whose rows run it). */
int rule_policy_json_text(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	json_t *doc;

	(void)r;
	if (!s || value_holds_not_known(v))
		return 0;
	if ((doc = json_loads(s, 0, NULL)) != NULL) {
		json_decref(doc);
		return 0;
	}
	strbuf_addf(err, "\"%.60s%s\" is not JSON: AWS says a policy is \"a valid JSON policy "
		    "document\" (e.g. '{\"Version\": \"2012-10-17\", \"Statement\": [...]}')", s,
		    strlen(s) > 60 ? "..." : "");
	return -1;
}

/* ---- a JSON document's members ------------------------------------------ */

/* Whether a JSON document's member `key` is `name`, its case and '_'
 * ignored (volume_size_in_gb, VolumeSizeInGB). */
bool aws_doc_name_is(const char *key, const char *name)
{
	const char *a = key, *b = name;

	for (;; a++, b++) {
		while (*a == '_')
			a++;
		while (*b == '_')
			b++;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b) || !*a)
			break;
	}
	return !*a && !*b;
}

const json_t *aws_doc_json(const json_t *v, json_t **parsed)
{
	*parsed = NULL;
	if (json_is_string(v) && !value_not_known(v))
		v = *parsed = json_loads(json_string_value(v), 0, NULL);
	return json_is_object(v) || json_is_array(v) ? v : NULL;
}

/* The value of member `name` of object o, its case and '_' ignored: a JSON
 * document is written with awscc's keys or CloudFormation's, and
 * cloudcontrol/convert.c sends either (volume_size_in_gb, VolumeSizeInGB).
 * o not an object: NULL. */
const json_t *aws_doc_member(const json_t *o, const char *name)
{
	const char *key;
	const json_t *value;

	if (!json_is_object(o))
		return NULL;
	json_object_foreach((json_t *)o, key, value)
		if (aws_doc_name_is(key, name))
			return value;
	return NULL;
}
