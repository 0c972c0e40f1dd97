"""Application Auto Scaling: a scalable target's tags (RegisterScalableTarget's
Tags, TagResource, UntagResource, ListTagsForResource).

From the Application Auto Scaling API reference: RegisterScalableTarget takes
Tags ("Assigns one or more tags to the scalable target", a map of key to
value) when it makes a target; TagResource adds tags to the target its
ResourceARN names, UntagResource removes the TagKeys named,
ListTagsForResource answers {"Tags": {...}}; an ARN of no target is
ResourceNotFoundException. moto 5.2.1 drops Tags and answers the three with
HTTP 500 (not implemented), which hashicorp/aws's aws_appautoscaling_target
retries until it is stopped (tests/twins, issue 86:
terraform-aws-dynamodb-table's examples/autoscaling never finished).
"""
from moto.applicationautoscaling.models import ApplicationAutoscalingBackend, FakeScalableTarget
from moto.applicationautoscaling.responses import ApplicationAutoScalingResponse
from moto.core.exceptions import JsonRESTError


class ResourceNotFoundException(JsonRESTError):
    def __init__(self, arn):
        super().__init__("ResourceNotFoundException", f"No scalable target found for ARN: {arn}")


FakeScalableTarget.tags = None


def _target(backend: ApplicationAutoscalingBackend, arn):
    for by_id in backend.targets.values():
        for target in by_id.values():
            if target.arn == arn:
                return target
    raise ResourceNotFoundException(arn)


def _tags(target):
    if target.tags is None:
        target.tags = {}
    return target.tags


_original_register = ApplicationAutoScalingResponse.register_scalable_target


def register_scalable_target(self):
    # Tags name only a target this call makes (an update leaves them).
    backend = self.applicationautoscaling_backend
    existed = self._get_param("ResourceId") in backend.targets.get(self._get_param("ScalableDimension"), {})
    out = _original_register(self)
    tags = self._get_param("Tags")
    if tags and not existed:
        target = backend.targets[self._get_param("ScalableDimension")][self._get_param("ResourceId")]
        _tags(target).update(tags)
    return out


def tag_resource(self):
    target = _target(self.applicationautoscaling_backend, self._get_param("ResourceARN"))
    _tags(target).update(self._get_param("Tags") or {})
    return "{}"


def untag_resource(self):
    target = _target(self.applicationautoscaling_backend, self._get_param("ResourceARN"))
    for key in self._get_param("TagKeys") or []:
        _tags(target).pop(key, None)
    return "{}"


def list_tags_for_resource(self):
    import json
    target = _target(self.applicationautoscaling_backend, self._get_param("ResourceARN"))
    return json.dumps({"Tags": dict(_tags(target))})


ApplicationAutoScalingResponse.register_scalable_target = register_scalable_target
ApplicationAutoScalingResponse.tag_resource = tag_resource
ApplicationAutoScalingResponse.untag_resource = untag_resource
ApplicationAutoScalingResponse.list_tags_for_resource = list_tags_for_resource
