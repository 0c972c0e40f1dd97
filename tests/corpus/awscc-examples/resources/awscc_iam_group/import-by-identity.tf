import {
  to = awscc_iam_group.example
  identity = {
    group_name = "group_name"
  }
}
