import {
  to = awscc_imagebuilder_image_pipeline.example
  id = "arn"
}