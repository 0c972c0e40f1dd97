import {
  to = awscc_cognito_user_pool_user_to_group_attachment.example
  id = "user_pool_id|group_name|username"
}