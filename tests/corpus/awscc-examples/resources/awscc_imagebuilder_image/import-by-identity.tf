import {
  to = awscc_imagebuilder_image.example
  identity = {
    arn = "arn"
  }
}
