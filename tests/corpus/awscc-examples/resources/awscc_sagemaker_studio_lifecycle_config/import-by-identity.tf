import {
  to = awscc_sagemaker_studio_lifecycle_config.example
  identity = {
    studio_lifecycle_config_name = "studio_lifecycle_config_name"
  }
}
