"""AWS::SecretsManager::Secret as a CloudFormation model, which moto 5.2.1
lacks: its CloudFormation stacks and cloudcontrol_api.py's Cloud Control
answer "not supported" for a secret without it (tests/integration/convert/t1230:
the retail base template keeps its database's connection in one).

Written from the type's reference (docs.aws.amazon.com/AWSCloudFormation/
latest/TemplateReference/aws-resource-secretsmanager-secret.html): Name
(else one made from the stack and logical id), Description, KmsKeyId,
SecretString or GenerateSecretString (SecretStringTemplate with
GenerateStringKey, PasswordLength, ExcludeCharacters, ExcludePunctuation,
...: a password from Secrets Manager's GetRandomPassword, put at that key
of the template), Tags; Ref and Fn::GetAtt Id are the secret's ARN, its
physical id. An update sets Description, KmsKeyId and SecretString (a new
version) and the tags; delete deletes it without a recovery window, as
CloudFormation's handler does.
"""
import json

from moto.cloudformation.parsing import get_model_map, get_name_type_map
from moto.core.common_models import CloudFormationModel
from moto.secretsmanager.models import secretsmanager_backends


def _secret_string(backend, props):
    if "SecretString" in props:
        return props["SecretString"]
    gen = props.get("GenerateSecretString")
    if gen is None:
        return None
    password = backend.get_random_password(
        password_length=int(gen.get("PasswordLength", 32)),
        exclude_characters=gen.get("ExcludeCharacters", ""),
        exclude_numbers=bool(gen.get("ExcludeNumbers", False)),
        exclude_punctuation=bool(gen.get("ExcludePunctuation", False)),
        exclude_uppercase=bool(gen.get("ExcludeUppercase", False)),
        exclude_lowercase=bool(gen.get("ExcludeLowercase", False)),
        include_space=bool(gen.get("IncludeSpace", False)),
        require_each_included_type=bool(gen.get("RequireEachIncludedType", True)),
    )
    password = json.loads(password)["RandomPassword"]
    if "SecretStringTemplate" in gen and "GenerateStringKey" in gen:
        doc = json.loads(gen["SecretStringTemplate"])
        doc[gen["GenerateStringKey"]] = password
        return json.dumps(doc)
    return password


class SecretModel(CloudFormationModel):
    # moto's model registry files a model under its module's service.
    __module__ = "moto.secretsmanager.cloudformation"

    def __init__(self, account_id, region_name, arn, name):
        self.account_id = account_id
        self.region_name = region_name
        self.arn = arn
        self.name = name

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @staticmethod
    def cloudformation_type():
        return "AWS::SecretsManager::Secret"

    @property
    def physical_resource_id(self):
        return self.arn

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Id",)

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Id":
            return self.arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = secretsmanager_backends[account_id][region_name]
        name = props.get("Name") or resource_name
        answer = json.loads(backend.create_secret(
            name=name,
            secret_string=_secret_string(backend, props),
            secret_binary=None,
            description=props.get("Description"),
            tags=props.get("Tags"),
            kms_key_id=props.get("KmsKeyId"),
            client_request_token=None,
            replica_regions=[],
            force_overwrite=False,
        ))
        return cls(account_id, region_name, answer["ARN"], name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        backend = secretsmanager_backends[account_id][region_name]
        secret = backend.secrets[original_resource.arn]
        string = props.get("SecretString")
        changed = {
            "secret_string": string if string is not None and string != secret.secret_string
            else None,
            "kms_key_id": props.get("KmsKeyId")
            if props.get("KmsKeyId") != getattr(secret, "kms_key_id", None) else None,
            "description": props.get("Description")
            if props.get("Description") != secret.description else None,
        }
        if any(v is not None for v in changed.values()):
            backend.update_secret(secret_id=original_resource.arn, **changed)
        tags = props.get("Tags") or []
        keep = {t["Key"] for t in tags}
        backend.untag_resource(original_resource.arn,
                               [t["Key"] for t in secret.tags or [] if t["Key"] not in keep])
        if tags:
            backend.tag_resource(original_resource.arn, tags)
        return original_resource

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name):
        backend = secretsmanager_backends[account_id][region_name]
        backend.delete_secret(resource_name, None, True)

    def delete(self, account_id, region_name):
        backend = secretsmanager_backends[account_id][region_name]
        backend.delete_secret(self.arn, None, True)


get_model_map()["AWS::SecretsManager::Secret"] = SecretModel
get_name_type_map()["AWS::SecretsManager::Secret"] = "Name"
