import {
  to = awscc_imagebuilder_component.example
  identity = {
    arn = "arn"
  }
}
