import {
  to = awscc_sso_permission_set.example
  id = "instance_arn|permission_set_arn"
}