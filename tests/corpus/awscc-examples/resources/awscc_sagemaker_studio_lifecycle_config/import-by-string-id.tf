import {
  to = awscc_sagemaker_studio_lifecycle_config.example
  id = "studio_lifecycle_config_name"
}