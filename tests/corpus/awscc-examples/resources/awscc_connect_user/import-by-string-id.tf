import {
  to = awscc_connect_user.example
  id = "user_arn"
}