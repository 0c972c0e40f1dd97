import {
  to = awscc_lambda_microvm_image.example
  identity = {
    image_arn = "image_arn"
  }
}
