import {
  to = awscc_sagemaker_image.example
  id = "image_arn"
}