import {
  to = awscc_sagemaker_app.example
  id = "app_name|app_type|domain_id|user_profile_name"
}