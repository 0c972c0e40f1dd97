/*
 * iotsitewise/rules.c: AWS IoT SiteWise's (access policies, assets, asset
 * models, gateways) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/iotsitewise.words.
 */
#include "provider/aws/checks/rules.h"

#define SW "iotsitewise "
#define COMPOSITES "asset_model_composite_models"
/* an asset's or a model's ID as AWS takes it: a UUID, or externalId:
 * followed by the external ID */
#define ID_FORM "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|externalId:.+)$"
/* the same conditions of each property of a model: its own, its composite
 * models' */
#define EACH_PROPERTY(WHEN_, THEN_) \
	EACH("asset_model_properties", WHEN_, THEN_), \
	EACH(COMPOSITES, ALWAYS, THEN(EACH("composite_model_properties", WHEN_, THEN_)))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. "asset_model_id->asset_model_type" reads the type of the
 * model an asset names. */
const struct aws_check_row aws_rules_iotsitewise[] = {
	/* an access policy */
	AWS_SAYS("iotsitewise.policy_portal_or_project", "awscc.iotsitewise.access_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("access_policy_resource.portal"),
				     SET("access_policy_resource.project"))),
		 "Choose either a portal or a project.",
		 SW "CreateAccessPolicy accessPolicyResource"),
	AWS_SAYS("iotsitewise.policy_one_identity", "awscc.iotsitewise.access_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("access_policy_identity.user"),
				     SET("access_policy_identity.iam_user"),
				     SET("access_policy_identity.iam_role"))),
		 "Choose either an SSO user or group or an IAM user or role.",
		 "CloudFormation registry: AWS::IoTSiteWise::AccessPolicy AccessPolicyIdentity"),
	/* an asset */
	AWS_SAYS("iotsitewise.asset_external_id_kept", "awscc.iotsitewise.asset", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("asset_external_id"))), THEN(UNCHANGED("asset_external_id")),
		 "The asset must not already have an external ID.",
		 SW "UpdateAsset assetExternalId"),
	AWS_SAYS("iotsitewise.child_asset_id_form", "awscc.iotsitewise.asset", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("asset_hierarchies", ALWAYS, THEN(MATCHES("child_asset_id", ID_FORM)))),
		 "This can be either the actual ID in UUID format, or else externalId: followed by "
		 "the external ID, if it has one.", SW "AssociateAssets childAssetId"),
	AWS_SAYS("iotsitewise.asset_not_of_component_model", "awscc.iotsitewise.asset",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(IS_NOT("asset_model_id->asset_model_type", "COMPONENT_MODEL")),
		 "You can't create assets directly from this type of asset model.",
		 SW "CreateAssetModel assetModelType"),
	/* an asset model */
	AWS_SAYS("iotsitewise.model_external_id_kept", "awscc.iotsitewise.asset_model",
		 AWS_CALL_UPDATE, WHEN(WAS(SET("asset_model_external_id"))),
		 THEN(UNCHANGED("asset_model_external_id")),
		 "The asset model must not already have an external ID.",
		 SW "UpdateAssetModel assetModelExternalId"),
	AWS_SAYS("iotsitewise.struct_needs_spec", "awscc.iotsitewise.asset_model", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH_PROPERTY(WHEN(IS("data_type", "STRUCT")),
					    THEN(SET("data_type_spec")))),
		 "If you specify STRUCT, you must also specify dataTypeSpec to identify the type "
		 "of the structure for this property.",
		 SW "CreateAssetModel assetModelProperties.dataType"),
	AWS_SAYS("iotsitewise.property_one_type", "awscc.iotsitewise.asset_model", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH_PROPERTY(WHEN(SET("type.metric")),
				    THEN(UNSET("type.attribute"), UNSET("type.transform"))),
		      EACH_PROPERTY(WHEN(SET("type.transform")), THEN(UNSET("type.attribute")))),
		 "You can only specify one type in a property definition.",
		 SW "CreateAssetModel assetModelProperties.type"),
	AWS_SAYS("iotsitewise.property_external_ids_unique", "awscc.iotsitewise.asset_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("asset_model_properties[].external_id"),
		      EACH(COMPOSITES, ALWAYS,
			   THEN(UNIQUE("composite_model_properties[].external_id")))),
		 "The external ID must be unique among property definitions within this asset "
		 "model.", SW "CreateAssetModel assetModelProperties.externalId"),
	AWS_SAYS("iotsitewise.composite_external_ids_unique", "awscc.iotsitewise.asset_model",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE(COMPOSITES "[].external_id")),
		 "The external ID must be unique among composite models within this asset model.",
		 SW "CreateAssetModel assetModelCompositeModels.externalId"),
	AWS_SAYS("iotsitewise.hierarchy_external_ids_unique", "awscc.iotsitewise.asset_model",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("asset_model_hierarchies[].external_id")),
		 "The external ID must be unique among asset model hierarchies within this asset "
		 "model.", SW "CreateAssetModel assetModelHierarchies.externalId"),
	AWS_SAYS("iotsitewise.composite_model_type", "awscc.iotsitewise.asset_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(COMPOSITES, ALWAYS,
			   THEN(IS("type", "AWS/ALARM", "CUSTOM", "AWS/L4E_ANOMALY")))),
		 "Valid values are AWS/ALARM, CUSTOM, or AWS/L4E_ANOMALY.",
		 SW "CreateAssetModelCompositeModel assetModelCompositeModelType"),
	AWS_SAYS("iotsitewise.composed_of_component_model", "awscc.iotsitewise.asset_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(COMPOSITES, ALWAYS,
			   THEN(IS("composed_asset_model_id->asset_model_type",
				   "COMPONENT_MODEL")))),
		 "Can't be included as a component in another asset model.",
		 SW "CreateAssetModel assetModelType"),
	AWS_SAYS("iotsitewise.interface_id_form", "awscc.iotsitewise.asset_model", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("enforced_asset_model_interface_relationships", ALWAYS,
			   THEN(MATCHES("interface_asset_model_id", ID_FORM)))),
		 "This can be either the actual ID in UUID format, or else externalId: followed by "
		 "the external ID.", SW "PutAssetModelInterfaceRelationship interfaceAssetModelId"),
	/* a gateway */
	AWS_SAYS("iotsitewise.gateway_one_platform", "awscc.iotsitewise.gateway", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("gateway_platform.greengrass_v2"),
				     SET("gateway_platform.siemens_ie"))),
		 "You can only specify one platform in a gateway.",
		 SW "CreateGateway gatewayPlatform"),
	AWS_SAYS("iotsitewise.v3_gateway_operating_system", "awscc.iotsitewise.gateway",
		 AWS_CALL_CREATE,
		 WHEN(IS("gateway_version", "3"), SET("gateway_platform.greengrass_v2")),
		 THEN(SET("gateway_platform.greengrass_v2.core_device_operating_system")),
		 "When creating a V3 gateway (gatewayVersion=3) with the GreengrassV2 platform, "
		 "you must also specify the coreDeviceOperatingSystem parameter.",
		 SW "CreateGateway gatewayVersion"),
	{ NULL },
};
