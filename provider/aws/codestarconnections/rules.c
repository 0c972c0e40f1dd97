/*
 * codestarconnections/rules.c: AWS CodeStar Connections' (connections to
 * third-party code repositories, their repository links and sync
 * configurations) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/codestar-connections.words.
 */
#include "provider/aws/checks/rules.h"

#define CONNECTION_CFN "CloudFormation registry: AWS::CodeStarConnections::Connection "
#define SAME_PROVIDER_WORDS "The updated connection ARN must have the same providerType " \
	"(such as GitHub) as the original connection ARN for the repo link."
/* A repository link whose object now has provider type P (its read-only
 * provider_type, as AWS read it) takes a connection of P alone: the
 * connection the stack names, as it writes its provider_type (one of a host
 * writes none). A premise on the object now holds of an update alone (the
 * checks across the stack hand a crossing row an update's object now: a
 * row of any call, as an update's row would be left there). The
 * registry's link spells GitHub Enterprise Server GitHubEnterprise, the API
 * GitHubEnterpriseServer: each is taken for the other. */
#define LINK "awscc.codestarconnections.repository_link"
#define LINK_UPDATE "codestar-connections UpdateRepositoryLink ConnectionArn"
#define GHE "GitHubEnterprise", "GitHubEnterpriseServer"
#define WAS_PROVIDER(...) WHEN(WAS(IS("provider_type", __VA_ARGS__)))
#define CONNECTION_PROVIDER(...) THEN(IS("connection_arn->provider_type", __VA_ARGS__))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codestarconnections[] = {
	AWS_SAYS("codestarconnections.provider_type_or_host",
		 "awscc.codestarconnections.connection", AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(SET("provider_type"), SET("host_arn"))),
		 "You must specify either a ProviderType or a HostArn.",
		 CONNECTION_CFN "ProviderType"),
	AWS_SAYS("codestarconnections.cfn_tag_keys_not_aws", "awscc.codestarconnections.*",
		 AWS_CALL_ANY, ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", CONNECTION_CFN "Tag.Key"),
	AWS_SAYS("codestarconnections.link_same_provider_github", LINK, AWS_CALL_ANY,
		 WAS_PROVIDER("GitHub"), CONNECTION_PROVIDER("GitHub"),
		 SAME_PROVIDER_WORDS, LINK_UPDATE),
	AWS_SAYS("codestarconnections.link_same_provider_bitbucket", LINK, AWS_CALL_ANY,
		 WAS_PROVIDER("Bitbucket"), CONNECTION_PROVIDER("Bitbucket"),
		 SAME_PROVIDER_WORDS, LINK_UPDATE),
	AWS_SAYS("codestarconnections.link_same_provider_github_enterprise", LINK, AWS_CALL_ANY,
		 WAS_PROVIDER(GHE), CONNECTION_PROVIDER(GHE),
		 SAME_PROVIDER_WORDS, LINK_UPDATE),
	AWS_SAYS("codestarconnections.link_same_provider_gitlab", LINK, AWS_CALL_ANY,
		 WAS_PROVIDER("GitLab"), CONNECTION_PROVIDER("GitLab"),
		 SAME_PROVIDER_WORDS, LINK_UPDATE),
	AWS_SAYS("codestarconnections.link_same_provider_gitlab_self_managed", LINK, AWS_CALL_ANY,
		 WAS_PROVIDER("GitLabSelfManaged"), CONNECTION_PROVIDER("GitLabSelfManaged"),
		 SAME_PROVIDER_WORDS, LINK_UPDATE),
	{ NULL },
};
