import {
  to = awscc_iam_group.example
  id = "group_name"
}