import {
  to = awscc_iam_user.example
  identity = {
    user_name = "user_name"
  }
}
