"""CodeCommit repositories as AWS keeps them; moto 5.2.1 serves only
CreateRepository, GetRepository and DeleteRepository, and keeps neither tags
nor a key. Written from the AWS CodeCommit API reference:

- CreateRepository takes tags and kmsKeyId ("the ID of the encryption key";
  unset: the AWS managed key aws/codecommit); a key KMS does not have is
  EncryptionKeyNotFoundException, a disabled one EncryptionKeyDisabledException
  (as UpdateRepositoryEncryptionKey answers both). GetRepository reports kmsKeyId (the key's
  ARN) and defaultBranch once there is one;
- UpdateRepositoryDescription (no description clears it),
  UpdateRepositoryEncryptionKey, UpdateDefaultBranch
  (BranchDoesNotExistException for a branch the repository does not have);
- CreateBranch, so that a test can give a repository a branch (moto keeps no
  commits: any commitId is taken); the first branch becomes the default, as
  the first push makes it;
- TagResource, UntagResource, ListTagsForResource (by the repository's ARN;
  RepositoryDoesNotExistException when no repository has it);
- ListRepositories ({repositoryName, repositoryId} of each);
- PutRepositoryTriggers (the whole list, replaced) and GetRepositoryTriggers;
  a destination that is no SNS topic's or Lambda function's ARN is
  InvalidRepositoryTriggerDestinationArnException, "all" beside other
  events InvalidRepositoryTriggerEventsException ("The valid value "all"
  cannot be used with any other values").
"""
import re
import json

from moto.codecommit.exceptions import RepositoryDoesNotExistException
from moto.codecommit.responses import CodeCommitResponse
from moto.core.exceptions import JsonRESTError
from moto.kms.models import kms_backends
from moto.moto_api._internal import mock_random

_original_create = CodeCommitResponse.create_repository


class _Refused(JsonRESTError):
    code = 400

    def __init__(self, error, message):
        super().__init__(error, message)


def _key_arn(response, key_id):
    """The ARN of the enabled KMS key key_id (an id, ARN or alias); refused
    as CodeCommit refuses a key that is missing or disabled."""
    kms = kms_backends[response.current_account][response.region]
    try:
        key = kms.describe_key(kms.any_id_to_key_id(key_id))
    except Exception:
        raise _Refused("EncryptionKeyNotFoundException",
                       "No encryption key was found: %s" % key_id)
    if not key.enabled:
        raise _Refused("EncryptionKeyDisabledException", "The encryption key is disabled.")
    return key.arn


def _repository(response, name):
    repository = response.codecommit_backend.repositories.get(name)
    if repository is None:
        raise RepositoryDoesNotExistException(name)
    return repository


def _by_arn(response):
    arn = response._get_param("resourceArn") or ""
    for repository in response.codecommit_backend.repositories.values():
        if repository.repository_metadata["Arn"] == arn:
            return repository
    raise RepositoryDoesNotExistException(arn.rsplit(":", 1)[-1])


def create_repository(self):
    key = self._get_param("kmsKeyId")
    if key:
        arn = _key_arn(self, key)
    else:
        arn = "arn:aws:kms:%s:%s:key/%s" % (self.region, self.current_account,
                                            mock_random.uuid4())
    answer = _original_create(self)
    repository = self.codecommit_backend.repositories[self._get_param("repositoryName")]
    repository.tags = dict(self._get_param("tags") or {})
    repository.branches = set()
    repository.triggers = []
    repository.repository_metadata["kmsKeyId"] = arn
    if not self._get_param("repositoryDescription"):
        repository.repository_metadata.pop("repositoryDescription", None)
    answer = json.loads(answer)
    answer["repositoryMetadata"] = repository.repository_metadata
    return json.dumps(answer)


def update_repository_description(self):
    metadata = _repository(self, self._get_param("repositoryName")).repository_metadata
    if self._get_param("repositoryDescription"):
        metadata["repositoryDescription"] = self._get_param("repositoryDescription")
    else:
        metadata.pop("repositoryDescription", None)
    return "{}"


def update_repository_encryption_key(self):
    repository = _repository(self, self._get_param("repositoryName"))
    arn = _key_arn(self, self._get_param("kmsKeyId"))
    original = repository.repository_metadata["kmsKeyId"]
    repository.repository_metadata["kmsKeyId"] = arn
    return json.dumps({"repositoryId": repository.repository_metadata["repositoryId"],
                       "kmsKeyId": arn, "originalKmsKeyId": original})


def update_default_branch(self):
    repository = _repository(self, self._get_param("repositoryName"))
    branch = self._get_param("defaultBranchName")
    if branch not in repository.branches:
        raise _Refused("BranchDoesNotExistException", "Branch %s does not exist" % branch)
    repository.repository_metadata["defaultBranch"] = branch
    return "{}"


def create_branch(self):
    repository = _repository(self, self._get_param("repositoryName"))
    repository.branches.add(self._get_param("branchName"))
    repository.repository_metadata.setdefault("defaultBranch", self._get_param("branchName"))
    return "{}"


def tag_resource(self):
    _by_arn(self).tags.update(self._get_param("tags") or {})
    return "{}"


def untag_resource(self):
    repository = _by_arn(self)
    for key in self._get_param("tagKeys") or []:
        repository.tags.pop(key, None)
    return "{}"


def list_tags_for_resource(self):
    return json.dumps({"tags": dict(_by_arn(self).tags)})


def list_repositories(self):
    return json.dumps({"repositories": [
        {"repositoryName": name, "repositoryId": r.repository_metadata["repositoryId"]}
        for name, r in sorted(self.codecommit_backend.repositories.items())]})


def put_repository_triggers(self):
    repository = _repository(self, self._get_param("repositoryName"))
    triggers = self._get_param("triggers") or []
    for t in triggers:
        if not re.match(r"^arn:aws[a-z-]*:(sns:[a-z0-9-]+:\d{12}:[\w-]+|"
                        r"lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?)$",
                        t.get("destinationArn") or ""):
            raise _Refused("InvalidRepositoryTriggerDestinationArnException",
                           "The Amazon Resource Name (ARN) for the trigger is not valid for "
                           "the specified destination: %s" % t.get("destinationArn"))
        events = t.get("events") or []
        if "all" in events and len(events) > 1:
            raise _Refused("InvalidRepositoryTriggerEventsException",
                           "One or more events specified for the trigger is not valid.")
    repository.triggers = [dict(t) for t in triggers]
    return json.dumps({"configurationId": str(mock_random.uuid4())})


def get_repository_triggers(self):
    repository = _repository(self, self._get_param("repositoryName"))
    return json.dumps({"configurationId": str(mock_random.uuid4()),
                       "triggers": repository.triggers})


CodeCommitResponse.create_repository = create_repository
CodeCommitResponse.update_repository_description = update_repository_description
CodeCommitResponse.update_repository_encryption_key = update_repository_encryption_key
CodeCommitResponse.update_default_branch = update_default_branch
CodeCommitResponse.create_branch = create_branch
CodeCommitResponse.tag_resource = tag_resource
CodeCommitResponse.untag_resource = untag_resource
CodeCommitResponse.list_tags_for_resource = list_tags_for_resource
CodeCommitResponse.list_repositories = list_repositories
CodeCommitResponse.put_repository_triggers = put_repository_triggers
CodeCommitResponse.get_repository_triggers = get_repository_triggers
