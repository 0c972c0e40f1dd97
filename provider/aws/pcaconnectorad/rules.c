/*
 * pcaconnectorad/rules.c: AWS Private CA Connector for Active Directory's
 * (connectors, directory registrations, templates and their group access
 * control entries) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and its
 * written rule of a v4 template's hash algorithm. Its ledger:
 * checks/words/pca-connector-ad.words.
 */
#include <strings.h>

#include "provider/aws/checks/rules.h"

#define PCA_AD "pca-connector-ad "
#define HASH_WORDS "Hash algorithm can only be specified when using Key Storage Providers."

/* A template's definition (a JSON document: an object or its text): a v4
 * template whose private key flags choose the legacy Cryptographic Service
 * Providers (UseLegacyProvider true) names no hash algorithm. */
static int rule_pcaconnectorad_hash_algorithm(const json_t *v, const json_t *r,
					      struct strbuf *err)
{
	json_t *parsed;
	const json_t *v4 = aws_doc_member(aws_doc_json(v, &parsed), "TemplateV4");
	const json_t *legacy = aws_doc_member(aws_doc_member(v4, "PrivateKeyFlags"),
					      "UseLegacyProvider");
	const char *text = value_known_string(legacy);
	int rc = 0;

	(void)r;
	if (aws_doc_member(v4, "HashAlgorithm") &&
	    (json_is_true(legacy) || (text && !strcasecmp(text, "true")))) {
		strbuf_addstr(err, "TemplateV4.HashAlgorithm: a hash algorithm with "
				   "UseLegacyProvider true (the legacy Cryptographic Service "
				   "Providers): AWS says \"" HASH_WORDS "\" (" PCA_AD
				   "CreateTemplate Definition.TemplateV4.HashAlgorithm)");
		rc = -1;
	}
	json_decref(parsed);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_pcaconnectorad[] = {
	/* the model's max is 4, the registry's maxItems 5 */
	AWS_SAYS("pcaconnectorad.security_groups_at_most_4", "awscc.pcaconnectorad.connector",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("vpc_information.security_group_ids", NULL, 0, 4)),
		 "You can use a maximum of 4 security groups with a connector.",
		 PCA_AD "CreateConnector VpcInformation.SecurityGroupIds"),
	AWS_SAYS("pcaconnectorad.auto_enroll_needs_enroll",
		 "awscc.pcaconnectorad.template_group_access_control_entry", AWS_CALL_ANY,
		 WHEN(IS("access_rights.auto_enroll", "ALLOW")),
		 THEN(IS("access_rights.enroll", "ALLOW")),
		 "The Active Directory group must be allowed to enroll to allow autoenrollment",
		 PCA_AD "CreateTemplateGroupAccessControlEntry AccessRights.AutoEnroll"),
	RULE("awscc.pcaconnectorad.template", "definition", rule_pcaconnectorad_hash_algorithm,
	     PCA_AD "CreateTemplate Definition.TemplateV4.HashAlgorithm"),
	{ NULL },
};
