import {
  to = awscc_sagemaker_app.example
  identity = {
    app_name          = "app_name"
    app_type          = "app_type"
    domain_id         = "domain_id"
    user_profile_name = "user_profile_name"
  }
}
