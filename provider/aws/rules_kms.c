/*
 * rules_kms.c: the KMS rules its models do not carry (rules.h): alias
 * names; and across resources, a log group encrypted with a key of the
 * stack whose policy does not let CloudWatch Logs use it.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
#include "provider/provider.h"

/* KMS CreateAlias AliasName: "The alias must be string of 1-256 characters.
 * It can contain only alphanumeric characters, forward slashes (/),
 * underscores (_), and dashes (-). The alias name cannot begin with
 * alias/aws/. The alias/aws/ prefix is reserved for AWS managed keys."
 * and "must begin with alias/ followed by a name"
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html);
 * the characters and the length are the model's. */
int rule_kms_alias_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);

	(void)r;
	if (!s)
		return 0;
	if (strncmp(s, "alias/", 6) || !s[6]) {
		strbuf_addf(err, "\"%s\" does not start with alias/ and a name: a KMS alias is "
			    "alias/NAME (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	if (!strncmp(s, "alias/aws/", 10)) {
		strbuf_addf(err, "\"%s\" starts with alias/aws/, which AWS keeps for its own keys: "
			    "choose another name (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	return 0;
}

/* What CloudWatch Logs does with a log group's key: "Allow CloudWatch Logs
 * to use the key ... kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*,
 * kms:GenerateDataKey*, kms:Describe*" for the principal
 * logs.REGION.amazonaws.com; without it AssociateKmsKey and CreateLogGroup
 * with kmsKeyId fail (CloudWatch Logs User Guide, "Encrypt log data in
 * CloudWatch Logs using AWS KMS", step 2). A key without a written policy
 * has AWS's default one, which lets only the account's principals. */
static const char *const logs_key_actions[] = { "kms:GenerateDataKey", "kms:Decrypt", NULL };
static const char *const key_arn_attrs[] = { "arn", NULL };

void aws_check_key_uses(const struct written_resource *rs, size_t n,
			written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const json_t *kms = json_object_get(rs[i].config, "kms_key_id");
		const char *missing = NULL;
		size_t key;
		json_t *doc;
		bool own = false;
		char msg[768];

		if (strcmp(rs[i].type, "aws.logs.log_group") || !json_is_string(kms))
			continue;
		key = aws_written_named(rs, n, &rs[i], json_string_value(kms), "aws.kms.key",
					key_arn_attrs);
		if (key == WRITTEN_NONE)
			continue;
		doc = policy_json(json_object_get(rs[key].config, "policy"), &own);
		if (value_is_set(json_object_get(rs[key].config, "policy")) && !doc)
			continue; /* not known yet, or not JSON: its own checks say so */
		for (const char *const *a = logs_key_actions; *a && !missing; a++)
			if (!doc || !aws_policy_lets_service(doc, "logs", *a))
				missing = *a;
		if (own)
			json_decref(doc);
		if (!missing)
			continue;
		snprintf(msg, sizeof(msg),
			 "kms_key_id: key \"%s\"'s policy%s has no Allow statement of %s for "
			 "logs.REGION.amazonaws.com: CloudWatch Logs refuses a key it may not use "
			 "(add a statement allowing Service logs.REGION.amazonaws.com kms:Encrypt*, "
			 "kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey*, kms:Describe*)",
			 rs[key].name, doc ? "" : " (AWS's default, none written)", missing);
		report(ctx, i, "kms_key_id", key, "policy", msg, false);
	}
}
