"""EMR Serverless applications as AWS makes them; moto 5.2.1 departs in four
ways, each fixed here from the EMR Serverless API reference:

- a new application is STARTED at once; AWS makes it CREATING, then CREATED
  (Application state: "CREATING, CREATED, STARTING, STARTED, STOPPING,
  STOPPED, TERMINATED"; it starts on its first job run with
  autoStartConfiguration). Here it is CREATED;
- CreateApplication's clientToken is ignored: AWS answers a request sent
  again with the same token with the application the first made
  ("clientToken: The client idempotency token of the application to
  create. Its value must be unique for each request."). Here it does;
- architecture (ARM64 or X86_64, "The CPU architecture of an
  application", default X86_64) is not kept, and UpdateApplication takes
  neither it nor releaseLabel. Here both are;
- TagResource, UntagResource and ListTagsForResource (/tags/{resourceArn})
  are missing. Here they change and give the application's tags.
"""
from urllib.parse import unquote

from moto.emrserverless import urls
from moto.emrserverless.models import Application, EMRServerlessBackend
from moto.emrserverless.responses import EMRServerlessResponse
from moto.core.responses import ActionResult, EmptyResult

_original_init = Application.__init__
_original_create = EMRServerlessBackend.create_application
_original_create_response = EMRServerlessResponse.create_application
_original_update_response = EMRServerlessResponse.update_application


def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.state = "CREATED"
    self.architecture = "X86_64"


def _create(self, name, release_label, application_type, client_token, *args, **kwargs):
    for application in self.applications.values():
        if client_token and application.client_token == client_token and \
                application.state != "TERMINATED":
            return application
    return _original_create(self, name, release_label, application_type, client_token,
                            *args, **kwargs)


def _create_response(self):
    result = _original_create_response(self)
    application = self.emrserverless_backend.get_application(
        result.result["applicationId"])
    application.architecture = self._get_param("architecture") or application.architecture
    return result


def _update_response(self):
    application = self.emrserverless_backend.get_application(self._get_param("applicationId"))
    if application.state in ("CREATED", "STOPPED"):
        if self._get_param("architecture"):
            application.architecture = self._get_param("architecture")
        if self._get_param("releaseLabel"):
            application.release_label = self._get_param("releaseLabel")
    return _original_update_response(self)


def _application_of(self):
    arn = unquote(self._get_param("resourceArn") or "")
    application_id = arn.rsplit("/", 1)[-1]
    return self.emrserverless_backend.get_application(application_id)


def tag_resource(self):
    _application_of(self).tags.update(self._get_param("tags") or {})
    return EmptyResult()


def untag_resource(self):
    application = _application_of(self)
    keys = self.querystring.get("tagKeys") or self._get_param("tagKeys") or []
    for key in keys:
        application.tags.pop(key, None)
    return EmptyResult()


def list_tags_for_resource(self):
    return ActionResult({"tags": dict(_application_of(self).tags)})


Application.__init__ = _init
EMRServerlessBackend.create_application = _create
EMRServerlessResponse.create_application = _create_response
EMRServerlessResponse.update_application = _update_response
EMRServerlessResponse.tag_resource = tag_resource
EMRServerlessResponse.untag_resource = untag_resource
EMRServerlessResponse.list_tags_for_resource = list_tags_for_resource
urls.url_paths["{0}/tags/(?P<resourceArn>.+)$"] = EMRServerlessResponse.dispatch
