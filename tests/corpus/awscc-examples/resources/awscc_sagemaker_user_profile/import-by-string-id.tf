import {
  to = awscc_sagemaker_user_profile.example
  id = "user_profile_name|domain_id"
}