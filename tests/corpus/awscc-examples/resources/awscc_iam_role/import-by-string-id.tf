import {
  to = awscc_iam_role.example
  id = "role_name"
}