/*
 * codepipeline/rules.c: AWS CodePipeline's (pipelines, custom action types,
 * webhooks) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codepipeline), and the checks across the stack of a pipeline's Regions
 * (its cross-Region actions and artifact stores, at plan), its artifact
 * bucket's Region and the value of a custom action's queryable property.
 * Its ledger: checks/words/codepipeline.words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

#define CP "codepipeline "
#define CROSS_REGION_WORDS "If you create a cross-region action in your pipeline, you must use " \
	"artifactStores."
#define STORE_PER_REGION_WORDS "There must be an artifact store for the pipeline Region and " \
	"for each cross-region action in the pipeline."
#define QUERYABLE_WORDS "The value must be less than or equal to twenty (20) characters. " \
	"The value can contain only alphanumeric characters, underscores, and hyphens."

static void report_pipeline(check_report_fn report, void *ctx, size_t which, const char *attr,
			    const char *message)
{
	report(ctx, &(struct check_finding){ .warning = false, .which = which, .attr = attr,
					     .other = WRITTEN_NONE, .message = message });
}

/* A pipeline's Region (its provider configuration's, known at plan) against
 * its actions': an action of another Region needs artifactStores, and
 * artifactStores one store of the pipeline's Region (the stores of the
 * actions' Regions are codepipeline.stores_cover_action_regions's). */
static void check_codepipeline_regions(const struct written_resource *rs, size_t n,
				       check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		const char *region = aws_stack_bucket_region(&rs[at]);
		const json_t *stores = json_object_get(rs[at].config, "artifact_stores");
		const json_t *stage, *action, *store;
		const char *cross = NULL;
		bool own = false, known = true;
		size_t i, k;
		char msg[512];

		if (!aws_awscc_type_is(rs[at].type, "AWS::CodePipeline::Pipeline") || !region)
			continue;
		json_array_foreach(json_object_get(rs[at].config, "stages"), i, stage)
			json_array_foreach(json_object_get(stage, "actions"), k, action) {
				const char *r = value_known_string(json_object_get(action, "region"));
				if (r && strcmp(r, region) && !cross)
					cross = r;
			}
		if (!stores || json_is_null(stores)) {
			if (!cross)
				continue;
			snprintf(msg, sizeof(msg), "an action of %s, where the pipeline is made in %s, "
				 "and no artifact_stores: AWS says \"" CROSS_REGION_WORDS "\" ("
				 CP "CreatePipeline pipeline.artifactStore)", cross, region);
			report_pipeline(report, ctx, at, "artifact_store", msg);
			continue;
		}
		if (!json_is_array(stores))
			continue;
		json_array_foreach(stores, i, store) {
			const json_t *r = json_object_get(store, "region");
			if (!value_known_string(r))
				known = false;
			else if (!strcmp(value_known_string(r), region))
				own = true;
		}
		if (own || !known)
			continue;
		snprintf(msg, sizeof(msg), "no store of %s, where the pipeline is made: AWS says \""
			 STORE_PER_REGION_WORDS "\" (" CP "CreatePipeline pipeline.artifactStores)",
			 region);
		report_pipeline(report, ctx, at, "artifact_stores", msg);
	}
}

/* A pipeline's artifact store (artifact_store.location, a bucket name) in
 * a bucket of the stack made in another Region (aws_check_bucket_region, at
 * plan; the stores of artifact_stores are of their own Regions). */
static void check_codepipeline_bucket_region(const struct written_resource *rs, size_t n,
					     check_report_fn report, void *ctx)
{
	static const struct aws_bucket_use uses[] = {
		{ "AWS::CodePipeline::Pipeline", "artifact_store.location",
		  "You can use any S3 bucket in the same AWS Region as the pipeline to store your "
		  "pipeline artifacts.",
		  "CloudFormation registry: AWS::CodePipeline::Pipeline ArtifactStore.Location" },
	};

	aws_check_bucket_region(rs, n, uses, sizeof(uses) / sizeof(*uses), report, ctx);
}

/* The name of the queryable property of the stack's custom action type of
 * (category, provider, version), known; NULL: none. */
static const char *queryable_of(const struct written_resource *rs, size_t n,
				const char *category, const char *provider, const char *version)
{
	for (size_t k = 0; k < n; k++) {
		const json_t *c = rs[k].config, *p;
		size_t i;

		if (!aws_awscc_type_is(rs[k].type, "AWS::CodePipeline::CustomActionType") ||
		    rs[k].repeated)
			continue;
		if (!value_known_string(json_object_get(c, "category")) ||
		    !value_known_string(json_object_get(c, "provider_name")) ||
		    !value_known_string(json_object_get(c, "version")) ||
		    strcmp(value_known_string(json_object_get(c, "category")), category) ||
		    strcmp(value_known_string(json_object_get(c, "provider_name")), provider) ||
		    strcmp(value_known_string(json_object_get(c, "version")), version))
			continue;
		json_array_foreach(json_object_get(c, "configuration_properties"), i, p)
			if (json_is_true(json_object_get(p, "queryable")))
				return value_known_string(json_object_get(p, "name"));
	}
	return NULL;
}

