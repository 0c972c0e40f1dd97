"""Glue CreateTrigger refuses a name that is taken; moto 5.2.1 silently
replaces the existing trigger (and its tags) instead.

From the AWS Glue API reference (CreateTrigger, Errors):
AlreadyExistsException, "A resource to be created or added already exists."
(HTTP 400).
"""
from moto.glue.exceptions import AlreadyExistsException
from moto.glue.models import GlueBackend

_original_create_trigger = GlueBackend.create_trigger


def _create_trigger(self, name, *args, **kwargs):
    if name in self.triggers:
        raise AlreadyExistsException(f"Trigger {name}")
    return _original_create_trigger(self, name, *args, **kwargs)


GlueBackend.create_trigger = _create_trigger
