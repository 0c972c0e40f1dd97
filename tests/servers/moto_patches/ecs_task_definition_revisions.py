"""ECS never gives a family's revision number twice: after
DeleteTaskDefinitions the next RegisterTaskDefinition of the family takes
the number after the highest it ever gave. moto 5.2.1 numbers from the
revisions it still holds, so a family whose only revision was deleted
starts again at 1.

From the Amazon ECS API reference (RegisterTaskDefinition): "Each time you
register a task definition with the same family, it is given a revision
number, which increments by one"; (DeleteTaskDefinitions): a deleted
revision moves to DELETE_IN_PROGRESS. terrace replaces a task definition by
deregistering and deleting the old revision, then registering the next:
the new revision's ARN must differ from the old one's.
"""
from moto.ecs.models import EC2ContainerServiceBackend

_original_last = EC2ContainerServiceBackend._get_last_task_definition_revision_id
_original_delete = EC2ContainerServiceBackend.delete_task_definitions


def _last(self, family):
    held = _original_last(self, family) or 0
    highest = getattr(self, "_terrace_highest_revision", {}).get(family, 0)
    return max(held, highest) or None


def _delete(self, task_definitions):
    if not hasattr(self, "_terrace_highest_revision"):
        self._terrace_highest_revision = {}
    for family, revisions in self.task_definitions.items():
        if revisions:
            self._terrace_highest_revision[family] = max(
                max(revisions.keys()), self._terrace_highest_revision.get(family, 0))
    return _original_delete(self, task_definitions)


EC2ContainerServiceBackend._get_last_task_definition_revision_id = _last
EC2ContainerServiceBackend.delete_task_definitions = _delete
