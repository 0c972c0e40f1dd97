"""CodeBuild projects as AWS keeps them: UpdateProject, which moto 5.2.1
lacks; a project's defaults and the members moto leaves out; a service role
CodeBuild cannot assume.

From the CodeBuild API reference:
- UpdateProject {name, ...every member of CreateProject but name}: "Changes
  the settings of a build project"; each member given replaces the
  project's (a block, such as source, whole; tags, the whole list), a member
  left out stays as it is. Response {project}. ResourceNotFoundException when
  there is no project of the name.
- CreateProject and BatchGetProjects: timeoutInMinutes defaults to 60 and
  queuedTimeoutInMinutes to 480; encryptionKey is the one sent, else the
  AWS managed key for S3 (moto always answers the latter); logsConfig is
  CloudWatch Logs ENABLED and S3 logs DISABLED when none is sent; tags an
  empty list.
- A source's location: "For source code in a CodePipeline, location
  should not be specified", nor for NO_SOURCE (a buildspec in the project);
  moto requires one of every source, and knows neither GITLAB nor
  GITLAB_SELF_MANAGED.
- A service role that does not exist is refused: InvalidInputException
  "CodeBuild is not authorized to perform: sts:AssumeRole on ROLE" (moto
  takes any ARN of the account).
"""
import json

from moto.codebuild.exceptions import InvalidInputException, ResourceNotFoundException
from moto.codebuild.models import CodeBuild
from moto.codebuild import responses as _responses
from moto.codebuild.responses import CodeBuildResponse
from moto.iam.models import iam_backends
from moto.utilities.utils import get_partition

_init = CodeBuild.__init__
_create = CodeBuildResponse.create_project

_LOGS = {"cloudWatchLogs": {"status": "ENABLED"},
         "s3Logs": {"status": "DISABLED", "encryptionDisabled": False}}


def _role_assumable(response, role):
    name = role.rsplit("/", 1)[-1]
    iam = iam_backends[response.current_account]["global"]
    if not any(r.name == name for r in iam.roles.values()):
        raise InvalidInputException(
            f"CodeBuild is not authorized to perform: sts:AssumeRole on {role}")


_SOURCE_TYPES = ("BITBUCKET", "CODECOMMIT", "CODEPIPELINE", "GITHUB", "GITHUB_ENTERPRISE",
                 "GITLAB", "GITLAB_SELF_MANAGED", "NO_SOURCE", "S3")


def validate_source(source):
    if source["type"] not in _SOURCE_TYPES:
        raise InvalidInputException("Invalid type provided: Project source type")
    if source["type"] not in ("NO_SOURCE", "CODEPIPELINE") and not source.get("location"):
        raise InvalidInputException("Project source location is required")


def init(self, account_id, region, project_name, description, project_source, artifacts,
         environment, serviceRole="some_role", tags=None, cache=None, timeout=0,
         queued_timeout=0, source_version=None, logs_config=None, vpc_config=None):
    _init(self, account_id, region, project_name, description, project_source, artifacts,
          environment, serviceRole, tags, cache, timeout, queued_timeout, source_version,
          logs_config, vpc_config)
    meta = self.project_metadata
    meta["timeoutInMinutes"] = timeout or 60
    meta["queuedTimeoutInMinutes"] = queued_timeout or 480
    meta["logsConfig"] = logs_config or dict(_LOGS)
    meta["tags"] = tags or []


def create_project(self):
    _role_assumable(self, self._get_param("serviceRole") or "")
    answer = _create(self)
    key = self._get_param("encryptionKey")
    if key:
        project = self.codebuild_backend.codebuild_projects[self._get_param("name")]
        project.project_metadata["encryptionKey"] = key
    return answer


_MEMBERS = {"description": "description", "source": "source", "artifacts": "artifacts",
            "environment": "environment", "serviceRole": "serviceRole",
            "timeoutInMinutes": "timeoutInMinutes",
            "queuedTimeoutInMinutes": "queuedTimeoutInMinutes",
            "encryptionKey": "encryptionKey", "tags": "tags", "logsConfig": "logsConfig",
            "sourceVersion": "sourceVersion", "cache": "cache", "vpcConfig": "vpcConfig"}


def update_project(self):

    name = self._get_param("name")
    project = self.codebuild_backend.codebuild_projects.get(name)
    if project is None:
        raise ResourceNotFoundException(
            f"Project cannot be found: arn:{get_partition(self.region)}:codebuild:"
            f"{self.region}:{self.current_account}:project/{name}")
    if self._get_param("serviceRole") is not None:
        _role_assumable(self, self._get_param("serviceRole"))
    meta = project.project_metadata
    for member, key in _MEMBERS.items():
        value = self._get_param(member)
        if value is not None:
            meta[key] = value
    if "serviceRole" in meta:
        project.service_role = meta["serviceRole"]
    project.tags = meta.get("tags")
    return json.dumps({"project": meta})


_responses._validate_required_params_source = validate_source
CodeBuild.__init__ = init
CodeBuildResponse.create_project = create_project
CodeBuildResponse.update_project = update_project
