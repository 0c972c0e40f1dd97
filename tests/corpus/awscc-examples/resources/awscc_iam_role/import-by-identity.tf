import {
  to = awscc_iam_role.example
  identity = {
    role_name = "role_name"
  }
}
