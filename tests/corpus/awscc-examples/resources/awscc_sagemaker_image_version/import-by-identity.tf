import {
  to = awscc_sagemaker_image_version.example
  identity = {
    image_version_arn = "image_version_arn"
  }
}
