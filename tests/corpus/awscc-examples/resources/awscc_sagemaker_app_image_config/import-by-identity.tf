import {
  to = awscc_sagemaker_app_image_config.example
  identity = {
    app_image_config_name = "app_image_config_name"
  }
}
