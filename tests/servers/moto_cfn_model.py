"""tests/servers/moto_cfn_model.py: CfnModel, what the CloudFormation models
of moto_patches/ (cloudformation_*.py) share, so that each says only what is
its own. Not a patch itself (moto_run.py imports moto_patches/*.py; this
folder is on the path of every moto it starts).

A model is what moto's stack parsing (moto.cloudformation.parsing) and Cloud
Control (moto_patches/cloudcontrol_api.py) call of a type: moto's
CloudFormationModel's methods. CfnModel is not a subclass of it, so moto's
list of models, which its own name generation reads, is left as it was;
register() joins a type to moto's map of models (get_model_map), which
Cloud Control serves too.

A type, a subclass, says:
  __module__     "moto.SERVICE.NAME_model": what cloudcontrol_api.py reads
                 the model's service (its backends) from
  TYPE, NAME     its CloudFormation type and the property that names it
                 (cloudformation_name_type), or "" where none does
  ATTRIBUTES     the Fn::GetAtt names it answers, each by attribute(name)
                 (None: it answers none, UnformattedGetAttTemplateException)
  create         (a classmethod: name, props, account_id, region_name) makes
                 it in moto's backend and returns its model
  REPLACED_BY    the properties whose change makes an update a new resource
                 (the old one deleted first); replaced_by(props) where that
                 takes more than comparing them
  change(props)  an update in place (the type keeps props where it wants)
  delete         (account_id, region_name) deletes it
  held()         what its service holds of it, or None (exists_in_service),
                 or exists_in_service itself
  known_as       the model a stack's physical id or Cloud Control's
                 identifier names, for delete_from_cloudformation_json,
                 where that is more than the id itself
and cloudcontrol_identifier where Cloud Control knows it by more than its
physical id (a compound primaryIdentifier's values joined by "|").
"""
from moto.cloudformation.parsing import get_model_map


class NoHandler:
    """A handler a type's schema has none of (an update where every property
    is createOnly): the class reads as if it had no such method, to moto's
    stack parsing and to cloudcontrol_api.py (which answers
    UnsupportedActionException)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        raise AttributeError(f"type object '{owner.__name__}' has no attribute '{self.name}'")


class CfnModel:
    """One resource of a type: its physical id (what Ref answers; `id`), its
    account and Region, and its template's properties where the type keeps
    them (`props`)."""

    TYPE = ""
    NAME = ""
    ATTRIBUTES = ()
    REPLACED_BY = ()

    def __init__(self, physical_id, account_id, region_name, props=None):
        self.id, self.account_id, self.region_name, self.props = physical_id, account_id, region_name, props

    @classmethod
    def cloudformation_type(cls):
        return cls.TYPE

    @classmethod
    def cloudformation_name_type(cls):
        return cls.NAME

    @property
    def physical_resource_id(self):
        return self.id

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether its service still holds it (cloudcontrol_api.py: one
        deleted outside Cloud Control is not found)."""
        return self.held() is not None

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in cls.ATTRIBUTES

    def get_cfn_attribute(self, attribute_name):
        value = self.attribute(attribute_name) if attribute_name in self.ATTRIBUTES else None
        if value is not None:
            return value
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        return cls.create(resource_name, cloudformation_json.get("Properties", {}), account_id, region_name)

    def replaced_by(self, props):
        """Whether props (an update's) make a new resource of it."""
        return any(props.get(k) != self.props.get(k) for k in self.REPLACED_BY)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        if original_resource.replaced_by(props):
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                       account_id, region_name)
        original_resource.change(props)
        return original_resource

    @classmethod
    def known_as(cls, identifier, props, account_id, region_name):
        """The model identifier names: a stack's physical id, or Cloud
        Control's identifier (here the same)."""
        return cls(identifier, account_id, region_name, props)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        cls.known_as(resource_name, props, account_id, region_name).delete(account_id, region_name)


def register(*models):
    """Each model joins moto's map of models, which moto's stacks and Cloud
    Control (cloudcontrol_api.py) serve."""
    for model in models:
        get_model_map()[model.cloudformation_type()] = model
