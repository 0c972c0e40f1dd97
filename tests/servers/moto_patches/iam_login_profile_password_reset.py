"""IAM CreateLoginProfile and UpdateLoginProfile: PasswordResetRequired.

AWS (CreateLoginProfile, UpdateLoginProfile in the IAM API reference) takes
PasswordResetRequired (boolean) on both and answers GetLoginProfile with it.
moto ignores it on CreateLoginProfile (every profile reads false) and keeps
UpdateLoginProfile's value as the raw query string. This patch stores the
parameter as a boolean on both, so a test can see that the user must change
the initial password at first sign-in.
"""
from moto.core.responses import ActionResult, EmptyResult
from moto.iam.responses import IamResponse


def _reset_required(response):
    return str(response._get_param("PasswordResetRequired", "false")).lower() == "true"


def create_login_profile(self):
    user = self.backend.create_login_profile(self._get_param("UserName"),
                                             self._get_param("Password"))
    user.password_reset_required = _reset_required(self)
    return ActionResult({
        "LoginProfile": {
            "UserName": user.name,
            "CreateDate": user.create_date,
            "PasswordResetRequired": user.password_reset_required,
        }
    })


def update_login_profile(self):
    self.backend.update_login_profile(self._get_param("UserName"), self._get_param("Password"),
                                      _reset_required(self))
    return EmptyResult()


IamResponse.create_login_profile = create_login_profile
IamResponse.update_login_profile = update_login_profile
