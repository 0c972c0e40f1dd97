/*
 * sagemaker/rules.c: SageMaker's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), the written rule of a model's environment maps, and the
 * check across the stack of a model's and a model package's model data in
 * a bucket of the stack made in another Region. Its ledger:
 * checks/words/sagemaker.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"
#include "provider/provider.h"

#define SM "sagemaker "
#define SM_CFN "CloudFormation registry: AWS::SageMaker::"
#define RSTUDIO_ROLE "domain_settings.r_studio_server_pro_domain_settings.domain_execution_role_arn"
#define ROLLING "deployment_config.rolling_update_policy.maximum_batch_size."
#define ROUTING "deployment_config.blue_green_update_policy.traffic_routing_configuration."
#define EBS "space_storage_settings.default_ebs_storage_settings."
#define SCHEDULE "monitoring_schedule_config.schedule_config."
/* The user profile's domain's authentication (SSO: IAM Identity Center). */
#define DOMAIN_AUTH "domain_id->auth_mode"

/* A map's text in bytes, its keys and values, and the first key or value
 * longer than `most` bytes (NULL: none). */
static size_t map_bytes(const json_t *map, size_t most, const char **longest)
{
	const char *key;
	const json_t *value;
	size_t total = 0;

	json_object_foreach((json_t *)map, key, value) {
		size_t k = strlen(key), n = json_is_string(value) ? strlen(json_string_value(value)) : 0;
		if (!*longest && k > most)
			*longest = key;
		if (!*longest && n > most)
			*longest = json_string_value(value);
		total += k + n;
	}
	return total;
}

/* A model's containers' environment maps (a primary container's and each
 * of containers'): each key and value at most 1024 bytes, all of them
 * together at most 32 KB (32,768 bytes). A map not known whole passes;
 * one written as text is the JSON document's own, not judged here. */
int rule_sagemaker_model_environment(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *maps[16], *containers, *c;
	const char *longest = NULL;
	size_t n = 0, i, total = 0;

	(void)r;
	if (!json_is_object(v) || value_not_known(v))
		return 0;
	c = json_object_get(json_object_get(v, "primary_container"), "environment");
	if (c)
		maps[n++] = c;
	containers = json_object_get(v, "containers");
	json_array_foreach(containers, i, c) {
		const json_t *e = json_object_get(c, "environment");
		if (e && n < sizeof(maps) / sizeof(*maps))
			maps[n++] = e;
	}
	for (i = 0; i < n; i++) {
		if (!json_is_object(maps[i]) || value_holds_not_known(maps[i]))
			return 0;
		total += map_bytes(maps[i], 1024, &longest);
	}
	if (longest) {
		strbuf_addstr(err, "an environment's key or value ");
		strbuf_add_safe(err, longest, strlen(longest), TEXT_VALUE);
		strbuf_addf(err, " is %zu bytes: AWS says \"The maximum length of each key and "
			    "value in the Environment map is 1024 bytes.\" (" SM "CreateModel "
			    "PrimaryContainer.Environment)", strlen(longest));
		return -1;
	}
	if (total > 32768) {
		strbuf_addf(err, "the environment maps' keys and values are %zu bytes together: "
			    "AWS says \"The maximum length of all keys and values in the map, "
			    "combined, is 32 KB.\" and \"If you pass multiple containers to a "
			    "CreateModel request, then the maximum length of all of their maps, "
			    "combined, is also 32 KB.\" (" SM "CreateModel Containers.Environment)",
			    total);
		return -1;
	}
	return 0;
}

/* A HyperPod cluster's EBS volumes (each instance group's and restricted
 * instance group's instance_storage_configs, a JSON document): the root
 * volume's (root_volume true) without a size and with a KMS key, a
 * secondary volume's (root_volume false or left out) with a size. A
 * document written as text, or not known yet, passes. */
