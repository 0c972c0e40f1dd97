import {
  to = awscc_sagemaker_image_version.example
  id = "image_version_arn"
}