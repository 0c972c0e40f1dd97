"""CloudFormation: AWS::IAM::SAMLProvider.

moto 5.2.1 has IAM's CreateSAMLProvider but no CloudFormation model of a
SAML provider: its CloudFormation logs "No Moto CloudFormation support" and
leaves it out, and Cloud Control (cloudcontrol_api.py) answers
TypeNotFoundException (terrace's awscc.iam.saml_provider, the Terraform
corpus's iam `iam-assumable-role-with-saml` and `-roles-with-saml`).
Written from the CloudFormation template reference, AWS::IAM::SAMLProvider,
and its registry schema (cfn-lint's copy; handlers: create
iam:CreateSAMLProvider, update iam:UpdateSAMLProvider, delete
iam:DeleteSAMLProvider):

  Name                  createOnly; pattern [\\w._-]+, at most 128. Left
                        out, CloudFormation generates one.
  SamlMetadataDocument  CreateSAMLProvider's SAMLMetadataDocument; an update
                        is UpdateSAMLProvider
  Arn                   readOnly; the primaryIdentifier: Ref and
                        Fn::GetAtt Arn answer it

Tags are not kept (moto's SAML providers have none). Delete is
DeleteSAMLProvider. It joins moto's map of models, which Cloud Control
serves too.
"""
from moto.cloudformation.parsing import get_model_map
from moto.iam.models import iam_backends
from moto.utilities.utils import get_partition

NAME = "Name"


class SAMLProviderModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.iam.saml_provider_model"

    def __init__(self, arn, account_id, region_name, props):
        self.arn, self.account_id, self.region_name, self.props = arn, account_id, region_name, props

    @staticmethod
    def cloudformation_type():
        return "AWS::IAM::SAMLProvider"

    @staticmethod
    def cloudformation_name_type():
        return NAME

    @property
    def physical_resource_id(self):
        return self.arn

    @staticmethod
    def backend(account_id, region_name):
        return iam_backends[account_id][get_partition(region_name)]

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether IAM still holds it (cloudcontrol_api.py)."""
        return any(p.arn == self.arn for p in self.backend(self.account_id, self.region_name).list_saml_providers())

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        made = cls.backend(account_id, region_name).create_saml_provider(
            props.get(NAME) or resource_name, props.get("SamlMetadataDocument"))
        return cls(made.arn, account_id, region_name, props)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        if props.get(NAME) != original_resource.props.get(NAME):
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                       account_id, region_name)
        original_resource.props = props
        cls.backend(account_id, region_name).update_saml_provider(
            original_resource.arn, props.get("SamlMetadataDocument"))
        return original_resource

    def delete(self, account_id, region_name):
        self.backend(account_id, region_name).delete_saml_provider(self.arn)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        cls.backend(account_id, region_name).delete_saml_provider(resource_name)


get_model_map()[SAMLProviderModel.cloudformation_type()] = SAMLProviderModel
