"""Glue CreateJob refuses a name that is taken; moto 5.2.1 silently replaces
the existing job (and its tags) instead.

From the AWS Glue API reference (CreateJob, Errors): AlreadyExistsException,
"A resource to be created or added already exists." (HTTP 400).
"""
from moto.glue.exceptions import AlreadyExistsException
from moto.glue.models import GlueBackend

_original_create_job = GlueBackend.create_job


def _create_job(self, name, *args, **kwargs):
    if name in self.jobs:
        raise AlreadyExistsException(f"Job {name}")
    return _original_create_job(self, name, *args, **kwargs)


GlueBackend.create_job = _create_job
