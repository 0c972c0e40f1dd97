import {
  to = awscc_imagebuilder_image.example
  id = "arn"
}