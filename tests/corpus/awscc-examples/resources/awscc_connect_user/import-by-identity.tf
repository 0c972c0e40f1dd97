import {
  to = awscc_connect_user.example
  identity = {
    user_arn = "user_arn"
  }
}
