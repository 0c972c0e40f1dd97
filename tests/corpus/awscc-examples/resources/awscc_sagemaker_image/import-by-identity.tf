import {
  to = awscc_sagemaker_image.example
  identity = {
    image_arn = "image_arn"
  }
}
