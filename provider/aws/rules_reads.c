/*
 * rules_reads.c: the rows of the table of checks that read AWS (never
 * change it), run at plan on what a resource names that no stack makes: the
 * AWS managed policies (arn:PARTITION:iam::aws:policy/...) that a role, a
 * user or a group attaches, each asked of IAM by GetPolicy before apply
 * attaches it (provider_type.check_reads, aws_check_reads). A customer
 * managed policy is not asked: another stack may make it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/iam/api.h"
#include "provider/aws/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* The attributes that attach managed policies, one row a type. Source: IAM
 * API Reference, GetPolicy ("Retrieves information about the specified
 * managed policy"; NoSuchEntity when there is none). */
const struct aws_read_row aws_read_rows[] = {
	{ "aws.iam.role", "managed_policy_arns", "iam:GetPolicy" },
	{ "aws.iam.user", "policy_arns", "iam:GetPolicy" },
	{ "aws.iam.group", "policy_arns", "iam:GetPolicy" },
	{ NULL, NULL, NULL },
};

bool aws_arn_is_aws_managed_policy(const char *arn)
{
	const char *p;

	if (!arn || strncmp(arn, "arn:", 4))
		return false;
	p = strchr(arn + 4, ':'); /* after the partition */
	return p && !strncmp(p, ":iam::aws:policy/", strlen(":iam::aws:policy/"));
}

/* GetPolicy of one AWS managed policy: 0 when IAM has it or cannot say (no
 * permission to read it, a server that does not know the call: AWS judges
 * at apply), -1 with the reason in err when IAM says there is none. */
static int managed_policy_exists(struct aws_client *c, const char *attr, const char *arn,
				 struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "PolicyArn", arn);
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = 0;

	memset(&resp, 0, sizeof(resp));
	if (aws_query_call(c, "iam", IAM_API_VERSION, "GetPolicy", params, &resp, &call_err)) {
		if (resp.error_code && !strcmp(resp.error_code, "NoSuchEntity")) {
			strbuf_addf(err, "%s: %s: IAM has no AWS managed policy of this ARN (%s)",
				    attr, arn, call_err.buf);
			rc = -1;
		} else {
			log_debugf("%s: %s not checked at plan: %s", attr, arn, call_err.buf);
		}
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	json_decref(params);
	return rc;
}

int aws_check_reads(void *client, const char *type, const json_t *prior, const json_t *desired,
		    const char **attr, struct strbuf *err)
{
	for (const struct aws_read_row *r = aws_read_rows; r->type; r++) {
		const json_t *want = json_object_get(desired, r->attr);
		const json_t *had = json_object_get(prior, r->attr);
		size_t i;
		json_t *v;

		if (strcmp(type, r->type) || !json_is_array(want))
			continue;
		json_array_foreach(want, i, v) {
			const char *arn = json_string_value(v);

			/* What is attached already was checked when it was. */
			if (!aws_arn_is_aws_managed_policy(arn) || value_list_has_string(had, arn))
				continue;
			if (managed_policy_exists(client, r->attr, arn, err)) {
				if (attr)
					*attr = r->attr;
				return -1;
			}
		}
	}
	return 0;
}
