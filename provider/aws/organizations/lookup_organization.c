/*
 * organizations/lookup_organization.c: the lookup aws.organizations.
 * organization, the organization the provider's account belongs to
 * (Terraform's aws_organizations_organization, its organization's own
 * attributes): Organizations' DescribeOrganization, which any account of
 * the organization may call. An account in no organization is an error
 * saying so (AWSOrganizationsNotInUseException), as Terraform's is: a
 * policy's aws:PrincipalOrgID written from it would otherwise be empty.
 */
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const struct attr_schema organization_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the organization's id, o-..., what aws:PrincipalOrgID compares" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the organization's ARN" },
	{ .name = "feature_set", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ALL, or CONSOLIDATED_BILLING" },
	{ .name = "master_account_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the management account's id" },
	{ .name = "master_account_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the management account's ARN" },
	{ .name = "master_account_email", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the management account's email address" },
	{ .name = NULL },
};

/* DescribeOrganization's members, as the attributes name them. */
static const char *const members[][2] = {
	{ "id", "Id" },
	{ "arn", "Arn" },
	{ "feature_set", "FeatureSet" },
	{ "master_account_id", "MasterAccountId" },
	{ "master_account_arn", "MasterAccountArn" },
	{ "master_account_email", "MasterAccountEmail" },
};

static int organization_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	static const char *const codes[] = { "AWSOrganizationsNotInUseException", NULL };
	json_t *input = json_object(), *answer = NULL;
	int rc = aws_json_call_codes(client, &aws_service_organizations, "DescribeOrganization",
				     input, codes, &answer, NULL, NULL, err);

	(void)args;
	json_decref(input);
	*out = NULL;
	if (rc < 0)
		return -1;
	if (rc > 0) {
		strbuf_addstr(err, "the provider's account is in no organization (Organizations' "
			      "DescribeOrganization: AWSOrganizationsNotInUseException)");
		return -1;
	}
	const json_t *org = json_object_get(answer, "Organization");
	*out = json_object();
	for (size_t i = 0; i < sizeof(members) / sizeof(*members); i++) {
		const char *v = json_string_value(json_object_get(org, members[i][1]));
		json_object_set_new(*out, members[i][0], v ? json_string(v) : json_null());
	}
	json_decref(answer);
	return 0;
}

const struct lookup_type aws_organizations_organization_lookup = {
	.name = "aws.organizations.organization",
	.description = "the organization the provider's account belongs to: its id, ARN, feature "
		       "set and management account",
	.attrs = organization_attrs,
	.read = organization_read,
	.terraform_type = "aws_organizations_organization",
	.terraform_attrs = "id arn feature_set master_account_id master_account_arn "
			   "master_account_email",
};
