/*
 * acmpca/rules.c: AWS Private CA's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of a certificate's CSR names.
 * Its ledger: checks/words/acm-pca.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define PCA "acm-pca "
#define CRL "revocation_configuration.crl_configuration."
#define OCSP "revocation_configuration.ocsp_configuration."
/* A distinguished name's standard attributes, below path P ("subject."). */
#define STANDARD(P) UNSET(P "common_name"), UNSET(P "country"), \
	UNSET(P "distinguished_name_qualifier"), UNSET(P "generation_qualifier"), \
	UNSET(P "given_name"), UNSET(P "initials"), UNSET(P "locality"), \
	UNSET(P "organization"), UNSET(P "organizational_unit"), UNSET(P "pseudonym"), \
	UNSET(P "serial_number"), UNSET(P "state"), UNSET(P "surname"), UNSET(P "title")
#define CUSTOM_ALONE "Custom attributes cannot be used in combination with standard attributes."
/* A general name's forms, below path P ("access_location."). */
#define NAMES(P) SET(P "directory_name"), SET(P "dns_name"), SET(P "edi_party_name"), \
	SET(P "ip_address"), SET(P "other_name"), SET(P "registered_id"), \
	SET(P "rfc_822_name"), SET(P "uniform_resource_identifier")
#define NO_SCHEME "In a CRL or OCSP configuration, the value of a CNAME parameter must not " \
	"include a protocol prefix such as \"http://\" or \"https://\"."
#define DISABLED_ALONE "A configuration disabling CRLs or OCSP must contain only the " \
	"Enabled=False parameter, and will fail if other parameters such as CustomCname or " \
	"ExpirationInDays are included."
#define FAMILY "The specified signing algorithm family (RSA or ECDSA) must match the algorithm " \
	"family of the CA's secret key."
#define ONE_DAY "The minimum validity duration for a certificate using relative time (DAYS) is " \
	"one day."

/* A certificate's CSR (certificate_signing_request, PEM written in the
 * stack) names its subject or a subject alternative name; a CSR not known
 * yet (the CA's own, ${ca.certificate_signing_request}), not PEM, or with an
 * API passthrough (whose subject and names the template may take instead)
 * passes. */
int rule_acmpca_csr_names(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *pem = value_known_string(v);
	STACK_OF(X509_EXTENSION) *exts;
	X509_REQ *req;
	BIO *in;
	int names, alt;

	if (!pem || strncmp(pem, "-----BEGIN", 10) || json_object_get(r, "api_passthrough"))
		return 0;
	in = BIO_new_mem_buf(pem, -1);
	req = in ? PEM_read_bio_X509_REQ(in, NULL, NULL, NULL) : NULL;
	BIO_free(in);
	if (!req)
		return 0; /* not a CSR this reads: AWS's to judge */
	names = X509_NAME_entry_count(X509_REQ_get_subject_name(req));
	exts = X509_REQ_get_extensions(req);
	alt = exts && X509v3_get_ext_by_NID(exts, NID_subject_alt_name, -1) >= 0;
	sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
	X509_REQ_free(req);
	if (names > 0 || alt)
		return 0;
	strbuf_addstr(err, "the CSR names no subject and no subject alternative name: AWS says "
		      "\"A CSR must provide either a subject name or a subject alternative name or "
		      "the request will be rejected.\" (" PCA "IssueCertificate Csr)");
	return -1;
}

/* A certificate's validity, as written and known: its end's bounds in
 * seconds, from the call for a relative one (DAYS; MONTHS of 28 to 31
 * days, YEARS of 365 or 366), or since the epoch for an absolute one
 * (ABSOLUTE: Unix seconds; END_DATE: YYYYMMDDHHMMSS, UTC). 'r' relative,
 * 'a' absolute, 0 neither known. */
