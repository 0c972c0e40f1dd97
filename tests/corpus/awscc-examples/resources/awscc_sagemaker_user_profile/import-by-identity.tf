import {
  to = awscc_sagemaker_user_profile.example
  identity = {
    user_profile_name = "user_profile_name"
    domain_id         = "domain_id"
  }
}