int rule_sagemaker_cluster_ebs_volumes(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const lists[] = { "instance_groups", "restricted_instance_groups" };
	size_t g, s;
	const json_t *group, *config;

	(void)r;
	for (size_t l = 0; l < sizeof(lists) / sizeof(*lists); l++)
		json_array_foreach(json_object_get(v, lists[l]), g, group)
			json_array_foreach(json_object_get(group, "instance_storage_configs"), s,
					   config) {
			const json_t *ebs = json_is_object(config) ?
						    aws_doc_member(config, "ebs_volume_config") : NULL;
			const json_t *root;
			const char *why = NULL;
			if (!json_is_object(ebs) || value_holds_not_known(ebs))
				continue;
			root = aws_doc_member(ebs, "root_volume");
			if (root && !json_is_boolean(root))
				continue; /* text, as convert.c takes it: not judged */
			if (json_is_true(root) && aws_doc_member(ebs, "volume_size_in_gb"))
				why = "is the root volume's and has volume_size_in_gb: AWS says \"You can't specify the "
				      "VolumeSizeInGB field.\"";
			else if (json_is_true(root) && !aws_doc_member(ebs, "volume_kms_key_id"))
				why = "is the root volume's and has no volume_kms_key_id: AWS says \"You must specify a KMS "
				      "key ID for VolumeKmsKeyId to encrypt the root volume with your "
				      "own KMS key instead of an Amazon Web Services owned KMS key.\"";
			else if (!json_is_true(root) && !aws_doc_member(ebs, "volume_size_in_gb"))
				why = "is a secondary volume's (root_volume is not true) and has "
				      "no volume_size_in_gb: AWS says \"You must specify the VolumeSizeInGB field.\"";
			if (why) {
				strbuf_addf(err, "%s[%zu].instance_storage_configs[%zu]."
					    "ebs_volume_config %s (" SM "CreateCluster "
					    "InstanceGroups.InstanceStorageConfigs.EbsVolumeConfig."
					    "RootVolume)", lists[l], g, s, why);
				return -1;
			}
		}
	return 0;
}

/* A model's and a model package's model data (an s3:// URL) in a bucket of
 * the stack made in another Region (aws_check_bucket_region, at plan). */
static void check_sagemaker_bucket_region(const struct written_resource *rs, size_t n,
					  check_report_fn report, void *ctx)
{
#define MODEL_DATA "The model artifacts must be in an S3 bucket that is in the same region as "
	static const struct aws_bucket_use uses[] = {
		{ "AWS::SageMaker::Model", "primary_container.model_data_url",
		  MODEL_DATA "the model or endpoint you are creating.",
		  SM "CreateModel PrimaryContainer.ModelDataUrl" },
		{ "AWS::SageMaker::Model", "containers[].model_data_url",
		  MODEL_DATA "the model or endpoint you are creating.",
		  SM "CreateModel Containers.ModelDataUrl" },
		{ "AWS::SageMaker::ModelPackage", "inference_specification.containers[].model_data_url",
		  MODEL_DATA "the model package.",
		  SM "CreateModelPackage InferenceSpecification.Containers.ModelDataUrl" },
		{ "AWS::SageMaker::ModelPackage",
		  "additional_inference_specifications[].containers[].model_data_url",
		  MODEL_DATA "the model package.",
		  SM "CreateModelPackage AdditionalInferenceSpecifications.Containers.ModelDataUrl" },
	};
#undef MODEL_DATA

	aws_check_bucket_region(rs, n, uses, sizeof(uses) / sizeof(*uses), report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_sagemaker[] = {
	ACROSS_ROW("awscc.sagemaker.model", check_sagemaker_bucket_region,
		   SM "CreateModel, CreateModelPackage ModelDataUrl (a bucket of the stack in "
		   "another Region)"),
	/* a feature group's features */
	AWS_SAYS("sagemaker.feature_names_reserved", "awscc.sagemaker.feature_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("feature_definitions", ALWAYS,
			   THEN(IS_NOT("feature_name", "is_deleted", "write_time",
				       "api_invocation_time")))),
		 "FeatureName cannot be any of the following: is_deleted, write_time, "
		 "api_invocation_time.", SM "CreateFeatureGroup FeatureDefinitions.FeatureName"),
	AWS_SAYS("sagemaker.record_identifier_among_features", "awscc.sagemaker.feature_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("record_identifier_feature_name", "feature_definitions[].feature_name")),
		 "RecordIdentifierFeatureName must be one of feature definitions' names.",
		 SM "CreateFeatureGroup RecordIdentifierFeatureName"),
	AWS_SAYS("sagemaker.iceberg_with_glue_table", "awscc.sagemaker.feature_group", AWS_CALL_ANY,
		 WHEN(IS("offline_store_config.table_format", "Iceberg")),
		 THEN(IS("offline_store_config.disable_glue_table_creation", "false")),
		 "The Iceberg table format is only supported when this is set to False.",
		 SM "CreateFeatureGroup OfflineStoreConfig.DisableGlueTableCreation"),

	/* a model's containers */
	AWS_SAYS("sagemaker.container_hostnames_all", "awscc.sagemaker.model", AWS_CALL_ANY,
		 WHEN(SOME("containers", SET("container_hostname"))),
		 THEN(EACH("containers", ALWAYS, THEN(SET("container_hostname")))),
		 "If you specify a value for the ContainerHostName for any ContainerDefinition that "
		 "is part of an inference pipeline, you must specify a value for the "
		 "ContainerHostName parameter of every ContainerDefinition in that pipeline.",
		 SM "CreateModel Containers.ContainerHostname"),
	AWS_SAYS("sagemaker.primary_repository_auth_vpc", "awscc.sagemaker.model", AWS_CALL_ANY,
		 WHEN(SET("primary_container.image_config.repository_auth_config")),
		 THEN(IS("primary_container.image_config.repository_access_mode", "Vpc")),
		 "Specify a value for this property only if you specified Vpc as the value for the "
		 "RepositoryAccessMode field, and the private Docker registry where the model image "
		 "is hosted requires authentication.",
		 SM "CreateModel PrimaryContainer.ImageConfig.RepositoryAuthConfig"),
	AWS_SAYS("sagemaker.containers_repository_auth_vpc", "awscc.sagemaker.model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("containers", WHEN(SET("image_config.repository_auth_config")),
			   THEN(IS("image_config.repository_access_mode", "Vpc")))),
		 "Specify a value for this property only if you specified Vpc as the value for the "
		 "RepositoryAccessMode field, and the private Docker registry where the model image "
		 "is hosted requires authentication.",
		 SM "CreateModel Containers.ImageConfig.RepositoryAuthConfig"),
	RULE("awscc.sagemaker.model", "", rule_sagemaker_model_environment,
	     SM "CreateModel Containers.Environment"),
