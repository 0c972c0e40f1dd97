"""CloudFormation: AWS::IoT::TopicRule.

moto 5.2.1 has IoT's CreateTopicRule but no CloudFormation model of a
topic rule: its CloudFormation logs "No Moto CloudFormation support" and
leaves it out (3 of the CDK corpus's 104 templates, tests/corpus/cdk: the
iot-* constructs). Written from the CloudFormation template reference,
AWS::IoT::TopicRule, and its registry schema (cfn-lint's copy;
../shared/aws-schemas/handlers.json: create iot:CreateTopicRule, update
iot:ReplaceTopicRule, delete iot:DeleteTopicRule):

  RuleName          createOnly; primaryIdentifier; pattern ^[a-zA-Z0-9_]+$,
                    at most 128. Left out, CloudFormation generates one
                    (cloudformation_generated_name_lengths.py: joined by
                    "_", as the pattern allows no "-")
  TopicRulePayload  CreateTopicRule's topicRulePayload: Sql, Actions,
                    ErrorAction, Description, RuleDisabled,
                    AwsIotSqlVersion. The template writes each member in
                    PascalCase where IoT's REST API (botocore's model,
                    shape TopicRulePayload and its Action members) names
                    it in camelCase: each key is renamed to the member of
                    that shape whose name it is, case aside (a key the
                    model does not know is kept, lower-cased first)
  Ref               the rule's name
  Fn::GetAtt Arn    its ARN

An update is ReplaceTopicRule (a new RuleName: a new rule, the old
deleted); delete is DeleteTopicRule. Tags are not kept (moto's topic rules
have none). It joins moto's map of models, which Cloud Control
(cloudcontrol_api.py) serves too.
"""
import botocore.session

from moto.iot.models import iot_backends
from moto_cfn_model import CfnModel, register

_MODEL = botocore.session.get_session().get_service_model("iot")


def _camel(value, shape):
    """value (the template's) with the keys of shape's members (IoT's)."""
    if isinstance(value, list):
        member = getattr(shape, "member", None)
        return [_camel(v, member) for v in value]
    if not isinstance(value, dict):
        return value
    members = getattr(shape, "members", {}) if shape is not None else {}
    by_lower = {name.lower(): name for name in members}
    out = {}
    for key, v in value.items():
        name = by_lower.get(key.lower(), key[:1].lower() + key[1:])
        out[name] = _camel(v, members.get(name))
    return out


class TopicRuleModel(CfnModel):
    """Known by its name."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.iot.topic_rule_model"
    TYPE, NAME = "AWS::IoT::TopicRule", "RuleName"
    ATTRIBUTES = ("Arn",)
    REPLACED_BY = (NAME,)

    def backend(self):
        return iot_backends[self.account_id][self.region_name]

    def attribute(self, name):
        return self.backend().rules[self.id].arn

    def exists_in_service(self):
        """Whether IoT still holds it (cloudcontrol_api.py)."""
        return self.id in self.backend().rules

    def payload(self):
        p = _camel(self.props.get("TopicRulePayload") or {}, _MODEL.shape_for("TopicRulePayload"))
        return dict(sql=p.get("sql"), description=p.get("description"), rule_disabled=p.get("ruleDisabled"),
                    actions=p.get("actions") or [], error_action=p.get("errorAction") or {},
                    aws_iot_sql_version=p.get("awsIotSqlVersion"))

    @classmethod
    def create(cls, name, props, account_id, region_name):
        model = cls(props.get(cls.NAME) or name, account_id, region_name, props)
        model.backend().create_topic_rule(rule_name=model.id, **model.payload())
        return model

    def change(self, props):
        self.props = props
        self.backend().replace_topic_rule(rule_name=self.id, **self.payload())

    def delete(self, account_id, region_name):
        self.backend().delete_topic_rule(self.id)


register(TopicRuleModel)
