import {
  to = awscc_imagebuilder_component.example
  id = "arn"
}