import {
  to = awscc_sso_assignment.example
  id = "instance_arn|target_id|target_type|permission_set_arn|principal_type|principal_id"
}