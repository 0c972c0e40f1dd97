"""tests/servers/moto_speed.py: moto's server without its per-request waste.

Imported by moto_run.py before the patches. A profile of the moto a test
file starts (TERRACE_MOTO_PROFILE, see moto_run.py; docs/testing.md, "The
suite's time") showed a third of its CPU going to work whose result never
changes while the server runs. Each is cached here; what moto answers, and
which requests it authenticates and how, is unchanged:

- Which backend serves a host (DomainDispatcherApplication's
  get_backend_for_host, twice per request): moto lists its own package
  folder and stats each of its ~170 entries, then tries its ~400 URL
  patterns in turn. The answer for a host depends on neither the request
  nor the backends' state: kept per host (only answers found; a host no
  backend serves is looked up again, as before).
- The actions a response class implements (method_names_from_class, from
  inspect.getmembers on every request): kept per class. The patches add
  their methods as they are imported, before the first request.
- The botocore models moto serializes answers with: moto made a new
  botocore Loader for each model it loaded, and each Loader lists every
  folder of botocore's data to find the service (a few hundred listdirs).
  One Loader now serves them all (its caches are per Loader), and
  `preload()` (moto_zygote.py, before it forks) loads the models of the
  services terrace talks to, once per run instead of once per moto.
- What moto imports at its first request for a service rather than at
  start: Step Functions' state language parser (antlr's runtime, over half
  a second of CPU), imported by `preload()` too.
"""
import inspect

from moto.core import responses as moto_responses
from moto.core import utils as moto_utils
from moto.core.loaders import create_loader
from moto.moto_server.werkzeug_app import DomainDispatcherApplication

_get_backend_for_host = DomainDispatcherApplication.get_backend_for_host
_backend_of_host = {}


def get_backend_for_host(self, host):
    """moto's answer, kept per host (called under the dispatcher's lock)."""
    backend = _backend_of_host.get(host)
    if backend is None:
        backend = _get_backend_for_host(self, host)
        if backend is not None:
            _backend_of_host[host] = backend
    return backend


DomainDispatcherApplication.get_backend_for_host = get_backend_for_host

_method_names = {}


def method_names_from_class(clazz):
    """moto's list of the class's functions, made once per class."""
    names = _method_names.get(clazz)
    if names is None:
        names = [name for name, _ in inspect.getmembers(clazz, predicate=inspect.isfunction)]
        _method_names[clazz] = names
    return names


moto_utils.method_names_from_class = method_names_from_class
moto_responses.method_names_from_class = method_names_from_class

_loader = create_loader()


def _load_service_model(service_name, model_name):
    return _loader.load_service_model(service_name, model_name)


moto_utils._load_service_model = _load_service_model

# The services terrace's provider talks to (botocore's names), and those the
# tests read back with (sts, the tagging API). A name botocore lacks is
# skipped.
SERVICES = (
    "athena", "batch", "cloudcontrol", "cloudwatch", "dynamodb", "ec2", "ecr", "ecs",
    "emr-serverless", "events", "firehose", "glue", "iam", "kinesis", "kms", "lakeformation",
    "lambda", "logs", "rds", "redshift", "resourcegroupstaggingapi", "s3", "scheduler",
    "secretsmanager", "service-quotas", "sns", "sqs", "ssm", "stepfunctions", "sts",
)


def preload():
    """The models of SERVICES, and the modules moto imports at a first
    request, loaded now (in the zygote, before it forks)."""
    import moto.stepfunctions.parser.models  # noqa: F401
    for name in SERVICES:
        try:
            moto_utils.get_service_model(name)
        except Exception:
            continue
        try:
            moto_utils.get_pagination_model(name)
        except Exception:
            pass
