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
from moto.iam.models import iam_backends
from moto.utilities.utils import get_partition
from moto_cfn_model import CfnModel, register


class SAMLProviderModel(CfnModel):
    """Known by its ARN."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.iam.saml_provider_model"
    TYPE, NAME = "AWS::IAM::SAMLProvider", "Name"
    ATTRIBUTES = ("Arn",)
    REPLACED_BY = (NAME,)

    @staticmethod
    def backend(account_id, region_name):
        return iam_backends[account_id][get_partition(region_name)]

    def attribute(self, name):
        return self.id

    def exists_in_service(self):
        """Whether IAM still holds it (cloudcontrol_api.py)."""
        return any(p.arn == self.id for p in self.backend(self.account_id, self.region_name).list_saml_providers())

    @classmethod
    def create(cls, name, props, account_id, region_name):
        made = cls.backend(account_id, region_name).create_saml_provider(
            props.get(cls.NAME) or name, props.get("SamlMetadataDocument"))
        return cls(made.arn, account_id, region_name, props)

    def change(self, props):
        self.props = props
        self.backend(self.account_id, self.region_name).update_saml_provider(
            self.id, props.get("SamlMetadataDocument"))

    def delete(self, account_id, region_name):
        self.backend(account_id, region_name).delete_saml_provider(self.id)


register(SAMLProviderModel)
