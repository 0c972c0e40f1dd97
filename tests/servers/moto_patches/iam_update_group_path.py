"""IAM UpdateGroup with NewPath alone.

AWS (UpdateGroup in the IAM API reference) moves a group to NewPath, with or
without NewGroupName. moto applies NewPath only together with a new name and
otherwise does nothing. This patch moves the group when only NewPath is
given; everything else is moto's.
"""
from moto.core.responses import EmptyResult
from moto.iam.responses import IamResponse

_update_group = IamResponse.update_group


def update_group(self):
    new_path = self._get_param("NewPath")
    if new_path and not self._get_param("NewGroupName"):
        self.backend.get_group(self._get_param("GroupName")).path = new_path
        return EmptyResult()
    return _update_group(self)


IamResponse.update_group = update_group