#define IMAGE_REGION "The model artifacts in an Amazon S3 bucket and the Docker image for " \
	"inference container in Amazon EC2 Container Registry must be in the same region as the " \
	"model or endpoint you are creating."
	/* an ECR image's host names its region (CreateModel refuses another's:
	 * "Cross region ECR image pulls are not allowed"); a bucket's s3:// URL
	 * names none (one of the stack: check_sagemaker_bucket_region) */
	AWS_SAYS("sagemaker.model_image_region", "awscc.sagemaker.model", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("primary_container.image")), IMAGE_REGION,
		 SM "CreateModel PrimaryContainer.Image"),
	AWS_SAYS("sagemaker.containers_image_region", "awscc.sagemaker.model", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("containers", ALWAYS, THEN(IN_REGION("image")))), IMAGE_REGION,
		 SM "CreateModel Containers.Image"),
#undef IMAGE_REGION

	/* an endpoint's and an inference component's deployment, where the
	 * capacity is a percentage */
	AWS_SAYS("sagemaker.endpoint_rolling_batch_percent", "awscc.sagemaker.endpoint",
		 AWS_CALL_ANY,
		 WHEN(IS(ROLLING "type", "CAPACITY_PERCENT")), THEN(IN(ROLLING "value", 5, 50)),
		 "Value must be between 5% to 50% of the variant's total instance count.",
		 SM "UpdateEndpoint DeploymentConfig.RollingUpdatePolicy.MaximumBatchSize"),
	AWS_SAYS("sagemaker.endpoint_canary_percent", "awscc.sagemaker.endpoint", AWS_CALL_ANY,
		 WHEN(IS(ROUTING "canary_size.type", "CAPACITY_PERCENT")),
		 THEN(IN(ROUTING "canary_size.value", 0, 50)),
		 "Value must be less than or equal to 50% of the variant's total instance count.",
		 SM "UpdateEndpoint DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration."
		    "CanarySize"),
	AWS_SAYS("sagemaker.endpoint_linear_percent", "awscc.sagemaker.endpoint", AWS_CALL_ANY,
		 WHEN(IS(ROUTING "linear_step_size.type", "CAPACITY_PERCENT")),
		 THEN(IN(ROUTING "linear_step_size.value", 10, 50)),
		 "Value must be 10-50% of the variant's total instance count.",
		 SM "UpdateEndpoint DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration."
		    "LinearStepSize"),
	AWS_SAYS("sagemaker.inference_component_rolling_batch_percent",
		 "awscc.sagemaker.inference_component", AWS_CALL_ANY,
		 WHEN(IS(ROLLING "type", "CAPACITY_PERCENT")), THEN(IN(ROLLING "value", 5, 50)),
		 "The value must be between 5% to 50% of the copy count of the inference component.",
		 SM "UpdateInferenceComponent DeploymentConfig.RollingUpdatePolicy.MaximumBatchSize"),

	/* a domain's network, RStudio and default user settings */
	AWS_SAYS("sagemaker.domain_rstudio_groups_management", "awscc.sagemaker.domain",
		 AWS_CALL_ANY,
		 WHEN(IS("app_network_access_type", "VpcOnly"), SET(RSTUDIO_ROLE)),
		 THEN(SET("app_security_group_management")),
		 "Required when CreateDomain.AppNetworkAccessType is VPCOnly and "
		 "DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided.",
		 SM "CreateDomain AppSecurityGroupManagement"),
	AWS_SAYS("sagemaker.domain_rstudio_service_groups", "awscc.sagemaker.domain", AWS_CALL_ANY,
		 WHEN(SET("domain_settings.r_studio_server_pro_domain_settings")),
		 THEN(IS("app_security_group_management", "Service")),
		 "If setting up the domain for use with RStudio, this value must be set to Service.",
		 SM "CreateDomain AppSecurityGroupManagement"),
	AWS_SAYS("sagemaker.domain_network_access_rstudio_unchanged", "awscc.sagemaker.domain",
		 AWS_CALL_UPDATE,
		 WHEN(ANY_OF(SET(RSTUDIO_ROLE), WAS(SET(RSTUDIO_ROLE)))),
		 THEN(UNCHANGED("app_network_access_type")),
		 "The configuration cannot be updated if "
		 "DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is already set "
		 "or DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided "
		 "as part of the same request.", SM "UpdateDomain AppNetworkAccessType"),
	AWS_SAYS("sagemaker.domain_vpc_only_security_groups", "awscc.sagemaker.domain",
		 AWS_CALL_ANY,
		 WHEN(IS("app_network_access_type", "VpcOnly")),
		 THEN(SET("default_user_settings.security_groups")),
		 "Required when the CreateDomain.AppNetworkAccessType parameter is set to VpcOnly, "
		 "unless specified as part of the DefaultUserSettings for the domain.",
		 SM "CreateDomain DefaultUserSettings.SecurityGroups"),
	/* one of the model's 5 is SageMaker's own, for NFS */
	AWS_SAYS("sagemaker.domain_security_groups_nfs", "awscc.sagemaker.domain",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("default_user_settings.security_groups", 0, 4)),
		 "Therefore, the number of security groups that you can specify is one less than the "
		 "maximum number shown.", SM "CreateDomain DefaultUserSettings.SecurityGroups"),
	AWS_SAYS("sagemaker.user_security_groups_nfs", "awscc.sagemaker.user_profile",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("user_settings.security_groups", 0, 4)),
		 "Therefore, the number of security groups that you can specify is one less than the "
		 "maximum number shown.", SM "CreateUserProfile UserSettings.SecurityGroups"),
	AWS_SAYS("sagemaker.domain_landing_uri_portal", "awscc.sagemaker.domain", AWS_CALL_ANY,
		 WHEN(SET("default_user_settings.default_landing_uri")),
		 THEN(IS("default_user_settings.studio_web_portal", "ENABLED")),
		 "This value can only be passed if StudioWebPortal is set to ENABLED.",
		 SM "CreateDomain DefaultUserSettings.DefaultLandingUri"),
	AWS_SAYS("sagemaker.user_landing_uri_portal", "awscc.sagemaker.user_profile", AWS_CALL_ANY,
		 WHEN(SET("user_settings.default_landing_uri")),
		 THEN(IS("user_settings.studio_web_portal", "ENABLED")),
		 "This value can only be passed if StudioWebPortal is set to ENABLED.",
		 SM "CreateUserProfile UserSettings.DefaultLandingUri"),
	AWS_SAYS("sagemaker.domain_auto_mount_not_default_as_domain", "awscc.sagemaker.domain",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("default_user_settings.auto_mount_home_efs", "DefaultAsDomain")),
		 "The DefaultAsDomain value is only supported for user profiles.",
		 SM "CreateDomain DefaultUserSettings.AutoMountHomeEFS"),
	AWS_SAYS("sagemaker.cfn_domain_ebs_default_within_max", "awscc.sagemaker.domain",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("default_user_settings." EBS "default_ebs_volume_size_in_gb",
			      "default_user_settings." EBS "maximum_ebs_volume_size_in_gb"),
		      AT_MOST("default_space_settings." EBS "default_ebs_volume_size_in_gb",
			      "default_space_settings." EBS "maximum_ebs_volume_size_in_gb")),
		 "Must be greater than or equal to the DefaultEbsVolumeSizeInGb.",
		 SM_CFN "Domain DefaultEbsStorageSettings.MaximumEbsVolumeSizeInGb"),
	AWS_SAYS("sagemaker.cfn_user_ebs_default_within_max", "awscc.sagemaker.user_profile",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("user_settings." EBS "default_ebs_volume_size_in_gb",
			      "user_settings." EBS "maximum_ebs_volume_size_in_gb")),
		 "Must be greater than or equal to the DefaultEbsVolumeSizeInGb.",
		 SM_CFN "UserProfile DefaultEbsStorageSettings.MaximumEbsVolumeSizeInGb"),

	/* a user profile's IAM Identity Center user, by its domain's
	 * authentication (crossing: test_words_crossing.c) */
	AWS_SAYS("sagemaker.user_sso_identifier", "awscc.sagemaker.user_profile", AWS_CALL_ANY,
		 WHEN(IS(DOMAIN_AUTH, "SSO")), THEN(SET("single_sign_on_user_identifier")),
		 "If the Domain's AuthMode is IAM Identity Center, this field is required.",
		 SM "CreateUserProfile SingleSignOnUserIdentifier"),
	AWS_SAYS("sagemaker.user_sso_value", "awscc.sagemaker.user_profile", AWS_CALL_ANY,
		 WHEN(IS(DOMAIN_AUTH, "SSO")), THEN(SET("single_sign_on_user_value")),
		 "If the Domain's AuthMode is IAM Identity Center, this field is required, and must "
		 "match a valid username of a user in your directory.",
		 SM "CreateUserProfile SingleSignOnUserValue"),
	AWS_SAYS("sagemaker.user_sso_only_with_sso", "awscc.sagemaker.user_profile", AWS_CALL_ANY,
		 WHEN(IS(DOMAIN_AUTH, "IAM")),
		 THEN(UNSET("single_sign_on_user_identifier"), UNSET("single_sign_on_user_value")),
		 "If the Domain's AuthMode is not IAM Identity Center, this field cannot be "
		 "specified.", SM "CreateUserProfile SingleSignOnUserIdentifier, "
		 "SingleSignOnUserValue"),

	AWS_SAYS("sagemaker.space_app_type_unchanged", "awscc.sagemaker.space", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("space_settings.app_type")),
		 "If using the UpdateSpace API, you can't change the app type of your space by "
		 "specifying a different value for this field.", SM "UpdateSpace SpaceSettings.AppType"),

	/* a HyperPod cluster */
	AWS_SAYS("sagemaker.cfn_cluster_min_instance_count", "awscc.sagemaker.cluster",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("instance_groups", ALWAYS,
			   THEN(AT_MOST("min_instance_count", "instance_count")))),
		 "MinInstanceCount must be less than or equal to InstanceCount.",
		 SM_CFN "Cluster ClusterInstanceGroup.MinInstanceCount"),
	AWS_SAYS("sagemaker.cluster_role_unchanged_autoscaling", "awscc.sagemaker.cluster",
		 AWS_CALL_UPDATE,
		 WHEN(WAS(IS("auto_scaling.mode", "Enable"))), THEN(UNCHANGED("cluster_role")),
		 "Cannot be updated while autoscaling is enabled.", SM "UpdateCluster ClusterRole"),
	/* the orchestrator, a document: its keys as awscc writes them (eks) or as
	 * CloudFormation does (Eks), cloudcontrol/convert.c sending either */
