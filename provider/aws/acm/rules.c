/*
 * acm/rules.c: AWS Certificate Manager's (certificates, the account's
 * configuration) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE:
 * CloudFormation's CertificateManager, botocore's acm), a certificate's
 * names, validation, private CA and export; and the written rule on a
 * validation option's domain, a superdomain of its own domain name. Its
 * ledger: checks/words/acm.words.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/rules.h"

#define ACM "acm RequestCertificate "
#define VALIDATION_DOMAIN_WORDS "This must be the same as the DomainName value or a " \
	"superdomain of the DomainName value."

/* Whether validation domain VD is domain name DN or a superdomain of it
 * (DN ends with "." VD), either case. */
static int acm_domain_covers(const char *dn, const char *vd)
{
	size_t n = strlen(dn), m = strlen(vd);

	return !strcasecmp(dn, vd) ||
	       (n > m + 1 && dn[n - m - 1] == '.' && !strcasecmp(dn + n - m, vd));
}

/* Each validation option's validation domain, when both it and the
 * option's domain name are known, is that name or a superdomain of it. */
static int rule_acm_validation_domain(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *options = json_object_get(v, "domain_validation_options"), *o;
	size_t i;

	(void)r;
	json_array_foreach(options, i, o) {
		const char *dn = value_known_string(json_object_get(o, "domain_name"));
		const char *vd = value_known_string(json_object_get(o, "validation_domain"));
		if (!dn || !vd || acm_domain_covers(dn, vd))
			continue;
		strbuf_addf(err, "domain_validation_options[%zu].validation_domain: ", i);
		aws_constraint_quote(err, vd);
		strbuf_addstr(err, " is neither the option's domain name ");
		aws_constraint_quote(err, dn);
		strbuf_addstr(err, " nor a superdomain of it: AWS says \"" VALIDATION_DOMAIN_WORDS
			      "\" (" ACM "DomainValidationOptions.ValidationDomain)");
		return -1;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. terrace's awscc schema (cfn-lint's copy) gives the
 * certificate's properties no enum, bound nor pattern. */
const struct aws_check_row aws_rules_acm[] = {
	AWS_SAYS("acm.cfn_validation_method_values", "awscc.certificatemanager.certificate",
		 AWS_CALL_ANY, ALWAYS, THEN(IS("validation_method", "DNS", "EMAIL", "HTTP")),
		 "Valid values are DNS, EMAIL or HTTP",
		 "CloudFormation registry: AWS::CertificateManager::Certificate ValidationMethod"),
	AWS_SAYS("acm.domain_name_64", "awscc.certificatemanager.certificate", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("domain_name", 1, 64)),
		 "In compliance with RFC 5280, the length of the domain name (technically, the "
		 "Common Name) that you provide cannot exceed 64 octets (characters), including "
		 "periods.", ACM "DomainName"),
	AWS_SAYS("acm.san_253", "awscc.certificatemanager.certificate", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("subject_alternative_names", ALWAYS, THEN(LEN_IN("", 1, 253)))),
		 "The maximum length of a SAN DNS name is 253 octets.",
		 ACM "SubjectAlternativeNames"),
	AWS_SAYS("acm.san_at_most_100", "awscc.certificatemanager.certificate", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("subject_alternative_names", 0, 100)),
		 "The maximum number of domain names that you can add to an ACM certificate is 100.",
		 ACM "SubjectAlternativeNames"),
	/* the form the API's documentation gives:
	 * arn:aws:acm-pca:region:account:certificate-authority/ID */
	AWS_SAYS("acm.private_ca_arn_form", "awscc.certificatemanager.certificate", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("certificate_authority_arn",
			      "^arn:[^:]+:acm-pca:[^:]*:[0-9]{12}:certificate-authority/.")),
		 "The ARN must have the following form:", ACM "CertificateAuthorityArn"),
	/* the private CA's key family, read across the reference
	 * "certificate_authority_arn->": an RSA or an EC key; a key algorithm
	 * left out (RSA_2048, AWS's default) is not "specified" */
	AWS_SAYS("acm.private_key_family_rsa", "awscc.certificatemanager.certificate",
		 AWS_CALL_ANY, WHEN(MATCHES("certificate_authority_arn->key_algorithm", "^RSA_")),
		 THEN(MATCHES("key_algorithm", "^RSA_")),
		 "When you request a private PKI certificate signed by a CA from Amazon Web "
		 "Services Private CA, the specified signing algorithm family (RSA or ECDSA) must "
		 "match the algorithm family of the CA's secret key.", ACM "KeyAlgorithm"),
	AWS_SAYS("acm.private_key_family_ec", "awscc.certificatemanager.certificate",
		 AWS_CALL_ANY, WHEN(MATCHES("certificate_authority_arn->key_algorithm", "^EC_")),
		 THEN(MATCHES("key_algorithm", "^EC_")),
		 "When you request a private PKI certificate signed by a CA from Amazon Web "
		 "Services Private CA, the specified signing algorithm family (RSA or ECDSA) must "
		 "match the algorithm family of the CA's secret key.", ACM "KeyAlgorithm"),
	/* the registry's CertificateExport is not create-only: its update
	 * handler sends it with UpdateCertificateOptions */
	AWS_SAYS("acm.export_unchanged", "awscc.certificatemanager.certificate", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("certificate_export")),
		 "You cannot update the value of Export after the the certificate is created.",
		 "acm UpdateCertificateOptions Options.Export"),
	RULE("awscc.certificatemanager.certificate", "", rule_acm_validation_domain,
	     ACM "DomainValidationOptions.ValidationDomain"),
	{ NULL },
};