static int validity_end(const json_t *config, double *lo, double *hi)
{
	const json_t *validity = json_object_get(config, "validity");
	const char *type = value_known_member(validity, "type");
	const json_t *value = json_object_get(validity, "value");
	double v = json_is_number(value) ? json_number_value(value) : -1, day = 86400;
	struct tm tm = { 0 };
	long long d;

	if (!type || v < 0)
		return 0;
	if (!strcmp(type, "DAYS") || !strcmp(type, "MONTHS") || !strcmp(type, "YEARS")) {
		*lo = v * day * (!strcmp(type, "DAYS") ? 1 : !strcmp(type, "MONTHS") ? 28 : 365);
		*hi = v * day * (!strcmp(type, "DAYS") ? 1 : !strcmp(type, "MONTHS") ? 31 : 366);
		return 'r';
	}
	if (!strcmp(type, "ABSOLUTE")) {
		*lo = *hi = v;
		return 'a';
	}
	if (strcmp(type, "END_DATE") || v < 1e13 || v >= 1e14)
		return 0;
	d = (long long)v;
	tm.tm_sec = (int)(d % 100), tm.tm_min = (int)(d / 100 % 100);
	tm.tm_hour = (int)(d / 10000 % 100), tm.tm_mday = (int)(d / 1000000 % 100);
	tm.tm_mon = (int)(d / 100000000 % 100) - 1, tm.tm_year = (int)(d / 10000000000LL) - 1900;
	*lo = *hi = (double)timegm(&tm);
	return 'a';
}

/* The path length a certificate's template ARN names ("..._PathLen2/V1"),
 * or -1. */
static int template_path_len(const json_t *config)
{
	const char *arn = value_known_member(config, "template_arn");
	const char *at = arn ? strstr(arn, "_PathLen") : NULL;

	return at && at[8] >= '0' && at[8] <= '9' ? at[8] - '0' : -1;
}

/* The stack's certificate of the CA certificate i's certificate_authority_arn
 * names (${CA.arn}): the one certificate of the stack whose CSR is that CA's
 * (${CA.certificate_signing_request}); WRITTEN_NONE: none, or several. */
static size_t issuer_certificate(const struct written_resource *rs, size_t n, size_t i)
{
	static const char *const ca_attrs[] = { "arn", "id", NULL };
	static const char *const csr_attrs[] = { "certificate_signing_request", NULL };
	const char *ref = json_string_value(json_object_get(rs[i].config,
							    "certificate_authority_arn"));
	size_t ca, found = WRITTEN_NONE;

	ca = ref ? aws_written_named(rs, n, &rs[i], ref, "awscc.acmpca.certificate_authority",
				     ca_attrs) : WRITTEN_NONE;
	for (size_t k = 0; ca != WRITTEN_NONE && k < n; k++) {
		const char *csr = json_string_value(json_object_get(rs[k].config,
								    "certificate_signing_request"));
		if (k == i || !aws_awscc_type_is(rs[k].type, "AWS::ACMPCA::Certificate") || !csr ||
		    aws_written_named(rs, n, &rs[k], csr, "awscc.acmpca.certificate_authority",
				      csr_attrs) != ca)
			continue;
		if (found != WRITTEN_NONE)
			return WRITTEN_NONE;
		found = k;
	}
	return found;
}

/* Each certificate of the stack issued by a CA whose own certificate the
 * stack issues (issuer_certificate): its validity's end not after that
 * certificate's, when both are relative (it is issued after its issuer's,
 * so its shortest duration over the issuer's longest ends later) or both
 * absolute; and a CA certificate's path length (its template's PathLenN)
 * below its issuer's. A validity or template not known, or one of each
 * kind, passes; a CA whose certificate is imported is AWS's to judge. */