/* Each action of a pipeline whose type is a custom action type of the
 * stack with a queryable property: that property's value in the action's
 * configuration, at most 20 letters, digits, underscores and hyphens. */
static void check_codepipeline_queryable_values(const struct written_resource *rs, size_t n,
						check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		const json_t *stage, *action;
		size_t i, k;

		if (!aws_awscc_type_is(rs[at].type, "AWS::CodePipeline::Pipeline"))
			continue;
		json_array_foreach(json_object_get(rs[at].config, "stages"), i, stage)
			json_array_foreach(json_object_get(stage, "actions"), k, action) {
				const json_t *id = json_object_get(action, "action_type_id");
				const char *owner = value_known_string(json_object_get(id, "owner"));
				const char *cat = value_known_string(json_object_get(id, "category"));
				const char *prov = value_known_string(json_object_get(id, "provider"));
				const char *ver = value_known_string(json_object_get(id, "version"));
				const char *name, *value;
				char where[96], msg[640];

				if (!owner || strcmp(owner, "Custom") || !cat || !prov || !ver ||
				    !(name = queryable_of(rs, n, cat, prov, ver)))
					continue;
				value = value_known_string(aws_doc_member(
					json_object_get(action, "configuration"), name));
				if (!value || (strlen(value) <= 20 &&
					       strspn(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
							     "qrstuvwxyz0123456789_-") == strlen(value)))
					continue;
				snprintf(where, sizeof(where), "stages[%zu].actions[%zu].configuration", i,
					 k);
				snprintf(msg, sizeof(msg), "%s is \"%.40s\", the queryable property of "
					 "custom action %s %s %s: AWS says \"" QUERYABLE_WORDS "\" ("
					 CP "CreateCustomActionType configurationProperties.queryable)",
					 name, value, cat, prov, ver);
				report(ctx, &(struct check_finding){ .warning = false, .which = at,
								     .attr = where,
								     .other = WRITTEN_NONE,
								     .message = msg });
			}
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codepipeline[] = {
	ACROSS_ROW("awscc.codepipeline.pipeline", check_codepipeline_regions,
		   CP "CreatePipeline pipeline.artifactStore, artifactStores (a cross-Region "
		   "action; the pipeline's Region's store)"),
	ACROSS_ROW("awscc.codepipeline.pipeline", check_codepipeline_bucket_region,
		   "CloudFormation registry: AWS::CodePipeline::Pipeline ArtifactStore.Location (a "
		   "bucket of the stack in another Region)"),
	ACROSS_ROW("awscc.codepipeline.pipeline", check_codepipeline_queryable_values,
		   CP "CreateCustomActionType configurationProperties.queryable (an action's "
		   "value of it)"),
	/* a pipeline's artifact stores */
	AWS_SAYS("codepipeline.one_artifact_store", "awscc.codepipeline.pipeline", AWS_CALL_ANY,
		 ALWAYS, THEN(EXACTLY_ONE_OF(SET("artifact_store"), SET("artifact_stores"))),
		 "You must include either artifactStore or artifactStores in your pipeline, but you "
		 "cannot use both.", CP "CreatePipeline pipeline.artifactStore"),
	AWS_SAYS("codepipeline.encryption_key_kms", "awscc.codepipeline.pipeline", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("artifact_store.encryption_key.type", "KMS"),
			      EACH("artifact_stores", ALWAYS,
				   THEN(IS("artifact_store.encryption_key.type", "KMS")))),
		 "When creating or updating a pipeline, the value must be set to 'KMS'.",
		 CP "CreatePipeline pipeline.artifactStore.encryptionKey.type"),
	/* the store of the pipeline's own Region is check_codepipeline_regions' */
	AWS_SAYS("codepipeline.stores_cover_action_regions", "awscc.codepipeline.pipeline",
		 AWS_CALL_ANY, WHEN(SET("artifact_stores")),
		 THEN(AMONG("stages[].actions[].region", "artifact_stores[].region")),
		 STORE_PER_REGION_WORDS, CP "CreatePipeline pipeline.artifactStores"),
	/* its stages' actions and artifacts */
	AWS_SAYS("codepipeline.action_owner_values", "awscc.codepipeline.pipeline", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("stages", ALWAYS, THEN(EACH("actions", ALWAYS,
		 THEN(IS("action_type_id.owner", "AWS", "ThirdParty", "Custom")))))),
		 "There are three valid values for the Owner field in the action category section "
		 "within your pipeline structure: AWS, ThirdParty, and Custom.",
		 CP "CreatePipeline pipeline.stages.actions.actionTypeId.owner"),
	/* declared by an action: among the outputs of the pipeline's actions
	 * (the sentence's "preceding" is not judged: an output of a later
	 * action passes) */
	AWS_SAYS("codepipeline.input_artifacts_declared", "awscc.codepipeline.pipeline",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("stages[].actions[].input_artifacts[].name",
			    "stages[].actions[].output_artifacts[].name"),
		      AMONG("stages[].before_entry.conditions[].rules[].input_artifacts[].name",
			    "stages[].actions[].output_artifacts[].name"),
		      AMONG("stages[].on_success.conditions[].rules[].input_artifacts[].name",
			    "stages[].actions[].output_artifacts[].name"),
		      AMONG("stages[].on_failure.conditions[].rules[].input_artifacts[].name",
			    "stages[].actions[].output_artifacts[].name")),
		 "The input artifact of an action must exactly match the output artifact declared "
		 "in a preceding action, but the input artifact does not have to be the next action "
		 "in strict sequence from the action that provided the output artifact.",
		 CP "CreatePipeline pipeline.stages.actions.inputArtifacts.name"),
	AWS_SAYS("codepipeline.output_artifacts_unique", "awscc.codepipeline.pipeline",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("stages[].actions[].output_artifacts[].name")),
		 "Output artifact names must be unique within a pipeline.",
		 CP "CreatePipeline pipeline.stages.actions.outputArtifacts.name"),
	AWS_SAYS("codepipeline.one_trigger_per_source_action", "awscc.codepipeline.pipeline",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("triggers[].git_configuration.source_action_name")),
		 "You can only specify one trigger configuration per source action.",
		 CP "CreatePipeline pipeline.triggers.gitConfiguration.sourceActionName"),
	/* a variable's name: the model's pattern (PipelineVariableName), which
	 * the sentence gives the values (PipelineVariableValue's is .*) */
	AWS_SAYS("codepipeline.variable_name_characters", "awscc.codepipeline.pipeline",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("variables", ALWAYS, THEN(MATCHES("name", "^[A-Za-z0-9@_-]+$")))),
		 "Variable names can have alphanumeric and underscore characters, and the values "
		 "must match [A-Za-z0-9@\\-_]+.", CP "CreatePipeline pipeline.variables"),
	/* a custom action type's queryable property */
	AWS_SAYS("codepipeline.queryable_required_not_secret",
		 "awscc.codepipeline.custom_action_type", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("configuration_properties", WHEN(IS("queryable", "true")),
			   THEN(IS("required", "true"), IS("secret", "false")))),
		 "If it has one, that property must be both required and not secret.",
		 CP "CreateCustomActionType configurationProperties.queryable"),
	/* a webhook's authentication and its target */
	AWS_SAYS("codepipeline.webhook_hmac_secret_only", "awscc.codepipeline.webhook",
		 AWS_CALL_ANY, WHEN(IS("authentication", "GITHUB_HMAC")),
		 THEN(SET("authentication_configuration.secret_token"),
		      UNSET("authentication_configuration.allowed_ip_range")),
		 "For GITHUB_HMAC, only the SecretToken property must be set.",
		 CP "PutWebhook webhook.authenticationConfiguration.SecretToken"),
	AWS_SAYS("codepipeline.webhook_ip_range_only", "awscc.codepipeline.webhook",
		 AWS_CALL_ANY, WHEN(IS("authentication", "IP")),
		 THEN(SET("authentication_configuration.allowed_ip_range"),
		      UNSET("authentication_configuration.secret_token")),
		 "For IP, only the AllowedIPRange property must be set.",
		 CP "PutWebhook webhook.authenticationConfiguration.AllowedIPRange"),
	AWS_SAYS("codepipeline.webhook_ip_range_cidr", "awscc.codepipeline.webhook",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("authentication_configuration.allowed_ip_range",
			      "^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$")),
		 "This property must be set to a valid CIDR range.",
		 CP "PutWebhook webhook.authenticationConfiguration.AllowedIPRange"),
	AWS_SAYS("codepipeline.webhook_target_first_stage", "awscc.codepipeline.webhook",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("target_action", "target_pipeline->stages[0].actions[].name")),
		 "The action must be from the source (first) stage of the pipeline.",
		 CP "PutWebhook webhook.targetAction"),
	{ NULL },
};
