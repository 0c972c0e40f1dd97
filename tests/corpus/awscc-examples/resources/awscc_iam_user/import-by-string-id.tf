import {
  to = awscc_iam_user.example
  id = "user_name"
}