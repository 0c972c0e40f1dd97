import {
  to = awscc_sagemaker_app_image_config.example
  id = "app_image_config_name"
}