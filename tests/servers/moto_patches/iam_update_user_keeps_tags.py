"""IAM UpdateUser with NewPath keeps the user's tags.

On AWS a user's tags belong to the user: UpdateUser (IAM API reference)
moves it to NewPath, and its tags, which ListUserTags and GetUser show,
stay. moto files tags under the user's ARN, which has the path in it, so a
moved user reads as having no tags. This patch carries the tags over to the
new ARN; everything else is moto's.
"""
from moto.iam.responses import IamResponse

_update_user = IamResponse.update_user


def update_user(self):
    user = self.backend.get_user(self._get_param("UserName"))
    old_arn = user.arn
    tags = self.backend.tagger.list_tags_for_resource(old_arn)["Tags"]
    result = _update_user(self)
    if user.arn != old_arn:
        self.backend.tagger.delete_all_tags_for_resource(old_arn)
        self.backend.tagger.tag_resource(user.arn, tags)
    return result


IamResponse.update_user = update_user