static void check_acmpca_issuer_limits(const struct written_resource *rs, size_t n,
				       check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		double lo, hi, plo, phi;
		int kind, pkind, len, plen;
		size_t p;
		char msg[720];

		if (!aws_awscc_type_is(rs[i].type, "AWS::ACMPCA::Certificate") || rs[i].repeated ||
		    (p = issuer_certificate(rs, n, i)) == WRITTEN_NONE || rs[p].repeated)
			continue;
		kind = validity_end(rs[i].config, &lo, &hi);
		pkind = validity_end(rs[p].config, &plo, &phi);
		if (kind && kind == pkind && lo > phi) {
			snprintf(msg, sizeof(msg), "validity: it ends after the certificate of its CA, "
				 "\"%s\"'s validity: AWS says \"The end of the validity period configured "
				 "on a certificate must not exceed the limit set on its parents in the CA "
				 "hierarchy.\" (" PCA "IssueCertificate Validity)", rs[p].name);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = "validity", .other = p,
				.other_attr = "validity", .message = msg });
			continue;
		}
		len = template_path_len(rs[i].config);
		plen = template_path_len(rs[p].config);
		if (len < 0 || plen < 0 || len < plen)
			continue;
		snprintf(msg, sizeof(msg), "template_arn: its path length %d is not below %d, the "
			 "path length of its CA's certificate \"%s\": AWS says \"The CA depth "
			 "configured on a subordinate CA certificate must not exceed the limit set by "
			 "its parents in the CA hierarchy.\" (" PCA "IssueCertificate TemplateArn)",
			 len, plen, rs[p].name);
		report(ctx, &(struct check_finding){
			.warning = false, .which = i, .attr = "template_arn", .other = p,
			.other_attr = "template_arn", .message = msg });
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_acmpca[] = {
	ACROSS_ROW("awscc.acmpca.certificate", check_acmpca_issuer_limits,
		   PCA "IssueCertificate Validity, TemplateArn (the stack's certificate of its CA)"),
	/* a distinguished name: custom attributes or standard ones */
	AWS_SAYS("acmpca.ca_subject_custom_alone", "awscc.acmpca.certificate_authority",
		 AWS_CALL_ANY, WHEN(SET("subject.custom_attributes")), THEN(STANDARD("subject.")),
		 CUSTOM_ALONE, PCA "CreateCertificateAuthority CertificateAuthorityConfiguration."
				   "Subject.CustomAttributes"),
	AWS_SAYS("acmpca.csr_name_custom_alone", "awscc.acmpca.certificate_authority",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("csr_extensions.subject_information_access",
			   WHEN(SET("access_location.directory_name.custom_attributes")),
			   THEN(STANDARD("access_location.directory_name.")))),
		 CUSTOM_ALONE, PCA "CreateCertificateAuthority CertificateAuthorityConfiguration."
				   "CsrExtensions.SubjectInformationAccess.AccessLocation."
				   "DirectoryName.CustomAttributes"),
	AWS_SAYS("acmpca.passthrough_subject_custom_alone", "awscc.acmpca.certificate",
		 AWS_CALL_ANY, WHEN(SET("api_passthrough.subject.custom_attributes")),
		 THEN(STANDARD("api_passthrough.subject.")), CUSTOM_ALONE,
		 PCA "IssueCertificate ApiPassthrough.Subject.CustomAttributes"),
	AWS_SAYS("acmpca.san_name_custom_alone", "awscc.acmpca.certificate", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("api_passthrough.extensions.subject_alternative_names",
			   WHEN(SET("directory_name.custom_attributes")),
			   THEN(STANDARD("directory_name.")))),
		 CUSTOM_ALONE, PCA "IssueCertificate ApiPassthrough.Extensions."
				   "SubjectAlternativeNames.DirectoryName.CustomAttributes"),

	/* a CSR extension's access method and location, a certificate's subject
 * alternative name: no more than one field each ("Providing more than one
 * option results in an InvalidArgsException error.") */
	AWS_SAYS("acmpca.access_method_one", "awscc.acmpca.certificate_authority", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("csr_extensions.subject_information_access",
			   WHEN(ANY_OF(SET("access_method.access_method_type"),
				       SET("access_method.custom_object_identifier"))),
			   THEN(EXACTLY_ONE_OF(SET("access_method.access_method_type"),
					       SET("access_method.custom_object_identifier"))))),
		 "Assign one and ONLY one field.",
		 "CloudFormation registry: AWS::ACMPCA::CertificateAuthority AccessMethod"),
	AWS_SAYS("acmpca.access_location_one", "awscc.acmpca.certificate_authority",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("csr_extensions.subject_information_access",
			   WHEN(ANY_OF(NAMES("access_location."))),
			   THEN(EXACTLY_ONE_OF(NAMES("access_location."))))),
		 "Assign one and ONLY one field.",
		 "CloudFormation registry: AWS::ACMPCA::CertificateAuthority GeneralName"),
	AWS_SAYS("acmpca.san_one_name", "awscc.acmpca.certificate", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("api_passthrough.extensions.subject_alternative_names",
			   WHEN(ANY_OF(NAMES(""))), THEN(EXACTLY_ONE_OF(NAMES(""))))),
		 "Only one of the following naming options should be provided.",
		 "CloudFormation registry: AWS::ACMPCA::Certificate GeneralName"),

	/* revocation: a configuration turned off holds nothing else; a CNAME
	 * without a scheme, and none with the CRL distribution point omitted */
	AWS_SAYS("acmpca.crl_disabled_alone", "awscc.acmpca.certificate_authority", AWS_CALL_ANY,
		 WHEN(IS(CRL "enabled", "false")),
		 THEN(UNSET(CRL "custom_cname"), UNSET(CRL "custom_path"),
		      UNSET(CRL "expiration_in_days"), UNSET(CRL "s3_bucket_name"),
		      UNSET(CRL "s3_object_acl"), UNSET(CRL "crl_type"),
		      UNSET(CRL "crl_distribution_point_extension_configuration")),
		 DISABLED_ALONE, PCA "CreateCertificateAuthority RevocationConfiguration"),
	AWS_SAYS("acmpca.ocsp_disabled_alone", "awscc.acmpca.certificate_authority", AWS_CALL_ANY,
		 WHEN(IS(OCSP "enabled", "false")), THEN(UNSET(OCSP "ocsp_custom_cname")),
		 DISABLED_ALONE, PCA "CreateCertificateAuthority RevocationConfiguration"),
	AWS_SAYS("acmpca.crl_cname_no_scheme", "awscc.acmpca.certificate_authority", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES(CRL "custom_cname", "^[Hh][Tt][Tt][Pp][Ss]?://")),
		 NO_SCHEME, PCA "CreateCertificateAuthority RevocationConfiguration"),
	AWS_SAYS("acmpca.ocsp_cname_no_scheme", "awscc.acmpca.certificate_authority",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES(OCSP "ocsp_custom_cname", "^[Hh][Tt][Tt][Pp][Ss]?://")), NO_SCHEME,
		 PCA "CreateCertificateAuthority RevocationConfiguration"),
	AWS_SAYS("acmpca.crl_omit_extension_no_cname", "awscc.acmpca.certificate_authority",
		 AWS_CALL_ANY,
		 WHEN(IS(CRL "crl_distribution_point_extension_configuration.omit_extension",
			 "true")),
		 THEN(UNSET(CRL "custom_cname")),
		 "This configuration cannot be enabled with a custom CNAME set.",
		 PCA "CreateCertificateAuthority RevocationConfiguration.CrlConfiguration."
		     "CrlDistributionPointExtensionConfiguration.OmitExtension"),

	/* the CA a certificate, an activation or a permission names (its key, when
	 * the stack makes it) */
	AWS_SAYS("acmpca.ca_arn_form", "awscc.acmpca.*", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("certificate_authority_arn",
			      "^arn:[^:]+:acm-pca:[^:]*:[0-9]*:certificate-authority/[^/]+$")),
		 "This must be of the form: arn:aws:acm-pca:region:account:certificate-authority/"
		 "12345678-1234-1234-1234-123456789012", PCA "IssueCertificate CertificateAuthorityArn"),
	AWS_SAYS("acmpca.signing_family_rsa", "awscc.acmpca.certificate", AWS_CALL_ANY,
		 WHEN(MATCHES("certificate_authority_arn->key_algorithm", "^RSA_")),
		 THEN(MATCHES("signing_algorithm", "WITHRSA$")), FAMILY,
		 PCA "IssueCertificate SigningAlgorithm"),
	AWS_SAYS("acmpca.signing_family_ecdsa", "awscc.acmpca.certificate", AWS_CALL_ANY,
		 WHEN(MATCHES("certificate_authority_arn->key_algorithm", "^EC_")),
		 THEN(MATCHES("signing_algorithm", "WITHECDSA$")), FAMILY,
		 PCA "IssueCertificate SigningAlgorithm"),

	/* a certificate's validity in days */
	AWS_SAYS("acmpca.validity_one_day", "awscc.acmpca.certificate", AWS_CALL_ANY,
		 WHEN(IS("validity.type", "DAYS")), THEN(IN("validity.value", 1, 1e15)), ONE_DAY,
		 PCA "IssueCertificate Validity.Type"),
	AWS_SAYS("acmpca.not_before_one_day", "awscc.acmpca.certificate", AWS_CALL_ANY,
		 WHEN(IS("validity_not_before.type", "DAYS")),
		 THEN(IN("validity_not_before.value", 1, 1e15)), ONE_DAY,
		 PCA "IssueCertificate ValidityNotBefore.Type"),

	RULE("awscc.acmpca.certificate", "certificate_signing_request", rule_acmpca_csr_names,
	     PCA "IssueCertificate Csr"),

	/* a permission's principal */
	AWS_SAYS("acmpca.permission_principal_acm", "awscc.acmpca.permission", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("principal", "acm.amazonaws.com")),
		 "At this time, the only valid principal is acm.amazonaws.com.",
		 PCA "CreatePermission Principal"),
	{ NULL },
};
