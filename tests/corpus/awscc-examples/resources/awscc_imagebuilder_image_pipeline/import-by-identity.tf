import {
  to = awscc_imagebuilder_image_pipeline.example
  identity = {
    arn = "arn"
  }
}