#define ORCHESTRATORS SET("orchestrator.eks"), SET("orchestrator.Eks"), \
	SET("orchestrator.slurm"), SET("orchestrator.Slurm")
	AWS_SAYS("sagemaker.cluster_one_orchestrator", "awscc.sagemaker.cluster", AWS_CALL_ANY,
		 WHEN(ANY_OF(ORCHESTRATORS)), THEN(EXACTLY_ONE_OF(ORCHESTRATORS)),
		 "If you specify the Orchestrator field, you must provide exactly one orchestrator "
		 "configuration: either Eks or Slurm.", SM "CreateCluster Orchestrator"),
#undef ORCHESTRATORS
	/* no orchestrator is a Slurm cluster's */
	AWS_SAYS("sagemaker.cluster_continuous_eks", "awscc.sagemaker.cluster", AWS_CALL_ANY,
		 WHEN(IS("node_provisioning_mode", "Continuous"),
		      ANY_OF(UNSET("orchestrator"), SET("orchestrator.slurm"),
			     SET("orchestrator.Slurm"))),
		 THEN(ANY_OF(SET("orchestrator.eks"), SET("orchestrator.Eks"))),
		 "This mode is only supported for EKS orchestrated clusters.",
		 SM "CreateCluster NodeProvisioningMode"),

	RULE("awscc.sagemaker.cluster", "", rule_sagemaker_cluster_ebs_volumes,
	     SM "CreateCluster InstanceGroups.InstanceStorageConfigs.EbsVolumeConfig.RootVolume"),

	/* a model package: versioned (of a group) or not */
	AWS_SAYS("sagemaker.model_package_name_unversioned", "awscc.sagemaker.model_package",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("model_package_name"), SET("model_package_group_name"))),
		 "This parameter is required for unversioned models.",
		 SM "CreateModelPackage ModelPackageName"),
	AWS_SAYS("sagemaker.model_package_group_no_tags", "awscc.sagemaker.model_package",
		 AWS_CALL_ANY,
		 WHEN(SET("model_package_group_name")), THEN(UNSET("tags")),
		 "In this case, you cannot supply a tag argument.", SM "CreateModelPackage Tags"),
	AWS_SAYS("sagemaker.unversioned_instance_types", "awscc.sagemaker.model_package",
		 AWS_CALL_ANY,
		 WHEN(UNSET("model_package_group_name"), SET("inference_specification")),
		 THEN(SET("inference_specification.supported_realtime_inference_instance_types"),
		      SET("inference_specification.supported_transform_instance_types")),
		 "This parameter is required for unversioned models, and optional for versioned "
		 "models.", SM "CreateModelPackage InferenceSpecification."
		 "SupportedRealtimeInferenceInstanceTypes, SupportedTransformInstanceTypes"),
	AWS_SAYS("sagemaker.additional_inference_names_unique", "awscc.sagemaker.model_package",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("additional_inference_specifications[].name"),
		      UNIQUE("additional_inference_specifications_to_add[].name")),
		 "The name must be unique within the list of your additional inference "
		 "specifications for a particular model package.",
		 SM "CreateModelPackage AdditionalInferenceSpecifications.Name"),
	AWS_SAYS("sagemaker.additional_inference_total", "awscc.sagemaker.model_package",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("additional_inference_specifications",
			       "additional_inference_specifications_to_add", 0, 15)),
		 "Total number of additional Inference Specifications can not exceed 15.",
		 SM "UpdateModelPackage AdditionalInferenceSpecificationsToAdd"),
	AWS_SAYS("sagemaker.validation_transform_instances", "awscc.sagemaker.model_package",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("validation_specification.validation_profiles", ALWAYS,
			   THEN(IN("transform_job_definition.transform_resources.instance_count",
				   0, 100)))),
		 "The default value is 1, and the maximum is 100.",
		 SM "CreateModelPackage ValidationSpecification.ValidationProfiles."
		    "TransformJobDefinition.TransformResources.InstanceCount"),

	/* a processing job's inputs and outputs */
	AWS_SAYS("sagemaker.processing_gzip_pipe", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_inputs", WHEN(IS("s3_input.s3_compression_type", "Gzip")),
			   THEN(IS("s3_input.s3_input_mode", "Pipe")))),
		 "Gzip can only be used when Pipe mode is specified as the S3InputMode.",
		 SM "CreateProcessingJob ProcessingInputs.S3Input.S3CompressionType"),
	AWS_SAYS("sagemaker.processing_local_path", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_inputs", ALWAYS,
			   THEN(MATCHES("s3_input.local_path", "^/opt/ml/processing/")))),
		 "LocalPath is an absolute path to the input data and must begin with "
		 "/opt/ml/processing/.", SM "CreateProcessingJob ProcessingInputs.S3Input.LocalPath"),
	AWS_SAYS("sagemaker.processing_feature_store_app_managed", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_output_config.outputs", WHEN(SET("feature_store_output")),
			   THEN(SET("app_managed"), IS("app_managed", "true")))),
		 "This processing output type is only supported when AppManaged is specified.",
		 SM "CreateProcessingJob ProcessingOutputConfig.Outputs.FeatureStoreOutput"),
	AWS_SAYS("sagemaker.cfn_processing_input_one_source", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_inputs", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("s3_input"), SET("dataset_definition"))))),
		 "The processing input must specify exactly one of either S3Input or "
		 "DatasetDefinition types.", SM_CFN "ProcessingJob ProcessingInputsObject"),
	AWS_SAYS("sagemaker.cfn_processing_dataset_one_source", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_inputs", WHEN(SET("dataset_definition")),
			   THEN(EXACTLY_ONE_OF(SET("dataset_definition.athena_dataset_definition"),
					       SET("dataset_definition.redshift_dataset_definition"))))),
		 "The Dataset Definition input must specify exactly one of either "
		 "`AthenaDatasetDefinition` or `RedshiftDatasetDefinition` types.",
		 SM_CFN "ProcessingJob DatasetDefinition"),
	AWS_SAYS("sagemaker.cfn_processing_output_one_kind", "awscc.sagemaker.processing_job",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("processing_output_config.outputs", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("s3_output"), SET("feature_store_output"))))),
		 "The processing output must specify exactly one of either S3Output or "
		 "FeatureStoreOutput types.", SM_CFN "ProcessingJob ProcessingOutputsObject"),

	/* a partner app's version: the skipping is DescribePartnerApp's to tell */
	AWS_SAYS("sagemaker.partner_app_no_downgrade", "awscc.sagemaker.partner_app",
		 AWS_CALL_UPDATE, ALWAYS, THEN(NOT_OLDER("app_version")),
		 "Version skipping and downgrades are not supported.",
		 SM "UpdatePartnerApp AppVersion"),
	AWS_SAYS("sagemaker.monitoring_now_window", "awscc.sagemaker.monitoring_schedule",
		 AWS_CALL_ANY, WHEN(IS(SCHEDULE "schedule_expression", "NOW")),
		 THEN(SET(SCHEDULE "data_analysis_start_time"),
		      SET(SCHEDULE "data_analysis_end_time")),
		 "If you set ScheduleExpression to NOW, this parameter is required.",
		 SM "CreateMonitoringSchedule MonitoringScheduleConfig.ScheduleConfig."
		    "DataAnalysisStartTime, DataAnalysisEndTime"),
	/* base64's characters, its padding not asked */
	AWS_SAYS("sagemaker.lifecycle_content_base64", "awscc.sagemaker.studio_lifecycle_config",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("studio_lifecycle_config_content", "^[A-Za-z0-9+/]*={0,2}$")),
		 "This content must be base64 encoded.",
		 SM "CreateStudioLifecycleConfig StudioLifecycleConfigContent"),

	/* every type's tags */
	AWS_SAYS("sagemaker.tag_keys_unique", "awscc.sagemaker.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")), "Tag keys must be unique per resource.",
		 SM "AddTags Tags.Key"),
#define TAG_KEYS(TYPE) RULE("awscc.sagemaker." TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("cluster"), TAG_KEYS("data_quality_job_definition"), TAG_KEYS("device"),
	TAG_KEYS("device_fleet"), TAG_KEYS("image"), TAG_KEYS("inference_component"),
	TAG_KEYS("inference_experiment"), TAG_KEYS("mlflow_tracking_server"),
	TAG_KEYS("model_bias_job_definition"), TAG_KEYS("model_explainability_job_definition"),
	TAG_KEYS("model_package"), TAG_KEYS("model_package_group"),
	TAG_KEYS("model_quality_job_definition"), TAG_KEYS("monitoring_schedule"),
	TAG_KEYS("project"),
#undef TAG_KEYS
	{ NULL },
};
