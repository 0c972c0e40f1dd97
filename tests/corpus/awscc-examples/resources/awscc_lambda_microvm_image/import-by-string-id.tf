import {
  to = awscc_lambda_microvm_image.example
  id = "image_arn"
}